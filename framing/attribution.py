"""Source attribution (stub: filled in by issue #4)."""

from __future__ import annotations

from typing import Any

__all__ = ["attributions", "score_attributions"]


def attributions(text_or_layer: Any, *, verbs: Any = None, roles: Any = None) -> list[Any]:
    return []


def score_attributions(found: Any, layer: Any) -> dict[str, Any]:
    return {}
