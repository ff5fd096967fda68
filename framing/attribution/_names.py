"""Runs of capitalised words and the person names inside them (internal to :mod:`framing.attribution`).

Shared by the speaker registry (:mod:`framing.attribution.speakers`) and the source rules
(:mod:`framing.attribution._mentions`).
"""

from __future__ import annotations

import re

from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from ._words import (CAP_WORD, CONNECT, INSTITUTIONS, MODIFIERS, NAME_BREAKS, NAME_CHAR, NAME_PARTICLES, NOT_PERSON_TAILS, ORG_PLURALS,
                     PREP_END_RE, QUANTIFIERS, ROYAL_TITLES, STOP_CAPS, surname_of)
from ._common_nouns import is_common_noun
from .roles import RoleLexicon

__all__ = ["BASED_RE", "NOT_HEADS", "RUN_RE", "TOKEN_RE", "cut_off", "modifies", "without_time", "name_sequences", "person_of", "titled_names", "last_named", "clean_token", "country_firm"]

# a place with "-based" opening a mention ("The Washington-based Heritage Foundation"): no part of the name
BASED_RE = re.compile(r"^(\s*(?:[Tt]he|[Aa]n?)\s+)?(?:[A-Z][\w.’']*\s+){0,3}[A-Z][\w.’']*-based\s+(?=[A-Z])")

RUN_RE = re.compile(rf"{CAP_WORD}(?:\s+(?:(?:of|and|&|de|del|la|for|{'|'.join(NAME_PARTICLES)})\s+)*{CAP_WORD})*")
# a role given before a name, set off by a comma: "the lawyer for the family, Ben Crump"
_ROLE_OF_RE = re.compile(r"\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir)\s+((?:[a-z]+\s+)?[a-z]+)\s+(?:for|of|at|to)\s+[^,.;:!?]{1,50},\s*$")
TOKEN_RE = re.compile(rf"\(?[^\W_]{NAME_CHAR}*\)?|&")


# a US party and state in parentheses after a name, "Sen. Elizabeth Warren (D-Mass.)", "(R-Texas)",
# "(D-New York)": no part of it (its first word; the words up to ")" go with it). "(D - Ohio)" is
# not handled: the spaced hyphen ends the run of capitalised words, and "Ohio)" is a run of its own
PARTY_RE = re.compile(r"\([DRI](?:-[\w.]*)?\)?")
_NAME_MONTHS = frozenset(("May", "April", "June", "August"))  # months that are also names ("Theresa May", "April Ryan")


def _month_name(toks: list[str], i: int, mask: tuple[bool, ...], after: str) -> bool:
    """Whether the month ``toks[i]`` of a run is a name: "Theresa May said", "April Ryan asked"; not "on May 5",
    "In May Smith said", "Monday May" (a date, or nothing named beside it)."""
    if toks[i] not in _NAME_MONTHS:
        return False

    def named(j: int) -> bool:
        return 0 <= j < len(toks) and not mask[j] and toks[j].lower().rstrip(".") not in NAME_BREAKS and toks[j][:1].isupper()
    if named(i - 1):
        return not (i == len(toks) - 1 and after[:1].isdigit())
    return i == 0 and named(i + 1)


# lower-case words after a name that are no head noun it could modify ("Lindsay Gay last month", "Bush yesterday")
NOT_HEADS = frozenset("""last next this that yesterday today tonight tomorrow earlier later also now then again once
week weeks month months year years day days night morning afternoon evening ago""".split())


def modifies(mention: str, name: str) -> bool:
    """Whether capitalised ``name`` only modifies the lower-case head after it in ``mention`` ("The South Korean
    company", "The Oklahoma City energy and defense concern", "The North Korean leader"): no one's name. Not
    a time phrase ("customer Lindsay Gay last month") nor a clause ("Rocco Catalano works, lives and ...")."""
    tail = without_time(_tail(mention, name))
    return 0 < len(tail) <= 10 and all(w[:1].islower() and w.lower() not in NOT_HEADS and not w.endswith((",", ";"))
                                       for w in tail)


def _tail(mention: str, name: str) -> list[str]:
    """The words of ``mention`` after the last place ``name`` stands in it (none when it is not in it)."""
    return mention[mention.rfind(name) + len(name):].split() if name in mention else []


def without_time(words: list[str]) -> list[str]:
    """``words`` without the lower-case time words that end them ("Mississippi media earlier" -> "Mississippi
    media"), keeping one word at least (not the title "This Week")."""
    while len(words) > 1 and words[-1][:1].islower() and words[-1].lower().strip(",") in NOT_HEADS:
        words = words[:-1]
    return words


def cut_off(mention: str, name: str) -> bool:
    """Whether ``name`` is cut from a longer proper name in ``mention`` by a word that breaks names: a
    capitalised word follows it ("the International Working Group on Afghan Women": no person
    "International Working"); not a suffix ("Jr.")."""
    tail = _tail(mention, name)
    return bool(tail) and tail[0][:1].isupper() and tail[0].rstrip(".,") not in ("Jr", "Sr", "II", "III", "IV")


def name_sequences(roles: RoleLexicon, mention: str) -> list[str]:
    """The name sequences of ``mention``: its capitalised runs split at title words and connectors.

    A country word opening the name of an organisation stays in it ("Greek Orthodox Church",
    "British Red Cross"); elsewhere it breaks the name ("Venezuelan President Ana Ruiz" -> "Ana
    Ruiz", "President of Venezuela Nicolás Maduro" -> "Nicolás Maduro"). A possessive ends a name
    ("New Jersey's Newark Airport": not one name "Jersey's Newark"), and a place with "-based"
    before a name is no part of it ("New York-based RJR" -> "RJR").
    """
    out = []
    for m in RUN_RE.finditer(mention):
        cur: list[str] = []
        toks = TOKEN_RE.findall(m.group())
        toks = toks[1:] if len(toks) > 1 and toks[0].lower() in QUANTIFIERS else toks  # "Other Bush administration officials"
        body = bool(toks) and (toks[-1] in INSTITUTIONS or any(
            r.kind == "org" and e == len(m.group()) for _, e, r in roles.find(m.group())))  # an organisation's name
        mask = roles.title_mask(toks)
        party = False
        for i, t in enumerate(toks):
            nxt = toks[i + 1] if i + 1 < len(toks) else ""
            party = party or bool(PARTY_RE.fullmatch(t))
            keep_country = (body or _common_run(toks[i + 1:], mask[i + 1:])) and not cur and roles.is_country_word(t) \
                and nxt[:1].isupper() and not (nxt and mask[i + 1])
            if t.lower() in ORG_PLURALS and 2 <= len(toks) - i - 1 <= 4 and all(w[:1].isupper() and w not in INSTITUTIONS for w in toks[i + 1:]):
                if cur:  # "Council on American - Islamic Relations Alia Salem": the organisation's name ends, a person's follows
                    out.append(" ".join(cur + [t]))
                cur = []
                continue
            if t == "&" and cur and nxt[:1].isupper():  # "Johnson & Johnson", "Savings & Loan": inside one name
                cur.append(t)
                continue
            if t.lower().endswith("-based"):  # "New York-based RJR": a place before the name, no part of it
                cur = []
                continue
            if (mask[i] and not keep_country) or party or t.lower().rstrip(".") in NAME_BREAKS \
                    and not _month_name(toks, i, mask, mention[m.end():].lstrip()) \
                    and not (t in _NAME_MONTHS and mention.strip(" ,") == t):  # "May said": a month says nothing
                if cur:
                    out.append(" ".join(cur))
                cur = []
                party = party and not t.endswith(")")
            else:
                cur.append(t)
                if t.endswith(("'s", "’s")) and nxt:  # "New Jersey's Newark Airport": the possessor's name ends here
                    out.append(" ".join(cur))
                    cur = []
        if cur:
            out.append(" ".join(cur))
    return out


def _common_run(toks: list[str], mask: Sequence[bool]) -> bool:
    """Whether capitalised ``toks`` after a country word are common nouns only, no title: the country word opens an
    organisation's name ("Canadian Tire", "British Petroleum", "Canadian Blood Services (CBS)": helper-127's reading
    of PUD gave "Tire", "Petroleum"; not "Venezuelan President Ana Ruiz", nor "Israeli Netanyahu")."""
    words = [w for w in toks if not (w.startswith("(") and w.endswith(")"))]
    return bool(words) and all(w[:1].isupper() and w.isalpha() and is_common_noun(w.lower()) and not k for w, k in zip(words, mask))


def person_of(roles: RoleLexicon, run: str) -> bool:
    """Whether the run of capitalised words ``run`` is a person's name of two words or more, then "of" / "at" / "from"
    ("Professor Ingrid Nilsen of the University of Bergen", "John Smith of Acme Inc."): the person speaks, not the
    institution or company (not "Bank of America Corp.", "Ministry of Health": an institution word before the link)."""
    of = re.search(r"\s(?:of|at|from)\s", run)
    words = TOKEN_RE.findall(run[:of.start()]) if of is not None else []
    return of is not None and not any(t in INSTITUTIONS or is_common_noun(t.lower()) for t in words) \
        and any(len(n.split()) >= 2 for n in name_sequences(roles, run[:of.start()]))  # (not "Toyota Motor Sales of America Inc.")


def titled_names(text: str, roles: RoleLexicon, lo: int, hi: int
                 ) -> Iterator[tuple[int, int, list[tuple[int, int]], list[tuple[str, str]]]]:
    """Each run of capitalised words in ``text[lo:hi]``: its span, its name sequences, and the titled people in it.

    A run is split into name sequences at title words and connectors. A sequence of two or more words
    right after a title word ("President Nayib Bukele", "ICE official Robert Cerna", "El Salvador's
    President, Nayib Bukele", "the lawyer for the family, Ben Crump") is a person: yielded as ``(name, title_text)`` with the title words
    around it, which the registry records as the person's roles.
    """
    prev_end, prev_title = -10, False
    prev_title_text = ""
    for m in RUN_RE.finditer(text, lo, hi):
        toks = [(t.start(), t.end()) for t in TOKEN_RE.finditer(text, m.start(), m.end())]
        gap = text[prev_end:m.start()] if prev_end >= 0 else ""
        words = text[max(lo, m.start() - 60):m.start()].split()
        lower_title = ""
        k = len(words)
        before = roles.title_mask(words)  # "the acting field office director, Robert Cole": "field" in its row
        while k > 0 and (before[k - 1] or words[k - 1].lower() in MODIFIERS) and words[k - 1].islower() \
                and not words[k - 1].endswith((".", "!", "?", ";", ":")):  # not "... a reserve. May Day marchers"
            k -= 1
        if k < len(words) and any(before[k:]):
            lower_title = " ".join(words[k:])
        if not lower_title and (pm := _ROLE_OF_RE.search(text, max(lo, m.start() - 80), m.start())) is not None \
                and any(roles.title_mask(pm.group(1).split())):
            lower_title = text[pm.start(1):pm.end()].strip(" ,")  # without its article: "a spokesman" is a group row
        title_on = bool(lower_title) or (gap.strip() == "," and prev_title)
        title_text = lower_title + (" " + prev_title_text if gap.strip() == "," and prev_title else "")
        seqs: list[tuple[int, int]] = []
        seq_start = None
        words_in = [text[s:e] for s, e in toks]
        mask = roles.title_mask(words_in)
        for i, (s, e) in enumerate(toks):
            tok = text[s:e]
            if tok.lower().endswith("-based"):  # "New York-based RJR": the place is no name
                seq_start = None
                continue
            if mask[i] or tok.lower() in CONNECT or tok.lower() in STOP_CAPS \
                    and not _month_name(words_in, i, mask, text[m.end():min(hi, m.end() + 100)].lstrip()):  # (its first
                # character only: the rest of the text copied per capitalised stop word was quadratic, 800 kB of quotations)
                if seq_start is not None:
                    seqs.append((seq_start, toks[i - 1][1]))
                    seq_start = None
                continue
            if seq_start is None:
                seq_start = s
        if seq_start is not None:
            seqs.append((seq_start, toks[-1][1]))
        titled = []
        for s, e in seqs:
            preceding = text[m.start():s]
            k = next(i for i, t in enumerate(toks) if t[0] == s)
            if not ((k > 0 and mask[k - 1]) or (s == m.start() and title_on)):
                continue
            one = len(text[s:e].split()) < 2
            if one and not (k > 0 and mask[k - 1] and words_in[k - 1].rstrip(".") in _FORMAL_TITLES and text[s:e][:1].isupper()
                            and text[s:e].isalpha() and not roles.find(text[s:e])) \
                    or text[s:e].split()[-1] in NOT_PERSON_TAILS:
                continue  # not "U.S. Air Force", "Jordan's Red Sea"; one word only after a formal title ("President Bush")
            after = text[e:m.end()]
            titled.append((text[s:e], title_text + " " + preceding + (after if after.lstrip().startswith("of ") else "")))
        yield m.start(), m.end(), seqs, titled
        prev_end = m.end()
        # a title run passes its title to a name after a comma ("El Salvador's President, Nayib Bukele", "the head of
        # NATO, Hoop Scheffer"), but not an organisation after another preposition ("In a letter to the Justice
        # Department, Acme Holdings said", "In a filing with the Securities and Exchange Commission, DPC ...")
        # Nor a country alone with no title before it, in a list ("They are aided by Britain, West Germany, Australia";
        # not "ambassador to Britain, Mark Regev")
        found = roles.find(m.group())
        prev_title = bool(toks) and mask[-1] and not (PREP_END_RE.search(text, max(lo, m.start() - 20), m.start()) and any(
            r.kind == "org" and e == len(m.group()) for _, e, r in found)) and (title_on or not (
                found and all(r.kind == "country" for _, _, r in found) and found[0][0] == 0 and found[-1][1] == len(m.group())))
        prev_title_text = m.group() if prev_title else ""


# capitalised titles before a surname alone that make it a person ("President Bush", "Mr. Vaux", "Gov. Perry")
_FORMAL_TITLES = frozenset("""President Mr Mrs Ms Dr Sen Senator Gov Governor Rep Representative Gen General Minister Chancellor
Secretary Judge Mayor Premier Ambassador Prof Professor Rabbi Cardinal Bishop Adm Col""".split())


def _one_consonant(a: str, b: str) -> bool:
    """Whether ``b`` is ``a`` with one consonant dropped or added, not the first letter and not a plural *s*."""
    if abs(len(a) - len(b)) != 1 or b in (a + "s", a + "es"):
        return False  # "Hunters" is not Duncan Hunter
    short, long_ = sorted((a, b), key=len)
    return any(long_[:i] + long_[i + 1:] == short and long_[i].lower() not in "aeiouy" and long_[i] not in long_[i - 1:i]
               + long_[i + 1:i + 2] for i in range(1, len(long_)))  # not a doubled letter: "Phillips" and "Philips", "Bennet" and "Bennett"


def near_spelling(surname: str, found: Sequence[Any]) -> str | None:
    """The one person speaker named in full whose last name ``surname`` misspells by a consonant, else ``None``.

    For a surname the article never writes with a first name: "K.C. Maurer ... said Mauer",
    "Kathryn Waters said ... Water said" (both in GUM's Wikinews article on Warhol's Polaroids),
    "Matt Behrmann ... Berhrmann" (FactBank). Five letters or more; one consonant dropped or added,
    never the first letter nor a doubled one: surnames that differ by a vowel or a final *e* are as often two people
    ("Jones" and "Jonas", "Hansen" and "Hanson", "Brown" and "Browne", "Phillips" and "Philips"), and a plural *s* makes a
    common noun ("Hunters"). ``found``: the article's attributions; only speakers never flagged
    ``organisation`` are candidates ("Houser" is not the White House); two near ones and the surname
    stays as written.
    """
    if len(surname) < 5:
        return None
    orgs = {a.speaker for a in found if "organisation" in a.flags}
    near = {s for a in found if (s := a.speaker) and s not in orgs and len(s.split()) > 1
            and len(last := surname_of(s)) >= 5 and _one_consonant(last, surname)}
    return near.pop() if len(near) == 1 else None


def last_named(layer: Any, people: Iterable[str], word: str, offset: int) -> str | None:
    """Whom a bare one-word name ``word`` at ``offset`` stands for when a titled royal ("King Hussein") and someone
    else ("Saddam Hussein") share it: the person mentioned first in the nearest sentence before it (or its own, before
    it) that mentions one of them outside quotation marks, by full name, by a first name ("Saddam"), or for the royal
    by the title ("the king", "The Jordanian monarch"); a possessor ("Saddam Hussein's son Uday Hussein") does not count. ``None`` when no
    royal shares the name or no such sentence is within six (the last mention of the king in the FactBank article is four
    sentences before the quotation). FactBank: "Bush's chief objective in his meeting
    with Hussein was to press the king ... ``It's our only outlet,'' Hussein said" is the king (three quotations had
    gone to Saddam Hussein, named in the article's first line); helper-77's second reading: "Saddam Hussein, speaking
    after talks with King Hussein, said ... Hussein said" is Saddam."""
    full = [p for p in people if len(p.split()) >= 2 and p.split()[-1] == word]
    royal = [p for p in full if len(p.split()) == 2 and p.split()[0] in ROYAL_TITLES]
    if len(royal) != 1 or len(full) < 2:
        return None
    forms = [(re.compile(rf"\b{re.escape(p)}\b"), p) for p in full]
    forms += [(re.compile(rf"\b{re.escape(p.split()[0])}\b(?!\s+{re.escape(word)})"), p) for p in full if p not in royal]
    title = royal[0].split()[0].lower()
    role = f"{title}|pontiff" if title == "pope" else title if title.startswith("prince") else f"{title}|monarch"
    forms.append((re.compile(rf"\b[Tt]he\s+(?:[A-Z][\w-]+\s+)?(?:{role})\b"), royal[0]))  # "the king", "The Jordanian monarch"
    text, k = layer.text, layer.sentence_index(offset)
    for j in range(k, max(k - 6, 0) - 1, -1):  # (none when the offset is in no sentence: k is -1)
        lo, hi = layer.sentences[j].start, min(layer.sentences[j].end, offset)
        hits = sorted((m.start(), who) for pattern, who in forms for m in pattern.finditer(text, lo, hi)
                      if layer.quote_at(m.start()) is None and not re.match(r"[’']s\b", text[m.end():m.end() + 3]))
        if hits:
            return hits[0][1]
    return None


_POSS_RE = re.compile(r"(?:[’']s?)$")


def clean_token(token: str) -> str:
    """A name's word without its brackets and possessive ending ("(CBS)" -> "CBS", "Lee's" -> "Lee")."""
    return _POSS_RE.sub("", token.strip("()"))


def country_firm(roles: RoleLexicon, name: str) -> bool:
    """Whether ``name`` is a country word and common nouns ("Canadian Tire", "British Gas"): a firm's name, no person's."""
    words = name.split()
    return len(words) >= 2 and roles.is_country_word(words[0]) and _common_run(words[1:], [False] * (len(words) - 1))
