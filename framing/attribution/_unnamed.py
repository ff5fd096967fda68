"""Resolving a source mention that holds no person's name (internal to :mod:`framing.attribution`).

Rules 4 and 5 of :mod:`.speakers` (see its docstring): a role links to the person holding it in the article
("the Pakistani president"), else to the subject of the sentence before of the same type, else stays unresolved
and typed by its title; a country named alone is its government; an organisation row names the organisation; a
group row is unnamed and lends its type. Split from ``SpeakerRegistry`` in the seventeenth session on issue #13
(the module had reached its size limit), unchanged.
"""

from __future__ import annotations

import re
from typing import Any

from ._common_nouns import is_common_noun
from ._words import CALENDAR, OUTLET_KIND_RE, RELATIVES, TITLED, UNNAMED_TITLES
from .roles import Role, RoleLexicon, country_leader, nobody, other_holder
from .types import Resolved

__all__ = ["described_person", "resolve_without_name", "company_officer"]

_FORCE_RE = re.compile(r"(?:[Tt]he\s+)?(?:[a-z]+\s+)?((?:[^\W\d_][\w.’'-]*\s+){1,3})police")  # "Serbian police", "northern Ireland police"


def resolve_without_name(reg: Any, mention: str, offset: int, found: list[tuple[int, int, Role]]) -> Resolved:
    """Rules 4 and 5 for a mention with no person's name: a role, a group or an organisation row.

    ``reg`` is the article's :class:`~.speakers.SpeakerRegistry` (typed ``Any``: that module calls this one).
    """
    words = mention.split()
    mention_roles = {r for _, _, r in found}
    orgs = [r for _, _, r in found if r.kind == "org" and RoleLexicon.org_name(r, mention) is not None]
    groups = [r for _, _, r in found if r.kind == "group"]
    named = [s2 for s2, _, r2 in found if r2.kind == "org" and r2.named]  # a title right before one is its adjective ("The official (news agency) Xinhua")
    adjectives = {r for s, e, r in found if r.kind == "title" and any(s2 >= e and not OUTLET_KIND_RE.sub("", mention[e:s2]).strip() for s2 in named)}
    titles, mention_roles = [r for _, _, r in found if r.kind == "title" and r not in adjectives], mention_roles - adjectives
    if not found and RELATIVES & set(re.findall(r"[a-z]+", mention)):  # "his mother", "Kopp's stepmother"
        return Resolved(None, "other", ("unnamed",))  # a private person, as the guidelines type one
    if groups and not titles and (force := _FORCE_RE.fullmatch(mention.strip(" ,"))) is not None and _place(reg, force, offset):
        # a police force named by its place, as "the New Zealand government" is (FactBank: "Serbian police",
        # "northern Ireland police"); not "Riot police", "State police", nor "police" alone, which stays unnamed
        return Resolved(force.group().removeprefix("the ").removeprefix("The "), groups[0].speaker_type, ("organisation",))
    if groups and not titles or (groups and words and words[0].lower() in ("a", "an")):
        return Resolved(None, groups[0].speaker_type, ("unnamed",))
    owner = re.match(r"(?:[A-Z][\w.]*\s+){0,2}[A-Z][\w.]*(?=[’']s\s)", mention)  # "Pakistan's president": as "the Pakistani"
    if titles and words and (words[0].lower() in ("the", "this", "that") or owner and reg.roles.country_named(owner.group())):
        for role in sorted(titles, key=lambda r: r.rank):
            who = reg.last_with_role(role, offset, {r.canonical for r in mention_roles if r.kind == "country"})
            if who:
                flags = ["role_linked"]
                return Resolved(who, reg.type_of(set(reg.people[who].roles), flags), tuple(flags))
        si = reg.layer.sentence_index(offset)  # rule 4b: the subject of the sentence before, of the same type
        prev = reg.subjects[si - 1] if si > 0 else None
        stype = reg.type_of(mention_roles, [])
        held = reg.people[prev].roles if prev is not None else set()
        leader = country_leader(mention_roles, held)  # "Iraq's Saddam Hussein ... The Iraqi leader": he, typed by it
        if prev is not None and stype != "other" and (leader or reg.type_of(set(held), []) == stype
                                                      and not other_holder(mention_roles, held)):  # not "The Russian foreign minister"
            flags = ["role_inferred"]
            return Resolved(prev, reg.type_of(set(held) | (mention_roles if leader else set()), flags), tuple(flags))
        flags = ["unresolved"]  # "the official" after "an Iraqi official", none named: typed as it ("unnamed"; after
        # "a law enforcement official": law_enforcement)
        before = [m.group() for r in titles if r.pattern.lower() in UNNAMED_TITLES for m in re.finditer(
            rf"\b(?:[Aa]n?|[Oo]ne)\s+(?:[\w-]+\s+){{0,3}}{r.pattern}", reg.text[:offset])]
        return Resolved(None, nobody(reg.roles.find(before[-1]), len(before[-1])).speaker_type if before
                        else reg.type_of(mention_roles, flags), tuple(flags))
    if (country := reg.roles.country_named(mention)) is not None:  # "South Korea said": its government
        return Resolved(country.canonical, "government", ("organisation", f"country={country.canonical}"))
    if orgs:
        org = min(orgs, key=lambda r: r.rank)
        flags = ["organisation"]
        name = RoleLexicon.org_name(org, mention) or None
        return Resolved(name, reg.type_of(mention_roles, flags), tuple(flags) if name else ("unresolved",))
    if titles:
        flags = ["unresolved"]
        return Resolved(None, reg.type_of(mention_roles, flags), tuple(flags))
    if groups or len(words) >= 2 and words[-1][:1].islower() and words[0][:1].isupper() and words[0].lower() not in ("the", "this"):
        return Resolved(None, groups[0].speaker_type if groups else "unnamed", ("unnamed",))  # "Union leaders"
    press = any(r.kind == "org" and r.speaker_type == "media" for r in mention_roles)  # "a newspaper report": the press
    return Resolved(None, "media" if press else "unnamed", ("unnamed",) if press and re.match(r"(?i)an?\s", mention) else ("unresolved",))


def names_org(mention: str, e: int, r: Role, roles: Any = None) -> bool:
    """Whether the row ``r`` found ending at ``mention[e]`` in an indefinite mention names the organisation that speaks ("A
    Pentagon spokeswoman", "A Foreign Ministry official"): an organisation row not of the press; not a row whose name
    is a lowercase common word ("a senior administration official": nobody; "A court spokesman" keeps the court's
    type, helper-86), nor a generic row followed by a capitalised word ("A former Navy SEAL", "an Army Ranger": a
    member, no speaking organisation)."""
    if r.kind != "org" or not (r.named or r.speaker_type != "media"):
        return False
    if r.named and r.canonical.islower():
        return False
    if not r.named and r.pattern.lower() in _DOCUMENT_ROWS and roles is not None and all(
            roles.is_country_word(w) for w in mention[:e].split()[1:] if w[:1].isupper()):
        return False  # a document a country word describes names no body ("A Swedish study found" was the speaker
        # "Swedish study"; helper-128's reading of PUD); "a 2003 Pew Global Attitudes study" still names Pew's
    return not (not r.named and re.match(r"\s+[A-Z]", mention[e:]))


_DOCUMENT_ROWS = frozenset("study studies report survey analysis poll research paper".split())


def counsel_for(reg: Any, client: str) -> bool:
    """Whether "Lawyers for <client>" are a person's or a body's lawyers, no campaign named so: a client in lower case
    ("the family"), with an honorific or title ("Mr. Trump", "Prince Harry", "Sen. Bob Menendez"), or one to three
    capitalised words none of which is a common noun ("Derek Chauvin", "Google"); not "Lawyers for Climate Action",
    "Lawyers for Good Government" (helper-85 and helper-86's readings)."""
    client = client.strip(" ,")
    words = client.split()
    if re.match(rf"[a-z]|{TITLED}", client) or words and reg.roles.is_title_word(words[0]):
        return True
    return 1 <= len(words) <= 3 and all(w[:1].isupper() and not is_common_noun(re.sub(r"[’']s?$", "", w.lower())) for w in words)


def circle(found: list[tuple[int, int, Role]], pm: re.Match[str]) -> Resolved:
    """Nobody named for a match of ``_words.PLURAL_OF_RE`` ("Critics of X", "A key ally of X", "The widow of X"): a
    relative is a private person, typed ``other`` as the guidelines type "Kopp's stepmother"; else :func:`nobody`."""
    if pm.group(1).lower().split()[-1] in RELATIVES:
        return Resolved(None, "other", ("unnamed",))
    return nobody(found, pm.end(1))


_OFFICER_RE = re.compile(r"(?:[Aa]n?|[Oo]ne)\s+(?:(?:senior|top|former)\s+)?([A-Z][\w&.’'-]*(?:\s+[A-Z][\w&.’'-]*)*|company|firm)\s+officers?")


def described_person(reg: Any, words: list[str]) -> str | None:
    """The mention ``words`` without its indefinite article when the article is followed by a lower-case adjective and
    the mention ends in a registered person's name: "said a buoyant Gen. Norman Schwarzkopf", "a tired Secretary of
    State James Baker" (an indefinite mention otherwise names nobody: rule 5b; helper-125's reading of FactBank). Not
    through a preposition ("an aide to U.S. Trade Representative Carla Hills", "an affiliate of Unicorp Canada")."""
    if len(words) < 4 or words[0].lower() not in ("a", "an") or not words[1].isalpha() or not words[1].islower() \
            or words[2] in _LINKING or reg.resolve_name(" ".join(words[-2:])) not in reg.people:
        return None
    return " ".join(words[1:])


_LINKING = frozenset("to of for at in with from by on".split())


def company_officer(reg: Any, mention: str) -> Resolved | None:
    """Nobody named, ``unnamed``, for a company's officer ("A Kellogg officer, who asked not to be named, said", after
    "Kellogg Co.": FactBank wsj_0610, typed law_enforcement by the *officer* row; "a company officer"), as for a
    company's official or spokesperson (:func:`~.roles.nobody`); else ``None``."""
    m = _OFFICER_RE.fullmatch(mention.strip(" ,"))  # the whole mention (not "A Kellogg officer's lawyer": helper-107)
    if m is None or not (m.group(1) in ("company", "firm") or m.group(1) in reg.companies):
        return None
    return Resolved(None, "unnamed", ("unnamed",))


def _place(reg: Any, force: re.Match[str], offset: int) -> bool:
    """Whether the capitalised words before "police" (:data:`_FORCE_RE`) name a place: no common noun, day or month ("On
    Tuesday police said"), and, opening the sentence, a country or its adjective ("Serbian police"; not "Regional
    police", "Uniformed police", "Riot police", capitalised only there; helper-112's review)."""
    words = force.group(1).split()
    if any(not w[:1].isupper() or is_common_noun(w.lower()) or w in CALENDAR for w in words):
        return False
    k = reg.layer.sentence_index(offset)
    first = offset + force.start(1)
    opens = k >= 0 and not reg.text[reg.layer.sentence_starts[k]:first].strip(" \"“‘'(")
    return not opens or reg.roles.is_country_word(words[0]) or reg.roles.country_named(" ".join(words)) is not None
