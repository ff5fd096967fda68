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
same numbers exactly. With ``by="outlet"`` the outlet is the unit and the article the
sample: :func:`profile_with_ci` gives the mean per article with an interval resampling
articles, and :func:`pairwise_tests` (one test per pair of outlets, the default) permutes
articles within each event (:mod:`framing.compare.blocks`); an outlet with a single article
falls back to its sentences, so one article per outlet gives the numbers above.

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

from .blocks import article_bootstrap, stratified_permutation
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


@dataclass(frozen=True, slots=True)
class _Group:
    """One row of a table: an article, or an outlet with its articles (ids, events, sentence units)."""

    id: str
    outlet: str
    ids: tuple[str, ...]
    events: tuple[str, ...]
    units: tuple[dict[str, np.ndarray], ...]


def _groups(analyses: Any, by: str) -> list[_Group]:
    """One group per article, or per outlet (its articles in corpus order)."""
    from ..analyze import analyses_of

    if by not in ("article", "outlet"):
        raise ValueError(f"by must be 'article' or 'outlet', not {by!r}")
    items = analyses_of(analyses)
    if by == "article":
        return [_Group(an.article.id, an.article.label, (an.article.id,), (an.article.event,), (sentence_units(an),))
                for an in items]
    outlets: dict[str, list[Any]] = {}
    for an in items:
        outlets.setdefault(an.article.label, []).append(an)
    return [_Group(",".join(an.article.id for an in ans), label, tuple(an.article.id for an in ans),
                   tuple(an.article.event for an in ans), tuple(sentence_units(an) for an in ans))
            for label, ans in outlets.items()]


def _value(units: dict[str, np.ndarray], measure: str) -> float:
    num, den, scale = numerator_denominator(units, measure)
    return float(ratio(np.array(num.sum()), np.array(den.sum()), scale))


def _outlet_ci(g: _Group, measure: str, *, n_boot: int, level: float, seed: int) -> CI:
    """Mean per article; interval resampling articles, or sentences when the outlet has one article with a value."""
    values = np.array([_value(u, measure) for u in g.units])
    ok = ~np.isnan(values)
    n_sent = sum(len(u["words"]) for u in g.units)
    if ok.sum() <= 1:
        one = g.units[int(np.argmax(ok))] if ok.any() else _EMPTY
        ci = _bootstrap(one, measure, n_boot=n_boot, level=level, seed=seed)
        return CI(measure, ci.value, ci.low, ci.high, n_sent)
    low, high = article_bootstrap(values[ok], n_boot=n_boot, level=level, seed=seed)
    return CI(measure, float(values[ok].mean()), low, high, n_sent)


_EMPTY: dict[str, np.ndarray] = {"words": np.zeros(0)}


def profile_with_ci(analyses: Any, measures: Any = None, *, by: str = "article", n_boot: int = 2000,
                    level: float = 0.95, seed: int = 0) -> pandas.DataFrame:
    """Tidy table of measures with bootstrap intervals, one row per article (or outlet) and measure.

    Parameters
    ----------
    analyses : Corpus, path, or list of Article / Analysis
    measures : str or list of str, optional
        Default :func:`available_measures`.
    by : {"article", "outlet"}
        ``"outlet"``: one row per outlet (its ``id`` cell lists its articles, comma-separated).
        The value is the **mean per article** (articles where the measure is undefined left
        out), and the interval resamples the outlet's **articles**. An outlet with one such
        article keeps that article's value and the interval over its sentences, so with one
        article per outlet both ``by`` give the same numbers.
    n_boot, level, seed
        As for :func:`bootstrap_ci` (every row uses the same seed).

    Returns
    -------
    pandas.DataFrame
        Columns ``id``, ``outlet``, ``measure``, ``value``, ``low``, ``high`` (the
        percentile interval; NaN when the measure is undefined), ``n_sentences`` and
        ``n_articles`` (articles in the row, 1 with ``by="article"``).

    Examples
    --------
    >>> profile_with_ci(["“Yes,” he said. It rained.", "It rained."], ["quoted_share"], n_boot=100)[["id", "value"]].to_dict("list")
    {'id': ['0', '1'], 'value': [0.2, 0.0]}
    """
    import pandas as pd

    groups = _groups(analyses, by)
    if isinstance(measures, str):
        measures = [measures]
    measures = measures_from([u for g in groups for u in g.units]) if measures is None else list(measures)
    rows = []
    for g in groups:
        for m in measures:
            ci = (_bootstrap(g.units[0], m, n_boot=n_boot, level=level, seed=seed) if by == "article"
                  else _outlet_ci(g, m, n_boot=n_boot, level=level, seed=seed))
            rows.append({"id": g.id, "outlet": g.outlet, "measure": m, "value": ci.value,
                         "low": ci.low, "high": ci.high, "n_sentences": ci.n_units, "n_articles": len(g.ids)})
    return pd.DataFrame(rows, columns=["id", "outlet", "measure", "value", "low", "high", "n_sentences", "n_articles"])


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


def _pair_test(ga: _Group, gb: _Group, measure: str, *, n_perm: int, seed: int) -> dict[str, Any]:
    """One outlet pair: sentences permuted when each has one article in one shared event, else articles by event."""
    def by_event(g: _Group) -> dict[str, list[tuple[float, dict[str, np.ndarray]]]]:
        out: dict[str, list[tuple[float, dict[str, np.ndarray]]]] = {}
        for ev, u in zip(g.events, g.units):
            v = _value(u, measure)
            if not np.isnan(v):
                out.setdefault(ev, []).append((v, u))
        return out

    ea, eb = by_event(ga), by_event(gb)
    shared = [e for e in ea if e in eb]
    if len(shared) == 1 and len(ea[shared[0]]) == 1 and len(eb[shared[0]]) == 1:
        r = _permute(ea[shared[0]][0][1], eb[shared[0]][0][1], ga.id, gb.id, measure, n_perm=n_perm, seed=seed)
        return {"value_a": r.value_a, "value_b": r.value_b, "difference": r.difference, "p_value": r.p_value,
                "n_events": 1, "n_articles_a": 1, "n_articles_b": 1, "test": "sentences"}
    t = stratified_permutation([(np.array([v for v, _ in ea[e]]), np.array([v for v, _ in eb[e]])) for e in shared],
                               n_perm=n_perm, seed=seed)
    return {"value_a": t.value_a, "value_b": t.value_b, "difference": t.difference, "p_value": t.p_value,
            "n_events": t.n_events, "n_articles_a": t.n_a, "n_articles_b": t.n_b, "test": "articles within events"}


PAIRWISE_COLUMNS = ["a", "b", "outlet_a", "outlet_b", "value_a", "value_b", "difference", "p_value", "p_holm",
                    "n_events", "n_articles_a", "n_articles_b", "test"]


def pairwise_tests(analyses: Any, measure: str, *, by: str = "outlet", n_perm: int = 5000, seed: int = 0):
    """Permutation tests of every pair of outlets (or articles) on one measure, with Holm-adjusted p-values.

    Parameters
    ----------
    analyses : Corpus, path, or list of Article / Analysis
    measure : str
        One measure (see the module docstring).
    by : {"outlet", "article"}
        ``"outlet"`` (default): one test per pair of outlets (``a`` and ``b`` list their article
        ids, comma-separated). When each outlet has a single article in the one event they
        share, the two articles' sentences are permuted (``test = "sentences"``, the only
        replication there is). Otherwise the unit is the article: a stratified permutation
        test by event (:func:`framing.compare.blocks.stratified_permutation`; ``test =
        "articles within events"``), whose ``value_a``/``value_b`` are the means over the
        shared events of each outlet's mean per article. ``"article"``: one sentence
        permutation test per pair of articles (grows with the square of the corpus).
    n_perm, seed
        As for :func:`permutation_test` (every pair uses the same seed).

    Returns
    -------
    pandas.DataFrame
        One row per pair, in corpus order: ``a``, ``b``, ``outlet_a``, ``outlet_b``,
        ``value_a``, ``value_b``, ``difference`` (a - b), ``p_value`` (two-sided),
        ``p_holm`` (Holm-adjusted over the pairs of this table), ``n_events`` (events both
        cover), ``n_articles_a``, ``n_articles_b`` (articles with a value in those events)
        and ``test``.

    Examples
    --------
    >>> df = pairwise_tests(["“Yes,” he said.", "It rained.", "“No.”"], "quoted_share", n_perm=200)
    >>> df[["a", "b", "test"]].values.tolist()
    [['0', '1', 'sentences'], ['0', '2', 'sentences'], ['1', '2', 'sentences']]
    """
    import pandas as pd

    rows = []
    for ga, gb in itertools.combinations(_groups(analyses, by), 2):
        if by == "article":
            r = _permute(ga.units[0], gb.units[0], ga.id, gb.id, measure, n_perm=n_perm, seed=seed)
            res = {"value_a": r.value_a, "value_b": r.value_b, "difference": r.difference, "p_value": r.p_value,
                   "n_events": int(ga.events == gb.events), "n_articles_a": 1, "n_articles_b": 1, "test": "sentences"}
        else:
            res = _pair_test(ga, gb, measure, n_perm=n_perm, seed=seed)
        rows.append({"a": ga.id, "b": gb.id, "outlet_a": ga.outlet, "outlet_b": gb.outlet, **res})
    df = pd.DataFrame(rows, columns=[c for c in PAIRWISE_COLUMNS if c != "p_holm"])
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
    df.insert(8, "p_holm", holm)
    return df
