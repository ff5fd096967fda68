"""Nominal attribution cues: "the mayor's claim that ...", "Lee's warning that ...", "a promise to ..." (issue #13).

PARC 3.0 annotates nouns as attribution cues when a clause states what was claimed, warned,
promised or demanded (Pareti 2016). Here a noun of ``framing/lexicons/nominal_cues.csv``
(columns ``noun``, ``stance``, ``sense``, ``source``, ``notes``, ``preps``) is a cue where the
parse gives it a content: a *that*-clause (``acl`` / ``ccomp`` marked *that*); for a statement or
belief, a clause without *that* ("concerns they would stay"; not a relative clause, "the claim
he made"); for a noun whose ``sense`` is ``intention`` or ``request``, a *to*-clause ("a promise
to rebuild"); or the phrase of one of the row's ``preps`` ("a charge of murder", "worries about
price declines", "a belief in"), but not an amount ("a one-time charge of $14.8 million"), not an
intention noun's *of*-phrase without a possessor ("a major goal of the visit" says whose goal),
nor the idiom "in charge of". Its source is the possessor ("the mayor's claim", "his warning"),
a *by* / *from* phrase ("a warning from the agency"), or the subject of a support verb ("came to
the conclusion", "filed a charge"); with none, nobody is named (speaker ``None``, type
``unnamed``, flag ``unsourced``). Every such attribution has ``kind`` ``indirect`` and
``cue_class`` ``nominal``.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from ..lexicon import cached_lexicon_loader, read_lexicon_rows
from ._mentions import Context, resolve_source
from ._objects import marked, that_as_marker
from ._parts import relative_antecedent, source_parts
from ._words import POSSESSIVE_PRONOUNS, SUPPORT_VERBS
from .syntactic import mention_tokens, parsed_tokens, token_span, trim_span
from .types import CUE_CLASSES, STANCES, Attribution

__all__ = ["NominalCues", "load_nominal_cues", "nominal_speech"]

_SENSES = tuple(c for c in CUE_CLASSES if c not in ("refusal", "nominal"))
# verbs that take an object: without one, "that" opens a relative clause ("the claim that he made")
_TRANSITIVE = frozenset("make do repeat hear see reject deny dismiss issue publish have give take cite echo support back "
                        "accept file bring face read write post share spread".split())
# verbs that make an intention noun their subject's when it is their object ("Courtaulds PLC announced plans to spin
# off", "The company has no plans to sell", "unveiled a plan to"); *have* a belief noun too ("has concerns that");
# not a statement noun ("The police revealed allegations that the mayor ...": someone else's); not *reveal* or
# *disclose*, which as often make known someone else's plans ("The newspaper revealed plans to close three hospitals")
_INTENT_VERBS = frozenset("have announce unveil outline present detail drop abandon shelve scrap pursue".split())
# verbs of handing over that carry a statement or intention noun ("gave assurances that", "sent a warning that"; not
# "the ruling gave hope that": a belief is the giver's no more)
_GIVING = frozenset("send give".split())  # (not "offer", itself a verb cue: "offered assurances that")
# nouns that are a cue only with a source: unsourced, they are the writer's ("Consumer confidence that the economy will
# improve fell", "There are growing doubts that"; helper-81's second reading, twenty-second session)
_SOURCE_ONLY = frozenset("confidence doubt assurance proposal".split())
# ("proposal" too: the four development records have an owner, "Iraq's proposal to open"; unowned ones in Wikipedia are
# planning applications whose content the parser cuts: "proposals for a massive Sainsbury's on the edge of the town",
# helper-110's reading, twenty-eighth round)
# beliefs and intentions held by the subject of the verb whose adjunct they are ("Police arrested six men on
# suspicion of rioting", "he persevered through courage and a belief in"); not "amid worries", "despite objections"
_HELD = frozenset("belief suspicion fear hope worry concern desire intention conviction".split())
_HOLDER_CASES = frozenset(("on", "in", "out", "through", "with", "under"))
# nouns that are a cue only as the object of a verb that voices them ("expressed interest in further donations",
# "indicated its interest in resuming talks", "disavow any interest in driving"; not "a 50% interest in the company",
# "taking a great interest in the convention": three of nine "interest in" of the development documents, two in the gold)
_VOICED_ONLY = frozenset(("interest",))
# (its own list, not SUPPORT_VERBS: "holds a 50% interest in", "share an interest in jazz", "raised interest in savings
# accounts" are no one's attitude voiced; nor is "showed little interest in the bond sale": helper-107's reading)
# verbs that take no object, so that a "that" the parser made their object is a content clause's marker ("a warning
# that the dam could fail"); a closed list, as a verb not in it may leave a relative gap ("the warning that he sent")
_NO_OBJECT = frozenset("fail rise fall collapse die happen occur exist arrive come go disappear vanish erupt emerge "
                       "remain stay soar plunge escalate worsen".split())  # (not "drop", "spread": "the charges that
# they dropped", helper-119)
# verbs with an object and a that-clause of their own ("told reporters that", "warned the council that"): the clause
# is not their object's
_TELLING = frozenset("tell inform remind assure convince persuade warn notify show teach promise advise bet caution "
                     "alert brief reassure satisfy".split())
_VOICED = frozenset("express voice indicate signal declare confirm reiterate renew disavow deny".split())


class NominalCues:
    """The nominal-cue lexicon: noun lemma -> (stance, sense); ``regex`` finds the nouns (singular or plural)."""

    def __init__(self, rows: dict[str, tuple[str, str]], name: str = "<nominal cues>",
                 preps: dict[str, frozenset[str]] | None = None) -> None:
        self.rows = rows
        self.name = name
        self.preps = preps or {}  # noun -> the prepositions whose phrase is its content ("belief in")
        alts = sorted(rows, key=len, reverse=True)
        alts += [n[:-1] + "ie" for n in alts if n.endswith("y")]  # "worries"
        self.regex = re.compile(r"\b(?:" + "|".join(re.escape(n) for n in alts) + r")s?\b", re.I) if alts else re.compile(r"(?!)")


def _read(path: str) -> NominalCues:
    rows = read_lexicon_rows(path, kind="nominal_cues", required=["noun", "stance", "sense"], categories=STANCES,
                             category_column="stance", closed={"sense": _SENSES})
    preps = {r["noun"].lower(): frozenset(p.strip().lower() for p in (r.values.get("preps") or "").split(";") if p.strip()) for r in rows}
    return NominalCues({r["noun"].lower(): (r["stance"], r["sense"]) for r in rows}, path, preps)


_load = cached_lexicon_loader("nominal_cues.csv", _read)


def load_nominal_cues(path: str | Path | None = None) -> NominalCues:
    """Load the nominal-cue lexicon (default: the packaged ``nominal_cues.csv``), cached per file and modification time.

    Examples
    --------
    >>> n = load_nominal_cues()
    >>> n.rows["claim"], n.rows["promise"]
    (('distancing', 'statement'), ('neutral', 'intention'))
    """
    return _load(path)


def _clause(ps: Any, n: int, sense: str, preps: frozenset[str] = frozenset()) -> tuple[int, int | None] | None:
    """The content of noun ``n``: (its head, the marker word to leave out, if any).

    A that-clause, or a to-clause for an intention or request; a clause without "that" for a
    statement or belief ("concerns they would stay"; not a relative clause: "the claim he made");
    or the phrase of one of the noun's ``preps`` ("a belief in X", "criticism of X").
    """
    marks = ("to",) if sense in ("intention", "request") else ("that",)
    for c in ps.children(n):
        marker = next((g for g in ps.children(c) if ps.tokens[g].dep in ("case", "mark") and g < c
                       and ps.tokens[g].text.lower() in preps), None)
        if c > n and marker is not None and ps.tokens[c].dep in ("nmod", "acl", "obl") and not (
                ps.tokens[marker].text.lower() == "of" and sense == "intention"
                and not any(ps.tokens[d].dep == "nmod:poss" for d in ps.children(n))):
            return c, marker  # not "the goal of the visit", "a goal of the visit": there the of-phrase is whose goal ("its goal
            # of"); nor a gerund ("the threat of losing their jobs", "the promise of making quick money": helper-107)
        if c > n and sense in ("statement", "belief") and ps.tokens[c].dep in ("acl", "ccomp") and not any(
                ps.tokens[g].dep in ("mark", "case") or ps.tokens[g].tag in ("WDT", "WP") for g in ps.children(c)) \
                and any(ps.tokens[g].dep == "nsubj" for g in ps.children(c)) \
                and any(ps.tokens[g].dep == "aux" or ps.tokens[g].tag in ("VBD", "VBZ", "VBP", "MD") for g in [c, *ps.children(c)]) \
                and (ps.tokens[c].lemma.lower() not in _TRANSITIVE or "obj" in [ps.tokens[g].dep for g in ps.children(c)]):
            return c, None
        if ps.tokens[c].dep in ("acl", "ccomp", "acl:relcl") and any(
                ps.tokens[g].dep == "mark" and ps.tokens[g].text.lower() in marks for g in ps.children(c)):
            # a marked "that" opens a content clause even where the parser says relative clause ("the
            # conclusion that the claims were lies"), unless its verb lacks the object a relative gap
            # leaves ("the claim that he made")
            kids = [ps.tokens[g].dep for g in ps.children(c)]
            if ps.tokens[c].lemma.lower() in _TRANSITIVE and "obj" not in kids or marks == ("to",) and "aux:pass" in kids \
                    and not any(ps.tokens[d].dep == "nmod:poss" for d in ps.children(n)):
                continue  # nor a passive infinitive without a possessor to be its subject: "the proposal to be voted on
                # next week" is the one voted on ("their demand to be heard" stays)
            return c, next(g for g in ps.children(c) if ps.tokens[g].dep == "mark" and ps.tokens[g].text.lower() in marks)
        if ps.tokens[c].dep == "acl:relcl" and marks == ("that",) and (that := that_as_marker(ps, c) or _gapless(ps, n, c)) == n + 1:
            return c, that  # "the flawed presumption that mothers have a closer relationship": a relative clause cannot have
            # two subjects, so "that" is the marker the parser took for one (FactBank NYT19980424.0421)
    h = ps.tokens[n].head
    if marks == ("to",) and ps.tokens[n].dep == "obj" and any(ps.tokens[d].dep == "nmod:poss" for d in ps.children(n)):
        # "rescinded their pledge not to use nuclear weapons": the parser hung the noun's to-clause on the verb (advcl),
        # right after the noun (GUM interview chomsky)
        for c in ps.children(h):
            if ps.tokens[c].dep in ("advcl", "xcomp") and min(ps.subtree(c)) == max(ps.subtree(n)) + 1 and marked(ps, c, ("to",)):
                return c, None
    if marks == ("that",) and ps.tokens[n].dep == "obj" and ps.tokens[h].lemma.lower() not in _TELLING \
            and not any(ps.tokens[c].dep.startswith("acl") for c in ps.children(n)) and not _result(ps, n):
        # "ignored warnings from Moscow that air strikes could do harm": the parser hung the noun's that-clause on the
        # verb (a ccomp), right after the noun (FactBank CNN19980213.2130.0155); not a verb of telling someone that, nor
        # a participle's clause ("issued a statement insisting that ..." with *that* on "issued": the bundled corpus)
        for c in ps.children(h):
            if ps.tokens[c].dep == "ccomp" and min(ps.subtree(c)) == max(ps.subtree(n)) + 1 and marked(ps, c, ("that",)):
                return c, next(g for g in ps.children(c) if ps.tokens[g].dep == "mark")
    if preps and ps.tokens[n].dep == "obj" and any(ps.tokens[d].dep == "nmod:poss" for d in ps.children(n)):
        # "offering his first rough proposal for a negotiated end": the noun's phrase hung on the verb, right after the noun
        for c in ps.children(h):
            first = min(ps.subtree(c))
            if ps.tokens[c].dep == "obl" and first == max(ps.subtree(n)) + 1 and ps.tokens[first].dep == "case" \
                    and ps.tokens[first].text.lower() in preps:
                return c, first
    return _predicate(ps, n, marks, sense)


def _result(ps: Any, n: int) -> bool:
    """Whether noun ``n`` has *such* or *so* before it: its that-clause is a result ("raised such fears that markets
    fell", "drew so much criticism that the minister resigned": helper-119)."""
    return any(t.text.lower() in ("such", "so") for t in ps.tokens[max(0, n - 3):n])


def _gapless(ps: Any, n: int, c: int) -> int | None:
    """The *that* right after noun ``n`` the parser made the object of relative clause ``c`` whose verb takes none: "a
    warning that the dam could fail", "fears that prices will rise": *fail*, *rise* leave no object gap. Only for a verb
    of the closed list :data:`_NO_OBJECT`; any other may leave one ("the warning that the agency sent")."""
    that = n + 1
    kids = ps.children(c)
    if that not in kids or ps.tokens[that].text.lower() != "that" or ps.tokens[that].dep != "obj" \
            or not any(ps.tokens[g].dep == "nsubj" for g in kids) or any(ps.tokens[g].dep in ("xcomp", "ccomp", "obl") for g in kids):
        return None
    return None if _result(ps, n) else that if ps.tokens[c].lemma.lower() in _NO_OBJECT else None


def _predicate(ps: Any, n: int, marks: tuple[str, ...], sense: str) -> tuple[int, int] | None:
    """A marked clause whose subject is noun ``n`` through a copula: "The claim was that ...", "Its goal is to ...".

    UD makes the clause the head and the noun its ``nsubj:outer`` (or ``nsubj``); the copula must come after the noun and
    the marker after the copula (not "That he left was the claim"). An intention noun with an *of*-phrase and no
    possessor is a thing's purpose, no one's intention ("The primary science goal of the mission was to collect ...").
    """
    h = ps.tokens[n].head
    if ps.tokens[n].dep not in ("nsubj", "nsubj:outer") or h <= n:
        return None
    if marks == ("to",) and any(ps.tokens[c].dep == "aux:pass" for c in ps.children(h)):
        return None  # "The plan is to be reviewed by the board": what happens to the plan, not what it is
    noun_kids = [ps.tokens[c] for c in ps.children(n)]
    if sense == "intention" and not any(k.dep == "nmod:poss" for k in noun_kids) and any(
            k.dep == "nmod" and any(ps.tokens[g].text.lower() == "of" for g in ps.children(k.i)) for k in noun_kids):
        return None
    kids = list(ps.children(h))
    cop = next((g for g in kids if ps.tokens[g].dep == "cop" and n < g < h), None)
    mark = next((g for g in kids if cop is not None and ps.tokens[g].dep == "mark" and cop < g < h
                 and ps.tokens[g].text.lower() in marks), None)
    return (h, mark) if mark is not None else None


def _voiced(ps: Any, n: int) -> bool:
    """Whether noun ``n`` is the object of a verb of :data:`_VOICED` ("disavow any interest in"), or follows one the
    parser made its modifier ("expressed interest in", *expressed* an ``amod``; determiners and adjectives between)."""
    t = ps.tokens[n]
    if t.dep == "obj" and ps.tokens[t.head].lemma.lower() in _VOICED:
        return True
    v = n - 1
    while v >= 0 and ps.tokens[v].pos in ("DET", "ADJ", "PRON") and ps.tokens[v].tag not in ("VBD", "VBN"):
        v -= 1
    return v >= 0 and ps.tokens[v].tag in ("VBD", "VBN", "VBZ", "VBP", "VB") and ps.tokens[v].lemma.lower() in _VOICED


def _idiom(ps: Any, n: int) -> bool:
    """Whether noun ``n`` is part of an idiom, no cue: "in charge of", "took charge of", "there is no doubt that"."""
    t = ps.tokens[n]
    if t.lemma.lower() in _SOURCE_ONLY:  # the writer's own certainty, nothing given: "no doubt", "beyond doubt", "gave no assurance"
        return any(ps.tokens[i].text.lower() in ("no", "little", "beyond", "without", "any") for i in range(max(0, n - 2), n))
    return t.lemma.lower() == "charge" and (n > 0 and ps.tokens[n - 1].text.lower() == "in"
                                            or ps.tokens[t.head].lemma.lower() in ("take", "put", "leave"))


def _source(ps: Any, n: int, sense: str = "statement") -> int | None:
    """The possessor or by/from phrase of noun ``n``; else the subject of a support verb it hangs on
    ("Montalvo came to the conclusion that", "the agency issued a warning that", "X made the claim that"), or of a
    verb of :data:`_INTENT_VERBS` whose object it is, for an intention (or, with *have*, a belief) noun."""
    head = ps.tokens[n].head
    verb = ps.tokens[head].lemma.lower()
    if head != n and not any(ps.tokens[c].dep in ("nmod:poss",) for c in ps.children(n)) and (
            (verb in SUPPORT_VERBS or verb in _GIVING and sense in ("statement", "intention")
             or verb in _VOICED and ps.tokens[n].lemma.lower() in _VOICED_ONLY) and ps.tokens[n].dep in ("obj", "obl")
            or ps.tokens[n].dep == "obj" and ps.tokens[head].pos in ("VERB", "AUX")
            and verb in _INTENT_VERBS and (sense == "intention" or sense == "belief" and verb == "have")):
        s = ps.subject(head, logical=True)
        if s is not None and ps.tokens[s].tag in ("WDT", "WP") and s > 0:
            s = relative_antecedent(ps, s)  # "Acme Corp., which has 45 banks, announced a plan": the company
        return s
    for c in ps.children(n):
        t = ps.tokens[c]
        if t.dep == "nmod:poss" or t.dep == "nmod" and any(
                ps.tokens[g].dep == "case" and ps.tokens[g].text.lower() in ("by", "from") for g in ps.children(c)):
            return c
    misparsed = _misparsed_support(ps, n)
    if misparsed is not None:
        return misparsed
    m = n if ps.tokens[n].dep != "conj" else ps.tokens[n].head  # "through courage and a belief in"
    case = next((ps.tokens[g].text.lower() for g in ps.children(m) if ps.tokens[g].dep == "case"), None)
    if ps.tokens[n].lemma.lower() in _HELD and ps.tokens[m].dep == "obl" and case in _HOLDER_CASES:
        return ps.subject(ps.tokens[m].head, logical=True)  # "arrested six men on suspicion of", "lives in fear of"
    return None


def _misparsed_support(ps: Any, n: int) -> int | None:
    """The subject of a support verb the parser did not make noun ``n``'s head: "The minister expressed concern that"
    with *expressed* an adjective of *concern* (and *minister* its compound), or "The minister expressed hope that" with
    *hope* the root, *minister* its subject and *expressed* a participle of *minister*. The verb stands right before the
    noun (or before its adjectives: "voiced deep concern"); the subject is the nearest noun before the verb that hangs on
    the verb, the noun or the verb's head."""
    v = n - 1
    while v >= 0 and ps.tokens[v].pos == "ADJ" and ps.tokens[v].head == n:
        v -= 1
    verb = ps.tokens[v] if v >= 0 else None
    if verb is None or verb.lemma.lower() not in SUPPORT_VERBS or verb.tag not in ("VBD", "VBN") or verb.head == v:
        return None
    hosts = {v, n, verb.head}
    return next((g for g in range(v - 1, -1, -1) if ps.tokens[g].pos in ("NOUN", "PROPN", "PRON") and (
        ps.tokens[g].head in hosts and ps.tokens[g].dep in ("nsubj", "obl:unmarked", "nmod", "compound")
        or ps.tokens[g].dep == "root" and ps.tokens[n].dep == "conj" and ps.tokens[n].head == g)), None)  # the noun conjoined
    # to the subject made the root: "Kathryn Waters, director of the gallery, expressed interest in" (GUM_news_warhol)


def nominal_speech(ctx: Context, syntax: Any, indices: list[int], cues: NominalCues | None = None) -> list[Attribution]:
    """Attributions with a nominal cue in the parsed sentences ``indices`` (see the module docstring)."""
    cues = cues or load_nominal_cues()
    text = ctx.layer.text
    out: list[Attribution] = []
    for ps, t in parsed_tokens(ctx, syntax, indices):
        row = cues.rows.get(t.lemma.lower())
        if not (t.pos == "NOUN" or t.pos == "PROPN" and t.text.islower()) or row is None:  # (a lowercase word the tagger made NNP)
            continue
        stance, sense = row
        found = _clause(ps, t.i, sense, cues.preps.get(t.lemma.lower(), frozenset()))
        if found is None or _idiom(ps, t.i) or text[t.end:t.end + 1] in "-‐‑" or t.lemma.lower() in _VOICED_ONLY and not _voiced(ps, t.i):
            continue  # not "denial-of-service"
        clause, marker = found
        phrase = marker is not None and ps.tokens[marker].dep == "case"  # "his threat of force, British prime minister
        # Tony Blair": an apposition the parser hung on a phrase (or conjoined with no "and") is no part of it
        appos = {i for c in ps.children(clause) if phrase and (ps.tokens[c].dep == "appos" or ps.tokens[c].dep == "conj" and not any(
            ps.tokens[g].dep == "cc" for g in ps.children(c)) and ps.tokens[c].pos == "PROPN") for i in ps.subtree(c)}
        # (a list without "and" stays: "the threat of strikes, boycotts, protests": helper-107)
        idx = [i for i in ps.subtree(clause) if not (i == marker and (ps.tokens[i].text.lower() != "to" or ps.tokens[i].dep == "case"))
               and not (clause == t.head and marker is not None and i < marker) and i not in appos]  # a copular predicate: after the marker
        first = next((i for i in idx if i != marker), clause)
        if phrase and (ps.tokens[clause].pos in ("NUM", "SYM") or ps.tokens[
                first].pos == "NUM" or ps.tokens[first].tag == "$" or ps.tokens[first].text in ("$", "€", "£", "¥")):
            continue  # "a one-time charge of $14.8 million", "a cover charge of $10": an amount, no content
        content = trim_span(text, token_span(ps, idx))
        if content[1] <= content[0] or ctx.layer.quote_at(content[0]) is not None:
            continue
        src = _source(ps, t.i, sense)
        if src is None and t.lemma.lower() in _SOURCE_ONLY:
            continue
        if src is None:
            out.append(Attribution("indirect", None, "unnamed", None, t.text, (t.start, t.end), content, stance,
                                   ("unsourced", "parse"), "nominal"))
            continue
        run, _ = mention_tokens(ps, src)
        run = [i for i in run if ps.tokens[i].dep != "case"]  # "the mayor's": without the 's
        span = token_span(ps, run)
        pronoun = POSSESSIVE_PRONOUNS.get(text[span[0]:span[1]].lower())
        if pronoun is not None:  # "his warning": resolved as "he" would be there
            res = ctx.reg.resolve(pronoun, span[0])
            speaker, stype, flags = res.speaker, res.speaker_type, res.flags
        else:
            speaker, stype, flags, span = resolve_source(ctx, span, span[0])
        role, affiliation, evidence = source_parts(ctx, ps, src, span, speaker, content=content)
        out.append(Attribution("indirect", speaker, stype, span, t.text, (t.start, t.end), content, stance,
                               tuple(flags) + ("parse",), "nominal", role, affiliation, evidence))
    return out
