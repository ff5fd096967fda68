"""Resuming an interrupted ``framing analyze``: read back the complete rows, cut off a partial one.

Rows are written in input order, so the first *k* inputs are exactly the *k*
complete rows already in the output. :func:`jsonl_done` and :func:`csv_done`
read those rows back (ids and error count) and truncate the file after the last
complete row (a row cut short by an interruption is removed);
:func:`skip_done` checks that the first *k* inputs have the same ids, in the
same order, and yields the rest. Used by :func:`framing.batch.analyze_files`.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from ..corpus import Article, LoadError
from .export import safe_cell

__all__ = ["ResumeError", "jsonl_done", "csv_done", "skip_done"]


class ResumeError(ValueError):
    """The output file cannot be resumed: it does not match the input, or the format cannot be appended."""


def jsonl_done(path: Path) -> tuple[list[Any], int]:
    """Ids (in order) and error count of the complete rows of a JSONL output; cut off a partial last row.

    A row is complete when it ends with a newline and parses as a JSON object
    with an ``id``; the file is truncated after the last complete row.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "out.jsonl"
    >>> _ = p.write_text('{"id": "a"}\\n{"id": "b", "error": "empty text"}\\n{"id": "c", "sco', encoding="utf-8")
    >>> jsonl_done(p), p.read_text(encoding="utf-8")
    ((['a', 'b'], 1), '{"id": "a"}\\n{"id": "b", "error": "empty text"}\\n')
    """
    ids: list[Any] = []
    n_err = 0
    good_end = 0
    with path.open("rb+") as fh:
        for raw in fh:
            if not raw.endswith(b"\n"):
                break
            try:
                obj = json.loads(raw)
            except ValueError:
                break
            if not isinstance(obj, dict) or "id" not in obj:
                break
            ids.append(obj["id"])
            n_err += "error" in obj
            good_end += len(raw)
        fh.truncate(good_end)
    return ids, n_err


class _LineTracker:
    """Feed a binary file to :mod:`csv` line by line, remembering the byte offset reached."""

    def __init__(self, fh: IO[bytes]):
        self.fh, self.offset, self.last_complete = fh, 0, True

    def __iter__(self) -> Iterator[str]:
        for raw in self.fh:
            self.offset += len(raw)
            self.last_complete = raw.endswith(b"\n")
            yield raw.decode("utf-8")


def csv_done(path: Path) -> tuple[list[str] | None, list[Any], int]:
    """Header, ids and error count of the complete rows of a CSV output; cut off a partial last row."""
    ids: list[Any] = []
    n_err = 0
    with path.open("rb+") as fh:
        lines = _LineTracker(fh)
        reader = csv.reader(lines, strict=True)
        header: list[str] | None = None
        good_end = 0
        try:
            for row in reader:
                if not lines.last_complete:
                    break
                if header is None:
                    header = row
                elif len(row) != len(header):
                    break
                else:
                    rec = dict(zip(header, row))
                    ids.append(rec.get("id") or None)
                    n_err += bool(rec.get("error"))
                good_end = lines.offset
        except csv.Error:
            pass
        fh.truncate(good_end)
    return (header if good_end else None), ids, n_err


def _unsafe_id(value: Any) -> Any:
    # CSV cells starting like a formula were written with a leading "'" (export.safe_cell).
    return None if value is None else safe_cell(str(value))


def skip_done(items: Iterable[Article | LoadError], done: list[Any], output: Path, *, csv_ids: bool) -> Iterator[Article | LoadError]:
    """Check the first ``len(done)`` inputs against the ids already written, then yield the rest."""
    it = iter(items)
    for i, written in enumerate(done):
        item = next(it, None)
        if item is None:
            raise ResumeError(f"cannot resume: {output} has {len(done)} rows but the input has only {i}. "
                              "Is this the output of another input? Remove it or run without --resume.")
        expect = _unsafe_id(item.id) if csv_ids else item.id
        if written != expect:
            raise ResumeError(f"cannot resume: row {i + 1} of {output} is article {written!r} but input {i + 1} is {item.id!r}. "
                              "The input changed since the interrupted run; remove the output or run without --resume.")
    yield from it
