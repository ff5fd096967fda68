"""Per-article hedging scores: counts per category and voice, and rates per 1,000 author words."""

from __future__ import annotations

from collections.abc import Iterable

from ..text.layer import TextLayer
from ..text.voices import VOICES, Voices
from .types import Hedge
from .lexicon import HEDGE_CATEGORIES, HEDGING_CATEGORIES

__all__ = ["score_hedges"]


def score_hedges(found: Iterable[Hedge], layer: TextLayer, *,
                 voices: Voices | None = None) -> dict[str, float | int | str | None]:
    """Aggregate one article's hedges into flat ``hedge_`` scores.

    Keys (see docs/hedging.md):
    ``hedge_{category}_author``, ``hedge_{category}_quoted`` and
    ``hedge_{category}_reported`` (counts per voice, see :mod:`framing.text.voices`);
    ``hedge_{category}_per_1k`` (author-voice hits per 1,000 author-voice
    words, ``None`` if the article has no author-voice words);
    ``hedge_total_author``, ``hedge_total_quoted``, ``hedge_total_reported``,
    ``hedge_total_per_1k`` (allegation + epistemic + distancing + scare_quote; boosters excluded);
    ``hedge_negated``, ``hedge_reported`` (counts of flagged hits, any voice);
    ``hedge_author_words`` (the denominator: the author-voice words of ``voices``, the
    analyser's :class:`~framing.text.voices.Voices`; without it, every unquoted word).

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
    words = (voices or Voices(layer)).words_by_voice()["author"]
    out: dict[str, float | int | str | None] = {}
    counts = {(c, v): 0 for c in HEDGE_CATEGORIES for v in VOICES}
    for h in found:
        if (h.category, h.voice) in counts:
            counts[h.category, h.voice] += 1
    for c in HEDGE_CATEGORIES:
        for v in VOICES:
            out[f"hedge_{c}_{v}"] = counts[c, v]
    for c in HEDGE_CATEGORIES:
        out[f"hedge_{c}_per_1k"] = round(1000 * counts[c, "author"] / words, 3) if words else None
    total_a = sum(counts[c, "author"] for c in HEDGING_CATEGORIES)
    out["hedge_total_author"] = total_a
    out["hedge_total_quoted"] = sum(counts[c, "quoted"] for c in HEDGING_CATEGORIES)
    out["hedge_total_reported"] = sum(counts[c, "reported"] for c in HEDGING_CATEGORIES)
    out["hedge_total_per_1k"] = round(1000 * total_a / words, 3) if words else None
    out["hedge_negated"] = sum(h.negated for h in found)
    out["hedge_reported"] = sum(h.reported for h in found)
    out["hedge_author_words"] = words
    return out
