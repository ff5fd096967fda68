"""Finding and resolving the source mention of a cue (internal to :mod:`framing.attribution`).

* :func:`subject_before`: the subject right before a cue, skipping adverbs and auxiliaries ("Mayor Ann Lee *also*
  said", "officials *have* said"); a title, name, role, organisation or group word; a pronoun. A participle after a
  comma or *by* ("…, writing:") has no subject of its own: ``None``, and the rules then take the subject of the
  sentence (flag ``subject``).
* :func:`initial_np`: a clause-initial noun phrase naming a role or group ("Two officials familiar with the talks said").
* :func:`source_after`: the source after an inverted cue ("said White House Press Secretary X", "said the witness").
* :func:`resolve_source`: the canonical speaker, type and flags of a mention through the article's
  :class:`~framing.attribution.speakers.SpeakerRegistry`.

Registering names before the rules run is :mod:`._preregister`'s.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from ..text.spans import Span
from ._before_cue import described_firm, place_tail, role_appositive
from ._context import Context
from ._joint import joint_source
from ._words import (DETERMINERS, FULL_NAME, LEAD_CAPS, NAME_CHAR, NAME_PARTICLES, NAME_PREFIX, NOT_SUBJECTS, PRONOUNS, SKIP_BEFORE_CUE, SKIP_TAIL_RE,
                     SOURCE_MODIFIERS, SUPPORT_VERB_FORMS, ASIDE_FORMS, TIME_TAIL_RE, verb_form_in)
from .types import Attribution

# an appositive, a relative clause or a setting (", in remarks to al-Ikhbariya television,", ", speaking to reporters,")
# between the subject and its cue, set off by commas
# (a place's state after a comma may stand inside: "James Fallon, a New Providence, N.J., marketing consultant, says")
_APPOSITIVE_RE = re.compile(r",\s+(?:a|an|the|who|whose|which|one|two|three|\d+|[a-z][\w’'-]*\s+(?:of|for|at)|"
                            r"in\s+(?:a|an|remarks|comments)|speaking|talking|writing|[a-z]{3,}ing\s+(?:a|an|the|his|her|their|its|two|three|\d+)|"
                            r"(?:(?:when|if|once|after|while)\s+)?" + ASIDE_FORMS + r")\b"
                            r"(?:[^,;:“”\"]|[“\"][^“”\"]{1,40}[”\"]|,\s+(?:[A-Z][a-z]{0,4}\.){1,2},|,\s+[A-Z][a-z]+(?:\s[A-Z][a-z]+)?,(?=\s+[a-z]))"
                            r"{0,100}(?:,|(?<=,[”\"]))\s*$")  # (a title in it: 'speaking on ABC News' "This Week," said'; a participle and its
# object: "However, Scharping, ending a two-day visit, said", which the parser read with "Scharping" a verb: FactBank APW19981205.0374, rewritten)
_QUANTIFIER_RE = re.compile(r"(?:\b[Aa]t\s+(?:least|most)\s+)?\b(?:[Oo]ne|[Aa]nother|[Tt]wo|[Tt]hree|[Ss]ome|[Ss]everal|[Mm]any)\s+"
                            r"(?:(?!(?:the|a|an|of|who|that|which)\b)[a-z][a-z-]*\s+){0,2}$")  # "at least one", "another travel" before a title
_OF_HEAD_RE = re.compile(r"(?:^|(?<=[\s,;(]))((?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother|[Tt]wo|[Tt]hree|[Ss]ome|[Ss]everal|[Mm]any)\s+"
                         r"(?:[a-z][a-z-]*\s+){0,2}[a-z][a-z-]*|(?:^|(?<=\n)|(?<=[.!?]\s))[A-Z][a-z-]*(?:\s+[a-z][a-z-]*)?s)"  # (or a bare plural
                         r"\s+(?:of|to)\s+(?:the\s+)?$")  # opening its sentence: "Aides to the governor said") a common noun a
# name's "of" hangs on
# ("A resident of Gaza said"; "A former aide to Trump said", helper-86; a title row's too before "to": "A senior adviser
# to the president", "A spokesman to the president" had the president as the source)
_PLACE_PREP_RE = re.compile(r"\s+(?:in|at)\s+(?:the\s+)?$")  # a place after its source ("Our correspondent in Kabul says")
_SEEN_BY_RE = re.compile(r"\b(?:seen|obtained|reviewed|viewed|received|leaked|quoted|cited|read)\s+by\s+(?:the\s+)?$")
_NAME_PREFIX_RE = re.compile(NAME_PREFIX + "[A-Z]")  # "al-Bashir" is capitalised
_NAME_APPOSED_RE = re.compile(rf"({FULL_NAME}),\s*$")  # a full name, then the role phrase that holds a relative "who"
# words inside a source's name or role phrase: "CEO of the Refugee Council", "spokeswoman for the ministry",
# "Mohammed bin Salman", "Ludwig van Beethoven" (unlike the name-run CONNECT of _words, not "the": a
# determiner ends the walk back from the cue)
_CONNECT = ("of", "and", "de", "from", "for", "at", *NAME_PARTICLES)
_CAPITAL_PARTICLES = frozenset(p.capitalize() for p in NAME_PARTICLES)
_WORD_RE = re.compile(rf"\(?[^\W_]{NAME_CHAR}*\)?|,")


# a plural group row of roles.csv: not "a source", "an official", "a witness"; a plural noun last, or a collective
_PLURAL_ROW_RE = re.compile(r"(?!(?:a|an|one)\s)(?:.*s|police|(?:social\s+)?media)", re.I)


def plural_group(ctx: Context, start: int, end: int) -> bool:
    """Whether the mention ``text[start:end]`` holds a plural ``group`` row ("officials", "Scientology officials", "police")."""
    return any(r.kind == "group" and _PLURAL_ROW_RE.fullmatch(r.pattern) for _, _, r in ctx.roles.find(ctx.layer.text, start, end))


def sentence_of(ctx: Context, offset: int) -> Span:
    return ctx.layer.sentences[max(ctx.layer.sentence_index(offset), 0)]


# A source mention is short: the rules look at most this many characters before a cue,
# so a cue costs the same in a 20-word sentence and in a 1 MB line without punctuation.
WINDOW = 400
# Checks for a pattern that ends at a cue (a support verb, an inverted or quoted source, an aside) look back at most this
# far: no such pattern needs more, and a bound keeps a 1 MB line without punctuation linear (twenty-seventh session)
LOOK_BACK = 200


def window_start(text: str, lo: int, hi: int, size: int = WINDOW) -> int:
    """Start of the look-back window before ``hi``: ``lo``, or the first word boundary after ``hi - size``."""
    if hi - lo <= size:
        return lo
    w = hi - size
    while w < hi and not text[w - 1].isspace():
        w += 1
    return w


def _skippable(tok: str) -> bool:
    """A word between a subject and its cue: an adverb or auxiliary ("also", "has"), a comma, a number."""
    low = tok.lower()  # not a capitalised "May" ("Theresa May said"): an auxiliary here is in lower case
    return low in SKIP_BEFORE_CUE and not tok[:1].isupper() or tok == "," or tok.isdigit() or (
        low.endswith("ly") and tok[0].islower() and low not in _LY_NOUNS)


# a verb and a preposition before a name: the name is the verb's object ("had written to Irène Joliot-Curie"); not
# after a noun ("a letter from the mayor warning that": the mayor warns)
_VERB_PREP_RE = re.compile(r"\b(?:[a-z]+ed|written|wrote|spoke|spoken|sent|went|came|gone|turned)\s+(?:to|for|from|at|on|in|of|about|against)\s+$")
# a support verb (and an adjective) before a cue noun: "Two officials voiced (deep) hope that", the verb's subject speaks
_SUPPORT_TAIL_RE = re.compile(rf"\b(?:{'|'.join(sorted(SUPPORT_VERB_FORMS))})\s+(?:[a-z]+[^s\W]\s+)?$")


# prepositions before a place, a time or an agent, which a comma parts from an inverted cue after them
_SETTING_PREPS = frozenset("in on at by since until from during for to into near of".split())


def _setting(text: str, before: str, end: int, cue_start: int) -> bool:
    """Whether a name after word ``before`` and ending at ``end`` is a place, a time or an agent a comma parts from an
    inverted cue at ``cue_start``: "The meeting was held in Washington, said a spokesman" (the source comes after);
    not before a reduced passive ("the book Blown for Good, written by Marc Headley"; "posts from September, alleged to")."""
    return before in _SETTING_PREPS and "," in text[end:cue_start] \
        and not re.match(r"[\w-]+\s+(?:by|to|as|in|on|from)\b", text[cue_start:cue_start + 40])


def subject_before(ctx: Context, lo: int, cue_start: int) -> tuple[int, int] | None:
    """The source mention ending right before a cue (skipping adverbs/auxiliaries), as a span."""
    text = ctx.layer.text
    if (sv := _SUPPORT_TAIL_RE.search(text, max(lo, cue_start - LOOK_BACK), cue_start)) is not None and not re.match(r"said\b|\w+ed\b", text[cue_start:cue_start + 20]):
        cue_start = sv.start()
    lo = window_start(text, lo, cue_start)
    if re.match(r"\w+ing\b", text[cue_start:cue_start + 40], re.I) and (
            re.search(r"(?:,|\bby|\band)\s*$", text[lo:cue_start]) or not text[lo:cue_start].strip()):
        return None  # "…, writing:" / "by arguing": the participle's subject is the sentence's
    if (firm := described_firm(text, lo, cue_start)) is not None and not _skippable(text[slice(*firm)].split()[-1]):
        return firm  # "The Kearny, N.J.-based maker of hair accessories said": a company, no place ("The ... maker also said": the rest's)
    am = _APPOSITIVE_RE.search(text, lo, lo + len(SKIP_TAIL_RE.sub("", text[lo:cue_start]))) or role_appositive(ctx, lo, cue_start) \
        or TIME_TAIL_RE.search(text, lo, cue_start) or place_tail(text, lo, cue_start)  # ("Oshkosh Truck Corp., Oshkosh, Wis., estimated")
    if am is not None and am.start() > lo:  # "Laura Chen, a spokeswoman for the department, said"; "The court on Monday said"
        return subject_before(ctx, lo, am.start())
    toks = [(m.start(), m.end()) for m in _WORD_RE.finditer(text, lo, cue_start)]
    k = len(toks)
    while k > 0 and _skippable(text[toks[k - 1][0]:toks[k - 1][1]]):
        k -= 1
    if k == 0:
        return None
    last = text[toks[k - 1][0]:toks[k - 1][1]]
    if last in ("and", "or", "but"):
        return None  # "Zuckerberg tweeted to Mohamed and said": a conjoined verb has the first verb's subject
    if last.lower() in PRONOUNS or last.lower() in ("they", "i", "we", "it"):
        return toks[k - 1]
    end = toks[k - 1][1]
    j = k
    mask = ctx.roles.title_mask([text[s:e] for s, e in toks[:k]])  # "press" of "the press secretary said"
    while j > 0:
        t = text[toks[j - 1][0]:toks[j - 1][1]]
        tl = t.lower().strip("()")
        if t == ",":
            break
        if t[0].isupper() or t[0] == "(" or _NAME_PREFIX_RE.match(t) or mask[j - 1] or tl in SOURCE_MODIFIERS or tl in _CONNECT and j < k:
            j -= 1
            continue
        if tl == "in" and j < k and j > 1 and text[toks[j - 2][0]:toks[j - 2][1]].lower() in ctx.roles.group_words:
            j -= 1  # "Police in Da Nang said": the group speaks
            continue
        if tl in DETERMINERS or tl in ctx.roles.group_words or tl == "family" and j == k:  # "The Kennedy family said"
            j -= 1
            if tl in DETERMINERS and not (tl in ("the", "a", "an") and j > 0 and text[toks[j - 1][0]:toks[j - 1][1]].lower() in ("of", "for", "at")):
                break  # but "CEO of the Refugee Council Enver Solomon" goes on through "of the"
            continue
        break
    if j == k:
        return initial_np(ctx, lo, cue_start) or det_np(ctx, lo, cue_start)
    while j < k and (text[toks[j][0]:toks[j][1]].lower() in _CONNECT
                     and not text[toks[j][0]:toks[j][1]] in _CAPITAL_PARTICLES  # "Di Maio said", "Da Silva said"
                     or text[toks[j][0]:toks[j][1]].lower() in LEAD_CAPS):
        j += 1
    if re.search(r"[’']s?$", last) and not last.lower().endswith("ss"):
        return None  # a possessive ("the judge’s order") is not a speaker
    if j == k:
        return None
    if j > 0 and _setting(text, text[toks[j - 1][0]:toks[j - 1][1]], end, cue_start):
        return None
    span = (toks[j][0], end)
    if (pb := _SEEN_BY_RE.search(text, lo, span[0])) is not None and (np := det_np(ctx, lo, pb.start())) is not None:
        return np  # "A leaked internal letter seen by Sky News says": the letter, not who saw it
    if (om := _OF_HEAD_RE.search(text, lo, span[0])) is not None and (not ctx.roles.find(om.group(1)) or text[om.end(1):span[0]].split()[
            0] == "to") and ctx.roles.names_people(om.group(1).split()[-1]) and not re.search(r"[’']s?$", text[span[0]:span[1]]):
        return (om.start(1), span[1])  # "A resident of Gaza said", "A member of Congress said": not Gaza, not Congress
    if (pm := _PLACE_PREP_RE.search(text, lo, span[0])) is not None and not any(
            r.kind in ("title", "org") for _, _, r in ctx.roles.find(text, *span)) and (
            before := subject_before(ctx, lo, pm.start())) is not None and (ctx.roles.find(text, *before) or (
            len(text[before[0]:before[1]].split()) > 1 and text[before[0]:before[1]][:1].isupper())):
        return before  # "The BBC's Alastair Leithead in New Orleans says", "Our correspondent in Kabul says": not the place
    words = text[span[0]:span[1]]
    if not (any(w[0].isupper() for w in words.split()) or ctx.roles.find(words)):
        return initial_np(ctx, lo, cue_start) or det_np(ctx, lo, cue_start)
    if words.islower() and (qm := _QUANTIFIER_RE.search(text, lo, span[0])) is not None:
        return (qm.start(), span[1])  # "At least one expert believes", "But one travel analyst warned": not the title alone
    if words.islower() and (np := det_np(ctx, lo, cue_start)) is not None and np[0] < span[0] <= np[1] \
            and text[np[0]:np[1]].split()[0].lower() not in LEAD_CAPS:
        return np  # "A company spokesman said": the whole noun phrase, not the title alone
    if len(words.split()) == 1 and words[0].isupper() and words.lower() in NOT_SUBJECTS:
        return None  # "Still, the outflow has been steered into other portfolios, says Brian Mattes": no subject
    if re.match(r"\w+ing\b", text[cue_start:cue_start + 40]) and _VERB_PREP_RE.search(text[lo:span[0]]):
        return None  # "had written to Irène Joliot-Curie suggesting": a participle's subject is the sentence's, not an object
    return span


def initial_np(ctx: Context, lo: int, cue_start: int) -> tuple[int, int] | None:
    """A clause-initial noun phrase naming a role or group ("Two officials familiar with the talks said")."""
    text = ctx.layer.text
    start = max(lo, sentence_of(ctx, cue_start).start)
    if cue_start - start > 2 * WINDOW:  # eight words and an appositive never run this long
        return None
    head = text[start:cue_start]
    m = re.match(r"[\s,]*((?:[^\s,;:.!?“”\"]+\s+){0,7}?[^\s,;:.!?“”\"]+)\s*(?:,[^,]*,\s*)?$", head)
    if not m or not ctx.roles.find(m.group(1)) or m.group(1).split()[0].lower() in LEAD_CAPS \
            or verb_form_in(ctx.verbs.regex, text, start + m.start(1), start + m.end(1)) or m.group(1).lower().split()[-1] in SUPPORT_VERB_FORMS:
        return None
    if any(w.lower() in SKIP_BEFORE_CUE and w.lower() not in ("however", "meanwhile") for w in m.group(1).split()):
        return None
    return (start + m.start(1), start + m.end(1))


# nouns ending in -ly, no adverbs: "Lawyers for the family argued", "A US ally said", "the assembly said"
_LY_NOUNS = frozenset("family ally assembly rally supply reply monopoly anomaly bully belly tally fly butterfly homily folly "
                      "daily weekly monthly quarterly elderly "
                      "gully lily jelly italy july".split())
_LY_ADVERB = rf"(?!(?:{'|'.join(_LY_NOUNS)})\b)(?=[a-z]+ly\b)"  # "quickly", not "family" (inside a noun phrase it
# may modify an adjective: "one highly placed source")
_DET_NP_RE = re.compile(
    r"(?:^|[,;]\s*|\b(?i:and|but|yet|while|as|when|after|before|because|since|until|although|though|if|once|whereas)\s+)(?P<np>(?:[Tt]he|[Aa]n?|[Aa]nother|[Ii]ts|[Tt]heir|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|"
    r"[Ss]everal|[Ss]ome|[Mm]any|[Oo]ther|\d[\d,]*)(?:\s+(?!(?:has|have|had|also|later|then|did|does|do|would|could|will|the|a|an|some|"
    r"many|several|most|his|her|its|their|"
    r"not|never|cannot)\b)[a-z][a-z-]*){1,4})"
    r"(?:\s+(?:has|have|had|also|later|then|previously|repeatedly|publicly|again|once|did|does|do|would|could|will|not|"
    rf"never|cannot|yet|{_LY_ADVERB}[a-z]+))*\s*$")


# a sentence-initial plural noun phrase without a determiner: "Union leaders said", "Local residents say"
_PLURAL_NP_RE = re.compile(r"^\s*(?P<np>[A-Z][a-z]+(?:\s+[a-z]+){0,2}?\s+[a-z]+s)(?:\s+(?:have|had|also|later|then))*\s*$")


def det_np(ctx: Context, lo: int, cue_start: int) -> tuple[int, int] | None:
    """A determiner and up to four lower-case words opening a clause right before the cue.

    "The witness testified", "In a court filing, the company acknowledged", "…, a new
    study has found", or a plural noun phrase opening the sentence ("Union leaders
    said"): a common-noun source, resolved as unnamed/unresolved. Only at the
    start of a sentence or clause (after a comma or a conjunction), so the noun phrase
    cannot be the end of a longer one ("a spokesman for the company said" is
    :func:`initial_np`'s).
    """
    text = ctx.layer.text
    w = window_start(text, lo, cue_start, LOOK_BACK)
    # sliced, so "^" is the clause start; a cut window gets a prefix that "^" cannot take for one
    prefix = "\0" if w > lo else ""
    m = _DET_NP_RE.search(prefix + text[w:cue_start]) or _PLURAL_NP_RE.search(prefix + text[w:cue_start])
    if m is None or m.group("np").split()[-1] in DETERMINERS | LEAD_CAPS:
        return None
    span = (w - len(prefix) + m.start("np"), w - len(prefix) + m.end("np"))
    while (last := re.search(r"\s([a-z]+ly)$", text[span[0]:span[1]])) and last.group(1) not in _LY_NOUNS:
        span = (span[0], span[0] + last.start())  # "The family quickly said": an adverb ends no noun phrase
    if text[span[0]:span[1]].lower() in DETERMINERS | LEAD_CAPS:
        return None  # nothing left but the determiner
    support = text[span[0]:span[1]].lower().split()[-1] in SUPPORT_VERB_FORMS  # "The minister expressed [hope]"
    return None if support or verb_form_in(ctx.verbs.regex, text, *span) else span


# an inverted source: up to 100 characters (titles' dots kept) before punctuation that is not an
# abbreviation's full stop, or before "as/in/on/at/after/before/when/who/while"
_SOURCE_AFTER_RE = re.compile(r"\s*(?P<src>(?:(?:Dr|Mr|Mrs|Ms|Prof|Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|St|Jr|Sr)\.|(?:Corp|Inc|Co|Ltd)\.(?=\s+(?!(?:as|in|on|at|after|before|when|who|whose|while)\s)[a-zA-Z])|[A-Z]\.(?=\s|[A-Z]\.)|[^,.;:!?\n“”\"]){1,100}?)(?=\s*(?:[,;:!?]|\.(?<!\bDr\.)(?<!\bMr\.)(?<!\bMs\.)(?<!\bMrs\.)(?<!\bProf\.)(?<!\bSen\.)(?<!\bRep\.)(?<!\bGov\.)(?<!\bGen\.)(?<!\bSt\.)(?<!\b[A-Z]\.)"
    r"|\s(?:as|in|on|at|after|before|when|who|whose|while)\s|$))")


_ABBREV_END_RE = re.compile(r"\b(?:Corp|Inc|Co|Ltd)$")  # its full stop is the source's too (_SOURCE_AFTER_RE ends at it)
# a determiner after a finite verb inside an inverted source: the object of a clause's verb (not "a lawyer representing
# the victims", "a passenger aboard the flight": helper-93)
_SECOND_DET_RE = re.compile(r"\b[a-z]+(?:(?<!ss)(?<![iu])s|ed)\s+(?:the|a|an)\s")  # a verb ending in -s or -ed before it
# an auxiliary right after the first word of an inverted source: a clause's subject and verb ("said Syria had ...")
_AUX_RE = re.compile(r"\s+(?:had|has|have|is|are|was|were|will|would|could|should|may|might|must|can|did|does)\b")
# a full name in apposition after an inverted source that ends the clause ("said the mayor, Ann Lee." or
# "..., Ann Lee, on Tuesday")
_APPOS_NAME_AFTER_RE = re.compile(rf",\s*({FULL_NAME})\s*(?:[.;!?]|$|,\s+(?:on|at|in|after|before|outside|during|who)\b|,\s+\d{{1,3}}\s*(?:[.;!?]|,(?!\s+and\b)|$))")


def source_after(ctx: Context, start: int, hi: int) -> tuple[int, int] | None:
    """The source mention right after an inverted cue ("said White House Press Secretary X")."""
    text = ctx.layer.text
    m = _SOURCE_AFTER_RE.match(text, start, hi)
    if not m:
        return None
    src = m.group("src")
    if not src.split():
        return None
    if _AUX_RE.match(src, len(src.split()[0])) or _SECOND_DET_RE.search(src):
        return None  # ", said Syria had indicated ...": the subject of what was said, not an inverted source; nor
        # "said the request gives the U.S. a legal basis" (a second determiner after no preposition: a verb before it)
    if len(src.split()) > 10 or not (any(w[0].isupper() for w in src.split()) or ctx.roles.find(src)
                                      or re.fullmatch(r"(?:the|a|an|one|another|his|her|their|its)(?:\s+[a-z][a-z-]*){1,4}", src)):
        return None
    if (nm := _APPOS_NAME_AFTER_RE.match(text, m.end("src"), hi)) is not None and src[:1].islower():
        # "said the mayor, Ann Lee.": the name in apposition speaks, with the role; after an indefinite
        # ("said one protester, Maria Lopez") the name alone
        return nm.span(1) if re.match(r"(?:a|an|one|another)\s", src) else (m.start("src"), nm.end(1))
    return (m.start("src"), m.end("src") + (text.startswith(".", m.end("src")) and _ABBREV_END_RE.search(src) is not None))  # "Acme Corp."


# a capitalised name and a comma before a coordinated source: an earlier member of its list
_LIST_BEFORE_RE = re.compile(r"(?<![\w,])\s*([A-Z][\w.&’'-]*(?:\s+(?:of\s+|&\s+)?[A-Z][\w.&’'-]*){0,4}),\s+$")
# a fronted phrase's preposition before such a name: "According to AFP, the UN and the US", "In Brussels, France and
# Germany" (not "Ministers from Japan, South Korea and Australia", "Foreign ministers of Britain, France and Germany")
_PREP_BEFORE_RE = re.compile(r"(?i)\b(?:according\s+to|in|at|on)\s+$")


def resolve_source(ctx: Context, span: tuple[int, int] | None, fallback_at: int) -> tuple[str | None, str, tuple[str, ...], tuple[int, int] | None]:
    """Speaker, type, flags and source span for a mention span (or the sentence subject when None)."""
    if span is None:
        who, where = ctx.reg.subject_mention(fallback_at)
        if who is None:
            return None, "unnamed", ("unresolved",), None
        res = ctx.reg.resolve(who, fallback_at)
        keep = tuple(f for f in res.flags if f.startswith("country") or f in ("domestic", "foreign"))
        return res.speaker, res.speaker_type, ("subject",) + keep, where
    if (tm := TIME_TAIL_RE.search(ctx.layer.text, span[0], span[1])) is not None and tm.start() > span[0]:
        span = (span[0], tm.start())  # "The U.N. Security Council on Aug. 6 ordered": the date is no part of the source
    lo = span[0]  # "Shearson Lehman Hutton, Merrill Lynch and Goldman Sachs say": the list's first names, before commas
    while re.search(r"\s(?:and|&)\s", ctx.layer.text[span[0]:span[1]]) and (m := _LIST_BEFORE_RE.search(
            ctx.layer.text, max(0, lo - 80), lo)) is not None and m.group(1).split()[0].lower() not in LEAD_CAPS \
            and not _PREP_BEFORE_RE.search(ctx.layer.text, max(0, m.start(1) - 20), m.start(1)):
        lo = m.start(1)  # not "according to AFP, the UN and the US have criticised": a preposition's object is no member
    for cand in ((lo, span[1]), span) if lo < span[0] else (span,):
        if (joint := joint_source(ctx, cand)) is not None:
            return joint.speaker, joint.speaker_type, joint.flags, cand
    res = ctx.reg.resolve(ctx.layer.text[span[0]:span[1]], span[0])
    if res.speaker is None and re.search(r"\bwho$", ctx.layer.text[span[0]:span[1]]) \
            and (m := _NAME_APPOSED_RE.search(ctx.layer.text, max(0, span[0] - 80), span[0])) is not None:
        res = ctx.reg.resolve(m.group(1), m.start(1))  # "says Gerald Lefcourt, a criminal defense attorney who says"
    if res.speaker and res.speaker in ctx.reg.people:
        ctx.reg.note(res.speaker, span[0], span[1])
    return res.speaker, res.speaker_type, res.flags, span


# a colon that opens a quotation ends a reported content
_COLON_QUOTE_RE = re.compile(r":\s*[“\"‘]")
# a reported content is cut at the next ", <cue>" found within this many characters
CLAUSE_LOOKAHEAD = 3000


_SAID_FORMS = frozenset(("said", "says", "added", "adds", "told", "tells"))  # "countered that ... and said ...": the outer speaker's
_AND_BEFORE_RE = re.compile(r",?\s+and\s+(?:(?:also|then|later)\s+)?$")


def last_comma(text: str, lo: int, hi: int) -> int:
    """The offset of the last comma in ``text[lo:hi]`` that is no thousands separator ("the 235,000 forecast by
    economists": the comma of "235,000" opens no clause), else -1."""
    at = text.rfind(",", lo, hi)
    while at > lo and text[at - 1].isdigit() and text[at + 1:at + 2].isdigit():
        at = text.rfind(",", lo, at)
    return at


# a remark on what was said, its subject a demonstrative, after ", but" (FactBank PRI19980306.2000.1675), or the writer's
# doubt ("..., but it is unclear whether the increase will have an impact": helper-128's reading of PUD); not "but that
# it would cost more", a second that-clause of the same content
_BUT_THAT_RE = re.compile(r",\s+but\s+(?:(?:that|this)\s+(?:has|had|is|was|could|can|cannot|remains|remained|may|might)\b|it\s+(?:is|was|"
                          r"remains|remained)\s+(?:not\s+|still\s+|far\s+from\s+)?(?:yet\s+)?(?:unclear|clear|known|certain|uncertain)\b)")


def reported_end(ctx: Context, start: int, sent: Span, cues: Sequence[re.Match[str]], *, object_cue: bool = False) -> int:
    """End of a reported content: the sentence end, or a comma before a later cue in it.

    ``object_cue``: the content is the object of an evaluation, request or intention cue, which a
    conjoined cue ends ("assailed the remarks and called on ..."); a reported clause goes on ("said
    the man entered the store and demanded money": *demanded* is the man's).
    """
    text = ctx.layer.text
    end = sent.end
    if (colon := _COLON_QUOTE_RE.search(text, start, end)) is not None:
        end = colon.start()  # 'told Sky News any process "must be well thought out": "Moves ...': the quote after the colon is its own
    if (but := _BUT_THAT_RE.search(text, start, end)) is not None:
        end = but.start()  # "were saying the operation was over, but that has not yet been confirmed": the writer's remark on it
    for i in range(bisect.bisect_right(cues, start, key=lambda m: m.start()), len(cues)):
        c = cues[i]
        if c.start() - start > CLAUSE_LOOKAHEAD:
            break
        ing = c.group().lower().endswith("ing")
        if (conj := _AND_BEFORE_RE.search(text, start, c.start())) is not None and (
                object_cue or text[start:conj.start()].rstrip()[-1:] in "”\"'’" or c.group().lower() in _SAID_FORMS):
            end = conj.start()  # "assailed the remarks and called on ...": a conjoined predicate ends the content,
            break  # as after a quoted label ('called Bush "a liar" and said ...')
        comma = last_comma(text, start, c.start())
        if comma > start and (ing or len(text[comma:c.start()].split()) <= 4 or len(text[comma:c.start()].split()) <= 8
                              and re.search(r"\b[A-Z][\w’'-]+\s*$", SKIP_TAIL_RE.sub("", text[comma:c.start()]))):  # ", Yeltsin's
            # spokesman Sergei Y. said", ", but Ambassador Hamdullah Mohib later told"
            end = comma
            break
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".;:,"):
        end -= 1
    return end


def make_attribution(ctx: Context, kind: str, src: tuple[int, int] | None, cue: re.Match[str] | None,
          content: tuple[int, int], at: int, extra: tuple[str, ...] = ()) -> Attribution:
    speaker, stype, flags, span = resolve_source(ctx, src, at)
    stance = ctx.verbs.lookup(cue.group())[1] if cue is not None else None
    return Attribution(kind, speaker, stype, span, cue.group() if cue else None,
                       (cue.start(), cue.end()) if cue else None, content, stance, tuple(flags) + extra)
