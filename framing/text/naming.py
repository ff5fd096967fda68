"""Quotations that are names, titles or words being mentioned, not anyone's speech.

"The Internet Explorer 6 Countdown" (a title), a cosplayer "going by the name 'The
Katherinator'", "the word 'no'", "'parole' status": the quotation marks do not give a speaker
a voice. :func:`name_quote` says which; :class:`framing.text.voices.Voices` keeps such a
quotation in the voice around it, and :func:`framing.hedging.scare_quotes` does not count it.
"""

from __future__ import annotations

import re
from typing import Any

from .layer import WORD_RE

__all__ = ["name_quote", "NAME_HEADS", "TITLE_SMALL"]

_HAS_WORD = re.compile(r"\w")
#: Small words a Title Case name may hold in lower case ("Operation of the Year").
TITLE_SMALL = frozenset("a an and as at but by for from in into of on or the to via vs with de la von van".split())
#: Phrases right before a quotation that make it a name ("known as", "going by the name").
NAMING_BEFORE = re.compile(
    r"(?:(?:known|know|referred\s+to|billed|nicknamed|styled)\s+as|(?:the\s+)?name[ds]?|titled|entitled|nicknamed|"
    r"the\s+(?:term|terms|word|words|phrase|phrases|expression|slogan|motto|hashtag|label|title|caption|headline)"
    r")\s*[,:]?\s*$", re.IGNORECASE)
#: Words soon after a quotation that make it a term being mentioned ("To 'route out' in Scientology jargon refers to").
MENTION_AFTER = re.compile(r"^[\s,]*(?:\(|(?:\S+\s+){0,4}?(?:refers?\s+to|means|meaning|stands\s+for|jargon|slang|parlance)(?![\w-]))",
                           re.IGNORECASE)
#: Head nouns that a quoted name modifies ("'parole' status", "the 'History' section", "a 'Hope' t-shirt" aside).
NAME_HEADS = frozenset("""status section category label designation tab page site website show series book film movie
    album song hashtag slogan award prize medal badge title seats seat tag""".split())
AWARD_RE = re.compile(r"\b(?:awards?|awarded|honou?red|honou?rs?|prizes?|medals?|trophy|trophies)\b", re.IGNORECASE)


def _title_case(words: list[str]) -> bool:
    content = [w for w in words if w.lower() not in TITLE_SMALL] or words
    return all(w[0].isupper() or w[0].isdigit() for w in content)


def _titled_line(text: str, q: Any, lo: int, hi: int) -> bool:
    """True if the words of the sentence around ``q`` are mostly capitalised (a Title Case headline)."""
    around = WORD_RE.findall(text, lo, q.start) + WORD_RE.findall(text, q.end, hi)
    around = [w for w in around if w.lower() not in TITLE_SMALL]
    return len(around) >= 2 and sum(w[0].isupper() for w in around) >= 0.85 * len(around)


def name_quote(text: str, q: Any, lo: int, hi: int) -> bool:
    """True if quotation ``q`` in sentence ``[lo, hi)`` is a name, a title or a word being mentioned.

    Title Case words ("The Internet Explorer 6 Countdown", 'Hope'; not in a Title Case
    headline, not one word opening a sentence); after a naming phrase ("known as", "the
    name", "titled") or "the term / word / phrase"; followed by a gloss ("the 'third map'
    (third round)") or by "refers to" / "means" / "jargon"; before a head noun that a name
    modifies ("'parole' status", "the 'History' section"); after "for" in a sentence about an
    award ("honored for 'courageous achievement'").

    Examples
    --------
    >>> from framing.text.layer import text_layer
    >>> t = "He went by the name 'The Katherinator' and was granted 'parole' status."
    >>> [name_quote(t, q, 0, len(t)) for q in text_layer(t).top_quotes]
    [True, True]
    """
    words = WORD_RE.findall(text, q.content_start, q.content_end)
    if not words:
        return True
    initial = not _HAS_WORD.search(text, lo, q.start)
    if _title_case(words) and not _titled_line(text, q, lo, hi) and not (initial and len(words) == 1):
        return True  # a name or a title: "The Internet Explorer 6 Countdown", "Hope"
    if NAMING_BEFORE.search(text, max(lo, q.start - 40), q.start):
        return True
    if MENTION_AFTER.search(text[q.end:min(hi, q.end + 80)]):
        return True
    nxt = WORD_RE.match(text, q.end + 1, hi) if text[q.end:q.end + 1].isspace() else None
    if nxt and nxt.group().lower() in NAME_HEADS:
        return True  # "'parole' status", "the 'History' section"
    before = WORD_RE.findall(text, max(lo, q.start - 12), q.start)
    return bool(before and before[-1].lower() == "for" and AWARD_RE.search(text, lo, hi))


