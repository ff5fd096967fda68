"""Words withheld by a negated verb of telling (internal to :mod:`framing.attribution`).

"Investigators would not divulge the evidence against Kopp", "D'Amato's aides would not comment
about the political ramifications", "The company wouldn't elaborate", "Police gave no details about
the negotiations": the source refuses to speak, and what it withholds is the content, a ``refusal``
attribution (PARC 3.0 annotates these; so do the FactBank development sets, twenty-ninth session on
issue #13: six of the six active, negated clauses of this kind in the development documents are
gold refusals, and none of the passives, "Terms weren't disclosed", which name no source).

The verbs are those of ``_refusals.withheld`` (under "declined to ..."), negated here by *not*,
*n't* or *never* on the verb itself, and a verb of giving whose object is words with *no* ("gave no
details", "offered no explanation"). A verb the reporting-verb lexicon has ("did not say whether")
is left to the rules, which class a negated statement as a refusal already.
"""

from __future__ import annotations

import re
from typing import Any

from ._mentions import Context, resolve_source
from ._parts import mention_tokens, source_parts
from ._refusals import GIVING, TELLING, WORDS
from .syntactic import parsed_tokens, source_token, token_span, trim_span
from .types import Attribution

__all__ = ["WITHHELD_RE", "withheld_speech"]

# the verbs of telling a negation withholds: those of "declined to ..." and the lexicon's verbs whose object the rules
# do not take as content ("did not reveal the price", "would not comment about")
# (not "talk" or "speak": "who may not speak English" is an ability, "isn't talking about the 'miracle' any more" a
# topic left, no question refused)
# (nor "release", "identify", "name", "discuss": their object is as often no words, "did not release the hostages", "did
# not identify a link", "has not named a successor", "did not discuss North Korea": a topic not covered, no question
# refused; helper-108's reading of EWT and Wikipedia text)
_TELLING = TELLING - {"talk", "speak", "release", "identify", "name", "discuss"} | {"reveal", "comment"}
# the nouns of words given, less "call" ("made no call on the play": a referee's)
_GIVEN = WORDS - {"call", "calls"}

_NEGATIONS = frozenset(("not", "n't", "never"))
# what chooses a sentence for the parse: a negation before one of the verbs, or "gave no <words>"
WITHHELD_RE = re.compile(r"(?:\bnot|n[’']t|\bnever)\s+(?:\w+\s+)?(?:divulg|disclos|reveal|elaborat|specif|identif|detail|discuss|"
                         r"comment|speculat)\w*|"
                         r"\b(?:g[ai]ve[sn]?|giving|provide[sd]?|providing|offer(?:s|ed|ing)?|shar(?:e[sd]?|ing)|"
                         r"return(?:s|ed|ing)?|grant(?:s|ed|ing)?|ma(?:de|kes?|king))\s+no\s+\w+|\bneither\b", re.I)
# the prepositions of what a verb of telling withholds ("comment on", "elaborate on", "comment about")
_ABOUT = ("on", "about", "upon")


def withheld_speech(ctx: Context, syntax: Any, indices: list[int]) -> list[Attribution]:
    """Refusals by a negated verb of telling with a subject, in the parsed sentences ``indices``.

    The content is the verb's object ("the purchase price"), or its *on* / *about* phrase ("about
    the political ramifications"), or the verb itself when it has neither ("would n't elaborate");
    for a verb of giving, the words given ("no details about the negotiations"). The subject must be
    there and active: "The size was not disclosed" names no one who withheld it.
    """
    text = ctx.layer.text
    out: list[Attribution] = []
    for ps, t in parsed_tokens(ctx, syntax, indices):
        toks = ps.tokens
        kids = ps.children(t.i)
        if t.pos != "VERB" and not t.tag.startswith("VB") and not (t.pos == "ADJ" and any(toks[c].dep == "aux" for c in kids)):
            continue  # (the tagger's VB, or JJ, with the parser's ADJ and an auxiliary: "did n't elaborate on the statement",
            # "The bank did not elaborate")
        lemma = t.lemma.lower()
        obj = next((c for c in kids if toks[c].dep == "obj" and c > t.i), None)
        if lemma in _TELLING:
            neg = next((c for c in kids if toks[c].dep == "advmod" and toks[c].text.lower().replace("’", "'") in _NEGATIONS), None)
            if neg is None or neg + 1 < len(toks) and toks[neg + 1].text.lower() == "only":
                continue  # not "not only revealed the names" (the inability of "could not name the others", "could not
                # identify the gunman" is the verbs' left out above; "could not comment" is a refusal's formula)
            if obj is None:
                obj = next((c for c in kids if c > t.i and (toks[c].dep in ("ccomp", "advcl") and toks[min(ps.subtree(c))].tag
                                                             in ("WRB", "WP") or toks[c].tag == "WRB")), None)
                # "did not detail how the program would be funded", "did not specify whether": the question withheld
            if obj is None:
                obj = next(iter(_about_phrases(ps, kids, t.i)), None)
            if obj is not None and toks[obj].pos == "PRON" and lemma != "comment":
                continue  # "did not disclose it": what it was, the sentence before says
            content = token_span(ps, ps.subtree(obj)) if obj is not None else (t.start, t.end)
            if obj is None and lemma not in ("elaborate", "comment", "speculate"):
                continue  # "would not identify": a verb that needs its object ("a party it would n't identify")
        elif lemma in GIVING and obj is not None and toks[obj].lemma.lower() in _GIVEN \
                and (any(toks[c].dep == "det" and toks[c].text.lower() == "no" for c in ps.children(obj)) or _neither(ps, t.i)):
            content = token_span(ps, ps.subtree(obj) + [i for c in _about_phrases(ps, kids, obj) for i in ps.subtree(c)])
            # ("gave no details about the negotiations", the about-phrase hung on the verb)
        else:
            continue
        if ps._child(t.i, ("aux:pass", "nsubj:pass")) is not None:
            continue
        subj = source_token(ps, t.i)
        if subj is None or toks[subj].start > t.start:
            continue
        run, _ = mention_tokens(ps, subj)
        speaker, stype, flags, span = resolve_source(ctx, token_span(ps, run), toks[run[0]].start)
        content = trim_span(text, content)
        role, affiliation, evidence = source_parts(ctx, ps, subj, span, speaker, content=content)
        out.append(Attribution("indirect", speaker, stype, span, t.text, (t.start, t.end), content, "neutral",
                               tuple(flags) + ("parse", "negated"), "refusal", role, affiliation, evidence))
    return out


def _about_phrases(ps: Any, kids: list[int], after: int) -> list[int]:
    """The obliques among ``kids`` after token ``after`` that an *on* / *about* / *upon* opens ("comment about ...")."""
    return [c for c in kids if c > after and ps.tokens[c].dep == "obl" and any(
        ps.tokens[g].dep == "case" and ps.tokens[g].text.lower() in _ABOUT for g in ps.children(c))]


def _neither(ps: Any, v: int) -> bool:
    """Whether the subject of ``v`` opens with *neither* ("Neither Equus nor Tony Lama gave a reason")."""
    subj = next((c for c in ps.children(v) if ps.tokens[c].dep == "nsubj"), None)
    return subj is not None and ps.tokens[min(ps.subtree(subj))].text.lower() == "neither"
