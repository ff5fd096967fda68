"""The role lexicon: titles, organisations, groups and countries -> speaker types.

Data: ``framing/lexicons/roles.csv`` (``pattern, kind, speaker_type, canonical,
source, notes``; header ``# framing-lexicon: roles; format 1``). ``kind`` is
``title`` (a title or role word seen with a person: "press secretary", "judge"),
``org`` (an organisation that can itself speak: "White House", "Reuters"),
``group`` (an unnamed collective or anonymous source: "officials", "sources")
or ``country`` (a country name or adjective in a title, for the ``country=``
flag). Patterns with capital letters match case-sensitively, lower-case ones in
any case; the row that comes first in the file decides the speaker type.
Split from :mod:`framing.attribution.speakers`, which re-exports everything here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from ..lexicon import LexiconError, cached_lexicon_loader, read_lexicon_rows
from ._words import COLLECTIVES, RELATIVES, UNNAMED_TITLES
from .types import Resolved

_FOUND_MAX = 4096  # RoleLexicon.find's memo: a few articles' mentions

__all__ = ["Role", "RoleLexicon", "load_roles", "SPEAKER_TYPES", "nobody", "other_holder", "country_leader", "is_plural_title",
           "people_word"]

SPEAKER_TYPES = ("government", "judiciary", "law_enforcement", "expert", "legal", "media",
                 "social_media", "unnamed", "advocacy", "other", "none")
_KINDS = ("title", "org", "group", "country")
_LEADING_DET_RE = re.compile(r"^(?:(?:The|A|An|Another|Other|Some|Many|One|Two|Several|Each|Every|This|That|These|Those|"
                             r"Both|All|Most|No)\s+)+")
_COUNTRY_SHORT = frozenset(("U.S.", "US", "UK", "Britain", "America"))
_POSS_RE = re.compile(r"(?:[’']s?)$")
# titles in the plural before names ("Presidents Leonid Kuchma and Boris Yeltsin", "Sens. Lee and Reyes"); a
# list, not every title row's word plus s: "Mark Fields", "the Kansas City Chiefs", "David Laws" are names
_PLURAL_TITLES = frozenset("presidents senators sens reps representatives governors govs ministers mayors justices "
                            "secretaries ambassadors".split())


# people named by what they are or do ("farmers", "terrorists", "Palestinians", "refugees", "residents")
_AGENT_ENDINGS = ("er", "or", "ist", "ian", "ant", "ent", "ee", "man", "woman")
_PEOPLE = frozenset("people men women children girls boys players voters fans members families crowd public staff ally allies friend "
                    "friends confidant aide aides".split())


def _word(token: str) -> str:
    """``token`` as the role lexicon's word sets hold it: lower case, without a possessive or brackets."""
    return _POSS_RE.sub("", token).lower().strip("().,")


def is_plural_title(token: str) -> bool:
    """Whether ``token`` is a title in the plural ("Presidents", "Sens.", "foreign ministers")."""
    return _word(token) in _PLURAL_TITLES


@dataclass(frozen=True, slots=True)
class Role:
    """One row of ``roles.csv``: ``pattern`` -> ``speaker_type`` (``kind``: title, org, group, country)."""

    pattern: str
    kind: str
    speaker_type: str
    canonical: str
    rank: int
    #: the row names one organisation ("Reuters", "White House"); ``False`` for a kind of
    #: organisation with no ``canonical`` ("court", "television"): the mention names it
    named: bool = True
    #: another name of a country row's canonical ("Burma", "UAE", "Türkiye"; ``notes`` "another name of ...") or its
    #: capital ("Moscow"; ``notes`` "capital of ..."): named alone, it speaks as that country's government, as the
    #: canonical name does
    alias: bool = False


_FUNCTION_WORDS = frozenset("the a an of and for to in on at de la del".split())
# the last words of two-word country names that stand for the country alone ("Korea", "the States", "the Emirates"):
# title words by themselves; the last words of the others are surnames as often ("Dan Marino", "Mike Leone", "Ana
# Verde", "The Arizona Republic"), title words only where the whole name is written; a last word that is a
# country row of its own ("Guinea", "Sudan", "Congo") is one by that row
_COUNTRY_HEADS = frozenset("states kingdom korea zealand africa arabia salvador emirates".split())
# last words of title rows that are no title alone ("chief of staff", "first lady"): "the 9/11 Commission Staff"
_NO_HEADS = frozenset(("staff", "lady"))


def _singular(low: str) -> str:
    """A lower-case plural made singular the simple way ("agencies" -> "agency", "officials" -> "official")."""
    return low[:-3] + "y" if low.endswith("ies") else low[:-1] if low.endswith("s") and not low.endswith("ss") else low


def people_word(noun: str) -> bool:
    """The part of :meth:`RoleLexicon.names_people` no lexicon decides: a kinship word, a collective ("council",
    "coalition"), a people word ("women", "crowd") or an agent suffix ("protesters", "activists", "refugee")."""
    low = _word(noun)
    one = _singular(low)
    return (one in RELATIVES or one in COLLECTIVES or low in _PEOPLE
            or one.endswith(_AGENT_ENDINGS) and not one.endswith(("ment", "ness")))


class RoleLexicon:
    """Compiled role patterns. Build with :func:`load_roles`."""

    def __init__(self, roles: list[Role], name: str = "<roles>") -> None:
        self.roles = roles
        self.name = name
        alts_cs = sorted((r for r in roles if r.pattern != r.pattern.lower()), key=lambda r: -len(r.pattern))
        alts_ci = sorted((r for r in roles if r.pattern == r.pattern.lower()), key=lambda r: -len(r.pattern))
        self._by_text = {r.pattern: r for r in alts_cs} | {r.pattern.lower(): r for r in alts_ci}
        self._cs = re.compile(r"(?<![\w.])(?:" + "|".join(re.escape(r.pattern) for r in alts_cs) + r")(?![\w])") if alts_cs else None
        self._ci = re.compile(r"(?<![\w.])(?:" + "|".join(re.escape(r.pattern) for r in alts_ci) + r")(?![\w])", re.I) if alts_ci else None
        self.group_words = frozenset(r.pattern.lower() for r in roles if r.kind == "group" and " " not in r.pattern)
        self.country_words = frozenset(w.lower() for r in roles if r.kind == "country" for w in r.pattern.split()
                                       if w[:1].isupper())  # not "of", "the", "and" of "Democratic Republic of the Congo"
        # the content words of title, org and country patterns ("secretary", "state"; not "of", "the" of
        # "secretary of state", "The New York Times": "On Tuesday the Labour government" has no title in "the")
        self.title_words = frozenset(w.lower().strip("().") for r in roles if r.kind != "group" for w in r.pattern.split()
                                     ) - _FUNCTION_WORDS
        # in lower case, a title word out of context: not a word only a country's name has ("see" of "Holy See"), nor
        # "world" of "World Bank" ("people in the Arab world believe") or "think" of "think tank"
        self._lower_title_words = frozenset(w.lower().strip("().") for r in roles if r.kind not in ("group", "country")
                                            for w in r.pattern.split()) - _FUNCTION_WORDS - {"world", "think"}
        # the words that are a title, an organisation or a country on their own: a one-word row or the last word
        # of a title, country or kind-of-organisation row ("secretary", "Korea", "department"). Any other word of
        # a row is a title word only where the whole row is written (`title_mask`): "White" and "House" of "White
        # House", "Fox" of "Fox News", "Al" of "Al Jazeera", "Motors" of "General Motors"; so "Jack White",
        # "Stuart House", "Vicente Fox", "Al Gore" and "Janet Mills" are names
        self.head_words = frozenset(r.pattern.split()[-1].lower().strip("().") for r in roles if r.kind != "group" and not (
            r.kind == "org" and " " in r.pattern and r.pattern != r.pattern.lower()) and not (
            r.kind == "country" and " " in r.pattern and r.pattern.split()[-1].lower() not in _COUNTRY_HEADS)) - _FUNCTION_WORDS - _NO_HEADS
        self._masks: dict[tuple[str, ...], tuple[bool, ...]] = {}
        self._outlets: dict[str, str] = {}
        # find's answers: one article asks about the same mention about three times (1342 calls, 468
        # distinct, on the bundled corpus); emptied when full, so a stream of articles stays bounded
        self._found: dict[tuple[str, int, int], tuple[tuple[int, int, Role], ...]] = {}
        # the same from title rows only: words that say a person follows ("chief executive"), where an
        # organisation's or a country's word does not ("Bank of America", "Observatory for Human Rights")
        self.person_title_words = frozenset(w.lower().strip("().") for r in roles if r.kind == "title"
                                            for w in r.pattern.split()) - _FUNCTION_WORDS - _NO_HEADS

    def find(self, text: str, start: int = 0, end: int | None = None) -> tuple[tuple[int, int, Role], ...]:
        """All role patterns in ``text[start:end]`` as (start, end, Role), sorted by start."""
        end = len(text) if end is None else end
        if (hit := self._found.get((text, start, end))) is not None:
            return hit
        if len(self._found) >= _FOUND_MAX:
            self._found.clear()
        found = self._found[text, start, end] = self._find(text, start, end)
        return found

    def _find(self, text: str, start: int, end: int) -> tuple[tuple[int, int, Role], ...]:
        out = []
        for rx, cs in ((self._cs, True), (self._ci, False)):
            if rx is None:
                continue
            for m in rx.finditer(text, start, end):
                out.append((m.start(), m.end(), self._by_text[m.group() if cs else m.group().lower()]))
        out.sort(key=lambda t: (t[0], -(t[1] - t[0])))
        kept: list[tuple[int, int, Role]] = []
        for t in out:  # longest match wins where patterns overlap ("press secretary" over "secretary")
            if kept and t[0] < kept[-1][1]:
                continue
            kept.append(t)
        return tuple(kept)

    def country_named(self, mention: str) -> Role | None:
        """The country row when ``mention`` is just a country's name ("South Korea", "the U.S."), else ``None``.

        A country named alone as a source speaks as its government (PARC annotates "North Korea
        said" so); an adjective ("Italian") names no speaker.
        """
        bare = re.sub(r"^the\s+", "", mention.strip(" ,"), flags=re.I)
        row = self._by_text.get(bare)
        if row is None or row.kind != "country":
            return None
        return row if bare == row.canonical or bare in _COUNTRY_SHORT or row.alias else None

    @staticmethod
    def org_name(org: Role, mention: str) -> str | None:
        """The speaker name an ``org`` row gives ``mention``; ``""`` for an unnamed one; ``None`` if it is no head.

        A row naming one organisation gives its ``canonical`` name. A kind of organisation
        ("court", "television") names the organisation only with the capitalised words before it
        and only as the head of the mention ("Saudi state television", "the Greek court"); "the
        court" is an organisation of that type with no name (``""``). A row whose canonical name only
        repeats it ("government") is such a kind when capitalised words come before it: "the New
        Zealand government" is "New Zealand government", not one "government" for every country.
        In "Union leaders" the organisation word is a modifier, not the speaker (``None``). A capitalised
        such row inside the mention takes the capitalised words before it: "A CBS News report" is CBS News.
        """
        bare = re.sub(r"^(?:the|a|an)\s+", "", mention.strip(" ,"), flags=re.I)
        generic = org.canonical.lower() == org.pattern.lower()  # "government": the row names no one government
        if org.named and generic and org.pattern[:1].isupper() and (run := re.search(
                rf"[A-Z][\w&.’'-]*\s+(?:(?:[A-Z][\w&.’'-]*|\d+)\s+)*{re.escape(org.pattern)}\b", bare)) is not None:  # "Channel 4 News"
            return _LEADING_DET_RE.sub("", run.group())  # "A CBS News report": CBS News (not the row's bare word
            # "News"); not "Another" of "Another State Department official"
        if org.named and not (generic and bare[:1].isupper() and len(bare) > len(org.pattern)
                              and bare.lower().endswith(org.pattern.lower())):
            return org.canonical
        if not bare.lower().endswith(org.pattern.lower()):
            return None
        return bare if bare[:1].isupper() else ""

    def name_type(self, name: str) -> str:
        """The type of an organisation by its own name: its first-priority org or title row ("Iraqi News Agency":
        media, "Department of Homeland Security": government), else ``other``."""
        typed = sorted((r for _, _, r in self.find(name) if r.kind in ("org", "title")), key=lambda r: r.rank)
        if not typed and re.search(r"\bRights\b", name) and not re.search(r"\b(?:Inc|Corp|Co|Ltd)\b", name):
            return "advocacy"  # a campaign for rights named so ("National Abortion and Reproductive Rights Action League";
            # FactBank development set: advocacy); a row would break names ("Civil Rights Division"), so no row
        if not typed and re.search(r"[A-Z][\w.’'-]*\s+Police$", name):
            return "law_enforcement"  # a force named by its place ("Greater Manchester Police"); no row "Police", which
            # would make the bare "Police said" an organisation
        return typed[0].speaker_type if typed else "other"

    def outlet(self, word: str) -> str | None:
        """The news outlet a one-word name stands for: the first word of a named media row of two or more
        words ("Bloomberg" -> "Bloomberg News", "Fox" -> "Fox News"), else ``None``. The caller asks only
        for a word that names no person of the article ("Vicente Fox" is Fox there)."""
        if (out := self._outlets.get(word)) is None and len(word) > 2 and word[:1].isupper():
            out = self._outlets[word] = next((r.canonical for r in self.roles if r.kind == "org" and r.speaker_type == "media"
                                              and r.named and r.pattern.split()[0] == word and " " in r.pattern), "")
        return out or None

    def is_country_word(self, token: str) -> bool:
        """A word of a ``country`` row ("Greek", "Korea")."""
        return _word(token) in self.country_words

    def _country_name(self, token: str) -> bool:
        """Whether ``token`` alone is a country's name (its own canonical row: "Jordan"; not "Jordanian")."""
        return any(r.kind == "country" and r.pattern == r.canonical == token.rstrip(".,") for _, _, r in self.find(token))

    def is_title_word(self, token: str) -> bool:
        """Whether ``token`` is a title word out of context: a row's last word in any case ("Secretary",
        "court"), another word of a row in lower case ("press", "security": "State Department international
        security director"), or a plural title. A capitalised word that only opens a row ("White", "Fox") is
        none here: it is one only where the whole row is written (:meth:`title_mask`)."""
        return self.is_title_head(token) or _word(token) in self._lower_title_words and not token[:1].isupper()

    def is_title_head(self, token: str) -> bool:
        """Whether ``token`` may head a role noun phrase: a row's last word or a plural title ("officer", not
        "investment" of "chief investment officer": "urged investment in schools" names no addressee)."""
        return _word(token) in self.head_words or is_plural_title(token)

    def names_people(self, noun: str) -> bool:
        """Whether common noun ``noun`` (singular or plural) names people or a body of them: a role row's head
        ("officials", "the council"), a kinship word, a people word, or an agent suffix ("protesters",
        "terrorists", "Palestinians", "refugee"). Not "storms", "rules", "shares", "a town"."""
        low = _word(noun)
        return self.is_title_head(low) or _singular(low) in self.head_words or low in self.group_words or people_word(noun)

    def title_mask(self, words: list[str] | tuple[str, ...]) -> tuple[bool, ...]:
        """For each of ``words`` (one run of text, in order), whether it is a title word in its place.

        A word is one where :meth:`is_title_word` says so, or where it is part of a title, org or country
        row written out in full: "White" in "White House spokesman", "Vice" in "Vice President Mike
        Pence"; not in "Jack White".

        Examples
        --------
        >>> roles = load_roles()
        >>> roles.title_mask("White House official Jack White".split())
        (True, True, True, False, False)
        """
        key = tuple(words)
        if (mask := self._masks.get(key)) is None:
            marks = [self.is_title_word(w) for w in key]
            starts, pos = [], 0
            for w in key:
                starts.append(pos)
                pos += len(w) + 1
            text = " ".join(key)
            for s, e, r in self.find(text):
                if r.kind != "group":
                    for i, st in enumerate(starts):
                        if s <= st < e and _word(key[i]) in self.title_words:
                            marks[i] = True
            n = next((i for i, w in enumerate(key) if w.startswith("(")), len(key)) - 1  # before "(R-Ohio)"
            if n > 0 and marks[n] and not marks[n - 1] and key[n - 1][:1].isupper() and _word(key[n - 1]) not in _FUNCTION_WORDS \
                    and not self.is_country_word(key[n - 1]) and self._country_name(key[n]):
                marks[n] = False  # a country's name closing a name is a surname: "Rep. Jim Jordan", "Jack Israel"
            if len(key) == 2 and marks[0] and not marks[1] and key[1][:1].isupper() and self._country_name(key[0]) \
                    and not self.is_country_word(key[1]) and not is_plural_title(key[1]):
                marks[0] = False  # and opening a two-word one, a first name: "Kenya Barris", "Jamaica Kincaid", "Oman Air"
            mask = self._masks[key] = tuple(marks)
            if len(self._masks) > 50_000:
                self._masks.clear()
        return mask


def _read(path: str) -> RoleLexicon:
    rows = read_lexicon_rows(path, kind="roles", required=["pattern", "kind", "speaker_type"],
                             categories=SPEAKER_TYPES, category_column="speaker_type")
    roles = []
    for i, r in enumerate(rows):
        if r["kind"] not in _KINDS:
            raise LexiconError(f"{path}, line {r.line}: unknown kind {r['kind']!r}; allowed: {', '.join(_KINDS)}.")
        roles.append(Role(r["pattern"], r["kind"], r["speaker_type"], r.values.get("canonical") or r["pattern"], i,
                          bool(r.values.get("canonical")) or r["pattern"] != r["pattern"].lower(),
                          (r.values.get("notes") or "").startswith(("another name of ", "capital of "))))
    return RoleLexicon(roles, path)


_load = cached_lexicon_loader("roles.csv", _read)  # cached per file and modification time


def load_roles(path: str | Path | None = None) -> RoleLexicon:
    """Load the role lexicon (default: the packaged ``roles.csv``), cached per file and modification time.

    Examples
    --------
    >>> roles = load_roles()
    >>> [(r.pattern, r.speaker_type) for _, _, r in roles.find("White House Press Secretary Karoline Leavitt")]
    [('White House', 'government'), ('press secretary', 'government')]
    """
    if isinstance(path, RoleLexicon):
        return path
    if path is not None and not isinstance(path, (str, Path)):
        raise TypeError(f"roles must be a path to a roles CSV file or a RoleLexicon, not {type(path).__name__}")
    return _load(path)


def nobody(found: list[tuple[int, int, Role]], cut: int) -> Resolved:
    """Nobody named, typed by the first title or group row before ``cut`` ("two police officers"), else unnamed.

    An official or a spokesperson with no name ("an Iraqi official", "a company spokesman") is
    ``unnamed``, as the annotation guidelines have it: the title says whose side, not who.
    """
    typed = sorted((r for s, _, r in found if r.kind in ("title", "group") and s < cut), key=lambda r: r.rank) or sorted(
        (r for s, _, r in found if r.kind == "org" and s < cut and r.speaker_type != "none"), key=lambda r: r.rank)
    stype = typed[0].speaker_type if typed else "unnamed"  # with no title or group, an organisation ("Many FBI agents")
    if typed and typed[0].pattern.lower() in UNNAMED_TITLES:
        stype = "unnamed"
    return Resolved(None, stype, ("unnamed",))


# posts one person holds at a time: a role mention with another title is someone else
_ONE_HOLDER = frozenset(("president", "prime minister", "premier", "chancellor", "king", "queen", "pope", "governor", "mayor"))
_SAME_POST = {"premier": "prime minister", "pontiff": "pope"}  # one post, two words


def other_holder(mention: set[Role], person: set[Role]) -> bool:
    """Whether a role mention's rows (``mention``) name someone other than a person with rows ``person``.

    Another country ("The Russian foreign minister" is not "Iraq's president Saddam Hussein"), or a
    one-holder post on either side with no title in common ("the foreign minister" is not the
    president); "the acting field office director" may be "ICE official Robert Cerna".
    """
    countries = ({r.canonical for r in mention if r.kind == "country"}, {r.canonical for r in person if r.kind == "country"})
    if all(countries) and countries[0].isdisjoint(countries[1]):
        return True
    titles = tuple({_SAME_POST.get(r.pattern.lower(), r.pattern.lower()) for r in rs if r.kind == "title"} for rs in (mention, person))
    return bool((titles[0] | titles[1]) & _ONE_HOLDER) and titles[0].isdisjoint(titles[1])


# the posts a country's leader holds: the words a second mention may call someone known only by his country
_LEADER_POSTS = frozenset(("leader", "president", "prime minister", "premier", "ruler", "strongman", "dictator", "head of state"))


def country_leader(mention: set[Role], person: set[Role]) -> bool:
    """Whether a role mention's rows (``mention``: "The Iraqi leader") may name a person whose rows (``person``) are a
    country alone ("Iraq's Saddam Hussein"): the same country, and a leader's post ("The Iraqi foreign minister" or
    "the Iraqi spokesman" is someone else). A judged sample of unused FactBank text, sixteenth session."""
    countries = {r.canonical for r in mention if r.kind == "country"}
    return bool(person) and all(r.kind == "country" for r in person) and countries == {r.canonical for r in person} \
        and any(r.kind == "title" and r.pattern.lower() in _LEADER_POSTS for r in mention)
