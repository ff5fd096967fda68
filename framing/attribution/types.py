"""The result type of source attribution and its vocabularies (kinds, verb stances).

Split from :mod:`framing.attribution` so the rule modules can build results
without importing the detector; everything here is re-exported there.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

__all__ = ["Attribution", "Resolved", "STANCES", "KINDS", "CUE_CLASSES"]

STANCES = ("neutral", "distancing", "endorsing", "conceding", "emotive", "directive")
KINDS = ("direct", "indirect", "according_to", "mixed")
#: What a cue reports (PARC 3.0): a statement, a belief, an intention, a request, an evaluation,
#: a refusal to speak, or a nominal cue ("according to", "in a statement", "the report found").
CUE_CLASSES = ("statement", "belief", "intention", "request", "evaluation", "refusal", "nominal")


@dataclass(frozen=True, slots=True)
class Attribution:
    """One attributed statement. Offsets are into the original article text.

    Examples
    --------
    >>> from framing import attributions
    >>> a = attributions("“We will appeal,” said Mayor Ann Lee.")[0]
    >>> a.to_dict()["speaker"], a.to_dict()["cue"], a.verb_stance
    ('Ann Lee', 'said', 'neutral')
    """

    kind: str
    speaker: str | None
    speaker_type: str
    source_span: tuple[int, int] | None
    cue: str | None
    cue_span: tuple[int, int] | None
    content_span: tuple[int, int]
    verb_stance: str | None
    flags: tuple[str, ...] = ()
    cue_class: str | None = None
    role: str | None = None
    affiliation: str | None = None
    speaker_evidence: str | None = None
    #: for a pronoun source (*he*, *she*, *it*, *they*) or a bare quantifier ("Some"): the earlier mention it
    #: was resolved to, a name or an unnamed group ("the terrorists ... They think"); ``None`` if unresolved
    antecedent_span: tuple[int, int] | None = None

    def to_dict(self) -> dict[str, Any]:
        """The JSON object written under ``"attributions"``."""
        return {"kind": self.kind, "speaker": self.speaker, "speaker_type": self.speaker_type,
                "source_span": list(self.source_span) if self.source_span else None, "cue": self.cue,
                "cue_span": list(self.cue_span) if self.cue_span else None,
                "content_span": list(self.content_span), "verb_stance": self.verb_stance, "flags": list(self.flags),
                "cue_class": self.cue_class, "role": self.role, "affiliation": self.affiliation,
                "speaker_evidence": self.speaker_evidence,
                "antecedent_span": list(self.antecedent_span) if self.antecedent_span else None}


@dataclass(frozen=True, slots=True)
class Resolved:
    """The result of resolving one source mention."""

    speaker: str | None
    speaker_type: str
    flags: tuple[str, ...] = ()
