"""Hedging and stance markers (stub: filled in by issue #3)."""

from __future__ import annotations

from typing import Any

__all__ = ["hedges", "score_hedges"]


def hedges(text_or_layer: Any, *, lexicon: Any = None, attributions: Any = None) -> list[Any]:
    return []


def score_hedges(found: Any, layer: Any) -> dict[str, Any]:
    return {}
