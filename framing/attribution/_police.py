"""The police force a bare "police said" stands for (internal to :mod:`framing.attribution`).

Wire copy credits a crime story's facts to "police" and names the force once, with the officer who speaks for it:
"..., the police said. ... said Detective Joseph Pentangelo, a Police Department spokesman" (FactBank
NYT19980212.0019), "Police confirmed Friday that ... Puerto Rico Police Superintendent Pedro Toledo urged ..."
(FactBank APW19980213.1380). The FactBank development sets' annotators credit such a "police" to the force named
(five records in two documents); the speaker stayed ``None``. :func:`named_force` gives a source that is only
"police" or "the police" the force's name when the article names exactly one force (a capitalised name ending in
*Police*, or *Police Department* / *Service* / *Force*, "of" a place after it) and that force is named with a
law-enforcement source of the article (in the source, role or affiliation: "a Police Department spokesman", "Greater
Manchester Police said"). A force named only in passing ("Metropolitan Police officers ... scanned
the crowd", FactBank APW19990122.0193, where "police believe" is a Buffalo force) links nothing; nor does "local
police" or "police in Caguas", whose words say which police. Flag ``force_named``; the type stays
``law_enforcement``.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ._mentions import Context
from ._words import LEAD_CAPS, STOP_CAPS
from .types import Attribution

__all__ = ["named_force"]

# a force's name: capitalised words before "Police" (a place: "Puerto Rico", "New York City", "Metropolitan"), and
# "Department" / "Service" / "Force" after it; not a title that opens the run ("Former", "Deputy", "Chief")
_FORCE_RE = re.compile(r"(?<![\w.’'-])((?:[A-Z][\w.’'-]*\s+){0,4}?)Police(\s+(?:Department|Service|Force)(?:\s+of(?:\s+[A-Z][\w’'-]*)+)?)?\b")
_NOT_PLACE = frozenset("""former deputy assistant acting chief senior interim retired state federal national local city county
regional traffic military secret border transit riot auxiliary special capitol""".split()) | STOP_CAPS | LEAD_CAPS
# the force's spokesperson, unnamed ("A Greater Manchester Police spokesman"; not "Critics of the Chicago Police")
_SPOKESMAN_RE = re.compile(r"(?:[Aa]n?\s+|[Tt]he\s+|[Oo]ne\s+)?(.+?)\s+(?:spokes(?:man|woman|person)|press\s+officer)")
_BARE = frozenset({"police", "the police"})


def _forces(text: str) -> set[str]:
    """The forces named in ``text``: "Puerto Rico Police", "Police Department"; not a bare "Police" opening a
    sentence or a phrase ("Police said", "A police spokesman")."""
    out = set()
    for m in _FORCE_RE.finditer(text):
        words = m.group(1).split()
        ends = [k for k, w in enumerate(words) if w.endswith(".") and "." not in w[:-1] and len(w) > 3]
        words = words[ends[-1] + 1:] if ends else words  # "... at noon Thursday. Police said": no "Thursday. Police"
        while words and words[0].lower() in _NOT_PLACE:
            words.pop(0)
        name = " ".join(words + ["Police"]) + (m.group(2) or "").replace("\n", " ")
        if name != "Police":
            out.add(re.sub(r"\s+", " ", name))
    return out


def named_force(ctx: Context, found: list[Attribution]) -> list[Attribution]:
    """``found`` with each bare *police* source credited to the one force the article names with a speaker, and an
    unnamed source that names the force ("A Greater Manchester Police spokesman") credited to it, as "A Los Angeles
    Police Department spokesman" is by its organisation row."""
    text = ctx.layer.text
    if "Police" not in text or len(forces := _forces(text)) != 1:
        return found
    force = next(iter(forces))
    out = list(found)
    for i, a in enumerate(out):
        if a.speaker is None and a.source_span and (m := _SPOKESMAN_RE.fullmatch(text, *a.source_span)) \
                and _forces(m.group(1)) == forces:
            out[i] = replace(a, speaker=force, speaker_type="law_enforcement",
                             flags=tuple(f for f in a.flags if f != "unnamed") + ("organisation",))
    if not any(a.speaker_type == "law_enforcement" and force in _forces(" ; ".join(
            x for x in (text[slice(*a.source_span)] if a.source_span else "", a.role or "", a.affiliation or "") if x))
            for a in out):
        return out
    for i, a in enumerate(out):
        if a.speaker is None and a.source_span and text[slice(*a.source_span)].strip().lower() in _BARE:
            out[i] = replace(a, speaker=force, speaker_type="law_enforcement",
                             flags=tuple(f for f in a.flags if f != "unnamed") + ("force_named",))
    return out
