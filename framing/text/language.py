"""A cheap check that a text is probably English, for a warning (never a refusal).

Every rule of ``framing`` (lexicons, reporting verbs, sentence splitting, VADER)
is written for English news text. Another language is still analysed, but its
numbers mean little, so :func:`framing.analyze` records a warning in
``Analysis.warnings`` when :func:`language_warning` returns one.

The rule
--------
Count the letter-only words of the text (lower-cased) and the share of them
that are among :data:`ENGLISH_FUNCTION_WORDS`: 60 very common English function
words (articles, pronouns, auxiliaries, prepositions, conjunctions). English prose
is full of them; other languages share only a few short ones (``a``, ``in``,
``on``, ``was`` ...). The text is flagged when the share is below
:data:`THRESHOLD` and it has at least :data:`MIN_WORDS` words (shorter texts
are too noisy to judge, so no warning). A ``language`` metadata value (from a
manifest or table column) that does not start with ``en`` is also reported.

Where the threshold comes from (measured on 2026-11-30 with this word list):

* the five English articles of ``data/cecot-2025-03``: shares 0.30 to 0.36;
* the 15 English news sentences composed in ``tests/test_batch.py``: 0.18 to
  0.56 one by one, 0.38 together; a bare headline (``Council votes to close
  shelter after budget fight``): 0.25;
* Spanish, German and French news paragraphs composed for
  ``tests/test_reliability.py``: 0.015, 0.033 and 0.038.

0.12 sits between the lowest English text of 30 words or more (0.30) and the
highest non-English share (0.04), with room on both sides; below 30 words one
sentence can swing the share (0.18 above), so short texts get no warning. It is
a heuristic: a text half English and half another language passes.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

__all__ = ["ENGLISH_FUNCTION_WORDS", "THRESHOLD", "MIN_WORDS", "english_share", "language_warning"]

# Data, not code: 60 of the most frequent English function words (all closed-class).
ENGLISH_FUNCTION_WORDS = frozenset("""
the of and to a in is that for it was on with as he she they we you i his her their its
be are were been has have had by at from this which who will would not but or an
said about after than there what when more can also into him them our these those all
""".split())
THRESHOLD = 0.12
MIN_WORDS = 30
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


def english_share(text: str) -> tuple[float, int]:
    """Share of the words of ``text`` that are common English function words, and the word count.

    Examples
    --------
    >>> english_share("The judge said that the order was clear.")
    (0.625, 8)
    >>> english_share("")
    (0.0, 0)
    """
    n = hits = 0
    for m in _WORD.finditer(text):
        n += 1
        hits += m.group().lower() in ENGLISH_FUNCTION_WORDS
    return (hits / n if n else 0.0), n


def language_warning(text: str, *, metadata: Mapping[str, Any] | None = None) -> str | None:
    """A warning when ``text`` is probably not English, else None (see the module docstring).

    Parameters
    ----------
    text : str
        The article text.
    metadata : mapping, optional
        Article metadata; a ``language`` value not starting with ``en`` is reported.

    Examples
    --------
    >>> es = "El juez federal ordenó que los aviones regresaran, pero el gobierno dijo que ya era tarde. " * 3
    >>> language_warning(es)
    'probably not English (0% of 48 words are common English function words; threshold 12%): results may be meaningless'
    >>> language_warning("The judge said that the planes must turn around, but officials said it was too late. " * 3) is None
    True
    """
    declared = str((metadata or {}).get("language") or "").strip()
    if declared and not declared.lower().startswith("en"):
        return f"language is {declared!r}, not English: the lexicons and rules are for English, so results may be meaningless"
    share, n = english_share(text)
    if n >= MIN_WORDS and share < THRESHOLD:
        return (f"probably not English ({share:.0%} of {n} words are common English function words; "
                f"threshold {THRESHOLD:.0%}): results may be meaningless")
    return None
