"""The police force a bare "police said" stands for (internal to :mod:`framing.attribution`).

Wire copy credits a crime story's facts to "police" and names the force once, with the officer who speaks for it:
"..., the police said. ... said Detective Joseph Pentangelo, a Police Department spokesman" (FactBank
NYT19980212.0019), "Police confirmed Friday that ... Puerto Rico Police Superintendent Pedro Toledo urged ..."
(FactBank APW19980213.1380). The FactBank development sets' annotators credit such a "police" to the force named
(five records in two documents); the speaker stayed ``None``. :func:`named_force` gives a source that is only
"police" or "the police" the force's name when the article names exactly one force (a capitalised name ending in
*Police*, or *Police Department* / *Service* / *Force*, "of" a place after it; "Police Scotland"; spellings of one
force counted once) and that force is named with a law-enforcement source of the article (in the source, role or
affiliation: "a Police Department spokesman", "Greater Manchester Police said"). A force named only in passing
("Metropolitan Police officers ... scanned the crowd", FactBank APW19990122.0193, where "police believe" is a Buffalo
force) links nothing; nor does any bare "police" in an article that writes other police ("French police", "local
police", "police in Paris", "NYPD": helper-117's probes). Flag ``force_named``; the type stays ``law_enforcement``. An
unnamed spokesman of one force ("A Greater Manchester Police spokesman") speaks for it, flag ``organisation``.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ._context import Context
from ._words import LEAD_CAPS, STOP_CAPS
from .types import Attribution

__all__ = ["forces_named", "named_force"]

# a force's name: capitalised words before "Police" (a place: "Puerto Rico", "New York City", "Metropolitan", "Devon and
# Cornwall"), and "Department" / "Service" / "Force" after it; not a title that opens the run ("Former", "Deputy", "Chief")
_FORCE_RE = re.compile(r"(?<![\w.’'-])((?:[A-Z][\w.’'-]*\s+(?:and\s+(?=[A-Z]))?){0,4}?)Police"
                       r"(\s+(?:Department|Service|Force)(?:\s+of(?:\s+[A-Z][\w’'-]*)+)?)?\b")
_NOT_PLACE = frozenset("""former deputy assistant acting chief senior interim retired state federal national local city county
regional traffic military secret border transit riot auxiliary special capitol""".split()) | STOP_CAPS | LEAD_CAPS
# the force's spokesperson, unnamed ("A Greater Manchester Police spokesman"; not "Critics of the Chicago Police")
_SPOKESMAN_RE = re.compile(r"(?:[Aa]n?\s+|[Tt]he\s+|[Oo]ne\s+)?(.+?)\s+(?:spokes(?:man|woman|person)|press\s+officer)")
_BARE = frozenset({"police", "the police"})
# police the words call another force than a name ending in "Police": a nationality or a kind before the word ("French
# police", "local police", "Nassau County police"), a place after it ("police in Paris"), a force named otherwise
# ("NYPD", "RCMP"); an article with any of these links no bare "police" (helper-117's probes)
_OTHER_POLICE_RE = re.compile(r"\b(?:[A-Z][\w.’'-]*|local|state|federal|national|riot|traffic|military|secret|border|transit|city|"
                              r"county|regional|provincial|municipal|foreign|other|another)\s+police\b|police\s+(?:in|of|from)\s+"
                              r"[A-Z]|\b(?:NYPD|LAPD|RCMP|PSNI|Garda|Gardaí|Gendarmerie|Carabinieri)\b")


def forces_named(text: str, starts: list[int] | tuple[int, ...] = ()) -> set[str]:
    """The forces named in ``text``: "Puerto Rico Police", "Police Department"; not a bare "Police" opening a
    sentence or a phrase ("Police said", "A police spokesman"), nor words of the sentence before (``starts``: the
    sentences' first offsets; "a flight from the U.S. Police said"), nor words all in capitals ("NEWS IN BRIEF")."""
    out = {"Police Scotland"} if "Police Scotland" in text else set()  # (the force named with "Police" first)
    for m in _FORCE_RE.finditer(text):
        lo = max((st for st in starts if m.start() < st <= m.start(1) + len(m.group(1))), default=m.start())
        words = [w for w in text[lo:m.start(1) + len(m.group(1))].split() if not (w.isupper() and len(w) > 4)]
        while words and (words[0].lower() in _NOT_PLACE or words[0] == "and"):
            words.pop(0)
        name = " ".join(words + ["Police"]) + (m.group(2) or "").replace("\n", " ")
        if name != "Police" and text[m.end():m.end() + 9] != " Scotland":
            out.add(re.sub(r"\s+", " ", name))
    return out


def _one_force(forces: set[str]) -> str | None:
    """The one force ``forces`` name, spellings of one force counted once ("Metropolitan Police" and "Metropolitan
    Police Service"; "Police Department" and "Los Angeles Police Department"): the longest name, else ``None``."""
    keys = {re.sub(r"\s+(?:Department|Service|Force)\b.*$", "", f) for f in forces}
    keys = {k for k in keys if k != "Police"} or keys
    return max(forces, key=len) if len(keys) == 1 else None


def named_force(ctx: Context, found: list[Attribution]) -> list[Attribution]:
    """``found`` with an unnamed source that names one force ("A Greater Manchester Police spokesman") credited to it,
    as "A Los Angeles Police Department spokesman" is by its organisation row, and each bare *police* source credited
    to the one force the article names with a police source, when no other police are written."""
    text = ctx.layer.text
    if "Police" not in text:
        return found
    starts = ctx.layer.sentence_starts
    out = list(found)
    for i, a in enumerate(out):
        if a.source_span and (m := _SPOKESMAN_RE.fullmatch(text, *a.source_span)) and (own := _one_force(forces_named(m.group(1)))) \
                and (a.speaker is None or "surname_only" in a.flags and a.speaker in own.split()):  # ("Metropolitan" of
            # "A Metropolitan Police Service spokesman", the rest read as a row)
            out[i] = replace(a, speaker=own, speaker_type="law_enforcement",
                             flags=tuple(f for f in a.flags if f not in ("unnamed", "surname_only")) + ("organisation",))
    if (force := _one_force(forces_named(text, starts))) is None or _OTHER_POLICE_RE.search(text):
        return out
    if not any(a.speaker_type == "law_enforcement" and (a.speaker == force or (named := forces_named(" ; ".join(
            x for x in (text[slice(*a.source_span)] if a.source_span else "", a.role or "", a.affiliation or "") if x)))
            and _one_force(named | {force}) == force) for a in out):
        return out  # the force is named with a police source of the article (not "Metropolitan Police officers scanned")
    for i, a in enumerate(out):
        if a.speaker is None and a.source_span and text[slice(*a.source_span)].strip().lower() in _BARE:
            out[i] = replace(a, speaker=force, speaker_type="law_enforcement",
                             flags=tuple(f for f in a.flags if f != "unnamed") + ("force_named",))
    return out
