"""Worker processes on one machine: analyse a stream of articles in order, with bounded memory.

:func:`analyze_records` is what ``framing analyze --jobs N`` uses. It sends
chunks of articles to ``N`` worker processes and yields the results in input
order. Unlike :meth:`multiprocessing.pool.Pool.imap`, whose feeder thread reads
the whole input as fast as it can, it keeps at most ``jobs * prefetch`` chunks
in flight, so memory stays flat however long the input is.

Each worker is started once and keeps its lexicons and the spaCy pipeline: the
initializer runs one small analysis so that every lexicon and the pipeline are loaded
(and cached by their modules) before the first chunk arrives, and never again. Where
workers are forked (the default start method on Linux), that analysis runs once in the
main process before the pool starts, and the workers inherit what it loaded: the pipeline
is loaded once, not once per worker (about 1.5 CPU seconds and 100 MB each, issue #17),
and its weights stay shared, copy-on-write, between the processes.
"""

from __future__ import annotations

import multiprocessing as mp
import signal
import threading
from collections import deque
from collections.abc import Iterable, Iterator
from itertools import islice
from typing import Any

from ..analyze import Analysis, analyze, analyze_many
from ..corpus import Article, LoadError
from .export import json_line

__all__ = ["analyze_records", "analyze_parallel", "Record"]

#: One output row: ``(ok, record)``. ``record`` is ``Analysis.to_dict()`` (or, with
#: ``form="json"``, its JSONL line; with ``form="slim"``, only the keys that
#: :func:`framing.batch.export.flat_row` reads), or ``AnalysisError.to_dict()`` for an error.
Record = tuple[bool, Any]
FORMS = ("dict", "json", "slim")
_SLIM_KEYS = ("id", "source", "outlet", "title", "text_length", "error", "scores", "warnings")

# Chunks of 4 articles. Since the analysis reads the dependency parse (issues #13/#14), an
# article costs 50 to 200 ms, so pickling and queueing (about 1 ms a chunk) stay small even
# for 4 articles; and the last chunks no longer leave one worker idle: with chunks of 32,
# 100 articles went 64 to one worker and 36 to the other, a wall speed-up of at most
# 100/64 = 1.56 on 2 cores (issue #17, benchmarks/speed_parse.py).
DEFAULT_CHUNK = 4
_WARMUP_TEXT = "Officials said the plan “may fail,” according to the report. It allegedly cost $5 million."

_options: dict[str, Any] = {}


def _init_worker(options: dict[str, Any]) -> None:
    global _options
    # Ctrl-C reaches the whole process group: the main process stops the pool,
    # the workers must not print tracebacks of their own.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _options = options
    analyze(_WARMUP_TEXT, **options)  # load and cache every lexicon once per worker


def _records(items: Iterable[Article | LoadError], form: str, options: dict[str, Any]) -> Iterator[Record]:
    for r in analyze_many(items, **options):
        if not isinstance(r, Analysis):
            yield False, r.to_dict()
        elif form == "json":
            yield True, json_line(r.to_dict())
        elif form == "slim":
            d = r.to_dict()
            yield True, {k: d[k] for k in _SLIM_KEYS if k in d}
        else:
            yield True, r.to_dict()


def _start_pool(jobs: int, options: dict[str, Any]) -> Any:
    """A pool whose workers ignore Ctrl-C from birth (a fork inherits the ignored signal).

    With the ``fork`` start method the lexicons and the pipeline are loaded here first, so that
    the workers inherit them instead of each loading its own copy.
    """
    if mp.get_start_method() == "fork":
        analyze(_WARMUP_TEXT, **options)
    in_main = threading.current_thread() is threading.main_thread()
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN) if in_main else None
    try:
        return mp.get_context().Pool(jobs, initializer=_init_worker, initargs=(options,))
    finally:
        if in_main and previous is not None:
            signal.signal(signal.SIGINT, previous)


def _run_chunk(chunk: list[Article | LoadError], form: str) -> list[Record]:
    # Encoding happens here, in the worker: a JSON line or a slim dict is cheaper
    # to send back than the full nested dict, and the main process stays free to read and write.
    return list(_records(chunk, form, _options))


def _chunks(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def analyze_records(items: Iterable[Article | LoadError], *, jobs: int = 1, chunk_size: int = DEFAULT_CHUNK,
                    prefetch: int = 2, form: str = "dict", **options: Any) -> Iterator[Record]:
    """Analyse articles (in ``jobs`` processes) and yield ``(ok, record)`` per input, in input order.

    Parameters
    ----------
    items : iterable of Article or LoadError
        For example :func:`framing.iter_corpus`; read lazily.
    jobs : int, default 1
        Worker processes. ``1`` analyses in this process. The records are the
        same whatever the value.
    chunk_size : int, default 4
        Articles sent to a worker at a time.
    prefetch : int, default 2
        Chunks in flight per worker; bounds memory (``jobs * prefetch * chunk_size`` articles).
    form : {"dict", "json", "slim"}
        What a result row holds: ``Analysis.to_dict()``, its JSONL line (no
        newline), or only the scalar keys (for CSV/Parquet). Error rows are always dicts.
    **options
        Passed to :func:`framing.analyze` (custom lexicons); sent to each worker once.

    Yields
    ------
    (bool, dict or str)
        True and the result in ``form``, or False and ``AnalysisError.to_dict()``.

    Examples
    --------
    >>> from framing import Article
    >>> [(ok, r["id"]) for ok, r in analyze_records([Article("a", "It may rain.")])]
    [(True, 'a')]
    """
    if isinstance(items, (str, Article)):
        raise TypeError("analyze_records takes an iterable of articles (e.g. framing.iter_corpus(path)), not one article")
    if not isinstance(jobs, int) or jobs < 1:
        raise ValueError(f"jobs must be a positive integer, not {jobs!r}")
    if chunk_size < 1 or prefetch < 1:
        raise ValueError("chunk_size and prefetch must be at least 1")
    if form not in FORMS:
        raise ValueError(f"form must be one of {', '.join(FORMS)}, not {form!r}")
    if jobs == 1:
        yield from _records(items, form, options)
        return
    with _start_pool(jobs, options) as pool:
        pending: deque[Any] = deque()
        limit = jobs * prefetch
        for chunk in _chunks(items, chunk_size):
            pending.append(pool.apply_async(_run_chunk, (chunk, form)))
            if len(pending) >= limit:
                yield from pending.popleft().get()
        while pending:
            yield from pending.popleft().get()


def analyze_parallel(items: Iterable[Article | LoadError], *, jobs: int = 2, chunk_size: int = DEFAULT_CHUNK,
                     **options: Any) -> Iterator[dict[str, Any]]:
    """Like :func:`framing.analyze_many` in ``jobs`` processes, yielding each result's ``to_dict()``.

    Results are plain dicts (the JSONL objects of ``framing analyze``), which is
    what crosses process boundaries cheaply; error rows have an ``"error"`` key.

    Examples
    --------
    >>> from framing import Article
    >>> [r["id"] for r in analyze_parallel([Article("a", "One."), Article("b", "Two.")], jobs=1)]
    ['a', 'b']
    """
    for _, rec in analyze_records(items, jobs=jobs, chunk_size=chunk_size, **options):
        yield rec
