"""Helpers shared by the actor modules (internal to :mod:`framing.actors`): input checks and a span index."""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from typing import Any

from ..text.layer import TextLayer, text_layer

__all__ = ["as_layer", "analysis_list", "Spans"]


def as_layer(text_or_layer: TextLayer | str) -> TextLayer:
    if isinstance(text_or_layer, TextLayer):
        return text_or_layer
    if isinstance(text_or_layer, str):
        return text_layer(text_or_layer)
    layer = getattr(text_or_layer, "layer", None)  # an Analysis
    if isinstance(layer, TextLayer):
        return layer
    raise TypeError(f"expected one text, TextLayer or Analysis, not a {type(text_or_layer).__name__}")


def analysis_list(analyses: Any) -> list[Any]:
    if hasattr(analyses, "layer") and hasattr(analyses, "article"):
        raise TypeError("expected a list of analyses; wrap one analysis in a list: [analysis]")
    return [a for a in analyses if hasattr(a, "layer")]  # error rows are skipped


class Spans:
    """Non-overlapping spans in text order (actor mentions); :meth:`overlaps` by bisection.

    Examples
    --------
    >>> sp = Spans([(0, 5), (10, 12)])
    >>> sp.overlaps(4, 6), sp.overlaps(5, 10), sp.overlaps(11, 20)
    (True, False, True)
    """

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        pairs = list(spans)
        self.starts = [s for s, _ in pairs]
        self.ends = [e for _, e in pairs]  # sorted too: the spans do not overlap

    def overlaps(self, start: int, end: int) -> bool:
        """True if a span overlaps ``[start, end)``: only the first one ending after ``start`` can."""
        j = bisect.bisect_right(self.ends, start)
        return j < len(self.starts) and self.starts[j] < end
