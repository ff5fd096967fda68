"""Sentence segmentation for news text, as character spans.

A rule-based splitter, chosen by measurement (``benchmarks/segmentation.py``
compares it with pysbd and blingfire on the newswire sentences of the Szeged
Uncertainty Corpus, for boundary accuracy and speed). It splits inside a
paragraph at ``.``, ``!`` or ``?`` (with any closing quotes or brackets) followed
by white space and a capital, digit or opening quote, except:

* after a known abbreviation (``Sen.``, ``Gov.``, ``Sec.``, ``Jan.``, ``No.`` ...);
* after a single capital initial (``James E. Boasberg``);
* after a dotted acronym (``U.S.``, ``D.C.``) unless the next word is a common
  sentence opener (``The``, ``He``, ``But`` ...);
* at ``?`` or ``!`` inside a quotation followed by a lower-case word
  (``“Why?” he asked``), which fails the capital test anyway.

A dateline opening a paragraph ("Thursday, May 7, 2015", or a wire story's "HOUSTON (AP) --") is a sentence of its
own even when the next sentence follows on the same line. An ellipsis (``…`` or ``...``) never ends a sentence: in news copy it mostly
marks an omission inside a quotation (``“Oopsie… Too late.”``).
Sentences never cross a paragraph (line) boundary.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

__all__ = ["split_sentences", "ABBREVIATIONS"]

ABBREVIATIONS = frozenset(
    """Mr Mrs Ms Mx Dr Prof Sen Sens Rep Reps Gov Govs Gen Gens Brig Lt Col Sgt Capt Cmdr Adm Maj Cpl Pvt Sec Secs Atty
    Supt Det Insp Rev Fr Hon Pres Amb St Ste Mt Ft Jr Sr Inc Corp Co Ltd Bros No Nos Nr vs v Jan Feb Mar Apr
    Jun Jul Aug Sep Sept Oct Nov Dec Ave Blvd Rd Dept Univ Assn Gov't Mass Calif Fla Ill Pa Va Wash Ariz Colo
    Conn Ga Ky La Md Mich Minn Miss Mo Nev Okla Ore Tenn Tex Wis Wyo Ala Ark Del Kan Neb Vt Messrs Mmes
    approx est Fig fig Vol vol pp ca cf al""".split()
)
SENTENCE_OPENERS = frozenset(
    """The A An He She It They We I You This That These Those There But And Yet So In On At After Before When
    While If As His Her Its Their Our Meanwhile However Still Now Then Officials Some Many Most""".split()
)
# The candidate starts at the first mark of a run and takes the run and its closers
# possessively: backtracking into a run of 1,000,000 dots would be quadratic, and a
# match starting inside a run always fails where the match at its start failed.
_CANDIDATE = re.compile(r"(?<![.!?])[.!?]++[\"'”’»)\]]*+(?=\s+([\"'“‘«(\[]?)(\S))")
# The last token before a mark: searched in a short window ending at the mark (a
# search from the sentence start would be quadratic in a sentence of many periods).
_PREV_TOKEN = re.compile(r"\S+\Z")
_PREV_WINDOW = 64
_SPACE = re.compile(r"\s")
_ACRONYM = re.compile(r"^(?:[A-Za-z]\.){2,}$")
_NEXT_WORD = re.compile(r"\s*[\"'“‘«(\[]?(\w+)")
_CLOSERS = "\"'”’»)]"
# Abbreviations that often end a sentence ("... of Acme Inc. The company said"):
# split after them only before a common sentence opener.
_CAN_END = frozenset("Inc Corp Co Ltd Jr Sr Bros al est approx etc".split())


def _next_word(text: str, pos: int) -> str:
    follow = _NEXT_WORD.match(text, pos)
    return follow.group(1) if follow else ""


def _prev_token(text: str, lo: int, hi: int) -> str:
    """The run of non-space characters ending at ``hi`` (not before ``lo``), as ``(\\S+)$`` finds it.

    Like ``$``, a single newline right before ``hi`` is skipped. Linear in the
    token's length, whatever the distance from ``lo``.
    """
    if hi > lo and text[hi - 1] == "\n":
        hi -= 1
    pos = max(lo, hi - _PREV_WINDOW)
    m = _PREV_TOKEN.search(text, pos, hi)
    if m is None:
        return ""
    if m.start() > pos or pos == lo or text[pos - 1].isspace():
        return m.group(0)
    b = pos  # the token is longer than the window: find the last space before it, chunk by chunk
    while b > lo:
        a = max(lo, b - 4096)
        last = None
        for last in _SPACE.finditer(text, a, b):
            pass
        if last is not None:
            return text[last.end() : hi]
        b = a
    return text[lo:hi]


def _is_boundary(text: str, m: re.Match[str], lo: int) -> bool:
    nxt = m.group(2)
    if not (nxt.isupper() or nxt.isdigit()):
        return False
    mark = m.group(0)
    core = mark.rstrip(_CLOSERS)
    if core != ".":  # ! ? ?! end a sentence; ... is an ellipsis
        return not core.startswith("..")
    if mark != core:  # ." or .” : a quotation ended with its sentence
        return True
    token = _prev_token(text, lo, m.start()).lstrip("\"'“‘«([")
    if not token:
        return True
    if token in ABBREVIATIONS:
        return token in _CAN_END and _next_word(text, m.end()) in SENTENCE_OPENERS
    if len(token) == 1 and token.isupper():
        return False
    if _ACRONYM.match(token + "."):
        return _next_word(text, m.end()) in SENTENCE_OPENERS
    return True


# A dateline opening a paragraph, run into the first sentence by a lost line break (Wikinews:
# "Thursday, May 7, 2015 On Tuesday, the New Zealand government announced ..."): its own sentence.
_DATELINE = re.compile(
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),\s+(?:January|February|March|April|May|June|July|"
    r"August|September|October|November|December)\s+\d{1,2},\s+\d{4}(?=\s+[A-Z“\"])")
# A wire story's dateline, its place in capitals ("HOUSTON (AP) -- Enron Corp. said", "ADDIS ABABA, Ethiopia (AP) _",
# "BRUSSELS, February 10 (Xinhua) --", "WASHINGTON --"): its own sentence too, so that no source or content starts with
# it. With no agency, a double dash or an underscore and a capital after it ("NATO - the alliance", "NATO -- the alliance
# said" are no datelines; helper-105's reading).
_WIRE_DATELINE = re.compile(
    r"[A-Z][A-Z.’'-]+(?:\s+[A-Z][A-Z.’'-]+){0,3}(?:,\s+[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2})?(?:,\s+[A-Z][a-z]+\.?\s+\d{1,2})?"
    r"(?:\s+\((?:AP|Reuters|AFP|UPI|Xinhua|Bloomberg|dpa|Kyodo|Yonhap|PA|IANS|PTI)\)\s+(?:--|—|–|_|-)|\s+(?:--|—|_)(?=\s+[A-Z“\"‘]))(?=\s+\S)")


def split_sentences(text: str, start: int = 0, end: int | None = None) -> Iterator[tuple[int, int]]:
    """Yield ``(start, end)`` of each sentence in ``text[start:end]`` (one paragraph).

    Examples
    --------
    >>> t = "U.S. District Judge James E. Boasberg ruled. “Why?” he asked. It ended."
    >>> [t[s:e] for s, e in split_sentences(t)]
    ['U.S. District Judge James E. Boasberg ruled.', '“Why?” he asked.', 'It ended.']
    """
    end = len(text) if end is None else end
    s = start
    if (d := _DATELINE.match(text, start, end) or _WIRE_DATELINE.match(text, start, end)) is not None:
        yield start, d.end()
        s = d.end()
        while s < end and text[s].isspace():
            s += 1
    for m in _CANDIDATE.finditer(text, s, end):
        if m.end() >= end:
            break
        if _is_boundary(text, m, s):
            e = m.end()
            if e > s:
                yield s, e
            s = e
            while s < end and text[s].isspace():
                s += 1
    while end > s and text[end - 1].isspace():
        end -= 1
    if end > s:
        yield s, end
