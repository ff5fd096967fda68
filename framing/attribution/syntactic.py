"""Attribution read off the dependency parse (rule 6 of :mod:`framing.attribution.find`).

The pattern rules of :mod:`framing.attribution.rules` find a reporting verb by its form; here
the parse of :class:`~framing.text.syntax.Syntax` decides:

* :func:`is_verb_cue`: a form of the lexicon is a cue only where the parser tags it a verb
  (UPOS ``VERB`` or ``AUX``): "states", "show", "answer" as nouns are not cues.
* :func:`parsed_speech`: a verb of the lexicon (its lemma, or lemma and particle: *point out*,
  *call for*) outside quotation marks, with a **source**: its subject (``nsubj``), the by-agent
  of a passive (a passive without one has no source and is skipped), the subject of the first
  conjunct for a conjoined predicate ("questioned ...; blamed ...; and said he would ..."), the
  noun a relative clause hangs on ("Lee, who said ..."), the subject of the main verb for a
  participle ("..., saying that ..."); and a **content**: its clausal complement (``ccomp``,
  ``xcomp`` with the object before it: "urged governments to act"), the clause a parenthetical
  cue interrupts or ends ("X, he said, Y", "..., X said." are ``parataxis``), or, for evaluation,
  request and intention verbs and *announce*-like statements, the object with its ``as`` / ``of``
  / ``for`` phrase ("described the deal as a fraud", "accused him of lying", "denied the
  allegations"). A leading *that* is left out of the content.
* :func:`object_only`: a pattern rule's reported speech that the parse reads as a statement
  verb's bare object ("wrote a book published in 2010") is dropped.
* :func:`source_parts`: the role (title words: "Representative"), the affiliation (an
  apposition or an *of*/*for* phrase: "Republican of South Carolina") and the words that
  decided the speaker type (``speaker_evidence``) of a source mention.

Cues that are not verbs and names from the parse: :mod:`framing.attribution.predicates`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from ..text.syntax import ParsedSentence
from ._mentions import Context, resolve_source
from ._words import APPOSITION_RE
from .types import Attribution

__all__ = ["is_verb_cue", "parsed_speech", "source_parts", "object_only", "mention_tokens", "token_span", "trim_span",
           "FINITE", "parsed_tokens"]

# an object is the content of evaluation, request and intention verbs, and of these statements
# (not of "told reporters", "said nothing", "wrote a book", "conceded a penalty")
_OBJECT_STATEMENTS = frozenset("announce confirm deny reveal disclose admit acknowledge predict estimate point out note cite"
                               .split())
_OBJECT_CLASSES = ("evaluation", "request", "intention")
# request verbs whose object may be the addressee: a person object without a clause after it is
# whom they asked, not what ("asked the legal counsel"; but "ask taxes from religious schools")
_ADDRESSEE_OBJECT = frozenset("ask tell urge advise instruct order encourage persuade invite beg warn implore".split())
# verbs whose object is only the topic: the content is the predicate after it ("described X as Y", "called X a Y")
_NEEDS_PREDICATE = frozenset("call describe dub label brand characterize rate consider".split())
_KEEP_IN_MENTION = ("compound", "flat", "flat:name", "amod", "det", "nmod:poss", "nummod", "nmod", "case", "cc", "conj",
                    "det:poss", "nmod:unmarked", "fixed", "nmod:desc")
_QUOTE_CHARS = "“”\"‘’'"
FINITE = frozenset(("VBD", "VBZ", "VBP", "MD"))
# generic subjects: "you want to ...", "one expects ..." report nobody's inner state
_GENERIC = frozenset(("you", "one", "anyone", "everyone", "everybody", "someone", "somebody", "nobody", "no one"))


_NOMINAL_DEPS = ("nsubj", "nsubj:pass", "obj", "iobj", "obl", "nmod", "nmod:poss", "compound", "flat", "appos", "amod",
                 "det", "case", "fixed", "obl:npmod", "obl:tmod", "nmod:npmod", "nmod:tmod")


def is_verb_cue(syntax: Any, offset: int, parsed: set[int] | frozenset[int]) -> bool:
    """``False`` when the parser reads the word at ``offset`` as a noun or adjective in a nominal function.

    ("the United States", "the show", "his answer"). A word the parser tags as a noun but attaches
    as a clause ("..., writing: ...", "..., Reuters reports.") stays a cue.
    """
    if syntax.layer.sentence_index(offset) not in parsed:
        return True  # not parsed (a sentence too long to parse): the pattern rules decide
    tok = syntax.token_at(offset)
    text = syntax.layer.text
    sent = syntax.layer.sentences[syntax.layer.sentence_index(offset)]
    prev = syntax.token_at(tok.start - 2) if tok is not None and tok.start - 2 >= sent.start else None
    if tok is not None and tok.pos == "PROPN" and tok.text[:1].isupper() and prev is not None and prev.text[:1].isupper() \
            and prev.end == tok.start - 1:
        return False  # "the United States": the last word of a proper name
    if tok is None or tok.pos in ("VERB", "AUX") or tok.dep not in _NOMINAL_DEPS:
        return True
    after = text[tok.end:tok.end + 3].lstrip(" ”’\"')")
    # a cue closing its sentence (", the BBC reports.") or opening a quotation ("Writing: ...") is read as one
    if after[:1] == ":" or not text[sent.start:tok.start].strip():
        return True
    before = text[max(sent.start, tok.start - 60):tok.start].split(",")
    return (not after or after[0] in ".!?") and len(before) > 1 and len(before[-1].split()) <= 4


def object_only(ctx: Context, syntax: Any, parsed: frozenset[int], a: Attribution) -> bool:
    """``True`` when a pattern rule's reported speech is only the object of a statement verb in the parse.

    "She wrote a book published in 2010", "he told reporters who asked": the words after the
    cue are its object (a thing written, an addressee), with no clause of their own (a finite
    verb outside a relative clause); *announce*-like verbs, whose object is what is said, keep it.
    """
    if a.kind != "indirect" or a.cue_span is None or syntax.layer.sentence_index(a.cue_span[0]) not in parsed:
        return False
    tok = syntax.token_at(a.cue_span[0])
    lemma = ctx.verbs.lemma_of(tok.lemma, tok.text) if tok is not None else None
    if tok is None or tok.pos != "VERB" or lemma is None or ctx.verbs.classes.get(lemma) != "statement" \
            or lemma in _OBJECT_STATEMENTS:
        return False
    ps = syntax.sentence(syntax.layer.sentence_index(a.cue_span[0]))
    kids = ps.children(tok.i)
    if any(ps.tokens[c].dep in ("ccomp", "xcomp", "parataxis") for c in kids):
        return False
    obj = next((c for c in kids if ps.tokens[c].dep in ("obj", "iobj") and ps.subtree_span(c)[0] == a.content_span[0]), None)
    if obj is None:
        return False
    # any finite verb or modal in the content outside a relative clause makes it a clause, however parsed
    relcl = {i for c in range(len(ps.tokens)) if ps.tokens[c].dep == "acl:relcl" for i in ps.subtree(c)}
    return not any(ps.tokens[i].tag in FINITE for i in range(len(ps.tokens)) if i not in relcl
                   and a.content_span[0] <= ps.tokens[i].start < a.content_span[1])


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
            elif dep in _KEEP_IN_MENTION or (dep == "punct" and ps.tokens[c].text in ".-"):
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
    # "Mayor Ann Lee" parsed as two subjects: one name; "al-Assad": the tokenizer's pieces of one word stay together
    inrun = lambda k: ps.tokens[k].pos == "PROPN" and (ps.tokens[k].head in run or ps.tokens[k].head == ps.tokens[head].head)  # noqa: E731
    glued = lambda a, b: ps.tokens[a].end == ps.tokens[b].start and all(  # noqa: E731
        ps.tokens[k].text[:1].isalnum() or ps.tokens[k].text == "-" for k in (a, b))
    while run[0] > 0 and (inrun(run[0] - 1) or glued(run[0] - 1, run[0])):
        run.insert(0, run[0] - 1)
    while run[-1] + 1 < len(ps.tokens) and (inrun(run[-1] + 1) or glued(run[-1], run[-1] + 1)):
        run.append(run[-1] + 1)
    while len(run) > 1 and ps.tokens[run[-1]].dep in ("case", "cc", "punct", "det"):
        run.pop()
    while len(run) > 1 and ps.tokens[run[0]].dep in ("case", "cc", "punct"):
        run.pop(0)
    return run, appos


def _source(ps: ParsedSentence, v: int) -> int | None:
    """The source token of predicate ``v`` (see the module docstring), or ``None``."""
    t = ps.tokens[v]
    s = ps.subject(v, logical=True)
    subjects = [c for c in ps.children(v) if ps.tokens[c].dep == "nsubj" and c < v]
    if len(subjects) >= 2:  # "The budget, Mayor Ann Lee said, would ...": the subject next to the cue speaks
        s = subjects[-1]
    if s is not None and ps.tokens[s].dep in ("nsubj:pass", "csubj:pass", "csubj"):
        return None  # "is believed to ...": a passive without its by-agent names no source
    if s is not None and ps.tokens[s].text.lower() in ("who", "which", "that") and s > 0:
        j = s - 1  # "Ann Lee, who said ...": the noun right before the relative pronoun
        while j > 0 and ps.tokens[j].pos == "PUNCT":
            j -= 1
        while ps.tokens[j].dep in ("flat", "flat:name", "compound") and ps.tokens[j].head != j:
            j = ps.tokens[j].head
        s = j if ps.tokens[j].pos in ("PROPN", "NOUN", "PRON") else None
    if s is None and t.dep in ("advcl", "xcomp") and t.head != v and t.text.lower().endswith("ing"):
        s = ps.subject(t.head, logical=True)  # "..., saying that ...": the main verb's subject
    if s is None and t.dep in ("acl:relcl", "parataxis", "root", "conj"):
        # ", said Mauer" parsed with Mauer as the object: the name right after a statement cue speaks
        nxt = v + 1
        if nxt < len(ps.tokens) and ps.tokens[nxt].pos == "PROPN" and ps.tokens[nxt].dep in ("obj", "iobj", "nsubj"):
            s = nxt
    if s is not None and ps.tokens[s].tag in ("WP", "WDT", "EX"):
        return None
    return s


def _marked(ps: ParsedSentence, c: int, marks: tuple[str, ...]) -> bool:
    return any(ps.tokens[g].dep == "mark" and ps.tokens[g].text.lower() in marks for g in ps.children(c))


def _in_body(layer: Any, pos: int) -> bool:
    """Whether ``pos`` lies in a body line (not a headline, where every word is capitalised)."""
    return any(b.start <= pos < b.end and b.role == "body" for b in layer.blocks)


def _content(ps: ParsedSentence, v: int, lemma: str, cue_class: str, roles: Any = None) -> tuple[int, int] | None:
    """The content span of cue ``v`` (see the module docstring), or ``None``."""
    toks = ps.tokens
    kids = ps.children(v)
    comp = next((c for c in kids if toks[c].dep in ("ccomp", "xcomp")
                 or toks[c].dep == "advcl" and _marked(ps, c, ("that",))  # "estimated that by 2050 ..."
                 or toks[c].dep == "advcl" and cue_class in ("request", "intention") and _marked(ps, c, ("to",))), None)
    obj = next((c for c in kids if toks[c].dep in ("obj", "iobj")), None)
    if obj is None and comp is not None and cue_class == "request":  # "asks the government to ..."
        obj = next((c for c in kids if toks[c].dep == "obl" and c < comp and c > v), None)
    if comp is not None and toks[comp].dep == "xcomp" and not (obj is not None and obj < comp) \
            and not _marked(ps, comp, ("to",)) and (toks[comp].tag in ("VBG", "VBN", "") or toks[comp].pos != "VERB"):
        comp = None  # "tweeted, using his account": a participle, not what was said
    if comp is not None and obj is not None and obj < comp and toks[comp].dep == "xcomp" and toks[comp].pos != "VERB" \
            and lemma not in _NEEDS_PREDICATE:
        comp = None  # "offered products new and old"
    if comp is not None and cue_class == "evaluation" and obj is not None and obj < comp and toks[comp].dep == "ccomp":
        comp = None  # "defended the record, ...": the object is what is judged
    subj_pass = next((c for c in kids if toks[c].dep == "nsubj:pass"), None)
    if comp is None and subj_pass is not None and cue_class == "evaluation" and ps.agent(v) is not None:
        return token_span(ps, ps.subtree(subj_pass))  # "The plan was criticized by Senator Tom Reyes"
    if comp is not None:
        idx = ps.subtree(comp)
        if toks[comp].dep != "ccomp" and obj is not None and obj < comp:
            idx = ps.subtree(obj) + idx  # "urged governments to act"
        while idx and toks[idx[0]].dep == "mark" and toks[idx[0]].text.lower() in ("that", "whether", "if") and len(idx) > 1:
            idx = idx[1:]
        return token_span(ps, idx)
    if obj is not None and cue_class in ("statement", "belief", "nominal"):
        # "found only a quarter of citizens favoured ...", "found reduction of crop yields exceeded ...": a bare
        # complement clause the parser split into an object and a finite verb (acl of the object, advcl of the cue)
        fin = next((c for c in ps.children(obj) + [k for k in kids if k > obj] if toks[c].dep in ("acl", "advcl")
                    and toks[c].tag in FINITE and not any(toks[g].dep == "mark" for g in ps.children(c))), None)
        if fin is not None:
            return token_span(ps, sorted(set(ps.subtree(obj)) | set(ps.subtree(fin))))
    para = next((c for c in kids if toks[c].dep == "parataxis" and c > v), None)
    if para is not None and cue_class in ("statement", "belief"):
        return token_span(ps, ps.subtree(para))
    if toks[v].dep == "parataxis" and toks[v].head != v and cue_class in ("statement", "belief"):
        head = toks[v].head
        own = set(ps.subtree(v))
        rest = [i for i in ps.subtree(head) if i not in own]
        before = [i for i in rest if i < min(own)]
        after = [i for i in rest if i > max(own)]
        side = before if before else after
        side = [i for i in side if toks[i].pos != "PUNCT" or toks[i].text in _QUOTE_CHARS]
        return token_span(ps, side) if side else None
    if obj is not None and (cue_class in _OBJECT_CLASSES or lemma in _OBJECT_STATEMENTS):
        person = toks[obj].pos in ("PROPN", "PRON") or roles is not None and (
            roles.is_title_word(toks[obj].text) or toks[obj].text.lower() in roles.group_words)
        if lemma in _ADDRESSEE_OBJECT and person and not any(toks[c].dep in ("xcomp", "ccomp", "advcl") for c in kids):
            return None  # "had asked the legal counsel": the object is whom they asked, nothing asked for
        idx = ps.subtree(obj)
        extra = [c for c in kids if c > obj and (toks[c].dep in ("xcomp", "obl", "advcl") and any(
            toks[g].text.lower() in ("as", "of", "for") and toks[g].dep in ("case", "mark") for g in ps.children(c))
            or toks[c].dep == "xcomp")]
        if lemma in _NEEDS_PREDICATE and not extra:
            return None  # "called the office": no "as ..." or predicate, nothing said
        for c in extra:  # "described the deal as a fraud", "accused him of lying", "called it a disgrace"
            idx = idx + ps.subtree(c)
        return token_span(ps, idx)
    if cue_class in ("request", "intention", "evaluation"):
        obl = next((c for c in kids if toks[c].dep == "obl" and any(
            toks[g].text.lower() in ("for", "of", "against") and toks[g].dep == "case" for g in ps.children(c))), None)
        if obl is not None:  # "called for a ceasefire"
            idx = [i for i in ps.subtree(obl) if not (toks[i].dep == "case" and toks[i].head == obl and i == ps.subtree(obl)[0])]
            return token_span(ps, idx) if idx else None
    return None


def trim_span(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """``span`` without the spaces and the punctuation (.,;: and a leading comma) at its ends."""
    s, e = span
    while e > s and (text[e - 1].isspace() or text[e - 1] in ".,;:"):
        e -= 1
    while s < e and (text[s].isspace() or text[s] in ",;:"):
        s += 1
    return s, e


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
    appos_text = None
    if ps is not None and head is not None:
        _, appos = mention_tokens(ps, head)
        if appos is not None:
            a0, a1 = ps.subtree_span(appos)
            appos_text = text[a0:a1].strip(" ,")
            if speaker and speaker in appos_text or content is not None and a0 < content[1] and a1 > content[0]:
                appos_text = None  # "Crown Prince [Mohammed bin Salman]" parsed as an apposition: the name; or the content's
    am = APPOSITION_RE.match(text, span[1], span[1] + 160)
    if am is not None and content is not None and content[0] <= am.start(1) < content[1]:
        am = None
    if appos_text is None and am is not None and (ctx.roles.find(am.group(1)) or am.group(1)[:1].isupper()):
        appos_text = am.group(1)
    elif appos_text and am is not None and am.group(1).startswith(appos_text + " ") and ctx.roles.find(am.group(1)):
        appos_text = am.group(1)  # the parse cut the apposition short ("forensics" of "forensics sciences professor at ...")
    ev = [words[s:e] for s, e, _ in ctx.roles.find(words)]
    if appos_text:
        ev += [appos_text[s:e] for s, e, _ in ctx.roles.find(appos_text)]
    evidence = "; ".join(dict.fromkeys(ev)) or None
    name_words = set((speaker or "").split())
    # a word is a role word when a title row covers it: one word ("Representative") or several
    # ("Secretary of State", "Crown Prince"), whose words alone are no title
    covered = {k for s0, e0, r in ctx.roles.find(words) if r.kind == "title" for k in range(s0, e0)}
    titles = [m.group() for m in re.finditer(r"[^\s,]+", words) if m.group() not in name_words and m.group()[:1].isalpha()
              and (m.start() in covered or ((f := ctx.roles.find(m.group().strip(",."))) and f[0][2].kind == "title"))]
    role = " ".join(titles) or None
    affiliation = None
    if appos_text:
        m = re.match(r"(?:(?:a|an|the)\s+)?((?:[\w.-]+\s+){0,3}?[\w.-]+)\s+(?:of|for|at|with)\s+(.+)$", appos_text)
        if m and ctx.roles.find(m.group(1)):
            role = role or m.group(1)
            affiliation = m.group(2)
        elif ctx.roles.find(appos_text) and len(appos_text.split()) <= 3 and not role:
            role = re.sub(r"^(?:a|an|the)\s+", "", appos_text)
        else:
            affiliation = appos_text
    elif (m := re.search(r"\b(?:of|for)\s+(?:the\s+)?([A-Z][^,;]*)$", words)) is not None and speaker is not None \
            and speaker not in m.group(1) and m.group(1) not in speaker:
        affiliation = m.group(1)
    return role, affiliation, evidence


def parsed_tokens(ctx: Context, syntax: Any, indices: list[int]) -> Iterator[tuple[ParsedSentence, Any]]:
    """(sentence parse, token) for every token outside quotation marks of the sentences ``indices``."""
    for k in indices:
        ps = syntax.sentence(k)
        for t in ps.tokens:
            if ctx.layer.quote_at(t.start) is None:
                yield ps, t


def parsed_speech(ctx: Context, syntax: Any, indices: list[int]) -> list[Attribution]:
    """Reported speech, beliefs, intentions, requests and evaluations read off the parse of sentences ``indices``."""
    text = ctx.layer.text
    out: list[Attribution] = []
    for ps, t in parsed_tokens(ctx, syntax, indices):
        if t.pos != "VERB" or t.start > 0 and text[t.start - 1] in "-‐‑":
            continue
        prt = next((c for c in ps.children(t.i) if ps.tokens[c].dep == "compound:prt"), None)
        if prt is None and t.i + 1 < len(ps.tokens) and ctx.verbs.lemma_of(f"{t.lemma} {ps.tokens[t.i + 1].text}", ""):
            prt = t.i + 1  # "called for", "pointed to": a verb and preposition the lexicon lists
        lemma = ctx.verbs.lemma_of(f"{t.lemma} {ps.tokens[prt].text}", "") if prt is not None else None
        cue_end = ps.tokens[prt].end if lemma and prt == t.i + 1 else t.end
        lemma = lemma or ctx.verbs.lemma_of(t.lemma, t.text)
        if lemma is None:
            continue
        cue_class = ctx.verbs.classes.get(lemma, "statement")
        if lemma == "tell" and any(ps.tokens[c].dep == "xcomp" and _marked(ps, c, ("to",)) for c in ps.children(t.i)):
            cue_class = "request"  # "told her to disconnect": an order, not a statement
        src = _source(ps, t.i)
        content = _content(ps, t.i, lemma, cue_class, ctx.roles)
        if content is None:
            continue
        if src is None:  # "she was told to disconnect", "people were encouraged to submit": a request, no one named
            if cue_class == "request" and ps.agent(t.i) is None and ps._child(t.i, ("nsubj:pass",)) is not None:
                cue = text[t.start:cue_end]
                out.append(Attribution("indirect", None, "unnamed", None, cue, (t.start, cue_end), trim_span(text, content),
                                       ctx.verbs.forms.get(cue.lower(), (lemma, "directive"))[1],
                                       ("unsourced", "passive", "parse"), cue_class))
            continue
        content = trim_span(text, content)
        lead = content[0]
        while lead < content[1] and text[lead] in _QUOTE_CHARS:
            lead += 1
        if content[1] <= content[0] or ctx.layer.quote_at(lead) is not None:
            continue  # the content opens a quotation: the direct-quote rules own it
        if content[0] <= ps.tokens[src].start < content[1]:
            continue  # the source inside its own content: a mis-parse
        run, appos = mention_tokens(ps, src)
        span = token_span(ps, run)
        # the name in apposition to the subject, or to a noun of its of/for phrase when it is a full name ("A spokesman
        # for the ministry, Ahmed Hassan,"; not "A spokeswoman for the airline, Qantas,")
        if appos is not None and ps.tokens[src].pos == "NOUN" and appos > run[-1] and (name := ps.name_at(appos)) is not None \
                and (ps.tokens[appos].head == src or len(text[name[0]:name[1]].split()) >= 2) \
                and not text[span[1]:name[0]].strip(" ,"):
            span = (span[0], name[1])  # "the president of the Lombardy region, Roberto Maroni, has ...": the named holder
        speaker, stype, flags, span = resolve_source(ctx, span, span[0])
        if "surname_only" in flags and ps.tokens[src].pos == "NOUN" and all(ps.tokens[i].pos != "PROPN" for i in run) \
                and not any(m.end() != span[1] and _in_body(ctx.layer, m.start()) for m in re.finditer(
                    rf"[\w,;][ \t]+{re.escape(text[span[0]:span[1]])}\b", text)):
            # "Figures to be published today show": a capitalised common noun, not a name; but a word
            # the article also capitalises inside a sentence is a name ("Sunak defended", after "Rishi Sunak's")
            speaker, stype, flags = None, "unnamed", ("unnamed",)
        if cue_class in ("belief", "intention") and (text[span[0]:span[1]].lower() in _GENERIC or "unresolved" in flags
                                                     and ps.tokens[src].pos == "PRON"):
            continue  # "you want to avoid the crowds", an interviewee's "I think": a state of nobody named
        cue = text[t.start:cue_end]
        stance = ctx.verbs.forms.get(" ".join(cue.lower().split()), (lemma, "neutral"))[1]
        role, affiliation, evidence = source_parts(ctx, ps, src, span, speaker, content=content)
        out.append(Attribution("indirect", speaker, stype, span, cue, (t.start, cue_end), content, stance,
                               tuple(flags) + ("parse",), cue_class, role, affiliation, evidence))
    return out
