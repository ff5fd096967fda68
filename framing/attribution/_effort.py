"""Whose effort or document an infinitive or participle cue on a noun stands for (internal to :mod:`framing.attribution`).

An infinitive that modifies a noun of effort has no subject of its own: whose effort it is speaks
(:func:`effort_subject`, twenty-first round): "Microsoft has launched an aggressive campaign to persuade
users to stop using IE6" (GUM_news_ie9, annotated with Microsoft), "The White House began a campaign to urge
senators", "In a bid to persuade investors to stay, the bank offered a bonus". Moved from :mod:`._repair` (at its
size limit) in the twenty-eighth round.
"""

from __future__ import annotations

from ..text.syntax import ParsedSentence
from ._objects import marked
from ._words import DOCUMENT_NOUNS, PRODUCING, PRODUCING_FORMS

__all__ = ["EFFORT_NOUNS", "effort_subject"]

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


def _case(ps: ParsedSentence, n: int) -> str | None:
    """The preposition of noun ``n`` (its ``case`` child), lowercased."""
    return next((ps.tokens[c].text.lower() for c in ps.children(n) if ps.tokens[c].dep == "case"), None)
