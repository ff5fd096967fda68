"""Reading articles: corpus folders, CSV/JSONL tables and plain text files.

Formats
-------
* **corpus folder**: a folder with ``manifest.csv`` (required columns ``id`` and
  ``file``; ``outlet``, ``title`` and any other column are optional and kept) and
  one UTF-8 text file per article. This is the project's corpus format, described
  in ``data/cecot-2025-03/README.md``.
* **folder of .txt files** without a manifest: every ``*.txt`` file, sorted by name.
* **table**: ``.csv`` or ``.jsonl`` with at least ``id`` and ``text``.
* **text files**: one or more ``.txt`` files; the id is the file name without ``.txt``.

Offsets
-------
Text is decoded as UTF-8. A leading byte-order mark is removed; nothing else is
changed (Windows ``\\r\\n`` line ends are kept, so offsets are into the text as
read). Every span the toolkit reports is a ``str`` offset into ``Article.text``.

Errors
------
Loading never stops at the first bad article and never drops one silently:
:func:`iter_corpus` yields an :class:`Article` or a :class:`LoadError` for every
input, in input order, and :func:`load_corpus` collects them into a
:class:`Corpus` whose ``errors`` lists every problem (or, with ``strict=True``,
raises :class:`CorpusError` naming all of them).
"""

from __future__ import annotations

import csv
import json
import re
import sys
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, overload

__all__ = ["Article", "LoadError", "CorpusError", "Corpus", "iter_corpus", "load_corpus", "decode_text"]

EncodingErrors = Literal["strict", "replace"]
MANIFEST_REQUIRED = ("id", "file")
TABLE_REQUIRED = ("id", "text")
TEXT_SUFFIXES = (".txt", ".text")
_HTML_TAG = re.compile(r"</?(?:p|div|span|a|br|html|body|head|script|style|li|ul|ol|h[1-6]|article|section|meta|img|figure|table|tr|td)\b[^<>]{0,500}>", re.I)
_HTML_START = re.compile(r"\A\s*<(?:!doctype\s+html|html)\b", re.I)
csv.field_size_limit(min(sys.maxsize, 2**31 - 1))


@dataclass(frozen=True, slots=True)
class Article:
    """One article: its text and what is known about it.

    ``source`` is the path it came from; ``metadata`` holds every other column
    (``published``, ``url``, ``language``, ``notes`` ...), plus ``replacements``
    (character offsets of U+FFFD inserted for undecodable bytes) when loaded with
    ``encoding_errors="replace"``.
    """

    id: str
    text: str
    outlet: str | None = None
    title: str | None = None
    source: str = ""
    metadata: Mapping[str, Any] = field(default_factory=dict, hash=False, compare=True)

    @property
    def label(self) -> str:
        """The outlet's name where known, else the article id (for tables and plots)."""
        return self.outlet or self.id


@dataclass(frozen=True, slots=True)
class LoadError:
    """An input that could not become an article, and why."""

    source: str
    message: str
    id: str | None = None
    line: int | None = None

    def __str__(self) -> str:
        where = self.source + (f", line {self.line}" if self.line is not None else "")
        who = f" (article {self.id!r})" if self.id is not None else ""
        return f"{where}{who}: {self.message}"


class CorpusError(ValueError):
    """Raised in strict mode, or when nothing at all could be read; lists every problem."""

    def __init__(self, errors: Sequence[LoadError]):
        self.errors = tuple(errors)
        lines = "\n".join(f"  - {e}" for e in self.errors)
        super().__init__(f"{len(self.errors)} problem(s) while loading the corpus:\n{lines}")


class Corpus(Sequence[Article]):
    """An ordered collection of articles, plus the errors met while loading them.

    Index by position or by article id; iterate; convert with :meth:`to_frame`.

    Examples
    --------
    >>> c = Corpus([Article("a", "One."), Article("b", "Two.")])
    >>> c["b"].text, len(c)
    ('Two.', 2)
    """

    def __init__(self, articles: Iterable[Article], errors: Iterable[LoadError] = (), *, name: str = ""):
        self.articles = tuple(articles)
        self.errors = tuple(errors)
        self.name = name
        self._by_id = {a.id: a for a in self.articles}

    @overload
    def __getitem__(self, key: int) -> Article: ...
    @overload
    def __getitem__(self, key: slice) -> "Corpus": ...
    @overload
    def __getitem__(self, key: str) -> Article: ...
    def __getitem__(self, key):  # type: ignore[no-untyped-def]
        if isinstance(key, str):
            try:
                return self._by_id[key]
            except KeyError:
                raise KeyError(f"no article with id {key!r}; ids are {list(self._by_id)}") from None
        if isinstance(key, slice):
            return Corpus(self.articles[key], self.errors, name=self.name)
        return self.articles[key]

    def __len__(self) -> int:
        return len(self.articles)

    def __repr__(self) -> str:
        return f"<Corpus {self.name!r}: {len(self.articles)} articles, {len(self.errors)} errors>"

    @property
    def ids(self) -> list[str]:
        return [a.id for a in self.articles]

    def to_frame(self):  # -> pandas.DataFrame
        """One row per article: id, outlet, title, source, text, and each metadata key."""
        import pandas as pd

        rows = [{"id": a.id, "outlet": a.outlet, "title": a.title, "source": a.source, "text": a.text, **a.metadata} for a in self.articles]
        return pd.DataFrame(rows, columns=None if rows else ["id", "outlet", "title", "source", "text"])

    @classmethod
    def from_records(cls, records: Iterable[Mapping[str, Any]], *, source: str = "<records>", strict: bool = False) -> "Corpus":
        """Build a corpus from dicts (or ``DataFrame.to_dict("records")``) with ``id`` and ``text``."""
        items = list(_records_to_articles(((i + 1, r) for i, r in enumerate(records)), source, "record"))
        return _collect(items, strict=strict, name=source)


def decode_text(data: bytes, *, source: str, encoding_errors: EncodingErrors = "strict") -> tuple[str, list[int]]:
    """Decode UTF-8 bytes, dropping a leading BOM.

    Returns the text and the character offsets where U+FFFD replaced bad bytes
    (always empty with ``encoding_errors="strict"``). Raises ``ValueError``
    naming the byte offset and line of the first bad byte in strict mode.
    """
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError as exc:
        if encoding_errors != "replace":
            line = data[: exc.start].count(b"\n") + 1
            raise ValueError(
                f"bytes that are not UTF-8 at byte offset {exc.start} (line {line}): {data[exc.start:exc.start + 4]!r}. "
                "Convert the file to UTF-8, or load with encoding_errors='replace' "
                "(CLI: --encoding-errors replace) to analyse it with U+FFFD in place of the bad bytes."
            ) from None
    parts: list[str] = []
    replaced: list[int] = []
    pos, length = 0, 0
    while True:
        try:
            chunk = data[pos:].decode("utf-8")
            parts.append(chunk)
            break
        except UnicodeDecodeError as exc:
            good = data[pos : pos + exc.start].decode("utf-8")
            parts.append(good + "\ufffd")
            length += len(good)
            replaced.append(length)
            length += 1
            pos += exc.end
    return "".join(parts), replaced


def check_text(text: str) -> str | None:
    """Return why ``text`` cannot be analysed as an article, or None if it can."""
    if not text.strip():
        return "empty text" if not text else "text is only whitespace"
    sample = text[:65536]
    if "\x00" in sample or sum(1 for ch in sample if ord(ch) < 32 and ch not in "\n\r\t\f\v") > len(sample) * 0.05:
        return "binary data, not text (NUL or many control characters)"
    if _HTML_START.match(sample) or len(_HTML_TAG.findall(sample)) >= max(5, len(sample) // 2000):
        return (
            "this looks like HTML, not article text. Extract the article body first "
            "(for example with trafilatura or readability), then load the plain text."
        )
    return None


def _str(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, float) and value != value:  # NaN from pandas
        return None
    s = str(value).strip()
    return s or None


def _has_surrogate(value: Any) -> bool:
    return isinstance(value, str) and any(0xD800 <= ord(ch) <= 0xDFFF for ch in value)


def _clean(value: str) -> str:
    """``value`` with lone surrogates replaced by U+FFFD, so that it can be printed and written."""
    return "".join("\ufffd" if 0xD800 <= ord(ch) <= 0xDFFF else ch for ch in value)


def _records_to_articles(records: Iterable[tuple[int, Mapping[str, Any]]], source: str, unit: str) -> Iterator[Article | LoadError]:
    seen: dict[str, int] = {}
    for line, rec in records:
        if isinstance(rec, LoadError):
            yield rec
            continue
        missing = [c for c in TABLE_REQUIRED if c not in rec]
        if missing:
            yield LoadError(source, f"{unit} has no {' or '.join(missing)} field; a table needs columns 'id' and 'text' (it has {sorted(rec)})", line=line)
            continue
        aid = _str(rec["id"])
        if aid is None:
            yield LoadError(source, f"{unit} has an empty id", line=line)
            continue
        bad_field = next((str(k) for k, v in rec.items() if k != "text" and (_has_surrogate(k) or _has_surrogate(v))), None)
        if bad_field is not None:
            # a lone surrogate (bad bytes in a CSV, or a "\ud800" escape in JSON) cannot be written
            # out as UTF-8: refuse the row here, so one bad cell cannot abort the output of a batch
            yield LoadError(source, f"the {_clean(bad_field)!r} field is not valid Unicode (bytes that are not UTF-8, "
                            "or a lone surrogate escape such as \\ud800); convert the file to UTF-8",
                            id=_clean(aid), line=line)
            continue
        if aid in seen:
            yield LoadError(source, f"duplicate id {aid!r} (first at line {seen[aid]})", id=aid, line=line)
            continue
        seen[aid] = line
        text = rec["text"]
        if not isinstance(text, str):
            yield LoadError(source, f"text is {type(text).__name__}, not a string", id=aid, line=line)
            continue
        if any(0xD800 <= ord(ch) <= 0xDFFF for ch in text):
            yield LoadError(source, "bytes that are not UTF-8 in this row's text; convert the file to UTF-8", id=aid, line=line)
            continue
        if text.startswith("\ufeff"):
            text = text[1:]
        problem = check_text(text)
        if problem:
            yield LoadError(source, problem, id=aid, line=line)
            continue
        meta = {k: v for k, v in rec.items() if k not in ("id", "text", "outlet", "title") and _str(v) is not None}
        yield Article(aid, text, _str(rec.get("outlet")), _str(rec.get("title")), source, meta)


def _iter_jsonl(path: Path) -> Iterator[tuple[int, Any]]:
    with path.open("rb") as fh:
        for lineno, raw in enumerate(fh, 1):
            if lineno == 1 and raw.startswith(b"\xef\xbb\xbf"):
                raw = raw[3:]
            if not raw.strip():
                continue
            try:
                rec = json.loads(raw.decode("utf-8"))
            except UnicodeDecodeError as exc:
                yield lineno, LoadError(str(path), f"bytes that are not UTF-8 at byte {exc.start} of this line", line=lineno)
                continue
            except json.JSONDecodeError as exc:
                yield lineno, LoadError(str(path), f"not valid JSON ({exc.msg} at column {exc.colno})", line=lineno)
                continue
            if not isinstance(rec, dict):
                yield lineno, LoadError(str(path), f"each line must be a JSON object, got {type(rec).__name__}", line=lineno)
                continue
            yield lineno, rec


def _iter_csv(path: Path) -> Iterator[tuple[int, Any]]:
    with path.open("r", encoding="utf-8-sig", errors="surrogateescape", newline="") as fh:
        reader = csv.DictReader(fh)
        if reader.fieldnames is None:
            yield 1, LoadError(str(path), "empty CSV file: no header row")
            return
        start = reader.line_num + 1
        for rec in reader:
            yield start, rec
            start = reader.line_num + 1


def _read_text_file(path: Path, aid: str, *, encoding_errors: EncodingErrors, outlet: str | None = None,
                    title: str | None = None, meta: Mapping[str, Any] | None = None, line: int | None = None,
                    error_source: str | None = None) -> Article | LoadError:
    where = error_source or str(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return LoadError(where, f"file not found: {path}", id=aid, line=line)
    except IsADirectoryError:
        return LoadError(where, f"{path} is a folder, not a text file", id=aid, line=line)
    except OSError as exc:
        return LoadError(where, f"cannot read {path}: {exc.strerror}", id=aid, line=line)
    try:
        text, replaced = decode_text(data, source=str(path), encoding_errors=encoding_errors)
    except ValueError as exc:
        return LoadError(str(path), str(exc), id=aid)
    problem = check_text(text)
    if problem:
        return LoadError(str(path), problem, id=aid)
    meta = dict(meta or {})
    if replaced:
        meta["replacements"] = replaced
    return Article(aid, text, outlet, title, str(path), meta)


def _iter_manifest(folder: Path, *, encoding_errors: EncodingErrors) -> Iterator[Article | LoadError]:
    manifest = folder / "manifest.csv"
    root = folder.resolve()
    rows = list(_iter_csv(manifest))
    if rows and isinstance(rows[0][1], LoadError):
        yield rows[0][1]
        return
    with manifest.open(encoding="utf-8-sig", errors="surrogateescape", newline="") as fh:
        header = next(csv.reader(fh), [])
    missing = [c for c in MANIFEST_REQUIRED if c not in header]
    if missing:
        yield LoadError(str(manifest), f"manifest has no {', '.join(missing)} column; required columns are {', '.join(MANIFEST_REQUIRED)} (it has {header})", line=1)
        return
    if not rows:
        yield LoadError(str(manifest), "manifest has a header but no rows: no article to load", line=1)
        return
    seen: dict[str, int] = {}
    for line, rec in rows:
        aid, fname = _str(rec.get("id")), _str(rec.get("file"))
        if aid is None or fname is None:
            yield LoadError(str(manifest), f"empty {'id' if aid is None else 'file'} cell", id=aid, line=line)
            continue
        bad_field = next((str(k) for k, v in rec.items() if _has_surrogate(k) or _has_surrogate(v)), None)
        if bad_field is not None:
            yield LoadError(str(manifest), f"the {_clean(bad_field)!r} cell is not UTF-8 text; convert manifest.csv to UTF-8",
                            id=_clean(aid), line=line)
            continue
        if aid in seen:
            yield LoadError(str(manifest), f"duplicate id {aid!r} (first on line {seen[aid]})", id=aid, line=line)
            continue
        seen[aid] = line
        target = (folder / fname)
        if "\x00" in fname:  # the OS refuses such a path (ValueError): an error row, not an abort
            yield LoadError(str(manifest), f"file name {fname!r} contains a NUL character", id=aid, line=line)
            continue
        if Path(fname).is_absolute() or not target.resolve().is_relative_to(root):
            yield LoadError(str(manifest), f"file {fname!r} is outside the corpus folder; manifest paths must stay inside {folder}", id=aid, line=line)
            continue
        meta = {k: v for k, v in rec.items() if k not in ("id", "file", "outlet", "title") and k is not None and _str(v) is not None}
        yield _read_text_file(target, aid, encoding_errors=encoding_errors, outlet=_str(rec.get("outlet")),
                              title=_str(rec.get("title")), meta=meta, line=line, error_source=str(manifest))


def _iter_path(path: Path, *, encoding_errors: EncodingErrors) -> Iterator[Article | LoadError]:
    if path.is_dir():
        if (path / "manifest.csv").is_file():
            yield from _iter_manifest(path, encoding_errors=encoding_errors)
            return
        files = sorted(p for p in path.iterdir() if p.suffix.lower() in TEXT_SUFFIXES)
        if not files:
            yield LoadError(str(path), "folder has no manifest.csv and no .txt files")
        for p in files:
            if p.is_file():
                yield _read_text_file(p, p.stem, encoding_errors=encoding_errors)
            else:  # a broken link or a folder named *.txt: say so, never skip it silently
                what = "a link to nothing" if p.is_symlink() and not p.exists() else "not a regular file"
                yield LoadError(str(p), f"{what}; a corpus folder's .txt entries must be text files", id=p.stem)
        return
    if not path.exists():
        yield LoadError(str(path), "no such file or folder")
        return
    suffix = path.suffix.lower()
    if suffix in (".jsonl", ".csv"):
        unit = "line" if suffix == ".jsonl" else "row"
        empty = True
        for item in _records_to_articles(_iter_jsonl(path) if suffix == ".jsonl" else _iter_csv(path), str(path), unit):
            empty = False
            yield item
        if empty:  # a table with nothing in it is a problem to report, not an empty success
            yield LoadError(str(path), f"the table has no {unit}s: no article to load")
    elif suffix in TEXT_SUFFIXES:
        yield _read_text_file(path, path.stem, encoding_errors=encoding_errors)
    else:
        yield LoadError(str(path), f"unsupported file type {suffix or '(none)'!r}: give a corpus folder, a .csv or .jsonl table, or .txt files")


def _as_paths(paths: str | Path | Iterable[str | Path]) -> list[Path]:
    if isinstance(paths, (str, Path)):
        if isinstance(paths, str) and ("\n" in paths or len(paths) > 4096):
            raise TypeError(
                "load_corpus expects paths (a corpus folder, a table, or text files), but was given a long string "
                "that looks like article text. To analyse one text, use framing.analyze(text)."
            )
        return [Path(paths)]
    out = list(paths)
    if not out:
        raise ValueError("load_corpus was given an empty list of paths")
    return [Path(p) for p in out]


def iter_corpus(paths: str | Path | Iterable[str | Path], *, encoding_errors: EncodingErrors = "strict") -> Iterator[Article | LoadError]:
    """Yield an :class:`Article` or a :class:`LoadError` for every input, in order, reading lazily.

    This is the streaming form of :func:`load_corpus`: tables are read row by
    row, so memory does not grow with the size of the input. Ids must be
    unique across all the paths; a repeated id becomes a :class:`LoadError`.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (d / "t.jsonl").write_text('{"id": "a", "text": "It rained."}\\n{"id": "a", "text": "Again."}\\n', encoding="utf-8")
    >>> [type(x).__name__ for x in iter_corpus(d / "t.jsonl")]
    ['Article', 'LoadError']
    """
    if encoding_errors not in ("strict", "replace"):
        raise ValueError(f"encoding_errors must be 'strict' or 'replace', not {encoding_errors!r}")
    seen: dict[str, str] = {}
    for path in _as_paths(paths):
        for item in _iter_path(path, encoding_errors=encoding_errors):
            if isinstance(item, Article):
                if item.id in seen:
                    item = LoadError(item.source, f"duplicate id {item.id!r} (already read from {seen[item.id]})", id=item.id)
                else:
                    seen[item.id] = item.source
            yield item


def _collect(items: Iterable[Article | LoadError], *, strict: bool, name: str) -> Corpus:
    articles: list[Article] = []
    errors: list[LoadError] = []
    for item in items:
        (articles if isinstance(item, Article) else errors).append(item)  # type: ignore[arg-type]
    if errors and (strict or not articles):
        raise CorpusError(errors)
    return Corpus(articles, errors, name=name)


def load_corpus(paths: str | Path | Iterable[str | Path], *, strict: bool = False, encoding_errors: EncodingErrors = "strict") -> Corpus:
    """Load articles from a corpus folder, a CSV/JSONL table, or text files.

    Parameters
    ----------
    paths : path or list of paths
        A corpus folder (``manifest.csv`` + text files), a folder of ``.txt``
        files, a ``.csv``/``.jsonl`` table with ``id`` and ``text``, or ``.txt`` files.
    strict : bool, default False
        If True, raise :class:`CorpusError` listing every problem when any input
        fails. If False, return the good articles and list the problems in
        ``Corpus.errors`` (a warning-free, lossless record).
    encoding_errors : {"strict", "replace"}
        With ``"replace"``, undecodable bytes become U+FFFD and their character
        offsets are recorded in ``article.metadata["replacements"]``.

    Returns
    -------
    Corpus
        Raises :class:`CorpusError` if not a single article could be read.

    Examples
    --------
    >>> corpus = load_corpus("data/cecot-2025-03")  # doctest: +SKIP
    >>> corpus.ids  # doctest: +SKIP
    ['A', 'B', 'C', 'D', 'E']
    """
    path_list = _as_paths(paths)
    name = str(path_list[0]) if len(path_list) == 1 else f"{len(path_list)} paths"
    return _collect(iter_corpus(path_list, encoding_errors=encoding_errors), strict=strict, name=name)
