"""Company names of one article (internal to :mod:`framing.attribution`).

Newswire names a company in full once, with its legal suffix ("Unisys Corp.", "Ralston Purina
Co."), and then by its short name ("Unisys said ..."; "Jim Unruh, Unisys's president"). Both
forms are one speaker, and a person who speaks for a company is not a government official
whatever the title ("president", "chairman", "spokesman"): the annotation guidelines type
companies and their people ``other``.
"""

from __future__ import annotations

import re

__all__ = ["companies", "company_mentions"]

# legal suffixes that end a company's name (not "Group": "Refugee Action Group" is no company)
_SUFFIX = r"(?:Corp|Corporation|Inc|Co|Ltd|Company|plc|PLC|LLC)"
_SUFFIX_RE = re.compile(rf"\b{_SUFFIX}\b\.?(?:,?\s+{_SUFFIX}\b\.?)*(?:[’']s\b)?")
_WORD_RE = re.compile(r"\S+")
_LINKS = ("&", "of", "and")


def companies(text: str) -> dict[str, str]:
    """Each company named with a legal suffix in ``text``: its short name and its full name -> the full name.

    The name is the capitalised words before the suffix (at most five, "&", "of" and "and" inside
    it), without a leading "The" and a possessive.

    Examples
    --------
    >>> companies("Unisys Corp. posted a loss. Unisys said sales fell.")
    {'Unisys': 'Unisys Corp.', 'Unisys Corp.': 'Unisys Corp.'}
    """
    out: dict[str, str] = {}
    for m in _SUFFIX_RE.finditer(text):
        before = list(_WORD_RE.finditer(text, max(0, m.start() - 80), m.start()))
        body: list[re.Match[str]] = []
        for w in reversed(before):
            word = w.group()
            if len(body) >= 5 or word[-1:] in ".,;:!?\"”’'" and not re.fullmatch(r"(?:[A-Z]\.)+", word):
                break
            if word[:1].isupper() or word in _LINKS and (body or word == "&"):  # "Dow Jones & Co."
                body.insert(0, w)
            else:
                break
        while body and body[0].group() in _LINKS + ("The", "A", "An"):
            body.pop(0)
        words = [w.group() for w in body]
        while words and words[-1] in _LINKS:
            words.pop()
        if not words:
            continue
        short = " ".join(words)
        full = re.sub(r"[’']s$", "", " ".join(text[body[0].start():m.end()].split()))
        if not full.endswith(".") and re.search(r"\b(?:Corp|Inc|Co|Ltd)$", full):
            full += "."
        out.setdefault(short, full)
        out.setdefault(full, full)
    return out


def company_mentions(text: str, names: dict[str, str]) -> list[tuple[int, str]]:
    """(offset, full name) of every mention of a company of ``names`` (:func:`companies`) in ``text``, in order."""
    if not names:
        return []
    rx = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) + r")(?![\w-])")
    return [(m.start(), names[m.group()]) for m in rx.finditer(text)]
