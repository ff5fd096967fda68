"""Sentence sentiment by voice: VADER per sentence, split at quotation boundaries.

Method
------
Every analysed sentence of the text layer is scored with VADER (Hutto &
Gilbert 2014), never a whole article: VADER's compound score is a normalised
sum that saturates towards ±1 on long texts. ``compound`` is exactly
``SentimentIntensityAnalyzer().polarity_scores(sentence_text)["compound"]``.

**Voice.** A sentence is ``"author"`` (the outlet's own words), ``"quoted"``
(inside a quotation), ``"reported"`` (mostly the unquoted content of an
attribution: "Suthers said the lawsuit was without merit.") or ``"mixed"``
(quoted words beside unquoted ones). The sentence is cut into voice pieces by
:meth:`framing.text.voices.Voices.segments` (quotation boundaries, and the
content spans of the attributions of kind indirect, according_to and mixed);
pieces holding no letter or digit (a lone quotation mark, a comma) carry no
voice and are dropped, and neighbouring pieces of the same voice are joined. A
sentence of several pieces gets one :class:`Segment` per piece, each scored by
VADER on its own; per-article aggregates use segments, so a sentence gives its
author part to the author voice, its reported part to the reported voice and
its quoted part to the quoted voice.

**Framing-neutral variant.** VADER scores reporting verbs as sentiment
(*accused* -1.2, *denied* -1.9, *praised* +2.2 in its lexicon) and ignores
hedges, so a sentence's score mixes what is said with how the outlet reports
it. ``compound_neutral`` scores the same text with every attribution cue
(``Attribution.cue_span``) and every hedge term (``Hedge.start``/``end``; for a
scare quote that is the whole quotation, marks and words) removed: each masked character range is replaced by one space, then VADER runs
on the result. The verb choice is then measured by the attribution and hedge
scores alone, not counted a second time as sentiment. When nothing is masked
in a sentence, ``compound_neutral == compound`` and no second VADER call is made.

The result types are in :mod:`framing.sentiment.types`, the per-article ``sent_``
scores in :mod:`framing.sentiment.score`, the sentence table in :mod:`framing.tables`.

**Speed.** VADER is the expensive step. One analyser is made lazily and
shared; a text with no word of VADER's lexicon (and no emoji) is given 0.0
without calling VADER, which is exactly what VADER returns for it (its score is
a sum over lexicon words only); VADER results are cached by text
(``_vader_call`` is an ``lru_cache``). A segment or a masked text whose score provably equals
the sentence's (only inert words removed, far enough from any lexicon word: see
``_same_compound``) reuses it. Otherwise extra VADER calls are made only for
the segments of mixed sentences and for sentences or segments with something
masked. Every shortcut returns exactly what VADER would (tested against VADER).
"""

from __future__ import annotations

import bisect
import re
import string
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import Any

from ..text.layer import TextLayer, text_layer
from ..text.spans import merge_spans
from ..text.voices import Voices, sentence_voice
from .types import Segment, SentenceSentiment

__all__ = ["sentence_sentiment", "vader_compound"]

_HAS_WORD = re.compile(r"[^\W_]")
_PUNCT = string.punctuation
_analyzer: Any = None
_lexicon: dict[str, float] = {}
_emoji_chars: frozenset[str] = frozenset()
_not_inert: frozenset[str] = frozenset()
# Words VADER reads around a lexicon word (negation, "but", "least", "never so", "without doubt",
# "kind of", "no ... or/nor"), besides its NEGATE, BOOSTER_DICT and idiom tables.
_VADER_FUNCTION_WORDS = "no never so this without doubt least at very but or nor kind of".split()


def _get_analyzer() -> Any:
    global _analyzer, _lexicon, _emoji_chars, _not_inert
    if _analyzer is None:
        from vaderSentiment import vaderSentiment as vs

        _analyzer = vs.SentimentIntensityAnalyzer()
        _lexicon = _analyzer.lexicon
        _emoji_chars = frozenset(k for k in _analyzer.emojis if len(k) == 1)
        words = set(_VADER_FUNCTION_WORDS) | {w.lower() for w in vs.NEGATE}
        for table in (vs.BOOSTER_DICT, vs.SPECIAL_CASES, vs.SENTIMENT_LADEN_IDIOMS):
            words.update(w for key in table for w in key.lower().split())
        _not_inert = frozenset(words)
    return _analyzer


def _vader_tokens(text: str) -> list[str]:
    """VADER's tokens (``SentiText.words_and_emoticons``) of a text without emoji."""
    out = []
    for token in text.split():
        word = token.strip(_PUNCT)
        out.append(word if len(word) > 2 else token)
    return out


def _inert(token: str) -> bool:
    low = token.lower()
    return low not in _lexicon and low not in _not_inert and "n't" not in low


def _allcap_differential(tokens: list[str]) -> bool:
    caps = sum(t.isupper() for t in tokens)
    return 0 < len(tokens) - caps < len(tokens)


def _same_compound(old: str, new: str, a: list[str] | None = None, b: list[str] | None = None) -> bool:
    """True if VADER's compound of ``new`` provably equals that of ``old`` (so no second call is needed).

    ``new`` is ``old`` with some characters removed or blanked (a masked cue, or a
    sentence cut to one of its voice segments). Their VADER token lists then
    differ in one region. The compound is unchanged when (read off
    ``SentimentIntensityAnalyzer.sentiment_valence``, ``_but_check`` and
    ``score_valence``): every token in the differing region is *inert* (not in
    the lexicon, not a negation, booster, idiom word or one of the function
    words VADER inspects); no lexicon word lies within three tokens after the
    region or two before it (VADER looks three tokens back and two ahead of a
    lexicon word); the "some words ALL CAPS" flag is the same; and the counts
    of ``!`` and ``?`` (punctuation emphasis) are the same. Neither text may
    hold an emoji. Tested against VADER itself with random texts.
    """
    if old.count("!") != new.count("!") or old.count("?") != new.count("?"):
        return False
    if not _emoji_chars.isdisjoint(old) or not _emoji_chars.isdisjoint(new):
        return False
    a = _vader_tokens(old) if a is None else a
    b = _vader_tokens(new) if b is None else b
    n = min(len(a), len(b))
    p = 0
    while p < n and a[p] == b[p]:
        p += 1
    q = 0
    while q < n - p and a[-1 - q] == b[-1 - q]:
        q += 1
    ea, eb = len(a) - q, len(b) - q
    if not all(_inert(t) for t in a[p:ea]) or not all(_inert(t) for t in b[p:eb]):
        return False
    if any(t.lower() in _lexicon for t in a[max(0, p - 2):p]) or any(t.lower() in _lexicon for t in a[ea:ea + 3]):
        return False
    return _allcap_differential(a) == _allcap_differential(b)


def _no_lexicon_word(text: str, tokens: list[str] | None = None) -> bool:
    """True if VADER would find no lexicon word in ``text`` (its tokenisation, exactly)."""
    if not _emoji_chars.isdisjoint(text):
        return False
    for word in _vader_tokens(text) if tokens is None else tokens:
        if word.lower() in _lexicon:
            return False
    return True


@lru_cache(maxsize=8192)
def _vader_call(text: str) -> float:
    return _analyzer.polarity_scores(text)["compound"]


def vader_compound(text: str) -> float:
    """VADER's compound score of ``text``, identical to ``polarity_scores(text)["compound"]``.

    Skips the VADER call (returning 0.0, which is what VADER returns) when no
    token of ``text`` is in VADER's lexicon; VADER results are cached by text
    (``framing.sentiment._vader_call``, an ``lru_cache``).

    Examples
    --------
    >>> vader_compound("The judge praised the ruling.")
    0.4939
    >>> vader_compound("The judge read the ruling.")
    0.0
    """
    _get_analyzer()
    if _no_lexicon_word(text):
        return 0.0
    return _vader_call(text)


def _mask_ranges(hedges: Iterable[Any], attributions: Iterable[Any]) -> list[tuple[int, int]]:
    ranges: list[tuple[int, int]] = []
    for a in attributions:
        span = getattr(a, "cue_span", None) if not isinstance(a, dict) else a.get("cue_span")
        if span is not None:
            ranges.append((int(span[0]), int(span[1])))
    for h in hedges:
        s, e = (h["start"], h["end"]) if isinstance(h, dict) else (getattr(h, "start", None), getattr(h, "end", None))
        if s is None or e is None:
            raise TypeError(f"a hedge must have start and end offsets; got {type(h).__name__}")
        ranges.append((int(s), int(e)))
    return merge_spans(ranges)


def _masked_text(text: str, start: int, end: int, ranges: Sequence[tuple[int, int]],
                 starts: Sequence[int]) -> tuple[str | None, tuple[tuple[int, int], ...]]:
    """``text[start:end]`` with each overlapping range replaced by one space (None if none overlaps)."""
    i = max(bisect.bisect_right(starts, start) - 1, 0)
    parts: list[str] = []
    hit: list[tuple[int, int]] = []
    pos = start
    while i < len(ranges) and ranges[i][0] < end:
        s, e = max(ranges[i][0], start), min(ranges[i][1], end)
        if s < e:
            parts.append(text[pos:s])
            parts.append(" ")
            hit.append((s, e))
            pos = e
        i += 1
    if not hit:
        return None, ()
    parts.append(text[pos:end])
    return "".join(parts), tuple(hit)


def _derived(old: str, old_compound: float, new: str, old_tokens: list[str] | None = None) -> float:
    """VADER compound of ``new``, reusing ``old_compound`` when it provably equals it."""
    _get_analyzer()
    new_tokens = _vader_tokens(new)
    if _no_lexicon_word(new, new_tokens):
        return 0.0
    if _same_compound(old, new, old_tokens, new_tokens):
        return old_compound
    return _vader_call(new)


def _voice_pieces(voices: Voices, start: int, end: int) -> list[tuple[int, int, str]]:
    pieces: list[tuple[int, int, str]] = []
    for s, e, v in voices.segments(start, end):
        if not _HAS_WORD.search(voices.layer.text, s, e):
            continue
        if pieces and pieces[-1][2] == v:
            pieces[-1] = (pieces[-1][0], e, v)
        else:
            pieces.append((s, e, v))
    return pieces


def sentence_sentiment(layer: TextLayer | str, *, hedges: Iterable[Any] = (),
                       attributions: Iterable[Any] = (), voices: Voices | None = None) -> list[SentenceSentiment]:
    """Score every sentence of an article with VADER, by voice, plain and framing-neutral.

    Parameters
    ----------
    layer : TextLayer or str
        The article's text layer (or its text, from which one is made).
    hedges : iterable, optional
        Hedge objects (anything with ``start`` and ``end``); their terms are masked
        for ``compound_neutral``.
    attributions : iterable, optional
        Attribution objects (anything with ``cue_span``, ``(start, end)`` or None);
        their cues are masked for ``compound_neutral``, and the content spans of the
        reported kinds (``kind`` and ``content_span``) are the ``reported`` voice.
    voices : Voices, optional
        The article's voices, if already built (default: ``Voices.of(layer, attributions)``).

    Returns
    -------
    list of SentenceSentiment
        One per sentence of ``layer.sentences``, in text order.

    Examples
    --------
    >>> out = sentence_sentiment("Officials denied the report. She said: “It was a great day.”")
    >>> [(s.voice, s.compound) for s in out]
    [('author', -0.4404), ('mixed', 0.6249)]
    >>> [(seg.voice, seg.compound) for seg in out[1].segments]
    [('author', 0.0), ('quoted', 0.6249)]
    """
    if isinstance(layer, str):
        layer = text_layer(layer)
    elif not isinstance(layer, TextLayer):
        hint = " Call it once per article." if isinstance(layer, (list, tuple)) else ""
        raise TypeError(f"sentence_sentiment() takes one TextLayer (or one text), not a {type(layer).__name__}.{hint}")
    _get_analyzer()
    text = layer.text
    attributions = list(attributions or ())
    hedges = tuple(hedges or ())
    if voices is None:
        voices = Voices.of(layer, attributions).for_hedges(hedges)  # scare quotes: author voice
    ranges = _mask_ranges(hedges, attributions)
    starts = [r[0] for r in ranges]
    out: list[SentenceSentiment] = []
    for sent in layer.sentences:
        s, e = sent.start, sent.end
        sent_text = text[s:e]
        tokens = _vader_tokens(sent_text)
        compound = 0.0 if _no_lexicon_word(sent_text, tokens) else _vader_call(sent_text)
        masked_text, masked = _masked_text(text, s, e, ranges, starts) if ranges else (None, ())
        neutral = compound if masked_text is None else _derived(sent_text, compound, masked_text, tokens)
        pieces = _voice_pieces(voices, s, e)
        if len(pieces) <= 1:
            voice = pieces[0][2] if pieces else "author"
            segments: tuple[Segment, ...] = (Segment(s, e, voice, compound, neutral),)
        else:
            voice = sentence_voice(pieces, text)
            segs = []
            for ps, pe, pv in pieces:
                seg_text = text[ps:pe]
                pc = _derived(sent_text, compound, seg_text, tokens)
                mt, _ = _masked_text(text, ps, pe, ranges, starts) if masked else (None, ())
                segs.append(Segment(ps, pe, pv, pc, pc if mt is None else _derived(seg_text, pc, mt)))
            segments = tuple(segs)
        out.append(SentenceSentiment(s, e, sent.label, voice, compound, neutral, segments, masked))
    return out
