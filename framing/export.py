"""Writing results: JSONL, CSV (spreadsheet-safe) and Parquet, one row at a time."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Mapping
from typing import IO, Any

__all__ = ["safe_cell", "json_line", "flat_row", "RowWriter"]

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "|")


def safe_cell(value: Any) -> Any:
    """Make a string safe for spreadsheets: a cell that starts like a formula gets a leading ``'``.

    Spreadsheet programs execute cells beginning with ``=``, ``+``, ``-`` or ``@``
    (CSV injection, OWASP), also after leading white space, which they skip.
    Numbers are left alone.

    >>> safe_cell("=HYPERLINK(\\"http://x\\")"), safe_cell(-0.5), safe_cell("ok"), safe_cell(" =1+1")
    ('\\'=HYPERLINK("http://x")', -0.5, 'ok', "' =1+1")
    """
    if isinstance(value, str) and (value.startswith(_FORMULA_START) or value.lstrip().startswith(_FORMULA_START)):
        return "'" + value
    return value


def json_line(obj: Mapping[str, Any]) -> str:
    """One JSON object on one line, UTF-8 text kept as is, deterministic."""
    return json.dumps(obj, ensure_ascii=False, allow_nan=False, separators=(", ", ": "))


def flat_row(obj: Mapping[str, Any]) -> dict[str, Any]:
    """The scalar part of an analysis record, for CSV and Parquet: id, source, ... and every score."""
    row: dict[str, Any] = {}
    for key in ("id", "source", "outlet", "title", "text_length", "error"):
        if key in obj:
            row[key] = obj[key]
    for key, value in (obj.get("scores") or {}).items():
        row[key] = value if isinstance(value, (int, float, str, bool)) or value is None else json.dumps(value, ensure_ascii=False)
    if "warnings" in obj:
        row["warnings"] = "; ".join(obj["warnings"])
    return row


class RowWriter:
    """Write analysis records incrementally as ``jsonl``, ``csv`` or ``parquet``.

    CSV columns are fixed by the first result row (error rows fill ``id``,
    ``source`` and ``error``); Parquet is written in row groups of ``batch`` rows.
    """

    def __init__(self, fmt: str, stream: IO[str] | None = None, path: str | None = None, *, batch: int = 1000):
        if fmt not in ("jsonl", "csv", "parquet"):
            raise ValueError(f"unknown format {fmt!r}: use jsonl, csv or parquet")
        if fmt == "parquet" and path is None:
            raise ValueError("parquet output needs --output FILE (it cannot be written to a terminal or pipe)")
        self.fmt, self.stream, self.path, self.batch = fmt, stream, path, batch
        self._csv: csv.DictWriter | None = None
        self._fields: list[str] | None = None
        self._pending: list[dict[str, Any]] = []
        self._pq = None

    def write(self, obj: Mapping[str, Any]) -> None:
        if self.fmt == "jsonl":
            assert self.stream is not None
            self.stream.write(json_line(obj) + "\n")
            return
        row = flat_row(obj)
        if self.fmt == "csv":
            assert self.stream is not None
            if self._csv is None:
                self._fields = list(row) + (["error"] if "error" not in row else [])
                self._csv = csv.DictWriter(self.stream, fieldnames=self._fields, extrasaction="ignore", lineterminator="\n")
                self._csv.writeheader()
            self._csv.writerow({k: safe_cell(v) for k, v in row.items()})
            return
        self._pending.append(row)
        if len(self._pending) >= self.batch:
            self._flush_parquet()

    def _flush_parquet(self) -> None:
        if not self._pending:
            return
        import pyarrow as pa
        import pyarrow.parquet as pq

        if self._fields is None:
            self._fields = list(dict.fromkeys(k for r in self._pending for k in r)) + ["error"]
            self._fields = list(dict.fromkeys(self._fields))
        cols = {k: [r.get(k) for r in self._pending] for k in self._fields}
        table = pa.table({k: pa.array([None if v is None else str(v) if k in ("error", "warnings") else v for v in vals]) for k, vals in cols.items()})
        if self._pq is None:
            self._pq = pq.ParquetWriter(self.path, table.schema)
        else:
            table = table.cast(self._pq.schema, safe=False)
        self._pq.write_table(table)
        self._pending = []

    def close(self) -> None:
        if self.fmt == "parquet":
            self._flush_parquet()
            if self._pq is not None:
                self._pq.close()
        elif self.stream is not None:
            self.stream.flush()


def to_csv_string(rows: list[Mapping[str, Any]]) -> str:
    buf = io.StringIO()
    w = RowWriter("csv", buf)
    for r in rows:
        w.write(r)
    return buf.getvalue()
