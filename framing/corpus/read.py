"""Reading corpus folders, CSV/JSONL tables and text files into articles or error rows."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

from ._values import (
    MANIFEST_REQUIRED,
    TEXT_SUFFIXES,
    EncodingErrors,
    as_str,
    check_text,
    clean,
    decode_text,
    has_surrogate,
)
from .html import HTML_SUFFIXES, extract_html, merge_metadata
from .types import Article, Corpus, LoadError, collect, records_to_articles

__all__ = ["iter_corpus", "load_corpus"]

csv.field_size_limit(min(sys.maxsize, 2**31 - 1))


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
    meta = dict(meta or {})
    if path.suffix.lower() in HTML_SUFFIXES:  # a saved web page: its body and metadata, read by trafilatura
        page = extract_html(data)
        if isinstance(page, str):
            return LoadError(str(path), page, id=aid)
        text = page[0]
        outlet, title, meta = merge_metadata(page[1], outlet=outlet, title=title, meta=meta)
    else:
        try:
            text, replaced = decode_text(data, source=str(path), encoding_errors=encoding_errors)
        except ValueError as exc:
            return LoadError(str(path), str(exc), id=aid)
        if replaced:
            meta["replacements"] = replaced
    problem = check_text(text)
    if problem:
        return LoadError(str(path), problem, id=aid)
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
        aid, fname = as_str(rec.get("id")), as_str(rec.get("file"))
        if aid is None or fname is None:
            yield LoadError(str(manifest), f"empty {'id' if aid is None else 'file'} cell", id=aid, line=line)
            continue
        bad_field = next((str(k) for k, v in rec.items() if has_surrogate(k) or has_surrogate(v)), None)
        if bad_field is not None:
            yield LoadError(str(manifest), f"the {clean(bad_field)!r} cell is not UTF-8 text; convert manifest.csv to UTF-8",
                            id=clean(aid), line=line)
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
        meta = {k: v for k, v in rec.items() if k not in ("id", "file", "outlet", "title") and k is not None and as_str(v) is not None}
        yield _read_text_file(target, aid, encoding_errors=encoding_errors, outlet=as_str(rec.get("outlet")),
                              title=as_str(rec.get("title")), meta=meta, line=line, error_source=str(manifest))


def _iter_path(path: Path, *, encoding_errors: EncodingErrors) -> Iterator[Article | LoadError]:
    if path.is_dir():
        if (path / "manifest.csv").is_file():
            yield from _iter_manifest(path, encoding_errors=encoding_errors)
            return
        files = sorted(p for p in path.iterdir() if p.suffix.lower() in (*TEXT_SUFFIXES, *HTML_SUFFIXES))
        if not files:
            yield LoadError(str(path), "folder has no manifest.csv and no .txt or .html files")
        for p in files:
            if p.is_file():
                yield _read_text_file(p, p.stem, encoding_errors=encoding_errors)
            else:  # a broken link or a folder named *.txt: say so, never skip it silently
                what = "a link to nothing" if p.is_symlink() and not p.exists() else "not a regular file"
                yield LoadError(str(p), f"{what}; a corpus folder's .txt and .html entries must be files", id=p.stem)
        return
    if not path.exists():
        yield LoadError(str(path), "no such file or folder")
        return
    suffix = path.suffix.lower()
    if suffix in (".jsonl", ".csv"):
        unit = "line" if suffix == ".jsonl" else "row"
        empty = True
        for item in records_to_articles(_iter_jsonl(path) if suffix == ".jsonl" else _iter_csv(path), str(path), unit):
            empty = False
            yield item
        if empty:  # a table with nothing in it is a problem to report, not an empty success
            yield LoadError(str(path), f"the table has no {unit}s: no article to load")
    elif suffix in TEXT_SUFFIXES or suffix in HTML_SUFFIXES:
        yield _read_text_file(path, path.stem, encoding_errors=encoding_errors)
    else:
        yield LoadError(str(path), f"unsupported file type {suffix or '(none)'!r}: give a corpus folder, a .csv or .jsonl table, "
                        ".txt files or saved web pages (.html)")


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


def load_corpus(paths: str | Path | Iterable[str | Path], *, strict: bool = False, encoding_errors: EncodingErrors = "strict") -> Corpus:
    """Load articles from a corpus folder, a CSV/JSONL table, or text files.

    Parameters
    ----------
    paths : path or list of paths
        A corpus folder (``manifest.csv`` + text or HTML files), a folder of ``.txt``
        or ``.html`` files, a ``.csv``/``.jsonl`` table with ``id`` and ``text`` (plain
        text or an HTML page), or ``.txt`` / ``.html`` files. HTML pages are read with
        trafilatura (:mod:`framing.corpus.html`).
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
    return collect(iter_corpus(path_list, encoding_errors=encoding_errors), strict=strict, name=name)
