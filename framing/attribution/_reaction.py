"""A reaction drawn from others: "drew criticism from rights groups for its cost" (internal to :mod:`framing.attribution`).

News reports an evaluation as something its target receives: "The President has drawn both praise for helping the
girls enter the U.S. and criticism for his travel ban" (GUM_news_afghan), "the questionnaires attract criticism both
for making it easier ..." (GUM_news_questionnaire), "came under fire from the opposition for ...". The noun is the cue
(PARC's nominal cues; Pareti 2016), the *for* phrase is what is judged and the *from* phrase, where there is one, the
source; without it nobody is named (flag ``unsourced``; so too "from abroad", "from all sides"). The parser hangs the *for* and *from* phrases anywhere (on the
verb, on the noun, on a word inside the phrase before), so this is found on the words: a receiving verb
(:data:`_RECEIVING`), at most three adjectives, a reaction noun (:data:`_REACTIONS`), an optional *from* phrase, *for*.
The content runs to the next comma, semicolon, dash or the sentence end, and stops before "and <another reaction
noun>" ("... and criticism for"), which is a record of its own. Kind ``indirect``. Twenty-fourth session on issue #13.
"""

from __future__ import annotations

import re

from ._mentions import Context, resolve_source
from .types import Attribution

__all__ = ["reactions"]

_RECEIVING = ("draw draws drew drawn drawing attract attracts attracted attracting face faces faced facing receive receives "
              "received receiving earn earns earned earning win wins won winning spark sparks sparked sparking provoke "
              "provokes provoked provoking").split()
_UNDER = r"(?:come|comes|came|coming)\s+under"
_REACTIONS = ("criticism praise condemnation scorn ridicule plaudits acclaim rebukes rebuke backlash fire censure "
              "outrage applause").split()
_REACTION_RE = re.compile(
    rf"\b(?:{'|'.join(_RECEIVING)}|{_UNDER})\s+(?:(?:both|widespread|wide|sharp|strong|heavy|fierce|international|much|"
    r"some|high|growing|public|little|broad|mounting|harsh|considerable|bipartisan|universal|lavish|intense|renewed|"
    rf"fresh|further|similar|severe|particular|early|immediate)\s+){{0,3}}({'|'.join(_REACTIONS)})\b"
    r"(?:\s+from\s+((?:[\w.’'&-]+\s+){0,6}?[\w.’'&-]+))?\s+(?:(?:both|also|mainly|mostly|partly|largely|particularly|"
    r"especially)\s+)?for\s+")
_AND_REACTION_RE = re.compile(rf",?\s+and\s+(?:\w+\s+){{0,2}}?({'|'.join(_REACTIONS)})"
                              r"(?:\s+from\s+((?:[\w.’'&-]+\s+){0,6}?[\w.’'&-]+))?\s+for\s+")
_AND_FOR_RE = re.compile(r",\s+and\s+(?:also\s+)?for\s+")  # "criticism for his travel ban, which ..., and for the atmosphere"
_END_RE = re.compile(r",|;|\s(?:--|—|–)\s|—|\(")


def reactions(ctx: Context, found: list[Attribution]) -> list[Attribution]:
    """``found`` with the reactions drawn of the article (see the module docstring); a record another rule made for
    the same noun is replaced (a nominal cue read on the noun's own clause, if any)."""
    text, layer = ctx.layer.text, ctx.layer
    out = list(found)
    for sent in layer.sentences:
        for m in _REACTION_RE.finditer(text, sent.start, sent.end):
            if layer.quote_at(m.start()) is not None:
                continue
            while m is not None:
                begin = m.end()
                stop = sent.end
                nxt = _AND_REACTION_RE.search(text, begin, sent.end)  # "praise for ... and criticism for ..."
                limit = nxt.start() if nxt is not None else sent.end
                if (also := _AND_FOR_RE.search(text, begin, limit)) is not None:
                    stop = (semi.start() if (semi := re.compile(";").search(text, also.end(), limit)) else limit)
                elif (end := _END_RE.search(text, begin, sent.end)) is not None:
                    stop = end.start()
                if nxt is not None and nxt.start() < stop:
                    stop = nxt.start()
                stop = begin + len(text[begin:stop].rstrip(" !?\"”’'"))
                if text[stop - 1:stop] == "." and not re.search(r"[A-Z]\.[A-Z]\.$", text[max(0, stop - 6):stop]):
                    stop -= 1  # the sentence's full stop, not the one of "U.S."
                if stop > begin:
                    out = [a for a in out if a.cue_span != m.span(1)]
                    speaker, stype, flags, span = (resolve_source(ctx, m.span(2), m.start(2)) if m.group(2) and _named(m.group(2))
                                                   else (None, "unnamed", ("unsourced",), None))
                    out.append(Attribution("indirect", speaker, stype, span, m.group(1), m.span(1), (begin, stop), "emotive",
                                           tuple(flags), "nominal"))
                m = nxt
    return out


def _named(words: str) -> bool:
    """Whether a *from* phrase can be a source: not a place or time word ("from abroad", "from last year")."""
    return words.split()[0].lower() not in ("abroad", "home", "last", "next", "this", "within", "all", "both", "across")
