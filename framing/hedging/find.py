"""Hedging and stance markers: allegation, epistemic, distancing, booster, scare quote.

:func:`hedges` finds every hedging and stance marker in one article as
character spans with evidence; :func:`score_hedges` aggregates them per
article. The terms are data (``framing/lexicons/hedges.csv``, one row per term
with its provenance); the context rules that keep a naive word list from
counting "May" the month or "insurance claims" are in :mod:`framing.hedging.rules`.

The categories follow Hyland's (2005) hedges and boosters, Recasens et al.'s
(2013) hedge and report-verb lists, and the news usage of allegation markers
(AP Stylebook, "alleged", "accused of"):

- ``allegation``: alleged, allegedly, accused of, suspected, purported, so-called, reportedly ...
- ``epistemic``: may, might, could (possibility), appear to, seem, likely, perhaps ...
- ``distancing``: claimed, insisted, maintained, asserted, labelled, deemed ...
- ``booster``: clearly, undoubtedly, in fact ... (the opposite stance, counted separately)
- ``scare_quote``: a short quoted phrase with no speaker attached, inside a sentence.

References
----------
Hyland, K. (2005). *Metadiscourse: Exploring Interaction in Writing*. Continuum.
Recasens, M., Danescu-Niculescu-Mizil, C. & Jurafsky, D. (2013). Linguistic Models for
Analyzing and Detecting Biased Language. *ACL 2013*.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..text.layer import WORD_RE, TextLayer, text_layer
from . import rules as hr
from .lexicon import HedgeLexicon, load_hedge_lexicon

__all__ = ["Hedge", "hedges", "scare_quotes"]


@dataclass(frozen=True, slots=True)
class Hedge:
    """One hedging or stance marker. ``text[start:end]`` of the article is the evidence.

    Attributes
    ----------
    start, end : int
        Offsets into the original text (for a scare quote: the quotation marks included).
    text : str
        The matched characters.
    category : str
        One of :data:`HEDGE_CATEGORIES`.
    voice : str
        ``"author"`` (the outlet's words) or ``"quoted"`` (inside a quotation).
    term : str
        The lexicon term that matched (for a scare quote: the quoted words).
    negated : bool
        A negator precedes it in the same clause ("not alleged", "did not appear to").
    reported : bool
        Author voice inside the complement of a reporting verb ("X said ... may ...").
    lexicon : str
        Which lexicon the term came from (``""`` for scare quotes).

    Examples
    --------
    >>> text = "He was not accused of theft."
    >>> h = hedges(text)[0]
    >>> (text[h.start:h.end], h.category, h.voice, h.term, h.flags, h.lexicon)
    ('accused', 'allegation', 'author', 'accused of', ('negated',), 'framing')
    """

    start: int
    end: int
    text: str
    category: str
    voice: str
    term: str
    negated: bool = False
    reported: bool = False
    lexicon: str = ""

    @property
    def flags(self) -> tuple[str, ...]:
        """The names of the flags that are set (``negated``, ``reported``)."""
        return tuple(f for f in ("negated", "reported") if getattr(self, f))

    def to_dict(self) -> dict[str, Any]:
        """The JSON fields of ``framing analyze``'s ``"hedges"`` list."""
        return {"start": self.start, "end": self.end, "text": self.text, "category": self.category,
                "voice": self.voice, "term": self.term, "negated": self.negated, "reported": self.reported}




def _as_layer(text_or_layer: Any) -> TextLayer:
    if isinstance(text_or_layer, TextLayer):
        return text_or_layer
    if isinstance(text_or_layer, str):
        return text_layer(text_or_layer)
    kind = type(text_or_layer).__name__
    hint = (" Pass one article's text; for many articles use framing.analyze_many() or hedges_table()."
            if isinstance(text_or_layer, Iterable) else "")
    raise TypeError(f"hedges() takes one text (a str) or a TextLayer, not a {kind}.{hint}")


def _as_lexicon(lexicon: Any) -> HedgeLexicon:
    if lexicon is None:
        return load_hedge_lexicon()
    if isinstance(lexicon, HedgeLexicon):
        return lexicon
    if isinstance(lexicon, (str, Path)):
        return load_hedge_lexicon(lexicon)
    raise TypeError(f"lexicon must be a HedgeLexicon (see load_hedge_lexicon) or a path, not {type(lexicon).__name__}")


def _sentence_of(layer: TextLayer, pos: int, para: Any) -> tuple[int, int]:
    """The sentence holding ``pos``, else (between sentences) its paragraph."""
    i = layer.sentence_index(pos)
    if i >= 0 and pos < layer.sentences[i].end:
        return layer.sentences[i].start, layer.sentences[i].end
    return para.start, para.end


# "is said to", "was widely believed to": a passive report construction has no speaker.
_PASSIVE_BEFORE = re.compile(r"(?<![\w-])(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?$", re.IGNORECASE)


_ACCORDING_RE = re.compile(r"(?<![\w-])according\s+to(?![\w-])", re.IGNORECASE)
_HAS_WORD = re.compile(r"\w")


def _report_cues(text: str, lo: int, hi: int) -> tuple[int, int]:
    """For one sentence: the end of its first reporting verb (not a passive "is said"), and the
    start of its last "according to" (``hi`` / ``-1`` when there is none). Computed once per
    sentence, so the reported-speech fallback stays linear in the sentence length."""
    first_end = hi
    for m in hr.REPORTING_RE.finditer(text, lo, hi):
        if not _PASSIVE_BEFORE.search(text, max(lo, m.start() - 30), m.start()):
            first_end = m.end()
            break
    last_acc = -1
    for m in _ACCORDING_RE.finditer(text, lo, hi):
        last_acc = m.start()
    return first_end, last_acc


class _Contents:
    """Attribution content spans sorted by start, with the running maximum of their ends, so
    "is this offset inside a content span, outside its cue?" looks only at the spans that can
    contain it (a scan of all of them per hedge made long articles quadratic)."""

    def __init__(self, spans: Iterable[tuple[int, int, tuple[int, int] | None]]):
        self.spans = sorted(spans, key=lambda x: x[0])
        self.starts = [cs for cs, _, _ in self.spans]
        self.reach = list(itertools.accumulate((ce for _, ce, _ in self.spans), max))

    def covers(self, pos: int) -> bool:
        i = bisect.bisect_right(self.starts, pos) - 1
        while i >= 0 and self.reach[i] > pos:  # some span starting at or before pos ends after it
            cs, ce, cue = self.spans[i]
            if pos < ce and not (cue and cue[0] <= pos < cue[1]):
                return True
            i -= 1
        return False


def _reported(text: str, start: int, lo: int, hi: int, spans: _Contents | None,
              cues: dict[tuple[int, int], tuple[int, int]]) -> bool:
    if spans is not None:
        return spans.covers(start)
    if (lo, hi) not in cues:
        cues[lo, hi] = _report_cues(text, lo, hi)
    first_end, last_acc = cues[lo, hi]
    return first_end <= start or last_acc >= start or hr.trailing_report(text, start, hi)


def hedges(text_or_layer: str | TextLayer, *, lexicon: HedgeLexicon | str | Path | None = None,
           attributions: Iterable[Any] | None = None) -> list[Hedge]:
    """Find every hedging and stance marker in one article.

    One pass of the lexicon's compiled regular expression over the analysed
    (non-boilerplate) paragraphs; the context rules of
    :mod:`framing.hedging.rules` run on the hits only. Then scare quotes are
    found from the quotation regions (:func:`scare_quotes`).

    Parameters
    ----------
    text_or_layer : str or TextLayer
        One article's text, or its text layer.
    lexicon : HedgeLexicon or path, optional
        Default: the packaged lexicon (see :func:`load_hedge_lexicon`).
    attributions : iterable of Attribution, optional
        If given, an author-voice hit inside an attribution's ``content_span``
        is flagged ``reported`` and a quotation overlapping one is not a scare
        quote. If omitted, a small reporting-verb rule decides both.

    Returns
    -------
    list of Hedge
        Sorted by start offset.

    Examples
    --------
    >>> [(h.text, h.category, h.voice) for h in hedges("The alleged gang members may have left in May 2024.")]
    [('alleged', 'allegation', 'author'), ('may', 'epistemic', 'author')]
    >>> [(h.term, h.voice, h.negated) for h in hedges('He did not appear to care. "It may rain," she said.')]
    [('appear to', 'author', True), ('may', 'quoted', False)]
    >>> [h.term for h in hedges("They flew 200 'gang members' to a ‘mega-prison’ there.")]
    ['gang members', 'mega-prison']
    """
    layer = _as_layer(text_or_layer)
    lex = _as_lexicon(lexicon)
    text = layer.text
    attrs = list(attributions) if attributions is not None else None
    spans: _Contents | None = None
    if attrs is not None:
        spans = _Contents((a.content_span[0], a.content_span[1], getattr(a, "cue_span", None)) for a in attrs
                          if getattr(a, "content_span", None) is not None)
    cues: dict[tuple[int, int], tuple[int, int]] = {}
    found: list[Hedge] = []
    for para in layer.paragraphs:
        for m in lex.regex.finditer(text, para.start, para.end):
            e = lex.entry_for(m)
            s, t = m.start(), m.end()
            lo, hi = _sentence_of(layer, s, para)
            if e.rule and not hr.RULES[e.rule](text, s, t, lo, hi, para.label):
                continue
            voice = layer.voice_at(s)
            neg = hr.is_negated(text, s, lo)
            rep = voice == "author" and _reported(text, s, lo, hi, spans, cues)
            found.append(Hedge(s, t, text[s:t], e.category, voice, e.term, neg, rep, e.lexicon))
    found.extend(scare_quotes(layer, attributions=attrs))
    found.sort(key=lambda h: (h.start, h.end))
    return found


def scare_quotes(layer: TextLayer, *, attributions: Sequence[Any] | None = None) -> list[Hedge]:
    """Quotation regions that mark words as someone else's without quoting a speaker.

    A top-level, closed quotation is a scare quote when all hold:

    1. it has 1 to :data:`~framing.hedging.rules.SCARE_QUOTE_MAX_WORDS` (6) words;
    2. its content does not end a sentence (no ``.``, ``!``, ``?`` at its end);
    3. it sits inside a sentence: author words before or after it in the same sentence;
    4. no speaker is attached: no colon right before it, no speech or naming
       verb (said, wrote, told, called, described, according to ...) earlier in
       the sentence or among the three words after it, and, when
       ``attributions`` are given, no attribution whose ``content_span``
       overlaps it and whose cue is such a verb in that position (or that has
       no cue, as for the later paragraphs of a quote).

    So "he called it a 'mega-prison'" and "claiming they were 'considered
    criminals'" are partial quotes of a speaker, not scare quotes; "200 alleged
    'gang members'" is one (allegation adjectives are not speech verbs).

    Examples
    --------
    >>> layer = text_layer("Officials sent 'gang members' to a prison. He said it was 'a disgrace'.")
    >>> [h.term for h in scare_quotes(layer)]
    ['gang members']
    """
    text = layer.text
    sents = layer.sentences
    attrs = sorted(((tuple(a.content_span), getattr(a, "cue_span", None)) for a in attributions or ()
                    if getattr(a, "content_span", None) is not None), key=lambda ac: ac[0])
    attr_starts = [c[0] for c, _ in attrs]
    max_len = max((c[1] - c[0] for c, _ in attrs), default=0)
    first_cue: dict[tuple[int, int], int] = {}
    out: list[Hedge] = []
    for q in layer.top_quotes:
        if q.unbalanced or q.continued:
            continue
        n = 0
        for _ in WORD_RE.finditer(text, q.content_start, q.content_end):
            n += 1
            if n > hr.SCARE_QUOTE_MAX_WORDS:
                break
        if not 1 <= n <= hr.SCARE_QUOTE_MAX_WORDS:
            continue
        content = text[q.content_start:q.content_end].rstrip()
        if content.endswith((".", "!", "?", "…")):
            continue
        i = layer.sentence_index(q.start)
        if i < 0 or not q.start < sents[i].end:
            continue
        lo, hi = sents[i].start, sents[i].end
        if not (_HAS_WORD.search(text, lo, q.start) or _HAS_WORD.search(text, q.end, hi)):
            continue
        j = q.start
        while j > lo and text[j - 1].isspace():
            j -= 1
        if j > lo and text[j - 1] == ":":
            continue
        if (lo, hi) not in first_cue:  # the first speech cue of the sentence, found once
            m = hr.SPEECH_CUE_RE.search(text, lo, hi)
            first_cue[lo, hi] = m.end() if m else hi + 1
        if first_cue[lo, hi] <= q.start:
            continue
        if hr.SPEECH_CUE_RE.search(" ".join(hr.words_after(text, q.end, hi, 3))):
            continue
        k = bisect.bisect_left(attr_starts, q.end)  # attributions whose content starts before q ends
        while k > 0 and attrs[k - 1][0][0] + max_len > q.start:
            k -= 1
            content, cue = attrs[k]
            if _attaches(text, q, lo, hi, content, cue):
                break
        else:
            k = -1
        if k >= 0:
            continue
        out.append(Hedge(q.start, q.end, text[q.start:q.end], "scare_quote", "author",
                         text[q.content_start:q.content_end].strip().rstrip(",;:"),
                         hr.is_negated(text, q.start, lo), False, ""))
    return out


def _attaches(text: str, q: Any, lo: int, hi: int, content: tuple[int, int], cue: tuple[int, int] | None) -> bool:
    """True if an attribution attaches quotation ``q`` (in sentence ``[lo, hi)``) to a speaker.

    Its content must overlap the quotation, and it must have no cue (a quote continued from an
    earlier paragraph) or a speech or naming verb as cue, earlier in the same sentence or within
    three words after the quotation. So an attribution whose cue is the adjective 'alleged', or
    a verb of another clause further on, does not turn a scare quote into a quotation.
    """
    if not (content[0] < q.end and q.start < content[1]):
        return False
    if cue is None:
        return True
    if not hr.SPEECH_CUE_RE.fullmatch(text[cue[0]:cue[1]].strip()):
        return False
    if lo <= cue[0] and cue[1] <= q.start:
        return True
    return q.end <= cue[0] < hi and len(hr.words_before(text, cue[0], q.end, 4)) <= 3
