"""The published figures, their tables, the plain-language reading and the report's use of them."""

import json
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import pytest

import framing
from framing import Article, analyze, figures, plots
from framing.compare.reading import plain_reading
from framing.report import write_report
from test_compare import read_corpora

from conftest import BUNDLED, ROOT

CORPORA = read_corpora()
ACTORS = BUNDLED / "actors.csv"


@pytest.fixture(scope="module")
def analyses(bundled):
    return [analyze(a) for a in bundled]


@pytest.fixture(autouse=True)
def _close():
    yield
    plt.close("all")


def _composed(name):
    return [analyze(a) for a in CORPORA[name]]


# ------------------------------------------------------------------ the registry

def test_every_registered_figure_is_committed_and_every_committed_figure_is_registered():
    names = {s.name for s in figures.FIGURES}
    assert len(names) == len(figures.FIGURES)
    on_disk = {p.stem for p in (ROOT / "figures").glob("*.svg")}
    assert on_disk == names
    assert {p.stem for p in (ROOT / "figures").glob("*.png")} == names
    notebooks = {p.stem for p in (ROOT / "notebooks").glob("*.ipynb")}
    for spec in figures.FIGURES:
        assert spec.notebook in notebooks, spec.name
        assert spec.name[:2] == spec.notebook[:2], spec.name
        # the notebook saves the figure under that name, with that size
        nb = json.loads((ROOT / "notebooks" / f"{spec.notebook}.ipynb").read_text(encoding="utf-8"))
        cells = ["".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "code"]
        cell = [c for c in cells if f'save_figure(fig, "{spec.name}"' in c]
        assert len(cell) == 1, spec.name
        w, h = spec.figsize
        assert f"plt.subplots(figsize=({w:g}, {h:g}))\n" in cell[0], spec.name
        assert f"figures.{spec.draw.__name__}(" in cell[0] and cell[0].rstrip().endswith("plt.show()"), spec.name


def test_every_figure_draws_on_the_bundled_corpus(analyses):
    for spec in figures.FIGURES:
        fig, ax = plt.subplots(figsize=spec.figsize)
        out = spec.draw(analyses, ax=ax, **({"actors": ACTORS} if spec.needs_actors else {}))
        assert out is ax, spec.name  # drawn on the Axes given, never on a new figure
        assert ax.get_title(), spec.name


# ------------------------------------------------------------------ tables behind the figures

def test_hedge_density_table_bundled(analyses):
    t = figures.hedge_density_table(analyses, n_boot=200)
    assert t.shape == (20, 7)
    assert t["category"].unique().tolist() == ["allegation", "epistemic", "distancing", "scare_quote"]
    assert ((t["low"] <= t["value"] + 1e-9) & (t["value"] <= t["high"] + 1e-9)).all()
    a = t[(t["outlet"] == "Outlet A")].set_index("category")["value"]
    # Outlet A: 4 allegation markers, 2 distancing verbs (the cues "claimed" and "claiming": the outlet's
    # word choice), 2 scare quotes in 182 author-voice words (issues #13/#14: reported speech, the
    # unquoted content of attributions, is not the outlet's voice: 51 words of A are reported; the 4
    # scare-quoted words are the outlet's own since #14's second round: 178 before; 176 since the
    # eleventh session on #13 found "Cerna's court filing called on Boasberg to reverse his initial
    # ruling", whose 6 content words are reported speech)
    assert a.round(3).to_dict() == {"allegation": round(4000 / 176, 3), "epistemic": 0.0,
                                    "distancing": round(2000 / 176, 3), "scare_quote": round(2000 / 176, 3)}


def test_fig_hedge_density_draws_one_bar_per_outlet_and_category(analyses):
    ax = figures.fig_hedge_density(analyses)
    assert len(ax.patches) == 20
    assert [t.get_text() for t in ax.get_xticklabels()] == ["Outlet A", "Outlet B", "Outlet C", "Outlet D", "Outlet E"]


def test_speaker_type_and_verb_stance_tables_on_composed_text():
    arts = [analyze(Article("a", "“We will appeal,” said lawyer Ana Ruiz. Police chief Tom Bell claimed the march was illegal.\n",
                            outlet="A")),
            analyze(Article("b", "Nothing was said about it.\n", outlet="B"))]
    st = figures.speaker_type_table(arts)
    assert st.index.tolist() == ["A", "B"]
    assert st.loc["B"].sum() == 0
    assert set(st.columns) == {"legal", "law_enforcement"}
    vs = figures.verb_stance_table(arts)
    assert vs.to_dict("index") == {"A": {"neutral": 1, "distancing": 1}, "B": {"neutral": 0, "distancing": 0}}


def test_reuse_matrix_planted_paraphrase_and_no_reuse():
    m = figures.reuse_matrix(_composed("paraphrase"))
    assert m.index.tolist() == ["Outlet X", "Outlet Y", "Outlet Z"]
    assert np.isnan(np.diag(m.to_numpy())).all()
    assert m.loc["Outlet X", "Outlet Y"] == m.loc["Outlet Y", "Outlet X"] > 0.4
    assert m.loc["Outlet X", "Outlet Z"] == 0 and m.loc["Outlet Y", "Outlet Z"] == 0
    none = figures.reuse_matrix(_composed("noreuse"))
    assert np.nansum(none.to_numpy()) == 0


def test_coverage_table_keeps_shared_claims_only():
    arts = _composed("claims")
    t = figures.coverage_table(arts)
    assert len(t) >= 1 and (t.notna().sum(axis=1) >= 2).all()
    assert t.columns.tolist() == list(dict.fromkeys(a.article.label for a in arts))
    assert ((t.fillna(0) >= 0) & (t.fillna(0) <= 1)).all().all()
    assert figures.coverage_table(_composed("noreuse")).empty  # nothing shared: the figure says so
    ax = figures.fig_claim_coverage(_composed("noreuse"))
    assert ax.get_title().startswith("No claim is reported by 2 or more outlets")


def test_actor_figures_on_composed_text():
    actors = [a for a in framing.load_actors(ACTORS) if a.name == "deported people"]
    arts = [analyze(Article("a", "Alleged gang members were deported on Sunday. The migrants arrived at night.\n", outlet="A")),
            analyze(Article("b", "Trump deported the migrants. The migrants said nothing.\n", outlet="B"))]
    assert figures.main_actor(arts, actors) == "deported people"
    ax = figures.fig_actor_labels(arts, actors)
    assert [t.get_text() for t in ax.get_yticklabels()] == ["migrants", "alleged gang members"]
    assert [t.get_text() for t in ax.texts] == ["1", "2", "1"]  # migrants: A once, B twice; alleged gang members: A once
    ag = figures.fig_actor_agency(arts, actors)
    assert [t.get_text() for t in ag.get_xticklabels()] == ["A\n(n=2)", "B\n(n=2)"]


def _label_cells(ax):
    """{(label, outlet): (number shown, drawn as a ring)} from the actor-labels dot grid."""
    rows = [t.get_text() for t in ax.get_yticklabels()]
    cols = [t.get_text() for t in ax.get_xticklabels()]
    rings = {tuple(np.round(c.get_offsets()[0]).astype(int)): c.get_facecolor()[0].tolist() == [1.0, 1.0, 1.0, 1.0]
             for c in ax.collections}
    return {(rows[round(t.get_position()[1])], cols[round(t.get_position()[0])]):
            (t.get_text(), rings[(round(t.get_position()[0]), round(t.get_position()[1]))]) for t in ax.texts}


def test_actor_labels_figure_marks_labels_used_only_in_others_words():
    actors = [a for a in framing.load_actors(ACTORS) if a.name == "deported people"]
    arts = [analyze(Article("a", "The migrants were deported. “They are criminals and migrants,” the mayor said.\n", outlet="A")),
            analyze(Article("b", "“The migrants must go,” the mayor said. The mayor said that the criminals would be deported.\n",
                            outlet="B"))]
    ax = figures.fig_actor_labels(arts, actors)
    assert _label_cells(ax) == {("migrants", "A"): ("1+1", False),  # once in A's own words, once quoted
                                ("migrants", "B"): ("1", True),     # only quoted: a ring
                                ("criminals", "A"): ("1", True),
                                ("criminals", "B"): ("1", False)}   # reported speech is B's own paraphrase
    assert "ring: only inside quotations;\nn+m: n in the outlet's own words, m quoted" in ax.get_title()
    lab = framing.actor_labels(arts, actors)
    assert lab[["id", "label", "voice", "reported"]].values.tolist() == [
        ["a", "migrants", "author", False], ["a", "criminals", "quoted", False], ["a", "migrants", "quoted", False],
        ["b", "migrants", "quoted", False], ["b", "criminals", "author", True]]


def test_actor_labels_figure_on_the_bundled_event_rings_the_quoted_labels(analyses):
    cells = _label_cells(figures.fig_actor_labels(analyses, BUNDLED / "actors.csv"))
    # "terrorists": the ICE filing's word (quoted) and Maduro's, in reported speech ("labeling them as terrorists")
    assert cells[("terrorists", "Outlet A")] == ("1+1", False) and cells[("terrorists", "Outlet D")] == ("1+1", False)
    assert cells[("members of the Venezuelan criminal organization", "Outlet A")] == ("1", True)  # the quoted White House
    assert cells[("individuals", "Outlet D")] == ("3", False) and cells[("migrants", "Outlet E")] == ("3", False)
    rings = sorted(k for k, (_, ring) in cells.items() if ring)
    assert rings == [("Venezuelan youth", "Outlet D"), ("aliens", "Outlet E"),
                     ("members of the Venezuelan criminal organization", "Outlet A"),
                     ("members of the Venezuelan criminal organization", "Outlet B"),
                     ("members of the Venezuelan criminal organization", "Outlet C")]


# ------------------------------------------------------------------ the plot helpers

def test_ink_is_readable_on_dark_and_light_cells():
    assert plots._ink((0.0, 0.0, 0.0, 1.0)) == "white"
    assert plots._ink((1.0, 1.0, 1.0, 1.0)) == "#222222"
    assert plots._ink(matplotlib.colors.to_rgba("#0072B2")) == "white"
    assert plots._ink(matplotlib.colors.to_rgba("#F0E442")) == "#222222"


def test_heatmap_annotates_diverging_cells_with_readable_ink():
    m = pd.DataFrame([[-0.8, 0.0, 0.8]], index=["A"], columns=["x", "y", "z"])
    ax = plots.heatmap(m, fmt="{:+.1f}", cmap="RdBu", vmin=-0.8, vmax=0.8)
    assert [(t.get_text(), t.get_color()) for t in ax.texts] == [("-0.8", "white"), ("+0.0", "#222222"), ("+0.8", "white")]


def test_profile_map_merges_parallel_arrows():
    prof = pd.DataFrame({"a": [1.0, 2.0, 3.0, 4.0], "b": [2.0, 4.0, 6.0, 8.0], "c": [1.0, 0.0, 1.0, 0.0]},
                        index=["P", "Q", "R", "S"])
    ax = plots.profile_map(prof, n_arrows=4)
    labels = [t.get_text() for t in ax.texts if t.get_text() not in {"P", "Q", "R", "S", ""}]
    assert sorted(labels) == ["a\nb", "c"]


# ------------------------------------------------------------------ the plain-language reading

def test_reading_names_the_planted_reuse():
    r = plain_reading(_composed("paraphrase"), n_perm=500)
    assert r.sentences[0] == "The corpus has 3 articles from 3 outlets."
    assert r.sentences[1].startswith("Outlet X and Outlet Y ")
    assert [x[:2] for x in r.evidence["reuse"]] == [("Outlet X", "Outlet Y")]
    assert r.text == " ".join(r.sentences) and r._repr_markdown_() == r.text


def test_reading_without_reuse_and_with_a_clear_difference():
    quote = "“We have done nothing wrong and we will prove it in court,” the mayor of the town told reporters."
    flat = "The council met on Tuesday evening to discuss the budget for the coming year in detail."
    arts = [Article("q", "\n".join([quote.replace("town", f"town {k}") for k in range(12)]) + "\n", outlet="Quoter"),
            Article("f", "\n".join([flat.replace("year", f"year {k}") for k in range(12)]) + "\n", outlet="Flat")]
    r = plain_reading([analyze(a) for a in arts], n_perm=2000)
    assert r.sentences[1] == "No two articles share more than 20% of their sentences: they read as independent reports."
    assert r.evidence["tests"]["quoted_share"]["outlet_high"] == "Quoter"
    assert r.evidence["tests"]["quoted_share"]["p_holm"] < 0.05
    assert any(s.startswith("Clear differences: the share of words inside quotation marks is higher in Quoter than in Flat")
               for s in r.sentences)


def test_reading_agrees_the_verb_with_one_claim():
    from types import SimpleNamespace as NS

    from framing.compare.reading import _claims_sentence

    items = [NS(article=NS(event="e", label=o)) for o in ("A", "B")]
    claims = [NS(event="e", outlets=("A", "B")), NS(event="e", outlets=("A",))]
    assert _claims_sentence(items, claims, ["A", "B"], ["e"], {}) == (
        "Of 2 distinct statements, 1 appears in more than one outlet and 1 in all 2; "
        "1 is reported by one outlet alone (most: A, 1).")
    claims.append(NS(event="e", outlets=("B",)))
    assert _claims_sentence(items, claims, ["A", "B"], ["e"], {}).endswith("2 are reported by one outlet alone (most: A, 1).")


def test_reading_is_reproducible_and_refuses_one_article(analyses):
    assert plain_reading(analyses, n_perm=300, seed=1) == plain_reading(analyses, n_perm=300, seed=1)
    with pytest.raises(ValueError, match="at least two analysed articles, got 1"):
        plain_reading(analyses[:1])


# ------------------------------------------------------------------ the report

def test_report_draws_actor_figures_only_with_an_actors_file(tmp_path):
    plain = tmp_path / "plain"
    plain.mkdir()
    for a in CORPORA["paraphrase"]:
        (plain / f"{a.id}.txt").write_text(a.text, encoding="utf-8")
    failed = []
    index, errors = write_report(plain, tmp_path / "out1", figure_errors=failed)
    page = index.read_text(encoding="utf-8")
    assert errors == [] and failed == [] and "class=\"err\"" not in page  # no figure failed
    # figures with nothing to show are left out with one line that says why
    empty = {"01_excluded": "no line was excluded as boilerplate", "02_hedges_by_voice": "no hedges found",
             "03_verb_stance": "no attributions found", "03_cue_classes": "no attributions found"}
    for name, why in empty.items():
        assert f"<p>Figure {name} is left out: {why}.</p>" in page
    drawn = {p.stem for p in (tmp_path / "out1" / "figures").glob("*.png")}
    assert drawn == {s.name for s in figures.FIGURES if not s.needs_actors} - set(empty)
    assert "No <code>actors.csv</code> in the corpus folder" in page
    assert "What differs, and how sure we can be" in page and "largely one text" in page

    (plain / "actors.csv").write_bytes(ACTORS.read_bytes())
    page = write_report(plain, tmp_path / "out2")[0].read_text(encoding="utf-8")
    # the bundled event's actors are barely named in this composed corpus
    empty |= {"04_actor_labels": "no labels found", "04_actor_sentiment": "no actor mentioned", "04_actor_agency": "no mentions"}
    assert all(f"<p>Figure {name} is left out: {why}.</p>" in page for name, why in empty.items())  # attempted, unlike out1
    assert {p.stem for p in (tmp_path / "out2" / "figures").glob("*.png")} == {s.name for s in figures.FIGURES} - set(empty)
