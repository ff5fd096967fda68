"""Context rules that read the dependency parse: part of speech, lemma and the words' relations.

A lexicon row whose ``rule`` names one of :data:`PARSE_RULES` matches a loose pattern (the key
word: *claim*, *clear*, *early*, *think* ...); the rule then decides on the parse of
its sentence (:class:`framing.text.syntax.ParsedSentence`) and gives the hedge's span, which
may grow to the whole phrase ("it is too early to know", "appeared worried", "I'm not sure").

Each rule has a cheap test on the words first (:attr:`ParseRule.pre`), so that only the
sentences with a candidate whose reading depends on the parse are parsed (one
``Syntax.parse`` batch per article, see :func:`framing.hedging.hedges`).

Rules
-----
``report_verb``
    A verb with a clause as complement ("claimed Montalvo left", "Estimates suggest 8000
    migrants may be at sea", "maintained that"), or a reporting clause after a quotation;
    not another sense ("claimed the title", "maintained the road", "claiming asylum"), not a noun.
``claim``
    ``report_verb``, or the noun as an assertion ("the claims made about him", "to support the
    claim", "claims of fraud", "the claims were false"), not a claim as an application ("insurance
    claims", "Claims adjusters", "every asylum claim will be assessed", "their claims").
``amod``
    Only before a noun, as an attributive adjective (for user lexicons; the packaged one has no such row).
``likely``
    Not the polling term ("likely voters").
``appear_adj``
    *appear* with an adjective or participle ("appeared worried"), not "appeared in court".
``it_clear``
    "it is not clear", "it remains unclear (whether)": *clear* negated, or *unclear*; the span
    runs from the expletive *it* (when there is one) to the adjective.
``too_early``
    "it is too early to know / say / tell"; the span runs from *it* to the verb.
``no_evidence``
    "there is no evidence that / of"; the span runs from *there* to *that* / *of*.
``first_person``
    A speaker's own hedge: "I think", "I believe", "I suspect", "I guess", "I feel (that)",
    "I don't know", "I'm not sure", inside a quotation (subject *I* or *we*), or in reported
    speech with a personal-pronoun subject and a clause ("Key said he believes ..."). In the
    outlet's own voice a belief verb attributes, it does not hedge; inside a quotation the past
    tense recounts a past impression ("I thought it was magical", "I didn't even know what it
    did"), it does not hedge.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from ..text.syntax import ParsedSentence

__all__ = ["ParseRule", "PARSE_RULES", "tokens_in"]

CLAUSE_DEPS = ("ccomp", "xcomp", "parataxis", "csubj")
FIRST_PERSON = frozenset("i we".split())
PERSONAL = frozenset("i we he she they".split())
#: Polling and market terms where *likely* is part of the name of a group ("likely voters").
LIKELY_TERMS = frozenset("voter caucusgoer buyer customer donor juror attendee participant".split())
#: Verbs after "too early to": the speaker cannot yet know.
KNOW_VERBS = frozenset("know say tell predict determine judge speculate assess gauge conclude".split())
NEG_WORDS = frozenset("not n't n’t never no".split())
#: Verbs whose object (or passive subject) *claim* is an assertion: "support the claim", "denied these claims".
ASSERTION_VERBS = frozenset("""support deny reject dispute repeat make refute back echo investigate dismiss contradict counter
    verify confirm prove disprove debunk question challenge spread amplify retract substantiate corroborate
    believe doubt accept rebut repudiate contest fuel circulate publish hear examine check fact-check""".split())
#: Predicates of which *claim* as subject is an assertion: "the claims were false".
ASSERTION_PREDICATES = frozenset("""false true untrue baseless unfounded groundless wrong lie misleading incorrect
    exaggerated dubious bogus ridiculous absurd unsubstantiated unproven inaccurate correct accurate""".split())
#: Verbs of saying whose complement may be a speaker's belief ("Key said he believes ...").
SAY_LEMMAS = frozenset("say tell add state explain write claim insist argue".split())

_THAT_AFTER = re.compile(r"\s+that\b", re.IGNORECASE)
_LIKELY_TERM = re.compile(r"\s+(?:" + "|".join(sorted(LIKELY_TERMS)) + r")s?\b", re.IGNORECASE)
_PRONOUN_BEFORE = re.compile(r"\b(?:i|we|he|she|they)(?:['’](?:m|re|ve|d))?\s+(?:\S+\s+){0,2}$", re.IGNORECASE)
_NOT_ADJ_AFTER = re.compile(r"\s+(?:in|on|at|before|as|with|for|from|to|that|the|a|an|his|her|their|its|this|"
                            r"alongside|outside|inside|during|after|under|via|by|\W|\d)", re.IGNORECASE)
_IT_BEFORE = re.compile(r"\bit\b", re.IGNORECASE)
_TOO_BEFORE = re.compile(r"\btoo\s+$", re.IGNORECASE)
_NEG_BEFORE = re.compile(r"(?:\bnot|n['’]t|\bnever|\bno)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)


def tokens_in(ps: ParsedSentence, start: int, end: int) -> list[int]:
    """Indices of the tokens that overlap ``[start, end)``."""
    return [t.i for t in ps.tokens if t.start < end and start < t.end]


ADVERBIAL_MARKS = frozenset("""when whenever where because if after before while although though since until as unless
    whereas once""".split())


def _clausal(ps: ParsedSentence, i: int) -> bool:
    """``i`` has a clause as complement: a ccomp, xcomp, parataxis or csubj child, or a child after it
    that has its own subject and no adverbial subordinator (a complement clause the parser hung
    elsewhere: "suggest [8000 migrants may be at sea]", "believed [the movement ... helped]")."""
    has_obj = any(ps.tokens[c].dep == "obj" and ps.tokens[c].pos in ("NOUN", "PROPN") for c in ps.children(i))
    for c in ps.children(i):
        dep = ps.tokens[c].dep
        if dep == "xcomp" and (has_obj or "VerbForm=Part" in ps.tokens[c].morph) \
                and not any(ps.tokens[g].dep in ("mark", "nsubj", "nsubj:pass") for g in ps.children(c)):
            continue  # no infinitive: a participle hung under the verb ("claiming asylum ... expected next month")
        if dep in CLAUSE_DEPS:
            return True
        if c < i or dep in ("nsubj", "nsubj:pass", "punct", "conj"):
            continue
        grand = ps.children(c)
        subordinated = any(ps.tokens[g].dep in ("mark", "advmod") and ps.tokens[g].text.lower() in ADVERBIAL_MARKS
                           for g in grand)
        if subordinated:
            continue  # "claimed the title when it won"
        if any(ps.tokens[g].dep in ("nsubj", "nsubj:pass") for g in grand):
            return True
        if dep == "advcl" and not has_obj and not any(ps.tokens[g].dep == "mark" for g in grand) and ps.tokens[c].pos == "VERB" \
                and "VerbForm=Fin" in ps.tokens[c].morph:
            return True  # an unmarked finite clause: "she believed the movement in reaction to him helped"
    return False


def _child(ps: ParsedSentence, i: int, deps: tuple[str, ...]) -> int | None:
    return next((c for c in ps.children(i) if ps.tokens[c].dep in deps), None)


def _span(ps: ParsedSentence, first: int, last: int) -> tuple[int, int]:
    return ps.tokens[first].start, ps.tokens[last].end


Decision = tuple[int, int] | None


def _report_verb(ps: ParsedSentence, i: int, voice: str) -> Decision:
    t = ps.tokens[i]
    if t.pos not in ("VERB", "AUX"):
        return None
    if t.lemma.lower() == "suggest" and any(ps.tokens[k].text.lower() in ("what", "how", "which", "ways", "where")
                                            for k in range(i + 1, min(i + 3, len(ps.tokens)))):
        return None  # a proposal: "suggest what the flag should mean"
    if _clausal(ps, i) or t.dep in ("parataxis",):
        return t.start, t.end
    obj = _child(ps, i, ("obj", "iobj"))
    after = ps.tokens[obj + 1] if obj is not None and obj + 1 < len(ps.tokens) else None
    if after is not None and after.pos == "AUX" and after.head != i and obj > i:
        return t.start, t.end  # the "object" is the subject of a clause: "Estimates suggest [8000 migrants may be at sea]"
    if obj is not None and ps.tokens[obj].text.lower() not in ("whom", "who", "which", "that", "what"):
        return None  # another sense: "claimed the title", "maintained the road"
    if obj is not None:
        return t.start, t.end  # "deportees whom US authorities claim are members"
    # no object and no clause: an inverted reporting clause ('"...," claimed the director'),
    # "as he claimed.", a relative ("whom US authorities claim are members")
    nxt = ps.tokens[i + 1] if i + 1 < len(ps.tokens) else None
    if nxt is not None and nxt.dep in ("nsubj", "nsubj:pass") and nxt.head > i + 1 \
            and any(ps.tokens[c].dep == "nsubj" and c < i for c in ps.children(i)):
        return t.start, t.end  # the subject of a clause the parser hung elsewhere: "where they claimed [Montalvo left]"
    return (t.start, t.end) if nxt is None or nxt.pos in ("PUNCT", "AUX", "SCONJ", "PRON", "PART") else None


def _assertion(ps: ParsedSentence, i: int) -> bool:
    """The noun *claim* ``i`` is an assertion, not an application ("every asylum claim will be assessed",
    "their claims" for benefits): it has a complement clause or an *of* / *about* phrase ("the claims made
    about him", "claims of fraud", "the claim that"), or what governs it judges or spreads an assertion
    ("support the claim", "denied these claims", "the claims were false")."""
    for c in ps.children(i):
        dep = ps.tokens[c].dep
        if dep in ("acl", "acl:relcl", "ccomp") and ps.tokens[c].pos in ("VERB", "AUX"):
            return True
        if dep == "nmod" and any(ps.tokens[g].dep == "case" and ps.tokens[g].text.lower() in ("of", "about", "that")
                                 for g in ps.children(c)):
            return True
    t = ps.tokens[i]
    head = ps.tokens[t.head] if t.head != i else None
    if head is None:
        return False
    if t.dep in ("obj", "nsubj:pass", "obl") and head.lemma.lower() in ASSERTION_VERBS:
        return True
    return t.dep == "nsubj" and (head.lemma.lower() in ASSERTION_PREDICATES or head.lemma.lower() in ASSERTION_VERBS)


def _claim(ps: ParsedSentence, i: int, voice: str) -> Decision:
    t = ps.tokens[i]
    nxt = ps.tokens[i + 1] if i + 1 < len(ps.tokens) else None
    if nxt is not None and nxt.lemma == "be" and any(ps.tokens[k].text.lower() in ("whom", "who", "which", "that")
                                                      for k in range(max(0, i - 4), i)):
        return t.start, t.end  # a verb whatever the tagger says: "whom US authorities claim are members"
    if t.pos in ("NOUN", "PROPN") and t.lemma.lower() in ("claim", "claims"):
        if t.dep == "compound" or any(ps.tokens[c].dep == "compound" for c in ps.children(i)):
            return None  # "insurance claims", "Claims adjusters"
        return (t.start, t.end) if _assertion(ps, i) else None
    return _report_verb(ps, i, voice)


def _amod(ps: ParsedSentence, i: int, voice: str) -> Decision:
    t = ps.tokens[i]
    return (t.start, t.end) if t.dep == "amod" else None


def _likely(ps: ParsedSentence, i: int, voice: str) -> Decision:
    t = ps.tokens[i]
    if t.dep == "amod" and ps.tokens[t.head].lemma.lower() in LIKELY_TERMS:
        return None
    return t.start, t.end


def _appear_adj(ps: ParsedSentence, i: int, voice: str) -> Decision:
    t = ps.tokens[i]
    if t.lemma.lower() != "appear":
        return None
    x = _child(ps, i, ("xcomp",))
    if x is not None and ps.tokens[x].pos in ("ADJ", "VERB") and x > i:
        return _span(ps, i, x)
    return None


def _expletive(ps: ParsedSentence, i: int, head: int) -> int | None:
    """The expletive or pronoun subject *it* of ``i`` or of the verb it complements ("it remains unclear")."""
    for k in (i, head):
        for c in ps.children(k):
            if ps.tokens[c].dep in ("expl", "nsubj") and ps.tokens[c].text.lower() == "it" and c < i:
                return c
    return None


def _it_clear(ps: ParsedSentence, i: int, voice: str) -> Decision:
    t = ps.tokens[i]
    if t.pos != "ADJ":
        return None
    neg = any(ps.tokens[c].text.lower() in NEG_WORDS for c in ps.children(i))
    if t.lemma.lower() == "clear" and not neg:
        return None
    it = _expletive(ps, i, t.head if t.dep == "xcomp" else i)
    if it is None:
        return (t.start, t.end) if t.lemma.lower() == "unclear" else None
    return _span(ps, it, i)


def _too_early(ps: ParsedSentence, i: int, voice: str) -> Decision:
    t = ps.tokens[i]
    verb = next((c for c in ps.children(i) if ps.tokens[c].dep in ("csubj", "xcomp", "advcl", "ccomp")
                 and ps.tokens[c].lemma.lower() in KNOW_VERBS and c > i), None)
    if verb is None:
        return None
    it = _expletive(ps, i, i)
    return _span(ps, it if it is not None else i - 1, verb)


def _no_evidence(ps: ParsedSentence, i: int, voice: str) -> Decision:
    if not any(ps.tokens[c].text.lower() == "no" for c in ps.children(i)):
        return None
    first = i - 1 if ps.tokens[i - 1].text.lower() == "no" else i
    h = ps.tokens[i].head
    there = next((c for c in ps.children(h) if ps.tokens[c].dep == "expl" and c < i), None) if h != i else None
    if there is not None:
        first = there
    last = i
    nxt = ps.tokens[i + 1] if i + 1 < len(ps.tokens) else None
    if nxt is not None and nxt.text.lower() in ("that", "of"):
        last = i + 1
    return _span(ps, first, last)


def _first_person(ps: ParsedSentence, i: int, voice: str) -> Decision:
    t = ps.tokens[i]
    lemma = t.lemma.lower()
    subj = _child(ps, i, ("nsubj",))
    if subj is None or subj > i:
        return None
    who = ps.tokens[subj].text.lower()
    if not (who in FIRST_PERSON if voice == "quoted" else who in PERSONAL):
        return None
    past = "Tense=Past" in t.morph or any(ps.tokens[c].dep == "aux" and "Tense=Past" in ps.tokens[c].morph
                                         for c in ps.children(i))
    if voice == "quoted" and past and lemma != "sure":
        return None  # "I thought that in real life it was magical": a past impression, not a hedge now
    neg = any(ps.tokens[c].text.lower() in NEG_WORDS for c in ps.children(i))
    if lemma in ("know", "sure"):
        return _span(ps, subj, i) if neg and voice == "quoted" else None
    if lemma == "feel" and not _clausal(ps, i):
        return None  # "I feel sad" is a feeling, not a hedge
    if not _clausal(ps, i):
        # "Memon said she believed [the movement ... helped]": the speaker's hedge, even when the
        # parser hangs the belief's clause elsewhere; "I believe him", "she believed him",
        # "I think nothing of it" are trust or an opinion of a thing
        said = t.dep == "ccomp" and ps.tokens[t.head].lemma.lower() in SAY_LEMMAS
        obj = _child(ps, i, ("obj", "iobj"))  # the shipped model parses "I believe him" with him as iobj
        believe_in = any(ps.tokens[c].dep == "obl" and any(ps.tokens[g].text.lower() == "in" for g in ps.children(c))
                         for c in ps.children(i))
        if (obj is not None and (ps.tokens[obj].pos == "PRON" or not said)) or (voice == "reported" and not said) \
                or believe_in:
            return None  # ... and "she believed in God" is faith
    return _span(ps, subj, i)


PARSE, KEEP, DROP = "parse", "keep", "drop"
Pre = Callable[[str, int, int, int, int, str], str]


@dataclass(frozen=True)
class ParseRule:
    """A rule that reads the parse.

    ``pre(text, start, end, lo, hi, voice)`` looks at the words first and says ``"parse"``
    (the parse decides), ``"keep"`` (a hedge whatever the parse) or ``"drop"``;
    ``decide(parsed, token, voice)`` gives the hedge's span, or ``None``.
    """

    decide: Callable[[ParsedSentence, int, str], Decision]
    pre: Pre = lambda text, s, t, lo, hi, voice: PARSE


def _when(test: Callable[[str, int, int, int, int, str], bool], otherwise: str = DROP) -> Pre:
    return lambda text, s, t, lo, hi, voice: PARSE if test(text, s, t, lo, hi, voice) else otherwise


def _pre_clear(text: str, s: int, t: int, lo: int, hi: int, voice: str) -> str:
    if text[s:t].lower() == "unclear":  # a hedge; the parse only finds its 'it' ("it remains unclear")
        return PARSE if _IT_BEFORE.search(text, max(lo, s - 30), s) else KEEP
    return PARSE if _NEG_BEFORE.search(text, max(lo, s - 30), s) else DROP


#: Rule names usable in the lexicon's ``rule`` column that need the parse.
PARSE_RULES: dict[str, ParseRule] = {
    # "claimed that", "insists that": a verb with its complement, no parse needed
    "report_verb": ParseRule(_report_verb, _when(lambda text, s, t, lo, hi, v: not _THAT_AFTER.match(text, t, hi), KEEP)),
    "claim": ParseRule(_claim, _when(lambda text, s, t, lo, hi, v: not _THAT_AFTER.match(text, t, hi), KEEP)),
    "amod": ParseRule(_amod),
    # "likely to", "likely be", "the likely winner" need no parse; "likely voters" does
    "likely": ParseRule(_likely, _when(lambda text, s, t, lo, hi, v: bool(_LIKELY_TERM.match(text, t, hi)), KEEP)),
    # "appeared in court", "appears on TV", "appeared before the judge": no adjective follows
    "appear_adj": ParseRule(_appear_adj, _when(lambda text, s, t, lo, hi, v: not _NOT_ADJ_AFTER.match(text, t, hi))),
    "it_clear": ParseRule(_it_clear, _pre_clear),
    "too_early": ParseRule(_too_early, _when(lambda text, s, t, lo, hi, v: bool(_TOO_BEFORE.search(text, max(lo, s - 8), s)))),
    "no_evidence": ParseRule(_no_evidence, _when(lambda text, s, t, lo, hi, v: bool(
        re.search(r"\bno\s+(?:\w+\s+)?$", text[max(lo, s - 20):s], re.IGNORECASE)))),
    # a speaker's own hedge has a personal pronoun just before the verb: "I think", "I don't know", "she believed"
    "first_person": ParseRule(_first_person, _when(lambda text, s, t, lo, hi, v: v in ("quoted", "reported") and bool(
        _PRONOUN_BEFORE.search(text, max(lo, s - 30), s)))),
}
