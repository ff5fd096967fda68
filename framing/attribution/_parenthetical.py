"""A cue set off by commas after a fronted adverbial (internal to :mod:`framing.attribution`).

"But unless the military situation changes drastically, military officials say, the most likely plan will be for the
Kennedy to eventually replace the carrier" (FactBank WSJ900813-0157), "If the talks fail, officials said, the plan will
be dropped", "In the long run, analysts say, prices will fall". What was said is the main clause after the second
comma; the fronted clause or phrase is an adverbial of it, not a statement of its own, so the content is the main
clause (the sentence's content runs on from the comma after the cue to its end). The parser makes the cue the fronted
clause's verb ("If ... officials said", an ``advcl`` with *if* as its marker) and reports nothing, and the pattern rules
look for a content after the cue or a clause before a sentence-final one. Only a fronted part that opens with a
subordinator or a preposition (:data:`_FRONTED`) or is a sentence adverb alone ("Meanwhile, analysts say, prices will
fall": the parse had "Meanwhile" as the content), a subject of at most six words with no comma between the commas, and
a statement or belief cue; a record the other rules made for the cue stays, unless its content is the part before the
cue. Twenty-fifth session on issue #13.

The same cue between commas after the sentence's subject, before its predicate ("The budget, the mayor said, would be
cut": no record; "The plan, officials say, will be dropped": only "The plan") gives the two records the parse gives
where it reads the sentence ("The economy, analysts say, is slowing"): the subject as a piece of its own (no cue, flag
``split``) and the predicate as the cue's content; a record of the cue the parse made is replaced. The predicate opens
with an auxiliary or a modal, or (twenty-sixth session) a verb the parse tags finite with no verb in the subject ("The
budget, the mayor said, needs to be cut" gave nothing). The cue may come first, its source after it ("The budget, said
Mayor Ann Lee, would be cut" had the source "The budget" and the content "Mayor Ann Lee, would be cut"; "If the talks
fail, said the minister, the plan will be dropped"). A clause before the cue with a second one after it, joined by
*and* or *but* ("That's leaving small investors with cold feet, they said, and prompting institutions to take a
reserved stance": FactBank wsj_0586), gives the first clause as the cue's content and the second as a piece of its own,
as an interrupted quotation does, where no other rule made a record of the cue. So does a clause of reason or concession
after the cue ("The problem is being ballyhooed, experts say, because the 486 is Intel's future flagship": wsj_0781), and
both do where the part before the cue holds a comma of its own ("What's more, the bugs only emerge ..., he said, and then
very seldom"); not a clause of time ("..., he said, as he left": the saying's). Thirty-fifth session.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from ._mentions import LOOK_BACK, Context, make_attribution, source_after
from ._words import WEEKDAY
from .types import Attribution

__all__ = ["fronted_parentheticals"]

_FRONTED = ("if unless when whenever while although though because as once until after before since even despite given "
            "with without barring in on at for by under over during from among").split()
_OPEN_RE = re.compile(rf"\s*(?:(?:but|and|yet|so)\s+)?(?:{'|'.join(_FRONTED)})\b|\s*(?:meanwhile|however|still|instead|indeed|"
                      r"moreover|nonetheless|nevertheless|overall|[a-z]+ly)\s*$", re.I)  # or a sentence adverb alone
# ", <subject> <cue>[ <day>]," with the cue's match start at the end of the subject
_SUBJECT_RE = re.compile(r",\s+((?:[\w.’'&-]+\s+){0,5}?[\w.’'&-]+)\s+$")
_INVERTED_RE = re.compile(r",\s+$")  # the cue right after a comma: ", said Mayor Ann Lee,"
_LONE = frozenset("that this it these those he she we they i you".split())  # a pronoun alone is no piece
_LEAD_CONJ_RE = re.compile(r"(?:But|And|Yet|So)\s+")
_CONJ_RE = re.compile(r"(?:and|but)\s+(?=\w)")  # a clause before the cue, a second one after it: "..., they said, and ..."
_REASON_RE = re.compile(r"(?:because|although|though|unless|even\s+though)\s+(?=[\w“\"‘])")  # "..., experts say, because ..."
# (a word after it: not the adverb "..., he said, though."); a reason or concession clause that narrates the saying is
# the writer's: "because he was not authorized to speak publicly", "although he declined to say when", "because
# reporters had asked her", "although he stood by the decision" (helper-122)
# (its subject a person's pronoun or the reporters, its verb one of speaking, refusing or standing by: not "because she
# has no majority", "because the bank did not act sooner": helper-124)
_NARRATION_RE = re.compile(r"(?:because|although|though|unless|even\s+though)\s+(?:(?:he|she|they|reporters|journalists)\s+)?"
                           r"(?:(?:was|were|had|has|is|had\s+been|was\s+being)\s+)?(?:not\s+)?(?:authori[sz]ed|asked|declined|"
                           r"refused|would\s+not|wouldn[’']t|did\s+not|didn[’']t|stood\s+by)\b", re.I)
_ANONYMITY_RE = re.compile(r"\banonymity\b|\bnot\s+authori[sz]ed\b", re.I)  # "..., though he spoke on condition of anonymity"
_PIECE_END_RE = re.compile(r",\s+(?:although|though|while|but)\b|;")  # the writer's rejoinder after the piece ("..., critics
# claim, because the minister lost interest, although he denies it")
_AFTER_RE = re.compile(rf"(?:\s+(?:on\s+)?(?:{WEEKDAY}|today|yesterday))?"
                       r"(?:\s+in\s+(?:a|an|its|his|her|their)\s+(?:(?:written|brief|televised)\s+)?(?:statement|interview|letter|"
                       r"report|speech|news\s+release))?\s*,\s+(?=[a-zA-Z])")  # (a quotation after it: the direct-quote rules)
# ("Inflation, the central bank said in a statement, remains above its target": helper-99)
# a noun phrase opening the sentence (no comma, at most eight words, a capital first) and a predicate after the cue
_NP_RE = re.compile(r"\s*[A-Z“\"‘]?[\w’'$%.-]*(?:\s+[\w’'$%.&-]+){0,7}\s*")
_MODALS = frozenset("could would might may can should must".split())
_PERFECT = frozenset("have has had".split())
_COPULAS = frozenset("is are was were".split())
_FINITE = _MODALS | _PERFECT | _COPULAS | frozenset("will did does do".split())
# (not "-s": "Meanwhile, analysts say, prices will"; not "-ed", "now": "Oil prices climbed, traders said, supported by
# worries", "Prices fell, traders said, now at their lowest": helper-94)
_PREDICATE_RE = re.compile(rf"(?:{'|'.join(sorted(_FINITE))}|also|still|already|never|not)\b")
_TRAILING = frozenset("now also still too today privately publicly".split())
_NOT_FIRST = frozenset("such like especially particularly notably even except plus from with as".split())
_NOT_SUBJECT = frozenset("who which that whom whose and or but if when as because to of it's".split())


def fronted_parentheticals(ctx: Context, syntax: Any, cues_by_sent: dict[int, list[re.Match[str]]],
                           found: list[Attribution]) -> list[Attribution]:
    """``found`` with the parenthetical cues after a fronted adverbial or a subject (see the module docstring)."""
    text = ctx.layer.text
    out = list(found)
    for si, cues in cues_by_sent.items():
        sent = ctx.layer.sentences[si]
        for c in cues:
            if ctx.verbs.classes.get(ctx.verbs.lookup(c.group())[0]) not in ("statement", "belief") \
                    or c.group().lower().endswith("ing"):
                continue  # (a participle is no parenthetical cue: "Officials, fearing a riot, closed the square" gave "a
                # riot" as the source of "Officials" and "closed the square"; thirty-third session)
            if (found_here := _source_and_rest(ctx, c, sent)) is None:
                continue
            src, am, cut = found_here
            end = sent.end - len(text[sent.start:sent.end]) + len(text[sent.start:sent.end].rstrip(" .!?\n"))
            lo = sent.start + len(text[sent.start:cut]) - len(text[sent.start:cut].lstrip())
            lo += len(lead.group()) if (lead := _LEAD_CONJ_RE.match(text, lo, cut)) else 0  # ("But this skittishness")
            if "," in text[sent.start:cut].rstrip(","):  # ("What's more, the bugs ..., he said, and then very seldom")
                if (rest := _rest_of(syntax, text, am.end(), end)) is not None:
                    out = _reason_piece(ctx, syntax, c, src, (lo, cut), (rest, end), out)
                continue
            before = text[sent.start:cut].strip().lower()  # the part before the subject's comma
            opening = _OPEN_RE.match(text, sent.start, cut) is not None \
                and before not in ("family", "italy", "july")  # (no adverbs in -ly)
            subject = not opening and _NP_RE.fullmatch(text, sent.start, cut) is not None \
                and not before.endswith(("ly", "while", "however", "still", "instead", "indeed")) \
                and _predicate(syntax, text, am.end(), sent.start, cut, sent.end)  # "The budget, the mayor said, would be cut"
            have = [b for b in out if b.cue_span == c.span()]
            if not (opening or subject) and (rest := _rest_of(syntax, text, am.end(), end)) is not None:
                out = _reason_piece(ctx, syntax, c, src, (lo, cut), (rest, end), out)
                continue
            made = next((b for b in out if b.cue_span == c.span() and b.content_span[0] >= am.end()), None)
            if made is not None and src[0] > c.start() and made.source_span and lo <= made.source_span[0] < cut:
                out, made = [b for b in out if b is not made], None  # "The offer, said an Initech Co. spokesman, was too
                # low": the parse made the subject the source of the inverted cue (helper-100)
            finite_before = any(w in _FINITE for w in before.split())
            if subject and made is not None and not finite_before and text[lo:cut].lower() not in \
                    _LONE and not any(b.content_span == (lo, cut) for b in out) \
                    and not (made.source_span and made.source_span[0] < cut and lo < made.source_span[1]):
                # "But this skittishness, Mr. Antolini says, is creating liquidity problems": the parse's predicate stays,
                # the subject a piece of its own (wsj_0585); not where the parse made the subject the source ("The offer,
                # said an Initech Co. spokesman, was too low")
                out.append(replace(made, cue=None, cue_span=None, verb_stance=None, content_span=(lo, cut), flags=made.flags + ("split",)))
                continue
            if not (opening or subject) or subject and finite_before or made is not None:
                continue  # (a record the other rules made stays, unless it took the part before the cue as content)
            if end <= am.end():
                continue
            a = make_attribution(ctx, "indirect", src, c, (am.end(), end), c.start())  # ("historians have")
            out = [b for b in out if b.cue_span != c.span()]  # ("Meanwhile, analysts say, ..." had "Meanwhile")
            if subject:  # the subject a piece of its own, as the parse gives "The economy, analysts say, is slowing"
                np = (lo, cut)
                out = [b for b in out if b.content_span != np]
                out.append(replace(a, cue=None, cue_span=None, verb_stance=None, content_span=np, flags=a.flags + ("split",)))
            out.append(a)
    return out


def _rest_of(syntax: Any, text: str, at: int, end: int) -> int | None:
    """Where the second piece of a statement interrupted by its cue opens at ``at`` (the comma after the cue): after *and* /
    *but* before a predicate with no subject of its own ("..., they said, and prompting institutions to ...", "..., he
    said, and then very seldom"), or at a subordinator of reason or concession ("..., experts say, because the 486 is
    Intel's future flagship": FactBank wsj_0781); ``None`` otherwise (not "..., he said, as he left": the saying's time)."""
    if (conj := _CONJ_RE.match(text, at, end)) is not None:
        first = syntax.token_at(conj.end())
        if first is None or first.pos not in ("VERB", "AUX", "ADV", "PART"):
            return None
        toks = syntax.sentence(syntax.layer.sentence_index(first.start)).tokens
        k = first.i
        while k < len(toks) - 1 and toks[k].pos in ("ADV", "PART") and toks[k].start < end:
            k += 1
        t = toks[k]
        if t.start < end and (t.pos in ("DET", "NOUN", "PROPN", "PRON", "NUM") or t.tag == "VBD"
                              or t.tag == "MD" and k + 1 < len(toks) and toks[k + 1].text.lower() in ("not", "n't")):
            return None  # a subject of its own after an adverb ("and then the yen rose", "but not everyone agrees"), or
            # the speaker's own act ("and then walked away", "and declined to comment", "but would not say": helper-122)
        return conj.end()
    if _REASON_RE.match(text, at, end) is None or _NARRATION_RE.match(text, at, end):
        return None
    stop = _PIECE_END_RE.search(text, at + 1, end)
    return None if _ANONYMITY_RE.search(text, at, stop.start() if stop else end) else at


def _reason_piece(ctx: Context, syntax: Any, c: re.Match[str], src: tuple[int, int], first: tuple[int, int],
                  second: tuple[int, int], out: list[Attribution]) -> list[Attribution]:
    """``out`` with the second piece of a statement the cue ``c`` interrupts ("That's leaving investors with cold feet,
    they said, and prompting ..."; "The problem is being ballyhooed, experts say, because ..."): the first clause is the
    cue's content (kept where the parse made it: "Tensions are rising, the ambassador said, and threatening the truce"),
    the second a piece of its own (no cue, flag ``split``), as an interrupted quotation's. ``first`` is the part before
    the cue, ``second`` the part after it to the sentence's end. Only where the first part is a clause; a record of the
    cue whose content the parse gave as the second part is given the first ("The plan will fail, analysts say, because
    the minister has no majority" had only the because-clause: helper-124), one with another content leaves all as it
    is. A cue inside the second piece whose source lies in the first clause goes ("Tensions"). The sentence's own
    subject is no source here."""
    text = ctx.layer.text
    (lo, cut_at), (rest, end) = first, second
    if rest >= end or not _finite_in(syntax, lo, cut_at):
        return out
    have = [b for b in out if b.cue_span == c.span()]
    if not all(b.content_span == first or rest <= b.content_span[0] < end for b in have):
        return out
    out = [replace(b, content_span=first) if b in have and b.content_span != first else b for b in out]
    have = [b for b in out if b.cue_span == c.span()]
    if (stop := _PIECE_END_RE.search(text, rest + 1, end)) is not None:
        end = stop.start()
    a = have[0] if have else make_attribution(ctx, "indirect", src, c, (lo, cut_at), c.start())
    kept = [b for b in out if not (b.cue_span and rest <= b.cue_span[0] < end and b.source_span
                                   and lo <= b.source_span[0] < cut_at)] + ([] if have else [a])
    if any(b.cue_span and rest <= b.cue_span[0] < end for b in kept):
        return out + ([] if have else [a])  # a cue of its own inside the piece, no piece ("Stocks fell, he said,
        # because of worries about inflation": the noun cue "worries")
    return kept + [replace(a, cue=None, cue_span=None, verb_stance=None, content_span=(rest, end), flags=a.flags + ("split",))]


def _source_and_rest(ctx: Context, c: re.Match[str], sent: Any) -> tuple[tuple[int, int], re.Match[str], int] | None:
    """(source span, the match of the comma after the parenthetical, where the comma before it stands) for cue ``c``
    between commas: ", officials said," or ", said Mayor Ann Lee," (inverted: "The budget, said Mayor Ann Lee, would be
    cut" had the source "The budget"); ``None`` if the cue is not set off so."""
    text = ctx.layer.text
    if (inv := _INVERTED_RE.search(text, max(sent.start, c.start() - LOOK_BACK), c.start())) is not None:
        src = source_after(ctx, c.end(), sent.end)  # ("The move, said Acme Corp., was long overdue": helper-100)
        if src is None or text[src[0]:src[1]].split()[0].lower() in _NOT_SUBJECT \
                or (am := _AFTER_RE.match(text, src[1], sent.end)) is None:
            return None
        return src, am, inv.start()
    sm = _SUBJECT_RE.search(text, max(sent.start, c.start() - LOOK_BACK), c.start())
    am = _AFTER_RE.match(text, c.end(), sent.end)
    if sm is None or am is None or any(w.lower() in _NOT_SUBJECT for w in sm.group(1).split()):
        return None
    words = sm.group(1).split()
    if any(w.lower() in _MODALS or w.lower() in _COPULAS for w in words) \
            or words[0].lower() in ("one", "you", "i", "we", "it") \
            or words[0].lower().endswith("ing") or words[0].lower() in _NOT_FIRST \
            or len(words) > 1 and words[-1].lower() in ("you", "we", "they", "he", "she", "i", "it"):
        return None  # "one could argue", "I would argue": nobody's statement (helper-93); "Other countries, including
        # the ones you mention, have ...": an apposition with a relative clause, no cue between commas (GUM)
    while len(words) > 1 and (words[-1].lower() in _PERFECT or words[-1].lower() in _TRAILING or words[-1].endswith("ly")):
        words.pop()  # "historians have argued", "U.S. officials now say": the subject without them
    return (sm.start(1), sm.start(1) + len(" ".join(words))), am, sm.start()


def _finite_in(syntax: Any, lo: int, hi: int) -> bool:
    """Whether a verb the parse tags finite (or a modal) stands in ``lo``..``hi``: the part before the cue is a clause."""
    k = syntax.layer.sentence_index(lo)
    return k >= 0 and any(lo <= t.start < hi and t.pos in ("VERB", "AUX") and t.tag in ("VBZ", "VBP", "VBD", "MD")
                          for t in syntax.sentence(k).tokens)


def _predicate(syntax: Any, text: str, at: int, lo: int, cut: int, hi: int) -> bool:
    """Whether a predicate opens at ``at``: an auxiliary, a modal or also/still/... (:data:`_PREDICATE_RE`), or a verb
    the parse tags finite (VBZ, VBP, VBD, or VB, which it gives a plural subject's "take": "The budget, the mayor
    said, needs to be cut") when no verb stands in the subject before it (``lo``..``cut``: "Oil prices climbed, traders
    said, supported by worries" keeps its clause)."""
    if _PREDICATE_RE.match(text, at, hi) is not None:
        return True
    tok = syntax.token_at(at)
    return tok is not None and tok.tag in ("VBZ", "VBP", "VBD", "VB") and not any(
        (t := syntax.token_at(lo + m.start())) is not None and t.pos in ("VERB", "AUX") for m in re.finditer(r"\S+", text[lo:cut]))
