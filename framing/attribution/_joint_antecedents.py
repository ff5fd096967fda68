"""Joint antecedents: a source that stands for two named speakers of the sentences before ("the companies", "the two
leaders", "both sides", a *they* after "A and B met"), internal to :mod:`framing.attribution`.

Split from :mod:`._joint` (which :mod:`._mentions` imports) so that it may use :mod:`._plural`.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from ._joint import JOINT_RE, joint_source
from ._mentions import Context
from ._full_name import full_name
from ._gender import gender_of
from ._plural import others_between
from ._words import CALENDAR, PLACE_HEADS
from .types import Attribution, Resolved

__all__ = ["joint_antecedents"]

_THEY_RE = re.compile(r"\b[Tt]hey\b")

# a definite plural that stands for two named companies, people or countries of the sentences before ("the companies
# said", "the two leaders pledged", "both sides said"): the noun says which kind
_GROUP_RE = re.compile(r"(?:[Tt]he|[Bb]oth)(?:\s+two)?\s+(?:(?!(?:three|four|five|six|seven|eight|nine|ten|several|many|other)\s)"
                       r"[A-Za-z-]+\s+)?(companies|firms|banks|concerns|carriers|airlines|"
                       r"leaders|men|women|presidents|ministers|executives|candidates|justices|"
                       r"countries|nations|neighbou?rs|governments|sides|parties)")
_KINDS = {"companies": "org", "firms": "org", "banks": "org", "concerns": "org", "carriers": "org", "airlines": "org",
          "countries": "country", "nations": "country", "neighbors": "country", "neighbours": "country", "governments": "country",
          "sides": "any", "parties": "any"}  # the rest: people
_COUNTRY_PAIR_RE = re.compile(r"\b([A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)?)\s+and\s+([A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)?)\b")
_PAIR_RE = re.compile(r"\b[A-Z][\w’'-]+\s+and\s+(?:the\s+)?[A-Z]")  # two capitalised names joined by "and"
# the words between two coordinated names: "and", a comma, titles of the second ("Russian President Boris Yeltsin and
# Ukrainian President Leonid Kuchma")
_AND_RE = re.compile(r"\s*,?\s*(?:and|&)\s+(?:the\s+)?(?:[A-Z][\w.’'-]*\s+)*")
# a sentence about a deal between two companies ("agreed to acquire", "was merged into", "a bid for")
_DEAL_RE = re.compile(r"\b(?:acqui\w+|buy\w*|bought|merg\w+|purchas\w+|takeover|take over|bid|sell\w*|sold|joint venture|"
                      r"agreement|accord|deal|combin\w+|stake)\b", re.I)
_NAME_AT_RE = re.compile(r"[A-Z][\w.&’'-]*(?:\s+(?:[A-Z][\w.&’'-]*|of|&))*")


def _named_in(ctx: Context, kind: str, lo: int, hi: int) -> list[tuple[int, str]]:
    """(offset, name) of the companies, registered people or countries (``kind``; ``any``: all three) named in
    ``text[lo:hi]`` outside quotation marks, in text order."""
    reg, out = ctx.reg, []
    if kind in ("org", "any"):
        out += [(at, name) for at, name in reg._company_at if lo <= at < hi]
    if kind in ("person", "any"):
        out += [(at, name) for at, name in zip(reg._pos, reg._who) if lo <= at < hi]
    if kind in ("country", "any"):
        for m in _COUNTRY_PAIR_RE.finditer(ctx.layer.text, lo, hi):  # "Russia and Ukraine share ..."
            pair = [ctx.roles.country_named(m.group(g)) for g in (1, 2)]
            if None not in pair:
                out += [(m.start(g), c.canonical) for g, c in zip((1, 2), pair)]
    return sorted((at, name) for at, name in out if ctx.layer.quote_at(at) is None)


def _coordinated_subject(ctx: Context, syntax: Any, k: int) -> tuple[Resolved, tuple[int, int]] | None:
    """The joint speaker that opens sentence ``k`` as the subject of its main verb, when it is coordinated names
    (:func:`joint_source`: "Ratners and Weisfield's said ...", "Prime Minister John Howard and Opposition Leader Kim
    Beazley met ..."; read off the words before the verb, which the parser often hangs wrongly)."""
    ps = syntax.sentence(k)
    root = ps.root()
    if root is None or ps.tokens[root].pos not in ("VERB", "AUX") or any(
            ps.tokens[c].dep in ("aux:pass", "nsubj:pass", "obl:agent") for c in ps.children(root)):
        return None  # (not a passive: "A and B were fined by regulators. They said": the regulators)
    before = [t for t in ps.tokens[:root] if not (t.dep in ("aux", "advmod") and t.head == root)]
    while before and before[-1].pos == "PUNCT":
        before.pop()
    if not before or not any(t.text == "and" for t in before) \
            or any(t.pos not in ("PROPN", "NOUN", "ADJ", "CCONJ", "PUNCT", "DET", "ADP") for t in before):
        return None  # (not "After Smith and Jones met, ...")
    span = (before[0].start, before[-1].end)
    res = joint_source(ctx, span) or _written_pair(ctx, before)
    return (res, span) if res is not None else None


def _written_pair(ctx: Context, before: list[Any]) -> Resolved | None:
    """Two or three names the article does not know, each proper nouns alone, joined by *and* (or commas and *and*)
    as a sentence's subject: the joint speaker as written, typed by the first ("Together Bernoulli and Euler tried to
    discover more ... In particular, they wanted to know": GUM ``GUM_bio_bernoulli``, "Daniel Bernoulli and Leonhard
    Euler"). Each is a registered person, or one word the article gives a full name elsewhere (:func:`~._full_name.full_name`),
    and no place, day, title or country word: "Paris and London saw protests. They said" is no one's. The article must
    show one of them is a person by a *he* / *she* or an honorific (:func:`~._gender.gender_of`; helper-114 found
    cities and firms named after people: "Houston and Austin sued the state", "Ford and Chrysler cut 10,000 jobs")."""
    runs: list[list[Any]] = [[]]
    for t in before:
        if t.text.lower() in ("and", ",") and runs[-1]:
            runs.append([])
        elif t.pos == "PROPN" and t.text[:1].isupper() and t.text.lower() not in PLACE_HEADS and t.text not in CALENDAR \
                and not ctx.roles.is_title_word(t.text) and not ctx.roles.is_country_word(t.text):
            runs[-1].append(t)
        elif t.text.lower() != "together" or runs[-1] or len(runs) > 1:
            return None
    if not 2 <= len(runs) <= 3 or not all(runs) or any(ctx.roles.find(" ".join(t.text for t in r)) for r in runs):
        return None
    names: list[str] = []
    for r in runs:
        res = ctx.reg.resolve(" ".join(t.text for t in r), r[0].start, record=False)
        if res.speaker in ctx.reg.people and "organisation" not in res.flags:
            names.append(res.speaker)
        elif len(r) == 1 and (full := full_name(ctx, r[0].text)) is not None and not ctx.roles.find(full[0]):
            names.append(full[0])  # "Bernoulli": "Daniel Bernoulli" elsewhere in the article (not "Paris and London")
        else:
            return None
    names = list(dict.fromkeys(names))
    if len(names) < 2 or all(gender_of(ctx.layer, n) is None for n in names):
        return None  # one must be a person to the article: not "Houston and Austin sued" (Sam Houston, Stephen Austin)
    first = ctx.reg.resolve(names[0], runs[0][0].start, record=False)
    return Resolved(", ".join(names[:-1]) + " and " + names[-1], first.speaker_type, ("joint",))


def joint_antecedents(ctx: Context, syntax: Any, found: list[Attribution]) -> list[Attribution]:
    """A source left without a speaker that stands for two named speakers of the sentences before: "the companies",
    "the two leaders", "both sides" (:data:`_GROUP_RE`; not "the three countries"), or a *they*.

    * A *they* inside the words of a joint speaker is that speaker ("The two companies said they expect ...").
    * A definite plural takes the joint speaker of an attribution in the two sentences before or earlier in its own
      ("Ratners and Weisfield's said ... The companies said") when its names are of the noun's kind (companies for
      "the companies", people for "the two leaders", countries for "the two nations") and nothing else of that kind
      is named outside its words; else the two companies, people or countries named in the two sentences before and
      its own sentence up to the source, when they are exactly two and joined by *and* ("Russia and Ukraine share ...
      the two Slavic neighbors") or, for companies, named in one sentence with a deal between them ("A.L. Williams
      Corp. was merged into Primerica Corp., the companies said"; not "Goldman Sachs advised Pfizer").
    * A *they* takes the coordinated names opening the sentence before as its active subject ("A and B met on
      Monday. They said"; not after a passive, "were fined by regulators", nor when people come in between).

    Flags ``joint`` and ``role_linked`` (``pronoun`` for *they*); ``antecedent_span`` is the earlier mention. Refined
    after helper-81's second reading (twenty-second session), which found the first version taking mediators for
    "both sides" and an adviser for one of "the companies"."""
    text, layer = ctx.layer.text, ctx.layer
    out = list(found)
    for i, a in enumerate(found):
        if a.speaker is not None or a.source_span is None or layer.quote_at(a.source_span[0]) is not None:
            continue
        mention = text[a.source_span[0]:a.source_span[1]]
        group = _GROUP_RE.fullmatch(mention)
        they = mention.lower() == "they"
        k = layer.sentence_index(a.source_span[0])
        if not (group or they) or k < 0:
            continue
        hit = _inside_joint(out, a) if they else None
        if hit is None and group:
            hit = _group_hit(ctx, out, a, k, _KINDS.get(group.group(1), "person"))
        elif hit is None and "unresolved" in a.flags and k > 0 and (coord := _coordinated_subject(ctx, syntax, k - 1)) is not None:
            gap = _THEY_RE.sub("", text[coord[1][1]:a.source_span[0]])
            if not others_between(gap, 0, len(gap), names_people=ctx.roles.names_people):  # not "... met the rebels. They said"
                hit = (coord[0].speaker, coord[0].speaker_type, coord[1])
        if hit is None:
            continue
        ctx.joint.add(hit[0])
        flags = tuple(f for f in a.flags if f not in ("unresolved", "unnamed")) + (("pronoun",) * (they and "pronoun" not in a.flags)) \
            + ("joint", "role_linked")
        out[i] = replace(a, speaker=hit[0], speaker_type=hit[1], flags=flags, antecedent_span=hit[2])
    return out


def _inside_joint(found: list[Attribution], a: Attribution) -> tuple[str, str, tuple[int, int]] | None:
    """The joint speaker whose words hold the *they* of ``a`` ("The two companies said they expect ...")."""
    holder = [b for b in found if b is not a and "joint" in b.flags and b.speaker and b.source_span
              and b.content_span[0] <= a.source_span[0] < b.content_span[1]]
    return (holder[-1].speaker, holder[-1].speaker_type, holder[-1].source_span) if holder else None


def _of_kind(ctx: Context, name: str, kind: str) -> bool:
    """Whether ``name`` is a company, registered person or country (``kind``; ``any``: one of them)."""
    return (kind in ("org", "any") and name in set(ctx.reg.companies.values()) or kind in ("person", "any") and name in ctx.reg.people
            or kind in ("country", "any") and ctx.roles.country_named(name) is not None)


def _group_hit(ctx: Context, found: list[Attribution], a: Attribution, k: int, kind: str) -> tuple[str, str, tuple[int, int]] | None:
    """The joint speaker a definite plural of ``kind`` in sentence ``k`` stands for (see :func:`joint_antecedents`):
    the two sentences before and its own up to it name exactly two of that kind."""
    text, layer = ctx.layer.text, ctx.layer
    lo = layer.sentence_starts[max(k - 2, 0)]
    named = _named_in(ctx, kind, lo, a.source_span[0])
    names = list(dict.fromkeys(name for _, name in named))
    earlier = [b for b in found if "joint" in b.flags and b.speaker and b.source_span and lo <= b.source_span[0] < a.source_span[0]]
    if not earlier:  # the same plural further back, with none but its own names since ("The companies said ... [four
        # sentences on Erbamont and Montedison] ... The companies said", FactBank wsj_0660)
        mention = text[slice(*a.source_span)].lower()
        same = [b for b in found if "joint" in b.flags and b.speaker and b.source_span and b.source_span[0] < lo
                and text[slice(*b.source_span)].lower() == mention]
        if same and {n for _, n in _named_in(ctx, kind, same[-1].source_span[1], a.source_span[0])} <= set(JOINT_RE.split(same[-1].speaker)):
            return same[-1].speaker, same[-1].speaker_type, same[-1].source_span
    if earlier:
        b = earlier[-1]
        parts = [n for n in JOINT_RE.split(b.speaker) if n]
        others = {name for at, name in named if not b.content_span[0] <= at < b.content_span[1]}  # not what they said
        if all(_of_kind(ctx, n, kind) for n in parts) and others <= set(parts) \
                and not _PAIR_RE.search(text, b.source_span[1], a.source_span[0]):  # ("... Israel and Hamas sent delegations")
            return b.speaker, b.speaker_type, b.source_span
        return None  # ("Russia and Ukraine signed ... Poland and Germany said ... The two countries said": which two?)
    if len(names) != 2:
        return None
    first = next(at for at, name in named if name == names[0])
    second = next((at for at, name in named if name == names[1] and at > first), None)
    if second is None:
        return None
    run = _NAME_AT_RE.match(text, first)
    coordinated = run is not None and _AND_RE.fullmatch(text, run.end(), second) is not None
    companies = set(ctx.reg.companies.values())
    if not (coordinated or kind in ("org", "any") and set(names) <= companies and _deal_between(ctx, named, names)):
        return None
    last = _NAME_AT_RE.match(text, second)
    end = second + (len(last.group().rstrip(" .")) if last else len(names[1]))
    stype = {"org": "other", "country": "government"}.get(kind) or ctx.reg.resolve(names[0], first, record=False).speaker_type
    return " and ".join(names), stype, (first, end)


def _deal_between(ctx: Context, named: list[tuple[int, str]], names: list[str]) -> bool:
    """Whether one sentence names both companies ``names`` with a word of a deal between them ("A.L. Williams Corp.
    was merged into Primerica Corp."; not "Goldman Sachs Group Inc. advised Pfizer Inc.")."""
    layer = ctx.layer
    for at1, n1 in named:
        for at2, n2 in named:
            if n1 == names[0] and n2 == names[1] or n1 == names[1] and n2 == names[0]:
                lo, hi = min(at1, at2), max(at1, at2)
                run = _NAME_AT_RE.match(ctx.layer.text, lo)  # from the first name's end: not "Combined Insurance Co."
                if layer.sentence_index(lo) == layer.sentence_index(hi) and _DEAL_RE.search(ctx.layer.text, run.end() if run else lo, hi):
                    return True
    return False
