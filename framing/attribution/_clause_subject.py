"""What an unresolved *it* / *they* stands for in its own sentence (internal to :mod:`framing.attribution`).

:func:`clause_antecedent`: the subject of a verb above the pronoun in the parse, when it can be the
pronoun's antecedent (moved from :mod:`.syntactic` in the fourteenth session on issue #13, unchanged but
for the *it* rule).
"""

from __future__ import annotations

from typing import Any

from ..text.syntax import ParsedSentence
from ._gender import gender_of
from ._mentions import Context, plural_group
from ._parts import mention_tokens, token_span
from ._words import COLLECTIVES

__all__ = ["clause_antecedent"]

# verbs whose subject *it* is mostly a document or a finding ("the report ... it shows", "it suggests")
_EVIDENTIAL = frozenset("show find suggest indicate demonstrate reveal prove confirm".split())


def clause_antecedent(ctx: Context, ps: ParsedSentence, src: int) -> tuple[str | None, str, tuple[str, ...], tuple[int, int]] | None:
    """What an unresolved *it* / *they* refers to in its own sentence: the subject of a verb above it.

    A named organisation ("The Federal Reserve has made clear that it expects ..."; for *it*, any name no *he* / *she* follows: "Dow Jones said it believes"); for *they*
    also a plural group of ``roles.csv`` (``group`` rows), which stays unnamed but lends its type ("police admit that ... they don't
    know": ``law_enforcement``; flags ``pronoun``, ``unnamed``, ``clause_subject``). Else ``None``:
    an object or oblique of a verb above, before the pronoun, may be meant instead ("Macron urged the
    Commission to say whether it ..."), and so may a named subject that is not an organisation.
    """
    plural = ps.tokens[src].text.lower() == "they"
    agree = ("NNS", "NNPS") if plural else ("NN", "NNP")
    if not plural and ps.tokens[ps.tokens[src].head].lemma.lower() in _EVIDENTIAL:
        return None  # "Johnson said it shows that ...": what shows is a thing (the report), not the speaker

    def fits(c: int) -> bool:  # a noun "they" or "it" may refer to ("the council ... they": a collective)
        return ps.tokens[c].tag in agree or plural and ps.tokens[c].lemma.lower() in COLLECTIVES

    seen, v = set(), ps.tokens[src].head
    while v not in seen:
        seen.add(v)
        if any(ps.tokens[c].dep in ("obj", "iobj", "obl") and fits(c) and c < src for c in ps.children(v)):
            return None  # "Macron urged the Commission to say whether it ...": a nearer noun of its number may be meant
        subj = next((c for c in ps.children(v) if ps.tokens[c].dep == "nsubj" and c < src), None)
        if subj is not None and ps.tokens[subj].pos == "PROPN":
            run = mention_tokens(ps, subj)[0]
            res = _resolved(ctx, ps, run)
            if res.speaker is not None and ("organisation" in res.flags or res.speaker in ctx.reg.companies or not plural and gender_of(ctx.layer, res.speaker) is None):
                return res.speaker, res.speaker_type, ("pronoun", "organisation", "clause_subject"), token_span(ps, run)
            return None
        if subj is not None and plural and ps.tokens[subj].tag == "NNS":
            run, _ = mention_tokens(ps, subj)
            if any(fits(i) for i in range(max(run) + 1, src)):
                return None  # "Police said the protesters had been warned, but they insisted": a nearer plural
            res = _resolved(ctx, ps, run)
            if res.speaker is None and "unnamed" in res.flags and plural_group(ctx, *token_span(ps, run)):
                return None, res.speaker_type, ("pronoun", "unnamed", "clause_subject"), token_span(ps, run)  # "Scientology officials ... where they claimed"
            return None
        if ps.tokens[v].head == v:
            return None
        v = ps.tokens[v].head
    return None


def _resolved(ctx: Context, ps: ParsedSentence, run: list[int]) -> Any:
    """The registry's reading of the mention made of tokens ``run``."""
    s, e = token_span(ps, run)
    return ctx.reg.resolve(ctx.layer.text[s:e], s)
