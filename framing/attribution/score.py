"""Per-article source measures: the flat ``src_`` scores of one article's attributions.

The tables across articles (``attributions_table``, ``speakers_table``) are in
:mod:`framing.tables`, which can analyse articles on demand.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from ..text.layer import TextLayer, count_words
from .types import KINDS, STANCES

__all__ = ["score_attributions", "quoted_words"]


def quoted_words(layer: TextLayer, start: int, end: int) -> int:
    """Words of ``text[start:end]`` that lie inside quotation marks (the quoted part of a mixed content)."""
    return sum(count_words(layer.text, s, e) for s, e, v in layer.voice_segments(start, end) if v == "quoted")


def score_attributions(found: Iterable[Any], layer: TextLayer) -> dict[str, float | int | str | None]:
    """Per-article source measures, flat, keys prefixed ``src_``.

    Keys: ``src_n`` and ``src_n_<kind>`` (attributions by kind), ``src_n_speakers``
    (distinct named speakers), ``src_unnamed_share`` (share of attributions with no
    named speaker), ``src_n_unsourced`` (attributions with no source at all: *reportedly*,
    an unsourced nominal cue or passive, a quotation nobody is credited with),
    ``src_first_speaker`` (speaker of the first attribution in the text, else its
    type, else None; a quotation nobody is credited with is passed over),
    ``src_verbs_<stance>`` (cues by stance), ``src_quoted_attributed_share`` (share of
    quoted words that lie in a direct or mixed content with a source; None without
    quotes) and ``src_quoted_share_<type>`` (share of those words by speaker type).

    Examples
    --------
    >>> from framing import text_layer, attributions
    >>> layer = text_layer("“We lost,” he said. Officials said it was late.")
    >>> s = score_attributions(attributions(layer), layer)
    >>> s["src_n"], s["src_n_direct"], s["src_unnamed_share"], s["src_quoted_attributed_share"]
    (2, 1, 1.0, 1.0)
    """
    found = list(found)
    if not isinstance(layer, TextLayer):
        raise TypeError(f"score_attributions() needs the article's TextLayer, not {type(layer).__name__}")
    from .speakers import SPEAKER_TYPES
    out: dict[str, float | int | str | None] = {"src_n": len(found)}
    for k in KINDS:
        out[f"src_n_{k}"] = sum(a.kind == k for a in found)
    out["src_n_speakers"] = len({a.speaker for a in found if a.speaker})
    out["src_unnamed_share"] = sum(a.speaker is None for a in found) / len(found) if found else None
    out["src_n_unsourced"] = sum("unsourced" in a.flags for a in found)
    sourced = [a for a in found if not (a.kind == "direct" and "unsourced" in a.flags)]  # (a quotation nobody is credited with)
    first = min(sourced, key=lambda a: a.content_span[0], default=None)
    out["src_first_speaker"] = (first.speaker or first.speaker_type) if first else None
    for st in STANCES:
        out[f"src_verbs_{st}"] = sum(a.verb_stance == st for a in found)
    total_q = layer.words_by_voice()["quoted"]
    by_type: dict[str, int] = {}
    covered = 0
    seen: set[tuple[int, int]] = set()
    for a in sourced:
        if a.kind in ("direct", "mixed") and a.content_span not in seen:
            seen.add(a.content_span)
            n = quoted_words(layer, *a.content_span) if a.kind == "mixed" else count_words(layer.text, *a.content_span)
            covered += n
            by_type[a.speaker_type] = by_type.get(a.speaker_type, 0) + n
    out["src_quoted_attributed_share"] = min(covered / total_q, 1.0) if total_q else None
    for t in SPEAKER_TYPES:
        if t != "none":
            out[f"src_quoted_share_{t}"] = by_type.get(t, 0) / covered if covered else None
    return out
