"""Institutions of one article by name (internal to :mod:`framing.attribution`).

`institution_name`: the name of an institution ending a mention ("the Ministry of Health", "World Bank"); `named_before`:
the institution "the agency", "the ministry" stands for (the latest one named with that head noun). Split from
:mod:`._companies` (size limit) in the thirty-first session.
"""

from __future__ import annotations

import re
from typing import Any

from ._names import RUN_RE, TOKEN_RE, name_sequences, person_of
from ._words import CAMPAIGN_RE, CONNECT, INSTITUTIONS
from .roles import RoleLexicon

__all__ = ["THE_HEAD_RE", "institution_name", "named_before", "org_by_kind"]


def institution_name(roles: RoleLexicon, mention: str) -> str | None:
    """The name of an institution ending the mention ("the Ministry of Health", "World Bank"), or of a campaign
    group that is the whole mention ("Physicians for Human Rights", `_words.CAMPAIGN_RE`)."""
    if (name := _institution_name(roles, mention)) is not None:
        return name
    bare = re.sub(r"^(?:[Tt]he|[Aa]n?)\s+", "", mention.strip(" ,"))
    if len(rows := roles.find(bare)) == 1 and rows[0][:2] == (0, len(bare)) and (row := rows[0][2]).kind == "org" \
            and row.canonical and row.pattern[:1].isupper() and " " in row.pattern:
        return bare  # an organisation's row is the whole mention, named as written: "Médecins Sans Frontières" (its
        # row's canonical is Doctors Without Borders), "Transparency International" (helper-116's probes)
    return None


def _institution_name(roles: RoleLexicon, mention: str) -> str | None:
    if (camp := CAMPAIGN_RE.fullmatch(re.sub(r"^(?:[Tt]he|[Aa]n?)\s+", "", mention.strip(" ,")))) is not None:
        return camp.group()
    runs = list(RUN_RE.finditer(mention))
    if not runs or runs[-1].end() != len(mention.rstrip(" ,")):
        return None
    if any(len(n.split()) >= 2 for r in runs[:-1] for n in name_sequences(roles, r.group())) or person_of(roles, runs[-1].group()):
        return None  # "Professor Ingrid Nilsen of the University of Bergen", "Matthew Ingram of The New York Times"
    toks = TOKEN_RE.findall(runs[-1].group())
    while toks and toks[0].lower() in ("the", "a", "an"):
        toks = toks[1:]
    heads = [i for i, t in enumerate(toks) if t in INSTITUTIONS]
    after = toks[heads[-1] + 1:] if heads else []
    # a title after the last head word: a person follows ("Refugee Council chief executive ..."; not "News Agency")
    if not heads or len(toks) < 2 or any(t.lower() not in CONNECT and t.lower().strip("().,") in roles.person_title_words
                                         for t in after) \
            or len(after) >= 2 and all(t[:1].isupper() for t in after):  # "Refugee Council Enver Solomon": a person
        return None
    if len(toks) > 2 and re.fullmatch(r"\([A-Z]{2,6}\)", toks[-1]):
        toks = toks[:-1]  # "Korean Central News Agency (KCNA)": the acronym in brackets is no part of the name
    return " ".join(toks)


# "the agency", "the ministry": the head noun of an organisation named before (its name holds the word capitalised).
# Not "court", "group", "union", "council", "office": an article names several of each ("the Supreme Court ... a ruling by
# the 9th Circuit ... The court said"; Hamas after "Eurasia Group"; a trade union after the European Union; "Oval Office")
THE_HEAD_RE = re.compile(r"the\s+(agency|ministry|department|bureau|commission|authority|party|association|foundation|"
                         r"institute|organi[sz]ation|committee|board|service)")


def named_before(text: str, roles: RoleLexicon, noun: str, offset: int) -> tuple[str, str] | None:
    """(name, type) of the latest organisation named in ``text`` before ``offset`` with ``noun`` capitalised as
    its head ("the Iraqi News Agency", "the Department of Homeland Security" for "the agency", "the department")."""
    head = noun.capitalize()
    word = r"(?:(?:[A-Z]\.){2,}|[A-Z][\w&’'-]*|\d+(?:st|nd|rd|th))"  # "U.S.", "9th"
    pat = rf"(?:{word}\s+){{0,4}}{head}(?:\s+(?:of|for)(?:\s+the)?(?:\s+[A-Z][\w&’'-]*){{1,4}})?\b"
    names = [re.sub(r"^(?:The|A|An)\s+", "", m.group()) for m in re.finditer(pat, text[:offset])]
    names = [n for n in names if n != head]  # "Agency officials said": no name
    if not names:
        return None
    return names[-1], roles.name_type(names[-1])


# "the group", "the charity", "the rights group", "The London-based charity", "the agency": an organisation by its kind,
# with up to three modifiers, and the speaker types an organisation of that kind may have
_KIND_RE = re.compile(r"[Tt]he\s+((?:(?:[a-z][\w-]*|[\w.]+-based)\s+){0,3}?)(?i:(group|charity|union|organi[sz]ation|agency|"
                      r"body|watchdog|nonprofit|non-profit|ngo|coalition|alliance|foundation|association|federation|network|"
                      r"institute|think\s+tank))")  # (modifiers in lower case: "The official Iraqi News Agency" is a name)
_CAMPAIGNS = frozenset(("advocacy",))
_KINDS = {"group": frozenset(("advocacy", "other", "expert")), "organization": frozenset(("advocacy", "other", "expert", "government")),
          "organisation": frozenset(("advocacy", "other", "expert", "government")), "body": frozenset(("advocacy", "government")),
          "agency": frozenset(("government", "media")), "institute": frozenset(("expert",)), "think tank": frozenset(("expert",)),
          "network": frozenset(("advocacy", "media"))}


def org_by_kind(reg: Any, mention: str, offset: int) -> tuple[str, str] | None:
    """(name, type) of the organisation "the group", "the charity", "the union" at ``offset`` stands for: the one
    organisation that spoke in this sentence or the two before, when its type fits the kind ("Oxfam said ... The
    charity said": Oxfam; "UNICEF said ... The agency said": UNICEF), else ``None`` (two spoke, or
    none, or "Pfizer said ... The charity said"). Helper-116's probes, thirty-third session: all were unresolved."""
    if (head := THE_HEAD_RE.fullmatch(mention.lower())) and (org := named_before(reg.text, reg.roles, head.group(1), offset)):
        return org  # first the latest organisation whose name holds the head ("the Iraqi News Agency ... the agency")
    m = _KIND_RE.fullmatch(mention.strip(" ,"))
    if m is None:
        return None
    si = reg.layer.sentence_index(offset)
    lo = reg.layer.sentence_starts[max(si - 2, 0)] if si >= 0 else 0
    spoke = {(name, stype) for at, name, stype in reg._orgs if lo <= at < offset}
    if any(not name[:1].isupper() for name, _ in spoke):
        return None  # a body named by a common noun ("the government reported ... the agency said"): no name to give
    if len(spoke) != 1:
        return None
    name, stype = next(iter(spoke))
    kind = " ".join(m.group(2).lower().split())
    return (name, stype) if stype in _KINDS.get(kind, _CAMPAIGNS) else None
