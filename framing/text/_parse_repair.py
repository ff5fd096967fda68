"""Repairs of the shipped model's parse (internal to :mod:`framing.text`): labels it gets wrong in a pattern
seen on real news, put right before any analyser reads the tree."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

__all__ = ["EXPLETIVE_VERBS", "FINITE_TAGS", "PLURAL_VERBS", "main_verb_in_relative", "referential_it", "verb_as_plural"]

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


#: Verbs in *-s* that take a *to* infinitive and are also plural nouns, which the model reads as the noun after a
#: noun: "the organization plans to hold the contest" (GUM_news_afghan), "Lawrence Insurance, based in Albany, N.Y.,
#: plans to use the proceeds" (FactBank wsj_1008), "The union plans to strike": *plans* a plural noun, the root or a
#: conjunct of the sentence, "to hold" its ``acl``, the sentence left without a verb (thirty-fourth session).
PLURAL_VERBS = frozenset("plans promises vows pledges hopes aims offers threatens intends expects wants needs seeks "
                          "agrees refuses declines tries attempts".split())
_VBZ_MORPH = "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"
#: Children that make the word a noun phrase's head: "its plans", "controversial plans", "two plans", "of plans"
#: (a preposition; not a participle the model made one: "based" of "Lawrence Insurance, based in Albany, N.Y., plans").
_NOUN_CHILDREN = frozenset(("nmod:poss", "amod", "nummod", "nmod"))


def verb_as_plural(toks: tuple[Any, ...]) -> tuple[Any, ...]:
    """A verb of :data:`PLURAL_VERBS` the model read as a plural noun heading no argument of a verb is the verb:
    tagged ``VERB``/``VBZ``, the noun right before it (its ``compound``) its subject, the infinitive after it its
    ``xcomp``. Only where it stands as the root or a conjunct or parataxis of a noun, with no possessive, adjective,
    number or preposition of its own, a noun or an ``nsubj`` before it, and a *to* infinitive after it; a noun
    that is a subject or an object ("plans to expand the scheme exist", "announced plans to spin off") stays."""
    out = list(toks)
    if not _full_stop(toks):
        return toks  # a headline or caption may be a noun phrase: "School closure plans to go to consultation" (helper-118)
    for t in toks:
        if t.tag != "NNS" or t.text.lower() not in PLURAL_VERBS or t.i == 0 or not (t.dep == "root" or t.dep in (
                "conj", "parataxis") and toks[t.head].pos in ("NOUN", "PROPN") and _clause_head(toks, t.head)):
            continue
        kids = [c for c in toks if c.head == t.i and c.i != t.i]
        inf = next((c for c in kids if c.i > t.i and c.dep in ("acl", "xcomp") and c.tag == "VB"
                    and any(m.head == c.i and m.dep == "mark" and m.text.lower() == "to" for m in toks)), None)
        if inf is None or any(c.dep in _NOUN_CHILDREN or c.dep == "case" and c.pos == "ADP" for c in kids):
            continue
        subj = next((c for c in kids if c.dep == "nsubj" and c.i < t.i), None)
        before = toks[t.i - 1]
        if subj is None and before.head == t.i and before.dep == "compound" and before.pos in ("NOUN", "PROPN"):
            subj = before
            out[before.i] = replace(before, dep="nsubj")
            for c in kids:  # the subject's own words ("the", "Lawrence" of "the Lawrence Insurance plans") go with it
                if c.i < before.i and c.dep in ("det", "compound") \
                        and not any(p.dep == "punct" for p in toks[c.i:before.i]):
                    out[c.i] = replace(c, head=before.i)
        if subj is None:
            continue
        out[t.i] = replace(t, pos="VERB", tag="VBZ", morph=_VBZ_MORPH)
        out[inf.i] = replace(inf, dep="xcomp")
    return tuple(out)


def _full_stop(toks: tuple[Any, ...]) -> bool:
    """Whether the sentence ends in a full stop, question or exclamation mark, closing quotes and brackets after it
    allowed (`He added: "The union plans to strike."`; helper-121)."""
    end = len(toks)
    while end > 0 and toks[end - 1].text in ('"', "”", "’", "'", "''", ")", "]"):
        end -= 1
    return end > 0 and toks[end - 1].text in (".", "!", "?")


def _clause_head(toks: tuple[Any, ...], h: int) -> bool:
    """Whether noun ``h`` heads a clause (a predicate with its copula or subject: "This is the first competition, and
    the organization plans"), not a list ("tax cuts, spending pledges to build hospitals": helper-118)."""
    return any(c.head == h and c.i != h and c.dep in ("cop", "nsubj") for c in toks)


_RELATIVE_PRONOUNS = frozenset(("which", "who"))
#: Penn tags of a finite verb (a tensed form or a modal).
FINITE_TAGS = frozenset(("VBD", "VBZ", "VBP", "MD"))


def main_verb_in_relative(toks: tuple[Any, ...]) -> tuple[Any, ...]:
    """A sentence the model left without a verb, its subject the root and the main verb inside the subject's
    relative clause, gets that verb as its root: "Compaq, which said it discovered the bugs, still plans to announce
    new 486 products" (FactBank wsj_0781: *Compaq* the root, *plans* a parataxis of *discovered*, so "said" had
    "still plans to announce ..." in its content and *discovered* a content of its own). Only for a clause set off by
    ", which" / ", who", and a verb after one of its commas (past adverbs) that is finite, or of :data:`PLURAL_VERBS`
    before *to*, and has no subject; a nested relative clause leaves the sentence as parsed ("said the offer, which
    came late, was unfair, will strike"). The old root becomes the verb's subject, and what hung on it after the
    comma (the full stop) the verb's."""
    root = next((t for t in toks if t.head == t.i), None)
    if root is None or root.pos not in ("NOUN", "PROPN") or not _full_stop(toks):
        return toks
    for v in toks:
        pron = next((c for c in toks if c.head == v.i and c.dep == "nsubj"), None) if v.dep == "acl:relcl" else None
        if v.head != root.i or pron is None or pron.text.lower() not in _RELATIVE_PRONOUNS or pron.i == 0 \
                or toks[pron.i - 1].text != ",":
            continue
        for c in toks[v.i + 1:]:
            if c.text.lower() in _RELATIVE_PRONOUNS:
                break
            verb = next((t for t in toks[c.i + 1:] if t.pos != "ADV"), None) if c.text == "," else None
            if verb is not None and _stranded(toks, verb):
                head = toks[verb.head] if verb.dep in ("aux", "cop", "aux:pass") else verb  # "..., will strike": *strike*
                return _rehang(toks, root, head, c) if head.i > c.i else toks
    return toks


def _stranded(toks: tuple[Any, ...], t: Any) -> bool:
    """Whether ``t`` is a finite verb (or a verb of :data:`PLURAL_VERBS` before *to*) with no subject of its own."""
    if not (t.tag in FINITE_TAGS and t.pos in ("VERB", "AUX", "NOUN") or t.text.lower() in PLURAL_VERBS
            and t.i + 1 < len(toks) and toks[t.i + 1].text.lower() == "to"):
        return False
    pred = toks[t.head] if t.dep in ("aux", "cop", "aux:pass") else t
    return pred.dep != "acl:relcl" and not any(c.head == pred.i and c.i != pred.i and c.dep.startswith(("nsubj", "csubj", "expl"))
                                               for c in toks)


def _rehang(toks: tuple[Any, ...], root: Any, verb: Any, comma: Any) -> tuple[Any, ...]:
    """``toks`` with ``verb`` the root, ``root`` its subject, and the comma and what hung on the old root after it on
    the verb (its infinitive an ``xcomp``)."""
    out = list(toks)
    noun = verb.pos == "NOUN" and verb.text.lower() in PLURAL_VERBS  # not a copula's noun ("..., is a company")
    out[verb.i] = replace(verb, head=verb.i, dep="root", **({"pos": "VERB", "tag": "VBZ", "morph": _VBZ_MORPH} if noun else {}))
    out[root.i] = replace(root, head=verb.i, dep="nsubj")
    for t in toks:
        if t.i != verb.i and (t.head == root.i and t.i > comma.i or t.i == comma.i):
            out[t.i] = replace(out[t.i], head=verb.i)
        elif t.head == verb.i and t.dep == "acl" and t.tag == "VB":
            out[t.i] = replace(out[t.i], dep="xcomp")
    return tuple(out)
