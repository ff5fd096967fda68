"""The pattern rules of reported speech (internal to :mod:`framing.attribution`).

:func:`reported_speech`: reported speech by a cue's form, rule 1 of :mod:`framing.attribution.find`.
Direct quotations (rules 3 and 4) are in :mod:`framing.attribution.direct`.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from ._mentions import WINDOW as _WINDOW_SIZE
from ._mentions import (
    Context,
    det_np,
    initial_np,
    last_comma,
    make_attribution,
    reported_end,
    source_after,
    subject_before,
    window_start,
)
from ._words import DAY_TIME, DOCUMENT_NOUNS, NOT_SUBJECTS, OBJECT_PRONOUNS, PRODUCING_FORMS, TIME_TAIL_RE, WEEKDAY, WHEN_GAP_RE, CLAUSE_OPENER
from .types import Attribution

_COMP_RE = re.compile(r"(?P<mid>(?:\s+[^\s.;:!?,“”\"‘]+){0,8}?(?P<aside>,\s+(?:(?:citing|quoting)\s[^,;:.!?“”\"]{1,100}|though|however|"
                      r"too|also|moreover|meanwhile|again),)?)\s+(?P<comp>that|how|whether|why|what)\b")
# ("reported, citing two people familiar with it, that", "The official adds, though, that")
_OBJ_COMP_RE = re.compile(r"\s+(?P<obj>(?:for\s+)?(?:(?:[^\s;:!?,“”\"]+\s+){0,3}?[^\s;:!?,“”\"]+|(?:the\s+)?[A-Z][^\s;:!?,“”\"]*"
                          r"(?:\s+[A-Z][^\s;:!?,“”\"]*){4,6}))\s+(?P<link>to|of)\s+[a-z]+(?<=\w)")  # (or a long name:
# "invited Polish Foreign Minister Bronisaw Geremek to visit", FactBank)
_PASSIVE_BY_RE = re.compile(r"\s+by\s+(?P<src>[^\s.;:!?,]+(?:\s+[^\s.;:!?,]+){0,3}?)(?=\s+that\b)")
# The word lists in this module are English function words and irregular verb forms that the
# patterns are written against; they stay code (grammar, not vocabulary a user tunes). The
# reporting verbs themselves are data: lexicons/reporting_verbs.csv.
# A bare complement clause ("said warnings had come too late"): a subject pronoun and
# any word ("said it expects"), or up to five words and then a finite verb: an auxiliary or modal,
# a regular past tense, a common irregular past, or an adverb and a present
# tense ("the water still smells"). No comma, quote or clause mark in between.
_IRREGULAR_PAST = """was were had did said told took saw went made came gave got left knew thought found held
kept lost met paid ran sent spent stood won wrote fell rose began broke brought bought caught chose drove fled
fought flew grew heard hid hit hurt led lay meant put quit read sold shot shut sat slept spoke stole struck swore
taught threw understood woke wore became built cost cut felt fed forgot let rode sank sought stuck swept""".split()
_CLAUSE_RE = re.compile(
    r"\s+(?:(?:he|she|it|they|we|I|you)\s+(?!(?:and|or|but|to|of|in|on|at|for|with|by|as|from|that|who)\b)[a-z]+\b"
    r"|(?:(?!(?:to|for|with|in|on|at|by|from|about|into|against|as)\s)(?:\d[\d,.]*|[\w’'%$.-]+)\s+){1,5}?"
    r"(?:(?:is|are|was|were|has|have|had|will|would|could|can|may|might|should|must|did|do|does|[a-z]+ed|"
    + "|".join(_IRREGULAR_PAST) + r")\b|(?:still|also|now|already|never|only|just|no longer)\s+[a-z]+s\b))")
# what may follow a sentence-final cue: an addressee ("told Reuters", "told reporters") and a
# short time or place phrase ("on Monday", "in a statement"), after *here* or *there* too ("..., Viktor Orban also said here
# Friday.": the tail had no room for "here", and the parse took "here" for the content; FactBank XIE19990313.0173, rewritten)
_FINAL_TAIL_RE = re.compile(r"(?:\s+(?:[A-Z][\w.&’'-]*(?:\s+(?:of\s+)?[A-Z][\w.&’'-]*){0,3}|reporters|journalists|the\s+[a-z]+))?"
                            r"(?:\s+(?:here|there))?(?:\s+(?:(?:on|in|at|late|last|this|earlier)\b[^,.;:!?“”\"]{0,30}|today|yesterday|"
                            + WEEKDAY + r"))?"
                            # an appositive or a participle after it ("..., the government reported Friday, evidence that ...")
                            r"(?:,\s+(?:evidence|a|an|another|one|which|adding|saying|citing|suggesting|noting|according)\b[^;!?]*)?\s*[.;!?]?\s*")
# a word after an evaluation cue that starts its object, not a time or place ("According to AFP,
# the United Nations have criticised the policy": what was criticised, not the clause before the comma)
_OBJECT_AFTER_RE = re.compile(r"\s+(?!(?:on|in|at|late|last|this|earlier)\b)[\w“\"‘]")
# a passive auxiliary (and an adverb) right before a cue
PASSIVE_AUX_RE = re.compile(r"\b(?:was|were|been|being|is|are|be)\s+(?:not\s+|never\s+)?(?:[a-z]+ly\s+)?$")
# the addressee of "tell" before a bare clause: a pronoun, a plural noun ("reporters"), a name or "the" and a noun
_ADDRESSEE_RE = re.compile(r"(?:him|her|them|us|me|you|[a-z]+s|(?:the\s+)?[A-Z][\w.&’'-]*(?:\s+(?:of\s+)?"
                           r"[A-Z][\w.&’'-]*){0,3}|the\s+[a-z]+)\s+(?=(?:the|a|an|his|her|its|their|he|she|it|they|we|I|you|"
                           r"there|this|any|no|all|some|[A-Z][\w’'-]*)\b)")
# "amid what Du Pont called ...": a free relative of naming after a word of the clause (not "What they called the
# plan was never clear"), its subject one to four words (not "what is called")
_WHAT_BEFORE_RE = re.compile(r"(?<=[a-z,] )what\s+(?!(?:is|was|are|were|be|been|being|had|has|have|it|its|it's)\b)(?:[\w.&'’-]+\s+){0,3}[\w.&'’-]+\s*$")
_NAMED_END_RE = re.compile(r"[,;:]|\s(?:but|while|after|before|because|which|who|whom|whose|and\s+(?:then|that|was|is|has|had|will|would))\s")
_QUOTE_SOON_RE = re.compile(r"(?:\s+[^\s.;:!?,“”\"‘]+){1,8}?\s+[“‘\"']")
# a topic or an aside between a cue and a quotation soon after it: the quotation is no content of the cue's ("joking about
# it and saying things like "...", "often yelling (at least in the earlier episodes of 'American Chopper') about": helper-109);
# nor is one after another cue between them (the nearer cue's)
_TOPIC_RE = re.compile(r"\s+(?:about|at|of|over|\()")


# a place or body after an inverted source, to the sentence's end or a comma ("..., said officials in Washington."), for
# a group of people only (_GROUP_SOURCE_RE: lowercase words ending in a plural; not "said Microsoft in a statement")
_SOURCE_PP_RE = re.compile(r"\s+(?:in|at|from|close\s+to|familiar\s+with)\s+(?!(?:a|an)\s)(?:(?!(?:who|whom|whose|that|which)\b)"
                           r"[^,;.!?“”\"]){1,60}?(?=\s*(?:[,.;!?]|$)|\s+(?:who|whom|whose|that|which)\b)")
_GROUP_SOURCE_RE = re.compile(r"(?:[a-z.]+\s+){0,2}(?:[a-z]+s|people)")
_QUOTING_BEFORE_RE = re.compile(r",\s*(?:quoting|citing)\s+[^,;]{1,80}?,[”’\"'`]*\s*$")
_LEAD_ADVERB_RE = re.compile(r"\s*([A-Z][a-z]+),\s+")


# a finite verb inside what would be an inverted source: a clause ("Robert Vaux, vice president, finance, said the
# plan was sound": "the plan was sound" is what he said, not who)
# words between a cue and "that" that open a clause of their own: its "that" is the inner clause's, not the cue's
_MID_CLAUSE_RE = re.compile(r"\s+(?:(?:it|he|she|they|we|I|there|this)(?:[’'](?:s|re|ll|d|ve|m)\b|\s+(?:[a-z]+\s+)?(?:is|was|were|are|did|"
                            r"does|do|had|has|have|would|could|will|may|might|seems?|seemed|appears?|appeared)\b)"  # "said it's part of a group that"
                            r"|(?:he|she|they|we|I)\s+(?:[a-z]+ly\s+|never\s+|also\s+|still\s+)?(?!(?:and|or|but|to|of|in|on|at|for|with|by|as|from|"
                            r"that|who)\b)[a-z]+\b)")  # "said he never dreamed that": the "that" is the dreaming's
_LEAD_TIME_RE = re.compile(r"(?:on\s+)?" + DAY_TIME + r"\s+(?="
                           r"(?:the|a|an|his|her|its|their|he|she|it|they|we|there|I)\s|(?!(?:School|Morning|Night|Mass|Times)\b)[A-Z][a-z]+\s+[a-z])"
                           r"(?![^\s]*[’']s\b)")  # not "said Sunday night's fire", "said Thursday was", "said Sunday School"
_FINITE_RE = re.compile(r"\b(?:is|was|were|are|has|had|have|will|would|could|should)\b")  # not "do": "Maria do Rosário"
_AUX_AFTER_RE = re.compile(r"\s+(?:is|are|was|were|has|have|had|will|would|could|can|may|might|should|must|did|does|do)\b")
# or a verb with its object right after "that": a relative clause's ("responded with a volley of plastic bullets that scattered
# a 50-strong mob"; a complement clause has its subject first)
_VERB_AFTER_RE = re.compile(r"\s+[a-z]+ed\s+(?:a|an|the|his|her|their|its|our|my|your|some|any|two|three)\s")  # (not -es: "that
# homes the agency insured were overvalued", a plural subject; helper-112's review)
_RELATIVE_RE = re.compile(r"\s(?:who|whom|whose|that|which)\b")


def _clause_start(text: str, start: int) -> int:
    """Where a sentence's own clause starts: after a sentence adverb and its comma ("Still, two-thirds of ...")."""
    m = _LEAD_ADVERB_RE.match(text, start)
    return m.end() if m is not None and m.group(1).lower() in NOT_SUBJECTS else start


def reported_speech(ctx: Context, cues_by_sent: dict[int, list[re.Match[str]]]) -> list[Attribution]:
    """Reported speech by the pattern rules: for each reporting-verb form outside quotation marks, a
    source before it (or inverted after it) and a content after it.

    This function is long because the content alternatives are tried in one order per cue (a
    that-clause, an object with *to* / *of*, a bare clause, the inverted and the sentence-final
    forms), and splitting them would pass the same dozen locals from piece to piece.
    """
    text = ctx.layer.text
    out: list[Attribution] = []
    quotes = ctx.layer.top_quotes
    qstarts = [q.start for q in quotes]
    for si, cues in cues_by_sent.items():
        sent = ctx.layer.sentences[si]
        cstarts = [c2.start() for c2 in cues]
        for c in cues:
            lemma, stance = ctx.verbs.lookup(c.group())
            obj_cue = ctx.verbs.classes.get(lemma) in ("evaluation", "request", "intention")
            w = window_start(text, sent.start, c.start())
            pre_end = text[w:c.start()]  # the look-back window (a subject is short)
            infinitive = re.search(r"\bto\s*$", pre_end) is not None
            # an infinitive's subject is no noun phrase right before "to" ("hired lawyers to argue"): the parse decides
            qm = _QUOTING_BEFORE_RE.search(text, sent.start, c.start())  # "The newspaper, quoting “secret reports,” said"
            # a participle modifying a document noun ("issued a statement saying", "a letter to residents urging"): whose
            # document it is, the parse decides (_repair.effort_subject), not the noun phrase before the cue
            document = c.group().lower().endswith("ing") and _DOCUMENT_BEFORE_RE.search(pre_end) is not None
            src = None if infinitive or document else subject_before(ctx, sent.start, qm.start() if qm else c.start())
            if document and (author := _FROM_AUTHOR_RE.search(text, sent.start, c.start())) is not None:
                src = subject_before(ctx, author.end(), c.start())  # "an email from the CEO saying" (helper-86)
            elif document and (made := _PRODUCED_RE.search(text, sent.start, c.start())) is not None:
                src = subject_before(ctx, sent.start, made.start())  # "filed a lawsuit alleging": the filer, also where
                # the parser reads the participle as a noun (helper-85)
            participle = c.group().lower().endswith("ing") or infinitive or re.search(r"\bby\s*$", pre_end) is not None
            if lemma in _ACTIVITIES and c.group().lower().endswith("ing") and _GERUND_PREP_RE.search(pre_end) \
                    and not _CONTENT_NEXT_RE.match(text, c.end()) and (lemma != "tell" or _TALES_RE.match(text, c.end())):
                continue  # "in writing because ...", "through writing my dreams": the activity, not words reported
            if lemma == "post" and not _POSTED_NEXT_RE.match(text, c.end()):
                continue  # "continue posting declines", "posted a loss": a result posted, not words (FactBank wsj_0586)
            after_start = c.end()
            if PASSIVE_AUX_RE.search(pre_end):  # "were quickly posted": a passive, its subject is no source
                pm = _PASSIVE_BY_RE.match(text, c.end(), sent.end)
                if pm is None:
                    continue
                src, participle, after_start = (pm.start("src"), pm.end("src")), False, pm.end("src")
            content: tuple[int, int] | None = None
            kind = "indirect"
            if lemma == "call":  # "called the plan “a disaster”": only with a quotation right after
                m = _QUOTE_SOON_RE.match(text, after_start, sent.end)
                if src is not None and m is None and _WHAT_BEFORE_RE.search(pre_end) and not participle \
                        and not re.match(r"\s*[“\"‘'`]", text[after_start:after_start + 3]):  # ("what he calls “democide”": a quotation's)
                    # "amid what Du Pont called lower demand and selling prices" (FactBank wsj_0918): the name given,
                    # up to the first comma, semicolon or conjunction of clauses
                    cs = after_start + len(text[after_start:sent.end]) - len(text[after_start:sent.end].lstrip())
                    stop = _NAMED_END_RE.search(text, cs, sent.end)
                    ce = len(text[:stop.start() if stop else sent.end].rstrip(" .!?"))
                    if ce > cs:
                        out.append(make_attribution(ctx, kind, src, c, (cs, ce), c.start()))
                    continue
                if m is None or src is None:
                    continue
                cs = m.start() + len(m.group()) - len(m.group().lstrip())
                out.append(make_attribution(ctx, kind, src, c, (cs, reported_end(ctx, cs, sent, cues)), c.start()))
                continue
            comma = pre_end.rstrip().endswith(",") and w + len(pre_end.rstrip()) - 1
            if comma and src is not None and not participle and ctx.verbs.classes.get(lemma, "statement") == "statement" \
                    and (inv := source_after(ctx, c.end(), sent.end)) is not None \
                    and re.fullmatch(r"\s*[.!?]?\s*", text[inv[1]:sent.end]) and text[inv[0]].isupper() and not TIME_TAIL_RE.match(" " + text[inv[0]:inv[1]]):
                src = None  # "..., which has been uncooperative in the case, said Freeh.": an inverted source ending the
                # sentence, not a relative clause's noun before the cue (rewritten from FactBank APW19990607.0041)
            qi = bisect.bisect_left(qstarts, comma) - 1 if comma else -1
            if comma and src is None and not participle and not (qi >= 0 and quotes[qi].end > sent.start and quotes[qi].end >= comma - 1) \
                    and ctx.verbs.classes.get(lemma, "statement") == "statement":  # "condemned X" is never inverted
                # "The market will recover, said John Smith, an analyst." (inverted, sentence-final); a quotation that
                # ends right at the comma is the direct-quote rules', one further back part of the clause ("The bugs
                # will cause problems in “rare circumstances” such as word-processing, said Michael Slater")
                inv = source_after(ctx, c.end(), sent.end)
                if inv is not None and (rel := _RELATIVE_RE.search(text, *inv)) is not None and rel.start() > inv[0]:
                    inv = (inv[0], rel.start())  # "said a spokesman who declined to be named": the relative clause is no name
                if inv is not None and (pp := _SOURCE_PP_RE.match(text, inv[1], sent.end)) is not None \
                        and _GROUP_SOURCE_RE.fullmatch(text, *inv) and ctx.roles.names_people(text[inv[0]:inv[1]].split()[-1]):
                    inv = (inv[0], pp.end())  # "said officials in Washington", "said diplomats at the United Nations"
                    # (a group only: not "said Microsoft in a statement", "said Obama in Prague", helper-78)
                if inv is not None and len(text[max(sent.start, comma - 100):comma].split()) >= 3 and re.match(  # ("Acme Corp.":
                        r"\s*(?:[,.;!?]|$|(?:who|whom|whose|that|which)\b)", text[inv[1] - text.startswith(".", inv[1] - 1):sent.end]) \
                        and not _FINITE_RE.search(text, *inv):  # its full stop may be the clause's)
                    out.append(make_attribution(ctx, "according_to" if lemma == "report" else "indirect", inv, c,
                                     (_clause_start(text, sent.start), comma), c.start()))
                    continue
            final = (_FINAL_TAIL_RE.fullmatch(text, c.end(), sent.end) is not None and not _MODAL_END_RE.search(pre_end)
                     and not (ctx.verbs.classes.get(lemma) == "evaluation" and _OBJECT_AFTER_RE.match(text, c.end(), sent.end))
                     # "..., X criticised the policy." (not a request's addressee: "..., the Foreign Office advised Britons.")
                     and re.search(r"(?:,(?!\d)|(?<!\d),)\s*(?:[^,]|(?<=\d),(?=\d)){1,80}$", pre_end) is not None)  # not "235,000"
            if final and src is None:
                comma = last_comma(text, sent.start, c.start())
                src = initial_np(ctx, comma + 1, c.start()) or det_np(ctx, comma + 1, c.start())
            if final and src is not None:
                comma = last_comma(text, max(sent.start, src[0] - _WINDOW_SIZE), src[0])
                if comma > sent.start and text[comma - 1] not in "”’\"'" and re.fullmatch(r",\s*", text[comma:src[0]]):
                    content = (_clause_start(text, sent.start), comma)
                    kind = "according_to" if lemma == "report" else "indirect"
            elif src is None and not participle:
                continue
            elif (m := _COMP_RE.match(text, after_start, sent.end)) is not None and not (
                    (ci := bisect.bisect_right(cstarts, m.end("aside") if m.group("aside") else c.end())) < len(cstarts)
                    and cstarts[ci] < m.start("comp")) \
                    and not _MID_CLAUSE_RE.match(m.group("mid")) \
                    and not (m.group("comp") == "that" and len(m.group("mid").split()) >= 3
                             and (inf := re.search(r"\sto\s+([a-z]+)(?:\s+[\w-]+){0,3}$" if obj_cue else r"\sto\s+([a-z]+)$", m.group("mid")))
                             is not None
                             and not re.search(r"[^su]s$", inf.group(1))) \
                    and not (m.group("mid").strip() and m.group("comp") == "that" and (_AUX_AFTER_RE.match(text, m.end())
                                                                       or _VERB_AFTER_RE.match(text, m.end()))) \
                    and not (m.group("comp") != "that" and len(m.group("mid").split()) >= 3
                             and re.search(r"\sto\s+[a-z]+$", m.group("mid"))) \
                    and not (m.group("comp") == "that" and not m.group("mid").strip() and " " in lemma
                             and lemma.rsplit(" ", 1)[1] in ("at", "to", "on", "about", "of", "for", "with")):
                # not "said it did not appear that ...": a clause of its own; not "urged the agency to review that decision":
                # the infinitive's determiner (but "in a letter to shareholders that": a plural noun); not "said timelines that have been
                # floated ... aren't accurate": a "that" before an auxiliary relates to the noun before it; nor, after a request,
                # "urged all Balkan states to sign a joint declaration that ...": the infinitive's noun takes it; nor "called
                # for a conference to discuss how much oil to pump": the question is the infinitive's; nor "hint at that
                # option": after a cue's preposition "that" is a determiner
                cs = m.end() + 1 if m.group("comp") == "that" else m.start("comp")
                if (lead := re.match(r",\s*", text[cs - 1:cs + 3])) is not None and m.group("comp") == "that":
                    cs += lead.end() - 1  # "said that, in the end, ...": the content starts after the comma
                content = (cs, reported_end(ctx, cs, sent, cues, object_cue=obj_cue))
            elif (m := _OBJ_COMP_RE.match(text, after_start, sent.end)) is not None and (
                    stance == "directive" and m.group("link") != "of" and not _PP_AFTER_TO_RE.match(text, m.end("link"))
                    or m.group("link") == "of" and re.match(r"(?:the\s+)?[A-Z]|him\b|her\b|them\b", m.group("obj"))):
                cs = m.start("obj")
                content = (cs, reported_end(ctx, cs, sent, cues, object_cue=obj_cue))
            elif (m := _CLAUSE_RE.match(text, after_start, sent.end) or _clause_after_when(text, after_start, sent.end)) is not None or (
                    m := _QUOTE_SOON_RE.match(text, c.end(), sent.end)) is not None and not _TOPIC_RE.match(m.group()) \
                    and not any(c.end() < c2.start() < m.end() for c2 in cues):
                cs = m.start() + len(m.group()) - len(m.group().lstrip())
                if text.startswith("as ", cs):
                    cs += 3
                if (tm := _LEAD_TIME_RE.match(text, cs)) is not None:
                    cs = tm.end()  # "said Tuesday the case was closed": when it was said, not what
                if lemma == "tell" and (am := _ADDRESSEE_RE.match(text, cs, sent.end)) is not None:
                    cs = am.end()  # "told reporters the plan was dead": the addressee is not what was said
                    cs = tm.end() if (tm := _LEAD_TIME_RE.match(text, cs)) is not None else cs
                content = (cs, reported_end(ctx, cs, sent, cues, object_cue=obj_cue))
            if content is not None and src is not None and _SUBORDINATE_RE.match(text, sent.start, src[0]) \
                    and "," not in text[sent.start:src[0]] and content[0] > c.start() \
                    and (cm := text.find(", ", content[0], content[1])) > 0:  # source and cue inside the opening clause
                content = (content[0], cm)  # "Because X has made clear that it expects Y, investors ...": the clause ends
            if content is None or content[1] <= content[0]:
                continue
            if _WH_RE.match(text, content[0], content[1]) and any(
                    content[0] <= c2.start() and len(text[content[0]:c2.start()].split()) <= 3 for c2 in cues if c2 is not c):
                continue  # "condemning what he described as ...": the inner cue owns the content
            if lemma == "report" and src is None or lemma == "find" and content[0] > c.end() and not text[c.end():content[0]].strip().endswith("that"):
                continue  # (a bare object after "found" is the parse's to judge: "Police found the body wrapped in bags")
            if src is None and participle and c.group().lower() in _SPEAKING_ON and out and out[-1].source_span and out[-1].cue_span \
                    and out[-1].content_span[0] < out[-1].source_span[0] and sent.start <= out[-1].cue_span[0] \
                    and re.fullmatch(r"[^,.;:!?]{0,30},\s*", text[out[-1].cue_span[1]:c.start()]):
                src = out[-1].source_span  # "..., the agency said, adding that ...": the cue before speaks on
            if src is None and participle and content is not None and c.group().lower().endswith("ing") \
                    and not text[sent.start:c.start()].strip(" \t\n\"“‘'") and (main := _main_after(ctx, content)) is not None:
                src, content = main  # "Warning that the NHS was under pressure, he urged ...": the main clause's subject
            if src is None and participle and not document:
                src = clause_subject(ctx, cues, sent.start, c)
            out.append(make_attribution(ctx, kind, src, c, content, c.start()))
    return out


# a sentence adverb set off by commas right after the cue, and the first word of a clause after it (a pronoun, an
# article, a name): "said, however, Bin Laden and Kopp have one thing in common" (rewritten from FactBank APW19990607.0041)
_ASIDE_RE = re.compile(r"\s*,\s*(?:however|though|moreover|meanwhile|nonetheless|nevertheless|instead|too|also|in fact|"
                       r"for example|for instance|in turn|again|indeed)\s*,(?=\s)")
_OPENS_RE = re.compile(r"\s+(?=(?:it|its|he|she|they|we|the|a|an|his|her|their|there|I)\s|[A-Z](?![^\s]*[’']s\b))")
_THAT_RE = re.compile(r"\s+that(?=\s)")
_NEXT_WORD_RE = re.compile(r"\s+\S")
_OPENER_RE = re.compile(CLAUSE_OPENER)


# a modal right before a sentence-final cue: a predicate, no reporting tag ("..., however, the broadcasts will continue.")
_MODAL_END_RE = re.compile(r"\b(?:will|would|could|can|may|might|should|must)\s+$")


def _clause_after_when(text: str, start: int, end: int) -> re.Match[str] | None:
    """The bare clause after when and where it was said ("said on Tuesday it had filed", "said in an interview the talks
    had failed": ``WHEN_GAP_RE``), matched as ``_CLAUSE_RE`` matches one right after the cue, or any words after a
    pronoun, an article or a name opening it (``CLAUSE_OPENER``: "said Tuesday Mohamed wishes to", "says in a statement
    the women of Kabul symbolize", present tenses the clause pattern does not know); else ``None``."""
    aside = _ASIDE_RE.match(text, start, end)  # "Reno said, however, Bin Laden and Kopp have ..." (and "..., however, that")
    if aside is not None:
        start = that.end() if (that := _THAT_RE.match(text, aside.end(), end)) else aside.end()
    ws = re.match(r"\s+", text[start:start + 4])
    if ws is None or (wm := WHEN_GAP_RE.match(text, start + ws.end(), end)) is None or not text[wm.end() - 1].isspace():
        return (_CLAUSE_RE.match(text, start, end) or _OPENS_RE.match(text, start, end)) if aside is not None else None
    if _OPENER_RE.match(text, wm.end(), end) is not None:  # a clause opens right after the whole phrase (not after "with
        return _NEXT_WORD_RE.match(text, wm.end() - 1, end)  # The" before "Associated Press at ...")
    return _CLAUSE_RE.match(text, wm.end() - 1, end)  # ("said in a statement net income jumped")


# a preposition before the -ing form of a verb that also names an activity makes it the activity's name ("came to
# writing"); not "by arguing", "after saying", "while insisting" (their subject is the sentence's), nor a verb that
# names no activity ("are alone in warning Iraq of military strikes")
_ACTIVITIES = frozenset("write speak talk tell read".split())
# what follows "post" when words are posted: a colon or quotation, "that", or where ("posted on Facebook that", "posted
# online:"); not a result ("posted a loss", "continue posting declines ... given that": the financial sense)
_POSTED_NEXT_RE = re.compile(r"\s*(?::|[\"“‘']|,|that\b|on\b|to\b|in\b|online\b|onto\b|there\b|here\b|later\b|earlier\b|yesterday\b|today\b|"
                             rf"(?:on\s+)?{WEEKDAY}\b)")
_GERUND_PREP_RE = re.compile(r"\b(?:in|through|to|into|of|about|for|from|with|without)\s+$", re.I)
# what opens a gerund cue's content all the same ("in saying that ...", "without writing: ...", "for writing to the
# board that ...")
_CONTENT_NEXT_RE = re.compile(r"\s*(?:(?:[\w’'-]+\s+){0,4}?that\b|:|[\"“‘'])")
# what "telling" names as an activity; any other object is told something ("fined for telling the court that ...")
_TALES_RE = re.compile(r"\s+(?:(?:\w+\s+){0,2}(?:stories|story|tales?|jokes?|lies|the\s+truth|fortunes?))\b", re.I)


def _main_after(ctx: Context, content: tuple[int, int]) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """For a participle opening the sentence ("Insisting that the plan was fair, Mayor Ann Lee left the room"): the
    subject of the main clause after the first comma in ``content`` that a subject and a finite verb follow, and the
    content cut at that comma (past a closing quotation mark: 'under "enormous pressure," he urged'); else ``None``."""
    text = ctx.layer.text
    end = ctx.layer.sentences[ctx.layer.sentence_index(content[0])].end
    for cm in re.finditer(r",[\"”’']*", text[:min(content[1] + 3, end)]):
        if cm.start() < content[0]:
            continue
        if (m := _CLAUSE_RE.match(text, cm.end(), end)) is None:
            continue
        verb = m.end() - len(m.group().split()[-1])
        if (src := subject_before(ctx, cm.end(), verb)) is not None and not text[cm.end():src[0]].strip():
            return src, (content[0], cm.end() if cm.end() > cm.start() + 1 else cm.start())
    return None


def clause_subject(ctx: Context, cues: Sequence[re.Match[str]], lo: int, c: re.Match[str]) -> tuple[int, int] | None:
    """The subject of the sentence's main cue, for a participle cue ``c`` with no subject of its own.

    "One poster admitted to being part of the effort, writing “…”": the poster writes, not the person
    named in an earlier sentence; "…, with one poster writing “…”": the noun phrase after *with*.
    Otherwise only the sentence's first cue, and only when its subject opens
    the sentence: a cue in a fronted clause ("After police said ..., the mayor ..., saying") or
    inside another cue's content ("Lee said police believed ..., adding") has no say. None
    otherwise (the registry's sentence subject then speaks).
    """
    text = ctx.layer.text
    if (wm := _WITH_SUBJECT_RE.search(text, lo, c.start())) is not None and wm.group("np").lower() not in OBJECT_PRONOUNS:
        return wm.span("np")  # "…, with one poster writing “…”": the absolute clause's own subject
    first = cues_in(cues, lo, c.start())[:1]
    if not first:
        return None
    src = subject_before(ctx, lo, first[0].start())
    if src is None or text[lo:src[0]].strip(" \t\n\"“‘'") or _SUBORDINATOR_RE.match(text, src[0], src[1]):
        return None
    return src


_WITH_SUBJECT_RE = re.compile(r",\s*with\s+(?P<np>(?:(?:the|a|an|one|two|some|several|many)\s+)?(?:[A-Za-z][\w’'-]*\s+){0,2}?"
                              r"[A-Za-z][\w’'-]*)\s+$")
_SUBORDINATOR_RE = re.compile(r"(?i)(?:when|after|before|as|while|if|because|since|although|though|once|until|whereas)\b")


_WH_RE = re.compile(r"(?:what|how)\b")
# a dash sign-off after a quote: "…" — Name


def cues_in(cues: Sequence[re.Match[str]], lo: int, hi: int) -> list[re.Match[str]]:
    """The cues (sorted by start) that start in ``[lo, hi)``, by bisection."""
    i = bisect.bisect_left(cues, lo, key=lambda m: m.start())
    j = bisect.bisect_left(cues, hi, lo=i, key=lambda m: m.start())
    return list(cues[i:j])


# a sentence that opens with a subordinate clause holding the cue ("And because the Fed has said that ..., investors")
_SUBORDINATE_RE = re.compile(r"\W*(?:(?:And|But)\s+)?(?:[Bb]ecause(?!\s+of\b)|[Ss]ince|[Ww]hen|[Ww]hile|[Aa]lthough|[Tt]hough|[Ii]f|[Oo]nce|"
                             r"[Uu]nless|[Uu]ntil|[Ww]hereas)\b")
# participles that go on with the speaker's words ("..., the agency said, adding that"); not "suggesting", often
# the writer's reading of the figures
_DOCS = "|".join(sorted(DOCUMENT_NOUNS))  # the document nouns as a regex alternation
_DOCUMENT_BEFORE_RE = re.compile(rf"\b(?:{_DOCS})s?(?:\s+(?:to|from|by|on|in|with|at)\s+[^,.;:]{{1,40}}?)?\s+$")
# the verb that produced the document before a participle cue ("The attorney general filed a lawsuit alleging")
_PRODUCED_RE = re.compile(rf"\b(?:{'|'.join(sorted(PRODUCING_FORMS, key=len, reverse=True))})\s+(?:(?!of\b)[\w’'-]+\s+){{0,4}}?"
                          rf"(?:{_DOCS})s?"
                          rf"(?:\s+(?:to|on|in|with|at)\s+[^,.;:]{{1,40}}?)?\s+$")
_FROM_AUTHOR_RE = re.compile(rf"\b(?:{_DOCS})s?\s+from\s+(?=[^,.;:]{{1,40}}$)")
_SPEAKING_ON = frozenset({"adding", "saying", "citing", "noting", "insisting", "stressing", "warning", "explaining"})
# "to" before a determiner opens a phrase, not an infinitive ("invited reporters to his office")
_PP_AFTER_TO_RE = re.compile(r"\s+(?:the|a|an|his|her|their|its|our|my|your|this|that|these|those)\b")
