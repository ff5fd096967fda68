"""Office-holders known by name (internal to :mod:`framing.attribution`): the ``people.csv`` lexicon.

An article may quote a head of state by name alone ("Castro said", "Iraq's Saddam Hussein called President Bush a
liar", "Obama told reporters"): no title in it says what the speaker is, and the speaker was typed ``other``. The
lexicon lists office-holders whose names stand for their office in international news (its header says which); a
speaker the article gives no role or organisation of its own takes the row's type, with ``people.csv: <office>`` as
its evidence. A title or apposition in the article always decides first. Twenty-fourth session on issue #13 (FactBank
development: Saddam Hussein, Fidel Castro; GUM interviews: Mikhail Gorbachev, Shimon Peres; PUD: Barack Obama).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..lexicon import LexiconError, cached_lexicon_loader, read_lexicon_rows
from .roles import SPEAKER_TYPES

__all__ = ["KnownPeople", "load_people"]


@dataclass(frozen=True)
class KnownPeople:
    """Full names (case-folded) -> (type, office); single words written alone -> (type, the full names they stand for)."""

    by_name: dict[str, tuple[str, str]]
    alone: dict[str, tuple[str, tuple[str, ...]]]

    def lookup(self, speaker: str) -> tuple[str, str] | None:
        """(speaker type, evidence) of a speaker named ``speaker`` (a full name, or one word the article writes alone),
        or ``None`` if the lexicon does not know it."""
        if (row := self.by_name.get(speaker.casefold())) is not None:
            return row[0], f"people.csv: {row[1]}"
        if " " not in speaker and (one := self.alone.get(speaker.casefold())) is not None:
            return one[0], f"people.csv: {'; '.join(one[1])}"
        return None


def _read(path: str) -> KnownPeople:
    rows = read_lexicon_rows(path, kind="people", required=["name", "speaker_type", "office"], categories=SPEAKER_TYPES,
                             category_column="speaker_type")
    by_name = {r["name"].casefold(): (r["speaker_type"], r["office"]) for r in rows}
    alone: dict[str, tuple[str, tuple[str, ...]]] = {}
    problems = []
    for r in rows:
        for word in filter(None, (w.strip() for w in (r.values.get("alone") or "").split(";"))):
            if " " in word:
                problems.append(f"{r.source}, line {r.line}: 'alone' lists {word!r}, which is not one word. List the "
                                "single words that stand for the person, separated by ';'.")
                continue
            stype, names = alone.get(word.casefold(), (r["speaker_type"], ()))
            if stype != r["speaker_type"]:
                problems.append(f"{r.source}, line {r.line}: {word!r} stands for people of two types ({stype} and "
                                f"{r['speaker_type']}). A word written alone must name one kind of speaker; leave it out of 'alone'.")
            alone[word.casefold()] = (stype, names + (r["name"],))
    if problems:
        raise LexiconError("\n".join(problems))
    return KnownPeople(by_name, alone)


_load = cached_lexicon_loader("people.csv", _read)


def load_people(path: str | Path | None = None) -> KnownPeople:
    """Load the people lexicon (default: the packaged ``people.csv``), cached per file and modification time.

    Examples
    --------
    >>> p = load_people()
    >>> p.lookup("Fidel Castro")
    ('government', 'people.csv: Leader of Cuba (1959-2008)')
    >>> p.lookup("Castro") is None  # two Castros, and no word written alone for them
    True
    """
    return _load(path)
