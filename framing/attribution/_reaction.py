"""A reaction drawn from others: "drew criticism from rights groups for its cost" (internal to :mod:`framing.attribution`).

News reports an evaluation as something its target receives: "The President has drawn both praise for helping the
girls enter the U.S. and criticism for his travel ban" (GUM_news_afghan), "the questionnaires attract criticism both
for making it easier ..." (GUM_news_questionnaire), "came under fire from the opposition for ...". The noun is the cue
(PARC's nominal cues; Pareti 2016), the *for* phrase is what is judged and the *from* phrase, where there is one, the
source; without it nobody is named (flag ``unsourced``; so too "from abroad", "from all sides"). The parser hangs the *for* and *from* phrases anywhere (on the
verb, on the noun, on a word inside the phrase before), so this is found on the words: a receiving verb
(:data:`_RECEIVING`), at most three adjectives, a reaction noun (:data:`_REACTIONS`), an optional *from* phrase, *for*.
The content runs to the next comma, semicolon, dash or the sentence end, and stops before "and <another reaction
noun>" ("... and criticism for", "... but criticism from regulators for", "... and from Democrats for"), which is a
record of its own. Kind ``indirect``. Twenty-fourth session on issue #13.

Not a reaction (helper-91's reading of the first version): gunfire ("came under heavy fire from insurgents", "faced fire
from the wildfire": *fire* only after "came under" and "drew", never "heavy"); a *for* of time ("for several hours", "for
the second year running": :data:`_DURATION_RE`); a reaction that did not or may not happen ("is unlikely to win praise",
"would draw criticism", "has not drawn"). A name with "for" in it stays whole ("from Physicians for Human Rights for").
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
# a second reaction coordinated with the first: "... and criticism for", "... but criticism from regulators for", or
# the same noun from others, "praise from Republicans for his record and from Democrats for his temperament"
_AND_REACTION_RE = re.compile(rf",?\s+(?:and|but)\s+(?:(?:\w+\s+){{0,2}}?({'|'.join(_REACTIONS)})|(?=from\s))"
                              r"(?:\s*from\s+((?:[\w.’'&-]+\s+){0,6}?[\w.’'&-]+))?\s+for\s+")
_AND_FOR_RE = re.compile(r",\s+and\s+(?:also\s+)?for\s+")  # "criticism for his travel ban, which ..., and for the atmosphere"
_END_RE = re.compile(r",|;|\s(?:--|—|–)\s|—|\(")
# gunfire, not criticism: only "came under fire" and "drew fire", never heavy or from a weapon
_GUNFIRE_RE = re.compile(r"(?i)\b(?:face|faces|faced|facing|heavy|attract|attracts|attracted|receive|receives|received)\s+fire$")
# "for" of a time, not of what was judged: "for several hours", "for the second year running", "for most of the afternoon"
_DURATION_RE = re.compile(
    r"(?i)(?:(?:about|around|nearly|almost|more\s+than|over|some|at\s+least|most\s+of|much\s+of|all\s+of|the\s+rest\s+of|"
    r"the|a|an|several|many|few|a\s+few|\d+|one|two|three|four|five|six|seven|eight|nine|ten|twenty|first|second|third|"
    r"fourth|fifth|last|past|next|straight|consecutive|whole|entire)\s+)*"
    r"(?:seconds?|minutes?|hours?|days?|nights?|weeks?|months?|years?|decades?|afternoon|morning|evening|night|while|time)\b")
# a reaction that did not happen or may not: "is unlikely to win praise", "would draw criticism", "has not drawn"
_UNREAL_RE = re.compile(r"(?i)\b(?:unlikely\s+to|would|could|might|not|never|n’t|n't|fail(?:s|ed)?\s+to|hop(?:e|es|ed|ing)\s+to|"
                        r"seek(?:s|ing)?\s+to|sought\s+to|want(?:s|ed)?\s+to|avoid(?:s|ed)?)\s+(?:\w+\s+)?$")
# a name with "for" in it: "the Minister for Culture", "Physicians for Human Rights", "the Campaign for Nuclear Disarmament"
_NAME_FOR_RE = re.compile(r"([A-Z][\w’'-]*(?:\s+(?:and\s+|of\s+)?[A-Z][\w’'-]*){0,3})\s+for\s+")


def reactions(ctx: Context, found: list[Attribution]) -> list[Attribution]:
    """``found`` with the reactions drawn of the article (see the module docstring); a record another rule made for
    the same noun is replaced (a nominal cue read on the noun's own clause, if any)."""
    text, layer = ctx.layer.text, ctx.layer
    out = list(found)
    for sent in layer.sentences:
        for m in _REACTION_RE.finditer(text, sent.start, sent.end):
            if layer.quote_at(m.start()) is not None or _UNREAL_RE.search(text, sent.start, m.start()) \
                    or (m.group(1) == "fire" and _GUNFIRE_RE.search(text, sent.start, m.end(1))):
                continue
            cue, made = m.span(1), []
            while m is not None:
                begin, src = m.end(), m.span(2) if m.group(2) else None
                if src is not None and text[src[1] - 1].isalpha() and text[src[0]:src[1]].split()[-1][0].isupper() \
                        and (nf := _NAME_FOR_RE.match(text, begin)) is not None:
                    src, begin = (src[0], nf.end(1)), nf.end()  # "from the Minister for Culture for its inclusivity"
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
                if stop > begin and not _DURATION_RE.match(text, begin):
                    speaker, stype, flags, span = (resolve_source(ctx, src, src[0]) if src and _named(text[src[0]:src[1]])
                                                   else (None, "unnamed", ("unsourced",), None))
                    made.append(Attribution("indirect", speaker, stype, span, text[cue[0]:cue[1]], cue, (begin, stop),
                                            "emotive", tuple(flags), "nominal"))
                if nxt is not None and nxt.group(1):
                    cue = nxt.span(1)  # a new noun; else the same noun from others ("and from Democrats for")
                m = nxt
            if made:
                cues = {a.cue_span for a in made}
                out = [a for a in out if a.cue_span not in cues] + made
    return out


def _named(words: str) -> bool:
    """Whether a *from* phrase can be a source: not a place or time word ("from abroad", "from last year")."""
    return words.split()[0].lower() not in ("abroad", "home", "last", "next", "this", "within", "all", "both", "across")
