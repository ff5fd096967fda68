"""The corpus types: :class:`Article`, :class:`LoadError`, :class:`CorpusError`, :class:`Corpus`.

Also how a table's rows become articles (:func:`records_to_articles`, shared by the file
readers, :meth:`Corpus.from_records`, :mod:`framing.batch` and :mod:`framing.dask`).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, overload

from ._values import TABLE_REQUIRED, as_str, check_text, clean, has_surrogate, looks_like_html
from .html import extract_html, merge_metadata

if TYPE_CHECKING:  # pragma: no cover
    import pandas

__all__ = ["Article", "LoadError", "CorpusError", "Corpus", "records_to_articles", "collect"]


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

    @property
    def event(self) -> str:
        """The event the article reports: its ``event`` column (manifest, CSV or JSONL), else ``""``.

        Articles with the same event are compared with each other (claims, reuse, the paired
        tests); a corpus without an ``event`` column is one event.

        Examples
        --------
        >>> Article("a", "It rained.", metadata={"event": " storm-2025 "}).event, Article("b", "It rained.").event
        ('storm-2025', '')
        """
        return as_str(self.metadata.get("event")) or ""


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

    def to_frame(self) -> pandas.DataFrame:
        """One row per article: id, outlet, title, source, text, and each metadata key."""
        import pandas as pd

        rows = [{"id": a.id, "outlet": a.outlet, "title": a.title, "source": a.source, "text": a.text, **a.metadata} for a in self.articles]
        return pd.DataFrame(rows, columns=None if rows else ["id", "outlet", "title", "source", "text"])

    @classmethod
    def from_records(cls, records: Iterable[Mapping[str, Any]], *, source: str = "<records>", strict: bool = False) -> "Corpus":
        """Build a corpus from dicts (or ``DataFrame.to_dict("records")``) with ``id`` and ``text``."""
        items = list(records_to_articles(((i + 1, r) for i, r in enumerate(records)), source, "record"))
        return collect(items, strict=strict, name=source)


def records_to_articles(records: Iterable[tuple[int, Mapping[str, Any]]], source: str, unit: str) -> Iterator[Article | LoadError]:
    seen: dict[str, int] = {}
    for line, rec in records:
        if isinstance(rec, LoadError):
            yield rec
            continue
        missing = [c for c in TABLE_REQUIRED if c not in rec]
        if missing:
            yield LoadError(source, f"{unit} has no {' or '.join(missing)} field; a table needs columns 'id' and 'text' (it has {sorted(rec)})", line=line)
            continue
        aid = as_str(rec["id"])
        if aid is None:
            yield LoadError(source, f"{unit} has an empty id", line=line)
            continue
        bad_field = next((str(k) for k, v in rec.items() if k != "text" and (has_surrogate(k) or has_surrogate(v))), None)
        if bad_field is not None:
            # a lone surrogate (bad bytes in a CSV, or a "\ud800" escape in JSON) cannot be written
            # out as UTF-8: refuse the row here, so one bad cell cannot abort the output of a batch
            yield LoadError(source, f"the {clean(bad_field)!r} field is not valid Unicode (bytes that are not UTF-8, "
                            "or a lone surrogate escape such as \\ud800); convert the file to UTF-8",
                            id=clean(aid), line=line)
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
        meta = {k: v for k, v in rec.items() if k not in ("id", "text", "outlet", "title") and as_str(v) is not None}
        outlet, title = as_str(rec.get("outlet")), as_str(rec.get("title"))
        if text.strip() and looks_like_html(text):  # a saved page in a cell: its body and metadata
            page = extract_html(text)
            if isinstance(page, str):
                yield LoadError(source, page, id=aid, line=line)
                continue
            text = page[0]
            outlet, title, meta = merge_metadata(page[1], outlet=outlet, title=title, meta=meta)
        problem = check_text(text)
        if problem:
            yield LoadError(source, problem, id=aid, line=line)
            continue
        yield Article(aid, text, outlet, title, source, meta)


def collect(items: Iterable[Article | LoadError], *, strict: bool, name: str) -> Corpus:
    articles: list[Article] = []
    errors: list[LoadError] = []
    for item in items:
        (articles if isinstance(item, Article) else errors).append(item)  # type: ignore[arg-type]
    if errors and (strict or not articles):
        raise CorpusError(errors)
    return Corpus(articles, errors, name=name)
