"""Exact text-layer spans on the five bundled articles.

tests/data/bundled_text_layer.json was generated once and then read line by line
against the articles: every sentence boundary, quotation region (with its first
40 characters) and exclusion in it was checked by hand. A change that moves any
span fails here and must be reviewed the same way.
"""

import json

import pytest

from framing import text_layer

from conftest import ROOT

EXPECTED = json.loads((ROOT / "tests" / "data" / "bundled_text_layer.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("aid", sorted(EXPECTED))
def test_bundled_text_layer_exact(bundled, aid):
    art = bundled[aid]
    layer = text_layer(art.text, title=art.title)
    exp = EXPECTED[aid]
    assert [[s.start, s.end, s.label] for s in layer.sentences] == exp["sentences"]
    got_quotes = [[q.start, q.end, art.text[q.start:q.end][:40],
                   ("nested " if q.nested else "") + ("unbalanced " if q.unbalanced else "") + ("continued" if q.continued else "")]
                  for q in layer.quotes]
    assert got_quotes == exp["quotes"]
    assert [[e.start, e.end, e.label] for e in layer.excluded] == exp["excluded"]


def test_bundled_headlines_and_captions(bundled):
    roles = {a.id: [(b.role, b.reason) for b in text_layer(a.text, title=a.title).blocks if b.role != "body"] for a in bundled}
    assert roles == {
        "A": [("excluded", "placeholder")] * 4,
        "B": [("headline", ""), ("headline", ""), ("excluded", "caption"), ("excluded", "caption")],
        "C": [("excluded", "caption"), ("excluded", "caption")],
        "D": [("headline", ""), ("headline", ""), ("subheading", ""), ("subheading", "")],
        "E": [("excluded", "language_switcher"), ("headline", ""), ("excluded", "caption"), ("subheading", "")],
    }
