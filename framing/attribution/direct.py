"""Direct quotations (internal to :mod:`framing.attribution`).

:func:`direct_quotes`: every top-level quotation of the text layer with a cue before or after it
(rule 3 of :mod:`framing.attribution.find`), and the pieces with no cue of their own (rule 4):
the other pieces of a quotation that runs over paragraphs, a quotation split by its cue, a
paragraph that opens with a quotation after an attributed one, and one quotation wrapped over two
lines.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace
from typing import Any

from ..text.spans import Span
from ..text.voices import block_quotes
from ._mentions import WINDOW as _WINDOW_SIZE
from ._mentions import LOOK_BACK, Context, make_attribution, resolve_source, sentence_of, source_after, subject_before
from ._words import ABBREVIATION_DOT, SIGN_OFF_RE
from .rules import PASSIVE_AUX_RE, clause_subject, cues_in
from .types import Attribution

__all__ = ["direct_quotes", "mixed_quotes", "block_quotations", "parenthetical_pieces"]

# the clause after a quotation, up to a full stop that is not an abbreviation's ("said Dr. Ann Lee.")
# (the sentence splitter's abbreviations: titles, "Corp.", "Inc."; and initials)
_CLAUSE_TAIL_RE = re.compile(r"(?:[^.;!?:“”\"‘]|" + ABBREVIATION_DOT + ")*")
_GAP_NP_RE = re.compile(r"[,\s]*((?:the|a|an|one|two|three)(?:\s+(?!(?:where|who|which|that|whose|when|is|are|was|were|has|"
                        r"have|had|and|or|but|to|of|in|on|at|for|with|by|from)\b)[A-Za-z][\w-]*){1,5})\s*")
# a bare "Name: “…”" before a quote (at most seven words, the last capitalised)
_NAME_COLON_RE = re.compile(r"\s*((?:[^\s:.;,!?“”\"]+\s+){0,6}[A-Z][^\s:.;,!?“”\"]*)\s*:\s*")
# a verb of saying conjoined to an earlier predicate of the same subject ("stood up and said", "comes up and says")
_CONJOINED_RE = re.compile(r"\s(?:and|but)\s+(?:then\s+|also\s+|later\s+)?$")
# a name's last word or a possessive right before a quotation: a title ("ABC News' “This Week,”", "the paper's “Talk”"),
# or a word mentioned, no statement ('While shying away from actually using the word "blockade," Mr. Bush acknowledged that
# ...': FactBank WSJ900813-0157, fifth development set)
_TITLE_BEFORE_RE = re.compile(r"(?:\b[A-Z][\w.&-]*(?:s'|[’']s)|\b(?:on|in|of|the|program|show|book|film|titled|called|named|word|words|"
                              r"term|phrase|label|slogan))\s*$")  # (a word mentioned: 'using the word "blockade," Mr. Bush acknowledged')
_QUOTED_AS_RE = re.compile(r"\s+(?:was|were|is|are|(?:has|have|had)\s+been)\s+(?:\w+ly\s+)?quoted\s+as\s*$")


def _inverted_intro(ctx: Context, q: Any, lo: int, cues: list[re.Match[str]]) -> Attribution | None:
    """A sentence opening with an inverted cue and ending in a colon or a comma before quote ``q`` (``lo``: where the sentence starts).

    "Says Michael Hirsch, chief investment officer of Republic National Bank: “…”" (newswire's
    inverted introduction): the source after the cue speaks. Not a participle ("Writing in a blog
    post, X dubbed ...:": the subject of the main verb speaks, found by the rules after this one).
    """
    text = ctx.layer.text
    first = next((c for c in cues_in(cues, lo, q.start) if not text[lo:c.start()].strip(" \t\n“”\"‘’'")), None)
    if first is None or not first.group()[:1].isupper() or first.group().lower().endswith("ing") \
            or not (end := re.search(r"[:,]\s*$", text[first.end():q.start])) or not re.match(r"\s+(?:[A-Z]|the\s|a\s|an\s)", text[first.end():]):
        return None  # not "Adds to the pressure ...:", "Promises made by ...:"
    stop = first.end() + end.start()  # the colon, or the comma
    if end.group().startswith(",") and any(not text[c.end():stop].strip() for c in cues_in(cues, first.end(), stop)):
        return None  # a comma ends it only when no other cue comes right before it: not "Asked Tuesday about the report,
        # White House spokesman Scott McClellan said, “…”" (helper-78); but "Added a senior official, who asked not to
        # be identified, “…”", "Warned Fed Chairman Ben Bernanke, “…”" (helper-79)
    src = source_after(ctx, first.end(), stop)  # "Replied ... Richard Boucher, ``We ...''"
    return None if src is None else make_attribution(ctx, "direct", src, first, (q.content_start, q.content_end), first.start())


def _direct_one(ctx: Context, q: Any, para: Span, cues: list[re.Match[str]]) -> Attribution | None:
    """A cue after or before a top-level quote (rule 3)."""
    text = ctx.layer.text
    content = (q.content_start, q.content_end)
    after = _after_quote(ctx, q, para, cues)
    if after is not None:
        return after
    # before: X said: "…" / X wrote in part: "…" / …, writing: "…" / Writing: "…"
    sent = sentence_of(ctx, q.start)
    lo = max(sent.start, para.start)
    nm = _NAME_COLON_RE.fullmatch(text, lo, q.start)
    if nm and not cues_in(cues, lo, q.start):
        speaker, stype, flags, span = resolve_source(ctx, (nm.start(1), nm.end(1)), nm.start(1))
        if speaker is not None and "surname_only" not in flags:
            return Attribution("direct", speaker, stype, span, None, None, content, None, flags + ("colon",))
    if (re.search(r":\s*$", text[max(lo, q.start - LOOK_BACK):q.start]) and not cues_in(cues, lo, q.start)
            and len(text[lo:q.start].split()) <= 12):
        # "Ann Lee, the mayor, was blunt: “…”": a person named at the start of the sentence speaks
        who, where = ctx.reg.subject_mention(q.start)
        before = text[lo:where[0]].split() if where is not None else []
        if who is not None and where is not None and all(
                title or w.lower() in ("the", "a", "an") for w, title in zip(before, ctx.roles.title_mask(before))):
            res = ctx.reg.resolve(text[where[0]:where[1]], where[0])
            return Attribution("direct", res.speaker, res.speaker_type, where, None, None, content, None,
                               res.flags + ("colon",))
    if (inverted := _inverted_intro(ctx, q, lo, cues)) is not None:
        return inverted
    # only cues that can end within eight words of the quote (the pattern below allows seven)
    before_cues = [c for c in cues_in(cues, max(lo, q.start - _WINDOW_SIZE), q.start) if c.end() <= q.start]
    fallback, need = None, ()
    for c in reversed(before_cues):
        if PASSIVE_AUX_RE.search(text, max(lo, c.start() - 40), c.start()):
            continue  # "the girls were granted “parole” status", "he was asked: “…”": the subject does not speak
        between = text[c.end():q.start]
        # up to seven words between, or ten after a preposition ("said in a statement released to The
        # Associated Press, “…”": the second piece of a quote the cue interrupted)
        most = 10 if re.match(r"\s+(?:in|on|at|to|during|after|from)\s", between) else 7
        if re.fullmatch(rf"(?:\s+[^\s.;!?“”\"]+){{0,{most}}}?\s*[:,]?\s*", between) and not re.search(r"\b(?:that|how|what|as)\b", between):
            src = subject_before(ctx, lo, c.start())
            punct = between.strip()[-1:] in (":", ",")
            participle = c.group().lower().endswith("ing")
            colon = between.strip().endswith(":")
            if src is not None and (punct or not between.strip()):
                return make_attribution(ctx, "direct", src, c, content, c.start())
            if src is None and participle and (punct or not between.strip()) and fallback is None:
                # the nearest cue is "…, writing:" or "…, saying “…”": it owns the quote, and the subject
                # of its sentence speaks (an earlier finite verb of that subject is not the cue)
                return make_attribution(ctx, "direct", clause_subject(ctx, cues, sent.start, c), c, content, c.start())
            if src is None and colon and punct and fallback is None:
                fallback, need = c, ()
            elif src is None and (punct or not between.strip()) and fallback is None:
                # "Mayor Ann Lee stood up and said, “…”": the subject of the first verb; "Then a man said, “…”", "When
                # someone comes up and says, ‘…’": a subject the patterns do not take; the parse's (cue_subject) or none
                fallback, need = c, ("conjoined",) if _CONJOINED_RE.search(text, lo, c.start()) else ("parse_subject",)
    if fallback is not None:  # no cue with its own subject: the sentence's subject speaks
        return make_attribution(ctx, "direct", None, fallback, content, fallback.start(), need)
    return _colon_paragraph(ctx, q, para, cues)


def _after_quote(ctx: Context, q: Any, para: Span, cues: list[re.Match[str]]) -> Attribution | None:
    """A cue after the quote: "…," X said / "…," said X / "…" — Name (a sign-off)."""
    text = ctx.layer.text
    content = (q.content_start, q.content_end)
    # the last character before any closing mark of a quotation nested at the end ("... notice this?'" says Pall)
    last = text[q.content_start:q.content_end].rstrip("'’\"”")[-1:]
    tail = text[q.end:min(para.end, q.end + 2 * _WINDOW_SIZE)]  # a cue after a quote is near it
    if _TITLE_BEFORE_RE.search(text, max(para.start, q.start - 12), q.start) and len(text[q.content_start:q.content_end].split()) <= 4:
        return None  # a title or a word quoted inside a clause, no statement: 'speaking on ABC News' "This Week," said
        # the Kuwaiti request gives ...' (FactBank WSJ900813-0157; "This Week," was a quote of "the Kuwaiti request")
    if last in ",?!—–-…" or tail.startswith(","):
        clause_end = q.end + len(_CLAUSE_TAIL_RE.match(tail).group())
        if q.end + len(tail) < para.end and clause_end == q.end + len(tail):
            clause_end = para.end  # the window ended inside the clause: keep the old bound
        after_cues = cues_in(cues, q.end, clause_end)
        if after_cues:
            c = after_cues[0]
            between = text[q.end:c.start()].strip(" ,")
            if not between:
                src = source_after(ctx, c.end(), clause_end + 1)
                if src is not None:
                    return make_attribution(ctx, "direct", src, c, content, c.start())
            elif len(between.split()) <= 14 and not re.search(r"\b(?:what|how|whether|why)\b[^,]*$", text[q.end:c.start()]):
                # "Joseph Zwilling, a spokesman for the Archdiocese of New York, said"; not a cue in an embedded question
                # after the quote ('"…," -- I forgot what the rest of it said --': the ad before the quote said it), one
                # with no comma between the wh-word and the cue (not "Smith, who is deciding whether to run, said")
                # "he was quoted as saying": the subject of the passive "quoted" is who spoke
                qa = _QUOTED_AS_RE.search(text, q.end, c.start())
                src = subject_before(ctx, q.end, qa.start() if qa else c.start())
                # the whole gap is a noun phrase: "a senior European diplomat said"
                dm = _GAP_NP_RE.fullmatch(text, q.end, c.start())
                if src is None and dm:
                    src = (dm.start(1), dm.end(1))
                if src is not None:
                    return make_attribution(ctx, "direct", src, c, content, c.start())
    dm = SIGN_OFF_RE.match(text, q.end, para.end)
    if dm and not any(dm.end() <= c.start() < para.end for c in cues):  # a clause after the dash, no sign-off
        src = source_after(ctx, dm.end(), para.end)
        if src is not None:
            speaker, stype, flags, span = resolve_source(ctx, src, src[0])
            return Attribution("direct", speaker, stype, span, dm.group(1), (dm.start(1), dm.end(1)), content,
                               "neutral", flags + ("sign_off",))
    return None


def _colon_paragraph(ctx: Context, q: Any, para: Span, cues: list[re.Match[str]]) -> Attribution | None:
    """A quotation opening its paragraph after a paragraph that ends in a colon: "Mayor Ann Lee said:" / "“…”".

    Or in a cue and a comma: "Rathbun stated," / "“…”" (GUM_news_defector).

    The cue is the last one of the colon's sentence with at most eight words before the colon
    ("tweeted using his @POTUS account:"), and its subject speaks (flag ``colon``).
    """
    text = ctx.layer.text
    paras = ctx.layer.paragraphs
    i = ctx.layer.paragraph_index(para.start)  # (cached starts: a list built per quotation was quadratic, helper-107)
    if i < 1 or text[para.start:q.start].strip():
        return None
    prev = paras[i - 1]
    head = text[prev.start:prev.end].rstrip()
    if not head.endswith((":", ",")):
        return None
    colon = prev.start + len(head) - 1
    sent = sentence_of(ctx, colon)
    for c in reversed(cues_in(cues, max(sent.start, prev.start), colon)):
        between = text[c.end():colon]
        if len(between.split()) > 8 or re.search(r"\b(?:that|how|what|as)\b|[.;!?“”\"]", between):
            continue
        if head.endswith(",") and between.strip():
            continue  # a comma introduces the quotation only right after the cue: "Rathbun stated,"
        src = subject_before(ctx, max(sent.start, prev.start), c.start())
        if src is not None or c.group().lower().endswith("ing"):
            a = make_attribution(ctx, "direct", src, c, (q.content_start, q.content_end), c.start())
            return replace(a, flags=a.flags + ("colon",))
    return None


def direct_quotes(ctx: Context, consumed: list[tuple[int, int]], cues: list[re.Match[str]], found: list[Attribution]) -> list[Attribution]:
    layer = ctx.layer
    text = layer.text
    out: list[Attribution] = []
    by_group: dict[int, Attribution] = {}
    pending: list[tuple[Any, Span]] = []
    paras = list(layer.paragraphs)
    found_sorted = sorted(found, key=lambda a: a.content_span[0])
    consumed = sorted(consumed)
    reach = []  # reach[i]: the largest end + 2 among consumed[:i + 1]
    for _, e in consumed:
        reach.append(max(e + 2, reach[-1]) if reach else e + 2)
    for q in layer.top_quotes:
        if not text[q.content_start:q.content_end].strip():
            continue  # an empty quotation (a lone mark at a paragraph end) attributes nothing
        i = bisect.bisect_right(consumed, (q.start, float("inf"))) - 1
        if i >= 0 and q.end <= reach[i]:
            continue  # inside the content of a mixed attribution
        pi = layer.paragraph_index(q.start)
        if pi < 0:
            continue
        para = paras[pi]
        a = _direct_one(ctx, q, para, cues)
        if a is not None:
            out.append(a)
            by_group.setdefault(q.group, a)
        else:
            pending.append((q, para))
    # pieces without a cue of their own, in text order (rule 4)
    attributed = sorted(out + found_sorted, key=lambda a: a.content_span[0])
    starts = [a.content_span[0] for a in attributed]
    for q, para in pending:
        content = (q.content_start, q.content_end)
        base = by_group.get(q.group)
        flag = "continued"
        if base is None:
            i = bisect.bisect_left(starts, q.start) - 1
            if i < 0:
                continue
            prev = attributed[i]
            pi = layer.paragraph_index(q.start)
            prev_pi = layer.paragraph_index(prev.content_span[0])
            opens_para = not text[para.start:q.start].strip()
            if prev_pi == pi and re.fullmatch(r"[^.!?]*[.!?]\s*", text[(prev.cue_span or prev.content_span)[1]:q.start] or "."):
                flag = "split"
            elif prev_pi == pi and re.fullmatch(r"[\"”’']?\s*:\s*", text[prev.content_span[1]:q.start]):
                flag = "colon"  # 'told Sky News any process "must be well thought out": "Moves ...': the same speaker goes on
            elif opens_para and prev_pi == pi - 1 and (prev.kind in ("direct", "mixed") or prev.kind == "indirect" and prev.cue
                                                       and ctx.verbs.classes.get(ctx.verbs.lemma_of(prev.cue, prev.cue) or "") == "statement"):
                flag = "inherited"  # the quotation after '... said X.' or after 'Howard said the Queen is ...' goes on in its voice
            else:
                continue
            base = prev
        a = replace(base, kind="direct", cue=None, cue_span=None, content_span=content, verb_stance=None,
                    flags=tuple(f for f in base.flags if f not in ("continued", "split", "inherited", flag)) + (flag,))
        out.append(a)
        by_group.setdefault(q.group, a)
        attributed.insert(bisect.bisect_left(starts, q.start), a)
        starts.insert(bisect.bisect_left(starts, q.start), q.start)
    return _join_carried(layer, out)


def _join_carried(layer: Any, found: list[Attribution]) -> list[Attribution]:
    """One attribution for a quotation wrapped over two lines (a piece with no opening mark of its own).

    ``"Unisys is getting clobbered.⏎Just clobbered," said Ulric Weil``: the text layer reads one
    quotation in two pieces (:mod:`framing.text.quotes`, rule 4); its words are one statement,
    with the cue of whichever piece has one.
    """
    if not any(q.carried for q in layer.top_quotes):
        return found
    out: list[Attribution] = []
    for a in sorted(found, key=lambda a: a.content_span[0]):
        q = layer.quote_at(a.content_span[0])
        prev = out[-1] if out else None
        if q is not None and q.carried and a.content_span[0] == q.start and prev is not None \
                and (pq := layer.quote_at(prev.content_span[0])) is not None and pq.group == q.group and prev.kind == "direct":
            main = prev if prev.cue_span is not None or a.cue_span is None else a
            out[-1] = replace(main, content_span=(prev.content_span[0], a.content_span[1]),
                              flags=tuple(f for f in main.flags if f != "continued"))
            continue
        out.append(a)
    return out


def mixed_quotes(ctx: Context, found: list[Attribution]) -> tuple[list[Attribution], list[tuple[int, int]]]:
    """Reported speech with a quotation inside its content becomes ``mixed``; also returns the contents that hold quotes.

    A quotation opening inside the content (or right at its end, in its sentence) is part of it
    ("said the plan was “a disaster”"). When that quotation is wrapped onto the next line (a
    piece with no mark of its own follows it), the content runs to that piece's end: "said the
    budget was “a⏎cruel joke” that would hurt the poor" is one mixed attribution.
    """
    layer = ctx.layer
    text = layer.text
    tops = layer.top_quotes
    qstarts = [q.start for q in tops]
    mixed: list[Attribution] = []
    consumed: list[tuple[int, int]] = []
    for a in found:
        s, e = a.content_span
        i = bisect.bisect_left(qstarts, s)
        j = bisect.bisect_left(qstarts, min(e + 2, sentence_of(ctx, s).end), lo=i)
        inside = [q for q in tops[i:j] if "\n" not in text[e:q.start]]
        if inside and a.kind == "indirect":
            e2 = max(e, max(q.end for q in inside))
            if j < len(tops) and tops[j].carried and tops[j].group == inside[-1].group:
                e2 = max(e2, tops[j].end)  # the quotation goes on, wrapped onto the next line
            a = replace(a, kind="mixed", content_span=(s, e2))
        if inside:
            consumed.append(a.content_span)
        mixed.append(a)
    return mixed, consumed


def block_quotations(ctx: Context, cues: list[re.Match[str]], found: list[Attribution]) -> list[Attribution]:
    """A paragraph quoted without marks after a reporting clause that ends in a colon, as one direct attribution.

    "In a statement, the Church denied these allegations:" then "She certainly wasn't forced
    ...": the paragraph (up to a sentence with a cue of its own; :func:`framing.text.voices.block_quotes`,
    which the voice split already reads as quoted) is the words of the colon sentence's speaker:
    the source of the attribution whose cue is in that sentence (which keeps its cue; the block has
    none), or, with none ("The New York Times said in an editorial on Monday:"), the cue alone with
    flag ``subject``, for the parse to give its subject. Flag ``block``.
    """
    layer = ctx.layer
    marks = [{"cue_span": m.span()} for m in cues] + [{"cue_span": a.cue_span} for a in found if a.cue_span]
    out: list[Attribution] = []
    for s, e in block_quotes(layer, marks):
        pi = layer.paragraph_index(s)
        if pi <= 0:
            continue
        colon = layer.paragraphs[pi - 1]
        k = layer.sentence_index(colon.end - 1)
        lo = max(colon.start, layer.sentences[k].start) if k >= 0 else colon.start
        base = [a for a in found if a.cue_span and lo <= a.cue_span[0] < colon.end and a.kind != "according_to"]
        if base:
            b = base[-1]
            # the cue stays the reporting clause's own (counted once); the block is its speaker's words
            out.append(replace(b, kind="direct", cue=None, cue_span=None, verb_stance=None, content_span=(s, e),
                               flags=tuple(b.flags) + ("block",), cue_class=None))
            continue
        m = next((m for m in reversed(cues) if lo <= m.start() < colon.end), None)
        if m is not None:
            stance = ctx.verbs.forms.get(m.group().lower(), ("", "neutral"))[1]
            out.append(Attribution("direct", None, "unnamed", None, m.group(), m.span(), (s, e), stance, ("subject", "block")))
    return out


# the words a parenthetical source and cue interrupt: one clause opening the sentence, up to its comma
_PIECE_RE = re.compile(r"[\s“”\"]*([^\s,;:“”\"][^,;:“”\"]*?)\s*,\s*")


def parenthetical_pieces(ctx: Context, syntax: Any, found: list[Attribution]) -> list[Attribution]:
    """Reported speech its source and cue interrupt makes two records, as an interrupted quotation does.

    "Institutional recipients, said Mauer, are required to exhibit ...": the content after the cue
    is the attribution's; the words before it, from the sentence start to the comma, are a second
    record with the same speaker and no cue (flag ``split``), so the cue counts once. Only when those
    words are the subject of the clause the cue interrupts, by the parse (a noun phrase with no verb:
    not "Last week, the minister said, ...", "Of course, he said, ...", nor "Smith said that the plan,
    Jones said, was dead"), outside quotation marks and another record's content.
    """
    text = ctx.layer.text
    out = list(found)
    for a in found:
        if a.kind != "indirect" or a.cue_span is None or a.source_span is None:
            continue
        lo, hi = min(a.source_span[0], a.cue_span[0]), max(a.source_span[1], a.cue_span[1])
        sent = sentence_of(ctx, lo)
        m = _PIECE_RE.fullmatch(text, sent.start, lo) if lo - sent.start <= _WINDOW_SIZE else None  # (a subject piece is short)
        if m is None or a.content_span[0] < hi or not re.match(r"\s*,", text[hi:a.content_span[0]]) \
                or ctx.layer.quote_at(m.start(1)) is not None or not _subject_piece(ctx, syntax, m.span(1), a) \
                or any(b.content_span[0] <= m.start(1) < b.content_span[1] for b in found):
            continue
        out.append(replace(a, cue=None, cue_span=None, verb_stance=None, content_span=m.span(1), flags=a.flags + ("split",)))
    return sorted(out, key=lambda x: (x.content_span[0], x.content_span[1]))


def _subject_piece(ctx: Context, syntax: Any, span: tuple[int, int], a: Attribution) -> bool:
    """Whether ``span`` is a noun phrase, with no verb or dash, that the parse makes a subject of ``a``'s cue or
    content, while the content has no subject of its own (not "Ladies and gentlemen, he said, the show is over")."""
    k = ctx.layer.sentence_index(span[0])
    if k < 0 or re.search(r"--|[—–]", ctx.layer.text[span[0]:span[1]]):
        return False  # "GAZA CITY -- Israeli troops": a dateline
    ps = syntax.sentence(k)
    (c0, c1), cue = a.content_span, a.cue_span or (0, 0)
    toks = [t for t in ps.tokens if span[0] <= t.start < span[1]]
    heads = [t for t in toks if not span[0] <= ps.tokens[t.head].start < span[1] or t.head == t.i]
    if len(toks) < 2 or len(heads) != 1 or heads[0].dep not in ("nsubj", "nsubj:pass", "csubj") \
            or heads[0].pos not in ("NOUN", "PROPN", "PRON") or any(t.pos in ("VERB", "AUX", "SCONJ") for t in toks) \
            or not (c0 <= ps.tokens[heads[0].head].start < c1 or cue[0] <= ps.tokens[heads[0].head].start < cue[1]):
        return False
    tops = [t.i for t in ps.tokens if c0 <= t.start < c1 and not c0 <= ps.tokens[t.head].start < c1]
    return not any(ps.tokens[c].dep in ("nsubj", "nsubj:pass", "expl") and c0 <= ps.tokens[c].start < c1
                   for v in tops for c in ps.children(v))
