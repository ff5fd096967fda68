"""Streaming batch analysis: --jobs, --resume, error rows in place, formats, progress, bounded memory."""

import io
import json
import random

import pytest

from framing import Article
from framing.batch import analyze_files, analyze_frame
from framing.cli import main
from framing.batch.parallel import analyze_records

# Sentences composed for these tests (not from any article): attributions, quotations,
# hedges, abbreviations, so that every scorer has something to find.
SENTENCES = [
    "The council voted 7-2 on Tuesday to close the shelter.",
    "Officials said the budget “may not survive the winter.”",
    "According to the report, the contractor allegedly inflated its costs.",
    "“We did nothing wrong,” the company said in a statement.",
    "Dr. Ana Ruiz, who studies housing, warned that rents could rise.",
    "The mayor’s office did not respond to a request for comment.",
    "Residents appear to be divided over the plan.",
    "“It is a disgrace,” said Sen. Mark Ellis. “People will suffer.”",
    "Critics claimed the vote was rushed.",
    "The U.S. Department of Housing has reportedly opened an inquiry.",
    "Police arrested two men near the station on Friday night.",
    "It is unclear whether the decision can be appealed.",
    "Supporters say the move will save $4.5 million a year.",
    "The governor, speaking to reporters, called the ruling “a victory for common sense.”",
    "Perhaps the most surprising result came from the suburbs.",
]
HEADLINES = ["Council votes to close shelter", "Budget fight deepens", "Inquiry opened into contractor"]


def make_articles(n, seed=8):
    rng = random.Random(seed)
    out = []
    for i in range(n):
        paras = [" ".join(rng.sample(SENTENCES, rng.randint(1, 3))) for _ in range(rng.randint(2, 5))]
        out.append({"id": f"art{i:04d}", "title": rng.choice(HEADLINES), "outlet": f"Outlet {i % 7}",
                    "text": rng.choice(HEADLINES) + "\n\n" + "\n\n".join(paras)})
    return out


@pytest.fixture(scope="module")
def corpus_jsonl(tmp_path_factory):
    """300 articles with a broken JSON line (line 151) and an empty text (line 40)."""
    path = tmp_path_factory.mktemp("batch") / "corpus.jsonl"
    lines = [json.dumps(a, ensure_ascii=False) for a in make_articles(300)]
    lines[39] = json.dumps({"id": "empty", "text": "   "})
    lines.insert(150, '{"id": "broken", "text": "no closing brace"')
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def full_jsonl(corpus_jsonl, tmp_path_factory):
    out = tmp_path_factory.mktemp("full") / "out.jsonl"
    assert main(["analyze", str(corpus_jsonl), "--output", str(out), "--progress", "never"]) == 1
    return out.read_bytes()


def test_jobs_2_output_is_byte_identical_to_jobs_1(corpus_jsonl, full_jsonl, tmp_path):
    out = tmp_path / "j2.jsonl"
    assert main(["analyze", str(corpus_jsonl), "--output", str(out), "--jobs", "2", "--progress", "never"]) == 1
    assert out.read_bytes() == full_jsonl


def test_every_input_is_one_row_in_order_with_error_rows_in_place(full_jsonl, capsys):
    rows = [json.loads(line) for line in full_jsonl.decode("utf-8").splitlines()]
    assert len(rows) == 301
    assert rows[0]["id"] == "art0000" and rows[-1]["id"] == "art0299"
    # line 40 (the empty text) and line 151 (broken JSON, no id) are error rows where they were
    assert rows[39] == {"id": "empty", "source": rows[39]["source"], "error": rows[39]["error"]}
    assert "text is only whitespace" in rows[39]["error"]
    assert rows[150]["id"] is None and "line 151" in rows[150]["error"] and "not valid JSON" in rows[150]["error"]
    assert [r["id"] for r in rows[149:152]] == ["art0149", None, "art0150"]
    assert sum("error" in r for r in rows) == 2


def test_summary_line_and_exit_status(corpus_jsonl, tmp_path, capsys):
    assert main(["analyze", str(corpus_jsonl), "--output", str(tmp_path / "o.jsonl"), "--jobs", "2"]) == 1
    err = capsys.readouterr().err
    assert err.strip().splitlines()[-1] == "framing: 299 analysed, 2 failed"
    assert err.count("framing: error:") == 2


@pytest.mark.parametrize("cut", [0.5, 0.0, 1.0, "line"], ids=["mid-line", "empty-file", "complete", "at-line-end"])
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_resume_after_interruption_equals_full_run(corpus_jsonl, full_jsonl, tmp_path, capsys, cut, jobs):
    out = tmp_path / "resumed.jsonl"
    if cut == "line":
        data = full_jsonl[: full_jsonl.index(b"\n", len(full_jsonl) // 3) + 1]
    else:
        data = full_jsonl[: int(len(full_jsonl) * cut)]
        if cut == 0.5:
            assert not data.endswith(b"\n")  # really cut inside a row
    out.write_bytes(data)
    assert main(["analyze", str(corpus_jsonl), "--output", str(out), "--resume", "--jobs", jobs, "--progress", "never"]) == 1
    assert out.read_bytes() == full_jsonl
    # the counts cover the whole file, kept rows included
    assert capsys.readouterr().err.strip().splitlines()[-1] == "framing: 299 analysed, 2 failed"


def test_resume_without_existing_output_is_a_normal_run(corpus_jsonl, full_jsonl, tmp_path):
    out = tmp_path / "new.jsonl"
    assert main(["analyze", str(corpus_jsonl), "--output", str(out), "--resume", "--progress", "never"]) == 1
    assert out.read_bytes() == full_jsonl


def test_resume_refuses_output_of_another_input(corpus_jsonl, tmp_path, capsys):
    out = tmp_path / "other.jsonl"
    out.write_text('{"id": "zzz", "source": "x"}\n', encoding="utf-8")
    assert main(["analyze", str(corpus_jsonl), "--output", str(out), "--resume"]) == 2
    err = capsys.readouterr().err
    assert "row 1" in err and "'zzz'" in err and "'art0000'" in err
    assert out.read_text(encoding="utf-8") == '{"id": "zzz", "source": "x"}\n'  # left alone


@pytest.mark.parametrize("args, message", [
    (["--resume"], "--resume needs --output"),
    (["--resume", "--format", "parquet", "--output", "{tmp}/o.parquet"], "cannot be appended"),
])
def test_resume_misuse_is_a_usage_error(corpus_jsonl, tmp_path, capsys, args, message):
    args = [a.replace("{tmp}", str(tmp_path)) for a in args]
    assert main(["analyze", str(corpus_jsonl), *args]) == 2
    assert message in capsys.readouterr().err


def test_csv_resume_after_truncation_equals_full_run(corpus_jsonl, tmp_path):
    full = tmp_path / "full.csv"
    assert main(["analyze", str(corpus_jsonl), "--format", "csv", "--output", str(full), "--progress", "never"]) == 1
    data = full.read_bytes()
    for cut in (len(data) // 2, len(data) // 5, 10):  # inside a row, and inside the header
        part = tmp_path / f"part{cut}.csv"
        part.write_bytes(data[:cut])
        assert main(["analyze", str(corpus_jsonl), "--format", "csv", "--output", str(part), "--resume",
                     "--jobs", "2", "--progress", "never"]) == 1
        assert part.read_bytes() == data, cut


def test_csv_resume_cut_inside_a_quoted_multiline_cell(tmp_path):
    src = tmp_path / "t.jsonl"
    arts = [{"id": f"m{i}", "title": "Two\nlines", "text": SENTENCES[i]} for i in range(4)]
    src.write_text("".join(json.dumps(a) + "\n" for a in arts), encoding="utf-8")
    full = tmp_path / "full.csv"
    assert main(["analyze", str(src), "--format", "csv", "--output", str(full)]) == 0
    data = full.read_bytes()
    cut = data.index(b"Two\n", data.index(b"\nm2,")) + 4  # just after the newline inside m2's title
    part = tmp_path / "part.csv"
    part.write_bytes(data[:cut])
    assert main(["analyze", str(src), "--format", "csv", "--output", str(part), "--resume"]) == 0
    assert part.read_bytes() == data


def test_parquet_and_csv_have_the_same_ids_in_the_same_order(corpus_jsonl, full_jsonl, tmp_path):
    import pandas as pd
    import pyarrow.parquet as pa_pq

    pq, cs = tmp_path / "o.parquet", tmp_path / "o.csv"
    assert main(["analyze", str(corpus_jsonl), "--format", "parquet", "--output", str(pq), "--jobs", "2"]) == 1
    assert main(["analyze", str(corpus_jsonl), "--format", "csv", "--output", str(cs)]) == 1
    want = [json.loads(line)["id"] for line in full_jsonl.decode("utf-8").splitlines()]
    got_pq = pa_pq.read_table(pq).column("id").to_pylist()
    got_csv = pd.read_csv(cs, keep_default_na=False)["id"].tolist()
    assert got_pq == want
    assert got_csv == [i if i is not None else "" for i in want]


def test_progress_bar_only_when_asked_or_on_a_terminal(corpus_jsonl, tmp_path, capsys):
    assert main(["analyze", str(corpus_jsonl), "--output", str(tmp_path / "a.jsonl")]) == 1
    quiet = capsys.readouterr().err  # auto, stderr is not a terminal under pytest
    assert "article/s" not in quiet and "301" not in quiet
    assert main(["analyze", str(corpus_jsonl), "--output", str(tmp_path / "b.jsonl"), "--progress", "always"]) == 1
    loud = capsys.readouterr().err
    assert "301/301" in loud and "article" in loud  # the total comes from counting the JSONL lines


def test_workers_do_not_read_the_input_ahead_of_the_output():
    pulled = []

    def articles():
        for i, a in enumerate(make_articles(200)):
            pulled.append(i)
            yield Article(a["id"], a["text"])

    stream = analyze_records(articles(), jobs=2, chunk_size=5, prefetch=2)
    first = next(stream)
    assert first[1]["id"] == "art0000"
    # at most jobs * prefetch chunks in flight: the generator is far from exhausted
    assert len(pulled) <= 2 * 2 * 5 + 1
    assert [r["id"] for _, r in stream] == [f"art{i:04d}" for i in range(1, 200)]


def test_analyze_records_rejects_one_article_and_bad_jobs():
    with pytest.raises(TypeError, match="iterable of articles"):
        list(analyze_records(Article("a", "Text.")))
    with pytest.raises(ValueError, match="positive integer"):
        list(analyze_records([], jobs=0))


def test_analyze_files_to_a_stream_and_frame_path_agree(corpus_jsonl, tmp_path):
    import io

    import pandas as pd

    arts = make_articles(20, seed=3)
    src = tmp_path / "s.jsonl"
    src.write_text("".join(json.dumps(a) + "\n" for a in arts), encoding="utf-8")
    out = io.StringIO()
    assert analyze_files(src, stdout=out, stderr=io.StringIO(), progress="never") == (20, 0)
    rows = [json.loads(line) for line in out.getvalue().splitlines()]
    frame = analyze_frame(pd.DataFrame(arts))
    assert frame["id"].tolist() == [a["id"] for a in arts]
    assert frame["text_length"].tolist() == [r["text_length"] for r in rows]
    assert frame["n_sentences"].tolist() == [r["scores"]["n_sentences"] for r in rows]
    with pytest.raises(KeyError, match="no column 'body'"):
        analyze_frame(pd.DataFrame(arts), text_col="body")


def test_analyze_files_names_the_common_misuses(tmp_path):
    import pandas as pd

    with pytest.raises(TypeError, match="use framing.analyze_frame"):
        analyze_files(pd.DataFrame({"id": ["a"], "text": ["x"]}))
    with pytest.raises(TypeError, match="framing.analyze\\(article\\)"):
        analyze_files(Article("a", "Some text."))
    with pytest.raises(TypeError, match="looks like article text"):
        analyze_files("Officials said on Monday that the plan may fail.\nIt was a disaster.")
    with pytest.raises(ValueError, match="unknown format 'xlsx'"):
        analyze_files(tmp_path, format="xlsx")


def test_analyze_records_forms_carry_the_same_result():
    from framing import analyze
    from framing.batch.export import flat_row, json_line

    arts = [Article("a", "Officials said the plan “may fail.”"), Article("b", "")]
    full = analyze(arts[0]).to_dict()
    (ok, line), (bad, err) = analyze_records(arts, form="json")
    assert ok and line == json_line(full) and not bad and "empty text" in err["error"]
    (ok, slim), _ = analyze_records(arts, jobs=2, chunk_size=1, form="slim")
    assert flat_row(slim) == flat_row(full) and "sentences" not in slim
    with pytest.raises(ValueError, match="form must be one of"):
        list(analyze_records(arts, form="csv"))


def test_ctrl_c_then_resume_equals_full_run(tmp_path):
    """A real interruption: SIGINT to the process group (as Ctrl-C), quiet exit 130, then --resume.

    The interrupted run reads its input from a named pipe that this test keeps open after 300 of
    the 1,500 articles, so the run cannot finish before the signal however fast or slow the
    machine is (a race of the earlier version: a run that ended first exited 0). The pipe is then
    replaced by the whole file under the same name, so every row names the same source.
    """
    import os
    import signal
    import subprocess
    import sys
    import threading
    import time

    lines = [json.dumps(a) + "\n" for a in make_articles(1500, seed=11)]
    src = tmp_path / "big.jsonl"
    os.mkfifo(src)
    part, full = tmp_path / "part.jsonl", tmp_path / "full.jsonl"
    cmd = [sys.executable, "-m", "framing", "analyze", str(src), "--output", str(part), "--jobs", "2"]
    # SIGINT back to its default in the child: a shell that starts its background jobs with SIGINT ignored (CI run under
    # `setsid ... &`, `nohup`) passes that on, and the run would then never see the Ctrl-C (the test hung there once)
    proc = subprocess.Popen(cmd, stderr=subprocess.PIPE, text=True, start_new_session=True,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    feeder_done = threading.Event()

    def feed() -> None:  # blocks until the command opens the pipe; holds it open until the signal
        try:
            with open(src, "w", encoding="utf-8") as fifo:
                fifo.write("".join(lines[:300]))  # more than a pipe holds: written as the command reads
                fifo.flush()
                feeder_done.wait(600)
        except BrokenPipeError:
            pass  # the interrupted command stopped reading before all 300 lines were through

    feeder = threading.Thread(target=feed, daemon=True)
    feeder.start()
    deadline = time.monotonic() + 600
    while proc.poll() is None and (not part.exists() or part.stat().st_size < 20000) and time.monotonic() < deadline:
        time.sleep(0.01)
    assert proc.poll() is None, proc.communicate()[1]  # still waiting for input: it cannot have finished
    os.killpg(proc.pid, signal.SIGINT)
    try:
        _, err = proc.communicate(timeout=600)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        raise AssertionError("framing analyze did not stop within 600 s of SIGINT to its process group") from None
    feeder_done.set()
    feeder.join()
    assert (proc.returncode, err) == (130, "framing: interrupted\n")
    os.unlink(src)
    src.write_text("".join(lines), encoding="utf-8")
    assert main(["analyze", str(src), "--output", str(full), "--progress", "never"]) == 0
    assert 0 < part.stat().st_size < full.stat().st_size and part.read_bytes().endswith(b"\n")
    assert main(["analyze", str(src), "--output", str(part), "--resume", "--jobs", "2"]) == 0
    assert part.read_bytes() == full.read_bytes()


def test_resume_redoes_nothing_and_loses_nothing(corpus_jsonl, full_jsonl, tmp_path, monkeypatch):
    """Only the inputs after the last complete row are analysed again, each exactly once."""
    import framing.batch.parallel

    analysed = []
    real = framing.batch.parallel.analyze_many

    def counting(items, **options):
        for r in real(items, **options):
            analysed.append(r.id)
            yield r

    monkeypatch.setattr(framing.batch.parallel, "analyze_many", counting)
    lines = full_jsonl.splitlines(keepends=True)
    out = tmp_path / "part.jsonl"
    out.write_bytes(b"".join(lines[:120]) + lines[120][:40])  # 120 complete rows, then half of row 121
    assert main(["analyze", str(corpus_jsonl), "--output", str(out), "--resume", "--progress", "never"]) == 1
    want = [json.loads(line)["id"] for line in lines[120:]]
    assert analysed == want and len(analysed) == 181  # rows 121..301, none of the 120 kept ones
    assert out.read_bytes() == full_jsonl


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
def test_every_format_is_byte_identical_with_workers(fmt, tmp_path):
    """--jobs 2 with one article per chunk (so both workers take turns) writes the same bytes as one process."""
    from conftest import BUNDLED

    one, two = tmp_path / f"one.{fmt}", tmp_path / f"two.{fmt}"
    quiet = dict(progress="never", stderr=io.StringIO())
    assert analyze_files(BUNDLED, output=one, format=fmt, **quiet) == (5, 0)
    assert analyze_files(BUNDLED, output=two, format=fmt, jobs=2, chunk_size=1, **quiet) == (5, 0)
    assert one.read_bytes() == two.read_bytes() and one.stat().st_size > 1000


def test_formats_carry_the_same_rows(tmp_path):
    """JSONL, CSV and Parquet of the bundled corpus: the same ids in order and the same scores."""
    import pandas as pd
    import pyarrow.parquet as pa_pq

    from conftest import BUNDLED

    quiet = dict(progress="never", stderr=io.StringIO())
    for fmt in ("jsonl", "csv", "parquet"):
        analyze_files(BUNDLED, output=tmp_path / f"o.{fmt}", format=fmt, **quiet)
    rows = [json.loads(line) for line in (tmp_path / "o.jsonl").read_text(encoding="utf-8").splitlines()]
    table = pd.read_csv(tmp_path / "o.csv")
    parquet = pa_pq.read_table(tmp_path / "o.parquet").to_pandas()
    assert [r["id"] for r in rows] == table["id"].tolist() == parquet["id"].tolist() == ["A", "B", "C", "D", "E"]
    for key in ("n_sentences", "n_quotes", "words_quoted", "src_n"):
        want = [r["scores"][key] for r in rows]
        assert table[key].tolist() == parquet[key].tolist() == want, key
    assert table["text_length"].tolist() == parquet["text_length"].tolist() == [r["text_length"] for r in rows]
    assert rows[0]["text_length"] == 2432
    assert list(table.columns) == list(parquet.columns) and table.columns[-1] == "error"


def test_progress_bar_on_a_terminal_and_quiet_when_piped(tmp_path):
    """The default (--progress auto) on a real pseudo-terminal, then with standard error piped.

    A new pseudo-terminal reports 0 columns, as some editors' shells do; the bar must still show.
    """
    import os
    import pty
    import subprocess
    import sys

    from conftest import BUNDLED

    cmd = [sys.executable, "-m", "framing", "analyze", str(BUNDLED)]
    leader, follower = pty.openpty()
    proc = subprocess.Popen([*cmd, "--output", str(tmp_path / "tty.jsonl")], stderr=follower, stdout=subprocess.DEVNULL)
    os.close(follower)
    chunks = []
    while True:
        try:
            data = os.read(leader, 4096)
        except OSError:  # EIO: the child closed the terminal
            break
        if not data:
            break
        chunks.append(data)
    os.close(leader)
    assert proc.wait() == 0
    shown = b"".join(chunks).decode("utf-8", "replace")
    assert "5/5" in shown and "100%" in shown and "article/s" in shown  # total from manifest.csv (5 rows)
    assert shown.rstrip().endswith("framing: 5 analysed, 0 failed")
    piped = subprocess.run(cmd, capture_output=True, text=True)
    assert piped.returncode == 0 and piped.stderr == "framing: 5 analysed, 0 failed\n"
    assert piped.stdout.encode("utf-8") == (tmp_path / "tty.jsonl").read_bytes()


def test_count_inputs_matches_what_is_read(tmp_path):
    """The progress total: JSONL lines, CSV rows (a quoted cell may span lines), manifest rows, .txt files."""
    from conftest import BUNDLED
    from framing.batch import count_inputs

    (tmp_path / "t.csv").write_text('id,text\na,"It may\nrain."\nb,Sun.\nc,Fog.\n', encoding="utf-8")
    (tmp_path / "t.jsonl").write_text('{"id": "x", "text": "A."}\n\n{"id": "y", "text": "B."}\n', encoding="utf-8")
    assert count_inputs(BUNDLED) == 5
    assert count_inputs([tmp_path / "t.csv", tmp_path / "t.jsonl"]) == 5  # 3 CSV rows + 2 non-blank lines
    assert count_inputs(tmp_path / "nope.jsonl") is None and count_inputs(tmp_path / "x.pdf") is None


def test_an_error_row_first_does_not_drop_the_score_columns(tmp_path):
    """The first input fails: CSV and Parquet still have every flat column, with the result row's scores.

    Before, the CSV columns were fixed by the first row written, so an error row first left only
    ``id, source, error`` for the whole table (every score silently dropped).
    """
    import pandas as pd

    from framing.batch import frame_schema

    table = tmp_path / "t.csv"
    table.write_text("id,text\na, \nb,Officials said the plan may fail.\n", encoding="utf-8")
    quiet = dict(progress="never", stderr=io.StringIO())
    for fmt in ("csv", "parquet"):
        assert analyze_files(table, output=tmp_path / f"o.{fmt}", format=fmt, **quiet) == (1, 1)
    got_csv = pd.read_csv(tmp_path / "o.csv")
    got_pq = pd.read_parquet(tmp_path / "o.parquet")
    assert list(got_csv.columns) == list(got_pq.columns) == list(frame_schema())
    assert got_csv["id"].tolist() == got_pq["id"].tolist() == ["a", "b"]
    assert got_csv["error"].notna().tolist() == got_pq["error"].notna().tolist() == [True, False]
    assert got_csv["text_length"][1] == got_pq["text_length"][1] == 33
    # issue #14: "may" in "Officials said the plan may fail." is reported speech, not the outlet's voice
    assert got_csv["hedge_epistemic_reported"][1] == got_pq["hedge_epistemic_reported"][1] == 1
    assert got_csv["src_n"][1] == got_pq["src_n"][1] == 1


def test_parquet_column_empty_in_the_first_row_group_takes_later_values(tmp_path):
    """A score that is None in every row of the first Parquet row group (no quotation yet) is typed
    from frame_schema, not as Arrow ``null``, so a later group's value is written (was ArrowNotImplementedError)."""
    import pyarrow.parquet as pa_pq

    from framing import analyze
    from framing.batch import frame_schema
    from framing.batch.export import RowWriter

    plain = analyze("It rained on Tuesday.").to_dict()
    quoted = analyze("“We will win,” said Mayor Ann Lee.").to_dict()
    assert plain["scores"]["src_quoted_attributed_share"] is None
    assert quoted["scores"]["src_quoted_attributed_share"] == 1.0
    schema = frame_schema()
    writer = RowWriter("parquet", path=str(tmp_path / "o.parquet"), batch=1, columns=list(schema), dtypes=schema)
    writer.write(plain)
    writer.write(quoted)
    writer.close()
    got = pa_pq.read_table(tmp_path / "o.parquet")
    assert got.column("src_quoted_attributed_share").to_pylist() == [None, 1.0]
    assert str(got.schema.field("src_quoted_attributed_share").type) == "double"
    assert got.column("error").to_pylist() == [None, None]


def test_parquet_without_pyarrow_is_a_usage_error_before_any_analysis(tmp_path, monkeypatch, capsys):
    """scripts/report.sh installs no pyarrow: --format parquet then says so (exit 2) instead of
    analysing everything and dying with a ModuleNotFoundError traceback at the first row group."""
    import sys

    (tmp_path / "a.txt").write_text("It may rain.", encoding="utf-8")
    monkeypatch.setitem(sys.modules, "pyarrow", None)  # import pyarrow -> ImportError
    assert main(["analyze", str(tmp_path / "a.txt"), "--format", "parquet", "--output", str(tmp_path / "o.parquet")]) == 2
    err = capsys.readouterr().err
    assert "framing: error: --format parquet needs pyarrow, which is not installed" in err
    assert not (tmp_path / "o.parquet").exists()
