"""Quotations with no source anywhere near them (internal to :mod:`framing.attribution`).

A quotation that fills its sentence (or several) and that no rule gives a speaker, no cue and no earlier
quotation it could go on from, is still someone's words, not the outlet's: a pull quote, a quotation a
caption or a later paragraph credits, a news fragment that opens with it ("“More people are turning to
credit … could lead to debt problems.”", PUD n01082). It becomes one direct attribution of nobody named
(speaker ``None``, type ``unnamed``, no source or cue; flag ``unsourced``), as the annotation guidelines
give an unattributed quotation. Twenty of the twenty-one such quotations in the development documents (GUM
train and interviews, the six FactBank development sets, the first PUD set) are direct attributions in
their gold (twenty-eighth session on issue #13); the one that is not is a quotation the text layer
paired wrongly (GUM_interview_messina).

Not a short quotation (fewer than four words: a title, a scare quote, a slogan), nor one that opens
with a lowercase word (a fragment of a sentence the outlet writes) or does not end a sentence (inside
its marks or right after them), nor one with the outlet's words before or after it in its sentence (those
are the cue rules' or mixed), nor one whose every word is capitalised (a title or a sign's text) or that the
next sentence names a sign, a slogan, a song (helper-106's reading). The speaker stays unknown even where
the sentence before names someone ("Ms. Perez was blunt. “They lied to us.”"): that reading is left open.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from itertools import accumulate

from ._mentions import Context
from .types import Attribution

__all__ = ["free_quotations"]

# fewer words: a title, a scare quote or a slogan ("“Poet says We Know”", GUM_interview_messina; the shortest of the
# twenty development quotations has seven)
_MIN_WORDS = 4
_ENDS_SENTENCE_RE = re.compile(r"[.!?…][\"”’'»)\]]*\s*$")
_AFTER_END_RE = re.compile(r"\s*[.!?…]")  # British style: “We will not be silenced by anyone”.
_NON_WORDS_RE = re.compile(r"[^\w]*")
_WORD_RE = re.compile(r"[^\W\d_][\w’'-]*")
# the next sentence says what the words are: a sign's, a slogan, a song (helper-106's reading: "“Stay home, save lives.”
# The government slogan appeared on every bus stop.")
_NAMED_AFTER_RE = re.compile(r"[\s\"”’'»)\]]*(?:The|That|This|Its|His|Her|Their|A|An)\s+(?:[\w’'-]+\s+){0,3}?(?:sign|slogan|motto|"
                             r"song|hymn|anthem|banner|tagline|title|headline|poster|placard|chant|inscription|phrase|line|lyric|"
                             r"refrain|jingle|catchphrase|caption|notice|message|sticker|billboard|mural|graffiti)s?\b")


def free_quotations(ctx: Context, found: list[Attribution]) -> list[Attribution]:
    """One unsourced direct attribution for each quotation that fills its sentences and that no attribution in
    ``found`` covers (see the module docstring), in text order.

    Examples
    --------
    >>> from framing import attributions
    >>> [(a.kind, a.speaker, a.flags) for a in attributions("“More people are turning to credit than ever before.”")]
    [('direct', None, ('unsourced',))]
    """
    layer = ctx.layer
    text = layer.text
    spans = sorted(a.content_span for a in found)
    starts = [a for a, _ in spans]
    reach = list(accumulate((b for _, b in spans), max))  # reach[i]: the furthest end among spans[:i + 1]
    out: list[Attribution] = []
    for q in layer.top_quotes:
        s, e = q.content_start, q.content_end
        body = text[s:e]
        words = _WORD_RE.findall(body)
        if len(body.split()) < _MIN_WORDS or not words or not body.lstrip("\"“‘'«([ ")[:1].isupper() \
                or all(w[:1].isupper() for w in words) or _NAMED_AFTER_RE.match(text, q.end) \
                or not (_ENDS_SENTENCE_RE.search(body) or _AFTER_END_RE.match(text, q.end)):
            continue  # (every word capitalised: a title or a sign, "“I Will Always Love You.”", "“Keep Off The Grass.”")
        i = bisect_left(starts, e) - 1  # the spans that start before the quotation ends ...
        if i >= 0 and reach[i] > s:  # ... one of which ends after it starts: covered
            continue
        first, last = layer.sentence_index(q.start), layer.sentence_index(max(q.end - 1, q.start))
        if first < 0 or last < 0:
            continue
        lo, hi = layer.sentences[first].start, layer.sentences[last].end
        if not (_NON_WORDS_RE.fullmatch(text, lo, q.start) and _NON_WORDS_RE.fullmatch(text, q.end, max(hi, q.end))):
            continue  # the outlet's words in the same sentence: a cue the rules did not take, or a quotation it uses
        out.append(Attribution("direct", None, "unnamed", None, None, None, (s, e), None, ("unsourced",)))
    return out
