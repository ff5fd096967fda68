"""Common nouns that open a sentence as a cue's whole source (internal to :mod:`framing.attribution`).

"Analysis revealed that ...", "Businesses expected that ...": at the start of a sentence the
parser tags such a word PROPN, and the registry, finding no one of that name, keeps it as a
surname (flag ``surname_only``). The speaker is a person or an organisation, never a
sentence-initial word (issue #13): a word of ``common_nouns.csv`` (lower-case nouns of the
treebank the parser learned from, built by ``scripts/build_common_nouns.py``) names nobody there.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from ._common_nouns import is_common_noun, load_common_nouns
from ._mentions import Context, resolve_source
from ._parts import mention_tokens
from ._words import OPENING_PUNCT, POSSESSIVE_PRONOUNS
from .roles import nobody
from .types import Attribution

__all__ = ["load_common_nouns", "proper_token", "sentence_initial_nouns", "opening_noun", "named_elsewhere", "document_owners",
           "seen_documents"]

# a plural of an agent noun ("forecasters", "economists", "protesters"), which a surname seldom is alone at a
# sentence's start (sentence_initial_nouns needs the registry to know no such name and the article to write it
# nowhere as one: "Sanders said" after "Bernie Sanders" keeps its name)
_AGENTIVE_RE = re.compile(r"[a-z]{3,}(?:ers|ors|ists|ians|ants|ents)")


def named_elsewhere(text: str, word: str) -> bool:
    """Whether the article writes ``word`` as a name somewhere: capitalised after a word, comma, quotation mark or
    honorific ("said Price", "President Moon Jae-in", "Rep. Waters"), or before another capitalised word ("Song Young-gil")."""
    w = re.escape(word)
    if len(word) > 2 and re.search(rf"\b{re.escape(word.upper())}\b", text):
        return True  # a name set in capitals ("ROGERS COMMUNICATIONS Inc. said ... Rogers said")
    return re.search(rf"(?:[\w,;:’'\"”)]|\b(?:Mrs?|Ms|Dr|Prof|Rep|Sen|Gov|Gen|Lt|Col|Sgt|St)\.)[ \t]+{w}\b|\b{w}[ \t]+[A-Z]", text) is not None


def opening_noun(ctx: Context, word: str, start: int, nouns: frozenset[str] | None = None, *, plural: bool = False) -> bool:
    """Whether ``word`` at ``start`` opens its sentence and is a common noun the article never writes as a name
    (:func:`named_elsewhere`); with ``plural``, a plural of one too ("Magazines constantly change ...")."""
    nouns = load_common_nouns() if nouns is None else nouns
    low = word.lower()
    # a plural's singular: "-s", "-es" ("coaches"), "-ies" ("parties"), "-men" ("gunmen")
    singular = {low[:-1], low[:-2], low[:-3] + "y"} if plural and low.endswith("s") else set()
    singular |= {low[:-3] + "man"} if plural and low.endswith("men") else set()
    agentive = plural and _AGENTIVE_RE.fullmatch(low) is not None  # "Forecasters say": people by what they do
    if not (low in nouns or singular & nouns or agentive) or named_elsewhere(ctx.layer.text, word):
        return False
    k = ctx.layer.sentence_index(start)
    return k >= 0 and not ctx.layer.text[ctx.layer.sentences[k].start:start].strip(OPENING_PUNCT)


def sentence_initial_nouns(ctx: Context, found: list[Attribution], nouns: frozenset[str] | None = None) -> list[Attribution]:
    """``found`` with a one-word surname-only source that opens its sentence and is a common noun made unnamed.

    Typed by the role lexicon's group row for the word when it has one, else ``unnamed``; flag
    ``surname_only`` becomes ``unnamed``. Only what the registry could not resolve, and only when the
    article never writes the word as a name elsewhere (:func:`named_elsewhere`): "Price said ... said
    Price", "President Moon Jae-in ... Moon said", "Samantha Power ... Power said" keep their name.
    """
    text = ctx.layer.text
    out = []
    for a in found:
        if a.speaker and "surname_only" in a.flags and a.source_span and text[slice(*a.source_span)] == a.speaker \
                and opening_noun(ctx, a.speaker, a.source_span[0], nouns, plural=True):
            typed = nobody(ctx.roles.find(a.speaker), len(a.speaker))
            a = replace(a, speaker=None, speaker_type=typed.speaker_type, role=None, affiliation=None, speaker_evidence=None,
                        flags=tuple(f for f in a.flags if f != "surname_only") + ("unnamed",))
        out.append(a)
    return out


# what an organisation or a person issues and the news then quotes as the source ("PC World's recent analysis of
# its own web traffic statistics concluded, “…”": GUM_news_ie9, whose gold speaker is PC World)
_DOCUMENTS = ("report|statement|analysis|study|survey|letter|filing|release|press release|announcement|website|web site|"
              "blog|article|editorial|memo|complaint|ruling|verdict|findings|review|poll|audit|assessment|investigation")
_OWNER_RE = re.compile(r"((?:[Tt]he\s+)?(?:[A-Z][\w.&-]*\s+){0,4}[A-Z][\w.&-]*|[Tt]he\s+[a-z]+|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)"
                       rf"(?:[’']s?)?\s+(?:[a-z][\w-]*\s+){{0,2}}(?:{_DOCUMENTS})s?\b")


def document_owners(ctx: Context, found: list[Attribution]) -> list[Attribution]:
    """``found`` with a source that is someone's document ("PC World's analysis", "the ministry's statement", "its
    report") credited to its owner, resolved as a source of its own (flag ``document_owner``); only where the
    source itself named nobody (speaker ``None``), and only when the owner resolves to a speaker or a type."""
    text = ctx.layer.text
    out = []
    for a in found:
        m = _OWNER_RE.match(text, *a.source_span) if a.speaker is None and a.source_span else None
        possessive = m is not None and (m.group(1).lower() in POSSESSIVE_PRONOUNS or re.match(r"[’']", text[m.end(1):m.end(1) + 1]))
        bare = re.sub(r"^(?:[Aa]n?|[Tt]he)\s+", "", m.group(1)) if m is not None else ""
        if m is not None and (possessive or bare[:1].isupper() and any(r.kind == "org" and r.named and e == len(bare)
                                                                       for s0, e, r in ctx.roles.find(bare) if s0 == 0)):
            owner = m.group(1) if possessive else bare  # "A UN review of national plans": as "the UN's review"
            res = ctx.reg.resolve(POSSESSIVE_PRONOUNS.get(owner.lower(), owner), m.start(1))
            if res.speaker is not None or res.speaker_type not in ("unnamed", "other"):
                a = _credited(a, res.speaker, res.speaker_type, res.flags)
        elif a.speaker is None and a.source_span and (dm := _THE_DOC_RE.fullmatch(text, *a.source_span)) is not None:
            if (by := _BY_AFTER_RE.match(text, a.source_span[1])) is not None and ((res := ctx.reg.resolve(
                    by.group(1), by.start(1))).speaker is not None or res.speaker_type not in ("unnamed", "other")):
                a = _credited(a, res.speaker, res.speaker_type, res.flags)  # "The survey, conducted by Gallup, found": as
            else:  # "A survey conducted by Gallup found"
                a = _earlier_owner(ctx, found, a, dm.group(1).lower())
        out.append(a)
    return out


_THE_DOC_RE = re.compile(rf"[Tt]he\s+({_DOCUMENTS})")
# the maker of a document, set off by commas after it ("The report, released by the United Nations on Monday, says"; not
# "published in Nature", "funded by": who paid for a study is not who wrote it)
_BY_AFTER_RE = re.compile(r",\s+(?:released|published|issued|commissioned|conducted|prepared|written|compiled|produced|carried\s+out)"
                          r"\s+by\s+((?:the\s+)?[A-Z][\w.&’'-]*(?:\s+(?:of|for|and|&|the|[A-Z][\w.&’'-]*))*?)(?=\s*,|\s+(?:on|in|last|this)\s)")


def seen_documents(ctx: Context, syntax: Any, found: list[Attribution]) -> list[Attribution]:
    """``found`` with a source that only obtained or saw the document that speaks replaced by the document: "Documents
    seen by Reuters show ...", "Emails obtained by the newspaper revealed that ..." (the pattern rules took the noun before
    the verb, *Reuters*, a media speaker). The participle must modify a noun in the parse; the source becomes the noun's
    mention up to the old source's end, resolved as itself (mostly unnamed). Who released, published or wrote a document
    stays its source ("Figures released by the ministry show": :func:`document_owners`)."""
    text = ctx.layer.text
    out = []
    for a in found:
        m = _SEEN_BY_RE.search(text, max(0, a.source_span[0] - 40), a.source_span[0]) if a.source_span else None
        tok = syntax.token_at(m.start(1)) if m is not None else None
        if tok is None or tok.dep != "acl" or tok.head >= tok.i:
            out.append(a)
            continue
        ps = syntax.sentence(ctx.layer.sentence_index(m.start(1)))
        if ps.tokens[tok.head].pos != "NOUN":
            out.append(a)
            continue
        run, _ = mention_tokens(ps, tok.head)
        lo, hi = ps.tokens[min(run)].start, ps.tokens[max(run)].end
        speaker, stype, flags, _ = resolve_source(ctx, (lo, hi), lo)
        keep = tuple(f for f in a.flags if f in ("parse", "passive", "split", "continued", "inherited", "block"))  # not how
        # the old source was resolved ("role_linked": "the newspaper" taken for an outlet named before)
        out.append(replace(a, speaker=speaker, speaker_type=stype, source_span=(lo, a.source_span[1]),
                           flags=tuple(dict.fromkeys(tuple(flags) + keep))))
    return out


# a participle of getting hold of a document, then "by": its agent is no author ("Documents seen by Reuters",
# "records reviewed by The Associated Press", "emails obtained by the newspaper")
_SEEN_BY_RE = re.compile(r"\b(obtained|seen|reviewed|examined|analy[sz]ed|viewed|acquired)\s+by\s+$")


def _earlier_owner(ctx: Context, found: list[Attribution], a: Attribution, noun: str) -> Attribution:
    """"the filing said" after "In a Securities and Exchange Commission filing, Norwood said ...": the speaker of the latest
    attribution with a speaker before it (in its sentence or the two before), when that attribution's sentence names the
    document as a medium, "in a/the ... filing" ("Norwood disclosed the stake in a filing"; not "Waxman said the report
    showed ...")."""
    k = ctx.layer.sentence_index(a.source_span[0])
    text = ctx.layer.text
    for b in sorted(found, key=lambda b: -(b.cue_span or b.content_span)[0]):
        at = (b.cue_span or b.content_span)[0]
        kb = ctx.layer.sentence_index(at)
        if at >= a.source_span[0] or b is a or b.speaker is None or b.cue_span is None:
            continue  # (past an unnamed one: "Acme said in a statement ... Analysts said ... The statement said")
        if kb < k - 2:
            return a
        sent = ctx.layer.sentences[kb]
        if re.search(rf"\b(?:in|through)\s+(?:an?|the|its|his|her|their)\s+(?:[\w’'-]+\s+){{0,6}}{noun}\b", text[sent.start:sent.end], re.I):
            return _credited(a, b.speaker, b.speaker_type, ())
        return a  # the latest attribution names no such document as its medium: nobody to credit
    return a


def _credited(a: Attribution, speaker: str | None, speaker_type: str, flags: tuple[str, ...]) -> Attribution:
    """``a`` credited to its document's owner ``speaker``: no longer unnamed or unresolved, with the owner's resolution
    ``flags`` and ``document_owner``."""
    keep = tuple(f for f in a.flags if f not in ("unnamed", "unresolved"))
    return replace(a, speaker=speaker, speaker_type=speaker_type, flags=tuple(dict.fromkeys(keep + flags + ("document_owner",))))


def proper_token(tok: Any) -> bool:
    """Whether a parsed token is a proper noun: tagged one, or a capitalised noun the common-noun list does not hold (the
    model tags a surname it does not know that opens a sentence as a noun: "Seagal made headlines when he described
    ...", PUD n01029; thirty-first session)."""
    return tok.text[:1].isupper() and (tok.pos == "PROPN" or tok.pos == "NOUN" and not is_common_noun(tok.text.lower()))
