"""The project's published charts: one function per figure, shared by the notebooks and the report.

Each ``fig_*`` function takes the analysed articles (a list of
:class:`framing.Analysis`) and ``ax=None``, computes its table with the public
API, draws it with :mod:`framing.plots`, and returns the Axes. The matching
``table_*`` functions return the numbers behind a figure as a DataFrame.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Any

import pandas as pd
from matplotlib.axes import Axes

from ..text.layer import count_words
from . import plots

__all__ = ["overview_table", "exclusions_table", "headlines_table", "fig_words_by_voice", "fig_excluded", "FIGURES"]


def _label(a: Any) -> str:
    return a.article.label


def _headlines(a: Any) -> tuple[str, list[str]]:
    """The article's headline (manifest title, else its first headline line) and all its headline lines."""
    heads = [a.text[p.start:p.end] for p in a.layer.paragraphs if p.label == "headline"]
    return a.article.title or (heads[0] if heads else ""), heads


def overview_table(analyses: Sequence[Any]) -> pd.DataFrame:
    """One row per article: outlet, headline, words (author / quoted / reported voice), sentences, quotes, excluded lines.

    Examples
    --------
    >>> import framing
    >>> a = framing.analyze(framing.Article("a", "Storm Hits Coast\\nAdvert\\nOfficials said it may return.", outlet="Daily"))
    >>> overview_table([a])[["outlet", "headline", "words_author", "words_excluded", "excluded_reasons"]].values.tolist()
    [['Daily', 'Storm Hits Coast', 5, 1, 'placeholder ×1']]
    """
    rows = []
    for a in analyses:
        reasons = Counter(e.label for e in a.layer.excluded)
        rows.append({
            "id": a.article.id,
            "outlet": _label(a),
            "headline": _headlines(a)[0],
            "words_author": a.scores.get("words_author", 0),
            "words_quoted": a.scores.get("words_quoted", 0),
            "words_reported": a.scores.get("words_reported", 0),
            "words_excluded": sum(count_words(a.text, e.start, e.end) for e in a.layer.excluded),
            "sentences": len(a.layer.sentences),
            "quotes": a.scores.get("n_quotes", 0),
            "excluded_lines": len(a.layer.excluded),
            "excluded_reasons": ", ".join(f"{k} ×{v}" for k, v in sorted(reasons.items())),
        })
    return pd.DataFrame(rows)


def exclusions_table(analyses: Sequence[Any]) -> pd.DataFrame:
    """One row per excluded line: outlet, offsets, reason, and the line itself.

    Examples
    --------
    >>> import framing
    >>> a = framing.analyze(framing.Article("a", "Storm Hits Coast\\nAdvert\\nOfficials said it may return.", outlet="Daily"))
    >>> exclusions_table([a]).values.tolist()
    [['Daily', 17, 23, 'placeholder', 'Advert']]
    """
    rows = [{"outlet": _label(a), "start": e.start, "end": e.end, "reason": e.label, "text": a.text[e.start:e.end]}
            for a in analyses for e in a.layer.excluded]
    return pd.DataFrame(rows, columns=["outlet", "start", "end", "reason", "text"])


def headlines_table(analyses: Sequence[Any]) -> pd.DataFrame:
    """Headline (manifest title, else the first headline line found), standfirst and subheadings per outlet.

    Examples
    --------
    >>> import framing
    >>> a = framing.analyze(framing.Article("a", "Storm Hits Coast\\nAdvert\\nOfficials said it may return.", outlet="Daily"))
    >>> headlines_table([a]).values.tolist()
    [['Daily', 'Storm Hits Coast', '', '']]
    """
    rows = []
    for a in analyses:
        title, heads = _headlines(a)
        rest = [h for h in heads if h != title]
        subs = [a.text[p.start:p.end] for p in a.layer.paragraphs if p.label == "subheading"]
        rows.append({"outlet": _label(a), "headline": title, "other headline lines": " / ".join(rest),
                     "subheadings": " / ".join(subs)})
    return pd.DataFrame(rows)


def fig_words_by_voice(analyses: Sequence[Any], *, ax: Axes | None = None) -> Axes:
    """Stacked bars: words per article (mean over the outlet's articles) in the outlet's own voice, in reported
    speech, in quotation, and excluded as boilerplate."""
    t = overview_table(analyses)
    cols = ["words_author", "words_reported", "words_quoted", "words_excluded"]
    several = t["outlet"].duplicated().any()
    t = t.groupby("outlet", sort=False)[cols].mean() if several else t.set_index("outlet")
    df = t[cols].rename(columns={
        "words_author": "outlet's own voice", "words_reported": "reported speech (unquoted)",
        "words_quoted": "inside quotation marks", "words_excluded": "excluded boilerplate"})
    return plots.stacked_bars(df, ax=ax, ylabel="words, mean per article" if several else "words",
                              title="Article length by voice",
                              colors=[plots.PALETTE[0], plots.PALETTE[1], plots.PALETTE[2], "#bbbbbb"])  # as sentiment by voice


def fig_excluded(analyses: Sequence[Any], *, ax: Axes | None = None) -> Axes:
    """Heatmap: excluded lines per outlet and reason."""
    rows = [{"outlet": _label(a), "reason": e.label.replace("_", " ")} for a in analyses for e in a.layer.excluded]
    df = pd.DataFrame(rows, columns=["outlet", "reason"])
    m = pd.crosstab(df["outlet"], df["reason"]).reindex(list(dict.fromkeys(_label(a) for a in analyses)), fill_value=0)
    if m.size == 0:
        return plots.mark_empty(plots.heatmap(m, ax=ax, title="Lines excluded as boilerplate"),
                                "no line was excluded as boilerplate")
    return plots.heatmap(m, ax=ax, title="Lines excluded as boilerplate", colorbar_label="lines", cmap="Greys")


# --- the registry used by the report and listed in docs/notebooks.md ---------------------------
from collections.abc import Callable  # noqa: E402
from dataclasses import dataclass  # noqa: E402

from .figures_compare import (  # noqa: E402
    coverage_table,
    fig_claim_coverage,
    fig_profile_map,
    fig_reuse,
    measure_label,
    profile_table,
    reuse_matrix,
)
from .figures_voice import (  # noqa: E402
    CUE_CLASSES,
    cue_class_table,
    fig_actor_agency,
    fig_actor_labels,
    fig_actor_sentiment,
    fig_cue_classes,
    fig_hedge_density,
    fig_hedges_by_voice,
    fig_sentiment_by_voice,
    fig_speaker_types,
    fig_top_speakers,
    fig_verb_stance,
    hedge_density_table,
    main_actor,
    sentiment_table,
    speaker_cue_table,
    speaker_type_table,
    verb_stance_table,
)

__all__ += ["FigureSpec", "report_tables", "coverage_table", "fig_claim_coverage", "fig_profile_map", "fig_reuse",
            "measure_label", "profile_table", "reuse_matrix", "fig_actor_agency", "fig_actor_labels",
            "fig_actor_sentiment", "fig_hedge_density", "fig_hedges_by_voice", "fig_sentiment_by_voice",
            "fig_speaker_types", "fig_top_speakers", "fig_verb_stance", "hedge_density_table", "main_actor",
            "sentiment_table", "speaker_type_table", "verb_stance_table", "CUE_CLASSES", "cue_class_table",
            "fig_cue_classes", "speaker_cue_table"]


@dataclass(frozen=True)
class FigureSpec:
    """One published figure: file name, drawing function, caption, the notebook that draws it, size.

    ``needs_actors``: the figure is drawn only when the corpus has an actors file (its ``draw``
    then takes ``actors=``).
    """

    name: str
    draw: Callable[..., Axes]
    caption: str
    notebook: str
    figsize: tuple[float, float] = (8.0, 4.0)
    needs_actors: bool = False


FIGURES: list[FigureSpec] = [
    FigureSpec("01_words_by_voice", fig_words_by_voice,
               "Words per article (mean over the outlet's articles) in the outlet's own voice, inside quotation marks, "
               "and excluded as boilerplate.",
               "01_corpus_overview", (8, 4)),
    FigureSpec("01_excluded", fig_excluded, "Lines excluded as boilerplate, by outlet and reason (all the outlet's "
               "articles together).", "01_corpus_overview", (7, 3.5)),
    FigureSpec("02_hedge_density", fig_hedge_density,
               "Hedging and stance markers per 1,000 words of the outlet's own voice, by category: mean per article, "
               "with 95% bootstrap intervals (articles resampled; sentences for an outlet with one article).",
               "02_hedging", (9, 4.5)),
    FigureSpec("02_hedges_by_voice", fig_hedges_by_voice, "Number of markers by outlet, category and voice (all the "
               "outlet's articles together; the number of articles in brackets when an outlet has several).",
               "02_hedging", (9, 3.8)),
    FigureSpec("03_speaker_types", fig_speaker_types,
               "Share of an article's words attributed to each type of source, mean over the outlet's articles; the rest "
               "is the outlet's own voice.",
               "03_sources", (9, 3.8)),
    FigureSpec("03_top_speakers", fig_top_speakers,
               "The most quoted speakers: share of an article's words attributed to them, mean over the outlet's "
               "articles.", "03_sources", (8, 6)),
    FigureSpec("03_verb_stance", fig_verb_stance, "Attributions by the stance of their reporting verb (all the outlet's "
               "articles together).", "03_sources", (8, 4)),
    FigureSpec("03_cue_classes", fig_cue_classes, "Attributions by cue class: what the sources are reported as "
               "doing (stating, believing, intending, requesting, evaluating, refusing; nominal cues such as 'according "
               "to'), all the outlet's articles together.", "03_sources", (8, 4)),
    FigureSpec("04_sentiment_by_voice", fig_sentiment_by_voice,
               "Mean VADER compound per sentence in the outlet's own voice and in quoted voices: mean per article, with "
               "95% bootstrap intervals (articles resampled; sentences for an outlet with one article).",
               "04_sentiment_actors", (8, 4.5)),
    FigureSpec("04_actor_labels", fig_actor_labels,
               "The labels each outlet uses for the actor with the most distinct labels.", "04_sentiment_actors", (8, 7),
               needs_actors=True),
    FigureSpec("04_actor_sentiment", fig_actor_sentiment,
               "Mean VADER compound of the outlet's own sentences that mention each actor.", "04_sentiment_actors", (8, 6),
               needs_actors=True),
    FigureSpec("04_actor_agency", fig_actor_agency,
               "Grammatical role of the same actor's mentions: agent, passive patient, object or other.",
               "04_sentiment_actors", (8, 4), needs_actors=True),
    FigureSpec("05_claim_coverage", fig_claim_coverage,
               "Statements reported by two or more outlets: where each outlet reports them (colour = how early) "
               "and where it leaves them out (cross); the 30 most widely reported.", "05_outlet_comparison", (11, 6)),
    FigureSpec("05_reuse", fig_reuse, "Text reuse: share of two articles' sentences with a near-duplicate in the other "
               "(for two outlets with several articles, the highest pair within an event).",
               "05_outlet_comparison", (6.5, 5)),
    FigureSpec("05_profile_map", fig_profile_map,
               "Framing profiles: the outlets placed by a PCA of their standardised measures (mean per article); "
               "arrows show the measures that separate them most.", "05_outlet_comparison", (8, 6)),
]


def report_tables(analyses: Sequence[Any], *, actors: Any = None) -> list[tuple[str, pd.DataFrame]]:
    """Tables shown in the HTML report after the figures (titles and DataFrames; the report escapes them)."""
    from ..compare.profile import who_speaks
    from ..compare.stats import pairwise_tests
    from ..tables import hedges_table

    tables: list[tuple[str, pd.DataFrame]] = [
        ("Headlines", headlines_table(analyses)),
        ("Hedges and stance markers in context", hedges_table(analyses)[
            ["outlet", "category", "voice", "text", "term", "flags", "sentence"]]),
        ("Who speaks where", who_speaks(analyses)),
        ("Who speaks, by type and cue class (attributions per outlet)", speaker_cue_table(analyses)),
    ]
    if len(analyses) > 1:
        # a and b list every article id of the two outlets: left out (the outlets name them)
        for title, measure in (("hedge density", "hedge_density"), ("share of words quoted", "quoted_share")):
            tables.append((f"Pairwise permutation tests: {title}", pairwise_tests(analyses, measure).drop(columns=["a", "b"])))
    if actors is not None:
        from ..actors.labels import actor_labels, label_table

        tables.append(("Labels per outlet", label_table(actor_labels(analyses, actors, unassigned=False)).reset_index()))
    return tables
