"""A *he* / *she* / *they* in a fronted subordinate clause, resolved forward to the main clause's subject where
the look-back rules found no one who can be it (internal to :mod:`framing.attribution`).

"Although he called current market conditions "highly competitive," Mr. LaMothe, Kellogg's chairman, forecast an
earnings increase" (FactBank wsj_0610): the pronoun points forward, to the subject of the clause its own clause is
fronted to. Such a pronoun may point forward (binding theory allows it: the fronted clause's pronoun does not
c-command the main subject; Kuno 1972, "Functional sentence perspective", *Linguistic Inquiry* 3(3); van Hoek 1997,
*Anaphora and Conceptual Structure*) but need not ("Smith was arrested. Although he denied the charges, Judge Amy
Lee said ...": Smith). So the forward reading is taken only where the look-back rules left the pronoun unresolved,
or resolved a *he* / *she* to a thing (in wsj_0610 to "Fluor Daniel", a company named before, "its work crew") or
to a person the article shows is of the other gender; and the main subject must not be of the other gender itself
(helper-121). Only where the pronoun is the subject of a cue in an adverbial clause opened by a subordinator and set before the
main verb, and the main clause's subject is a name or a noun phrase of the pronoun's number; its speaker is then the
record of that subject's own cue, or what the registry resolves the subject to. Thirty-fourth session on issue #13.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from ._gender import other_gender
from ._mentions import Context, resolve_source
from .syntactic import mention_tokens, token_span
from ._words import ADVERBIAL_MARKS
from .types import Attribution

__all__ = ["fronted_clause_pronouns"]

_PRONOUNS = frozenset(("he", "she", "they"))
# the flags of the look-back reading the forward one replaces
_LOOK_BACK_FLAGS = frozenset(("pronoun", "unresolved", "unnamed", "subject", "gender", "salient", "previous_subject",
                              "previous_source"))
# adverbial clauses' subordinators, and those of time and reason a fronted clause opens with ("After he left, ...")
_SUBORDINATORS = ADVERBIAL_MARKS | frozenset("after before as since even whereas".split())


def fronted_clause_pronouns(ctx: Context, syntax: Any, found: list[Attribution]) -> list[Attribution]:
    """``found`` with the pronoun sources of cues in fronted subordinate clauses resolved to the main subject."""
    text = ctx.layer.text
    out = list(found)
    for i, a in enumerate(found):
        word = text[slice(*a.source_span)].lower() if a.source_span is not None else ""
        if word not in _PRONOUNS or a.cue_span is None or not _open(ctx, a, word):
            continue
        k = ctx.layer.sentence_index(a.source_span[0])
        ps = syntax.parsed.get(k)
        pron = syntax.token_at(a.source_span[0]) if ps is not None else None
        if pron is None or not pron.dep.startswith("nsubj"):
            continue
        clause = ps.tokens[pron.head]
        main = ps.tokens[clause.head]
        if clause.dep != "advcl" or clause.head == clause.i or main.i < clause.i or not any(
                ps.tokens[m].dep in ("mark", "advmod") and ps.tokens[m].text.lower() in _SUBORDINATORS
                and m < pron.i for m in ps.children(clause.i)):  # ("When" is an advmod)
            continue
        subj = ps._child(main.i, ("nsubj", "nsubj:pass"))
        if subj is None and (subj := _absorbed_subject(ps, clause.i, main.i)) is not None:
            first = min(ps.subtree(subj))
            end = max((t.end for t in ps.tokens[clause.i:first] if t.text not in (",", ";")), default=a.content_span[1])
            if a.content_span[0] < end < a.content_span[1]:
                out[i] = a = replace(a, content_span=(a.content_span[0], end))  # not "..., Mr. LaMothe, Kellogg's chairman"
        if subj is None or subj < clause.i or ps.tokens[subj].pos not in ("PROPN", "NOUN") \
                or (pron.text.lower() == "they") != (ps.tokens[subj].tag in ("NNS", "NNPS")):
            continue  # "they" for a plural subject, "he" / "she" for a singular one
        span = token_span(ps, mention_tokens(ps, subj)[0])
        own = next((b for b in found if b is not a and b.source_span is not None
                    and b.source_span[0] <= span[0] < b.source_span[1]), None)
        if own is not None:
            speaker, stype, role, affiliation = own.speaker, own.speaker_type, own.role, own.affiliation
        else:
            speaker, stype, _, _ = resolve_source(ctx, span, span[0])
            role = affiliation = None
        if speaker is None and stype == "unnamed" or speaker is not None and other_gender(ctx.layer, speaker, word):
            continue
        flags = ("pronoun",) + tuple(f for f in a.flags if f not in _LOOK_BACK_FLAGS) + ("cataphora",)
        out[i] = replace(a, speaker=speaker, speaker_type=stype, flags=flags, antecedent_span=span,
                         role=a.role or role, affiliation=a.affiliation or affiliation)
    return out


def _open(ctx: Context, a: Attribution, word: str) -> bool:
    """Whether the look-back rules left pronoun ``word`` of ``a`` open: unresolved, or a *he* / *she* resolved to a
    thing (an organisation) or to a person the article shows is of the other gender."""
    if a.speaker is None:
        return "unresolved" in a.flags or a.speaker_type == "unnamed"
    if word == "they":
        return False
    return _a_thing(ctx.layer.text, a.speaker) or other_gender(ctx.layer, a.speaker, word)


def _a_thing(text: str, name: str) -> bool:
    """Whether the article writes ``name`` as a thing, *its* owner in the clause it is the subject of ("Fluor Daniel
    already has reassigned most of its work crew"), with no *he* / *she* / *his* / *her* between."""
    return re.search(rf"\b{re.escape(name)}\b(?:(?!\b(?:he|she|his|her|him)\b)[^.;!?]){{0,60}}?\bits\b", text) is not None


def _absorbed_subject(ps: Any, clause: int, main: int) -> int | None:
    """The name the parser took into the fronted clause though it is the main verb's subject: "Although he called
    conditions "highly competitive," Mr. LaMothe, Kellogg's chairman, forecast" (*LaMothe* an object of *called*, the
    main verb *forecast* without a subject). A name of the clause's subtree after a comma or closing quotation mark,
    whose own words (an apposition with them) run up to the comma right before the main verb."""
    toks = ps.tokens
    if main < 2 or toks[main - 1].text != ",":
        return None
    for x in ps.subtree(clause):  # (in sentence order)
        sub = ps.subtree(x)
        if toks[x].pos == "PROPN" and max(sub) == main - 2 and min(sub) > clause and toks[min(sub) - 1].text in (
                ",", '"', "”", "''") and toks[x].dep in ("obj", "appos", "conj", "nsubj", "obl", "dep"):
            return x
    return None
