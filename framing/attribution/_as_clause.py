"""Attributions in an *as* clause (internal to :mod:`framing.attribution`).

"As Reuters reported, the talks collapsed", "The talks collapsed on Monday, as the minister said": the source and the
cue stand in a clause opened by *as*, and what was said is the rest of the sentence (PARC annotates such attributions:
Pareti 2016; the development golds hold "As coauthor Colette Heald told Reuters, ..." and "As Justice Stephen Breyer
asked, ..."). helper-128's reading of PUD (thirty-sixth session) found every such clause without a record, and "As Heald
told The Huffington Post, US surface ozone has dropped" took the addressee into the content. The shipped model parses
these clauses unevenly (it roots "... , as the minister said." on *said*), so the clause is read off the text: the
source is a short noun phrase, the cue a statement or belief form of the lexicon, and after the cue only a time, a
place or an addressee before the comma; "As he said goodbye, the train left" (a temporal *as*, the cue with an object
of its own) and "As expected, ..." (no source) give nothing.
"""

from __future__ import annotations

import re

from ._mentions import Context, make_attribution
from .types import Attribution

__all__ = ["as_clauses", "with_as_clauses"]

# the source: a name, a pronoun or a short noun phrase (up to six words, no comma)
_SOURCE = r"((?:[Tt]he\s+|[Aa]n?\s+)?(?:[A-Z][\w.’'&-]*|he|she|they|officials|analysts|experts|critics|economists|police|"\
          r"researchers|scientists|the\s+[a-z]+)(?:\s+[A-Z][\w.’'&-]*){0,5})"
# after the cue: a time, a place, a medium or an addressee, else nothing, before the comma or the sentence's end
_AFTER = r"(?:\s+(?:(?:on|in|at|to|last|earlier|this|yesterday|today|recently|previously)\b[^,.;:!?\"“”]{0,60}|"\
         r"(?:[A-Z][\w.’'&-]*\s*){1,4}|reporters|journalists))?"
_FRONTED_RE = re.compile(rf"As\s+{_SOURCE}\s+(?P<cue>[a-z]+(?:\s+out)?){_AFTER}\s*,\s+")
_FINAL_RE = re.compile(rf",\s+as\s+{_SOURCE}\s+(?P<cue>[a-z]+(?:\s+out)?){_AFTER}\s*[.!?]?\s*$")


def as_clauses(ctx: Context) -> list[Attribution]:
    """Attributions whose source and cue stand in a fronted or final *as* clause, the rest of the sentence their content."""
    text = ctx.layer.text
    out: list[Attribution] = []
    for sent in ctx.layer.sentences:
        lo, hi = sent.start, sent.end
        while lo < hi and text[lo] in " \t\"“‘'(":
            lo += 1
        fronted, final = _FRONTED_RE.match(text, lo, hi), _FINAL_RE.search(text, lo, hi)
        clauses = ([(fronted, (fronted.end(), hi))] if fronted else []) + ([(final, (lo, final.start()))] if final else [])
        for m, content in clauses:
            if ctx.layer.quote_at(m.start("cue")) is not None or m.group(1) in ("I", "We", "You"):
                continue  # ("As I mentioned, please ...": the writer's own voice)
            cue = ctx.verbs.regex.fullmatch(text, m.start("cue"), m.end("cue"))
            if cue is None or ctx.verbs.cue_class(cue.group()) not in ("statement", "belief") \
                    or not text[content[0]:content[1]].strip(" .,;") or ctx.layer.quote_at(content[0]) is not None:
                continue
            s, e = content
            while e > s and (text[e - 1].isspace() or text[e - 1] in ".,;:!?"):
                e -= 1
            out.append(make_attribution(ctx, "indirect", m.span(1), cue, (s, e), m.start(1), ("as_clause",)))
    return out


def with_as_clauses(ctx: Context, found: list[Attribution]) -> list[Attribution]:
    """``found`` with the *as* clauses' attributions, each in place of a record with the same cue (the parse's "As Heald
    told The Huffington Post, ..." took the addressee into its content) and not where another record holds the cue."""
    new = as_clauses(ctx)
    cues = {a.cue_span for a in new}
    return [a for a in found if a.cue_span not in cues] + new
