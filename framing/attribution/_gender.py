"""A named person's grammatical gender, where the article shows it (internal to :mod:`framing.attribution`).

Issue #13 asks pronouns to agree in gender "where the article shows it". The article shows it in
two ways, both read here and nothing else (no list of first names, no guess from a name):

* a gendered honorific or role word right before a mention of the name ("Ms. Paris",
  "spokeswoman Ann Lee", "his father Mohamed El-Hassan Mohamed");
* a subject or possessive pronoun (*he, his, she*; not *him* or *her*) at most five words after a mention, in the same sentence, outside quotation
  marks and with no other name between ("Valeska Paris claims she was ...", "Allton said his
  students ...").

Each honorific counts 2, each pronoun 1; the larger side wins, a tie is unknown (``None``).

:func:`human_subject` (twenty-first round): whether a name is the subject of a verb only a person does, or has an
age after it, so that a *he* / *she* of the next sentence may stand for a person of no gender shown ("Mary Jones
spoke to reporters. She said"; "Los Angeles approved the measure" stays no person).
"""

from __future__ import annotations

import re
from typing import Any

from ..text.layer import TextLayer
from ._words import surname_of

__all__ = ["PRONOUN_GENDER", "gender_of", "human_subject", "other_gender"]

# the gender gender_of answers for each pronoun that shows one
PRONOUN_GENDER = {"he": "m", "she": "f"}

_FEMALE_BEFORE = re.compile(r"\b(?:Mrs|Ms|Miss|Madame|Madam|Mme|Lady|spokeswoman|congresswoman|chairwoman|businesswoman|councilwoman|actress|"
                            r"mother|wife|daughter|sister|grandmother|aunt|niece|girl|woman)\.?,?\s+(?:[A-Z][\w.’'-]*\s+){0,2}$")
_MALE_BEFORE = re.compile(r"\b(?:Mr|spokesman|congressman|chairman|businessman|councilman|actor|father|husband|son|brother|"
                          r"grandfather|uncle|nephew|boy|man)\.?,?\s+(?:[A-Z][\w.’'-]*\s+){0,2}$")
# subject and unambiguous possessive forms only: "him" / "her" after a name are mostly someone else
# ("Smith thanked her")
_PRONOUN = re.compile(r"\b(he|his|himself|she|herself)\b", re.I)
_MALE = frozenset(("he", "his", "himself"))
_OTHERS_RE = re.compile(r"\b(?:him|her|its|their|them)\b", re.I)


def gender_of(layer: TextLayer, name: str, *, strict: bool = False) -> str | None:
    """``"m"``, ``"f"`` or ``None`` for the person called ``name`` (full name or surname) in ``layer``.

    ``strict``: a pronoun counts only with no object or possessive pronoun of someone else between ("Chelsea fired
    its coach after he lost", "Titanic has fascinated her since she was a girl": the *he* / *she* is the other one),
    for a name nothing else shows to be a person's (helper-75's second reading, twentieth session)."""
    text = layer.text
    last = surname_of(name)
    if not last[:1].isupper():
        return None
    male = female = 0
    for m in re.finditer(rf"\b{re.escape(last)}\b", text):
        if layer.quote_at(m.start()) is not None:
            continue
        first = text.rfind(name, max(0, m.start() - len(name)), m.end())
        before = text[max(0, (first if first >= 0 else m.start()) - 60):first if first >= 0 else m.start()]
        female += 2 * bool(_FEMALE_BEFORE.search(before))
        male += 2 * bool(_MALE_BEFORE.search(before))
        k = layer.sentence_index(m.start())
        end = layer.sentences[k].end if k >= 0 else m.end()
        p = _PRONOUN.search(text, m.end(), end)
        gap = text[m.end():p.start()] if p is not None else ""
        # close after the name (five words), no other name between: "Valeska Paris claims she was"
        if p is not None and layer.quote_at(p.start()) is None and len(gap.split()) <= 5 \
                and not re.search(r"\s[A-Z][a-z]", gap) and not (strict and _OTHERS_RE.search(gap)):
            male += p.group(1).lower() in _MALE
            female += p.group(1).lower() not in _MALE
    return "m" if male > female else "f" if female > male else None


def other_gender(layer: TextLayer, name: str, pronoun: str | None) -> bool:
    """Whether the article shows the person ``name`` is not of *he* / *she* ``pronoun``'s gender (``False`` for any
    other pronoun, and where the article shows nothing)."""
    want = PRONOUN_GENDER.get((pronoun or "").lower())
    return want is not None and gender_of(layer, name) not in (None, want)


# verbs whose subject is a person, never a place or a body ("Mary Jones spoke to reporters"; not "Los Angeles approved")
_HUMAN_VERBS = frozenset("speak talk smile laugh cry weep shout scream whisper resign die marry testify plead sing sleep "
                         "eat kneel pray nod shrug sigh frown wave".split())  # not stand, sit, walk: "Paris stood firm" (helper-87)
_HUMAN_PASSIVES = frozenset("bear arrest kill injure wound elect appoint sentence convict charge hospitalize hospitalise "
                            "jail imprison detain indict".split())


def human_subject(ps: Any, run: list[int]) -> bool:
    """Whether the name ``run`` is the subject of a verb only a person does (:data:`_HUMAN_VERBS`, a passive of
    :data:`_HUMAN_PASSIVES`: "was arrested") or has an age set off after it ("Mary Jones, 45,")."""
    head = next((i for i in run if ps.tokens[i].head not in run or ps.tokens[i].head == i), None)
    if head is None:
        return False
    t = ps.tokens[head]
    verb = ps.tokens[t.head]
    if t.dep == "nsubj" and verb.lemma.lower() in _HUMAN_VERBS or t.dep == "nsubj:pass" and verb.lemma.lower() in _HUMAN_PASSIVES:
        return True
    return any(ps.tokens[c].dep in ("appos", "amod", "nummod") and ps.tokens[c].text.isdigit() and 0 < int(ps.tokens[c].text) < 120
               for c in ps.children(head))
