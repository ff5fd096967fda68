"""Uncertainty for per-article measures: bootstrap intervals and permutation tests (issue #6).

With five articles a difference in a density is noise until shown otherwise.
Every measure here is a *ratio of sums over sentences* (hits / words, quoted
words / words, summed compound / number of sentences of a voice), so the
sentence is the resampling unit:

* :func:`bootstrap_ci` resamples an article's sentences with replacement
  (percentile interval; Efron & Tibshirani 1993, ch. 13);
* :func:`permutation_test` shuffles the sentences of two articles between them
  and recomputes the difference (Good 2005, *Permutation, Parametric and
  Bootstrap Tests of Hypotheses*), p-value ``(1 + #{|d*| >= |d|}) / (1 + n_perm)``
  (Phipson & Smyth 2010);
* :func:`pairwise_tests` tests every pair and adds Holm-adjusted p-values (Holm 1979).

All are seeded with :func:`numpy.random.default_rng` and reproducible.

Measures
--------
``quoted_share``
    words inside quotation marks / all words (0-1).
``hedge_density``, ``hedge_density:CATEGORY``
    author-voice hedges (all but boosters, or of one category) per 1,000
    author-voice words: the hedging scorer's ``hedge_total_per_1k`` and
    ``hedge_CATEGORY_per_1k``.
``sentiment:author``, ``sentiment:quoted``
    mean VADER compound of the sentence pieces in that voice (the sentiment
    scorer's segments; equals its ``sent_author_mean`` / ``sent_quoted_mean``).
``attribution_density``
    attributions per 1,000 words (author + quoted).
``stance_share:STANCE``, ``speaker_type_share:TYPE``
    share of the article's attributions with that reporting-verb stance or speaker type (0-1).
"""

from __future__ import annotations

import bisect
import itertools
from dataclasses import dataclass
from typing import Any

import numpy as np

from .text import count_words

__all__ = ["sentence_units", "measure_value", "bootstrap_ci", "profile_with_ci", "permutation_test",
           "pairwise_tests", "available_measures", "CI", "PermutationResult"]


# Boosters ("clearly", "undoubtedly"; Hyland 2005) mark certainty, not hedging: counted per
# category but not in the total, as framing.hedging's hedge_total_per_1k does.
_NOT_HEDGES = frozenset({"booster"})


def sentence_units(analysis: Any) -> dict[str, np.ndarray]:
    """Per-sentence counts of one analysed article: the units that the bootstrap resamples.

    Keys: ``words_author``, ``words_quoted``, ``words``, ``hedges_author`` (author-voice
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
    layer = analysis.layer
    text = layer.text
    sents = layer.sentences
    n = len(sents)
    wa = np.zeros(n)
    wq = np.zeros(n)
    for k, s in enumerate(sents):
        for a, b, v in layer.voice_segments(s.start, s.end):
            (wq if v == "quoted" else wa)[k] += count_words(text, a, b)
    units: dict[str, np.ndarray] = {"words_author": wa, "words_quoted": wq, "words": wa + wq,
                                    "hedges_author": np.zeros(n)}
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
    if measure.startswith("sentiment:") and measure.split(":", 1)[1] in ("author", "quoted", "mixed"):
        v = measure.split(":", 1)[1]
        return f"compound:{v}", f"n:{v}", 1.0
    if measure == "attribution_density":
        return "attributions", "words", 1000.0
    for prefix, field in (("stance_share:", "stance"), ("speaker_type_share:", "type")):
        if measure.startswith(prefix):
            return f"attributions:{field}:" + measure[len(prefix):], "attributions", 1.0
    raise ValueError(f"unknown measure {measure!r}; use 'quoted_share', 'hedge_density', "
                     "'hedge_density:CATEGORY', 'sentiment:author|quoted|mixed', 'attribution_density', "
                     "'stance_share:STANCE' or 'speaker_type_share:TYPE'")


def _num_den(units: dict[str, np.ndarray], measure: str) -> tuple[np.ndarray, np.ndarray, float]:
    num_key, den_key, scale = _ratio_spec(measure)
    n = len(units["words"])
    return units.get(num_key, np.zeros(n)), units.get(den_key, np.zeros(n)), scale


def _ratio(num: np.ndarray, den: np.ndarray, scale: float) -> np.ndarray | float:
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
    num, den, scale = _num_den(sentence_units(analysis), measure)
    return float(_ratio(np.array(num.sum()), np.array(den.sum()), scale))


@dataclass(frozen=True, slots=True)
class CI:
    """A measure's value with a bootstrap percentile interval."""

    measure: str
    value: float
    low: float
    high: float
    n_units: int


def bootstrap_ci(analysis: Any, measure: str, *, n_boot: int = 2000, level: float = 0.95, seed: int = 0) -> CI:
    """Percentile bootstrap interval of a measure, resampling the article's sentences.

    Parameters
    ----------
    analysis : Analysis
        One analysed article.
    measure : str
        See the module docstring (``"hedge_density"``, ``"quoted_share"``, ...).
    n_boot : int
        Bootstrap resamples (default 2000).
    level : float
        Coverage of the interval (default 0.95).
    seed : int
        Seed of the :func:`numpy.random.default_rng` generator.

    Examples
    --------
    >>> from framing import analyze
    >>> ci = bootstrap_ci(analyze("He said: “We won.” Then he left. “Fine,” she said."), "quoted_share", n_boot=200)
    >>> (round(ci.value, 3), ci.low <= ci.value <= ci.high, ci.n_units)
    (0.3, True, 3)
    """
    if isinstance(analysis, (list, tuple)):
        raise TypeError("bootstrap_ci() takes one Analysis; use profile_with_ci(analyses, measures) for many")
    if not 0 < level < 1:
        raise ValueError(f"level must be between 0 and 1, not {level}")
    num, den, scale = _num_den(sentence_units(analysis), measure)
    n = len(num)
    value = float(_ratio(np.array(num.sum()), np.array(den.sum()), scale))
    if n == 0 or np.isnan(value):
        return CI(measure, value, np.nan, np.nan, n)
    rng = np.random.default_rng(seed)
    idx = rng.integers(0, n, size=(n_boot, n))
    boots = _ratio(num[idx].sum(axis=1), den[idx].sum(axis=1), scale)
    alpha = (1 - level) / 2
    low, high = np.nanquantile(boots, [alpha, 1 - alpha])
    return CI(measure, value, float(low), float(high), n)


def available_measures(analyses: Any) -> list[str]:
    """The measures that can be computed on these analyses (hedge categories and voices found).

    Examples
    --------
    >>> from framing import analyze
    >>> available_measures([analyze("It rained.")])
    ['quoted_share', 'hedge_density', 'sentiment:author', 'attribution_density']
    """
    from .compare import analyses_of

    cats, voices, stances, types = set(), set(), set(), set()
    for an in analyses_of(analyses):
        keys = sentence_units(an).keys()
        cats.update(k.split(":", 1)[1] for k in keys if k.startswith("hedges_author:"))
        voices.update(k.split(":", 1)[1] for k in keys if k.startswith("n:"))
        stances.update(k.split(":", 2)[2] for k in keys if k.startswith("attributions:stance:"))
        types.update(k.split(":", 2)[2] for k in keys if k.startswith("attributions:type:"))
    return (["quoted_share", "hedge_density"] + [f"hedge_density:{c}" for c in sorted(cats)]
            + [f"sentiment:{v}" for v in ("author", "quoted", "mixed") if v in voices]
            + ["attribution_density"] + [f"stance_share:{v}" for v in sorted(stances)]
            + [f"speaker_type_share:{v}" for v in sorted(types)])


def profile_with_ci(analyses: Any, measures: Any = None, *, n_boot: int = 2000, level: float = 0.95, seed: int = 0):
    """Tidy table of measures with bootstrap intervals: id, outlet, measure, value, low, high, n_sentences.

    ``measures`` defaults to :func:`available_measures`.

    Examples
    --------
    >>> profile_with_ci(["“Yes,” he said. It rained.", "It rained."], ["quoted_share"], n_boot=100)[["id", "value"]].to_dict("list")
    {'id': ['0', '1'], 'value': [0.2, 0.0]}
    """
    import pandas as pd

    from .compare import analyses_of

    items = analyses_of(analyses)
    if isinstance(measures, str):
        measures = [measures]
    measures = available_measures(items) if measures is None else list(measures)
    rows = []
    for an in items:
        for m in measures:
            ci = bootstrap_ci(an, m, n_boot=n_boot, level=level, seed=seed)
            rows.append({"id": an.article.id, "outlet": an.article.label, "measure": m, "value": ci.value,
                         "low": ci.low, "high": ci.high, "n_sentences": ci.n_units})
    return pd.DataFrame(rows, columns=["id", "outlet", "measure", "value", "low", "high", "n_sentences"])


@dataclass(frozen=True, slots=True)
class PermutationResult:
    """Observed difference ``value_a - value_b`` of a measure and its permutation p-value."""

    a: str
    b: str
    measure: str
    value_a: float
    value_b: float
    difference: float
    p_value: float
    n_perm: int


def permutation_test(a: Any, b: Any, measure: str, *, n_perm: int = 5000, seed: int = 0) -> PermutationResult:
    """Two-sided permutation test of a difference in a measure between two articles.

    The sentences of both articles are pooled and randomly split into groups of
    the original sizes ``n_perm`` times.

    Examples
    --------
    >>> from framing import analyze
    >>> x = analyze("“Yes,” he said. “No,” she said. “Maybe,” they said.")
    >>> y = analyze("It rained. It snowed. It was cold.")
    >>> r = permutation_test(x, y, "quoted_share", n_perm=500)
    >>> round(r.difference, 3), r.p_value < 0.5
    (0.333, True)
    """
    ua, ub = sentence_units(a), sentence_units(b)
    na_, da, scale = _num_den(ua, measure)
    nb_, db, _ = _num_den(ub, measure)
    va = float(_ratio(np.array(na_.sum()), np.array(da.sum()), scale))
    vb = float(_ratio(np.array(nb_.sum()), np.array(db.sum()), scale))
    diff = va - vb
    ida, idb = a.article.id, b.article.id
    if np.isnan(diff):
        return PermutationResult(ida, idb, measure, va, vb, diff, np.nan, n_perm)
    num, den = np.concatenate([na_, nb_]), np.concatenate([da, db])
    n, k = len(num), len(na_)
    rng = np.random.default_rng(seed)
    perm = rng.permuted(np.tile(np.arange(n), (n_perm, 1)), axis=1)
    pa, pb = perm[:, :k], perm[:, k:]
    d = _ratio(num[pa].sum(1), den[pa].sum(1), scale) - _ratio(num[pb].sum(1), den[pb].sum(1), scale)
    d = d[~np.isnan(d)]
    # a tolerance so that permutations equal to the observed split count as "as extreme"
    extreme = int(np.sum(np.abs(d) >= abs(diff) - 1e-12))
    return PermutationResult(ida, idb, measure, va, vb, diff, (1 + extreme) / (1 + len(d)), n_perm)


def pairwise_tests(analyses: Any, measure: str, *, n_perm: int = 5000, seed: int = 0):
    """Permutation tests of every pair of articles on one measure, with Holm-adjusted p-values.

    Columns: a, b, outlet_a, outlet_b, value_a, value_b, difference, p_value, p_holm.

    Examples
    --------
    >>> df = pairwise_tests(["“Yes,” he said.", "It rained.", "“No.”"], "quoted_share", n_perm=200)
    >>> df[["a", "b"]].values.tolist()
    [['0', '1'], ['0', '2'], ['1', '2']]
    """
    import pandas as pd

    from .compare import analyses_of

    items = analyses_of(analyses)
    rows = []
    for x, y in itertools.combinations(items, 2):
        r = permutation_test(x, y, measure, n_perm=n_perm, seed=seed)
        rows.append({"a": r.a, "b": r.b, "outlet_a": x.article.label, "outlet_b": y.article.label,
                     "value_a": r.value_a, "value_b": r.value_b, "difference": r.difference, "p_value": r.p_value})
    df = pd.DataFrame(rows, columns=["a", "b", "outlet_a", "outlet_b", "value_a", "value_b", "difference", "p_value"])
    p = df["p_value"].to_numpy(dtype=float)
    ok = ~np.isnan(p)
    m = int(ok.sum())
    holm = np.full(len(p), np.nan)
    if m:
        order = np.argsort(p[ok], kind="stable")
        adj = np.minimum(1.0, np.maximum.accumulate((m - np.arange(m)) * p[ok][order]))
        vals = np.empty(m)
        vals[order] = adj
        holm[ok] = vals
    df["p_holm"] = holm
    return df
