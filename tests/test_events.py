"""Several articles per outlet and several events (issue #15): aggregation, paired tests, reuse, report.

The corpus is composed in ``tests/events_corpus.py``: 3 events x 3 outlets x 3 articles, with a
hedging difference planted in every event (Hedger) and two outlets with exactly the same
per-article values (Plain and Mirror).
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import matplotlib.colors
import numpy as np
import pandas as pd
import pytest
from events_corpus import NEWSROOM, OUTLETS, PER_OUTLET, events_articles, write_events_corpus

import framing
from framing import Article, analyze, find_claims, pairwise_tests, profile_with_ci, text_reuse
from framing.compare.blocks import stratified_permutation
from framing.compare.reading import TOP_FINDINGS, plain_reading
from framing.viz import figures, plots
from framing.viz.figures_voice import HEDGE_FIGURE_CATEGORIES


@pytest.fixture(scope="module")
def events():
    return [analyze(a) for a in events_articles()]


# ------------------------------------------------------------------ the event column

def test_event_is_read_from_a_manifest_and_a_table(tmp_path):
    folder = write_events_corpus(tmp_path / "corpus")
    corpus = framing.load_corpus(folder)
    assert len(corpus) == 27 and corpus.errors == ()
    assert [a.event for a in corpus][::9] == ["flood", "strike", "election"]
    table = tmp_path / "t.jsonl"
    table.write_text(json.dumps({"id": "x", "text": "It rained.", "event": " storm "}) + "\n"
                     + json.dumps({"id": "y", "text": "It snowed."}) + "\n", encoding="utf-8")
    assert [a.event for a in framing.load_corpus(table)] == ["storm", ""]  # no event: one event, ""


def test_profile_has_an_event_column_only_with_events(events, bundled):
    df = framing.score_corpus(events)
    assert df.columns[:4].tolist() == ["id", "outlet", "title", "event"] and df["event"].tolist()[::9] == ["flood", "strike", "election"]
    assert framing.describe_columns(df).loc["event", "meaning"].startswith("the article's event")
    assert "event" not in framing.score_corpus(bundled[:2]).columns


def test_bundled_jsonl_has_no_event_field(bundled):
    # the event lives in Article.metadata; analysis.jsonl of the bundled corpus is unchanged
    assert all(a.event == "" for a in bundled)
    assert "event" not in analyze(bundled[0]).to_dict()


# ------------------------------------------------------------------ aggregation per outlet

def test_outlet_value_is_the_mean_per_article(events):
    t = profile_with_ci(events, ["hedge_density"], by="outlet", n_boot=500)
    assert t["outlet"].tolist() == list(OUTLETS) and t["n_articles"].tolist() == [9, 9, 9]
    by_hand = np.mean([a.scores["hedge_total_per_1k"] for a in events if a.article.label == "Hedger"])
    assert t.loc[0, "value"] == pytest.approx(by_hand, abs=1e-3)  # the scorer rounds to 3 decimals
    assert t.loc[0, "low"] < t.loc[0, "value"] < t.loc[0, "high"]
    assert t.loc[1:, ["value", "low", "high"]].to_numpy().tolist() == [[0.0, 0.0, 0.0]] * 2


def test_speaker_shares_never_add_up_over_articles(events):
    m = figures.speaker_type_table(events)
    assert m.index.tolist() == list(OUTLETS)
    assert (m.sum(axis=1) <= 100).all()
    w = framing.who_speaks(events)
    words = {a.article.id: a.scores["words_author"] + a.scores["words_reported"] + a.scores["words_quoted"] for a in events}
    for outlet in OUTLETS:
        ids = [a.article.id for a in events if a.article.label == outlet]
        per_article = [w.loc[w["id"] == i, "words"].sum() / words[i] for i in ids]
        assert m.loc[outlet].sum() == pytest.approx(100 * np.mean(per_article))


def test_ten_copies_of_an_article_give_the_share_of_one(bundled):
    one = analyze(bundled[0])
    copies = [analyze(Article(f"c{k}", one.article.text, outlet="Same", title=one.article.title)) for k in range(10)]
    single = figures.speaker_type_table([one]).iloc[0]
    ten = figures.speaker_type_table(copies).iloc[0]
    assert ten.tolist() == pytest.approx(single.tolist()) and ten.sum() <= 100
    ax = figures.fig_top_speakers(copies)
    shown = [float(t.get_text()) for t in ax.texts]
    assert shown and max(shown) <= 100
    plots.plt.close("all")


def test_bar_with_ci_refuses_rows_it_would_have_to_aggregate():
    df = pd.DataFrame({"outlet": ["A", "A", "B"], "value": [1.0, 2.0, 3.0]})
    with pytest.raises(ValueError, match="outlet 'A' has several rows: aggregate them first"):
        plots.bar_with_ci(df, x="outlet", y="value")
    plots.plt.close("all")


def test_interval_figures_draw_one_bar_per_outlet(events):
    ax = figures.fig_hedge_density(events)
    assert [t.get_text() for t in ax.get_xticklabels()] == list(OUTLETS)
    assert len(ax.patches) == len(OUTLETS) * len(HEDGE_FIGURE_CATEGORIES)
    ax = figures.fig_sentiment_by_voice(events)
    assert [t.get_text() for t in ax.get_xticklabels()] == list(OUTLETS)
    ax = figures.fig_profile_map(events)
    assert sorted(t.get_text() for t in ax.texts if t.get_text() in OUTLETS) == sorted(OUTLETS)
    plots.plt.close("all")


# ------------------------------------------------------------------ the paired test

def test_paired_test_finds_the_difference_planted_in_every_event_and_none_where_there_is_none(events):
    t = pairwise_tests(events, "hedge_density", n_perm=5000, seed=0).set_index(["outlet_a", "outlet_b"])
    hp = t.loc[("Hedger", "Plain")]
    assert (hp["test"], hp["n_events"], hp["n_articles_a"], hp["n_articles_b"]) == ("articles within events", 3, 9, 9)
    # only the observed split in all three events (or its mirror image) is as extreme: 2 of 20**3
    # labellings; with seed 0, 2 of 5,000 permutations
    assert hp["p_value"] == (1 + 2) / (1 + 5000) and hp["p_holm"] < 0.05
    pm = t.loc[("Plain", "Mirror")]
    assert (pm["difference"], pm["p_value"], pm["p_holm"]) == (0.0, 1.0, 1.0)


def test_stratified_permutation_is_a_sign_flip_with_one_article_each():
    # one article each in 4 events, a always higher: 2 of the 16 sign patterns are as extreme
    blocks = [(np.array([2.0]), np.array([1.0]))] * 4
    r = stratified_permutation(blocks, n_perm=20000, seed=1)
    assert (r.difference, r.n_events) == (1.0, 4)
    assert r.p_value == pytest.approx(2 / 16, abs=0.01)
    # labels never move between events: a difference between events is not a difference between outlets
    confounded = [(np.array([10.0]), np.array([10.0])), (np.array([0.0]), np.array([0.0]))]
    assert stratified_permutation(confounded, n_perm=500).p_value == 1.0
    assert np.isnan(stratified_permutation([(np.array([1.0]), np.array([]))]).p_value)  # no shared event


def test_one_article_per_outlet_keeps_the_sentence_test(bundled):
    ans = [analyze(a) for a in bundled]
    assert set(pairwise_tests(ans, "quoted_share", n_perm=200)["test"]) == {"sentences"}
    by_article = pairwise_tests(ans, "quoted_share", by="article", n_perm=200)
    by_outlet = pairwise_tests(ans, "quoted_share", n_perm=200)
    pd.testing.assert_frame_equal(by_article, by_outlet)


# ------------------------------------------------------------------ claims and reuse within an event

def test_reuse_and_claims_stay_within_an_event(events):
    event = {a.article.id: a.article.event for a in events}
    pairs = text_reuse(events)
    assert pairs and all(event[p.a] == event[p.b] for p in pairs)
    no_events = [analyze(a) for a in events_articles(with_event=False)]
    assert any(event[p.a] != event[p.b] for p in text_reuse(no_events))  # the shared newsroom line
    newsroom = [c for c in find_claims(events) if c.label == NEWSROOM]
    assert sorted(c.event for c in newsroom) == ["election", "flood", "strike"]
    assert [len(c.sentences) for c in newsroom] == [9, 9, 9]
    assert len([c for c in find_claims(no_events) if c.label == NEWSROOM]) == 1


def test_claims_table_omits_only_within_the_event(events):
    # Mirror does not cover the flood: it cannot leave out a flood claim
    fewer = [a for a in events if not (a.article.event == "flood" and a.article.label == "Mirror")]
    t = framing.claims_table(fewer)
    flood = t[t["claim"].isin([c.id for c in find_claims(fewer) if c.event == "flood"])]
    assert set(flood["outlet"]) == {"Hedger", "Plain"}
    assert "Mirror" in set(t["outlet"])


def test_claim_coverage_leaves_blank_an_outlet_without_the_event(events):
    fewer = [a for a in events if not (a.article.event == "flood" and a.article.label == "Mirror")]
    ax = figures.fig_claim_coverage(fewer, top=100)
    rows = [t.get_text() for t in ax.get_yticklabels()]
    flood = [k for k, r in enumerate(rows) if "[flood]" in r]
    mirror = OUTLETS.index("Mirror")
    marks = {(round(x), round(y)) for c in ax.collections for x, y in c.get_offsets()}
    assert flood and all((mirror, y) not in marks for y in flood)  # no dot and no cross: Mirror has no flood article
    assert all((mirror, y) in marks for y in range(len(rows)) if y not in flood)
    assert "blank: no article about its event" in ax.get_title()
    plots.plt.close("all")


# ------------------------------------------------------------------ the plain reading

def test_reading_counts_articles_and_events_and_names_articles(events):
    r = plain_reading(events, n_perm=500)
    assert r.sentences[0] == "The corpus has 27 articles from 3 outlets about 3 events."
    assert "one article per outlet" not in r.text
    assert r.sentences[1] == ("Mirror and Plain share text in 27 pairs of articles (27 largely one text); the most: "
                              "flood-plain-1 (Plain) and flood-mirror-3 (Mirror), 100% of their sentences aligned "
                              "(longest run: 7 sentences).")
    reuse = [s for s in r.sentences if "share" in s and "text" in s]
    assert len(reuse) <= TOP_FINDINGS + 2
    assert any(s.startswith("Clear differences: hedging in the outlet's own voice (markers per 1,000 words) is "
                            "higher in Hedger than in Plain (40.5 vs 0.00") for s in r.sentences)  # 39.4 with two voices; reported words (more with issue #13) left the denominator


def test_reading_summarises_many_reuse_pairs():
    base = "A federal judge in the capital ordered the two flights to turn around on Saturday."
    arts = [Article(f"a{k}", base.replace("two", f"{k + 2}") + " It rained.\n", outlet=f"O{k}") for k in range(6)]
    r = plain_reading([analyze(a) for a in arts], n_perm=100)
    assert len([s for s in r.sentences if "largely one text" in s]) == TOP_FINDINGS
    assert "12 more pairs of articles share at least 20% of their sentences" in r.text  # 15 pairs in all


# ------------------------------------------------------------------ the report

def test_report_on_several_events(tmp_path, monkeypatch):
    from framing import report

    folder = write_events_corpus(tmp_path / "corpus")
    monkeypatch.setattr(report, "MAX_TABLE_ROWS", 5)
    monkeypatch.setattr(report, "INLINE_ARTICLES", 10)
    failed: list = []
    index, errors = report.write_report(folder, tmp_path / "out", figure_errors=failed)
    page = index.read_text(encoding="utf-8")
    assert errors == [] and failed == [] and 'class="err"' not in page
    assert "27 articles about 3 events analysed" in page
    assert "The corpus has 27 articles from 3 outlets about 3 events." in page
    assert "The first 5 of 27 rows" in page and (tmp_path / "out" / "tables" / "articles.csv").is_file()
    assert len(pd.read_csv(tmp_path / "out" / "tables" / "articles.csv")) == 27
    assert len(list((tmp_path / "out" / "articles").glob("[0-9]*.html"))) == 27
    assert '<a href="articles/1.html">' in page


def test_report_shows_progress_for_every_phase(tmp_path, capsys):
    import argparse

    from framing import report

    folder = write_events_corpus(tmp_path / "corpus", events=("flood",))
    args = argparse.Namespace(paths=[str(folder)], out=str(tmp_path / "out"), progress="always", encoding_errors="strict")
    assert report.run_report_cli(args) == 0
    err = capsys.readouterr().err
    n_figures = len([s for s in figures.FIGURES if not s.needs_actors])
    # six tables since issue #13 added "who speaks, by type and cue class"
    for phase, total in (("analysing", 9), ("figures", n_figures), ("reading", 1), ("tables", 6), ("articles", 9)):
        assert f"{phase}: 100%" in err and f"{total}/{total}" in err, phase


def test_a_failing_figure_makes_the_report_fail_and_names_it(tmp_path, monkeypatch, capsys):
    import argparse
    import dataclasses

    from framing import report

    def broken(analyses, ax=None):
        raise ValueError("cannot reindex on an axis with duplicate labels")

    specs = [dataclasses.replace(s, draw=broken) if s.name == "02_hedge_density" else s for s in figures.FIGURES]
    monkeypatch.setattr(figures, "FIGURES", specs)
    folder = write_events_corpus(tmp_path / "corpus", events=("flood",))
    args = argparse.Namespace(paths=[str(folder)], out=str(tmp_path / "out"), progress="never", encoding_errors="strict")
    assert report.run_report_cli(args) == 1
    err = capsys.readouterr().err
    assert "framing: error: figure 02_hedge_density failed: ValueError: cannot reindex" in err
    assert err.splitlines()[-1].endswith("(0 input(s) failed, 1 figure(s) failed)")
    drawn = {p.stem for p in (tmp_path / "out" / "figures").glob("*.png")}
    assert "02_hedge_density" not in drawn and "02_hedges_by_voice" in drawn and "05_reuse" in drawn


# ------------------------------------------------------------------ palette

def test_palette_has_no_repeats_and_many_categories_become_others():
    assert len(set(plots.PALETTE)) == len(plots.PALETTE) == 17
    with pytest.raises(ValueError, match="top_n_others"):
        plots.distinct_colors(18)
    wide = pd.DataFrame({f"t{k}": [float(k)] for k in range(25)})
    top = plots.top_n_others(wide)
    assert top.shape[1] == 17 and top.columns[-1] == "others" and top.to_numpy().sum() == wide.to_numpy().sum()
    ax = plots.stacked_bars(top)
    fills = [matplotlib.colors.to_hex(h.get_facecolor()) for h in ax.get_legend().legend_handles]
    assert fills[-1] == plots.OTHERS_COLOR.lower() and len(set(fills)) == 17
    plots.plt.close("all")


def test_figures_read_at_thirty_outlets():
    from events_corpus import _text

    arts = [analyze(Article(f"o{k}", _text("flood", k % 6, k % 2 == 0)[1], outlet=f"Outlet {k:02d}")) for k in range(30)]
    names = [f"Outlet {k:02d}" for k in range(30)]
    ax = figures.fig_reuse(arts)
    assert [t.get_text() for t in ax.get_xticklabels()] == names and len(ax.texts) == 0  # no unreadable numbers
    ax = figures.fig_hedge_density(arts)
    assert [t.get_text() for t in ax.get_xticklabels()] == names
    assert {t.get_rotation() for t in ax.get_xticklabels()} == {45.0}
    ax = figures.fig_words_by_voice(arts)
    assert len(ax.get_xticklabels()) == 30 and {t.get_rotation() for t in ax.get_xticklabels()} == {45.0}
    legend = [tuple(h.get_facecolor()) for h in figures.fig_speaker_types(arts).get_legend().legend_handles]
    assert len(legend) == len(set(legend))  # no colour repeated
    plots.plt.close("all")


# ------------------------------------------------------------------ notebooks on a multi-event corpus

def test_notebooks_run_on_several_events(tmp_path):
    papermill = pytest.importorskip("papermill")
    folder = write_events_corpus(tmp_path / "corpus", events=("flood", "strike"))
    figs = tmp_path / "figures"
    nb_dir = Path(__file__).resolve().parent.parent / "notebooks"
    for nb in sorted(nb_dir.glob("*.ipynb")):
        papermill.execute_notebook(str(nb), str(tmp_path / nb.name), parameters={"CORPUS": str(folder), "FIGURES": str(figs)},
                                   cwd=str(nb_dir), kernel_name="python3", progress_bar=False)
    drawn = {p.stem for p in figs.glob("*.png")}
    assert {s.name for s in figures.FIGURES if not s.needs_actors} <= drawn
    shutil.rmtree(figs)
