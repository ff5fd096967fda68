"""Figures: one style, one save helper, plotting functions that take ``ax=None`` and return the Axes.

Every figure the project publishes is written by :func:`save_figure`, which
writes SVG and PNG with fixed metadata and a fixed SVG hash salt, so that two
runs with the pinned matplotlib (``constraints.txt``) give identical bytes.
Colours come from :mod:`framing.viz.palette` (re-exported here): the Okabe-Ito colour-blind-safe
palette, then Paul Tol's "muted" scheme, 17 colours, none repeated; a figure with more categories
shows the largest ones and groups the rest as "others" (:func:`top_n_others`).
"""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator

import matplotlib
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.figure import Figure

from .palette import OTHERS_COLOR, PALETTE, distinct_colors, outlet_colors, top_n_others

__all__ = ["STYLE", "PALETTE", "OTHERS_COLOR", "style", "use_style", "save_figure", "bar_with_ci", "heatmap",
           "coverage_matrix", "label_dots", "profile_map", "stacked_bars", "distinct_colors", "top_n_others",
           "mark_empty", "empty_reason"]

STYLE = str(Path(__file__).parent / "style" / "framing.mplstyle")
_SVG_METADATA = {"Date": None, "Creator": "framing", "Format": None, "Type": None}
_PNG_METADATA = {"Software": "framing"}


def use_style() -> None:
    """Apply the framing style globally (notebooks call this once)."""
    plt.style.use(STYLE)


@contextmanager
def style() -> Iterator[None]:
    """Context manager applying the framing style temporarily."""
    with plt.style.context(STYLE):
        yield


def save_figure(fig: Figure, name: str, folder: str | Path = "figures", *, formats: Sequence[str] = ("svg", "png")) -> list[Path]:
    """Write ``fig`` as ``folder/name.svg`` and ``folder/name.png`` with byte-stable output.

    SVG: no date, fixed ``svg.hashsalt`` and glyphs as paths; PNG: fixed
    ``Software`` metadata and dpi. Returns the paths written.

    Examples
    --------
    >>> import tempfile
    >>> fig, ax = plt.subplots(figsize=(2, 2))
    >>> paths = save_figure(fig, "demo", tempfile.mkdtemp())
    >>> [p.suffix for p in paths]
    ['.svg', '.png']
    >>> plt.close(fig)
    """
    if "/" in name or "\\" in name or name.startswith("."):
        raise ValueError(f"figure name {name!r} must be a plain file name without folders")
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    with matplotlib.rc_context({"svg.hashsalt": "framing", "svg.fonttype": "path", "savefig.dpi": 150,
                                "savefig.bbox": "tight", "savefig.pad_inches": 0.1}):
        for fmt in formats:
            path = folder / f"{name}.{fmt}"
            meta = _SVG_METADATA if fmt == "svg" else _PNG_METADATA if fmt == "png" else None
            fig.savefig(path, format=fmt, metadata=meta)
            written.append(path)
    return written


def mark_empty(ax: Axes, reason: str) -> Axes:
    """Mark ``ax`` as a figure with nothing to show (the report leaves it out and prints ``reason``)."""
    ax.framing_empty = reason  # type: ignore[attr-defined]
    return ax


def empty_reason(ax: Any) -> str | None:
    """Why a figure has nothing to show (see :func:`mark_empty`), else ``None``."""
    return getattr(ax, "framing_empty", None)


def _ax(ax: Axes | None, figsize: tuple[float, float]) -> Axes:
    if ax is not None:
        return ax
    _, ax = plt.subplots(figsize=figsize)
    return ax


def bar_with_ci(df: pd.DataFrame, *, x: str, y: str, hue: str | None = None, low: str | None = None,
                high: str | None = None, ax: Axes | None = None, ylabel: str | None = None,
                title: str | None = None, order: Sequence[str] | None = None,
                hue_order: Sequence[str] | None = None, zero_line: bool = False) -> Axes:
    """Grouped bars of ``y`` by ``x`` (and ``hue``), with error bars from ``low``/``high`` columns.

    Examples
    --------
    >>> df = pd.DataFrame({"outlet": ["A", "A", "B", "B"], "cat": ["x", "y", "x", "y"],
    ...                    "v": [1.0, 2.0, 3.0, 1.5], "lo": [0.5, 1.0, 2.0, 1.0], "hi": [1.5, 3.0, 4.0, 2.0]})
    >>> ax = bar_with_ci(df, x="outlet", y="v", hue="cat", low="lo", high="hi")
    >>> len(ax.patches)
    4
    >>> plt.close(ax.figure)
    """
    ax = _ax(ax, (8, 4))
    xs = list(order) if order is not None else list(dict.fromkeys(df[x]))
    hues = (list(hue_order) if hue_order is not None else list(dict.fromkeys(df[hue]))) if hue else [None]
    width = 0.8 / len(hues)
    for k, h in enumerate(hues):
        sub = df if h is None else df[df[hue] == h]
        if sub[x].duplicated().any():  # several articles of one outlet: the caller must aggregate them first
            raise ValueError(f"bar_with_ci draws one bar per {x}{' and ' + hue if hue else ''}, but {x} "
                             f"{sub.loc[sub[x].duplicated(), x].iloc[0]!r} has several rows: aggregate them first")
        sub = sub.set_index(x).reindex(xs)
        pos = np.arange(len(xs)) - 0.4 + width * (k + 0.5)
        vals = sub[y].to_numpy(dtype=float)
        err = None
        if low and high:
            err = np.vstack([np.clip(vals - sub[low].to_numpy(dtype=float), 0, None),
                             np.clip(sub[high].to_numpy(dtype=float) - vals, 0, None)])
            err = np.nan_to_num(err)
        ax.bar(pos, np.nan_to_num(vals), width=width * 0.92, label=None if h is None else str(h),
               color=distinct_colors(len(hues))[k], yerr=err, capsize=2.5 if err is not None else 0,
               error_kw={"elinewidth": 0.9, "ecolor": "#333333"})
    many = len(xs) > 8
    ax.set_xticks(np.arange(len(xs)), [str(v) for v in xs], rotation=45 if many else 0, ha="right" if many else "center")
    if zero_line:
        ax.axhline(0, color="#555555", linewidth=0.8)
    ax.set_ylabel(ylabel or y)
    if title:
        ax.set_title(title)
    if hue:
        ax.legend(title=hue.replace("_", " "), ncols=min(len(hues), 4), loc="upper left", bbox_to_anchor=(0, -0.12))
    return ax


def heatmap(matrix: pd.DataFrame, *, ax: Axes | None = None, fmt: str = "{:.0f}", cmap: str = "Blues",
            title: str | None = None, xlabel: str | None = None, ylabel: str | None = None,
            vmin: float | None = None, vmax: float | None = None, colorbar_label: str | None = None,
            wrap: int = 28) -> Axes:
    """A heatmap of a DataFrame with every cell annotated; rows and columns keep their order.

    Examples
    --------
    >>> m = pd.DataFrame([[1, 0], [2, 5]], index=["A", "B"], columns=["judge", "media"])
    >>> ax = heatmap(m)
    >>> [t.get_text() for t in ax.texts]
    ['1', '0', '2', '5']
    >>> plt.close(ax.figure)
    """
    ax = _ax(ax, (max(4, 0.7 * matrix.shape[1] + 2), max(2.5, 0.45 * matrix.shape[0] + 1.5)))
    if matrix.size == 0:
        ax.text(0.5, 0.5, "nothing to show", ha="center", va="center", transform=ax.transAxes, color="#777777")
        ax.set_axis_off()
        if title:
            ax.set_title(title)
        return mark_empty(ax, title or "nothing to show")
    data = matrix.to_numpy(dtype=float)
    finite = data[np.isfinite(data)]
    lo = vmin if vmin is not None else (float(finite.min()) if finite.size else 0.0)
    hi = vmax if vmax is not None else (float(finite.max()) if finite.size else 1.0)
    im = ax.imshow(np.ma.masked_invalid(data), cmap=cmap, vmin=lo, vmax=hi if hi > lo else lo + 1, aspect="auto")
    ax.set_xticks(range(matrix.shape[1]), ["\n".join(textwrap.wrap(str(c), wrap)) or " " for c in matrix.columns],
                  rotation=35 if matrix.shape[1] > 4 else 0, ha="right" if matrix.shape[1] > 4 else "center")
    ax.set_yticks(range(matrix.shape[0]), ["\n".join(textwrap.wrap(str(i), wrap)) for i in matrix.index])
    ax.grid(False)
    for spine in ax.spines.values():
        spine.set_visible(False)
    # numbers in the cells only while they fit (up to 15 columns); past that the colour bar reads the cells
    for i, j in np.argwhere(np.isfinite(data)) if data.shape[1] <= 15 else ():
        ax.text(j, i, fmt.format(data[i, j]), ha="center", va="center", fontsize=8.5, color=_ink(im.cmap(im.norm(data[i, j]))))
    cb = ax.figure.colorbar(im, ax=ax, shrink=0.8)
    if colorbar_label:
        cb.set_label(colorbar_label)
    if title:
        ax.set_title(title)
    if xlabel:
        ax.set_xlabel(xlabel)
    if ylabel:
        ax.set_ylabel(ylabel)
    return ax


def _ink(rgba: Sequence[float]) -> str:
    """Dark or white text, whichever reads better on a cell of colour ``rgba`` (WCAG relative luminance)."""
    r, g, b = (c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in rgba[:3])
    return "white" if 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.18 else "#222222"


def coverage_matrix(positions: pd.DataFrame, *, covered: pd.DataFrame | None = None, ax: Axes | None = None,
                    title: str | None = None, wrap: int = 60) -> Axes:
    """Claim coverage: one row per claim (index = claim label), one column per outlet.

    Cells hold the claim's first position in the outlet's article (0 = top,
    1 = end) or NaN where the outlet leaves the claim out. Present cells are
    dots coloured by position; absent cells are small grey crosses, unless
    ``covered`` (same shape, booleans) is False there: then the cell stays blank.
    """
    ax = _ax(ax, (1.3 * positions.shape[1] + 5.5, 0.36 * positions.shape[0] + 1.5))
    ys = np.arange(positions.shape[0])
    for j, col in enumerate(positions.columns):
        vals = positions[col].to_numpy(dtype=float)
        present = np.isfinite(vals)
        left_out = ~present & (covered[col].to_numpy(dtype=bool) if covered is not None else True)
        ax.scatter(np.full(present.sum(), j), ys[present], c=vals[present], cmap="viridis_r", vmin=0, vmax=1,
                   s=70, edgecolors="#333333", linewidths=0.5, zorder=3)
        ax.scatter(np.full(left_out.sum(), j), ys[left_out], marker="x", color="#bbbbbb", s=18, zorder=2)
    ax.set_xticks(range(positions.shape[1]), [str(c) for c in positions.columns])
    ax.set_yticks(ys, [textwrap.shorten(str(i), wrap, placeholder="…") for i in positions.index])
    ax.set_xlim(-0.6, positions.shape[1] - 0.4)
    ax.set_ylim(positions.shape[0] - 0.5, -0.5)
    ax.grid(True, axis="both", color="#f0f0f0")
    ax.xaxis.tick_top()
    sm = plt.cm.ScalarMappable(cmap="viridis_r", norm=plt.Normalize(0, 1))
    cb = ax.figure.colorbar(sm, ax=ax, shrink=0.6, pad=0.02)
    cb.set_label("first position in article (0 = top, 1 = end)")
    if title:
        ax.set_title(title, pad=28)
    return ax


def label_dots(counts: pd.DataFrame, *, others: pd.DataFrame | None = None, ax: Axes | None = None,
               title: str | None = None, size_label: str = "mentions") -> Axes:
    """Dot grid: one row per label (index), one column per outlet; dot area and number = count.

    Empty cells (count 0) stay blank, so a reader sees at a glance which outlet
    uses which words. ``others`` (same shape) counts the uses in someone else's
    words (inside quotations): a cell whose uses are all such is a hollow ring, so a
    quoted word is not read as the outlet's own; a cell with both is numbered ``own+others``.

    Examples
    --------
    >>> c = pd.DataFrame({"A": [2, 0], "B": [1, 3]}, index=["migrants", "gang members"])
    >>> ax = label_dots(c)
    >>> [t.get_text() for t in ax.texts]
    ['2', '1', '3']
    >>> plt.close(ax.figure)
    >>> ax = label_dots(c, others=pd.DataFrame({"A": [2, 0], "B": [0, 1]}, index=c.index))
    >>> [t.get_text() for t in ax.texts], [p.get_facecolor()[0].tolist() for p in ax.collections]  # A's 2: a white ring
    (['2', '1', '2+1'], [[1.0, 1.0, 1.0, 1.0], [0.901..., 0.623..., 0.0, 0.85], [0.901..., 0.623..., 0.0, 0.85]])
    >>> plt.close(ax.figure)
    """
    ax = _ax(ax, (1.1 * counts.shape[1] + 4, 0.32 * counts.shape[0] + 1.6))
    data = counts.to_numpy(dtype=float)
    other = others.reindex_like(counts).fillna(0).to_numpy(dtype=float) if others is not None else np.zeros_like(data)
    biggest = max(float(np.nanmax(data)) if data.size else 1.0, 1.0)
    ink = outlet_colors(data.shape[1])
    for i in range(data.shape[0]):
        for j in range(data.shape[1]):
            v, w = data[i, j], min(other[i, j], data[i, j])
            if np.isfinite(v) and v > 0:
                colour = ink[j]
                size = 60 + 260 * v / biggest
                if w >= v:  # only in someone else's words: a ring, the number in the outlet's colour
                    ax.scatter(j, i, s=size, facecolors="white", edgecolors=colour, linewidths=1.6, zorder=3)
                    ax.text(j, i, f"{v:.0f}", ha="center", va="center", fontsize=7.5, zorder=4, color="#333333",
                            fontstyle="italic")
                    continue
                ax.scatter(j, i, s=size, color=colour, alpha=0.85, zorder=3, edgecolors="none")
                ax.text(j, i, f"{v - w:.0f}+{w:.0f}" if w > 0 else f"{v:.0f}", ha="center", va="center",
                        fontsize=6.5 if w > 0 else 7.5, zorder=4, color=_ink(matplotlib.colors.to_rgba(colour)))
    ax.set_xticks(range(counts.shape[1]), [str(c) for c in counts.columns])
    ax.xaxis.tick_top()
    ax.set_yticks(range(counts.shape[0]), [str(i) for i in counts.index])
    ax.set_xlim(-0.6, counts.shape[1] - 0.4)
    ax.set_ylim(counts.shape[0] - 0.5, -0.5)
    ax.grid(True, axis="both", color="#f0f0f0")
    for spine in ax.spines.values():
        spine.set_visible(False)
    ax.tick_params(length=0)
    if title:
        note = f"dot area and number: {size_label}"
        if others is not None:
            note += "; ring: only inside quotations;\nn+m: n in the outlet's own words, m quoted"
        ax.set_title(f"{title}\n({note})", pad=10)
    return ax


def stacked_bars(df: pd.DataFrame, *, ax: Axes | None = None, title: str | None = None,
                 ylabel: str | None = None, horizontal: bool = False, colors: Sequence[str] | None = None) -> Axes:
    """Stacked bars: index = bars (outlets), columns = stacked parts, in column order."""
    colors = list(colors) if colors is not None else [OTHERS_COLOR if str(c) == "others" else k for c, k in
                                                      zip(df.columns, distinct_colors(df.shape[1]))]
    ax = _ax(ax, (8, 4))
    if df.shape[1] == 0 or df.shape[0] == 0:
        ax.text(0.5, 0.5, "nothing to show", ha="center", va="center", transform=ax.transAxes, color="#777777")
        ax.set_axis_off()
        if title:
            ax.set_title(title)
        return mark_empty(ax, f"{title or 'the figure'}: nothing to show")
    bottom = np.zeros(len(df))
    pos = np.arange(len(df))
    for k, col in enumerate(df.columns):
        vals = df[col].to_numpy(dtype=float)
        if horizontal:
            ax.barh(pos, vals, left=bottom, color=colors[k % len(colors)], label=str(col))
        else:
            ax.bar(pos, vals, bottom=bottom, color=colors[k % len(colors)], label=str(col), width=0.7)
        bottom += np.nan_to_num(vals)
    if horizontal:
        ax.set_yticks(pos, [str(i) for i in df.index])
        ax.invert_yaxis()
        ax.grid(True, axis="x")
        ax.grid(False, axis="y")
        if ylabel:
            ax.set_xlabel(ylabel)
    else:
        ax.set_xticks(pos, [str(i) for i in df.index], rotation=45 if len(df) > 8 else 0, ha="right" if len(df) > 8 else "center")
        if ylabel:
            ax.set_ylabel(ylabel)
    ax.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0))
    if title:
        ax.set_title(title)
    return ax


def profile_map(profile: pd.DataFrame, *, label: str | None = None, ax: Axes | None = None,
                title: str | None = None, n_arrows: int = 4) -> Axes:
    """Map articles by their framing profile: PCA of the standardised numeric measures.

    Each article is a labelled point; arrows show the ``n_arrows`` measures that
    load most on the two components, so that a reader sees what separates them.
    Constant and all-missing columns are dropped; missing values become the
    column mean.
    """
    from sklearn.decomposition import PCA

    ax = _ax(ax, (7, 5.5))
    num = profile.select_dtypes("number")
    num = num.loc[:, num.notna().any() & (num.std(ddof=0) > 0)]
    labels = list(profile[label]) if label else [str(i) for i in profile.index]
    if num.shape[1] < 2 or num.shape[0] < 3:
        ax.text(0.5, 0.5, "not enough varying measures for a map", ha="center", transform=ax.transAxes)
        return mark_empty(ax, "fewer than 3 outlets or 2 varying measures: not enough for a map")
    z = (num - num.mean()) / num.std(ddof=0)
    z = z.fillna(0.0)
    pca = PCA(n_components=2, svd_solver="full", random_state=0)
    xy = pca.fit_transform(z.to_numpy())
    ink = outlet_colors(len(xy))
    for k, (px, py) in enumerate(xy):
        ax.scatter(px, py, s=80, color=ink[k], zorder=3, edgecolors="#333333", linewidths=0.5)
        ax.annotate(labels[k], (px, py), xytext=(6, 6), textcoords="offset points", fontsize=10)
    load = pca.components_.T
    scale = np.abs(xy).max() * 0.9
    drawn: list[tuple[np.ndarray, list[str]]] = []
    for comp in (0, 1):  # the measures that load most on each component, in turn
        for idx in np.argsort(-np.abs(load[:, comp]), kind="stable")[: max(n_arrows // 2, 1)]:
            vec = load[idx]
            for v, names in drawn:  # near-parallel arrows (cosine > 0.98) share one arrow and label
                if float(vec @ v) / (np.linalg.norm(vec) * np.linalg.norm(v) + 1e-12) > 0.98:
                    if str(num.columns[idx]) not in names:
                        names.append(str(num.columns[idx]))
                    break
            else:
                drawn.append((vec, [str(num.columns[idx])]))
    tips: list[np.ndarray] = []
    for vec, names in drawn:
        dx, dy = vec * scale
        # labels of tips close to an earlier one are pushed further out so that they do not overlap
        crowd = sum(1 for t in tips if np.hypot(*(t - (dx, dy))) < 0.25 * scale)
        tips.append(np.array([dx, dy]))
        nudge = 4 + 14 * crowd
        ax.annotate("", xy=(dx, dy), xytext=(0, 0), arrowprops={"arrowstyle": "->", "color": "#777777", "lw": 0.9})
        ax.annotate("\n".join(names), (dx, dy), xytext=(4 if dx >= 0 else -4, nudge if dy >= 0 else -nudge),
                    textcoords="offset points", fontsize=8, color="#555555",
                    ha="left" if dx >= 0 else "right", va="bottom" if dy >= 0 else "top")
    ev = pca.explained_variance_ratio_
    ax.set_xlabel(f"component 1 ({ev[0]:.0%} of variance)")
    ax.set_ylabel(f"component 2 ({ev[1]:.0%} of variance)")
    ax.axhline(0, color="#dddddd", lw=0.8, zorder=1)
    ax.axvline(0, color="#dddddd", lw=0.8, zorder=1)
    ax.grid(False)
    if title:
        ax.set_title(title)
    return ax
