"""How the attributions of the rules are merged (internal to :mod:`framing.attribution`).

The pattern rules run first; the parse's attributions (:func:`_new_only`) and the nominal cues'
(:func:`_with_nominal`) are added where they find what the patterns did not, and where both found the
same cue the better source wins. Moved out of :mod:`.find` in the fifteenth session (behaviour unchanged).
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..text.layer import TextLayer
from ._words import PREP_END_RE, WHEN_SAID_RE
from .syntactic import trim_span
from .types import Attribution

__all__ = ["TIME_RE", "mend_contents", "new_only", "with_nominal"]

# a time phrase the parser may make a subject ("The agency this week said"): never a source
TIME_RE = re.compile(r"(?:(?:[Ee]arlier|[Ll]ater)\s+)?(?:[Tt]his|[Ll]ast|[Nn]ext|[Tt]hat)\s+(?:week|month|year|day|morning|"
                      r"afternoon|evening|night|weekend|spring|summer|autumn|fall|winter)|(?:Mon|Tues|Wednes|Thurs|Fri|"
                      r"Satur|Sun)day(?:\s+(?:morning|afternoon|evening|night))?")


def _overlaps(a: tuple[int, int] | None, b: tuple[int, int] | None) -> bool:
    return a is not None and b is not None and a[0] < b[1] and b[0] < a[1]


# a comma and a conjunction between two mentions: the second opens a clause of its own, no apposition of the first
# ("U.S. officials have not said why the team was denied visas, but Afghan Ambassador Hamdullah Mohib later told reporters":
# the parser made "denied visas" the subject of "told"; rewritten from GUM_news_afghan's "but ... Mohib said")
_CONJ_AFTER_RE = re.compile(r"\s*,\s*(?:but|and|or|yet|while|whereas|so)\s")


def new_only(text: str, parsed: list[Attribution], found: list[Attribution]) -> list[Attribution]:
    """The parse's attributions whose cue and content no pattern rule found already (rule 6).

    Where both found the same cue and the pattern rule's source is an apposition of the parse's
    subject ("Representative Trey Gowdy, Republican of South Carolina, urged"), the subject speaks:
    ``found`` is corrected in place.
    """
    by_cue = {a.cue_span: a for a in parsed if a.cue_span}
    for i, b in enumerate(found):
        p = by_cue.get(b.cue_span)
        if p is not None and p.source_span and (b.source_span is None and b.speaker is None or "subject" in b.flags) \
                and not _overlaps(p.source_span, b.content_span):
            found[i] = _with_source_of(b, p)  # "He went on to say that ...": no subject before the cue for the pattern rule
            continue
        if p is None or not (p.source_span and b.source_span and p.cue_span) or p.source_span == b.source_span:
            continue
        if b.source_span[0] <= p.source_span[0] and p.source_span[1] < b.source_span[1] and p.speaker == b.speaker \
                and text[p.source_span[1]:b.source_span[1]].split()[-1:] == ["to"]:
            found[i] = replace(b, source_span=p.source_span)  # "Mayor Ann Lee went on to say": the subject alone
            continue
        # (not a name inside an opening phrase the parser made the subject: "At a news conference with Vice President Al
        # Gore in Jerusalem, Mr. Netanyahu suggested")
        appositive = p.source_span[1] < b.source_span[0] and text[p.source_span[1]:b.source_span[0]].lstrip().startswith(",") \
            and not PREP_END_RE.search(text, max(0, p.source_span[0] - 12), p.source_span[0]) \
            and not _CONJ_AFTER_RE.match(text, p.source_span[1], b.source_span[0])  # (", but Ambassador X later told": a clause of its own)
        # "The budget, Mayor Ann Lee said, would ...": the subject next to the cue, not a phrase before it
        adjacent = b.source_span[1] < p.source_span[0] < p.cue_span[0] and not text[p.source_span[1]:p.cue_span[0]].strip()
        if (appositive or adjacent) and not TIME_RE.fullmatch(text, *p.source_span):  # not "this week" of "The agency this week"
            found[i] = _with_source_of(b, p)
    out: list[Attribution] = []
    for a in parsed:
        a = _cut_at_tag(text, a, found)
        # nested attributions stand (PARC): "said he wants to use ..." has the statement and the intention;
        # contents that cross ("called the plan “a scam” – members agreed") do not; nor a nested cue whose
        # source is the outer cue's addressee (a mis-parse: "told reporters that aides warned")
        if any(_overlaps(a.cue_span, b.cue_span) or _overlaps(a.content_span, b.content_span)
               and not (_inside(a.cue_span, b.content_span) and _inside(a.content_span, b.content_span, text)
                        and not (a.source_span and b.cue_span and b.cue_span[1] <= a.source_span[0] < b.content_span[0])
                        or _inside(b.cue_span, a.content_span) and _inside(b.content_span, a.content_span, text))
               for b in found + out):
            continue
        out.append(a)
    return out


def _cut_at_tag(text: str, a: Attribution, found: list[Attribution]) -> Attribution:
    """Parse attribution ``a`` nested in a pattern rule's content whose tag the parser hung on ``a``'s content ("Acme
    Inc. expects to report a profit, J.C. Matlock, chairman, said": the name an apposition of "profit"): its content
    ends where the outer content ends (FactBank, twenty-first session: the nested belief had been dropped as crossing)."""
    for b in found:
        if a.cue_span and b.source_span and _inside(a.cue_span, b.content_span) \
                and b.content_span[0] <= a.content_span[0] < b.content_span[1] < a.content_span[1] \
                and a.content_span[0] < b.source_span[0] < a.content_span[1]:
            s = a.content_span[0]
            _, e = trim_span(text, (s, b.content_span[1]))  # (only its end: the start stays the parse's)
            return replace(a, content_span=(s, e)) if e > s else a
    return a


def _with_source_of(b: Attribution, p: Attribution) -> Attribution:
    """Pattern-rule attribution ``b`` with the source, speaker and flags of the parse's ``p`` for the same cue."""
    return replace(b, speaker=p.speaker, speaker_type=p.speaker_type, source_span=p.source_span,
                   flags=p.flags[:-1] if p.flags[-1:] == ("parse",) else p.flags)


def _inside(span: tuple[int, int] | None, outer: tuple[int, int], text: str = "") -> bool:
    """``span`` lies in ``outer``; with ``text``, closing punctuation past its end does not count (“…youth.”)."""
    return span is not None and outer[0] <= span[0] and (
        span[1] <= outer[1] or bool(text) and not text[outer[1]:span[1]].strip(" .,;:!?”’\"'"))


# a noun cue as the manner of a verb's speech ("said in a statement", "told reporters in a written statement")
_MANNER_RE = re.compile(r"\b(?:in|through|via)\s+(?:(?:a|an|the|his|her|its|their)\s+)?(?:[\w-]+\s+){0,2}$", re.I)


def with_nominal(text: str, found: list[Attribution], nominal: list[Attribution]) -> list[Attribution]:
    """Add the nominal-cue attributions; a verb's content that is a noun cue's clause becomes the noun phrase.

    "The ministry rejected the mayor's claim that the budget was balanced": the pattern rule read
    "the budget was balanced" as the ministry's; it is the mayor's (a nominal attribution), and the
    ministry rejected the claim (its content is "the mayor's claim that ..."). A noun cue whose cue
    or content another attribution already holds, not as such a clause, is not added again.
    """
    out = list(found)
    for n in nominal:
        start = (n.source_span or n.cue_span)[0]
        det = re.search(r"\b(?:the|a|an|this|that|these|those)\s+$", text[max(0, start - 8):start], re.I)
        start -= len(det.group()) if det else 0  # "rejected [the claim that ...]"
        clash = [i for i, b in enumerate(out) if _overlaps(b.content_span, n.content_span) or _overlaps(b.cue_span, n.cue_span)]
        # a verb cue inside the noun's clause is nested in it ("statements ... that they intend to"): no clash
        clash = [i for i in clash if not (out[i].cue_span and n.cue_span[1] <= out[i].cue_span[0]
                                          and _overlaps(out[i].cue_span, n.content_span))]
        if clash and _MANNER_RE.search(text, max(0, n.cue_span[0] - 40), n.cue_span[0]) \
                and all(out[i].cue_span and out[i].cue_span[1] <= n.cue_span[0] for i in clash):
            continue  # "said in a statement that ...": the statement is how the verb's speaker said it, one event
        if any(out[i].cue_span and _overlaps(out[i].cue_span, n.cue_span) or not n.cue_span[1] <= out[i].content_span[0]
               for i in clash):  # (the same word read as a verb cue: "calls" of "That resolution calls for")
            if all(_overlaps(n.cue_span, out[i].content_span) for i in clash):
                out.append(n)  # nested: "said the mayor's claim that ... was false"
            continue
        for i in clash:  # the verb's content begins after the noun: it was the noun's clause
            b = out[i]
            out[i] = replace(b, content_span=(start, max(b.content_span[1], n.content_span[1])))
        out.append(n)
    return out


# a quotation mark: a mixed content cut before its quotation is indirect (not ’, an apostrophe as often)
_QUOTE_MARK_RE = re.compile(r"[“”\"‘]|``|''")


def mend_contents(layer: TextLayer, found: list[Attribution]) -> list[Attribution]:
    """Two content slips the rules and the parse make, mended on the merged list (judged sample, sixteenth session).

    * A content that stops inside a hyphenated word ("the company said were non-recurring and principally related to
      inventory" gave "were non": the parser split the word) runs on to the end of its sentence or a semicolon.
    * A reported content that runs over a semicolon (outside quotation marks) into another attribution ("Iraq said the
      roundup was to protect them; British Foreign Office minister William Waldegrave called the order ...") stops there.
    * A time right after the cue is when it was said, not part of the content ("said earlier Klein did not appear ...",
      "said today it had sent an envoy"; helper-127's reading of PUD, thirty-sixth session), and so is a place or
      medium ("said in an interview with Reuters the talks had failed": ``_words.WHEN_SAID_RE``).
    """
    text = layer.text
    out = []
    for a in found:
        s, e = a.content_span
        if 0 < e < len(text) - 1 and text[e] in "-‐" and text[e - 1].isalnum() and text[e + 1].isalnum():
            end = layer.sentences[max(layer.sentence_index(e), 0)].end
            semi = text.find(";", e, end)
            end = trim_span(text, (e, semi if semi >= 0 else end))[1]
            if not any(sp and e <= sp[0] < end for sp in (a.source_span, a.cue_span)):
                e = end  # not over its own source or cue (a content the parse took before them)
        if a.kind in ("indirect", "mixed") and a.cue_span and not text[a.cue_span[1]:s].strip() \
                and (m := WHEN_SAID_RE.match(text, s, e)) is not None:
            s = m.end()  # "Police said earlier Klein did not appear to ...": when it was said, no part of what (helper-127)
        if a.kind in ("indirect", "according_to", "mixed"):
            for b in found:
                start = (b.source_span or b.cue_span or (0, 0))[0]
                semi = text.rfind(";", s, start) if b is not a and s < start < e else -1
                if semi > s and layer.quote_at(semi) is None:
                    e = min(e, semi)
        if (s, e) != a.content_span:
            kind = "indirect" if a.kind == "mixed" and not _QUOTE_MARK_RE.search(text, s, e) else a.kind
            a = replace(a, content_span=(s, e), kind=kind)  # the quotation that made it mixed may be past the cut
        out.append(a)
    return out
