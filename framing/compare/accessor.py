"""The ``df.framing`` pandas accessor on :func:`framing.score_corpus` tables (issue #6).

Registered when :mod:`framing` is imported. Every method has a plain-function
equivalent; the accessor only saves typing in a notebook.
"""

from __future__ import annotations

from typing import Any

import pandas as pd

__all__ = ["FramingAccessor"]

_META = ("id", "outlet", "title", "error", "first_speaker")


@pd.api.extensions.register_dataframe_accessor("framing")
class FramingAccessor:
    """``df.framing``: measures of a framing-profile table (one row per article).

    Examples
    --------
    >>> import framing
    >>> df = framing.score_corpus(["“Yes,” he said. It rained.", "It rained."])
    >>> df.framing.profile(["quoted_share"])
    measure  quoted_share
    outlet
    0                0.2
    1                0.0
    """

    def __init__(self, df: pd.DataFrame):
        if "id" not in df.columns:
            raise AttributeError("df.framing needs a table with an 'id' column, as made by framing.score_corpus(corpus)")
        self._df = df

    @property
    def measures(self) -> list[str]:
        """The numeric measure columns (not id, outlet, title, error)."""
        df = self._df
        return [c for c in df.columns if c not in _META and pd.api.types.is_numeric_dtype(df[c])
                and not pd.api.types.is_bool_dtype(df[c])]

    def ok(self) -> pd.DataFrame:
        """The rows of articles that were analysed (no error).

        Examples
        --------
        >>> import framing
        >>> framing.score_corpus(["It rained.", " "]).framing.ok()["id"].tolist()
        ['0']
        """
        df = self._df
        return df[df["error"].isna()] if "error" in df.columns else df

    def errors(self) -> pd.DataFrame:
        """The rows of articles that failed, with their error message.

        Examples
        --------
        >>> import framing
        >>> framing.score_corpus(["It rained.", " "]).framing.errors()["id"].tolist()
        ['1']
        """
        df = self._df
        return df[df["error"].notna()][["id", "outlet", "error"]] if "error" in df.columns else df.iloc[0:0]

    def profile(self, measures: Any = None) -> pd.DataFrame:
        """Outlet x measure table of the analysed articles (``measures`` default: all).

        Examples
        --------
        >>> import framing
        >>> framing.score_corpus(["“Yes,” he said.", "It rained."]).framing.profile("quoted_share")["quoted_share"].tolist()
        [0.3333333333333333, 0.0]
        """
        if isinstance(measures, str):
            measures = [measures]
        cols = self.measures if measures is None else list(measures)
        missing = [c for c in cols if c not in self._df.columns]
        if missing:
            raise KeyError(f"no column(s) {missing}; measures are {self.measures}")
        ok = self.ok()
        out = ok.set_index("outlet" if "outlet" in ok.columns else "id")[cols].astype(float)
        out.columns.name = "measure"
        return out

    def standardized(self, measures: Any = None) -> pd.DataFrame:
        """:meth:`profile` as z-scores per measure (mean 0, population sd 1; constant columns give 0).

        Examples
        --------
        >>> import framing
        >>> framing.score_corpus(["“Yes,” he said.", "It rained."]).framing.standardized("quoted_share")["quoted_share"].tolist()
        [1.0, -1.0]
        """
        prof = self.profile(measures)
        sd = prof.std(ddof=0).replace(0, float("nan"))
        return ((prof - prof.mean()) / sd).fillna(0.0).where(prof.notna())

    def columns(self) -> pd.DataFrame:
        """Unit and meaning of each column (:func:`framing.compare.describe_columns`).

        Examples
        --------
        >>> import framing
        >>> framing.score_corpus(["It rained."]).framing.columns().loc["words_total", "unit"]
        'words'
        """
        from .profile import describe_columns

        return describe_columns(self._df)
