"""The common nouns of ``common_nouns.csv`` (internal to :mod:`framing.attribution`).

Lower-case nouns of the treebank the parser learned from, built by ``scripts/build_common_nouns.py``: a word of the
list opening a sentence names nobody (:mod:`._nouns`), and a common noun whose value rose or fell in a market report
is no company (:func:`._companies.companies`: "Profit fell 10 to 20"). Its own module, with no import from the rest of
the package, so that both can read it.
"""

from __future__ import annotations

import re

from ..lexicon import LexiconError, cached_lexicon_loader, read_lexicon_rows

__all__ = ["load_common_nouns", "is_common_noun"]

_WORD_RE = re.compile(r"[a-z]+")


def _read(path: str) -> frozenset[str]:
    rows = read_lexicon_rows(path, kind="common_nouns", required=["word"])
    for r in rows:
        if not _WORD_RE.fullmatch(r["word"]):
            raise LexiconError(f"{r.source}, line {r.line}: {r['word']!r} is not a lower-case word of the letters a-z. "
                               "common_nouns.csv lists single lower-case nouns; rebuild it with scripts/build_common_nouns.py.")
    return frozenset(r["word"] for r in rows)


#: ``load_common_nouns(path=None)``: the packaged list, or a user's file of the same format, as a frozenset.
load_common_nouns = cached_lexicon_loader("common_nouns.csv", _read)


def is_common_noun(word: str) -> bool:
    """Whether lower-case ``word``, or it without a final *s*, is a noun of the packaged list ("analysts", "sales")."""
    nouns = load_common_nouns()
    return word in nouns or word.removesuffix("s") in nouns
