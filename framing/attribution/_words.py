"""English word sets that the speaker and source-mention rules read (internal to :mod:`framing.attribution`).

Why code and not lexicon files: these are closed-class words (determiners, connectors,
honorifics, pronouns, weekday and month names) and the head words of institution names,
which decide how a capitalised run or a subject phrase is read. They are grammar, not the
vocabulary a user tunes per event; that vocabulary is data: titles, organisations and groups
in ``lexicons/roles.csv``, reporting verbs in ``lexicons/reporting_verbs.csv``.
"""

from __future__ import annotations

import re

from ..text.segment import ABBREVIATIONS

# --- speakers: names in runs of capitalised words
CONNECT = frozenset({"of", "and", "de", "del", "la", "the", "for"})
# lowercase particles inside one person's name ("Mohammed bin Salman", "Ludwig van Beethoven",
# "Luiz Inácio Lula da Silva"): they join a run of capitalised words and never break the name
NAME_PARTICLES = ("bin", "ibn", "bint", "van", "von", "der", "den", "da", "dos", "di")
# a time phrase between a subject and its cue ("The Supreme Court on Monday said", "Smith last week said"): no source
WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
DAY_TIME = WEEKDAY + r"(?:\s+(?:morning|afternoon|evening|night))?"
_DATE = r"(?:Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\.?\s+\d{1,2}|(?:January|February|March|April|June|July|August|September|October|November|December)\s+\d{1,2}"
TIME_TAIL_RE = re.compile(rf"\s+(?:(?:on|late|early)\s+)?(?:{DAY_TIME}|{_DATE})\s*$|\s+(?:last|this|earlier\s+this|late\s+last|early\s+last)\s+"
                          r"(?:week|month|year|weekend|spring|summer|fall|autumn|winter)\s*$")
# when and where it was said, between a cue and the bare clause it reports ("said on Tuesday it had filed", "said last week
# the bridge would close", "said in an interview with Reuters the talks had failed", "said in a statement on Monday it
# would appeal"): one to three time or place phrases, then a clause's first word; no part of the content (a time alone,
# thirty-sixth session, helper-127; the other phrases and their chains, thirty-seventh session: "said on Tuesday it filed"
# was no attribution at all, "said last week the bridge" had the time in its content)
_WHEN = (rf"(?:(?:on|late|early)\s+)?(?:{DAY_TIME}|{_DATE})|earlier|later|today|yesterday|tonight|"
         r"(?:last|this|earlier\s+this|late\s+last|early\s+last|later\s+this)\s+(?:week|month|year|weekend|night|morning|spring|summer|fall|autumn|winter)")
_WHERE = (r"in\s+(?:a|an|the|its|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:statement|interview|letter|e-?mail|filing|post|speech|tweet|"
          r"release|note|memo|broadcast|briefing)(?:\s+(?:with|to|on)\s+(?:the\s+)?(?:[A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*){0,3}|"
          r"reporters|journalists|shareholders|investors|employees|staff|supporters|members))?|"
          r"on\s+(?:Twitter|Facebook|Instagram|Truth\s+Social|television|TV|radio|social\s+media)|at\s+a\s+(?:news|press)\s+(?:conference|briefing)")
_GAP = rf"(?:(?:{_WHEN}|{_WHERE})\s+){{1,3}}"
# a clause's first word after such phrases: a pronoun or an article, or a capital that opens no newspaper's name or a
# possessive ("said Sunday School classes", "said Sunday Times reporters")
CLAUSE_OPENER = (r"(?=(?:it|its|he|she|they|we|the|a|an|his|her|their|there|I)\s|"
                 r"(?!(?:School|Morning|Night|Mass|Times|Telegraph|Express|Post|Herald|Mirror|Star|Mail)\b)[A-Z](?![^\s]*[’']s\b))")
WHEN_GAP_RE = re.compile(_GAP)  # the phrases, whatever follows (a clause pattern decides)
WHEN_SAID_RE = re.compile(_GAP + CLAUSE_OPENER)
# a full stop that ends an abbreviation, no sentence: a capitalised one of the sentence splitter's ("Mr.", "Corp.", "Gen.")
# or an initial ("U.S.", "Ann J. Lee"); shared by the quote tail (direct.py) and the source after "according to"
ABBREVIATION_DOT = "|".join(rf"(?<=\b{a})\." for a in sorted(a for a in ABBREVIATIONS if a[:1].isupper() and a.isalpha()) + ["[A-Z]"])
# the participle of a question put to the subject between commas ("Trump, asked whether he would fire Powell, said")
ASIDE_FORMS = r"(?:asked|questioned|pressed|quizzed|told|interviewed|contacted|reached)"
# quantifiers: a capitalised one that opens a run of capitalised words is no part of the name after it ("Other Bush
# administration officials", "Another State Department official"); inside a name it may be one ("Bob Such")
QUANTIFIERS = frozenset("other another every any such several many some each either neither both most others few".split())
# Capitalised words that start sentences or clauses but are never part of a name.
STOP_CAPS = frozenset("""the a an and but or however meanwhile despite after before on in at by for from
with while when where what who this that these those it its he she they we i his her their our
mr mrs ms dr former ex now then also still today yesterday upon over under since until
during amid writing posting sharing sources officials monday tuesday wednesday thursday friday saturday
sunday one two three four five six seven eight nine ten several many some each either neither both most others few
someone somebody anyone anybody everyone everybody nobody certainly clearly apparently obviously surely perhaps
presumably evidently undoubtedly notably ironically unfortunately fortunately interestingly importantly ultimately
dozens hundreds january february march april may june july august september october november december
only even just unlike including against without beyond except""".split())  # (thirtieth session: "Only McCaw's proposal
# requires" had made "Only" a first name, so "McCaw" no short name of McCaw Cellular Communications Inc.; FactBank wsj_0584)
MODIFIERS = frozenset("""senior former acting top deputy chief high-ranking then current assistant
associate federal local senior-level veteran longtime a an the""".split())
# one capitalised word that opens a sentence but is nobody: an article, a participle, a sentence adverb
NOT_SUBJECTS = frozenset("""the a posting writing sharing despite after upon meanwhile however still yet instead indeed
nevertheless nonetheless moreover furthermore also now then today yesterday later earlier separately similarly thus
therefore otherwise besides finally overall previously initially again small no""".split())  # "Small wonder the ..."
PRONOUNS = frozenset({"he", "she"})
HONORIFICS = frozenset({"mr", "mrs", "ms", "mx", "dr", "sir", "dame"})
# the abbreviated titles before a surname that make it a person's ("Mr. Jones", "Sen. Bob Menendez"): a regex part
TITLED = r"(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen)\.?\s"
# the longer set, with military and police ranks, where a listed company's name would be a person's ("Det. Sam Nokia")
ABBREV_TITLES = r"(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Col|Lt|Sgt|Capt|Det)"
# first words of a mention that name nobody: "a senior European diplomat", "two officials", "some analysts"
INDEFINITE = frozenset("a an one two three several some many most few each either others".split())
# words before a title that are of the title ("Vice", "Senior" of "Senior Vice President"), not a name
TITLE_MODIFIERS = frozenset("vice senior executive deputy former acting interim chief assistant associate co first".split())
# words that end a name inside a run of capitalised words (checked per token: one set, built once)
# a caption's credit label after a name ("... student Ahmed Mohamed Image: Twitter / Barack Obama."): no part of the name
CREDIT_WORDS = frozenset("image images photo photos photograph picture credit".split())
# plural heads of organisations' names, which end the organisation's name where a person's name of two or three words
# follows in the same run ("Council on American - Islamic Relations Alia Salem": _names.name_sequences); not
# "services", "communications": company names end so
ORG_PLURALS = frozenset("relations affairs studies rights".split())
NAME_BREAKS = CONNECT | STOP_CAPS | HONORIFICS | CREDIT_WORDS
# head words of institution names: a capitalised name containing one speaks as an organisation
INSTITUTIONS = frozenset("""Ministry Department Office Bureau Agency Council Court Commission Committee Institute
University Bank Organization Organisation Service Union Association Party Embassy Federation Foundation Board
Authority Centre Center Corporation Fund Forces Army Navy Police Parliament Congress Senate Assembly Government
Tribunal Secretariat Coalition Alliance League News Times Herald Tribune Gazette Journal Church Observatory Administration
Movement""".split())

# last words of companies' names that work as a legal suffix does ("StatesWest Airlines", "Pathway Communications"): the
# name is a company's, its first words its short name
COMPANY_HEADS = ("Communications", "Airlines", "Airways", "Holdings", "Industries", "Technologies", "Systems", "Securities", "Motors",
                 "Electronics", "Enterprises", "Pharmaceuticals", "Laboratories", "Networks", "Bancorp", "Bancorporation",
                 "Bancshares", "Bankshares", "Partners")
# a savings institution's legal form, which ends its name as a suffix does ("Valley Federal Savings & Loan Association",
# later "Valley Federal", "the thrift", "The company": FactBank wsj_0171, fifth development set)
THRIFT_SUFFIX = r"Savings\s+(?:&|and)\s+Loan(?:\s+Association)?|Savings\s+Bank|Savings\s+Association"
# last words that make a titled capitalised run an organisation or a place, no person: "U.S. Air Force fliers say",
# "Jordan's Red Sea port", "an envoy to the Middle East" (a judged sample of unused FactBank text: each took a
# later "he"); not Court or Church, which are surnames too ("Janet Holmes a Court", "Frank Church"), nor a company
NOT_PERSON_TAILS = (INSTITUTIONS - {"Court", "Church"}) | frozenset("Force Sea Ocean Gulf East West Guard Corps".split()) \
    | frozenset(COMPANY_HEADS)
# last words that make a capitalised name a place, no person: "Oklahoma City was hit ... He said" is not the city's
PLACE_HEADS = frozenset("""city county state island islands street avenue road river valley mountain mountains park bay
lake province region republic kingdom coast beach airport station square hall""".split())

# --- source mentions: the subject phrase before a cue
SKIP_BEFORE_CUE = frozenset("""has have had also further then later previously strongly repeatedly once again
however meanwhile had been is was were are will would could may might already even often publicly
recently reportedly subsequently initially first last quickly not never did does do didn't doesn't hasn't haven't
didn’t doesn’t hasn’t haven’t cannot yet earlier today yesterday now still""".split())
# those words at the end of a stretch before a cue, and -ly adverbs: an apposition ends before them ("Memon, whose office
# oversees the program, also said": thirty-seventh session, rewritten from GUM_news_clock's "Memon also said")
# (not a form of *be*: "'Juan Gelman', (Born ... 1930), is considered by many": a passive's auxiliary; helper-129)
SKIP_TAIL_RE = re.compile(r"(?:\s+(?:" + "|".join(sorted(map(re.escape, SKIP_BEFORE_CUE - {"is", "was", "were", "are", "been"}), key=len, reverse=True))
                          + r"|[a-z]+ly))+\s*$")
# verbs that make a cue noun an act of their subject: "came to the conclusion", "issued a warning" (nominal.py)
SUPPORT_VERBS = frozenset("come reach express voice raise share make issue repeat renew reiterate release file level "
                          "bring harbor harbour hold".split())
# the regular past forms of those that take a belief noun ("The minister expressed hope that"): a clause-initial phrase
# ending in one is a subject and its verb, no source mention
SUPPORT_VERB_FORMS = frozenset(v + ("d" if v.endswith("e") else "ed") for v in
                               "express voice raise reiterate renew repeat harbor harbour".split())
LEAD_CAPS = frozenset("""after before despite upon meanwhile however now on in at by while when but and
so yet later also then as if though although since because once until unless whether with during quoting citing
here there thus instead again""".split())  # ("Here Socrates overlooks": no first name "Here"; helper-111, Wikipedia)
OPENING_CAPS = STOP_CAPS | LEAD_CAPS  # a capitalised word that opens a sentence before a name
DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those", "his", "her", "their", "its", "our"})
SOURCE_MODIFIERS = frozenset("""senior former acting top deputy chief high-ranking then current assistant associate
federal local veteran longtime field office u.s.""".split())  # "U.S. Attorney Samuel A. Alito": part of the title

# an Arabic article joined to a surname by a hyphen ("al-Assad", "El-Sisi"): the surname is the same without it
NAME_PREFIX = r"(?:[Aa]l|[Ee]l)-"


_SUFFIXES = frozenset(("jr", "sr"))


def surname_of(name: str) -> str:
    """The last word of a name that is not a generational suffix: "Robert F. Kennedy Jr." -> "Kennedy".

    Only *Jr.* and *Sr.*: a roman numeral is as often a regnal number ("Pope John Paul II", whose
    "Paul" is no surname) and stays the last word.
    """
    words = name.replace(",", " ").split()
    while len(words) > 1 and words[-1].rstrip(".").lower() in _SUFFIXES:
        words.pop()
    return words[-1] if words else ""


def bare_surname(surname: str) -> str:
    """A surname without its article prefix: "al-Assad" and "Assad" are one surname."""
    return re.sub(rf"^{NAME_PREFIX}", "", surname, flags=re.I)


# a capitalised word of a name: its full stop belongs to it only in an initial or an abbreviation
# ("E.", "Jr.", "St."), so "Sea Org. Scientology" is two names, not one; an Arabic article joined
# by a hyphen opens one ("Suleiman al-Amr", "Abdel Fattah el-Sisi")
_ABBR = "|".join(rf"(?<=\b{a}\.)" for a in "Jr Sr St Dr Mr Ms Mrs Gen Gov Sen Rep Lt Col Co Inc Ltd Corp".split())
# a character inside a word of a name: a letter, digit, apostrophe, dot or hyphen, or an "&" before a capital ("AT&T")
NAME_CHAR = r"(?:[\w’'.\-]|&(?=[A-Z]))"
# a US state's abbreviation after a city ("Portland, Ore.", "Kearny, N.J."), not a name's own suffix ("Jr.", "Inc.")
STATE_ABBR = r"(?!(?:Jr|Sr|Inc|Co|Ltd|Plc|Corp|Bros)\.)(?:[A-Z][a-z]{1,4}\.|(?:[A-Z]\.){2})"
# nouns of a place's apposition ("sources in Riyadh, the Saudi capital")
PLACE_NOUNS = r"(?:capital|city|town|village|province|region|county|port|country|district|island)"
CAP_WORD = r"\(?(?:(?<![\w-])(?:al|el)-)?[A-ZÀ-Þ](?:[\w’'\-]|\.(?=[\w’'\-])|&(?=[A-Z]))*(?:\.(?:(?<=\b\w\.)|" + _ABBR + r"))?\)?"

# an apposition right after a name: ", (a|the ...)? words ," ("Laura Chen, a spokeswoman for the
# department, said"), at most 15 words, ending at a comma, a full stop or a reporting verb; no finite
# verb among the words before the end of the sentence (the look-ahead stops at a full stop)
# (a word holds a full stop only inside it or as initials, "U.S.": "University. The" ends the apposition)
_NOT_CUE = r"(?!(?:said|says|told|added|wrote|explained)\b)"
_APPOS_WORD = r"(?:(?:[A-Z]\.){2,}|[\w’'&-]+(?:\.[\w’'&-]+)*)"
APPOSITION_RE = re.compile(rf",\s+(?!(?:{_APPOS_WORD}\s+){{0,14}}?(?:has|have|had|is|are|was|were|will|would|did|does|could|can|may|"
                           r"might|must|should|shall)\b)"  # (a modal too: "According to Le Figaro, this government plan could cost
                           # billions" typed Le Figaro government: helper-128's reading of PUD)
                           r"(?!(?:on|at|in|outside|after|before|during|from|to|with|when|while)\s)"
                           # "Bukele, even goaded ...": an adverb and a verb open a clause, no apposition (but "Kerry, then
                           # secretary of state," and "Doe, also a member of the council," are appositions)
                           r"(?!(?:even|also|then|later|still|again|already|just|never|once)\s+(?:[a-z]+ed|told|said|went|"
                           r"made|took|gave|came|called|wrote|began|met|led|left|sent|spoke|became)\b)"
                           # nor a past tense before its object ("Asil Nadir, echoed the official Japanese view": typed
                           # government by "official"; thirty-sixth session)
                           r"(?![a-z]+ed\s+(?:the|a|an|his|her|its|their|our)\s)"
                           # (a place's state abbreviation inside: "a New Providence, N.J., marketing consultant")
                           rf"((?:(?:a|an|the|its|their|his|her)\s+)?{_APPOS_WORD}(?:\s+{_APPOS_WORD}|,\s+(?:[A-Z][a-z]{{0,3}}\.){{1,2}},(?=\s+{_NOT_CUE}[a-z])){{0,14}}?)"
                           r"\s*(?=[,;.)]|\s+(?:said|says|told|added|wrote|explained)\b)"
                           rf"(?!,\s+(?:[A-Z][a-z]{{0,3}}\.){{1,2}},\s+{_NOT_CUE}[a-z])")

# a dash signing a quotation with its speaker's name: '“…” — Senator Tom Reyes', '"…" - Matthew Ingram'
SIGN_OFF_RE = re.compile(r"\s*([—–]|--?)\s*(?=[A-Z])")

# a full name of two to four capitalised words ("Ann Lee", "Joseph A. Zwilling"), the body of the name patterns
FULL_NAME = r"(?:[A-Z][\w.’'-]+\s+){1,3}[A-Z][\w’'-]+"
# object pronouns: the subject of an absolute clause ("with him saying"), resolved by the registry, not the parse
OBJECT_PRONOUNS = frozenset("him her them me us it".split())
# "former" or "ex-" before a title: the person is out of office
FORMER = r"(?:[Ff]ormer|[Ee]x-)"
# titles that say whose side, not who: with no name they are an unnamed source ("an Iraqi official")
# a politician's or an office's staff (roles.csv rows; _evidence types them by a politician named before them)
STAFF_TITLES = frozenset({"aide", "adviser", "advisor", "senior adviser", "special assistant"})
UNNAMED_TITLES = frozenset({"official", "spokesman", "spokeswoman", "spokesperson", "national security adviser"}) | STAFF_TITLES
# the subordinators of an adverbial clause, which makes no object a clause of speech (_cuecheck) and opens a fronted
# clause whose pronoun may point forward (_cataphora)
ADVERBIAL_MARKS = frozenset("if when because although though while unless until once whenever".split())
# a company named before, referred to by its kind ("Unisys Corp. ... The company said"), in lower case: "the company",
# "the firm"; with words between ("The thrift holding company", "the Oklahoma City energy concern"; not "the head of the
# company"); "company" cut from "The Wilmington, Del., company"; and newswire's descriptions that a place and its state
# open ("The Portland, Ore., thrift", "The Rockford, Ill., maker of fasteners")
_FIRM_HEADS = r"(?:company|firm|corporation|concern|thrift|maker|lender|retailer|insurer|manufacturer|producer|utility|automaker|publisher)"
# (AP style spells eight states out: "The El Paso, Texas, maker of Western boots", FactBank wsj_0157)
UNABBREVIATED_STATES = frozenset("Alaska Hawaii Idaho Iowa Maine Ohio Texas Utah".split())
PLACE_FIRM_RE = re.compile(r"(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*(?:,\s+(?:[A-Z][a-z]{1,5}\.|(?:[A-Z]\.){2}|" + "|".join(sorted(UNABBREVIATED_STATES))
                           + r")(?:,\s+|-based\s+)|-based\s+)"
                           r"(?:(?!of\s)[a-z][\w.&-]*\s+){0,6}"
                           + _FIRM_HEADS + r"(?:\s+of\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,5})?", re.I)
# the nouns a firm named before goes by ("The company said", "the Chinese carmaker", "the tech giant"; after a place's
# possessive: "Canada's largest department store operator")
FIRM_NOUNS = ("company", "firm", "corporation", "concern", "airline", "carrier", "thrift", "maker", "retailer", "insurer",
              "manufacturer", "producer", "automaker", "carmaker", "chipmaker", "drugmaker", "lender", "conglomerate", "startup",
              "giant")
# an operator or provider of a business, which a company is ("the jewelry store operator", "Canada's largest department
# store operator", "The in-home health care services provider"; FactBank); not "the crane operator", "the train operator",
# "The provider said she would stop accepting patients": a person at the controls or a doctor (helper-104's reading)
BUSINESS_OPERATOR = r"(?:store|chain|hotel|casino|cruise|restaurant|home|cemetery|hospital|network|pipeline|system|service)s?\s+operator|services\s+provider"
# a possessive before a rank ("Canada's largest", "the nation's second-largest"): the mention is matched in lower case, so
# the possessor cannot be told a place by its capital; not "Smith's former company" (helper-105's reading)
_RANKED = r"(?:the\s+)?[\w.&-]+(?:\s+[\w.&-]+)?[’']s(?=\s+(?:[\w]+-)?(?:largest|biggest|leading|top|oldest|smallest|fastest-growing)\b)"
THE_COMPANY_RE = re.compile(rf"the (?:{'|'.join(FIRM_NOUNS)}|bank)"
                            rf"|(?:the|{_RANKED})\s+(?:(?!of\s)[a-z][\w.&-]*,?\s+){{0,9}}(?:{BUSINESS_OPERATOR})"
                            rf"|(?:the|{_RANKED})\s+(?:(?!of\s)[a-z][\w.&-]*,?\s+){{1,9}}(?:{'|'.join(FIRM_NOUNS)})|company|firm|"
                            + PLACE_FIRM_RE.pattern, re.I)
# a news outlet named before, referred to by its kind ("The Maariv newspaper said ... The newspaper said")
# kinds of outlet that may stand between an adjective and the outlet's name ("The official news agency Xinhua")
OUTLET_KIND_RE = re.compile(r"\b(?:news agency|newspaper|daily|agency|broadcaster|network)\b")
THE_OUTLET = frozenset({"the newspaper", "the paper", "the daily", "the magazine"})  # not "the network": CNN, not a paper
# a web address named as a source ("Gawker.com", "the website Salon.com")
SITE_RE = re.compile(r"(?:(?:the\s+)?(?:web\s*)?sites?\s+)?([A-Za-z][\w-]*(?:\.[\w-]+)*\.(?:com|org|net|co\.uk|info))", re.I)
# "critics of X", "relatives of X": a group named by whom they are for or against
PLURAL_OF_RE = re.compile(r"(?:(?:the|some|many|several|other|two|three|four|five|\d+)\s+)?((?:critics|supporters|opponents|"
                          r"detractors|admirers|fans|followers|relatives|families|victims|survivors)(?=\s+of\s)|"
                          # one of someone's circle: "A key ally of the president", "The family of George Floyd" (helper-85)
                          r"^(?:(?:a|an|one|the)\s+)(?:(?:key|close|longtime|long-time|former|senior|top|younger|older|elder)\s+)?(?-i:ally|family|"
                          r"friend|confidant|aide|widow|widower|wife|husband|mother|father|son|daughter|brother|sister)(?=\s+of\s)|"
                          r"^(?:(?:a|an|one|the)\s+)?(?:(?:key|close|longtime|long-time|former|senior|top)\s+)?(?:aide|adviser|"
                          r"advisor)s?(?=\s+to\s)|"  # (plural and bare too: "Aides to the governor said", thirty-fourth session)
                          # a person's lawyers ("Lawyers for Smith"), not a campaign ("Lawyers for Human Rights")
                          r"(?:lawyers|attorneys)(?=\s+for\s+(?!(?-i:(?:[A-Z]\w*\s+)*(?:Rights|Justice|Freedom|Liberty|Peace|"
                          r"Reform|Democracy|Equality|Truth|Life|Choice|Interest|Change|Accountability|Integrity))\b)))"
                          r"\s+(?:of|for|to)\s+", re.I)
# days and months: a capitalised word after a cue that is a date, not a name ("said Thursday from her home")
CALENDAR = frozenset("""Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June
July August September October November December""".split())
# singular nouns for groups that British English refers to as "they" ("the council ... they had claimed")
COLLECTIVES = frozenset("""council government team company club party committee board family group army police staff crew union
jury panel firm bank ministry department agency authority administration parliament congress senate assembly
commission federation association league coalition alliance church""".split())
# relatives: a private person described by kinship ("Kopp's stepmother", "his mother") is typed other, as the
# guidelines type private people; lowercase words only, so "Mother Teresa" and "Big Brother Watch" stay names
RELATIVES = frozenset("""mother father stepmother stepfather wife husband son daughter brother sister widow widower
grandmother grandfather grandson granddaughter uncle aunt cousin nephew niece mum mom dad parents relatives family""".split())
# a possessive pronoun and the subject pronoun it is resolved as ("his warning", "its report": as "he", "it" would be)
POSSESSIVE_PRONOUNS = {"his": "he", "her": "she", "its": "it", "their": "they"}
# what may stand before a sentence's first word: spaces, an opening quotation mark or bracket, a dash
OPENING_PUNCT = " \t\r\n\"“‘'(—–-"
# a preposition (and "the") right before a phrase: the phrase is an opening adverbial or an object of the preposition,
# no subject and no title of the name after it ("In a filing with the Securities and Exchange Commission, DPC ...")
PREP_END_RE = re.compile(r"\b(?:to|with|from|at|in|on|by|for|against|before|after|during)\s+(?:the\s+)?$", re.I)
# a description by someone else's kin or friend: the title after "of" is the other person's ("a friend of the president",
# "the wife of the governor"): no role and no type from it
KIN_OF_RE = re.compile(r"(?:a|an|the|one)\s+(?:[\w-]+\s+)?(?:" + "|".join(sorted(RELATIVES)) +
                       r"|friend|neighbou?r|classmate|girlfriend|boyfriend|fianc[ée]e?)s?\s+of\b", re.I)

# a campaign named as its people and their cause ("Australians for a Constitutional Monarchy", "Americans for Tax
# Reform", "Mothers Against Drunk Driving"; people nouns only, not "Court of Appeals for", "Centers for Disease Control")
CAMPAIGN_RE = re.compile(r"\b(?!Centers\b|Centres\b|Partners\b)(?:[A-Z][a-z]+(?:ians|ans|ers|ors|ists|ens|ents)|Friends|Women|Men|People|"
                          r"Families)\s+(?:for|[Aa]gainst|Without)\s+(?:an?\s+|the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*")

# an article or possessive before a reporting-verb form makes it a noun ("the order", "an alleged")
_NOUN_DETERMINERS = frozenset(("a", "an", "the", "his", "her", "their", "its"))


def after_determiner(text: str, start: int, m: re.Match[str], *, her: bool = True) -> bool:
    """Whether form ``m`` follows an article or possessive (a noun: "the order"), not opening a quotation ("the claim:").

    ``her=False``: not after *her*, which is an object as often ("heard her say the car was speeding").
    """
    prev = text[max(start, m.start() - 6):m.start()].split()
    word = prev[-1].lower() if prev else ""
    return word in _NOUN_DETERMINERS and (her or word != "her") and text[m.end():m.end() + 1] != ":"


def verb_form_in(forms: re.Pattern[str], text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds a reporting-verb form (``forms``, the verb lexicon's pattern) that is no noun
    after its article: a clause, not a source ("Officials say"; but "The report", "The statement" are sources)."""
    return any(not after_determiner(text, start, f) for f in forms.finditer(text, start, end))


# titles of royals and religious heads written before a single name ("King Hussein", "Pope Francis")
ROYAL_TITLES = ("King", "Queen", "Prince", "Princess", "Emperor", "Empress", "Pope", "Sultan", "Emir", "Sheikh", "Shah")


# nouns of a written or spoken piece whose participle speaks for its author when the author produced it ("issued a
# statement saying", "filed a lawsuit alleging", "sent a letter to residents urging"), else for itself ("rejected a
# report saying": the report says) -- rules.py and _repair.effort_subject, twenty-first round on issue #13
DOCUMENT_NOUNS = frozenset("statement letter report lawsuit suit motion complaint release message post tweet note memo "
                           "petition resolution video email e-mail filing ad advertisement editorial op-ed column "
                           "communique communiqué notice decree brief speech".split())
# verbs of producing such a piece, and their forms (the lemmatiser writes "unvei" for "unveiled": helper-87)
PRODUCING = frozenset("issue release publish send post file write sign deliver put submit tweet present circulate lodge "
                      "bring draft pen unveil share upload air broadcast make give read".split())
PRODUCING_FORMS = frozenset({f for w in PRODUCING for f in (w, w + "s", w + "d" if w.endswith("e") else w + "ed")} | {
    "sent", "wrote", "written", "brought", "made", "gave", "given", "put", "penned", "submitted", "broadcast"})
