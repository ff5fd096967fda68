"""Source attribution: who is given a voice in an article, and how.

Each :class:`Attribution` has the three spans of the PARC annotation scheme for
news attribution (Pareti 2016, "PARC 3.0: A corpus of attribution relations"):
*source* (the speaker mention), *cue* (the reporting verb or phrase) and
*content* (what is attributed), plus the ``kind``, the canonical ``speaker``
(:mod:`framing.attribution.speakers`), its ``speaker_type`` and the cue's ``verb_stance``
from ``reporting_verbs.csv``.

Rules, applied over the :class:`~framing.text.TextLayer` (regexes per sentence,
no models):

1. **Reported speech** (kind ``indirect``): a reporting verb outside quotation
   marks with a subject (a name, *he/she/it*, a role, group or organisation, a
   determiner and common nouns opening the clause, "the company"; an
   appositive between subject and verb is skipped; a participle such as
   *insisting* or *writing* takes the noun phrase of ", with one poster writing", or the
   subject of its sentence's first cue when that subject opens the sentence, else the
   person the sentence is about; a passive takes
   its *by* agent) and a complement: ``that``/``how``/``what``/``whether``
   within eight words ("acknowledged in a legal filing that ..."), a bare
   clause (a pronoun and a verb, or up to five words and a finite verb:
   "said warnings had come too late"), an object and *to* after a directive
   verb ("urged governments to ..."), or a sentence-final ``, X said.`` /
   ``, X told Reuters.`` / ``, said X, an analyst.`` / ``, X reports.``. The
   content runs to the end of the sentence or to the next ``, <cue>`` inside
   it. If quotation marks open within four words of the verb or inside the
   content, the kind is ``mixed`` (reported speech with a partial quote).
   *called* counts only in that case ("called the plan “a disaster”"); a
   verb glued to a hyphen (*so-called*) is never a cue.
2. **according to X** and **X reports** give kind ``according_to``.
   *reportedly* with no named source gives ``according_to`` with speaker
   ``None``, type ``unnamed`` and flag ``unsourced`` (so unsourced claims are
   counted, not dropped).
3. **Direct quotes** (each top-level quotation region not inside a reported
   content): a cue after the quote in the same paragraph (``"…," X said`` /
   ``"…," said X``, the quote ending in ``, ? ! —``), a dash sign-off
   (``"…" — Name``), or a cue before it (``X said: "…"``, ``X said "…"``,
   ``X wrote in part: "…"``, ``…, writing: "…"``, ``Writing: "…"``), or a
   colon with no cue: ``Name: "…"``, or a sentence opened by a named person
   that ends in a colon ("Mayor Ann Lee was blunt: “…”"), flag ``colon``.
4. **Quotes without a cue of their own**: the other pieces of a quote that
   runs over several paragraphs (``layer.quotes`` ``group``) get the speaker
   (flag ``continued``); a quote right after an attributed quote in the same
   paragraph (``"…," he said. "…"``) gets flag ``split``; a paragraph that opens
   with a quote and follows a paragraph with an attribution inherits its
   speaker (flag ``inherited``). A quotation that fills its sentences and that
   nothing credits is one direct attribution of nobody named (flag ``unsourced``,
   :mod:`._free_quotes`); any other quote (scare quotes, titles) is not an
   attribution.
5. **Clean-up**: a quote interrupted by its cue (``"…," she said, "…"``)
   counts the cue once (the second piece is flagged ``split``); a *reportedly*
   inside a sourced ``according_to`` content is dropped.

6. **The parse** (:mod:`framing.attribution.syntactic`; only sentences with a candidate cue are
   parsed, in one batch, through the article's :class:`~framing.text.syntax.Syntax`): a regex cue
   that the parser reads as a noun in a noun phrase is dropped ("the United States", "the show");
   a verb of the lexicon with a subject (or by-agent) and a complement or, for evaluations,
   requests and intentions, an object, that no pattern rule found, is added (flag ``parse``); where
   a pattern rule took an apposition or a phrase before the cue as the source of a cue the parse
   also found, the parse's subject speaks.
7. **Description**: every attribution gets its ``cue_class`` (the verb's row of
   ``reporting_verbs.csv``; ``nominal`` for *according to*; ``statement`` for a quote without a
   verb; a statement cue negated right before it, "did not say whether", "have not said why",
   "never said", is ``refusal`` with flag ``negated``: the source withheld that content), ``role``
   and ``affiliation`` (title words and apposition of the source), and each named
   speaker one ``speaker_type`` across the article, decided by the role and organisation words
   written with any of its mentions (``speaker_evidence``; :mod:`framing.attribution.profiles`).

``cue``, ``cue_span`` and ``verb_stance`` are ``None`` when the attribution has
no cue of its own (continued, split, inherited, a bare ``Name: "…"`` colon).

Modules: this one assembles the result (:func:`attributions`); the rules live in
:mod:`framing.attribution.rules`, source mentions and their resolution in
:mod:`framing.attribution._mentions`, the verb lexicon in
:mod:`framing.attribution.verbs`, the result type in
:mod:`framing.attribution.types`, the per-article scores in :mod:`framing.attribution.score`
(the tables across articles are in :mod:`framing.tables`). :mod:`framing.attribution` exports
the public names.
"""


from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path

from typing import Any

from ..text.layer import TextLayer, text_layer
from ..text.syntax import Syntax
from ._centering import centre_subjects
from ._headline import headline_sources, headline_speech
from ._effort import conjoined_content_end, participle_content_end
from ._lone_name import lone_names
from ._mentions import Context
from ._police import named_force
from ._preregister import preregister
from .according import according_to
from .direct import block_quotations, direct_quotes, mixed_quotes, parenthetical_pieces
from .rules import reported_speech
from ._plural import plural_heads
from ._quoting import quoted_as_sources, quoting_sources
from ._antecedents import named_antecedents, previous_source, previous_subject
from ._free_quotes import free_quotations
from ._interviewee import interviewee_voice
from ._withheld import WITHHELD_RE, withheld_speech
from ._own_voice import in_question, own_voice
from ._parenthetical import fronted_parentheticals
from ._reaction import reactions
from ._cataphora import fronted_clause_pronouns
from ._relative_cue import object_relatives, relative_cues
from ._joint_antecedents import joint_antecedents
from .profiles import link_surnames, partitive_groups, salient_pronouns, unify_speakers
from .speakers import RoleLexicon, SpeakerRegistry, load_roles
from .nominal import load_nominal_cues, nominal_speech
from .predicates import ADJECTIVE_CUE_RE, adjective_speech, subject_names
from ._parts import source_parts
from ._cuecheck import PARSE_ONLY, embedded, in_relative, is_verb_cue, no_cue_here, object_only
from ._as_clause import with_as_clauses
from ._boards import company_bodies
from ._objects import object_with_relative
from ._nouns import document_owners, named_elsewhere, seen_documents, sentence_initial_nouns
from ._words import INDEFINITE, after_determiner
from ._merge import TIME_RE, mend_contents, new_only, with_nominal
from .syntactic import clause_antecedent, cue_subject, parsed_speech
from .types import KINDS, STANCES, Attribution
from .verbs import VerbLexicon, load_reporting_verbs

__all__ = ["Attribution", "VerbLexicon", "attributions", "load_reporting_verbs", "STANCES", "KINDS"]


_QUOTE_NEXT_RE = re.compile(r"\s*[,:]\s*[“\"‘]")
_NAME_END_RE = re.compile(r"(?:\b[A-Z][\w.’'-]*|\b(?:he|she|it|they|He|She|It|They))\s+$")

#: Sentences longer than this (a run-on line without sentence ends) are not parsed: the pattern
#: rules still read them, and the parser's cost stays linear in the article.
MAX_PARSED_CHARS = 3000


def attributions(text_or_layer: str | TextLayer, *, verbs: VerbLexicon | str | Path | None = None,
                 roles: RoleLexicon | str | Path | None = None, home_country: str | None = None,
                 syntax: Syntax | None = None, nlp: Any = None) -> list[Attribution]:
    """Find the attributed statements of one article.

    Parameters
    ----------
    text_or_layer : str or TextLayer
        One article's text, or its text layer.
    verbs : path or VerbLexicon, optional
        Reporting-verb lexicon (default: packaged ``reporting_verbs.csv``).
    roles : path or RoleLexicon, optional
        Role lexicon (default: packaged ``roles.csv``).
    home_country : str, optional
        The outlet's own country (a ``canonical`` country of ``roles.csv``, e.g.
        ``"United States"``): government speakers whose title names a country
        get the flag ``domestic`` or ``foreign``.
    syntax : Syntax, optional
        The article's syntactic layer (:class:`~framing.text.syntax.Syntax` of the same text
        layer); default: one built here with ``nlp``. Only sentences with a candidate cue
        (a reporting-verb form outside quotation marks) are parsed, in one batch.
    nlp : spacy.language.Language, optional
        The pipeline for that layer when ``syntax`` is not given (default: the shipped model).

    Returns
    -------
    list of Attribution
        Sorted by the start of the content span.

    Examples
    --------
    >>> t = "“It is over,” said Judge Ann Lee. Officials said the plan had failed."
    >>> [(a.kind, a.speaker, a.speaker_type, t[slice(*a.content_span)]) for a in attributions(t)]
    [('direct', 'Ann Lee', 'judiciary', 'It is over,'), ('indirect', None, 'unnamed', 'the plan had failed')]
    """
    if isinstance(text_or_layer, str):
        layer = text_layer(text_or_layer)
    elif isinstance(text_or_layer, TextLayer):
        layer = text_or_layer
    else:
        kind = type(text_or_layer).__name__
        hint = " Call it once per article." if isinstance(text_or_layer, Iterable) else ""
        raise TypeError(f"attributions() takes one article's text (str) or TextLayer, not a {kind}.{hint}")
    vl = load_reporting_verbs(verbs)
    rl = load_roles(roles)
    reg = SpeakerRegistry(layer, rl, home_country=home_country)
    ctx = Context(layer, vl, rl, reg)
    text = layer.text
    if syntax is None:
        syntax = Syntax(layer, nlp)
    elif syntax.layer is not layer:
        raise ValueError("syntax= must be the Syntax of the same text layer (Syntax(layer, nlp))")
    # one pass over the sentences: the lexicon's verb forms outside quotation marks (the cue candidates),
    # adjective cues ("is critical of") and noun cues ("the mayor's claim that") choose what is parsed
    nouns = load_nominal_cues()
    forms: dict[int, list[re.Match[str]]] = {}
    candidates: list[int] = []
    adjectives: list[int] = []
    nominal: list[int] = []
    refusals: list[int] = []
    for si, sent in enumerate(layer.sentences):
        ms = [m for m in vl.regex.finditer(text, sent.start, sent.end) if layer.quote_at(m.start()) is None]
        if ms:
            forms[si] = ms
        if sent.end - sent.start > MAX_PARSED_CHARS:
            continue
        if any(not after_determiner(text, sent.start, m, her=False) for m in ms):
            candidates.append(si)  # not when every form is a noun after its article ("the order"): _is_cue drops those
        if ADJECTIVE_CUE_RE.search(text, sent.start, sent.end):
            adjectives.append(si)
        if WITHHELD_RE.search(text, sent.start, sent.end):
            refusals.append(si)
        if any(layer.quote_at(m.start()) is None for m in nouns.regex.finditer(text, sent.start, sent.end)):
            nominal.append(si)
    syntax.parse(sorted(set(candidates) | set(adjectives) | set(nominal) | set(refusals)))
    parsed = frozenset(candidates)
    cues_by_sent = {si: ms for si, matches in forms.items() if (ms := [m for m in matches if _is_cue(ctx, syntax, parsed, si, m)])}
    cues = [m for ms in cues_by_sent.values() for m in ms]
    preregister(ctx, cues, subject_names(ctx, syntax, candidates))
    centre_subjects(reg, syntax)  # a he/she takes the person the sentence before has as its subject
    # the pattern rules leave "see X as Y" and "attributed X to Y" to the parse ("Voters see what is worst", "attributed it
    # to a software glitch that grounded flights"); their subjects are still registered above
    by_rules = {si: kept for si, ms in cues_by_sent.items() if (kept := [m for m in ms if vl.lookup(m.group())[0] not in PARSE_ONLY])}
    found = [cue_subject(ctx, syntax, parsed, in_relative(syntax, parsed, object_with_relative(syntax, parsed, a))) for a in reported_speech(ctx, by_rules) if not object_only(
        ctx, syntax, parsed, a) and not embedded(ctx, syntax, parsed, a)] + according_to(ctx, syntax)
    found += new_only(text, [a for a in parsed_speech(ctx, syntax, candidates) if not embedded(ctx, syntax, parsed, a)]
                       + adjective_speech(ctx, syntax, adjectives) + withheld_speech(ctx, syntax, refusals), found)
    found = with_nominal(text, found, nominal_speech(ctx, syntax, nominal, nouns))
    found = with_as_clauses(ctx, found)  # "As Reuters reported, the talks collapsed"
    found = fronted_parentheticals(ctx, syntax, cues_by_sent, found)  # "If the talks fail, officials said, the plan will be dropped"
    found = relative_cues(ctx, syntax, parsed, found, max_chars=MAX_PARSED_CHARS)  # "a plan that critics say will raise taxes"
    found = object_relatives(ctx, syntax, parsed, found, max_chars=MAX_PARSED_CHARS)  # "charges of fraud, which he denies"
    found = reactions(ctx, found)  # "drew criticism from rights groups for its cost"
    found = quoted_as_sources(ctx, quoting_sources(ctx, found))  # "The newspaper, quoting “secret reports,” said"
    mixed, consumed = mixed_quotes(ctx, found)  # quotes inside a reported content make it "mixed"
    direct = [d for a in direct_quotes(ctx, consumed, cues, mixed) + block_quotations(ctx, cues, mixed)
              if not {"conjoined", "parse_subject"} & set((d := cue_subject(ctx, syntax, parsed, a)).flags)]
    used = {a.cue_span for a in direct if a.cue_span}
    result = [a for a in mixed if not (a.cue_span in used and a.kind != "according_to")] + direct
    result += free_quotations(ctx, result)  # a quotation filling its sentences that nobody is credited with
    result += headline_speech(ctx, syntax, result)  # "Judge rules deportations were unlawful"
    result = [a for a in result if _kept(text, a)]
    ordered = document_owners(ctx, seen_documents(ctx, syntax, _tidy(sorted(mend_contents(layer, result), key=lambda a: (a.content_span[0], a.content_span[1])))))
    # full names first, so that a pronoun resolved by salience takes one ("She" after "Paris claims" -> Valeska Paris)
    described = sentence_initial_nouns(ctx, link_surnames(ctx, [_describe(ctx, syntax, parsed, _participle_end(ctx, syntax, parsed, a)) for a in ordered]))
    # an unquoted I / we / you speaking for itself ("I think the mood is gloomy", "You'll note we offer"): no attribution
    described = interviewee_voice(ctx, [a for a in described if not own_voice(ctx, syntax, a) and not in_question(ctx, syntax, a)])
    resolved = lone_names(ctx, syntax, joint_antecedents(ctx, syntax, previous_subject(ctx, syntax, partitive_groups(ctx, plural_heads(ctx, salient_pronouns(ctx, described))))))
    return _principals(text, company_bodies(ctx, _pieces_agree(fronted_clause_pronouns(ctx, syntax, parenthetical_pieces(ctx, syntax, previous_source(ctx, named_antecedents(
        ctx, unify_speakers(ctx, headline_sources(ctx, named_force(ctx, resolved))))))))))  # "Although he ..., Smith said"


def _kept(text: str, a: Attribution) -> bool:
    """Whether ``a`` is an attribution at all: "No one said the plan would work" credits nobody, nor does a prepositional
    phrase ("say between Jews and Arabs"); a time is no subject of a cue ("... earlier this month announced ..."), nor a
    deal's terms of "call for"; a relative pronoun alone is no content ("fears it would amount to amnesty, which the Home
    Office today rejects": GUM), nor a place adverb ("also said here Friday": the parse's object), nor bare questions asked."""
    if a.source_span and (_NOBODY_RE.fullmatch(text, *a.source_span) or TIME_RE.fullmatch(text, *a.source_span)
                          or _PREPOSITION_RE.match(text, *a.source_span)
                          or _PROVISION_RE.search(text, *a.source_span) and _CALL_FOR_RE.fullmatch(a.cue or "")):
        return False
    return text[slice(*a.content_span)].lower() not in ("which", "that", "who", "whom", "here", "there") \
        and not (_ASK_RE.match(a.cue or "") and _QUESTIONS_RE.fullmatch(text, *a.content_span))


def _principals(text: str, found: list[Attribution]) -> list[Attribution]:
    """Flag ``principal`` where an unnamed person's words are credited to the organisation the mention names ("A White
    House spokesman said": speaker White House, role spokesman; "A Foreign Ministry official said"), as issue #13 asks:
    a spokesperson's words go to the principal only with a flag saying so. A named spokesperson speaks as himself."""
    out = []
    for a in found:
        first = text[slice(*a.source_span)].split()[:1] if a.source_span else []
        credited = a.speaker and a.role and "organisation" in a.flags and first and first[0].lower() in INDEFINITE
        out.append(replace(a, flags=a.flags + ("principal",)) if credited and "principal" not in a.flags else a)
    return out


def _pieces_agree(found: list[Attribution]) -> list[Attribution]:
    """The second piece of a statement its cue interrupts (no cue, flag ``split``) speaks with the voice of the piece that
    has the cue, the same source words: "That's leaving investors with cold feet, they said, and prompting institutions
    to ...". The pieces are resolved one by one; before the thirty-fifth session the second's *they* could take "small
    investors" (from the first piece's words) while the first stayed unresolved."""
    cued = {a.source_span: a for a in found if a.cue_span is not None and a.source_span is not None}
    out = []
    for a in found:
        b = cued.get(a.source_span) if a.cue_span is None and "split" in a.flags else None
        same = b is None or (a.speaker, a.speaker_type, a.antecedent_span) == (b.speaker, b.speaker_type, b.antecedent_span)
        out.append(a if same else replace(b, cue=None, cue_span=None, verb_stance=None, content_span=a.content_span,
                                              kind=a.kind, flags=b.flags + ("split",) * ("split" not in b.flags)))
    return out


# a deal's terms "call for" what they provide, no one's request ("The plan still calls for LIN to combine ...", "Terms call
# for First Security to issue ...", "That accord also called for ...": five such in the FactBank development sets, none
# annotated; a resolution's or a proposal's call is, and stays: "That 1978 resolution calls for Israel's withdrawal")
_PROVISION_RE = re.compile(r"\b(?:[Pp]lans?|[Aa]ccords?|[Tt]erms|[Aa]greements?|[Pp]rogram(?:me)?s?|[Pp]acts?|[Dd]eals?|[Cc]ontracts?|"
                           r"[Tt]reaty|[Tt]ransactions?|[Aa]rrangements?|[Ss]ettlements?)\b")
_CALL_FOR_RE = re.compile(r"(?i)call(?:s|ed|ing)?\s+for")
# "with multiple people asking questions" (GUM_interview_stardust), "you asked this question": asking is no request here
# and the questions' words are not given, so there is no content (a question's own words or a clause stay: "asked
# whether ...", "asked questions about the budget")
_ASK_RE = re.compile(r"(?i)ask")
_QUESTIONS_RE = re.compile(r"(?i)(?:(?:a|the|this|that|these|those|some|many|more|several|further|few|no|any|my|your|his|her|"
                           r"their|our)\s+)?(?:[a-z]+\s+)?questions?")
# a prepositional phrase is nobody: "is the problem national, say between Jews and Arabs" (GUM_interview_peres: *say*
# meaning "for example", its "source" the phrase after it), nor a preposition alone ("Amid reports that ...": helper-125)
_PREPOSITION_RE = re.compile(r"(?:[Bb]etween|[Aa]mong|[Ff]rom|[Ww]ith|[Ii]nto|[Aa]bout|[Tt]han|[Ll]ike|[Tt]hrough|[Oo]f|[Aa]mid)(?:\s|$)")
_NOBODY_RE = re.compile(r"(?:[Nn]o[ -]one|[Nn]obody|[Nn](?:one|either)(?: of (?:them|us))?)")


def _is_cue(ctx: Context, syntax: Syntax, parsed: frozenset[int], si: int, m: re.Match[str]) -> bool:
    """Whether the lexicon form ``m`` (outside quotation marks, in sentence ``si``) is a reporting-verb cue."""
    text = ctx.layer.text
    sent = ctx.layer.sentences[si]
    if not is_verb_cue(syntax, m.start(), parsed) and not (
            m.group()[:1].islower() and _QUOTE_NEXT_RE.match(text, m.end()) and _NAME_END_RE.search(text, sent.start, m.start())):
        return False  # a noun to the parser, unless a name ends right before it and a comma or colon and a
        # quotation follow ("Agriculture notes, “…”"; not "several claims, “…”", "The Huffington Post, “…”")
    if si in parsed and (tok := syntax.token_at(m.start())) is not None and tok.tag == "VBG" and tok.dep == "amod" and tok.head == tok.i + 1 \
            and tok.i > 0 and syntax.sentence(si).tokens[tok.i - 1].pos in ("ADP", "DET"):
        return False  # a participle between a preposition or article and its noun ("profit from continuing lines")
    return not (after_determiner(text, sent.start, m) or no_cue_here(text, sent.start, m.start(), m.end()))


def _participle_end(ctx: Context, syntax: Syntax, parsed: frozenset[int], a: Attribution) -> Attribution:
    """:func:`~._effort.participle_content_end` and :func:`~._effort.conjoined_content_end` in the cue's parsed sentence
    (", wondering how ..., searched"; "said ... and expect more flights")."""
    k = ctx.layer.sentence_index(a.cue_span[0]) if a.cue_span is not None else -1
    return conjoined_content_end(ctx.layer.text, ps := syntax.sentence(k), participle_content_end(ctx.layer.text, ps, a), ctx.verbs) \
        if k in parsed else a


def _describe(ctx: Context, syntax: Syntax, parsed: frozenset[int], a: Attribution) -> Attribution:
    """Fill ``cue_class``, ``role``, ``affiliation`` and ``speaker_evidence`` where a rule left them empty."""
    cue_class = a.cue_class
    if cue_class is None:
        if a.kind == "according_to":
            cue_class = "nominal"
        elif a.cue is not None and " ".join(a.cue.lower().split()) in ctx.verbs.forms:
            cue_class = ctx.verbs.cue_class(a.cue)
        else:
            cue_class = "statement"  # a quotation with a dash, a colon or no cue of its own
    if cue_class == "statement" and a.cue_span is not None and a.kind == "indirect" \
            and _NEGATION_RE.search(ctx.layer.text, max(0, a.cue_span[0] - 24), a.cue_span[0]):
        cue_class, a = "refusal", replace(a, flags=a.flags + ("negated",))  # "did not say whether ...": withheld
    if a.role is not None or a.affiliation is not None or a.speaker_evidence is not None or a.source_span is None:
        return replace(a, cue_class=cue_class)
    k = ctx.layer.sentence_index(a.source_span[0])
    ps = syntax.sentence(k) if k in parsed else None
    head = None
    if ps is not None:  # the head of the mention: the token in it whose head lies outside
        inside = [t for t in ps.tokens if a.source_span[0] <= t.start < a.source_span[1]]
        head = next((t.i for t in inside if not a.source_span[0] <= ps.tokens[t.head].start < a.source_span[1]
                     or t.head == t.i), None)
    if head is not None and "surname_only" in a.flags and ps.tokens[head].pos == "NOUN" and ps.tokens[head].tag == "NNS" \
            and a.speaker not in ctx.reg.companies and (ctx.roles.names_people(a.speaker) or not named_elsewhere(
                ctx.layer.text, a.speaker)):  # not a surname the article writes in a name ("Antonio Guterres ... Guterres said")
        a = replace(a, speaker=None, speaker_type="unnamed", flags=tuple(f for f in a.flags if f != "surname_only") + ("unnamed",))
        # "Farmers said ...": a capitalised plural common noun opening the sentence, not a name
    if head is not None and a.speaker is None and "unresolved" in a.flags and ps.tokens[head].text.lower() in ("it", "they") \
            and (ante := clause_antecedent(ctx, ps, head)):
        a = replace(a, speaker=ante[0], speaker_type=ante[1], flags=ante[2] + tuple(f for f in a.flags if f == "parse"),
                    antecedent_span=ante[3])
    role, affiliation, evidence = source_parts(ctx, ps, head, a.source_span, a.speaker, content=a.content_span)
    return replace(a, cue_class=cue_class, role=role, affiliation=affiliation, speaker_evidence=evidence)


# a negation right before a statement cue, with at most an auxiliary between ("has not yet said", "never said")
# (not after a form of *be*: "Residents were not told ..." is a passive; not "would not have said": a counterfactual)
_NEGATION_RE = re.compile(r"(?<!\bbe )(?<!\bbeen )(?<!\bwas )(?<!\bwere )(?<!\bis )(?<!\bare )"
                          r"(?:\bnot|\bnever|\bcannot|n[’']t)(?:\s+(?:yet|(?!only\b)\w+ly))*\s+$")  # (not "not only revealed")


def _tidy(found: list[Attribution]) -> list[Attribution]:
    """Final clean-up in text order.

    * A *reportedly* inside the content of an attribution with a named or described
      source ("X reportedly …, according to two officials") is sourced by it: the
      unsourced attribution is dropped.
    * A quote interrupted by its cue (``“…,” she said, “…”``): the second piece gets
      the speaker but no cue of its own (flag ``split``), so the cue is counted once.
    """
    sourced = [a for a in found if a.kind == "according_to" and a.source_span is not None]
    out: list[Attribution] = []
    seen_cues: set[tuple[int, int]] = set()
    for a in found:
        if "unsourced" in a.flags and a.cue_span and any(
                b.content_span[0] <= a.cue_span[0] < b.content_span[1] for b in sourced):
            continue
        if a.kind == "direct" and a.cue_span is not None and a.cue_span in seen_cues:
            a = replace(a, cue=None, cue_span=None, verb_stance=None, flags=a.flags + ("split",))
        elif a.cue_span is not None:
            seen_cues.add(a.cue_span)
        out.append(a)
    return out

