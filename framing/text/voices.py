"""The three voices of an article: the outlet's narration, quotations, and reported speech.

``author``
    The outlet's own words (narration).
``quoted``
    Words inside quotation marks (:attr:`TextLayer.top_quotes`), except quotations that are
    names, titles or words being mentioned (:func:`framing.text.naming.name_quote`: "The
    Internet Explorer 6 Countdown", "the word 'no'"), which keep the voice around them.
``reported``
    The unquoted content of an attribution: "X said [the lawsuit was without merit]",
    "According to X, [the vote was delayed]". Built from attribution content spans of
    kind ``indirect``, ``according_to`` and ``mixed`` (a direct quote's content is quoted
    already; an unsourced *reportedly* names no one and stays the outlet's), minus the quoted
    regions inside them.

:class:`Voices` is built once per article from the text layer and the attributions
(duck-typed: anything with ``kind`` and ``content_span``, or dicts with those keys), so
hedging and sentiment agree on who speaks where; the attribution module is never imported.

Examples
--------
>>> from framing.text import text_layer
>>> t = 'Lee said the plan was "a disaster" and would fail. It rained.'
>>> class A:  # an attribution, duck-typed
...     kind, content_span = "mixed", (9, 50)
>>> v = Voices.of(text_layer(t), [A()])
>>> [(t[s:e], voice) for s, e, voice in v.segments(0, 50)]
[('Lee said ', 'author'), ('the plan was "', 'reported'), ('a disaster', 'quoted'), ('" and would fail.', 'reported')]
>>> v.voice_at(t.index("fail")), v.voice_at(t.index("rained"))
('reported', 'author')
>>> v.words_by_voice()
{'author': 4, 'quoted': 2, 'reported': 6}
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from functools import cached_property
from typing import Any

from .layer import TextLayer, count_words
from .naming import name_quote
from .spans import merge_spans

__all__ = ["Voices", "VOICES", "REPORTED_KINDS", "reported_ranges", "block_quotes", "interview_answers",
           "unreopened_quotes", "sentence_voice"]

#: The three voices, in the order scores and figures show them.
VOICES = ("author", "quoted", "reported")
#: Words of a clause that introduces a quotation set off as its own paragraph ("..., the Church
#: said in a statement:"), besides an attribution's cue.
SAYING = re.compile(r"\b(?:say|says|said|told|tells|stated|states|wrote|writes|added|adds|denied|denies|responded|"
                    r"replied|replies|explained|announced|declared|statement|wrote|posted|tweeted)\b", re.IGNORECASE)
#: A quotation of more words than this is never taken for a name or title.
NAME_MAX_WORDS = 12
#: Attribution kinds whose content span (outside quotation marks) is reported speech.
REPORTED_KINDS = ("indirect", "according_to", "mixed")


def _get(a: Any, key: str) -> Any:
    return a.get(key) if isinstance(a, dict) else getattr(a, key, None)


def _minus(spans: list[tuple[int, int]], holes: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` without the characters of ``holes`` (both sorted and disjoint)."""
    out: list[tuple[int, int]] = []
    for s, e in spans:
        pos = s
        for hs, he in holes[max(bisect.bisect_right([h[1] for h in holes], s) - 1, 0):]:
            if hs >= e:
                break
            if he > pos and hs < e:
                if hs > pos:
                    out.append((pos, hs))
                pos = max(pos, he)
        if pos < e:
            out.append((pos, e))
    return out


def reported_ranges(attributions: Iterable[Any] | None) -> list[tuple[int, int]]:
    """The merged content spans of the attributions of a reported kind (or of no stated kind),
    each without its own cue span, sorted. An attribution flagged ``unsourced`` (a bare
    *reportedly*) gives none: with no source, the words stay the outlet's.

    Examples
    --------
    >>> reported_ranges([{"kind": "indirect", "content_span": (5, 9)}, {"kind": "direct", "content_span": (0, 3)},
    ...                  {"kind": "mixed", "content_span": [8, 12]}, {"content_span": (20, 30), "cue_span": (24, 26)}])
    [(5, 12), (20, 24), (26, 30)]
    """
    spans: list[tuple[int, int]] = []
    for a in attributions or ():
        kind, c, cue = _get(a, "kind"), _get(a, "content_span"), _get(a, "cue_span")
        if c is None or (kind is not None and kind not in REPORTED_KINDS) or "unsourced" in (_get(a, "flags") or ()):
            continue  # a bare "reportedly" names no source: the outlet's own claim, hedged
        own = [(int(cue[0]), int(cue[1]))] if cue is not None else []
        spans += _minus([(int(c[0]), int(c[1]))], own)
    return merge_spans(spans)


def block_quotes(layer: TextLayer, attributions: Iterable[Any] | None) -> list[tuple[int, int]]:
    """Quotations set off as a paragraph after a reporting clause that ends in a colon.

    "In a statement, the Church denied these allegations:" then a paragraph without
    quotation marks: the paragraph is the Church's words, up to the first of its sentences that
    holds an attribution's cue (the outlet speaks again: "They also claimed ..."). The sentence
    with the colon must hold an attribution's cue or a word of saying (:data:`SAYING`).

    Examples
    --------
    >>> from framing.text.layer import text_layer
    >>> t = "The firm denied it:\\nWe did nothing wrong. It is over. They also said more.\\nIt rained."
    >>> cues = [{"cue_span": (9, 15)}, {"cue_span": (t.index("said"), t.index("said") + 4)}]
    >>> [t[s:e] for s, e in block_quotes(text_layer(t), cues)]
    ['We did nothing wrong. It is over.']
    """
    text, paras = layer.text, layer.paragraphs
    cues = sorted(int(c[0]) for a in attributions or () if (c := _get(a, "cue_span")) is not None)
    out: list[tuple[int, int]] = []
    for prev, para in zip(paras, paras[1:]):
        if prev.label != "body" or para.label != "body" or not text[prev.start:prev.end].rstrip().endswith(":"):
            continue
        k = layer.sentence_index(prev.end - 1)
        last = layer.sentences[k] if k >= 0 else prev
        if not (any(max(last.start, prev.start) <= c < prev.end for c in cues)
                or SAYING.search(text, max(last.start, prev.start), prev.end)):
            continue  # a colon with no reporting clause before it: a list, a heading
        if text[para.start:para.end].lstrip()[:1] in "\"“‘'«":
            continue  # a quotation in marks: the layer has it
        end = para.end
        for sent in layer.sentences[layer.sentence_index(para.start) + 1:]:
            if sent.start >= para.end:
                break
            if any(sent.start <= c < sent.end for c in cues):
                end = sent.start
                break
        while end > para.start and text[end - 1].isspace():
            end -= 1
        out.append((para.start, end))
    return [(s, e) for s, e in out if text[s:e].strip()]


def unreopened_quotes(layer: TextLayer) -> list[tuple[int, int]]:
    """Quotations that run on into the next paragraph without a new opening mark.

    'He said, "I think we learned a lot.' then a paragraph 'It was a very emotional day."': the
    first quotation is left open at its paragraph's end, and the next paragraphs close it with a
    mark that has nothing open (:attr:`TextLayer.stray_marks`), before any quotation of their
    own. The words up to that mark are the speaker's (quoted voice). (The usual style reopens the
    quotation at each paragraph, and a quotation closed by the first mark of the very next
    paragraph is one wrapped over two lines: the text layer pairs both itself, see
    :mod:`framing.text.quotes` rule 4; since the thirty-sixth session it also pairs a quotation closed
    up to four paragraphs with no mark on, so what is left here is rare: a closing mark the quotation
    rules read as stray.)

    Examples
    --------
    >>> from framing.text.layer import text_layer
    >>> t = 'He said, "We learned a lot.\\nIt was emotional.\\nWe will be back." Then he left.\\nIt rained.'
    >>> unreopened_quotes(text_layer(t))  # the text layer pairs the three pieces itself
    []
    >>> [t[q.content_start:q.content_end] for q in text_layer(t).top_quotes]
    ['We learned a lot.', 'It was emotional.', 'We will be back.']
    """
    text, paras, strays = layer.text, layer.paragraphs, sorted(layer.stray_marks)
    starts = sorted(q.start for q in layer.top_quotes)
    out: list[tuple[int, int]] = []
    for k, para in enumerate(paras[:-1]):
        if not any(q.unbalanced and para.start <= q.start < para.end and not text[q.end:para.end].strip()
                   for q in layer.top_quotes):
            continue
        run: list[tuple[int, int]] = []
        for nxt in paras[k + 1:k + 4]:
            i = bisect.bisect_left(strays, nxt.start)
            close = strays[i] if i < len(strays) and strays[i] < nxt.end else None
            first_open = next((q for q in starts[bisect.bisect_left(starts, nxt.start):] if q < nxt.end), None)
            if close is None and first_open is None:
                run.append((nxt.start, nxt.end))  # a whole paragraph of the quotation, no mark in it
                continue
            if close is not None and (first_open is None or close < first_open):
                out += run + [(nxt.start, close)]  # closed: taken; never closed: nothing is taken
            break
    return [(s, e) for s, e in out if text[s:e].strip()]


#: Words of an introduction that say the article is an interview printed as questions and answers.
INTERVIEW = re.compile(r"\binterview(?:s|ed|ing)?\b", re.IGNORECASE)
#: A question paragraph ends with "?" (not inside a quotation: '... called "research", would it?"').
_QUESTION_END = re.compile(r"\?[\s)\]]*$")
#: At most this many sentences in a question paragraph; an answer may end with a question of its own.
QUESTION_MAX_SENTENCES = 3
_SECOND_PERSON = re.compile(r"\b(?:you|your|yours|yourself)\b", re.IGNORECASE)
_FIRST_PERSON = re.compile(r"\b(?:I|we|me|my|our|us)\b")
#: A photo credit: the paragraph is a caption ("File photo of ... Image: Paul Budd."), not an answer.
_CREDIT = re.compile(r"\b(?:Image|Photo|Video|Audio)s?:\s")


def _is_question(layer: TextLayer, para: Any) -> bool:
    text = layer.text
    if not _QUESTION_END.search(text, para.start, para.end):
        return False
    k = layer.sentence_index(para.start)
    n = sum(1 for s in layer.sentences[max(k, 0):] if s.start < para.end) if k >= 0 else 1
    return n <= QUESTION_MAX_SENTENCES


def interview_answers(layer: TextLayer) -> list[tuple[int, int]]:
    """The answers of an interview printed as a transcript: the interviewee's words, without marks.

    An article is such a transcript when at least two question paragraphs (at most three
    sentences, the last ending with ``?``) are each followed by a body paragraph that is not a
    question, and either its text before the first question says *interview* ("Wikinews
    interviewed ...") or at least two questions ask *you* and most answers speak in the first
    person (*I*, *we*, *my* ...). The body paragraphs after a question, up to the next question,
    are the answers (quoted voice); the questions, the introduction, the headings and captions
    with a photo credit ("Image: ...") stay the outlet's (author).

    Examples
    --------
    >>> from framing.text.layer import text_layer
    >>> t = ("We interviewed the mayor.\\nWhy run?\\nI love the town. We need change.\\n"
    ...      "What next?\\nMore parks.\\n")
    >>> [t[s:e] for s, e in interview_answers(text_layer(t))]
    ['I love the town. We need change.', 'More parks.']
    """
    text = layer.text
    paras = [p for p in layer.paragraphs if p.label == "body"]
    question = [_is_question(layer, p) for p in paras]
    first = next((k for k, q in enumerate(question) if q), None)
    if first is None:
        return []
    firsts = [paras[k + 1] for k in range(len(paras) - 1) if question[k] and not question[k + 1]]
    if len(firsts) < 2:
        return []
    if not INTERVIEW.search(text, 0, paras[first].start):
        asked = sum(1 for k, p in enumerate(paras) if question[k] and _SECOND_PERSON.search(text, p.start, p.end))
        speaking = sum(1 for p in firsts if _FIRST_PERSON.search(text, p.start, p.end))
        if asked < 2 or 2 * speaking <= len(firsts):
            return []
    return [(p.start, p.end) for k, p in enumerate(paras)
            if k > first and not question[k] and not _CREDIT.search(text, p.start, p.end)]


class Voices:
    """Who speaks at each offset of one article: ``author``, ``quoted`` or ``reported``.

    Parameters
    ----------
    layer : TextLayer
    reported : iterable of (start, end)
        Reported-speech ranges (see :func:`reported_ranges`); quoted regions inside them stay quoted.
    blocks : iterable of (start, end)
        Quotations without marks (see :func:`block_quotes`): quoted voice.
    """

    def __init__(self, layer: TextLayer, reported: Iterable[tuple[int, int]] = (),
                 blocks: Iterable[tuple[int, int]] = ()) -> None:
        self.layer = layer
        self.blocks = merge_spans(blocks)
        self.reported = _minus(merge_spans(reported), self.blocks)
        over = [(s, e, "quoted") for s, e in self.blocks] + [(s, e, "reported") for s, e in self.reported]
        self._over = sorted(over)
        self._starts = [s for s, _, _ in self._over]

    @classmethod
    def of(cls, layer: TextLayer, attributions: Iterable[Any] | None = None) -> Voices:
        """Build from the layer and the article's attributions (``None``: no reported speech)."""
        attributions = list(attributions or ())
        return cls(layer, reported_ranges(attributions), block_quotes(layer, attributions) + interview_answers(layer)
                   + unreopened_quotes(layer))

    @cached_property
    def names(self) -> frozenset[int]:
        """Content starts of the top-level quotations that are names or titles, not speech."""
        text, sents = self.layer.text, self.layer.sentences
        out = set()
        for q in self.layer.top_quotes:
            if not 0 < count_words(text, q.content_start, q.content_end) <= NAME_MAX_WORDS:
                continue
            k = self.layer.sentence_index(q.start)
            if k >= 0 and q.start < sents[k].end and name_quote(text, q, sents[k].start, sents[k].end):
                out.add(q.content_start)
        return frozenset(out)

    def with_author_quotes(self, offsets: Iterable[int]) -> Voices:
        """A copy in which the quotations at ``offsets`` are the author's words, like names and titles.

        For scare quotes (:mod:`framing.hedging.scare`): the outlet's own word held at a distance
        is still the outlet's voice, so a sentence whose only quotation marks are scare quotes is
        ``author``, not ``mixed``.
        """
        # a hedge span may start at the opening mark: the quotation is the one at or just after it
        starts = {q.content_start for o in offsets if (q := self.layer.quote_at(o) or self.layer.quote_at(o + 1)) is not None}
        if not starts:
            return self
        out = Voices.__new__(Voices)
        out.__dict__.update({k: v for k, v in self.__dict__.items() if k != "_word_counts"})
        out.__dict__["names"] = self.names | starts
        return out

    def for_hedges(self, hedges: Iterable[Any]) -> Voices:
        """:meth:`with_author_quotes` for the scare quotes among ``hedges`` (objects with ``category`` and ``start``)."""
        return self.with_author_quotes(h.start for h in hedges if getattr(h, "category", None) == "scare_quote")

    def _overlay(self, offset: int) -> str | None:
        i = bisect.bisect_right(self._starts, offset) - 1
        return self._over[i][2] if i >= 0 and offset < self._over[i][1] else None

    def in_reported(self, offset: int) -> bool:
        """True if ``offset`` is inside a reported range (quoted or not)."""
        return self._overlay(offset) == "reported"

    def voice_at(self, offset: int) -> str:
        """``quoted`` inside a quotation (not a name) or a block quotation, else ``reported`` inside a
        reported range, else ``author``."""
        q = self.layer.quote_at(offset)
        if q is not None and q.content_start not in self.names:
            return "quoted"
        return self._overlay(offset) or "author"

    def segments(self, start: int, end: int) -> list[tuple[int, int, str]]:
        """Split ``[start, end)`` into ``(start, end, voice)`` pieces (whitespace-only pieces dropped).

        Quotation marks belong to the voice around them (author or reported).
        """
        out: list[tuple[int, int, str]] = []
        for s, e, v in self.layer.voice_segments(start, end):
            if v == "quoted" and self.names and (q := self.layer.quote_at(s)) is not None and q.content_start in self.names:
                v = "author"  # a name or title in quotation marks: nobody speaks
            if v != "author" or not self._over:
                out.append((s, e, v))
                continue
            pos = s
            i = max(bisect.bisect_right(self._starts, s) - 1, 0)
            while i < len(self._over) and self._over[i][0] < e:
                rs, re_, rv = max(self._over[i][0], s), min(self._over[i][1], e), self._over[i][2]
                if rs < re_ and re_ > pos:
                    if rs > pos:
                        out.append((pos, rs, "author"))
                    out.append((max(rs, pos), re_, rv))
                    pos = re_
                i += 1
            if pos < e:
                out.append((pos, e, "author"))
        return [(s, e, v) for s, e, v in out if self.layer.text[s:e].strip()]

    @cached_property
    def _word_counts(self) -> dict[str, int]:
        counts = dict.fromkeys(VOICES, 0)
        text = self.layer.text
        for p in self.layer.paragraphs:
            for s, e, v in self.segments(p.start, p.end):
                counts[v] += count_words(text, s, e)
        return counts

    def words_by_voice(self) -> dict[str, int]:
        """Word counts of the analysed text per voice: ``{"author": .., "quoted": .., "reported": ..}``."""
        return dict(self._word_counts)


def sentence_voice(pieces: Iterable[tuple[int, int, str]], text: str) -> str:
    """The voice of a sentence from its voice pieces (those holding a word).

    ``quoted`` or ``author`` when it has one voice; ``mixed`` when quoted words stand beside
    unquoted ones; ``reported`` when the unquoted words are mostly reported speech ("Suthers
    said the lawsuit was without merit."); else ``author``.

    Examples
    --------
    >>> t = "Suthers said the lawsuit was without merit."
    >>> sentence_voice([(0, 13, "author"), (13, len(t), "reported")], t)
    'reported'
    >>> sentence_voice([(0, 13, "author"), (13, 20, "quoted")], t)
    'mixed'
    """
    words = dict.fromkeys(VOICES, 0)
    for s, e, v in pieces:
        words[v] += count_words(text, s, e)
    present = [v for v in VOICES if words[v]]
    if not present:
        return "author"
    if len(present) == 1:
        return present[0]
    if words["quoted"]:
        return "mixed"
    return "reported" if words["reported"] else "author"
