"""Attribution tests: composed cases (tests/data/attribution_cases.txt) and the bundled articles."""

from __future__ import annotations

import pytest

from casefiles import read_cases
from framing import attributions, load_reporting_verbs, load_roles, score_attributions, text_layer
from framing.lexicon import LexiconError

CASES = read_cases("attribution_cases.txt", "=")


def _row(text, a):
    def t(span):
        return text[span[0]:span[1]] if span else "-"
    return " | ".join([a.kind, a.speaker or "-", a.speaker_type, t(a.source_span), a.cue or "-",
                       t(a.content_span), ";".join(a.flags) or "-"])


@pytest.mark.parametrize("case", CASES, ids=[c.comment for c in CASES])
def test_attribution_cases(case):
    text = case.text
    found = attributions(text)
    assert [_row(text, a) for a in found] == case.expected
    for a in found:  # the offsets are the evidence
        if a.cue_span:
            assert text[a.cue_span[0]:a.cue_span[1]] == a.cue


def test_to_dict_fields():
    text = "“We lost,” said Mayor Ann Lee."
    d = attributions(text)[0].to_dict()
    assert d == {"kind": "direct", "speaker": "Ann Lee", "speaker_type": "government", "source_span": [16, 29],
                 "cue": "said", "cue_span": [11, 15], "content_span": [1, 9], "verb_stance": "neutral", "flags": []}


def test_verb_inflections():
    v = load_reporting_verbs()
    assert [v.lookup(f) for f in ("said", "says", "saying", "told", "tells", "denied", "criticizes", "urging")] == [
        ("say", "neutral"), ("say", "neutral"), ("say", "neutral"), ("tell", "neutral"), ("tell", "neutral"),
        ("deny", "distancing"), ("criticize", "emotive"), ("urge", "directive")]


def test_home_country_splits_government():
    text = "“We will not pay,” said Venezuelan President Ana Ruiz."
    assert attributions(text, home_country="Venezuela")[0].flags == ("country=Venezuela", "domestic")
    assert attributions(text, home_country="United States")[0].flags == ("country=Venezuela", "foreign")


def test_misuse_errors(tmp_path):
    with pytest.raises(TypeError, match="one article"):
        attributions(["a", "b"])
    bad = tmp_path / "verbs.csv"
    bad.write_text("# framing-lexicon: reporting_verbs; format 1\nverb,stance,forms,source,notes\nsay,happy,,x,\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="line 3: unknown stance 'happy'"):
        load_reporting_verbs(bad)
    roles = tmp_path / "roles.csv"
    roles.write_text("# framing-lexicon: roles; format 1\npattern,kind,speaker_type,canonical,source,notes\njudge,person,judiciary,,x,\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="unknown kind 'person'"):
        load_roles(roles)


def test_scores():
    text = "“We lost,” said Mayor Ann Lee. Officials said the road was closed. The mayor reportedly quit."
    layer = text_layer(text)
    s = score_attributions(attributions(layer), layer)
    assert (s["src_n"], s["src_n_direct"], s["src_n_indirect"], s["src_n_according_to"], s["src_n_mixed"]) == (3, 1, 1, 1, 0)
    assert s["src_n_speakers"] == 1
    assert s["src_unnamed_share"] == pytest.approx(2 / 3)
    assert s["src_n_unsourced"] == 1
    assert s["src_first_speaker"] == "Ann Lee"
    assert (s["src_verbs_neutral"], s["src_verbs_distancing"]) == (2, 1)
    assert s["src_quoted_attributed_share"] == 1.0
    assert s["src_quoted_share_government"] == 1.0


def test_edited_user_lexicons_are_read_again(tmp_path):
    # The loaders cache per file; an edited file (new modification time) must not be served
    # from the cache, or a notebook that edits its lexicon keeps the old rules.
    import os

    verbs = tmp_path / "verbs.csv"
    verbs.write_text("# framing-lexicon: reporting_verbs; format 1\nverb,stance,forms,source\nsay,neutral,said,t\n",
                     encoding="utf-8")
    roles = tmp_path / "roles.csv"
    roles.write_text("# framing-lexicon: roles; format 1\npattern,kind,speaker_type,canonical,source\n"
                     "judge,title,judiciary,,t\n", encoding="utf-8")
    assert load_reporting_verbs(verbs).lookup("said") == ("say", "neutral")
    assert [r.speaker_type for _, _, r in load_roles(roles).find("the judge")] == ["judiciary"]
    verbs.write_text("# framing-lexicon: reporting_verbs; format 1\nverb,stance,forms,source\nsay,emotive,said,t\n",
                     encoding="utf-8")
    roles.write_text("# framing-lexicon: roles; format 1\npattern,kind,speaker_type,canonical,source\n"
                     "judge,title,government,,t\n", encoding="utf-8")
    for p in (verbs, roles):  # a new modification time even on a coarse file-system clock
        os.utime(p, ns=(p.stat().st_mtime_ns + 10**9, p.stat().st_mtime_ns + 10**9))
    assert load_reporting_verbs(verbs).lookup("said") == ("say", "emotive")
    assert [r.speaker_type for _, _, r in load_roles(roles).find("the judge")] == ["government"]
    assert load_reporting_verbs(verbs) is load_reporting_verbs(str(verbs))  # unchanged file: the cached one
