"""Whose effort or document an infinitive or participle cue on a noun stands for (internal to :mod:`framing.attribution`).

An infinitive that modifies a noun of effort has no subject of its own: whose effort it is speaks
(:func:`effort_subject`, twenty-first round): "Microsoft has launched an aggressive campaign to persuade
users to stop using IE6" (GUM_news_ie9, annotated with Microsoft), "The White House began a campaign to urge
senators", "In a bid to persuade investors to stay, the bank offered a bonus". Moved from :mod:`._repair` (at its
size limit) in the twenty-eighth round.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from ..text.syntax import ParsedSentence
from ._objects import marked
from ._words import DOCUMENT_NOUNS, PRODUCING, PRODUCING_FORMS
from .roles import load_roles, people_word

__all__ = ["EFFORT_NOUNS", "effort_subject", "participle_content_end", "conjoined_content_end"]

# a body named as a place ("launched a suit in a Delaware court seeking ...": the suit seeks, FactBank wsj_0159)
_PLACE_CASES = frozenset(("in", "at", "on", "into", "before", "to", "inside"))
# bodies of people a participle may describe beside people_word's ("movement" ends as "statement" does)
_MOVEMENTS = frozenset(("movement", "those", "campaign", "network", "lobby"))
#: nouns of a deliberate effort whose infinitive belongs to the one making it ("a campaign to persuade")
EFFORT_NOUNS = frozenset("campaign effort bid attempt drive push initiative blitz offensive".split())


def effort_subject(ps: ParsedSentence, v: int) -> int | None:
    """The source of an infinitive cue ``v`` that modifies a noun of effort: its possessor, or the subject of
    the verb the noun is the object or oblique of ("launched a campaign to persuade", "In a bid to reassure
    investors, the bank said"); of a participle cue that modifies a document noun (``DOCUMENT_NOUNS``): the
    subject of a verb that produced it ("issued a statement saying", "sent a letter to residents urging") or
    that has it as "in" phrase ("wrote Jesse LaBrocca ... in a message explaining why"), its author after "from"
    ("a tweet from Trump saying"), the subject of a verb that has it as "on" phrase ("was caught on a video saying"),
    else the document itself ("rejected a report saying": the report says); else ``None``."""
    t = ps.tokens[v]
    if t.dep != "acl":
        return None
    n = t.head
    if t.tag == "VBG" and n < v and _people_head(ps, n, v):
        return n  # people or a body of them that the participle describes: "a growing grassroots movement calling for
        # Israel's withdrawal", "those advocating direct election of a president" (FactBank development sets), "protesters
        # demanding his resignation"
    if t.tag == "VBG" and ps.tokens[n].lemma.lower() in DOCUMENT_NOUNS:
        author = next((c for c in ps.children(n) if ps.tokens[c].dep == "nmod" and _case(ps, c) == "from"), None)
        if author is not None:
            return author  # "an email from the CEO saying", "a tweet from Trump saying": its author (helper-85)
        head = ps.tokens[n].head
        if ps.tokens[n].dep == "obl" and _case(ps, n) == "on" and head != n:  # "was caught on a video saying"
            return next((c for c in ps.children(head) if ps.tokens[c].dep in ("nsubj", "nsubj:pass")), n)
        made = head != n and (ps.tokens[n].dep == "obj" and (ps.tokens[head].lemma.lower() in PRODUCING
                                                             or ps.tokens[head].text.lower() in PRODUCING_FORMS)
                              or ps.tokens[n].dep == "obl" and _case(ps, n) == "in")  # "wrote ... in a message explaining"
        maker = ps.subject(head, logical=True) if made else None
        return n if maker is None else maker
    if not marked(ps, v, ("to",)) or ps.tokens[n].lemma.lower() not in EFFORT_NOUNS:
        return None
    by = next((c for c in ps.children(n) if ps.tokens[c].dep == "nmod" and _case(ps, c) == "by" and c < v), None)
    if by is not None:
        return by  # "an attempt by the state to argue": whose attempt (helper-85)
    poss = next((c for c in ps.children(n) if ps.tokens[c].dep == "nmod:poss"), None)
    subj = ps.subject(ps.tokens[n].head, logical=True) if ps.tokens[n].dep in ("obj", "obl") and ps.tokens[n].head != n else None
    if poss is not None and (subj is None or ps.tokens[poss].tag != "PRP$"):
        return poss
    return subj  # "The union stepped up its efforts to persuade": the subject, not the pronoun


def _people_head(ps: ParsedSentence, n: int, v: int) -> bool:
    """Whether noun ``n``, which participle ``v`` describes, names people or a body of them that speaks: a people word
    (the packaged roles.csv's too, "detectives", "officials": the parse's rules take no lexicon) or a movement; not a
    document ("letters urging": the letter's sender, :func:`effort_subject`), a thing with an agent's ending ("a rumor
    ... planning", "posters calling for"; plural or singular), a body named as a place ("a suit in a Delaware court
    seeking"), nor a subject the participle restricts or an aside of its own statement (:func:`_aside_of_subject`)."""
    tok = ps.tokens[n]
    low, lemma = tok.text.lower(), tok.lemma.lower()
    if tok.pos not in ("NOUN", "PRON") or tok.dep == "compound" or _case(ps, n) in _PLACE_CASES or _aside_of_subject(ps, n, v) \
            or lemma in DOCUMENT_NOUNS or lemma in _THINGS or low.removesuffix("s") in _THINGS:
        return False
    if lemma in _MOVEMENTS:
        return True
    return (people_word(tok.text) or load_roles().names_people(tok.text)) and (
        tok.tag == "NNS" or not low.endswith(("er", "or", "ant", "ent")))


# things whose names end as agents' do (helper-117: "Activists sent letters urging lawmakers" gave "letters")
_THINGS = frozenset("""letter paper order poster flyer banner number rumor rumour computer center centre meter chapter filter
container trailer tractor sector factor motor color colour error mirror floor door marker sticker layer tower water
counter register monitor document agreement statement""".split())


def _aside_of_subject(ps: ParsedSentence, n: int, v: int) -> bool:
    """Whether participle ``v`` on the clause's subject ``n`` is no statement of its own: one with no comma before it
    ("Protesters demanding the resignation of the prime minister marched": it names which protesters), or an aside of
    the subject's own statement ("The company, citing weak demand, said sales fell": the earlier cases' readings)."""
    if not (ps.tokens[n].dep.startswith("nsubj") or ps.tokens[n].dep == "root"):  # (a subject the parser made the root,
        return False  # its verb a relative: "Protesters ... marched")
    if not any(ps.tokens[i].text == "," for i in range(n + 1, v)):
        return True
    return ps.tokens[ps.tokens[n].head].lemma.lower() in _SAYING


_SAYING = frozenset("say tell add announce report state explain note write insist argue warn".split())


def _case(ps: ParsedSentence, n: int) -> str | None:
    """The preposition of noun ``n`` (its ``case`` child), lowercased."""
    return next((ps.tokens[c].text.lower() for c in ps.children(n) if ps.tokens[c].dep == "case"), None)


def participle_content_end(text: str, ps: ParsedSentence | None, a: Any) -> Any:
    """``a`` with a content that runs past the clause of its participle cue cut where that clause ends, at a comma:
    "investigators, wondering how the assailant could have emerged from the woods, searched the site once more"
    (FactBank; the content had taken "searched the site" of the main clause). Only for a participle (*-ing*) that
    hangs on a word before it, or on the verb right after the comma, whose subtree the parse closes before the content's
    end."""
    if ps is None or a.cue_span is None:
        return a
    cue = next((t for t in ps.tokens if t.start == a.cue_span[0]), None)
    if cue is None or cue.tag != "VBG" or cue.dep not in ("acl", "advcl"):
        return a
    inside = set(ps.subtree(cue.i))
    end = max(ps.tokens[i].end for i in inside)
    after = next((t for t in ps.tokens if t.start > end and t.text != ","), None)
    if a.content_span[0] < end < a.content_span[1] and re.match(r"\s*,\s*\w", text[end:a.content_span[1]]) \
            and after is not None and after.i not in inside and (after.pos in ("VERB", "AUX", "SCONJ") or after.text.lower() in _TURNS) \
            and (cue.head < cue.i or after.i == cue.head):  # (a participle before its verb: "The officer, saying ...,
        # opened fire": up to that verb; helper-117)
        return replace(a, content_span=(a.content_span[0], end))  # the main clause's verb or a turn; not an apposition
        # ("..., the 23-year Israeli occupation") nor a conjunct ("..., and his temperament make him unfit")
    return a


def conjoined_content_end(text: str, ps: ParsedSentence | None, a: Any, verbs: Any) -> Any:
    """``a`` with a content that runs into a predicate conjoined to its cue cut before that predicate's *and* / *but*:
    "Officials said the men were gang members and expect more flights" (*expect* the parse's conjunct of *said*, with no
    subject of its own: the officials' second act, a record of its own; the content had taken it). Only a conjunct that is
    itself a cue of the lexicon ``verbs``: the parser hangs many a verb of the content on the cue ("said the company told
    customers about the bugs and temporarily stopped shipping", "says the issue is complicated and will take time": seven
    such in the FactBank and GUM sweep, thirty-sixth session). Not a verb conjoined inside the content ("said the man
    entered the store and demanded money": *demanded* hangs on *entered*)."""
    if ps is None or a.cue_span is None or a.kind != "indirect":
        return a
    cue = next((t for t in ps.tokens if t.start == a.cue_span[0]), None)
    if cue is None or cue.pos != "VERB":
        return a
    for c in ps.children(cue.i):
        t = ps.tokens[c]
        if t.dep != "conj" or t.pos != "VERB" or not a.content_span[0] < t.start < a.content_span[1] or verbs.lemma_of(t.lemma, t.text) is None \
                or any(ps.tokens[g].dep in ("nsubj", "nsubj:pass", "expl") for g in ps.children(c)):
            continue
        cc = next((g for g in ps.children(c) if ps.tokens[g].dep == "cc" and g < c), None)
        if cc is not None and ps.tokens[cc].start > a.content_span[0]:
            end = ps.tokens[cc].start
            while end > a.content_span[0] and (text[end - 1].isspace() or text[end - 1] in ",;"):
                end -= 1
            return replace(a, content_span=(a.content_span[0], end))
    return a


_TURNS = frozenset(("but", "yet", "although", "though", "while", "whereas", "just", "because"))
