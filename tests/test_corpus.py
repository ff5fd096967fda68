import hashlib
import json

import pytest

from framing import Article, Corpus, CorpusError, load_corpus
from framing.corpus import decode_text, iter_corpus

from conftest import BUNDLED

# sha256 of the files in ../shared/corpus/cecot-2025-03, recorded when the copy was made:
# the manifest, README and five texts in data/ must stay a byte-identical copy (the corpus README
# forbids editing the text). actors.csv is the project's own addition (the event's actors, issue #5),
# not part of the copy; nothing else may be in the folder.
SHARED_SHA256 = {
    "000_7acf395fd2081da2.txt": "ad3298081e838433a91b940405cbee44e0991693037ce619c10c5daf34940725",
    "001_bf779f90a7abfb26.txt": "8bbb0de09a0de2f7ada4642036c02dbadee4644f6d52f3bf204a2617c12fba9b",
    "002_1865e309613ea6a5.txt": "65b74170bc19edf0281b10c91dc2918035d8aef2180ce4523ec999d7fd36c3e1",
    "003_a767c5784f4a02ea.txt": "3f68353bedea038744a87901564f3a88e30a8c31c516a65185769f2b40fe8b1e",
    "004_1eaa899d5e94ac70.txt": "9f6899fa34b9670f6ad08fab0ce7412f34dcd4c11395217186f69e52e48174d4",
    "README.md": "c5aca6fd2f23e1ffd37137310297296094001322e65d6459e2311a793cfac852",
    "manifest.csv": "55f03090944f944372cadb4d490623bf189d1eeaac1c798403688e70aa3cc0b5",
}


def test_bundled_corpus_is_byte_identical_copy():
    got = {name: hashlib.sha256((BUNDLED / name).read_bytes()).hexdigest() for name in SHARED_SHA256}
    assert got == SHARED_SHA256


def test_bundled_corpus_folder_is_the_copy_plus_our_actors_csv():
    assert sorted(p.name for p in BUNDLED.iterdir()) == sorted([*SHARED_SHA256, "actors.csv"])
    assert (BUNDLED / "actors.csv").read_text(encoding="utf-8").startswith("# framing-lexicon: actors; format 1\n")


def test_load_bundled_corpus(bundled):
    assert bundled.ids == ["A", "B", "C", "D", "E"]
    assert bundled.errors == ()
    b = bundled["B"]
    assert b.outlet == "Outlet B"
    assert b.title.startswith("Donald Trump defies judge’s orders")
    assert b.metadata["language"] == "en"
    assert b.source.endswith("001_bf779f90a7abfb26.txt")
    assert bundled["A"].title is None
    df = bundled.to_frame()
    assert list(df["id"]) == ["A", "B", "C", "D", "E"]
    assert {"outlet", "title", "text", "notes"} <= set(df.columns)


def write_corpus(tmp_path, manifest, files):
    (tmp_path / "manifest.csv").write_text(manifest, encoding="utf-8")
    for name, data in files.items():
        (tmp_path / name).write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return tmp_path


def test_manifest_problems_are_all_reported_and_good_articles_kept(tmp_path):
    write_corpus(tmp_path, "id,file,outlet,extra\n"
                 "a,a.txt,X,1\n"
                 "b,missing.txt,Y,2\n"
                 "a,c.txt,Z,3\n"
                 "e,e.txt,,\n"
                 "w,w.txt,,\n"
                 "x,../../etc/passwd,,\n"
                 "u,u.txt,,\n",
                 {"a.txt": "Good text.", "c.txt": "Also good.", "e.txt": "", "w.txt": " \n\t ",
                  "u.txt": b"Good start \xff\xfe then bad."})
    corpus = load_corpus(tmp_path)
    assert corpus.ids == ["a"]
    assert corpus["a"].metadata == {"extra": "1"}
    msgs = [str(e) for e in corpus.errors]
    assert len(msgs) == 6
    assert "line 3" in msgs[0] and "file not found" in msgs[0] and "missing.txt" in msgs[0]
    assert "line 4" in msgs[1] and "duplicate id 'a' (first on line 2)" in msgs[1]
    assert msgs[2].endswith("e.txt (article 'e'): empty text")
    assert msgs[3].endswith("w.txt (article 'w'): text is only whitespace")
    assert "outside the corpus folder" in msgs[4] and "line 7" in msgs[4]
    assert "u.txt" in msgs[5] and "byte offset 11 (line 1)" in msgs[5]
    with pytest.raises(CorpusError, match="6 problem"):
        load_corpus(tmp_path, strict=True)


def test_manifest_missing_required_column(tmp_path):
    write_corpus(tmp_path, "id,outlet\na,X\n", {})
    with pytest.raises(CorpusError, match=r"manifest has no file column"):
        load_corpus(tmp_path)


def test_encoding_errors_replace_records_where(tmp_path):
    p = tmp_path / "bad.txt"
    p.write_bytes(b"Caf\xe9 open. All good \xff.")
    corpus = load_corpus(p, encoding_errors="replace")
    art = corpus["bad"]
    assert art.text == "Caf\ufffd open. All good \ufffd."
    assert art.metadata["replacements"] == [3, 20]
    assert [art.text[i] for i in art.metadata["replacements"]] == ["\ufffd", "\ufffd"]


def test_bom_is_removed_and_offsets_start_after_it():
    assert decode_text(b"\xef\xbb\xbfHello", source="x") == ("Hello", [])


def test_txt_files_and_folder_without_manifest(tmp_path):
    (tmp_path / "one.txt").write_text("First.", encoding="utf-8")
    (tmp_path / "two.txt").write_text("Second.", encoding="utf-8")
    assert load_corpus(tmp_path).ids == ["one", "two"]
    assert load_corpus([tmp_path / "two.txt", tmp_path / "one.txt"]).ids == ["two", "one"]


def test_jsonl_table_with_bad_lines(tmp_path):
    p = tmp_path / "t.jsonl"
    p.write_text('{"id": "1", "text": "Fine.", "outlet": "O", "url": "u"}\n'
                 "not json\n"
                 '{"id": "2"}\n'
                 '{"id": "1", "text": "Again."}\n'
                 '["list"]\n', encoding="utf-8")
    corpus = load_corpus(p)
    assert corpus.ids == ["1"] and corpus["1"].metadata == {"url": "u"}
    assert [e.line for e in corpus.errors] == [2, 3, 4, 5]
    assert "not valid JSON" in corpus.errors[0].message
    assert "no text field" in corpus.errors[1].message


def test_csv_table_rows_and_multiline_cells(tmp_path):
    p = tmp_path / "t.csv"
    p.write_text('id,text,title\n1,"Para one.\nPara two.",T\n2,,\n3,Ok.,\n', encoding="utf-8")
    corpus = load_corpus(p)
    assert corpus.ids == ["1", "3"]
    assert corpus["1"].text == "Para one.\nPara two." and corpus["1"].title == "T"
    assert corpus.errors[0].line == 4 and "empty text" in corpus.errors[0].message


def test_html_and_binary_are_reported(tmp_path):
    (tmp_path / "page.txt").write_text("<!DOCTYPE html><html><body><p>Hi</p></body></html>", encoding="utf-8")
    (tmp_path / "junk.txt").write_bytes(bytes(range(256)) * 4)
    errors = {e.id: e.message for e in load_corpus([tmp_path / "page.txt", tmp_path / "junk.txt", BUNDLED / "000_7acf395fd2081da2.txt"]).errors}
    assert "looks like HTML" in errors["page"]
    assert "not UTF-8" in errors["junk"] or "binary" in errors["junk"]


def test_duplicate_ids_across_paths(tmp_path):
    a = tmp_path / "x"
    a.mkdir()
    (a / "same.txt").write_text("One.", encoding="utf-8")
    (tmp_path / "same.txt").write_text("Two.", encoding="utf-8")
    items = list(iter_corpus([a / "same.txt", tmp_path / "same.txt"]))
    assert isinstance(items[0], Article) and "duplicate id 'same'" in items[1].message


def test_string_of_text_instead_of_path_is_a_clear_type_error():
    with pytest.raises(TypeError, match="framing.analyze"):
        load_corpus("President Trump said this.\nAnd that.")


def test_nothing_readable_raises(tmp_path):
    with pytest.raises(CorpusError, match="no such file or folder"):
        load_corpus(tmp_path / "nope")


def test_unsupported_suffix(tmp_path):
    p = tmp_path / "a.docx"
    p.write_bytes(b"x")
    with pytest.raises(CorpusError, match="unsupported file type '.docx'"):
        load_corpus(p)


def test_corpus_from_records_and_lookup():
    c = Corpus.from_records([{"id": "a", "text": "One."}, {"id": "b", "text": "Two.", "outlet": "B"}])
    assert c["b"].label == "B" and c["a"].label == "a"
    with pytest.raises(KeyError, match="no article with id 'z'"):
        c["z"]
    assert json.loads(json.dumps(c.ids)) == ["a", "b"]


def test_nothing_to_load_is_an_error_not_an_empty_success(tmp_path):
    # a manifest or table with a header and no rows, or an empty JSONL file, used to load as an empty
    # corpus with no error (0 analysed, 0 failed, exit 0); load_corpus now raises (nothing loaded)
    (tmp_path / "m").mkdir()
    (tmp_path / "m" / "manifest.csv").write_text("id,file,outlet\n", encoding="utf-8")
    (tmp_path / "e.csv").write_text("id,text\n", encoding="utf-8")
    (tmp_path / "e.jsonl").write_text("\n\n", encoding="utf-8")
    got = [(e.source, e.line, e.message) for p in ("m", "e.csv", "e.jsonl") for e in iter_corpus(tmp_path / p)]
    assert got == [(str(tmp_path / "m" / "manifest.csv"), 1, "manifest has a header but no rows: no article to load"),
                   (str(tmp_path / "e.csv"), None, "the table has no rows: no article to load"),
                   (str(tmp_path / "e.jsonl"), None, "the table has no lines: no article to load")]
    with pytest.raises(CorpusError, match="manifest has a header but no rows"):
        load_corpus(tmp_path / "m")


def test_a_broken_link_or_folder_named_txt_is_an_error_row(tmp_path):
    (tmp_path / "ok.txt").write_text("The council met.\n", encoding="utf-8")
    (tmp_path / "broken.txt").symlink_to(tmp_path / "nowhere.txt")
    (tmp_path / "dir.txt").mkdir()
    c = load_corpus(tmp_path)
    assert c.ids == ["ok"]
    assert [(e.id, e.message) for e in c.errors] == [
        ("broken", "a link to nothing; a corpus folder's .txt and .html entries must be files"),
        ("dir", "not a regular file; a corpus folder's .txt and .html entries must be files")]
