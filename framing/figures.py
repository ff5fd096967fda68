"""``framing.figures`` is :mod:`framing.viz.figures` (kept under this name for users and notebooks)."""

import sys

from .viz import figures as _module

sys.modules[__name__] = _module
