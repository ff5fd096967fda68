"""Loading and validating the data files that hold the rules (lexicons).

Every lexicon is a UTF-8 CSV file with a one-line format header, then a CSV
header row, then one entry per row::

    # framing-lexicon: hedges; format 1
    term,category,source,notes
    alleged,allegation,Hyland 2005; Recasens et al. 2013,...

The header names the lexicon *kind*, so that a reporting-verb file is never
loaded as a hedge lexicon by mistake. Loading checks, and reports with the
file name and line number: the header, the required columns, empty required
cells, categories outside the kind's closed set, and duplicate entries (the
silent duplicates of VADER's lexicon are exactly what this refuses).

Lines starting with ``#`` after the header are comments.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TypeVar

__all__ = ["LexiconError", "LexiconRow", "read_lexicon_rows", "packaged_lexicon_path", "file_key", "cached_lexicon_loader"]

T = TypeVar("T")

_HEADER = re.compile(r"^#\s*framing-lexicon:\s*(?P<kind>[a-z_]+)\s*;\s*format\s+(?P<version>\d+)\s*$")
FORMAT_VERSION = 1


class LexiconError(ValueError):
    """A lexicon file is malformed. The message names the file and line.

    Examples
    --------
    >>> import io
    >>> try:
    ...     read_lexicon_rows(io.StringIO("term,category,source\\n"), kind="hedges", required=["term"])
    ... except LexiconError as exc:
    ...     print(exc)
    <stream>, line 1: missing format header. A lexicon file starts with a line '# framing-lexicon: hedges; format 1', then the CSV header row.
    """


@dataclass(frozen=True, slots=True)
class LexiconRow:
    """One validated row: its cells by column name and where it came from."""

    values: dict[str, str]
    source: str
    line: int

    def __getitem__(self, key: str) -> str:
        return self.values[key]


def packaged_lexicon_path(name: str) -> Path:
    """Path of a lexicon file shipped inside the package (``framing/lexicons/NAME``)."""
    return Path(str(resources.files("framing") / "lexicons" / name))


def file_key(path: str | Path) -> tuple[str, int]:
    """A cache key for a user's lexicon file: its absolute path and modification time.

    The loaders cache compiled lexicons; keyed by this, an edited file (new
    modification time) or the same relative name in another working directory is
    read afresh. A file that cannot be stat'ed gets time -1 (reading it then
    reports the problem).

    Examples
    --------
    >>> key = file_key(packaged_lexicon_path("hedges.csv"))
    >>> key[0].endswith("hedges.csv"), key[1] > 0
    (True, True)
    >>> file_key("no/such/file.csv")[1]
    -1
    """
    p = Path(path)
    try:
        mtime = p.stat().st_mtime_ns
    except OSError:
        mtime = -1
    return str(p.resolve()), mtime


def cached_lexicon_loader(name: str, build: Callable[[str], T]) -> Callable[[str | Path | None], T]:
    """A loader of the packaged lexicon ``name`` or a user's file, built by ``build(path)``, cached per file.

    The cache key is :func:`file_key` (path and modification time), so an edited file is read afresh;
    the packaged file's key is taken once, here. Eight files stay cached.

    Examples
    --------
    >>> load = cached_lexicon_loader("hedges.csv", lambda path: object())
    >>> load() is load(), load() is load(packaged_lexicon_path("hedges.csv"))
    (True, True)
    """
    packaged = str(packaged_lexicon_path(name))
    packaged_key = file_key(packaged)

    @lru_cache(maxsize=8)
    def cached(path: str, key: tuple[str, int]) -> T:
        return build(path)

    def load(path: str | Path | None = None) -> T:
        return cached(packaged, packaged_key) if path is None else cached(str(path), file_key(path))

    return load


def read_lexicon_rows(
    source: str | Path | io.TextIOBase,
    *,
    kind: str,
    required: Sequence[str],
    categories: Iterable[str] | None = None,
    category_column: str = "category",
    key: Sequence[str] | None = None,
    closed: Mapping[str, Iterable[str]] | None = None,
) -> list[LexiconRow]:
    """Read and validate a lexicon CSV file.

    Parameters
    ----------
    source : path or text stream
        The CSV file.
    kind : str
        The kind the format header must name (``"hedges"``, ``"reporting_verbs"`` ...).
    required : sequence of str
        Columns that must exist and be non-empty in every row. ``source``
        (provenance) is always required.
    categories : iterable of str, optional
        The closed set of allowed values of ``category_column``.
    key : sequence of str, optional
        Columns whose (case-folded) values must be unique; defaults to the first
        required column.
    closed : mapping of str to iterable of str, optional
        Further closed columns: each column's value must be one of its allowed values
        (``{"cue_class": CUE_CLASSES}``), checked like ``categories``.

    Returns
    -------
    list of LexiconRow

    Raises
    ------
    LexiconError
        With every problem found, each naming the file and line.

    Examples
    --------
    >>> import io
    >>> f = io.StringIO("# framing-lexicon: demo; format 1\\nterm,category,source\\nmay,epistemic,Hyland 2005\\n")
    >>> [r["term"] for r in read_lexicon_rows(f, kind="demo", required=["term", "category"])]
    ['may']
    """
    if isinstance(source, (str, Path)):
        name = str(source)
        try:
            raw = Path(source).read_text(encoding="utf-8")
        except FileNotFoundError:
            raise LexiconError(f"{name}: lexicon file not found.") from None
        except UnicodeDecodeError as exc:
            raise LexiconError(f"{name}: not UTF-8 at byte {exc.start}; save the lexicon as UTF-8.") from None
    else:
        name = getattr(source, "name", "<stream>")
        raw = source.read()
    lines = raw.splitlines()
    if not lines or not (m := _HEADER.match(lines[0].strip())):
        raise LexiconError(
            f"{name}, line 1: missing format header. A lexicon file starts with a line "
            f"'# framing-lexicon: {kind}; format {FORMAT_VERSION}', then the CSV header row."
        )
    if m["kind"] != kind:
        raise LexiconError(f"{name}, line 1: this is a '{m['kind']}' lexicon, but a '{kind}' lexicon was expected.")
    if int(m["version"]) != FORMAT_VERSION:
        raise LexiconError(f"{name}, line 1: format {m['version']} is not supported (this version reads format {FORMAT_VERSION}).")

    required = list(dict.fromkeys([*required, "source"]))
    key = list(key) if key else [required[0]]
    allowed = {category_column: set(categories)} if categories is not None else {}
    allowed.update({column: set(values) for column, values in (closed or {}).items()})
    body = [(i + 1, line) for i, line in enumerate(lines) if i > 0 and not line.lstrip().startswith("#")]
    reader = csv.reader([line for _, line in body])
    problems: list[str] = []
    rows: list[LexiconRow] = []
    seen: dict[tuple[str, ...], int] = {}
    header: list[str] | None = None
    row_start = 0  # index in ``body`` of the current row's first line (a quoted cell may span lines)
    for cells in reader:
        lineno, row_start = body[row_start][0], reader.line_num
        if header is None:
            header = [c.strip() for c in cells]
            missing = [c for c in required if c not in header]
            if missing:
                raise LexiconError(f"{name}, line {lineno}: missing column(s) {', '.join(missing)}; the header row is {header}.")
            continue
        if not any(c.strip() for c in cells):
            continue
        if len(cells) != len(header):
            problems.append(f"{name}, line {lineno}: {len(cells)} cells, expected {len(header)} ({','.join(header)}).")
            continue
        values = {h: c.strip() for h, c in zip(header, cells)}
        empty = [c for c in required if not values[c]]
        if empty:
            problems.append(f"{name}, line {lineno}: empty {', '.join(empty)}.")
            continue
        unknown = [c for c, ok in allowed.items() if values.get(c) not in ok]
        if unknown:
            problems.extend(f"{name}, line {lineno}: unknown {c} {values.get(c)!r}; allowed: {', '.join(sorted(allowed[c]))}."
                            for c in unknown)
            continue
        k = tuple(values[c].casefold() for c in key)
        if k in seen:
            problems.append(f"{name}, line {lineno}: duplicate entry {'/'.join(k)!r} (first on line {seen[k]}).")
            continue
        seen[k] = lineno
        rows.append(LexiconRow(values, name, lineno))
    if header is None:
        raise LexiconError(f"{name}: no CSV header row after the format header.")
    if problems:
        raise LexiconError(f"{len(problems)} problem(s) in lexicon {name}:\n" + "\n".join(problems))
    return rows
