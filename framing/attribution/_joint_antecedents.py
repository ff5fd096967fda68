"""Joint antecedents: a source that stands for two named speakers of the sentences before ("the companies", "the two
leaders", "both sides", a *they* after "A and B met"), internal to :mod:`framing.attribution`.

Split from :mod:`._joint` (which :mod:`._mentions` imports) so that it may use :mod:`._plural`.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from ._joint import joint_source
from ._mentions import Context
from ._plural import others_between
from .types import Attribution, Resolved

__all__ = ["joint_antecedents"]

_THEY_RE = re.compile(r"\b[Tt]hey\b")

# a definite plural that stands for two named companies, people or countries of the sentences before ("the companies
# said", "the two leaders pledged", "both sides said"): the noun says which kind
_GROUP_RE = re.compile(r"(?:[Tt]he|[Bb]oth)(?:\s+two)?\s+(?:[A-Za-z-]+\s+)?(companies|firms|banks|concerns|carriers|airlines|"
                       r"leaders|men|women|presidents|ministers|executives|candidates|justices|"
                       r"countries|nations|neighbou?rs|governments|sides|parties)")
_KINDS = {"companies": "org", "firms": "org", "banks": "org", "concerns": "org", "carriers": "org", "airlines": "org",
          "countries": "country", "nations": "country", "neighbors": "country", "neighbours": "country", "governments": "country",
          "sides": "any", "parties": "any"}  # the rest: people
_COUNTRY_PAIR_RE = re.compile(r"\b([A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)?)\s+and\s+([A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)?)\b")


def _named_in(ctx: Context, kind: str, lo: int, hi: int) -> list[tuple[int, str]]:
    """(offset, name) of the companies, registered people or countries (``kind``; ``any``: all three) named in
    ``text[lo:hi]`` outside quotation marks, in text order."""
    reg, out = ctx.reg, []
    if kind in ("org", "any"):
        out += [(at, name) for at, name in reg._company_at if lo <= at < hi]
    if kind in ("person", "any"):
        out += [(at, name) for at, name in zip(reg._pos, reg._who) if lo <= at < hi]
    if kind in ("country", "any"):
        for m in _COUNTRY_PAIR_RE.finditer(ctx.layer.text, lo, hi):  # "Russia and Ukraine share ..."
            pair = [ctx.roles.country_named(m.group(g)) for g in (1, 2)]
            if None not in pair:
                out += [(m.start(g), c.canonical) for g, c in zip((1, 2), pair)]
    return sorted((at, name) for at, name in out if ctx.layer.quote_at(at) is None)


def _coordinated_subject(ctx: Context, syntax: Any, k: int) -> tuple[Resolved, tuple[int, int]] | None:
    """The joint speaker that opens sentence ``k`` as the subject of its main verb, when it is coordinated names
    (:func:`joint_source`: "Ratners and Weisfield's said ...", "Prime Minister John Howard and Opposition Leader Kim
    Beazley met ..."; read off the words before the verb, which the parser often hangs wrongly)."""
    ps = syntax.sentence(k)
    root = next((t.i for t in ps.tokens if t.head == t.i), None)
    if root is None or ps.tokens[root].pos not in ("VERB", "AUX"):
        return None
    before = [t for t in ps.tokens[:root] if not (t.dep in ("aux", "advmod", "aux:pass") and t.head == root)]
    while before and before[-1].pos == "PUNCT":
        before.pop()
    if not before or not any(t.text == "and" for t in before) \
            or any(t.pos not in ("PROPN", "NOUN", "ADJ", "CCONJ", "PUNCT", "DET", "ADP") for t in before):
        return None  # (not "After Smith and Jones met, ...")
    span = (before[0].start, before[-1].end)
    res = joint_source(ctx, span)
    return (res, span) if res is not None else None


def joint_antecedents(ctx: Context, syntax: Any, found: list[Attribution]) -> list[Attribution]:
    """A source left without a speaker that stands for two named speakers of the sentences before: "the companies",
    "the two leaders", "both sides" (:data:`_GROUP_RE`), or a *they* after a coordinated subject.

    The speaker is, first, the joint speaker of an attribution in the two sentences before or earlier in the same
    one ("Ratners and Weisfield's said ... The companies said"); else, for a definite plural, the two companies,
    people or countries (by its noun) named outside quotation marks in the sentence before and its own sentence up
    to the source, when they are exactly two ("A.L. Williams Corp. was merged into Primerica Corp. ..., the companies
    said"); else, for a *they*, the coordinated proper-noun subject of the sentence before's main clause. Flags
    ``joint`` and ``role_linked`` (``pronoun`` for *they*); ``antecedent_span`` is the earlier mention."""
    text, layer = ctx.layer.text, ctx.layer
    out = list(found)
    for i, a in enumerate(found):
        if a.speaker is not None or a.source_span is None or layer.quote_at(a.source_span[0]) is not None:
            continue
        mention = text[a.source_span[0]:a.source_span[1]]
        group = _GROUP_RE.fullmatch(mention)
        they = mention.lower() == "they" and "unresolved" in a.flags
        k = layer.sentence_index(a.source_span[0])
        if not (group or they) or k < 0:
            continue
        lo = layer.sentence_starts[max(k - (1 if they else 2), 0)]
        earlier = [b for b in found if "joint" in b.flags and b.source_span and lo <= b.source_span[0] < a.source_span[0]]
        hit: tuple[str, str, tuple[int, int]] | None = None
        if earlier:
            b = earlier[-1]
            hit = (b.speaker, b.speaker_type, b.source_span)
        elif group:
            kind = _KINDS.get(group.group(1), "person")
            named = _named_in(ctx, kind, layer.sentence_starts[max(k - 1, 0)], a.source_span[0])
            names = list(dict.fromkeys(name for _, name in named))
            if len(names) == 2:
                first = next(at for at, name in named if name == names[0])
                last = max(at for at, name in named if name == names[1])
                stype = ctx.reg.resolve(names[0], first, record=False).speaker_type
                hit = (" and ".join(names), stype if kind != "org" else "other", (first, last + len(names[1])))
        elif k > 0 and (coord := _coordinated_subject(ctx, syntax, k - 1)) is not None:
            gap = _THEY_RE.sub("", text[coord[1][1]:a.source_span[0]])
            if not others_between(gap, 0, len(gap), names_people=ctx.roles.names_people):  # not "... met the rebels. They said"
                hit = (coord[0].speaker, coord[0].speaker_type, coord[1])
        if hit is None:
            continue
        ctx.joint.add(hit[0])
        flags = tuple(f for f in a.flags if f not in ("unresolved", "unnamed")) + (("pronoun",) * (they and "pronoun" not in a.flags)) \
            + ("joint", "role_linked")
        out[i] = replace(a, speaker=hit[0], speaker_type=hit[1], flags=flags, antecedent_span=hit[2])
    return out
