"""The state one article's attribution passes share: its text layer, the lexicons and the speaker registry."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..text.layer import TextLayer
from .speakers import RoleLexicon, SpeakerRegistry
from .verbs import VerbLexicon


@dataclass
class Context:
    layer: TextLayer
    verbs: VerbLexicon
    roles: RoleLexicon
    reg: SpeakerRegistry
    joint: set[str] = field(default_factory=set)  # the joint speakers made so far ("A and B"): no role, no affiliation
