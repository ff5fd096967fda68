"""Source attribution: who is given a voice in an article, and how.

Each :class:`Attribution` has the three spans of the PARC annotation scheme for
news attribution (Pareti 2016, "PARC 3.0: A corpus of attribution relations"):
*source* (the speaker mention), *cue* (the reporting verb or phrase) and
*content* (what is attributed), plus the ``kind``, the canonical ``speaker``
(:mod:`framing.speakers`), its ``speaker_type`` and the cue's ``verb_stance``
from ``reporting_verbs.csv``.

Rules, applied over the :class:`~framing.text.TextLayer` (regexes per sentence,
no models):

1. **Reported speech** (kind ``indirect``): a reporting verb outside quotation
   marks with a subject (a name, *he/she*, a role or organisation; a participle
   such as *insisting* or *writing* takes the subject of its sentence) and a
   complement: ``that``/``how``/``what``/``whether`` within eight words
   ("acknowledged in a legal filing that ..."), a clause with its own subject
   ("claiming they have been ..."), or ``, X said.`` / ``, X reports.`` closing
   the sentence. The content runs to the end of the sentence or to the next
   ``, <cue>`` inside it. If quotation marks open within four words of the
   verb or inside the content, the kind is ``mixed`` (reported speech with a
   partial quote).
2. **according to X** and **X reports** give kind ``according_to``.
   *reportedly* with no named source gives ``according_to`` with speaker
   ``None``, type ``unnamed`` and flag ``unsourced`` (so unsourced claims are
   counted, not dropped).
3. **Direct quotes** (each top-level quotation region not inside a reported
   content): a cue after the quote in the same paragraph (``"…," X said`` /
   ``"…," said X``, the quote ending in ``, ? ! —``), a dash sign-off
   (``"…" — Name``), or a cue before it (``X said: "…"``, ``X said "…"``,
   ``X wrote in part: "…"``, ``…, writing: "…"``, ``Writing: "…"``).
4. **Quotes without a cue of their own**: the other pieces of a quote that
   runs over several paragraphs (``layer.quotes`` ``group``) get the speaker
   (flag ``continued``); a quote right after an attributed quote in the same
   paragraph (``"…," he said. "…"``) gets flag ``split``; a paragraph that opens
   with a quote and follows a paragraph with an attribution inherits its
   speaker (flag ``inherited``). Any other quote (scare quotes, titles) is not
   an attribution.

``cue``, ``cue_span`` and ``verb_stance`` are ``None`` when the attribution has
no cue of its own (continued, split, inherited).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from .lexicon import packaged_lexicon_path, read_lexicon_rows
from .speakers import PRONOUNS, RoleLexicon, SpeakerRegistry, load_roles
from .spans import Span
from .text import TextLayer, count_words, text_layer

__all__ = ["Attribution", "VerbLexicon", "attributions", "score_attributions", "load_reporting_verbs",
           "STANCES", "KINDS"]

STANCES = ("neutral", "distancing", "endorsing", "conceding", "emotive", "directive")
KINDS = ("direct", "indirect", "according_to", "mixed")


@dataclass(frozen=True, slots=True)
class Attribution:
    """One attributed statement. Offsets are into the original article text.

    Examples
    --------
    >>> a = attributions("“We will appeal,” said Mayor Ann Lee.")[0]
    >>> a.to_dict()["speaker"], a.to_dict()["cue"], a.verb_stance
    ('Ann Lee', 'said', 'neutral')
    """

    kind: str
    speaker: str | None
    speaker_type: str
    source_span: tuple[int, int] | None
    cue: str | None
    cue_span: tuple[int, int] | None
    content_span: tuple[int, int]
    verb_stance: str | None
    flags: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """The JSON object written under ``"attributions"``."""
        return {"kind": self.kind, "speaker": self.speaker, "speaker_type": self.speaker_type,
                "source_span": list(self.source_span) if self.source_span else None, "cue": self.cue,
                "cue_span": list(self.cue_span) if self.cue_span else None,
                "content_span": list(self.content_span), "verb_stance": self.verb_stance, "flags": list(self.flags)}


# -- the reporting-verb lexicon -------------------------------------------------------

def _inflect(lemma: str) -> set[str]:
    head, _, rest = lemma.partition(" ")
    tail = f" {rest}" if rest else ""
    if head.endswith("e"):
        forms = {head, head + "s", head + "d", head[:-1] + "ing"}
    elif head.endswith("y") and head[-2:-1] not in "aeiou":
        forms = {head, head[:-1] + "ies", head[:-1] + "ied", head + "ing"}
    elif head.endswith(("s", "sh", "ch", "x", "z")):
        forms = {head, head + "es", head + "ed", head + "ing"}
    else:
        forms = {head, head + "s", head + "ed", head + "ing"}
    return {f + tail for f in forms}


class VerbLexicon:
    """Compiled reporting verbs: every form -> (lemma, stance). Build with :func:`load_reporting_verbs`."""

    def __init__(self, entries: dict[str, tuple[str, str]], name: str = "<verbs>") -> None:
        self.forms = entries
        self.name = name
        alts = sorted(entries, key=len, reverse=True)
        self.regex = re.compile(r"\b(?:" + "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in alts) + r")\b", re.I)

    def lookup(self, form: str) -> tuple[str, str]:
        return self.forms[" ".join(form.lower().split())]


@lru_cache(maxsize=8)
def _load_verbs_cached(path: str) -> VerbLexicon:
    rows = read_lexicon_rows(path, kind="reporting_verbs", required=["verb", "stance"], categories=STANCES,
                             category_column="stance")
    entries: dict[str, tuple[str, str]] = {}
    for r in rows:
        lemma = r["verb"].lower()
        forms = _inflect(lemma) | {f.strip().lower() for f in r.values.get("forms", "").split(";") if f.strip()}
        for f in forms:
            entries.setdefault(f, (lemma, r["stance"]))
    return VerbLexicon(entries, path)


def load_reporting_verbs(path: str | Path | None = None) -> VerbLexicon:
    """Load the reporting-verb lexicon (default: the packaged ``reporting_verbs.csv``), cached per path.

    Examples
    --------
    >>> v = load_reporting_verbs()
    >>> v.lookup("admitted"), v.lookup("says"), v.lookup("pointed out")
    (('admit', 'conceding'), ('say', 'neutral'), ('point out', 'endorsing'))
    """
    if isinstance(path, VerbLexicon):
        return path
    if path is not None and not isinstance(path, (str, Path)):
        raise TypeError(f"verbs must be a path to a reporting-verb CSV file or a VerbLexicon, not {type(path).__name__}")
    return _load_verbs_cached(str(path or packaged_lexicon_path("reporting_verbs.csv")))


# -- helpers ----------------------------------------------------------------------------
_SKIP = frozenset("""has have had also further then later previously strongly repeatedly once again
however meanwhile had been is was were are will would could may might already even often publicly
recently reportedly subsequently initially first last quickly""".split())
_LEAD_CAPS = frozenset("""after before despite upon meanwhile however now on in at by while when but and
so yet later also then""".split())
_DET = frozenset({"the", "a", "an", "this", "that", "these", "those", "his", "her", "their", "its", "our"})
_MOD = frozenset("""senior former acting top deputy chief high-ranking then current assistant associate
federal local veteran longtime field office""".split())
_COMP_RE = re.compile(r"(?P<mid>(?:\s+[^\s.;:!?,“”\"‘]+){0,8}?)\s+(?P<comp>that|how|whether|why|what)\b")
_OBJ_COMP_RE = re.compile(r"\s+(?P<obj>(?:for\s+)?(?:[^\s;:!?,“”\"]+\s+){0,3}?[^\s;:!?,“”\"]+)\s+(?P<link>to|of)\s+[a-z]+(?<=\w)")
_PASSIVE_BY_RE = re.compile(r"\s+by\s+(?P<src>[^\s.;:!?,]+(?:\s+[^\s.;:!?,]+){0,3}?)(?=\s+that\b)")
_CLAUSE_RE = re.compile(r"\s+(?:they|he|she|it|we|I|the\s+\w+|[A-Z]\w+)\s+(?:\w+\s+){0,2}?"
                        r"(?:is|are|was|were|has|have|had|will|would|could|can|may|might|should|must|did|do|does)\b")
_QUOTE_SOON_RE = re.compile(r"(?:\s+[^\s.;:!?,“”\"‘]+){1,4}?\s+[“‘\"']")
_OPEN = "“‘\"'«‹„‚"
_WORD_RE = re.compile(r"\(?[^\W_][\w’'.\-]*\)?|,")
_PAST_TO_PRONOUN = re.compile(r"\b(?:he|she|He|She)\b")


@dataclass
class _Ctx:
    layer: TextLayer
    verbs: VerbLexicon
    roles: RoleLexicon
    reg: SpeakerRegistry
    sent_starts: list[int]


def _sentence(ctx: _Ctx, offset: int) -> Span:
    i = max(bisect.bisect_right(ctx.sent_starts, offset) - 1, 0)
    return ctx.layer.sentences[i]


def _paragraph(layer: TextLayer, offset: int) -> Span | None:
    for p in layer.paragraphs:
        if p.start <= offset < p.end:
            return p
    return None


def _subject_before(ctx: _Ctx, lo: int, cue_start: int) -> tuple[int, int] | None:
    """The source mention ending right before a cue (skipping adverbs/auxiliaries), as a span."""
    text = ctx.layer.text
    if re.match(r"\w+ing\b", text[cue_start:cue_start + 40], re.I) and re.search(
            r"(?:,|\bby|\band|^)\s*$", text[lo:cue_start]):
        return None  # "…, writing:" / "by arguing": the participle's subject is the sentence's
    toks = [(m.start(), m.end()) for m in _WORD_RE.finditer(text, lo, cue_start)]
    k = len(toks)
    while k > 0 and (text[toks[k - 1][0]:toks[k - 1][1]].lower() in _SKIP or text[toks[k - 1][0]:toks[k - 1][1]] == ","
                     or text[toks[k - 1][0]:toks[k - 1][1]].isdigit()
                     or text[toks[k - 1][0]:toks[k - 1][1]].lower().endswith("ly") and text[toks[k - 1][0]].islower()):
        k -= 1
    if k == 0:
        return None
    last = text[toks[k - 1][0]:toks[k - 1][1]]
    if last.lower() in PRONOUNS or last.lower() in ("they", "i", "we"):
        return toks[k - 1]
    end = toks[k - 1][1]
    j = k
    while j > 0:
        t = text[toks[j - 1][0]:toks[j - 1][1]]
        tl = t.lower().strip("()")
        if t == ",":
            break
        if t[0].isupper() or t[0] == "(" or ctx.roles.is_title_word(t) or tl in _MOD or tl in ("of", "and", "de", "from") and j < k:
            j -= 1
            continue
        if tl in _DET or tl in ctx.roles.group_words:
            j -= 1
            if tl in _DET:
                break
            continue
        break
    if j == k:
        return _initial_np(ctx, lo, cue_start)
    while j < k and (text[toks[j][0]:toks[j][1]].lower() in ("of", "and", "de", "from")
                     or text[toks[j][0]:toks[j][1]].lower() in _LEAD_CAPS):
        j += 1
    if re.search(r"[’']s?$", last) and not last.lower().endswith("ss"):
        return None  # a possessive ("the judge’s order") is not a speaker
    if j == k:
        return None
    span = (toks[j][0], end)
    words = text[span[0]:span[1]]
    if not (any(w[0].isupper() for w in words.split()) or ctx.roles.find(words)):
        return _initial_np(ctx, lo, cue_start)
    if len(words.split()) == 1 and words[0].isupper() and words.lower() in (
            "the", "a", "posting", "writing", "sharing", "despite", "after", "upon", "meanwhile", "however"):
        return None
    return span


def _initial_np(ctx: _Ctx, lo: int, cue_start: int) -> tuple[int, int] | None:
    """A clause-initial noun phrase naming a role or group ("Two officials familiar with the talks said")."""
    text = ctx.layer.text
    sent = _sentence(ctx, cue_start)
    head = text[sent.start:cue_start]
    m = re.match(r"\s*((?:[^\s,;:.!?“”\"]+\s+){0,7}?[^\s,;:.!?“”\"]+)\s*(?:,[^,]*,\s*)?$", head)
    if not m or not ctx.roles.find(m.group(1)) or m.group(1).split()[0].lower() in _LEAD_CAPS \
            or ctx.verbs.regex.search(m.group(1)):
        return None
    if any(w.lower() in _SKIP and w.lower() not in ("however", "meanwhile") for w in m.group(1).split()):
        return None
    return (sent.start + m.start(1), sent.start + m.end(1))


def _source_after(ctx: _Ctx, start: int, hi: int) -> tuple[int, int] | None:
    """The source mention right after an inverted cue ("said White House Press Secretary X")."""
    text = ctx.layer.text
    m = re.compile(r"\s*(?P<src>[^,.;:!?\n“”\"]{1,100}?)(?=\s*(?:[,.;:!?]|\s(?:as|in|on|at|after|before|when|who|while)\s|$))").match(text, start, hi)
    if not m:
        return None
    src = m.group("src")
    if len(src.split()) > 10 or not (any(w[0].isupper() for w in src.split()) or ctx.roles.find(src)
                                      or re.fullmatch(r"(?:the|a|an)(?:\s+[a-z][a-z-]*){1,4}", src)):
        return None
    return (m.start("src"), m.end("src"))


def _resolve(ctx: _Ctx, span: tuple[int, int] | None, fallback_at: int) -> tuple[str | None, str, tuple[str, ...], tuple[int, int] | None]:
    """Speaker, type, flags and source span for a mention span (or the sentence subject when None)."""
    if span is None:
        who, where = ctx.reg.subject_mention(fallback_at)
        if who is None:
            return None, "other", ("unresolved",), None
        res = ctx.reg.resolve(who, fallback_at)
        keep = tuple(f for f in res.flags if f.startswith("country") or f in ("domestic", "foreign"))
        return res.speaker, res.speaker_type, ("subject",) + keep, where
    res = ctx.reg.resolve(ctx.layer.text[span[0]:span[1]], span[0])
    if res.speaker and res.speaker in ctx.reg.people:
        ctx.reg.note(res.speaker, span[0], span[1])
    return res.speaker, res.speaker_type, res.flags, span


def _clause_end(ctx: _Ctx, start: int, sent: Span, cues: Sequence[re.Match[str]]) -> int:
    text = ctx.layer.text
    end = sent.end
    for c in cues:
        if c.start() > start and (text[c.start():c.end()].lower().endswith("ing") or text.find(",", start, c.start()) > 0):
            comma = text.rfind(",", start, c.start())
            if comma > start and (c.group().lower().endswith("ing") or len(text[comma:c.start()].split()) <= 4):
                end = comma
                break
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".;:,"):
        end -= 1
    return end


def _make(ctx: _Ctx, kind: str, src: tuple[int, int] | None, cue: re.Match[str] | None,
          content: tuple[int, int], at: int, extra: tuple[str, ...] = ()) -> Attribution:
    speaker, stype, flags, span = _resolve(ctx, src, at)
    stance = ctx.verbs.lookup(cue.group())[1] if cue is not None else None
    return Attribution(kind, speaker, stype, span, cue.group() if cue else None,
                       (cue.start(), cue.end()) if cue else None, content, stance, tuple(flags) + extra)


# -- the rules --------------------------------------------------------------------------

def _reported(ctx: _Ctx, cues_by_sent: dict[int, list[re.Match[str]]]) -> list[Attribution]:
    text = ctx.layer.text
    out: list[Attribution] = []
    for si, cues in cues_by_sent.items():
        sent = ctx.layer.sentences[si]
        for c in cues:
            lemma = ctx.verbs.lookup(c.group())[0]
            after = text[c.end():sent.end]
            pre_end = text[sent.start:c.start()]
            src = _subject_before(ctx, sent.start, c.start())
            participle = c.group().lower().endswith("ing") or re.search(r"\b(?:to|by)\s*$", pre_end) is not None
            after_start = c.end()
            if re.search(r"\b(?:was|were|been|being|is|are)\s+$", pre_end):
                pm = _PASSIVE_BY_RE.match(text, c.end(), sent.end)
                if pm is None:
                    continue
                src, participle, after_start = (pm.start("src"), pm.end("src")), False, pm.end("src")
            content: tuple[int, int] | None = None
            kind = "indirect"
            if re.match(r"\s*[.;!?]?\s*$", after) and re.search(r",\s*[^,]{1,80}$", pre_end) and src is not None:
                comma = text.rfind(",", sent.start, src[0])
                if comma > sent.start and text[comma - 1] not in "”’\"'" and re.fullmatch(r",\s*", text[comma:src[0]]):
                    content = (sent.start, comma)
                    kind = "according_to" if lemma == "report" else "indirect"
            elif src is None and not participle:
                continue
            elif (m := _COMP_RE.match(text, after_start, sent.end)) is not None and not any(
                    c.end() < c2.start() < m.start("comp") for c2 in cues):
                cs = m.end() + 1 if m.group("comp") == "that" else m.start("comp")
                content = (cs, _clause_end(ctx, cs, sent, cues))
            elif (m := _OBJ_COMP_RE.match(text, after_start, sent.end)) is not None and (
                    ctx.verbs.lookup(c.group())[1] == "directive" and m.group("link") != "of"
                    or m.group("link") == "of" and re.match(r"(?:the\s+)?[A-Z]|him\b|her\b|them\b", m.group("obj"))):
                cs = m.start("obj")
                content = (cs, _clause_end(ctx, cs, sent, cues))
            elif (m := _CLAUSE_RE.match(text, c.end(), sent.end)) is not None or (
                    m := _QUOTE_SOON_RE.match(text, c.end(), sent.end)) is not None:
                cs = m.start() + len(m.group()) - len(m.group().lstrip())
                if text.startswith("as ", cs):
                    cs += 3
                content = (cs, _clause_end(ctx, cs, sent, cues))
            if content is None or content[1] <= content[0]:
                continue
            if re.match(r"(?:what|how)\b", text[content[0]:content[1]]) and any(
                    content[0] <= c2.start() and len(text[content[0]:c2.start()].split()) <= 3 for c2 in cues if c2 is not c):
                continue  # "condemning what he described as ...": the inner cue owns the content
            if src is None and participle:
                pass
            if lemma == "report" and src is None:
                continue
            out.append(_make(ctx, kind, src, c, content, c.start()))
    return out


_ACCORDING_RE = re.compile(r"\b[Aa]ccording to\s+")
_REPORTEDLY_RE = re.compile(r"\breportedly\b")


def _according(ctx: _Ctx) -> list[Attribution]:
    text = ctx.layer.text
    out: list[Attribution] = []
    for sent in ctx.layer.sentences:
        for m in _ACCORDING_RE.finditer(text, sent.start, sent.end):
            if ctx.layer.quote_at(m.start()) is not None:
                continue
            sm = re.compile(r"[^,.;:!?]{1,80}").match(text, m.end(), sent.end)
            if not sm:
                continue
            src = (sm.start(), sm.end())
            before = text[sent.start:m.start()].rstrip(" ,")
            if len(before.split()) >= 3:
                content = (sent.start, sent.start + len(before))
            else:
                cs = sm.end() + 1
                while cs < sent.end and text[cs].isspace():
                    cs += 1
                content = (cs, _clause_end(ctx, cs, sent, ()))
            if content[1] <= content[0]:
                continue
            cue = _ACCORDING_RE.match(text, m.start())
            a = _make(ctx, "according_to", src, None, content, m.start())
            out.append(Attribution(a.kind, a.speaker, a.speaker_type, a.source_span, text[m.start():m.start() + 12],
                                   (m.start(), m.start() + len("according to")), content, "neutral", a.flags))
            del cue
        for m in _REPORTEDLY_RE.finditer(text, sent.start, sent.end):
            if ctx.layer.quote_at(m.start()) is not None:
                continue
            cs = m.end() + 1
            ce = text.find(",", cs, sent.end)
            ce = _clause_end(ctx, cs, sent, ()) if ce < 0 else ce
            if ce > cs:
                out.append(Attribution("according_to", None, "unnamed", None, "reportedly", (m.start(), m.end()),
                                       (cs, ce), "distancing", ("unsourced",)))
    return out


def _direct_one(ctx: _Ctx, q: Any, para: Span, cues: list[re.Match[str]]) -> Attribution | None:
    """A cue after or before a top-level quote (rule 3)."""
    text = ctx.layer.text
    content = (q.content_start, q.content_end)
    last = text[q.content_end - 1] if q.content_end > q.content_start else ""
    tail = text[q.end:para.end]
    # after: "…," X said / "…," said X / "…" — Name
    if last in ",?!—–-…" or tail.startswith(","):
        clause_end = q.end + len(re.match(r"[^.;!?:“”\"‘]*", tail).group())
        after_cues = [c for c in cues if q.end <= c.start() < clause_end]
        if after_cues:
            c = after_cues[0]
            between = text[q.end:c.start()].strip(" ,")
            if not between:
                src = _source_after(ctx, c.end(), clause_end + 1)
                if src is not None:
                    return _make(ctx, "direct", src, c, content, c.start())
            elif len(between.split()) <= 9:
                src = _subject_before(ctx, q.end, c.start())
                dm = re.compile(r"[,\s]*((?:the|a|an)(?:\s+[a-z][a-z-]*){1,4})\s*").fullmatch(text, q.end, c.start())
                if src is None and dm:
                    src = (dm.start(1), dm.end(1))
                if src is not None:
                    return _make(ctx, "direct", src, c, content, c.start())
    dm = re.compile(r"\s*([—–]|--?)\s*(?=[A-Z])").match(text, q.end, para.end)
    if dm:
        src = _source_after(ctx, dm.end(), para.end)
        if src is not None:
            speaker, stype, flags, span = _resolve(ctx, src, src[0])
            return Attribution("direct", speaker, stype, span, dm.group(1), (dm.start(1), dm.end(1)), content,
                               "neutral", flags + ("sign_off",))
    # before: X said: "…" / X wrote in part: "…" / …, writing: "…" / Writing: "…"
    sent = _sentence(ctx, q.start)
    lo = max(sent.start, para.start)
    nm = re.compile(r"\s*((?:[^\s:.;,!?“”\"]+\s+){0,6}[A-Z][^\s:.;,!?“”\"]*)\s*:\s*").fullmatch(text, lo, q.start)
    if nm and not any(lo <= c.start() < q.start for c in cues):
        speaker, stype, flags, span = _resolve(ctx, (nm.start(1), nm.end(1)), nm.start(1))
        if speaker is not None and "surname_only" not in flags:
            return Attribution("direct", speaker, stype, span, None, None, content, None, flags + ("colon",))
    before_cues = [c for c in cues if lo <= c.start() and c.end() <= q.start]
    fallback = None
    for c in reversed(before_cues):
        between = text[c.end():q.start]
        if re.fullmatch(r"(?:\s+[^\s.;!?“”\"]+){0,7}?\s*[:,]?\s*", between) and not re.search(r"\b(?:that|how|what|as)\b", between):
            src = _subject_before(ctx, lo, c.start())
            punct = between.strip()[-1:] in (":", ",")
            participle = c.group().lower().endswith("ing")
            colon = between.strip().endswith(":")
            if src is not None and (punct or not between.strip()):
                return _make(ctx, "direct", src, c, content, c.start())
            if src is None and participle and punct and fallback is None:
                # the nearest cue is "…, writing:": it owns the quote, and the subject of
                # its sentence speaks (an earlier finite verb of that subject is not the cue)
                return _make(ctx, "direct", None, c, content, c.start())
            if src is None and colon and punct and fallback is None:
                fallback = c
    if fallback is not None:  # no cue with its own subject: the sentence's subject speaks
        return _make(ctx, "direct", None, fallback, content, fallback.start())
    return None


def _direct(ctx: _Ctx, consumed: list[tuple[int, int]], cues: list[re.Match[str]], found: list[Attribution]) -> list[Attribution]:
    layer = ctx.layer
    text = layer.text
    out: list[Attribution] = []
    by_group: dict[int, Attribution] = {}
    pending: list[tuple[Any, Span]] = []
    prev: Attribution | None = None
    prev_para: int = -1
    para_index = {p.start: i for i, p in enumerate(layer.paragraphs)}
    paras = list(layer.paragraphs)
    para_starts = [p.start for p in paras]
    found_sorted = sorted(found, key=lambda a: a.content_span[0])
    for q in layer.top_quotes:
        if any(s <= q.start and q.end <= e + 2 for s, e in consumed):
            continue
        pi = bisect.bisect_right(para_starts, q.start) - 1
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
            pi = bisect.bisect_right(para_starts, q.start) - 1
            prev_pi = bisect.bisect_right(para_starts, prev.content_span[0]) - 1
            opens_para = not text[para.start:q.start].strip()
            if prev_pi == pi and re.fullmatch(r"[^.!?]*[.!?]\s*", text[(prev.cue_span or prev.content_span)[1]:q.start] or "."):
                flag = "split"
            elif opens_para and prev_pi == pi - 1 and prev.kind in ("direct", "mixed"):
                flag = "inherited"
            else:
                continue
            base = prev
        a = Attribution("direct", base.speaker, base.speaker_type, base.source_span, None, None, content, None,
                        tuple(f for f in base.flags if f not in ("continued", "split", "inherited")) + (flag,))
        out.append(a)
        by_group.setdefault(q.group, a)
        attributed.insert(bisect.bisect_left(starts, q.start), a)
        starts.insert(bisect.bisect_left(starts, q.start), q.start)
    del para_index, prev_para
    return out


def _preregister(ctx: _Ctx, cues: list[re.Match[str]]) -> None:
    """Register full names that are the subject or inverted source of a cue, so earlier surnames resolve."""
    text = ctx.layer.text
    new = False
    for c in cues:
        sent = _sentence(ctx, c.start())
        for span in (_subject_before(ctx, sent.start, c.start()), _source_after(ctx, c.end(), sent.end)):
            if span is None:
                continue
            names = ctx.reg._name_seqs(text[span[0]:span[1]])
            if names and len(names[-1].split()) >= 2 and ctx.reg.resolve_name(names[-1]) is None:
                ctx.reg.register(names[-1], text[span[0]:span[1]])
                new = True
    if new:
        ctx.reg._mentions()


def attributions(text_or_layer: str | TextLayer, *, verbs: VerbLexicon | str | Path | None = None,
                 roles: RoleLexicon | str | Path | None = None, home_country: str | None = None) -> list[Attribution]:
    """Find the attributed statements of one article.

    Parameters
    ----------
    text_or_layer : str or TextLayer
        One article's text, or its text layer.
    verbs : path or VerbLexicon, optional
        Reporting-verb lexicon (default: packaged ``reporting_verbs.csv``).
    roles : path or RoleLexicon, optional
        Role lexicon (default: packaged ``roles.csv``).
    home_country : str, optional
        The outlet's own country (a ``canonical`` country of ``roles.csv``, e.g.
        ``"United States"``): government speakers whose title names a country
        get the flag ``domestic`` or ``foreign``.

    Returns
    -------
    list of Attribution
        Sorted by the start of the content span.

    Examples
    --------
    >>> t = "“It is over,” said Judge Ann Lee. Officials said the plan had failed."
    >>> [(a.kind, a.speaker, a.speaker_type, t[slice(*a.content_span)]) for a in attributions(t)]
    [('direct', 'Ann Lee', 'judiciary', 'It is over,'), ('indirect', None, 'unnamed', 'the plan had failed')]
    """
    if isinstance(text_or_layer, str):
        layer = text_layer(text_or_layer)
    elif isinstance(text_or_layer, TextLayer):
        layer = text_or_layer
    else:
        kind = type(text_or_layer).__name__
        hint = " Call it once per article." if isinstance(text_or_layer, Iterable) else ""
        raise TypeError(f"attributions() takes one article's text (str) or TextLayer, not a {kind}.{hint}")
    vl = load_reporting_verbs(verbs)
    rl = load_roles(roles)
    reg = SpeakerRegistry(layer, rl, home_country=home_country)
    ctx = _Ctx(layer, vl, rl, reg, [s.start for s in layer.sentences])
    text = layer.text
    cues: list[re.Match[str]] = []
    cues_by_sent: dict[int, list[re.Match[str]]] = {}
    for si, sent in enumerate(layer.sentences):
        for m in vl.regex.finditer(text, sent.start, sent.end):
            if layer.quote_at(m.start()) is not None:
                continue
            prev = text[max(sent.start, m.start() - 6):m.start()].split()
            if prev and prev[-1].lower() in ("a", "an", "the", "his", "her", "their", "its") and not text[m.end():m.end() + 1] == ":":
                continue
            cues.append(m)
            cues_by_sent.setdefault(si, []).append(m)
    _preregister(ctx, cues)
    found = _reported(ctx, cues_by_sent) + _according(ctx)
    # quotes inside a reported content make it "mixed"
    mixed: list[Attribution] = []
    consumed: list[tuple[int, int]] = []
    for a in found:
        s, e = a.content_span
        inside = [q for q in layer.top_quotes if s <= q.start < e + 2]
        if inside and a.kind == "indirect":
            e2 = max(e, max(q.end for q in inside))
            a = Attribution("mixed", a.speaker, a.speaker_type, a.source_span, a.cue, a.cue_span, (s, e2),
                            a.verb_stance, a.flags)
        if inside:
            consumed.append(a.content_span)
        mixed.append(a)
    direct = _direct(ctx, consumed, cues, mixed)
    used = {a.cue_span for a in direct if a.cue_span}
    result = [a for a in mixed if not (a.cue_span in used and a.kind != "according_to")] + direct
    return _tidy(sorted(result, key=lambda a: (a.content_span[0], a.content_span[1])))


def _tidy(found: list[Attribution]) -> list[Attribution]:
    """Final clean-up in text order.

    * A *reportedly* inside the content of an attribution with a named or described
      source ("X reportedly …, according to two officials") is sourced by it: the
      unsourced attribution is dropped.
    * A quote interrupted by its cue (``“…,” she said, “…”``): the second piece gets
      the speaker but no cue of its own (flag ``split``), so the cue is counted once.
    """
    sourced = [a for a in found if a.kind == "according_to" and a.source_span is not None]
    out: list[Attribution] = []
    seen_cues: set[tuple[int, int]] = set()
    for a in found:
        if "unsourced" in a.flags and a.cue_span and any(
                b.content_span[0] <= a.cue_span[0] < b.content_span[1] for b in sourced):
            continue
        if a.kind == "direct" and a.cue_span is not None and a.cue_span in seen_cues:
            a = Attribution("direct", a.speaker, a.speaker_type, a.source_span, None, None, a.content_span, None,
                            a.flags + ("split",))
        elif a.cue_span is not None:
            seen_cues.add(a.cue_span)
        out.append(a)
    return out


from .attribution_tables import score_attributions  # noqa: E402  (re-exported; the scorer lives with the tables)
