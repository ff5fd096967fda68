"""Per-article hedging scores: counts per category and voice, and rates per 1,000 author words."""

from __future__ import annotations

from collections.abc import Iterable

from ..text.layer import TextLayer
from .find import Hedge
from .lexicon import HEDGE_CATEGORIES, HEDGING_CATEGORIES

__all__ = ["score_hedges"]


def score_hedges(found: Iterable[Hedge], layer: TextLayer) -> dict[str, float | int | str | None]:
    """Aggregate one article's hedges into flat ``hedge_`` scores.

    Keys (see docs/hedging.md):
    ``hedge_{category}_author`` and ``hedge_{category}_quoted`` (counts);
    ``hedge_{category}_per_1k`` (author-voice hits per 1,000 author-voice
    words, ``None`` if the article has no author-voice words);
    ``hedge_total_author``, ``hedge_total_quoted``, ``hedge_total_per_1k``
    (allegation + epistemic + distancing + scare_quote; boosters excluded);
    ``hedge_negated``, ``hedge_reported`` (counts of flagged hits, any voice);
    ``hedge_author_words`` (the denominator).

    Examples
    --------
    >>> from framing.hedging import hedges
    >>> from framing.text import text_layer
    >>> layer = text_layer("The alleged leader may be gone. Nothing else happened today at all.")
    >>> s = score_hedges(hedges(layer), layer)
    >>> s["hedge_allegation_author"], s["hedge_total_author"], s["hedge_author_words"], s["hedge_total_per_1k"]
    (1, 2, 12, 166.667)
    """
    found = list(found)
    words = layer.words_by_voice()["author"]
    out: dict[str, float | int | str | None] = {}
    counts = {(c, v): 0 for c in HEDGE_CATEGORIES for v in ("author", "quoted")}
    for h in found:
        if (h.category, h.voice) in counts:
            counts[h.category, h.voice] += 1
    for c in HEDGE_CATEGORIES:
        out[f"hedge_{c}_author"] = counts[c, "author"]
        out[f"hedge_{c}_quoted"] = counts[c, "quoted"]
    for c in HEDGE_CATEGORIES:
        out[f"hedge_{c}_per_1k"] = round(1000 * counts[c, "author"] / words, 3) if words else None
    total_a = sum(counts[c, "author"] for c in HEDGING_CATEGORIES)
    out["hedge_total_author"] = total_a
    out["hedge_total_quoted"] = sum(counts[c, "quoted"] for c in HEDGING_CATEGORIES)
    out["hedge_total_per_1k"] = round(1000 * total_a / words, 3) if words else None
    out["hedge_negated"] = sum(h.negated for h in found)
    out["hedge_reported"] = sum(h.reported for h in found)
    out["hedge_author_words"] = words
    return out
