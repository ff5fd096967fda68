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

from . import plots
from .text import count_words

__all__ = ["overview_table", "exclusions_table", "headlines_table", "fig_words_by_voice", "fig_excluded", "FIGURES"]


def _label(a: Any) -> str:
    return a.article.label


def overview_table(analyses: Sequence[Any]) -> pd.DataFrame:
    """One row per article: outlet, headline, words (author / quoted voice), sentences, quotes, excluded lines."""
    rows = []
    for a in analyses:
        heads = [a.text[p.start:p.end] for p in a.layer.paragraphs if p.label == "headline"]
        reasons = Counter(e.label for e in a.layer.excluded)
        rows.append({
            "id": a.article.id,
            "outlet": _label(a),
            "headline": a.article.title or (heads[0] if heads else ""),
            "words_author": a.scores.get("words_author", 0),
            "words_quoted": a.scores.get("words_quoted", 0),
            "words_excluded": sum(count_words(a.text, e.start, e.end) for e in a.layer.excluded),
            "sentences": len(a.layer.sentences),
            "quotes": a.scores.get("n_quotes", 0),
            "excluded_lines": len(a.layer.excluded),
            "excluded_reasons": ", ".join(f"{k} ×{v}" for k, v in sorted(reasons.items())),
        })
    return pd.DataFrame(rows)


def exclusions_table(analyses: Sequence[Any]) -> pd.DataFrame:
    """One row per excluded line: outlet, offsets, reason, and the line itself."""
    rows = [{"outlet": _label(a), "start": e.start, "end": e.end, "reason": e.label, "text": a.text[e.start:e.end]}
            for a in analyses for e in a.layer.excluded]
    return pd.DataFrame(rows, columns=["outlet", "start", "end", "reason", "text"])


def headlines_table(analyses: Sequence[Any]) -> pd.DataFrame:
    """Headline (manifest title, else the first headline line found), standfirst and subheadings per outlet."""
    rows = []
    for a in analyses:
        heads = [a.text[p.start:p.end] for p in a.layer.paragraphs if p.label == "headline"]
        title = a.article.title or (heads[0] if heads else "")
        rest = [h for h in heads if h != title]
        subs = [a.text[p.start:p.end] for p in a.layer.paragraphs if p.label == "subheading"]
        rows.append({"outlet": _label(a), "headline": title, "other headline lines": " / ".join(rest),
                     "subheadings": " / ".join(subs)})
    return pd.DataFrame(rows)


def fig_words_by_voice(analyses: Sequence[Any], *, ax: Axes | None = None) -> Axes:
    """Stacked bars: words in the outlet's own voice, in quotation, and excluded as boilerplate."""
    t = overview_table(analyses).set_index("outlet")
    df = t[["words_author", "words_quoted", "words_excluded"]].rename(columns={
        "words_author": "outlet's own voice", "words_quoted": "inside quotation marks", "words_excluded": "excluded boilerplate"})
    return plots.stacked_bars(df, ax=ax, ylabel="words", title="Article length by voice",
                              colors=[plots.PALETTE[0], plots.PALETTE[1], "#bbbbbb"])


def fig_excluded(analyses: Sequence[Any], *, ax: Axes | None = None) -> Axes:
    """Heatmap: excluded lines per outlet and reason."""
    rows = [{"outlet": _label(a), "reason": e.label} for a in analyses for e in a.layer.excluded]
    df = pd.DataFrame(rows, columns=["outlet", "reason"])
    m = pd.crosstab(df["outlet"], df["reason"]).reindex([_label(a) for a in analyses], fill_value=0)
    return plots.heatmap(m, title="Lines excluded as boilerplate", colorbar_label="lines", cmap="Greys")


# --- the registry used by the report and listed in the README -------------------------------
from dataclasses import dataclass  # noqa: E402
from collections.abc import Callable  # noqa: E402


@dataclass(frozen=True)
class FigureSpec:
    name: str
    draw: Callable[..., Axes]
    caption: str
    notebook: str
    figsize: tuple[float, float] = (8.0, 4.0)


FIGURES: list[FigureSpec] = [
    FigureSpec("01_words_by_voice", fig_words_by_voice,
               "Words per article in the outlet's own voice, inside quotation marks, and excluded as boilerplate.",
               "01_corpus_overview", (8, 4)),
    FigureSpec("01_excluded", fig_excluded, "Lines excluded as boilerplate, by outlet and reason.", "01_corpus_overview", (7, 3.5)),
]


def report_tables(analyses: Sequence[Any]) -> list[tuple[str, pd.DataFrame]]:
    """Tables shown in the HTML report after the figures."""
    return []
