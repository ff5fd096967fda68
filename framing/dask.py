"""``framing.dask`` is :mod:`framing.batch.dask` (kept under this name for users; needs the ``dask`` extra)."""

import sys

from .batch import dask as _module

sys.modules[__name__] = _module
