"""framing.compare.reuse: text reuse between articles, on composed corpora, labelled pairs and the bundled corpus."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from framing import Article, reuse_table, text_reuse
from framing.compare.claims import similar_pairs
from framing.compare.reuse import REUSE_THRESHOLD, ReusePair

from test_compare import CORPORA

DATA = Path(__file__).parent / "data"


def read_pairs() -> list[tuple[str, str, str, str]]:
    """(kind, comment, A, B) for every pair of tests/data/compare_pairs.txt."""
    out, head, a = [], "", ""
    for line in (DATA / "compare_pairs.txt").read_text(encoding="utf-8").splitlines():
        if line.startswith("## "):
            head = line[3:]
        elif line.startswith("A: "):
            a = line[3:]
        elif line.startswith("B: "):
            kind, _, comment = head.partition(":")
            out.append((kind.strip(), comment.strip(), a, line[3:]))
    return out


def test_planted_paraphrase_is_found_with_its_aligned_sentences():
    arts = CORPORA["paraphrase"]
    x, y = arts[0].text, arts[1].text
    pairs = text_reuse(arts)
    assert [(p.a, p.b) for p in pairs] == [("x", "y")]
    p = pairs[0]
    got = [(x[sa:ea], y[sb:eb]) for (sa, ea), (sb, eb), _ in p.aligned]
    assert got == [
        ("Thousands of dockworkers walked off the job at the country's largest port on Monday, halting container shipments.",
         "On Monday thousands of dockworkers walked off the job at the country's largest port, halting shipments of containers."),
        ("The union said its members had not received a pay rise in four years.",
         "Its members have not had a pay rise in four years, the union said."),
        ("\"We will not go back until the company makes a fair offer,\" union leader Carla Mendes told a rally outside the main gate.",
         "\"We will not go back until the company makes a fair offer,\" union leader Carla Mendes told a rally outside the gate."),
    ]
    assert all(REUSE_THRESHOLD <= sim <= 1 for _, _, sim in p.aligned)
    # six sentences each (headline included), three of each aligned, in one run
    assert (p.share_a, p.share_b, p.score, p.longest_run) == (0.5, 0.5, 0.5, 3)
    d = p.to_dict()
    assert sorted(d) == ["a", "aligned", "b", "longest_run", "score", "share_a", "share_b"]
    assert d["aligned"][0][:2] == [list(p.aligned[0][0]), list(p.aligned[0][1])]


def test_reuse_table_pairs_and_sentences():
    arts = CORPORA["paraphrase"]
    pairs = reuse_table(arts)
    assert pairs.to_dict("records") == [{"a": "x", "b": "y", "outlet_a": "Outlet X", "outlet_b": "Outlet Y", "score": 0.5,
                                         "share_a": 0.5, "share_b": 0.5, "longest_run": 3, "n_aligned": 3}]
    sents = reuse_table(arts, sentences=True)
    assert sents.columns.tolist() == ["a", "b", "outlet_a", "outlet_b", "score", "start_a", "end_a", "start_b", "end_b",
                                      "similarity", "text_a", "text_b"]
    p = text_reuse(arts)[0]
    assert [((r.start_a, r.end_a), (r.start_b, r.end_b), r.similarity) for r in sents.itertuples()] == list(p.aligned)
    assert [r.text_a for r in sents.itertuples()] == [arts[0].text[s:e] for s, e in sents[["start_a", "end_a"]].values]
    assert sents["text_b"].iloc[1] == "Its members have not had a pay rise in four years, the union said."
    empty = reuse_table(CORPORA["noreuse"], sentences=True)
    assert empty.empty and empty.columns.tolist() == sents.columns.tolist()


def test_no_reuse_at_all():
    assert text_reuse(CORPORA["noreuse"]) == []
    # not even at a threshold well below the documented one
    assert text_reuse(CORPORA["noreuse"], threshold=0.3) == []


def test_reuse_is_symmetric_in_input_order():
    arts = CORPORA["paraphrase"]
    fwd = text_reuse(arts)[0]
    back = text_reuse(arts[::-1])[0]
    assert (back.a, back.b) == ("y", "x")
    assert back.score == fwd.score and back.longest_run == fwd.longest_run
    assert [(sb, sa) for sa, sb, _ in fwd.aligned] == [(sa, sb) for sa, sb, _ in back.aligned]


def test_short_sentences_do_not_count_as_reuse():
    a = Article("a", "He declined to comment. Rain is expected across the north of the country on Sunday.")
    b = Article("b", "He declined to comment. Stocks in Tokyo rose for a third straight session on Monday.")
    assert text_reuse([a, b]) == []
    assert [p.longest_run for p in text_reuse([a, b], min_words=1)] == [1]


def test_min_score_filters_pairs():
    assert text_reuse(CORPORA["paraphrase"], min_score=0.5) == []
    assert len(text_reuse(CORPORA["paraphrase"], min_score=0.49)) == 1


PAIRS = read_pairs()


def _similarity(a: str, b: str) -> float:
    i, j, s = similar_pairs([a, b], [0, 1], threshold=0.0)
    return float(s[0]) if len(s) else 0.0


@pytest.mark.parametrize("kind,comment,a,b", [p for p in PAIRS if p[0] == "reuse"], ids=lambda v: v if len(v) < 50 else None)
def test_labelled_rewrites_are_reuse(kind, comment, a, b):
    # two-sentence corpora have degenerate IDF weights, so pad with unrelated sentences of the other pairs
    pad = [p[2] for p in PAIRS if p[0] == "different"][:10]
    texts = [a, b, *pad]
    i, j, s = similar_pairs(texts, np.arange(len(texts)), threshold=REUSE_THRESHOLD)
    assert (0, 1) in set(zip(i.tolist(), j.tolist())), comment


@pytest.mark.parametrize("kind,comment,a,b", [p for p in PAIRS if p[0] in ("different", "claim")], ids=lambda v: v if len(v) < 50 else None)
def test_labelled_non_rewrites_are_not_reuse(kind, comment, a, b):
    pad = [p[2] for p in PAIRS if p[0] == "reuse"][:10]
    texts = [a, b, *pad]
    i, j, s = similar_pairs(texts, np.arange(len(texts)), threshold=REUSE_THRESHOLD)
    assert (0, 1) not in set(zip(i.tolist(), j.tolist())), comment


def test_bundled_b_and_c_are_one_text(bundled):
    pairs = text_reuse(bundled)
    top = pairs[0]
    assert isinstance(top, ReusePair) and (top.a, top.b) == ("B", "C")
    # measured at REUSE_THRESHOLD: half the sentences of B and of C have a near-copy in the other
    assert [(p.a, p.b, round(p.score, 3), p.longest_run, len(p.aligned)) for p in pairs] == [
        ("B", "C", 0.5, 5, 10), ("A", "C", 0.278, 4, 5), ("A", "B", 0.222, 3, 4), ("A", "D", 0.056, 1, 1)]
    b, c = bundled["B"].text, bundled["C"].text
    for (sa, ea), (sb, eb), sim in top.aligned:
        assert b[sa:ea].strip() and c[sb:eb].strip() and sim >= REUSE_THRESHOLD


def test_real_rewrites_in_the_bundled_corpus(bundled):
    # the 'real' pairs of compare_pairs.txt are B's sentences and C's rewrites of them; at
    # REUSE_THRESHOLD the pipeline aligns 10 of the 17: real rewrites score lower than composed ones
    b, c = bundled["B"].text, bundled["C"].text
    aligned = {(b[sa:ea], c[sb:eb]) for (sa, ea), (sb, eb), _ in text_reuse(bundled)[0].aligned}
    real = [(comment, x, y) for kind, comment, x, y in PAIRS if kind == "real"]
    assert len(real) == 17 and all(x in b and y in c for _, x, y in real)
    assert sum((x, y) in aligned for _, x, y in real) == 10
    assert len(aligned) == 10  # and nothing else
    assert [comment for comment, x, y in real if (x, y) not in aligned] == [
        "paraphrase turned into a quotation of the same post", "a translated quotation reworded",
        "centuries-old becomes 18th-century, clause added", "quotation shortened and reworded",
        "loose: the end of the same translated post, heavily reworded",
        "synonyms throughout (instructions/directive, diverted/turned around)", "clauses reordered and reworded"]


@pytest.mark.xfail(strict=True, reason="a real rewrite with synonyms throughout scores 0.37 on the bundled corpus, "
                   "below REUSE_THRESHOLD (0.55) and below composed same-topic different-fact pairs (up to 0.475)")
def test_real_rewrite_with_synonyms_is_aligned(bundled):
    b, c = bundled["B"].text, bundled["C"].text
    x = "Despite clear verbal instructions to halt the flights, the planes were not diverted."
    y = "Despite the verbal directive, the planes were not turned around."
    pair = ((b.index(x), b.index(x) + len(x)), (c.index(y), c.index(y) + len(y)))
    assert pair in {(sa, sb) for sa, sb, _ in text_reuse(bundled)[0].aligned}
