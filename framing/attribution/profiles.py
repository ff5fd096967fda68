"""One speaker, one type: the speaker profile of an article (internal to :mod:`framing.attribution`).

The registry of :mod:`framing.attribution.speakers` types a mention from the words *in* it. A
speaker's role is often written once, next to the first mention of the name, and not again:
"Kristen Wilkins, assistant professor of photography, said ...", later "Wilkins explained ...".
:func:`unify_speakers` reads, for every named speaker of the article, the words that describe
them: the role and affiliation the rules found (:func:`~framing.attribution.syntactic.source_parts`)
and every apposition after the name in the text (", a spokesman for the Los Angeles Sheriff's
Department,"). The first ``roles.csv`` row (file order is priority, as in the registry) found in
those words decides the type of all the speaker's attributions, and the words are kept as
``speaker_evidence``; with no such words, the type the registry gave most often is used for all
of them, so one speaker has one type across the article.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from ._mentions import Context
from ._words import APPOSITION_RE
from .types import Attribution

__all__ = ["unify_speakers", "salient_pronouns"]

_PERSONAL = {"he": "person", "she": "person", "it": "organisation", "they": "organisation"}

_TYPED = ("government", "judiciary", "law_enforcement", "legal", "expert", "media", "social_media", "advocacy", "other")


def _evidence(ctx: Context, text: str) -> tuple[int, str, str] | None:
    """(rank, speaker_type, matched words) of the first-priority title or organisation row in ``text``."""
    found = [(r.rank, r.speaker_type, text[s:e]) for s, e, r in ctx.roles.find(text)
             if r.kind in ("title", "org") and r.speaker_type in _TYPED]
    return min(found) if found else None


def unify_speakers(ctx: Context, found: list[Attribution]) -> list[Attribution]:
    """Give each named speaker one type (and its evidence) across the article."""
    text = ctx.layer.text
    by_speaker: dict[str, list[int]] = {}
    for i, a in enumerate(found):
        if a.speaker is not None:
            by_speaker.setdefault(a.speaker, []).append(i)
    out = list(found)
    for speaker, idx in by_speaker.items():
        descriptions = [x for i in idx for x in (found[i].role, found[i].affiliation) if x]
        descriptions += [text[slice(*found[i].source_span)] for i in idx if found[i].source_span]
        last = speaker.split()[-1]
        for m in re.finditer(rf"\b{re.escape(last)}\b(?:[’']s)?", text):
            am = APPOSITION_RE.match(text, m.end(), m.end() + 160)
            if am is not None:
                descriptions.append(am.group(1))
        evidence = [ev for d in descriptions if (ev := _evidence(ctx, d)) is not None]
        if evidence:
            _, stype, words = min(evidence)
        else:
            typed = Counter(found[i].speaker_type for i in idx if found[i].speaker_type not in ("unnamed",))
            if not typed:
                continue
            stype, words = typed.most_common(1)[0][0], None
        for i in idx:
            a = out[i]
            out[i] = replace(a, speaker_type=stype, speaker_evidence=a.speaker_evidence or words)
    return out


def salient_pronouns(ctx: Context, found: list[Attribution]) -> list[Attribution]:
    """A pronoun source speaks for the speaker of the attribution just before it, when compatible.

    The most salient earlier mention is the source of the previous attribution (in the same
    sentence or the one before): *he*/*she* take a named person (not an organisation), *it*/*they*
    an organisation. An unresolved pronoun with such a predecessor is resolved (flag ``salient``);
    a *he*/*she* the registry resolved by sentence recency to someone else is corrected. With no
    compatible predecessor the registry's answer stays (and an unresolved pronoun stays flagged).
    """
    text = ctx.layer.text
    anchor = [(a.cue_span or a.source_span or a.content_span)[0] for a in found]
    out = list(found)
    for i, a in enumerate(found):
        want = _PERSONAL.get(text[slice(*a.source_span)].strip().lower()) if a.source_span else None
        if want is None or (a.speaker is not None and want == "organisation"):
            continue
        k = ctx.layer.sentence_index(a.source_span[0])
        before = [j for j in range(len(found)) if anchor[j] < a.source_span[0] and found[j].speaker is not None
                  and ctx.layer.sentence_index(anchor[j]) >= k - 1]
        if not before:
            continue
        b = found[max(before, key=lambda j: anchor[j])]
        is_org = "organisation" in b.flags or b.speaker_type == "media"
        if (want == "person") == is_org or b.speaker == a.speaker:
            continue
        flags = tuple(f for f in a.flags if f not in ("unresolved", "subject")) + ("salient",)
        out[i] = replace(a, speaker=b.speaker, speaker_type=b.speaker_type, flags=flags)
    return out
