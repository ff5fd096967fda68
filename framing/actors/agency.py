"""Agency: is an actor the doer or the done-to? Rules over the words around each mention.

No parser is used. For each actor mention, the label around it (see
:mod:`framing.actors.labels`) is taken as the noun phrase, and the words of the same
sentence to its right and left are read. The first rule that applies decides:

1. **possessive** (``other``): the phrase is followed by ``’s`` / ``'s`` (*Trump’s
   attempt*).
2. **by-phrase** (``agent``): the word before the phrase (after determiners
   and counts) is *by* (*deported by Trump*).
3. **passive** (``patient``): after the phrase, an optional relative pronoun
   (*who/that/which*), optional auxiliaries and adverbs (*have already*), a form
   of *be* or *get* (*were, was, being, been* ...) and a past participle (a
   word in *-ed* or an irregular participle: *flown, held, sent* ...): *were
   deported*, *being held*, *who were flown*. It is ``agentless`` unless *by*
   follows within five words. A finite *be* needs the phrase in a subject slot
   (rule 6), so in *the flight carrying the detainees was en route* the
   detainees are not the subject; *being* + participle and relative clauses
   need none (*admits many people being deported*).
4. **reduced passive** (``patient``): a participle right after the phrase
   (adverbs allowed) followed by *by* (*migrants deported by the
   administration*) or by an auxiliary or *be* (*the individuals deported had
   no convictions*); for group actors also when followed by a preposition of
   place and the phrase is not in a subject slot (rule 6) (*could see thousands
   of migrants forcibly returned to their countries*; but *migrants arrived in
   the city* is active).
5. (see the copula case under rule 6.)
6. **active** (``agent``): the phrase stands where a subject stands (at the
   start of the sentence or after a comma, conjunction, subordinator, a
   quotation mark, *which/who/whom*, or a verb that takes a clause without
   *that*: *officials said the migrants were deported*, ``_CLAUSE_VERBS``) and is followed (optional auxiliary, *not* and adverbs
   allowed; ", however,", the closing comma of an apposition the phrase is in,
   and a capitalised name in apposition after it are skipped) by a verb-like word:
   ending in *-ed*, an irregular past form, a present form in *-s* of a word
   that is not a noun-like head, a common bare-form present verb after a plural
   subject (*Police say*, *officials deny*: ``_BARE_VERBS``), any word after an auxiliary (a scare-quote mark
   is skipped: *did not ‘refuse’*), or *be* + *-ing*. In a subject slot, *be*
   followed by anything else is a **copula** (``other``: *they are
   terrorists*), taking the place of rule 5.
7. **object** (``object``): the word before the phrase (skipping determiners,
   numbers, *more than*, *hundreds of*) is a lower-case word that is neither a
   preposition nor a function word, i.e. probably a verb (*Trump deported
   hundreds of migrants*, *flew 200 alleged gang members*).
8. **oblique** (``other``): the word before is a preposition (*about* and
   *over* count as prepositions unless a number follows them).
9. otherwise ``other`` (rule ``none``).

(The label rule takes a participle after a capitalised word or a subject
pronoun as the verb: *Trump deported migrants*.) Pronouns are not resolved; coordinated subjects (*Trump and his
administration did not ...*) and clauses between a subject and its verb defeat
rule 6; *-ed* adjectives can look like participles. These are approximations;
every role carries its rule and the verb's span as evidence.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ._common import analysis_list, as_layer
from ._phrase import (
    ADVERBS,
    APPROX,
    AUX,
    BE,
    DETERMINERS,
    FUNCTION,
    HAS_WORD,
    IRREGULAR,
    PREPOSITIONS,
    QUANTITY,
    SHORT_APPOSITIVE,
    SUBJECT_BEFORE,
    TOKEN,
    grow_phrase,
)
from .labels import load_label_lexicon
from .mentions import Actor, actor_list, find_actor_mentions

if TYPE_CHECKING:  # pragma: no cover
    import pandas

__all__ = ["AgencyRole", "agency_roles", "actor_agency", "ROLES"]

ROLES = ("agent", "patient", "object", "other")
_RELATIVE = frozenset("who that which".split())
_RELATIVE_OBJECT = frozenset("which who whom".split())  # "which Trump has labeled": Trump is the subject
_NUMBERS = frozenset("one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty "
                     "hundred thousand million dozen".split())
_CLOSING_MARKS = frozenset("”’»\"'")  # “It is cheap,” Bukele said.
_ORDINALS = frozenset("first second third last next".split())
_MARKS_OPEN = frozenset("‘“'\"")
#: Present-tense verbs in their bare form, common in news after a plural subject ("Police say",
#: "officials deny", "the migrants remain"), that are rarely nouns: with a plural subject the
#: bare form is the finite verb. (Words that are often nouns too, such as *report*, *plan*,
#: *fear*, are left out: "police report" is a compound noun more often than a clause.)
_BARE_VERBS = frozenset("""say deny allege want believe argue insist warn accuse remain continue expect know think
    refuse agree reject arrive flee admit confirm oppose tell seem appear deport arrest detain""".split())
#: Verbs that take a clause without *that* ("Officials said the migrants were deported"): the
#: phrase after them stands in a subject slot. Verbs that usually take a noun-phrase object
#: (*told*, *warned*, *denied*, *confirmed*) are left out, so "told the workers to leave" stays
#: an object.
_CLAUSE_VERBS = frozenset("""say says said saying claim claims claimed insist insists insisted argue argues argued
    believe believes believed think thinks thought know knows knew admit admits admitted acknowledged alleged
    alleges noted added stated hoped feared suggested""".split())
_PLACE_PREP = frozenset("to into from back under at in for out onto off".split())


@dataclass(frozen=True, slots=True)
class AgencyRole:
    """The grammatical role of one actor mention, with the rule and verb that decided it.

    ``role`` is one of :data:`ROLES`; ``agentless`` is True for a passive without a
    *by*-phrase; ``verb`` is the (start, end) of the deciding verb, if any.

    Examples
    --------
    >>> import io
    >>> from framing.actors import load_actors
    >>> acts = load_actors(io.StringIO("# framing-lexicon: actors; format 1\\nactor,alias,kind,source\\n"
    ...     "migrants,migrants,group,framing\\n"))
    >>> text = "The migrants were deported on Sunday."
    >>> r = agency_roles(text, acts)[0]
    >>> (r.role, r.rule, r.agentless, text[r.verb[0]:r.verb[1]])
    ('patient', 'passive', True, 'deported')
    """

    actor: str
    start: int
    end: int
    role: str
    rule: str
    agentless: bool
    verb: tuple[int, int] | None
    voice: str

    def to_dict(self) -> dict[str, Any]:
        return {"actor": self.actor, "start": self.start, "end": self.end, "role": self.role, "rule": self.rule,
                "agentless": self.agentless, "verb": list(self.verb) if self.verb else None, "voice": self.voice}


def _is_participle(word: str) -> bool:
    w = word.lower()
    return word[:1].islower() and (w in IRREGULAR or (w.endswith("ed") and len(w) > 3))


def _skip_adverbs(toks: list[tuple[str, int, int]], i: int) -> int:
    while i < len(toks) and (toks[i][0].lower() in ADVERBS or (toks[i][0].lower().endswith("ly") and len(toks[i][0]) > 4)):
        i += 1
    return i


def _role(text: str, s: int, e: int, sent: tuple[int, int], kind: str,
          heads: frozenset[str]) -> tuple[str, str, bool, tuple[int, int] | None]:
    right = [(m.group(), m.start(), m.end()) for m in TOKEN.finditer(text, e, sent[1])]
    left = [(m.group(), m.start(), m.end()) for m in TOKEN.finditer(text, sent[0], s)][::-1]
    # what stands before the phrase, skipping determiners, ordinals, counts, "more than", "hundreds of"
    j, number = 0, False
    while j < len(left):
        low = left[j][0].lower()
        if any(c.isdigit() for c in low) or low in _NUMBERS:
            j, number = j + 1, True
        elif low in DETERMINERS or low in _ORDINALS or (number and low in APPROX):
            j += 1
        elif low == "of" and j + 1 < len(left) and (left[j + 1][0].lower() in QUANTITY | DETERMINERS):
            j += 2
        else:
            break
    before = left[j][0] if j < len(left) else None
    before_low = before.lower() if before else None
    subject = _subject_slot(before)
    if right and right[0][0] in ("’", "'") and (text[right[0][2]:right[0][2] + 2] in ("s ", "s,", "s.", "s")
                                               or (text[right[0][1] - 1] == "s" and text[right[0][2]:right[0][2] + 1] == " ")):
        return "other", "possessive", False, None
    if before_low == "by":
        return "agent", "by-phrase", False, None
    i = 0
    if i < len(right) and right[i][0] == ",":
        if i + 2 < len(right) and right[i + 1][0].lower() in SHORT_APPOSITIVE and right[i + 2][0] == ",":
            i += 3  # ", however,"
        elif before == ",":
            i += 1  # the end of an apposition: "El Salvador's President, Nayib Bukele, even goaded"
        else:  # a name in apposition: "238 members of the gang, Tren de Aragua, arrived"
            n = i + 1
            while n < len(right) and n <= i + 6 and (right[n][0][:1].isupper() or right[n][0] in ("de", "of", "the")):
                n += 1
            if n > i + 1 and n < len(right) and right[n][0] == ",":
                i = n + 1
    i = _skip_adverbs(right, i)
    relative = i < len(right) and right[i][0].lower() in _RELATIVE
    if relative:
        i += 1
    k = i
    aux = False
    while k < len(right) and right[k][0].lower() in AUX:
        aux, k = True, k + 1
    k = _skip_adverbs(right, k)
    if k < len(right) and right[k][0].lower() in BE:
        being = right[k][0].lower() == "being" and not aux
        m = _skip_adverbs(right, k + 1)
        if m < len(right) and right[m][0].lower() in ("being", "been", "be"):
            m = _skip_adverbs(right, m + 1)
        if m < len(right) and _is_participle(right[m][0]) and (subject or relative or being):
            by = any(t[0].lower() == "by" for t in right[m + 1:m + 6])
            return "patient", "passive", not by, (right[m][1], right[m][2])
        if subject and not relative:
            if m < len(right) and right[m][0].lower().endswith("ing"):
                return "agent", "active", False, (right[m][1], right[m][2])
            return "other", "copula", False, None
    if not aux and i < len(right) and _is_participle(right[i][0]) and not relative:
        nxt = right[i + 1][0].lower() if i + 1 < len(right) else ""
        if nxt == "by" or nxt in AUX or nxt in BE or (kind == "group" and nxt in _PLACE_PREP and not subject):
            return "patient", "reduced-passive", nxt != "by", (right[i][1], right[i][2])
    if (subject or relative) and k < len(right):
        if right[k][0] in _MARKS_OPEN and k + 1 < len(right):
            k += 1  # a scare-quoted verb phrase: did not ‘refuse to comply’
        word = right[k][0]
        low = word.lower()
        verb_like = word[:1].islower() and low not in FUNCTION and (
            aux or _is_participle(word) or low in IRREGULAR or low in _BARE_VERBS
            or (low.endswith("s") and not low.endswith("ss") and low not in heads))
        if verb_like:
            return "agent", "active", False, (right[k][1], right[k][2])
    if before_low in PREPOSITIONS or before_low in APPROX:
        return "other", "oblique", False, None
    if before and before[:1].islower() and HAS_WORD.match(before) and before_low not in FUNCTION:
        return "object", "object", False, (left[j][1], left[j][2])
    return "other", "none", False, None


def _subject_slot(before: str | None) -> bool:
    return before is None or before.lower() in SUBJECT_BEFORE or before.lower() in _RELATIVE_OBJECT or \
        before in _CLOSING_MARKS or before.lower() in _CLAUSE_VERBS


def agency_roles(text_or_layer: Any, actors: Sequence[Actor] | str | Path) -> list[AgencyRole]:
    """The grammatical role of every actor mention in one article (rules in the module docstring).

    Parameters
    ----------
    text_or_layer : str, TextLayer or Analysis
        One article.
    actors : sequence of Actor, or a path
        From :func:`framing.load_actors`.

    Returns
    -------
    list of AgencyRole
        One per mention (:func:`framing.find_actor_mentions`), in text order, each
        with the rule that decided it and the verb's span as evidence.

    Examples
    --------
    >>> import io
    >>> from framing.actors import load_actors
    >>> acts = load_actors(io.StringIO("# framing-lexicon: actors; format 1\\nactor,alias,kind,source\\n"
    ...     "Trump,Trump,person,framing\\nmigrants,migrants,group,framing\\n"))
    >>> [(r.actor, r.role, r.rule) for r in agency_roles("Trump deported migrants. Migrants were flown out.", acts)]
    [('Trump', 'agent', 'active'), ('migrants', 'object', 'object'), ('migrants', 'patient', 'passive')]
    """
    layer = as_layer(text_or_layer)
    actors = actor_list(actors)
    heads, mods = load_label_lexicon()
    heads_low = frozenset(h.lower() for h in heads)
    mods_low = frozenset(m.lower() for m in mods)
    mentions = find_actor_mentions(layer, actors)
    out = []
    for m in mentions:
        s, e, _ = grow_phrase(layer, m.sentence, m.start, m.end, m.kind == "group", mods_low, ())
        role, rule, agentless, verb = _role(layer.text, s, e, m.sentence, m.kind, heads_low)
        out.append(AgencyRole(m.actor, m.start, m.end, role, rule, agentless, verb, m.voice))
    return out


def actor_agency(analyses: Iterable[Any], actors: Sequence[Actor] | str | Path, *, actor: str | None = None) -> pandas.DataFrame:
    """Share of each actor's mentions as agent, patient (passive), object or other, per outlet.

    Columns: ``outlet``, ``actor``, ``n``, ``agent``, ``patient``, ``object``,
    ``other`` (counts), ``agentless`` (passives with no *by*-phrase),
    ``agent_share``, ``patient_share`` (agent or patient over ``n``). Rows are
    sorted by outlet and actor. The per-mention evidence is
    :func:`agency_roles`.

    Parameters
    ----------
    analyses : iterable of Analysis
        As from :func:`framing.analyze_many` (error rows are skipped).
    actors : sequence of Actor, or a path
        From :func:`framing.load_actors`.
    actor : str, optional
        Keep only this actor.

    Returns
    -------
    pandas.DataFrame
        The columns above; shares rounded to 4 decimals.

    Examples
    --------
    >>> import io
    >>> from framing.actors import load_actors
    >>> from framing.analyze import analyze
    >>> acts = load_actors(io.StringIO("# framing-lexicon: actors; format 1\\nactor,alias,kind,source\\n"
    ...     "migrants,migrants,group,framing\\n"))
    >>> df = actor_agency([analyze("Migrants were deported. Migrants protested.")], acts)
    >>> df[["actor", "n", "agent", "patient", "agentless", "agent_share"]].values.tolist()
    [['migrants', 2, 1, 1, 1, 0.5]]
    """
    import pandas as pd

    actors = actor_list(actors)
    counts: dict[tuple[str, str], dict[str, int]] = defaultdict(lambda: dict.fromkeys((*ROLES, "agentless"), 0))
    for a in analysis_list(analyses):
        for r in agency_roles(a.layer, actors):
            if actor is not None and r.actor != actor:
                continue
            c = counts[(a.article.label, r.actor)]
            c[r.role] += 1
            c["agentless"] += r.agentless
    rows = []
    for (outlet, act), c in sorted(counts.items()):
        n = sum(c[r] for r in ROLES)
        rows.append((outlet, act, n, c["agent"], c["patient"], c["object"], c["other"], c["agentless"],
                     round(c["agent"] / n, 4), round(c["patient"] / n, 4)))
    return pd.DataFrame(rows, columns=["outlet", "actor", "n", "agent", "patient", "object", "other", "agentless",
                                       "agent_share", "patient_share"])
