"""Parse checks on the cues the pattern rules find (internal to :mod:`framing.attribution`).

The pattern rules of :mod:`framing.attribution.rules` find a reporting verb by its form; the parse
of :class:`~framing.text.syntax.Syntax` then vetoes what is no attribution:

* :func:`is_verb_cue`: a form of the lexicon is a cue only where the parser tags it a verb
  (UPOS ``VERB`` or ``AUX``): "states", "show", "answer" as nouns are not cues.
* :func:`object_only`: a pattern rule's reported speech that the parse reads as a statement
  verb's bare object ("wrote a book published in 2010") is dropped.
* :func:`embedded`: a cue in the infinitive under a request, intention, refusal or belief cue is
  what was asked, wanted, declined or expected, not something said ("urged the Commission to say
  whether ...", "declined to say whether ...", "wants to announce ..."): it is dropped, and the
  outer cue's attribution holds it. So is a cue under a verb saying it did not happen ("failed
  to mention that ...", "forgot to say", "have yet to say").
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from ..text.syntax import FINITE_TAGS, ParsedSentence
from ._mentions import LOOK_BACK, Context
from ._objects import marked, no_belief_clause, plural_as_verb, result_object
from ._refusals import withheld
from ._words import ADVERBIAL_MARKS, ASIDE_FORMS
from .types import Attribution

__all__ = ["is_verb_cue", "no_cue_here", "object_only", "embedded", "passive_content", "withheld", "not_reported", "CLAUSE_BELIEFS", "PARSE_ONLY", "VIEWS", "DEALS", "FINITE", "NOT_DONE", "OBJECT_STATEMENTS"]

FINITE = FINITE_TAGS  # (the parse repairs' set: framing.text)
_WH_RE = re.compile(r"\s+(?:just\s+)?(?:how|whether|if|why|what|who|when|where)\b")
# what a firm "agreed to" do in a deal: the deal struck, no stance reported ("agreed to sell three candy businesses
# to Nestle"; in the FactBank development sets the annotators took 1 of 5 such for an attribution, "agreed to be
# acquired", a passive, which stays); "agreed to let a united Germany join NATO" stays too. A deal only with an
# asset or a sum as the object (a name, a number, "$", or one of _ASSETS: not "agreed to buy time", "to sell the
# idea", "to pay a state visit", "to pay closer attention"), and nothing else conjoined ("to pay a fine and plead
# guilty"; helper-75's second reading, twentieth session)
DEALS = frozenset("buy sell acquire purchase pay merge".split())
_ASSETS = frozenset("""stake stakes share shares unit units division divisions business businesses assets operations subsidiary
subsidiaries company companies firm bank stores plant plants properties property land acres interest line""".split())
# belief verbs that report a belief only with a clause ("she felt Mohamed had been treated unfairly")
CLAUSE_BELIEFS = frozenset(("feel", "wonder", "know", "realize", "realise", "bet", "calculate"))  # "wondered aloud about the coach's future": no belief
# belief verbs whose content is an object and its as-phrase only ("see themselves as natural partners"; not "Voters see
# what is worst"; _objects.view_content)
VIEWS = frozenset(("see", "view", "regard"))
# verbs that are cues only as the parse reads them, never by the pattern rules: the views, and "attributed X to Y" (not
# "attributed it to a software glitch that grounded flights": the pattern rules took the relative clause)
PARSE_ONLY = VIEWS | {"attribute", "know", "calculate"}  # (and "know": "need to know what about them is different"; "calculate whether")
# an object is the content of these statements (and of evaluation, request and intention verbs: syntactic._OBJECT_CLASSES)
# (not of "told reporters", "said nothing", "wrote a book", "conceded a penalty")
# "report" only with a result as its object ("reported a 47% decline", "reported slower growth"; not
# "reported the incident to police"; _objects.result_object)
# ("point out" as two words: a split list had made "point" and "out" two lemmas, twentieth session; its object is at
# times a thing shown, "pointed out the window to tourists" (helper-76), but in the text measured here it was a thing
# said each time: GUM's "pointed out those features to attendees", a GUM biography's "pointed out the frequent
# desirability of ...")
OBJECT_STATEMENTS = frozenset("announce confirm deny reveal disclose admit acknowledge predict estimate note cite report attribute"
                               .split()) | {"point out"}

_NOMINAL_DEPS = ("nsubj", "nsubj:pass", "nsubj:outer", "obj", "iobj", "obl", "nmod", "nmod:poss", "compound", "flat", "appos", "amod",
                 "det", "case", "fixed", "obl:npmod", "obl:tmod", "nmod:npmod", "nmod:tmod")


# a question put to the subject, set off by commas: "Trump, asked whether he would fire Powell, said ...": a
# reduced passive, whatever the parser says ("asked" as the sentence's root verb); the subject answers, not asks
_ASIDE_AFTER_RE = re.compile(r"(?:\s+(?:whether|if|about|why|how|what|when|where|for|by|on|to|of|later|again|repeatedly)\b"
                             r"[^,;:.!?“”\"]*)?,\s*(?!(?:and|or|but|then)\b)\S")  # not a series: "He paused, asked why, and left"
_ASIDE_BEFORE_RE = re.compile(r"\S\s*,\s*(?:(?:when|if|once|after|before|while|as)\s+)?$")


# "That said," / "That being said," opening a sentence or a clause
_THAT_SAID_RE = re.compile(r"(?:^|[,;:]\s*)[Tt]hat\s+(?:being\s+)?$")


# a text that "reads" something: a document noun right before the verb (and a relative pronoun: "a letter that read");
# not a banner, sign or placard: a slogan is nobody's statement (the composed gold's traps g17, h07)
_DOCUMENT_BEFORE_RE = re.compile(
    r"\b(?:statement|post|posting|letter|note|message|guidelines|caption|tweet|text|notice|headline|memo|e-?mail|release|"
    r"document|order|ruling|verdict|decision|filing|complaint|indictment|petition|resolution|declaration|communiqu[eé]|"
    r"warning|advert(?:isement)?|leaflet|entry|website|passage|clause|section|paragraph|report|summary|transcript)s?"
    r"[”’\"']?\s+(?:(?:that|which)\s+)?$", re.I)
# an idiom of the writer's before "say" ("fair to say", "safe to say", "needless to say", "suffice it to say")
_SIGN_OFF_RE = re.compile(r"\b(?:I[’']m|I\s+am|[Tt]his\s+is)\s+(?:[A-Z][\w.’'-]*\s+){1,4}$")
_IDIOM_THINK_RE = re.compile(r"\b[Ii]t(?:\s+is|\s+was|[’']s)\s+(?:(?:very|so|too|hard|quite)\s+)?(?:difficult|hard|easy|tempting|"
                             r"reasonable|natural|impossible|fair|safe)\s+to\s+$")  # "It is difficult to think that"
_IDIOM_SAY_RE = re.compile(r"\b(?:[Ff]air|[Ss]afe|[Nn]eedless|[Ss]uffice(?:\s+it)?|[Tt]hat\s+is|[Ss]o)\s+to\s+$")


_REFLEXIVE_RE = re.compile(r"\s+(?:itself|himself|herself|themselves|ourselves|myself|yourself|yourselves)\b")


# evaluation cues only with a "for" phrase after their object (reporting_verbs.csv says so in its notes)
_FOR_ONLY_RE = re.compile(r"(?:fault|chid|rebuk|castigat|commend)(?:e|es|ed|s|ing)?", re.I)


def no_cue_here(text: str, start: int, at: int, end: int) -> bool:
    """Whether the form ``text[at:end]`` (in the sentence starting at ``start``) is no cue by its place in the words, whatever the
    parse: part of a name after "of" ("Secretary of State"), "it stands to reason", "That said," / "Having said that,",
    "finds itself", a hyphen compound ("so-called"),
    or a question put to the subject between commas ("Merkel, asked about the refugees, said ...")."""
    prev, form, lo = text[max(start, at - 6):at].split(), text[at:end], max(start, at - LOOK_BACK)  # (each look-back is local)
    if form[:1].isupper() and prev and prev[-1] == "of":
        return True
    if form.lower() == "reason" and re.search(r"\bst(?:and|ands|ood|anding)\s+to\s+$", text[lo:at]):
        return True  # the writer's inference
    if form.lower() == "said" and (_THAT_SAID_RE.search(text[lo:at]) and text.startswith(",", end)
                                   or re.search(r"\b[Hh]aving\s+$", text[lo:at]) and re.match(r"\s+that\s*,", text[end:end + 9])):
        return True  # "That said, we are quite different", "Having said that, ...": a discourse phrase
    if form.lower() in ("read", "reads", "reading") and not _DOCUMENT_BEFORE_RE.search(text, lo, at) \
            and not re.search(r"[,?!][”’\"']\s*$", text[lo:at]):  # '"...," read Brisbane's Nine News': after a quotation
        return True  # "read" says what a text says ("the post reads"), not what a person read
    if _FOR_ONLY_RE.fullmatch(form) and not re.match(r"(?:\s+[\w’'.-]+){1,6}?\s+for\s+(?:[a-z]+ing\b|his\b|her\b|its\b|their\b|"
                                                     r"not\b|what\b|allegedly\b|the\s+(?:way|decision|handling|failure|lack|response)\b)",
                                                     text[end:end + 80]):
        return True  # "faulted the agency for its slow response", "commended the officers for": an evaluation; not "at fault"
    if re.fullmatch(r"(?:seek|claim)(?:s|ed|ing)?|sought", form, re.I) and re.match(r"\s+(?:political\s+)?(?:asylum|refugee\s+status)\b", text[end:end + 30]):
        return True  # "people seeking asylum", "migrants claiming asylum": a legal status applied for, nothing said
    if form.lower() == "reporting" and _SIGN_OFF_RE.search(text, lo, at):
        return True  # "For NPR news, I'm Auncil Martinez reporting.": a broadcast's sign-off, nothing reported
    if form.lower() == "seen" and not re.match(r"\s+as\b", text[end:end + 5]):
        return True  # "seen" is a cue only in "is seen as ..." (a belief of no one named), not "had been seen since"
    if form.lower() == "say" and _IDIOM_SAY_RE.search(text, lo, at) \
            or form.lower() in ("say", "think", "believe", "imagine", "assume") and _IDIOM_THINK_RE.search(text, lo, at):
        return True  # "It's fair to say that ...", "Needless to say,", "It is difficult to think that": the writer's
    if re.fullmatch(ASIDE_FORMS, form) and _ASIDE_BEFORE_RE.search(text, lo, at) and _ASIDE_AFTER_RE.match(text, end):
        return True
    if form.lower() in ("find", "finds", "found", "finding") and _REFLEXIVE_RE.match(text, end):
        return True  # "General Mills finds itself constrained", "China found itself fighting": a state, nothing found
    return at > 0 and text[at - 1] in "-‐‑"


def is_verb_cue(syntax: Any, offset: int, parsed: set[int] | frozenset[int]) -> bool:
    """``False`` when the parser reads the word at ``offset`` as a noun or adjective in a nominal function.

    ("the United States", "the show", "his answer"). A word the parser tags as a noun but attaches
    as a clause ("..., writing: ...", "..., Reuters reports.") stays a cue.
    """
    if syntax.layer.sentence_index(offset) not in parsed:
        return True  # not parsed (a sentence too long to parse): the pattern rules decide
    tok = syntax.token_at(offset)
    text = syntax.layer.text
    sent = syntax.layer.sentences[sent_k := syntax.layer.sentence_index(offset)]  # ("all Balkan states": plural_as_verb)
    prev = syntax.token_at(tok.start - 2) if tok is not None and tok.start - 2 >= sent.start else None
    if tok is not None and tok.pos in ("PROPN", "NOUN") and tok.text[:1].isupper() and prev is not None and prev.text[:1].isupper() \
            and prev.end == tok.start - 1 and (tok.pos == "PROPN" or prev.pos == "PROPN"):
        return False  # "the United States", "the BBC's Andrew Marr Show:": the last word of a proper name
    ps = syntax.sentence(sent_k)
    if tok is not None and tok.pos == "NOUN" and tok.tag == "NN" and text[tok.end:tok.end + 1] != ":" and tok.dep != "root" \
            and not (tok.text.lower().endswith("ing") and tok.i > 0 and ps.tokens[tok.i - 1].pos == "NOUN") \
            and any(ps.tokens[c].dep == "det" and ps.tokens[c].text.lower() in ("a", "an", "the") and c < tok.i for c in ps.children(tok.i)):
        return False  # a singular noun with its article, whatever the parser hung it on ("England and a recent public
        # offering have increased ...": a conjunct, FactBank wsj_0168); not one opening a quotation ("with a brief
        # comment: ...") nor a participle after a noun the parser took for a compound ("a statement asserting that"), nor
        # the root of its sentence, a verb whatever its tag ("The most pessimistic predict a failure", helper-108)
    if tok is None or tok.pos in ("VERB", "AUX") and not plural_as_verb(ps, tok) or tok.dep not in _NOMINAL_DEPS:
        return True
    if tok.text.lower().endswith("ing") and text.startswith(" that ", tok.end) and not (tok.i > 0 and (
            ps.tokens[tok.i - 1].dep in ("nmod:poss", "det") or ps.tokens[tok.i - 1].tag in ("PRP$", "POS"))):
        return True  # "issued a statement asserting that ...": a participle the tagger read as a noun (the article its
        # head's); not "Lee's warning that the dam could fail", "the warning that", a noun right after its possessor or
        # article (the verb "warn" had it, with no source); a preposition before a gerund is no possessor ("after writing
        # that", "by warning that": helper-119)
    after = text[tok.end:tok.end + 3].lstrip(" ”’\"')")
    # a cue closing its sentence (", the BBC reports.") or opening a quotation ("Writing: ...") is read as one
    if after[:1] == ":" or not text[sent.start:tok.start].strip():
        return True
    before = text[max(sent.start, tok.start - 60):tok.start].split(",")
    return (not after or after[0] in ".!?") and len(before) > 1 and len(before[-1].split()) <= 4


def _adverbial(ps: Any, i: int) -> bool:
    """Whether token ``i`` heads an adverbial clause opened by a subordinator ("if the company ever decides")."""
    return ps.tokens[i].dep == "advcl" and any(ps.tokens[m].dep == "mark" and ps.tokens[m].text.lower() in ADVERBIAL_MARKS
                                               for m in ps.children(i))


def _to_infinitive(ps: Any, i: int) -> bool:
    """Whether token ``i`` governs an infinitive with *to* ("designed to give", "aimed to")."""
    return any(ps.tokens[m].dep == "mark" and ps.tokens[m].text.lower() == "to" for g in ps.children(i) for m in ps.children(g))


def object_only(ctx: Context, syntax: Any, parsed: frozenset[int], a: Attribution) -> bool:
    """``True`` when a pattern rule's reported speech is only the object of a statement verb in the parse
    (or anything but a clause of *feel*).

    "She wrote a book published in 2010", "he told reporters who asked": the words after the
    cue are its object (a thing written, an addressee), with no clause of their own (a finite
    verb outside a relative clause); *announce*-like verbs, whose object is what is said, keep it.
    """
    if a.kind != "indirect" or a.cue_span is None or syntax.layer.sentence_index(a.cue_span[0]) not in parsed:
        return False
    tok = syntax.token_at(a.cue_span[0])
    if tok is None:
        return False
    lemma = ctx.verbs.lemma_of(tok.lemma, tok.text)
    ps = syntax.sentence(syntax.layer.sentence_index(a.cue_span[0]))
    kids = ps.children(tok.i)
    if lemma in CLAUSE_BELIEFS:  # "felt the need to respond", "it feels like ...": no belief; but "wonder just how
        return not any(ps.tokens[c].dep == "ccomp" for c in kids) and not _WH_RE.match(  # strong ..." however parsed
            syntax.layer.text, a.cue_span[1])
    if tok.pos != "VERB" or lemma is None or ctx.verbs.classes.get(lemma) != "statement":
        return False
    if lemma in OBJECT_STATEMENTS and (lemma != "report" or result_object(ps, tok.i)):
        return False
    if any(ps.tokens[c].dep in ("ccomp", "xcomp", "parataxis") for c in kids):
        return False
    obj = next((c for c in kids if ps.tokens[c].dep in ("obj", "iobj") and ps.subtree_span(c)[0] == a.content_span[0]), None)
    if obj is None:
        return False
    if lemma in _CLAUSE_ONLY and _QUOTE_INSIDE_RE.match(syntax.layer.text, a.content_span[0], a.content_span[1]):
        return False  # "has said the three new members “enhance NATO's ability ...”": a quotation goes on the clause the
        # tagger broke ("enhance" a noun); nobody says a noun phrase and then a quotation (FactBank XIE19990313.0229)
    if lemma in _CLAUSE_ONLY and any(ps.tokens[c].dep == "acl" and ps.tokens[c].pos == "VERB" and ps.tokens[c].tag in ("VBN", "VBD")
                                     and not _to_infinitive(ps, c) for c in ps.children(obj)):
        return False  # "said the suspect fled on foot": a past tense the tagger read as a participle, not "said a prayer"
        # (but "added a provision designed to give": a participle with its infinitive)
    if lemma in _CLAUSE_ONLY and lemma != "add" and ps.tokens[obj].text.lower() in _MOVES and any(
            ps.tokens[c].dep in ("compound", "nmod:poss") for c in ps.children(obj)):
        return False  # "Microsoft said revenue rose", "said the price rose": a change the tagger read as a noun (rose)
    if obj + 1 < len(ps.tokens) and ps.tokens[obj + 1].text.lower().endswith(("self", "selves")) and ps.tokens[obj + 1].dep == "nsubj":
        return False  # "said the president himself met with Sununu": an emphatic pronoun, no relative clause's subject
    # any finite verb or modal in the content outside a relative clause makes it a clause, however parsed;
    # so does a "noun" with an object of its own, a verb the tagger missed ("said the plan signifies a rejection")
    relcl = {i for c in range(len(ps.tokens)) if ps.tokens[c].dep == "acl:relcl" or (lemma in _CLAUSE_ONLY and _adverbial(ps, c))
             for i in ps.subtree(c)}
    # (for a verb that takes no object of speech, nor one in an adverbial clause: "added a provision designed to give
    # protection if the company ever decides to"; "warning Iraq of strikes if it does not back down" keeps its clause)
    inside = [i for i in range(len(ps.tokens)) if i not in relcl and a.content_span[0] <= ps.tokens[i].start < a.content_span[1]]
    return not any(ps.tokens[i].tag in FINITE or ps.tokens[i].pos == "NOUN" and ps.tokens[i].tag in ("NNS", "NN")
                   and any(ps.tokens[c].dep == "obj" for c in ps.children(i)) for i in inside)


# statement verbs whose object is hardly ever a noun phrase with a participle ("wrote a book published in
# 2010" is one, "said the suspect fled" is a clause): after them an object with a past form is a clause
# two to six words, then an opening quotation mark (straight, curly or FactBank's ``) and a lower-case word
_QUOTE_INSIDE_RE = re.compile(r"(?:[^\s\"“”`]+\s+){2,6}(?:\"|“|``)\s*[a-z]")
_CLAUSE_ONLY = frozenset("say claim insist argue add assert".split())
# verbs of a figure's change whose form is also a noun ("rose", "increases"): after say-like verbs an object with one
# of them as its head is a clause the tagger broke ("Microsoft said revenue rose": *rose* an NN object; thirty-sixth session)
_MOVES = frozenset("rose rises falls gains drops jumps climbs slips dips soars surges plunges tumbles slumps increases "
                   "declines doubled tripled".split())
# the cue classes whose to-infinitive is their content, not a second event ("asked her to explain")
_GOVERNING = ("request", "intention", "refusal", "belief")
# verbs whose to-infinitive did not happen: "failed to mention", "forgot to say" report no saying
NOT_DONE = frozenset("fail forget neglect refuse decline avoid omit".split())


def embedded(ctx: Context, syntax: Any, parsed: frozenset[int], a: Attribution) -> bool:
    """``True`` when ``a``'s cue is the to-infinitive of a request, intention, refusal or belief cue.

    The infinitive is the cue's ``xcomp`` or ``advcl``, or a clause the parser hung on its object
    ("asked the minister to explain why ...").

    "Macron urged the Commission to say whether it would act": nobody said anything yet; the
    request is the attribution. Likewise "declined to say whether" (a refusal), "wants to
    announce" (an intention), "is expected to announce" (a belief). A verb that is no cue keeps
    it ("went on to say that ...").
    """
    if a.cue_span is None or syntax.layer.sentence_index(a.cue_span[0]) not in parsed:
        return False
    tok = syntax.token_at(a.cue_span[0])
    if tok is None or tok.dep not in ("xcomp", "advcl", "acl") or tok.head == tok.i:
        return False
    ps = syntax.sentence(syntax.layer.sentence_index(a.cue_span[0]))
    if not any(ps.tokens[c].dep == "mark" and ps.tokens[c].text.lower() == "to" for c in ps.children(tok.i)):
        return False
    head = ps.tokens[tok.head]
    if tok.dep == "acl" and head.dep in ("obj", "iobj"):  # "asked the minister to explain", the clause hung on the object
        head = ps.tokens[head.head]
    if head.pos in ("VERB", "AUX") and (head.lemma.lower() in NOT_DONE or head.lemma.lower() == "have" and any(
            ps.tokens[c].text.lower() == "yet" for c in ps.children(head.i))):
        return True  # "failed to mention that ...", "have yet to say whether ...": nothing was said
    lemma = ctx.verbs.lemma_of(head.lemma, head.text) if head.pos == "VERB" else None
    return lemma is not None and ctx.verbs.classes.get(lemma, "statement") in _GOVERNING


# cue classes whose passive without a by-agent is still an attribution, to nobody named: "people were encouraged to
# submit", "is expected to dominate the summit", "providers were warned that ..." (the guidelines give such items
# a null source). A statement needs a clause ("was reported to Facebook's founder" is no content); evaluations and
# intentions stay out ("was criticised", "is intended to"). Measured on the FactBank development set: belief
# passives +5 matched, none extra; statements +1, none extra (GUM train: no change).
_PASSIVE_CLASSES = ("request", "belief", "statement")
# evaluations whose agentless passive is news's commonest attribution to nobody named: the charge or accusation
# (the guidelines' "accuse ... of"; FactBank development gold: five "charged with / in", GUM train one)
_ACCUSATIONS = frozenset(("accuse", "charge"))


def passive_content(ps: ParsedSentence, v: int, cue_class: str, lemma: str = "") -> bool:
    """Whether the passive cue ``v`` without a by-agent still reports something (see ``_PASSIVE_CLASSES``)."""
    if cue_class not in _PASSIVE_CLASSES and lemma not in _ACCUSATIONS:
        return False
    kids = [ps.tokens[c] for c in ps.children(v)]
    if cue_class == "belief":
        return True  # "are not expected to start until ...": a negated expectation is still one
    if any(k.dep == "advmod" and k.text.lower() in ("not", "n’t", "n't", "never") for k in kids):
        return False  # "Residents were not told ...", "was not charged": nothing was said
    if lemma == "report" and (any(k.dep == "mark" or k.dep == "advmod" and k.text.lower() in ("when", "once")
                                  or k.dep == "aux" and k.tag == "MD" for k in kids)
                              or any(ps.tokens[g].dep == "case" and (k.dep == "nsubj:pass" or ps.tokens[g].text.lower() in ("to", "as"))
                                     for k in kids for g in ps.children(k.i))):
        return False  # "After/When news of the police response was reported, ...": an event of the story (however
        # parsed); "was reported to Facebook creator Mark Zuckerberg": made known to someone; "Earnings will be
        # reported next week", "will be reported as an extraordinary item": accounting, not a report by anyone
    if lemma in _ACCUSATIONS or cue_class == "request" or lemma == "report":
        return True  # "was charged with murder", "is accused of lying": an accusation by someone not named; "No
        # injuries were reported": a report by no one named (PARC; GUM train)
    return not any(k.dep == "obj" for k in kids) and any(k.dep in ("ccomp", "xcomp") for k in kids)


_RELATIVE_END_RE = re.compile(r"\s+(?:who|which|that)$")


def in_relative(syntax: Any, parsed: frozenset[int], a: Attribution) -> Attribution:
    """A pattern rule's reported speech whose cue heads a relative clause, cut to that clause.

    "Residents who believe the water is unsafe have left the town": the content is "the water is
    unsafe", not the main clause after it; the source is "Residents", without its *who*. Only where
    a verb (the main clause's) follows the clause, past adverbs ("also", "however"); else the parse
    is not trusted ("The man who told police he saw the crash was arrested").
    """
    if a.kind != "indirect" or a.cue_span is None or syntax.layer.sentence_index(a.cue_span[0]) not in parsed:
        return a
    tok = syntax.token_at(a.cue_span[0])
    if tok is None:
        return a
    ps = syntax.sentence(syntax.layer.sentence_index(a.cue_span[0]))
    if tok.dep != "acl:relcl":
        return _nested_in_relative(ps, tok.i, a)
    if not any(ps.tokens[c].dep.startswith("nsubj") and ps.tokens[c].text.lower() in ("who", "which", "that")
               for c in ps.children(tok.i)):
        return a  # "told Mr. Antar's attorneys that they believe ...": a complement the parser took for a relative clause
    end = ps.subtree_span(tok.i)[1]
    text = syntax.layer.text
    after = next((t for t in ps.tokens if t.start >= end and t.pos not in ("PUNCT", "ADV", "PART")), None)  # "..., however, have"
    if not a.content_span[0] < end < a.content_span[1] or after is None or after.pos not in ("AUX", "VERB") or not any(
            ps.tokens[c].start >= a.content_span[0] and ps.tokens[c].dep in ("ccomp", "xcomp") for c in ps.children(tok.i)):
        end = a.content_span[1]  # the content ends inside the clause already (or the parse has no clause there)
    while end > a.content_span[0] and (text[end - 1].isspace() or text[end - 1] in ".,;:"):
        end -= 1
    src = a.source_span
    if src is not None and (m := _RELATIVE_END_RE.search(text, src[0], src[1])) is not None:
        src = (src[0], m.start())
    return replace(a, content_span=(a.content_span[0], end), source_span=src)


def _nested_in_relative(ps: Any, v: int, a: Attribution) -> Attribution:
    """A cue in the complement of a relative clause's cue, whose content ran on past the relative clause into the main
    verb ("residents who said they opposed abortion decried the attack": *opposed*'s content is "abortion"), cut there."""
    h = v
    while ps.tokens[h].dep in ("ccomp", "xcomp") and ps.tokens[h].head != h:
        h = ps.tokens[h].head
    if h == v or ps.tokens[h].dep != "acl:relcl":
        return a
    end = ps.subtree_span(h)[1]
    after = next((t for t in ps.tokens if t.start >= end and t.pos not in ("PUNCT", "ADV", "PART")), None)
    if not a.content_span[0] < end < a.content_span[1] or after is None or after.pos not in ("AUX", "VERB") \
            or ps.tokens[ps.tokens[h].head].head != after.i:
        return a  # only where the relative clause's noun is the following verb's subject (or object)
    return replace(a, content_span=(a.content_span[0], end))


_PHASE = frozenset("continue begin start resume keep".split())  # verbs whose to-infinitive their subject does


def not_reported(ctx: Context, ps: ParsedSentence, t: Any, lemma: str, cue_class: str) -> bool:
    """Whether cue ``t`` with a content reports nothing: a purpose, an act refused."""
    if cue_class in ("intention", "request") and t.dep in ("xcomp", "advcl") and marked(ps, t.i, ("to",)) \
            and ps.subject(t.i, logical=True) is None and not (
                t.dep == "xcomp" and ps.tokens[t.head].lemma.lower() in _PHASE and ps.subject(t.head) is not None):
        return True  # "will need to seek financing", "founded to encourage interest": a purpose, not a reported intention
        # (but "McCaw continued to call for an auction", "began to demand": the subject of the phase verb asks)
    inf = next((c for c in ps.children(t.i) if ps.tokens[c].dep in ("xcomp", "advcl") and marked(ps, c, ("to",))), None)
    if lemma == "agree" and inf is not None and _deal(ps, inf):
        return True  # "agreed to sell three candy businesses to Nestle": a deal struck, not a reported stance
    # "declined to hear the case", "refused to comply": an act refused, not words withheld; "continued to
    # insist that ...": the inner cue is the statement ("agreed to testify" stays)
    return inf is not None and (cue_class == "refusal" and not withheld(ctx, ps, inf) or lemma == "continue") or lemma in \
        CLAUSE_BELIEFS and no_belief_clause(ps, t.i, lemma)  # "wondered aloud about", "know where he is", "is known as"


def _deal(ps: ParsedSentence, inf: int) -> bool:
    """Whether the infinitive ``inf`` of "agreed to" is a deal (see ``DEALS``)."""
    toks = ps.tokens
    if toks[inf].lemma.lower() not in DEALS or ps._child(inf, ("aux:pass",)) is not None \
            or any(toks[c].dep == "conj" and toks[c].pos == "VERB" and toks[c].lemma.lower() not in DEALS for c in ps.children(inf)):
        return False
    obj = ps._child(inf, ("obj",))
    if obj is None:
        return False
    # the object's own words, not a phrase after a preposition ("a state visit to Washington")
    own = [obj] + [i for c in ps.children(obj) if toks[c].dep in ("compound", "flat", "nmod:poss", "nummod", "amod", "conj")
                   for i in ps.subtree(c)]
    return any(toks[i].pos in ("PROPN", "NUM") or toks[i].text == "$" or toks[i].lemma.lower() in _ASSETS
               or toks[i].text.lower() in _ASSETS for i in own)
