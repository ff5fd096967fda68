"""Verbs the shipped parser misread (internal to :mod:`framing.attribution`).

The shipped model sometimes reads a verb in the third person singular as a plural noun: in "Kopp
purports to be a devout Roman Catholic" (FactBank), *purports* is a NOUN with *Kopp* hung on it and
the infinitive as its clause; in "the United Nations rates the Rohingya among the world's most
persecuted groups" (GUM), *rates* is a NOUN with *Nations* as its compound and *Rohingya* as its
object. A noun takes no object and no clause, so such a token is read as the verb it is, and the
noun phrase the parser hung before it as its subject; so is a bare plural form with an infinitive the
parser made its modifier ("Mohamed wishes to use", :func:`to_clause`; a capitalised word before it it tagged
an adjective is the name). (The second still reports nothing: *rate*
needs a predicate, and the parser hung "among ..." on the object.)

The model also makes the subject noun of a short sentence its root and hangs the real predicate on it
as a modifier ("Critics objected to the plan": *objected* an ``acl`` of *Critics*) or the adverbial
participle on it ("Iraq's deputy foreign minister responded ..., saying ...": *saying* an ``advcl`` of
*minister*). A sentence has a verb; a noun root with such a verb after it is that verb's subject
(:func:`root_noun`); not a passive participle with its by-agent ("Officials quoted by the paper"). So is one with
a verb conjoined to it without "and" ("Esselte AB, the Stockholm office supplies company, as expected, proposed to
acquire": *proposed* a ``conj`` of *Esselte*; FactBank wsj_1033, twenty-eighth round).

After a verb of saying or believing, the noun phrase the parser made its object may be a clause with such a verb
("said the Bush administration plans to deploy 45,000 Marines": *plans* a noun with *administration* its compound;
:func:`to_clause` with ``said``, twentieth session); :func:`complement` is the clause a cue governs.

Two more misreads (eighteenth session): a cue conjoined to a verb further back than the one whose clause
ends right before its *and* (:func:`nearer_conjunct`), and an "as" phrase of "describe X as Y" hung outside
the cue's clause after a relative clause set off by commas (:func:`stray_as`).

(:func:`~._effort.effort_subject`, for an infinitive on a noun of effort, moved to :mod:`._effort` in the
twenty-eighth round.)
"""

from __future__ import annotations

from typing import Any

from ..text.syntax import ParsedSentence
from ._cuecheck import FINITE
from ._objects import marked
from ._words import CALENDAR, INSTITUTIONS

__all__ = ["DAYS", "TIME_NOUNS", "complement", "stranded_subject", "tag_clause", "verbal_noun", "noun_subject", "root_noun", "to_clause", "nearer_conjunct", "outer_conjunct", "stray_as",
           "named_subject", "participle_head", "infinitive_conjunct"]

DAYS = frozenset(w for w in CALENDAR if w.endswith("day"))  # weekdays, not months ("May" is a name too)
# times the parser makes a second subject ("The company earlier this month announced ...": not "month")
TIME_NOUNS = frozenset("week month year weekend morning afternoon evening night".split())
# words for people a participle cue may modify as its source ("editors requesting her collaboration"); a list, since
# "documents showing", "posters threatening" end as agent nouns do
_PEOPLE_WORDS = frozenset("people officials residents editors critics lawmakers activists protesters lawyers workers "
                          "parents students voters investors analysts experts scientists leaders members".split())
_ORG_WORDS = INSTITUTIONS | frozenset("Exchange Group Fund Inc. Corp. Co. Ltd. Company Bureau Partners Holdings".split())

_VERB_DEPS = ("obj", "ccomp", "xcomp")  # what a verb governs and a noun never does
_PRE_DEPS = ("compound", "nmod", "nsubj", "amod")  # how the parser hangs the subject on the mistagged verb


def verbal_noun(forms: dict[str, Any], ps: ParsedSentence, t: Any, *, said: bool = False) -> bool:
    """Whether noun ``t`` is a reporting verb in the third person singular the parser tagged as a plural
    noun: a form of the lexicon (``forms``) ending in *s*, with an object or a clause after it (or a relative
    pronoun as its object: "which the Church describes as a religious retreat"), and a noun phrase before it to speak.
    ``said``: ``t`` is the object of a verb of saying or believing (see :func:`to_clause`)."""
    if t.tag == "NN" and t.text.lower() in forms and t.text.endswith("ing") and ps._child(t.i, ("nsubj",)) is not None:
        return ps.tokens[t.i - 1].lemma.lower() == "be" and ps.tokens[t.i - 1].dep in ("aux", "cop")  # a progressive the
        # tagger read as a noun: "Officials were warning that rains would cause landslides" (not "are the new urban planning")
    return (t.pos == "NOUN" and t.tag == "NNS" and t.text.lower() in forms and t.text.endswith("s")
            and (any(ps.tokens[c].dep in _VERB_DEPS and (c > t.i or ps.tokens[c].tag in ("WDT", "WP")) for c in ps.children(t.i))
                 or to_clause(ps, t.i, said=said) is not None or _calls_for(ps, t))
            and noun_subject(ps, t.i) is not None)


def _calls_for(ps: ParsedSentence, t: Any) -> bool:
    """Whether plural noun ``t`` is *calls* right before *for*, rooting a sentence with no finite verb ("That 1978
    resolution calls for Israel's withdrawal", "NATO calls for the collective defense of its members"): the verb."""
    return t.text.lower() == "calls" and t.dep == "root" and t.i + 1 < len(ps.tokens) and ps.tokens[t.i + 1].text.lower() == "for" \
        and not any(k.tag in FINITE for k in ps.tokens)


def to_clause(ps: ParsedSentence, n: int, *, said: bool = False, agent: bool = True) -> int | None:
    """The infinitive the parser hung on plural noun ``n`` as a modifier when ``n`` is a bare verb form with a name
    before it ("Alia Salem said Mohamed wishes to use his fame": *wishes* a noun, *Mohamed* an adjective), else
    ``None``; not a noun with a determiner, possessor, number, preposition or lower-case adjective ("the plans to
    build", "his wishes to", "of new Royal Navy orders to secure"), nor a subject. With ``said`` (``n`` is the object
    of a verb of saying or believing), a determiner may open the noun phrase before it when a noun comes between,
    the subject ("said the Bush administration plans to deploy 45,000 Marines": FactBank; a verb of saying takes
    what was said, not a plan, as its object; not "said the plans to build ..."): the noun between names who may plan
    (a proper noun, or an organisation's head word: not "the Ford restructuring plans to cost"), the infinitive is
    active ("the troop withdrawal plans to be unveiled"), and no finite verb of the sentence comes after it ("the
    defense budget plans to modernize the arsenal were unaffordable"; helper-75's second reading). ``agent=False``:
    the noun is the object of a belief with its infinitive, whoever it names ("expect the disappointing trend to
    continue")."""
    if said and (det := ps._child(n, ("det",))) is not None and det < n - 1:
        who = max((c for c in ps.children(n) if det < c < n and ps.tokens[c].dep == "compound"), default=None)
        inf = _infinitive_after(ps, n)
        if inf is None or agent and (who is None or not _agent(ps.tokens[who])) or ps._child(inf, ("aux:pass",)) is not None \
                or any(ps.tokens[c].dep in ("nmod:poss", "nummod", "det:poss", "case") for c in ps.children(n)):
            return None  # "the Ford restructuring plans to cost", "the troop withdrawal plans to be unveiled"
        after = list(ps.tokens[max(ps.subtree(inf)) + 1:])
        clause = after[:next((k for k, t in enumerate(after) if t.text in ",;:" or t.dep in ("cc", "mark")), len(after))]
        if any(t.tag in FINITE for t in clause):
            return None  # "the defense budget plans to modernize the arsenal were unaffordable": a noun phrase after all
        return inf
    if any(ps.tokens[c].dep in ("det", "nmod:poss", "nummod", "det:poss", "case") or ps.tokens[c].dep == "amod"
           and ps.tokens[c].text.islower() for c in ps.children(n)) \
            or ps.tokens[n].dep in ("nsubj", "nsubj:pass"):  # "Government plans to cut taxes angered voters"
        return None  # nor "The promise of new Royal Navy orders to secure ...": a preposition or adjective makes a noun
    return _infinitive_after(ps, n)


# who may plan or want: an organisation's head noun before "plans", "wants" (a proper noun may too)
_AGENT_HEADS = frozenset("""administration government company firm bank board council ministry department agency army military
party union group team club airline carrier maker committee commission court police cabinet regime""".split())


def _agent(t: Any) -> bool:
    """Whether token ``t`` (the compound before a mistagged "plans") may plan: a proper noun or an organisation's head."""
    return t.pos == "PROPN" or t.text.lower() in _AGENT_HEADS


def _infinitive_after(ps: ParsedSentence, n: int) -> int | None:
    """The *to* infinitive the parser hung on noun ``n`` as a modifier after it, else ``None``."""
    return next((c for c in ps.children(n) if c > n and ps.tokens[c].dep == "acl" and ps.tokens[c].pos == "VERB" and any(
        ps.tokens[g].dep == "mark" and ps.tokens[g].text.lower() == "to" for g in ps.children(c))), None)


def noun_subject(ps: ParsedSentence, v: int) -> int | None:
    """The head of the noun phrase right before mistagged verb ``v`` that the parser made its dependent
    ("the United Nations rates": *Nations*), else ``None``; never a day or month ("confirmed Monday plans to")."""
    before = [c for c in ps.children(v) if c < v and ps.tokens[c].dep in _PRE_DEPS and ps.tokens[c].text not in CALENDAR
              and (ps.tokens[c].pos in ("PROPN", "NOUN", "PRON") or c > 0 and ps.tokens[c].pos == "ADJ" and ps.tokens[c].text[:1].isupper())]
    h = ps.tokens[v].head
    if not before and ps.tokens[v].dep == "conj" and h < v and ps.tokens[h].pos in ("NOUN", "PROPN") and ps.tokens[v - 1].text == "," \
            and ps._child(v, ("cc",)) is None and ps.tokens[h].dep in ("nsubj", "root"):  # the sentence's subject, not
        # "The union, which represents 40,000 workers, plans" (the object of a relative clause)
        name = next((c for c in ps.children(h) if h < c < v and ps.tokens[c].dep == "appos" and ps.tokens[c].pos == "PROPN"), h)
        before = [name]  # "The investor, Donald A. Wright, plans to run the company": the verb conjoined to its subject (the name)
    if not before or any(ps.tokens[i].pos in ("VERB", "AUX") for i in range(before[-1] + 1, v)):
        return None
    return before[-1]


def root_noun(ps: ParsedSentence, v: int) -> int | None:
    """The noun root of the sentence that verb ``v``, hung on it after it, has as its subject (see the module
    docstring), else ``None``."""
    t = ps.tokens[v]
    head = ps.tokens[t.head]
    if head.dep != "root" and t.dep == "acl" and t.tag in ("VBD", "VBZ", "VBN") and head.pos in ("NOUN", "PROPN") \
            and _sole_verb(ps, v) and ps._child(t.head, ("case",)) is None and t.head < v \
            and ps._child(v, ("aux", "aux:pass")) is None and ps.agent(v) is None \
            and any(k.dep == "root" and (k.text in CALENDAR or k.text.lower() in ("today", "yesterday", "tonight")) for k in ps.tokens):
        return t.head  # "On Thursday, the mayor called for calm", "Also Thursday, Saudi Arabia called for ...": the
        # parser rooted the time and hung the verb on the noun after it; the sentence's only finite verb has it as subject
        # (only under a rooted time: not "The town hosts an annual festival called ...", "hosts" a noun: helper-108)
    if t.head >= v or head.dep != "root" or head.pos not in ("NOUN", "PROPN") \
            or ps._child(t.head, ("cop", "nsubj", "nsubj:pass")) is not None:
        return None  # "China was among 30 nations invited to ...": a predicate noun, its participle a modifier
    # a name the parser hung before the noun, set off by a comma, is the one the noun describes ("Smith, the
    # company's founder, stepped down ..., saying")
    named = next((c for c in ps.children(t.head) if c < t.head and ps.tokens[c].pos == "PROPN"
                  and ps.tokens[c].dep in ("vocative", "appos", "dep", "nsubj") and ps.tokens[c + 1].text == ","), t.head)
    if t.dep in ("advcl", "xcomp") and t.text.lower().endswith("ing"):
        return named
    if (t.dep == "acl" or t.dep == "conj" and ps._child(v, ("cc",)) is None) and t.tag in ("VBD", "VBN", "VBZ") and ps._child(v, ("aux", "aux:pass")) is None \
            and not any(ps.tokens[g].text.lower() == "by" and ps.tokens[g].dep == "case" for c in ps.children(v) for g in ps.children(c)):
        return named
    return None


def _sole_verb(ps: ParsedSentence, v: int) -> bool:
    """Whether ``v`` is the only finite verb of its sentence outside its own clause."""
    inside = set(ps.subtree(v))
    return not any(k.i not in inside and k.tag in FINITE for k in ps.tokens)


def outer_conjunct(ps: ParsedSentence, v: int) -> int | None:
    """For a conjoined cue ``v`` without a subject of its own that the parser hung on the complement of a cue of the same
    verb: that cue's subject ("Yvette Cooper said her party has supported the idea, and said it was ...": the second
    *said* conjoined to *supported*, whose subject is the party), else ``None``."""
    toks = ps.tokens
    h = toks[v].head
    if toks[v].dep != "conj" or toks[h].dep != "ccomp" or any(toks[c].dep in ("nsubj", "nsubj:pass") for c in ps.children(v)):
        return None
    u = toks[h].head
    same = toks[u].lemma.lower() == toks[v].lemma.lower() or toks[u].lemma.lower() in _SAYING and toks[v].lemma.lower() in _SAYING
    return ps.subject(u) if u != h and same else None  # (also "She countered that the figures were misleading and said
    # ...": two verbs of saying, helper-100)


_SAYING = frozenset("say add tell note argue counter insist claim explain contend assert warn stress acknowledge admit reply".split())


def nearer_conjunct(ps: ParsedSentence, v: int) -> int | None:
    """For a conjoined cue ``v`` without a subject of its own that the parser hung on a verb further back: the subject
    of a verb of the same form between them whose clause ends right before *and* ("took a more personal turn when
    Saddam Hussein called Bush a liar and said ...": Saddam Hussein, not the showdown), else ``None``."""
    toks = ps.tokens
    h = toks[v].head
    if any(toks[c].dep in ("nsubj", "nsubj:pass") for c in ps.children(v)):
        return None
    cc = next((c for c in ps.children(v) if toks[c].dep == "cc" and c < v), None)
    if cc is None:
        return None
    for u in range(cc - 1, h, -1):
        if toks[u].tag == toks[v].tag and toks[u].dep in ("advcl", "ccomp", "acl:relcl") and max(ps.subtree(u)) + 1 == cc:
            return next((c for c in ps.children(u) if toks[c].dep == "nsubj" and toks[c].tag in ("NNP", "NNPS", "PRP")), None)
    return None


def infinitive_conjunct(ps: ParsedSentence, v: int) -> int | None:
    """For an infinitive cue ``v`` ("and to defend ...") that the parser conjoined to a finite verb: the nearest
    infinitive before it that hangs on a verb (advcl or xcomp), whose subject is the cue's ("Albright used her speech to
    articulate a vision for NATO, which will celebrate its anniversary, and to defend NATO's involvement": Albright,
    not the relative clause's NATO; FactBank NYT19990312.0271), else ``None``."""
    toks = ps.tokens
    h = toks[v].head
    if toks[v].dep != "conj" or not _marked_to(ps, v) or _marked_to(ps, h) or toks[h].pos not in ("VERB", "AUX"):
        return None
    return next((x for x in range(h - 1, -1, -1) if toks[x].pos == "VERB" and toks[x].dep in ("advcl", "xcomp")
                 and _marked_to(ps, x)), None)


def _marked_to(ps: ParsedSentence, i: int) -> bool:
    return any(ps.tokens[c].dep == "mark" and ps.tokens[c].text.lower() == "to" for c in ps.children(i))


def stray_as(ps: ParsedSentence, v: int, obj: int) -> int | None:
    """An "as" phrase right after the object ``obj`` of cue ``v`` (past commas and quotation marks) that the parser
    hung outside the cue's clause, after a relative clause set off by commas: its head, or ``None``."""
    toks = ps.tokens
    nxt = max(ps.subtree(obj)) + 1
    while nxt < len(toks) and toks[nxt].pos == "PUNCT" and toks[nxt].text in ",\"“'‘":
        nxt += 1
    if nxt >= len(toks) or toks[nxt].text.lower() != "as" or toks[nxt].dep not in ("mark", "case"):
        return None
    head = toks[nxt].head
    return head if head > nxt and head not in ps.subtree(v) else None


def named_subject(ps: ParsedSentence, v: int, s: int) -> int:
    """Subject ``s`` of cue ``v``, or the name the parser set beside it: a weekday (or today, yesterday) parsed as the subject
    with a name as its apposition ("read on Iraqi television Thursday, Saddam repeatedly called ..."), or a person's name
    right before the cue at the end of a title phrase the parser made the subject ("Executive director of the Dallas chapter
    of the Council on ... Relations Alia Salem said"; no organisation's word in it and no "at"/"of" of its own: not "An
    official at the Tokyo Stock Exchange said")."""
    toks = ps.tokens
    if (toks[s].text in DAYS or toks[s].text.lower() in ("today", "yesterday")) and (
            ap := next((c for c in ps.children(s) if toks[c].dep == "appos" and toks[c].pos == "PROPN"), None)) is not None:
        return ap
    if toks[s].pos == "NOUN" and v > 1 and toks[v - 1].pos == "PROPN" and toks[v - 1].dep == "nmod" and toks[v - 2].pos == "PROPN" \
            and toks[v - 2].head == v - 1 and v - 1 in ps.subtree(s) and not {toks[v - 1].text, toks[v - 2].text} & _ORG_WORDS \
            and not any(toks[c].dep == "case" and toks[c].text.lower() != "on" for c in ps.children(v - 1)):
        return v - 1
    np = [i for i in ps.subtree(s) if toks[i].pos != "PUNCT"]
    if not np:
        return s
    k = min(np) - 2  # "Oxfam, the British charity, warned": the parser made the name an oblique, the description the subject
    while k > 0 and toks[k].dep in ("flat", "flat:name", "compound") and toks[k].head < k:
        k = toks[k].head
    if toks[s].pos == "NOUN" and k >= 0 and toks[min(np) - 1].text == "," and toks[k].pos == "PROPN" and toks[k].head == v \
            and toks[k].dep in ("obl", "dep", "vocative", "obl:npmod") and max(np) + 2 == v and toks[max(np) + 1].text == ",":
        return k
    return s


def participle_head(ps: ParsedSentence, v: int) -> int | None:
    """The noun a participle cue modifies, as its source, when the participle has an object or a clause and the noun is
    a name or a word for people ("the Municipality of Livorno asking religious schools to pay property taxes", "editors
    requesting her collaboration"); not a thing or a place the parser hung it on ("a suit in a Delaware court seeking",
    "an ultimatum on behalf of the allies demanding"); else ``None``."""
    t = ps.tokens[v]
    h = t.head
    if t.dep != "acl" or t.tag != "VBG" or h == v or h > v or ps.tokens[h].pos not in ("NOUN", "PROPN") \
            or not any(ps.tokens[c].dep in ("obj", "ccomp", "xcomp") for c in ps.children(v)):
        return None
    word = ps.tokens[h].text
    people = word[:1].isupper() and h > 0 or word in _PEOPLE_WORDS
    case = ps._child(h, ("case",))
    if ps.tokens[h].dep in ("nsubj", "nsubj:pass", "root"):
        return None  # "Protesters demanding the resignation ... marched": a modifier of the main clause's subject, no report
    return h if people and (case is None or ps.tokens[case].text.lower() == "of") else None


def _bare_finite(ps: ParsedSentence, v: int, c: int) -> bool:
    """Whether clause ``c`` of cue ``v`` is a complement clause without *that* after a phrase and a comma ("estimated by
    2050, increasing population ... would increase demand": GUM): only a phrase of the cue's and a comma before it, no
    subordinator, conjunction or wh-word, a subject of its own and a finite verb or auxiliary."""
    toks = ps.tokens
    kids = [toks[k] for k in ps.children(c)]
    first = min(i for i in ps.subtree(c) if toks[i].pos != "PUNCT")
    between = set(range(v + 1, first - 1))
    phrases = {i for k in ps.children(v) if v < k < first and toks[k].dep in ("obl", "obl:agent", "obl:tmod", "advmod")
               for i in ps.subtree(k)}
    if first - 1 <= v or toks[first - 1].text != "," or not between or not between <= phrases \
            or toks[first].tag in ("WRB", "WP", "WDT", "CC") or ps._child(v, ("aux:pass",)) is not None:
        return False
    return not any(k.dep in ("mark", "cc") for k in kids) and any(k.dep in ("nsubj", "csubj", "nsubj:pass") for k in kids) \
        and (ps.tokens[c].tag in FINITE or any(k.dep in ("aux", "aux:pass") and k.tag in FINITE for k in kids))


def complement(ps: ParsedSentence, v: int, cue_class: str, *, said: bool = False) -> int | None:
    """The clause cue ``v`` governs: a ``ccomp`` / ``xcomp``, a *that* clause the parser made an ``advcl`` ("estimated
    that by 2050 ...") or one without *that* after a phrase (:func:`_bare_finite`), a clause after the cue the parser
    made a second subject ("the Bush administration knows a long stalemate could try": *try* a ``csubj``), a *to* clause of a request, intention or refusal, or the infinitive of a verb tagged a noun
    (:func:`to_clause`; ``said`` as there)."""
    toks = ps.tokens
    return next((c for c in ps.children(v) if not _asked_before(ps, v, c) and (toks[c].dep in ("ccomp", "xcomp")
                 or toks[c].dep == "advcl" and marked(ps, c, ("that",))
                 or toks[c].dep == "advcl" and c > v and cue_class in ("statement", "belief") and _bare_finite(ps, v, c)
                 or toks[c].dep == "csubj" and c > v and cue_class == "belief" and ps._child(v, ("nsubj",)) is not None
                 or toks[c].dep in ("acl", "acl:relcl") and toks[v].pos == "NOUN" and c > v and marked(ps, c, ("that",))
                 or toks[c].dep == "advcl" and cue_class in ("request", "intention", "refusal") and marked(ps, c, ("to",))
                 or toks[c].dep == "advcl" and c == v + 1 and cue_class == "intention" and toks[c].tag == "VBG" and not marked(ps, c, ("to", "by", "while", "after", "before", "in", "on", "for"))
                 or toks[v].pos == "NOUN" and c == to_clause(ps, v, said=said) and cue_class in ("request", "intention"))), None) \
        or next((c for o in ps.children(v) if toks[o].dep == "obl" and min(ps.subtree(o)) == v + 1 for c in ps.children(o)
                 if toks[c].dep == "acl:relcl" and c > o and cue_class in ("statement", "belief")
                 and any(toks[m].dep == "mark" and toks[m].text.lower() == "that" for m in ps.children(c))), None)
    # (a that-clause the parser hung on a phrase of time after the cue as a relative clause, with "that" its marker:
    # "have indicated in the past that they were capable of deploying ...", FactBank WSJ900813-0157)


def _asked_before(ps: ParsedSentence, v: int, c: int) -> bool:
    """Whether clause ``c`` before the cue is no content: the question put to the speaker ("Asked whether he would
    resign, Mayor Ann Lee said no": the parser made *Asked* a ``ccomp`` of *said*), or a noun, the subject the parser
    made a clause, with no copula or subject of its own ("Secretary of State James Baker, speaking on ABC News' "This Week," said the Kuwaiti request
    gives ...": *Secretary* a ``ccomp``, *Week* the subject; FactBank WSJ900813-0157, fifth development set)."""
    t = ps.tokens[c]
    return c < v and (t.lemma.lower() == "ask" and t.tag in ("VBN", "VBD") and ps.subject(c) is None
                      or t.dep == "ccomp" and t.pos in ("NOUN", "PROPN") and ps._child(c, ("cop", "nsubj", "nsubj:pass")) is None)


def tag_clause(ps: ParsedSentence, c: int) -> bool:
    """Whether clause ``c`` (a ``parataxis``) is an attribution's tag at the end of the sentence, a subject and its verb
    alone ("She sees the vote as a referendum, she said": the tag is the outer cue, not what she sees)."""
    sub = ps.subtree(c)
    return len(sub) <= 6 and ps._child(c, ("nsubj",)) is not None and not any(
        ps.tokens[k].dep in ("obj", "ccomp", "xcomp") for k in ps.children(c)) and all(
        ps.tokens[i].pos == "PUNCT" for i in range(max(sub) + 1, len(ps.tokens)))


def stranded_subject(ps: ParsedSentence, v: int) -> int | None:
    """The subject of root verb ``v`` that has none, when the parser hung it on the phrase before: a name right before
    the verb ("In his Mass at St. Patrick's Cathedral, Cardinal John O'Connor called ...": *O'Connor* an apposition of
    the cathedral), or a noun phrase set off by a comma ("In their joint statement, released by the Kremlin, the two
    leaders also pledged ...": *leaders* an apposition of the Kremlin; twentieth session); an adverb may come between.
    Not a noun with a preposition ("in Ohio Trump")."""
    toks = ps.tokens
    j = v - 1
    while j > 1 and (toks[j].pos == "ADV" or toks[j].text.lower() in ("today", "yesterday", "tonight")) \
            and toks[j - 1].pos == "NOUN":  # (a name right before the verb only: "Moscow and Beijing also pledged"
        j -= 1  # found the last conjunct alone; helper-76)
    if j < 1 or toks[j].head == v or toks[j].pos not in ("PROPN", "NOUN"):
        return None
    if toks[j].pos == "PROPN":
        while toks[j].dep in ("flat", "flat:name") and toks[j].head < j:
            j = toks[j].head
    elif toks[min(i for i in ps.subtree(j) if toks[i].pos != "PUNCT") - 1].text != ",":
        return None
    return j if toks[j].dep in ("appos", "nmod", "conj") and ps._child(j, ("case",)) is None else None
