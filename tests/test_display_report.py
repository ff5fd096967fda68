import hashlib
import re

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import pytest

from framing.analyze import analyze
from framing.corpus import Article
from framing.viz.display import highlight_html
from framing.plots import bar_with_ci, save_figure, style
from framing.report import write_report

HOSTILE = ('Officials said "<script>alert(1)</script>" was fine.\n'
           "<img src=x onerror=alert(2)> appeared & vanished.\n"
           "She said: “it is \"quoted\" & <b>bold</b>.”")


def test_highlight_escapes_article_text_and_has_no_script_or_style():
    html = str(highlight_html(analyze(Article("x", HOSTILE, title="<i>t</i>"))))
    assert "<script" not in html and "<style" not in html
    assert "<img" not in html and "<b>" not in html and "<i>t</i>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=alert(2)&gt;" in html
    assert "&lt;i&gt;t&lt;/i&gt;" in html


def test_highlight_keeps_every_character_of_the_text_once():
    a = analyze(Article("x", HOSTILE))
    html = str(highlight_html(a, heading=False))
    import html as h
    visible = h.unescape(re.sub(r"<[^>]+>", "", html.replace("<br>\n", "\n")))
    assert visible == HOSTILE


def test_report_is_self_contained_escaped_and_lists_failures(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "bad.txt").write_bytes(b"")
    (tmp_path / "in" / "evil.txt").write_text(HOSTILE, encoding="utf-8")
    (tmp_path / "in" / "plain.txt").write_text("The judge ruled. “It is over,” he said.", encoding="utf-8")
    index, errors = write_report(tmp_path / "in", tmp_path / "out")
    page = index.read_text(encoding="utf-8")
    assert [e.id for e in errors] == ["bad"]
    assert "<script" not in page and "onerror=alert" not in page.replace("onerror=alert(2)&gt;", "")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "Inputs that could not be analysed (1)" in page
    assert "src=\"data:image/png;base64," in page
    lines = (tmp_path / "out" / "analysis.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 3 and '"error"' in lines[0]


def test_save_figure_is_byte_stable(tmp_path):
    digests = []
    for run in range(2):
        with style():
            fig, ax = plt.subplots(figsize=(4, 3))
            import pandas as pd
            bar_with_ci(pd.DataFrame({"o": ["A", "B"], "v": [1.0, 2.0], "lo": [0.5, 1.5], "hi": [1.5, 2.5]}),
                        x="o", y="v", low="lo", high="hi", ax=ax)
            paths = save_figure(fig, "f", tmp_path / str(run))
            plt.close(fig)
        digests.append([hashlib.sha256(p.read_bytes()).hexdigest() for p in paths])
    assert digests[0] == digests[1]


def test_save_figure_refuses_paths_in_names(tmp_path):
    fig, _ = plt.subplots()
    with pytest.raises(ValueError, match="plain file name"):
        save_figure(fig, "../escape", tmp_path)
    plt.close(fig)


def test_render_sweep_equals_the_definition_of_active_marks():
    """_render's sweep marks each piece with exactly the marks covering it, in their list order
    (the definition: start <= piece start and piece end <= end), on random overlapping marks,
    empty marks included."""
    import html as html_mod
    import random

    from framing.viz.display import _render

    rng = random.Random(5)
    text = "Officials said “it may fail” <b>&\n" * 6
    for _ in range(200):
        marks = []
        for k in range(rng.randint(0, 12)):
            s = rng.randrange(len(text) + 1)
            e = min(len(text), s + rng.randint(0, 40))
            marks.append((s, e, "k", f"css{k}", f"title{k}"))
        cuts = sorted({0, len(text), *(m[0] for m in marks), *(m[1] for m in marks)})
        want = []
        for s, e in zip(cuts, cuts[1:]):
            active = [m for m in marks if m[0] <= s and e <= m[1]]
            piece = html_mod.escape(text[s:e], quote=True).replace("\n", "<br>\n")
            if active:
                css = ";".join(dict.fromkeys(m[3] for m in active))
                title = " | ".join(dict.fromkeys(m[4] for m in active))
                piece = f'<span style="{css}" title="{title}">{piece}</span>'
            want.append(piece)
        assert _render(text, marks) == "".join(want)


def test_highlight_of_a_plain_string_names_no_outlet():
    # analyze("...") gives the article the placeholder id "text"; it used to be shown as the outlet
    html = str(highlight_html(analyze("Officials said the plan may fail.")))
    assert "<strong>" not in html and ">text<" not in html
    assert html.startswith('<div style="font-size:0.85em')  # the legend comes first
    assert str(highlight_html("Officials said the plan may fail.")) == html  # a str is analysed first
    titled = str(highlight_html(analyze("Officials said the plan may fail.", title="Plan <b>in doubt</b>")))
    assert titled.startswith("<div>Plan &lt;b&gt;in doubt&lt;/b&gt;</div>")
    # an article read from a file or table keeps its id when it has no outlet, its outlet when it has one
    assert str(highlight_html(analyze(Article("a1", "It may fail.", source="a1.txt")))).startswith("<div><strong>a1</strong></div>")
    assert str(highlight_html(analyze(Article("a1", "It may fail.", outlet="Outlet A", title="T")))).startswith(
        "<div><strong>Outlet A</strong> — T</div>")


def test_report_title_names_the_folder_not_dot(tmp_path, monkeypatch):
    event = tmp_path / "flood-2026"
    event.mkdir()
    (event / "a.txt").write_text("The river rose. “It may flood,” the mayor said.", encoding="utf-8")
    (event / "b.txt").write_text("Officials said the river could rise.", encoding="utf-8")
    monkeypatch.chdir(event)
    index, errors = write_report(".", tmp_path / "out")
    page = index.read_text(encoding="utf-8")
    assert errors == []
    assert "<h1>How the outlets framed it: flood-2026</h1>" in page
    assert "<title>framing report: flood-2026</title>" in page


def test_report_title_is_the_event_when_every_article_names_the_same_one(tmp_path):
    (tmp_path / "c").mkdir()
    (tmp_path / "c" / "a.txt").write_text("The river rose.", encoding="utf-8")
    (tmp_path / "c" / "manifest.csv").write_text("id,file,outlet,event\na,a.txt,X,River flood of May 2026\n", encoding="utf-8")
    index, _ = write_report(tmp_path / "c", tmp_path / "out")
    assert "<h1>How the outlets framed it: River flood of May 2026</h1>" in index.read_text(encoding="utf-8")
