"""Per-article sentiment by voice: the ``sent_`` scores and the sentence table.

:func:`score_sentiment` aggregates the :class:`~framing.sentiment.SentenceSentiment`
objects of one article (from :func:`framing.sentiment.sentence_sentiment`) into flat
``sent_`` scores, per voice; :func:`sentences_table` lays the sentence segments of many
articles out as one DataFrame. Split from :mod:`framing.sentiment` (which re-exports both)
so that the VADER scoring and its exactness shortcuts stay in one module.

A compound score at or below :data:`NEG_THRESHOLD` (-0.05) is negative, at or above
:data:`POS_THRESHOLD` (0.05) positive: the thresholds Hutto & Gilbert (2014) recommend in
the vaderSentiment documentation. Both bounds are inclusive.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from ..text.voices import VOICES

if TYPE_CHECKING:  # pragma: no cover
    from ..text.layer import TextLayer
    from .types import Segment, SentenceSentiment

__all__ = ["score_sentiment", "NEG_THRESHOLD", "POS_THRESHOLD", "VOICES"]

#: A compound score at or below this is negative (inclusive), at or above POS_THRESHOLD positive:
#: the thresholds Hutto & Gilbert (2014) recommend in the vaderSentiment documentation.
NEG_THRESHOLD = -0.05
POS_THRESHOLD = 0.05


def _span(seg: Segment) -> str:
    return f"{seg.start}:{seg.end}"


def score_sentiment(sentences: Iterable[SentenceSentiment], layer: TextLayer | None = None) -> dict[str, Any]:
    """Per-article sentiment by voice, as flat ``sent_`` keys.

    For each voice ``V`` in ``author``, ``quoted`` and ``reported``, over the segments
    of that voice (a whole single-voice sentence is one segment; a sentence of several
    voices gives one segment per voice piece; every segment counts once, unweighted):

    - ``sent_V_n``: number of segments;
    - ``sent_V_mean``: mean VADER compound (None when ``n`` is 0);
    - ``sent_V_neg_share`` / ``sent_V_pos_share``: share with compound <= -0.05 /
      >= 0.05 (VADER's recommended thresholds, Hutto & Gilbert 2014);
    - ``sent_V_mean_neutral``: mean of the framing-neutral compound;
    - ``sent_V_min`` / ``sent_V_max``: the lowest / highest compound, and
      ``sent_V_min_span`` / ``sent_V_max_span`` where it is, as ``"start:end"``
      (the first one in text order on ties).

    Also ``sent_n_mixed`` (sentences with quoted and unquoted words), ``sent_n_reported``
    (sentences whose voice is ``reported``) and ``sent_n_masked``
    (sentences with something masked for the neutral score).

    Parameters
    ----------
    sentences : iterable of SentenceSentiment
        One article's sentences, from :func:`framing.sentiment.sentence_sentiment`.
    layer : TextLayer, optional
        Accepted for the common scorer signature ``(found, layer)``; not needed.

    Returns
    -------
    dict
        The keys above; floats rounded to 4 decimals, spans as ``"start:end"``.

    Examples
    --------
    >>> from framing.sentiment import sentence_sentiment
    >>> sc = score_sentiment(sentence_sentiment("It was a great day. “It was awful,” he said."))
    >>> sc["sent_author_n"], sc["sent_author_mean"], sc["sent_quoted_min"], sc["sent_quoted_min_span"]
    (2, 0.3125, -0.4588, '21:34')
    """
    sentences = list(sentences)
    by_voice: dict[str, list[Segment]] = {v: [] for v in VOICES}
    for sent in sentences:
        for seg in sent.segments:
            by_voice.setdefault(seg.voice, []).append(seg)
    scores: dict[str, Any] = {}
    for v in VOICES:
        segs = by_voice[v]
        n = len(segs)
        scores[f"sent_{v}_n"] = n
        if n == 0:
            for k in ("mean", "neg_share", "pos_share", "mean_neutral", "min", "min_span", "max", "max_span"):
                scores[f"sent_{v}_{k}"] = None
            continue
        lo = min(segs, key=lambda g: g.compound)
        hi = max(segs, key=lambda g: g.compound)
        scores[f"sent_{v}_mean"] = round(sum(g.compound for g in segs) / n, 4)
        scores[f"sent_{v}_neg_share"] = round(sum(g.compound <= NEG_THRESHOLD for g in segs) / n, 4)
        scores[f"sent_{v}_pos_share"] = round(sum(g.compound >= POS_THRESHOLD for g in segs) / n, 4)
        scores[f"sent_{v}_mean_neutral"] = round(sum(g.compound_neutral for g in segs) / n, 4)
        scores[f"sent_{v}_min"], scores[f"sent_{v}_min_span"] = lo.compound, _span(lo)
        scores[f"sent_{v}_max"], scores[f"sent_{v}_max_span"] = hi.compound, _span(hi)
    scores["sent_n_mixed"] = sum(s.voice == "mixed" for s in sentences)
    scores["sent_n_reported"] = sum(s.voice == "reported" for s in sentences)
    scores["sent_n_masked"] = sum(bool(s.masked) for s in sentences)
    return scores
