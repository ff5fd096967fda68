"""The reporting-verb lexicon: every inflected form of a verb -> (lemma, stance).

Data: ``framing/lexicons/reporting_verbs.csv`` (columns ``verb``, ``stance``,
``cue_class``, ``forms``, ``source``, ``notes``; ``cue_class`` is one of :data:`CUE_CLASSES`). Regular inflections (-s, -ed, -ing, -ies/-ied,
a dropped final *e*) are generated from the lemma; irregular forms (*said*,
*told*, *wrote*) are listed in ``forms``, separated by ``;``. A multiword verb
("point out", "called on") inflects its first word. Re-exported by
:mod:`framing.attribution`.
"""

from __future__ import annotations

import re
from pathlib import Path

from ..lexicon import cached_lexicon_loader, read_lexicon_rows
from .types import CUE_CLASSES, STANCES

__all__ = ["VerbLexicon", "load_reporting_verbs"]


def _inflect(lemma: str) -> set[str]:
    head, _, rest = lemma.partition(" ")
    tail = f" {rest}" if rest else ""
    if head.endswith("ee"):  # "agreeing", "guaranteeing"
        forms = {head, head + "s", head + "d", head + "ing"}
    elif head.endswith("e"):
        forms = {head, head + "s", head + "d", head[:-1] + "ing"}
    elif head.endswith("y") and head[-2:-1] not in "aeiou":
        forms = {head, head[:-1] + "ies", head[:-1] + "ied", head + "ing"}
    elif head.endswith(("s", "sh", "ch", "x", "z")):
        forms = {head, head + "es", head + "ed", head + "ing"}
    else:
        forms = {head, head + "s", head + "ed", head + "ing"}
    return {f + tail for f in forms}


class VerbLexicon:
    """Compiled reporting verbs: every form -> (lemma, stance). Build with :func:`load_reporting_verbs`.

    ``regex`` matches any form (longest first, case-insensitive, a space in a
    multiword verb matches any white space); ``lookup`` maps a matched form back.

    Examples
    --------
    >>> v = VerbLexicon({"said": ("say", "neutral"), "called on": ("call on", "directive")})
    >>> v.regex.search("They  called   on him").group(), v.lookup("Called on")
    ('called   on', ('call on', 'directive'))
    """

    def __init__(self, entries: dict[str, tuple[str, str]], name: str = "<verbs>",
                 classes: dict[str, str] | None = None) -> None:
        self.forms = entries
        self.name = name
        self.classes = classes or {}  # lemma -> cue class
        by_first: dict[str, list[str]] = {}
        for f in sorted(entries, key=len, reverse=True):  # longest first within each group
            by_first.setdefault(f[:1].lower(), []).append(f)
        # one group per first letter: the engine tries one group at a position, not every verb
        groups = [re.escape(ch) + "(?:" + "|".join(re.escape(f[1:]).replace(r"\ ", r"\s+") for f in fs) + ")"
                  for ch, fs in sorted(by_first.items())]
        self.regex = re.compile(r"\b(?:" + "|".join(groups) + r")\b", re.I)

    def lookup(self, form: str) -> tuple[str, str]:
        return self.forms[" ".join(form.lower().split())]

    def cue_class(self, form: str) -> str:
        """The cue class of a form's lemma (``"statement"`` when the lexicon has none for it)."""
        return self.classes.get(self.lookup(form)[0], "statement")

    def lemma_of(self, lemma: str, form: str) -> str | None:
        """The lexicon lemma for a parsed verb (its lemma, else its form), or ``None`` if it is not a cue."""
        for w in (lemma.lower(), form.lower()):
            if w in self.forms:
                return self.forms[w][0]
        return None


def _read(path: str) -> VerbLexicon:
    rows = read_lexicon_rows(path, kind="reporting_verbs", required=["verb", "stance", "cue_class"], categories=STANCES,
                             category_column="stance", closed={"cue_class": CUE_CLASSES})
    entries: dict[str, tuple[str, str]] = {}
    classes: dict[str, str] = {}
    for r in rows:
        lemma = r["verb"].lower()
        classes[lemma] = r["cue_class"]
        forms = _inflect(lemma) | {f.strip().lower() for f in r.values.get("forms", "").split(";") if f.strip()}
        for f in forms:
            entries.setdefault(f, (lemma, r["stance"]))
    return VerbLexicon(entries, path, classes)


_load = cached_lexicon_loader("reporting_verbs.csv", _read)  # cached per file and modification time


def load_reporting_verbs(path: str | Path | None = None) -> VerbLexicon:
    """Load the reporting-verb lexicon (default: the packaged ``reporting_verbs.csv``), cached per file and modification time.

    Examples
    --------
    >>> v = load_reporting_verbs()
    >>> v.lookup("admitted"), v.lookup("says"), v.lookup("pointed out")
    (('admit', 'conceding'), ('say', 'neutral'), ('point out', 'endorsing'))
    >>> v.cue_class("urged"), v.cue_class("believes"), v.cue_class("declined")
    ('request', 'belief', 'refusal')
    """
    if isinstance(path, VerbLexicon):
        return path
    if path is not None and not isinstance(path, (str, Path)):
        raise TypeError(f"verbs must be a path to a reporting-verb CSV file or a VerbLexicon, not {type(path).__name__}")
    return _load(path)

