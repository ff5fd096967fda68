"""Reported speech without attributions: the reporting-verb rule that :func:`framing.hedging.hedges`
uses when it is given no attributions (with attributions, :class:`framing.text.voices.Voices` decides).

A hit is reported speech when a reporting verb (not a passive "is said") precedes it in its
sentence, *according to* follows it, or a reporting clause closes the sentence after a comma
("..., police said on Friday.", "..., said the mayor.", a headline's ", Judge Warns").
"""

from __future__ import annotations

import re

__all__ = ["REPORTING_RE", "TRAILING_REPORT_RE", "trailing_report", "reported_fallback"]

_REPORTING_VERBS = (
    r"say|says|said|saying|told|tells|stated|stating|added|adds|warned|warns|argued|argues|"
    r"explained|noted|insisted|insisting|claimed|claiming|claims|asserted|asserting|maintained|announced|"
    r"reported|reports|believes|believed|thinks|wrote|writes|writing|testified|admitted|acknowledged|"
    r"confirmed|suggest|suggests|suggested")

#: Reporting verbs whose complement is reported speech (the fallback used when
#: no attributions are given). Ends of matches must precede the hit.
REPORTING_RE = re.compile(rf"(?<![\w-])(?:{_REPORTING_VERBS}|according\s+to)(?![\w-])", re.IGNORECASE)

#: A reporting clause that closes the sentence after the hit: "The suspect may have fled,
#: police said on Friday." / ", said the mayor." / ", Judge Warns". A comma, at most four words
#: (the speaker), the verb, at most five more words (no comma), the sentence end. A clause
#: opened by a conjunction or relative ("and he said nothing", "which officials said") is not
#: one. See :func:`trailing_report`, which also checks the words after the verb.
TRAILING_REPORT_RE = re.compile(
    r",\s*(?!(?:and|but|or|nor|so|yet|which|who|whom|that|while|whereas|although|though|because|as|if|when|"
    r"where|after|before|until|since)(?![\w-]))(?P<speaker>(?:[\w’'.-]+\s+){0,4}?)"
    rf"(?:{_REPORTING_VERBS})(?![\w-])(?P<tail>(?:\s+[\w’'.-]+){{0,5}})\s*[.!?]?[”’\"']?\s*$", re.IGNORECASE)
#: Words that may open what follows the verb of a closing reporting clause whose speaker comes
#: first ("police said on Friday", "she told reporters"): adjuncts of time and place, the hearer.
ADJUNCT_START = frozenset("on in at during late earlier yesterday today tonight last this later after before "
                          "reporters journalists".split())


def trailing_report(text: str, start: int, hi: int) -> bool:
    """True if a reporting clause closes the sentence ``[.., hi)`` after position ``start``.

    "The bridge may close, said the mayor." and "..., police said on Friday." are; in
    "Clearly, the mayor said the plan may fail." the words after *said* are its complement,
    not an adjunct, so a hit before the comma ("Clearly") is not reported speech.

    Examples
    --------
    >>> t = "The suspect may have fled, police said on Friday."
    >>> trailing_report(t, t.index("may"), len(t))
    True
    >>> t = "Clearly, the mayor said the plan may fail."
    >>> trailing_report(t, 0, len(t))
    False
    """
    # the clause is at most ten words after a comma: look only at the sentence's last 300 characters
    m = TRAILING_REPORT_RE.search(text, max(start, hi - 300), hi)
    if m is None:
        return False
    tail = m.group("tail").split()
    if not m.group("speaker").strip():
        return True  # inverted: ", said the mayor on Friday."
    return not tail or (len(tail) <= 4 and tail[0].lower() in ADJUNCT_START)


# "is said to", "was widely believed to": a passive report construction has no speaker.
PASSIVE_BEFORE = re.compile(r"(?<![\w-])(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
ACCORDING_RE = re.compile(r"(?<![\w-])according\s+to(?![\w-])", re.IGNORECASE)


def _report_cues(text: str, lo: int, hi: int) -> tuple[int, int]:
    """For one sentence: the end of its first reporting verb (not a passive "is said"), and the
    start of its last "according to" (``hi`` / ``-1`` when there is none). Computed once per
    sentence, so the reported-speech fallback stays linear in the sentence length."""
    first_end = hi
    for m in REPORTING_RE.finditer(text, lo, hi):
        if not PASSIVE_BEFORE.search(text, max(lo, m.start() - 30), m.start()):
            first_end = m.end()
            break
    last_acc = -1
    for m in ACCORDING_RE.finditer(text, lo, hi):
        last_acc = m.start()
    return first_end, last_acc


def reported_fallback(text: str, start: int, lo: int, hi: int, cues: dict[tuple[int, int], tuple[int, int]]) -> bool:
    """Is ``start`` (in sentence ``[lo, hi)``) in the complement of a reporting verb? ``cues`` caches per sentence.

    Examples
    --------
    >>> t = "The mayor said the bridge may close."
    >>> reported_fallback(t, t.index("may "), 0, len(t), {}), reported_fallback(t, 0, 0, len(t), {})
    (True, False)
    """
    if (lo, hi) not in cues:
        cues[lo, hi] = _report_cues(text, lo, hi)
    first_end, last_acc = cues[lo, hi]
    return first_end <= start or last_acc >= start or trailing_report(text, start, hi)
