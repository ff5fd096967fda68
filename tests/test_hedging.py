"""Hedging scorer: lexicon, context rules, voice, scare quotes, scores, table, bundled articles."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from casefiles import read_cases
from framing import analyze, text_layer
from framing.hedging import HEDGE_CATEGORIES, Hedge, hedges, load_hedge_lexicon, score_hedges
from framing.tables import hedges_table
from framing.lexicon import LexiconError

CASES = read_cases("hedge_cases.txt", "=")


def _expected(line: str) -> tuple:
    parts = line.split("\t")
    text, cat, voice, term = parts[:4]
    flags = tuple(parts[4].split(",")) if len(parts) > 4 and parts[4] else ()
    return text, cat, voice, term, flags


@pytest.mark.parametrize("case", [pytest.param(c, marks=pytest.mark.xfail(strict=True, reason=c.comment))
                                  if c.comment.startswith("XFAIL") else c for c in CASES],
                         ids=[c.comment for c in CASES])
def test_hedge_case(case):
    found = hedges(case.text)
    got = [(h.text, h.category, h.voice, h.term, h.flags) for h in found]
    assert got == [_expected(e) for e in case.expected]
    for h in found:
        assert case.text[h.start:h.end] == h.text


def test_cases_file_covers_every_rule():
    comments = " ".join(c.comment for c in CASES)
    for word in ("May the month", "May as a surname", "optative", "could of past inability", "claims as a noun",
                 "suspected as a belief", "negated", "reported", "scare quote", "XFAIL",
                 # issue #14: each rule of the issue has its case
                 "claim on the parse", "likely voters", "concession", "rhetoric", "multi-word", "first-person",
                 "scare quote title", "scare quote mention", "scare quote partial", "scare quote name",
                 "scare quote echo", "block quotation",
                 # this round: rules found on the annotated GUM train documents
                 "claim as an application", "could of circumstance", "purpose clause", "interview transcript",
                 "scare quote clause", "closed in the next paragraph"):
        assert word in comments


# The false-positive traps named in issue #3, each with its exact expectation (composed text).
TRAPS = [
    # May the month (mid-sentence, before a number, sentence-initial before a finite verb): no hit
    ("It was signed in May and took effect on May 5. May saw protests.", []),
    # May God bless (optative), at the start and after 'and': no hit
    ("May God bless the victims, and may God bless this country.", []),
    # could of ability where the words decide it: no hit; could of possibility: a hit
    ("Officials could not be reached. They could hear gunfire. The ruling could be overturned.",
     [("could", "epistemic", ())]),
    # claims as a noun ("insurance claims"): no hit; the verb with a complement: a hit
    ("Insurance claims rose last year. The company claims that it paid.", [("claims", "distancing", ())]),
    # suspected: the allegation adjective counts, the belief verb does not (documented)
    ("She suspected that the suspected smugglers had left.", [("suspected", "allegation", ())]),
    # negated hedges keep their hit and are flagged
    ("He was not alleged to be involved.", [("alleged", "allegation", ("negated",))]),
    # hedges in reported speech without quotation marks: voice reported, flagged reported (issue #14)
    ("The judge warned that the order may have been violated.", [("may", "epistemic", ("reported",))]),
]


@pytest.mark.parametrize("text, expected", TRAPS)
def test_issue_traps(text, expected):
    got = [(h.text, h.category, h.flags) for h in hedges(text)]
    assert got == expected
    assert all(h.voice == ("reported" if h.reported else "author") for h in hedges(text))


# --- the bundled articles: every allegation marker and scare quote, with voice -------------------

BUNDLED_EXPECTED = {
    # (article id): list of (text, category, voice) for allegation and scare_quote hits, in order
    "A": [("accused", "allegation", "author"), ("alleged", "allegation", "author"),
          ("'Venezuelan gang members'", "scare_quote", "author"), ("‘mega-prison’", "scare_quote", "author"),
          ("alleged", "allegation", "author"), ("alleged", "allegation", "author")],
    "B": [("‘Venezuelan gang members’", "scare_quote", "author"), ("accused", "allegation", "author"),
          ("‘Venezuelan gang members’", "scare_quote", "author"), ("‘mega-prison’", "scare_quote", "author"),
          ("alleged", "allegation", "author")],
    "C": [("accusations of", "allegation", "author"), ("alleged", "allegation", "author"),
          ("‘Venezuelan gang members’", "scare_quote", "author"), ("‘mega-prison,’", "scare_quote", "author"),
          ("suspected", "allegation", "author"), ("alleged", "allegation", "author")],
    "D": [("Accused", "allegation", "author"), ("Alleged", "allegation", "author"),
          ("allegations of", "allegation", "author"), ("reportedly", "allegation", "author"),
          ("alleged", "allegation", "author"), ("accused", "allegation", "author"),
          ("alleged", "allegation", "reported")],  # issue #14: in a reported clause, voice reported (was author)
    "E": [("accusations of", "allegation", "author")],
}


@pytest.mark.parametrize("aid", sorted(BUNDLED_EXPECTED))
def test_bundled_allegations_and_scare_quotes(bundled, aid):
    art = next(a for a in bundled if a.id == aid)
    found = hedges(text_layer(art.text, title=art.title))
    got = [(h.text, h.category, h.voice) for h in found if h.category in ("allegation", "scare_quote")]
    assert got == BUNDLED_EXPECTED[aid]


def test_bundled_partial_quotes_of_speakers_are_not_scare_quotes(bundled):
    art = next(a for a in bundled if a.id == "A")
    terms = [h.term for h in hedges(art.text) if h.category == "scare_quote"]
    # 'threat of kidnapping' and 'considered criminals ...' (Maduro, reported speech),
    # 'many' (Cerna: "admitted ... that 'many'") and the Leavitt quote have a speaker attached.
    assert terms == ["Venezuelan gang members", "mega-prison"]


def test_bundled_other_categories(bundled):
    by_id = {a.id: a for a in bundled}
    d = [(h.text, h.category) for h in hedges(by_id["D"].text) if h.category in ("epistemic", "distancing")]
    assert d == [("appeared to", "epistemic"), ("maintained", "distancing"), ("labeling", "distancing"),
                 ("asserted", "distancing")]
    e = [(h.text, h.category, h.voice, h.flags) for h in hedges(by_id["E"].text) if h.category != "allegation"]
    # issue #14: hedges in reported speech have voice reported (was author, flagged reported)
    assert e == [("labeled", "distancing", "author", ()), ("could", "epistemic", "reported", ("reported",)),
                 ("claim", "distancing", "author", ()), ("deemed", "distancing", "reported", ("reported",)),
                 ("may", "epistemic", "reported", ("reported",))]
    # "May God bless ..., and may God bless ..." (B and C) are optatives, in quoted voice: no hit.
    for aid in ("B", "C"):
        assert not [h for h in hedges(by_id[aid].text) if h.term == "may"]


def test_bundled_excluded_caption_not_scored(bundled):
    art = next(a for a in bundled if a.id == "E")
    layer = text_layer(art.text, title=art.title)
    cap = next(e for e in layer.excluded if "alleged gang members" in art.text[e.start:e.end])
    assert not [h for h in hedges(layer) if cap.start <= h.start < cap.end]


# --- scores --------------------------------------------------------------------------------------

def test_scores_count_by_voice_and_density_uses_author_words_only():
    text = "The alleged thief may have fled. “He may be abroad, perhaps in Spain,” an officer said."
    layer = text_layer(text)
    found = hedges(layer)
    s = score_hedges(found, layer)
    assert s["hedge_allegation_author"] == 1
    assert s["hedge_epistemic_author"] == 1
    assert s["hedge_epistemic_quoted"] == 2
    assert s["hedge_author_words"] == 9  # 'The alleged thief may have fled.' (6) + 'an officer said' (3)
    assert s["hedge_epistemic_per_1k"] == round(1000 / 9, 3)
    assert s["hedge_total_per_1k"] == round(2000 / 9, 3)
    assert s["hedge_total_quoted"] == 2
    assert s["hedge_booster_per_1k"] == 0.0


def test_score_keys_and_flags():
    text = "He did not appear to care. Clearly, the mayor said the plan may fail."
    layer = text_layer(text)
    s = score_hedges(hedges(layer), layer)
    expected = {f"hedge_{c}_{v}" for c in HEDGE_CATEGORIES for v in ("author", "quoted", "reported", "per_1k")}
    expected |= {"hedge_total_author", "hedge_total_quoted", "hedge_total_reported", "hedge_total_per_1k", "hedge_negated",
                 "hedge_reported", "hedge_author_words"}
    assert set(s) == expected
    # issue #14: "may" after "the mayor said" is reported speech, no longer in the author total (was 2)
    assert (s["hedge_negated"], s["hedge_reported"], s["hedge_booster_author"], s["hedge_total_author"]) == (1, 1, 1, 1)
    assert s["hedge_epistemic_reported"] == s["hedge_total_reported"] == 1
    assert all(v is None or isinstance(v, (int, float)) for v in s.values())


def test_scores_empty_author_text_gives_none_densities():
    layer = text_layer("“It may rain.”")
    s = score_hedges(hedges(layer), layer)
    assert s["hedge_epistemic_quoted"] == 1
    assert s["hedge_epistemic_per_1k"] is None and s["hedge_total_per_1k"] is None


# --- attributions, JSON, table, API errors -------------------------------------------------------

class _Attr:
    def __init__(self, content_span, cue_span=None):
        self.content_span = content_span
        self.cue_span = cue_span


def test_attributions_decide_reported_and_scare_quotes():
    text = "Officials expect the 'gang members' may be moved soon."
    plain = hedges(text)
    assert [(h.term, h.reported) for h in plain] == [("gang members", False), ("may", False)]
    content = (text.index("the 'gang"), len(text) - 1)
    # no cue (as for a continued quote): the speaker is attached, so no scare quote
    found = hedges(text, attributions=[_Attr(content, None)])
    assert [(h.term, h.category, h.reported) for h in found] == [("may", "epistemic", True)]
    # a cue that is not a speech or naming verb ('expect') does not attach the quotation
    found = hedges(text, attributions=[_Attr(content, (10, 16))])
    assert [(h.term, h.reported) for h in found] == [("gang members", False), ("may", True)]
    # a speech verb of another clause, far after the quotation, does not attach it
    text2 = "They went to a ‘mega-prison,’ a facility where inmates are denied visits."
    cue = (text2.index("denied"), text2.index("denied") + 6)
    far = hedges(text2, attributions=[_Attr((text2.index("‘"), text2.index(",’") + 2), cue)])
    assert [h.term for h in far] == ["mega-prison"]
    # given attributions replace the reporting-verb fallback: none given, nothing reported
    assert [h.reported for h in hedges("The mayor said the bridge may close.", attributions=[])] == [False]


def test_to_dict_and_cli_json(bundled):
    art = next(a for a in bundled if a.id == "A")
    d = analyze(art).to_dict()
    h0 = d["hedges"][0]
    assert h0 == {"start": 28, "end": 35, "text": "accused", "category": "allegation", "voice": "author",
                  "term": "accused of", "negated": False, "reported": False,
                  "evidence": "hedges.csv, line 11"}  # issue #14: each hedge keeps its evidence
    assert art.text[h0["start"]:h0["end"]] == "accused"
    json.dumps(d)
    assert d["scores"]["hedge_scare_quote_author"] == 2


def test_hedge_is_frozen():
    h = hedges("It may rain.")[0]
    assert isinstance(h, Hedge)
    with pytest.raises(AttributeError):
        h.start = 3  # type: ignore[misc]


def test_hedges_table(bundled):
    from framing import analyze_many

    df = hedges_table(analyze_many(bundled))
    assert list(df.columns) == ["id", "outlet", "start", "end", "text", "category", "voice", "term", "negated",
                                "reported", "flags", "sentence_start", "sentence_end", "sentence"]
    row = df[(df["id"] == "C") & (df["category"] == "scare_quote")].iloc[1]
    assert row["text"] == "‘mega-prison,’" and row["outlet"] == "Outlet C"
    assert row["sentence"].startswith("The 78-year-old Republican previously voiced")
    assert set(df["id"]) == {"A", "B", "C", "D", "E"}
    assert df.loc[df["reported"], "flags"].eq("reported").all()


def test_hedges_rejects_a_list_of_texts():
    with pytest.raises(TypeError, match="one text"):
        hedges(["It may rain.", "It might."])


def test_lexicon_argument_rejects_wrong_type():
    with pytest.raises(TypeError, match="HedgeLexicon"):
        hedges("It may rain.", lexicon={"may": "epistemic"})


# --- lexicon loading -----------------------------------------------------------------------------

HEADER = "# framing-lexicon: hedges; format 1\nterm,pattern,category,rule,source,notes\n"


def _write(tmp_path: Path, name: str, body: str) -> Path:
    p = tmp_path / name
    p.write_text(HEADER + body, encoding="utf-8")
    return p


def test_packaged_lexicon_has_provenance_for_every_row():
    lex = load_hedge_lexicon()
    assert len(lex) >= 50
    assert all(e.source for e in lex.entries)
    assert {e.category for e in lex.entries} == set(HEDGE_CATEGORIES) - {"scare_quote"}


def test_user_lexicon_replaces_and_extends(tmp_path):
    p = _write(tmp_path, "mine.csv", "ostensibly,,allegation,,framing,my term\n")
    only = load_hedge_lexicon(p)
    assert [e.term for e in only.entries] == ["ostensibly"]
    text = "The ostensibly neutral panel may meet."
    assert [h.term for h in hedges(text, lexicon=only)] == ["ostensibly"]
    both = load_hedge_lexicon(p, extend=True)
    assert [h.term for h in hedges(text, lexicon=both)] == ["ostensibly", "may"]
    assert [h.lexicon for h in hedges(text, lexicon=both)] == ["mine", "framing"]  # file stem when no lexicon column


def test_duplicate_across_merged_files_is_rejected(tmp_path):
    p = _write(tmp_path, "dup.csv", "alleged,,allegation,,framing,again\n")
    with pytest.raises(LexiconError, match=r"duplicate term 'alleged' \(first at .*hedges.csv, line \d+\)"):
        load_hedge_lexicon(p, extend=True)


def test_bad_rows_are_named(tmp_path):
    p = _write(tmp_path, "bad.csv", "foo,,hedgy,,framing,\nbar,,epistemic,nosuchrule,framing,\n"
                                    "baz,(,epistemic,,framing,\nqux,(a)?,epistemic,,framing,\n")
    with pytest.raises(LexiconError) as err:
        load_hedge_lexicon(p)
    msg = str(err.value)
    assert "bad.csv, line 3: unknown category 'hedgy'" in msg


def test_bad_rules_and_patterns_are_named(tmp_path):
    p = _write(tmp_path, "bad2.csv", "bar,,epistemic,nosuchrule,framing,\nbaz,(,epistemic,,framing,\n"
                                     "qux,(a)?,epistemic,,framing,\n")
    with pytest.raises(LexiconError) as err:
        load_hedge_lexicon(p)
    msg = str(err.value)
    assert "bad2.csv, line 3: unknown rule 'nosuchrule'" in msg
    assert "bad2.csv, line 4: pattern '(' is not a valid regular expression" in msg
    assert "bad2.csv, line 5: pattern '(a)?' matches the empty string" in msg


def test_cli_jsonl_carries_hedges(tmp_path):
    """`framing analyze` JSONL: each hedge with start, end, text, category, voice, term and the flags."""
    from framing.cli import main

    src = tmp_path / "a.txt"
    src.write_text("The alleged thief may have fled, police said. “It was not alleged,” she said.", encoding="utf-8")
    out = tmp_path / "o.jsonl"
    assert main(["analyze", str(src), "--output", str(out)]) == 0
    (obj,) = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert obj["hedges"] == [
        # issue #14: three voices (the reported clause's hedges were author, flagged reported) and the evidence
        {"start": 4, "end": 11, "text": "alleged", "category": "allegation", "voice": "reported", "term": "alleged",
         "negated": False, "reported": True, "evidence": "hedges.csv, line 7"},
        {"start": 18, "end": 21, "text": "may", "category": "epistemic", "voice": "reported", "term": "may",
         "negated": False, "reported": True, "evidence": "hedges.csv, line 25; rule modal_may"},
        {"start": 58, "end": 65, "text": "alleged", "category": "allegation", "voice": "quoted", "term": "alleged",
         "negated": True, "reported": False, "evidence": "hedges.csv, line 7"},
    ]
    assert obj["scores"]["hedge_allegation_reported"] == 1 and obj["scores"]["hedge_allegation_quoted"] == 1


def test_several_user_files_merge_and_a_duplicate_across_them_names_both(tmp_path):
    a = _write(tmp_path, "a.csv", "ostensibly,,allegation,,framing,\n")
    b = _write(tmp_path, "b.csv", "seemingly so,,epistemic,,framing,\n")
    lex = load_hedge_lexicon([a, b])
    assert [(e.term, e.lexicon) for e in lex.entries] == [("ostensibly", "a"), ("seemingly so", "b")]
    assert [(h.text, h.category) for h in hedges("The ostensibly fair vote was seemingly so.", lexicon=lex)] == [
        ("ostensibly", "allegation"), ("seemingly so", "epistemic")]
    c = _write(tmp_path, "c.csv", "ostensibly,,epistemic,,framing,\n")
    with pytest.raises(LexiconError, match=r"c.csv, line 3: duplicate term 'ostensibly' \(first at .*a.csv, line 3\)"):
        load_hedge_lexicon([a, c])


def test_attributions_with_the_same_content_span_and_with_and_without_cue():
    text = "Officials expect the 'gang members' may be moved soon."
    content = (text.index("the 'gang"), len(text) - 1)
    # two attributions over the same content: one with a non-speech cue, one without a cue (attaches)
    found = hedges(text, attributions=[_Attr(content, (10, 16)), _Attr(content, None)])
    assert [(h.term, h.category) for h in found] == [("may", "epistemic")]


def test_reported_with_overlapping_contents_and_a_hedge_inside_a_cue():
    text = "Officials claimed that the bridge may close, and the tunnel may flood."
    first, second = text.index("may"), text.rindex("may")
    claimed = text.index("claimed")
    # a long content span that ends before the second 'may', and a short one inside it; a third
    # content span whose cue ('claimed') covers a hedge: a hit inside its own cue is not reported
    attrs = [_Attr((0, first + 5), (claimed, claimed + 7)), _Attr((first - 4, first + 3), None)]
    got = [(h.text, h.reported) for h in hedges(text, attributions=attrs)]
    assert got == [("claimed", False), ("may", True), ("may", False)]


def test_longest_term_wins_across_first_character_groups(tmp_path):
    # The compiled regex dispatches on a term's first characters. "in all likelihood" leads
    # the 'i' group, so that group is tried before the group of "(is|was) said to" (longer
    # than "is", but starting with i or w). The longest term at a position must still win:
    # "is said to" (3 words), not the one-word "is", whatever the group order.
    p = _write(tmp_path, "groups.csv", "in all likelihood,,epistemic,,framing,\n"
               "is said to,(is|was) said to,allegation,,framing,\nis,,epistemic,,framing,\n")
    lex = load_hedge_lexicon(p)
    text = "In all likelihood he is said to have left; she was said to stay."
    assert [(h.text, h.term) for h in hedges(text, lexicon=lex)] == [
        ("In all likelihood", "in all likelihood"), ("is said to", "is said to"), ("was said to", "is said to")]


def test_edited_user_lexicon_is_read_again(tmp_path):
    # Cached per file and modification time: an edited file is read again, an unchanged one is not.
    import os

    p = _write(tmp_path, "mine.csv", "ostensibly,,allegation,,framing,\n")
    first = load_hedge_lexicon(p)
    assert [(e.term, e.category) for e in first.entries] == [("ostensibly", "allegation")]
    assert load_hedge_lexicon(p) is first
    p.write_text(HEADER + "ostensibly,,epistemic,,framing,\n", encoding="utf-8")
    os.utime(p, ns=(p.stat().st_mtime_ns + 10**9, p.stat().st_mtime_ns + 10**9))
    assert [(e.term, e.category) for e in load_hedge_lexicon(p).entries] == [("ostensibly", "epistemic")]


def test_lexicon_line_numbers_after_a_cell_over_two_lines(tmp_path):
    # A quoted notes cell may hold a line break; the rows after it keep their own file line
    # numbers in error messages (the duplicate 'may' is on line 6 of the file, not 5).
    p = _write(tmp_path, "multi.csv", 'may,,epistemic,,framing,"two\nlines"\nmight,,epistemic,,framing,\n'
               "may,,epistemic,,framing,again\n")
    with pytest.raises(LexiconError, match=r"multi\.csv, line 6: duplicate entry 'may' \(first on line 3\)"):
        load_hedge_lexicon(p)


# --- issue #14: the parse, evidence, three voices -------------------------------------------------

def test_only_sentences_with_a_parse_candidate_are_parsed_in_one_batch():
    from framing.text import Syntax

    text = "The plan may fail. Nothing else. It is too early to know. The sky is blue. Insurance claims rose."
    layer = text_layer(text)
    syn = Syntax(layer)
    calls = []
    parse = syn.parse
    syn.parse = lambda idx: calls.append(list(idx)) or parse(idx)  # type: ignore[method-assign]
    found = hedges(layer, syntax=syn)
    assert [h.text for h in found] == ["may", "It is too early to know"]
    assert calls == [[2, 4]] and sorted(syn.parsed) == [2, 4]  # 'may' is decided on the words


def test_each_hedge_keeps_its_evidence():
    text = "The plan may fail. It is too early to know. They flew 200 'gang members' out."
    assert [(h.text, h.evidence) for h in hedges(text)] == [
        ("may", "hedges.csv, line 25; rule modal_may"),
        ("It is too early to know", "hedges.csv, line 54; rule too_early; parse"),
        ("'gang members'", "scare quote: quotation rules"),
    ]


def test_analyze_gives_three_voices_to_hedges_and_scores():
    text = "Officials said the plan may fail. “It might rain,” she said. The vote may be delayed."
    a = analyze(text)
    assert [(h.text, h.voice) for h in a.hedges] == [("may", "reported"), ("might", "quoted"), ("may", "author")]
    s = a.scores
    assert (s["hedge_epistemic_author"], s["hedge_epistemic_quoted"], s["hedge_epistemic_reported"]) == (1, 1, 1)
    # author: "Officials said", "she said", "The vote may be delayed"; reported: "the plan may fail"
    assert (s["words_author"], s["words_quoted"], s["words_reported"]) == (9, 3, 4)
    assert s["hedge_author_words"] == 9 and s["hedge_epistemic_per_1k"] == 111.111


def test_analyze_takes_a_pipeline():
    from framing.text import load_pipeline

    a = analyze("It is too early to know.", nlp=load_pipeline())
    assert [h.text for h in a.hedges] == ["It is too early to know"]


def test_interview_answers_are_quoted_sentences():
    # issue #14: a Q&A transcript (the introduction says 'interview'): questions and introduction are the
    # outlet's, answers the interviewee's (quoted), a caption with a photo credit the outlet's
    t = ("Wikinews interviewed the mayor on Monday.\nWhy run?\nI love the town. We need change.\n"
         "What comes next?\nMore parks.\nThe mayor at City Hall. Image: City of Springfield.\n")
    assert [s.voice for s in analyze(t).sentences] == ["author", "author", "quoted", "quoted", "author", "quoted",
                                                       "author", "author"]


def test_quotation_closed_in_the_next_paragraph_and_long_title_sentence_voices():
    # issue #14: the second paragraph closes the coach's quotation without reopening it (quoted, then the
    # outlet's words); a nine-word Title Case title in quotation marks is a name, the sentence stays author
    t = ('After the match, the coach said, "I think we learned a lot today.\n'
         'It was a very emotional day." Then the team left.\n'
         'The curator of "Andy Warhol: Photographs and Prints from the University Collection" spoke.\n')
    assert [s.voice for s in analyze(t).sentences] == ["mixed", "quoted", "author", "author"]

