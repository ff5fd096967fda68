"""The company "the company" stands for in an article that names its companies without a legal suffix ("Apple unveiled a
new iPhone on Tuesday. The company said ..."), internal to :mod:`framing.attribution`.

Newswire of the 1980s wrote "Apple Computer Inc." and the rules of :mod:`._companies` follow its suffixes; today's news
writes "Apple", "Microsoft", "Tesla". Split from :mod:`._companies` (at its size limit).
"""

from __future__ import annotations

import re
from typing import Any

from ._companies import sole_firm
from ._common_nouns import load_common_nouns
from ._words import CALENDAR, LEAD_CAPS, STOP_CAPS

__all__ = ["subject_firm", "nearest_firm"]

# a capitalised name opening its sentence as the subject of a verb ("Apple unveiled", "Microsoft has launched", "Tesla
# recalled", "Airbus will supply")
_OPENING_RE = re.compile(r"\W*([A-Z][\w&.’'-]*(?:\s+[A-Z][\w&.’'-]*){0,3})\s+(?:[a-z]+\s+){0,2}?[a-z]+")
# any capitalised run (a name) in the window
_RUN_RE = re.compile(r"\b[A-Z][\w&.’'-]*(?:\s+(?:of\s+|&\s+)?[A-Z][\w&.’'-]*)*")
# a preposition of place or direction right before a name (or before "X and"): a place, no firm ("flights between
# Sydney and Bombay", "in Ohio")
_PLACE_BEFORE_RE = re.compile(r"\b(?:in|at|from|to|near|between|across|outside|inside|into|toward|towards|via|throughout)\s+"
                              r"(?:[A-Z][\w&.’'-]*\s+(?:and|or)\s+)?$")
_TIME_OPENERS = frozenset("""last next this that these those earlier later early late such it its he she they we i his her their
our""".split())  # "Last year, DSM had"; "Its chief executive"
# regions' adjectives the country rows do not hold ("the crippling Asian financial crisis")
_REGIONAL = frozenset("""Asian European African American Arab Latin Western Eastern Northern Southern Nordic Baltic Caribbean
Pacific Atlantic Mediterranean Balkan Scandinavian Middle Central""".split())
_HONORIFIC_RE = r"(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen)\.?\s+"


def nearest_firm(reg: Any, offset: int) -> str | None:
    """:func:`~._companies.sole_firm` or :func:`subject_firm`, whichever names its firm nearer before ``offset`` ("Tesla
    recalled cars. The automaker said ... Boeing said ... The company said": Boeing)."""
    sole = sole_firm(reg, offset)
    subject = subject_firm(reg, offset)
    if sole is None or subject is None or sole == subject[0]:
        return sole or (subject[0] if subject else None)
    last_sole = max((at for at, name, _ in reg._orgs if name == sole and at < offset), default=-1)
    return subject[0] if subject[1] > last_sole else sole


def _unknown(reg: Any, name: str) -> bool:
    """Whether capitalised ``name`` is nobody's to the registry and the lexicons: no person (nor the surname of one,
    nor one the article calls "Mr."), country, place, day, title, group or organisation row, no common noun that
    opens a sentence ("Sales", "Analysts") or word that opens sentences ("Meanwhile")."""
    words = name.split()
    low = name.lower()
    return not (words[0].lower() in STOP_CAPS | LEAD_CAPS | _TIME_OPENERS or name in CALENDAR or words[0] in _REGIONAL or words[0] in CALENDAR
                or low in load_common_nouns() or low.rstrip("s") in load_common_nouns()
                or reg.roles.find(name) or reg.roles.country_named(name) or reg.roles.is_country_word(words[0])
                or reg.resolve_name(name) is not None or any(p.endswith(" " + words[-1]) for p in reg.people)
                or re.search(_HONORIFIC_RE + re.escape(words[-1]) + r"\b", reg.text))


def subject_firm(reg: Any, offset: int) -> tuple[str, int] | None:
    """(name, offset) of the firm "the company" at ``offset`` stands for in an article that names no company with a
    legal suffix: the one name nobody's to the registry (:func:`_unknown`) in its own sentence up to it and the two
    sentences before, outside quotation marks, when that name also opens one of them as a subject ("Apple unveiled a
    new iPhone on Tuesday. The company said": Apple; "Boeing said ... Analysts said ... The company said": Boeing).
    Any second such name, wherever it stands, leaves it unresolved ("Greenpeace criticized Shell. The company said",
    "Airbus will supply the jets", "Smith" of "Mr. Smith"). An earlier version that took the opening name alone was
    withdrawn in the nineteenth session for reaching past a nearer firm and taking campaign groups."""
    if reg._company_at:
        return None  # suffixed names are the_company's to decide
    k = reg.layer.sentence_index(offset)
    names = {name for j in range(max(k - 2, 0), k + 1) for m in _RUN_RE.finditer(  # sentence by sentence: not "Wednesday. Its"
             reg.text, reg.layer.sentences[j].start, min(reg.layer.sentences[j].end, offset))
             if reg.layer.quote_at(m.start()) is None and not _PLACE_BEFORE_RE.search(reg.text, max(0, m.start() - 40), m.start())
             and _unknown(reg, name := _bare(m.group()))}
    if len(names) != 1:
        return None
    name = names.pop()
    for j in range(k, max(k - 3, -1), -1):
        sent = reg.layer.sentences[j]
        m = _OPENING_RE.match(reg.text, sent.start, min(sent.end, offset))
        if m is not None and _bare(m.group(1)) == name:
            return name, m.start(1)
    return None


def _bare(run: str) -> str:
    """A capitalised run without a sentence's closing period or a possessive ("Wednesday.", "Telerate's")."""
    run = re.sub(r"[’']s$", "", run)
    return run if re.search(r"\b[A-Z]\.$", run) else run.rstrip(".")
