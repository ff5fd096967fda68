"""Cues that are not verbs, and names from the parse (rule 6 of :mod:`framing.attribution.find`, continued).

* :func:`adjective_speech`: an adjective of :data:`ADJECTIVE_CUES` as the predicate of a copula,
  with a subject and an *of*-phrase ("the Church is extremely critical of worshippers"): an
  evaluation attribution (PARC counts such predicates as cues; Pareti 2016).
* the same for an adjective of :data:`ADJECTIVE_BELIEFS` with a clause ("associations are
  concerned the Government will modify the law"): a belief attribution; and of
  :data:`ADJECTIVE_INTENTIONS` with a to-clause ("Israel was willing to withdraw"): an intention;
* :func:`subject_names`: full names that are the subject of any verb in the parsed sentences,
  registered before the rules run so that a later surname or pronoun resolves to them.
"""

from __future__ import annotations

import re
from typing import Any

from ._mentions import Context, resolve_source
from ._parts import source_parts
from ._words import CALENDAR
from .syntactic import mention_tokens, parsed_tokens, token_span, trim_span
from .types import Attribution

__all__ = ["ADJECTIVE_CUES", "ADJECTIVE_BELIEFS", "ADJECTIVE_INTENTIONS", "ADJECTIVE_CUE_RE", "adjective_speech", "subject_names"]


# Adjectives that evaluate what their of-phrase names, as the predicate of a copula ("the Church is
# extremely critical of worshippers"): PARC evaluation attributions (Pareti 2016 counts such
# predicates as cues). Stance: "emotive" for the judging ones, as for the verbs criticize / dismiss.
ADJECTIVE_CUES = {"critical": "emotive", "dismissive": "emotive", "supportive": "neutral", "skeptical": "neutral",
                  "sceptical": "neutral", "wary": "neutral", "opposed": "neutral"}
# the preposition of what such an adjective judges: "of", but "opposed to" (tenth session, FactBank development set)
_ADJECTIVE_PREP = {"opposed": "to"}
# Adjectives of a reported inner state with a clause ("associations are concerned [the Government will
# modify the law]", "she is convinced that ..."): belief attributions.
ADJECTIVE_BELIEFS = frozenset("concerned convinced confident worried afraid hopeful certain sure fearful".split())
# Adjectives of a reported intention with a to-clause, inside what a cue reports ("told his Cabinet that
# Israel was willing to withdraw"): intention attributions, as PARC's intention cues (fifth session,
# FactBank development set).
ADJECTIVE_INTENTIONS = frozenset("willing unwilling determined eager reluctant".split())
ADJECTIVE_CUE_RE = re.compile(r"\b(?:(?:" + "|".join(ADJECTIVE_CUES) + r")\s+(?:of|to)|"
                              + "|".join(sorted(ADJECTIVE_BELIEFS | ADJECTIVE_INTENTIONS)) + r")\b", re.I)


def adjective_speech(ctx: Context, syntax: Any, indices: list[int]) -> list[Attribution]:
    """Evaluations by an adjective of :data:`ADJECTIVE_CUES` with its *of*-phrase (*to* for "opposed"): the
    predicate of a copula with a subject, or a modifier of the noun that holds the judgement ("extremists
    opposed to the truce"); what it judges may be a gerund clause ("is bitterly opposed to uniting Ireland")."""
    text = ctx.layer.text
    out: list[Attribution] = []
    for ps, t in parsed_tokens(ctx, syntax, indices):
        low = t.text.lower() if t.text.lower() in ADJECTIVE_CUES else t.lemma.lower()
        if t.pos != "ADJ" and t.tag != "JJ" or low not in ADJECTIVE_CUES and low not in ADJECTIVE_BELIEFS \
                and low not in ADJECTIVE_INTENTIONS:
            continue
        kids = ps.children(t.i)
        subj = next((c for c in kids if ps.tokens[c].dep == "nsubj"), None)
        if low in ADJECTIVE_BELIEFS or low in ADJECTIVE_INTENTIONS:
            out.extend(_belief(ctx, ps, t, kids, subj))
            continue
        prep = _ADJECTIVE_PREP.get(low, "of")
        obl = next((c for c in kids if ps.tokens[c].dep in ("obl", "advcl") and c > t.i and any(
            ps.tokens[g].dep in ("case", "mark") and ps.tokens[g].text.lower() == prep for g in ps.children(c))), None)
        if subj is None and t.dep in ("acl", "amod") and ps.tokens[t.head].pos in ("NOUN", "PROPN") and t.head < t.i:
            subj = t.i - 1 if ps.tokens[t.i - 1].pos in ("NOUN", "PROPN") else t.head  # "extremists opposed to
            # the truce": the noun right before holds the judgement (the parser may hang it higher up)
        elif not any(ps.tokens[c].dep == "cop" for c in kids):
            continue
        if subj is None or obl is None:
            continue
        of = next(g for g in ps.children(obl) if ps.tokens[g].dep in ("case", "mark") and ps.tokens[g].text.lower() == prep)
        content = trim_span(text, token_span(ps, [i for i in ps.subtree(obl) if i != of]))
        run = [i for i in mention_tokens(ps, subj)[0] if i < t.i or subj > t.i]  # not "extremists opposed"
        speaker, stype, flags, span = resolve_source(ctx, token_span(ps, run), ps.tokens[run[0]].start)
        role, affiliation, evidence = source_parts(ctx, ps, subj, span, speaker, content=content)
        out.append(Attribution("indirect", speaker, stype, span, text[t.start:ps.tokens[of].end], (t.start, ps.tokens[of].end),
                               content, ADJECTIVE_CUES[low], tuple(flags) + ("parse",), "evaluation",
                               role, affiliation, evidence))
    return out


def subject_names(ctx: Context, syntax: Any, indices: list[int]) -> list[str]:
    """Full names (two or more proper-noun words) that are the subject of any verb in the parsed sentences.

    "Writing in a blog post, Matthew Ingram of The Globe and Mail dubbed ...": a person named as a
    subject is the most salient antecedent of a later *he*, whether or not the verb is a cue. Words
    of a ``roles.csv`` row (titles, organisations, countries) are no name, nor is a place before
    "-based" ("York-based RJR").
    """
    text = ctx.layer.text
    out: list[str] = []
    for ps, t in parsed_tokens(ctx, syntax, indices):
        if t.dep != "nsubj" or t.pos != "PROPN":
            continue
        idx = [t.i] + [c for c in ps.children(t.i) if ps.tokens[c].dep in ("flat", "flat:name") and ps.tokens[c].pos == "PROPN"]
        idx += [c for c in ps.children(t.i) if ps.tokens[c].dep == "compound" and ps.tokens[c].pos == "PROPN" and c == t.i - 1]
        idx = sorted(idx)
        if len(idx) < 2 or idx != list(range(idx[0], idx[-1] + 1)):
            continue
        name = text[ps.tokens[idx[0]].start:ps.tokens[idx[-1]].end]
        if not ctx.roles.find(name) and all(w[:1].isupper() for w in name.split()) and "-based" not in name.lower() \
                and name.split()[0] not in CALENDAR:  # not "May Day" (marchers); "April Ryan" registers as a cue's subject
            out.append(name)
    return out


def _belief(ctx: Context, ps: Any, t: Any, kids: list[int], subj: int | None) -> list[Attribution]:
    """A copular adjective with a subject and a clause: a belief (:data:`ADJECTIVE_BELIEFS`, a that-clause) or an
    intention (:data:`ADJECTIVE_INTENTIONS`, a to-clause) attribution."""
    text = ctx.layer.text
    intention = t.lemma.lower() in ADJECTIVE_INTENTIONS
    if intention and t.dep != "ccomp":
        return []  # only as what someone says or thinks ("told his Cabinet that Israel was willing to ..."); in the
        # narration it is the writer's description ("she was willing to skip class"), as the GUM gold reads it
    clause = next((c for c in kids if ps.tokens[c].dep == ("xcomp" if intention else "ccomp") and (not intention or any(
        ps.tokens[g].dep == "mark" and ps.tokens[g].text.lower() == "to" for g in ps.children(c)))), None)
    if subj is None or clause is None or not any(ps.tokens[c].dep == "cop" for c in kids):
        return []
    idx = [i for i in ps.subtree(clause) if intention or not (ps.tokens[i].dep == "mark" and ps.tokens[i].head == clause)]
    run, _ = mention_tokens(ps, subj)
    speaker, stype, flags, span = resolve_source(ctx, token_span(ps, run), ps.tokens[run[0]].start)
    if ps.tokens[subj].pos == "PRON" and speaker is None:
        return []  # "I am sure it will rain": an unnamed first person's state
    content = trim_span(text, token_span(ps, idx))
    role, affiliation, evidence = source_parts(ctx, ps, subj, span, speaker, content=content)
    return [Attribution("indirect", speaker, stype, span, t.text, (t.start, t.end), content,
                        "neutral", tuple(flags) + ("parse",), "intention" if intention else "belief", role, affiliation,
                        evidence)]

