"""A source that another source quotes (internal to :mod:`framing.attribution`).

"The newspaper, quoting “secret reports,” said Syria had indicated ...", "According to Yonhap news
agency, quoting North Korea's main news agency KCNA, the military has been told ...", "..., the agency
reported, quoting a police source": the quoted source is a source of the same content, as PARC
annotates it (an ``according_to`` attribution with the cue *quoting*, or *citing*: "Reuters, citing two
officials, said"), and the phrase is no part of the content.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ._mentions import LOOK_BACK, Context, resolve_source, sentence_of
from .types import Attribution

__all__ = ["quoting_sources", "quoted_as_sources"]

_QUOTING_RE = re.compile(r"\b(?:quoting|citing)\s+")
_BEFORE_CUE_RE = re.compile(r",\s*((?:quoting|citing)\s+[^;]{1,120}?),[”’\"'`]*\s*(?:[\w.]+\s+){0,3}$")
# what is cited as a source, not as a reason ("citing weak demand", "citing a warrant", "citing health reasons")
_SOURCE_NOUNS = frozenset("""report reports document documents data figures statement statements survey surveys study
studies records filing filings poll polls estimates testimony letter letters memo memos interview interviews email
emails e-mails assessment assessments copy transcript transcripts minutes cables sources""".split())
_MARKS = "“”\"'‘’` "
_THAT_RE = re.compile(r"that\s+")


def _quoted_source(text: str, start: int, end: int) -> tuple[int, int, int] | None:
    """The noun phrase after "quoting" at ``start`` (up to the next comma or semicolon before ``end``) as
    (its start, its end, where the phrase with its comma ends), or ``None``."""
    m = _QUOTING_RE.match(text, start)
    if m is None:
        return None
    stop = min((p for p in (text.find(",", m.end(), end), text.find(";", m.end(), end)) if p >= 0), default=end)
    lo, hi = m.end(), stop
    while lo < hi and text[lo] in _MARKS:
        lo += 1
    while hi > lo and text[hi - 1] in _MARKS + ".!?":
        hi -= 1
    words = text[lo:hi].split()
    if not words or len(words) > 12 or not any(c.isalpha() for c in text[lo:hi]):
        return None
    after = stop + 1 if stop < end else stop
    while after < end and text[after] in _MARKS:
        after += 1
    return lo, hi, after


def _source_like(ctx: Context, text: str, at: int, q: tuple[int, int, int]) -> bool:
    """Whether what is quoted or cited at ``at`` is a source: anything quoted ("quoting Shakespeare" is a
    source too), and, cited, a person, group or organisation (a role row or a capitalised name) or a
    document ("citing weak demand", "citing a warrant" are reasons; "from a letter" no phrase of a source)."""
    phrase = text[q[0]:q[1]]
    words = phrase.split()
    if words[0].lower() in ("from", "to", "on"):
        return False
    if text.startswith("quoting", at):
        return True
    return bool(ctx.roles.find(phrase)) or any(w[:1].isupper() and w.lower() not in ("a", "the", "an") for w in words) \
        or any(w.lower().strip("”’\"',") in _SOURCE_NOUNS for w in words)


def quoting_sources(ctx: Context, found: list[Attribution]) -> list[Attribution]:
    """``found`` with each *quoting* phrase next to an attribution's cue or opening its content made a source of
    that content (and cut from the content)."""
    text = ctx.layer.text
    out: list[Attribution] = []
    for a in found:
        spots = []
        if a.source_span and a.cue_span and a.source_span[1] <= a.cue_span[0] \
                and (m := _BEFORE_CUE_RE.search(text, a.source_span[1], a.cue_span[0])) is not None:
            spots.append(m.start(1))  # "The newspaper, quoting “secret reports,” said": right before the cue
        if a.cue_span and a.content_span[1] <= a.cue_span[0]:  # "..., the agency reported, quoting a police source"
            spots += [m.start() for m in _QUOTING_RE.finditer(text, a.cue_span[1], min(a.cue_span[1] + 12, len(text)))]
        elif a.cue_span and a.cue_span[1] <= a.content_span[0]:  # "said, citing data from the ministry, that ..."
            spots += [m.start() for m in _QUOTING_RE.finditer(text, a.cue_span[1], min(a.cue_span[1] + 12, a.content_span[0]))]
        sentence_end = sentence_of(ctx, a.content_span[0]).end
        if (q := _quoted_source(text, a.content_span[0], sentence_end)) is not None \
                and (q[2] < a.content_span[1] or (that := _THAT_RE.match(text, q[2], sentence_end)) is not None):
            spots.append(a.content_span[0])  # "According to Yonhap, quoting KCNA, the military ...": not in the content
            start = q[2] if q[2] < a.content_span[1] else that.end()  # "said, citing data from the ministry, that ..."
            end = a.content_span[1] if q[2] < a.content_span[1] else len(text[:sentence_end].rstrip(" .!?\n\"”’'"))
            a = replace(a, content_span=(start, end))
        if spots and (that := _THAT_RE.match(text, *a.content_span)) is not None:
            a = replace(a, content_span=(that.end(), a.content_span[1]))  # "said, quoting witnesses, that the gunman fled"
        out.append(a)
        for at in spots:
            if (q := _quoted_source(text, at, sentence_of(ctx, at).end)) is None or not _source_like(ctx, text, at, q):
                continue
            res = ctx.reg.resolve(text[q[0]:q[1]], q[0])
            cue = text[at:q[0]].split()[0]  # "quoting" or "citing"
            out.append(Attribution("according_to", res.speaker, res.speaker_type, (q[0], q[1]), cue,
                                   (at, at + len(cue)), a.content_span, "neutral", tuple(res.flags), "nominal"))
    cited = {b.cue_span for b in out if b.kind == "according_to" and b.cue in ("quoting", "citing")}
    return [b for b in out if b.kind == "according_to" or b.cue_span not in cited]  # not also "citing" as a verb cue


# "ABC quoted an Iraqi Foreign Ministry official in Baghdad as saying": who is quoted, right before the cue
_QUOTED_AS_RE = re.compile(r"\bquot(?:ed|es|ing)\s+((?:[^\s,;:]+\s+){0,11}?[^\s,;:]+)\s+as\s+$")


def quoted_as_sources(ctx: Context, found: list[Attribution]) -> list[Attribution]:
    """``found`` with the source of a cue after "X quoted Y as" made Y ("The agency quoted witnesses as saying ...":
    the witnesses say it, not the agency; "Reuters quoted Mayor Ann Lee as saying": Ann Lee)."""
    text = ctx.layer.text
    out = []
    for a in found:
        if a.cue_span and (m := _QUOTED_AS_RE.search(text, max(sentence_of(ctx, a.cue_span[0]).start, a.cue_span[0] - LOOK_BACK), a.cue_span[0])) is not None:
            lo, hi = m.span(1)
            if (place := re.search(r"\s+in\s+[A-Z]", text[lo:hi])) is not None:
                hi = lo + place.start()  # "an Iraqi Foreign Ministry official in Baghdad": not the place
            speaker, stype, flags, span = resolve_source(ctx, (lo, hi), lo)
            a = replace(a, speaker=speaker, speaker_type=stype, source_span=span, flags=tuple(flags) + ("quoted_as",),
                        role=None, affiliation=None, speaker_evidence=None)
        out.append(a)
    return out
