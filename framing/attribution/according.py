"""*according to X* and *reportedly* (rule 2 of :mod:`framing.attribution`; internal).

"According to the Saudi Interior Ministry, 345 pilgrims died" and "345 pilgrims died, according to
the ministry" give kind ``according_to`` with the named source; *reportedly* with no source gives
``according_to`` with speaker ``None``, flag ``unsourced``, stance ``distancing``.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ._mentions import Context, make_attribution, reported_end
from ._names import RUN_RE
from ._words import CAP_WORD
from .types import Attribution

__all__ = ["according_to"]

_ACCORDING_RE = re.compile(r"\b[Aa]ccording to\s+")
_REPORTEDLY_RE = re.compile(r"\breportedly\b")
# the source after "according to": up to 80 characters before punctuation
_ACCORDING_SRC_RE = re.compile(r"[^,.;:!?]{1,80}")
# a name opening a source that runs on with no comma ("According to the Saudi Interior Ministry over 345 ...")
_LEAD_NAME_RE = re.compile(rf"(?:(?:the|a|an)\s+)?(?:{RUN_RE.pattern})(?=\s+[^\s,])")
# a name set off by commas after a role ("according to the team's coach, Alireza Mehraban, the ...")
_NAME_APPOSED_RE = re.compile(rf",\s*{CAP_WORD}(?:\s+{CAP_WORD}){{1,3}}(?=\s*,)")
# a comma, then a lowercase phrase to the end of the sentence: ", assistant professor of photography."
_ROLE_TAIL_RE = re.compile(r"\s*,\s*((?!(?:a|an|the)\s+[A-Z])(?:(?:a|an|the)\s+)?[a-z][^,;:!?“”\"]*?)\s*[.!?]?\s*")
# words after which a source is complete without a comma: more than this, and a leading name is the source
_RUN_ON_WORDS = 6


def _source(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The source after "according to" at ``start``: up to punctuation, cut or extended at a name.

    Without a comma after it, a source of more than six words is the name it opens with ("According
    to Rathbun the property was returned"); a role whose last word is lowercase takes the name set
    off by commas after it ("according to the coach, Alireza Mehraban, ...").
    """
    sm = _ACCORDING_SRC_RE.match(text, start, end)
    if not sm:
        return None
    s, e = sm.span()
    words = text[s:e].split()
    if text[e:e + 1] != "," and len(words) > _RUN_ON_WORDS and (nm := _LEAD_NAME_RE.match(text, s, e)) is not None:
        return s, nm.end()
    if words and words[-1][:1].islower() and (am := _NAME_APPOSED_RE.match(text, e, end)) is not None:
        return s, am.end()
    return s, e


def _role_apposition(ctx: Context, after: str) -> bool:
    """``after`` (the rest of the sentence after the source) is only a role set off by a comma.

    "…, according to Kristen Wilkins, assistant professor of photography and curator of the
    exhibit.": a lowercase apposition with a ``roles.csv`` title, at most twelve words, ending the
    sentence, describes the source; it is not the attributed clause.
    """
    m = _ROLE_TAIL_RE.fullmatch(after)
    return m is not None and len(m.group(1).split()) <= 12 and any(r.kind == "title" for _, _, r in ctx.roles.find(m.group(1)))


def according_to(ctx: Context) -> list[Attribution]:
    text = ctx.layer.text
    out: list[Attribution] = []
    for sent in ctx.layer.sentences:
        for m in _ACCORDING_RE.finditer(text, sent.start, sent.end):
            if ctx.layer.quote_at(m.start()) is not None:
                continue
            src = _source(text, m.end(), sent.end)
            if src is None:
                continue
            before = text[sent.start:m.start()].rstrip(" ,")
            # "..., which, according to AFP, the UN criticised" / "learned that according to a posting, ...":
            # a parenthetical source between a clause opener and its clause attributes the clause after it
            opener = re.search(r"(?:,|\b(?:that|which|who|and|but))\s*$", text[sent.start:m.start()]) is not None
            after = text[src[1]:sent.end]
            if opener and after.lstrip().startswith(",") and len(after.split()) >= 4 and not _role_apposition(ctx, after):
                before = ""
            if len(before.split()) >= 3:
                content = (sent.start, sent.start + len(before))
            else:
                cs = src[1]
                while cs < sent.end and (text[cs].isspace() or text[cs] == ","):
                    cs += 1
                content = (cs, reported_end(ctx, cs, sent, ()))
            if content[1] <= content[0]:
                continue
            a = make_attribution(ctx, "according_to", src, None, content, m.start())
            out.append(replace(a, cue=text[m.start():m.start() + 12], cue_span=(m.start(), m.start() + len("according to")),
                               verb_stance="neutral"))
        for m in _REPORTEDLY_RE.finditer(text, sent.start, sent.end):
            if ctx.layer.quote_at(m.start()) is not None:
                continue
            cs = m.end() + 1
            ce = text.find(",", cs, sent.end)
            ce = reported_end(ctx, cs, sent, ()) if ce < 0 else ce
            if ce > cs:
                out.append(Attribution("according_to", None, "unnamed", None, "reportedly", (m.start(), m.end()),
                                       (cs, ce), "distancing", ("unsourced",)))
    return out
