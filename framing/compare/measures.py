"""Per-article measures as ratios of sums over sentences: the units that :mod:`framing.compare.stats` resamples (issue #6).

Every measure here is a ratio of two per-sentence counts summed over the
article (hits / words, quoted words / words, summed compound / number of
segments of a voice). :func:`sentence_units` gives the per-sentence counts;
:func:`measure_value` the article's value. The bootstrap and the permutation
test in :mod:`framing.compare.stats` resample these sentence rows.

Measures
--------
``quoted_share``
    words inside quotation marks / all words (0-1).
``hedge_density``, ``hedge_density:CATEGORY``
    author-voice hedges (all but boosters, or of one category) per 1,000
    author-voice words: the hedging scorer's ``hedge_total_per_1k`` and
    ``hedge_CATEGORY_per_1k``.
``sentiment:author``, ``sentiment:quoted``, ``sentiment:reported``
    mean VADER compound of the sentence pieces in that voice (the sentiment
    scorer's segments; equals its ``sent_author_mean`` / ``sent_quoted_mean``).
``attribution_density``
    attributions per 1,000 words (author + quoted).
``stance_share:STANCE``, ``speaker_type_share:TYPE``
    share of the article's attributions with that reporting-verb stance or speaker type (0-1).
"""

from __future__ import annotations

import bisect
from typing import Any

import numpy as np

from ..text.layer import count_words
from ..text.voices import VOICES, Voices

__all__ = ["sentence_units", "measure_value", "available_measures"]


# Boosters ("clearly", "undoubtedly"; Hyland 2005) mark certainty, not hedging: counted per
# category but not in the total, as framing.hedging's hedge_total_per_1k does.
_NOT_HEDGES = frozenset({"booster"})


def sentence_units(analysis: Any) -> dict[str, np.ndarray]:
    """Per-sentence counts of one analysed article: the units that the bootstrap resamples.

    Keys: ``words_author``, ``words_quoted``, ``words_reported`` (the three voices of
    :class:`framing.text.voices.Voices`), ``words``, ``hedges_author`` (author-voice
    hedges starting in the sentence, boosters excluded) and ``hedges_author:CATEGORY``,
    and for each voice V: ``compound:V`` (sum of the compound scores of the
    sentence's pieces in voice V: its ``segments`` when the sentiment scorer
    split it at quotation boundaries, else the sentence itself) and ``n:V``
    (the number of those pieces). ``attributions`` counts the attributions that
    start in the sentence (earliest of source, cue and content span), and
    ``attributions:stance:S`` / ``attributions:type:T`` those with verb stance S
    or speaker type T.

    Examples
    --------
    >>> from framing import analyze
    >>> u = sentence_units(analyze("He said: “We won.” Then he left."))
    >>> u["words_author"].tolist(), u["words_quoted"].tolist()
    ([2.0, 3.0], [2.0, 0.0])
    """
    if not hasattr(analysis, "layer") or not hasattr(analysis, "hedges"):
        hint = " Use profile_with_ci(analyses, measures) for many." if isinstance(analysis, (list, tuple)) else ""
        raise TypeError(f"expected one Analysis (from framing.analyze), not a {type(analysis).__name__}.{hint}")
    # computed once per Analysis object and kept on it (the report asks for every article's units
    # in several figures, tables and tests); the arrays are read-only so that the copy stays true
    memo = getattr(analysis, "__dict__", None)
    if memo is not None and _MEMO in memo:
        return memo[_MEMO]
    units = _units(analysis)
    for arr in units.values():
        arr.flags.writeable = False
    if memo is not None:
        memo[_MEMO] = units
    return units


_MEMO = "_framing_sentence_units"


def _units(analysis: Any) -> dict[str, np.ndarray]:
    layer = analysis.layer
    text = layer.text
    sents = layer.sentences
    n = len(sents)
    words = {v: np.zeros(n) for v in VOICES}
    voices = Voices.of(layer, analysis.attributions).for_hedges(analysis.hedges)  # as framing.analyze counts them
    for k, s in enumerate(sents):
        for a, b, v in voices.segments(s.start, s.end):
            words[v][k] += count_words(text, a, b)
    wa, wq, wr = words["author"], words["quoted"], words["reported"]
    units: dict[str, np.ndarray] = {"words_author": wa, "words_quoted": wq, "words_reported": wr,
                                    "words": wa + wq + wr, "hedges_author": np.zeros(n)}
    starts = [s.start for s in sents]
    for h in analysis.hedges:
        if getattr(h, "voice", "author") != "author":
            continue
        k = bisect.bisect_right(starts, h.start) - 1
        if k < 0 or h.start >= sents[k].end:
            continue
        if h.category not in _NOT_HEDGES:
            units["hedges_author"][k] += 1
        key = f"hedges_author:{h.category}"
        units.setdefault(key, np.zeros(n))[k] += 1
    units["attributions"] = np.zeros(n)
    for t in analysis.attributions:
        at = min((sp[0] for sp in (getattr(t, "source_span", None), getattr(t, "cue_span", None),
                                   getattr(t, "content_span", None)) if sp), default=None)
        k = bisect.bisect_right(starts, at) - 1 if at is not None else -1
        if k < 0 or at >= sents[k].end:
            continue
        units["attributions"][k] += 1
        for field, value in (("stance", getattr(t, "verb_stance", None)), ("type", getattr(t, "speaker_type", None))):
            if value:
                units.setdefault(f"attributions:{field}:{value}", np.zeros(n))[k] += 1
    index = {s: k for k, s in enumerate(starts)}
    for obj in analysis.sentences:
        k = index.get(obj.start)
        if k is None:
            continue
        # a sentence split at quotation boundaries contributes each voice's segment
        for part in getattr(obj, "segments", None) or (obj,):
            voice, comp = getattr(part, "voice", None), getattr(part, "compound", None)
            if voice is None or comp is None:
                continue
            units.setdefault(f"compound:{voice}", np.zeros(n))[k] += float(comp)
            units.setdefault(f"n:{voice}", np.zeros(n))[k] += 1
    return units


def _ratio_spec(measure: str) -> tuple[str, str, float]:
    """(numerator key, denominator key, scale) of a measure name."""
    if not isinstance(measure, str):
        raise TypeError(f"measure must be a str such as 'hedge_density', not {type(measure).__name__}")
    if measure == "quoted_share":
        return "words_quoted", "words", 1.0
    if measure == "hedge_density":
        return "hedges_author", "words_author", 1000.0
    if measure.startswith("hedge_density:"):
        return "hedges_author:" + measure.split(":", 1)[1], "words_author", 1000.0
    if measure.startswith("sentiment:") and measure.split(":", 1)[1] in ("author", "quoted", "reported", "mixed"):
        v = measure.split(":", 1)[1]
        return f"compound:{v}", f"n:{v}", 1.0
    if measure == "attribution_density":
        return "attributions", "words", 1000.0
    for prefix, field in (("stance_share:", "stance"), ("speaker_type_share:", "type")):
        if measure.startswith(prefix):
            return f"attributions:{field}:" + measure[len(prefix):], "attributions", 1.0
    raise ValueError(f"unknown measure {measure!r}; use 'quoted_share', 'hedge_density', "
                     "'hedge_density:CATEGORY', 'sentiment:author|quoted|reported|mixed', 'attribution_density', "
                     "'stance_share:STANCE' or 'speaker_type_share:TYPE'")


def numerator_denominator(units: dict[str, np.ndarray], measure: str) -> tuple[np.ndarray, np.ndarray, float]:
    """Per-sentence numerator and denominator arrays of ``measure``, and its scale (1 or 1,000)."""
    num_key, den_key, scale = _ratio_spec(measure)
    n = len(units["words"])
    return units.get(num_key, np.zeros(n)), units.get(den_key, np.zeros(n)), scale


def ratio(num: np.ndarray, den: np.ndarray, scale: float) -> np.ndarray | float:
    """``scale * num / den`` element-wise, NaN where the denominator is 0."""
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(den > 0, scale * num / np.where(den > 0, den, 1), np.nan)


def measure_value(analysis: Any, measure: str) -> float:
    """The value of a measure on one article (NaN when its denominator is 0).

    Examples
    --------
    >>> from framing import analyze
    >>> round(measure_value(analyze("He said: “We won.” Then he left."), "quoted_share"), 3)
    0.286
    """
    num, den, scale = numerator_denominator(sentence_units(analysis), measure)
    return float(ratio(np.array(num.sum()), np.array(den.sum()), scale))


def available_measures(analyses: Any) -> list[str]:
    """The measures that can be computed on these analyses (hedge categories and voices found).

    Examples
    --------
    >>> from framing import analyze
    >>> available_measures([analyze("It rained.")])
    ['quoted_share', 'hedge_density', 'sentiment:author', 'attribution_density']
    """
    from ..analyze import analyses_of

    return measures_from([sentence_units(an) for an in analyses_of(analyses)])


def measures_from(units: list[dict[str, np.ndarray]]) -> list[str]:
    """The measures with data in these per-article sentence units (see :func:`available_measures`)."""
    cats, voices, stances, types = set(), set(), set(), set()
    for keys in (u.keys() for u in units):
        cats.update(k.split(":", 1)[1] for k in keys if k.startswith("hedges_author:"))
        voices.update(k.split(":", 1)[1] for k in keys if k.startswith("n:"))
        stances.update(k.split(":", 2)[2] for k in keys if k.startswith("attributions:stance:"))
        types.update(k.split(":", 2)[2] for k in keys if k.startswith("attributions:type:"))
    return (["quoted_share", "hedge_density"] + [f"hedge_density:{c}" for c in sorted(cats)]
            + [f"sentiment:{v}" for v in ("author", "quoted", "reported", "mixed") if v in voices]
            + ["attribution_density"] + [f"stance_share:{v}" for v in sorted(stances)]
            + [f"speaker_type_share:{v}" for v in sorted(types)])
