"""Joint sources: two to four named speakers coordinated in one source ("IBM Corp. and Compaq Computer Corp. say").

Split from :mod:`._mentions`, which calls :func:`joint_source` from ``resolve_source``.
"""

from __future__ import annotations

import re
from typing import Any

from ._institutions import institution_name
from ._police import forces_named
from ._context import Context
from .types import Resolved

# lower-case words a name may hold ("University of Toronto", "Dow Jones & Co.")
_NAME_JOINERS = frozenset(("of", "for", "the", "and", "&", "de", "du", "la", "von", "van", "al", "bin"))
# "A and B", "A, B and C": the joints of a coordinated source (a comma only with an "and": not an apposition)
JOINT_RE = re.compile(r",\s+(?:and\s+)?|\s+and\s+")  # not "&", which joins the names of one firm ("Procter & Gamble")
# a place after a conjunct's name: "Sen. Edward Kennedy of Massachusetts"
_OF_PLACE_RE = re.compile(r"\s+of\s+[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*$")


def _known_conjunct(ctx: Context, part: str, at: int) -> Resolved | None:
    """Whom conjunct ``part`` (at offset ``at``) names, when the article knows it: a registered person, a name of two
    words or more, an organisation or country row, all its words capitalised, and ending the conjunct. A trial: no
    organisation it names is recorded for a later *it*."""
    res = ctx.reg.resolve(part, at, record=False)
    if res.speaker is None or {"pronoun", "surname_only"} & set(res.flags):
        return None
    if not (res.speaker in ctx.reg.people or len(res.speaker.split()) >= 2 or ctx.roles.country_named(res.speaker) is not None
            or any(r.kind == "org" for _, _, r in ctx.roles.find(res.speaker))):
        return None
    if not all(w[:1].isupper() or w[:1].isdigit() or w in _NAME_JOINERS for w in res.speaker.split()):
        return None  # not "Northern Ireland's biggest Protestant party"
    lasts = {re.sub(r"[’']s?$", "", w.split()[-1]) for w in (part.strip(" ,."), _OF_PLACE_RE.sub("", part.strip(" ,."))) if w}
    ends = bool(lasts & set(res.speaker.split())) or ctx.reg.companies.get(part.strip(" ,")) == res.speaker \
        or ctx.roles.country_named(part.strip(" ,")) is not None  # "Britain": the United Kingdom
    return res if ends else None  # not "The Persian Gulf showdown between Iraq"


def joint_source(ctx: Context, span: tuple[int, int]) -> Resolved | None:
    """Two to four named speakers coordinated in one source ("International Business Machines Corp. and Compaq Computer
    Corp. say", "Justices Sandra Day O'Connor and Anthony Kennedy said"): one joint speaker, the canonical names joined
    as written ("A and B", "A, B and C"), typed by the first, flag ``joint``. Each conjunct must name someone the
    article knows (:func:`_known_conjunct`), the mention must lie in one sentence and be no institution itself ("the
    Securities and Exchange Commission", "Procter & Gamble Co."). The joint name is recorded in ``ctx.joint``, so
    that :func:`~._parts.source_parts` gives it no role or affiliation (each conjunct has its own)."""
    text = ctx.layer.text
    mention = text[span[0]:span[1]]
    if " and " not in mention or institution_name(ctx.roles, mention) \
            or re.sub(r"^[Tt]he\s+", "", mention.strip(" ,")) in ctx.reg.companies \
            or ctx.layer.sentence_index(span[0]) != ctx.layer.sentence_index(max(span[1] - 1, span[0])):
        return None
    if (of := re.search(r"\bof\s+(?:the\s+)?((?:[A-Z][\w.’'-]*\s+)*[A-Z][\w.’'-]*\s+and\s+[A-Z].*)$", mention)) is not None \
            and (any(" and " in f for f in forces_named(of.group(1))) or institution_name(ctx.roles, of.group(1))):
        return None  # the "and" inside an organisation's name ("Chief Constable Andy Marsh of Avon and Somerset Police"
        # was the joint speaker "Andy Marsh and Somerset Police"; helper-117)
    cuts = [(m.start(), m.end()) for m in JOINT_RE.finditer(mention)]
    bounds = [0] + [e for _, e in cuts], [s for s, _ in cuts] + [len(mention)]
    parts = [(span[0] + s, span[0] + e) for s, e in zip(*bounds)]
    if not 2 <= len(parts) <= 4:
        return None
    known = [_known_conjunct(ctx, text[s:e], s) for s, e in parts]
    if None in known:
        return None
    names = list(dict.fromkeys(res.speaker for res in known if res is not None))
    if len(names) < 2:
        return None
    joint = ", ".join(names[:-1]) + " and " + names[-1]
    ctx.joint.add(joint)
    return Resolved(joint, known[0].speaker_type, ("joint",))


def joint_span(ctx: Context, ps: Any, src: int, span: tuple[int, int], verb: int) -> tuple[int, int] | None:
    """The span of a coordinated subject whose first name is token ``src`` (its mention ``span``) before the cue ``verb``,
    when its later members are proper nouns after an *and* and :func:`joint_source` takes it ("Shearson Lehman Hutton,
    Merrill Lynch and Goldman Sachs say"; not "StatesWest Airlines, Phoenix, Ariz., said"); of a list's first member
    only (the parse hangs the later ones on it; of a later one, on its head: fronted lists)."""
    conj = [c for c in ps.children(src if ps.tokens[src].dep != "conj" else ps.tokens[src].head)
            if ps.tokens[c].dep == "conj" and c > src]
    if not conj or not all(ps.tokens[c].pos == "PROPN" for c in conj) or max(conj) >= verb \
            or not any(ps.tokens[g].dep == "cc" for g in ps.children(max(conj))):
        return None
    joint = (span[0], max(ps.subtree_span(c)[1] for c in conj))
    return joint if joint_source(ctx, joint) is not None else None
