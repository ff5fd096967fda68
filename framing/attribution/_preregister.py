"""Full names registered before the rules run, so a surname quoted earlier in the text resolves (internal).

Split from :mod:`._mentions`, whose source finders it calls: :func:`preregister` runs them over every cue first.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ._companies import has_suffix
from ._mentions import Context, sentence_of, source_after, subject_before
from ._names import cut_off, modifies, name_sequences
from ._words import LEAD_CAPS, NOT_PERSON_TAILS, SIGN_OFF_RE

__all__ = ["preregister"]

# two or three capitalised words opening a sentence, then a finite verb: a person as subject
# a name and an apposition of up to eight words opened by an article: "Kevin Allton, a USI instructor in English,"
_APPOSED_NAME_RE = re.compile(r"\b([A-Z][a-z][\w’'-]*(?:[ ][A-Z][a-z][\w’'-]*){1,2}),[ ]((?:a|an|the)(?:[ ][\w’'.-]+){1,8}?)[,.]")
# words that open a sentence before a name without being part of it ("Later Kevin Allton, a ...")
_NAME_OPENERS = LEAD_CAPS | {"for", "later", "earlier", "instead", "then", "also"}
_SUBJECT_NAME_RE = re.compile(r"\s*([A-Z][a-z][\w’'-]*(?:\s+[A-Z][a-z][\w’'-]*){1,2})\s+(?:has|had|is|was|[a-z]+ed|[a-z]+s)\b")
# a sentence-opening description, then the name it describes and a finite verb ("An Afghan refugee in Switzerland,
# Homira Atimadi, is a senior official ...")
_DESCRIBED_NAME_RE = re.compile(r"\s*(?:An?|The|One)\s+\w[^,;:“”\"]{2,80},\s+([A-Z][a-z][\w’'-]*(?:\s+[A-Z][a-z][\w’'-]*){1,2}),"
                                r"\s+(?:has|had|is|was|[a-z]+ed|[a-z]+s)\b")
_DESCRIPTION_HEAD_RE = re.compile(r"([\w-]+)(?:\s+(?:in|of|from|at|for|with)\s.*)?,\s*$")  # "refugee" of "An Afghan refugee in ..."


def preregister(ctx: Context, cues: list[re.Match[str]], subjects: Sequence[str] = ()) -> None:
    """Register full names before the rules run, so that surnames and pronouns resolve.

    A name registers when it is the subject or the inverted source of a cue, a subject in the
    parse (``subjects``: :func:`framing.attribution.syntactic.subject_names`), when it signs a
    quotation after a dash ('"…" - Matthew Ingram'), when an apposition with a title word follows
    it ("Kevin Allton, a USI instructor in English,"), or when
    two or three capitalised words open a sentence and a finite verb follows (an
    untitled person introduced as a subject: "Amina Yusuf has run the clinic …").
    Words of a role row (countries, organisations, titles) never make a person.
    """
    text = ctx.layer.text
    new = False
    for c in cues:
        sent = sentence_of(ctx, c.start())
        for span in (subject_before(ctx, sent.start, c.start()), source_after(ctx, c.end(), sent.end)):
            if span is None:
                continue
            mention = text[span[0]:span[1]]
            names = name_sequences(ctx.roles, mention)
            if names and len(names[-1].split()) >= 2 and ctx.reg.resolve_name(names[-1]) is None \
                    and not modifies(mention, names[-1]) and not cut_off(mention, names[-1]) and not has_suffix(names[-1]) \
                    and names[-1].split()[-1] not in NOT_PERSON_TAILS:  # "an envoy to the Middle East"
                ctx.reg.register(names[-1], mention)  # not "The South Korean company", "the International Working Group"
                new = True
    for name in subjects:
        if ctx.reg.resolve_name(name) is None and not has_suffix(name) and name.split()[-1] not in NOT_PERSON_TAILS:  # not "Nippon Airways"
            ctx.reg.register(name)
            new = True
    for q in ctx.layer.top_quotes:  # '"…" - Matthew Ingram': a quotation signed with a name
        k = ctx.layer.paragraph_index(q.end)
        para = ctx.layer.paragraphs[k] if k >= 0 and q.end <= ctx.layer.paragraphs[k].end else None
        dm = SIGN_OFF_RE.match(text, q.end, para.end) if para is not None else None
        if dm is not None:
            names = name_sequences(ctx.roles, text[dm.end():para.end])
            if names and len(names[0].split()) >= 2 and ctx.reg.resolve_name(names[0]) is None:
                ctx.reg.register(names[0], text[dm.end():para.end])
                new = True
    for m in _APPOSED_NAME_RE.finditer(text):  # "Kevin Allton, a USI instructor in English,": a titled person
        # the title within the apposition's first four words, and no clause in it ("Los Angeles, a city whose
        # police chief resigned" is a place); a leading word such as "Later" or "For" is no part of the name
        head = m.group(2).split()[1:5]
        if ctx.layer.quote_at(m.start()) is not None or not any(ctx.roles.is_title_word(w) for w in head) \
                or re.search(r"\b(?:whose|which|that|who|where)\b", m.group(2)):
            continue
        words = m.group(1).split()
        while words and words[0].lower() in _NAME_OPENERS:
            words = words[1:]
        name = " ".join(words)
        if len(words) >= 2 and not ctx.roles.find(name) and name_sequences(ctx.roles, name) == [name] \
                and ctx.reg.resolve_name(name) is None:
            ctx.reg.register(name, m.group(2))
            new = True
    for sent in ctx.layer.sentences:  # "Amina Yusuf has run the clinic …": an untitled sentence subject
        m = _SUBJECT_NAME_RE.match(text, sent.start, sent.end) or _DESCRIBED_NAME_RE.match(text, sent.start, sent.end)
        if m is not None and m.re is _DESCRIBED_NAME_RE and not ((h := _DESCRIPTION_HEAD_RE.search(text, m.start(), m.start(1)))
                                                                 and ctx.roles.names_people(h.group(1))):
            continue  # "A town in Ohio, New Bremen, was hit": a place, no person
        if m is None or ctx.layer.quote_at(m.start()) is not None or ctx.roles.find(m.group(1)) \
                or m.group(1).split()[0].lower() in LEAD_CAPS \
                or ctx.verbs.regex.match(text, m.end() + 1) and m.group().endswith("s"):
            continue  # "As Heald noted": no person "As Heald"; "May Day marchers said": a noun, not a verb, in "-s"
        names = name_sequences(ctx.roles, m.group(1))
        if len(names) == 1 and names[0] == m.group(1) and ctx.reg.resolve_name(names[0]) is None:
            ctx.reg.register(names[0])
            new = True
    new = _namesakes(ctx) or new
    if new:
        ctx.reg._mentions()


# first words of places named after people ("Lake Powell", "Capitol Hill", "Fort Jackson"): no first names
_PLACE_OPENERS = frozenset("lake mount mt fort port cape camp capitol saint st san santa los las el new north south east west "
                           "upper lower greater little great".split())
_NO_FIRST_NAME = LEAD_CAPS | _PLACE_OPENERS
_FIRST_LAST_RE = re.compile(r"(?<![\w’'.-])([A-Z][a-z]+)\s+([A-Z][a-z][\w’'-]*)(?![\w’'-]|\s+[A-Z])")


def _namesakes(ctx: Context) -> bool:
    """Register a two-word name that shares its surname with a registered person ("Ahmed Mohamed, a 14-year-old boy
    ..., was arrested" beside his father "Mohamed El-Hassan Mohamed", who speaks): a bare "Mohamed" then has two
    candidates and goes to the one named first (:meth:`SpeakerRegistry.resolve_name`), not to the only one registered."""
    text = ctx.layer.text
    surnames = {p.split()[-1]: p for p in ctx.reg.people if len(p.split()) >= 2}
    new = False
    for m in _FIRST_LAST_RE.finditer(text):
        name, last = m.group(), m.group(2)
        if last not in surnames or name in ctx.reg.people or ctx.layer.quote_at(m.start()) is not None \
                or m.group(1).lower() in _NO_FIRST_NAME or ctx.roles.find(name) or name_sequences(ctx.roles, name) != [name] \
                or name in surnames[last]:
            continue
        ctx.reg.register(name)
        new = True
    return new
