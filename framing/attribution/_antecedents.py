"""What a pronoun source stands for (internal to :mod:`framing.attribution`).

Two passes over an article's attributions, after the salience rules of :mod:`.profiles`:

* :func:`previous_subject`: a *they* still unresolved refers to a plural subject before it in its own
  sentence, of any clause ("Magazines constantly change their policy on it; they want it"; of two, the
  first: "Residents say the soldiers left, and they believe" is Residents, or nobody when the between
  check below stops it), else, when no subject there could be the *they* itself (not "Tesco sacked
  forty workers after they said"), to the nearest plural noun there that names people ("talking to the
  Palestinians when, in the end, they don't want ..."), else to the plural subject of the main clause of an earlier sentence ("You see, the
  terrorists are protesting against modernity. They think ..."), the preferred antecedent of centering
  theory (Grosz, Joshi and Weinstein 1995: the subject of the previous utterance ranks first); likewise
  a *he* / *she* to a singular subject that names a person by a role, kinship or person word ("My
  husband has met beautiful girls -- and ... he would say"; "There was a woman ... she said"). The
  search goes back past a fragment without a subject and, for *he* / *she*, past sentences whose
  subject is the same pronoun or the speaker's *I* / *we* / *you* (the pronoun's chain continues), for *they*
  past sentences whose subject is *they* ("the terrorists are protesting ... They are simply afraid ... They
  consider modernity as their enemy") or whose subject is a thing and which brings in no people ("The scientists
  found ... Several scenarios were considered ... They estimated"), or, for *he* / *she*, one whose subject is no
  person but which carries *his* / *he* (:func:`_chain_goes_on`), at most six sentences; any other subject ends it, and so does someone of the pronoun's gender brought in
  after the subject as an object ("The officer stopped a driver. He had been drinking. He claimed": the
  driver, so nobody). The group or person stays unnamed (speaker ``None``)
  and lends its type; a people named by its demonym ("the Palestinians") or a capitalised common noun
  opening the sentence ("Magazines") is no name. Flags ``pronoun``, ``unnamed``, ``previous_subject``.
  The noun must name people (:meth:`RoleLexicon.names_people`: not "The storms ... They said"); not
  when a plural noun phrase naming people (for *they*; another *they* continues the same group) or a name (for *he* /
  *she*; not a plural after *the*: "the Cardinals") comes between, nor inside quotation marks, nor when
  the subject is in the pronoun's own content ("The real culprits, they said, are computer makers").
  A *he* / *she* also takes a one-word proper-noun subject that is the surname of a full name in the text
  and nobody's organisation (:func:`person_name`: "Eugene A. Nida ... Nida was born in Oklahoma City. He
  became"), named then (flags ``pronoun``, ``previous_subject``), unless a proper-noun subject or object or a
  registered person comes between. A name of two words or more is left to the registry: "Los Angeles
  approved the measure. He said" is a place (tried in the twelfth session and withdrawn for that).
* :func:`named_antecedents`: a pronoun resolved to a named speaker points at the last mention of
  that speaker before it (an earlier source with that speaker, or the name in the text outside
  quotation marks), so ``antecedent_span`` is filled for every resolved pronoun.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from ._centering import main_subject
from ._gender import PRONOUN_GENDER, gender_of, human_subject, other_gender
from ._mentions import Context
from ._nouns import opening_noun, proper_token as _proper
from ._parts import mention_tokens
from ._plural import others_between
from ._full_name import full_name
from ._words import CALENDAR, COLLECTIVES, PLACE_HEADS, RELATIVES, surname_of
from .types import Attribution

__all__ = ["previous_subject", "named_antecedents", "previous_source"]

_PERSONAL = frozenset({"he", "she", "it", "they", "him", "her", "them"})
_FEMALE = frozenset("mother stepmother wife daughter sister widow grandmother granddaughter aunt niece mum mom girl lady".split())
_MALE = frozenset("father stepfather husband son brother widower grandfather grandson uncle nephew dad boy gentleman guy".split())
_NAME_RE = re.compile(r"\b[A-Z][\w'’.-]+")
# people nouns a *he* / *she* may stand for besides kinship and role words ("There was a woman ... she said")
_PERSON = frozenset("man woman boy girl lady gentleman guy".split())
_POSSESSIVE = {"his": "he", "her": "she", "their": "they"}
_THEY_RE = re.compile(r"\b[Tt]hey\b")
# an unnamed singular person as a source: "a U.S. official", "the spokeswoman", "one witness"
_ONE_PERSON_RE = re.compile(r"(?:a|an|the|one|another)\s+(?:[\w.’'-]+\s+){0,3}?([a-z][\w-]*[^s\W])(?:\s+(?:for|of|at|with|from|in)\s.*)?",
                            re.I | re.S)  # "A spokesman for the Toronto cable television and telecommunications concern"
_HE_SHE_RE = re.compile(r"\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er|[Hh]im)\b")
# records and data that may be what a *they* stands for: a sentence with one as its subject ends a they-chain ("The
# files were released on Tuesday. They show ..."; helper-77's second reading, twenty-first session): singular lemmas
_RECORDS = frozenset("""document figure data result e-mail email record report study survey poll number statistic finding test
file paper letter memo note minute tape recording photo image video estimate projection forecast model analysis message mail
cable filing statement""".split())
_REACH = 6  # sentences back; the longest pronoun chain in the GUM interview GUM_interview_messina is 5


def person_name(ctx: Context, ps: Any, subj: int, word: str) -> str | None:
    """The person a one-word proper-noun subject ``subj`` names, when a *he* / *she* ``word`` may stand for it: the
    surname of a full name the text gives ("Eugene A. Nida ... Nida was born in Oklahoma City. He became"; the full
    name is returned), no title, organisation, country or place word, nobody's organisation to the registry, and
    of the pronoun's gender where the article shows it. A name with no full name in the text (a one-word "Seagal", or
    "Joshua Abraham Norton" that no title or cue registered) only where the article shows it is of the pronoun's
    gender (:func:`~._gender.gender_of`: "Seagal made headlines when he described ..."), so "Los Angeles approved the
    measure. He said" stays a place."""
    run, _ = mention_tokens(ps, subj)
    if not 1 <= len(run) <= 4 or not all(_proper(ps.tokens[i]) for i in run):
        return None
    if len(run) > 1:
        return _shown_person(ctx, ps, run, word)
    tok = ps.tokens[subj]
    if tok.text.lower() in PLACE_HEADS or ctx.roles.is_title_word(tok.text) or ctx.roles.is_country_word(tok.text):
        return None
    res = ctx.reg.resolve(tok.text, tok.start)
    if "organisation" in res.flags or res.speaker_type not in ("other", "unnamed"):
        return None
    if res.speaker is None:
        return _shown_person(ctx, ps, run, word)
    if " " in res.speaker:  # the registry has linked the surname to its full name already (an earlier pronoun)
        hit = (res.speaker,) if tok.text in (surname_of(res.speaker), res.speaker.split()[0]) else None  # or "Saddam"
    else:
        hit = full_name(ctx, res.speaker)
    if hit is None:
        return _shown_person(ctx, ps, run, word)
    return None if other_gender(ctx.layer, hit[0], word) else hit[0]


def _shown_person(ctx: Context, ps: Any, run: list[int], word: str) -> str | None:
    """The name the proper-noun tokens ``run`` write, when it is no organisation, title, country or place to the
    lexicons and the registry, nor a day or month (a misparse: "said Friday that she"), and the article shows its bearer
    is of the gender of *he* / *she* ``word``."""
    name = " ".join(ps.tokens[i].text for i in sorted(run))
    if any(ps.tokens[i].text.lower() in PLACE_HEADS or ps.tokens[i].text in CALENDAR or ctx.roles.is_title_word(ps.tokens[i].text)
           or ctx.roles.is_country_word(ps.tokens[i].text) for i in run) or ctx.roles.find(name):
        return None
    res = ctx.reg.resolve(name, ps.tokens[min(run)].start, record=False)
    if "organisation" in res.flags or res.speaker_type not in ("other", "unnamed"):
        return None
    shown = gender_of(ctx.layer, name, strict=True)
    if shown is None and human_subject(ps, run):
        return name  # "Mary Jones spoke to reporters. She said": a subject only a person can be, of no gender shown
    return name if shown == PRONOUN_GENDER[word] else None


def _main_subject(ctx: Context, ps: Any, word: str) -> int | None:
    """The subject of the sentence's main clause that pronoun ``word`` may stand for: the root's, else, when the
    root has none or an *I* / *you* / *we*, that of a clause right under it ("You see, the terrorists are protesting ...")."""
    root = ps.root()
    if root is None:
        return None
    subj = main_subject(ps)
    if subj is not None and ps.tokens[subj].text.lower() not in ("i", "you", "we"):
        return subj if _fits(ctx, ps, subj, word) else None  # not the subject of what "A senior official said": the talks
    for v in (c for c in ps.children(root) if ps.tokens[c].dep in ("ccomp", "parataxis", "conj")):
        subj = next((c for c in ps.children(v) if ps.tokens[c].dep in ("nsubj", "nsubj:pass")), None)
        if subj is not None and _fits(ctx, ps, subj, word):
            return subj
    return None


def _names_between(text: str, lo: int, hi: int) -> bool:
    """Whether a capitalised word that does not open a sentence lies in ``text[lo:hi]`` (a name; not a plural
    after *the*, a team or a people no *he* / *she* stands for: "the loss last year to the Cardinals")."""
    return any(m.group() != "I" and text[:m.start()].rstrip()[-1:] not in ("", ".", "!", "?", '"', "“", "\n")
               and text[:m.start()].rstrip(" \t-—–")[-1:] != "\n"  # a paragraph's first word after a dash: "-- And he said"
               and not (re.search(r"[^s]s\.?$", m.group()) and text[:m.start()].endswith(("the ", "The ")))  # not "the Duchess"
               for m in _NAME_RE.finditer(text, lo, hi))


def _fits(ctx: Context, ps: Any, subj: int, word: str) -> bool:
    """Whether subject token ``subj`` is someone pronoun ``word`` (*they*, *he*, *she*) may stand for."""
    tok, he = ps.tokens[subj], word == "he"
    if word == "they":  # people, not "The storms" or "The new rules"
        return (tok.tag in ("NNS", "NNPS") or tok.lemma.lower() in COLLECTIVES and tok.tag == "NN") and ctx.roles.names_people(tok.text)
    if tok.tag == "NNP" or _proper(tok):
        return person_name(ctx, ps, subj, word) is not None
    if tok.tag != "NN":
        return False
    word = tok.text.lower()
    if not _gender_ok(word, "he" if he else "she"):
        return False  # "The widow ... he": not her
    return word in RELATIVES or word in _PERSON or any(r.kind == "title" for _, _, r in ctx.roles.find(word))


def _own_subject(ctx: Context, ps: Any, word: str, pos: int, content: tuple[int, int]) -> int | None:
    """In the pronoun's own sentence, the nearest subject of any clause before it that it may stand for
    ("Magazines constantly change their policy on it; they want it"), else, for *they*, the nearest plural
    noun naming people ("talking to the Palestinians when, in the end, they don't want ..."); none inside
    quotation marks or inside the pronoun's own content ("The real culprits, they said, are ...")."""
    c0, c1 = content
    usable = [t.i for t in ps.tokens if t.end <= pos and not c0 <= t.start < c1 and ctx.layer.quote_at(t.start) is None]
    subjects = [i for i in usable if ps.tokens[i].dep in ("nsubj", "nsubj:pass") and _fits(ctx, ps, i, word)]
    if word == "they" and len(subjects) > 1:
        subjects = [min(subjects)]  # the first, the main clause's: a nearer one is a plural between ("Residents say the soldiers left")
    if subjects or word != "they":
        return max(subjects, default=None)
    if any(ps.tokens[i].dep in ("nsubj", "nsubj:pass") and ps.tokens[i].tag in ("NNS", "NNPS", "NNP") for i in usable):
        return None  # a subject that may be the *they* itself, no plural object then: "Tesco sacked forty workers after they said"
    return max((i for i in usable if ps.tokens[i].tag in ("NNS", "NNPS") and _fits(ctx, ps, i, word)), default=None)


def _gender_ok(low: str, word: str) -> bool:
    """Whether lower-case noun ``low`` may be the *he* / *she* ``word`` stands for (no "widow" for *he*)."""
    if word == "he":
        return low not in _FEMALE and not low.endswith("woman")
    return low not in _MALE and not (low.endswith("man") and not low.endswith("woman"))


def _introduced(ps: Any, i: int) -> bool:
    """Whether token ``i`` comes with an indefinite article or a possessive: someone new ("a driver", "my landlady")."""
    return any(ps.tokens[c].text.lower() in ("a", "an", "my", "our", "his", "her", "their") for c in ps.children(i))


def _object_like(ps: Any, i: int) -> bool:
    """Whether token ``i`` is an object, or the noun of a *with* / *to* phrase."""
    t = ps.tokens[i]
    if t.dep in ("obj", "iobj"):
        return True
    return t.dep == "obl" and any(ps.tokens[c].dep == "case" and ps.tokens[c].text.lower() in ("with", "to") for c in ps.children(i))


def _newcomer(ctx: Context, syntax: Any, j: int, k: int, subj: int, pos: int, word: str) -> bool:
    """Whether someone *he* / *she* ``word`` may stand for is brought in between subject ``subj`` of sentence ``j`` and
    the pronoun at ``pos`` (sentence ``k``), as an object or a *with* / *to* phrase: "The officer stopped a driver near
    the bridge. He had been drinking. He claimed ...": the driver. The objects of the chain's own sentences do not count."""
    for jj in range(j, k + 1):
        q = syntax.sentence(jj)
        if jj > j and _root_subject(q) == word:
            continue
        for t in q.tokens:
            if t.tag == "NN" and (jj > j or t.i > subj) and t.end <= pos and _object_like(q, t.i) \
                    and (_fits(ctx, q, t.i, word) or ctx.roles.names_people(t.text) and _introduced(q, t.i)) \
                    and _gender_ok(t.text.lower(), word):
                return True
    return False


def _root_subject(ps: Any) -> str | None:
    """The lower-cased subject word of the sentence's main clause, ``None`` for a fragment without one."""
    root = ps.root()
    subj = ps._child(root, ("nsubj", "nsubj:pass", "expl")) if root is not None else None
    return ps.tokens[subj].text.lower() if subj is not None else None


def _chain_goes_on(ctx: Context, ps: Any, word: str) -> bool:
    """Whether sentence ``ps``, whose main subject is no one *he* / *she* ``word`` may stand for, carries the pronoun's
    chain on: a *he* / *his* (*she* / *her*) outside quotation marks, and a subject that is neither a name nor a word
    for people ("Dvořák displayed his gifts early. The first public performances of his works were in 1872, when he
    was aged 31. Seeking recognition, he submitted ...": Dvořák)."""
    subj = main_subject(ps)
    if word == "they":
        return _no_people(ctx, ps, subj)
    if subj is None or ps.tokens[subj].pos in ("PROPN", "PRON") or ctx.roles.names_people(ps.tokens[subj].text):
        return False
    if any(_people_word(ctx, t) for t in ps.tokens) or _people_between(ctx, None, ps.start, ps.end, ps):
        return False  # someone else comes in ("came from his father, a merchant, when he saw"; "was the violinist Ole Bull,
        # and he took"; "testimony from a Nissan executive, who said he": helper-75's second reading)
    same = ("he", "his", "him", "himself") if word == "he" else ("she", "her", "hers", "herself")
    return any(t.text.lower() in same and ctx.layer.quote_at(t.start) is None for t in ps.tokens)


def _no_people(ctx: Context, ps: Any, subj: int | None) -> bool:
    """Whether sentence ``ps`` between a *they* and its group brings in nobody a *they* may stand for: a main
    subject that is a common noun for no people, and no other word for people or proper-noun subject or object
    ("The scientists found ... Several scenarios were considered because of uncertainty ... They estimated":
    the scientists)."""
    if subj is None or ps.tokens[subj].pos != "NOUN" or ctx.roles.names_people(ps.tokens[subj].text) \
            or ps.tokens[subj].lemma.lower().split("-")[-1] in _RECORDS:
        return False  # (not "The e-mails were released on Tuesday. They show ...": records may be what speaks)
    return not any(_people_word(ctx, t) or t.pos == "PROPN" and t.dep in ("nsubj", "nsubj:pass", "obj", "iobj", "obl:agent")
                   or t.text.lower() in ("they", "them", "we", "us") for t in ps.tokens)


def _people_word(ctx: Context, t: Any) -> bool:
    """Whether token ``t`` is a common noun for people: a role, group or agent noun, a kinship or person word."""
    return t.pos == "NOUN" and (ctx.roles.names_people(t.text) or t.text.lower() in RELATIVES | _PERSON)


def _subject_before(ctx: Context, syntax: Any, k: int, a: Attribution, word: str) -> tuple[int, int, str | None] | None:
    """The mention that ``a``'s source pronoun ``word`` (in sentence ``k``) may stand for: in its own sentence
    (:func:`_own_subject`), else the main-clause subject of an earlier sentence. The search goes back past a
    fragment without a subject ("-- beautiful girls --") and, for *he* / *she*, past sentences whose subject is
    the same pronoun or the speaker's *I* / *we* / *you* ("There was a woman ... She was staggered ... we had
    clinched it ... she said"), for *they* past a *they* subject, at most ``_REACH`` sentences; any other subject ends it. With the mention's span
    comes the person a proper-noun subject names (:func:`person_name`), else ``None``."""
    pos = a.source_span[0]
    ps = syntax.sentence(k)
    if (subj := _own_subject(ctx, ps, word, pos, a.content_span)) is None:
        for j in range(k - 1, max(k - _REACH, 0) - 1, -1):
            ps = syntax.sentence(j)
            if (subj := _main_subject(ctx, ps, word)) is not None:
                break
            said = _root_subject(ps)
            if said is not None and (said != word if word == "they" else said not in (word, "i", "we", "you")) and not _chain_goes_on(ctx, ps, word):
                return None
        else:
            return None
        if ctx.layer.quote_at(ps.tokens[subj].start) is not None:
            return None
        if j < k - 1 and word != "they" and _newcomer(ctx, syntax, j, k, subj, pos, word):
            return None
    run, _ = mention_tokens(ps, subj)
    name = person_name(ctx, ps, subj, word) if word != "they" and (ps.tokens[subj].tag == "NNP" or _proper(ps.tokens[subj])) else None
    return ps.tokens[min(run)].start, ps.tokens[max(run)].end, name


def _people_between(ctx: Context, syntax: Any, lo: int, hi: int, one: Any = None) -> bool:
    """Whether someone else a *he* / *she* may stand for is named in ``text[lo:hi]``: a registered person, or a
    proper noun that is a subject or an object ("Snowman didn't think anything of Johnny Carson getting ...";
    not the place of "born in Oklahoma City"). ``one``: the parse of the one sentence to look in."""
    layer = ctx.layer
    for k in range(layer.sentence_index(lo), layer.sentence_index(max(hi - 1, lo)) + 1):
        ps = one if one is not None else syntax.sentence(k)
        for t in ps.tokens:
            if lo <= t.start and t.end <= hi and t.pos == "PROPN" and layer.quote_at(t.start) is None and (
                    t.dep in ("nsubj", "nsubj:pass", "obj", "iobj") or ctx.reg.resolve_name(t.text) is not None):
                return True
    return False


def previous_subject(ctx: Context, syntax: Any, found: list[Attribution]) -> list[Attribution]:
    """Resolve a pronoun left unresolved to the subject of the sentence before (see the module docstring)."""
    text, layer = ctx.layer.text, ctx.layer
    out = list(found)
    for i, a in enumerate(found):
        if a.speaker is not None or "unresolved" not in a.flags or a.source_span is None:
            continue
        word = text[slice(*a.source_span)].lower()
        word = _POSSESSIVE.get(word, word) if a.cue_class == "nominal" else word  # "his proposal": as "he" would be
        k = layer.sentence_index(a.source_span[0])
        if word not in ("they", "he", "she") or k < 0 or layer.quote_at(a.source_span[0]) is not None:
            continue
        if (found_subject := _subject_before(ctx, syntax, k, a, word)) is None:
            continue
        s, e, name = found_subject
        if name is not None:  # "Eugene A. Nida ... Nida was born in Oklahoma City. He became ...": named
            if not _people_between(ctx, syntax, e, a.source_span[0]):
                flags = ("pronoun",) + tuple(f for f in a.flags if f not in ("pronoun", "unresolved", "unnamed", "subject", "gender")) \
                    + ("previous_subject",)
                out[i] = replace(a, speaker=name, speaker_type=ctx.reg.resolve(name, s).speaker_type, flags=flags, antecedent_span=(s, e))
            continue
        between = (e, a.source_span[0])
        gap = _THEY_RE.sub("", text[e:a.source_span[0]])  # a *they* between continues the same group
        # (for *they*, a plural noun phrase only of people: "The authors say the results confirm ... They call for"; records
        # are no competitors: counting them lost one pronoun of the GUM held-out coreference measure and the GUM train case)
        if word == "they" and others_between(gap, 0, len(gap), names_people=ctx.roles.names_people) \
                or word != "they" and _names_between(text, *between):
            continue  # "The protesters were warned. Police said they ...": a nearer candidate
        res = ctx.reg.resolve(text[s:e], s)
        demonym = res.speaker is not None and " " not in res.speaker and res.speaker.endswith("s") \
            and (ctx.roles.is_country_word(res.speaker[:-1])  # "the Palestinians": a people, nobody named
                 or opening_noun(ctx, res.speaker, s, plural=True))  # "Magazines constantly change ...": no name
        if res.speaker is not None and not demonym:
            continue  # a name: the registry's and the salience rules' business
        flags = ("pronoun",) + tuple(f for f in a.flags if f not in ("pronoun", "unresolved", "unnamed", "subject", "gender")) \
            + ("unnamed", "previous_subject")
        out[i] = replace(a, speaker_type="unnamed" if demonym else res.speaker_type, flags=flags, antecedent_span=(s, e))
    return out


def _last_mention(ctx: Context, found: list[Attribution], speaker: str, pos: int) -> tuple[int, int] | None:
    """The last mention of ``speaker`` before ``pos``: an earlier source naming it, or its name outside quotes."""
    text = ctx.layer.text
    spans = [x.source_span for x in found if x.speaker == speaker and x.source_span and x.source_span[1] <= pos
             and text[slice(*x.source_span)].lower() not in _PERSONAL]
    for key in dict.fromkeys((speaker, surname_of(speaker))):
        for m in re.finditer(rf"(?<![\w-]){re.escape(key)}(?![\w-])", text[:pos]):
            if ctx.layer.quote_at(m.start()) is None:
                full = m.end() - len(speaker)
                spans.append((full, m.end()) if full >= 0 and text[full:m.end()] == speaker else m.span())
    return max(spans, default=None, key=lambda sp: (sp[1], sp[1] - sp[0]))


def named_antecedents(ctx: Context, found: list[Attribution]) -> list[Attribution]:
    """Point each pronoun source resolved to a named speaker at that speaker's last mention before it."""
    text = ctx.layer.text
    out = list(found)
    for i, a in enumerate(found):
        if a.speaker is None or a.antecedent_span is not None or a.source_span is None \
                or text[slice(*a.source_span)].lower() not in _PERSONAL:
            continue
        if (span := _last_mention(ctx, found, a.speaker, a.source_span[0])) is not None:
            out[i] = replace(a, antecedent_span=span)
    return out


def previous_source(ctx: Context, found: list[Attribution]) -> list[Attribution]:
    """A *he* / *she* the registry named from further back than the sentence before, when that sentence's source is an
    unnamed person and no other *he* / *she* is there: the pronoun continues that source, unnamed ("The Iraqis have
    rimmed the capital with an air-defense system, according to a U.S. official who spoke on the condition of anonymity.
    He declined to say if ...": not a John Dailey three sentences back). Centering: the previous utterance's subject
    ranks first (Grosz, Joshi and Weinstein 1995); but not when the named person opens the sentence before that (a
    topic unbroken but for the aside). Flags ``pronoun``, ``unnamed``, ``previous_source``. From a judged sample of
    unused FactBank text (sixteenth session)."""
    text, layer = ctx.layer.text, ctx.layer
    out = list(found)
    for i, a in enumerate(found):
        word = text[slice(*a.source_span)].lower() if a.source_span else ""
        k = layer.sentence_index(a.source_span[0]) if word in ("he", "she") and a.speaker and a.antecedent_span else -1
        if k < 1 or a.antecedent_span[1] > layer.sentence_starts[k - 1] or layer.quote_at(a.source_span[0]) is not None:
            continue  # named in this sentence or the one before
        if k >= 2 and re.match(rf"\W*(?:(?:[A-Z][\w.’'-]*|of)\s+){{0,6}}?(?:He|She|{re.escape(surname_of(a.speaker))})\b",
                               text[layer.sentences[k - 2].start:layer.sentences[k - 2].end]):
            continue  # the topic two sentences back ("James Baker arrived in Cairo. Egypt will send troops, a U.S. official said. He told")
        prev = layer.sentences[k - 1]
        others = [h for h in _HE_SHE_RE.finditer(text, prev.start, prev.end) if layer.quote_at(h.start()) is None]
        for b in found:
            if b.speaker is not None or not b.source_span or not prev.start <= b.source_span[0] < prev.end \
                    or layer.quote_at(b.source_span[0]) is not None:
                continue
            m = _ONE_PERSON_RE.fullmatch(text[slice(*b.source_span)])
            if m and not others and ctx.roles.names_people(m.group(1)) and _gender_ok(m.group(1).lower(), word):
                flags = ("pronoun",) + tuple(f for f in a.flags if f == "parse") + ("unnamed", "previous_source")
                out[i] = replace(a, speaker=None, speaker_type=b.speaker_type, flags=flags, antecedent_span=b.source_span,
                                 role=None, affiliation=None, speaker_evidence=b.speaker_evidence)
                break
    return out
