"""A cue inside a relative clause whose pronoun is the subject of what is said (internal to :mod:`framing.attribution`).

"the Rehabilitation Project Force, which critics charge is a forced work camp" (GUM_news_imprisoned), "a plan
that critics say will raise taxes", "Smith, who police say was driving": the relative pronoun is the subject
of the reported clause, so the clause after the cue has no subject of its own and starts with its verb. The
parser reads the construction several ways (the cue a relative clause, an auxiliary, a noun after *which*),
so it is found on the words: *which* / *that* / *who*, a subject of at most five words, a statement or belief
verb of ``reporting_verbs.csv`` (:data:`_GAP_CUES`), then a finite verb or auxiliary right after the cue (the
gap: "that critics say the plan ..." is no such clause). The content is the clause after the cue up to the
end of the relative clause (a comma, semicolon, dash or the sentence end), as the GUM annotation has it
("is a forced work camp"); the source is the subject, resolved as any other. Kind ``indirect``. A record a
pattern rule made for the same cue takes this content (the pattern rule ran on past the relative clause:
"will hurt the poor, passed on Monday"). Twenty-first round on issue #13.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from ._cuecheck import FINITE as _FINITE
from ._mentions import Context, make_attribution
from ._words import WEEKDAY
from .types import Attribution

__all__ = ["relative_cues", "object_relatives"]

# statement and belief verbs that take a clause (not an object: "which critics blame")
_GAP_CUES = frozenset("say says said claim claims claimed allege alleges alleged believe believes believed think thinks "
                      "thought charge charges charged contend contends contended argue argues argued suspect suspects "
                      "suspected fear fears feared estimate estimates estimated insist insists insisted maintain "
                      "maintains maintained".split())
_RELATIVE_RE = re.compile(r"\b(?:(which|that|whom|who)|but|while|yet)\s+((?:[\w.’'&-]+\s+){0,4}?[\w.’'&-]+)\s+"
                          rf"({'|'.join(sorted(_GAP_CUES))})\s+(?=\w)")
# a bare relative clause, without its pronoun, after the noun it modifies ("doctors it says perform abortions", "a man
# police say robbed the bank", "a plan critics say will raise taxes"): one subject word, a personal pronoun or a plural
# noun (the parse checks both words), then the cue and its gap
_BARE_RE = re.compile(r"\b([A-Za-z][\w’'-]*)\s+([A-Za-z]+)\s+"
                      rf"({'|'.join(sorted(_GAP_CUES))})\s+(?=\w)")
_CUE_RE = re.compile(rf"(?:{'|'.join(sorted(_GAP_CUES, key=len, reverse=True))})\b")  # the cue alone, as a match
_PRONOUN_BEFORE_RE = re.compile(r"\b(?:which|that|who)\s[^.;:!?]{0,100}$")
_TIME_AFTER_RE = re.compile(r"(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|"
                            r"last\s+(?:week|month|year))\s+")
_END_RE = re.compile(r"(?<!\d),(?!\d)|;|\s(?:--|—|–)\s|—|\(")
_NOT_SUBJECT = frozenset("is are was were has have had will would can could may might should must do does did not also".split())


def relative_cues(ctx: Context, syntax: Any, parsed: frozenset[int], found: list[Attribution], *,
                  max_chars: int) -> list[Attribution]:
    """``found`` with the relative-clause cues of the article (see the module docstring): a record of the same cue
    takes the clause as content, a cue no rule found is added. A sentence not parsed yet is parsed here when its words
    match, unless it is longer than ``max_chars`` (a run-on line, as :data:`find.MAX_PARSED_CHARS`)."""
    text, layer = ctx.layer.text, ctx.layer
    by_cue = {a.cue_span: i for i, a in enumerate(found) if a.cue_span}
    out = list(found)
    for k, sent in enumerate(layer.sentences):
        if k not in parsed and sent.end - sent.start > max_chars:
            continue
        for m in [*_RELATIVE_RE.finditer(text, sent.start, sent.end), *_bare(syntax, text, sent)]:
            cue = m.group(3)
            if layer.quote_at(m.start()) is not None \
                    or any(w.lower() in _NOT_SUBJECT for w in m.group(2).split()):
                continue
            if m.group(1) is None and not _PRONOUN_BEFORE_RE.search(text, sent.start, m.start()):
                continue  # "which the Church describes as a retreat, but critics charge is a work camp": the pronoun before
            verb, last = syntax.token_at(m.start(3)), syntax.token_at(m.end(2) - 1)
            if verb is None or last is None or last.pos not in ("NOUN", "PROPN", "PRON") or verb.pos not in ("VERB", "NOUN", "AUX") \
                    or verb.pos == "NOUN" and not _agrees(last.tag, cue):
                continue  # "that the suspect is": a noun (an AUX is a misread cue: "a man they say robbed"); the parser reads "critics charge is", "the company claims is" as
                # nouns, rightly "that the genocide charge was" (helper-86): a noun cue counts when it agrees as a verb
            begin = (tm.end() if (tm := _TIME_AFTER_RE.match(text, m.end())) else m.end())  # "said Tuesday was"
            nxt = syntax.token_at(begin)
            if nxt is None or nxt.pos not in ("VERB", "AUX") or nxt.tag not in _FINITE and not (nxt.pos == "VERB" and nxt.tag in ("VB", "JJ")):
                continue  # no gap: "that critics say the plan will fail" (a present verb the tagger read as a base form or an
                # adjective still is one: "doctors it says perform abortions", FactBank NYT19981025.0188)
            end = _END_RE.search(text, begin, sent.end)
            stop = end.start() if end else sent.end
            stop = _main_verb(syntax, nxt, begin, stop)
            stop = len(text[begin:stop].rstrip(" .!?\"”’',")) + begin
            if stop <= begin:
                continue
            content = (begin, stop)
            cue_span = m.span(3)
            i = by_cue.get(cue_span)
            if i is not None:
                out[i] = replace(out[i], content_span=content, kind="indirect")
                continue
            if m.group(1) is None:  # the content before ends at the conjunction ("describes as a retreat, but critics ...")
                cut = len(text[:m.start()].rstrip(" ,"))
                out = [replace(a, content_span=(a.content_span[0], cut)) if a.content_span[0] < cut < a.content_span[1] else a
                       for a in out]
            out.append(make_attribution(ctx, "indirect", m.span(2), _CUE_RE.match(text, cue_span[0]), content, m.start(2)))
    return out


def _main_verb(syntax: Any, first: Any, begin: int, stop: int) -> int:
    """Where the clause after a relative cue ends before ``stop``: at a later finite verb whose clause is not inside it,
    the main clause's ("The deportees whom US authorities claim are members of Tren de Aragua were flown ...": "were",
    helper-108); ``stop`` when there is none."""
    k = syntax.layer.sentence_index(begin)
    ps = syntax.sentence(k)
    toks = ps.tokens
    inside = {first.i}
    for t in toks:
        if not begin <= t.start < stop:
            continue
        if t.i != first.i and t.tag in _FINITE and t.pos in ("VERB", "AUX"):
            h, seen = t.head, 0
            while h not in inside and toks[h].head != h and seen < len(toks):
                h, seen = toks[h].head, seen + 1
            if h not in inside:
                return t.start
        inside.add(t.i)
    return stop


def _bare(syntax: Any, text: str, sent: Any) -> list[re.Match[str]]:
    """The bare relative clauses of sentence ``sent`` (:data:`_BARE_RE`) whose first word is a noun (not one modifying the
    subject: "whom US authorities claim are") and whose subject is
    a personal pronoun or a plural noun to the tagger (not "the case he said was ...", whose *case* ... is checked as any
    relative's: a finite verb right after the cue)."""
    out = []
    for m in _BARE_RE.finditer(text, sent.start, sent.end):
        head, subj = syntax.token_at(m.start(1)), syntax.token_at(m.start(2))
        if head is not None and subj is not None and head.tag in ("NN", "NNS", "NNP", "NNPS") and head.head != subj.i \
                and (subj.tag == "PRP" and subj.text.lower() in ("he", "she", "it", "they", "we") or subj.tag == "NNS"):
            out.append(m)
    return out


def _agrees(subject_tag: str, cue: str) -> bool:
    """Whether ``cue`` (a form the parser tagged a noun) agrees as a verb with a subject of tag ``subject_tag``: a past
    form with any, a form in -s with a singular noun ("the company claims is"), the bare form with a plural or a pronoun
    ("critics charge is"); not "the genocide charge was"."""
    if cue.endswith(("ed", "id")) or cue in ("thought",):
        return True
    return cue.endswith("s") if subject_tag in ("NN", "NNP") else subject_tag in ("NNS", "NNPS", "PRP")


# evaluation verbs whose object is what is judged, in the forms a relative clause ends with ("which he denies",
# "that critics have condemned"); a row of reporting_verbs.csv each
_JUDGED = ("deny denies denied dispute disputes disputed criticise criticises criticised criticize criticizes criticized "
           "condemn condemns condemned denounce denounces denounced decry decries decried blame blames blamed praise "
           "praises praised reject rejects rejected dismiss dismisses dismissed welcome welcomes welcomed hail hails "
           "hailed applaud applauds applauded oppose opposes opposed slam slams slammed").split()
_ADVERBS = r"(?:(?:has|have|had|also|both|all|long|since|strongly|vehemently|firmly|publicly|previously|widely|roundly|sharply|" \
           r"repeatedly|consistently|always|now|then|so\s+far)\s+)*"
_OBJECT_REL_RE = re.compile(r"\b(which|that|whom)(?:,\s[^,.;]{1,40},)?\s+((?:[\w.’'&-]+\s+){0,5}?[\w.’'&-]+)\s+" + _ADVERBS
                            + rf"({'|'.join(sorted(_JUDGED, key=len, reverse=True))})(?=\s*(?:[.,;:!?)]|--|—|–|$)|\s+(?:for|as)\b|\s+\w)")


def object_relatives(ctx: Context, syntax: Any, parsed: frozenset[int], found: list[Attribution], *,
                     max_chars: int) -> list[Attribution]:
    """``found`` with the evaluation cues of relative clauses whose pronoun is the object judged: "a policy of turning
    away boats of migrants which, according to AFP, the United Nations and United States have both criticised"
    (GUM_news_asylum), "charges of fraud, which he denies", "the atmosphere of hostility toward Muslims that critics
    blame for denying them entry" (GUM_news_afghan). The content is the noun phrase the clause hangs on (the noun
    before the pronoun, up the *of* phrases it ends: "charges of fraud"); the source is the clause's subject. A record
    of the same cue (a pattern rule read on into the main clause: "The decision that Trump praised was announced")
    is replaced. Only on the words of the sentence and its parse; a sentence longer than ``max_chars`` is left."""
    text, layer = ctx.layer.text, ctx.layer
    out = list(found)
    for k, sent in enumerate(layer.sentences):
        if k not in parsed and sent.end - sent.start > max_chars:
            continue
        for m in _OBJECT_REL_RE.finditer(text, sent.start, sent.end):
            if layer.quote_at(m.start()) is not None or any(w.lower() in _NOT_SUBJECT for w in m.group(2).split()):
                continue
            verb, last, pron = syntax.token_at(m.start(3)), syntax.token_at(m.end(2) - 1), syntax.token_at(m.start(1))
            if verb is None or last is None or pron is None or verb.pos not in ("VERB", "NOUN") \
                    or last.pos not in ("NOUN", "PROPN", "PRON"):  # ("which he strongly denies": *denies* a noun to the tagger)
                continue
            nxt = _END_OR_WORD_RE.match(text, m.end())
            if nxt.group(1) and ((after := syntax.token_at(nxt.start(1))) is None or after.pos not in ("VERB", "AUX", "ADP")
                                 or after.pos != "ADP" and after.tag not in _FINITE):  # ("which management denied on Friday")
                continue  # "that critics condemned the plan": the cue has an object of its own; not "... praised was announced"
            if pron.dep == "mark":
                continue  # "told parliament that the government rejected, ...": a complementizer, no relative pronoun
            if (comma := _comma_before_which(text, m)) is not None:  # a sentential "which"
                out = _cut_before(ctx, syntax, out, m, comma)  # ("was accused of hiding losses, which management denied")
            content = comma is not None and _reported_clause(ctx, out, comma) \
                or _antecedent(syntax.sentence(layer.sentence_index(m.start())), pron.i)
            if content is None:
                continue  # "said that the company denied": no noun before the pronoun
            if any(a.cue_span == m.span(3) and a.content_span == content for a in out):
                continue  # the parse read it so already ("The company, which analysts had praised")
            out = [a for a in out if a.cue_span != m.span(3)]
            src = (m.start(2), m.start(2) + len(_TIME_TAIL_RE.sub("", m.group(2))))  # not "the Home Office today"
            out.append(make_attribution(ctx, "indirect", src, _JUDGED_RE.match(text, m.start(3)), content, m.start(2)))
    return out


def _comma_before_which(text: str, m: re.Match[str]) -> int | None:
    """Where the comma stands right before the relative pronoun of ``m`` when it is *which* ("..., which he denied"),
    else ``None``."""
    if m.group(1).lower() != "which" or not re.search(r",\s*$", text[max(0, m.start() - 3):m.start()]):
        return None
    return text.rindex(",", 0, m.start())


def _cut_before(ctx: Context, syntax: Any, found: list[Attribution], m: re.Match[str], comma: int) -> list[Attribution]:
    """``found`` with a content that runs on over a sentential *which* clause closing the sentence cut at the comma
    before it ("The company was accused of hiding losses, which management denied on Friday": the accusation's content
    had the denial in it; helper-100). A *which* clause inside a content, with more of it after ("said the plan, which
    critics condemned, would fail"), stays."""
    if not _CLOSES_RE.match(ctx.layer.text, m.end()):
        return found
    return [replace(a, content_span=(a.content_span[0], comma)) if a.content_span[0] < comma and a.content_span[1] > m.start()
            and a.cue_span and a.cue_span[1] <= comma and (t := syntax.token_at(a.cue_span[0])) is not None and t.pos == "VERB"
            else a for a in found]


# the end of the sentence after a relative clause's verb, a time or place between ("denied on Friday.")
_CLOSES_RE = re.compile(r"(?:\s+(?:on|in|at|last|this|late|early)\s+[\w.]+)*\s*[.!?]")


def _reported_clause(ctx: Context, found: list[Attribution], comma: int) -> tuple[int, int] | None:
    """The content of a reported statement or belief that ends at ``comma``, the comma before a sentential *which*
    ("Police said he had punched the officer, which he denied": what he denied is the clause; it had no record), else
    ``None``."""
    text = ctx.layer.text
    said = next((a.content_span for a in found if a.kind == "indirect" and a.cue_span and a.cue_span[1] <= comma
                 and a.content_span[1] == comma  # (not the cue's own record: "faces charges of fraud, which he denies")
                 and ctx.verbs.classes.get(ctx.verbs.lookup(a.cue)[0]) in ("statement", "belief", "evaluation")), None)
    sent = ctx.layer.sentences[ctx.layer.sentence_index(comma)]
    noun = [n for n in _CLAIM_NOUN_RE.finditer(text, sent.start, comma) if len(text[n.end():comma].split()) >= 3]
    return said or ((noun[-1].end(), comma) if noun else None)  # "over fears it would amount to amnesty, which the Home
    # Office today rejects" (GUM): the clause of a noun of saying or believing before it


_TIME_TAIL_RE = re.compile(rf"\s+(?:today|yesterday|now|{WEEKDAY})$")
_CLAIM_NOUN_RE = re.compile(r"\b(?:fears?|concerns?|claims?|allegations?|accusations?|suggestions?|speculation)\s+(?:that\s+)?(?=[a-z])")
_END_OR_WORD_RE = re.compile(r"\s*(?:for\b|as\b|(\w+))?")
_JUDGED_RE = re.compile(rf"(?:{'|'.join(sorted(_JUDGED, key=len, reverse=True))})\b")


def _antecedent(ps: Any, pron: int) -> tuple[int, int] | None:
    """The noun phrase before relative pronoun ``pron`` (a comma between allowed): its last noun, raised over the *of* /
    *about* phrases it ends ("charges of fraud", not "of fraud"), from the first word of its subtree that runs on
    unbroken to it; ``None`` when no noun stands there, or when the noun is the object of a reported clause and a
    comma stands before "which": that "which" takes the whole clause (helper review, twenty-fourth session)."""
    toks = ps.tokens
    j = pron - 1
    while j >= 0 and toks[j].text == ",":
        j -= 1
    if j < 0 or toks[j].pos not in ("NOUN", "PROPN"):
        return None
    head = j
    while toks[head].dep in ("nmod", "compound", "flat", "flat:name", "conj") and toks[head].head < head \
            and toks[toks[head].head].pos in ("NOUN", "PROPN") and (toks[head].dep != "conj" or not any(
                toks[x].text == "," or toks[x].dep == "case" and toks[x].head == head for x in range(toks[head].head, head))):
        head = toks[head].head  # "charges of fraud and bribery": up the conjunct too (not "..., and for the atmosphere")
    verb = toks[head].head
    while toks[verb].dep in ("conj", "xcomp") and toks[verb].head < verb:
        verb = toks[verb].head
    if toks[pron].text.lower() == "which" and toks[pron - 1].text == "," and toks[head].dep.split(":")[0] in ("obj", "obl") \
            and toks[verb].dep in ("ccomp", "parataxis"):
        return None  # "Police said he had punched the officer, which he denied": the pronoun takes the reported clause
    sub = set(ps.subtree(head))
    first = head
    while first - 1 >= 0 and first - 1 in sub and toks[first - 1].pos not in ("VERB", "AUX") \
            and not toks[first - 1].dep.startswith("nsubj"):
        first -= 1  # not "It is" of "It is the atmosphere ... that critics blame": a cleft the parser hung on the noun
    while first < j and toks[first].pos in ("PUNCT", "CCONJ", "ADP", "SCONJ"):
        first += 1  # "..., and for the atmosphere of hostility": the phrase starts at its determiner
    return toks[first].start, toks[j].end
