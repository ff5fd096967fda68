"""Writing results: JSONL, CSV (spreadsheet-safe) and Parquet, one row at a time."""

from __future__ import annotations

import csv
import json
from collections.abc import Mapping, Sequence
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
    """One JSON object on one line, UTF-8 text kept as is, deterministic.

    Examples
    --------
    >>> json_line({"id": "a", "text": "café “x”", "n": 2})
    '{"id": "a", "text": "café “x”", "n": 2}'
    """
    return json.dumps(obj, ensure_ascii=False, allow_nan=False, separators=(", ", ": "))


def flat_row(obj: Mapping[str, Any]) -> dict[str, Any]:
    """The scalar part of an analysis record, for CSV and Parquet: id, source, ... and every score.

    A score that is not a scalar is written as JSON; the warnings are joined with ``"; "``.

    Examples
    --------
    >>> flat_row({"id": "a", "source": "s", "text_length": 3, "scores": {"n_quotes": 1, "x": [1, 2]},
    ...           "warnings": ["w1", "w2"], "hedges": []})
    {'id': 'a', 'source': 's', 'text_length': 3, 'n_quotes': 1, 'x': '[1, 2]', 'warnings': 'w1; w2'}
    """
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

    Parameters
    ----------
    fmt : {"jsonl", "csv", "parquet"}
    stream : text stream, optional
        Where JSONL and CSV go.
    path : str, optional
        The Parquet file.
    batch : int, default 1000
        Rows per Parquet row group.
    columns : sequence of str, optional
        The CSV / Parquet columns, in order (``framing analyze`` passes those of
        :func:`framing.batch.frame_schema`, or an existing CSV header when
        resuming). Without it they are the keys of the first row written, plus
        ``error``; an error row first then fixes only ``id, source, error``.
    dtypes : mapping of str to str, optional
        pandas dtype per column (as :func:`framing.batch.frame_schema`): the
        Parquet type of a column that is empty (all ``None``) in the first row
        group, which would otherwise be typed ``null`` and refuse later values.
    header : bool, default True
        Write the CSV header line (``False`` to continue an existing table).

    Examples
    --------
    >>> import io
    >>> buf = io.StringIO()
    >>> w = RowWriter("csv", buf, columns=["id", "source", "text_length", "error"])
    >>> w.write({"id": "a", "source": "s", "error": "empty text"})
    >>> w.write({"id": "b", "source": "s", "text_length": 12})
    >>> buf.getvalue().splitlines()
    ['id,source,text_length,error', 'a,s,,empty text', 'b,s,12,']
    """

    def __init__(self, fmt: str, stream: IO[str] | None = None, path: str | None = None, *, batch: int = 1000,
                 columns: Sequence[str] | None = None, dtypes: Mapping[str, str] | None = None, header: bool = True):
        if fmt not in ("jsonl", "csv", "parquet"):
            raise ValueError(f"unknown format {fmt!r}: use jsonl, csv or parquet")
        if fmt == "parquet" and path is None:
            raise ValueError("parquet output needs --output FILE (it cannot be written to a terminal or pipe)")
        self.fmt, self.stream, self.path, self.batch = fmt, stream, path, batch
        self._csv: csv.DictWriter | None = None
        self._fields: list[str] | None = list(columns) if columns is not None else None
        self._dtypes: dict[str, str] = dict(dtypes or {})
        self._header = header
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
                if self._fields is None:
                    self._fields = list(row) + (["error"] if "error" not in row else [])
                self._csv = csv.DictWriter(self.stream, fieldnames=self._fields, extrasaction="ignore", lineterminator="\n")
                if self._header:
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
            self._fields = list(dict.fromkeys([*(k for r in self._pending for k in r), "error"]))
        cols = {k: [r.get(k) for r in self._pending] for k in self._fields}
        arrays = {k: pa.array([None if v is None else str(v) if k in ("error", "warnings") else v for v in vals])
                  for k, vals in cols.items()}
        if self._pq is None:  # the file's schema: a column empty in this first group takes its declared type
            declared = {"Int64": pa.int64(), "float64": pa.float64(), "boolean": pa.bool_(), "str": pa.string(), "object": pa.string()}
            arrays = {k: a.cast(declared[self._dtypes[k]]) if a.type == pa.null() and self._dtypes.get(k) in declared else a
                      for k, a in arrays.items()}
        table = pa.table(arrays)
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

