"""*according to X* and *reportedly* (rule 2 of :mod:`framing.attribution`; internal).

"According to the Saudi Interior Ministry, 345 pilgrims died" and "345 pilgrims died, according to
the ministry" give kind ``according_to`` with the named source; *reportedly* with no source gives
``according_to`` with speaker ``None``, flag ``unsourced``, stance ``distancing``.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from ._cuecheck import FINITE
from ._mentions import Context, make_attribution, reported_end
from ._words import ABBREVIATION_DOT, CAP_WORD, DETERMINERS, PLACE_NOUNS
from .types import Attribution

__all__ = ["according_to"]

_ACCORDING_RE = re.compile(r"\b[Aa]ccording to\s+")
_REPORTEDLY_RE = re.compile(r"\breportedly\b")
# the source after "according to": up to 80 characters before punctuation
# "300,000" and "U.S." are one word each, and so is a title's or a company's abbreviation ("according to Mr. Hardiman",
# "Dr. Ann Lee": the sentence splitter's abbreviations; before the thirty-seventh session the source ended at "Mr":
# FactBank wsj_0585, fourth development set)
_ACCORDING_SRC_RE = re.compile(r"(?:[^,.;:!?]|(?<=\d)[,.](?=\d)|" + ABBREVIATION_DOT + "){1,80}")
# a dash setting off a parenthetical: two hyphens or an em / en dash between spaces, or an em dash
_DASH_RE = re.compile(r"\s+(?:--|—|–)\s+|—")
# what follows the source's own noun phrase: a participle with its agent or a relative clause
# ("the Gaza health ministry run by Hamas": the ministry is the source, not Hamas)
# (only verbs of control: in "documents obtained by The Associated Press" the agent is the source)
_SOURCE_TAIL_RE = re.compile(r"\s+(?:(?:run|led|controlled|backed|funded|owned|operated|dominated)\s+by|that|which|who)\s")
# a name set off by commas after a person's title ("according to the team's coach, Alireza Mehraban, the ...")
_NAME_APPOSED_RE = re.compile(rf",\s*{CAP_WORD}(?:\s+{CAP_WORD}){{1,3}}(?=\s*,)")
# a comma, then a lowercase phrase to the end of the sentence: ", assistant professor of photography."
_ROLE_TAIL_RE = re.compile(r"\s*,\s*((?!(?:a|an|the)\s+[A-Z])(?:(?:a|an|the)\s+)?[a-z][^,;:!?“”\"]*?)\s*[.!?]?\s*")
# words that open the clause after a sentence-initial source given with no comma ("According to Syrian state
# media the attack killed ..."): a determiner, pronoun, quantity or number; after a preposition they are
# still the source's ("according to a spokesman for the ministry the ...")
# (the determiners of _words without "that", which after a noun opens a relative clause, plus "my")
_DETERMINERS = DETERMINERS - {"that"} | {"my"}
_CLAUSE_OPENERS = _DETERMINERS | frozenset("he she it they we i there you more less about nearly almost around some many "
                                           "most all several".split())
_PREPOSITIONS = frozenset("of by from for with in at on to over during after before since under between into across "
                          "within near".split())
_WORD_RE = re.compile(r"\S+")
# an indefinite apposition describing an organisation source, set off by commas before the clause
# ("According to the Syrian Observatory for Human Rights, a Britain-based war monitor, 17 died")
_ORG_NOUN = (r"an?\s+[^,;:.!?“”\"]{0,50}?\b(?:group|monitor|organi[sz]ation|agency|watchdog|institute|think[ -]tank|firm|company|"
             r"network|newspaper|outlet|daily|website|charity|body|coalition|alliance|union|broadcaster|news service)s?")
_ORG_APPOSITION_RE = re.compile(_ORG_NOUN + r"\s*,\s*")
# the same apposition ending the sentence ("..., according to estimates by Dalbar Financial Services Inc., a Boston
# research firm."): it describes the source, it is no clause of its own
_ORG_TAIL_RE = re.compile(r"\s*,\s*" + _ORG_NOUN + r"\s*[.!?]?\s*")

# a person's role set off by commas after a named source ("According to Mr. Steinman, the newsletter publisher, ..."):
# a determiner and at most six words, one of them a title or an organisation of roles.csv ("the news agency")
_TITLE_APPOSITION_RE = re.compile(r"((?:the|a|an)\s+(?:[^,;:.!?“”\"\s]+\s+){0,5}[^,;:.!?“”\"\s]+)\s*,\s*")


def _clause_start(text: str, s: int, e: int) -> int | None:
    """Where a clause opens inside ``text[s:e]``, a run-on source with no comma, or ``None``."""
    words = list(_WORD_RE.finditer(text, s, e))
    for k in range(1, len(words)):
        prev, word = words[k - 1].group().lower(), words[k].group().lower()
        nxt = words[k + 1].group() if k + 1 < len(words) else ""
        if prev in _PREPOSITIONS:
            continue
        # "at least 40", "over 345": a quantity; a number after a determiner is the source's ("a 2019 study")
        if word in _CLAUSE_OPENERS or (word == "at" and nxt == "least") or (word == "over" and nxt[:1].isdigit()) \
                or (word[:1].isdigit() and prev not in _DETERMINERS):
            return words[k].start()
    return None


def _source(ctx: Context, start: int, end: int, *, opens: bool) -> tuple[int, int] | None:
    """The source after "according to" at ``start``: up to punctuation, cut or extended.

    When the phrase opens the sentence (``opens``) and no comma follows the source, the clause
    starts at the first determiner, pronoun or number that follows a non-preposition ("According
    to Rathbun the property was returned" -> "Rathbun"; "According to Pentagon spokesman John Kirby
    the troops ..." -> "Pentagon spokesman John Kirby"). A source cut at the 80-character limit
    ends at a word boundary. A person's title ("the team's coach") takes the name set off by commas
    after it ("according to the team's coach, Alireza Mehraban, ..."); nothing else does
    ("According to police, John Smith, 45, was arrested": John Smith is no source).
    """
    text = ctx.layer.text
    sm = _ACCORDING_SRC_RE.match(text, start, end)
    if not sm:
        return None
    s, e = sm.span()
    if (dash := _DASH_RE.search(text, s, e)) is not None:
        e = dash.start()  # "according to the Census Bureau -- and seems likely to ...": a dash ends the source
    elif e < end and text[e] not in ",.;:!?" and not text[e].isspace():  # the 80-character limit: end at a word
        e = max(text.rfind(" ", s, e), s)
        e = len(text[s:e].rstrip()) + s
    if opens and text[e:e + 1] != "," and (cut := _clause_start(text, s, e)) is not None:
        return s, len(text[s:cut].rstrip()) + s
    if (tail := _SOURCE_TAIL_RE.search(text, s, e)) is not None:
        return s, tail.start()
    # an organisation takes its name too, but only where no clause follows ("..., according to the army,
    # Israel Defense Forces, which said ...")
    kinds = ("title",) if opens else ("title", "org")
    roles = [r for r in ctx.roles.find(text, s, e) if r[2].kind in kinds]
    if roles and roles[-1][1] == e and (am := _NAME_APPOSED_RE.match(text, e, end)) is not None:
        return s, am.end()
    return (s, e) if e > s else None


def _role_apposition(ctx: Context, after: str) -> bool:
    """``after`` (the rest of the sentence after the source) is only a role set off by a comma.

    "…, according to Kristen Wilkins, assistant professor of photography and curator of the
    exhibit.": a lowercase apposition with a ``roles.csv`` title, at most twelve words, ending the
    sentence, describes the source; it is not the attributed clause.
    """
    m = _ROLE_TAIL_RE.fullmatch(after)
    return m is not None and len(m.group(1).split()) <= 12 and any(r.kind == "title" for _, _, r in ctx.roles.find(m.group(1)))


# a place's apposition ending the sentence after the source ("according to diplomatic sources in Riyadh, the Saudi
# capital."): it describes the place, it is not the attributed clause
_PLACE_APPOSITION_RE = re.compile(rf"\s*,\s*(?:the|a)\s+(?:[\w’'-]+\s+){{0,3}}(?:state|{PLACE_NOUNS})\W*", re.I)


# a comma alone before "according to": the clause after the source is the content when it has a main verb of its own
# ("In the first half of the year alone, according to the ministry, 2,000 migrants arrived", "This is because, according
# to physicalism, all the facts are ...", "as he, according to a comic, has been forced"); else the words after the
# source go on the sentence before it, and the content is the whole sentence ("He was instructed, according to Giorgio
# Vasari, by his father", "This twenty percent, according to Hare, accounts for ...", "..., according to a memorandum
# distributed by RJR's owner, Kohlberg Kravis Roberts & Co., to bankers last December": FactBank wsj_0557). A word count
# first, then a test of the words before (twenty-ninth session) each lost sentences of Wikipedia text (helper-108,
# helper-109); this test took the most of them.
_SUBJECT_END_RE = re.compile(r"\b(?:he|she|it|they|we|I|who)\s*,\s*$")


def _finite(syntax: Any, k: int, start: int, end: int) -> bool:
    """Whether the parse of sentence ``k`` has a finite verb between ``start`` and ``end`` outside a subordinate clause
    ("Since the war began in 2011": no main clause)."""
    syntax.parse([k])
    ps = syntax.sentence(k)
    toks = ps.tokens
    for t in toks:
        if start <= t.start < end and t.tag in FINITE and t.pos in ("VERB", "AUX"):
            head = t.i if t.pos == "VERB" else t.head
            if not any(toks[c].dep == "mark" and start <= toks[c].start < end for c in ps.children(head)):  # (a "because"
                # before the span marks the clause the span opens: "This is because, according to physicalism, all ...")
                return True
    return False


def _whole_sentence(ctx: Context, syntax: Any, k: int, start: int, at: int, after: tuple[int, int]) -> bool:
    """Whether the content of "according to" at ``at``, after a comma alone, is the whole sentence rather than the clause
    after the source (see above); without a parse, never."""
    return syntax is not None and not _SUBJECT_END_RE.search(ctx.layer.text, start, at) and not _finite(syntax, k, *after)


def according_to(ctx: Context, syntax: Any = None) -> list[Attribution]:
    text = ctx.layer.text
    out: list[Attribution] = []
    for k, sent in enumerate(ctx.layer.sentences):
        for m in _ACCORDING_RE.finditer(text, sent.start, sent.end):
            if ctx.layer.quote_at(m.start()) is not None:
                continue
            before = text[sent.start:m.start()].rstrip(" ,")
            before = "" if before.endswith(":") else before  # "X: According to Y, Z": Z is Y's (helper-128, PUD n02081)
            src = _source(ctx, m.end(), sent.end, opens=len(before.split()) < 3)
            if src is None:
                continue
            # "..., which, according to AFP, the UN criticised" / "learned that according to a posting, ...":
            # a parenthetical source between a clause opener and its clause attributes the clause after it
            opener = re.search(r"\b(?:that|which|who|and|but),?\s*$|,\s*$", text[sent.start:m.start()])
            after = text[src[1]:sent.end]
            whole = False
            if opener and after.lstrip().startswith(",") and len(after.split()) >= 4 and not _role_apposition(ctx, after) and not _ORG_TAIL_RE.fullmatch(after) \
                    and not re.match(r"\s*,\s*(?:which|who|whose)\b", after) and not _PLACE_APPOSITION_RE.fullmatch(after):
                if opener.group().strip() == "," and _whole_sentence(ctx, syntax, k, sent.start, m.start(), (src[1], sent.end)):
                    whole = len(before.split()) >= 3  # (the parse asked only here, where the reading depends on it)
                else:
                    before = ""
            if whole:
                content = (sent.start, len(text[sent.start:sent.end].rstrip(" .!?\n")) + sent.start)
            elif len(before.split()) >= 3:
                content = (sent.start, sent.start + len(before))
                if (dash := list(_DASH_RE.finditer(text, *content))) and len(text[dash[-1].end():content[1]].split()) >= 3:
                    content = (dash[-1].end(), content[1])  # "That share has been rising -- only 11 percent ... , according to"
            else:
                cs = src[1]
                while cs < sent.end and (text[cs].isspace() or text[cs] == ","):
                    cs += 1
                named = any(w[:1].isupper() for w in text[src[0]:src[1]].split() if w.lower() not in ("the", "a", "an"))
                if named and ((ap := _ORG_APPOSITION_RE.match(text, cs, sent.end)) is not None or (ap := _TITLE_APPOSITION_RE.match(
                        text, cs, sent.end)) is not None and any(r.kind in ("title", "org") for _, _, r in ctx.roles.find(ap.group(1)))) \
                        and len(text[ap.end():sent.end].split()) >= 3:  # a named source only: not "According to prosecutors, a ... company,"
                    cs = ap.end()  # (or a person's role: "According to Mr. Steinman, the newsletter publisher, ...": FactBank wsj_1014)
                content = (cs, reported_end(ctx, cs, sent, ()))
            if content[1] <= content[0]:
                continue
            a = make_attribution(ctx, "according_to", src, None, content, m.start())
            out.append(replace(a, cue=text[m.start():m.start() + 12], cue_span=(m.start(), m.start() + len("according to")),
                               verb_stance="neutral"))
        for m in _REPORTEDLY_RE.finditer(text, sent.start, sent.end):
            if ctx.layer.quote_at(m.start()) is not None:
                continue
            cs = m.end() + 1
            ce = text.find(",", cs, sent.end)
            ce = reported_end(ctx, cs, sent, ()) if ce < 0 else ce
            if ce > cs:
                out.append(Attribution("according_to", None, "unnamed", None, "reportedly", (m.start(), m.end()),
                                       (cs, ce), "distancing", ("unsourced",)))
    return out
