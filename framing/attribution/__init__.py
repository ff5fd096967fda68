"""L2, source attribution: who is quoted or cited, with source, cue and content spans.

Modules: ``types`` (:class:`Attribution`), ``verbs`` (reporting verbs as data), ``roles`` (titles
and organisations as data), ``speakers`` (canonical speaker names and types), ``_mentions`` (the
source-finding internals shared by the rules), ``rules`` (direct, reported and *according to*
rules), ``find`` (:func:`attributions`, which runs the rules), ``score`` (:func:`score_attributions`).
The tables across articles are in :mod:`framing.tables`.
"""

from .find import attributions
from .roles import SPEAKER_TYPES, Role, RoleLexicon, load_roles
from .score import score_attributions
from .types import KINDS, STANCES, Attribution
from .verbs import VerbLexicon, load_reporting_verbs

__all__ = ["Attribution", "KINDS", "STANCES", "SPEAKER_TYPES", "VerbLexicon", "Role", "RoleLexicon", "attributions",
           "score_attributions", "load_reporting_verbs", "load_roles"]
