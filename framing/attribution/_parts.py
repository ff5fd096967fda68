"""Role, affiliation and type evidence of a source mention (internal to :mod:`framing.attribution`).

:func:`source_parts`: the role (title words: "Representative"), the affiliation (an apposition
or an *of*/*for* phrase: "Republican of South Carolina") and the words that decided the speaker
type (``speaker_evidence``) of a source mention, read off the parse where there is one and off
the text around the mention.
"""

from __future__ import annotations

import re
from typing import Any

from ..text.syntax import ParsedSentence
from ._mentions import Context
from ._people import load_people
from ._subject_firm import company_meant
from ._words import APPOSITION_RE, FIRM_NOUNS, FORMER, INSTITUTIONS, KIN_OF_RE, OUTLET_KIND_RE, PLACE_NOUNS, STATE_ABBR, UNABBREVIATED_STATES, WEEKDAY

__all__ = ["mention_tokens", "relative_antecedent", "source_parts", "in_body", "token_span", "without_lead"]

# the dependents of a source mention's head that belong to the mention
_KEEP_IN_MENTION = ("compound", "flat", "flat:name", "amod", "det", "nmod:poss", "nummod", "nmod", "case", "cc", "conj",
                    "det:poss", "nmod:unmarked", "fixed", "nmod:desc")


_WEEKDAY_RE = re.compile(WEEKDAY)


def token_span(ps: ParsedSentence, idx: list[int]) -> tuple[int, int]:
    """Article offsets from the first to the last of the tokens ``idx``."""
    return ps.tokens[min(idx)].start, ps.tokens[max(idx)].end


def mention_tokens(ps: ParsedSentence, head: int) -> tuple[list[int], int | None]:
    """The tokens of a source mention (no apposition, relative clause or trailing punctuation), and its apposition."""
    keep, todo, appos = {head}, [head], None
    group = ps.tokens[head].tag == "NNS"  # "Critics of Scientology": a group; its of-phrase names no speaker
    while todo:
        for c in ps.children(todo.pop()):
            dep = ps.tokens[c].dep
            if dep == "appos" and appos is None:
                appos = c
            elif group and dep == "nmod" and ps.tokens[c].head == head:
                continue
            elif dep in _KEEP_IN_MENTION or (dep == "punct" and ps.tokens[c].text in ".-") \
                    or dep == "obl" and ps.tokens[a := ps.tokens[c].head].dep == "amod" and ps.tokens[ps.tokens[a].head].tag == "NNS":
                # "people familiar with the matter", "officials close to the talks" (a group and how it knows)
                keep.add(c)
                todo.append(c)
    idx = sorted(keep)
    # a contiguous run around the head (a comma or a clause cuts the mention)
    lo = hi = idx.index(head)
    while lo > 0 and idx[lo - 1] == idx[lo] - 1:
        lo -= 1
    while hi + 1 < len(idx) and idx[hi + 1] == idx[hi] + 1:
        hi += 1
    run = idx[lo:hi + 1]
    if idx[-1] > run[-1] and ps.tokens[idx[-1]].dep == "conj" and ps.tokens[idx[-1]].lemma in FIRM_NOUNS and all(
            k in keep and ps.tokens[k].text[:1].islower() or ps.tokens[k].text == "," for k in range(run[-1] + 1, idx[-1] + 1)):
        run = list(range(run[0], idx[-1] + 1))  # "The giant foods, tobacco and brewing company": one firm's description
    kinds = [max(ps.subtree(c)) for c in ps.children(head) if ps.tokens[c].dep == "acl" and c == run[-1] + 2 and ps.tokens[c - 1].text == ","]
    if kinds and ps.tokens[kinds[0]].lemma in FIRM_NOUNS and ps.tokens[kinds[0]].dep == "obj" and all(
            ps.tokens[k].text[:1].islower() and ps.tokens[k].dep != "det" or ps.tokens[k].text == "," for k in range(run[-1] + 2, kinds[0] + 1)):
        run = list(range(run[0], kinds[0] + 1))  # the same read as a participle and its object: "The British paper,
        # packaging and publishing concern" (FactBank wsj_0127)
    # "Mayor Ann Lee" parsed as two subjects: one name; "al-Assad": the tokenizer's pieces of one word stay together
    inrun = lambda k: ps.tokens[k].pos == "PROPN" and (ps.tokens[k].head in run or ps.tokens[k].head == ps.tokens[head].head)  # noqa: E731
    glued = lambda a, b: ps.tokens[a].end == ps.tokens[b].start and all(  # noqa: E731
        ps.tokens[k].text[:1].isalnum() or ps.tokens[k].text == "-" for k in (a, b))
    while run[0] > 0 and (inrun(run[0] - 1) or glued(run[0] - 1, run[0])):
        run.insert(0, run[0] - 1)
    listed = lambda k: ps.tokens[k].dep == "list" and ps.tokens[k].head in run and ps.tokens[k].text[:1].isupper()  # noqa: E731
    while run[-1] + 1 < len(ps.tokens) and (inrun(run[-1] + 1) or glued(run[-1], run[-1] + 1) or listed(run[-1] + 1)):
        run.append(run[-1] + 1)  # (a capitalised word the parser listed after a name: "Jim Pattison Industries, a ...")
    while len(run) > 1 and (ps.tokens[run[-1]].dep in ("case", "cc", "punct", "det") or _WEEKDAY_RE.fullmatch(ps.tokens[run[-1]].text)):
        run.pop()  # not "Friday" of "The World Court Friday rejected"
    while len(run) > 1 and ps.tokens[run[0]].dep in ("case", "cc", "punct", "fixed"):  # (the "to" of "according to")
        run.pop(0)
    return run + _place_firm(ps, run[-1] + 1), appos


def relative_antecedent(ps: ParsedSentence, s: int) -> int | None:
    """The noun right before relative pronoun ``s`` (past punctuation, to the head of its name): whom "who" or "which"
    stands for ("Ann Lee, who said ...", "Acme Corp., which has 45 banks, announced a plan"), else ``None``."""
    j = s - 1
    while j > 0 and ps.tokens[j].pos == "PUNCT":
        j -= 1
    while ps.tokens[j].dep in ("flat", "flat:name", "compound") and ps.tokens[j].head != j:
        j = ps.tokens[j].head
    toks = ps.tokens  # "who" stands for a person: "people familiar with the matter, who asked not to be identified" (the
    # people, not the matter: a noun after a preposition of an adjective or participle on a plural or personal noun)
    if toks[s].text.lower() in ("who", "whom") and toks[j].pos == "NOUN" and toks[j].dep in ("obl", "nmod") \
            and (a := toks[j].head) != j and toks[a].pos in ("ADJ", "VERB") and toks[a].dep in ("amod", "acl") \
            and (n := toks[a].head) != a and toks[n].pos in ("NOUN", "PROPN") and (toks[n].tag in ("NNS", "NNPS") or toks[n].pos == "PROPN"):
        j = n
    return j if ps.tokens[j].pos in ("PROPN", "NOUN", "PRON") else None


def _place_firm(ps: ParsedSentence, j: int) -> list[int]:
    """The rest of a newswire description a place and its state open ("The Portland, Ore., thrift", "The Rockford,
    Ill., maker of fasteners"): the parser makes the place the subject and the description its apposition."""
    toks = ps.tokens
    if not (j + 3 < len(toks) and toks[j].text == "," and toks[j + 2].text == "," and toks[j + 1].text[:1].isupper()
            and (toks[j + 1].text.endswith(".") and len(toks[j + 1].text) <= 6 or toks[j + 1].text in UNABBREVIATED_STATES)):
        return []
    k = j + 3
    while k < len(toks) and (toks[k].text[:1].islower() and toks[k].pos in ("NOUN", "ADJ", "ADP", "CCONJ") or toks[k].text == "&"):
        k += 1
    while k > j + 3 and toks[k - 1].pos != "NOUN":
        k -= 1  # "maker" of "maker of Western boots": the description ends at its last lower-case noun
    return list(range(j, k)) if k > j + 3 else []


_RELATIVE_RE = re.compile(r",?\s+(?:who|whom|whose|which|that|where)\s")


def source_parts(ctx: Context, ps: ParsedSentence | None, head: int | None, span: tuple[int, int] | None,
                 speaker: str | None, *, content: tuple[int, int] | None = None) -> tuple[str | None, str | None, str | None]:
    """(role, affiliation, speaker_evidence) of a source mention.

    ``role``: the title words of the mention outside the name ("Representative", "police chief");
    ``affiliation``: its apposition without the role words, or an *of*/*for* phrase in it;
    ``speaker_evidence``: the role and organisation words (of ``roles.csv``) that decided the type.
    An apposition found by pattern inside ``content`` is the content's ("According to the Herald,
    Professor John Burrows said ...": Burrows is no apposition of the Herald).
    """
    if span is None:
        return None, None, None
    text = ctx.layer.text
    words = text[span[0]:span[1]]
    if speaker in ctx.joint:  # "President George Bush and Secretary of State James Baker": each has his own role
        return None, None, "; ".join(dict.fromkeys(words[s:e] for s, e, r in ctx.roles.find(words) if r.kind in ("title", "org"))) or None
    appos_text = None
    if ps is not None and head is not None:
        _, appos = mention_tokens(ps, head)
        if appos is not None:
            a0, a1 = ps.subtree_span(appos)
            appos_text = text[a0:a1].strip(" ,")
            if speaker and (speaker in appos_text or appos_text in speaker) or content is not None and a0 < content[1] and a1 > content[0]:
                appos_text = None  # "Crown Prince [Mohammed bin Salman]" parsed as an apposition: the name; or the content's
    am = APPOSITION_RE.match(text, span[1], span[1] + 160)
    if am is not None and content is not None and am.start(1) < content[1] and am.end(1) > content[0]:
        am = None  # the apposition runs into the content ("Oshkosh Truck Corp., Oshkosh, Wis., estimated earnings fell")
    if appos_text is None and am is not None and (ctx.roles.find(am.group(1)) or am.group(1)[:1].isupper()) and not _predicate_at(ps, am.start(1)):
        appos_text = am.group(1)
    if appos_text and (re.fullmatch(rf"(?:[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){{0,2}},\s+)?{STATE_ABBR}", appos_text)
                       or re.fullmatch(rf"(?:the|a)\s+(?:[\w’'-]+\s+){{0,3}}{PLACE_NOUNS}", appos_text, re.I)
                       or re.match(rf"\s*,\s*{re.escape(appos_text)},\s+{STATE_ABBR},", text[span[1]:])):
        # a state after a city ("The Portland, Ore., thrift"; "Oshkosh Truck Corp., Oshkosh, Wis., said"), a place's
        appos_text = None  # apposition ("sources in Riyadh, the Saudi capital"): where, not for whom
    if appos_text and (appos_text.rstrip(".") in _NAME_SUFFIXES or re.fullmatch(r"\([A-Z]{2,6}\)|\d{1,3}", appos_text)):
        appos_text = None  # "Thomas J. Watson, Jr., said", "Acme Holdings, Inc., said": the name's own suffix; "Lee, 45,": an age
    if appos_text:  # a relative clause describes what the speaker does, no role or organisation ("a Democratic political
        appos_text = _RELATIVE_RE.split(appos_text, 1)[0]  # consultant who is not working for anyone in this year's campaign")
    if appos_text and (appos_text.lower().startswith(("quoting ", "citing ")) or KIN_OF_RE.match(appos_text)):
        appos_text = None  # "The newspaper, quoting “secret reports,” said": another source (_quoting), no apposition;
        # "John Smith, a friend of the president,": the president's title, not his
    elif appos_text and am is not None and am.group(1).startswith((appos_text + " ", appos_text + ",")) and ctx.roles.find(am.group(1)):
        appos_text = am.group(1)  # the parse cut the apposition short ("forensics" of "forensics sciences professor at ...")
    rows = ctx.roles.find(words)  # where the speaking organisation's name is in the mention ("KCNA": Korean Central News Agency)
    at, end = next(((s, e) for s, e, r in rows if r.kind == "org" and r.named and r.canonical == speaker), (-1, -1))
    if at < 0 and speaker and any(w in INSTITUTIONS for w in speaker.split()) and (at := words.find(speaker)) >= 0:
        end = at + len(speaker)
    # "The official Iraqi News Agency": a title word right before an institution's name is an adjective
    adjective = {s for s, e, _ in rows if at > 0 and e <= at and not OUTLET_KIND_RE.sub("", words[e:at]).strip()}
    # (and a title or country word inside the organisation's own name is no evidence: "US" of "US National Hurricane Center")
    adjective |= {s for s, e, r in rows if at >= 0 and at <= s and e <= end and r.kind != "org"}
    ev = [words[s:e] for s, e, _ in ctx.roles.find(words) if s not in adjective]
    if appos_text:
        ev += [appos_text[s:e] for s, e, _ in ctx.roles.find(appos_text)]
    evidence = "; ".join(dict.fromkeys(ev)) or None
    name_words = set((speaker or "").split())
    # a word is a role word when a title row covers it: one word ("Representative") or several
    # ("Secretary of State", "Crown Prince"), whose words alone are no title
    covered = {k for s0, e0, r in ctx.roles.find(words) if r.kind == "title" for k in range(s0, e0)}
    boss = _after_politician(head := re.split(r"\s+to\s+", words)[0], name_words)  # not the principal's words after "to"
    titles = [m.group() for m in re.finditer(r"[^\s,]+", head) if m.group() not in name_words and m.group()[:1].isalpha()
              and m.start() not in adjective and m.start() >= boss
              and (m.start() in covered or ((f := ctx.roles.find(m.group().strip(",."))) and f[0][2].kind == "title"))]
    if titles and (fm := re.search(rf"\b({FORMER})\s*(?:[\w’'.-]+\s+)?{re.escape(titles[0])}", words)) is not None:
        titles.insert(0, fm.group(1))  # "Former prime minister": the role says out of office
    role = " ".join(titles) or None
    affiliation = None
    if appos_text:
        m = re.match(r"(?:(?:a|an|the)\s+)?((?:[\w.’'-]+\s+){0,3}?[\w.’'-]+)\s+(?:of|for|at|with|to)\s+(.+)$", appos_text)
        ws = m.group(1).split() if m else []
        cut = next((k for k, w in enumerate(ws) if k and w.lower() == "not"), None)
        if m and cut is not None and ctx.roles.find(" ".join(ws[:cut])):
            role = role or " ".join(ws[:cut])  # "a media consultant not working for any candidate": no affiliation
        elif m and ctx.roles.find(m.group(1)):
            role = role or m.group(1)
            affiliation = m.group(2)
        elif not role and ((f := ctx.roles.find(appos_text)) and len(appos_text.split()) <= 3
                           or f and f[-1][1] == len(appos_text) and f[-1][2].kind == "title" and len(appos_text.split()) <= 5):
            # "a Democratic political consultant": a title row ending the apposition makes it the role
            role = re.sub(r"^(?:a|an|the)\s+", "", appos_text)
        else:
            affiliation = appos_text
    elif (m := re.search(r"\b(?:of|for|to)\s+(?:the\s+)?([A-Z][^,;]*)$", words)) is not None \
            and (speaker is None and role and m.start() not in covered or speaker is not None and speaker not in m.group(1) and m.group(1) not in speaker):
        affiliation = m.group(1)  # (an unnamed one too: "A spokeswoman for Crum & Forster", as the annotation guidelines have it)
        if speaker is None:
            affiliation = re.split(r"\s+at\s+", affiliation)[-1]  # "A professor of Economics at Harvard": Harvard
    elif speaker is None and role and (firm := _firm_before(ctx, words, span[0])) is not None:
        affiliation = firm  # "an Upjohn spokesman": unnamed, for the company (annotation guidelines)
    return role, affiliation, evidence


def _after_politician(words: str, name_words: set[str]) -> int:
    """Where the words after a politician ``people.csv`` knows begin in a mention, 0 without one: the title words
    before the politician are the politician's ("President Obama adviser David Axelrod" is an adviser, not a
    "President adviser"; thirty-fourth session)."""
    return max((m.end() for m in re.finditer(r"[A-Z][\w-]+", words) if m.group() not in name_words
                and load_people().lookup(m.group()) is not None), default=0)


# a name's own suffix after a comma ("Thomas J. Watson, Jr., said", "Acme Holdings, Inc., said"), no apposition; nor is an
# acronym in brackets ("Immigration and Customs Enforcement (ICE) official Robert Cerna" had the affiliation "(ICE)")
_NAME_SUFFIXES = frozenset(("Jr", "Sr", "Inc", "Co", "Ltd", "Plc", "PLC", "Corp", "II", "III", "IV"))


def _predicate_at(ps: ParsedSentence | None, at: int) -> bool:
    """Whether the word at ``at`` is a verb the parse has there, a predicate between commas, not an apposition's first
    word ("Nayib Bukele, appeared to mock the U.S. court ruling in a social media post, responding ...": the bundled
    corpus had it as his affiliation, thirty-third session)."""
    tok = next((t for t in ps.tokens if t.start == at), None) if ps is not None else None
    return tok is not None and tok.pos in ("VERB", "AUX") and tok.tag not in ("VBG", "VBN")


def _firm_before(ctx: Context, words: str, at: int) -> str | None:
    """The company (full name) whose short name comes right after the article of an unnamed mention at ``at`` ("an Upjohn
    spokesman", "a Sun Microsystems Inc. spokeswoman"), or that "a company spokesman" speaks for (the company of the
    sentences before, as "the company" would be)."""
    if re.match(r"(?:an?|one)\s+company\s+\w", words, re.I):
        return company_meant(ctx.reg, at)  # "a company spokesman": the company of the sentences before
    m = re.match(r"(?:an?|the|one)\s+((?:[A-Z][\w.&’'-]*\s+){1,4})", words, re.I)
    if m is None:
        return None
    run = m.group(1).split()
    for k in range(len(run), 0, -1):
        if (firm := ctx.reg.companies.get(" ".join(run[:k]))) is not None:
            return firm
    return None


def in_body(layer: Any, pos: int) -> bool:
    """Whether ``pos`` lies in a body line (not a headline, where every word is capitalised)."""
    return any(b.start <= pos < b.end and b.role == "body" for b in layer.blocks)


def without_lead(ps: Any, idx: list[int]) -> list[int]:
    """Clause tokens ``idx`` (sorted) without the commas and the *that* / *whether* / *if* marker that open them."""
    toks = ps.tokens
    while len(idx) > 1 and (toks[idx[0]].dep == "mark" and toks[idx[0]].text.lower() in ("that", "whether", "if")
                            or toks[idx[0]].pos == "PUNCT" and toks[idx[0]].text in ",;"):
        idx = idx[1:]
    return idx
