"""What stands between a source's name and its cue, or makes up the whole source (internal to :mod:`framing.attribution`).

Read by :func:`framing.attribution._mentions.subject_before`: a role in apposition after a name ("Hilary Braysmith, USI
associate professor of art history, said"), a newswire dateline after a company's name ("Oshkosh Truck Corp., Oshkosh,
Wis., estimated"), both of which the source stops before, and a newswire description of a company that its place
opens ("The Kearny, N.J.-based maker of hair accessories said"), which is the whole source, not the place.
"""

from __future__ import annotations

import re

from ._context import Context
from ._words import PLACE_FIRM_RE, STATE_ABBR

__all__ = ["described_firm", "place_tail", "role_appositive"]

_ROLE_APPOSITIVE_RE = re.compile(r",\s+([^,;:“”\"]{3,120}?(?:\b(?:of|at|in)\s+[A-Z][^,;:“”\"]*,\s+[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2})?),\s*$")
# "The" and a place in capitals up to its comma or "-based"
_PLACE_OPENS_RE = re.compile(r"The\s+[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*(?:,|-based)")
# a newswire dateline apposition after a company's name: ", City, St.," right before the cue
_PLACE_TAIL_RE = re.compile(rf",\s+[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){{0,2}},\s+{STATE_ABBR},\s*$")  # (not "Thomas J. Watson, Jr.,")


def role_appositive(ctx: Context, lo: int, cue_start: int) -> re.Match[str] | None:
    """A comma-delimited appositive before a cue that names a role, after a capitalised name.

    "Hilary Braysmith, USI associate professor of art history, said", "Cynthia Thompson,
    curator and director of exhibits at the University of Arkansas, Fayetteville, said": one or
    two comma segments (the second a place closing the first) with a ``roles.csv`` title row.
    """
    text = ctx.layer.text
    m = _ROLE_APPOSITIVE_RE.search(text, lo, cue_start)
    if m is None or not ctx.roles.find(m.group(1)):
        return None
    before = text[lo:m.start()].split()
    return m if before and before[-1][:1].isupper() else None


def place_tail(text: str, lo: int, cue_start: int) -> re.Match[str] | None:
    """A dateline apposition ", City, St.," between ``lo`` and the cue at ``cue_start``, right before the cue."""
    return _PLACE_TAIL_RE.search(text, lo, cue_start)


def described_firm(text: str, lo: int, cue_start: int) -> tuple[int, int] | None:
    """The span of a newswire description of a company that a place and its state open, when it is all of
    ``text[lo:cue_start]`` and starts with "The" ("The Kearny, N.J.-based maker of hair accessories and other cosmetic
    products", "The Portland, Ore., thrift"; ``_words.PLACE_FIRM_RE``); ``None`` otherwise."""
    if not text.startswith("The ", lo) or (m := PLACE_FIRM_RE.fullmatch(text[lo:cue_start].rstrip())) is None \
            or not _PLACE_OPENS_RE.match(text, lo, cue_start):
        return None  # (PLACE_FIRM_RE is case-blind: not "The chairman of the Kearny, N.J.-based maker")
    return lo, lo + m.end()
