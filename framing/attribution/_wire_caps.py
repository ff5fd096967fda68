"""A company's name in the capitals that open a newswire story (internal to :mod:`framing.attribution`).

The Wall Street Journal sets the first words of a story in capitals, a company's name among them ("ONEIDA Ltd.
declared a 10% stock dividend", "BLOCKBUSTER ENTERTAINMENT CORP. said", "GOODY PRODUCTS Inc. cut its quarterly
dividend"), and writes the name in upper and lower case after that ("Oneida said"). :func:`uncapped` writes such a
name, in the story's first 600 characters, as the story does later, so that
:func:`~framing.attribution._companies.companies` finds one company under both spellings: a word as the story spells it
elsewhere with a capital ("UNIFIRST Corp." ... "UniFirst" -> "UniFirst Corp."), else in title case, and words of three
letters or fewer in capitals (initials: "AEP INDUSTRIES Inc." ... "AEP Industries" -> "AEP Industries Inc."). A name
none of whose words the story writes in upper and lower case stays as written ("NYNEX Corp.", "GOODY PRODUCTS Inc."),
its suffix in capitals read as a suffix ("BLOCKBUSTER ENTERTAINMENT CORP." -> "BLOCKBUSTER ENTERTAINMENT Corp.").
Eleven of FactBank's 208 documents open with such a name.
"""

from __future__ import annotations

import re

__all__ = ["uncapped"]

# capitals before a legal suffix (itself in capitals or not) at the start of a line of the story's opening
_CAPS_RE = re.compile(r"(?m)^((?:[A-Z][A-Z'-]+|&)(?:\s+(?:[A-Z][A-Z'-]+|&))*)(\s+(?:CORP|INC|CO|LTD|COS|Corp|Inc|Co|Ltd|Cos)\b\.?)")
_OPENING = 600  # characters: a headline and the lead's first line (the capitals open the story, nowhere else)
_MIXED_RE = re.compile(r"\b[A-Z][\w’'-]*[a-z][\w’'-]*")  # a word in upper and lower case, a capital first


def uncapped(text: str) -> tuple[str, dict[str, str]]:
    """``text`` with an opening company name in capitals written as the story spells it elsewhere (same length), and
    each changed name as written -> as changed, for the name with its suffix and without. A word the story never
    writes in upper and lower case is title-cased, or kept in capitals when it has three letters or fewer (initials);
    a name none of whose words the story writes so is kept ("NYNEX Corp."; a suffix in capitals, "CORP.", is "Corp." always).

    Examples
    --------
    >>> uncapped("ONEIDA Ltd. declared a dividend. Oneida said.")
    ('Oneida Ltd. declared a dividend. Oneida said.', {'ONEIDA Ltd.': 'Oneida Ltd.', 'ONEIDA': 'Oneida'})
    >>> uncapped("NYNEX Corp. said its NYNEX unit grew.")[1]
    {}
    """
    changed: dict[str, str] = {}
    spelled: dict[str, str] = {}
    for w in _MIXED_RE.finditer(text):
        spelled.setdefault(w.group().upper(), w.group())  # one pass over the text: "UniFirst", not "products"

    def title(m: re.Match[str]) -> str:
        words = m.group(1).split(" ")
        name = " ".join(spelled.get(w) or (w if len(re.sub(r"\W", "", w)) <= 3 else w.title()) for w in words) \
            if any(w in spelled for w in words) else m.group(1)
        suffix = m.group(2) if not m.group(2).strip(" .").isupper() else m.group(2).title()  # "CORP." is "Corp." in any case
        if name + suffix == m.group():
            return m.group()
        changed[m.group(1) + m.group(2).rstrip()] = name + suffix.rstrip()
        changed[m.group(1)] = name
        return name + suffix

    return _CAPS_RE.sub(title, text[:_OPENING]) + text[_OPENING:], changed
