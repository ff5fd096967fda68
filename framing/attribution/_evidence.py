"""The words that type a speaker: the first-priority title or organisation row in a description (internal to
:mod:`framing.attribution`), with the corrections news style needs: a former office-holder, a post written after its
organisation's name ("Acme Corp. president"), one of a company's many vice presidents, a president of an organisation
that is no state. Used by :func:`~framing.attribution.profiles.unify_speakers`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from ._companies import has_suffix
from ._mentions import Context
from ._people import load_people
from ._plural import campaign
from ._subject_firm import written_as
from ._words import FORMER, STAFF_TITLES
from .roles import Role

__all__ = ["title_evidence", "FORMER_WORD_RE"]

# "former" (or "ex-") right before a title, or one word apart ("former Soviet leader"; not "the former Soviet
# republic's president")
_FORMER_RE = re.compile(rf"\b{FORMER}\s*(?:[\w’'.-]+\s+)?$")
FORMER_WORD_RE = re.compile(rf"\b{FORMER}")

# a capitalised name right before a title word ("Acme Corp. president")
_OWNER_RE = re.compile(r"((?:[A-Z][\w.&’'-]*|of|&)(?:\s+(?:[A-Z][\w.&’'-]*|of|&))*)\s+(?=[a-z])")
# a post a state has one of: after "a" ("a vice president") it is one of a company's or a group's many
_UNIQUE_POSTS = frozenset(("president", "vice president"))
# posts of governments and of other bodies alike, typed by the body named after "of"
_OF_POSTS = frozenset(("commissioner", "secretary", "general secretary", "executive secretary", "secretary-general",
                       "secretary general", "director general", "director-general"))
# the owner of a post before it, in the possessive ("Di Giorgio's executive vice president", "Unisys's president")
_OWNER_POSS_RE = re.compile(r"\b([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,4})[’']s?\s+(?:(?:senior|executive|first|deputy)\s+)*$")
# the owner of a post after "of" ("president of the Georgetown BID"), to a comma or the end
_OF_RE = re.compile(r"\s+of\s+((?:the\s+)?[^,;:()]+?)\s*(?:[,;:(]|$)")
# an owner that is a state whatever the rows say ("President of the Republic", "president of the country")
_STATE_RE = re.compile(r"\b(?:[Rr]epublic|[Ff]ederation|[Cc]onfederation|[Kk]ingdom|[Ee]mirates?|[Cc]ountry|[Nn]ation|[Ss]tate|Union|"
                       r"[Rr]egion|[Pp]rovince|[Tt]erritory|[Ii]slands?|Assembly|Parliament|Central Bank|Bundesbank|Chad|"
                       r"Georgia(?!\s+[A-Z]))\b")  # and the two country rows left out (first names)
# words of the names of government corporations, which end in "Corp." as companies do
_GOVERNMENT_CORP_RE = re.compile(r"\b(?:Federal|Guaranty|Deposit Insurance|Private Investment|Resolution Trust|Export-Import|"
                                 r"Public Broadcasting)\b")
_TYPED = ("government", "judiciary", "law_enforcement", "legal", "expert", "media", "social_media", "advocacy", "other")


def title_evidence(ctx: Context, text: str) -> tuple[float, str, str] | None:
    """(rank, speaker_type, matched words) of the first-priority title or organisation row in ``text``.

    A government title said of a company the article names with its legal suffix ("Unisys's
    president", "a spokesman for Ralston Purina Co.") is a company's: ``other``, with the company
    as the evidence. So is a government title after *former* ("Former prime minister Paul
    Keating"): the guidelines type people not in office ``other``.
    """
    # an indefinite apposition is a title, not the group row of an unnamed source ("Jane Doe, a spokeswoman for ...")
    probe = re.sub(r"^(?:[Aa]n?)\s", lambda m: " " * len(m.group()), text)
    found = [(r.rank, r.speaker_type, text[s:e], s, r.kind) for s, e, r in ctx.roles.find(probe)
             if r.kind in ("title", "org") and r.speaker_type in _TYPED]
    if not (found := found + campaign(ctx.roles, text, found)):
        return None
    rank, stype, words, at, kind = min(found)
    best = rank, stype, words
    if stype == "government" and kind == "title" and words.islower() and re.search(
            rf"\b{re.escape(words)},?\s+(?:of\s+|for\s+)?{_CORPORATE_AREA}", ctx.layer.text):
        return rank - 0.5, "other", words  # "Robert Vaux, vice president, finance": a company's post (FactBank wsj_0637;
        # lowercase, as AP writes a title after the name: not "Vice President Mike Pence")
    if stype == "advocacy" and kind == "org" and words[:1].isupper() and (has_suffix(run := _CAP_RUN_RE.match(text, at).group())
                                                                         or _CAP_NAME_RE.fullmatch(run := text) and has_suffix(text)):
        return rank + _AFTER_ALL_ROWS, "other", run  # "First Union Corp.", "Union Bancorp", "Franklin Savings Association":
        # a company, its name holding a union's or an association's word (helper-99); any description the article gives
        # comes first ("The Consumer Savings Association, an advocacy group, said": helper-100)
    lo = max(0, at - 40)
    if stype == "government" and (fm := _FORMER_RE.search(text, lo, at)) is not None:
        return rank, "other", text[fm.start():at] + words
    if kind == "title" and words.lower() in STAFF_TITLES and (boss := _politician_before(text, lo, at)) is not None:
        return rank - 0.5, "government", boss  # "Trump adviser Stephen Miller" (the row alone is other: "Goldman Sachs adviser")
    if stype == "government" and kind == "title" and words.islower() and (owner := _OWNER_RE.match(text)) is not None \
            and owner.end() == at:
        # a lowercase title after its owner's name ("Muslim Student Association president", "Acme Corp. president"):
        # AP style capitalises a formal title before a name ("President Paul Kagame") but not a post in an
        # organisation. An owner the rows type (not a country) or a company the article names types the title,
        # half a rank ahead of the bare title; an unknown owner leaves it ("Sinn Fein president": a party's)
        owner_rows = [r for _, _, r in ctx.roles.find(owner.group(1))]
        if (typed := _org_types(owner_rows)) and not any(r.kind == "country" for r in owner_rows):
            return rank - 0.5, typed[0][1], owner.group(1)
        if owner.group(1) in ctx.reg.companies:  # "Acme Corp." or its short name "Acme"; not "New York" for New York Times Co.
            return rank - 0.5, "other", owner.group(1)
    if stype == "government" and words.lower() in _UNIQUE_POSTS \
            and re.search(r"\b[Aa]n?\s+(?:[A-Z][\w&.’'-]*\s+|senior\s+|executive\s+)*$", text[max(0, at - 40):at]):
        # "a Fidelity vice president", "a senior vice president": one of a company's many, not a state's one. (Not
        # "president of X" for an X no row types: a second reading found most such X countries, "president of Kenya")
        return rank - 0.5, "other", words
    if stype == "government" and words.lower() in _UNIQUE_POSTS and (own := _OWNER_POSS_RE.search(text, max(0, at - 60), at)):
        rows = [r for _, _, r in ctx.roles.find(own.group(1))]  # "Di Giorgio's executive vice president"; not "Iraq's"
        if (own.group(1) in ctx.reg.companies or has_suffix(own.group(1)) or re.fullmatch(r"[A-Z]{2,5}", own.group(1)) or any(
                r.kind == "org" and r.speaker_type not in ("government", "none") for r in rows)) \
                and not any(r.kind == "country" or r.speaker_type == "government" for r in rows):  # or an acronym ("LIN's")
            return rank - 0.5, "other", text[own.start(1):at + len(words)]
    if stype == "government" and words.lower() in _UNIQUE_POSTS and (of := _OF_RE.match(text, at + len(words))) is not None:
        # "president of X": a state's only when X is a state or a government body ("president of Kenya", "of the
        # Republic", "of the European Commission"); an organisation's post otherwise, typed by its rows ("president
        # of the National Association of Securities Dealers": advocacy) or other ("of Acme Inc.", "of Oy Waertsilae").
        # The rows come before the state words: "of the American Civil Liberties Union" is advocacy by its row, whose
        # "Union" had made it a state's (thirty-third session); "European Union" and "Soviet Union" are rows too
        rows = [r for _, _, r in ctx.roles.find(of.group(1))]
        typed = _org_types(rows)
        if typed and not any(r.kind == "org" and r.pattern[:1].isupper() for r in rows) \
                and any(r.kind == "country" and r.pattern == r.canonical for r in rows):
            typed = []  # a state named with a kind's word and the country's name ("president of the Union of the Comoros":
            # no union; helper-117), not its adjective ("of the Nigerian Bar Association": advocacy)
        if typed and typed[0][1] != "government":
            return rank - 0.5, typed[0][1], text[at:of.end()]  # "of the Nigerian Bar Association": its own row first
        if not typed and not _STATE_RE.search(of.group(1)) and not any(r.kind == "country" for r in rows):
            return rank - 0.5, "other", text[at:of.end()]
    if stype == "government" and kind == "title" and words.lower() in _OF_POSTS and (of := _OF_RE.match(text, at + len(words))):
        # a post many bodies have, typed by the body its rows type ("commissioner of the NFL": other; "general secretary
        # of the National Education Union": advocacy; helper-116); a body no row types leaves the post's own row
        # ("commissioner of education", "secretary of Agriculture": government)
        typed = _org_types(r for _, _, r in ctx.roles.find(of.group(1)))
        named = ctx.roles.name_type(re.sub(r"^the\s+", "", of.group(1)))  # also a force ("of the Metropolitan Police")
        if typed and typed[0][1] != "government" or named not in ("other", "government"):
            return rank - 0.5, typed[0][1] if typed else named, text[at:of.end()]
    if stype == "government" and kind == "title" and words.lower() in _SPOKES and (name := _unknown_owner(ctx, text, at, words)):
        return rank - 0.5, "other", name  # "Google spokeswoman Jane Doe", "a spokeswoman for Oxfam": no government's
    if (stype == "government" or words.lower() == "officer") and not (kind == "org" and has_suffix(words)):  # the company next
        # to the title (an officer too: "a General Mills officer" had typed General Mills Inc. law_enforcement): "Unisys's
        # president", "president of Unisys Corp." (not a government body whose own name ends in "Corp.": the FDIC)
        for name in ctx.reg.companies:
            if _GOVERNMENT_CORP_RE.search(ctx.reg.companies[name]):
                continue  # a government corporation: "a spokeswoman for the Pension Benefit Guaranty Corp." (helper-82)
            for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text):
                between = text[m.end():at] if m.end() <= at else text[at + len(words):m.start()]
                if len(between.split()) <= 3 and not re.search(r"\b(?:who|that|which|investigat\w*)\b", between):
                    return rank - 0.5, "other", name  # ahead of the bare title elsewhere ("spokeswoman" as the role)
    return best


def _politician_before(text: str, lo: int, at: int) -> str | None:
    """The politician ``people.csv`` types government named right before a staff title at ``at`` ("Trump adviser",
    "Bush's most senior advisor"), not after *former*; else ``None`` (helper-120)."""
    if _FORMER_RE.search(text, lo, at) or (boss := _BOSS_BEFORE_RE.search(text, lo, at)) is None:
        return None
    words = boss.group(1).split()
    for k in range(1, len(words) + 1):  # the name nearest the title: "Senior Trump adviser", "President Obama adviser"
        if (known := load_people().lookup(" ".join(words[-k:]))) is not None:
            return " ".join(words[-k:]) if known[0] == "government" else None
    return None


def _org_types(rows: Iterable[Role]) -> list[tuple[int, str]]:
    """(rank, speaker type) of the organisation rows among ``rows`` that type a speaker, first-priority first."""
    return sorted((r.rank, r.speaker_type) for r in rows if r.kind == "org" and r.speaker_type in _TYPED)


_SPOKES = frozenset(("spokesman", "spokeswoman", "spokesperson"))
# capitalised words right before a staff title, possessive or not ("Trump adviser", "Obama's special assistant")
_BOSS_BEFORE_RE = re.compile(r"([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3})(?:[’']s)?\s+(?:(?:most|top|chief|senior|key|"
                             r"closest|economic|political|longtime|long-time|campaign|trade)\s+){0,2}$")
# a company's functional areas after a title ("vice president, finance", "vice president of marketing")
_CORPORATE_AREA = (r"(?:finance|financial\s+operations|marketing|sales|operations|manufacturing|investor\s+relations|corporate\s+"
                   r"(?:affairs|communications|development)|human\s+resources|research\s+and\s+development|treasury|planning)\b")
_AFTER_ALL_ROWS = 100_000  # a rank behind every row of roles.csv (its rows number under 2,000)
_CAP_RUN_RE = re.compile(r"(?:[A-Z][\w.&’'-]*\s+)*[A-Z][\w.&’'-]*")  # a run of capitalised words
_CAP_NAME_RE = re.compile(r"(?:the\s+)?[A-Z][\w.&’'-]*(?:\s+(?:&|and|of)?\s*[A-Z][\w.&’'-]*)*")  # one name, all of it capitalised
_NAME = r"[A-Z][a-z][\w&’'-]*(?:\s+[A-Z][a-z][\w&’'-]*){0,2}"
_OWNER_BEFORE_RE = re.compile(rf"({_NAME})(?<![’']s)\s+$")  # not a possessive: "Yeltsin's spokesman" is a person's
# armed services no row names (a row would make "U.S. Air Force fliers" the Air Force, FactBank AP900816-0139)
_SERVICES = frozenset(("Navy", "Air Force", "Marines", "Marine Corps", "Space Force", "National Guard"))
_OWNER_AFTER_RE = re.compile(rf"\s+(?:for|of|at)\s+(?:the\s+)?({_NAME})(?![\w-]|\s+[A-Z])")  # the whole name ("Guaranty Corp.")


def _unknown_owner(ctx: Context, text: str, at: int, words: str) -> str | None:
    """The organisation a spokesperson speaks for when ``roles.csv`` has no row for it, it is no country, person,
    acronym or armed service, and its words are capitalised names ("Google spokeswoman", "a spokeswoman for Oxfam"):
    a company or a campaign, no government. Government bodies are rows (Treasury, Home Office, Scotland Yard:
    twenty-first round on issue #13; before, every unknown organisation's spokesperson was typed government, after
    a second reading of the eighth session found most of them agencies named by acronyms: DHS, CDC)."""
    m = _OWNER_BEFORE_RE.search(text, max(0, at - 60), at) or _OWNER_AFTER_RE.match(text, at + len(words))
    if m is None:
        return None
    name = m.group(1)
    if not _shown_firm(ctx.layer.text, name):
        return None  # an agency, a party or a leader as often ("Secret Service spokesman", "Netanyahu spokesman": helper-86)
    if any(re.search(rf"\b{sv}\b", name) for sv in _SERVICES) or ctx.roles.find(name) or ctx.roles.country_named(name) or ctx.reg.resolve_name(name) is not None \
            or any(w in ctx.reg.people for w in (name, name.split()[-1])):
        return None
    return name


# what shows a name is a firm's or a campaign's wherever the article writes it: its shares and business, its founder, or
# an apposition that calls it one ("Apple shares", "Tesla's chief executive", "Oxfam, the British charity")
_FIRM_SIGNS = (r"shares|stock|stockholders|shareholders|investors|CEO|chief\s+executive|founder|co-founder|headquarters|"
               r"revenue|profits?|sales|earnings|market\s+value|valuation|factory|factories|stores?|customers|"
               r"products?|brand")  # not "employees", "users": an agency has them too ("Roskomnadzor employees", helper-87)
_KIND_NOUNS = (r"company|firm|corporation|maker|retailer|carrier|airline|giant|start-?up|chain|group|charity|nonprofit|"
               r"non-profit|NGO|organi[sz]ation|club|team|university|college|school|hospital|league")


@lru_cache(maxsize=256)
def _shown_firm(text: str, name: str) -> bool:
    """Whether the article writes ``name`` as a firm's or a campaign's (:data:`_FIRM_SIGNS`, an apposition of
    :data:`_KIND_NOUNS`, a legal suffix after it)."""
    return written_as(text, name, _FIRM_SIGNS, _KIND_NOUNS, suffix=True)
