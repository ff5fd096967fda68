"""Attribution read off the dependency parse (rule 6 of :mod:`framing.attribution.find`).

The pattern rules of :mod:`framing.attribution.rules` find a reporting verb by its form; here the parse
of :class:`~framing.text.syntax.Syntax` decides (the pattern rules' cues checked: ``_cuecheck``; misparses: ``_repair``, ``_misparse``).

* :func:`parsed_speech`: a verb of the lexicon (its lemma, or lemma and particle: *point out*,
  *call for*) outside quotation marks, with a **source**: its subject (``nsubj``), the by-agent
  of a passive (a passive without one names no source: a request, belief or statement with a
  clause is kept with source ``None`` and flags ``unsourced``, ``passive``; others are skipped), the subject of the first
  conjunct for a conjoined predicate ("questioned ...; blamed ...; and said he would ..."), the
  noun a relative clause hangs on ("Lee, who said ..."), the subject of the main verb for a
  participle ("..., saying that ..."); and a **content**: its clausal complement (``ccomp``,
  ``xcomp`` with the object before it: "urged governments to act"), the clause a parenthetical
  cue interrupts or ends ("X, he said, Y", "..., X said." are ``parataxis``), or, for evaluation,
  request and intention verbs, *announce*-like statements and evidence that *shows* or *finds*, the object
  with its ``as`` / ``of`` / ``for`` phrase ("described the deal as a fraud", "accused him of lying", "The
  figures showed the rate ... declined"). A leading *that* is left out. Role and type evidence: ``_parts``.
"""

from __future__ import annotations

import re
from dataclasses import replace
from collections.abc import Iterator
from typing import Any

from ..text.syntax import ParsedSentence
from ._cuecheck import FINITE, NOT_DONE, OBJECT_STATEMENTS, PARSE_ONLY, VIEWS, no_cue_here, not_reported, passive_content
from ._joint import joint_span
from ._mentions import Context, resolve_source
from ._objects import CHARGE_PREPS, addressee_infinitive, addressee_that, plural_as_verb, withheld_noun, OBJECT_BELIEFS, bare_relative, belief_object, interrupted, result_object, view_content, evidence_object, marked, oblique_content, reduced_passive, to_under_object, relative_object, stray_that_clause, subject_modifier  # noqa: E501
from ._words import CALENDAR, LEAD_CAPS, OBJECT_PRONOUNS, STOP_CAPS
from ._clause_subject import clause_antecedent
from ._common_nouns import is_common_noun
from ._parts import in_body, mention_tokens, relative_antecedent, source_parts, token_span, without_lead
from ._misparse import subject_as_object, clause_object, comparison_tail, finite, fronted_list, name_first, parenthetical_advcl, possessive_name, pronoun_mark, quoted_subject, predicate_after, raised_infinitive, split_verb
from ._effort import effort_subject
from ._repair import DAYS, TIME_NOUNS, complement, infinitive_conjunct, named_subject, stranded_subject, tag_clause, nearer_conjunct, noun_subject, outer_conjunct, participle_head, root_noun, stray_as, to_clause, verbal_noun  # noqa: E501
from .types import Attribution

__all__ = ["parsed_speech", "cue_subject", "mention_tokens", "token_span", "trim_span", "parsed_tokens"]

_OBJECT_CLASSES = ("evaluation", "request", "intention")
_SAYS_OBJECT = OBJECT_STATEMENTS | {"forecast", "mention"}  # statements whose object is what is said (not "a blog written by")
_NOT_REDUCED = frozenset("call describe dub label brand characterize rate consider regard view see charge accuse".split())
# verbs whose object may be the addressee: a person object without a clause after it is whom they asked, not what ("asked
# the legal counsel"; but "ask taxes from religious schools"); with no object, after a passive, they share its auxiliary
_ADDRESSEE_OBJECT = frozenset("ask tell urge advise instruct order encourage persuade invite beg warn implore inform remind notify".split())
# _NOT_REDUCED: the object is only the topic, the content the predicate after it ("described X as Y"); _AS_BELIEFS: "X as Y"
# with a noun after "as", no adverbial clause ("considered him as he spoke"; "see", "view", "regard": _objects.view_content)
_AS_BELIEFS = VIEWS | {"consider"}
_NEEDS_PREDICATE = _NOT_REDUCED - {"charge", "accuse"} | {"attribute"}  # "attributed the decline to ...": not without the to-phrase
_QUOTE_CHARS = "“”\"‘’'"
# verbs whose to-infinitive happened, by their subject: "went on to say", "had to admit", "used to say"
# (not "appeared to mock", "seemed to suggest": a hedge; not "urged X to say": what was asked)
_GOES_ON = frozenset("go continue proceed begin start have use come hasten rush".split())
_GENERIC = frozenset(("you", "one", "anyone", "everyone", "everybody", "someone", "somebody", "nobody", "no one"))  # "you want to"


def source_token(ps: ParsedSentence, v: int) -> int | None:
    """The source token of predicate ``v`` (see the module docstring), or ``None``."""
    t = ps.tokens[v]
    if t.pos == "NOUN":  # a verb tagged as a noun (verbal_noun): the noun phrase the parser hung before it (a progressive's subject)
        return noun_subject(ps, v) if not t.text.endswith("ing") else ps._child(v, ("nsubj",))
    if (inf := infinitive_conjunct(ps, v)) is not None:
        return source_token(ps, inf)  # "used her speech to articulate ..., which will ..., and to defend ...": whose purpose
    s = ps.subject(v, logical=True)
    if t.dep == "acl" and (owner := effort_subject(ps, v)) is not None:
        s = owner  # "launched a campaign to persuade users", "issued a statement saying": whose effort or document
    if s is not None and (ps.tokens[s].text.lower() in ("today", "yesterday", "tonight") or ps.tokens[s].text in TIME_NOUNS) and named_subject(ps, v, s) == s:
        s = None  # "the two leaders today pledged": the parser made the day the subject (stranded_subject; a name in
        # apposition to it, or to a weekday: named_subject)
    if t.dep == "conj" and (near := nearer_conjunct(ps, v)) is not None:
        s = near  # "... took a turn when Saddam Hussein called Bush a liar and said ...": the nearer verb's subject
    elif t.dep == "conj" and (outer := outer_conjunct(ps, v)) is not None:
        s = outer  # "X said her party has supported the idea, and said ...": X, not the party
    subjects = [c for c in ps.children(v) if ps.tokens[c].dep == "nsubj" and c < v and ps.tokens[c].text not in DAYS | TIME_NOUNS
                and ps.tokens[min(ps.subtree(c))].pos != "ADP"]  # not "The company, 98.6%-owned by investor Kirk Kerkorian,"
    if len(subjects) >= 2:  # "The budget, Mayor Ann Lee said, would ...": the subject next to the cue speaks
        s = subjects[-1]
    after = [c for c in ps.children(v) if ps.tokens[c].dep == "nsubj" and c > v]
    if after and subjects and ps.tokens[after[0]].pos == "PROPN" and v > 0 and ps.tokens[v - 1].text == "," \
            and ps.tokens[after[0]].text not in CALENDAR:  # not "..., said Thursday from her home
        s = after[0]  # "Institutional recipients, said Mauer, are required ...": the name after the cue speaks
    s = front if (front := fronted_list(ps, v, s)) is not None else s  # "According to Reuters, Britain and France" (_misparse)
    if s is not None and ps.tokens[s].head == v and marked(ps, v, ("to",)):
        s = None  # "The union hired lawyers to argue": an infinitive has no subject of its own, whatever the parse says
    if s is not None and (ps.tokens[s].dep in ("nsubj:pass", "csubj:pass", "csubj") and (ps.tokens[s].head == v or t.dep != "conj" or t.tag not in ("VBD", "VBZ", "VBP") or _addressed(ps, t))
                          or ps._child(v, ("aux:pass",)) is not None and ps.agent(v) is None):
        return None  # "is believed to ...", "were denied visas", "was hauled in and told": a passive without its by-agent
        # names no source; a finite verb conjoined to one speaks with its subject ("was arrested by police and said")
    if s is not None and ps.tokens[s].text.lower() in ("who", "which", "that") and s > 0:
        s = relative_antecedent(ps, s)  # "Ann Lee, who said ...": the noun right before the relative pronoun
    if s is None and t.dep in ("advcl", "xcomp") and t.head != v and t.text.lower().endswith("ing"):
        s = ps.subject(t.head, logical=True)  # "..., saying that ...": the main verb's subject
    if s is None and (r := root_noun(ps, v)) is not None:
        s = r  # "Critics objected to the plan", "... minister responded ..., saying": the parser made the noun the root
    if s is None and t.dep in ("xcomp", "advcl") and t.head != v and marked(ps, v, ("to",)) \
            and ps.tokens[t.head].lemma.lower() not in NOT_DONE \
            and (t.dep == "advcl" or ps.tokens[t.head].lemma.lower() in _GOES_ON) \
            and (ps.tokens[t.head].lemma.lower() == "use" or not any(ps.tokens[c].dep in ("obj", "iobj") for c in ps.children(t.head))) \
            and not any(ps.tokens[c].text.lower() == "yet" for c in ps.children(t.head)):
        # "He went on to say that ...", "used her speech to defend": the subject of the verb above (not "hired lawyers
        # to argue", "have yet to say")
        s = ps.subject(t.head, logical=True)
    if s is None and t.dep in ("acl:relcl", "parataxis", "root", "conj"):
        # ", said Mauer" parsed with Mauer as the object: the name right after a statement cue speaks
        nxt = v + 1
        if nxt < len(ps.tokens) and ps.tokens[nxt].pos == "PROPN" and ps.tokens[nxt].dep in ("obj", "iobj", "nsubj") \
                and ps.tokens[nxt].head == v:  # not "said Syria had indicated ...": the subject of what was said
            s = nxt
    if s is None and t.dep in ("parataxis", "conj"):
        j = v - 1  # "..., and Microsoft no longer wants to": the parser hung the name on the clause before
        while j >= 0 and ps.tokens[j].pos in ("ADV", "PART") and ps.tokens[j].text.lower() not in ("to",):
            j -= 1
        if j >= 0 and ps.tokens[j].pos == "PROPN" and ps.tokens[j].dep == "conj" and j > 0 and ps.tokens[j - 1].dep == "cc":
            s = j
    if s is None and t.dep == "root":
        s = stranded_subject(ps, v)  # "In his Mass at St. Patrick's Cathedral, Cardinal John O'Connor called ..."
    s = (participle_head(ps, v) or pronoun_mark(ps, v)) if s is None else named_subject(ps, v, s)  # mis-parsed subjects
    if s is not None and ps.tokens[s].tag in ("WP", "WDT", "EX"):
        return None
    return s


def _content(ps: ParsedSentence, v: int, lemma: str, cue_class: str, roles: Any = None, *, said: bool = False) -> tuple[int, int] | None:
    """The content span of cue ``v`` (see the module docstring), or ``None`` (``said``: see :func:`~._repair.to_clause`)."""
    toks = ps.tokens
    kids = ps.children(v)
    if lemma in VIEWS:
        return view_content(ps, v)  # "see X as Y" only: "they can see what he has in his pocket" is no view
    if (raised := raised_infinitive(ps, v, lemma)) is not None:
        return raised  # "expected Consolidated to post a profit": the parser tore them apart
    if lemma == "attribute" and ps._child(v, ("obj",)) is None:  # "a gain Du Pont attributed to higher demand"; not
        return bare_relative(ps, v, ("to",))  # "The quote, often attributed to Abraham Lincoln, does not appear"
    comp = complement(ps, v, cue_class, said=said)
    if comp is None and cue_class in ("statement", "belief", "nominal"):
        comp = stray_that_clause(ps, v)  # "explains, in a satirical fashion, that the incident was ..."
    obj = next((c for c in kids if toks[c].dep in ("obj", "iobj")), None)
    if obj is None and comp is not None and cue_class == "request":  # "asks the government to ..."
        obj = next((c for c in kids if toks[c].dep == "obl" and c < comp and c > v), None)
    if lemma in ("call on", "invite") and not any(toks[c].pos == "VERB" and marked(ps, c, ("to",)) for c in (
            [comp] if comp is not None else []) + [g for k in kids for g in ps.children(k) if toks[g].dep in ("acl", "xcomp")]):
        return None  # "called on his neighbor", "invited reporters to his office": a visit, not a request
    if comp is not None and toks[comp].dep == "xcomp" and not (obj is not None and obj < comp) and not (lemma == "cite" and comp == v + 1) \
            and not marked(ps, comp, ("to",)) and (toks[comp].tag in ("VBG", "VBN", "") or toks[comp].pos != "VERB") \
            and not (cue_class == "request" and toks[comp].pos == "ADJ" and comp == v + 1 and all(toks[g].dep in ("conj", "cc") for g in ps.children(comp))):  # ("citing pricecutting")
        comp = None  # "tweeted, using his account": a participle, not what was said (but "urged calm": the noun tagged an adjective)
    if comp is not None and obj is not None and obj < comp and toks[comp].dep == "xcomp" and (toks[comp].pos != "VERB" and lemma not in
                                                                                         _NEEDS_PREDICATE or lemma == "find" and toks[comp].tag == "VBN"):
        comp = None  # "offered products new and old"; "found the body wrapped in bags": where a thing was found
    if comp is not None and cue_class == "evaluation" and obj is not None and obj < comp and toks[comp].dep == "ccomp":
        comp = None  # "defended the record, ...": the object is what is judged
    subj_pass = next((c for c in kids if toks[c].dep == "nsubj:pass"), None)
    if comp is None and subj_pass is not None and (cue_class == "evaluation" and ps.agent(v) is not None or lemma == "report"):
        return token_span(ps, ps.subtree(subj_pass))  # "The plan was criticized by Senator Reyes", "No injuries were reported"
    if comp is not None:
        idx = ps.subtree(comp)
        if toks[comp].dep == "ccomp" and (toks[v].dep != "acl:relcl" or toks[toks[v].head + 1].text == ",") \
                and not any(toks[g].dep in ("ccomp", "xcomp") for g in ps.children(comp)) and (nxt := next(
                    (c for c in kids if c > comp and toks[c].dep == "ccomp" and min(ps.subtree(c)) == max(idx) + 1), None)) is not None:
            idx = idx + ps.subtree(nxt)  # "said they hoped the perpetrator was caught", the parser hung "caught" on "said"
        elif toks[comp].dep == "ccomp" and toks[comp].pos in ("NOUN", "PROPN", "NUM") and (fin := predicate_after(ps, v, comp)) is not None:
            idx = idx + ps.subtree(fin)  # "said 2.2 million shares, or about 38.5% of the shares, have been tendered"
        if toks[comp].dep == "xcomp" and comp > v:  # "signals that Israel wants to withdraw": a "that" the parser
            idx = [i for i in idx if i > v]          # made the infinitive's object lies before the cue, not in it
        if toks[comp].dep == "ccomp" and obj is not None and toks[obj].dep == "iobj":  # "told reporters net income ... fell": the
            obj = next((c for c in kids if toks[c].dep == "obj" and c < comp), obj)  # object after the addressee is the clause's
        if (toks[comp].dep != "ccomp" or cue_class in ("statement", "belief") and subject_as_object(ps, obj, comp)) \
                and obj is not None and obj < comp:
            # "urged governments to act"; "called on Israel to allow": without the preposition; "says a decision to
            # shut the site down is a setback": the clause's subject the parser made the object
            idx = [i for i in ps.subtree(obj) if not (toks[i].dep == "case" and toks[i].head == obj)] + idx
        return token_span(ps, without_lead(ps, idx))
    if obj is not None and cue_class in ("statement", "belief", "nominal") and toks[obj].pos == "NOUN" \
            and (any(toks[g].dep == "obj" for g in ps.children(obj)) or to_clause(ps, obj, said=cue_class != "nominal", agent=False) is not None and obj > v
                 or min(ps.subtree(obj)) == v + 1 and clause_object(ps, obj, lemma)):
        return token_span(ps, ps.subtree(obj))  # "said the push east signifies a rejection": a verb tagged as a noun
        # ("said the preferred stock would accrue dividends": a modal's clause the parser hung on the object, _repair)
    if obj is not None and cue_class in ("statement", "belief", "nominal"):
        # "found only a quarter of citizens favoured ...", "found reduction of crop yields exceeded ...": a bare
        # complement clause the parser split into an object and a finite verb (_misparse.split_verb)
        fin = next((c for c in ps.children(obj) + [k for k in kids if k > obj] if split_verb(ps, c)
                    and finite(ps, c) and not any(toks[g].dep == "mark" for g in ps.children(c))), None)
        if fin is not None:
            return token_span(ps, sorted(set(ps.subtree(obj)) | set(ps.subtree(fin))))
        if cue_class == "statement" and (told := addressee_that(ps, v, obj)) is not None:
            return told  # "told reporters that the police had lied", the clause hung on "reporters"
    para = next((c for c in kids if toks[c].dep == "parataxis" and c > v and not tag_clause(ps, c)), None)
    if para is not None and cue_class in ("statement", "belief"):
        return token_span(ps, without_lead(ps, ps.subtree(para)))  # ("are calculating, though, that the sanctions will hold")
    if (toks[v].dep == "parataxis" and toks[v].head != v or parenthetical_advcl(ps, v)) and cue_class in ("statement", "belief"):
        return interrupted(ps, v, _QUOTE_CHARS)
    if obj is not None and (cue_class in _OBJECT_CLASSES or lemma in OBJECT_STATEMENTS or lemma in _NEEDS_PREDICATE
                            or lemma in OBJECT_BELIEFS and belief_object(ps, v, obj) or cue_class == "refusal" and withheld_noun(ps, obj)) \
            and (lemma != "report" or result_object(ps, v)):
        return _object_content(ps, v, lemma, obj, roles)
    if obj is None and lemma in _NEEDS_PREDICATE and (bare := bare_relative(ps, v, CHARGE_PREPS.get(lemma, ()))) is not None:
        return bare  # "the plan the mayor described as a waste", "a gain Du Pont attributed to higher demand"
    if cue_class in ("request", "intention", "evaluation") or lemma in ("admit to", "confess to", "warn"):
        return oblique_content(ps, v, lemma, subj_pass is not None)  # "called for a ceasefire", "was accused of lying"
    return None


def _object_content(ps: ParsedSentence, v: int, lemma: str, obj: int, roles: Any) -> tuple[int, int] | None:
    """The content of cue ``v`` whose object ``obj`` is what is said or judged, with the phrase after it that says as
    what, of what, for what ("described the deal as a fraud", "accused him of lying", "attributed the decline to")."""
    toks = ps.tokens
    kids = ps.children(v)
    person = toks[obj].pos in ("PROPN", "PRON") or roles is not None and (
        roles.is_title_head(toks[obj].text) or toks[obj].text.lower() in roles.group_words)
    if lemma in _ADDRESSEE_OBJECT and person and not any(toks[c].dep in ("xcomp", "ccomp", "advcl") for c in kids) \
            and not any(toks[c].dep == "acl" and marked(ps, c, ("to",)) for c in ps.children(obj)):
        return None  # "had asked the legal counsel": the object is whom they asked, nothing asked for (but "asks the
        # government to act", the infinitive hung on the object)
    idx = ps.subtree(obj)
    extra = [c for c in kids if c > obj and (toks[c].dep in ("xcomp", "obl", "advcl", "nmod") and any(  # nmod: a verb tagged a noun
        toks[g].text.lower() in ("as", "of", "for") + CHARGE_PREPS.get(lemma, ()) and toks[g].dep in ("case", "mark")
        and not (toks[g].dep == "mark" and lemma in _AS_BELIEFS) for g in ps.children(c))  # not "saw the suspect as he fled"
        or toks[c].dep == "xcomp")]
    if lemma in _NEEDS_PREDICATE and not extra and (stray := stray_as(ps, v, obj)) is not None:
        extra = [stray]  # "described Russia's actions in Crimea, which it annexed in 2014, as ...": "as" hung elsewhere
    if lemma == "attribute" and not extra:  # "attributed the fire to faulty wiring": "to" hung on "faulty"
        extra = [c for c in kids if c > obj and toks[c].dep == "obl" and toks[min(ps.subtree(c))].text.lower() == "to"]
    if lemma in _NEEDS_PREDICATE and not extra and not (lemma == "attribute" and to_under_object(ps, obj)):
        return None  # "called the office": no "as ..." or predicate, nothing said
    if toks[obj].text.lower() in ("which", "that", "who", "whom") and toks[obj].pos in ("PRON", "DET", "SCONJ") \
            and toks[v].dep == "acl:relcl" and toks[v].head < obj:
        return relative_object(ps, v, extra, CHARGE_PREPS.get(lemma, ()))
    for c in extra:  # "described the deal as a fraud", "accused him of lying", "called it a disgrace"
        idx = idx + ps.subtree(c)
    return token_span(ps, idx + comparison_tail(ps, v, lemma, max(idx)))  # ("..., compared with $3.8 million a year ago")


def _addressed(ps: ParsedSentence, t: Any) -> bool:
    """Whether verb ``t``, which takes its addressee as object, has none: a passive sharing an auxiliary ("I was hauled in
    and told that ...", which the tagger reads as past tense)."""
    return t.lemma.lower() in _ADDRESSEE_OBJECT and not any(ps.tokens[c].dep in ("obj", "iobj") for c in ps.children(t.i))


def cue_subject(ctx: Context, syntax: Any, parsed: frozenset[int], a: Attribution) -> Attribution:
    """``a`` with the parse's subject of its cue as source, when a pattern rule gave it none (flag ``subject`` or ``unresolved``).

    "Kopp's stepmother, who married Kopp's father ..., said Thursday from her home: “…”": the
    pattern rules cannot reach the subject past the relative clause and fall back on the person
    the sentence names first; the parse has it. A direct quote whose cue the patterns gave no subject
    at all ("Then a man said, “…”", flag ``parse_subject``) takes the parse's or is dropped by the caller.
    """
    k = ctx.layer.sentence_index(a.cue_span[0]) if a.cue_span else -1
    tok = syntax.token_at(a.cue_span[0]) if k in parsed else None
    if tok is None or tok.pos != "VERB" or not ("subject" in a.flags or "parse_subject" in a.flags
                                                or "unresolved" in a.flags and a.source_span is None):
        return a  # a record flagged conjoined or parse_subject keeps the flag, and find.py drops it
    ps = syntax.sentence(k)
    if "conjoined" in a.flags:  # "Mayor Ann Lee stood up and said, “…”": only a verb conjoined to the main one, whose
        if tok.dep != "conj" or ps.tokens[tok.head].dep not in ("root", "advcl"):  # subject speaks (not "... told LA Weekly
            return a  # that X walked in and told the police, “…”": X's); else the record stays flagged and is dropped; the
            # verb of an adverbial clause too ("when people come up to me and say, 'Hey Frank, ...'": GUM interview)
        a = replace(a, flags=tuple(f for f in a.flags if f != "conjoined"))
    src = source_token(ps, tok.i)
    if src is None or ps.tokens[src].start > tok.start or ps.tokens[src].text.lower() in OBJECT_PRONOUNS - {"it"}:
        return a  # "with him saying": the registry's subject resolves it instead
    run, _ = mention_tokens(ps, src)
    span = token_span(ps, run)
    if a.content_span[0] <= span[0] < a.content_span[1]:
        return a
    speaker, stype, flags, span = resolve_source(ctx, span, span[0])
    keep = tuple(f for f in a.flags if f not in ("subject", "unresolved", "unnamed", "pronoun", "parse_subject"))
    return replace(a, speaker=speaker, speaker_type=stype, source_span=span, flags=tuple(dict.fromkeys(tuple(flags) + keep)))


def trim_span(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """``span`` without the spaces and the punctuation (.,;: and a leading comma) at its ends."""
    s, e = span
    while e > s and (text[e - 1].isspace() or text[e - 1] in ".,;:"):
        e -= 1
    while s < e and (text[s].isspace() or text[s] in ",;:"):
        s += 1
    return s, e


def parsed_tokens(ctx: Context, syntax: Any, indices: list[int]) -> Iterator[tuple[ParsedSentence, Any]]:
    """(sentence parse, token) for every token outside quotation marks of the sentences ``indices``."""
    for k in indices:
        ps = syntax.sentence(k)
        for t in ps.tokens:
            if ctx.layer.quote_at(t.start) is None:
                yield ps, t


def _cue_lemma(ctx: Context, ps: ParsedSentence, t: Any) -> tuple[str | None, int]:
    """The lexicon lemma of verb ``t`` (with its particle or preposition: "call for", "point to") and where the cue ends."""
    prt = next((c for c in ps.children(t.i) if ps.tokens[c].dep == "compound:prt"), None)
    if prt is None and t.i + 1 < len(ps.tokens) and ctx.verbs.lemma_of(f"{t.lemma} {ps.tokens[t.i + 1].text}", ""):
        prt = t.i + 1  # "called for", "pointed to": a verb and preposition the lexicon lists
    lemma = ctx.verbs.lemma_of(f"{t.lemma} {ps.tokens[prt].text}", "") if prt is not None else None
    cue_end = ps.tokens[prt].end if lemma and prt == t.i + 1 else t.end
    return lemma or ctx.verbs.lemma_of(t.lemma, t.text), cue_end


def verb_cue(ctx: Context, ps: ParsedSentence, t: Any) -> tuple[str, int, str, tuple[int, int]] | None:
    """(lemma, cue end, cue class, content span) when verb ``t`` is a cue of the lexicon with a content, else ``None``."""
    text = ctx.layer.text
    said = t.dep == "obj" and (head := ps.tokens[t.head]).pos == "VERB" and head.text.lower() in ctx.verbs.forms \
        and ctx.verbs.cue_class(head.text) in ("statement", "belief")  # "said the Bush administration plans to deploy"
    if (t.pos != "VERB" or plural_as_verb(ps, t)) and not verbal_noun(ctx.verbs.forms, ps, t, said=said) or no_cue_here(text, ps.tokens[0].start, t.start, t.end):  # noqa: E501
        return None  # a verb, or a verb the parser tagged as a plural noun ("the United Nations rates X"); see no_cue_here
    lemma, cue_end = _cue_lemma(ctx, ps, t)
    if lemma is None or lemma == "see" and t.text.lower() not in ("see", "sees", "seeing") \
            and not (t.text.lower() == "seen" and ps._child(t.i, ("aux:pass",)) is not None):
        return None  # "saw the movie as a child": a memory, not a view (see _AS_BELIEFS); but "is seen as a test"
    cue_class = ctx.verbs.classes.get(lemma, "statement")
    if lemma in ("tell", "agree") and any(ps.tokens[c].dep == "xcomp" or lemma == "agree" and ps.tokens[c].dep == "advcl"
                                          for c in ps.children(t.i) if marked(ps, c, ("to",))) or lemma == "tell" and addressee_infinitive(ps, t.i):
        cue_class = "request" if lemma == "tell" else "intention"  # "told her to disconnect": an order; "agreed to buy": a commitment
    content = _content(ps, t.i, lemma, cue_class, ctx.roles, said=said)
    if content is None and (cue_class == "evaluation" and lemma not in _NOT_REDUCED or lemma in _SAYS_OBJECT):
        content = reduced_passive(ps, t.i) or subject_modifier(ps, t.i)  # "a reward announced by", not "a strike called by"
    content = content or (evidence_object(ps, t.i, lemma) if lemma not in PARSE_ONLY else None)  # "DNA test results showed a
    # likelihood that ..." (not "see signs Saddam Hussein is getting nervous": "see" only as "see X as Y")
    if content is None or not_reported(ctx, ps, t, lemma, cue_class):
        return None
    return lemma, cue_end, cue_class, content


def parsed_speech(ctx: Context, syntax: Any, indices: list[int]) -> list[Attribution]:
    """Reported speech, beliefs, intentions, requests and evaluations read off the parse of sentences ``indices``."""
    text = ctx.layer.text
    out: list[Attribution] = []
    for ps, t in parsed_tokens(ctx, syntax, indices):
        if (cue := verb_cue(ctx, ps, t)) is None:
            continue
        lemma, cue_end, cue_class, content = cue
        src = quoted_subject(ctx, ps, source_token(ps, t.i), t)
        if src is None:  # "she was told to disconnect", "is expected to dominate": a passive, no one named
            # (also a passive conjoined to an active verb, "... and is believed to", for any class passive_content takes)
            if ps.agent(t.i) is None and (ps._child(t.i, ("nsubj:pass",)) is not None or (t.dep == "conj" or ps._child(t.i, ("expl",)) is not None)
                                          and ps._child(t.i, ("aux:pass",)) is not None) and passive_content(ps, t.i, cue_class, lemma):
                # ("It is widely believed that ...": an expletive subject)
                cue = text[t.start:cue_end]
                out.append(Attribution("indirect", None, "unnamed", None, cue, (t.start, cue_end), trim_span(text, content),
                                       ctx.verbs.forms.get(cue.lower(), (lemma, "directive" if cue_class == "request" else "neutral"))[1],
                                       ("unsourced", "passive", "parse"), cue_class))
            continue
        content = trim_span(text, content)
        lead = content[0]
        while lead < content[1] and (text[lead] in _QUOTE_CHARS or text[lead].isspace()):
            lead += 1
        if content[1] <= content[0] or (q := ctx.layer.quote_at(lead)) is not None and (q.end >= content[1] - 2 or len(
                text[q.start:q.end].split()) > 3 or not text[:content[0]].rstrip().endswith(" that")):
            continue  # the content opens a quotation: the direct-quote rules own it (not 'said that "interdiction" of ...')
        if content[0] <= ps.tokens[src].start < content[1]:
            continue  # the source inside its own content: a mis-parse
        run, appos = mention_tokens(ps, src)
        span = token_span(ps, run)
        span = joint_span(ctx, ps, src, span, t.i) or span  # "Shearson Lehman Hutton, Merrill Lynch and Goldman Sachs say"
        # the name in apposition to the subject, or to a noun of its of/for phrase when it is a full name ("A spokesman
        # for the ministry, Ahmed Hassan,"; not "A spokeswoman for the airline, Qantas,")
        if appos is not None and (ps.tokens[src].pos == "NOUN" or ctx.roles.is_title_head(ps.tokens[src].text)) and appos > run[-1] and (name := ps.name_at(appos)) is not None \
                and (ps.tokens[appos].head == src or len(text[name[0]:name[1]].split()) >= 2) \
                and text[span[1]:name[0]].strip(" ,").lower() in ("", "the"):
            span = (span[0], name[1])  # "the president of the Lombardy region, Roberto Maroni, has ...": the named holder
            named_org = any(r.kind == "org" for _, _, r in ctx.roles.find(ps.tokens[src].text))  # "the party, the Ulster Unionists,"
        else:
            named_org = False
        if ps.tokens[src].pos == "NOUN" and "," in text[span[1]:t.start] \
                and (nm := name_first(text, ps.start, span[0])) is not None \
                and not any(w.lower() in STOP_CAPS or w.lower() in LEAD_CAPS for w in nm.group(1).split()) \
                and not ctx.roles.find(nm.group(1)):
            span = nm.span(1)  # "Uri Lubrani, Israel's top official ..., suggested": the parser left the name out
            # (a comma before the cue: in "Vladimir Putin, the spokesman said, would ..." the spokesman speaks)
        speaker, stype, flags, span = resolve_source(ctx, possessive_name(ctx, span, t.start), span[0])  # "Shoney's said"
        if text[span[1] - 2:span[1]] in ("'s", "’s") and speaker == text[span[0]:span[1] - 2]:  # (the "'s" the name's)
            speaker, flags = text[span[0]:span[1]], tuple(f for f in flags if f != "surname_only") + ("organisation",)
        if named_org and speaker is not None and "organisation" not in flags:
            flags = tuple(flags) + ("organisation",)
        ante = clause_antecedent(ctx, ps, src) if speaker is None and ps.tokens[src].text.lower() in ("it", "they") else None
        if ante:
            speaker, stype, flags = ante[:3]  # "the Federal Reserve has made clear that it expects ...": the main clause's subject
        if "surname_only" in flags and ps.tokens[src].pos == "NOUN" and all(ps.tokens[i].pos != "PROPN" for i in run) \
                and (is_common_noun(low := ps.tokens[src].text.lower()) or low.endswith("s")) and not any(m.end() != span[1] and in_body(ctx.layer, m.start()) for m in re.finditer(
                    rf"[\w,;][ \t]+{re.escape(text[span[0]:span[1]])}\b", text)):
            # "Figures to be published today show": a capitalised common noun, not a name; but a word
            # the article also capitalises inside a sentence is a name ("Sunak defended", after "Rishi Sunak's"), and
            # so is a singular word no common noun of the list ("Pfizer said on Monday", the tagger's noun; thirty-third session)
            speaker, stype, flags = None, "unnamed", ("unnamed",)
        if cue_class in ("belief", "intention") and (text[span[0]:span[1]].lower() in _GENERIC or "unresolved" in flags
                                                     and ps.tokens[src].pos == "PRON" and (ps.tokens[src].text.lower() in ("i", "we", "you")
                                                          or t.dep == "acl:relcl" and not marked(ps, t.i, ("that",)))):
            # "you want to avoid the crowds", an interviewee's "I think", "the exhibit they had wanted to attend": a
            # state of nobody named ("executives ... that they intend to", "said it expects": resolved later, or not)
            continue
        cue = text[t.start:cue_end]
        stance = ctx.verbs.forms.get(" ".join(cue.lower().split()), (lemma, "neutral"))[1]
        role, affiliation, evidence = source_parts(ctx, ps, src, span, speaker, content=content)
        out.append(Attribution("indirect", speaker, stype, span, cue, (t.start, cue_end), content, stance,
                               tuple(flags) + ("parse",), cue_class, role, affiliation, evidence, ante[3] if ante else None))
    return out
