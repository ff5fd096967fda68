"""Growing a label or an agency phrase around a head noun (internal to :mod:`framing.actors`).

The word sets here are English closed-class words (determiners, prepositions, auxiliaries,
irregular participles) that define how the phrase patterns read a sentence. They stay code,
not lexicon files: they are grammar, not vocabulary a user tunes per event or outlet; the
vocabulary (label head nouns and modifiers) is data in ``lexicons/labels.csv``.
:mod:`framing.actors.labels` and :mod:`framing.actors.agency` share them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from ..text.layer import TextLayer
from ._common import Spans

TOKEN = re.compile(r"(?:[A-Z]\.){2,}|[^\W_]+(?:[-'’.][^\W_]+)*|[“”‘’'\"«»‹›„‚]|[^\w\s]")
MARKS = frozenset("“”‘’'\"«»‹›„‚")
HAS_WORD = re.compile(r"[^\W_]")
QUOTE_NORM = str.maketrans({"‘": "'", "’": "'", "‚": "'", "‛": "'", "“": '"', "”": '"', "„": '"', "‟": '"',
                             "«": '"', "»": '"', "‹": "'", "›": "'"})
DETERMINERS = frozenset("a an the this these those its their his her our your my all both many some several such "
                         "any each every no other another few most more".split())
PREPOSITIONS = frozenset("of to in on at by for from with about against into onto over under through during "
                          "without within among between toward towards upon like as than via per despite across "
                          "behind beyond near".split())
SUBJECT_BEFORE = frozenset(", ; : ( — – - “ \" ‘ and but or that as while when after before because although "
                            "though since if however meanwhile now then so yet where whereas once until".split())
FUNCTION = DETERMINERS | PREPOSITIONS | frozenset(
    "and or but nor that which who whom whose when where while as if than then there here is are was were be been "
    "being am has have had do does did will would shall should can could may might must not it he she they we i "
    "you them him her us me one two three four five six seven eight nine ten eleven twelve twenty thirty forty "
    "fifty hundred hundreds thousand thousands million millions dozen dozens".split()) | SUBJECT_BEFORE | frozenset("following according upon".split())
BE = frozenset("is are was were be been being am get gets got getting".split())
AUX = frozenset("has have had will would shall should can could may might must did does do".split())
ADVERBS = frozenset("not n't already also still never then just even soon again later now previously further "
                     "reportedly allegedly".split())
QUANTITY = frozenset("hundreds thousands dozens millions scores tens".split())
APPROX = frozenset("more fewer less than over around about nearly almost some approximately roughly up at least "
                    "some".split())
IRREGULAR = frozenset("""flown flew held sent taken took brought put kept made told given gave seen saw known knew
    thrown shown driven drove hidden caught found left led paid read said set shot struck sought spent stood sold
    thought won written wrote beaten broken chosen chose drawn drew fallen fell forgotten gotten hit hurt let lost
    meant met run ran begun began built bought cut dealt fed felt fought spoke spoken went gone came come became
    heard sat slid sped stuck swept taught torn tore understood woken wore worn fled hid rose risen grew grown threw
    froze frozen ate eaten sank sunk swam slept wept lent shook shaken forgave forgiven arose arisen awoke bitten blew
    blown bled dug flung laid rode ridden rang sang sung spun sprang sprung stole stolen stung swore sworn swung
    withdrew withdrawn overcame undertook undertaken upheld withheld mistook mistaken oversaw overseen slain forbade
    forbidden drank""".split())
WORD = re.compile(r"[^\W\d_][\w’'-]*")
NATIONALITY = ("an", "ian", "ese", "ish", "i")  # Venezuelan, Salvadoran, Chinese, Spanish, Iraqi
SUBJECT_PRONOUNS = frozenset("he she they we it i you who".split())
#: A plural demonym used as a noun (*Venezuelans*, *Salvadorans*, *Haitians*, *Americans*): a
#: capitalised word ending in *-ans*, counted as a head noun when it stands after a lower-case word
#: (not at the sentence start, where any noun is capitalised, and not after a capitalised word,
#: where it is part of a name: *New Orleans*). A general rule instead of one lexicon row per nationality.
DEMONYM = re.compile(r"(?<![\w’'-])[A-Z][a-z]{2,}ans(?![\w’'-])")
SHORT_APPOSITIVE = frozenset("however meanwhile though too also then instead moreover".split())


def quote_opening_at(layer: TextLayer, pos: int) -> Any:
    for q in layer.quotes:
        if q.start == pos:
            return q
        if q.start > pos:
            break
    return None


def title_case(text: str, start: int, end: int) -> bool:
    words = WORD.findall(text, start, end)
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.6 * len(words)


def grow_phrase(layer: TextLayer, sent: tuple[int, int], hs: int, he: int, grow_right: bool,
          mods: frozenset[str], mentions: Spans | Sequence[tuple[int, int]]) -> tuple[int, int, bool]:
    text = layer.text
    spans = mentions if isinstance(mentions, Spans) else Spans(mentions)
    title = title_case(text, *sent)
    start, end, scare = hs, he, None
    left = list(TOKEN.finditer(text, sent[0], hs))
    for n in range(len(left) - 1, -1, -1):
        tok = left[n]
        t = tok.group()
        if spans.overlaps(tok.start(), tok.end()):
            break  # another actor's mention ("President of Venezuela | Nicolás Maduro")
        if t in MARKS:
            q = quote_opening_at(layer, tok.start())
            if q is not None and q.content_end >= he and not HAS_WORD.search(text, he, q.content_end):
                start, scare = tok.start(), q
                continue
            break
        low = t.lower()
        if low.endswith(("'s", "’s")):
            break
        prev = left[n - 1].group() if n > 0 else ""
        if low in mods and (low.endswith("ed") or low in IRREGULAR) and not title and (
                (prev[:1].isupper() and prev.lower() not in FUNCTION) or prev.lower() in SUBJECT_PRONOUNS):
            break  # "Trump deported migrants": the participle is the verb, not a modifier
        capitalised = t[0].isupper() and (low not in FUNCTION or (t.isupper() and len(t) > 1))
        if title and capitalised:  # Title Case headline: only acronyms and nationality-like words
            capitalised = (t.isupper() and len(t) > 1) or low.endswith(NATIONALITY)
        if low in mods or capitalised or ("-" in t and t[0].isalpha()):
            start = tok.start()
            continue
        break
    if grow_right and scare is None:
        toks = list(TOKEN.finditer(text, he, sent[1]))
        if toks and toks[0].group().lower() == "of":
            for i, tok in enumerate(toks[1:7], 1):
                t, low = tok.group(), tok.group().lower()
                if spans.overlaps(tok.start(), tok.end()):
                    break  # another actor: "members of | the city council" 
                if low in DETERMINERS:
                    continue
                if not HAS_WORD.match(t) or low in FUNCTION:
                    break
                if t[0].islower() and (low.endswith("ed") or low in IRREGULAR):
                    nxt = toks[i + 1].group() if i + 1 < len(toks) else ""
                    if not HAS_WORD.match(nxt) or nxt.lower() in FUNCTION:
                        break  # a verb after the phrase ("... organization arrived in"), not "the armed group"
                end = tok.end()
    if scare is not None:
        end = max(end, scare.end)
    return start, end, scare is not None
