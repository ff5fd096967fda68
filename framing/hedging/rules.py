"""Context rules for hedge hits on the words: the false-positive traps, negation, speech cues of scare quotes.

A lexicon row may name a ``rule`` (see ``framing/lexicons/hedges.csv``). The
rule is a small function that looks at the words around one hit and says
whether the hit stands. Rules run only on hits, never over the whole text.
Every rule is a general rule about English news text; each is pinned by
composed test cases in ``tests/data/hedge_cases.txt``.

Rules
-----
``modal_may``
    "May" the month or a name, and the optative "May God bless ...", are not
    hedges. A capitalised *May* that does not start a sentence is a proper noun
    (month or name: "on May 5", "Theresa May said"), except in a headline or
    subheading in Title Case when a bare verb or adverb follows ("Trump May Have
    Exceeded Authority"). A *May* followed by a number ("May 5", "May 2024") is
    the month. *May* followed by a subject (a pronoun, a determiner, a
    capitalised word: "May God bless", "and may God bless", "may he rest") is
    the optative or a question, not epistemic modality. A *May* followed (after
    an adverb such as *also*) by a past-tense or third-person *-s* form is the
    month ("May saw record rain", "May marks a year"): a modal takes a bare verb.
``modal``
    For *might* (and as part of ``modal_may`` and ``could``): a modal is
    followed by a verb or an adverb, so *might* followed by punctuation or by
    *of*, *to*, *and*, *or*, *in* ... is the noun ("military might to", "the
    might of"), and a subject after it is a question or optative. A past-tense
    or *-s* verb form after it is never a modal's bare verb ("the might
    displayed by").
``modal``, ``modal_may``, ``could`` in a concessive clause ("regardless of which party may
    be in charge", "whatever the court may decide") are not hedges.
``could``
    *could* of (in)ability is not a hedge, where decidable from the words:
    *could not* / *could never* / *could hardly* / *could barely* / *could only*
    (past inability, "could not be reached"); "could be reached / seen /
    heard"; a purpose clause ("so that he could"); a perception or cognition verb
    with a personal pronoun subject ("she could see the planes", "they could
    hear gunfire"; but "the move could see prices rise" is possibility and
    stays); and "all / nothing / little ... X could do / say". *couldn't* never
    matches the term. Circumstantial *could* (what a situation let someone do) is not
    epistemic either: with a negative subject ("neither side could open the scoring",
    "no one could"), in a place relative ("the room where attendees could wear a wig"), and
    after a sequential *then* outside a conditional ("and then you could pick a colour",
    "which he then could use"; but "if it passes, then prices could rise" stays).
``modal``, ``modal_may``, ``could`` in a purpose clause ("so our readers may learn more",
    "so that he could be held"; not the consequence "..., so prices may rise") are not hedges;
    nor is *may* of permission in what a ruling or a decision says ("the court ruled that
    worshippers may now associate").
``complement``
    For reporting verbs with other senses, when no parse is used (the packaged lexicon
    decides *claim*, *insist* ... on the parse, :mod:`framing.hedging.parsed`): the verb
    counts with *that*, *to*, a pronoun, a comma or closing quotation mark before it, the
    clause end after it, or after a relative; a determiner, possessive or preposition before
    it makes it a noun.
``naming``
    *labelled*, *dubbed*, *branded as* are not the outlet's distance when a quotation follows
    in the sentence: the name is quoted ('a user labelled "Anonymous"').
``possible``
    Epistemic before a noun ("a possible sale", "possible links") or with
    *that*; not feasibility: "as soon as possible", "the best / fastest / every
    possible", "wherever / if possible", "possible to / for", "made it possible", or a predicate at the
    clause end.
``suspected``
    *suspected* before a noun or in "suspected of" is an allegation marker; the
    belief verb ("she suspected that", "they suspected he ...") is not counted.

Negation
--------
A hit with *not*, *never*, *no*, *without*, *n't* ... among the three words
before it (in the same clause) is kept and flagged ``negated``. Reported speech
without attributions is decided in :mod:`framing.hedging.reported`.
"""

from __future__ import annotations

import re
from collections.abc import Callable

__all__ = ["RULES", "is_negated", "finite_verb_form", "trailing_report", "REPORTING_RE", "TRAILING_REPORT_RE",
           "SPEECH_CUE_RE", "SCARE_QUOTE_MAX_WORDS"]

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_CLAUSE_BREAK = re.compile(r"[,;:.!?—–()\[\]“”\"]")

# The word sets below are English closed-class words and verb forms that the context rules read
# around a hedge term. They stay code, not lexicon files: they are grammar the rules are written
# against, not vocabulary a user tunes; the hedge terms themselves are data (lexicons/hedges.csv).
SUBJECTS = frozenset("i you he she we they it god".split())
DETERMINERS = frozenset(
    "the a an his her their our your its my this that these those all every each some any no such "
    "many several multiple".split())
PREPOSITIONS = frozenset("of about over against to with despite amid after for by from on in into regarding "
                         "denied dismissed rejected".split())
NOT_VERB_AFTER_MODAL = frozenset("of to and or in on at from with is was are were for than".split())
#: Words after a capitalised mid-sentence "May" in a Title Case headline that make it the modal
#: ("Trump May Have Exceeded ..."): bare verbs and adverbs common in news headlines. A name or
#: a month is followed by a noun or a verb with -s ("Theresa May Says").
TITLE_MODAL_NEXT = frozenset("have be not never also still soon well face get lose need see take win make go "
                             "come rule cost seek end hit delay block force require allow cause change help hurt "
                             "mean raise trigger spark violate defy miss return leave stay run pay".split())
PERCEPTION = frozenset("see hear feel smell taste sense remember recall understand tell read afford "
                       "breathe sleep speak walk".split())
ABILITY_NEG = frozenset("not never hardly barely only scarcely n't n’t".split())  # "could n't": tokenised text
#: Past-tense forms that are never bare infinitives (irregular; "-ed" forms are found by ending).
PAST_ONLY = frozenset("""saw brought had did went came took made gave got said told found became began fell grew
    held kept knew lost met paid ran rose sent spent stood thought won wrote caught chose drove ate flew forgot
    hid spoke struck threw woke wore sold sought fought felt heard taught bought built meant sat slept swore drew
    froze rode rang sang sank shook shot slid stole stuck swam swept tore understood wept was were""".split())
BASE_IN_ED = frozenset("shed wed embed shred bed sled".split())
NOT_FINITE_IN_S = frozenset("always sometimes perhaps thus nevertheless nonetheless regardless besides afterwards "
                            "bias alias yes".split())
ADVERBS_AFTER_MODAL = frozenset("also still already even just again often never soon".split())
QUANTIFIERS = frozenset("all nothing little everything anything much whatever what".split())
PERSONAL = frozenset("i you he she we they".split())
COMPLEMENT_NEXT = frozenset("that to he she it they we i you there on without".split())
NEGATORS = frozenset("not never no nor neither without hardly cannot none".split())
RELATIVE = frozenset("who whom which that".split())
COPULA = frozenset("is are was were be been".split())

#: A quotation of more words than this is a partial quote of speech, not a
#: scare quote. Scare quotes mark a label or a noun phrase ('mega-prison',
#: 'Venezuelan gang members', 'enemy combatants'); six words still admits a
#: short clause-like label, while quoted clauses of speech are longer. A design
#: choice, documented in docs/hedging.md, not fitted to a data set.
SCARE_QUOTE_MAX_WORDS = 6

#: Speech and naming verbs that attach a quotation to a speaker (scare-quote
#: test). "accused" and "alleged" are absent on purpose: as adjectives they sit
#: right before scare quotes ("200 alleged 'gang members'").
SPEECH_CUE_RE = re.compile(
    r"(?<![\w-])(?:say|says|said|saying|tell|tells|told|telling|write|writes|wrote|writing|written|stated|stating|"
    r"claims|claimed|claiming|insist|insists|insisted|insisting|asserts|asserted|asserting|maintained|"
    r"argue|argues|argued|arguing|added|adds|adding|warned|warns|warning|noted|noting|explained|explaining|"
    r"admit|admits|admitted|admitting|acknowledged|acknowledging|announced|announcing|declared|declaring|"
    r"described|describing|describes|called|calling|calls|labeled|labelled|labeling|labelling|termed|dubbed|"
    r"posted|posting|tweeted|tweeting|testified|confirmed|confirming|denied|denies|denying|denounced|"
    r"promised|promising|promises|vowed|vowing|pledged|pledging|urged|urging|demanded|demanding|cited|citing|"
    r"quoted|quoting|recommended|recommending|"
    r"according\s+to)(?![\w-])", re.IGNORECASE)


def words_before(text: str, start: int, lo: int, n: int) -> list[str]:
    """The last ``n`` words of ``text[lo:start]`` (original case)."""
    return _WORD.findall(text, max(lo, start - 12 * n - 20), start)[-n:]


def words_after(text: str, end: int, hi: int, n: int) -> list[str]:
    """The first ``n`` words of ``text[end:hi]`` (original case)."""
    out = []
    for m in _WORD.finditer(text, end, min(hi, end + 12 * n + 20)):
        out.append(m.group())
        if len(out) == n:
            break
    return out


def _next_char(text: str, end: int, hi: int) -> str:
    """First non-space character after ``end`` (empty at the sentence end)."""
    rest = text[end:hi].lstrip()
    return rest[:1]


def _prev_char(text: str, start: int, lo: int) -> str:
    rest = text[lo:start].rstrip()
    return rest[-1:]


def _sentence_initial(text: str, start: int, lo: int) -> bool:
    return not _WORD.search(text, lo, start)


def finite_verb_form(word: str) -> bool:
    """True if ``word`` (lower case) is a past-tense or third-person ``-s`` form, which never follows a modal.

    A modal verb takes a bare infinitive: "may need", "could rise", never "may saw"
    or "might marks". So a capitalised *May* followed by such a form is the month
    ("May saw record rain", "May marks a year since ..."). Words in *-ed* that are
    bare verbs (*need*, *proceed*, *shed*) and words in *-s* that are not verb
    forms (*pass*, *focus*, *always*, *perhaps*) are excluded.

    Examples
    --------
    >>> [finite_verb_form(w) for w in ("saw", "marks", "need", "focus")]
    [True, True, False, False]
    """
    if word in PAST_ONLY:
        return True
    if word.endswith("ed") and len(word) > 3:
        return not word.endswith("eed") and word not in BASE_IN_ED
    if word.endswith("s") and len(word) > 2:
        return not word.endswith(("ss", "us")) and word not in NOT_FINITE_IN_S
    return False


#: Words that open a concessive free relative: "regardless of which party may be in charge",
#: "whatever the court may decide". A modal there does not hedge the outlet's claim.
CONCESSIVE_RE = re.compile(r"(?<![\w-])(?:whichever|whatever|whoever|whomever|however|regardless|no\s+matter)(?![\w-])"
                           r"[^,;:.]*$", re.IGNORECASE)
RHETORIC_VERBS = frozenset("do say ask tell add".split())
#: A purpose clause right before a modal: "... photographs so our readers may learn", "so that he could".
#: The consequence "..., so prices may rise" has a comma (or other break) before *so*.
PURPOSE_RE = re.compile(r"(?<![,;:—–])\s+so\s+(?:that\s+(?:[\w'’-]+\s+){1,3}|(?:i|you|he|she|we|they|our|your|his|her|"
                        r"their|its|the|this|these|those)\s+(?:[\w'’-]+\s+){0,2})$", re.IGNORECASE)
#: A ruling or decision whose clause holds the modal: *may* there is permission ("ruled that they may").
DECREE_RE = re.compile(r"(?<![\w-])(?:rule[sd]?|ruling|decide[sd]?|decision|decree[sd]?|allow(?:s|ed)?|permit(?:s|ted)?)"
                       r"\s+that\b[^,;:.]*$", re.IGNORECASE)
#: Subjects that negate what someone could do: "neither side could", "no one could", "nobody could".
NEG_SUBJECT_RE = re.compile(r"(?<![\w-])(?:neither|nobody|none|no\s+one|no\s+\w+)\s+(?:\w+\s+)?$", re.IGNORECASE)
#: A place relative ("where attendees could wear") or a sequential *then* before *could*.
CIRCUMSTANTIAL_RE = re.compile(r"(?<![\w-])(?:where|then)\s+(?:[\w'’-]+\s+){0,2}(?:then\s+)?$", re.IGNORECASE)
_IF_RE = re.compile(r"(?<![\w-])(?:if|unless|once|when)(?![\w-])", re.IGNORECASE)


def _modal_frame(text: str, start: int, end: int, lo: int, hi: int, titled: bool = False) -> bool:
    """False if what follows cannot follow a modal verb (noun use, question, optative, finite verb),
    or if the modal sits in a concessive clause ("regardless of which party may be in charge").

    In a Title Case line (``titled``) a capitalised next word is not taken as a subject.
    """
    if CONCESSIVE_RE.search(text, max(lo, start - 60), start) or PURPOSE_RE.search(text, max(lo, start - 60), start):
        return False
    nxt = words_after(text, end, hi, 2)
    if not nxt or _next_char(text, end, hi) in ",.;:!?)”’\"'—–":
        return False
    verb = nxt[1] if len(nxt) == 2 and nxt[0].lower() in ADVERBS_AFTER_MODAL else nxt[0]
    if finite_verb_form(verb.lower()):
        return False  # "May saw record rain", "the might displayed by", "May also brought"
    w = nxt[0]
    if w.lower() in NOT_VERB_AFTER_MODAL:
        return False
    if w.lower() in SUBJECTS or w.lower() in DETERMINERS - {"no", "all", "each", "that"}:
        return False
    if w[0].isdigit() or (w[0].isupper() and not titled):
        return False
    return True


def rule_may(text: str, start: int, end: int, lo: int, hi: int, role: str) -> bool:
    """``modal_may``: drop May the month or a name, and the optative."""
    word = text[start:end]
    nxt = words_after(text, end, hi, 1)
    if nxt and nxt[0][0].isdigit():
        return False  # "May 5", "May 2024"
    if word[0].isupper() and not _sentence_initial(text, start, lo):
        titled = role in ("headline", "subheading") or word.isupper()
        return bool(titled and nxt and nxt[0].lower() in TITLE_MODAL_NEXT)
    if word[0].isupper() and nxt and nxt[0][0].isupper() and nxt[0].lower() in TITLE_MODAL_NEXT and role in ("headline", "subheading"):
        return True  # headline "May Have ..."
    if DECREE_RE.search(text, max(lo, start - 100), start):
        return False  # permission: "the court ruled that worshippers may now associate"
    return _modal_frame(text, start, end, lo, hi)


def rule_modal(text: str, start: int, end: int, lo: int, hi: int, role: str) -> bool:
    """``modal``: the word is used as a modal verb (not a noun, question or optative)."""
    return _modal_frame(text, start, end, lo, hi, titled=role in ("headline", "subheading"))


def rule_could(text: str, start: int, end: int, lo: int, hi: int, role: str) -> bool:
    """``could``: drop past (in)ability where the words decide it."""
    if not rule_modal(text, start, end, lo, hi, role):
        return False
    nxt = [w.lower() for w in words_after(text, end, hi, 2)]
    prev = [w.lower() for w in words_before(text, start, lo, 3)]
    if nxt and nxt[0] in ABILITY_NEG:
        return False
    if len(nxt) == 2 and nxt[0] == "be" and nxt[1] in ("reached", "seen", "heard"):
        return False  # "could be reached for comment", "could be seen trudging": ability
    if "so" in prev and set(prev[len(prev) - prev[::-1].index("so"):]) <= PERSONAL | {"that"}:
        return False  # purpose clause: "so that he could be held"
    if nxt and nxt[0] in PERCEPTION and prev and prev[-1] in PERSONAL:
        return False
    if nxt and nxt[0] in RHETORIC_VERBS and any(w in QUANTIFIERS for w in prev):
        return False  # "there was little we could do", "that was all I could say"
    if NEG_SUBJECT_RE.search(text, max(lo, start - 30), start):
        return False  # "neither side could open the scoring"
    if CIRCUMSTANTIAL_RE.search(text, max(lo, start - 40), start) and not _IF_RE.search(text, lo, start):
        return False  # "the room where attendees could wear a wig", "and then you could pick"
    return True


def _noun_before(prev: list[str]) -> bool:
    if not prev:
        return False
    p = prev[-1].lower()
    return (p in DETERMINERS or p in PREPOSITIONS or p.endswith(("'s", "’s", "s'", "s’"))
            or (p.endswith("ed") and len(p) > 4))


def rule_complement(text: str, start: int, end: int, lo: int, hi: int, role: str) -> bool:
    """``complement``: a reporting verb with a propositional complement, not a noun or another sense."""
    prev = words_before(text, start, lo, 4)
    if _noun_before(prev):
        return False
    pc = _prev_char(text, start, lo)
    if pc and pc in ",”\"’'":
        return True  # '... ,” claimed the director'
    nc = _next_char(text, end, hi)
    if nc == "" or nc in ".,;:!?":
        return True  # "as he claimed."
    nxt = [w.lower() for w in words_after(text, end, hi, 1)]
    if nxt and nxt[0] in COMPLEMENT_NEXT:
        return True
    if nxt and nxt[0] in COPULA and any(w.lower() in RELATIVE for w in prev):
        return True  # "whom US authorities claim are members"
    return False


def rule_suspected(text: str, start: int, end: int, lo: int, hi: int, role: str) -> bool:
    """``suspected``: the allegation adjective/passive, not the belief verb."""
    nxt = [w.lower() for w in words_after(text, end, hi, 1)]
    return not (nxt and nxt[0] in {"that", "he", "she", "they", "it", "him", "her", "them", "we", "i", "you"})


SUPERLATIVE_LIKE = frozenset("as most least best worst all every any only maximum minimum fastest wherever whenever "
                             "where when if".split())


def rule_possible(text: str, start: int, end: int, lo: int, hi: int, role: str) -> bool:
    """``possible``: epistemic before a noun ("a possible sale") or with *that*; not
    feasibility ("as soon as possible", "the best possible", "possible to", "made it possible")."""
    prev = [w.lower() for w in words_before(text, start, lo, 2)]
    if prev and (prev[-1] in SUPERLATIVE_LIKE or prev[-1].endswith("est") or prev[-1] in ("it", "made", "make", "makes")):
        return False
    nc = _next_char(text, end, hi)
    if nc == "" or not nc.isalpha():
        return False
    nxt = words_after(text, end, hi, 1)[0].lower()
    if nxt == "that":
        return True
    return nxt not in NOT_VERB_AFTER_MODAL and nxt not in ("for", "by", "under", "within", "without", "if", "because")


_QUOTE_MARKS = "\"“”‘’'«»"


def rule_naming(text: str, start: int, end: int, lo: int, hi: int, role: str) -> bool:
    """``naming``: a naming verb (labelled, dubbed) whose name is not a quotation further on in its
    sentence ('a user labelled "Anonymous"', 'dubbed the conflict: "Scientology vs. the Internet"'
    name someone or quote the name giver: no distance of the outlet's own)."""
    return not any(c in _QUOTE_MARKS for c in text[end:hi])


Rule = Callable[[str, int, int, int, int, str], bool]

#: Rule names usable in the lexicon's ``rule`` column.
RULES: dict[str, Rule] = {
    "modal_may": rule_may,
    "modal": rule_modal,
    "could": rule_could,
    "complement": rule_complement,
    "suspected": rule_suspected,
    "possible": rule_possible,
    "naming": rule_naming,
}


#: "not only / just / merely / simply" adds rather than negates ("He not only appeared to ...").
ADDITIVE_AFTER_NOT = frozenset("only just merely simply".split())


def is_negated(text: str, start: int, lo: int) -> bool:
    """True if a negator is among the three words before ``start`` in the same clause.

    The additive "not only" ("not just", "not merely") is not a negator.

    Examples
    --------
    >>> t = "He did not appear to care; he not only appeared to care."
    >>> is_negated(t, t.index("appear "), 0), is_negated(t, t.index("appeared"), 0)
    (True, False)
    """
    seg_lo = max(lo, start - 60)
    seg = text[seg_lo:start]
    last_break = max((m.end() for m in _CLAUSE_BREAK.finditer(seg)), default=0)
    words = [w.lower() for w in _WORD.findall(seg, last_break)[-4:]]
    for i in range(max(0, len(words) - 3), len(words)):
        w = words[i]
        if w == "not" and i + 1 < len(words) and words[i + 1] in ADDITIVE_AFTER_NOT:
            continue
        if w in NEGATORS or w.endswith(("n't", "n’t")):
            return True
    return False
