"""A company's board and its unnamed people (internal to :mod:`framing.attribution`).

FactBank's annotators resolve a company's board or directors to the company, typed other ("which the Dataproducts
board said it rejected": Dataproducts Corp.; the project's decisions in ``benchmarks/data/factbank_attribution.md``),
and give a company's unnamed officials and management the company as their affiliation ("Dataproducts officials
declined to comment": nobody named, affiliation Dataproducts Corp.). helper-126's reading of unannotated FactBank text
(thirty-sixth session) found both left unnamed with no affiliation.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ._mentions import Context
from .types import Attribution

__all__ = ["company_bodies"]

# "the Dataproducts board", "Dataproducts directors", "the Acme board of directors"; the firm's name is matched against
# the article's companies (:func:`~._companies.companies`)
_BODY_RE = re.compile(r"(?:[Tt]he\s+)?(?P<firm>[A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*){0,3}?)(?:[’']s)?\s+"
                      r"(?:(?P<board>board(?:\s+of\s+directors)?|directors)|(?P<people>officials|executives|management|"
                      r"officers|spokesman|spokeswoman|spokesperson))")


def company_bodies(ctx: Context, found: list[Attribution]) -> list[Attribution]:
    """``found`` with a company's board credited to the company (flag ``organisation``, ``board``) and its unnamed
    people given the company as affiliation, where the source names a company of the article and no speaker."""
    text = ctx.layer.text
    out = []
    for a in found:
        m = _BODY_RE.fullmatch(text, *a.source_span) if a.speaker is None and a.source_span else None
        firm = ctx.reg.companies.get(m.group("firm")) if m is not None else None
        if firm is None:
            out.append(a)
        elif m.group("board"):
            keep = tuple(f for f in a.flags if f not in ("unnamed", "unresolved"))
            out.append(replace(a, speaker=firm, speaker_type="other", flags=keep + ("organisation", "board")))
        else:
            out.append(a if a.affiliation else replace(a, affiliation=firm))
    return out
