"""Companies news names by their short names alone (internal to :mod:`framing.attribution`): ``companies.csv``.

An article's own company names come from their legal suffixes ("Unisys Corp." ... "Unisys said": :mod:`._companies`).
Today's news writes "Microsoft announced", "Samsung said", "a Harley-Davidson spokeswoman" with no suffix anywhere, and
such a name was read as a person's surname: "its goal" and "the company" could not take it, and its spokespeople were
typed government. The lexicon lists well-known companies (its header says how they were chosen); a name in it that the
article writes alone joins the article's companies under its own name. Thirty-fifth session on issue #13.
"""

from __future__ import annotations

import re
from pathlib import Path

from ..lexicon import cached_lexicon_loader, read_lexicon_rows
from ._words import LEAD_CAPS, STOP_CAPS

__all__ = ["known_companies", "load_known_companies"]


def _read(path: str) -> tuple[str, ...]:
    return tuple(r["name"] for r in read_lexicon_rows(path, kind="companies", required=["name", "source"]))


_load = cached_lexicon_loader("companies.csv", _read)
# a capitalised word right before or after: the name is part of a longer one ("Google Analytics", "Sony Pictures",
# "Fiona Apple", "Nikola Tesla"); "Google CEO Sundar Pichai" counts not, and most articles write "Google" alone elsewhere
_CAP_BEFORE_RE = re.compile(r"(?<![\w.&’'-])[A-Z][\w&’'-]*\s+$")  # a whole word, no sentence's end ("iPhone. Samsung")
_CAP_AFTER_RE = re.compile(r"\s+[A-Z][a-z]")
_PATTERNS: dict[tuple[str, ...], re.Pattern[str]] = {}


def load_known_companies(path: str | Path | None = None) -> tuple[str, ...]:
    """The company names of ``companies.csv`` (or of the lexicon file at ``path``), in file order.

    Examples
    --------
    >>> "Microsoft" in load_known_companies()
    True
    """
    return _load(path)


def known_companies(text: str, names: tuple[str, ...] | None = None) -> dict[str, str]:
    """Each name of ``names`` (default :func:`load_known_companies`) that ``text`` writes alone at least once -> itself.

    Alone: at word boundaries, with no capitalised word right before it (other than one that opens sentences: "The",
    "Yesterday", "Meanwhile") and none right after it ("Google Analytics" is another name; "Google spokeswoman Jane Doe" and "Microsoft said" are Google's
    and Microsoft's).

    Examples
    --------
    >>> known_companies("Microsoft said sales rose, according to Google Analytics.")
    {'Microsoft': 'Microsoft'}
    """
    names = names if names is not None else load_known_companies()
    if (pattern := _PATTERNS.get(names)) is None:
        alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
        pattern = _PATTERNS[names] = re.compile(rf"(?<![\w&-])(?:{alternatives})(?![\w&-])")
    out: dict[str, str] = {}
    for m in pattern.finditer(text):
        name = m.group()
        if name in out or _CAP_AFTER_RE.match(text, m.end()):
            continue
        before = _CAP_BEFORE_RE.search(text, max(0, m.start() - 40), m.start())
        if before is not None and before.group().strip().lower() not in _OPENERS:
            continue  # "Fiona Apple", "Nikola Tesla"; not "Yesterday Microsoft said"
        out[name] = name
    return out


_OPENERS = STOP_CAPS | LEAD_CAPS
