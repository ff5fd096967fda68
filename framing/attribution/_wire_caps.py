"""A company's name in the capitals that open a newswire story (internal to :mod:`framing.attribution`).

The Wall Street Journal sets the first words of a story in capitals, a company's name among them ("ONEIDA Ltd.
declared a 10% stock dividend", "BLOCKBUSTER ENTERTAINMENT CORP. said", "GOODY PRODUCTS Inc. cut its quarterly
dividend"), and writes the name in upper and lower case after that ("Oneida said"). :func:`uncapped` writes such a
name as the story does later, so that :func:`~framing.attribution._companies.companies` finds one company under both
spellings: a word as the story spells it elsewhere with a capital ("UNIFIRST Corp." ... "UniFirst" -> "UniFirst Corp."),
else in title case; words of three letters or fewer stay in capitals (initials: "AEP INDUSTRIES Inc." -> "AEP Industries
Inc.", "CMS ENERGY Corp." -> "CMS Energy Corp."). Eleven of FactBank's 208 documents open so.
"""

from __future__ import annotations

import re

__all__ = ["uncapped"]

# capitals before a legal suffix (itself in capitals or not) at the start of the text or of a line
_CAPS_RE = re.compile(r"(?m)^((?:[A-Z][A-Z'-]+|&)(?:\s+(?:[A-Z][A-Z'-]+|&))*)(\s+(?:CORP|INC|CO|LTD|COS|Corp|Inc|Co|Ltd|Cos)\b\.?)")


def _title(word: str, text: str) -> str:
    """``word`` as the text spells it elsewhere in upper and lower case ("UNIFIRST" -> "UniFirst"), else title-cased."""
    if len(re.sub(r"\W", "", word)) <= 3:
        return word
    return next((m.group() for m in re.finditer(rf"\b{re.escape(word)}\b", text, re.I) if m.group()[0].isupper() and not m.group().isupper()),
                word.title())  # (a capital first: not "products" of "other cosmetic products")


def uncapped(text: str) -> tuple[str, dict[str, str]]:
    """``text`` with an opening company name in capitals written in upper and lower case (same length), and each
    changed name as written -> as changed, for the name with its suffix and without.

    Examples
    --------
    >>> uncapped("ONEIDA Ltd. declared a dividend. Oneida said.")
    ('Oneida Ltd. declared a dividend. Oneida said.', {'ONEIDA Ltd.': 'Oneida Ltd.', 'ONEIDA': 'Oneida'})
    """
    changed: dict[str, str] = {}

    def title(m: re.Match[str]) -> str:
        name = " ".join(_title(w, text) for w in m.group(1).split(" "))
        suffix = m.group(2) if not m.group(2).strip(" .").isupper() else m.group(2).title()
        if name != m.group(1) and len(re.sub(r"\W", "", m.group(1))) > 3:
            changed[m.group(1) + m.group(2).rstrip()] = name + suffix.rstrip()
            changed[m.group(1)] = name
            return name + suffix
        return m.group()

    return _CAPS_RE.sub(title, text), changed
