"""A cue set off by commas after a fronted adverbial (internal to :mod:`framing.attribution`).

"But unless the military situation changes drastically, military officials say, the most likely plan will be for the
Kennedy to eventually replace the carrier" (FactBank WSJ900813-0157), "If the talks fail, officials said, the plan will
be dropped", "In the long run, analysts say, prices will fall". What was said is the main clause after the second
comma; the fronted clause or phrase is an adverbial of it, not a statement of its own, so the content is the main
clause (the sentence's content runs on from the comma after the cue to its end). The parser makes the cue the fronted
clause's verb ("If ... officials said", an ``advcl`` with *if* as its marker) and reports nothing, and the pattern rules
look for a content after the cue or a clause before a sentence-final one. Only a fronted part that opens with a
subordinator or a preposition (:data:`_FRONTED`), a subject of at most six words with no comma between the commas, and
a statement or belief cue; a record the other rules made for the cue stays. Twenty-fifth session on issue #13.
"""

from __future__ import annotations

import re

from ._mentions import Context, make_attribution
from .types import Attribution

__all__ = ["fronted_parentheticals"]

_FRONTED = ("if unless when whenever while although though because as once until after before since even despite given "
            "with without barring in on at for by under over during from among").split()
_OPEN_RE = re.compile(rf"\s*(?:(?:but|and|yet|so)\s+)?(?:{'|'.join(_FRONTED)})\b", re.I)
# ", <subject> <cue>[ <day>]," with the cue's match start at the end of the subject
_SUBJECT_RE = re.compile(r",\s+((?:[\w.’'&-]+\s+){0,5}?[\w.’'&-]+)\s+$")
_AFTER_RE = re.compile(r"(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday))?\s*,\s+"
                       r"(?=[a-zA-Z])")  # (a quotation after it: the direct-quote rules)
_NOT_SUBJECT = frozenset("who which that whom whose and or but if when as because to of it's".split())


def fronted_parentheticals(ctx: Context, cues_by_sent: dict[int, list[re.Match[str]]], found: list[Attribution]) -> list[Attribution]:
    """``found`` with the parenthetical cues after a fronted adverbial (see the module docstring)."""
    text = ctx.layer.text
    taken = {a.cue_span for a in found}
    out = list(found)
    for si, cues in cues_by_sent.items():
        sent = ctx.layer.sentences[si]
        for c in cues:
            if c.span() in taken or ctx.verbs.classes.get(ctx.verbs.lookup(c.group())[0]) not in ("statement", "belief"):
                continue
            sm = _SUBJECT_RE.search(text, sent.start, c.start())
            am = _AFTER_RE.match(text, c.end(), sent.end)
            if sm is None or am is None or any(w.lower() in _NOT_SUBJECT for w in sm.group(1).split()) \
                    or not _OPEN_RE.match(text, sent.start, sm.start()) or "," in text[sent.start:sm.start()].rstrip(","):
                continue
            end = sent.end - len(text[sent.start:sent.end]) + len(text[sent.start:sent.end].rstrip(" .!?\n"))
            if end <= am.end():
                continue
            out.append(make_attribution(ctx, "indirect", sm.span(1), c, (am.end(), end), c.start()))
    return out
