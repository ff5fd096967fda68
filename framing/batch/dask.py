"""Dask integration: analyse a ``dask.bag`` or ``dask.dataframe`` partition-wise, on any cluster.

Each partition is analysed by the same code as the single-process path, so the
results are equal, row for row: :func:`analyze_bag` gives the JSONL objects
(``Analysis.to_dict()``), :func:`analyze_dataframe` the flat per-article columns
of :func:`framing.batch.analyze_frame` (the CSV columns) with the same dtypes and
index. Lexicons are loaded once per worker process and cached.

Run it on your machine with ``Client(LocalCluster())``, or on a cluster by
connecting to its scheduler instead::

    from dask.distributed import Client
    client = Client("tcp://scheduler:8786")   # the only change
    frame = framing.dask.analyze_dataframe(ddf).compute()

Ids are checked for duplicates within a partition only (a repeated id in another
partition is analysed again); deduplicate first if that matters.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from ..analyze import analyze_many
from ..corpus import Article, LoadError, records_to_articles
from .run import frame_items, records_to_frame

__all__ = ["analyze_bag", "analyze_dataframe", "analyze_partition"]


def _items(partition: Iterable[Any], source: str) -> list[Article | LoadError]:
    out: list[Article | LoadError] = []
    records: list[tuple[int | None, Mapping[str, Any]]] = []

    def flush() -> None:
        out.extend(records_to_articles(records, source, "record"))
        records.clear()

    for item in partition:
        if isinstance(item, (Article, LoadError)):
            flush()
            out.append(item)
        elif isinstance(item, Mapping):
            records.append((None, item))
        else:
            raise TypeError(f"a bag for framing.dask.analyze_bag holds Article objects or dicts with 'id' and 'text', not {type(item).__name__}")
    flush()
    return out


def analyze_partition(partition: Iterable[Any], *, source: str = "bag", **options: Any) -> list[dict[str, Any]]:
    """Analyse one partition of articles or ``{"id", "text", ...}`` dicts: one ``to_dict()`` per item, in order.

    Examples
    --------
    >>> [r["id"] for r in analyze_partition([{"id": "a", "text": "It may rain."}, {"id": "b", "text": ""}])]
    ['a', 'b']
    """
    return [r.to_dict() for r in analyze_many(_items(partition, source), **options)]


def analyze_bag(bag: Any, *, source: str = "bag", **options: Any) -> Any:
    """Analyse a ``dask.bag.Bag`` of :class:`~framing.Article` objects or ``{"id", "text", ...}`` dicts.

    Parameters
    ----------
    bag : dask.bag.Bag
    source : str
        Recorded as the ``source`` of articles made from dicts.
    **options
        Passed to :func:`framing.analyze` (custom lexicons).

    Returns
    -------
    dask.bag.Bag
        Of dicts, the JSONL objects of ``framing analyze`` (error rows have ``"error"``), in order.

    Examples
    --------
    >>> import dask.bag as db
    >>> bag = db.from_sequence([{"id": "a", "text": "Officials said it may rain."}], npartitions=1)
    >>> [r["id"] for r in analyze_bag(bag).compute(scheduler="sync")]
    ['a']
    """
    if not hasattr(bag, "map_partitions") or hasattr(bag, "columns"):
        raise TypeError(f"analyze_bag takes a dask.bag.Bag, not a {type(bag).__name__}; for a dask DataFrame use analyze_dataframe")
    return bag.map_partitions(analyze_partition, source=source, **options)


def _frame_partition(df: Any, id_col: str, text_col: str, source: str, options: dict[str, Any]) -> Any:
    items = frame_items(df, id_col=id_col, text_col=text_col, source=source)
    return records_to_frame((r.to_dict() for r in analyze_many(items, **options)), index=df.index)


def analyze_dataframe(ddf: Any, id_col: str = "id", text_col: str = "text", *, source: str = "dataframe", **options: Any) -> Any:
    """Analyse a ``dask.dataframe.DataFrame`` partition-wise into the flat per-article columns.

    Parameters
    ----------
    ddf : dask.dataframe.DataFrame
        One article per row; ``outlet`` and ``title`` columns are used when present.
    id_col, text_col : str
        The columns holding the article id and text.
    source : str
        Recorded as each article's ``source``.
    **options
        Passed to :func:`framing.analyze`.

    Returns
    -------
    dask.dataframe.DataFrame
        The columns of :func:`framing.batch.frame_schema` (id, source, outlet,
        title, text_length, every score, warnings, error), with the input's
        index; ``.compute()`` equals :func:`framing.batch.analyze_frame` on the
        whole pandas frame.

    Examples
    --------
    >>> import pandas as pd, dask.dataframe as dd
    >>> ddf = dd.from_pandas(pd.DataFrame({"id": ["a", "b"], "text": ["One.", "Two."]}), npartitions=2)
    >>> analyze_dataframe(ddf).compute(scheduler="sync")["id"].tolist()
    ['a', 'b']
    """
    if not hasattr(ddf, "map_partitions") or not hasattr(ddf, "columns"):
        raise TypeError(f"analyze_dataframe takes a dask DataFrame, not a {type(ddf).__name__}; "
                        "for a pandas DataFrame use framing.batch.analyze_frame")
    missing = [c for c in (id_col, text_col) if c not in ddf.columns]
    if missing:
        raise KeyError(f"the DataFrame has no column {' or '.join(map(repr, missing))}; pass id_col=/text_col= (columns: {list(ddf.columns)})")
    meta = records_to_frame([], index=ddf._meta.index[:0])
    return ddf.map_partitions(_frame_partition, id_col, text_col, source, options, meta=meta)
