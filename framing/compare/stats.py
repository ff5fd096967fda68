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

All are seeded with :func:`numpy.random.default_rng`: the same seed gives the
same numbers exactly. ``by="outlet"`` in :func:`profile_with_ci` and
:func:`pairwise_tests` pools the sentences of all of an outlet's articles.

Caveat: resampling sentences treats them as exchangeable. Sentences of one
article are not independent (a quotation runs over several, a topic over a
paragraph), so the intervals are, if anything, too narrow; read them as a lower
bound on the uncertainty.

Measures are defined in :mod:`framing.compare.measures` (re-exported here).
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np

from .measures import (
    available_measures,
    measure_value,
    measures_from,
    numerator_denominator,
    ratio,
    sentence_units,
)

if TYPE_CHECKING:  # pragma: no cover
    import pandas

__all__ = ["sentence_units", "measure_value", "bootstrap_ci", "profile_with_ci", "permutation_test",
           "pairwise_tests", "available_measures", "CI", "PermutationResult"]


@dataclass(frozen=True, slots=True)
class CI:
    """A measure's value with a bootstrap percentile interval (``n_units``: sentences resampled).

    Examples
    --------
    >>> from framing import analyze
    >>> bootstrap_ci(analyze("It rained. It snowed."), "quoted_share", n_boot=10)
    CI(measure='quoted_share', value=0.0, low=0.0, high=0.0, n_units=2)
    """

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
    return _bootstrap(sentence_units(analysis), measure, n_boot=n_boot, level=level, seed=seed)


def _bootstrap(units: dict[str, np.ndarray], measure: str, *, n_boot: int, level: float, seed: int) -> CI:
    if not 0 < level < 1:
        raise ValueError(f"level must be between 0 and 1, not {level}")
    num, den, scale = numerator_denominator(units, measure)
    n = len(num)
    value = float(ratio(np.array(num.sum()), np.array(den.sum()), scale))
    if n == 0 or np.isnan(value):
        return CI(measure, value, np.nan, np.nan, n)
    rng = np.random.default_rng(seed)
    idx = rng.integers(0, n, size=(n_boot, n))
    boots = ratio(num[idx].sum(axis=1), den[idx].sum(axis=1), scale)
    alpha = (1 - level) / 2
    low, high = np.nanquantile(boots, [alpha, 1 - alpha])
    return CI(measure, value, float(low), float(high), n)


def _pool(units: list[dict[str, np.ndarray]]) -> dict[str, np.ndarray]:
    """The sentence units of several articles, one after the other (a key missing in one is 0 there)."""
    keys = list(dict.fromkeys(k for u in units for k in u))
    return {k: np.concatenate([u.get(k, np.zeros(len(u["words"]))) for u in units]) for k in keys}


def _groups(analyses: Any, by: str) -> list[tuple[str, str, dict[str, np.ndarray]]]:
    """(id, outlet, sentence units) per article, or per outlet with its articles' sentences pooled."""
    from ..analyze import analyses_of

    if by not in ("article", "outlet"):
        raise ValueError(f"by must be 'article' or 'outlet', not {by!r}")
    items = analyses_of(analyses)
    if by == "article":
        return [(an.article.id, an.article.label, sentence_units(an)) for an in items]
    outlets: dict[str, list[Any]] = {}
    for an in items:
        outlets.setdefault(an.article.label, []).append(an)
    return [(",".join(an.article.id for an in ans), label, _pool([sentence_units(an) for an in ans]))
            for label, ans in outlets.items()]


def profile_with_ci(analyses: Any, measures: Any = None, *, by: str = "article", n_boot: int = 2000,
                    level: float = 0.95, seed: int = 0) -> pandas.DataFrame:
    """Tidy table of measures with bootstrap intervals, one row per article (or outlet) and measure.

    Parameters
    ----------
    analyses : Corpus, path, or list of Article / Analysis
    measures : str or list of str, optional
        Default :func:`available_measures`.
    by : {"article", "outlet"}
        ``"outlet"`` pools the sentences of all of an outlet's articles (its ``id`` cell lists
        them, comma-separated) and resamples those sentences; with one article per outlet
        both give the same numbers.
    n_boot, level, seed
        As for :func:`bootstrap_ci` (every row uses the same seed).

    Returns
    -------
    pandas.DataFrame
        Columns ``id``, ``outlet``, ``measure``, ``value``, ``low``, ``high`` (the
        percentile interval; NaN when the measure is undefined) and ``n_sentences``.

    Examples
    --------
    >>> profile_with_ci(["“Yes,” he said. It rained.", "It rained."], ["quoted_share"], n_boot=100)[["id", "value"]].to_dict("list")
    {'id': ['0', '1'], 'value': [0.2, 0.0]}
    """
    import pandas as pd

    groups = _groups(analyses, by)
    if isinstance(measures, str):
        measures = [measures]
    measures = measures_from([u for _, _, u in groups]) if measures is None else list(measures)
    rows = []
    for gid, outlet, units in groups:
        for m in measures:
            ci = _bootstrap(units, m, n_boot=n_boot, level=level, seed=seed)
            rows.append({"id": gid, "outlet": outlet, "measure": m, "value": ci.value,
                         "low": ci.low, "high": ci.high, "n_sentences": ci.n_units})
    return pd.DataFrame(rows, columns=["id", "outlet", "measure", "value", "low", "high", "n_sentences"])


@dataclass(frozen=True, slots=True)
class PermutationResult:
    """Observed difference ``value_a - value_b`` of a measure and its permutation p-value.

    Examples
    --------
    >>> from framing import Article, analyze
    >>> r = permutation_test(analyze(Article("a", "It rained.")), analyze(Article("b", "It snowed.")), "quoted_share", n_perm=10)
    >>> (r.a, r.b, r.difference, r.p_value)
    ('a', 'b', 0.0, 1.0)
    """

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
    return _permute(sentence_units(a), sentence_units(b), a.article.id, b.article.id, measure, n_perm=n_perm, seed=seed)


def _permute(ua: dict[str, np.ndarray], ub: dict[str, np.ndarray], ida: str, idb: str, measure: str, *,
             n_perm: int, seed: int) -> PermutationResult:
    na_, da, scale = numerator_denominator(ua, measure)
    nb_, db, _ = numerator_denominator(ub, measure)
    va = float(ratio(np.array(na_.sum()), np.array(da.sum()), scale))
    vb = float(ratio(np.array(nb_.sum()), np.array(db.sum()), scale))
    diff = va - vb
    if np.isnan(diff):
        return PermutationResult(ida, idb, measure, va, vb, diff, np.nan, n_perm)
    num, den = np.concatenate([na_, nb_]), np.concatenate([da, db])
    n, k = len(num), len(na_)
    rng = np.random.default_rng(seed)
    perm = rng.permuted(np.tile(np.arange(n), (n_perm, 1)), axis=1)
    pa, pb = perm[:, :k], perm[:, k:]
    d = ratio(num[pa].sum(1), den[pa].sum(1), scale) - ratio(num[pb].sum(1), den[pb].sum(1), scale)
    d = d[~np.isnan(d)]
    # a tolerance so that permutations equal to the observed split count as "as extreme"
    extreme = int(np.sum(np.abs(d) >= abs(diff) - 1e-12))
    return PermutationResult(ida, idb, measure, va, vb, diff, (1 + extreme) / (1 + len(d)), n_perm)


def pairwise_tests(analyses: Any, measure: str, *, by: str = "article", n_perm: int = 5000, seed: int = 0):
    """Permutation tests of every pair of articles (or outlets) on one measure, with Holm-adjusted p-values.

    Parameters
    ----------
    analyses : Corpus, path, or list of Article / Analysis
    measure : str
        One measure (see the module docstring).
    by : {"article", "outlet"}
        ``"outlet"`` pools each outlet's articles' sentences (``a`` and ``b`` then list the
        article ids, comma-separated); with one article per outlet both are the same.
    n_perm, seed
        As for :func:`permutation_test` (every pair uses the same seed).

    Returns
    -------
    pandas.DataFrame
        One row per pair, in corpus order: ``a``, ``b``, ``outlet_a``, ``outlet_b``,
        ``value_a``, ``value_b``, ``difference`` (a - b), ``p_value`` (two-sided) and
        ``p_holm`` (Holm-adjusted over the pairs of this table).

    Examples
    --------
    >>> df = pairwise_tests(["“Yes,” he said.", "It rained.", "“No.”"], "quoted_share", n_perm=200)
    >>> df[["a", "b"]].values.tolist()
    [['0', '1'], ['0', '2'], ['1', '2']]
    """
    import pandas as pd

    rows = []
    for (ida, oa, ua), (idb, ob, ub) in itertools.combinations(_groups(analyses, by), 2):
        r = _permute(ua, ub, ida, idb, measure, n_perm=n_perm, seed=seed)
        rows.append({"a": r.a, "b": r.b, "outlet_a": oa, "outlet_b": ob,
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
