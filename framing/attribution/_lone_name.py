"""A *he* / *she* with one name before it (internal to :mod:`framing.attribution`).

The registry knows the people a title or a reporting verb introduced; a name the article drops in passing is not
among them, so a pronoun that stands for it stays unresolved: "Designed by Juan Carlos Salas, the award-winning
building has a sculptural appearance ... “…,” he says" (PUD n01150), "Students like Rai have been meeting with
counsellors ..., but she said" (PUD n01040). :func:`lone_names` gives such a pronoun the name when it is the only
proper-noun name in its own sentence before it and in the sentence before (outside quotation marks), no title,
organisation, country, place, day or company to the lexicons and the registry, no acronym ("GOP", "NHS"), no place
with its state or country after it ("Stamford, Conn."), and not of the other gender where the article shows one
(:func:`~._gender.gender_of`); a one-word name only where the article shows its gender ("Nick", not "Mazda": a first
sweep of EWT reviews took the company); not a verb's object, a possessive, a name after a preposition of place or in
brackets, a speaker of another attribution, nor when a pronoun of the same gender comes before it in those sentences
(someone else's chain). Flags ``pronoun``, ``lone_name``; the name is the antecedent. Measured: 4 records in the sweep
of FactBank, GUM, PUD and EWT train (all right), none in EWT dev and test, 2 in the 4,530 Szeged Wikipedia documents
(both right), after guards for what the first tries got wrong (a place, a club, an acronym, a company, a name in the
pronoun's own words, a chain of *he* / *his* before the name).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from ._gender import PRONOUN_GENDER, gender_of
from ._mentions import Context
from ._words import CALENDAR, INSTITUTIONS, PLACE_HEADS
from .types import Attribution

__all__ = ["lone_names"]

# what a name of a thing ends in ("The Chrysler Building", "Trump Tower"), beside PLACE_HEADS and INSTITUTIONS
_THING_HEADS = frozenset("building tower bridge center centre hall stadium arena airport station museum cathedral hotel plaza".split())
# a credit or a sponsor before a name: "Photo by Mark Lennon", "Sponsored by Red Bull"
_CREDIT_RE = re.compile(r"(?i)\b(?:photo(?:graph)?s?|pictures?|images?|video|sponsored|presented|courtesy|credit|illustration)"
                        r"(?:\s+by|\s+of|:)?\s*$")
_PERSON_AFTER_RE = re.compile(r",\s+(?:who|whose|\d{1,3}\s*,)")
_DEAD_RE = re.compile(r"\b(?:dead|killed|died|slain|murdered|victims?|body|bodies)\b")
_HE_RE = re.compile(r"\b[Hh](?:e|is|im|imself)\b")
_SHE_RE = re.compile(r"\b(?:[Ss]he|[Hh]er|[Hh]ers|[Hh]erself)\b")
# a preposition of place before a name: "spread to Los Angeles", "in New York"
_PLACE_PREP_RE = re.compile(r"\b(?:in|at|from|to|into|near|across|outside|inside|around|toward|towards)\s+(?:the\s+)?$")
# a place's apposition: "Stamford, Conn.", "Portland, Ore.", "Lyon, France"
_PLACE_AFTER_RE = re.compile(r",\s+[A-Z][a-z]*\.|,\s+[A-Z]{2}\b|\s*,\s+[A-Z][a-z]+\s*(?:[,.;]|$)")


def _names(ctx: Context, ps: Any, hi: int, skip: tuple[int, int]) -> list[tuple[int, int, bool]]:
    """Spans of the runs of capitalised proper nouns of parsed sentence ``ps`` before offset ``hi``, outside quotes and
    the span ``skip`` (the pronoun's own content), and whether each may be the antecedent: not a verb's object nor a
    modifier of a noun ("asked who owned Mazda and he said", "the Mazda dealer"), nor a possessive ("the other reviewer
    has never been to Nick's, or he would know": EWT)."""
    runs: list[list[Any]] = []
    for t in ps.tokens:
        if t.start >= hi:
            break
        if t.pos == "PROPN" and t.text[:1].isupper() and t.text not in CALENDAR and ctx.layer.quote_at(t.start) is None \
                and not skip[0] <= t.start < skip[1]:  # (a day or month is no name: "attended the hearing on Monday")
            if runs and runs[-1][-1].i == t.i - 1:
                runs[-1].append(t)
            else:
                runs.append([t])
    out = []
    for r in runs:
        idx = {t.i for t in r}
        head = next((t for t in r if t.head not in idx or t.head == t.i), r[-1])
        possessive = re.match(r"[’']s\b", ctx.layer.text[r[-1].end:r[-1].end + 3]) is not None  # "been to Nick's"
        place = _PLACE_PREP_RE.search(ctx.layer.text, max(0, r[0].start - 12), r[0].start) is not None  # "spread to Los Angeles"
        place = place or _CREDIT_RE.search(ctx.layer.text, max(0, r[0].start - 25), r[0].start) is not None  # "Photo by Mark Lennon"
        # a main-clause subject of several words must show it is a person ("Jennifer Walsh, whose son was injured,
        # attended"; "Mary Jones, 45,"): a city does things too ("On Tuesday, Los Angeles approved the measure. He said")
        subject = head.dep in ("nsubj", "nsubj:pass") and ps.tokens[head.head].dep == "root" and len(r) > 1 \
            and not _PERSON_AFTER_RE.match(ctx.layer.text, r[-1].end)
        out.append((r[0].start, r[-1].end, head.dep not in ("obj", "iobj", "compound", "nmod:poss", "amod") and not possessive
                    and not place and not subject))
    return out


def _person_like(ctx: Context, name: str, at: int) -> bool:
    """Whether ``name`` may be a person's: no title, organisation, country, place or day word, no company."""
    words = name.split()
    if len(words) > 4 or any(w in CALENDAR or w.lower() in PLACE_HEADS or w.lower() in _THING_HEADS or w in INSTITUTIONS
                             or ctx.roles.is_title_word(w) or ctx.roles.is_country_word(w) for w in words) \
            or ctx.roles.find(name) or name in ctx.reg.companies:
        return False
    res = ctx.reg.resolve(name, at, record=False)
    return "organisation" not in res.flags and res.speaker_type in ("other", "unnamed")


def lone_names(ctx: Context, syntax: Any, found: list[Attribution]) -> list[Attribution]:
    """Resolve an unresolved *he* / *she* source to the one name before it (see the module docstring)."""
    text, layer = ctx.layer.text, ctx.layer
    out = list(found)
    speakers = {w for b in found if b.speaker for w in b.speaker.split()}  # names the other rules resolved, and declined here
    for i, a in enumerate(found):
        word = text[slice(*a.source_span)].lower() if a.source_span else ""
        if word not in ("he", "she") or a.speaker is not None or "unresolved" not in a.flags:
            continue
        k = layer.sentence_index(a.source_span[0])
        if k < 0:
            continue
        spans = _names(ctx, syntax.sentence(k), a.source_span[0], a.content_span)
        if k > 0:
            spans = _names(ctx, syntax.sentence(k - 1), layer.sentences[k - 1].end, a.content_span) + spans
        if len({text[s:e] for s, e, _ in spans}) != 1 or not spans[-1][2]:
            continue  # (the pronoun's own words hold no antecedent: "The bear dwarfed Mr. Parenteau, knocking him down, he said")
        s, e, _ = spans[-1]
        name = text[s:e]
        sent = layer.sentences[layer.sentence_index(s)]
        if _DEAD_RE.search(text, sent.start, sent.end):
            continue  # the dead do not speak ("Among the dead was Leo Brandt, a 19-year-old student. He said": helper-115)
        one = len(name.split()) == 1
        shown = gender_of(layer, name.split()[-1], strict=one)  # (the surname: "Mr. Rathbun" is a man's)
        if not _person_like(ctx, name, s) or shown not in (None, PRONOUN_GENDER[word]) or one and shown is None \
                or name.isupper() or _PLACE_AFTER_RE.match(text, e) or name.split()[-1] in speakers \
                or (_HE_RE if word == "he" else _SHE_RE).search(text, layer.sentences[k - 1].start if k > 0 else layer.sentences[k].start,
                                                                  a.source_span[0]) or text[max(0, s - 1):s] == "(":
            continue  # one word only with its gender shown ("Nick", not "Mazda", nor "Chelsea fired its coach after he lost"),
            # no acronym ("GOP", "NHS"), no place, no speaker of another attribution (the rules declined: "Mr. Rathbun
            # said the claims were lies. She said"), no pronoun of its gender before it there (a chain of someone else's,
            # or someone else: "Goldman Sachs paid him $2 million when he joined. He said", "His company, Phil Steele
            # Publications, produces the magazine, which he writes", "he felt that Sid Rosenberg ... He wrote"), nothing in
            # brackets ("(Harvard Business School Press)": Wikipedia text, Szeged corpus)
        flags = tuple(f for f in a.flags if f not in ("unresolved", "gender")) + ("pronoun",) * ("pronoun" not in a.flags) + ("lone_name",)
        out[i] = replace(a, speaker=name, speaker_type="other", flags=flags, antecedent_span=(s, e))
    return out
