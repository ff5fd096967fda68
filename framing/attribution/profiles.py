"""One speaker, one type: the speaker profile of an article (internal to :mod:`framing.attribution`).

The registry of :mod:`framing.attribution.speakers` types a mention from the words *in* it. A
speaker's role is often written once, next to the first mention of the name, and not again:
"Kristen Wilkins, assistant professor of photography, said ...", later "Wilkins explained ...".
:func:`unify_speakers` reads, for every named speaker of the article, the words that describe
them: the role and affiliation the rules found (:func:`~framing.attribution.syntactic.source_parts`)
and every apposition after the name in the text (", a spokesman for the Los Angeles Sheriff's
Department,"). The first ``roles.csv`` row (file order is priority, as in the registry) found in
those words decides the type of all the speaker's attributions, and the words are kept as
``speaker_evidence``; with no such words, the type the registry gave most often is used for all
of them, so one speaker has one type across the article.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from ._evidence import FORMER_WORD_RE, title_evidence
from ._full_name import NAME_HONORIFICS, full_name
from ._gender import PRONOUN_GENDER, gender_of
from ._names import RUN_RE, near_spelling
from ._people import DESCRIBED_RE, load_people
from ._mentions import Context, plural_group
from ._words import APPOSITION_RE, KIN_OF_RE, PREP_END_RE, INSTITUTIONS, STOP_CAPS, SOURCE_MODIFIERS, surname_of
from ._plural import PLURAL_NP_RE, others_between
from .roles import RoleLexicon, is_plural_title
from .types import Attribution

__all__ = ["link_surnames", "of_name", "unify_speakers", "salient_pronouns", "partitive_groups"]

# people named after a plural title, each with an "of" place, up to a comma ("of Bronislaw Geremek of Poland, Janos Martonyi of
# Hungary,"): a list of names, through which the title passes (helper-112's review: not "ministers of France and Germany,")
_NAME_OF = r"(?:[A-Z][\w’'.-]*\s+){1,3}[A-Z][\w’'.-]*(?:\s+of\s+(?:the\s+)?(?:[A-Z][\w’'.-]*\s*)+)?"  # "Janos Martonyi of Hungary"
_NAMES_AFTER_RE = re.compile(rf"(?:of\s+)?{_NAME_OF}(?:,\s+{_NAME_OF})*,?(?:\s+and)?")

_PRE_APPOS_RE = re.compile(r"(?:^|(?<=[.;:!?]\s)|(?<=\n)|(?<=[.;:!?]\s\s))((?:The|A|An)\s+(?:[^,.;:!?\n“”\"]|(?<=[A-Z])\.){2,70}),\s*$")
_POSS_RE = re.compile(r"[’']s?\s")  # a possessive in a description: the role is someone else's
_PERSONAL = {"he": "person", "she": "person", "it": "organisation", "they": "organisation"}


def link_surnames(ctx: Context, found: list[Attribution]) -> list[Attribution]:
    """A one-word speaker (flag ``surname_only``) becomes the full name the article gives it (flag ``name_linked``)."""
    names: dict[str, str | None] = {}
    spelled: dict[str, str | None] = {}  # a one-word speaker's near spelling ("Mauer": K.C. Maurer), when no full name has it
    out = []
    for a in found:
        if a.speaker and _ACRONYM_RE.fullmatch(a.speaker) and not any(f.startswith("country") for f in a.flags):
            if a.speaker not in names:
                names[a.speaker] = acronym_name(ctx, a.speaker)
            if names[a.speaker]:  # "United Network for Organ Sharing, or UNOS," ... "UNOS says": the full name
                a = replace(a, speaker=names[a.speaker], flags=tuple(f for f in a.flags if f != "surname_only") + ("name_linked",))
        full = ctx.reg.companies.get(a.speaker or "") or next(  # "Unisys": "Unisys Corp."; a name cut at a title
            (f for f in ctx.reg.companies.values() if a.speaker and f.endswith(" " + a.speaker)), None)  # word: "Express Corp."
        if a.speaker is not None and full is not None and full != a.speaker:
            flags = tuple(f for f in a.flags if f not in ("surname_only", "organisation"))
            a = replace(a, speaker=full, flags=("organisation",) + flags + ("name_linked",))
        if a.speaker is not None and " " not in a.speaker and ("surname_only" in a.flags or a.speaker in ctx.reg.people):
            # (a one-word name after a formal title is registered: "Professor Chomsky" is still Noam Chomsky)
            if a.speaker not in names:  # else a speaker the surname misspells ("said Mauer": K.C. Maurer; flag spelling)
                hit = full_name(ctx, a.speaker)
                names[a.speaker], spelled[a.speaker] = (hit[0], None) if hit else (None, near_spelling(a.speaker, found))
            if (linked := names[a.speaker] or (spelled.get(a.speaker) if a.role is None else None)) is not None:  # not "Muller, a lawyer"
                flags = tuple(f for f in a.flags if f != "surname_only") + ("name_linked",) + ("spelling",) * (names[a.speaker] is None)
                a = replace(a, speaker=linked, flags=flags)
        if a.speaker is not None and a.speaker in INSTITUTIONS:  # an institution's head word, never a surname
            key = "of:" + a.speaker
            if key not in names:
                names[key] = of_name(ctx, a.speaker)
            if names[key] is not None:  # "the Church" after "the Church of Scientology"
                flags = tuple(f for f in a.flags if f != "surname_only") + ("name_linked",)
                if "organisation" not in flags:
                    flags = ("organisation",) + flags
                a = replace(a, speaker=names[key], flags=flags)
        out.append(a)
    return out


_ACRONYM_RE = re.compile(r"[A-Z]{3,6}")


def acronym_name(ctx: Context, acronym: str) -> str | None:
    """The capitalised name in the article whose initials spell ``acronym`` ("United Network for Organ
    Sharing" for "UNOS"; the words *of*, *for*, *and*, *the*, *on* are skipped), or None."""
    for m in RUN_RE.finditer(ctx.layer.text):
        name = re.sub(r"^(?:The|A|An)\s+", "", m.group())  # "The Federal Aviation Administration said"
        words = [w for w in name.split() if w.lower() not in ("of", "for", "and", "the", "on", "de", "la")]
        if len(words) == len(acronym) and "".join(w[0] for w in words) == acronym:
            return name
    return None


def of_name(ctx: Context, head: str) -> str | None:
    """The name "<head> of <Capitalised words>" written most often in the article (then the first), or None.

    An institution is named in full once and then by its head word: "the Church of Scientology"
    ... "the Church said"; "the Bank of England" ... "the Bank". The name stops before a title word
    ("Bank of England Governor Andrew Bailey") and a possessive ("Bank of America’s"), and within
    its line.
    """
    seen: Counter[str] = Counter()
    for m in re.finditer(rf"\b{re.escape(head)}[ \t]+of[ \t]+(?:the[ \t]+)?((?:[A-Z][\w.’'-]*[ \t]*)+)", ctx.layer.text):
        words: list[str] = []
        run = m.group(1).split()
        for w, title in zip(run, ctx.roles.title_mask(run)):
            if title:
                break
            possessive = re.search(r"[’']s$", w)
            words.append(w[:possessive.start()] if possessive else w)
            if possessive:
                break
        if words:
            seen[m.group()[:m.start(1) - m.start()] + " ".join(words)] += 1
    return max(seen, key=lambda n: seen[n]) if seen else None


def _premodifiers(ctx: Context, start: int) -> str:
    """The title words right before a name, in its sentence ("coauthor", "Undersecretary for Education Mr.").

    An honorific is skipped, and a *for* / *of* phrase of capitalised words belongs to the title
    before it ("Undersecretary for Education").
    """
    k = ctx.layer.sentence_index(start)
    lo = max(0, start - 80, ctx.layer.sentences[k].start if k >= 0 else 0)
    words = ctx.layer.text[lo:start].split()
    while words and words[-1].lower().rstrip(".") in NAME_HONORIFICS:
        words.pop()
    if len(words) > 2 and (words[-1] == "and" or words[-1].endswith(",")):  # "Presidents Leonid Kuchma of Ukraine and [Boris
        # Yeltsin]", "the foreign ministers of Bronislaw Geremek of Poland, [Janos Martonyi] of Hungary and [Jan Kavan]"
        j = len(words) - 2
        while j > 0 and len(words) - j < 14 and (words[j][:1].isupper() or words[j] in ("of", "and")) and not is_plural_title(words[j]):
            j -= 1
        if is_plural_title(words[j]) and j < len(words) - 2 and (words[-1] == "and" or _NAMES_AFTER_RE.fullmatch(" ".join(words[j + 1:]))):
            words = words[:j + 1]  # (after a comma, only names come between: not "the foreign ministers of France and Germany,")
    keep: list[str] = []
    mask = ctx.roles.title_mask(words)
    while words:
        w = words[-1]
        if w.endswith(",") and not keep and _opening_phrase(words):
            break  # "In a letter to the Justice Department, Acme Holdings said": an opening phrase, no title of the name
        if is_plural_title(w):  # "Presidents Leonid Kuchma ...", "Sens. Ann Lee and ...": one of them holds the title
            words[-1] = w = w[:-2] + "." if w.endswith("s.") else w[:-1]
        linked = w[:1].isupper() and len(words) > 1 and words[-2].lower() in ("for", "of")
        if not (mask[len(words) - 1] or w.lower() in SOURCE_MODIFIERS or w.lower() in ("for", "of") or linked):
            break
        keep.insert(0, words.pop())
    if keep and (words[-1:] and words[-1].lower() in ("former", "ex-") or len(words) > 1 and words[-2].lower() == "former"):
        keep[:0] = words[-1:] if words[-1].lower() in ("former", "ex-") else words[-2:]  # "Former Soviet leader"
    elif keep and keep[0].islower():  # "Acme Corp. president", "UNOS spokeswoman": the capitalised owner of the title
        owner: list[str] = []
        while words and len(owner) < 6 and (words[-1][:1].isupper() or words[-1] in ("of", "&")) \
                and words[-1].lower() not in STOP_CAPS and not words[-1].endswith((",", ";", ":")):
            owner.insert(0, words.pop())
        keep[:0] = owner
    return " ".join(keep)


def _opening_phrase(words: list[str]) -> bool:
    """Whether ``words``, the last ending in a comma, end in an organisation after a preposition: an opening phrase
    ("In a letter to the Justice Department,"), not a title before a name in apposition ("El Salvador's President,",
    "a high-ranking official from U.S. Immigration and Customs Enforcement (ICE),") nor a broadcast's "From member station KQED,"."""
    j = len(words) - 1
    while j > 0 and (words[j - 1][:1].isupper() or words[j - 1].lower() in ("of", "and", "&")):
        j -= 1
    prep = PREP_END_RE.search(" ".join(words[:j]) + " ") if j > 0 else None
    return prep is not None and not prep.group().lower().startswith("from")  # "an official from ICE,": a title's


def unify_speakers(ctx: Context, found: list[Attribution]) -> list[Attribution]:
    """Give each named speaker one type (and its evidence) across the article."""
    text = ctx.layer.text
    by_speaker: dict[str, list[int]] = {}
    for i, a in enumerate(found):
        if a.speaker is not None:
            by_speaker.setdefault(a.speaker, []).append(i)
    out = list(found)
    for speaker, idx in by_speaker.items():
        descriptions = [x for i in idx for x in (found[i].role, found[i].affiliation) if x]
        # an organisation's source from its name on ("The official Iraqi News Agency": not typed by "official")
        # ... and "the agency" linked to "the Iraqi News Agency" by the name it stands for
        descriptions += [speaker if {"organisation", "role_linked"} <= set(found[i].flags)
                         else _from_name(text[slice(*found[i].source_span)], speaker, "organisation" in found[i].flags, ctx.roles)
                         for i in idx if found[i].source_span]
        last = surname_of(speaker)
        # an organisation is typed by its own words ("AFP, the United Nations ...": no apposition of AFP's), its
        # name among them ("The SEC said": the Securities and Exchange Commission)
        person = not any("organisation" in found[i].flags for i in idx)
        descriptions += [] if person else [speaker]
        apposed = False  # the article describes the person itself: no lexicon lookup ("John Howard, a retired plumber")
        clauses: list[str] = []
        for m in re.finditer(rf"\b{re.escape(last)}\b(?:[’']s)?" if person else rf"\b{re.escape(speaker.rstrip('.'))}\.?", text):
            am = APPOSITION_RE.match(text, m.end(), m.end() + 160)
            if person and (cm := _IS_A_RE.match(text, m.end(), m.end() + 160)) is not None and _opens(ctx, m.start()) \
                    and any(r.kind == "title" for _, _, r in ctx.roles.find(re.split(r"\s(?:of|at|for)\s", cm.group(1))[0])):
                clauses.append(cm.group(1))  # "Shalev is a Professor at Hebrew University" (see _IS_A_RE)
            apposed = apposed or DESCRIBED_RE.match(text, m.end()) is not None or text[m.start() - 1:m.start()] == "-"
            # (not an age, not "Trump, asked whether"; "Madikizela-Mandela" is someone else than Nelson Mandela)
            if am is not None and (person or re.match(r"an?\s", am.group(1))) and not KIN_OF_RE.match(am.group(1)):
                # an organisation's only as an indefinite description, by its head ("a Boston research firm"; not the
                # Department of "a client of the Justice Department")
                descriptions.append(am.group(1) if person else re.split(r"\s(?:of|for|to|with|at|in|by|from)\s", am.group(1))[0])
        if person:  # "Troy Patterson of Slate Magazine ventured over ...", later "Patterson observed": the outlet's
            # (not "at": "Police detained Amy Lee at the White House" is a place)
            descriptions += [om.group(1) for om in re.finditer(rf"(?<!\w){re.escape(speaker)}\s+(?:of|from)\s+({_ORG_NAME})", text)]
            at = [m.start() for m in re.finditer(rf"(?<!\w){re.escape(speaker)}(?!\w)", text)]
            descriptions += [_premodifiers(ctx, s) for s in at]
            # a role opening the sentence in apposition before the name: "The U.S. ambassador to Poland, Dan Fried, said"
            descriptions += [pm.group(1) for s in at if text.startswith(",", s + len(speaker))  # not "The mayor's son, X":
                             and (pm := _PRE_APPOS_RE.search(text, max(0, s - 90), s)) is not None and not _POSS_RE.search(pm.group(1))
                             and not KIN_OF_RE.match(pm.group(1))]
        described = [(d, ev) for d in descriptions if (ev := title_evidence(ctx, d)) is not None]
        evidence = [ev for _, ev in described]
        former = [ev for ev in evidence if ev[1] == "other" and FORMER_WORD_RE.match(ev[2])]
        sitting = any(ev[1] == "government" and not FORMER_WORD_RE.search(d) for d, ev in described)
        if former and not sitting and min(former)[0] <= min(evidence)[0]:  # a better row than the former title wins
            # "Former prime minister Paul Keating", later "Keating": out of office throughout; but a
            # sitting title anywhere wins ("Sen. Mitt Romney, a former governor of Massachusetts")
            _, stype, words = min(former)
        elif evidence:
            _, stype, words = min(evidence)
        elif person and not apposed and (known := load_people().lookup(speaker, pronoun=_PRONOUN_OF.get(gender_of(ctx.layer, speaker)))) is not None:
            stype, words = known  # "Castro said", "Iraq's Saddam Hussein": an office-holder the article gives no title
        elif clause_ev := [ev for d in clauses if (ev := title_evidence(ctx, d)) is not None]:
            _, stype, words = min(clause_ev)  # a description in a clause of its own, last (helper-114: "Senator Elizabeth
            # Warren ... Warren was a professor at Harvard Law School" stays government)
        else:
            typed = Counter(found[i].speaker_type for i in idx if found[i].speaker_type not in ("unnamed",))
            if not typed:
                continue
            stype, words = typed.most_common(1)[0][0], None
        for i in idx:
            a = out[i]
            out[i] = replace(a, speaker_type=stype, speaker_evidence=words or a.speaker_evidence)  # the words that decided
    return out


# a person the article describes in a clause of its own, by a noun phrase naming an organisation after "of", "at" or "for"
# ("Shalev is a Professor at Hebrew University", "Jespersen was a professor of English at the University of Copenhagen":
# GUM; not "Brahms was the leading member of the jury", "Theodorus was the new de facto leader", which typed them
# judiciary and government when any noun phrase counted, nor "Homira Atimadi, is a senior official of a group called the
# International Working Group on Afghan Women": government by "official", FactBank's gold advocacy). After helper-114's
# reading, only a title row's noun before the "of"/"at"/"for" (not "a student at", "a critic of the Federal Reserve",
# "a guest at the White House"), only a name opening its sentence (_opens), and only when no title, apposition or
# people.csv row types the person (unify_speakers)
def _opens(ctx: Context, at: int) -> bool:
    """Whether only capitalised words (a name's first words, a title) come before ``at`` in its sentence: the name is
    the subject (not "The man who replaced John Smith is ...", "Before entering politics, Obama was ...")."""
    k = ctx.layer.sentence_index(at)
    return k >= 0 and re.fullmatch(r"\s*(?:[A-Z][\w.’'-]*\s+)*", ctx.layer.text[ctx.layer.sentence_starts[k]:at]) is not None


_IS_A_RE = re.compile(r",?\s+(?:is|was)\s+(?:also\s+|now\s+)?((?:an?|the)\s+[^.,;:!?“”\"]{3,140}?\b(?:of|at|for)\s+(?:the\s+)?[A-Z]"
                      r"[^.;:!?“”\"]{0,80}?)(?=[.;:!?]|,\s|\s+(?:who|which|that|and|from|since|until)\s)")
_PRONOUN_OF = {g: p for p, g in PRONOUN_GENDER.items()}  # gender_of's answer as people.csv's pronoun column

# a capitalised organisation name after a person's full name and "of" / "at" / "from" ("of Slate Magazine")
_ORG_NAME = r"(?:the\s+)?[A-Z][\w&.’'-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w&.’'-]*){0,5}"


def _from_name(source: str, speaker: str, organisation: bool, roles: RoleLexicon) -> str:
    at = source.find(speaker) if organisation else -1
    if organisation and at < 0:  # "KCNA" for the Korean Central News Agency
        at = next((s for s, _, r in roles.find(source) if r.kind == "org" and r.canonical == speaker), -1)
    return source[at:] if at > 0 and "," not in source[:at] else source  # not "the army, Israel Defense Forces"


# a plural noun phrase or pronoun in a content: someone else "they" could refer to
# a quantifier standing for a group named just before ("Analysts were divided. Some said ...")
_PARTITIVE = frozenset({"some", "many", "others", "most", "several", "few", "both", "all", "one", "two", "three", "each",
                        "either"})


def partitive_groups(ctx: Context, found: list[Attribution]) -> list[Attribution]:
    """A bare quantifier ("Some", "others") or an unresolved *they* takes the type of the plural group named last before it.

    The group is a plural ``group`` row in the same sentence before the source or in the sentence before
    ("Securities analysts were even more cautious. Some had predicted ...": ``expert``; "Investigators have been searching
    ... they had described him": ``law_enforcement``, not across another plural); flags ``unnamed``, ``salient``."""
    text = ctx.layer.text
    out = list(found)
    for i, a in enumerate(found):
        word = text[slice(*a.source_span)].lower() if a.source_span else ""
        if a.speaker is not None or not (word in _PARTITIVE or word == "they" and "unresolved" in a.flags):
            continue
        k = ctx.layer.sentence_index(a.source_span[0])
        lo = ctx.layer.sentences[k - 1].start if k > 0 else ctx.layer.sentences[k].start
        groups = [(s, e, r) for s, e, r in ctx.roles.find(text, lo, a.source_span[0])
                  if r.kind == "group" and plural_group(ctx, s, e) and ctx.layer.quote_at(s) is None]
        if groups and not (word == "they" and (groups[-1][2].speaker_type == "unnamed" or others_between(text, groups[-1][1], a.source_span[0]))):
            flags = ("pronoun",) * (word == "they") + tuple(f for f in a.flags if f not in ("pronoun", "unresolved", "unnamed")) + ("unnamed", "salient")
            out[i] = replace(a, speaker_type=groups[-1][2].speaker_type, flags=flags, antecedent_span=groups[-1][:2])
    return out


def _group(ctx: Context, a: Attribution) -> bool:
    """Whether ``a``'s source is an unnamed collective: a plural ``group`` row of ``roles.csv`` ("officials", "police")."""
    return a.speaker is None and "unnamed" in a.flags and a.source_span is not None and plural_group(ctx, *a.source_span)


def _one_person(ctx: Context, a: Attribution, g: str | None) -> bool:
    """Whether ``a``'s source is one unnamed person *he* / *she* (gender ``g``) may stand for: a role
    ("The mayor said ... she hopes", "A council spokesman said ... He said"), not a group, and not a
    role word of the other gender ("a spokesman ... she")."""
    if a.speaker is not None or a.role is None or a.source_span is None or _group(ctx, a) \
            or plural_group(ctx, *a.source_span) or "pronoun" in a.flags:
        return False
    if any(w[:1].isupper() for w in ctx.layer.text[slice(*a.source_span)].split()[1:]):
        return False  # "A spokesman for Sen. Joe Manchin said he plans": he is the principal the mention names
    last = a.role.split()[-1].lower()
    said = "f" if last.endswith(("woman", "women")) else "m" if last.endswith(("man", "men")) else None
    return g is None or said in (None, g)


def salient_pronouns(ctx: Context, found: list[Attribution]) -> list[Attribution]:
    """A pronoun source speaks for the speaker of the attribution just before it, when compatible.

    The most salient earlier mention is the source of the latest attribution (in the same
    sentence or the one before) that is compatible: *he*/*she* take a named person (not an
    organisation) whose gender, where the article shows it (:func:`~framing.attribution._gender.gender_of`),
    agrees; *it*/*they* an organisation, and *they* also an unnamed group (a ``group`` row: "Police officers
    said ... They said", in the same sentence or the one before), which leaves the speaker unnamed but
    lends its type (flags ``unnamed``, ``salient``); *he*/*she* likewise one unnamed person of a
    compatible role ("A council spokesman said ... He said": not a name further back). An unresolved pronoun with such a predecessor is
    resolved (flag ``salient``); a *he*/*she* the registry resolved by sentence recency to someone
    else is corrected. With no compatible predecessor the registry's answer stays, unless its
    gender disagrees: then the pronoun is left unresolved (flags ``unresolved``, ``gender``).
    """
    text = ctx.layer.text
    anchor = [(a.cue_span or a.source_span or a.content_span)[0] for a in found]
    genders: dict[str, str | None] = {}

    def agrees(name: str | None, g: str | None) -> bool:
        if name is None or g is None:
            return True
        if name not in genders:
            genders[name] = gender_of(ctx.layer, name)
        return genders[name] in (None, g)

    out = list(found)
    for i, a in enumerate(found):
        pron = text[slice(*a.source_span)].strip().lower() if a.source_span else ""
        want, g = _PERSONAL.get(pron), PRONOUN_GENDER.get(pron)
        if want is None or (a.speaker is not None and want == "organisation") or "clause_subject" in a.flags:
            continue
        if pron in ("it", "they") and any(b.speaker is None and b.source_span and b.content_span[0] <= a.source_span[0] < b.content_span[1]
                                          and text[slice(*b.source_span)].strip().lower() not in _PERSONAL for b in found):
            continue  # "which the Dataproducts board said it rejected", "Teamsters said they would oppose": the unnamed
            # source whose words hold it (helper-80's reading, twenty-second session)
        k = ctx.layer.sentence_index(a.source_span[0])
        reach = k - (3 if want == "organisation" else 1)  # an organisation stays salient longer ("the Church ... They")
        before = sorted((j for j in range(len(found)) if anchor[j] < a.source_span[0] and ctx.layer.sentence_index(anchor[j]) >= reach
                         and (out[j].speaker is not None or pron == "they" and _group(ctx, out[j])
                              and ctx.layer.sentence_index(anchor[j]) >= k - 1
                              or want == "person" and _one_person(ctx, out[j], g))), key=lambda j: -anchor[j])
        fits = [j for j in before if out[j].speaker is None  # an unnamed group for "they", one unnamed person for he/she
                or (want == "person") != ("organisation" in out[j].flags or out[j].speaker_type == "media")
                and agrees(out[j].speaker, g)]
        if fits and out[fits[0]].speaker is None and want == "person":
            # "A council spokesman said ... He said": the unnamed spokesman, not a name further back
            flags = ("pronoun",) + tuple(f for f in a.flags if f not in ("pronoun", "unresolved", "unnamed", "subject")) + ("unnamed", "salient")
            out[i] = replace(a, speaker=None, speaker_type=out[fits[0]].speaker_type, flags=flags, antecedent_span=_mention(out[fits[0]]))
            continue
        if fits and out[fits[0]].speaker is None:
            b = out[fits[0]]
            if a.speaker is None and not PLURAL_NP_RE.search(text, *b.content_span):
                # "Police officers said ... They said": unnamed still, typed as the group (not when the group's own
                # words name others they could be: "Prosecutors said the brothers ran the scheme. They denied ...")
                flags = ("pronoun",) + tuple(f for f in a.flags if f not in ("pronoun", "unresolved", "subject")) + ("unnamed", "salient")
                out[i] = replace(a, speaker_type=b.speaker_type, flags=flags, antecedent_span=_mention(out[fits[0]]))
            continue
        if not fits:
            if a.speaker is not None and not agrees(a.speaker, g):
                flags = tuple(f for f in a.flags if f != "subject") + ("unresolved", "gender")
                out[i] = replace(a, speaker=None, speaker_type="unnamed", flags=flags)
            continue
        b = out[fits[0]]
        if b.speaker == a.speaker:
            continue
        # a pronoun source keeps its flag when the salient speaker replaces an unresolved reading ("They" for the Ulster
        # Unionists had only "salient"), and a named speaker is no longer "unnamed"
        flags = ("pronoun",) * ("pronoun" not in a.flags) + tuple(f for f in a.flags if f not in ("unresolved", "subject", "unnamed")) + ("salient",)
        out[i] = replace(a, speaker=b.speaker, speaker_type=b.speaker_type, flags=flags, antecedent_span=_mention(out[fits[0]]))
    return out


def _mention(a: Attribution) -> tuple[int, int] | None:
    """The mention ``a``'s source stands for: its own antecedent if it has one, else the source itself."""
    return a.antecedent_span or a.source_span
