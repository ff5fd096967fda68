"""Colours of the figures: a colour-blind-safe palette without repeats, and grouping the rest as "others".

:data:`PALETTE` is the Okabe-Ito palette followed by Paul Tol's "muted" scheme: 17 colours, none
repeated. A figure with more categories than that shows the largest ones and groups the rest as
"others" (:func:`top_n_others`), drawn in :data:`OTHERS_COLOR`.
"""

from __future__ import annotations

import pandas as pd

__all__ = ["PALETTE", "OTHERS_COLOR", "distinct_colors", "top_n_others", "outlet_colors"]

#: Okabe & Ito (2008), then Paul Tol's muted scheme (Tol 2021, "Colour Schemes", SRON/EPS/TN/09-002).
PALETTE = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000",
           "#332288", "#88CCEE", "#44AA99", "#117733", "#999933", "#DDCC77", "#CC6677", "#882255", "#AA4499"]
#: The colour of an "others" group.
OTHERS_COLOR = "#BBBBBB"


def distinct_colors(n: int) -> list[str]:
    """``n`` distinct colours of :data:`PALETTE`; more than it holds is an error (group the rest as "others").

    >>> distinct_colors(2), len(set(distinct_colors(len(PALETTE))))
    (['#0072B2', '#E69F00'], 17)
    """
    if n > len(PALETTE):
        raise ValueError(f"{n} categories but {len(PALETTE)} distinct colours: group the smallest with top_n_others()")
    return PALETTE[:n]


def top_n_others(df: pd.DataFrame, n: int = len(PALETTE) - 1, *, label: str = "others") -> pd.DataFrame:
    """The ``n`` columns with the largest totals (in their order), the rest summed into one ``label`` column.

    >>> df = pd.DataFrame({"a": [1, 1], "b": [5, 0], "c": [0, 2]})
    >>> top_n_others(df, 1).to_dict("list"), top_n_others(df, 2).shape  # one column alone is not grouped
    ({'b': [5, 0], 'others': [1, 3]}, (2, 3))
    """
    if df.shape[1] <= n + 1:
        return df
    keep = list(df.sum().sort_values(ascending=False, kind="stable").index[:n])
    out = df[[c for c in df.columns if c in keep]].copy()
    out[label] = df.drop(columns=keep).sum(axis=1)
    return out


def outlet_colors(n: int) -> list[str]:
    """One colour per outlet while the palette has enough; past that one colour for all (the outlets are labelled)."""
    return PALETTE[:n] if n <= len(PALETTE) else [PALETTE[0]] * n
