"""One name per person across a corpus.

Speaker resolution (:mod:`framing.attribution.speakers`) works inside one article, so two
outlets can name the same person differently: "James E. Boasberg" in one,
"James Boasberg" in another, "Boasberg" in a third that never gives the first
name. Comparing who speaks where needs one name for all three.
:func:`corpus_names` maps every name to a corpus-wide form by two rules:

1. Names of two or more words that agree on their first and last word once
   middle initials are dropped (``E.``, ``J``) are one name; its corpus form is
   the fullest of them (most words, then longest, then alphabetical).
2. A one-word name is the last word of exactly one such group: it joins that
   group ("Boasberg" -> "James E. Boasberg"). If two groups end in that word
   ("Donald Trump", "Melania Trump") it stays as it is, since the text does not
   say which.

Nothing else is merged: titles and roles were already resolved inside each
article, and names that differ in a first or last word stay apart.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["corpus_names"]

_INITIAL = re.compile(r"^[A-Z]\.?$")


def _words(name: str) -> list[str]:
    return [w for w in name.split() if not _INITIAL.match(w)] or name.split()


def _fullest(names: Iterable[str]) -> str:
    return sorted(names, key=lambda n: (-len(n.split()), -len(n), n))[0]


def corpus_names(names: Iterable[str | None]) -> dict[str, str]:
    """Map each name to its corpus-wide form (see the module docstring for the rules).

    ``None`` and names in parentheses (unnamed sources grouped by type, such as
    ``"(law_enforcement)"``) map to themselves.

    Parameters
    ----------
    names : iterable of str
        Speaker names as resolved inside each article, in any order, repeats allowed.

    Returns
    -------
    dict
        Every distinct name -> its corpus form.

    Examples
    --------
    >>> m = corpus_names(["James E. Boasberg", "James Boasberg", "Boasberg", "Donald Trump", "Trump",
    ...                   "Melania Trump", "(legal)"])
    >>> m["James Boasberg"], m["Boasberg"], m["Trump"], m["(legal)"]
    ('James E. Boasberg', 'James E. Boasberg', 'Trump', '(legal)')
    """
    distinct = sorted({n for n in names if n})
    groups: dict[tuple[str, str], list[str]] = {}
    for n in distinct:
        w = _words(n)
        if len(w) >= 2 and not n.startswith("("):
            groups.setdefault((w[0].lower(), w[-1].lower()), []).append(n)
    out = {n: n for n in distinct}
    by_last: dict[str, list[str]] = {}
    for (_, last), members in groups.items():
        canon = _fullest(members)
        for n in members:
            out[n] = canon
        by_last.setdefault(last, []).append(canon)
    for n in distinct:
        w = n.split()
        if len(w) == 1 and not n.startswith("(") and len(by_last.get(n.lower(), [])) == 1:
            out[n] = by_last[n.lower()][0]
    return out
