"""The text layer: paragraphs, sentences, quotation regions and excluded boilerplate.

:func:`text_layer` computes everything later scorers need, once per article,
as character spans into the original text. Nothing is deleted or normalised:
excluded lines are kept as spans with a reason, so every exclusion is
reportable.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from functools import cached_property

from .boilerplate import Block, BoilerplateRule, classify_lines
from .quotes import Quote, find_quotes, ptb_to_typographic
from .segment import split_sentences
from .spans import Span

__all__ = ["TextLayer", "text_layer", "WORD_RE", "count_words"]

WORD_RE = re.compile(r"[^\W_]+(?:(?:['’\-.]|(?<=\d),(?=\d))[^\W_]+)*")


def count_words(text: str, start: int = 0, end: int | None = None) -> int:
    """Number of words (runs of letters/digits, with inner apostrophes, hyphens, dots) in ``text[start:end]``.

    Examples
    --------
    >>> count_words("The U.S.-backed plan’s cost: 1,000 dollars.")
    7
    """
    return sum(1 for _ in WORD_RE.finditer(text, start, len(text) if end is None else end))


@dataclass(frozen=True)
class TextLayer:
    """Everything the scorers need to know about an article's structure.

    Attributes
    ----------
    text : str
        The original text.
    blocks : tuple of Block
        Every non-blank line with its role (headline, subheading, body, excluded).
    paragraphs : tuple of Span
        The lines that are analysed (not excluded), labelled with their role.
    sentences : tuple of Span
        Sentences inside the paragraphs, labelled with their paragraph's role.
    quotes : tuple of Quote
        Quotation regions, sorted by start.
    excluded : tuple of Span
        Excluded boilerplate lines, labelled with the reason.
    stray_marks : tuple of int
        Offsets of closing quotation marks with nothing open.

    Examples
    --------
    >>> layer = text_layer("Storm hits coast\\nAdvert\\n“It’s bad,” she said. Roads closed.")
    >>> [(b.role, layer.text[b.start:b.end]) for b in layer.blocks]
    [('headline', 'Storm hits coast'), ('excluded', 'Advert'), ('body', '“It’s bad,” she said. Roads closed.')]
    >>> [layer.text[q.start:q.end] for q in layer.quotes], layer.voice_at(layer.text.index("bad"))
    (['“It’s bad,”'], 'quoted')
    >>> layer.words_by_voice()
    {'author': 7, 'quoted': 2}
    """

    text: str
    blocks: tuple[Block, ...]
    paragraphs: tuple[Span, ...]
    sentences: tuple[Span, ...]
    quotes: tuple[Quote, ...]
    excluded: tuple[Span, ...]
    stray_marks: tuple[int, ...] = ()

    @cached_property
    def top_quotes(self) -> tuple[Quote, ...]:
        """The outermost quotation regions (depth 0), sorted by start."""
        return tuple(q for q in self.quotes if q.depth == 0)

    @cached_property
    def _top_quotes(self) -> tuple[list[int], list[int]]:
        return [q.content_start for q in self.top_quotes], [q.content_end for q in self.top_quotes]

    @cached_property
    def sentence_starts(self) -> list[int]:
        """The start offset of each sentence, in order (for bisection; do not modify)."""
        return [s.start for s in self.sentences]

    def sentence_index(self, offset: int) -> int:
        """Index of the last sentence starting at or before ``offset`` (-1 if none does).

        The sentence need not contain ``offset``: check ``offset < sentences[i].end``
        where that matters (an offset in excluded boilerplate or between sentences).

        Examples
        --------
        >>> layer = text_layer("It rained. Nobody minded.")
        >>> layer.sentence_index(0), layer.sentence_index(12), layer.sentence_index(-1)
        (0, 1, -1)
        """
        return bisect.bisect_right(self.sentence_starts, offset) - 1

    @cached_property
    def _paragraph_starts(self) -> list[int]:
        return [p.start for p in self.paragraphs]

    def paragraph_index(self, offset: int) -> int:
        """Index of the last paragraph starting at or before ``offset`` (-1 if none does).

        Like :meth:`sentence_index`, the paragraph need not contain ``offset``.

        Examples
        --------
        >>> layer = text_layer("It rained.\\nNobody minded.")
        >>> layer.paragraph_index(0), layer.paragraph_index(12), layer.paragraph_index(-1)
        (0, 1, -1)
        """
        return bisect.bisect_right(self._paragraph_starts, offset) - 1

    def quote_at(self, offset: int) -> Quote | None:
        """The outermost quotation region whose content contains ``offset``, if any."""
        starts, ends = self._top_quotes
        i = bisect.bisect_right(starts, offset) - 1
        if i >= 0 and offset < ends[i]:
            return self.top_quotes[i]
        return None

    def voice_at(self, offset: int) -> str:
        """``"quoted"`` if ``offset`` is inside a quotation, else ``"author"``."""
        return "quoted" if self.quote_at(offset) is not None else "author"

    def voice_segments(self, start: int, end: int) -> list[tuple[int, int, str]]:
        """Split ``[start, end)`` at quotation boundaries into (start, end, voice) pieces.

        Quotation marks themselves belong to the author voice; empty or
        whitespace-only pieces are dropped.
        """
        starts, ends = self._top_quotes
        out: list[tuple[int, int, str]] = []
        pos = start
        i = max(bisect.bisect_right(starts, start) - 1, 0)
        while i < len(starts) and starts[i] < end:
            qs, qe = max(starts[i], start), min(ends[i], end)
            if qe > pos and qs < qe:
                if qs > pos:
                    out.append((pos, qs, "author"))
                out.append((max(qs, pos), qe, "quoted"))
                pos = qe
            i += 1
        if pos < end:
            out.append((pos, end, "author"))
        return [(s, e, v) for s, e, v in out if self.text[s:e].strip()]

    @cached_property
    def _word_counts(self) -> tuple[int, int]:
        author = quoted = 0
        for p in self.paragraphs:
            for s, e, v in self.voice_segments(p.start, p.end):
                if v == "author":
                    author += count_words(self.text, s, e)
                else:
                    quoted += count_words(self.text, s, e)
        return author, quoted

    def words_by_voice(self) -> dict[str, int]:
        """Word counts of analysed (non-excluded) text: ``{"author": n, "quoted": m}``.

        Counted once per layer (the pipeline asks three times per article); each call returns a new dict.
        """
        author, quoted = self._word_counts
        return {"author": author, "quoted": quoted}


def text_layer(text: str, *, title: str | None = None, rules: tuple[BoilerplateRule, ...] | None = None) -> TextLayer:
    """Compute the text layer of one article.

    Parameters
    ----------
    text : str
        The article text, exactly as loaded.
    title : str, optional
        The headline from the manifest; a line equal to it is a headline.
    rules : tuple of BoilerplateRule, optional
        Boilerplate rules (default: the packaged ``boilerplate.csv``).

    Examples
    --------
    >>> layer = text_layer("Advert\\nShe said: “It’s over.” He left.")
    >>> [layer.text[s.start:s.end] for s in layer.sentences]
    ['She said: “It’s over.”', 'He left.']
    >>> [(e.start, e.end, e.label) for e in layer.excluded]
    [(0, 6, 'placeholder')]
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__}")
    # Penn Treebank quotes (``…'') read as curly marks; the same length, so every offset is the original's
    original, text = text, ptb_to_typographic(text)
    blocks = classify_lines(text, title=title, rules=rules)
    paragraphs = tuple(Span(b.start, b.end, b.role) for b in blocks if b.role != "excluded")
    excluded = tuple(Span(b.start, b.end, b.reason) for b in blocks if b.role == "excluded")
    sentences = tuple(Span(s, e, p.label) for p in paragraphs for s, e in split_sentences(text, p.start, p.end))
    quotes, stray = find_quotes(text, [(p.start, p.end) for p in paragraphs])
    if text is not original:
        sentences, quotes = _ptb_spans(original, sentences, quotes)
    return TextLayer(text, tuple(blocks), paragraphs, sentences, tuple(quotes), excluded, tuple(stray))


def _ptb_spans(original: str, sentences: tuple[Span, ...], quotes: list[Quote]) -> tuple[tuple[Span, ...], list[Quote]]:
    """Sentences and quotation regions over both characters of a Penn Treebank mark.

    :func:`~framing.text.quotes.ptb_to_typographic` writes ````` as `` “`` (``“ `` at a line's
    start) and ``''`` as ``” ``, so a region or sentence found on its output starts or ends one
    character inside the two-character mark of the original; it is widened to the whole mark
    (the words of a region opened by ``“ `` start after the space, as every region's do).
    """
    def start(s: int) -> int:
        return s - 1 if s > 0 and original.startswith("``", s - 1) else s

    def end(e: int) -> int:
        return e + 1 if e > 0 and original.startswith("''", e - 1) else e

    out_s = tuple(Span(start(x.start), end(x.end), x.label) for x in sentences)
    # (a mark opening a line was written "“ ", the mark first: find_quotes starts its words after the space)
    out_q = [replace(q, start=start(q.start), end=end(q.end)) for q in quotes]
    return out_s, out_q
