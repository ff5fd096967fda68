"""framing.compare.stats: sentence units, bootstrap intervals, permutation tests (with fake scorer output)."""

from __future__ import annotations

import dataclasses

import numpy as np
import pandas as pd
import pytest

from framing import analyze, bootstrap_ci, pairwise_tests, permutation_test, profile_with_ci
from framing.compare.stats import available_measures, measure_value, sentence_units


@dataclasses.dataclass(frozen=True)
class FakeHedge:
    start: int
    end: int
    category: str
    voice: str


@dataclasses.dataclass(frozen=True)
class FakeSentence:
    start: int
    end: int
    voice: str
    compound: float
    compound_neutral: float = 0.0


TEXT = "It may rain today. Officials said it will probably snow. “We might close roads,” she said. Schools open."
#       0         1         2         3         4         5         6         7         8         9         10


def _with_fakes():
    an = analyze(TEXT)
    s = [(x.start, x.end) for x in an.layer.sentences]
    assert [TEXT[a:b] for a, b in s] == ["It may rain today.", "Officials said it will probably snow.",
                                         "“We might close roads,” she said.", "Schools open."]
    may, prob, might = TEXT.index("may"), TEXT.index("probably"), TEXT.index("might")
    hedges = (FakeHedge(may, may + 3, "modal", "author"), FakeHedge(prob, prob + 8, "adverb", "author"),
              FakeHedge(might, might + 5, "modal", "quoted"), FakeHedge(prob, prob + 8, "booster", "author"))
    sents = (FakeSentence(*s[0], "author", 0.5), FakeSentence(*s[1], "author", -0.5),
             FakeSentence(*s[2], "mixed", 0.2), FakeSentence(*s[3], "author", 0.3))
    return dataclasses.replace(an, hedges=hedges, sentences=sents, attributions=())


def test_sentence_units_counts():
    u = sentence_units(_with_fakes())
    assert u["words_author"].tolist() == [4, 6, 2, 2]
    assert u["words_quoted"].tolist() == [0, 0, 4, 0]
    assert u["hedges_author"].tolist() == [1, 1, 0, 0]  # the quoted "might" is not the author's; boosters are not hedges
    assert u["hedges_author:booster"].tolist() == [0, 1, 0, 0]
    assert u["hedges_author:modal"].tolist() == [1, 0, 0, 0]
    assert u["hedges_author:adverb"].tolist() == [0, 1, 0, 0]
    assert u["n:author"].tolist() == [1, 1, 0, 1]
    assert u["compound:author"].tolist() == [0.5, -0.5, 0, 0.3]


def test_measure_values():
    an = _with_fakes()
    assert measure_value(an, "hedge_density") == pytest.approx(1000 * 2 / 14)
    assert measure_value(an, "hedge_density:modal") == pytest.approx(1000 / 14)
    assert measure_value(an, "hedge_density:none") == 0.0
    assert measure_value(an, "quoted_share") == pytest.approx(4 / 18)
    assert measure_value(an, "sentiment:author") == pytest.approx(0.3 / 3)
    assert measure_value(an, "sentiment:mixed") == pytest.approx(0.2)
    assert np.isnan(measure_value(an, "sentiment:quoted"))
    with pytest.raises(ValueError, match="unknown measure"):
        measure_value(an, "hedges")
    with pytest.raises(TypeError, match="measure must be a str"):
        measure_value(an, ["quoted_share"])
    assert available_measures([an]) == ["quoted_share", "hedge_density", "hedge_density:adverb", "hedge_density:booster", "hedge_density:modal",
                                        "sentiment:author", "sentiment:mixed", "attribution_density"]


def test_bootstrap_is_seeded_and_brackets_the_value():
    an = _with_fakes()
    a = bootstrap_ci(an, "hedge_density", n_boot=500, seed=1)
    assert a == bootstrap_ci(an, "hedge_density", n_boot=500, seed=1)
    # 2 author hedges in 14 author words; a resample of only the two hedge-free sentences gives 0
    assert (a.value, a.low, a.high, a.n_units) == (pytest.approx(1000 * 2 / 14), 0.0, pytest.approx(3000 / 14), 4)
    wide = bootstrap_ci(an, "hedge_density", n_boot=500, seed=1, level=0.99)
    assert wide.low <= a.low and wide.high >= a.high
    with pytest.raises(TypeError, match="profile_with_ci"):
        bootstrap_ci([an], "hedge_density")
    with pytest.raises(ValueError, match="level"):
        bootstrap_ci(an, "hedge_density", level=95)


MIXED = "“Yes,” he said. It rained. “No, never,” she said. It snowed. “Maybe so,” they said. It was cold. It was late. “Go home now,” I said."


def test_bootstrap_seed_gives_exact_numbers_and_another_seed_others():
    an = analyze(MIXED)
    zero = bootstrap_ci(an, "quoted_share", n_boot=200, seed=0)
    one = bootstrap_ci(an, "quoted_share", n_boot=200, seed=1)
    assert zero.value == 4 / 13 and zero.n_units == 8  # 8 quoted of 26 words
    # numpy's default_rng (PCG64) stream is fixed for a seed; the percentiles of 200 resamples:
    assert (zero.low, zero.high) == (pytest.approx(0.1302989130434783, abs=1e-12), pytest.approx(0.4666666666666667, abs=1e-12))
    assert (one.low, one.high) == (pytest.approx(0.13621541501976286, abs=1e-12), pytest.approx(0.4516862170087977, abs=1e-12))


def test_tables_are_reproducible_with_a_seed():
    texts = [MIXED, "It rained. “Yes,” he said. It was cold.", "It snowed. It was late. “No,” she said. It was dark."]
    ans = [analyze(t) for t in texts]
    ci = profile_with_ci(ans, ["quoted_share", "hedge_density"], n_boot=300, seed=7)
    pd.testing.assert_frame_equal(ci, profile_with_ci(ans, ["quoted_share", "hedge_density"], n_boot=300, seed=7), check_exact=True)
    other = profile_with_ci(ans, ["quoted_share", "hedge_density"], n_boot=300, seed=8)
    assert other["value"].tolist() == ci["value"].tolist()  # the values do not depend on the seed
    assert other[["low", "high"]].values.tolist() != ci[["low", "high"]].values.tolist()  # the intervals do
    # analyze(text) gives every article the same id, so they are one outlet: compare them by="article"
    pt = pairwise_tests(ans, "quoted_share", by="article", n_perm=500, seed=7)
    assert len(pt) == 3
    pd.testing.assert_frame_equal(pt, pairwise_tests(ans, "quoted_share", by="article", n_perm=500, seed=7), check_exact=True)
    assert pairwise_tests(ans, "quoted_share", by="article", n_perm=500, seed=8)["p_value"].tolist() != pt["p_value"].tolist()


def test_by_outlet_is_the_mean_per_article_with_articles_resampled():
    from framing import Article

    arts = [Article("a", "“Yes,” he said. It rained.", outlet="X"),                 # 2 quoted of 5 words
            Article("b", "It snowed. “No,” she said. It was cold.", outlet="X"),    # 1 of 8
            Article("c", "It rained. It was late.", outlet="Y")]
    per_outlet = profile_with_ci(arts, ["quoted_share"], by="outlet", n_boot=300)
    assert per_outlet[["id", "outlet", "n_sentences", "n_articles"]].values.tolist() == [["a,b", "X", 5, 2], ["c", "Y", 2, 1]]
    assert per_outlet["value"].tolist() == [(0.2 + 0.125) / 2, 0.0]  # the mean per article, not the pooled 3/13
    # resampling two articles: the interval runs from the smaller article to the larger one
    assert per_outlet[["low", "high"]].values.tolist()[0] == [0.125, 0.2]
    per_article = profile_with_ci(arts, ["quoted_share"], n_boot=300)
    assert per_article["value"].tolist() == [0.2, 0.125, 0.0]
    pt = pairwise_tests(arts, "quoted_share", by="outlet", n_perm=300)
    assert pt[["a", "b", "outlet_a", "outlet_b", "test", "n_events"]].values.tolist() == [
        ["a,b", "c", "X", "Y", "articles within events", 1]]
    assert pt["difference"].tolist() == [(0.2 + 0.125) / 2]
    with pytest.raises(ValueError, match="by must be"):
        pairwise_tests(arts, "quoted_share", by="site")


def test_bootstrap_of_a_constant_measure_is_a_point():
    an = analyze("It rained. It snowed. It was cold.")
    ci = bootstrap_ci(an, "quoted_share", n_boot=100)
    assert (ci.value, ci.low, ci.high) == (0.0, 0.0, 0.0)
    empty = bootstrap_ci(dataclasses.replace(an, sentences=()), "sentiment:author")  # no sentiment scorer output
    assert np.isnan(empty.value) and np.isnan(empty.low)


def test_profile_with_ci_is_tidy():
    df = profile_with_ci([_with_fakes(), analyze("Nothing was said.")], ["quoted_share", "hedge_density"], n_boot=200)
    assert df.columns.tolist() == ["id", "outlet", "measure", "value", "low", "high", "n_sentences", "n_articles"]
    assert df["measure"].tolist() == ["quoted_share", "hedge_density"] * 2
    assert df["n_sentences"].tolist() == [4, 4, 1, 1]
    assert df.loc[3, "value"] == 0.0
    one = profile_with_ci([_with_fakes()], "quoted_share", n_boot=200)
    assert one["measure"].tolist() == ["quoted_share"]


def test_permutation_test_identical_articles_and_clear_difference():
    same = permutation_test(analyze("It rained. “Yes,” he said."), analyze("It rained. “Yes,” he said."), "quoted_share", n_perm=300)
    assert same.difference == 0.0 and same.p_value == 1.0
    x = analyze("“Yes,” he said. “No,” she said. “Maybe,” they said. “Fine,” we said. “Go,” I said.")
    y = analyze("It rained. It snowed. It was cold. It was late. It was dark.")
    r = permutation_test(x, y, "quoted_share", n_perm=2000, seed=3)
    assert r.difference == pytest.approx(1 / 3)
    # only the split that puts x's five sentences together (and its mirror image) is as extreme:
    # 2 of C(10, 5) = 252 splits, so about 16 of 2000 permutations; with seed 3, 19 of them
    assert r.p_value == (1 + 19) / (1 + 2000)
    assert r == permutation_test(x, y, "quoted_share", n_perm=2000, seed=3)
    assert permutation_test(x, y, "quoted_share", n_perm=2000, seed=4).p_value == (1 + 8) / (1 + 2000)


def test_pairwise_tests_holm():
    texts = ["“Yes,” he said. “No,” she said. “Maybe,” they said. “Go,” I said.",
             "It rained. It snowed. It was cold. It was late.",
             "It rained. “No,” she said. It was cold. “Go,” I said."]
    df = pairwise_tests(texts, "quoted_share", n_perm=1000)  # one article per outlet (label = id): per outlet = per article
    assert df[["a", "b"]].values.tolist() == [["0", "1"], ["0", "2"], ["1", "2"]]
    p = df["p_value"].to_numpy()
    order = np.argsort(p, kind="stable")
    expected = np.minimum(1, np.maximum.accumulate((3 - np.arange(3)) * p[order]))
    assert df["p_holm"].to_numpy()[order].tolist() == pytest.approx(expected.tolist())
    assert (df["p_holm"] >= df["p_value"]).all()


def test_sentiment_measures_match_the_sentiment_scorer(bundled):
    for article in bundled:
        an = analyze(article)
        assert measure_value(an, "sentiment:author") == pytest.approx(an.scores["sent_author_mean"], abs=5e-5)
        assert measure_value(an, "sentiment:quoted") == pytest.approx(an.scores["sent_quoted_mean"], abs=5e-5)


def test_bundled_quoted_share_numbers_quoted_in_the_readme(bundled):
    # README "Comparing outlets" quotes these; if the text layer changes them, update the README too
    ans = [analyze(a) for a in bundled]
    ci = profile_with_ci(ans, ["quoted_share"]).set_index("id")
    got = {k: tuple(round(100 * ci.loc[k, c]) for c in ("value", "low", "high")) for k in ("A", "D")}
    # issue #14: scare-quoted words are the outlet's own (author), no longer quoted: A 39% -> 38%
    assert got == {"A": (38, 19, 60), "D": (11, 2, 24)}
    pt = pairwise_tests(ans, "quoted_share")
    assert round(pt.loc[(pt.a == "A") & (pt.b == "D"), "p_value"].item(), 3) == 0.023
    assert pt.loc[pt.p_holm < 0.05, ["a", "b"]].values.tolist() == [["C", "D"]]
    assert round(pt.loc[(pt.a == "C") & (pt.b == "D"), "p_holm"].item(), 5) == 0.04999


def test_hedge_measures_match_the_hedging_scorer(bundled):
    for article in bundled:
        an = analyze(article)
        assert round(measure_value(an, "hedge_density"), 3) == an.scores["hedge_total_per_1k"]
        for cat in ("allegation", "epistemic", "distancing", "booster", "scare_quote"):
            assert round(measure_value(an, f"hedge_density:{cat}"), 3) == an.scores[f"hedge_{cat}_per_1k"], cat


def test_precise_errors_for_common_misuse():
    from framing import Article

    with pytest.raises(TypeError, match="expected one Analysis .* not a Article"):
        bootstrap_ci(Article("a", "It rained."), "quoted_share")
    with pytest.raises(TypeError, match="not a str"):
        permutation_test("It rained.", analyze("It snowed."), "quoted_share")


@dataclasses.dataclass(frozen=True)
class FakeAttribution:
    kind: str
    speaker: str | None
    speaker_type: str | None
    source_span: tuple[int, int] | None
    cue_span: tuple[int, int] | None
    content_span: tuple[int, int]
    verb_stance: str


def test_attribution_measures():
    an = _with_fakes()
    off = TEXT.index("Officials")
    she = TEXT.index("she said")
    atts = (FakeAttribution("indirect", None, "official", (off, off + 9), (off + 10, off + 14), (off + 15, off + 36), "neutral"),
            FakeAttribution("direct", None, "citizen", (she, she + 3), (she + 4, she + 8), (TEXT.index("We"), TEXT.index("roads") + 5), "neutral"))
    an = dataclasses.replace(an, attributions=atts)
    u = sentence_units(an)
    assert u["attributions"].tolist() == [0, 1, 1, 0]  # the quote starts before its source: counted where it starts
    assert measure_value(an, "attribution_density") == pytest.approx(1000 * 2 / 18)
    assert measure_value(an, "stance_share:neutral") == 1.0
    assert measure_value(an, "speaker_type_share:official") == 0.5
    assert measure_value(an, "stance_share:doubtful") == 0.0
    assert available_measures([an])[-3:] == ["stance_share:neutral", "speaker_type_share:citizen", "speaker_type_share:official"]
