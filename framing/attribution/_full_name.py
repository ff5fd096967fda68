"""The full name an article gives a surname (internal to :mod:`framing.attribution`; split from :mod:`.profiles`, at its
size limit, in the twenty-eighth session)."""

from __future__ import annotations

import re

from ._common_nouns import is_common_noun
from ._mentions import Context
from ._words import DETERMINERS, HONORIFICS, LEAD_CAPS, NAME_PREFIX, QUANTIFIERS, bare_surname

__all__ = ["NAME_HONORIFICS", "full_name"]

# "Mr. Rathbun" has no first name: the registry's honorifics, with the two it does not split names at
NAME_HONORIFICS = HONORIFICS | {"miss", "prof"}
# "<Name> of" right before a run of capitalised words that ends in a surname
_OF_BEFORE_RE = re.compile(r"\b[A-Z][\w.’'-]*\s+of\s+$")
# the rest of an inverted introduction after a surname: an apposition, then a comma or colon and a quotation
_QUOTE_AFTER_RE = re.compile(r"(?:,[^“”\"‘`:.!?]{1,120}?)?[,:]\s*[“\"‘'`]")  # ("the company's CFO", two commas)


def full_name(ctx: Context, surname: str) -> tuple[str, int] | None:
    """The first full name ending in ``surname`` in the text, and where it starts.

    The capitalised words right before the surname that are not title, organisation or country
    words and do not open a clause ("Professor Kevin Allton" -> "Kevin Allton"; "As Heald" has
    none; "Monday. Assad" none: a word ending in a full stop ends a sentence unless it is an initial
    or honorific). "Assad" finds "Bashar al-Assad" and "al-Assad" finds "Bashar Assad". The surname of a speaker named in full only where no reporting verb was ("Kristen
    Wilkins, curator of the exhibit, organised ..."; later "Wilkins said") is that person. After "<Name> of" the run opens
    with the rest of the institution's name: up to a common noun ("Minister of Health Mary Ann Reyes"), else its first word
    ("Duchess of Cambridge Kate Middleton"), or all but the last of three ("University of Texas Arlington Amneh Jafari").
    """
    text = ctx.layer.text
    seen: dict[str, list[int]] = {}
    bare = bare_surname(surname)  # "Assad" and "al-Assad" are one surname
    for m in re.finditer(rf"((?:[A-Z][\w.’'-]*[ \t]+){{1,3}})((?:{NAME_PREFIX})?){re.escape(bare)}\b(?![’']s\b)", text):
        words = m.group(1).split()
        first: list[str] = []
        after_of = _OF_BEFORE_RE.search(text, max(0, m.start() - 40), m.start()) is not None
        while words and not (after_of and is_common_noun(words[-1].lower())) and not ctx.roles.is_title_word(words[-1]) and words[-1].lower() not in LEAD_CAPS \
                and words[-1].lower() not in DETERMINERS | QUANTIFIERS and words[-1].lower().rstrip(".") not in NAME_HONORIFICS \
                and not (words[-1].endswith(".") and len(words[-1]) > 2) and not words[-1].lower().endswith("-based") \
                and not (not words[:-1] and ctx.verbs.regex.fullmatch(words[-1]) and ctx.layer.sentence_index(m.start()) >= 0
                         and ctx.layer.sentence_starts[ctx.layer.sentence_index(m.start())] == m.start()
                         and _QUOTE_AFTER_RE.match(text, m.end())):
            first.insert(0, words.pop())  # not "Monday. Assad" (a sentence ended), "U.S.-based Chevron" (a place), a cue
            # opening the sentence before a quotation ("Replied Jones, a local farmer: “…”", an inverted introduction;
            # but "Grant Robertson, New Zealand's finance minister, presented", "Said Jalili, ..., said")
        if after_of and not words:  # (see the docstring)
            first = first[-1:] if len(first) == 3 else first[1:]
        if first:
            seen.setdefault(" ".join(first + [m.group(2) + bare]), []).append(m.start())
    if not seen:
        return None
    # the spelling written most often ("Kristen" twice, "Kristin" once), then the first
    name = max(seen, key=lambda n: (len(seen[n]), -seen[n][0]))
    return name, seen[name][0]
