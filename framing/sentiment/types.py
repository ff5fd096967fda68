"""The results of sentence sentiment: :class:`Segment` and :class:`SentenceSentiment`."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, NamedTuple

__all__ = ["Segment", "SentenceSentiment"]


class Segment(NamedTuple):
    """One single-voice piece of a sentence: ``(start, end, voice, compound, compound_neutral)``.

    Examples
    --------
    >>> from framing.sentiment import sentence_sentiment
    >>> text = "“We won,” she said."
    >>> [(text[g.start:g.end], g.voice) for g in sentence_sentiment(text)[0].segments]
    [('We won,', 'quoted'), ('” she said.', 'author')]
    """

    start: int
    end: int
    voice: str
    compound: float
    compound_neutral: float

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "voice": self.voice,
                "compound": self.compound, "compound_neutral": self.compound_neutral}


@dataclass(frozen=True, slots=True)
class SentenceSentiment:
    """VADER sentiment of one sentence, with its voice.

    Attributes
    ----------
    start, end : int
        The sentence, as offsets into the article text.
    role : str
        ``headline``, ``subheading`` or ``body`` (from the text layer).
    voice : str
        ``author``, ``quoted`` or ``mixed``.
    compound : float
        VADER compound of ``text[start:end]``.
    compound_neutral : float
        VADER compound with attribution cues and hedge terms masked.
    segments : tuple of Segment
        Single-voice pieces; one piece (the whole sentence) unless ``voice == "mixed"``.
    masked : tuple of (int, int)
        The character ranges masked for ``compound_neutral``.

    Examples
    --------
    >>> from framing.hedging import hedges
    >>> from framing.sentiment import sentence_sentiment
    >>> text = "Critics accused the mayor of lying."
    >>> s = sentence_sentiment(text, hedges=hedges(text))[0]  # "accused" (of) is a hedge: masked
    >>> (s.start, s.end, s.voice, s.masked, text[8:15])
    (0, 35, 'author', ((8, 15),), 'accused')
    >>> (s.compound, s.compound_neutral)
    (-0.7783, -0.6808)
    """

    start: int
    end: int
    role: str
    voice: str
    compound: float
    compound_neutral: float
    segments: tuple[Segment, ...] = ()
    masked: tuple[tuple[int, int], ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "role": self.role, "voice": self.voice,
                "compound": self.compound, "compound_neutral": self.compound_neutral,
                "segments": [s.to_dict() for s in self.segments],
                "masked": [list(m) for m in self.masked]}
