"""Saved web pages (issue #16): .html/.htm files and HTML table cells are read with trafilatura.

The pages in tests/data/html/ are composed for these tests: navigation, adverts (outside and
inside the article), a byline, reader comments, a script, a newsletter box, a sidebar; and one
page with no article at all.
"""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from framing import analyze, load_corpus
from framing.cli import main
from framing.corpus.html import INSTALL_HINT, extract_html

pytest.importorskip("trafilatura")  # installed by the dev and html extras

HTML = Path(__file__).resolve().parent / "data" / "html"
LEDGER_TEXT = (
    "Judge halts river dam plan\n"
    "A federal judge on Thursday halted the construction of a dam on the Green River, saying the state had allegedly "
    "ignored a court order to study the risks to the valley's farms.\n"
    "“The state may have acted in bad faith,” Judge Ann Lee wrote in a twelve-page ruling. Officials said they would "
    "appeal the decision as soon as possible.\n"
    "Farmers downstream claimed that the project could dry out thousands of acres of orchards, according to a report by "
    "the Valley Water Trust published last month.\n"
    "Governor Tom Reyes called the ruling “a gift to polluters” and said construction would resume once the appeal was heard."
)


def test_a_folder_of_saved_pages_gives_bodies_metadata_and_an_error_row_for_a_page_without_article():
    corpus = load_corpus(HTML)
    assert corpus.ids == ["courier-dam", "ledger-dam"]  # sorted by file name; .htm and .html alike
    ledger = corpus["ledger-dam"]
    # the body only: no menu, advert, byline, comment, footer or script
    assert ledger.text == LEDGER_TEXT
    for junk in ("Subscribe now", "FloodGuard", "Cheap flights", "By Maria Gomez", "disgrace", "Great ruling",
                 "All rights reserved", "tracked", "track()"):
        assert junk not in ledger.text
    assert (ledger.outlet, ledger.title) == ("The Valley Ledger", "Judge halts river dam plan")
    assert dict(ledger.metadata) == {"published": "2026-05-14", "author": "Maria Gomez", "extracted_from": "html"}
    courier = corpus["courier-dam"]
    assert courier.text.splitlines() == [
        "Work on the Green River dam stopped on Thursday after a judge ruled that the state had failed to study its "
        "effect on farms downstream.",
        "Governor Tom Reyes said the ruling was “a gift to polluters” and promised an appeal. Environmental groups "
        "welcomed the decision, calling it long overdue.",
        "The state’s water agency said the dam would supply drinking water to 40,000 homes and that the delay would "
        "cost millions of dollars each month.",
    ]
    assert (courier.outlet, courier.title, courier.metadata["author"], courier.metadata["published"]) == (
        "Riverside Courier", "Dam project frozen after court ruling", "Sam Okafor", "2026-05-15")
    [err] = corpus.errors
    assert (err.source, err.id) == (str(HTML / "empty-page.html"), "empty-page")
    assert err.message == ("no article body in this HTML page (trafilatura found only 'Home News', no line of 8 words "
                           "or more); save the article's own page, or give its text")


def test_the_manifest_wins_over_the_page_and_fills_nothing_it_has(tmp_path):
    for name in ("ledger-dam.html", "courier-dam.htm"):
        (tmp_path / name).write_bytes((HTML / name).read_bytes())
    (tmp_path / "manifest.csv").write_text(
        "id,file,outlet,title,published\n"
        "L,ledger-dam.html,Outlet A,,\n"
        "C,courier-dam.htm,,My title,2026-05-16\n", encoding="utf-8")
    corpus = load_corpus(tmp_path)
    ledger, courier = corpus["L"], corpus["C"]
    assert (ledger.outlet, ledger.title, ledger.metadata["published"]) == ("Outlet A", "Judge halts river dam plan", "2026-05-14")
    assert (courier.outlet, courier.title, courier.metadata["published"]) == ("Riverside Courier", "My title", "2026-05-16")
    assert ledger.text == LEDGER_TEXT


def test_html_in_a_table_column_is_extracted_and_plain_text_is_left_alone(tmp_path):
    page = (HTML / "ledger-dam.html").read_text(encoding="utf-8")
    rows = [{"id": "p", "text": page, "outlet": "Outlet P"}, {"id": "t", "text": "It may rain. He typed <b> by mistake."},
            {"id": "e", "text": (HTML / "empty-page.html").read_text(encoding="utf-8")}]
    (tmp_path / "t.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    corpus = load_corpus(tmp_path / "t.jsonl")
    assert corpus.ids == ["p", "t"]
    assert corpus["p"].text == LEDGER_TEXT and corpus["p"].outlet == "Outlet P" and corpus["p"].title == "Judge halts river dam plan"
    assert corpus["t"].text == "It may rain. He typed <b> by mistake." and "extracted_from" not in corpus["t"].metadata
    [err] = corpus.errors
    assert (err.id, err.line) == ("e", 3) and err.message.startswith("no article body in this HTML page")


def test_offsets_are_into_the_extracted_text_which_the_output_keeps(tmp_path):
    out = tmp_path / "out.jsonl"
    assert main(["analyze", str(HTML / "ledger-dam.html"), "--output", str(out), "--progress", "never"]) == 0
    [obj] = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    text = obj["text"]
    assert text == LEDGER_TEXT and obj["text_length"] == len(text)
    assert [(h["start"], h["end"], h["text"], h["category"]) for h in obj["hedges"]] == [
        (129, 138, "allegedly", "allegation"), (214, 217, "may", "epistemic"),
        (375, 382, "claimed", "distancing"), (400, 405, "could", "epistemic")]  # "as soon as possible" is no hedge
    for h in obj["hedges"]:
        assert text[h["start"]:h["end"]] == h["text"]
    quote = next(a for a in obj["attributions"] if a["kind"] == "direct")
    assert text[slice(*quote["content_span"])] == "The state may have acted in bad faith,"
    # a text file's output is unchanged: its text is the file, so it is not repeated
    assert "text" not in analyze("It may rain.").to_dict()


def test_without_trafilatura_an_html_input_is_an_error_row_saying_what_to_install(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "trafilatura", None)  # import trafilatura now raises ImportError
    assert extract_html("<html></html>") == INSTALL_HINT == (
        "reading HTML pages needs trafilatura: pip install 'framing[html]' (scripts/report.sh installs it)")
    (tmp_path / "a.txt").write_text("It may rain.", encoding="utf-8")
    (tmp_path / "b.html").write_bytes((HTML / "ledger-dam.html").read_bytes())
    corpus = load_corpus(tmp_path)
    assert corpus.ids == ["a"]
    assert [(e.id, e.message) for e in corpus.errors] == [("b", INSTALL_HINT)]


def test_import_framing_does_not_import_trafilatura():
    code = ("import sys, framing; c = framing.load_corpus('data/cecot-2025-03'); framing.analyze(c[0]);"
            "print('trafilatura' in sys.modules, 'lxml' in sys.modules)")
    root = Path(__file__).resolve().parent.parent
    out = subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]


def test_the_progress_total_counts_saved_pages():
    from framing.batch.run import count_inputs

    assert count_inputs(HTML) == 3 and count_inputs([HTML / "ledger-dam.html", HTML / "courier-dam.htm"]) == 2


def test_a_page_runs_nothing_and_reads_no_file():
    # an external entity, an event handler and a script: parsed as markup, never resolved or run
    para = "<p>The council voted on Tuesday to close the old library after a long and angry debate. &xxe;</p>"
    page = ('<?xml version="1.0"?><!DOCTYPE html [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><html><body><article>'
            + para + '<img src=x onerror="alert(1)"><script>document.write("INJECTED")</script></article></body></html>')
    text, meta = extract_html(page)
    assert text == "The council voted on Tuesday to close the old library after a long and angry debate. &xxe;"
    assert meta == {}
