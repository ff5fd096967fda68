"""Quotation regions: where the text gives someone else's words.

Handles straight ``"`` and ``'``, curly ``“ ” ‘ ’``, low ``„ ‚`` and guillemets
``« » ‹ ›``; a straight mark may close a curly one of the same family (scraped
news mixes them: ``"[A] lack of …,” claimed``). Rules, applied per paragraph:

1. A mark's role comes from its neighbours. ``’`` or ``'`` between two letters
   or digits is an apostrophe (``Salvador’s``, ``they’re``), and so is a leading
   elision (``’90s``). An ambiguous mark after white space opens, before white
   space or punctuation closes. A straight ``"`` with white space on both sides (tokenised text: ``yet , " said``)
   closes the double quotation open, else opens one when the next double mark in the paragraph may close; after a
   number it is an inch mark (``5 " wide``) and stays stray.
2. A closing single mark right after ``s`` and before a space (``judges’``) is a
   plural possessive, not a closer, when another single closer follows later in
   the paragraph before any new single opener.
3. Marks nest (a stack): a single-quoted phrase inside a double-quoted quote is
   a nested region, and the other way round in British style.
4. A region still open at the paragraph end is closed there. If the next prose
   paragraph (excluded boilerplate lines are skipped) opens with a mark of the
   same family, this is the news convention for a quote running over several
   paragraphs: the region is flagged ``continued`` and the pieces share a
   ``group``. So it is when the next paragraph does not reopen it but its first
   mark of the family closes it (a quote hard-wrapped over two lines, or a text
   with one sentence a line: ``"Unisys is getting clobbered.⏎Just clobbered," said
   ...``): the next piece starts at that paragraph's first character, with no mark
   of its own; and when up to four paragraphs with no mark at all lie between the open one and the one that closes it
   (a quotation of several sentences, one sentence a line), each is a piece of the quotation too. Otherwise it is
   flagged ``unbalanced``. Nothing raises.
5. A closing mark with nothing open is recorded as stray and ignored.

Penn Treebank quotes (````…''`` and ```…'``), the convention of LDC newswire (Gigaword, TimeBank,
FactBank) and LaTeX sources, are read as curly ones by :func:`ptb_to_typographic`, which keeps
every offset: ````` becomes `` “`` (a space, then the mark: the sentence splitter sees ``. “We``;
at the start of a line ``“ ``, so the paragraph starts at the mark) and ``''`` becomes ``” `` (the
mark, then a space), and a single ````` before a letter becomes ``‘``. It applies only to a text that has a ````` `` pair,
so an ordinary text's ``''`` is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

__all__ = ["Quote", "find_quotes", "ptb_to_typographic"]

_FAMILY = {
    '"': "double", "“": "double", "”": "double", "„": "double", "‟": "double",
    "'": "single", "‘": "single", "’": "single", "‚": "single", "‛": "single",
    "«": "guillemet", "»": "guillemet", "‹": "guillemet_single", "›": "guillemet_single",
}
_OPEN_ONLY = frozenset("“„‟‘‚‛«‹")
_CLOSE_ONLY = frozenset("”»›")
_APOSTROPHE_LIKE = frozenset("'’")
_ELISIONS = ("em", "tis", "twas", "n ", "cause", "til")
_PUNCT_AFTER = frozenset(".,;:!?)]}-–—…")
_MARK = re.compile("[" + re.escape("".join(_FAMILY)) + "]")


_PTB_RE = re.compile(r"(?m)^``|``|''|`(?=\w)")
_PTB_CURLY = {"``": " “", "''": "” ", "`": "‘"}


def ptb_to_typographic(text: str) -> str:
    """``text`` with Penn Treebank quotes (````…''``, ```…'``) as curly marks, every offset kept.

    Examples
    --------
    >>> ptb_to_typographic("``It's over,'' she said. ``Yes.''")
    "“ It's over,”  she said.  “Yes.” "
    >>> ptb_to_typographic("He wrote '' here.") == "He wrote '' here."
    True
    """
    if "``" not in text:
        return text
    # at a line's start the mark comes first ("“ It's"), so the paragraph starts at the quotation
    return _PTB_RE.sub(lambda m: "“ " if m.group() == "``" and (m.start() == 0 or text[m.start() - 1] == "\n")
                       else _PTB_CURLY[m.group()], text)


@dataclass(frozen=True, slots=True)
class Quote:
    """A quotation region.

    ``start``/``end`` include the quotation marks (``end`` is the paragraph end
    when the region was never closed); ``content_start``/``content_end`` are the
    words inside. ``group`` is the index (in the article's quote list) of the
    first piece of a quote that runs over several paragraphs, else its own index.
    """

    start: int
    end: int
    content_start: int
    content_end: int
    mark: str
    depth: int = 0
    unbalanced: bool = False
    continued: bool = False
    group: int = 0

    @property
    def nested(self) -> bool:
        return self.depth > 0

    @property
    def carried(self) -> bool:
        """A piece that goes on with a quotation wrapped from the line before, with no opening mark (rule 4)."""
        return self.content_start == self.start

    def to_dict(self) -> dict[str, object]:
        return {"start": self.start, "end": self.end, "content_start": self.content_start,
                "content_end": self.content_end, "mark": self.mark, "nested": self.nested,
                "unbalanced": self.unbalanced, "continued": self.continued, "group": self.group}


def _role(text: str, i: int, lo: int, hi: int) -> str:
    """'open', 'close', 'either' or 'apostrophe' for the mark at ``text[i]``."""
    ch = text[i]
    p = text[i - 1] if i > lo else " "
    n = text[i + 1] if i + 1 < hi else " "
    if ch in _APOSTROPHE_LIKE or ch == "‘":
        if p.isalnum() and n.isalnum():
            return "apostrophe"
        if ch != "‘" and (p.isspace() or p in "([") and (n.isdigit() or text.startswith(_ELISIONS, i + 1)):
            return "apostrophe"
        if ch != "‘" and p == "." and n == "s" and (i + 2 >= hi or not text[i + 2].isalnum()):
            return "apostrophe"  # a possessive after an abbreviation: "Unisys Corp.'s", "the U.S.'s"
    if ch in _OPEN_ONLY:
        return "open"
    if ch in _CLOSE_ONLY:
        return "close"
    before_space = p.isspace() or p in "([{-–—/" or _FAMILY.get(p) is not None
    after_space = n.isspace() or n in _PUNCT_AFTER or _FAMILY.get(n) is not None
    if before_space and not n.isspace():
        return "open"
    if after_space and not p.isspace():
        return "close"
    if before_space and after_space:
        return "stray"
    return "either"


def _scan_paragraph(text: str, lo: int, hi: int, marks: Sequence[int], carry: str | None = None,
                    ) -> tuple[list[tuple[int, int, str, int, bool]], list[int], list[tuple[int, str, int]]]:
    """Return closed regions (start, end, family, depth, unbalanced), stray marks, and still-open (start, family, depth).

    ``carry``: the family of a quotation still open from the paragraph before, which this one
    continues from its first character (rule 4).
    """
    roles = [_role(text, i, lo, hi) for i in marks]
    # for each mark, whether the next double mark after it may close: a free-standing '"' may open only then (below)
    closer_next = [False] * len(marks)
    seen = False
    for k in range(len(marks) - 1, -1, -1):
        closer_next[k] = seen
        if _FAMILY[text[marks[k]]] == "double" and roles[k] != "apostrophe":
            seen = roles[k] in ("close", "either", "stray")
    stack: list[tuple[int, str]] = [(lo, carry)] if carry else []
    # stack depths of the open marks of each family, so finding the innermost open
    # mark of a family is O(1), not a walk down a stack of thousands of marks
    open_of: dict[str, list[int]] = {carry: [0]} if carry else {}
    regions: list[tuple[int, int, str, int, bool]] = []
    stray: list[int] = []
    for k, i in enumerate(marks):
        role = roles[k]
        fam = _FAMILY[text[i]]
        if role == "apostrophe":
            continue
        fam_open = open_of.get(fam)
        open_idx = fam_open[-1] if fam_open else None
        if role == "stray" and text[i] == '"' and not (i - 2 >= lo and text[i - 2].isdigit()):
            # a straight double mark standing free ("yet , \" said", "a \" depression \" and": text tokenised with a space
            # on both sides, FactBank's Wall Street Journal) closes the one open, else opens when the next double mark
            # may close; never after a number ("5 \" wide", "8 \" x 10 \"": inches; helper-113's reading)
            role = "close" if open_idx is not None and _free_closer(text, i, lo) else "open" if open_idx is None and i + 2 < hi \
                and text[i + 2].isalnum() and closer_next[k] else role
        can_close = role in ("close", "either") and open_idx is not None
        if can_close and fam == "single" and text[i] in _APOSTROPHE_LIKE and text[i - 1] in "sS" and i + 1 < hi and text[i + 1] == " ":
            # plural possessive ("the judges’ orders") when a later closer exists
            for k2 in range(k + 1, len(marks)):
                j = marks[k2]
                if _FAMILY[text[j]] != "single" or roles[k2] == "apostrophe":
                    continue
                if roles[k2] in ("close", "either"):
                    can_close = False
                break
        if can_close:
            assert open_idx is not None
            while len(stack) > open_idx + 1:
                s, f = stack.pop()
                open_of[f].pop()
                regions.append((s, i, f, len(stack), True))
            s, f = stack.pop()
            open_of[f].pop()
            regions.append((s, i + 1, f, len(stack), False))
        elif role in ("open", "either"):
            open_of.setdefault(fam, []).append(len(stack))
            stack.append((i, fam))
        elif text[i] not in _APOSTROPHE_LIKE:
            stray.append(i)
    still_open = [(s, f, d) for d, (s, f) in enumerate(stack)]
    return regions, stray, still_open


def _closes_first(text: str, para: tuple[int, int], family: str) -> bool:
    """Whether the first mark of ``family`` in paragraph ``para`` closes (and none opens before it)."""
    lo, hi = para
    for m in _MARK.finditer(text, lo, hi):
        if _FAMILY[m.group()] != family:
            continue
        role = _role(text, m.start(), lo, hi)
        if role == "stray" and m.group() == '"' and _free_closer(text, m.start(), lo):
            return True  # "yet , \" said" (tokenised text, one sentence a line: FactBank)
        if role != "apostrophe":
            return role == "close"
    return False


def _closed_further(text: str, paras: Sequence[tuple[int, int]], pi: int, family: str) -> int | None:
    """The index of the paragraph after ``pi`` that closes a quotation of ``family`` left open at the end of ``pi``, when
    one to :data:`_BRIDGE` paragraphs with no quotation mark at all lie between (a quotation of several sentences in a
    text with one sentence a line: FactBank's "Now we see that edge eroded.⏎For me, it is a great tragedy.⏎For the first
    time ..., and we know a peaceful solution was in reach.''"; helper-125's reading, thirty-sixth session); else ``None``."""
    k = pi + 1
    while k < len(paras) and k - pi <= _BRIDGE and _MARK.search(text, *paras[k]) is None:
        k += 1
    return k if pi + 1 < k < len(paras) and k - pi <= _BRIDGE and _closes_first(text, paras[k], family) else None


# unmarked lines a quotation may run over before the line that closes it; a longer run is more likely a stray mark than
# one speaker's words (a judgement: FactBank's longest quotation runs over four lines)
_BRIDGE = 4


def _free_closer(text: str, i: int, lo: int) -> bool:
    """Whether the free-standing straight mark at ``i`` may close: a word or , . ! ? ; : before its space, no number."""
    return i - 2 >= lo and (text[i - 2].isalpha() or text[i - 2] in ",.!?;:")


def find_quotes(text: str, paragraphs: Iterable[tuple[int, int]]) -> tuple[list[Quote], list[int]]:
    """Find quotation regions in the given paragraphs (sorted ``(start, end)`` spans).

    Returns the quotes, sorted by start (outer before inner), and the offsets of
    stray closing marks.

    Examples
    --------
    >>> t = "He called it a ‘mega-prison’. “It’s over,” she said."
    >>> [(t[q.start:q.end], q.nested) for q in find_quotes(t, [(0, len(t))])[0]]
    [('‘mega-prison’', False), ('“It’s over,”', False)]
    """
    paras = list(paragraphs)
    raw: list[tuple[int, int, str, int, bool, bool]] = []
    strays: list[int] = []
    carried: set[int] = set()  # starts of pieces that continue a quotation without a mark of their own
    carry: str | None = None
    bridge: set[int] = set()  # unmarked paragraphs inside a quotation that closes further on (rule 4)
    for pi, (lo, hi) in enumerate(paras):
        marks = [m.start() for m in _MARK.finditer(text, lo, hi)]
        if not marks:
            if carry and pi in bridge:
                carried.add(lo)
                raw.append((lo, hi, carry, 0, False, True))
            else:
                carry = None
            continue
        regions, stray, still_open = _scan_paragraph(text, lo, hi, marks, carry)
        if carry:
            carried.add(lo)
        carry = None
        strays.extend(stray)
        raw.extend((s, e, f, d, unb, False) for s, e, f, d, unb in regions)
        if still_open:
            nxt = paras[pi + 1] if pi + 1 < len(paras) else None
            opener_next = nxt is not None and _FAMILY.get(text[nxt[0]]) and _role(text, nxt[0], nxt[0], nxt[1]) == "open"
            for s, f, d in still_open:
                cont = bool(d == 0 and opener_next and _FAMILY[text[nxt[0]]] == f)  # type: ignore[index]
                if not cont and d == 0 and nxt is not None and _closes_first(text, nxt, f):
                    cont, carry = True, f  # rule 4: closed in the next paragraph, not reopened there
                elif not cont and d == 0 and (end := _closed_further(text, paras, pi, f)) is not None:
                    cont, carry = True, f  # closed a few unmarked lines on (one sentence a line: FactBank)
                    bridge.update(range(pi + 1, end))
                raw.append((s, hi, f, d, not cont, cont))
    raw.sort(key=lambda r: (r[0], -r[1]))
    quotes: list[Quote] = []
    prev_continued: Quote | None = None
    for idx, (s, e, f, d, unb, cont) in enumerate(raw):
        closed = not unb and not cont
        group = idx
        if prev_continued is not None and d == 0 and prev_continued.mark == f:
            group = prev_continued.group
        cs, ce = s if s in carried and d == 0 else s + 1, e - 1 if closed else e
        while cs < ce and text[cs] in " \t":  # the words only: '" depression "' (tokenised text) is "depression"
            cs += 1
        while ce > cs and text[ce - 1] in " \t":
            ce -= 1
        q = Quote(s, e, cs, ce, f, d, unb, cont, group)
        quotes.append(q)
        if d == 0:
            prev_continued = q if cont else None
    return quotes, strays
