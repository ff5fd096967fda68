"""Figures of notebooks 2-4: hedging, sources, sentiment and actors.

Each ``fig_*`` function takes the analysed articles (a list of
:class:`framing.Analysis`), keyword-only options and ``ax=None``; it computes
its numbers with the public API (the matching ``*_table`` function returns
them as a DataFrame, so that every bar can be traced to its rows) and returns
the Axes. Outlets keep corpus order.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
from matplotlib.axes import Axes

from ..actors.mentions import Actor
from . import plots

__all__ = [
    "HEDGE_FIGURE_CATEGORIES", "hedge_density_table", "fig_hedge_density", "fig_hedges_by_voice",
    "speaker_type_table", "fig_speaker_types", "fig_top_speakers", "verb_stance_table", "fig_verb_stance",
    "CUE_CLASSES", "speaker_cue_table", "cue_class_table", "fig_cue_classes",
    "sentiment_table", "fig_sentiment_by_voice", "main_actor", "fig_actor_labels", "fig_actor_sentiment",
    "fig_actor_agency",
]

#: Hedge categories drawn in the density figure, in legend order (boosters are the opposite stance
#: and are left out of hedge densities; see docs/hedging.md).
HEDGE_FIGURE_CATEGORIES = ("allegation", "epistemic", "distancing", "scare_quote")

# Bootstrap resamples for the interval figures. 2,000 percentile resamples keep the Monte Carlo
# error of a 95% bound well under the bar widths drawn here (Efron & Tibshirani 1993, ch. 19).
N_BOOT = 2000
SEED = 0

Actors = Sequence[Actor] | str | Path


def _outlets(analyses: Sequence[Any]) -> list[str]:
    return list(dict.fromkeys(a.article.label for a in analyses))


def _empty(ax: Axes | None, message: str, title: str) -> Axes:
    return plots.mark_empty(plots.heatmap(pd.DataFrame(), ax=ax, title=f"{title}\n({message})"), f"{message}")


def _with_counts(analyses: Sequence[Any]) -> dict[str, str]:
    """Outlet -> axis label: the outlet, with its number of articles when some outlet has several."""
    n: dict[str, int] = {}
    for a in analyses:
        n[a.article.label] = n.get(a.article.label, 0) + 1
    return {o: f"{o} ({k})" if max(n.values()) > 1 else o for o, k in n.items()}


def _mean_per_article(analyses: Sequence[Any], per_article: pd.DataFrame) -> pd.DataFrame:
    """Rows of ``per_article`` (indexed by article id; NaN = absent) averaged per outlet, absent counted as 0.

    A cell stays NaN only when no article of the outlet has a value there. Columns keep their order;
    rows are the outlets in corpus order.
    """
    ids = [a.article.id for a in analyses]
    wide = per_article.reindex(ids)
    outlet = pd.Series([a.article.label for a in analyses], index=ids)
    mean = wide.fillna(0.0).groupby(outlet, sort=False).mean()
    seen = wide.notna().groupby(outlet, sort=False).any()
    return mean.where(seen).reindex(_outlets(analyses))


# --- 2. hedging ---------------------------------------------------------------------------------

def hedge_density_table(analyses: Sequence[Any], *, n_boot: int = N_BOOT, seed: int = SEED) -> pd.DataFrame:
    """Hedges per 1,000 author-voice words, by outlet and category, with 95% bootstrap intervals.

    Columns: ``outlet``, ``category``, ``value``, ``low``, ``high``, ``n_sentences``, ``n_articles``.
    One row per outlet and category: the mean per article, the interval resampling the outlet's
    articles, or its sentences when it has one article (``profile_with_ci(by="outlet")``).
    """
    from ..compare.stats import profile_with_ci

    measures = [f"hedge_density:{c}" for c in HEDGE_FIGURE_CATEGORIES]
    t = profile_with_ci(analyses, measures, by="outlet", n_boot=n_boot, seed=seed)
    t["category"] = t["measure"].str.split(":", n=1).str[1]
    return t[["outlet", "category", "value", "low", "high", "n_sentences", "n_articles"]]


def fig_hedge_density(analyses: Sequence[Any], *, ax: Axes | None = None) -> Axes:
    """Grouped bars: hedge density per category and outlet, with 95% bootstrap intervals."""
    t = hedge_density_table(analyses)
    t["category"] = t["category"].str.replace("_", " ")
    return plots.bar_with_ci(t, x="outlet", y="value", hue="category", low="low", high="high", ax=ax,
                             order=_outlets(analyses), ylabel="per 1,000 words in the outlet's own voice",
                             title="Hedging and stance markers in the outlet's own voice (95% bootstrap CI)")


def fig_hedges_by_voice(analyses: Sequence[Any], *, ax: Axes | None = None) -> Axes:
    """Heatmap: number of markers per outlet, category and voice (author / reported / quoted)."""
    from ..tables import hedges_table

    t = hedges_table(analyses)
    if t.empty:
        return _empty(ax, "no hedges found", "Markers by category and voice")
    t["column"] = t["category"].str.replace("_", " ") + "\n(" + t["voice"] + ")"
    order = [f"{c.replace('_', ' ')}\n({v})" for c in (*HEDGE_FIGURE_CATEGORIES, "booster")
             for v in ("author", "reported", "quoted")]
    m = pd.crosstab(t["outlet"], t["column"]).reindex(index=_outlets(analyses), columns=order, fill_value=0)
    m = m.loc[:, m.sum() > 0].rename(index=_with_counts(analyses))
    if m.size == 0:
        return _empty(ax, "no hedges found", "Markers by category and voice")
    return plots.heatmap(m, ax=ax, title="Markers by category and voice", colorbar_label="markers", cmap="Oranges",
                         wrap=40)


# --- 3. sources ---------------------------------------------------------------------------------

def speaker_type_table(analyses: Sequence[Any]) -> pd.DataFrame:
    """Share (%) of an article's words attributed to each speaker type, mean per article; one row per outlet.

    Built from :func:`framing.who_speaks`: per article, ``word_share`` summed over the speakers of
    a type; then the mean over the outlet's articles (an article without that type counts 0), so a
    row never sums to more than 100. The rest is the outlet's own, unattributed voice.
    """
    from ..compare.profile import who_speaks

    w = who_speaks(analyses)
    outlets = _outlets(analyses)
    if w.empty:
        return pd.DataFrame(index=pd.Index(outlets, name="outlet"))
    w["speaker_type"] = w["speaker_type"].fillna("unknown")
    per_article = w.pivot_table(index="id", columns="speaker_type", values="word_share", aggfunc="sum", fill_value=0.0)
    m = _mean_per_article(analyses, per_article).fillna(0.0) * 100
    m.index.name = "outlet"
    return m[m.sum().sort_values(ascending=False, kind="stable").index]


def fig_speaker_types(analyses: Sequence[Any], *, ax: Axes | None = None) -> Axes:
    """Stacked horizontal bars: % of each article's words attributed to each speaker type."""
    m = plots.top_n_others(speaker_type_table(analyses))
    m.columns = [str(c).replace("_", " ") for c in m.columns]
    return plots.stacked_bars(m, ax=ax, horizontal=True, ylabel="% of the article's words attributed to the speaker type"
                              + (" (mean per article)" if len(analyses) > len(m) else ""),
                              title="Whose words fill the article")


def fig_top_speakers(analyses: Sequence[Any], *, n: int = 12, ax: Axes | None = None) -> Axes:
    """Heatmap: % of an article's words given to each of the ``n`` most quoted speakers, mean per article.

    Blank: no article of the outlet cites the speaker; an article that does not cite them counts 0.
    """
    from ..compare.profile import who_speaks

    w = who_speaks(analyses)
    if w.empty:
        return _empty(ax, "no attributions found", "Who is given a voice")
    per_article = w.pivot_table(index="id", columns="speaker", values="word_share", aggfunc="sum")
    m = _mean_per_article(analyses, per_article).T * 100
    top = m.fillna(0).sum(axis=1).sort_values(ascending=False, kind="stable").index[:n]
    several = len(analyses) > m.shape[1]
    return plots.heatmap(m.loc[top], ax=ax, fmt="{:.0f}", cmap="Blues",
                         colorbar_label="% of the article's words" + (" (mean per article)" if several else ""),
                         title="Who is given a voice (blank = not cited)")


def verb_stance_table(analyses: Sequence[Any]) -> pd.DataFrame:
    """Attribution cues per outlet and reporting-verb stance (counts); ``no cue`` for bare quotes."""
    from ..tables import attributions_table

    t = attributions_table(analyses)
    outlets = _outlets(analyses)
    if t.empty:
        return pd.DataFrame(index=pd.Index(outlets, name="outlet"))
    stance = t["verb_stance"].fillna("no cue").where(t["cue"].notna(), "no cue")
    m = pd.crosstab(t["outlet"], stance).reindex(outlets, fill_value=0).rename(index=_with_counts(analyses))
    order = [s for s in ("neutral", "endorsing", "conceding", "distancing", "emotive", "directive") if s in m.columns]
    return m[order + [c for c in m.columns if c not in order]]


def fig_verb_stance(analyses: Sequence[Any], *, ax: Axes | None = None) -> Axes:
    """Stacked bars: attributions per outlet by the stance of their reporting verb."""
    m = verb_stance_table(analyses)
    if m.size == 0:
        return _empty(ax, "no attributions found", "Reporting verbs by stance")
    colors = {"neutral": "#bbbbbb", "endorsing": plots.PALETTE[2], "conceding": plots.PALETTE[4],
              "distancing": plots.PALETTE[3], "emotive": plots.PALETTE[5], "directive": plots.PALETTE[1],
              "no cue": "#eeeeee"}
    return plots.stacked_bars(m, ax=ax, ylabel="attributions", title="Reporting verbs by stance",
                              colors=[colors.get(c, plots.PALETTE[7]) for c in m.columns])


#: PARC cue classes in legend order (framing/lexicons/reporting_verbs.csv; docs/attribution.md).
CUE_CLASSES = ("statement", "belief", "intention", "request", "evaluation", "refusal", "nominal")


def speaker_cue_table(analyses: Sequence[Any]) -> pd.DataFrame:
    """Who speaks, by type and cue class, per outlet: attribution counts.

    One row per outlet and speaker type (``outlet``, ``speaker_type``), one column per cue class
    (:data:`CUE_CLASSES`, those present), and ``total``. Counts over all the outlet's articles;
    every count is a set of rows of :func:`framing.attributions_table`.
    """
    from ..tables import attributions_table

    t = attributions_table(analyses)
    if t.empty:
        return pd.DataFrame(columns=["outlet", "speaker_type", "total"])
    t["speaker_type"] = t["speaker_type"].fillna("unknown")
    m = pd.crosstab([t["outlet"], t["speaker_type"]], t["cue_class"].fillna("statement"))
    m = m[[c for c in CUE_CLASSES if c in m.columns] + [c for c in m.columns if c not in CUE_CLASSES]]
    m["total"] = m.sum(axis=1)
    order = {o: i for i, o in enumerate(_outlets(analyses))}
    m = m.reset_index()
    m = m.sort_values(["outlet", "total"], key=lambda c: c.map(order) if c.name == "outlet" else -c, kind="stable")
    m.columns.name = None
    return m.reset_index(drop=True)


def cue_class_table(analyses: Sequence[Any]) -> pd.DataFrame:
    """Attributions per outlet (rows) and cue class (columns), counts over the outlet's articles."""
    t = speaker_cue_table(analyses)
    outlets = _outlets(analyses)
    if t.empty:
        return pd.DataFrame(index=pd.Index(outlets, name="outlet"))
    m = t.drop(columns=["speaker_type", "total"]).groupby("outlet").sum().reindex(outlets, fill_value=0)
    return m.rename(index=_with_counts(analyses))


def fig_cue_classes(analyses: Sequence[Any], *, ax: Axes | None = None) -> Axes:
    """Stacked bars: attributions per outlet by cue class (what sources are reported as doing)."""
    m = cue_class_table(analyses)
    title = "What the sources are reported as doing"
    if m.size == 0:
        return _empty(ax, "no attributions found", title)
    # one colour per cue class whatever the corpus holds ("statement" is always the first colour)
    order = list(CUE_CLASSES) + [c for c in m.columns if c not in CUE_CLASSES]
    return plots.stacked_bars(m, ax=ax, ylabel="attributions", title=title,
                              colors=[plots.PALETTE[order.index(c) % len(plots.PALETTE)] for c in m.columns])


# --- 4. sentiment and actors --------------------------------------------------------------------

def sentiment_table(analyses: Sequence[Any], *, n_boot: int = N_BOOT, seed: int = SEED) -> pd.DataFrame:
    """Mean VADER compound per outlet and voice (author / reported / quoted), with 95% bootstrap intervals.

    One row per outlet and voice, as :func:`hedge_density_table`: the mean per article, the
    interval resampling the outlet's articles (its sentences when it has one article).
    """
    from ..compare.stats import available_measures, profile_with_ci

    measures = [m for m in ("sentiment:author", "sentiment:reported", "sentiment:quoted") if m in available_measures(analyses)]
    t = profile_with_ci(analyses, measures, by="outlet", n_boot=n_boot, seed=seed)
    t["voice"] = t["measure"].str.split(":", n=1).str[1]
    return t[["outlet", "voice", "value", "low", "high", "n_sentences", "n_articles"]]


def fig_sentiment_by_voice(analyses: Sequence[Any], *, ax: Axes | None = None) -> Axes:
    """Grouped bars: mean sentence compound in the outlet's own voice, in reported speech and in quotation, with 95% CIs."""
    t = sentiment_table(analyses)
    t["voice"] = t["voice"].map({"author": "outlet's own voice", "reported": "reported speech", "quoted": "quoted voices"})
    return plots.bar_with_ci(t, x="outlet", y="value", hue="voice", low="low", high="high", ax=ax, zero_line=True,
                             order=_outlets(analyses), ylabel="mean VADER compound per sentence (-1 to +1)",
                             title="Sentiment by voice (95% bootstrap CI)")


def main_actor(analyses: Sequence[Any], actors: Actors) -> str | None:
    """The actor with the most distinct labels across the corpus (ties: the most labels, then name)."""
    from ..actors.labels import actor_labels

    return _most_labelled(actor_labels(analyses, actors, unassigned=False))


def _most_labelled(lab: pd.DataFrame) -> str | None:
    if lab.empty:
        return None
    g = lab.groupby("actor")["label"].agg(["nunique", "size"]).reset_index()
    g = g.sort_values(["nunique", "size", "actor"], ascending=[False, False, True], kind="stable")
    return str(g["actor"].iloc[0])


def fig_actor_labels(analyses: Sequence[Any], actors: Actors, *, actor: str | None = None, n: int = 18,
                     ax: Axes | None = None) -> Axes:
    """Dot plot: the ``n`` most used labels for one actor (default :func:`main_actor`), count per outlet.

    A label the outlet uses only inside quotations (someone else's word) is a hollow ring, so
    it does not read as the outlet's own word; a label used both ways is a filled dot numbered
    ``own+quoted``.
    """
    from ..actors.labels import actor_labels, label_table

    lab = actor_labels(analyses, actors, unassigned=False)  # once: it also chooses the default actor
    actor = actor or _most_labelled(lab)
    t = label_table(lab, actor=actor) if actor else pd.DataFrame()
    if t.empty:
        return _empty(ax, "no labels found", "Labels")
    counts = t[[c for c in _outlets(analyses) if c in t.columns]].head(n)
    # inside a quotation: someone else's word. Reported speech stays the outlet's (its paraphrase, as for hedges);
    # actor_labels marks it in its ``reported`` column
    quoted = lab[(lab["actor"] == actor) & (lab["voice"] == "quoted")]
    quoted = pd.crosstab(quoted["label"], quoted["outlet"]).reindex(index=counts.index, columns=counts.columns, fill_value=0)
    return plots.label_dots(counts, others=quoted, ax=ax, title=f"How each outlet names: {actor}")


def fig_actor_sentiment(analyses: Sequence[Any], actors: Actors, *, min_outlets: int = 2,
                        ax: Axes | None = None) -> Axes:
    """Heatmap: mean compound of the outlet's own sentences that mention each actor (blank = not mentioned)."""
    from ..actors.mentions import actor_sentiment

    t = actor_sentiment(analyses, actors)
    t = t[t["voice"] == "author"]
    if t.empty:
        return _empty(ax, "no actor mentioned", "Sentiment around each actor")
    m = t.pivot_table(index="actor", columns="outlet", values="mean_compound").reindex(columns=_outlets(analyses))
    m = m[m.notna().sum(axis=1) >= min_outlets]
    lim = float(np.nanmax(np.abs(m.to_numpy()))) if m.size else 1.0
    return plots.heatmap(m, ax=ax, fmt="{:+.2f}", cmap="RdBu", vmin=-max(lim, 0.05), vmax=max(lim, 0.05),
                         colorbar_label="mean VADER compound", title="Sentiment of the outlet's own sentences about each actor (blank = not mentioned)")


def fig_actor_agency(analyses: Sequence[Any], actors: Actors, *, actor: str | None = None,
                     ax: Axes | None = None) -> Axes:
    """Stacked bars: one actor's mentions as agent, passive patient, object or other, per outlet (%)."""
    from ..actors.agency import actor_agency

    actor = actor or main_actor(analyses, actors)
    t = actor_agency(analyses, actors, actor=actor) if actor else pd.DataFrame()
    if t.empty:
        return _empty(ax, "no mentions", "Agency")
    t = t.set_index("outlet").reindex([o for o in _outlets(analyses) if o in set(t["outlet"])])
    parts = t[["agent", "patient", "object", "other"]].div(t["n"], axis=0) * 100
    parts.columns = ["agent (does)", "patient (passive)", "object (done to)", "other"]
    parts.index = [f"{o}\n(n={n})" for o, n in zip(parts.index, t["n"])]
    return plots.stacked_bars(parts, ax=ax, ylabel="% of mentions", title=f"Grammatical role of {actor}",
                              colors=[plots.PALETTE[0], plots.PALETTE[5], plots.PALETTE[1], "#cccccc"])
