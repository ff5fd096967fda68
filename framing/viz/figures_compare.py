"""Figures of notebook 5: claim coverage, text reuse and the framing-profile map.

Like :mod:`framing.viz.figures_voice`, each ``fig_*`` function takes the analysed
articles and ``ax=None`` and returns the Axes; each ``*_table`` function
returns the numbers drawn.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import pandas as pd
from matplotlib.axes import Axes

from . import plots

__all__ = ["coverage_table", "fig_claim_coverage", "reuse_matrix", "fig_reuse", "measure_label", "profile_table", "fig_profile_map"]

# Claims drawn in the coverage figure: the shared ones (claims one outlet alone reports are
# counted in the caption and listed by framing.claim_matrix, but would swamp the chart).
MIN_OUTLETS = 2


def _outlets(analyses: Sequence[Any]) -> list[str]:
    return list(dict.fromkeys(a.article.label for a in analyses))


def coverage_table(analyses: Sequence[Any], *, min_outlets: int = MIN_OUTLETS, top: int | None = None) -> pd.DataFrame:
    """Claim x outlet: first position (0 = top, 1 = end) of each claim, NaN where the outlet omits it.

    Rows are claims reported by at least ``min_outlets`` outlets, indexed ``"C3  label"`` (``"C3
    [event] label"`` when the corpus has several events), the most widely reported first (ties:
    the earliest mean position); ``top`` keeps the first ``top``. With several events, NaN is
    also where the outlet has no article about the claim's event (the figure tells them apart).
    """
    t, _ = _coverage(analyses, min_outlets)
    return t if top is None else t.head(top)


def _coverage(analyses: Sequence[Any], min_outlets: int) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The coverage table and, for each cell, whether the outlet has an article about the claim's event."""
    from ..compare.claims import find_claims

    claims = find_claims(analyses, min_outlets=min_outlets)
    outlets = _outlets(analyses)
    covering: dict[str, set[str]] = {}
    for a in analyses:
        covering.setdefault(a.article.event, set()).add(a.article.label)
    several = len(covering) > 1
    keys = [f"{c.id}  {'[' + c.event + '] ' if several else ''}{c.label}" for c in claims]
    t = pd.DataFrame([[c.positions.get(o, np.nan) for o in outlets] for c in claims], index=keys, columns=outlets)
    covered = pd.DataFrame([[o in covering[c.event] for o in outlets] for c in claims], index=keys, columns=outlets)
    if t.empty:
        return t, covered
    order = pd.DataFrame({"n": t.notna().sum(axis=1), "pos": t.mean(axis=1)})
    index = order.sort_values(["n", "pos"], ascending=[False, True], kind="stable").index
    return t.loc[index], covered.loc[index]


def fig_claim_coverage(analyses: Sequence[Any], *, min_outlets: int = MIN_OUTLETS, top: int = 30,
                       ax: Axes | None = None) -> Axes:
    """Dots where an outlet reports a claim (colour = how early), crosses where it leaves it out; the ``top`` first.

    With several events, a cell of an outlet without an article about the claim's event stays blank.
    """
    t, covered = _coverage(analyses, min_outlets)
    if t.empty:
        return plots.heatmap(t, ax=ax, title=f"No claim is reported by {min_outlets} or more outlets")
    more = f" (the {top} most widely reported of {len(t)})" if len(t) > top else ""
    blank = "; blank: no article about its event" if not covered.to_numpy().all() else ""
    return plots.coverage_matrix(t.head(top), covered=covered.head(top), ax=ax,
                                 title=f"Claims reported by {min_outlets} or more outlets{more}{blank}")


def reuse_matrix(analyses: Sequence[Any]) -> pd.DataFrame:
    """Outlet x outlet reuse score (share of both articles' sentences aligned, 0..1); diagonal NaN.

    Pairs with nothing aligned are 0. One article per outlet is assumed; with several, the
    highest-scoring pair of the two outlets is kept.
    """
    from ..compare.reuse import text_reuse

    outlets = _outlets(analyses)
    label = {a.article.id: a.article.label for a in analyses}
    m = pd.DataFrame(0.0, index=pd.Index(outlets, name="outlet"), columns=outlets)
    for p in text_reuse(analyses):
        la, lb = label[p.a], label[p.b]
        if la != lb:
            m.loc[la, lb] = m.loc[lb, la] = max(m.loc[la, lb], p.score)
    for o in outlets:
        m.loc[o, o] = np.nan
    return m


def fig_reuse(analyses: Sequence[Any], *, ax: Axes | None = None) -> Axes:
    """Heatmap of the reuse score of every pair of outlets (share of sentences with a near-duplicate)."""
    m = reuse_matrix(analyses) * 100
    return plots.heatmap(m, ax=ax, fmt="{:.0f}", cmap="Purples", vmin=0, vmax=100,
                         colorbar_label="% of the two articles' sentences aligned",
                         title="Text reuse between outlets")


def measure_label(measure: str) -> str:
    """A reader's name for a measure of :mod:`framing.compare.stats` (``hedge_density:epistemic`` -> ``epistemic hedges /1k``)."""
    name, _, arg = measure.partition(":")
    arg = arg.replace("_", " ")
    return {"quoted_share": "share of words quoted", "hedge_density": f"{arg or 'all'} hedges per 1k words",
            "sentiment": f"sentiment, {arg} voice", "attribution_density": "attributions per 1k words",
            "stance_share": f"{arg} reporting verbs (share)",
            "speaker_type_share": f"{arg} sources (share)"}.get(name, measure)


def profile_table(analyses: Sequence[Any]) -> pd.DataFrame:
    """Outlet x measure: every sentence-level measure of :func:`framing.compare.stats.available_measures`.

    One row per outlet (corpus order): the mean per article, as :func:`framing.profile_with_ci`
    with ``by="outlet"`` gives it (articles where a measure is undefined left out). These are the
    measures that have bootstrap intervals, so the map and the interval figures use the same numbers.
    """
    from ..compare.stats import available_measures, measure_value

    measures = available_measures(analyses)
    per_article = pd.DataFrame([[measure_value(a, m) for m in measures] for a in analyses],
                               index=pd.Index([a.article.label for a in analyses], name="outlet"), columns=measures)
    if not per_article.index.duplicated().any():
        return per_article
    return per_article.groupby(level=0, sort=False).mean()


def fig_profile_map(analyses: Sequence[Any], *, ax: Axes | None = None) -> Axes:
    """PCA map of the outlets by their framing profile, with the measures that separate them as arrows."""
    t = profile_table(analyses)
    t.columns = [measure_label(c) for c in t.columns]
    return plots.profile_map(t, ax=ax, title="Framing profiles (standardised measures, PCA)")
