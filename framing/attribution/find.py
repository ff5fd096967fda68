"""Source attribution: who is given a voice in an article, and how.

Each :class:`Attribution` has the three spans of the PARC annotation scheme for
news attribution (Pareti 2016, "PARC 3.0: A corpus of attribution relations"):
*source* (the speaker mention), *cue* (the reporting verb or phrase) and
*content* (what is attributed), plus the ``kind``, the canonical ``speaker``
(:mod:`framing.attribution.speakers`), its ``speaker_type`` and the cue's ``verb_stance``
from ``reporting_verbs.csv``.

Rules, applied over the :class:`~framing.text.TextLayer` (regexes per sentence,
no models):

1. **Reported speech** (kind ``indirect``): a reporting verb outside quotation
   marks with a subject (a name, *he/she/it*, a role, group or organisation, a
   determiner and common nouns opening the clause, "the company"; an
   appositive between subject and verb is skipped; a participle such as
   *insisting* or *writing* takes the subject of its sentence; a passive takes
   its *by* agent) and a complement: ``that``/``how``/``what``/``whether``
   within eight words ("acknowledged in a legal filing that ..."), a bare
   clause (a pronoun and a verb, or up to five words and a finite verb:
   "said warnings had come too late"), an object and *to* after a directive
   verb ("urged governments to ..."), or a sentence-final ``, X said.`` /
   ``, X told Reuters.`` / ``, said X, an analyst.`` / ``, X reports.``. The
   content runs to the end of the sentence or to the next ``, <cue>`` inside
   it. If quotation marks open within four words of the verb or inside the
   content, the kind is ``mixed`` (reported speech with a partial quote).
   *called* counts only in that case ("called the plan “a disaster”"); a
   verb glued to a hyphen (*so-called*) is never a cue.
2. **according to X** and **X reports** give kind ``according_to``.
   *reportedly* with no named source gives ``according_to`` with speaker
   ``None``, type ``unnamed`` and flag ``unsourced`` (so unsourced claims are
   counted, not dropped).
3. **Direct quotes** (each top-level quotation region not inside a reported
   content): a cue after the quote in the same paragraph (``"…," X said`` /
   ``"…," said X``, the quote ending in ``, ? ! —``), a dash sign-off
   (``"…" — Name``), or a cue before it (``X said: "…"``, ``X said "…"``,
   ``X wrote in part: "…"``, ``…, writing: "…"``, ``Writing: "…"``), or a
   colon with no cue: ``Name: "…"``, or a sentence opened by a named person
   that ends in a colon ("Mayor Ann Lee was blunt: “…”"), flag ``colon``.
4. **Quotes without a cue of their own**: the other pieces of a quote that
   runs over several paragraphs (``layer.quotes`` ``group``) get the speaker
   (flag ``continued``); a quote right after an attributed quote in the same
   paragraph (``"…," he said. "…"``) gets flag ``split``; a paragraph that opens
   with a quote and follows a paragraph with an attribution inherits its
   speaker (flag ``inherited``). Any other quote (scare quotes, titles) is not
   an attribution.
5. **Clean-up**: a quote interrupted by its cue (``"…," she said, "…"``)
   counts the cue once (the second piece is flagged ``split``); a *reportedly*
   inside a sourced ``according_to`` content is dropped.

``cue``, ``cue_span`` and ``verb_stance`` are ``None`` when the attribution has
no cue of its own (continued, split, inherited, a bare ``Name: "…"`` colon).

Modules: this one assembles the result (:func:`attributions`); the rules live in
:mod:`framing.attribution.rules`, source mentions and their resolution in
:mod:`framing.attribution._mentions`, the verb lexicon in
:mod:`framing.attribution.verbs`, the result type in
:mod:`framing.attribution.types`, the per-article scores in :mod:`framing.attribution.score`
(the tables across articles are in :mod:`framing.tables`). :mod:`framing.attribution` exports
the public names.
"""


from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path

from ..text.layer import TextLayer, text_layer
from ._mentions import Context, preregister, sentence_of
from .rules import according_to, direct_quotes, reported_speech
from .speakers import RoleLexicon, SpeakerRegistry, load_roles
from .types import KINDS, STANCES, Attribution
from .verbs import VerbLexicon, load_reporting_verbs

__all__ = ["Attribution", "VerbLexicon", "attributions", "load_reporting_verbs",
           "STANCES", "KINDS"]


def attributions(text_or_layer: str | TextLayer, *, verbs: VerbLexicon | str | Path | None = None,
                 roles: RoleLexicon | str | Path | None = None, home_country: str | None = None) -> list[Attribution]:
    """Find the attributed statements of one article.

    Parameters
    ----------
    text_or_layer : str or TextLayer
        One article's text, or its text layer.
    verbs : path or VerbLexicon, optional
        Reporting-verb lexicon (default: packaged ``reporting_verbs.csv``).
    roles : path or RoleLexicon, optional
        Role lexicon (default: packaged ``roles.csv``).
    home_country : str, optional
        The outlet's own country (a ``canonical`` country of ``roles.csv``, e.g.
        ``"United States"``): government speakers whose title names a country
        get the flag ``domestic`` or ``foreign``.

    Returns
    -------
    list of Attribution
        Sorted by the start of the content span.

    Examples
    --------
    >>> t = "“It is over,” said Judge Ann Lee. Officials said the plan had failed."
    >>> [(a.kind, a.speaker, a.speaker_type, t[slice(*a.content_span)]) for a in attributions(t)]
    [('direct', 'Ann Lee', 'judiciary', 'It is over,'), ('indirect', None, 'unnamed', 'the plan had failed')]
    """
    if isinstance(text_or_layer, str):
        layer = text_layer(text_or_layer)
    elif isinstance(text_or_layer, TextLayer):
        layer = text_or_layer
    else:
        kind = type(text_or_layer).__name__
        hint = " Call it once per article." if isinstance(text_or_layer, Iterable) else ""
        raise TypeError(f"attributions() takes one article's text (str) or TextLayer, not a {kind}.{hint}")
    vl = load_reporting_verbs(verbs)
    rl = load_roles(roles)
    reg = SpeakerRegistry(layer, rl, home_country=home_country)
    ctx = Context(layer, vl, rl, reg)
    text = layer.text
    cues: list[re.Match[str]] = []
    cues_by_sent: dict[int, list[re.Match[str]]] = {}
    for si, sent in enumerate(layer.sentences):
        for m in vl.regex.finditer(text, sent.start, sent.end):
            if layer.quote_at(m.start()) is not None:
                continue
            prev = text[max(sent.start, m.start() - 6):m.start()].split()
            if prev and prev[-1].lower() in ("a", "an", "the", "his", "her", "their", "its") and not text[m.end():m.end() + 1] == ":":
                continue
            if m.start() > 0 and text[m.start() - 1] in "-‐‑":
                continue  # "so-called", "self-described": part of a compound, not a cue
            cues.append(m)
            cues_by_sent.setdefault(si, []).append(m)
    preregister(ctx, cues)
    found = reported_speech(ctx, cues_by_sent) + according_to(ctx)
    # quotes inside a reported content make it "mixed"
    mixed: list[Attribution] = []
    consumed: list[tuple[int, int]] = []
    qstarts = [q.start for q in layer.top_quotes]
    for a in found:
        s, e = a.content_span
        i = bisect.bisect_left(qstarts, s)
        # quotes that open inside the content (or right at its end) and in its sentence
        j = bisect.bisect_left(qstarts, min(e + 2, sentence_of(ctx, s).end), lo=i)
        inside = [q for q in layer.top_quotes[i:j] if "\n" not in text[e:q.start]]
        if inside and a.kind == "indirect":
            e2 = max(e, max(q.end for q in inside))
            a = replace(a, kind="mixed", content_span=(s, e2))
        if inside:
            consumed.append(a.content_span)
        mixed.append(a)
    direct = direct_quotes(ctx, consumed, cues, mixed)
    used = {a.cue_span for a in direct if a.cue_span}
    result = [a for a in mixed if not (a.cue_span in used and a.kind != "according_to")] + direct
    return _tidy(sorted(result, key=lambda a: (a.content_span[0], a.content_span[1])))


def _tidy(found: list[Attribution]) -> list[Attribution]:
    """Final clean-up in text order.

    * A *reportedly* inside the content of an attribution with a named or described
      source ("X reportedly …, according to two officials") is sourced by it: the
      unsourced attribution is dropped.
    * A quote interrupted by its cue (``“…,” she said, “…”``): the second piece gets
      the speaker but no cue of its own (flag ``split``), so the cue is counted once.
    """
    sourced = [a for a in found if a.kind == "according_to" and a.source_span is not None]
    out: list[Attribution] = []
    seen_cues: set[tuple[int, int]] = set()
    for a in found:
        if "unsourced" in a.flags and a.cue_span and any(
                b.content_span[0] <= a.cue_span[0] < b.content_span[1] for b in sourced):
            continue
        if a.kind == "direct" and a.cue_span is not None and a.cue_span in seen_cues:
            a = replace(a, cue=None, cue_span=None, verb_stance=None, flags=a.flags + ("split",))
        elif a.cue_span is not None:
            seen_cues.add(a.cue_span)
        out.append(a)
    return out

