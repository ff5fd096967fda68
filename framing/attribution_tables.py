"""Per-article source measures and tables: scores, speaker shares, DataFrames for notebooks.

Split from :mod:`framing.attribution` (the detector) to keep modules short.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from .attribution_types import KINDS, STANCES
from .text import TextLayer, count_words

__all__ = ["score_attributions", "SpeakerShare", "speaker_shares", "attributions_table", "speakers_table"]



def _quoted_words(layer: TextLayer, start: int, end: int) -> int:
    return sum(count_words(layer.text, s, e) for s, e, v in layer.voice_segments(start, end) if v == "quoted")


def score_attributions(found: Iterable[Any], layer: TextLayer) -> dict[str, float | int | str | None]:
    """Per-article source measures, flat, keys prefixed ``src_``.

    Keys: ``src_n`` and ``src_n_<kind>`` (attributions by kind), ``src_n_speakers``
    (distinct named speakers), ``src_unnamed_share`` (share of attributions with no
    named speaker), ``src_n_unsourced`` (*reportedly* with no source),
    ``src_first_speaker`` (speaker of the first attribution in the text, else its
    type, else None), ``src_verbs_<stance>`` (cues by stance),
    ``src_quoted_attributed_share`` (share of quoted words that lie in an
    attributed direct or mixed content; None without quotes) and
    ``src_quoted_share_<type>`` (share of attributed quoted words by speaker type).

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
    first = min(found, key=lambda a: a.content_span[0], default=None)
    out["src_first_speaker"] = (first.speaker or first.speaker_type) if first else None
    for st in STANCES:
        out[f"src_verbs_{st}"] = sum(a.verb_stance == st for a in found)
    total_q = layer.words_by_voice()["quoted"]
    by_type: dict[str, int] = {}
    covered = 0
    seen: set[tuple[int, int]] = set()
    for a in found:
        if a.kind in ("direct", "mixed") and a.content_span not in seen:
            seen.add(a.content_span)
            n = _quoted_words(layer, *a.content_span) if a.kind == "mixed" else count_words(layer.text, *a.content_span)
            covered += n
            by_type[a.speaker_type] = by_type.get(a.speaker_type, 0) + n
    out["src_quoted_attributed_share"] = min(covered / total_q, 1.0) if total_q else None
    for t in SPEAKER_TYPES:
        if t != "none":
            out[f"src_quoted_share_{t}"] = by_type.get(t, 0) / covered if covered else None
    return out


@dataclass(frozen=True, slots=True)
class SpeakerShare:
    """How much one speaker is heard in one article.

    ``speaker`` is the canonical name, or ``"[type]"`` for sources with no name
    (``"[unnamed]"``); ``words_quoted`` counts words inside quotation marks
    attributed to the speaker; ``share`` is ``words_quoted`` over the article's
    analysed words; ``first_position`` is the offset of the speaker's first content.
    """

    speaker: str
    speaker_type: str
    n_attributions: int
    words_quoted: int
    share: float
    first_position: int

    def to_dict(self) -> dict[str, Any]:
        return {"speaker": self.speaker, "speaker_type": self.speaker_type, "n_attributions": self.n_attributions,
                "words_quoted": self.words_quoted, "share": self.share, "first_position": self.first_position}


def speaker_shares(analysis: Any) -> list[SpeakerShare]:
    """Who is heard, how much, and how early, in one analysed article.

    Parameters
    ----------
    analysis : framing.Analysis

    Returns
    -------
    list of SpeakerShare
        In order of first appearance.

    Examples
    --------
    >>> from framing import analyze
    >>> a = analyze("“We will win,” said Mayor Ann Lee. Officials said it was late.")
    >>> [(s.speaker, s.words_quoted, s.first_position) for s in speaker_shares(a)]
    [('Ann Lee', 3, 1), ('[unnamed]', 0, 50)]
    """
    if not hasattr(analysis, "attributions") or not hasattr(analysis, "layer"):
        raise TypeError(f"speaker_shares() takes one framing.Analysis (from framing.analyze), not {type(analysis).__name__}")
    layer = analysis.layer
    total = sum(layer.words_by_voice().values())
    rows: dict[str, list[Any]] = {}
    seen: set[tuple[int, int]] = set()
    for a in sorted(analysis.attributions, key=lambda a: a.content_span[0]):
        key = a.speaker or f"[{a.speaker_type}]"
        row = rows.setdefault(key, [a.speaker_type, 0, 0, a.content_span[0]])
        row[1] += 1
        if a.kind in ("direct", "mixed") and a.content_span not in seen:
            seen.add(a.content_span)
            row[2] += _quoted_words(layer, *a.content_span) if a.kind == "mixed" else count_words(layer.text, *a.content_span)
    return [SpeakerShare(k, t, n, w, w / total if total else 0.0, first) for k, (t, n, w, first) in rows.items()]


def _analyses(analyses: Any) -> list[Any]:
    if hasattr(analyses, "attributions"):
        raise TypeError("pass a list of Analysis objects (e.g. [analysis]), not one Analysis")
    return [a for a in analyses if hasattr(a, "attributions")]


def attributions_table(analyses: Iterable[Any]) -> Any:
    """One row per attribution, with the article id and outlet (a pandas DataFrame).

    Columns: id, outlet, kind, speaker, speaker_type, source, cue, verb_stance,
    content, content_start, content_end, flags (``;``-joined). Error rows
    (:class:`~framing.AnalysisError`) are skipped.

    Examples
    --------
    >>> from framing import analyze
    >>> attributions_table([analyze("“No,” she said.")])[["kind", "cue", "content"]].values.tolist()
    [['direct', 'said', 'No,']]
    """
    import pandas as pd

    rows = []
    for an in _analyses(analyses):
        t = an.layer.text
        for a in an.attributions:
            rows.append({"id": an.article.id, "outlet": an.article.outlet, "kind": a.kind, "speaker": a.speaker,
                         "speaker_type": a.speaker_type,
                         "source": t[a.source_span[0]:a.source_span[1]] if a.source_span else None,
                         "cue": a.cue, "verb_stance": a.verb_stance, "content": t[a.content_span[0]:a.content_span[1]],
                         "content_start": a.content_span[0], "content_end": a.content_span[1], "flags": ";".join(a.flags)})
    cols = ["id", "outlet", "kind", "speaker", "speaker_type", "source", "cue", "verb_stance", "content",
            "content_start", "content_end", "flags"]
    return pd.DataFrame(rows, columns=cols)


def speakers_table(analyses: Iterable[Any]) -> Any:
    """One row per article x speaker (a pandas DataFrame): id, outlet and the :class:`SpeakerShare` fields.

    Examples
    --------
    >>> from framing import analyze
    >>> speakers_table([analyze("“No,” said Judge Ann Lee.")])[["speaker", "speaker_type", "words_quoted"]].values.tolist()
    [['Ann Lee', 'judiciary', 1]]
    """
    import pandas as pd

    rows = [{"id": an.article.id, "outlet": an.article.outlet, **s.to_dict()}
            for an in _analyses(analyses) for s in speaker_shares(an)]
    cols = ["id", "outlet", "speaker", "speaker_type", "n_attributions", "words_quoted", "share", "first_position"]
    return pd.DataFrame(rows, columns=cols)
