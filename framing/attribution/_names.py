"""Runs of capitalised words and the person names inside them (internal to :mod:`framing.attribution`).

Shared by the speaker registry (:mod:`framing.attribution.speakers`) and the source rules
(:mod:`framing.attribution._mentions`).
"""

from __future__ import annotations

import re

from ._words import CAP_WORD, INSTITUTIONS, NAME_BREAKS
from .roles import RoleLexicon

__all__ = ["RUN_RE", "TOKEN_RE", "name_sequences"]

RUN_RE = re.compile(rf"{CAP_WORD}(?:\s+(?:(?:of|and|de|del|la|for)\s+)*{CAP_WORD})*")
TOKEN_RE = re.compile(r"\(?[^\W_][\w’'.\-]*\)?")


def name_sequences(roles: RoleLexicon, mention: str) -> list[str]:
    """The name sequences of ``mention``: its capitalised runs split at title words and connectors.

    A country word opening the name of an organisation stays in it ("Greek Orthodox Church",
    "British Red Cross"); elsewhere it breaks the name ("Venezuelan President Ana Ruiz" -> "Ana
    Ruiz", "President of Venezuela Nicolás Maduro" -> "Nicolás Maduro").
    """
    out = []
    for m in RUN_RE.finditer(mention):
        cur: list[str] = []
        toks = TOKEN_RE.findall(m.group())
        body = bool(toks) and (toks[-1] in INSTITUTIONS or any(
            r.kind == "org" and e == len(m.group()) for _, e, r in roles.find(m.group())))  # an organisation's name
        for i, t in enumerate(toks):
            nxt = toks[i + 1] if i + 1 < len(toks) else ""
            keep_country = body and not cur and roles.is_country_word(t) and nxt[:1].isupper() and not roles.is_title_word(nxt)
            if (roles.is_title_word(t) and not keep_country) or t.lower().rstrip(".") in NAME_BREAKS:
                if cur:
                    out.append(" ".join(cur))
                cur = []
            else:
                cur.append(t)
        if cur:
            out.append(" ".join(cur))
    return out
