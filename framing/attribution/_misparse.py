"""More parses the shipped model gets wrong, and their repairs (internal to :mod:`framing.attribution`; the first ones
are in :mod:`._repair`). Found in the twenty-fourth and twenty-fifth sessions on issue #13, on FactBank text and on
helper-91/92's readings:

- :func:`fronted_list`: a coordinated subject conjoined to a fronted phrase ("According to Reuters, Britain and France
  have condemned the strikes");
- :func:`possessive_name`: a company named with a possessive, split into a noun and a case marker ("Shoney's said");
- :func:`quoted_subject`: a subject inside a title in quotation marks ("James Baker, speaking on ABC News' "This Week,"
  said": *Week* the subject of *said*);
- :func:`pronoun_mark`: a subject pronoun the parser made a clause's marker ("said it "categorically" rejects the
  proposals": *it* a ``mark`` of *rejects*);
- :func:`clause_object`: a clause after *said* read as a noun phrase, its verb a modifier of the object ("said the
  preferred stock would accrue dividends", "said the latest restructuring affected bank indebtedness");
- :func:`split_verb`: the verb of a bare complement clause hung beside the object of the cue ("said profit from
  continuing lines fell 10%": *fell* a ``conj`` of *said*; twenty-seventh session);
- :func:`predicate_after`: a noun complement's verb conjoined to the cue ("said 2.2 million shares, or about 38.5% of
  the shares outstanding, have been tendered"; thirty-sixth session);
- :func:`raised_infinitive`: the object and infinitive of a verb of expectation torn apart ("had expected Consolidated
  to post a slim profit": *Consolidated* a participle; twenty-eighth session).
"""

from __future__ import annotations

import re
from typing import Any

from ..text.syntax import ParsedSentence
from ._cuecheck import FINITE
from ._mentions import subject_before
from ._people import load_people
from ._words import CALENDAR, FULL_NAME, OBJECT_PRONOUNS

__all__ = ["clause_object", "fronted_list", "possessive_name", "pronoun_mark", "quoted_subject", "raised_infinitive", "split_verb", "subject_as_object", "predicate_after", "finite", "comparison_tail"]


def fronted_list(ps: ParsedSentence, v: int, s: int | None) -> int | None:
    """The first member of a coordinated subject the parser conjoined to a fronted phrase before the comma: "According
    to Reuters, Britain and France have condemned the strikes" (*Britain* a ``conj`` of the ``obl`` *Reuters*, no
    subject), "In Brussels, France and Germany condemned the decision" (*Brussels*, with its preposition, made the
    subject); else ``None``. Only a phrase with a preposition or "according to" before it and a comma after it."""
    toks = ps.tokens
    heads = [s] if s is not None and any(toks[c].dep == "case" for c in ps.children(s)) else \
        [c for c in ps.children(v) if toks[c].dep == "obl" and c < v] if s is None else []
    for h in heads:
        if not any(toks[c].dep == "case" and c < h for c in ps.children(h)):
            continue
        conj = [c for c in ps.children(h) if toks[c].dep == "conj" and c < v and toks[c - 1].text == ","
                and c - 1 == max(x for x in ps.subtree(h) if x < c and toks[x].dep != "punct") + 1]
        if conj and toks[conj[0]].pos in ("PROPN", "NOUN"):
            return conj[0]
    return None


# a possessive "'s" between a capitalised subject and its cue, and an adverb
_POSS_NAME_RE = re.compile(r"[’']s\s+(?:(?:also|later|separately|then)\s+)?")


def possessive_name(ctx: Any, span: tuple[int, int], cue: int) -> tuple[int, int]:
    """``span`` of a subject with the "'s" after it when that is all that stands before the cue at ``cue``: a company
    named with its founder's possessive ("Shoney's said the latest restructuring affected ...", FactBank wsj_0667),
    which the parser splits into a noun and a case marker; not when the article (or people.csv) knows the name as a
    person's, whose "'s" is "has" ("Trump's said repeatedly"), nor with an adverb in -ly between ("Johnson's repeatedly
    said": helper-93; "Moody's also said" stays: helper-94)."""
    text = ctx.layer.text
    if not text[span[0]].isupper() or not _POSS_NAME_RE.fullmatch(text, span[1], cue):
        return span
    name = text[span[0]:span[1]]
    person = any(p.split()[-1] == name for p in ctx.reg.people) or load_people().lookup(name) is not None
    return span if person else (span[0], span[1] + 2)


def clause_object(ps: ParsedSentence, obj: int, lemma: str) -> bool:
    """Whether the object ``obj`` of a verb of saying (``lemma``) is a clause the parser read as a noun phrase, outside a
    relative clause: a modal with a subject of its own ("said the preferred stock would accrue dividends at a 12% rate":
    *accrue* an ``amod`` of *dividends*, *stock* its subject; FactBank wsj_0157), or a past-tense verb the parser made a
    modifier right after a noun ("said the latest restructuring affected bank indebtedness": *affected* an ``amod`` of
    *bank*; FactBank wsj_0667, fifth development set; a participle modifies the noun after it, never follows one)."""
    toks = ps.tokens
    if lemma not in ("say", "add", "claim", "insist", "argue", "assert", "state", "note", "explain"):
        return False
    relcl = {i for c in ps.subtree(obj) if toks[c].dep == "acl:relcl" for i in ps.subtree(c)}
    inside = set(ps.subtree(obj))
    return any(toks[m].tag == "MD" and m not in relcl and any(toks[g].dep.startswith("nsubj") for g in ps.children(toks[m].head))
               or toks[m].dep == "amod" and toks[m].tag in ("VBD", "VBN") and m not in relcl and m - 1 in inside
               and toks[m - 1].pos in ("NOUN", "PROPN") and toks[m - 1].tag != "NNP" and m + 1 in inside
               for m in ps.subtree(obj))


def quoted_subject(ctx: Any, ps: ParsedSentence, src: int | None, cue: Any) -> int | None:
    """``src``, the parse's subject of ``cue``, unless it stands inside quotation marks before the cue: then the head of
    the noun phrase the pattern rules find before it ("Secretary of State James Baker, speaking on ABC News' "This
    Week," said the Kuwaiti request gives ...": the parser made *Week* the subject; FactBank WSJ900813-0157, fifth
    development set), or ``None`` when they find none."""
    toks = ps.tokens
    if src is None or src > cue.i or ctx.layer.quote_at(toks[src].start) is None:
        return src
    span = subject_before(ctx, ps.start, cue.start)
    inside = [i for i, t in enumerate(toks) if span is not None and span[0] <= t.start < span[1]]
    return next((i for i in inside if toks[i].head not in inside or toks[i].head == i), None)


def pronoun_mark(ps: ParsedSentence, v: int) -> int | None:
    """The subject pronoun the parser made a marker of verb ``v`` ("The Bush administration immediately said it
    "categorically" rejects the proposals": *it* a ``mark`` of *rejects*, which had no subject; FactBank
    WSJ900813-0157, fifth development set), else ``None``. A personal pronoun in the nominative is never a marker."""
    toks = ps.tokens
    return next((c for c in ps.children(v) if c < v and toks[c].dep == "mark" and toks[c].tag == "PRP"
                 and toks[c].text.lower() in ("it", "he", "she", "they", "we", "i")), None)


def split_verb(ps: ParsedSentence, c: int) -> bool:
    """Whether ``c``, a dependent of a cue's object or of the cue after the object, may be the verb of a bare complement
    clause the parser split into that object and this verb ("found only a quarter of citizens favoured ...": an ``acl``
    or ``advcl``; "said profit from continuing lines fell 10%": a ``conj`` with no *and* or comma of its own; "said a
    plan to sell its offices to First Citizens Bank, of Columbia, S.C., fell through": a ``parataxis`` with no subject
    of its own; FactBank fourth and fifth development sets). The caller checks the verb is finite and unmarked."""
    dep, kids = ps.tokens[c].dep, [ps.tokens[g].dep for g in ps.children(c)]
    return dep in ("acl", "advcl") or dep == "conj" and not {"cc", "punct"} & set(kids) \
        or dep == "parataxis" and not any(k.startswith("nsubj") or k == "expl" for k in kids) and not _in_relative(ps, c)


def _in_relative(ps: ParsedSentence, i: int) -> bool:
    """Whether token ``i`` hangs, through its heads, on a relative clause ("Compaq, which said it discovered the bugs,
    still plans to ...": the main verb *plans* a ``parataxis`` of *discovered*, inside the relative clause)."""
    seen: set[int] = set()
    while i not in seen and ps.tokens[i].head != i:
        seen.add(i)
        i = ps.tokens[i].head
        if ps.tokens[i].dep == "acl:relcl":
            return True
    return False


# verbs of expectation whose object is the subject of the infinitive after it ("expect the economy to slow")
_RAISING = frozenset(("expect", "forecast", "project", "predict", "anticipate"))
_PHRASE_POS = frozenset(("DET", "ADJ", "NOUN", "PROPN", "NUM", "ADV"))
_TIME_NOUNS = frozenset("year month week day quarter season spring summer autumn fall winter decade morning night".split())


def raised_infinitive(ps: ParsedSentence, v: int, lemma: str) -> tuple[int, int] | None:
    """The content of a verb of expectation ``v`` (``lemma``) followed by a noun phrase and an infinitive, from the
    phrase to the end of the infinitive's clause, or ``None``. The parser often tears the two apart: "Analysts had
    expected Consolidated to post a slim profit" (*Consolidated* a participle, FactBank wsj_1035), "expected the
    Sunnyvale, Calif., company to earn 35 cents" (*earn* a modifier of *Sunnyvale*, wsj_1039), "Economists expect
    inflation to rise" (*rise* an oblique: the object alone was the content). In UD the phrase is the verb's object
    and the infinitive its ``xcomp`` (raising to object); what is expected is the two together. The phrase: at most
    twelve words of nouns, names, determiners, adjectives, numbers, adverbs, object pronouns, a possessive, an *of* or
    *in* phrase of its own, commas after a name ("Sunnyvale, Calif.,"); not a time ("had expected last month to deliver").
    Nor a phrase and a purpose clause after it ("anticipated the protests to avoid violence"): left to the parse."""
    toks = ps.tokens
    if lemma not in _RAISING:
        return None
    j = next((i for i in range(v + 1, min(v + 14, len(toks))) if toks[i].text.lower() == "to"), None)
    if j is None or j == v + 1 or j + 1 >= len(toks) or toks[j + 1].tag != "VB":
        return None
    for i in range(v + 1, j):
        t = toks[i]
        if not (t.pos in _PHRASE_POS or t.tag in ("POS", "PRP$") or t.text[:1].isupper() or t.text.lower() in OBJECT_PRONOUNS
                or i > v + 1 and (t.text.lower() in ("of", "in") and t.dep == "case" and toks[t.head].dep != "obl"
                                  or t.text == "," and toks[i - 1].tag == "NNP")):
            return None  # (an "in" phrase of the verb's is no part of the phrase: "forecast record sales in March to reassure")
    last = toks[j - 1]
    if last.dep in ("obl:unmarked", "obl:tmod") or last.text in CALENDAR or last.lemma.lower() in _TIME_NOUNS:
        return None  # a time, no object: "had expected last month to deliver 50 jets" (helper-107's reading)
    if toks[v + 1].pos == "ADV" and toks[v + 1].text.lower() in ("not", "never"):
        return None
    h = toks[j + 1].head if toks[j + 1].dep in ("aux", "aux:pass", "cop") else j + 1  # "to be completed by Dec. 15"
    return toks[v + 1].start, toks[max(ps.subtree(h) + [j + 1])].end


def subject_as_object(ps: ParsedSentence, obj: int | None, comp: int) -> bool:
    """Whether the object ``obj`` of a cue is the subject of the complement clause ``comp`` right after it, which has no
    subject of its own ("says a decision to shut the site down is just a temporary setback": *decision* the object,
    *setback* a clause without subject; FactBank APW19990206.0090): a common noun, not an addressee (a person, a
    pronoun), the clause unmarked and starting right after the object's words with a finite verb or copula."""
    toks = ps.tokens
    if obj is None or toks[obj].dep != "obj" or toks[obj].pos != "NOUN" or obj > comp \
            or any(toks[c].dep in ("nsubj", "nsubj:pass", "expl", "csubj", "mark") for c in ps.children(comp)):
        return False
    if any((toks[i].dep == "acl:relcl" or toks[i].dep == "acl" and toks[i].tag in ("VBD", "VBZ", "VBP"))
           and toks[min(j for j in ps.subtree(i) if toks[j].pos != "PUNCT") - 1].text != "," for i in ps.subtree(obj)):
        return False  # "announced its plan at the same time it reported net income rose": a clause inside the object,
        # "rose" hung on the cue is that clause's (FactBank wsj_1014, helper-108); a relative set off by commas is no such
    words = [i for i in ps.subtree(comp) if toks[i].pos != "PUNCT"]
    if not words:
        return False
    first = min(words)
    gap = range(max(ps.subtree(obj)) + 1, first)  # a comma may close a relative clause of the subject ("the budget,
    return all(toks[i].pos == "PUNCT" for i in gap) and toks[first].tag in FINITE  # which ..., was")


def predicate_after(ps: ParsedSentence, v: int, comp: int) -> int | None:
    """The finite verb the parser conjoined to cue ``v`` after its noun complement ``comp``, with no subject and no *and*
    of its own: the noun is its subject ("Acquisition said 2.2 million shares, or about 38.5% of the shares outstanding,
    have been tendered": *tendered* a ``conj`` of *said*; helper-126's reading of FactBank wsj_0159)."""
    toks = ps.tokens
    return next((c for c in ps.children(v) if c > max(ps.subtree(comp)) and toks[c].dep == "conj" and toks[c].pos in ("VERB", "AUX")
                 and finite(ps, c)
                 and not any(toks[g].dep in ("nsubj", "nsubj:pass", "expl", "cc") for g in ps.children(c))), None)


def finite(ps: ParsedSentence, c: int) -> bool:
    """Whether verb ``c`` is finite: a finite tag, or a finite auxiliary of its own ("have been tendered") where no *when*,
    *where* or subordinator opens its clause ("found her ... when one of my clients was in the midst of a panic attack":
    EWT, no finding reported)."""
    kids = [ps.tokens[g] for g in ps.children(c)]
    return ps.tokens[c].tag in FINITE or any(k.dep in ("aux", "aux:pass", "cop") and k.tag in FINITE for k in kids) \
        and not any(k.dep in ("advmod", "mark") and k.tag in ("WRB", "IN") for k in kids)


def comparison_tail(ps: ParsedSentence, v: int, lemma: str, end: int) -> list[int]:
    """The tokens after a reported result's object (ending at token ``end``) that compare it with an earlier one, to the
    sentence's end: "reported third-quarter net of $68.2 million, or 83 cents a share, up from $66.8 million, or 81 cents
    a share, a year ago" (helper-126's reading: the content stopped at the first figure; the FactBank gold has such
    comparisons: "a net loss of $608,413, ..., compared with year-earlier net income of $967,809, ..."). Only for
    *report*, *post* and *announce*, only after a comma, and not past a clause of its own (", and said ...")."""
    toks = ps.tokens
    if lemma not in ("report", "post", "announce"):
        return []
    j = end + 1  # past the per-share figure the parser left outside ("$35.2 million, or 31 cents a share, compared with")
    if j + 1 < len(toks) and toks[j].text == "," and toks[j + 1].text.lower() == "or":
        j = next((k for k in range(j + 2, min(len(toks), j + 10)) if toks[k].text == ","), j)
    if j + 1 >= len(toks) or toks[j].text != "," \
            or not _COMPARISON_RE.match(" ".join(t.text.lower() for t in toks[j + 1:j + 4])):
        return []
    out = []
    for t in toks[end + 1:]:
        if t.pos in ("VERB", "AUX") and t.dep in ("conj", "parataxis", "advcl") or t.text in (";", ":"):
            break
        out.append(t.i)
    while out and toks[out[-1]].pos == "PUNCT":
        out.pop()
    return out


# the openings of a comparison with an earlier figure
_COMPARISON_RE = re.compile(r"(?:compared (?:with|to)|up from|down from|from |more than|less than|against|versus|vs\.?)")


def parenthetical_advcl(ps: ParsedSentence, v: int) -> bool:
    """Whether cue ``v``, an adverbial clause of a verb after it, is a parenthetical reporting clause set off by commas
    ("Now, Ms. Conlin noted, it will have new resonance": the parser hung *noted* on *have* as ``advcl``, so the clause
    had no content; *said* in the same place is the root): its own subject right before it, a comma before that and one
    right after it or after at most three words of its own ("later told reporters,"), no subordinating word ("when Ms.
    Conlin noted, ...") and no complement."""
    toks = ps.tokens
    t = toks[v]
    subj = next((c for c in ps.children(v) if toks[c].dep in ("nsubj", "nsubj:pass") and c < v), None)
    if t.dep != "advcl" or t.head <= v or subj is None or toks[subj].text.lower() in ("one", "you") \
            or any(toks[c].dep in ("mark", "ccomp", "xcomp") or toks[c].tag == "MD" for c in ps.children(v)):
        return False  # (nor a modal's or a generic subject's: "At worst, one could argue, the plan is ...": nobody's statement)
    end = max(i for i in ps.subtree(v) if toks[i].text != ",")  # (its addressee may follow it: "later told reporters,")
    if end + 1 >= len(toks) or toks[end + 1].text != "," or end > v + 3:
        return False
    first = min(ps.subtree(subj))
    return first > 0 and toks[first - 1].text == ","


# a full name opening the sentence, set off by a comma before a subject that describes it
_NAME_FIRST_RE = re.compile(rf"\s*({FULL_NAME}),\s*(?:[A-Z][\w.’'-]+[’']s\s+|the\s+|a\s+|an\s+)?")


def name_first(text: str, start: int, end: int) -> re.Match[str] | None:
    """A full name set off by a comma right before the subject the parser chose, which describes it, opening the sentence
    ``text[start:end]`` ("Uri Lubrani, Israel's top official ..., suggested") or after a short phrase that opens it ("In a
    statement, Robert Mellor, Di Giorgio's executive vice president, said": the parser made the name a possessor of the
    role; rewritten from FactBank wsj_0815): group 1 is the name."""
    if (m := _NAME_FIRST_RE.fullmatch(text, start, end)) is not None:
        return m
    comma = text.find(", ", start, end)
    return _NAME_FIRST_RE.fullmatch(text, comma + 1, end) if 0 < comma and len(text[start:comma].split()) <= 6 else None
