"""Escaped HTML views of an analysed article: hedges, attributions and quotes highlighted.

Article text is untrusted. Every piece of it goes through :func:`html.escape`
(quotes included), and the output has no ``<script>`` or ``<style>`` element:
only inline ``style`` attributes, which survive the HTML sanitiser Jupyter
applies to untrusted notebooks (a notebook opened from a fresh clone).
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from typing import Any

__all__ = ["HTMLView", "highlight_html", "LEGEND"]

# Background colours: light tints of the Okabe-Ito palette, one per hedge category.
HEDGE_COLOURS = {
    "allegation": "#ffd9a8",
    "epistemic": "#cfe8ff",
    "distancing": "#f3c4de",
    "booster": "#c8ecd9",
    "scare_quote": "#fff3a0",
}
_DEFAULT_HEDGE = "#e6e6e6"
LEGEND = [
    ("allegation marker", f"background:{HEDGE_COLOURS['allegation']}"),
    ("epistemic hedge", f"background:{HEDGE_COLOURS['epistemic']}"),
    ("distancing verb", f"background:{HEDGE_COLOURS['distancing']}"),
    ("booster", f"background:{HEDGE_COLOURS['booster']}"),
    ("scare quote", f"background:{HEDGE_COLOURS['scare_quote']}"),
    ("quoted speaker", "border-bottom:2px solid #0072B2;font-weight:bold"),
    ("reporting verb (cue)", "border:1px solid #D55E00;border-radius:3px"),
    ("attributed content", "text-decoration:underline;text-decoration-color:#009E73;text-decoration-thickness:2px"),
    ("excluded boilerplate", "color:#999999;text-decoration:line-through"),
]


@dataclass(frozen=True)
class HTMLView:
    """HTML that displays itself in Jupyter (``_repr_html_``) and converts with ``str()``."""

    html: str

    def _repr_html_(self) -> str:
        return self.html

    def __str__(self) -> str:
        return self.html


def _span_of(obj: Any, name: str) -> tuple[int, int] | None:
    v = getattr(obj, name, None)
    if v is None:
        return None
    return int(v[0]), int(v[1])


def _marks(analysis: Any) -> list[tuple[int, int, str, str, str]]:
    """(start, end, kind, css, title) for every highlight."""
    marks = []
    text = analysis.article.text
    for e in analysis.layer.excluded:
        marks.append((e.start, e.end, "excluded", LEGEND[-1][1], f"excluded: {e.label}"))
    for h in analysis.hedges:
        cat = getattr(h, "category", "")
        colour = HEDGE_COLOURS.get(cat, _DEFAULT_HEDGE)
        flags = [f for f in ("negated", "reported") if getattr(h, f, False)]
        title = f"{cat} ({getattr(h, 'voice', '')} voice){': ' + ', '.join(flags) if flags else ''} - term: {getattr(h, 'term', '')}"
        marks.append((h.start, h.end, "hedge", f"background:{colour};border-radius:2px", title))
    for a in analysis.attributions:
        who = getattr(a, "speaker", None) or "unresolved speaker"
        kind = getattr(a, "kind", "")
        stance = getattr(a, "verb_stance", "")
        if (src := _span_of(a, "source_span")) is not None:
            marks.append((*src, "source", LEGEND[5][1], f"speaker: {who} ({getattr(a, 'speaker_type', '')})"))
        if (cue := _span_of(a, "cue_span")) is not None:
            marks.append((*cue, "cue", LEGEND[6][1], f"cue: {text[cue[0]:cue[1]]} - stance: {stance}"))
        if (content := _span_of(a, "content_span")) is not None:
            marks.append((*content, "content", LEGEND[7][1], f"{kind} attribution to {who}"))
    return [m for m in marks if 0 <= m[0] < m[1] <= len(text)]


def _render(text: str, marks: list[tuple[int, int, str, str, str]]) -> str:
    # One sweep over the cut points: a mark is active on the pieces from its start to its end.
    # The active marks keep their order in ``marks`` (the style and title follow it); no piece
    # looks at every mark, so the cost is linear in the text, not pieces x marks.
    cuts = sorted({0, len(text), *(m[0] for m in marks), *(m[1] for m in marks)})
    starting: dict[int, list[int]] = {}
    ending: dict[int, list[int]] = {}
    for i, m in enumerate(marks):
        if m[0] >= m[1]:
            continue  # an empty mark covers no piece
        starting.setdefault(m[0], []).append(i)
        ending.setdefault(m[1], []).append(i)
    live: set[int] = set()
    out = []
    for s, e in zip(cuts, cuts[1:]):
        live.difference_update(ending.get(s, ()))
        live.update(starting.get(s, ()))
        active = [marks[i] for i in sorted(live)]
        piece = html.escape(text[s:e], quote=True).replace("\r\n", "\n").replace("\n", "<br>\n")
        if not active:
            out.append(piece)
            continue
        css = ";".join(dict.fromkeys(m[3] for m in active))
        title = " | ".join(dict.fromkeys(m[4] for m in active))
        out.append(f'<span style="{html.escape(css, quote=True)}" title="{html.escape(title, quote=True)}">{piece}</span>')
    return "".join(out)


def legend_html() -> str:
    items = " ".join(f'<span style="{css};padding:0 4px;margin-right:6px">{html.escape(name)}</span>' for name, css in LEGEND)
    return f'<div style="font-size:0.85em;margin:4px 0 8px 0">{items}</div>'


def highlight_html(analysis: Any, *, max_chars: int | None = None, heading: bool = True) -> HTMLView:
    """Render one analysed article as HTML with hedges, speakers, cues and attributed content marked.

    Hover a highlight to see its category, voice, speaker and verb stance.

    Parameters
    ----------
    analysis : framing.Analysis or str
        An analysed article, or the text of one (analysed here with :func:`framing.analyze`).
    max_chars : int, optional
        Show only the first ``max_chars`` characters (cut at a line end).
    heading : bool
        Start with the outlet, the headline and a legend.

    Examples
    --------
    >>> from framing.analyze import analyze
    >>> view = highlight_html(analyze("<script>alert(1)</script> said nobody."))
    >>> "<script>" in str(view), "&lt;script&gt;" in str(view)
    (False, True)

    A plain string has no outlet, so the heading names none (only a ``title``, when given):

    >>> str(highlight_html("It may rain.")).startswith("<div style=")
    True
    """
    if isinstance(analysis, str):
        from ..analyze import analyze

        analysis = analyze(analysis)
    text = analysis.article.text
    marks = _marks(analysis)
    if max_chars is not None and len(text) > max_chars:
        cut = text.rfind("\n", 0, max_chars)
        cut = cut if cut > 0 else max_chars
        marks = [(s, min(e, cut), k, c, t) for s, e, k, c, t in marks if s < cut]
        body = _render(text[:cut], marks) + "<br>\n<em>[…]</em>"
    else:
        body = _render(text, marks)
    parts = []
    if heading:
        art = analysis.article
        # the id names an article read from a file or table; a plain string's placeholder id is no outlet
        who = art.outlet or (art.id if art.source else "")
        head = [f"<strong>{html.escape(who)}</strong>"] if who else []
        head += [html.escape(art.title)] if art.title else []
        if head:
            parts.append(f"<div>{' — '.join(head)}</div>")
        parts.append(legend_html())
    parts.append(f'<div style="line-height:1.6;max-width:60em;font-family:Georgia,serif">{body}</div>')
    return HTMLView("\n".join(parts))
