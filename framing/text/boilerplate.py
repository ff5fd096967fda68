"""Lines that are not article prose: marked as excluded spans, never deleted.

Each non-blank line of an article gets a *role*:

``headline``
    An unterminated line (no final ``.``, ``!``, ``?`` or ``:``) before the first
    prose line, or a line equal to the manifest title. Headlines and standfirsts
    are the outlet's own voice and are analysed, but reported apart from body text.
``subheading``
    An unterminated line inside the body that is short (at most
    :data:`SUBHEADING_MAX_WORDS` words) or in Title Case. Analysed as headline text.
``excluded``
    Boilerplate, with a ``reason``: a line fully matched by a rule in
    ``lexicons/boilerplate.csv`` (placeholders such as ``Advert``, captions with
    agency credits, language switchers, promos) or an unterminated line longer
    than :data:`SUBHEADING_MAX_WORDS` words and not in Title Case inside the body,
    which in scraped news is a photo caption (reason ``caption``). A line that ends
    in a comma or a dash before a paragraph opening with a quotation mark introduces
    that quotation ("Rathbun stated,"): body. So is a quotation signed with a dash and a
    name ('"…" - Matthew Ingram').
``body``
    Everything else.

Rules are data: pass ``rules=load_boilerplate_rules(path)`` to use your own file.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..lexicon import packaged_lexicon_path, read_lexicon_rows

__all__ = ["Block", "BoilerplateRule", "load_boilerplate_rules", "classify_lines", "REASONS"]

REASONS = ("placeholder", "promo", "language_switcher", "caption", "credit", "junk")
# A subheading in news copy is a few words ("Mass deportation Trump promised"); the
# unterminated captions seen in scraped articles run 15-40 words. 12 separates the
# two in the bundled corpus and in the BBC/AP/Guardian page layouts we looked at.
SUBHEADING_MAX_WORDS = 12
_MINOR_WORDS = frozenset(
    "a an and as at but by de del for from in into of on or over per the to via vs with amid after before upon than".split()
)
_TERMINATORS = ".!?:;…"
_CLOSERS = "\"'”’»›)]"
_WORD = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*")


@dataclass(frozen=True, slots=True)
class BoilerplateRule:
    pattern: re.Pattern[str]
    reason: str
    source: str
    line: int


@dataclass(frozen=True, slots=True)
class Block:
    """A non-blank line of the article with its role (see module docstring)."""

    start: int
    end: int
    role: str
    reason: str = ""


def load_boilerplate_rules(path: str | Path | None = None) -> tuple[BoilerplateRule, ...]:
    """Load boilerplate rules (regular expressions matched against a whole stripped line).

    Parameters
    ----------
    path : str or Path, optional
        A CSV file with the header ``# framing-lexicon: boilerplate; format 1`` and the
        columns ``pattern, reason, source``; default: the packaged ``boilerplate.csv``.

    Returns
    -------
    tuple of BoilerplateRule
        In file order; the first rule that matches a line gives its reason.

    Raises
    ------
    LexiconError
        Naming the file and line of a bad row or an invalid regular expression.

    Examples
    --------
    >>> rules = load_boilerplate_rules()
    >>> [r.reason for r in rules if r.pattern.fullmatch("Advert")]
    ['placeholder']
    """
    rows = read_lexicon_rows(path or packaged_lexicon_path("boilerplate.csv"), kind="boilerplate",
                             required=["pattern", "reason"], categories=REASONS, category_column="reason")
    rules = []
    for r in rows:
        try:
            rules.append(BoilerplateRule(re.compile(r["pattern"], re.I), r["reason"], r["source"], r.line))
        except re.error as exc:
            from ..lexicon import LexiconError

            raise LexiconError(f"{r.source}, line {r.line}: invalid regular expression: {exc}") from None
    return tuple(rules)


@lru_cache(maxsize=1)
def _default_rules() -> tuple[BoilerplateRule, ...]:
    return load_boilerplate_rules()


def _is_terminated(line: str) -> bool:
    core = line.rstrip().rstrip(_CLOSERS + " ")
    return bool(core) and core[-1] in _TERMINATORS


_OPENERS = "\"“‘'«"


def _introduces_quote(line: str, following: str | None) -> bool:
    """A prose line ending in a comma or a dash before a paragraph that opens with a quotation mark
    ("Rathbun stated," then the quotation): it is body text, not a caption."""
    return bool(following) and line.rstrip()[-1:] in ",—–" and following.lstrip()[:1] in _OPENERS


# a quotation signed with a dash and a name ('"So far, it's the Internet: 1." - Matthew Ingram'):
# an attributed quote (a pull quote or epigraph), not a caption, though it ends in a name
_SIGNED_QUOTE = re.compile(r"[\"“‘«].*[\"”’»][.,]?\s*(?:—|–|--?)\s*"
                           r"[A-Z][\w.’'-]*(?:[ ](?:[A-Z][\w.’'-]*|of|the|de|van|von|al|bin|and)){0,5}")


def _is_title_case(words: list[str]) -> bool:
    content = [w for w in words if w.lower() not in _MINOR_WORDS and not w[0].isdigit()]
    return len(content) >= 2 and all(w[0].isupper() for w in content)


def _norm(s: str) -> str:
    return " ".join(s.replace("’", "'").split()).casefold()


def iter_lines(text: str) -> Iterator[tuple[int, int]]:
    """Yield ``(start, end)`` of each line's stripped content (blank lines skipped)."""
    pos = 0
    n = len(text)
    while pos <= n:
        nl = text.find("\n", pos)
        stop = n if nl == -1 else nl
        s, e = pos, stop
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            yield s, e
        if nl == -1:
            break
        pos = nl + 1


def classify_lines(text: str, *, title: str | None = None, rules: tuple[BoilerplateRule, ...] | None = None) -> list[Block]:
    """Give every non-blank line of ``text`` a role: headline, subheading, body or excluded.

    Examples
    --------
    >>> [b.role for b in classify_lines("Big news today\\nAdvert\\nIt rained. Nobody minded.")]
    ['headline', 'excluded', 'body']
    """
    rules = _default_rules() if rules is None else rules
    title_norm = _norm(title) if title else None
    blocks: list[Block] = []
    seen_body = False
    lines = list(iter_lines(text))
    for k, (s, e) in enumerate(lines):
        line = text[s:e]
        reason = ""
        if len(line) <= 400:  # boilerplate lines are short; long lines are prose
            for rule in rules:
                if rule.pattern.fullmatch(line):
                    reason = rule.reason
                    break
        if reason:
            blocks.append(Block(s, e, "excluded", reason))
            continue
        if title_norm and _norm(line) == title_norm:
            blocks.append(Block(s, e, "headline"))
            continue
        following = text[slice(*lines[k + 1])] if k + 1 < len(lines) else None
        if _is_terminated(line) or (seen_body and (_SIGNED_QUOTE.fullmatch(line) or _introduces_quote(line, following))):
            seen_body = True
            blocks.append(Block(s, e, "body"))
            continue
        if not seen_body:
            blocks.append(Block(s, e, "headline"))
            continue
        words = _WORD.findall(line)
        if len(words) <= SUBHEADING_MAX_WORDS or _is_title_case(words):
            blocks.append(Block(s, e, "subheading"))
        else:
            blocks.append(Block(s, e, "excluded", "caption"))
    return blocks
