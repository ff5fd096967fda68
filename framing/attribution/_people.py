"""Office-holders known by name (internal to :mod:`framing.attribution`): the ``people.csv`` lexicon.

An article may quote a head of state by name alone ("Castro said", "Iraq's Saddam Hussein called President Bush a
liar", "Obama told reporters"): no title in it says what the speaker is, and the speaker was typed ``other``. The
lexicon lists office-holders whose names stand for their office in international news (its header says which); a
speaker the article gives no role or organisation of its own takes the row's type, with ``people.csv: <office>`` as
its evidence. A title or apposition in the article always decides first. Twenty-fourth session on issue #13 (FactBank
development: Saddam Hussein, Fidel Castro; GUM interviews: Mikhail Gorbachev, Shimon Peres; PUD: Barack Obama).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from ..lexicon import LexiconError, cached_lexicon_loader, read_lexicon_rows
from .roles import SPEAKER_TYPES

__all__ = ["DESCRIBED_RE", "KnownPeople", "load_people"]


@dataclass(frozen=True)
class KnownPeople:
    """Full names (case-folded) -> (type, office); single words written alone -> (type, the full names they stand for)."""

    by_name: dict[str, tuple[str, str]]
    alone: dict[str, tuple[str, tuple[str, ...]]]
    pronouns: dict[str, str]  # full name (case-folded) -> "he" / "she"

    def lookup(self, speaker: str, *, pronoun: str | None = None) -> tuple[str, str] | None:
        """(speaker type, evidence) of a speaker named ``speaker`` (a full name, or one word the article writes alone),
        or ``None`` if the lexicon does not know it. ``pronoun`` ("he" / "she", as the article shows the person's gender:
        :func:`framing.attribution._gender.gender_of`, from "Mr." / "Mrs." or a pronoun after the name)
        keeps only the people it fits: "Mrs. Obama" is not Barack Obama."""
        if (row := self.by_name.get(speaker.casefold())) is not None:
            return row[0], f"people.csv: {row[1]}"
        if " " not in speaker and (one := self.alone.get(speaker.casefold())) is not None:
            names = [n for n in one[1] if pronoun is None or self.pronouns.get(n.casefold()) == pronoun]
            return (one[0], f"people.csv: {'; '.join(names)}") if names else None
        return None


def _read(path: str) -> KnownPeople:
    rows = read_lexicon_rows(path, kind="people", required=["name", "speaker_type", "office", "pronoun"], categories=SPEAKER_TYPES,
                             category_column="speaker_type")
    by_name = {r["name"].casefold(): (r["speaker_type"], r["office"]) for r in rows}
    alone: dict[str, tuple[str, tuple[str, ...]]] = {}
    problems = []
    for r in rows:
        if r.values.get("pronoun") not in ("he", "she"):
            problems.append(f"{r.source}, line {r.line}: pronoun {r.values.get('pronoun')!r} for {r['name']!r}. Write "
                            "'he' or 'she', the pronoun news uses for the person.")
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
    return KnownPeople(by_name, alone, {r["name"].casefold(): r.values.get("pronoun") or "" for r in rows})


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
    >>> p.lookup("Clinton", pronoun="she")  # "Mrs. Clinton"
    ('government', 'people.csv: Hillary Clinton; Hillary Rodham Clinton')
    """
    return _load(path)


# a name the article describes: a noun phrase, a relative clause or an affiliation after it ("John Howard, a retired
# plumber,", "Imran Khan, who captained ...", "Gore, of the Sierra Club,")
DESCRIBED_RE = re.compile(r",\s+(?:who|whose|of|from|an?|the|one|his|her|their)\s")
