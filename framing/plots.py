"""``framing.plots`` is :mod:`framing.viz.plots` (kept under this name for users and notebooks)."""

import sys

from .viz import plots as _module

sys.modules[__name__] = _module
