"""The core data type: a span of characters in an article's original text.

Every detector in :mod:`framing` returns spans whose ``start`` and ``end`` are
Python ``str`` offsets into the article text exactly as it was decoded (UTF-8,
byte-order mark removed, no other normalisation), so ``text[span.start:span.end]``
is always the evidence for a result.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

__all__ = ["Span", "merge_spans"]


@dataclass(frozen=True, slots=True, order=True)
class Span:
    """A labelled, half-open character range ``[start, end)`` of a text.

    Parameters
    ----------
    start, end : int
        Offsets into the original text, ``0 <= start <= end``.
    label : str
        What the span is (``"sentence"``, ``"paragraph"``, ``"caption"`` ...).

    Examples
    --------
    >>> text = "He said it."
    >>> Span(0, 2, "pronoun").of(text)
    'He'
    """

    start: int
    end: int
    label: str = ""

    def __post_init__(self) -> None:
        if not (0 <= self.start <= self.end):
            raise ValueError(f"invalid span [{self.start}, {self.end}): need 0 <= start <= end")

    def of(self, text: str) -> str:
        """Return the characters of ``text`` this span covers."""
        return text[self.start : self.end]

    def __len__(self) -> int:
        return self.end - self.start

    def contains(self, other: "Span | int") -> bool:
        """True if ``other`` (a span or an offset) lies inside this span."""
        if isinstance(other, int):
            return self.start <= other < self.end
        return self.start <= other.start and other.end <= self.end

    def overlaps(self, other: "Span") -> bool:
        """True if the two spans share at least one character."""
        return self.start < other.end and other.start < self.end

    def as_list(self) -> list[int]:
        """``[start, end]``, the form used in JSON output."""
        return [self.start, self.end]


def merge_spans(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` sorted, empty ones dropped, overlapping or touching ones joined.

    Examples
    --------
    >>> merge_spans([(5, 9), (0, 2), (2, 3), (8, 12), (4, 4)])
    [(0, 3), (5, 12)]
    """
    merged: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if s >= e:
            continue
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
        else:
            merged.append((s, e))
    return merged
