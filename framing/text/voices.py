"""The three voices of an article: the outlet's narration, quotations, and reported speech.

``author``
    The outlet's own words (narration).
``quoted``
    Words inside quotation marks (:attr:`TextLayer.top_quotes`).
``reported``
    The unquoted content of an attribution: "X said [the lawsuit was without merit]",
    "According to X, [the vote was delayed]". Built from attribution content spans of
    kind ``indirect``, ``according_to`` and ``mixed`` (a direct quote's content is quoted
    already), minus the quoted regions inside them.

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
from collections.abc import Iterable
from functools import cached_property
from typing import Any

from .layer import TextLayer, count_words

__all__ = ["Voices", "VOICES", "REPORTED_KINDS", "reported_ranges", "sentence_voice"]

#: The three voices, in the order scores and figures show them.
VOICES = ("author", "quoted", "reported")
#: Attribution kinds whose content span (outside quotation marks) is reported speech.
REPORTED_KINDS = ("indirect", "according_to", "mixed")


def _get(a: Any, key: str) -> Any:
    return a.get(key) if isinstance(a, dict) else getattr(a, key, None)


def reported_ranges(attributions: Iterable[Any] | None) -> list[tuple[int, int]]:
    """The merged content spans of the attributions of a reported kind (or of no stated kind),
    each without its own cue span, sorted.

    Examples
    --------
    >>> reported_ranges([{"kind": "indirect", "content_span": (5, 9)}, {"kind": "direct", "content_span": (0, 3)},
    ...                  {"kind": "mixed", "content_span": [8, 12]}, {"content_span": (20, 30), "cue_span": (24, 26)}])
    [(5, 12), (20, 24), (26, 30)]
    """
    spans: list[tuple[int, int]] = []
    for a in attributions or ():
        kind, c = _get(a, "kind"), _get(a, "content_span")
        if c is None or (kind is not None and kind not in REPORTED_KINDS):
            continue
        s, e = int(c[0]), int(c[1])
        cue = _get(a, "cue_span")
        if cue is not None and s < cue[1] and cue[0] < e:
            spans += [(s, int(cue[0])), (int(cue[1]), e)]
        else:
            spans.append((s, e))
    merged: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if s >= e:
            continue
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
        else:
            merged.append((s, e))
    return merged


class Voices:
    """Who speaks at each offset of one article: ``author``, ``quoted`` or ``reported``.

    Parameters
    ----------
    layer : TextLayer
    reported : iterable of (start, end)
        Reported-speech ranges (see :func:`reported_ranges`); quoted regions inside them stay quoted.
    """

    def __init__(self, layer: TextLayer, reported: Iterable[tuple[int, int]] = ()) -> None:
        self.layer = layer
        self.reported = reported_ranges({"content_span": r} for r in reported)
        self._starts = [s for s, _ in self.reported]

    @classmethod
    def of(cls, layer: TextLayer, attributions: Iterable[Any] | None = None) -> Voices:
        """Build from the layer and the article's attributions (``None``: no reported speech)."""
        return cls(layer, reported_ranges(attributions))

    def in_reported(self, offset: int) -> bool:
        """True if ``offset`` is inside a reported range (quoted or not)."""
        i = bisect.bisect_right(self._starts, offset) - 1
        return i >= 0 and offset < self.reported[i][1]

    def voice_at(self, offset: int) -> str:
        """``quoted`` inside a quotation, else ``reported`` inside a reported range, else ``author``."""
        if self.layer.quote_at(offset) is not None:
            return "quoted"
        return "reported" if self.in_reported(offset) else "author"

    def segments(self, start: int, end: int) -> list[tuple[int, int, str]]:
        """Split ``[start, end)`` into ``(start, end, voice)`` pieces (whitespace-only pieces dropped).

        Quotation marks belong to the voice around them (author or reported).
        """
        out: list[tuple[int, int, str]] = []
        for s, e, v in self.layer.voice_segments(start, end):
            if v != "author" or not self.reported:
                out.append((s, e, v))
                continue
            pos = s
            i = max(bisect.bisect_right(self._starts, s) - 1, 0)
            while i < len(self.reported) and self.reported[i][0] < e:
                rs, re_ = max(self.reported[i][0], s), min(self.reported[i][1], e)
                if rs < re_ and re_ > pos:
                    if rs > pos:
                        out.append((pos, rs, "author"))
                    out.append((max(rs, pos), re_, "reported"))
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
    return "reported" if words["reported"] >= words["author"] else "author"
