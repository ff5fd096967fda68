"""Company names of one article (internal to :mod:`framing.attribution`; institutions by name are in :mod:`._institutions`).

Newswire names a company in full once, with its legal suffix ("Unisys Corp.", "Ralston Purina
Co."), and then by its short name ("Unisys said ..."; "Jim Unruh, Unisys's president"). Both
forms are one speaker, and a person who speaks for a company is not a government official
whatever the title ("president", "chairman", "spokesman"): the annotation guidelines type
companies and their people ``other``.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from typing import Any

from ._common_nouns import is_common_noun, load_common_nouns
from ._names import RUN_RE
from ._wire_caps import uncapped
from ._words import COMPANY_HEADS, INSTITUTIONS, LEAD_CAPS, STOP_CAPS, THRIFT_SUFFIX
from .roles import RoleLexicon

__all__ = ["GENERIC_FIRST", "companies", "company_mentions", "has_suffix", "last_outlet", "other_actor", "sole_firm",
           "the_company"]

# legal suffixes that end a company's name, after a space (not "Group": "Refugee Action Group" is no company;
# not "S.A." of "U.S.A.")
_SUFFIX = r"(?:Corp|Corporation|Inc|Co|Cos|Ltd|Company|plc|PLC|Plc|LLC|LLP|L\.P|Limited\s+Partnership|AG|GmbH|SA|S\.A|NV|N\.V|SpA|S\.p\.A|" + "|".join(COMPANY_HEADS) + "|" + THRIFT_SUFFIX + ")"
_SUFFIX_RE = re.compile(rf"(?<=\s){_SUFFIX}(?![\w-])\.?(?:,?\s+{_SUFFIX}(?![\w-])\.?)*(?:[’']s\b)?")  # not "Co-founder"
_WORD_RE = re.compile(r"\S+")
# a word after the legal suffix that is still the name's ("Service Corp. International"), before a lower-case word or none
_AFTER_SUFFIX_RE = re.compile(r"(?<![’']s)\s+(International|Worldwide)(?=\s+(?!and\b|or\b)([a-z]+))")  # not across a sentence
# ("Intel Corp. Worldwide, demand rose"), nor before "and" ("Marriott Corp. International and domestic hotels"); a suffix
# ending in "s" is one ("Acme Holdings International"), a possessive is not (helper-112's review)
_HEAD_END_RE = re.compile(rf"(?:{'|'.join(COMPANY_HEADS)})(?:[’']s)?\.?$")  # a suffix match that ends in a company head word
_HEAD_START_RE = re.compile(rf"(?:(?:{'|'.join(COMPANY_HEADS)}),?\s+)+(?=\S)")  # head words before a legal suffix
_LINKS = ("&", "of")  # not "and": "The Interior Department and Shell Oil Co." are two
# capitalised words that open a sentence or a phrase before a company's name, not part of it
# ("Shares of Apple Inc. rose", "When Apple Inc. reported")
_NOT_NAME = STOP_CAPS | LEAD_CAPS | frozenset({"shares", "stock", "units", "unit", "subsidiary", "rival", "parent"})
# first words of many companies' names, no short name of one ("General Motors Corp.", "First Boston Corp.")
GENERIC_FIRST = frozenset("""new first general united national international royal standard american british southern
northern western eastern central pacific atlantic continental federal global great old""".split())
# places that stand for their governments or teams ("Washington said", "Texas said"): no company's short name, unless the
# article never writes the place as a place ("Phoenix Technologies Ltd. ... Phoenix declined to comment")
_PLACES = frozenset("""washington moscow beijing london paris tokyo berlin brussels kyiv kiev tehran jerusalem seoul ottawa
canberra delhi texas california florida georgia ohio virginia carolina boston chicago singapore hong dallas houston
detroit atlanta denver phoenix seattle""".split())


def has_suffix(name: str) -> bool:
    """Whether a capitalised name holds a company's legal suffix ("Service Corp. International", "Sony Corp.")."""
    return _SUFFIX_RE.search(name) is not None


def companies(text: str, roles: RoleLexicon | None = None) -> dict[str, str]:
    """Each company named with a legal suffix in ``text``: its short name and its full name -> the full name.

    A company head word (``_words.COMPANY_HEADS``: "StatesWest Airlines", "Pathway Communications") counts as a
    suffix; its full name is the longer name with a legal suffix when the text has one ("Esselte Business Systems"
    -> "Esselte Business Systems Inc."), and it gives no short name that is a country ("Kenya Airways") or a person
    the article calls "Mr." ("Jim Pattison Industries").

    The name is the capitalised words before the suffix (at most five, "&", "of" and "and" inside
    it), without a leading "The" and a possessive.

    Examples
    --------
    >>> companies("Unisys Corp. posted a loss. Unisys said sales fell.")
    {'Unisys': 'Unisys Corp.', 'Unisys Corp.': 'Unisys Corp.'}
    """
    out: dict[str, str] = {}
    text, caps = uncapped(text)  # "ONEIDA Ltd." opening a story is "Oneida Ltd.", under both spellings (_wire_caps)
    no_short: dict[tuple[str, ...], bool] = {}  # a head-word name's short name refused, decided once per name
    longer: dict[str, str] = {}  # a name with its suffix -> the name with a word after the suffix the text gives it
    # names with a legal suffix first, so that "Esselte Business Systems" is short for "Esselte Business Systems Inc."
    for m in sorted(_SUFFIX_RE.finditer(text), key=lambda m: _HEAD_END_RE.search(m.group()) is not None):
        head = _HEAD_START_RE.match(m.group())  # "Jim Pattison Industries Ltd.": "Industries" is of the name
        start = m.start() + head.end() if head else m.start()
        before = list(_WORD_RE.finditer(text, max(0, start - 80), start))
        body: list[re.Match[str]] = []
        for w in reversed(before):
            word = w.group()
            if len(body) >= 5 or word[-1:] in ".,;:!?\"”’'" and not re.fullmatch(r"(?:[A-Z]\.)+", word):
                break
            if word[:1].isupper() or word in _LINKS and (body or word == "&"):  # "Dow Jones & Co."
                body.insert(0, w)
            else:
                break
        while body and (body[0].group() in _LINKS or body[0].group().lower() in _NOT_NAME or body[0].group().endswith("-based")):
            body.pop(0)
        words = [w.group() for w in body]
        while words and words[-1] in _LINKS:
            words.pop()
        if not words:
            continue
        short = " ".join(words)
        full = re.sub(r"[’']s$", "", " ".join(text[body[0].start():m.end()].split()))
        if _HEAD_END_RE.search(full) or re.search(r"\b(?:AG|SA|PLC|Plc|plc|GmbH|LLC|LLP|NV|SpA|Company|Corporation)\.$", full):
            full = full.rstrip(".")  # "Mesa Airlines.", "Robert Bosch GmbH." end their sentences
        if not full.endswith(".") and re.search(r"\b(?:Corp|Inc|Co|Ltd)$", full):
            full += "."
        if (after := _AFTER_SUFFIX_RE.match(text, m.end())) is not None and not is_common_noun(after.group(2) or ""):
            longer[full] = f"{full} {after.group(1)}"  # "Service Corp. International said"; not "Unisys Corp. International sales"
        if _HEAD_END_RE.search(full):
            if not _named_by_head(text, m, words):
                continue
            # "Esselte Business Systems": "Esselte Business Systems Inc." when the text has it
            out.setdefault(full, next((f for f in out.values() if f.startswith(full + " ")), full))
            full = out[full]
            if (key := tuple(words)) not in no_short:
                no_short[key] = _no_short_name(text, words, roles)
            if no_short[key]:
                continue  # "Jim Pattison Industries", whom the article calls "Mr. Pattison"; "Kenya Airways": no short name
        out.setdefault(short, full)
        out.setdefault(full, full)
        # a source span ends before the 's of "Weisfield's Inc." ("Weisfield's said"), unless a person has that surname
        if re.search(r"\w[’']s$", short) and not _someone_called(text, short[:-2]):  # ("Bob McDonald" and McDonald's Corp.)
            out.setdefault(short[:-2], full)
        # newswire shortens a long name to its first word or the words before "&" ("Magna International Inc." ->
        # "Magna", "Dow Jones & Co." -> "Dow Jones", "Lipper Analytical Services Inc." -> "Lipper"), and a hyphenated
        # founders' name to the first ("Hewlett-Packard Co." -> "Hewlett": "Hewlett announced ... he said" had a person),
        # unless the article writes that name before another capitalised name or a noun ("Bristol City Council", "Time
        # magazine", "Harley Davis")
        hyphen = words[0].split("-")[0] if re.fullmatch(r"[A-Z][a-z]+-[A-Z][a-z]+", words[0]) else ""  # "Hewlett-Packard"
        if hyphen and re.search(rf"\b{hyphen}\s+(?:[A-Z]|magazine|newspaper|city|county|council)", text):
            hyphen = ""
        for head in {words[0], hyphen, " ".join(words[:words.index("&")]) if "&" in words else ""} - {"", short}:
            if len(head) >= 3 and head.lower() not in _NOT_NAME | GENERIC_FIRST \
                    and (head.lower() not in _PLACES or not re.search(rf"\b(?:in|at|from|near|of|to)\s+{head}\b(?!\s+[A-Z]|[’']s?\b)|\b{head},\s+[A-Z]|\b(?:state|city)\s+of\s+{head}\b", text)) \
                    and not (roles is not None and (roles.is_country_word(head) or roles.country_named(head))) \
                    and not _someone_called(text, head):
                # not a country or a place ("Israel Chemicals Ltd." is no "Israel"), nor a surname the article
                # gives someone ("Robert F. Kennedy Jr." and "Kennedy Wilson Holdings Inc.")
                out.setdefault(head, full)
        for other in (o for o in _cut_forms(text, words) if not (o.isupper() and roles is not None and roles.find(o))):
            out.setdefault(other, full)  # (not initials that are an organisation of the lexicon's: "CIA", "ANC")
    # a market report names a company without its suffix as the subject of its shares' move ("Kirschner Medical fell 4
    # to 15. The company said ..."; "Intel eased 1/8 to 31 7/8. The semiconductor concern said ...")
    for m in _MOVED_RE.finditer(text):
        name = m.group(1)
        if name in out or name.split()[0].lower() in _NOT_NAME | GENERIC_FIRST | _PLACES or name.lower() in load_common_nouns() \
                or name.lower().rstrip("s") in load_common_nouns() \
                or re.search(rf"\b[A-Z][\w’'-]*\s+{re.escape(name)}\b", text) \
                or roles is not None and (roles.is_country_word(name.split()[0]) or roles.find(name)):
            continue
        out[name] = name
        if len(words := name.split()) > 1 and len(words[0]) >= 3 and not _someone_called(text, words[0]):
            out.setdefault(words[0], name)  # "Kirschner earned $376,000"
    out = {k: longer.get(v, v) for k, v in out.items()} | {f: f for f in longer.values()}
    return out | {c: out[t] for c, t in caps.items() if t in out}


# an institution's head word before a name's capitalised words ("the Agency for Health Care Systems", "Ministry of
# Communications and Information Technologies")
_INSTITUTION_BEFORE_RE = re.compile(rf"\b(?:{'|'.join(sorted(INSTITUTIONS))})\s+(?:(?:of|for|and|&|the)\s+|[A-Z][\w.&’'-]*\s+)*$")


def _named_by_head(text: str, m: re.Match[str], words: list[str]) -> bool:
    """Whether a name ``words`` + company head word (match ``m``) is a company's: the head word ends the name (not
    "Federal Communications Commission", "Securities and Exchange Commission", "White House Communications Director")
    and no institution word is in it ("Ministry of Heavy Industries", "Agency for Health Care Systems")."""
    if any(w in INSTITUTIONS for w in words) or _INSTITUTION_BEFORE_RE.search(text, max(0, m.start() - 80), m.start()):
        return False
    return m.group().endswith(".") or _CAPITAL_NEXT_RE.match(text, m.end()) is None


_CAPITAL_NEXT_RE = re.compile(r"\s+(?:(?:and|&)\s+)?[A-Z]")


def _no_short_name(text: str, words: list[str], roles: RoleLexicon | None) -> bool:
    """Whether the name ``words`` of a company named by a head word gives no short name: a person the article calls so
    (:func:`_person_called`), a country ("Kenya Airways"), or one word that opens many names or is a place or a
    first name ("General Motors", "United Airlines": not "General Electric" or "United Nations" as its mentions;
    helper-84's reading, twenty-second session)."""
    short = " ".join(words)
    if _person_called(text, words) or roles is not None and roles.country_named(short):
        return True
    first = words[0].lower()
    return len(words) == 1 and (first in _NOT_NAME | GENERIC_FIRST or first in _PLACES or _someone_called(text, words[0])
                                or roles is not None and roles.is_country_word(words[0]))


def _person_called(text: str, words: list[str]) -> bool:
    """Whether the article calls someone by the short name ``words`` of a company named by a head word: "Mr. Tata"
    (Tata Motors), "Jim Smith" (Smith Industries), "Mr. Pattison" (Jim Pattison Industries)."""
    last = re.escape(words[-1])
    return re.search(rf"\b(?:Mr|Mrs|Ms|Dr)\.?\s+(?:{re.escape(words[0])}|{last})\b", text) is not None or any(
        m.group(1).lower() not in _NOT_NAME for m in re.finditer(
            rf"\b([A-Z][a-z]+)\s+{re.escape(' '.join(words))}\b(?!\s+(?:{'|'.join(COMPANY_HEADS)}))", text))


def _cut_forms(text: str, words: list[str]) -> list[str]:
    """Short forms of a company name (its capitalised ``words``) the article writes alone: its initials ("International
    Business Machines Corp." -> "IBM"; not after "the": "the NRA" is no "New Retail Associates Inc.") and, for a name
    with "of" or "&" opened by a generic word, the name without its last word ("First of America Bank Corp." -> "First of
    America, which now has 45 banks"; not "New York" of "New York Times Co.", nor the bank "National Bank of Egypt")."""
    out = []
    caps = [w for w in words if w not in _LINKS]
    initials = "".join(w[0] for w in caps)
    if len(caps) >= 3 and initials.isupper() and re.search(rf"(?<![\w-]){initials}(?![\w-])", text) \
            and not re.search(rf"(?i)\bthe\s+{initials}(?![\w-])", text):
        out.append(initials)
    # the name without its last word(s), written alone ("Advanced Medical Technologies Inc." -> "according to Advanced
    # Medical": helper-126's reading, thirty-sixth session); not after a generic first word ("General Electric Capital
    # Corp." is no "General Electric"), nor a place in it, nor from a name with "of" or "&" (no "John Smith" of "John
    # Smith of Acme Inc.", the person the suffix rule took in)
    if not set(words) & set(_LINKS) and words[0].lower() not in GENERIC_FIRST:
        for n in range(len(words) - 1, 1, -1):
            pre = " ".join(words[:n])
            if not any(w.lower() in _PLACES for w in words[:n]) and not _someone_called(text, pre) \
                    and re.search(rf"(?<![\w-]){re.escape(pre)}(?![\w-])(?!\s+(?:[A-Z&]|of\b))", text):
                out.append(pre)
                break
    cut = " ".join(words[:-1])
    if len(words) >= 3 and words[-2] not in _LINKS and any(w in _LINKS for w in words[1:-1]) \
            and not {"Bank", "Group", "Trust"} & set(words[:-1]) and words[0].lower() in GENERIC_FIRST and re.search(rf"(?<![\w-]){re.escape(cut)}(?!\s+[A-Z]|[\w-])", text):
        out.append(cut)
    return out


def _someone_called(text: str, name: str) -> bool:
    """Whether ``text`` writes a capitalised word (a first name, not "The" or a "-based" place) before ``name``."""
    return any(m.group(1).lower() not in _NOT_NAME and not m.group(1).lower().endswith("-based")
               and not (m.group(1).endswith(".") and len(m.group(1)) > 2 and m.group(1) not in _HONORIFICS)  # "Barr. Teva"
               and not m.group(1).lower().endswith("ing")  # a participle opening the sentence: "Urging LIN directors to"
               for m in re.finditer(rf"\b([A-Z][\w.’'-]*)\s+{re.escape(name)}\b", text))


_HONORIFICS = frozenset(("Mr.", "Mrs.", "Ms.", "Dr.", "Sen.", "Rep.", "Gov.", "Gen.", "Lt.", "Col.", "Sgt.", "Capt."))


def company_mentions(text: str, names: dict[str, str]) -> list[tuple[int, str]]:
    """(offset, full name) of every mention of a company of ``names`` (:func:`companies`) in ``text``, in order."""
    if not names:
        return []
    rx = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) + r")(?![\w-])")
    return [(m.start(), names[m.group()]) for m in rx.finditer(text)]


def the_company(reg: Any, offset: int) -> str | None:
    """The company "the company" at ``offset`` stands for in registry ``reg``.

    The last sentence before it that names a company in speaking position decides: its first company
    outside quotation marks and before the sentence's first verb of saying ("Pacific First Financial
    Corp. said ... its acquisition by Royal Trustco Ltd."; "“We will beat Intel Corp.,” Advanced Micro
    Devices Inc. said"); a sentence that names companies only in what was said ("The Dallas oil and gas
    concern said ... from National Canada Corp.") passes to the one before, up to three. ``None`` when
    another actor spoke between (:func:`other_actor`).
    """
    i = bisect.bisect_left(reg._company_at, (offset,)) - 1
    for _ in range(3):
        if i < 0:
            return None
        k = max(reg.layer.sentence_index(reg._company_at[i][0]), 0)
        lo, hi = reg.layer.sentence_starts[k], reg._company_at[i][0]
        cue = _SAYING_RE.search(reg.text, lo, hi + 200)
        first_i = bisect.bisect_left(reg._company_at, (lo,))  # the sentence's first company
        first = next(((at, name) for at, name in reg._company_at[first_i:i + 1]
                      if reg.layer.quote_at(at) is None and (cue is None or at < cue.start())
                      and reg.roles.name_type(name) != "government"), None)  # no "the company" is the FDIC
        if first is not None:
            at, name = first
            one_company = len(set(reg.companies.values())) == 1
            if any(other_actor(reg.text, r, name, reg.resolve_name) and not (one_company and _common(r.group(), reg.roles))
                   for r in RUN_RE.finditer(reg.text, at, offset)):
                return None  # (a group in an article that names one company is none: "Analysts said ... The company said")
            return name
        i = first_i - 1
    return None


def _common(run: str, roles: RoleLexicon) -> bool:
    """Whether a capitalised run is one common noun for people ("Analysts"; not "Target")."""
    low = run.strip().lower()
    return " " not in low and is_common_noun(low) and roles.names_people(low)


# a market report's sentence: a company's name, its shares' move and a number ("Kirschner Medical fell 4 to 15.")
_MOVED_RE = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))((?:[A-Z][\w.&’'-]*\s+){0,4}[A-Z][\w.&’'-]*)\s+(?:rose|fell|gained|dropped|climbed|slipped|jumped|"
                       r"declined|lost|eased|advanced|slid|tumbled|soared|surged|plunged|added|rocketed|skyrocketed|rallied|sank|plummeted|dipped)\s+(?:\d+(?:\s+\d+/\d+)?|\d+/\d+)\s+to\s+"
                       r"\d{1,3}(?:,\d{3})*(?:\s+\d+/\d+|/\d+|\.\d+)?(?!\s*(?:percent|%|cents?|points?|million|billion)\b|\d)")
# (a stock's points and fractions, "to" its price: not "Revenue gained 13% to $77.3 million", "Profit fell 10 to 20
# percent", "Stocks rose 72.24 points")


def sole_firm(reg: Any, offset: int) -> str | None:
    """The one organisation typed ``other`` that has spoken before ``offset`` in an article that names no company with
    a legal suffix ("Benjamin Franklin Federal Savings & Loan Association said ... The Portland, Ore., thrift said")."""
    if reg._company_at:
        return None
    firms = {name for at, name, stype in reg._orgs if at < offset and stype == "other"}
    if len(firms) != 1:
        return None
    firm = firms.pop()
    last = max(at for at, name, _ in reg._orgs if name == firm and at < offset)
    if any(name != firm and last <= at < offset for at, name in reg._known_at):
        return None  # another firm of companies.csv named since, whose words may not be resolved yet ("Nissan said ...
        # Renault, its partner, said ... The carmaker said": helper-123)
    return firm


# what may come before a company that opens its sentence as its subject ("The", "But", "Meanwhile,")
_OPENS_RE = re.compile(r"\W*(?:(?:The|But|And|Yet|So|Meanwhile|However|Instead|Now|Still),?\s+)?")
# a sentence that ends as someone else's words (", analysts said."): a company in it is in their content
_SAID_AFTER_RE = re.compile(r",\s+(?:[\w.’'-]+\s+){1,5}(?:said|says|say|reported|added|noted)\W*$")


# a country named as the origin of a message ("signals from Syria") right before a that-clause about "it"
_FROM_THAT_RE = re.compile(r"\b(?:signals?|messages?|word|assurances?|indications?|hints?|statements?|promises?|warnings?|"
                           r"letters?|reports?|pledges?|threats?|announcements?|notice)\s+(?:from|by)\s+"
                           r"((?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2})\s+that\s+$")  # not "a demand by France that it"


def it_org(reg: Any, offset: int) -> tuple[str, str] | None:
    """(name, type) of the organisation an *it* at ``offset`` stands for (registry ``reg``): the organisation that spoke
    last, in this sentence or the two before; but a company :func:`the_company` finds in speaking position in a later
    sentence than that, before the *it*, comes first ("Ratners, which controls 25% of the British jewelry market, would
    increase its U.S. stores. It has said it hopes ...": Ratners, not Weisfield's, which spoke three sentences before;
    a judged sample of unused FactBank text, sixteenth session), if it opens that sentence as its subject, not a
    possessor, nor inside others' words ("Shares of Compaq Computer Corp. fell", "Zeta Corp.'s results were better",
    "Microsoft Corp. was gaining share, analysts said": the second reading)."""
    si = reg.layer.sentence_index(offset)
    lo = reg.layer.sentence_starts[max(si - 2, 0)] if si >= 0 else 0
    if (fm := _FROM_THAT_RE.search(reg.text, max(lo, offset - 80), offset)) is not None \
            and (row := reg.roles.country_named(fm.group(1))) is not None:
        return row.canonical, "government"  # "signals from Syria that it wants to renew the talks": Syria's, not the paper's
    i = bisect.bisect_left(reg._orgs, (offset,)) - 1  # sorted by offset
    spoke = reg._orgs[i] if i >= 0 and reg._orgs[i][0] >= lo else None
    if (name := the_company(reg, offset)) is not None and (spoke is None or name != spoke[1]):
        at = max((a for a, n in reg._company_at if n == name and a < offset), default=-1)
        sent = reg.layer.sentences[reg.layer.sentence_index(at)] if at >= 0 else None
        if at >= lo and (spoke is None or reg.layer.sentence_index(at) > reg.layer.sentence_index(spoke[0])) \
                and _OPENS_RE.fullmatch(reg.text, sent.start, at) and not re.match(r"[\w.&’' -]*?[’']s\b", reg.text[at:at + 60]) \
                and not _SAID_AFTER_RE.search(reg.text, at, sent.end):
            return name, reg.roles.name_type(name)
    return (spoke[1], spoke[2]) if spoke else None


def last_outlet(reg: Any, offset: int, mention: str = "the newspaper") -> str | None:
    """The outlet "the newspaper" (``mention``) at ``offset`` stands for: the latest before it of the media
    organisations that spoke (registry ``reg``), the named outlets of ``roles.csv`` followed by a verb of
    saying ("The New York Times reported the deal. The newspaper said ..."; not "Smith told CNN"), and "the X
    newspaper/daily/magazine" or "the [Israeli] daily X" ("The Maariv newspaper", "the German newspaper
    Bild"; a nationality is no name). For "the paper", which may be a document, only an outlet that spoke."""
    spoke = [(at, name) for at, name, stype in reg._orgs if at < offset and stype == "media"]
    named: list[tuple[int, str]] = []
    if mention != "the paper":
        named = [(s, r.canonical) for s, e, r in reg.roles.find(reg.text, 0, offset) if r.kind == "org" and r.named
                 and r.speaker_type == "media" and reg.layer.quote_at(s) is None and _SPOKE_RE.match(reg.text, e, e + 40)]
        for m in [*_OUTLET_RE.finditer(reg.text, 0, offset), *_OUTLET_AFTER_RE.finditer(reg.text, 0, offset)]:
            name = re.sub(r"^(?:The\s+|\S+[’']s\s+)+" if m.re is _OUTLET_RE else r"^The\s+", "", m.group(1))  # "People's Daily"
            if reg.layer.quote_at(m.start()) is None and name.lower() not in STOP_CAPS and not reg.roles.is_country_word(name) \
                    and not any(r.kind == "org" and r.speaker_type != "media" for _, _, r in reg.roles.find(name)):
                named.append((m.start(), name))
    named = [(s, n) for s, n in named if not any(at <= s and n in name for at, name in spoke)]  # "Herald" of "Boston Herald"
    return max(spoke + named, default=(0, None))[1]


_OUTLET_RE = re.compile(r"\b([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3})\s+(?:newspaper|daily|magazine|weekly)\b")
_OUTLET_AFTER_RE = re.compile(r"\b(?:newspaper|daily|magazine|weekly)\s+([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3})")


def other_actor(text: str, run: re.Match[str], company: str, person: Callable[[str], str | None]) -> bool:
    """Whether the capitalised ``run`` names another actor with a verb of saying after it ("Meanwhile,
    Google announced"): neither the company nor a person (``person`` resolves a name), so a later "the
    company" is not sure to be ``company``."""
    words = [w for w in run.group().split() if w.lower() not in STOP_CAPS]
    if not words or company.lower().startswith(" ".join(words).lower()) or person(" ".join(words)) is not None:  # ("ONEIDA Ltd.")
        return False
    # a verb of saying after it: another actor spoke ("Meanwhile, Google announced"; not "Wall Street analysts")
    return _SPOKE_RE.match(text, run.end(), run.end() + 40) is not None


_SPOKE_RE = re.compile(r"\s+(?:also\s+)?(?:said|says|announced|announces|reported|reports|added|stated|told|tells|"
                       r"disclosed|confirmed|denied|posted)\b")
_SAYING_RE = re.compile(_SPOKE_RE.pattern.replace(r"\s+(?:also\s+)?", r"\b", 1))  # the same verbs anywhere

