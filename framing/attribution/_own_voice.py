"""An unquoted *I*, *we* or *you* speaking in the present: the speaker's own voice, no attribution
(internal to :mod:`framing.attribution`).

A Wikinews interview prints its answers without quotation marks, and an opinion piece speaks in the first
person: there an unquoted first- or second-person source names nobody the reader does not already hear.
"I find that the quality varies", "You'll note we offer", "Do you have plans to include", "I should mention
that", "My hope is that" are the speaker's own voice, as the GUM annotation guidelines have it (the Q&A
format itself is not annotated). Such a record (speaker unresolved, or the pronoun itself taken for a name)
is dropped when its cue is not a report of a past act: in a question, with a modal, in the present tense, an
infinitive or a noun. A past act stays ("I invited them to record a chapter", "You mentioned Larry Lessig's
Free Culture"), and so does a quotation ("I say, 'Hey John, my name is Frank'"). An *I* / *we* belief or
intention is dropped in any tense ("I think the mood is gloomy"; the rule of the eleventh session). Measured
on the GUM train interviews (fourteenth session): 20 of 40 extra records were such, against one annotated
("And then you say you won't commit a mistake").

:func:`in_question` drops a reported content whose cue is the main verb of the writer's own question, whoever the
source (a wh-word hung on it, or an auxiliary of it opening the sentence): "Why did she so badly want to attend?", "Will they treat and announce the competitions as they do all
others?" put a question, they credit nobody with a content (GUM train: three such records, none annotated;
no annotated attribution of the GUM or FactBank development sets has its cue in such a question). Not a
question inside a quotation (its "?" is quoted), not the verbs that report a question ("asked",
"wondered"), and not a cue in a clause of the question, which is reported as a fact ("Why did stocks fall
after the Fed said it would raise rates?", "Who is the man police say shot the mayor?"; helper-85's reading).
"""

from __future__ import annotations

import re
from typing import Any

from ._mentions import Context
from .types import Attribution

__all__ = ["asks", "in_question", "own_voice"]

_PERSONS = frozenset("i we you you'll you’ll my our your".split())


def own_voice(ctx: Context, syntax: Any, a: Attribution) -> bool:
    """Whether ``a`` is an unquoted *I* / *we* / *you* speaking for itself (see the module docstring)."""
    text = ctx.layer.text
    if a.source_span is None:
        return False
    raw = text[slice(*a.source_span)]
    src = raw.lower()
    newspaper = raw == "i" and text[max(0, a.source_span[0] - 4):a.source_span[0]].lower() == "the "
    if src not in _PERSONS or newspaper or a.speaker is not None and a.speaker.lower() != src \
            or ctx.layer.quote_at(a.source_span[0]) is not None:
        return False  # "with the i reporting no one will be refused": the newspaper; "i think ..." in an e-mail is I
    if src in ("i", "we") and a.cue_class in ("belief", "intention"):
        return True
    if a.kind == "direct" or a.cue_span is None:
        return False
    k = ctx.layer.sentence_index(a.cue_span[0])
    if k < 0:
        return False
    if asks(ctx, k):
        return True  # "Do you have plans to include ...?"
    ps = syntax.sentence(k)
    cue = next((t for t in ps.tokens if t.start == a.cue_span[0]), None)
    if cue is None:
        return False
    modal = any(ps.tokens[c].tag == "MD" for c in ps.children(cue.i))
    return modal or cue.tag not in ("VBD", "VBN")


_ASKING = frozenset("ask asks asked asking wonder wonders wondered wondering question questions questioned "
                    "questioning inquire inquires inquired inquiring".split())


def asks(ctx: Context, k: int) -> bool:
    """Whether sentence ``k`` is a question (ends in "?", before any closing quotation mark)."""
    sent = ctx.layer.sentences[k]
    return ctx.layer.text[sent.start:sent.end].rstrip(" \n\"”’'").endswith("?")


def in_question(ctx: Context, syntax: Any, a: Attribution) -> bool:
    """Whether the reported content ``a`` has its cue in the writer's own question (see the module docstring)."""
    if a.kind not in ("indirect", "mixed") or a.cue_span is None or a.cue is None \
            or ctx.layer.quote_at(a.cue_span[0]) is not None or a.cue.lower().split()[0] in _ASKING:
        return False
    text = ctx.layer.text
    k = ctx.layer.sentence_index(a.cue_span[0])
    if k < 0 or a.cue_span[0] >= ctx.layer.sentences[k].end:
        return False
    sent = ctx.layer.sentences[k]
    body = text[sent.start:sent.end].rstrip()
    if not body.endswith("?") or ctx.layer.quote_at(sent.start + len(body) - 1) is not None:
        return False
    ps = syntax.sentence(k)
    cue = next((t for t in ps.tokens if t.start == a.cue_span[0]), None)
    if cue is None:
        return False
    main = cue.i if cue.dep == "root" else cue.head if cue.dep == "conj" and ps.tokens[cue.head].dep == "root" else None
    if main is None:
        return False  # a cue in a clause of the question ("... after the Fed said it would raise rates?"): reported
    # the main verb asks: a wh-word hung on it before the cue ("who can blame it?", "Why did she want"), or an
    # auxiliary of it opening the sentence ("Will they announce ...?"; not "Will Smith says ...": a name)
    kids = ps.children(main)
    if any(ps.tokens[c].dep == "mark" for c in kids):
        return False  # a clause the parser made the root ("... now that her own party has said she must go?", helper-87)
    before = [t for t in ps.tokens if t.start < a.cue_span[0] and t.pos != "PUNCT"]
    wh = any(c < cue.i and _WH_RE.fullmatch(ps.tokens[c].text) for c in kids)
    first = next((t for t in before if t.text not in _OPENERS), None)
    aux = first is not None and first.pos == "AUX" and first.head == main and first.dep in ("aux", "cop") \
        and (ps.tokens[main].tag in ("VBN", "VBG") or ps.tokens[main].text.lower() == ps.tokens[main].lemma.lower())
    # an auxiliary takes no finite verb: "Will Smith says" is a name; a base form the tagger calls VBP is none ("Did the
    # Kremlin say", helper-86)
    return wh or aux


_OPENERS = frozenset(("And", "But", "So", "Or", "Yet", "Well", "I", "mean"))
_WH_RE = re.compile(r"\b(?:[Ww]h(?:o|om|ose|at|y|en|ere|ich)|[Hh]ow)\b")
