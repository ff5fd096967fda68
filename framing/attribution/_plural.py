"""Unnamed plural sources typed by their head noun (internal to :mod:`framing.attribution`).

"Italian secularist associations said", "several municipalities said", "Pro-republicans said":
nobody is named, so the speaker stays ``None``, but the head noun says what kind of source
speaks. A plural of a ``roles.csv`` organisation row takes that row's type ("associations":
advocacy, "municipalities": government, "universities": expert); a plural *pro-* or *anti-* word
is the camp of a cause, ``advocacy`` (the annotation guidelines type campaigners and their camps
so). A capitalised *pro-* / *anti-* plural the name rules took for a name ("Anti-abortionists
said") is made unnamed too, and so is a people named by its demonym ("Cubans said": type unnamed, a
population). Flags gain ``unnamed`` and lose ``surname_only``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from ._mentions import Context
from ._words import CAMPAIGN_RE, COLLECTIVES
from .roles import RoleLexicon
from .types import Attribution

__all__ = ["plural_heads", "PLURAL_NP_RE", "campaign", "others_between"]

_CAMP_RE = re.compile(r"(?:pro|anti)-[a-z]+s", re.I)
# the head noun of a source: its last word before an "of" / "in" / "at" / "from" phrase
_HEAD_RE = re.compile(r"([\w-]+)(?:\s+(?:of|in|at|from|for)\s.*)?$", re.S)


def _plural_org(roles: RoleLexicon, word: str) -> str | None:
    """The type of plural ``word`` naming organisations of one row or the camp of a cause, else ``None``."""
    if _CAMP_RE.fullmatch(word):
        return "advocacy"
    low = word.lower()
    for single in (low[:-3] + "y" if low.endswith("ies") else "", low[:-2] if low.endswith("es") else "",
                   low[:-1] if low.endswith("s") else ""):
        row = next((r for _, e, r in roles.find(single) if r.kind == "org" and e == len(single)), None) if single else None
        if row is not None and row.speaker_type not in ("unnamed", "none"):
            return row.speaker_type
    return None


def plural_heads(ctx: Context, found: list[Attribution]) -> list[Attribution]:
    """Type each unnamed plural source by its head noun (see the module docstring)."""
    text = ctx.layer.text
    out = list(found)
    for i, a in enumerate(found):
        if a.source_span is None or a.speaker_type not in ("unnamed", "other") or "pronoun" in a.flags:
            continue
        demonyms = a.speaker is not None and "surname_only" in a.flags and a.speaker.endswith("s") \
            and ctx.roles.is_country_word(a.speaker[:-1])  # "Cubans said": a population, nobody named
        if a.speaker is not None and not demonyms and not ("surname_only" in a.flags and _CAMP_RE.fullmatch(a.speaker)):
            continue
        head = _HEAD_RE.search(text[slice(*a.source_span)])
        stype = "unnamed" if demonyms else _plural_org(ctx.roles, head.group(1)) if head else None
        if stype is not None:
            flags = tuple(f for f in a.flags if f not in ("surname_only", "unresolved"))
            flags += () if "unnamed" in flags else ("unnamed",)
            out[i] = replace(a, speaker=None, speaker_type=stype, flags=flags)
    return out


# a plural noun phrase other than a group row: "Prosecutors said the brothers ran it. They denied": the brothers
PLURAL_NP_RE = re.compile(r"\b(?:they|them|(?:the|these|those|two|three|four|five|six|several|both|some|many|all|\d+)\s+"
                           r"(?:[\w-]+\s+){0,2}(?!(?:was|is|has|does|its|his|this|thus|as|us|yes|less|plus|always|news|series|means)\b)"
                           r"(?:[a-z]*[^s\W]s|men|women|children|people))\b", re.I)
# posts a campaign group has, which its name types before their own rows ("president of Americans for Tax Reform")
_POSTS = frozenset("president chairman chairwoman chair director spokesman spokeswoman spokesperson founder head leader "
                   "coordinator organizer organiser".split())


def campaign(roles: RoleLexicon, text: str, found: list[tuple]) -> list[tuple]:
    """Type evidence ``(rank, "advocacy", words, start, "org")`` for a campaign group named in ``text``, else ``[]``.

    Ranked as the *movement* row, or first when the best title is a post the group has ("executive
    director", "president of"); a person's own title stays ahead ("a professor ..., a member of
    Scientists for Peace": expert).
    """
    if (m := CAMPAIGN_RE.search(text)) is None:
        return []
    best = min(found, default=None)
    rank = -1 if best is not None and best[4] == "title" and best[2].lower().split()[-1] in _POSTS else \
        next((r.rank for r in roles.roles if r.pattern == "movement"), 0)
    return [(rank, "advocacy", m.group(), m.start(), "org")]


def others_between(text: str, lo: int, hi: int, *, names_people: Callable[[str], bool] | None = None) -> bool:
    """Whether ``text[lo:hi]`` names others a *they* may stand for: a plural noun phrase, a collective or two
    names joined by *and* ("Police arrested Smith and Jones. They said ..."). With ``names_people``, a plural noun
    phrase counts only when a word of it (after its first) is *they* / *them* or a plural that names people: not
    "Several scenarios" or "2000 levels"."""
    between = text[lo:hi]
    if COLLECTIVES & set(between.lower().split()) or re.search(r"\b[A-Z][\w'’-]*\s+and\s+[A-Z]", between):
        return True
    if names_people is None:
        return PLURAL_NP_RE.search(between) is not None
    return any(w.lower() in ("they", "them") or w.endswith("s") and names_people(w)
               for m in PLURAL_NP_RE.finditer(between) for w in m.group().split()[1:] or m.group().split())
