"""L4, batches: streaming a corpus through the analysis, worker processes, resume, export, Dask.

Modules: ``run`` (``framing analyze``, :func:`analyze_files`, :func:`analyze_frame`),
``parallel`` (``--jobs``), ``resume`` (``--resume``), ``export`` (JSONL, CSV and Parquet rows)
and ``dask`` (also importable as :mod:`framing.dask`; needs the ``dask`` extra).
"""

from .run import analyze_files, analyze_frame, count_inputs, frame_schema

__all__ = ["analyze_files", "analyze_frame", "count_inputs", "frame_schema"]
