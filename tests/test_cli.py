import json
import subprocess
import sys

import pytest

from framing.cli import main

from conftest import BUNDLED


def run_cli(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "framing", *args], capture_output=True, text=True, cwd=cwd)


def test_analyze_bundled_jsonl_five_objects_in_order():
    proc = run_cli("analyze", str(BUNDLED), "--format", "jsonl")
    assert proc.returncode == 0, proc.stderr
    objs = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [o["id"] for o in objs] == ["A", "B", "C", "D", "E"]
    a = objs[0]
    assert a["text_length"] == 2432
    assert a["excluded"][0] == [604, 610, "placeholder"]
    assert {"start", "end"} <= set(a["sentences"][0]) and (a["sentences"][0]["start"], a["sentences"][0]["end"]) == (1, 181)
    assert {"start": 94, "end": 119, "nested": False, "unbalanced": False} .items() <= a["quotes"][0].items()
    for key in ("source", "hedges", "attributions"):
        assert key in a
    assert proc.stderr.strip().endswith("5 analysed, 0 failed")


def test_analyze_error_row_in_place_and_nonzero_exit(tmp_path):
    (tmp_path / "a.txt").write_text("Fine text here.", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"")
    (tmp_path / "c.txt").write_text("More fine text.", encoding="utf-8")
    proc = run_cli("analyze", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), str(tmp_path / "c.txt"))
    assert proc.returncode == 1
    objs = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [o["id"] for o in objs] == ["a", "b", "c"]
    assert set(objs[1]) == {"id", "source", "error"} and "empty text" in objs[1]["error"]
    assert "2 analysed, 1 failed" in proc.stderr


def test_csv_output_neutralises_formulas(tmp_path, capsys):
    p = tmp_path / "t.jsonl"
    p.write_text(json.dumps({"id": "=cmd|' /C calc'!A0", "text": "Hello there.", "title": "@SUM(1)"}) + "\n", encoding="utf-8")
    out = tmp_path / "o.csv"
    assert main(["analyze", str(p), "--format", "csv", "--output", str(out)]) == 0
    body = out.read_text(encoding="utf-8").splitlines()
    assert body[1].startswith("'=cmd|' /C calc'!A0,") and ",'@SUM(1)," in body[1]


def test_report_out_writes_page_figures_and_analysis_with_progress(tmp_path, capsys, monkeypatch):
    """`framing report PATH --out DIR` (issue #7's spelling), on a terminal: two progress bars, then the summary."""
    import framing.figures

    out = tmp_path / "rep"
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)  # --progress auto, as on a terminal
    # two figures are enough here (drawing all of them is tested in test_figures / test_display_report)
    monkeypatch.setattr(framing.figures, "FIGURES", [s for s in framing.figures.FIGURES if not s.needs_actors][:2])
    assert main(["report", str(BUNDLED), "--out", str(out)]) == 0
    err = capsys.readouterr().err
    assert "analysing: 100%" in err and "5/5" in err and "figures: 100%" in err and "2/2" in err  # manifest rows, figures
    assert err.splitlines()[-1] == f"framing: report written to {out / 'index.html'} (0 input(s) failed, 0 figure(s) failed)"
    page = (out / "index.html").read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and "5 articles analysed, 0 failed" in page and "<script" not in page
    rows = [json.loads(line) for line in (out / "analysis.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in rows] == ["A", "B", "C", "D", "E"]
    svgs, pngs = sorted((out / "figures").glob("*.svg")), sorted((out / "figures").glob("*.png"))
    assert len(svgs) == len(pngs) == 2 and [p.stem for p in svgs] == [p.stem for p in pngs]


def test_report_progress_is_quiet_when_piped_and_out_is_required(capsys):
    from framing.report import _progress

    items = [1, 2, 3]
    assert _progress(items, mode="auto") is items  # standard error is not a terminal under pytest
    assert _progress(items, mode="never") is items
    with pytest.raises(ValueError, match="'auto', 'always' or 'never'"):
        _progress(items, mode="sometimes")
    with pytest.raises(SystemExit):
        main(["report", str(BUNDLED)])
    assert "the following arguments are required: --out" in capsys.readouterr().err


def test_compare_output_does_not_depend_on_the_order_of_paths(tmp_path, capsys):
    """`framing compare b.txt a.txt` writes what `framing compare a.txt b.txt` writes (PATH arguments
    are sorted, as for analyze and report); before, the profile followed the order given."""
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("Officials said the plan may fail. It rained.", encoding="utf-8")
    b.write_text("“We will win,” said Mayor Ann Lee on Tuesday.", encoding="utf-8")
    outs = []
    for order in ([a, b], [b, a]):
        out = tmp_path / f"c{len(outs)}.json"
        assert main(["compare", *map(str, order), "--output", str(out)]) == 0
        outs.append(out.read_bytes())
    assert outs[0] == outs[1]
    assert [row["id"] for row in json.loads(outs[0])["profile"]] == ["a", "b"]
    assert capsys.readouterr().err.strip().splitlines()[-1] == "framing: 2 compared, 0 failed"
