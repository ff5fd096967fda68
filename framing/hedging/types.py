"""The result type of hedging: :class:`Hedge`."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

__all__ = ["Hedge"]


@dataclass(frozen=True, slots=True)
class Hedge:
    """One hedging or stance marker. ``text[start:end]`` of the article is the evidence.

    Attributes
    ----------
    start, end : int
        Offsets into the original text (for a scare quote: the quotation marks included).
    text : str
        The matched characters.
    category : str
        One of :data:`HEDGE_CATEGORIES`.
    voice : str
        ``"author"`` (the outlet's own words), ``"quoted"`` (inside a quotation) or
        ``"reported"`` (the unquoted content of an attribution, :mod:`framing.text.voices`).
    term : str
        The lexicon term that matched (for a scare quote: the quoted words).
    negated : bool
        A negator precedes it in the same clause ("not alleged", "did not appear to").
    reported : bool
        ``voice == "reported"``: inside the complement of a reporting verb ("X said ... may ...").
    lexicon : str
        Which lexicon the term came from (``""`` for scare quotes).
    evidence : str
        Why it is a hedge: the lexicon row (file and line) and the context rule that kept it,
        ``parse`` when the dependency parse decided ("hedges.csv, line 24; rule could; parse").

    Examples
    --------
    >>> from framing.hedging import hedges
    >>> text = "He was not accused of theft."
    >>> h = hedges(text)[0]
    >>> (text[h.start:h.end], h.category, h.voice, h.term, h.flags, h.lexicon)
    ('accused', 'allegation', 'author', 'accused of', ('negated',), 'framing')
    """

    start: int
    end: int
    text: str
    category: str
    voice: str
    term: str
    negated: bool = False
    reported: bool = False
    lexicon: str = ""
    evidence: str = ""

    @property
    def flags(self) -> tuple[str, ...]:
        """The names of the flags that are set (``negated``, ``reported``)."""
        return tuple(f for f in ("negated", "reported") if getattr(self, f))

    def to_dict(self) -> dict[str, Any]:
        """The JSON fields of ``framing analyze``'s ``"hedges"`` list."""
        return {"start": self.start, "end": self.end, "text": self.text, "category": self.category,
                "voice": self.voice, "term": self.term, "negated": self.negated, "reported": self.reported,
                "evidence": self.evidence}
