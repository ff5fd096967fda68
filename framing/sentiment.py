"""Sentence sentiment by voice (stub: filled in by issue #5)."""

from __future__ import annotations

from typing import Any

__all__ = ["sentence_sentiment", "score_sentiment"]


def sentence_sentiment(layer: Any, *, hedges: Any = (), attributions: Any = ()) -> list[Any]:
    return []


def score_sentiment(sentences: Any, layer: Any) -> dict[str, Any]:
    return {}
