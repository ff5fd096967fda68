"""Batch analysis: stream many articles to JSONL, CSV or Parquet, in order, resumably.

This is ``framing analyze``. Inputs are read lazily (:func:`framing.iter_corpus`),
results are written as they come (:class:`framing.batch.export.RowWriter`), so memory
does not grow with the corpus. Every input ends as one row, a result or an
error, in input order, whatever ``jobs`` is (:mod:`framing.batch.parallel`).

Resuming
--------
With ``resume=True`` and an existing ``output`` (JSONL or CSV), the rows already
written are read back; a last row cut short by an interruption is detected and
the file is cut back to the last complete row. Because rows are in input order,
the first *k* inputs are exactly the *k* rows already written: they are checked
(same ids, in the same order) and skipped, and the rest is appended. The final
file is byte-identical to an uninterrupted run's.
"""

from __future__ import annotations

import argparse
import csv
import functools
import io
import os
import sys
from collections.abc import Iterable, Iterator
from contextlib import ExitStack
from pathlib import Path
from typing import IO, Any

from ..corpus import Article, LoadError, iter_corpus
from ..corpus.html import HTML_SUFFIXES
from .export import RowWriter, flat_row, json_line
from .parallel import DEFAULT_CHUNK, Record, analyze_records
from .resume import ResumeError, csv_done, jsonl_done, skip_done

__all__ = ["run_analyze", "analyze_files", "count_inputs", "progress_bar", "want_progress", "analyze_frame", "frame_schema", "records_to_frame", "frame_items", "ResumeError"]

# A short text that exercises every scorer (a quotation, a hedge, an attribution),
# analysed once to learn the flat columns and their types.
_PROBE = ("Officials said the plan “may fail,” according to the report.\n"
          "The senator allegedly knew. “It is a disaster,” she told reporters.")
_TEXT_COLUMNS = ("id", "source", "outlet", "title", "warnings", "error")


def _csv_rows(path: Path) -> int:
    """Data rows of a CSV file (quoted cells may hold newlines), as :func:`framing.iter_corpus` reads them."""
    with path.open("r", encoding="utf-8-sig", errors="replace", newline="") as fh:
        return sum(1 for _ in csv.DictReader(fh))


def count_inputs(paths: str | Path | Iterable[str | Path]) -> int | None:
    """How many inputs :func:`framing.iter_corpus` will yield, for a progress bar's total; None if unknown.

    One pass over each table without analysing anything (JSONL: non-blank lines;
    CSV tables and a corpus folder's ``manifest.csv``: data rows; a folder of
    ``.txt`` and ``.html`` files: its files). A path that does not exist, or a malformed table,
    gives ``None`` (the bar then counts without a total); the count is only a
    display hint, never used to decide what is analysed.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (d / "t.csv").write_text('id,text\\na,"Two\\nlines."\\nb,One.\\n', encoding="utf-8")
    >>> _ = (d / "u.txt").write_text("It may rain.", encoding="utf-8")
    >>> count_inputs([d / "t.csv", d / "u.txt"]), count_inputs(d / "missing.jsonl")
    (3, None)
    """
    total = 0
    for p in map(Path, [paths] if isinstance(paths, (str, Path)) else paths):
        try:
            suffix = p.suffix.lower()
            if p.is_dir():
                if (p / "manifest.csv").is_file():
                    total += _csv_rows(p / "manifest.csv")
                else:
                    total += sum(1 for q in p.iterdir() if q.suffix.lower() in (".txt", ".text", *HTML_SUFFIXES) and q.is_file())
            elif suffix == ".jsonl" and p.is_file():
                with p.open("rb") as fh:
                    total += sum(1 for raw in fh if raw.strip())
            elif suffix == ".csv" and p.is_file():
                total += _csv_rows(p)
            elif p.is_file() and suffix in (".txt", ".text", *HTML_SUFFIXES):
                total += 1
            else:
                return None
        except (OSError, csv.Error):
            return None
    return total


def _terminal_columns(stream: IO[str]) -> int:
    try:
        return os.get_terminal_size(stream.fileno()).columns
    except (AttributeError, ValueError, OSError, io.UnsupportedOperation):
        return 0


def progress_bar(stream: IO[str], *, total: int | None = None, initial: int = 0, desc: str | None = None,
                 iterable: Iterable[Any] | None = None, unit: str = "article") -> Any:
    """A tqdm progress bar on ``stream`` (standard error), as ``framing analyze`` and ``framing report`` show it.

    A terminal that reports no size (0x0: a new pseudo-terminal, some editors'
    shells) makes tqdm hide the bar entirely; such a terminal gets an 80x24 bar.

    Examples
    --------
    >>> import io
    >>> err = io.StringIO()
    >>> for _ in progress_bar(err, total=2, desc="analysing", iterable=[1, 2]):
    ...     pass
    >>> "analysing: 100%" in err.getvalue() and "2/2" in err.getvalue()
    True
    """
    from tqdm.auto import tqdm

    shape: dict[str, Any] = {"dynamic_ncols": True} if _terminal_columns(stream) > 0 else {"ncols": 80, "nrows": 24}
    return tqdm(iterable, total=total, initial=initial, desc=desc, file=stream, unit=unit, **shape)


def want_progress(progress: str, stream: IO[str]) -> bool:
    """Whether to show a bar: ``always``, ``never``, or ``auto`` (only when ``stream`` is a terminal).

    Examples
    --------
    >>> import io
    >>> want_progress("auto", io.StringIO()), want_progress("always", io.StringIO())
    (False, True)
    """
    if progress not in ("auto", "always", "never"):
        raise ValueError(f"progress must be 'auto', 'always' or 'never', not {progress!r}")
    if progress == "auto":
        try:
            return stream.isatty()
        except (AttributeError, ValueError):
            return False
    return progress == "always"


def analyze_files(paths: str | Path | Iterable[str | Path], *, output: str | Path | None = None, format: str = "jsonl",
                  jobs: int = 1, resume: bool = False, progress: str = "auto", encoding_errors: str = "strict",
                  chunk_size: int = DEFAULT_CHUNK, stdout: IO[str] | None = None, stderr: IO[str] | None = None,
                  **options: Any) -> tuple[int, int]:
    """Analyse a corpus into a JSONL, CSV or Parquet file, streaming; return ``(n_analysed, n_failed)``.

    Parameters
    ----------
    paths : path or list of paths
        What :func:`framing.iter_corpus` reads: corpus folders, ``.jsonl``/``.csv`` tables, ``.txt`` files.
    output : path, optional
        The file to write; standard output if omitted (not for Parquet).
    format : {"jsonl", "csv", "parquet"}
    jobs : int, default 1
        Worker processes; the output is byte-identical to ``jobs=1``.
    resume : bool, default False
        Keep the complete rows already in ``output`` (JSONL or CSV), skip their
        inputs and append the rest. A partial last row is removed first.
    progress : {"auto", "always", "never"}
        A tqdm bar on ``stderr``; ``auto`` shows it only on a terminal.
    encoding_errors : {"strict", "replace"}
        See :func:`framing.load_corpus`.
    **options
        Passed to :func:`framing.analyze` (custom lexicons).

    Returns
    -------
    (int, int)
        Rows that are results and rows that are errors, counting kept rows when resuming.

    Examples
    --------
    >>> import io, tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp()); _ = (d / "a.txt").write_text("It may rain.", encoding="utf-8")
    >>> out = io.StringIO()
    >>> analyze_files([d / "a.txt"], stdout=out, stderr=io.StringIO())
    (1, 0)
    >>> out.getvalue()[:20]
    '{"id": "a", "source"'
    """
    if format not in ("jsonl", "csv", "parquet"):
        raise ValueError(f"unknown format {format!r}: use jsonl, csv or parquet")
    stdout = sys.stdout if stdout is None else stdout
    stderr = sys.stderr if stderr is None else stderr
    if hasattr(paths, "columns"):
        raise TypeError("analyze_files reads files (corpus folders, .jsonl/.csv tables, .txt files); "
                        "for a DataFrame of articles use framing.analyze_frame(df)")
    if isinstance(paths, Article):
        raise TypeError("analyze_files reads files; for one article use framing.analyze(article)")
    if format == "parquet":  # checked before any article is analysed, not at the first row group
        try:
            import pyarrow  # noqa: F401
        except ImportError:
            raise ValueError("--format parquet needs pyarrow, which is not installed: "
                             "pip install pyarrow (the 'parquet' extra of framing), or use --format csv") from None
    path_list = [paths] if isinstance(paths, (str, Path)) else list(paths)
    items: Iterable[Article | LoadError] = iter_corpus(paths if isinstance(paths, (str, Path)) else path_list,
                                                       encoding_errors=encoding_errors)  # type: ignore[arg-type]
    n_ok = n_err = 0
    kept = 0
    csv_header: list[str] | None = None
    out_path = Path(output) if output is not None else None
    append = False
    if resume:
        if out_path is None:
            raise ResumeError("--resume needs --output FILE (the file to continue)")
        if format == "parquet":
            raise ResumeError("--resume works with --format jsonl or csv; a Parquet file cannot be appended to")
        if out_path.exists():
            if format == "jsonl":
                done, n_err = jsonl_done(out_path)
            else:
                csv_header, done, n_err = csv_done(out_path)
            kept = len(done)
            n_ok = kept - n_err
            items = skip_done(items, done, out_path, csv_ids=format == "csv")
            append = kept > 0 or format == "jsonl"
            if kept:
                print(f"framing: resuming: kept {kept} complete row(s) already in {out_path}", file=stderr)
    show = want_progress(progress, stderr)
    with ExitStack() as stack:
        bar = None
        if show:
            bar = stack.enter_context(progress_bar(stderr, total=count_inputs(path_list), initial=kept))
        say = bar.write if bar is not None else (lambda msg: print(msg, file=stderr))
        # CSV and Parquet columns: the fixed flat columns (so that an error row first does not fix
        # them to id, source, error), or, when resuming a CSV, the existing table's own header.
        schema = frame_schema() if format != "jsonl" else {}
        columns = csv_header if csv_header is not None else list(schema) or None
        if format == "parquet":
            if out_path is None:
                raise ValueError("parquet output needs --output FILE (it cannot be written to a terminal or pipe)")
            writer = RowWriter("parquet", path=str(out_path), columns=columns, dtypes=schema)
        else:
            stream = stack.enter_context(out_path.open("a" if append else "w", encoding="utf-8", newline="")) if out_path else stdout
            writer = RowWriter(format, stream, columns=columns, header=csv_header is None)
        records: Iterator[Record] = analyze_records(items, jobs=jobs, chunk_size=chunk_size,
                                                    form="json" if format == "jsonl" else "slim", **options)
        for ok, rec in records:
            if ok:
                n_ok += 1
            else:
                n_err += 1
                say(f"framing: error: {rec['error']}")
            if format == "jsonl":
                writer.stream.write((rec if ok else json_line(rec)) + "\n")  # type: ignore[union-attr]
            else:
                writer.write(rec)
            if bar is not None:
                bar.update(1)
        writer.close()
    return n_ok, n_err


def run_analyze(args: argparse.Namespace) -> int:
    """``framing analyze``: analyse, write, print ``framing: N analysed, M failed``; 1 if any failed."""
    try:
        n_ok, n_err = analyze_files(
            args.paths, output=args.output, format=args.format, jobs=getattr(args, "jobs", 1) or 1,
            resume=getattr(args, "resume", False), progress=getattr(args, "progress", "auto"),
            encoding_errors=args.encoding_errors)
    except (ResumeError, ValueError) as exc:
        print(f"framing: error: {exc}", file=sys.stderr)
        return 2
    print(f"framing: {n_ok} analysed, {n_err} failed", file=sys.stderr)
    return 1 if n_err else 0


def analyze_frame(df: Any, *, id_col: str = "id", text_col: str = "text", jobs: int = 1, source: str = "dataframe",
                  **options: Any) -> Any:
    """Analyse a pandas DataFrame of articles; one row of flat per-article columns per input row.

    The columns are those of the CSV output (:func:`framing.batch.export.flat_row`):
    ``id, source, outlet, title, text_length``, every score, ``warnings`` and
    ``error``, with fixed dtypes (see :func:`frame_schema`), so
    this pandas path and :func:`framing.dask.analyze_dataframe` give equal frames.

    Examples
    --------
    >>> import pandas as pd
    >>> out = analyze_frame(pd.DataFrame({"id": ["a", "b"], "text": ["It may rain.", ""]}))
    >>> out["id"].tolist(), int(out["text_length"][0]), out["error"].notna().tolist()
    (['a', 'b'], 12, [False, True])
    """
    items = frame_items(df, id_col=id_col, text_col=text_col, source=source)
    return records_to_frame((rec for _, rec in analyze_records(items, jobs=jobs, form="slim", **options)), index=df.index)


def frame_items(df: Any, *, id_col: str = "id", text_col: str = "text", source: str = "dataframe") -> Iterator[Article | LoadError]:
    """Articles (or load errors, in place) from the rows of a pandas DataFrame.

    ``outlet`` and ``title`` columns are used when present. An error names the
    row's index label when it is an integer (as with the default index), so a
    partition of a Dask DataFrame reports the same row as the whole frame.
    """
    from ..corpus import records_to_articles

    if not hasattr(df, "to_dict") or not hasattr(df, "columns"):
        raise TypeError(f"expected a pandas DataFrame with {id_col!r} and {text_col!r} columns, not a {type(df).__name__}")
    missing = [c for c in (id_col, text_col) if c not in df.columns]
    if missing:
        raise KeyError(f"the DataFrame has no column {' or '.join(map(repr, missing))}; pass id_col=/text_col= (columns: {list(df.columns)})")
    keep = [c for c in ("outlet", "title") if c in df.columns and c not in (id_col, text_col)]
    recs = df[[id_col, text_col, *keep]].rename(columns={id_col: "id", text_col: "text"}).to_dict("records")
    lines = [int(i) if hasattr(i, "__index__") else None for i in df.index]
    return records_to_articles(zip(lines, recs), source, "row")


@functools.cache
def frame_schema() -> dict[str, str]:
    """The flat per-article columns (as in CSV output) and the pandas dtype of each.

    Learned once from the analysis of a short probe text, so it follows the
    scorers: text is ``str`` (``object`` before pandas 3), integers the nullable ``Int64``, floats
    ``float64``, booleans ``boolean``; ``error`` is always last.

    Examples
    --------
    >>> s = frame_schema()
    >>> list(s)[:5], s["text_length"], s["n_sentences"], list(s)[-1]
    (['id', 'source', 'outlet', 'title', 'text_length'], 'Int64', 'Int64', 'error')
    """
    import pandas as pd

    from ..analyze import analyze

    # pandas >= 3 stores text as "str" (and Dask converts object columns of text to it);
    # older pandas keeps text in object columns.
    text = "str" if int(pd.__version__.split(".")[0]) >= 3 else "object"
    row = flat_row(analyze(_PROBE, title="Probe").to_dict())
    schema: dict[str, str] = {}
    for key, value in row.items():
        if isinstance(value, bool):
            schema[key] = "boolean"
        elif isinstance(value, int):
            schema[key] = "Int64"
        elif isinstance(value, float):
            schema[key] = "float64"
        elif isinstance(value, str) or key in _TEXT_COLUMNS:
            schema[key] = text
        else:  # None on the probe: type unknown
            schema[key] = "object"
    schema.pop("error", None)
    schema["error"] = text
    return schema


def records_to_frame(records: Iterable[dict[str, Any]], *, index: Any = None) -> Any:
    """A pandas DataFrame of :func:`frame_schema` columns from ``Analysis.to_dict()`` records.

    Examples
    --------
    >>> records_to_frame([{"id": "x", "source": "s", "error": "empty text"}])[["id", "error"]].values.tolist()
    [['x', 'empty text']]
    """
    import pandas as pd

    schema = frame_schema()
    rows = [flat_row(r) for r in records]
    data = {}
    for col, dtype in schema.items():
        values = [r.get(col) for r in rows]
        try:
            data[col] = pd.array(values, dtype=dtype)
        except (TypeError, ValueError):  # e.g. a score that is an int on the probe but a float here
            data[col] = pd.array(values, dtype="float64" if dtype in ("Int64", "boolean") else "object")
    if not rows and index is None:
        index = pd.RangeIndex(0)
    return pd.DataFrame(data, columns=list(schema), index=index)
