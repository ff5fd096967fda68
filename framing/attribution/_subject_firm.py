"""The company "the company" stands for in an article that names its companies without a legal suffix ("Apple unveiled a
new iPhone on Tuesday. The company said ..."), internal to :mod:`framing.attribution`.

Newswire of the 1980s wrote "Apple Computer Inc." and the rules of :mod:`._companies` follow its suffixes; today's news
writes "Apple", "Microsoft", "Tesla". Split from :mod:`._companies` (at its size limit).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from ._companies import sole_firm, the_company
from ._common_nouns import is_common_noun
from ._words import CALENDAR, FIRM_NOUNS, OPENING_CAPS, TITLE_MODIFIERS, TITLED

__all__ = ["written_as", "subject_firm", "nearest_firm", "company_meant"]

# a capitalised name opening its sentence as the subject of a verb ("Apple unveiled", "Microsoft has launched", "Tesla
# recalled", "Airbus will supply")
_OPENING_RE = re.compile(r"\W*([A-Z][\w&.’'-]*(?:\s+[A-Z][\w&.’'-]*){0,5})\s+(?:[a-z]+\s+){0,2}?[a-z]+")
# any capitalised run (a name) in the window
_RUN_RE = re.compile(r"\b[A-Z][\w&.’'-]*(?:\s+(?:of\s+|&\s+)?[A-Z][\w&.’'-]*)*")
# a preposition of place right before a name (or before "X and"): a place, no firm ("flights between Sydney and Bombay",
# "in Ohio"); not "into" or "to", whose names are as often firms ("an investigation into TikTok": helper-83)
_PLACE_BEFORE_RE = re.compile(r"\b(?:in|at|from|near|between|across|outside|throughout)\s+"
                              r"(?:[A-Z][\w&.’'-]*\s+(?:and|or)\s+)?$")
_OPENERS = frozenset("""last next this that these those earlier later early late such it its he she they we i his her their
our""".split())  # "Last year, DSM had"; "Its chief executive"
# regions' adjectives the country rows do not hold ("the crippling Asian financial crisis")
_REGIONAL = frozenset("""Asian European African American Arab Latin Western Eastern Northern Southern Nordic Baltic Caribbean
Pacific Atlantic Mediterranean Balkan Scandinavian Middle Central""".split())
_OPENING_WORDS = OPENING_CAPS | _OPENERS
_NOT_FIRMS = CALENDAR | _REGIONAL
_HONORED_RE = re.compile(rf"\b{TITLED}\s*([A-Z][\w’'-]+)")  # "Mr. Jones": Jones is a person
# words that show a name is a firm's wherever the article writes them with it: its shares, its officers, its staff, its
# results, or an apposition that calls it one (helper-83's reading, twenty-second session: without such words the
# rule took cities, people, regulators, products and events: "Seattle passed a new minimum wage. The company said")
_FIRM_WORDS = (r"shares|stock|stockholders|shareholders|investors|chief|CEO|chairman|chairwoman|founder|co-founder|board|spokes\w+|"
               r"executives?|headquarters|employees|workers|staff|revenue|profits?|sales|earnings|market\s+value|valuation|"
               r"factory|factories|plants?|stores?|customers|products?|brand")
# what a firm does in the sentence it opens ("Apple unveiled a new iPhone", "Tesla recalled 2 million cars", "Microsoft
# said it would cut 10,000 jobs"): without such a word the name is no firm to this rule ("Seattle passed a new minimum
# wage", "Starmer said on Tuesday")
_BUSINESS_RE = re.compile(r"\b(?:jobs|workforce|employees|staff|shares|stock|profits?|revenue|earnings|forecasts?|quarter|"
                          r"customers|subscribers|users|acqui\w+|buy|bought|merg\w+|invest\w*|stake|fares|flights|vehicles|"
                          r"cars|jets|aircraft|stores|factor(?:y|ies)|plants?|production|products?|phones?|smartphones?|devices?|"
                          r"chips?|prices|recall\w*|launch\w*|unveil\w*|deliver\w*|ship\w*|orders?|layoffs?|lay\s+off|"
                          r"bankruptcy|dividend|IPO|listing|software|app|platform|service|model|brand)\b")
# a name that modifies the noun after it, the noun the subject ("Christmas sales were weaker", "Ozempic sales rose")
_MODIFIER_RE = re.compile(r"\s+(?!(?:also|now|still|just|already|again|then|once|never|often|later|recently)\s)(?![a-z]+ly\s)"
                          r"[a-z]+\s+(?:were|was|is|are|has|have|had|rose|fell|hit|grew|jumped|dropped|climbed|slid|soared|"
                          r"surged|declined|increased|decreased|remained)\b")
_FIRM_NOUNS = "|".join(FIRM_NOUNS + ("group", "start-up", "bank", "chain", "operator", "developer", "supplier", "brewer", "miner"))


def nearest_firm(reg: Any, offset: int) -> str | None:
    """:func:`~._companies.sole_firm` or :func:`subject_firm`, whichever names its firm nearer before ``offset`` ("Tesla
    recalled cars. The automaker said ... Boeing said ... The company said": Boeing)."""
    sole = sole_firm(reg, offset)
    subject = subject_firm(reg, offset)
    if sole is None or subject is None or sole == subject[0]:
        return sole or (subject[0] if subject else None)
    last_sole = max((at for at, name, _ in reg._orgs if name == sole and at < offset), default=-1)
    return subject[0] if subject[1] > last_sole else sole


def company_meant(reg: Any, offset: int) -> str | None:
    """The company "the company" at ``offset`` stands for: :func:`~._companies.the_company`, else :func:`nearest_firm`
    (also the company "a company spokesman" speaks for)."""
    return the_company(reg, offset) or nearest_firm(reg, offset)


def _strip_openers(run: str) -> str:
    """A capitalised run without the words that open a sentence before a name ("But Samsung", "The Samsung")."""
    words = run.split()
    while words and words[0].lower() in _OPENING_WORDS:
        words.pop(0)
    return " ".join(words)


def _unknown(reg: Any, name: str, called: frozenset[str]) -> bool:
    """Whether capitalised ``name`` is nobody's to the registry and the lexicons: no person (nor the surname of one,
    nor one the article calls "Mr."), country, place, day, title, group or organisation row, no common noun that
    opens a sentence ("Sales", "Analysts") or word for people ("Investors", "Shareholders": too rare in EWT for the common-noun
    list) or word that opens sentences ("Meanwhile")."""
    words = name.split()
    low = name.lower()
    return not (words[0].lower() in _OPENING_WORDS or words[0] in _NOT_FIRMS or words[-1] in called
                or is_common_noun(low) or " " not in low and reg.roles.names_people(low) and low.endswith("s")  # "Investors
                # disregarded the gains"; not a singular name with an agent's ending ("Pfizer", "Tinder": thirty-third session)
                or reg.roles.find(name) or reg.roles.country_named(name) or reg.roles.is_country_word(words[0])
                or reg.resolve_name(name) is not None or any(p.endswith(" " + words[-1]) for p in reg.people))


def subject_firm(reg: Any, offset: int) -> tuple[str, int] | None:
    """(name, offset) of the firm "the company" at ``offset`` stands for in an article that names no company with a
    legal suffix: the one name nobody's to the registry (:func:`_unknown`) in its own sentence up to it and the two
    sentences before, outside quotation marks, when that name also opens one of them as a subject doing a firm's
    business (:data:`_BUSINESS_RE`) or is written as a firm somewhere (:func:`_firm_evidence`) ("Apple unveiled a new
    iPhone on Tuesday. The company said": Apple; "Boeing said it would cut jobs ... Analysts said ... The company
    said": Boeing; not "Seattle passed a new minimum wage").
    Any second such name, wherever it stands, leaves it unresolved ("Greenpeace criticized Shell. The company said",
    "Apple unveiled ... But Samsung said"); a surname the article gives after "Mr." is a person's, no firm. An earlier
    version that took the opening name alone was withdrawn in the nineteenth session for reaching past a nearer firm
    and taking campaign groups."""
    if reg._company_at:
        return None  # suffixed names are the_company's to decide
    k = reg.layer.sentence_index(offset)
    called = _honored(reg.text)  # surnames the article gives after "Mr." ...: people
    names: set[str] = set()
    for j in range(max(k - 2, 0), k + 1):  # sentence by sentence: not "Wednesday. Its"
        sent = reg.layer.sentences[j]
        for m in _RUN_RE.finditer(reg.text, sent.start, min(sent.end, offset)):
            name = _bare(_strip_openers(_before_officer(m.group())))
            if name and reg.layer.quote_at(m.start()) is None \
                    and not _PLACE_BEFORE_RE.search(reg.text, max(0, m.start() - 40), m.start()) \
                    and (name in reg.known_firms or _unknown(reg, name, called)):  # (companies.csv: a firm, not nobody's)
                names.add(name)
    if len(names) != 1:
        return None
    name = names.pop()
    for j in range(k, max(k - 3, -1), -1):
        sent = reg.layer.sentences[j]
        m = _OPENING_RE.match(reg.text, sent.start, min(sent.end, offset))
        if m is not None and _bare(_strip_openers(_before_officer(m.group(1)))) == name and not _MODIFIER_RE.match(reg.text, m.end(1)) \
                and (_BUSINESS_RE.search(reg.text, m.end(1), min(sent.end, offset)) or name in reg.known_firms
                     or _firm_evidence(reg.text, name)):
            return name, m.start(1)
    return None


# a company's officer named after the company's name in one capitalised run ("Boeing CEO Kelly Ortberg", "Microsoft
# President Brad Smith"): the name before the title is the firm's (helper-116's probe: "Boeing CEO Kelly Ortberg said
# ... The company said" was unresolved)
_OFFICER_TITLE = (r"(?:CEO|CFO|COO|[Cc]hief\s+[Ee]xecutive|[Cc]hief\s+[Ff]inancial\s+[Oo]fficer|[Ff]ounder|[Cc]o-founder|"
                  r"[Cc]hairman|[Cc]hairwoman|[Pp]resident|[Ss]pokes(?:man|woman|person))")
_OFFICER_RE = re.compile(rf"(.+?)\s+{_OFFICER_TITLE}\s+[A-Z]")


def _before_officer(run: str) -> str:
    """The words of a capitalised run before a company officer's title and name ("Boeing" of "Boeing CEO Kelly
    Ortberg"), else the run; not a title's own first word ("Vice" of "Vice President JD Vance": helper-117)."""
    m = _OFFICER_RE.match(run)
    return run if m is None or m.group(1).split()[-1].lower() in TITLE_MODIFIERS else m.group(1)


@lru_cache(maxsize=4)
def _honored(text: str) -> frozenset[str]:
    """The names ``text`` writes after an honorific ("Mr. Jones"), found once per article."""
    return frozenset(_HONORED_RE.findall(text))


def _bare(run: str) -> str:
    """A capitalised run without a sentence's closing period or a possessive ("Wednesday.", "Telerate's")."""
    run = re.sub(r"[’']s$", "", run)
    return run if re.search(r"\b[A-Z]\.$", run) else run.rstrip(".")


def _firm_evidence(text: str, name: str) -> bool:
    """Whether the article writes ``name`` as a firm's somewhere ("Apple shares", "Tesla's chief executive", "shares of
    Boeing", "Shein, the fast-fashion retailer"), or as a body that speaks of itself as *it* ("Meta said it removed the
    posts", "Pfizer said on Monday its vaccine ...": no person; a country is no unknown name to :func:`subject_firm`)."""
    return written_as(text, name, _FIRM_WORDS, _FIRM_NOUNS) or re.search(
        rf"\b{re.escape(name)}\s+(?:{_SAID_IT}|{_OFFICER_TITLE}\s+[A-Z])", text) is not None  # (or with an officer's
    # title before a name: "Microsoft President Brad Smith", "OpenAI Chairman Bret Taylor"; helper-117)


# a statement's verb, a day and "that" at most, then *it* or *its* opening what was said
_EXPLETIVE = r"(?:is|was|seems|seemed|appears|appeared|remains|(?:would|will|may|might|could|had|has)\s+(?:be|been))\b"
_SAID_IT = (r"(?:said|says|announced|confirmed|reported|stated|added)(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|"
            rf"Friday|Saturday|Sunday|today|yesterday))?(?:\s+that)?\s+(?:its\b|it\s+(?!{_EXPLETIVE})[a-z]+)")
# (not an expletive *it*: "Smith said it was over")


def written_as(text: str, name: str, signs: str, kinds: str, *, suffix: bool = False) -> bool:
    """Whether ``text`` writes ``name`` with one of the words ``signs`` after it (a regex alternation: "Apple shares"),
    as "shares of" / "stake in" it, with an apposition ending in one of ``kinds`` ("Shein, the fast-fashion
    retailer") or, with ``suffix``, with a legal suffix ("Acme Inc")."""
    n = re.escape(name)
    legal = rf"|\b{n}\s+(?:Inc|Corp|Co|Ltd|LLC|PLC|AG|SA|NV)\b" if suffix else ""
    return re.search(rf"\b{n}(?:[’']s)?\s+(?:[a-z-]+\s+)?(?:{signs})\b|\b(?:shares|stake)\s+(?:of|in)\s+{n}\b"
                     rf"|\b{n},\s+(?:the|a|an)\s+(?:[\w$.-]+\s+){{0,5}}(?:{kinds})\b{legal}", text) is not None
