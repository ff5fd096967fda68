"""A headline's bare description of its source, named in the article (internal to :mod:`framing.attribution`).

A headline names its source by a description without an article ("Australian woman claims Church of Scientology
imprisoned her for twelve years"), which the registry leaves unnamed; the article then names the person with that
description in apposition ("Valeska Paris, an Australian woman and former Scientologist, has claimed ...": GUM,
``GUM_news_imprisoned``). :func:`headline_sources` gives the headline's source that person, flag ``role_linked``,
with the name before the apposition as its antecedent; not a possessive ("Mark Evans, the former soldier's lawyer"
is no former soldier: helper-114). A source that is a title alone ("Judge rules ...", "Minister says ...") is the
first person the article then names with that title, flag ``role_linked``, as a role after the fact is. Only the article's first paragraph when it is a headline (one line with no
full stop at its end), only a description of two to four lower-case or capitalised words with no determiner, and
only when exactly one name in the article carries it.

:func:`headline_speech` reads the headline's own grammar, which the parser, trained on running text, misreads: no
articles, and a verb in the third person the tagger takes for a plural noun ("Judge rules deportations were unlawful",
"UN warns famine is imminent in Sudan", "Court orders release of migrants": no subject, no verb to it). When no rule
found a cue in the headline, the first reporting-verb form ending in *s* after one to six words that open it is the
cue (flag ``headline``), those words the source and the rest the content, when the rest is a clause with a finite
verb of its own that does not open it ("Court rules take effect": a plural noun then; "Court orders release of migrants"
is left, with "Flood claims top $1bn" and "City plans new park"), and no relative pronoun is among the words before.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from ._cuecheck import FINITE
from ._mentions import Context, make_attribution
from ._words import FULL_NAME
from .types import Attribution

__all__ = ["headline_sources", "headline_speech"]

_BARE_RE = re.compile(r"(?!(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Oo]ne|[Ss]ome|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s)[A-Za-z][\w-]*(?:\s+[a-z][\w-]*){1,3}")


def _headline(ctx: Context) -> tuple[int, int] | None:
    """The span of the article's first paragraph when it reads as a headline: one line, not ending in a full stop."""
    if not ctx.layer.paragraphs:
        return None
    p = ctx.layer.paragraphs[0]
    line = ctx.layer.text[p.start:p.end].strip()
    return (p.start, p.end) if line and "\n" not in line and not line.endswith((".", "!", "?", "”", '"')) else None


def headline_sources(ctx: Context, found: list[Attribution]) -> list[Attribution]:
    """``found`` with the unnamed source of a headline linked to the person the article describes by it."""
    head = _headline(ctx)
    if head is None:
        return found
    text = ctx.layer.text
    out = list(found)
    for i, a in enumerate(found):
        if a.speaker is not None or a.source_span is None or not head[0] <= a.source_span[0] < head[1]:
            continue
        desc = text[slice(*a.source_span)]
        if (holder := _role_holder(ctx, desc, head[1], found)) is not None:
            out[i] = replace(a, speaker=holder[0], speaker_type=ctx.reg.type_of(set(ctx.reg.people[holder[0]].roles), []),
                             flags=tuple(f for f in a.flags if f not in ("unnamed", "unresolved")) + ("role_linked",),
                             antecedent_span=holder[1])
            continue
        if not _BARE_RE.fullmatch(desc):
            continue
        hits = {(m.group(1), m.start(1), m.end(1)) for m in re.finditer(
            rf"({FULL_NAME}),\s+(?:an?|the)\s+(?i:{re.escape(desc)})\b(?![’']s\b)", text[head[1]:])}
        names = {name for name, _, _ in hits}
        if len(names) != 1:
            continue
        name, s, e = min(hits, key=lambda h: h[1])
        res = ctx.reg.resolve(name, head[1] + s, record=False)
        if res.speaker is None or "organisation" in res.flags:
            continue
        out[i] = replace(a, speaker=res.speaker, speaker_type=res.speaker_type,
                         flags=tuple(f for f in a.flags if f not in ("unnamed", "unresolved")) + ("role_linked",),
                         antecedent_span=(head[1] + s, head[1] + e))
    return out


_FINITE = FINITE | {"VB"}  # and the base form: "Court rules take effect"
_ABOUT_RE = re.compile(r"(?:\S+\s+){0,2}?(?:about|on|over)\s")


def headline_speech(ctx: Context, syntax: Any, found: list[Attribution]) -> list[Attribution]:
    """The attribution of a headline "<source> <verb>s <content>" that no other rule found (see the module docstring)."""
    head = _headline(ctx)
    if head is None or any(a.cue_span and head[0] <= a.cue_span[0] < head[1] for a in found):
        return []
    text = ctx.layer.text
    end = head[0] + len(text[head[0]:head[1]].rstrip(" :;,"))
    for m in ctx.verbs.regex.finditer(text, head[0], end):
        raw = text[head[0]:m.start()]
        before = raw.strip()
        if not m.group().endswith("s") or not 1 <= len(before.split()) <= 6 or not before[:1].isupper() \
                or re.search(r"[:;,“”\"‘’']|\b(?:who|which|that)\b", before) or ctx.layer.quote_at(m.start()) is not None:
            return []  # (not "Man who admits killing wife jailed for life")
        lo = m.end() + len(text[m.end():end]) - len(text[m.end():end].lstrip())
        lo += 5 if text.startswith("that ", lo) else 0
        if len(text[lo:end].split()) < 2 or (tok := syntax.token_at(lo)) is None or tok.tag in _FINITE \
                or tok.pos in ("ADP", "SCONJ", "CCONJ", "PART") or text[lo] in "“”\"‘’'" or _ABOUT_RE.match(text, lo, end) \
                or not any(t.tag in _FINITE and lo <= t.start < end for t in syntax.sentence(ctx.layer.sentence_index(lo)).tokens):
            return []  # a clause only, with its own finite verb (after helper-114's reading: not "Bank raises rates as
            # inflation soars", "Flood claims top $1bn", "City plans new park", "UN warns of famine", "Council responds to
            # complaints"), no quotation (the quotation rules' own), nor a topic ("tells Wikinews about ants", GUM)
        src = head[0] + len(raw) - len(raw.lstrip())
        return [make_attribution(ctx, "indirect", (src, src + len(before)), m, (lo, end), m.start(), ("headline",))]
    return []


def _role_holder(ctx: Context, desc: str, after: int, found: list[Attribution]) -> tuple[str, tuple[int, int]] | None:
    """The one person who speaks in the article after the headline with the title the headline's source ``desc`` is
    alone ("Judge rules deportations were unlawful ... U.S. District Judge James Boasberg ruled"), and the mention.
    The person's title must end in the headline's words with no rank before them ("Vice President", "Prime Minister"
    hold no "President", "Minister"), in office ("former President Barack Obama criticised" is not "President says"),
    and only one such speaker may be named; a holder who does not speak is no source (helper-115: "a gunman attacked
    the home of Judge Esther Salas" before "Judge James Boasberg ruled")."""
    if not any(r.kind == "title" and e - s == len(desc) for s, e, r in ctx.roles.find(desc)):
        return None
    low = desc.lower()
    reg, text = ctx.reg, ctx.layer.text
    holders: dict[str, tuple[int, int]] = {}
    for b in found:
        if not b.speaker or b.speaker not in reg.people or not b.source_span or b.source_span[0] < after \
                or re.search(r"(?i)\b(?:former|ex-|onetime|late)\b", text[max(0, b.source_span[0] - 12):b.source_span[1]]):
            continue
        if any(r.kind == "title" and (p := r.pattern.lower()).endswith(low) and not set(p[:-len(low)].split()) & _RANKS
               for r in reg.people[b.speaker].roles):
            holders.setdefault(b.speaker, b.source_span)
    return next(iter(holders.items())) if len(holders) == 1 else None


_RANKS = frozenset("vice deputy prime assistant associate under acting chief".split())
