"""Hedging and stance markers: allegation, epistemic, distancing, booster, scare quote.

:func:`hedges` finds every hedging and stance marker in one article as
character spans with evidence; :func:`score_hedges` aggregates them per
article. The terms are data (``framing/lexicons/hedges.csv``, one row per term
with its provenance); the context rules that keep a naive word list from
counting "May" the month or "insurance claims" are in :mod:`framing.hedging.rules`.

The categories follow Hyland's (2005) hedges and boosters, Recasens et al.'s
(2013) hedge and report-verb lists, and the news usage of allegation markers
(AP Stylebook, "alleged", "accused of"):

- ``allegation``: alleged, allegedly, accused of, suspected, purported, so-called, reportedly ...
- ``epistemic``: may, might, could (possibility), appear to, seem, likely, perhaps ...
- ``distancing``: claimed, insisted, maintained, asserted, labelled, deemed ...
- ``booster``: clearly, undoubtedly, in fact ... (the opposite stance, counted separately)
- ``scare_quote``: a short quoted phrase with no speaker attached, inside a sentence
  (:mod:`framing.hedging.scare`).

Rows whose reading depends on the words' part of speech and relations ("insurance claims",
"appeared worried", "it is too early to know", "I think") are decided on the dependency
parse (:mod:`framing.hedging.parsed`); only the sentences holding such a candidate are parsed.

References
----------
Hyland, K. (2005). *Metadiscourse: Exploring Interaction in Writing*. Continuum.
Recasens, M., Danescu-Niculescu-Mizil, C. & Jurafsky, D. (2013). Linguistic Models for
Analyzing and Detecting Biased Language. *ACL 2013*.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from ..text.layer import TextLayer, text_layer
from ..text.syntax import Syntax
from ..text.voices import Voices
from . import rules as hr
from .lexicon import HedgeEntry, HedgeLexicon, load_hedge_lexicon
from .parsed import DROP, KEEP, PARSE_RULES, tokens_in
from .reported import reported_fallback
from .scare import scare_quotes
from .types import Hedge

__all__ = ["hedges"]


def _as_layer(text_or_layer: Any) -> TextLayer:
    if isinstance(text_or_layer, TextLayer):
        return text_or_layer
    if isinstance(text_or_layer, str):
        return text_layer(text_or_layer)
    kind = type(text_or_layer).__name__
    hint = (" Pass one article's text; for many articles use framing.analyze_many() or hedges_table()."
            if isinstance(text_or_layer, Iterable) else "")
    raise TypeError(f"hedges() takes one text (a str) or a TextLayer, not a {kind}.{hint}")


def _as_lexicon(lexicon: Any) -> HedgeLexicon:
    if lexicon is None:
        return load_hedge_lexicon()
    if isinstance(lexicon, HedgeLexicon):
        return lexicon
    if isinstance(lexicon, (str, Path)):
        return load_hedge_lexicon(lexicon)
    raise TypeError(f"lexicon must be a HedgeLexicon (see load_hedge_lexicon) or a path, not {type(lexicon).__name__}")


def _sentence_of(layer: TextLayer, pos: int, para: Any) -> tuple[int, int]:
    """The sentence holding ``pos``, else (between sentences) its paragraph."""
    i = layer.sentence_index(pos)
    if i >= 0 and pos < layer.sentences[i].end:
        return layer.sentences[i].start, layer.sentences[i].end
    return para.start, para.end


def _evidence(e: HedgeEntry, parsed: bool = False) -> str:
    where = e.where.rsplit(", line ", 1)
    out = f"{Path(where[0]).name}, line {where[1]}" if len(where) == 2 else e.where
    return out + (f"; rule {e.rule}" if e.rule else "") + ("; parse" if parsed else "")


def hedges(text_or_layer: str | TextLayer, *, lexicon: HedgeLexicon | str | Path | None = None,
           attributions: Iterable[Any] | None = None, syntax: Syntax | None = None,
           voices: Voices | None = None) -> list[Hedge]:
    """Find every hedging and stance marker in one article.

    One pass of the lexicon's compiled regular expression over the analysed
    (non-boilerplate) paragraphs; the context rules of :mod:`framing.hedging.rules`
    run on the hits only, and the rules of :mod:`framing.hedging.parsed` on the parse of
    the sentences that hold a candidate they need to see (parsed in one batch). Then
    scare quotes are found from the quotation regions (:func:`scare_quotes`).

    Parameters
    ----------
    text_or_layer : str or TextLayer
        One article's text, or its text layer.
    lexicon : HedgeLexicon or path, optional
        Default: the packaged lexicon (see :func:`load_hedge_lexicon`).
    attributions : iterable of Attribution, optional
        If given, a hit inside the content span of an attribution of kind indirect,
        according_to or mixed (outside quotation marks) has voice ``reported``
        (:class:`framing.text.voices.Voices`), and a quotation overlapping one is not a
        scare quote. If omitted, a small reporting-verb rule decides both.
    syntax : Syntax, optional
        The article's parses (:class:`framing.text.Syntax` of the same layer), shared with
        the other analysers; default: a new one with the packaged pipeline.
    voices : Voices, optional
        The article's voices, if already built from ``attributions``.

    Returns
    -------
    list of Hedge
        Sorted by start offset.

    Examples
    --------
    >>> [(h.text, h.category, h.voice) for h in hedges("The alleged gang members may have left in May 2024.")]
    [('alleged', 'allegation', 'author'), ('may', 'epistemic', 'author')]
    >>> [(h.term, h.voice, h.negated) for h in hedges('He did not appear to care. "It may rain," she said.')]
    [('appear to', 'author', True), ('may', 'quoted', False)]
    >>> [h.term for h in hedges("They flew 200 'gang members' to a ‘mega-prison’ there.")]
    ['gang members', 'mega-prison']
    >>> [(h.text, h.voice, h.evidence) for h in hedges('"I think it is over," she said. It is too early to know.')]
    [('I think', 'quoted', 'hedges.csv, line 57; rule first_person; parse'), ('It is too early to know', 'author', 'hedges.csv, line 54; rule too_early; parse')]
    """
    layer = _as_layer(text_or_layer)
    lex = _as_lexicon(lexicon)
    text = layer.text
    attrs = list(attributions) if attributions is not None else None
    fallback = voices is None and attrs is None  # no attributions: the reporting-verb rule finds reported speech
    if voices is None:
        voices = Voices.of(layer, attrs)
    cues: dict[tuple[int, int], tuple[int, int]] = {}

    def voice_of(s: int, lo: int, hi: int) -> str:
        v = voices.voice_at(s)
        return "reported" if fallback and v == "author" and reported_fallback(text, s, lo, hi, cues) else v

    def hedge(s: int, t: int, e: HedgeEntry, voice: str, lo: int, parsed: bool = False) -> Hedge:
        return Hedge(s, t, text[s:t], e.category, voice, e.term, hr.is_negated(text, s, lo), voice == "reported",
                     e.lexicon, _evidence(e, parsed))

    found: list[Hedge] = []
    pending: list[tuple[int, int, int, HedgeEntry, str, int]] = []
    for para in layer.paragraphs:
        for m in lex.regex.finditer(text, para.start, para.end):
            e = lex.entry_for(m)
            s, t = m.start(), m.end()
            lo, hi = _sentence_of(layer, s, para)
            if e.rule in hr.RULES and not hr.RULES[e.rule](text, s, t, lo, hi, para.label):
                continue
            voice = voice_of(s, lo, hi)
            if e.rule in PARSE_RULES:
                step = PARSE_RULES[e.rule].pre(text, s, t, lo, hi, voice)
                k = layer.sentence_index(s)
                if step == DROP or (step != KEEP and (k < 0 or s >= layer.sentences[k].end)):
                    continue
                if step != KEEP:
                    pending.append((k, s, t, e, voice, lo))
                    continue
            found.append(hedge(s, t, e, voice, lo))
    if pending:
        syn = syntax if syntax is not None else Syntax(layer)
        syn.parse(sorted({p[0] for p in pending}))  # one batch: only the sentences that need it
        for k, s, t, e, voice, lo in pending:
            ps = syn.sentence(k)
            toks = tokens_in(ps, s, t)
            span = PARSE_RULES[e.rule].decide(ps, toks[0], voice) if toks else None
            if span is not None:
                if any((voices.voice_at(x) == "quoted") != (voice == "quoted") for x in (span[0], max(span[1] - 1, span[0]))):
                    span = (s, t)  # "It is „unclear»": a widened span may not cross a quotation's edge
                found.append(hedge(span[0], span[1], e, voice, lo, parsed=True))
    found.extend(scare_quotes(layer, attributions=attrs, voices=voices))
    found.sort(key=lambda h: (h.start, -h.end))
    out: list[Hedge] = []
    for h in found:  # a phrase found on the parse may cover a shorter hit of the same category
        if out and h.end <= out[-1].end and h.category == out[-1].category:
            continue
        out.append(h)
    return out
