"""What a pronoun source stands for (internal to :mod:`framing.attribution`).

Two passes over an article's attributions, after the salience rules of :mod:`.profiles`:

* :func:`previous_subject`: a *they* still unresolved refers to the plural subject of the main clause of
  its sentence, before it, or of the sentence before ("You see, the terrorists are protesting against
  modernity. They think ..."; "Magazines constantly change their policy on it; they want it"), the
  preferred antecedent of centering theory (Grosz, Joshi and Weinstein 1995: the subject of the
  previous utterance ranks first); likewise a *he* / *she* to a singular subject that names a
  person by a role or kinship word ("My husband has met beautiful girls -- and ... he would say").
  The group or person stays unnamed (speaker ``None``) and lends its type; flags ``pronoun``,
  ``unnamed``, ``previous_subject``. The noun must name people (:meth:`RoleLexicon.names_people`: not
  "The storms ... They said"); not when a plural noun phrase (for *they*) or a name (for *he* / *she*)
  comes between, nor inside quotation marks, nor when the subject is in the pronoun's own content
  ("The real culprits, they said, are computer makers").
* :func:`named_antecedents`: a pronoun resolved to a named speaker points at the last mention of
  that speaker before it (an earlier source with that speaker, or the name in the text outside
  quotation marks), so ``antecedent_span`` is filled for every resolved pronoun.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from ._mentions import Context
from ._parts import mention_tokens
from ._plural import others_between
from ._words import COLLECTIVES, RELATIVES, surname_of
from .types import Attribution

__all__ = ["previous_subject", "named_antecedents"]

_PERSONAL = frozenset({"he", "she", "it", "they", "him", "her", "them"})
_FEMALE = frozenset("mother stepmother wife daughter sister widow grandmother granddaughter aunt niece mum mom".split())
_MALE = frozenset("father stepfather husband son brother widower grandfather grandson uncle nephew dad".split())
_NAME_RE = re.compile(r"\b[A-Z][\w'’.-]+")


def _main_subject(ctx: Context, ps: Any, word: str) -> int | None:
    """The subject of the sentence's main clause that pronoun ``word`` may stand for: the root's, else, when the
    root has none or an *I* / *you* / *we*, that of a clause right under it ("You see, the terrorists are protesting ...")."""
    root = next((t.i for t in ps.tokens if t.head == t.i), None)
    if root is None:
        return None
    subj = next((c for c in ps.children(root) if ps.tokens[c].dep in ("nsubj", "nsubj:pass")), None)
    if subj is not None and ps.tokens[subj].text.lower() not in ("i", "you", "we"):
        return subj if _fits(ctx, ps, subj, word) else None  # not the subject of what "A senior official said": the talks
    for v in (c for c in ps.children(root) if ps.tokens[c].dep in ("ccomp", "parataxis", "conj")):
        subj = next((c for c in ps.children(v) if ps.tokens[c].dep in ("nsubj", "nsubj:pass")), None)
        if subj is not None and _fits(ctx, ps, subj, word):
            return subj
    return None


def _names_between(text: str, lo: int, hi: int) -> bool:
    """Whether a capitalised word that does not open a sentence lies in ``text[lo:hi]`` (a name)."""
    return any(m.group() != "I" and text[:m.start()].rstrip()[-1:] not in ("", ".", "!", "?", '"', "“", "\n")
               for m in _NAME_RE.finditer(text, lo, hi))


def _fits(ctx: Context, ps: Any, subj: int, word: str) -> bool:
    """Whether subject token ``subj`` is someone pronoun ``word`` (*they*, *he*, *she*) may stand for."""
    tok, he = ps.tokens[subj], word == "he"
    if word == "they":  # people, not "The storms" or "The new rules"
        return (tok.tag in ("NNS", "NNPS") or tok.lemma.lower() in COLLECTIVES and tok.tag == "NN") and ctx.roles.names_people(tok.text)
    if tok.tag != "NN":
        return False
    word = tok.text.lower()
    if word in (_FEMALE if he else _MALE) or word.endswith("woman" if he else "man"):
        return False  # "The widow ... he": not her
    return word in RELATIVES or any(r.kind == "title" for _, _, r in ctx.roles.find(word))


def _subject_before(ctx: Context, syntax: Any, k: int, a: Attribution, word: str) -> tuple[int, int] | None:
    """The mention of the main-clause subject that ``a``'s source pronoun ``word`` (in sentence ``k``) may stand
    for: of its own sentence when it comes before the pronoun ("Magazines constantly change their policy; they
    want it") and outside its content ("The real culprits, they said, are ..."), else of the sentence before."""
    pos, (c0, c1) = a.source_span[0], a.content_span
    for j in (k, k - 1):
        ps = syntax.sentence(j)
        subj = _main_subject(ctx, ps, word)
        if subj is None or ctx.layer.quote_at(ps.tokens[subj].start) is not None:
            continue
        run, _ = mention_tokens(ps, subj)
        if ps.tokens[max(run)].end <= pos and not c0 <= ps.tokens[min(run)].start < c1:
            return ps.tokens[min(run)].start, ps.tokens[max(run)].end
    return None


def previous_subject(ctx: Context, syntax: Any, found: list[Attribution]) -> list[Attribution]:
    """Resolve a pronoun left unresolved to the subject of the sentence before (see the module docstring)."""
    text, layer = ctx.layer.text, ctx.layer
    out = list(found)
    for i, a in enumerate(found):
        if a.speaker is not None or "unresolved" not in a.flags or a.source_span is None:
            continue
        word = text[slice(*a.source_span)].lower()
        k = layer.sentence_index(a.source_span[0])
        if word not in ("they", "he", "she") or k <= 0 or layer.quote_at(a.source_span[0]) is not None:
            continue
        if (span := _subject_before(ctx, syntax, k, a, word)) is None:
            continue
        s, e = span
        between = (e, a.source_span[0])
        if word == "they" and others_between(text, *between) or word != "they" and _names_between(text, *between):
            continue  # "The protesters were warned. Police said they ...": a nearer candidate
        res = ctx.reg.resolve(text[s:e], s)
        if res.speaker is not None:
            continue  # a name: the registry's and the salience rules' business
        flags = ("pronoun",) + tuple(f for f in a.flags if f not in ("pronoun", "unresolved", "unnamed", "subject")) \
            + ("unnamed", "previous_subject")
        out[i] = replace(a, speaker_type=res.speaker_type, flags=flags, antecedent_span=(s, e))
    return out


def _last_mention(ctx: Context, found: list[Attribution], speaker: str, pos: int) -> tuple[int, int] | None:
    """The last mention of ``speaker`` before ``pos``: an earlier source naming it, or its name outside quotes."""
    text = ctx.layer.text
    spans = [x.source_span for x in found if x.speaker == speaker and x.source_span and x.source_span[1] <= pos
             and text[slice(*x.source_span)].lower() not in _PERSONAL]
    for key in dict.fromkeys((speaker, surname_of(speaker))):
        for m in re.finditer(rf"(?<![\w-]){re.escape(key)}(?![\w-])", text[:pos]):
            if ctx.layer.quote_at(m.start()) is None:
                full = m.end() - len(speaker)
                spans.append((full, m.end()) if full >= 0 and text[full:m.end()] == speaker else m.span())
    return max(spans, default=None, key=lambda sp: (sp[1], sp[1] - sp[0]))


def named_antecedents(ctx: Context, found: list[Attribution]) -> list[Attribution]:
    """Point each pronoun source resolved to a named speaker at that speaker's last mention before it."""
    text = ctx.layer.text
    out = list(found)
    for i, a in enumerate(found):
        if a.speaker is None or a.antecedent_span is not None or a.source_span is None \
                or text[slice(*a.source_span)].lower() not in _PERSONAL:
            continue
        if (span := _last_mention(ctx, found, a.speaker, a.source_span[0])) is not None:
            out[i] = replace(a, antecedent_span=span)
    return out
