"""Whom a sentence is about, for a *he* / *she* in the next (internal to :mod:`framing.attribution`).

The registry (:class:`~framing.attribution.speakers.SpeakerRegistry`, rule 3) gives each sentence the first person
it names before any *he* / *she*, carried on through sentences that name nobody; a pronoun opening the next
sentence takes it. Where the sentence is parsed, :func:`centre_subjects` puts the person its main clause's subject
names first instead: in centering theory the subject of the previous utterance is the preferred antecedent (Grosz,
Joshi and Weinstein 1995, "Centering: a framework for modeling the local coherence of discourse", *Computational
Linguistics* 21(2)). "In 1892, after seeing the success of a classmate, Kaho Tanabe, who wrote a novel, Higuchi
decided to become a novelist. ... she assumed" is Higuchi, not the classmate (GUM, ``GUM_bio_higuchi``). A
subject that names no registered person (a pronoun, a common noun, a place) leaves the registry's choice, and so
does a subject whose gender, where the article shows it (:func:`~._gender.gender_of`), is not the pronoun's
(:func:`centred`: "After meeting Rayner, ..., Cleverly wrote to MPs. She said" is Rayner; helper-114's reading).
"""

from __future__ import annotations

import bisect
from typing import Any

from ._gender import other_gender

__all__ = ["carried", "centre_subjects", "centred", "first_person_in", "main_subject"]

_SUBJECTS = ("nsubj", "nsubj:pass")


def carried(own: list[str | None]) -> list[str | None]:
    """Each sentence's person: its own, else the last one before it (``None`` before any)."""
    out: list[str | None] = []
    last: str | None = None
    for who in own:
        last = who if who is not None else last
        out.append(last)
    return out


def main_subject(ps: Any) -> int | None:
    """The subject token of the sentence's main clause (the root's), ``None`` without one."""
    root = ps.root()
    return ps._child(root, _SUBJECTS) if root is not None else None


def first_person_in(reg: Any, lo: int, hi: int) -> tuple[int, str] | None:
    """(offset, person) of the first registered person mentioned in ``text[lo:hi]``, skipping a mention that is the name of
    one of the article's companies: "Whether Polly Peck's acquisition makes sense ..., Mr. Nadir brimmed ... Sansui, he
    said" is Nadir's (a parse subject registers "Polly Peck" as a person, which the rest of the registry still uses for
    the firm: "Dow Jones discloses ... and says it"; thirty-sixth session)."""
    i = bisect.bisect_left(reg._pos, lo)
    while i < len(reg._pos) and reg._pos[i] < hi:
        if reg._who[i] not in reg.companies:
            return reg._pos[i], reg._who[i]
        i += 1
    return None


def _person_at(reg: Any, start: int, end: int) -> str | None:
    """The registered person whose mention (outside quotation marks) covers ``text[start:end]``."""
    i = bisect.bisect_right(reg._pos, start) - 1
    return reg._who[i] if i >= 0 and reg._pos[i] <= start and end <= reg._end[i] else None


def centre_subjects(reg: Any, syntax: Any) -> None:
    """Make the person each parsed sentence's main subject names that sentence's person in ``reg.subjects``."""
    own = list(reg.own)
    for k, ps in syntax.parsed.items():
        subj = main_subject(ps)
        if subj is None or ps.tokens[subj].pos != "PROPN":
            continue
        tok = ps.tokens[subj]
        if (who := _person_at(reg, tok.start, tok.end)) is not None and who not in reg.companies:  # (a firm: no he/she)
            own[k] = who
    reg.subjects = carried(own)


def centred(reg: Any, k: int, word: str | None) -> str | None:
    """The person sentence ``k`` is about for pronoun ``word``: its main subject's (``reg.subjects``) unless the article
    shows that person is not of the *he* / *she*'s gender, then the first person it names (``reg.first_subjects``)."""
    centre, first = reg.subjects[k], reg.first_subjects[k]
    if centre != first and centre is not None and other_gender(reg.layer, centre, word):
        return first
    return centre
