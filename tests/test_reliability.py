"""Reliability and security under bad input (issue #9).

One test per bad input of the issue, with exact expectations. Cases already pinned
elsewhere are referenced, not repeated:

* empty file, whitespace only, missing file, duplicate manifest id, ``../../etc/passwd``,
  invalid UTF-8 at byte offset 11 in a manifest corpus:
  ``test_corpus.py::test_manifest_problems_are_all_reported_and_good_articles_kept``;
* manifest without the ``file`` column: ``test_corpus.py::test_manifest_missing_required_column``;
* ``--encoding-errors replace`` offsets: ``test_corpus.py::test_encoding_errors_replace_records_where``;
* CSV cells ``=cmd|...`` and ``@SUM(1)``: ``test_cli.py::test_csv_output_neutralises_formulas``;
* ``<script>`` / ``<img onerror>`` in highlight and report:
  ``test_display_report.py::test_highlight_escapes_article_text_and_has_no_script_or_style`` and
  ``::test_report_is_self_contained_escaped_and_lists_failures``;
* error rows in place, summary line, exit status with 300 articles: ``test_batch.py``.

All article text below is composed for these tests.
"""

from __future__ import annotations

import bisect
import itertools
import json
import math
import random
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import framing
from framing import Article, analyze, load_corpus
from framing.cli import main
from framing.corpus import iter_corpus
from framing.text.voices import Voices
from framing.viz.display import highlight_html
from framing.batch.export import json_line
from framing.report import write_report
from framing.text.language import language_warning
from framing.text import text_layer

from casefiles import read_cases

ROOT = Path(__file__).resolve().parent.parent

# English news sentences composed for these tests (quotes, attributions, hedges, apostrophes).
SENTENCES = [
    "The council voted 7-2 on Tuesday to close the shelter.",
    "Officials said the budget “may not survive the winter.”",
    "According to the report, the contractor allegedly inflated its costs.",
    "“We did nothing wrong,” the company said in a statement.",
    "Dr. Ana Ruiz, who studies housing, warned that rents could rise.",
    "The mayor’s office did not respond to a request for comment.",
    "Residents appear to be divided over the plan.",
    "Police arrested two men near the station on Friday night.",
    "It is unclear whether the decision can be appealed.",
    "Supporters say the move will save $4.5 million a year.",
]

SPANISH = ("El juez federal James Boasberg ordenó el sábado que los aviones con migrantes venezolanos regresaran a "
           "Estados Unidos, pero el gobierno de Donald Trump dijo que la orden llegó demasiado tarde. Según "
           "funcionarios salvadoreños, los detenidos fueron trasladados al Centro de Confinamiento del Terrorismo, "
           "una megacárcel construida por el presidente Nayib Bukele. Las familias de varios deportados aseguran "
           "que sus parientes no tienen vínculos con ninguna pandilla.")
GERMAN = ("Ein Bundesrichter hatte am Samstag angeordnet, dass die Flugzeuge mit venezolanischen Migranten umkehren "
          "müssen. Die Regierung von Donald Trump erklärte jedoch, der Beschluss sei zu spät gekommen. Nach Angaben "
          "der Behörden in El Salvador wurden die Häftlinge in ein Hochsicherheitsgefängnis gebracht, das Präsident "
          "Nayib Bukele errichten ließ. Angehörige mehrerer Abgeschobener sagen, ihre Verwandten hätten nichts mit "
          "einer Bande zu tun.")


def composed_article(n_chars: int, *, seed: int = 0) -> str:
    """Paragraphs of three composed sentences each, at least ``n_chars`` long."""
    rng = random.Random(seed)
    paras: list[str] = []
    size = 0
    while size < n_chars:
        p = " ".join(rng.sample(SENTENCES, 3))
        paras.append(p)
        size += len(p) + 2
    return "\n\n".join(paras)


def check_invariants(a: framing.Analysis) -> list[str]:
    """Every way ``a`` breaks the guarantees of issue #9 (an empty list when it keeps them).

    Spans: 0 <= start <= end <= len(text) for paragraphs, sentences, excluded lines,
    quotes (and their content, inside the quote), hedges, attributions (source, cue,
    content), sentence sentiment and its segments and masks. Quoted voice: a hedge in
    the quoted voice lies inside a quotation region or a quotation without marks (the
    voices' blocks); so do the letters and digits of a
    sentence or sentence segment in the quoted voice (a voiceless ``:`` or space next to
    a quotation is joined to it by design, see framing/sentiment.py). Scores:
    every number is finite, and ``to_dict()`` is valid JSON without NaN.
    """
    n = len(a.text)
    bad: list[str] = []

    def span(kind: str, s: object, e: object) -> None:
        if not (isinstance(s, int) and isinstance(e, int) and 0 <= s <= e <= n):
            bad.append(f"{kind} span ({s}, {e}) outside 0..{n}")

    L = a.layer
    for p in L.paragraphs:
        span("paragraph", p.start, p.end)
    for s in L.sentences:
        span("sentence", s.start, s.end)
    for x in L.excluded:
        span("excluded", x.start, x.end)
    for q in L.quotes:
        span("quote", q.start, q.end)
        span("quote content", q.content_start, q.content_end)
        if not (q.start <= q.content_start <= q.content_end <= q.end):
            bad.append(f"quote content ({q.content_start}, {q.content_end}) outside its quote ({q.start}, {q.end})")
    # quotations without marks are quoted voice too: a block quotation after "said in a statement:" and
    # the paragraphs a quotation never closed runs into (framing.text.voices.Voices.blocks)
    blocks = list(Voices.of(L, a.attributions).blocks)
    regions = sorted([(q.start, q.end) for q in L.quotes] + blocks)
    starts = [qs for qs, _ in regions]
    reach = list(itertools.accumulate((qe for _, qe in regions), max))
    quoted = bytearray(n)  # 1 where some quotation region covers the character
    for qs, qe in regions:
        if 0 <= qs <= qe <= n:
            quoted[qs:qe] = b"\x01" * (qe - qs)

    def inside_quote(kind: str, s: int, e: int) -> None:
        i = bisect.bisect_right(starts, s) - 1
        while i >= 0 and reach[i] >= e:  # some region starting at or before s ends at or after e
            if regions[i][1] >= e:
                return
            i -= 1
        bad.append(f"quoted-voice {kind} ({s}, {e}) not inside a quotation region")

    def voiced_inside_quotes(kind: str, s: int, e: int) -> None:
        # letters and digits carry the voice; punctuation next to a quote (": ‘") may be joined to it
        for i in range(max(s, 0), min(e, n)):
            if not quoted[i] and a.text[i].isalnum():
                bad.append(f"quoted-voice {kind} ({s}, {e}) has {a.text[i]!r} at {i} outside quotes")
                break

    for h in a.hedges:
        span("hedge", h.start, h.end)
        if h.voice == "quoted":
            inside_quote("hedge", h.start, h.end)
    for t in a.attributions:
        for name in ("source_span", "cue_span", "content_span"):
            v = getattr(t, name)
            if v is not None:
                span(f"attribution {name}", v[0], v[1])
    for s in a.sentences:
        span("sentiment sentence", s.start, s.end)
        if s.voice == "quoted":
            voiced_inside_quotes("sentence", s.start, s.end)
        for g in s.segments:
            span("segment", g.start, g.end)
            if g.voice == "quoted":
                voiced_inside_quotes("segment", g.start, g.end)
        for m in s.masked:
            span("masked", m[0], m[1])
        for v in (s.compound, s.compound_neutral):
            if not math.isfinite(v):
                bad.append(f"sentence ({s.start}, {s.end}) compound {v}")

    def finite(key: str, v: object) -> None:
        if isinstance(v, float) and not math.isfinite(v):
            bad.append(f"score {key} = {v}")
        elif isinstance(v, dict):
            for k, w in v.items():
                finite(f"{key}.{k}", w)
        elif isinstance(v, (list, tuple)):
            for i, w in enumerate(v):
                finite(f"{key}[{i}]", w)

    for k, v in a.scores.items():
        finite(k, v)
    try:
        json.loads(json_line(a.to_dict()))
    except ValueError as exc:
        bad.append(f"to_dict is not valid JSON: {exc}")
    return bad


# ---------------------------------------------------------------- bad input, one test each


def test_binary_junk_is_an_error_naming_the_file(tmp_path):
    # bytes 0-255 repeated: not UTF-8 at byte 128 (the first byte >= 0x80), line 2 (byte 10 is the one \n before it)
    p = tmp_path / "junk.txt"
    p.write_bytes(bytes(range(256)) * 4)
    [err] = load_corpus([p, ROOT / "data" / "cecot-2025-03" / "000_7acf395fd2081da2.txt"]).errors
    assert str(err).startswith(f"{p} (article 'junk'): bytes that are not UTF-8 at byte offset 128 (line 2): b'\\x80\\x81\\x82\\x83'.")
    # junk that happens to be valid UTF-8 (control characters) is caught by the binary check
    q = tmp_path / "ctrl.txt"
    q.write_bytes(bytes(range(1, 32)) * 50)
    [err] = load_corpus([q, ROOT / "data" / "cecot-2025-03" / "000_7acf395fd2081da2.txt"]).errors
    assert str(err) == f"{q} (article 'ctrl'): binary data, not text (NUL or many control characters)"


def test_invalid_utf8_in_the_middle_names_byte_offset_and_line(tmp_path):
    # line 1 is 13 bytes + \n, line 2 "Caf" then 0xE9 (Latin-1 é): byte 14 + 3 = 17, line 2
    p = tmp_path / "latin1.txt"
    p.write_bytes("Good line one\n".encode() + b"Caf\xe9 on line two.\nGood line three.\n")
    [err] = load_corpus([p, ROOT / "data" / "cecot-2025-03" / "000_7acf395fd2081da2.txt"]).errors
    assert err.source == str(p) and err.id == "latin1"
    assert err.message.startswith("bytes that are not UTF-8 at byte offset 17 (line 2): b'\\xe9 on'.")
    assert "--encoding-errors replace" in err.message
    # opt-in replacement: analysed, with the replacement's character offset recorded and warned about
    art = load_corpus(p, encoding_errors="replace")["latin1"]
    assert art.metadata["replacements"] == [17] and art.text[17] == "\ufffd"
    assert "1 undecodable byte sequence(s) replaced by U+FFFD" in analyze(art).warnings


def test_utf8_bom_is_removed_and_offsets_are_into_the_text_without_it(tmp_path):
    p = tmp_path / "bom.txt"
    p.write_bytes(b"\xef\xbb\xbf" + "Officials said the plan was “a disaster.”".encode())
    art = load_corpus(p)["bom"]
    assert art.text.startswith("Officials")
    [q] = analyze(art).layer.quotes
    assert (q.start, q.end) == (28, 41) and art.text[q.start:q.end] == "“a disaster.”"


def test_windows_line_ends_are_kept_and_offsets_are_into_the_text_as_read(tmp_path):
    p = tmp_path / "crlf.txt"
    p.write_bytes("Judge rules against the city\r\n\r\nThe council voted on Tuesday.\r\n“It is over,” the mayor said.\r\n".encode())
    art = load_corpus(p)["crlf"]
    assert art.text.count("\r\n") == 4 and len(art.text) == 94
    a = analyze(art)
    # line ends are not inside any span: 28-30 and 30-32 are \r\n, as are 61-63 and 92-94
    assert [(p.start, p.end, p.label) for p in a.layer.paragraphs] == [(0, 28, "headline"), (32, 61, "body"), (63, 92, "body")]
    assert [(s.start, s.end) for s in a.layer.sentences] == [(0, 28), (32, 61), (63, 92)]
    [q] = a.layer.quotes
    assert art.text[q.start:q.end] == "“It is over,”"
    [t] = a.attributions
    assert art.text[slice(*t.content_span)] == "It is over," and art.text[slice(*t.cue_span)] == "said"
    assert check_invariants(a) == []


def test_html_instead_of_text_is_reported_with_the_file(tmp_path):
    # a fragment without <!DOCTYPE>: five or more tags in the sample
    p = tmp_path / "page.txt"
    p.write_text("<div class='story'><p>The council voted.</p><p>“It is over,” she said.</p>"
                 "<p>More.</p><img src='x.jpg'></div>", encoding="utf-8")
    [err] = load_corpus([p, ROOT / "data" / "cecot-2025-03" / "000_7acf395fd2081da2.txt"]).errors
    assert str(err) == (f"{p} (article 'page'): this looks like HTML, not article text. Save the page as .html (or .htm) "
                        "to have its article body and metadata read with trafilatura (pip install 'framing[html]'), "
                        "or extract the text first.")
    # one tag quoted in prose is not HTML
    assert load_corpus(_write(tmp_path, "prose.txt", "He typed <b> by mistake.")).errors == ()


def _write(folder: Path, name: str, text: str) -> Path:
    p = folder / name
    p.write_text(text, encoding="utf-8")
    return p


def test_large_article_is_analysed(tmp_path):
    # 200 kB of composed news text (3,626 sentences in 1,209 paragraphs): loaded and analysed in full
    text = composed_article(200_000)
    p = _write(tmp_path, "big.txt", text)
    a = analyze(load_corpus(p)["big"])
    assert len(a.text) == len(text)
    assert a.scores["n_sentences"] == len(a.layer.sentences) == 3 * text.count("\n\n") + 3
    assert a.scores["n_quotes"] == sum(p.count("“") for p in text.split("\n\n"))
    assert a.warnings == []
    assert check_invariants(a) == []


def test_20_mb_article_loads_exactly(tmp_path):
    # the loader reads a 20 MB single article as one article, text unchanged. Its analysis is linear
    # but takes about a minute of CPU (3 s per MB), too long for the suite: it is measured, with the
    # invariants checked, by benchmarks/big_article.py (result in the README)
    text = composed_article(20_000_000, seed=1)
    p = _write(tmp_path, "huge.txt", text)
    [art] = load_corpus(p)
    assert art.id == "huge" and len(art.text) == len(text) and art.text == text


def test_1_mb_line_without_punctuation_is_analysed():
    # one paragraph and one sentence of 180,183 words with 9,548 "said" and no sentence end:
    # analysed (about 2 s since the attribution look-back windows of commit 79ecda6; 430 s by the twenty-seventh session,
    # when later checks looked back from the sentence start; about 15 s since they are bounded too)
    words = "the council voted to close the shelter on tuesday and residents who live nearby said nothing at all".split()
    rng = random.Random(1)
    line = " ".join(rng.choice(words) for _ in range(200_000))[:1_000_000]
    a = analyze(line)
    assert [(p.start, p.end) for p in a.layer.paragraphs] == [(0, 1_000_000)]
    assert [(s.start, s.end) for s in a.layer.sentences] == [(0, 1_000_000)]
    assert a.layer.quotes == () and a.layer.excluded == () and a.hedges == ()
    # issue #14: the random words hold reporting verbs, so part of the line is reported speech
    assert a.scores["n_sentences"] == 1 and a.scores["words_author"] + a.scores["words_reported"] == 180_183
    assert a.warnings == []
    assert check_invariants(a) == []


def test_reported_voice_equals_a_scan_of_every_attribution():
    # issue #14: the reported voice comes from framing.text.voices (it replaced hedging._Contents):
    # an offset is reported when some content span holds it outside that span's own cue; same
    # answer as the scan on 2,000 random sets of overlapping spans with and without cues
    from framing.text import text_layer
    from framing.text.voices import Voices

    layer = text_layer("x" * 130)
    rng = random.Random(0)
    for _ in range(2000):
        spans = []
        for _ in range(rng.randint(0, 12)):
            s = rng.randint(0, 100)
            c = rng.randint(0, 120)
            spans.append((s, rng.randint(s, 120), None if rng.random() < 0.3 else (c, c + rng.randint(0, 5))))
        voices = Voices.of(layer, [{"content_span": (cs, ce), "cue_span": cue} for cs, ce, cue in spans])
        for pos in range(125):
            scan = any(cs <= pos < ce and not (cue and cue[0] <= pos < cue[1]) for cs, ce, cue in spans)
            assert voices.in_reported(pos) == scan, (spans, pos)


QUOTE_CASES = read_cases("reliability_quotes.txt", "=")


@pytest.mark.parametrize("case", QUOTE_CASES, ids=[c.comment for c in QUOTE_CASES])
def test_unbalanced_and_stray_quote_marks(case):
    a = analyze(case.text)
    L = a.layer
    got = f"quotes {len(L.quotes)} unbalanced {sum(q.unbalanced for q in L.quotes)} stray {len(L.stray_marks)}"
    assert got == case.expected[0]
    assert check_invariants(a) == []


MARKS = ['"', "“", "”", "‘", "’", "'", "«", "»", "„", "‹", "›"]


@pytest.mark.parametrize("mark", MARKS)
def test_every_quote_mark_alone_doubled_and_in_text_never_raises(mark):
    texts = [mark, mark * 7, f"{mark}\n{mark}", f"He said {mark}hello", f"{mark}a{mark}b{mark}",
             f"It{mark}s fine.\n{mark}Next{mark} para.", f"Officials said the {mark}plan{mark} failed{mark}.",
             "\n".join(f"{mark}Line {i}" for i in range(20))]
    for t in texts:
        assert check_invariants(analyze(t)) == [], t


@pytest.mark.parametrize("text, warned", [
    (SPANISH, True),
    (GERMAN, True),
    (" ".join(SENTENCES), False),
    ("Council votes to close shelter", False),  # short English: too few words to judge, no warning
    ("Consejo vota cerrar refugio", False),  # short Spanish: likewise no warning (under 30 words)
])
def test_another_language_is_analysed_with_a_warning(text, warned):
    a = analyze(text)
    lang = [w for w in a.warnings if "not English" in w]
    assert len(lang) == warned
    assert a.scores["n_sentences"] == len(a.layer.sentences) > 0
    assert check_invariants(a) == []


def test_language_warning_exact_text_and_declared_language():
    assert language_warning(SPANISH) == ("probably not English (1% of 67 words are common English function words; "
                                         "threshold 12%): results may be meaningless")
    art = Article("x", " ".join(SENTENCES), metadata={"language": "es"})
    assert analyze(art).warnings == ["language is 'es', not English: the lexicons and rules are for English, "
                                     "so results may be meaningless"]
    assert language_warning(" ".join(SENTENCES), metadata={"language": "en-GB"}) is None


def test_manifest_absolute_path_and_symlink_out_of_the_corpus_are_refused(tmp_path):
    # ../../etc/passwd is in test_corpus.py; here the absolute form and a symlink that leaves the folder
    corpus = tmp_path / "c"
    corpus.mkdir()
    outside = _write(tmp_path, "secret.txt", "A secret that must not be read.")
    (corpus / "link.txt").symlink_to(outside)
    _write(corpus, "ok.txt", "The council voted.")
    _write(corpus, "manifest.csv", f"id,file\nabs,{outside}\nlink,link.txt\nok,ok.txt\n")
    c = load_corpus(corpus)
    assert c.ids == ["ok"]
    assert [(e.id, e.line) for e in c.errors] == [("abs", 2), ("link", 3)]
    assert all("is outside the corpus folder; manifest paths must stay inside" in e.message for e in c.errors)
    assert all(e.source == str(corpus / "manifest.csv") for e in c.errors)


def test_formula_cells_are_neutralised_in_csv_output(tmp_path):
    rows = [("=HYPERLINK(\"http://x\",\"y\")", "+1", "-2", "@SUM(A1:A9)")]
    p = tmp_path / "t.jsonl"
    p.write_text("".join(json.dumps({"id": i, "text": "The council voted.", "title": t, "outlet": o, "note": n}) + "\n"
                         for i, t, o, n in rows) + json.dumps({"id": "-3", "text": ""}) + "\n", encoding="utf-8")
    out = tmp_path / "o.csv"
    assert main(["analyze", str(p), "--format", "csv", "--output", str(out), "--progress", "never"]) == 1
    import csv
    recs = list(csv.DictReader(out.open(encoding="utf-8")))
    assert (recs[0]["id"], recs[0]["title"], recs[0]["outlet"]) == ("'=HYPERLINK(\"http://x\",\"y\")", "'+1", "'-2")
    assert recs[1]["id"] == "'-3" and recs[1]["error"].startswith("'") is False
    # no cell of the file starts like a formula
    assert not [c for r in recs for c in r.values() if c and c[0] in "=+-@"]


def test_lone_surrogates_in_table_fields_are_error_rows_not_a_crash(tmp_path, capsys):
    # a "\ud800" escape in a JSONL title or id used to abort the whole output (UnicodeEncodeError,
    # exit 2, later rows lost); now the row is an error row and the others are analysed
    p = tmp_path / "t.jsonl"
    p.write_text('{"id": "a", "text": "Fine text."}\n'
                 '{"id": "b", "text": "Fine too.", "title": "T\\ud800"}\n'
                 '{"id": "c\\udfff", "text": "Also fine."}\n'
                 '{"id": "d", "text": "Last one."}\n', encoding="utf-8")
    out = tmp_path / "o.jsonl"
    assert main(["analyze", str(p), "--output", str(out), "--progress", "never"]) == 1
    rows = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in rows] == ["a", "b", "c\ufffd", "d"]
    assert rows[1]["error"] == (f"{p}, line 2 (article 'b'): the 'title' field is not valid Unicode (bytes that are "
                                "not UTF-8, or a lone surrogate escape such as \\ud800); convert the file to UTF-8")
    assert rows[2]["error"].startswith(f"{p}, line 3 (article 'c\ufffd'): the 'id' field is not valid Unicode")
    assert "error" not in rows[0] and "error" not in rows[3]
    assert capsys.readouterr().err.strip().splitlines()[-1] == "framing: 2 analysed, 2 failed"


def test_manifest_cell_with_bytes_that_are_not_utf8_is_an_error_row(tmp_path):
    # Latin-1 "é" (0xE9) in a manifest title: the row is refused, naming manifest.csv and its line
    _write(tmp_path, "a.txt", "The council voted.")
    _write(tmp_path, "b.txt", "The council voted again.")
    (tmp_path / "manifest.csv").write_bytes(b"id,file,title\na,a.txt,Caf\xe9 closes\nb,b.txt,Fine\n")
    c = load_corpus(tmp_path)
    assert c.ids == ["b"]
    [err] = c.errors
    assert str(err) == f"{tmp_path / 'manifest.csv'}, line 2 (article 'a'): the 'title' cell is not UTF-8 text; convert manifest.csv to UTF-8"


def test_nul_in_a_manifest_file_name_or_a_csv_text_is_an_error_row(tmp_path, capsys):
    # a NUL in a manifest path made the OS raise ValueError ("embedded null byte"), aborting the run
    # with exit 2 and losing the summary; a NUL in a CSV table's text is binary data
    corpus = tmp_path / "c"
    corpus.mkdir()
    _write(corpus, "a.txt", "The council voted.")
    (corpus / "manifest.csv").write_bytes(b"id,file\na,a.txt\nb,b\x00.txt\n")
    table = tmp_path / "t.csv"
    table.write_bytes(b"id,text\nx,Bad \x00 text.\ny,Good text.\n")
    out = tmp_path / "o.jsonl"
    assert main(["analyze", str(corpus), str(table), "--output", str(out), "--progress", "never"]) == 1
    rows = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert [(r["id"], "error" in r) for r in rows] == [("a", False), ("b", True), ("x", True), ("y", False)]
    assert rows[1]["error"] == f"{corpus / 'manifest.csv'}, line 3 (article 'b'): file name 'b\\x00.txt' contains a NUL character"
    assert rows[2]["error"] == f"{table}, line 2 (article 'x'): binary data, not text (NUL or many control characters)"
    assert capsys.readouterr().err.strip().splitlines()[-1] == "framing: 2 analysed, 2 failed"


# ---------------------------------------------------------------- batch guarantees, through the CLI


def _batch_inputs(folder: Path) -> list[Path]:
    files = []
    for i in range(6):
        files.append(_write(folder, f"ok{i}.txt", composed_article(600, seed=i)))
    (folder / "empty.txt").write_bytes(b"")
    (folder / "latin1.txt").write_bytes(b"Caf\xe9 society.")
    files[3:3] = [folder / "empty.txt", folder / "latin1.txt"]
    return files


def test_batch_every_input_is_a_row_summary_and_exit_status(tmp_path, capsys):
    files = _batch_inputs(tmp_path)
    out = tmp_path / "o.jsonl"
    assert main(["analyze", *map(str, files), "--output", str(out), "--progress", "never"]) == 1
    rows = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in rows] == ["empty", "latin1", "ok0", "ok1", "ok2", "ok3", "ok4", "ok5"]
    assert [set(r) == {"id", "source", "error"} for r in rows] == [True, True] + [False] * 6
    assert rows[0]["error"] == f"{tmp_path / 'empty.txt'} (article 'empty'): empty text"
    assert "byte offset 3 (line 1)" in rows[1]["error"]
    err = capsys.readouterr().err.strip().splitlines()
    assert err[-1] == "framing: 6 analysed, 2 failed"
    # the other articles are unaffected: the same rows as when analysed alone
    alone = tmp_path / "alone.jsonl"
    assert main(["analyze", str(files[0]), "--output", str(alone), "--progress", "never"]) == 0
    assert alone.read_text(encoding="utf-8").splitlines()[0] == out.read_text(encoding="utf-8").splitlines()[2]
    assert capsys.readouterr().err.strip() == "framing: 1 analysed, 0 failed"


def test_batch_output_is_byte_identical_in_any_file_order_and_any_jobs(tmp_path):
    files = _batch_inputs(tmp_path)
    outputs = []
    for order, jobs in [(files, "1"), (files[::-1], "1"), (random.Random(3).sample(files, len(files)), "2")]:
        out = tmp_path / f"o{len(outputs)}.jsonl"
        assert main(["analyze", *map(str, order), "--output", str(out), "--jobs", jobs, "--progress", "never"]) == 1
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1] == outputs[2]
    assert outputs[0].count(b"\n") == 8


# ---------------------------------------------------------------- security


HOSTILE = ("Officials said \"<script>alert(1)</script>\" was fine.\n"
           "<img src=x onerror=alert(2)> appeared.")


def test_report_escapes_titles_outlets_and_error_file_names(tmp_path):
    # text escaping in highlight and report is in test_display_report.py; here: manifest cells and
    # a file name carrying markup, which reach the page through the tables and the error list
    src = tmp_path / "in"
    src.mkdir()
    _write(src, "a.txt", HOSTILE)
    (src / "b.txt").write_bytes(b"")
    _write(src, "manifest.csv", 'id,file,outlet,title\n'
           'a,a.txt,<img src=x onerror=alert(3)>,<script>alert(4)</script>\n'
           '"<img src=y onerror=alert(5)>",b.txt,X,Y\n')
    index, errors = write_report(src, tmp_path / "out")
    page = index.read_text(encoding="utf-8")
    assert len(errors) == 1
    assert "<script" not in page and not re.search(r"<img[^>]*onerror", page)
    for n in (1, 2, 3, 4, 5):
        assert f"alert({n})" in page  # shown as text
    assert "&lt;img src=y onerror=alert(5)&gt;" in page


def test_highlight_escapes_outlet_and_title():
    html = str(highlight_html(analyze(Article("x", HOSTILE, outlet="<b onmouseover=x>O</b>", title="<script>t</script>"))))
    assert "<script" not in html and "<b " not in html and not re.search(r"<img[^>]*onerror", html)
    assert "&lt;b onmouseover=x&gt;O&lt;/b&gt;" in html and "&lt;script&gt;t&lt;/script&gt;" in html


def test_no_input_is_executed_and_configs_load_safely():
    # static check of the package: no eval/exec/pickle/shell/unsafe YAML anywhere in framing/
    unsafe = re.compile(r"\b(?:eval|exec|compile)\(|pickle\.loads?\(|marshal\.|shell\s*=\s*True|os\.system\(|"
                        r"yaml\.load\((?![^)]*SafeLoader)|yaml\.unsafe_load|__import__\(|importlib\.import_module\(")
    hits = [f"{p.name}:{i}: {line.strip()}" for p in sorted((ROOT / "framing").rglob("*.py"))
            for i, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
            if unsafe.search(line) and not re.search(r"re\.compile\(|\.compile\(", line)]
    assert hits == []


def test_table_ids_with_path_characters_are_only_labels(tmp_path):
    # an id like ../../etc/passwd in a table is a label: nothing is read or written at that path
    p = tmp_path / "t.jsonl"
    p.write_text(json.dumps({"id": "../../etc/passwd", "text": "The council voted."}) + "\n", encoding="utf-8")
    [art] = list(iter_corpus(p))
    assert art.id == "../../etc/passwd" and art.text == "The council voted." and art.source == str(p)
    out = tmp_path / "report"
    write_report(p, out)
    assert sorted(x.name for x in out.iterdir()) == ["analysis.jsonl", "figures", "index.html", "tables"]


# ---------------------------------------------------------------- property tests

_QUOTE_ALPHABET = st.sampled_from(MARKS + ["\n", "\n\n", " ", "’s", "n’t", "'s", ".", ",", "?", "!", ":", "—"])
_WORDS = st.sampled_from(["said", "the", "judge", "Trump", "may", "alleged", "“", "”", "According to", "officials",
                          "claimed", "Sen.", "U.S.", "reportedly", "could", "She", "told", "Advert", "(AFP via Getty Images)"])
_SETTINGS = settings(max_examples=150, deadline=None, derandomize=True,
                     suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


@_SETTINGS
@given(st.text(max_size=300))
def test_property_arbitrary_unicode(text):
    assert check_invariants(analyze(text)) == []


@_SETTINGS
@given(st.lists(st.one_of(_QUOTE_ALPHABET, _WORDS), max_size=80).map(" ".join))
def test_property_quote_marks_newlines_apostrophes_and_words(text):
    assert check_invariants(analyze(text)) == []


@_SETTINGS
@given(st.lists(st.one_of(_QUOTE_ALPHABET, _WORDS, st.sampled_from(SENTENCES)), max_size=40).map("".join))
def test_property_glued_pieces_without_spaces(text):
    assert check_invariants(analyze(text)) == []


def test_formula_after_leading_white_space_is_neutralised_too(tmp_path):
    # spreadsheets skip leading spaces before a formula: " =1+1" is executed like "=1+1"
    p = tmp_path / "t.jsonl"
    p.write_text(json.dumps({"id": "a", "text": "The council voted.", "title": "  =1+1", "outlet": "\t@x"}) + "\n",
                 encoding="utf-8")
    out = tmp_path / "o.csv"
    assert main(["analyze", str(p), "--format", "csv", "--output", str(out), "--progress", "never"]) == 0
    import csv
    rec = next(csv.DictReader(out.open(encoding="utf-8")))
    # the loader strips titles and outlets; the formula is still neutralised (safe_cell's doctest
    # covers a value that reaches the writer with its leading spaces)
    assert (rec["title"], rec["outlet"]) == ("'=1+1", "'@x")
