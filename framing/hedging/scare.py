"""Scare quotes: quotation marks the outlet uses in its own voice to keep a word at a distance.

:func:`scare_quotes` keeps the short quotations inside a sentence that no speaker is attached
to and that are not names, titles or words being mentioned (:func:`framing.text.naming.name_quote`).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from typing import Any

from ..text.layer import WORD_RE, TextLayer
from ..text.naming import name_quote
from ..text.voices import Voices
from . import rules as hr
from .types import Hedge

__all__ = ["scare_quotes"]

_HAS_WORD = re.compile(r"\w")
#: Modals and auxiliaries: a quotation holding one is a clause someone said or wrote, not a marked word.
CLAUSE_WORDS = frozenset("""must will would shall should can could may might is are was were am has have had do does did
    won't can't isn't aren't wasn't don't doesn't didn't""".split())
#: "accused X of" right before a quotation: the quoted words are the accuser's.
ACCUSED_OF = re.compile(r"(?<![\w-])accus(?:e|es|ed|ing)\s+(?:[\w’'.-]+\s+){0,4}?of\s*$", re.IGNORECASE)


def scare_quotes(layer: TextLayer, *, attributions: Sequence[Any] | None = None,
                 voices: Voices | None = None) -> list[Hedge]:
    """Quotation regions that mark words as someone else's without quoting a speaker.

    A top-level, closed quotation is a scare quote when all hold:

    1. it has 1 to :data:`~framing.hedging.rules.SCARE_QUOTE_MAX_WORDS` (6) words;
    2. its content does not end a sentence (no ``.``, ``!``, ``?`` at its end) and holds no
       modal or auxiliary verb (a quoted clause, "must be completed in English", is someone's text);
    3. it sits inside a sentence: author words before or after it in the same sentence;
    4. no speaker is attached: no colon right before it when it closes the sentence, no speech or naming
       verb (said, wrote, told, called, described, according to ...) earlier in
       the sentence or among the three words after it, and, when
       ``attributions`` are given, no attribution whose ``content_span``
       overlaps it and whose cue is such a verb in that position (or that has
       no cue, as for the later paragraphs of a quote).

    So "he called it a 'mega-prison'" and "claiming they were 'considered
    criminals'" are partial quotes of a speaker, not scare quotes; "200 alleged
    'gang members'" is one (allegation adjectives are not speech verbs), but "accused
    Obama of 'projecting weakness'" is the accuser's words.

    5. it is not a name or title, nor a word being mentioned (:func:`framing.text.naming.name_quote`):
       Title Case words ("The Internet Explorer 6 Countdown", 'Hope'); after a naming
       phrase ("known as", "the name", "titled"); after "the term / word / phrase";
       followed by a gloss ("the 'third map' (third round)") or by "refers to" / "means" /
       "jargon"; before a head noun that a name modifies ("'parole' status", "the
       'History' section"); an award after "for" in a sentence about an award
       ("honored for 'courageous achievement'");
    6. it is not inside a quotation set off as a paragraph (:func:`framing.text.voices.block_quotes`;
       ``voices``, default built from ``attributions``);
    7. its words are not quoted elsewhere in the article in a quotation that is not a
       scare quote candidate (a headline's 'quasi-state of war' echoes a source's quote
       in the body).

    Examples
    --------
    >>> from framing.text import text_layer
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
    if voices is None:
        voices = Voices.of(layer, attributions)
    first_cue: dict[tuple[int, int], int] = {}
    found: list[tuple[Any, int, int]] = []
    others: list[str] = []  # the words of the quotations that are not candidates
    for q in layer.top_quotes:
        words = " ".join(WORD_RE.findall(text, q.content_start, q.content_end)).casefold()
        others.append(words)
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
        if content.endswith((".", "!", "?", "…")) or any(w.lower() in CLAUSE_WORDS for w in
                                                          WORD_RE.findall(text, q.content_start, q.content_end)):
            continue  # a sentence or a clause ("must be completed in English") is quoted speech or text
        i = layer.sentence_index(q.start)
        if i < 0 or not q.start < sents[i].end:
            continue
        lo, hi = sents[i].start, sents[i].end
        if not (_HAS_WORD.search(text, lo, q.start) or _HAS_WORD.search(text, q.end, hi)):
            continue
        j = q.start
        while j > lo and text[j - 1].isspace():
            j -= 1
        if j > lo and text[j - 1] == ":" and not _HAS_WORD.search(text, q.end, hi):
            continue  # 'He wrote: "Too late".' (but 'Reports: 'streamlined' UK asylum process' goes on)
        if (lo, hi) not in first_cue:  # the first speech cue of the sentence, found once
            m = hr.SPEECH_CUE_RE.search(text, lo, hi)
            first_cue[lo, hi] = m.end() if m else hi + 1
        if first_cue[lo, hi] <= q.start:
            continue
        if hr.SPEECH_CUE_RE.search(" ".join(hr.words_after(text, q.end, hi, 3))):
            continue
        if ACCUSED_OF.search(text, max(lo, q.start - 80), q.start):
            continue  # "Ryan accused Obama of 'projecting weakness'": Ryan's words (kind mixed)
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
        others.pop()
        if name_quote(text, q, lo, hi) or voices.voice_at(q.start) == "quoted":
            continue
        found.append((q, lo, words))
    out: list[Hedge] = []
    for q, lo, words in found:
        if any(words and f" {words} " in f" {o} " for o in others):
            continue  # an echo of a quotation of a source elsewhere in the article
        out.append(Hedge(q.start, q.end, text[q.start:q.end], "scare_quote", "author",
                         text[q.content_start:q.content_end].strip().rstrip(",;:"),
                         hr.is_negated(text, q.start, lo), False, "", "scare quote: quotation rules"))
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
