"""Speakers: the role lexicon, a per-article registry of named people, and mention resolution.

A source mention ("President Nayib Bukele of El Salvador", "he", "the judge", "officials", "AP News") gets a canonical speaker:

1. **Registry.** A run of capitalised words is split at title words (``RoleLexicon.title_mask``: a ``title`` /
   ``org`` / ``country`` row's last word, its other words where the row is written whole: not "Jack White") and
   connectors (*of*, *and*, *de*...). Two or more other capitalised words right after a title ("President Nayib
   Bukele", "El Salvador's President, Nayib Bukele") are a person, with the title words around them; so are
   subjects of a reporting verb, unless a lower-case head follows ("The South Korean company": no name).
2. **Names.** A one-word name ("Bukele", "President Bukele") resolves to the registered person with that surname;
   when several share it, to the one the article named first. A full name links to a registered person with the
   same surname only when one name's words contain the other's ("Ann Lee" and "Ann Marie Lee", not "Mohamed
   El-Hassan Mohamed" and "Ahmed Mohamed"). An unknown one-word name is kept as written, flag ``surname_only``
   (a company of ``companies.csv``, "Microsoft", and "the Church" after *the* are organisations: ``organisation``).
   "The newspaper" is the outlet that spoke last, "the company" that of the last sentence naming one as a speaker.
3. **Pronouns** (*he*, *she*): the first person named earlier in the sentence, else the *subject* of the nearest
   earlier sentence (not in quotes): the person its main clause's subject names where it is parsed (``_centering``),
   else the first it names; :mod:`~framing.attribution.profiles` then prefers the last speaker.
4. **Roles** ("the judge", "the Venezuelan leader"): the latest registered person before the mention whose titles
   contain the role word (flag ``role_linked``); else the subject of the sentence before, when that person's type is the
   role's and not ``other`` ("ICE official Robert Cerna has admitted … ” claimed the acting field office director") or a
   country alone, the role's, made that person a subject and the role is a leader's (``roles.country_leader``: "Iraq's
   Saddam Hussein … The Iraqi leader", typed by it): flag ``role_inferred``; else ``None``, ``unresolved``, as is a role of someone's ("Kopp's stepmother").
5. **Groups and organisations**: ``group`` rows ("officials", "sources") give speaker ``None``, flag ``unnamed``, and
   the row's type (``unnamed`` for most; "police": ``law_enforcement``); ``org`` rows give the organisation's
   canonical name ("White House", "AP News"). A capitalised name that ends the mention and contains an institution
   head word (``_words.INSTITUTIONS``: *Ministry*, *Court* ...) or a legal suffix ("Pacific First Financial Corp.",
   "Service Corp. International") is an organisation too, flag ``organisation``; its type is that of a role row
   inside it, else ``other``. A lone head word ("Police said") is not a name. A country named alone ("South Korea
   said") is its government. An indefinite mention ("a senior European diplomat", "two officials") names nobody:
   speaker ``None``, flag ``unnamed`` (type ``unnamed``, or the type of a title or group row of its head phrase, not
   of a phrase after *of*, *with*, *close to*: "some critics of the police" is unnamed), unless it contains an
   organisation row ("a White House spokesperson") or a name after *by* / *from* ("a statement from Helix Energy").
   A web address ("Gawker.com") is a website that publishes: type ``media``, flag ``organisation``.
6. **it**, **its**: the organisation resolved last in the sentence or the two before, or a company named since in
   speaking position (``_companies.it_org``; flags ``pronoun``, ``organisation``).

``speaker_type`` is the type of the first row of ``roles.csv`` (file order is priority) among the roles in the mention
and the titles recorded for the person. Government speakers get a ``country=NAME`` flag when a country is named in
their title ("Venezuelan President"); which country is the outlet's own is decided only when the caller names it
(``home_country``): flags ``domestic``/``foreign``.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from ..text.layer import TextLayer
from ._banks import last_bank
from ._centering import carried, centred, first_person_in
from ._companies import companies, company_mentions, has_suffix, it_org, last_outlet
from ._known_firms import known_companies
from ._institutions import institution_name, org_by_kind
from ._subject_firm import company_meant
from ._names import BASED_RE, RUN_RE, TOKEN_RE, clean_token as _clean, country_firm, last_named, modifies, name_sequences, person_of, titled_names, without_time
from ._unnamed import described_person, circle, company_officer, counsel_for, names_org, resolve_without_name
from ._words import (CONNECT, FULL_NAME, INDEFINITE, INSTITUTIONS, OPENING_PUNCT, PLURAL_OF_RE, PRONOUNS, RELATIVES, ROYAL_TITLES,
                     SITE_RE, THE_COMPANY_RE, THE_OUTLET, bare_surname, surname_of)
from .roles import SPEAKER_TYPES, Role, RoleLexicon, load_roles, nobody
from .types import Resolved

__all__ = ["Role", "RoleLexicon", "load_roles", "SpeakerRegistry", "Resolved", "SPEAKER_TYPES", "PRONOUNS"]

_FIRM_WORDS = frozenset("Group Partners Holdings Capital Associates".split())  # no first name: "The Carlyle Group"
# a monarch's or a pope's title before a one-word name is of the name ("King Hussein" is no Saddam Hussein); not Queen's
_REIGNING = frozenset("King Emperor Sultan Shah".split())  # ("Queen Latifah", a case of the fifth session)
_ROYAL_RE = re.compile(rf"\b({'|'.join(ROYAL_TITLES)})\s+$")
# a full name in apposition right after a mention ("Apple's chief executive, Tim Cook, said")
_APPOS_NAME_RE = re.compile(rf",\s*({FULL_NAME})\s*(?:,|\.(?:\s|$)|$)")
# a role of someone named by a possessive: "Kopp's stepmother", "Unisys's president", "El Salvador's President" (group 1: last word)
_POSSESSOR_ROLE_RE = re.compile(r"(?:[Tt]he\s+)?(?:[A-Z][\w.&-]*\s+){0,4}[A-Z][\w.&-]*[’']s?(?:\s+[a-z][\w-]*){0,3}\s+([A-Za-z][\w-]*)")


@dataclass
class _Person:
    name: str
    roles: set[Role] = field(default_factory=set)


class SpeakerRegistry:
    """Named people of one article, with their titles and where they are mentioned.

    Examples
    --------
    >>> from framing.text import text_layer
    >>> reg = SpeakerRegistry(text_layer("El Salvador's President, Nayib Bukele, spoke. Later Bukele left."))
    >>> reg.resolve_name("Bukele")
    'Nayib Bukele'
    >>> reg.resolve("President Bukele", 0).speaker_type
    'government'
    """

    def __init__(self, layer: TextLayer, roles: RoleLexicon | None = None, *, home_country: str | None = None) -> None:
        self.layer, self.text = layer, layer.text
        self.roles = roles or load_roles()
        self.home_country = home_country
        self.people: dict[str, _Person] = {}
        self._surnames: dict[str, set[str]] = {}
        self._runs: list[tuple[int, int, list[tuple[int, int]]]] = []
        self._orgs: list[tuple[int, str, str]] = []  # (offset, organisation, type) as resolved, for "it"
        self.known_firms, suffixed = known_companies(self.text, roles=self.roles), companies(self.text, self.roles)  # "Microsoft"; "Unisys Corp."
        self.companies, self._company_at = {**self.known_firms, **suffixed}, company_mentions(self.text, suffixed)  # (_subject_firm)
        self._known_at = company_mentions(self.text, self.known_firms)  # (offset, name) of companies.csv's, for sole_firm
        for p in layer.paragraphs:
            self._scan(p.start, p.end)
        self._mentions()

    # -- registry -----------------------------------------------------------------
    def _scan(self, lo: int, hi: int) -> None:
        for run_start, run_end, seqs, titled in titled_names(self.text, self.roles, lo, hi):
            self._runs.append((run_start, run_end, seqs))
            for name, title_text in titled:
                self._register(" ".join(_clean(t) for t in name.split()), title_text)

    def _register(self, name: str, title_text: str) -> _Person:
        name = BASED_RE.sub("", name) or name  # "U.S.-based Chevron": Chevron
        if "&" in name or country_firm(self.roles, name):  # ("Canadian Tire", "British Gas": helper-127's reading)
            return _Person(name)  # "Johnson & Johnson", "AT&T": a firm (see _named), kept out of the people a he/she may be
        if " " not in name and (royal := _ROYAL_RE.search(title_text + " ")) is not None:
            name = f"{royal.group(1)} {name}"  # "King Hussein": no surname a bare "Hussein" would take
            if (person := self.people.get(name)) is None:
                person = self.people[name] = _Person(name)
        elif (person := self.people.get(name)) is None:
            person = self.people[name] = _Person(name)
            self._surnames.setdefault(bare_surname(surname_of(name)), set()).add(name)
        person.roles.update(r for _, _, r in self.roles.find(title_text))
        if len(words := name.split()) == 2 and words[0] in _REIGNING:
            person.roles.update(r for _, _, r in self.roles.find("monarch"))  # "King Hussein": a head of state
        return person

    def register(self, name: str, title_text: str = "") -> str:
        """Add (or update) a person by full name; returns the canonical name."""
        return self._register(" ".join(_clean(t) for t in name.split()), title_text).name

    def resolve_name(self, name: str) -> str | None:
        """Canonical name for a full or one-word name, or None when unknown or ambiguous."""
        name = re.sub(r"^(?:Mr|Mrs|Ms|Dr)\.?\s+(?=[A-Z])", "", " ".join(_clean(t) for t in name.split()))  # "Mr. Nadir"
        cands = self._surnames.get(bare_surname(surname_of(name)), set()) if name else set()
        if name in self.people and not (" " not in name and len(full := [c for c in cands if " " in c]) == 1):
            return name
        if name in self.people:
            return full[0]  # "President Bush ... President George Bush": the one person named in full
        # a full name links only when one name's words hold the other's: not "Mohamed El-Hassan Mohamed" to "Ahmed Mohamed"
        if len(cands) == 1 and (len(name.split()) == 1 or (set(a := name.split()) <= set(b := next(iter(cands)).split()) or set(b) <= set(a))):
            return next(iter(cands))
        if not cands and len(name.split()) == 1 and len(first := [p for p in self.people if " " in p and p.split()[0] == name
                                                                  and not _ROYAL_RE.search(p.split()[0] + " ")
                                                                  and not self.roles.find(p) and not has_suffix(p)
                                                                  and p.split()[-1] not in INSTITUTIONS | _FIRM_WORDS]) == 1:
            return first[0]  # a first name that is nobody's surname, of one person only ("Iraq's Saddam Hussein ... Saddam said")
        if len(cands) > 1 and len(name.split()) == 1:  # a bare surname two people share: the one the article named first
            order = list(self.people)
            return min(cands, key=lambda p: (pos if (pos := self.text.find(p)) >= 0 else len(self.text), order.index(p)))
        return None

    def _mentions(self) -> None:
        """Person mentions outside quotes, and each sentence's subject (first person named or he/she)."""
        text = self.text
        self._pos: list[int] = []
        self._who: list[str] = []
        self._end: list[int] = []
        for start, end, seqs in self._runs:
            for s, e in seqs:
                if self.layer.quote_at(s) is not None:
                    continue
                royal = _ROYAL_RE.search(text, max(0, s - 12), s)
                canon = self.resolve_name(f"{royal.group(1)} {text[s:e]}" if royal else text[s:e])
                if canon:
                    self._pos.append(s)
                    self._who.append(canon)
                    self._end.append(e)
        order = sorted(range(len(self._pos)), key=self._pos.__getitem__)
        self._pos = [self._pos[i] for i in order]
        self._who = [self._who[i] for i in order]
        self._end = [self._end[i] for i in order]
        self.own: list[str | None] = []  # per sentence, whom it is about: a person named before any he/she (_centering)
        pron = re.compile(r"\b(?:he|she|He|She)\b")
        for sent in self.layer.sentences:
            first_person = first_person_in(self, sent.start, sent.end)  # (not a firm's short name: "Polly Peck's acquisition")
            first_pron = next((m.start() for m in pron.finditer(text, sent.start, sent.end)
                               if self.layer.quote_at(m.start()) is None), None)
            self.own.append(first_person[1] if first_person and (first_pron is None or first_person[0] < first_pron) else None)
        self.subjects = self.first_subjects = carried(self.own)  # else the last one before

    def pronoun(self, offset: int, word: str | None = None) -> str | None:
        """The speaker a he/she (``word``) at ``offset`` refers to (see rule 3 in the module docstring)."""
        si = self.layer.sentence_index(offset)
        if si < 0:
            return None
        sent_start = self.layer.sentence_starts[si]
        if (first := first_person_in(self, sent_start, offset)) is not None:
            return first[1]
        return centred(self, si - 1, word) if si > 0 else None

    def subject_mention(self, offset: int) -> tuple[str | None, tuple[int, int] | None]:
        """Like :meth:`pronoun`, with the span of the name when it is in the same sentence.

        Used for a cue with no subject of its own ("…, writing:", "Writing:"). Only a cue opening its sentence or
        after a personal pronoun takes the subject of the sentence before: after other words it has a subject the
        rules missed ("Villagers fled. They were too afraid to stay, fearing ..."), and stays unresolved."""
        si = self.layer.sentence_index(offset)
        if si >= 0:
            i = bisect.bisect_left(self._pos, self.layer.sentence_starts[si])
            if i < len(self._pos) and self._pos[i] < offset:
                return self._who[i], (self._pos[i], self._end[i])
            before = self.text[self.layer.sentence_starts[si]:offset]
            if before.strip(OPENING_PUNCT) and not re.search(r"\b(?:[Hh]im|[Hh]er|[Hh]e|[Ss]he)\s*$", before):
                return None, None  # (but "with him saying": a pronoun, the sentence before's subject)
        return self.pronoun(offset), None

    def note(self, name: str, offset: int, end: int | None = None) -> None:
        """Record a mention of ``name`` found by the attribution rules (for recency)."""
        i = bisect.bisect_left(self._pos, offset)
        if i < len(self._pos) and self._pos[i] == offset:
            return
        self._pos.insert(i, offset)
        self._who.insert(i, name)
        self._end.insert(i, offset if end is None else end)

    def last_with_role(self, role: Role, offset: int, countries: set[str] | None = None) -> str | None:
        """Most recent person (among the 500 person mentions before ``offset``) whose titles include ``role`` and,
        given ``countries``, one of those countries ("the Pakistani president": not President Bush)."""
        end = bisect.bisect_left(self._pos, offset)
        for i in range(end - 1, max(end - 500, 0) - 1, -1):  # the last 500 person mentions
            if role in (held := self.people[self._who[i]].roles) and (not countries or countries & {r.canonical for r in held if r.kind == "country"}):
                return self._who[i]
        return None

    # -- mention resolution -------------------------------------------------------------
    def type_of(self, roles: set[Role], flags: list[str]) -> str:
        """The speaker type ``roles`` give (the first row of ``roles.csv`` among them, else ``other``); a government
        speaker's single country is appended to ``flags`` (``country=NAME``, and ``domestic``/``foreign``)."""
        typed = sorted((r for r in roles if r.kind != "country"), key=lambda r: r.rank)
        stype = typed[0].speaker_type if typed else "other"
        if stype == "government":
            countries = sorted({r.canonical for r in roles if r.kind == "country"})
            if len(countries) == 1:
                flags.append(f"country={countries[0]}")
                if self.home_country:
                    flags.append("domestic" if countries[0] == self.home_country else "foreign")
        return stype

    def resolve(self, mention: str, offset: int, *, record: bool = True) -> Resolved:
        """Resolve the source mention ``mention`` (its text) found at ``offset``; an organisation is recorded for a later
        *it* unless ``record`` is false (a trial resolution: a conjunct of a joint source)."""
        low = mention.lower().strip(" ,")
        if low in ("it", "its"):  # rule 6: the organisation that spoke last, or the company named since, see it_org
            org = it_org(self, offset)
            return Resolved(org[0], org[1], ("pronoun", "organisation")) if org else Resolved(None, "unnamed", ("pronoun", "unresolved"))
        res = self._resolve(mention, offset)
        if record and "organisation" in res.flags and res.speaker:
            bisect.insort(self._orgs, (offset, res.speaker, res.speaker_type))
        return res

    def _resolve(self, mention: str, offset: int) -> Resolved:
        mention = BASED_RE.sub(r"\1", mention)  # "The Washington-based Heritage Foundation": the place is no name
        words = mention.split()
        low = mention.lower().strip(" ,")
        if THE_COMPANY_RE.fullmatch(low) and (name := last_bank(self, offset) if low in ("the thrift", "the bank")
                                               else company_meant(self, offset)) is not None:
            return Resolved(name, "other", ("organisation", "role_linked"))  # "the (thrift holding) company"
        if low in THE_OUTLET and (media := last_outlet(self, offset, low)) is not None:
            return Resolved(media, "media", ("organisation", "role_linked"))  # "The Maariv newspaper ... The newspaper"
        if org := org_by_kind(self, mention.strip(" ,"), offset):  # "the Iraqi News Agency ... the agency", "Oxfam said ... The charity said"
            return Resolved(org[0], org[1], ("organisation", "role_linked"))
        if low in PRONOUNS:
            who = self.pronoun(offset, low)
            if who is None:
                return Resolved(None, "unnamed", ("pronoun", "unresolved"))
            flags = ["pronoun"]
            return Resolved(who, self.type_of(set(self.people[who].roles), flags), tuple(flags))
        found = self.roles.find(mention)
        mention_roles = {r for _, _, r in found}
        if words and words[0].lower() in INDEFINITE and len(words) >= 3 and words[-2] in ("Ministry", "Department", "Office") \
                and self.roles.is_title_head(words[-1]):
            org = " ".join(w for w in words[1:-1] if w[:1].isupper())  # "A Foreign Ministry official": the ministry speaks,
            return Resolved(org, self.roles.name_type(org), ("organisation",))  # as for "A Pentagon spokeswoman"
        if (named := described_person(self, words)) is not None:  # "said a buoyant Gen. Norman Schwarzkopf": the person named
            return self._resolve(named, offset)
        if words and words[0].lower() in INDEFINITE and (not any(names_org(mention, e0, r, self.roles) for _, e0, r in found)
                                                          or re.search(r"\s[a-z]+s$", low)):  # "Many NASA watchers": not NASA
            # rule 5b: an indefinite mention names nobody ("a senior European diplomat", "a senior administration official": a
            # person's lowercase org word is no name; "A Pentagon spokeswoman" is), unless a name follows "by" or "from" ("a report by the IEA")
            by = re.search(r"\b(?:by|from)\s+((?:the\s+)?[A-Z].*)$", mention.strip(" ,"))
            if by:
                return self._resolve(by.group(1), offset)
            # the head phrase ends before a modifier ("some critics of the police", "a source close to the media team")
            head = re.search(r"\s(?:of|with|close|familiar|from|for|in|at|on|who|that)\s", mention)
            return company_officer(self, mention) or nobody(found, head.start() if head else len(mention))
        k = next((k for k in range(min(3, len(words) - 2)) if words[k].lower() in self.roles.group_words
                  and words[k + 1].lower() in ("at", "of", "from", "in")), None)
        if k is not None and all(w[:1].islower() or w.lower() == "the" or not self.roles.names_people(w) and self.resolve_name(w) is None
                                 for w in words[:k]):  # "Officials at the Department of Homeland Security", "Police in
            return nobody(found, len(" ".join(words[:k + 1])))  # Da Nang", "diplomatic sources in Riyadh": the group speaks
        if (pm := PLURAL_OF_RE.match(mention.strip(" ,"))) and (pm.group(1).lower() not in ("lawyers", "attorneys") or counsel_for(self, mention.strip(" ,")[pm.end():])):
            # rule 5c: "Critics of Scientology", "Supporters of Mayor Ann Lee", "Lawyers for Smith": the head noun's people speak
            return circle(found, pm)  # (a relative: other, as "Kopp's stepmother")
        if (site := SITE_RE.fullmatch(mention.strip(" ,"))) is not None:  # rule 5d: "Gawker.com": a website publishes
            return Resolved(site.group(1), "media", ("organisation",))
        bare = re.sub(r"^[Tt]he\s+", "", mention.strip(" ,"))  # rule 5: a named institution or company speaks
        if (inst := institution_name(self.roles, mention) or (self.companies[bare] if bare in self.companies and not person_of(self.roles, bare) else None)):  # "Unisys"
            return Resolved(inst, self.roles.name_type(inst), ("organisation",) + ("name_linked",) * (self.companies.get(bare, bare) != bare))
        if (pr := _POSSESSOR_ROLE_RE.fullmatch(mention.strip(" ,"))) and (self.roles.is_title_word(pr.group(1))
                                                                          or pr.group(1) in self.roles.group_words | RELATIVES):
            return self._possessed(mention, offset, found)
        # a name: the capitalised words after the last title word
        names = [n for n in name_sequences(self.roles, mention) if n.lower() not in self.roles.group_words]
        orgs_end = [r for s, e, r in found if r.kind == "org" and e == len(mention.rstrip(" ,"))]
        link = re.search(r"\s(?:of|at|from)\s", mention)  # "X of the Y Law Center", "Steve Milunovich at First Boston"
        if names and orgs_end and mention.rstrip(" ,").endswith(orgs_end[0].pattern) and link is None:
            # "the Trump administration", "the Bukele government": the organisation speaks (not "X of the Y Law Center")
            org = orgs_end[0]
            name = re.sub(r"^(?:(?:the|a|an)\s+)?(?:(?:(?-i:[a-z][\w-]*)\s+){0,3}(?:for|of)\s+)?(?:the\s+)?", "", mention.strip(" ,"), flags=re.I)  # not "spokeswoman for the"
            if org.speaker_type == "media" and org.pattern.islower():  # "The Maariv newspaper": the outlet is Maariv
                name = name[: -len(org.pattern)].strip() or name
            return Resolved(name, org.speaker_type, ("organisation",))
        if names and link is not None:
            # "Professor Ingrid Nilsen of the University of Bergen", "Steve Milunovich at First Boston",
            # "Mr. Weil of Weil & Associates": the name before "of" / "at" / "from" speaks
            before = mention[:link.start()]
            head = [n for n in name_sequences(self.roles, before) if len(n.split()) >= 2
                    or re.search(rf"\b(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+{re.escape(n)}$", before)]
            names = head or names
            if not head and link.group().strip() == "of" and (rows := self.roles.find(before)) and rows[-1][1] == len(
                    before.rstrip(" ,")) and rows[-1][2].kind in ("title", "org") and len(names[-1].split()) <= 2 and re.fullmatch(
                    rf"(?:the\s+)?{re.escape(names[-1])}", mention[link.end():].strip(" ,")):
                return resolve_without_name(self, before, offset, list(rows))  # "The Mayor of New Orleans": not the place
        if (modified := self._modified_group(names, words, found, mention, offset)) is not None:
            return modified
        return self._named(names[-1], mention, found, offset) if names else resolve_without_name(self, mention, offset, found)

    def _named(self, raw: str, mention: str, found: list[tuple[int, int, Role]], offset: int | None = None) -> Resolved:
        """The speaker named ``raw``: a company, a registered or new person, a news outlet by its first word
        ("Bloomberg reported"), else the word as written (``surname_only``)."""
        if " " not in raw and (royal := _ROYAL_RE.search(mention[:mention.rfind(raw)])) is not None \
                and f"{royal.group(1)} {raw}" in self.people:
            raw = f"{royal.group(1)} {raw}"  # "King Hussein", registered so
        elif " " not in raw and offset is not None:
            raw = last_named(self.layer, self.people, raw, offset) or raw  # "King Hussein ... Hussein said", not Saddam Hussein
        if "&" in raw and " and " not in raw and not has_suffix(raw) and raw not in self.companies \
                and re.sub(r"[’']s$", "", mention.rstrip(" ,")).endswith(raw):  # "Johnson & Johnson", "AT&T" (not "Texas A&M University team"):
            full = raw + "'s" if " & " in raw and not re.search(rf"{re.escape(raw)}(?![’']s\b)", self.text) else raw  # "Standard &
            # Poor's": written only with its 's (not "Johnson & Johnson ... Johnson & Johnson's shares")
            return Resolved(full, self.roles.name_type(raw), ("organisation",))  # a firm's name, no person's (never a he)
        canon = self.resolve_name(raw) if self.companies.get(raw) != raw and not has_suffix(raw) else None
        if canon is None and ((full := self.companies.get(_clean(raw))) is not None or has_suffix(full := raw)):
            return Resolved(full, self.roles.name_type(full), ("organisation",) + ("name_linked",) * (full != raw))  # a company
        mention_roles = {r for _, _, r in found if not (r.kind == "country" and r.pattern in raw.split())}  # not "Jim Jordan"
        flags: list[str] = []
        if canon is None:
            if (outlet := self.roles.outlet(_clean(raw))) is not None and " " not in raw:  # "Bloomberg reported"
                return Resolved(outlet, "media", ("organisation",))
            if len(raw.split()) < 2 and raw.endswith("s") and self.roles.is_country_word(raw[:-1]):
                return Resolved(None, "unnamed", ("unnamed",))  # "The Iraqis might conclude": a people, no one named
            if len(raw.split()) < 2:
                flags.append("organisation" if mention.split()[0].lower() == "the" else "surname_only")
                return Resolved(_clean(raw), self.type_of(mention_roles, flags), tuple(flags))
            canon = self.register(raw, mention)
        if (person := self.people.get(canon)) is None:  # a firm's name ("&", "Canadian Tire") the registry keeps no person of
            return Resolved(canon, self.roles.name_type(canon), ("organisation",))
        person.roles.update(mention_roles)
        return Resolved(canon, self.type_of(set(person.roles) | mention_roles, flags), tuple(flags))

    def _modified_group(self, names: list[str], words: list[str], found: list[tuple[int, int, Role]], mention: str, offset: int) -> Resolved | None:
        """"Union leaders", "Western diplomats": a capitalised modifier, no name; unnamed, typed by a group row ("The Underwood family": the family)."""
        if names and words[-1].lower() == "family" and words[-2:-1] == names[-1].split()[-1:]:
            return Resolved(f"{names[-1]} family", "other", ())  # a family by its name, not one of it ("Underwood")
        if names and len(names[-1].split()) > 1 and modifies(mention, names[-1]) and self.resolve_name(names[-1]) is None:
            return resolve_without_name(self, mention, offset, found)
        words = without_time(words)  # "Mississippi media earlier reported"
        if names and len(names[-1].split()) == 1 and words[-1].lower().strip(".") in self.roles.person_title_words and words[
                -2:-1] == [names[-1]] and (words[0].lower() in ("the", "a", "an", "one") or words[-1].islower() or names[-1].isupper()) \
                and self.resolve_name(names[-1]) is None and not self.companies.get(names[-1]):  # not "Andrew Judge"
            return resolve_without_name(self, mention, offset, found)  # "The House Speaker": the speaker, not "House"
        if not (names and words and len(names[-1].split()) == 1 and words[-1][:1].islower()
                and not self.roles.is_title_word(words[-1])
                and (self.resolve_name(names[-1]) is None or words[-1].lower() in self.roles.group_words)):  # "Bush administration officials"
            return None
        end = len(mention.rstrip(" ,"))
        group = next((r.speaker_type for _, e, r in found if r.kind == "group" and e == end), None)
        title = min((r for _, _, r in found if r.kind == "title"), key=lambda r: r.rank, default=None)  # "The judge in Duffy's trial"
        return Resolved(None, group or (title.speaker_type if title else "unnamed"), ("unnamed",))

    def _possessed(self, mention: str, offset: int, found: list[tuple[int, int, Role]]) -> Resolved:
        """A role of someone named by a possessive: not that someone ("Kopp's stepmother"), but the full name in
        apposition right after it when there is one ("Apple's chief executive, Tim Cook, said")."""
        if (am := _APPOS_NAME_RE.match(self.text, offset + len(mention.rstrip(" ,")))) is not None:
            canon = self.resolve_name(am.group(1)) or self.register(am.group(1), mention)
            if canon not in self.people:  # a firm's name with "&" ("Apple's partner, Procter & Gamble, said")
                return Resolved(canon, self.roles.name_type(canon), ("organisation",))
            self.people[canon].roles.update(r for _, _, r in found)
            return Resolved(canon, self.type_of(set(self.people[canon].roles), []), ())
        return resolve_without_name(self, mention, offset, found)
