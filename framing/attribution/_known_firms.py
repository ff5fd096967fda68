"""Companies news names by their short names alone (internal to :mod:`framing.attribution`): ``companies.csv``.

An article's own company names come from their legal suffixes ("Unisys Corp." ... "Unisys said": :mod:`._companies`).
Today's news writes "Microsoft announced", "Samsung said", "Boeing spokeswoman Jane Doe" with no suffix anywhere, and
such a name was read as a person's surname: "its goal" and "the company" could not take it, and the spokeswoman was
typed government. The lexicon lists well-known companies (its header says how they were chosen); a name in it that
the article writes alone, and never otherwise, joins the article's companies under its own name. Thirty-fifth session
on issue #13.
"""

from __future__ import annotations

import re
from pathlib import Path

from ..lexicon import cached_lexicon_loader, read_lexicon_rows
from ._words import ABBREV_TITLES, OPENING_CAPS, TITLE_MODIFIERS, WEEKDAY
from .roles import RoleLexicon

__all__ = ["known_companies", "load_known_companies"]


def _read(path: str) -> tuple[str, ...]:
    return tuple(r["name"] for r in read_lexicon_rows(path, kind="companies", required=["name", "source"]))


_load = cached_lexicon_loader("companies.csv", _read)
# a capitalised word right before or after: the name is a person's or part of a longer one ("Fiona Apple", "Nikola
# Tesla", "Google Analytics", "Meta Platforms"); not a title after it ("Google CEO Sundar Pichai") nor a possessive
# before it ("Germany's Siemens", "Elon Musk's Tesla")
# (a whole word on the same line, no sentence's end: not "iPhone. Samsung", nor a headline's last word before a new line)
_CAP_BEFORE_RE = re.compile(r"(?<![\w.&’'-])[A-Z][\w&’'-]*[ \t]+$")
_CAP_AFTER_RE = re.compile(r"\s+([A-Z][a-z][\w&’'-]*)")
_HONORIFIC_RE = re.compile(rf"\b{ABBREV_TITLES}\.?\s+$")  # a person: "Mr. Samsung", "Dr. Tesla", "Det. Sam Nokia"
# capitalised words after the name that are no part of it: a day ("Apple Tuesday said", AP style), a title's modifier
# ("Microsoft Vice Chair Brad Smith"; the title itself is a row of roles.csv)
_NOT_OF_NAME_RE = re.compile(rf"{WEEKDAY}$", re.I)
_PATTERNS: dict[tuple[str, ...], re.Pattern[str]] = {}


def load_known_companies(path: str | Path | None = None) -> tuple[str, ...]:
    """The company names of ``companies.csv`` (or of the lexicon file at ``path``), in file order.

    Examples
    --------
    >>> "Microsoft" in load_known_companies()
    True
    """
    return _load(path)


def known_companies(text: str, names: tuple[str, ...] | None = None, *,
                    roles: RoleLexicon | None = None) -> dict[str, str]:
    """Each name of ``names`` (default :func:`load_known_companies`) ``text`` writes alone and never otherwise -> itself.

    Alone: at word boundaries, with no capitalised word right after it (but a title of ``roles``: "Google CEO Sundar
    Pichai") and none right before it (but one that opens sentences, "Yesterday Microsoft said", or a possessive,
    "Germany's Siemens"). A name the article also writes otherwise is left to the other rules for the whole article:
    a person's ("Fiona Apple released an album. Apple said", "Mr. Samsung", "Detective Sam Nokia ... Nokia said") or a
    longer name's ("Meta Platforms ... Meta said", "Sony Pictures ... Sony said"; helper-123's reading).

    Examples
    --------
    >>> known_companies("Microsoft said sales rose, according to Google Analytics.")
    {'Microsoft': 'Microsoft'}
    >>> known_companies("Fiona Apple released an album. Apple said she recorded it at home.")
    {}
    """
    names = names if names is not None else load_known_companies()
    if (pattern := _PATTERNS.get(names)) is None:
        alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
        pattern = _PATTERNS[names] = re.compile(rf"(?<![\w&-])(?:{alternatives})(?![\w&-])")
    alone: list[str] = []
    otherwise: set[str] = set()
    for m in pattern.finditer(text):
        name = m.group()
        after = _CAP_AFTER_RE.match(text, m.end())
        before = _CAP_BEFORE_RE.search(text, max(0, m.start() - 40), m.start())
        if after is not None and not (roles is not None and roles.is_title_head(after.group(1))
                                      or after.group(1).lower() in TITLE_MODIFIERS or _NOT_OF_NAME_RE.match(after.group(1))) \
                or _HONORIFIC_RE.search(text, max(0, m.start() - 12), m.start()) \
                or before is not None and before.group().strip().lower() not in OPENING_CAPS \
                and not re.search(r"[’']s?\s+$", before.group()):
            otherwise.add(name)
        elif name not in alone:
            alone.append(name)
    return {name: name for name in alone if name not in otherwise}


