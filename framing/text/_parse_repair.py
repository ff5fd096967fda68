"""Repairs of the shipped model's parse (internal to :mod:`framing.text`): labels it gets wrong in a pattern
seen on real news, put right before any analyser reads the tree."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

__all__ = ["EXPLETIVE_VERBS", "referential_it"]

#: Verbs whose *it* subject may be an expletive ("It seems ...", "it takes study to ...", "made it a crime").
EXPLETIVE_VERBS = frozenset(
    "be seem appear happen take make mean remain matter cost follow occur emerge turn prove look sound feel pay "
    "help hurt rain snow get become stand go come strike worry surprise bother concern amaze puzzle suffice depend use "
    "deserve".split()
)
#: Infinitives after which the *it* before a verb stays an expletive or a weather *it*, whatever the verb: "It promises
#: to be a close race", "It threatened to rain", "It continued to snow", "It used to be said that ..." (helper-77's
#: second reading, twenty-first session).
_DUMMY_COMPLEMENTS = frozenset("be become rain snow look seem appear get".split())


def referential_it(toks: tuple[Any, ...]) -> tuple[Any, ...]:
    """An *it* the model called an expletive before a verb that takes none is that verb's subject: "The company
    said it plans to raise $175 million", "it expects that ...", "said it continues to explore" (the model learned
    "it" + verb + "to" from "it seems to ..."; in the GUM texts and 400 FactBank documents it called 36 *it* before
    their verb expletives, 22 of them before verbs not in :data:`EXPLETIVE_VERBS`: *expect* 6, *plan* 5, *continue*
    3, *cut*, *buy*, *keep* ..., each a subject but for one misparsed noun). Not after the verb ("made it a crime"), nor of a passive. The clause the model
    then made the verb's extraposed subject ("to sell the unit" a csubj after "plans") is its complement."""
    out = list(toks)
    for t in toks:
        if t.dep != "expl" or t.text.lower() != "it" or t.head <= t.i:
            continue
        h = toks[t.head]
        if h.pos == "VERB" and h.lemma.lower() not in EXPLETIVE_VERBS \
                and not any(c.head == h.i and (c.dep == "aux:pass" or c.dep in ("csubj", "xcomp", "ccomp") and c.i > h.i
                                               and _dummy(toks, c)) for c in toks):
            out[t.i] = replace(t, dep="nsubj")
            for c in toks:
                if c.head == h.i and c.i > h.i and c.dep == "csubj":
                    to = any(m.head == c.i and m.dep == "mark" and m.text.lower() == "to" for m in toks)
                    out[c.i] = replace(c, dep="xcomp" if to else "ccomp")
    return tuple(out)


def _dummy(toks: tuple[Any, ...], c: Any) -> bool:
    """Whether clause ``c`` is one a dummy *it* goes with: a verb of :data:`_DUMMY_COMPLEMENTS`, or a predicate with
    a copula ("to be a close race")."""
    return c.lemma.lower() in _DUMMY_COMPLEMENTS or any(g.head == c.i and g.dep == "cop" for g in toks)
