"""The *I* of an interview is the person interviewed (internal to :mod:`framing.attribution`).

A question-and-answer interview names its interviewee once, in the headline ("Wikinews interviews Marymegan Daly
on unusual new sea anemone", "Interview with LibriVox founder Hugh McGuire", "Frank Messina: An Interview with the
'Mets Poet'", "Jack Herrick, wikiHow founder interviewed by Wikinews"), and the answers speak as *I*. What the
interviewee reports in an answer outside quotation marks ("I invited them to record a chapter", "I say, 'Hey John'")
is theirs: speaker the headline's name, flags ``pronoun``, ``interviewee``. The interviewee's own thoughts and wishes
stay out (:mod:`._own_voice`), as the annotation guidelines have it, and so do questions (a sentence ending in "?").

The headline is the text's first line, when it is short (at most 200 characters) and holds *interview* or
"tells <Outlet>"; the name is two to four capitalised words that end there (before "on", "about", "," or ":", a
weekday, or the line's end) and whose last word the text writes again; none when the headline names no such person
("Wikinews interviews New York bar owner on Santorum cocktail", "The Onion: An interview with ..."). Twelve of the
fifteen GUM training interviews have an interview headline; seven name a person so (twenty-eighth session on issue #13).
"""

from __future__ import annotations

import re
from dataclasses import replace

from ._mentions import Context
from ._own_voice import asks
from ._words import WEEKDAY
from .roles import RoleLexicon, load_roles
from .types import Attribution

__all__ = ["interviewee_voice"]

_HEADLINE_MAX = 200  # characters: a headline, not a paragraph that mentions an interview
_CUE_RE = re.compile(r"(?i)\binterview(?:s|ed)?\b|\btells\s+[A-Z]")
_NAME_RE = re.compile(rf"(?<![\w’'-])((?!(?:The|An?|Wikinews|Interview|{WEEKDAY})\b)[A-Z][\w’'.-]+"
                      rf"(?:\s+(?!{WEEKDAY}\b)[A-Z][\w’'.-]+){{1,3}})"
                      rf"(?=\s*(?:$|[,:])|\s+(?:on|about|tells|interviewed)\b|\s+{WEEKDAY}\b)")


def headline_interviewee(text: str, roles: RoleLexicon | None = None) -> str | None:
    """The person an interview's headline names (see the module docstring), or ``None``.

    Examples
    --------
    >>> headline_interviewee("Wikinews interviews Marymegan Daly on a new sea anemone\\n\\nDaly said it was new.")
    'Marymegan Daly'
    >>> headline_interviewee("Wikinews interviews New York bar owner on a cocktail\\n\\nThe owner said it sells.") is None
    True
    """
    line, _, rest = text.lstrip().partition("\n")
    line = line.strip()
    if len(line) > _HEADLINE_MAX or not _CUE_RE.search(line):
        return None
    roles = roles or load_roles()
    for m in _NAME_RE.finditer(line):
        words = m.group(1).split()
        while len(words) > 2 and roles.is_title_word(words[0]):
            words.pop(0)  # "Biologist Nick Bos": the occupation the headline capitalises
        name = " ".join(words)
        if re.search(rf"(?<![\w-]){re.escape(words[-1])}(?![\w-])", rest):
            return name
    return None


def interviewee_voice(ctx: Context, found: list[Attribution]) -> list[Attribution]:
    """Credit an unresolved *I* outside quotation marks and questions to the interviewee the headline names."""
    text = ctx.layer.text
    name = headline_interviewee(text, ctx.roles)
    if name is None:
        return found
    out = []
    for a in found:
        if a.speaker is None and a.source_span is not None and text[slice(*a.source_span)] == "I" \
                and ctx.layer.quote_at(a.source_span[0]) is None and not _asked(ctx, a.source_span[0]):
            flags = ("pronoun",) + tuple(f for f in a.flags if f not in ("pronoun", "unresolved", "unnamed")) + ("interviewee",)
            a = replace(a, speaker=name, speaker_type=ctx.reg.resolve(name, a.source_span[0], record=False).speaker_type,
                        flags=flags)
        out.append(a)
    return out


def _asked(ctx: Context, offset: int) -> bool:
    """Whether the sentence at ``offset`` is a question (the interviewer's)."""
    k = ctx.layer.sentence_index(offset)
    return k >= 0 and asks(ctx, k)
