"""Outlet-level statistics with the article as the sample and the event as the block (issue #15).

A researcher's corpus has many articles per outlet, often about several events. The outlet is
the unit of comparison and the article is the sample, so:

* :func:`article_bootstrap` gives the percentile interval of an outlet's *mean per article*
  by resampling its articles with replacement (Efron & Tibshirani 1993, ch. 13);
* :func:`stratified_permutation` tests the difference between two outlets *paired by event*:
  within each event the outlet labels of the two outlets' articles are shuffled (a stratified
  or blocked permutation test; Good 2005, sec. 3.5), and the statistic is the mean over the
  events both outlets cover of (mean of outlet a's articles - mean of outlet b's articles).
  An event only one of the two outlets covers carries no contrast and is left out. With one
  article per outlet in every event it is the paired sign-flip test.

Both take plain arrays of per-article values (NaN already removed) and use
:func:`numpy.random.default_rng`, so the same seed gives the same numbers.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

__all__ = ["article_bootstrap", "stratified_permutation", "BlockTest"]


def article_bootstrap(values: np.ndarray, *, n_boot: int = 2000, level: float = 0.95, seed: int = 0) -> tuple[float, float]:
    """Percentile interval of the mean of ``values`` (one per article), resampling the articles.

    Examples
    --------
    >>> lo, hi = article_bootstrap(np.array([1.0, 2.0, 3.0, 4.0]), n_boot=500)
    >>> 1.0 <= lo < 2.5 < hi <= 4.0
    True
    """
    if not 0 < level < 1:
        raise ValueError(f"level must be between 0 and 1, not {level}")
    values = np.asarray(values, dtype=float)
    if len(values) == 0:
        return np.nan, np.nan
    rng = np.random.default_rng(seed)
    means = values[rng.integers(0, len(values), size=(n_boot, len(values)))].mean(axis=1)
    alpha = (1 - level) / 2
    low, high = np.quantile(means, [alpha, 1 - alpha])
    return float(low), float(high)


@dataclass(frozen=True, slots=True)
class BlockTest:
    """Result of :func:`stratified_permutation`.

    ``value_a`` and ``value_b`` are the means over the paired events of each outlet's mean per
    article, so ``difference == value_a - value_b``; ``n_events`` counts the events both cover.
    """

    value_a: float
    value_b: float
    difference: float
    p_value: float
    n_events: int
    n_a: int
    n_b: int


def stratified_permutation(blocks: Sequence[tuple[np.ndarray, np.ndarray]], *, n_perm: int = 5000,
                           seed: int = 0) -> BlockTest:
    """Permutation test of outlet a vs b, shuffling labels only within each event (block).

    Parameters
    ----------
    blocks : sequence of (values_a, values_b)
        Per event, the per-article values of outlet a and of outlet b. Events where either
        side is empty are dropped.
    n_perm, seed
        Permutations and the seed of :func:`numpy.random.default_rng`.

    Returns
    -------
    BlockTest
        Two-sided p-value ``(1 + #{|D*| >= |D|}) / (1 + n_perm)`` (Phipson & Smyth 2010).

    Examples
    --------
    >>> b = [(np.array([3.0]), np.array([1.0])), (np.array([5.0, 4.0]), np.array([2.0]))]
    >>> r = stratified_permutation(b, n_perm=200)
    >>> (r.value_a, r.value_b, r.difference, r.n_events)
    (3.75, 1.5, 2.25, 2)
    """
    kept = [(np.asarray(a, float), np.asarray(b, float)) for a, b in blocks if len(a) and len(b)]
    n_a = sum(len(a) for a, _ in kept)
    n_b = sum(len(b) for _, b in kept)
    if not kept:
        return BlockTest(np.nan, np.nan, np.nan, np.nan, 0, n_a, n_b)
    va = float(np.mean([a.mean() for a, _ in kept]))
    vb = float(np.mean([b.mean() for _, b in kept]))
    diff = va - vb
    rng = np.random.default_rng(seed)
    total = np.zeros(n_perm)
    # blocks of the same shape (articles of a, articles of b) are permuted together: one numpy call each
    shapes: dict[tuple[int, int], list[np.ndarray]] = {}
    for a, b in kept:
        shapes.setdefault((len(a), len(b)), []).append(np.concatenate([a, b]))
    for (k, m), rows in shapes.items():
        if k == m == 1:  # one article each: a permutation is a sign flip of the event's difference
            diffs = np.stack(rows)[:, 0] - np.stack(rows)[:, 1]
            signs = rng.integers(0, 2, size=(n_perm, len(diffs)), dtype=np.int8) * 2 - 1
            total += signs @ diffs
            continue
        step = max(1, 4_000_000 // (n_perm * (k + m)))  # at most about 4 million values held at once
        for lo in range(0, len(rows), step):
            z = np.stack(rows[lo:lo + step])  # (blocks, k + m)
            perm = rng.permuted(np.broadcast_to(z, (n_perm, *z.shape)).copy(), axis=2)
            total += (perm[:, :, :k].mean(axis=2) - perm[:, :, k:].mean(axis=2)).sum(axis=1)
    d = total / len(kept)
    # a tolerance so that permutations equal to the observed split count as "as extreme"
    extreme = int(np.sum(np.abs(d) >= abs(diff) - 1e-12))
    return BlockTest(va, vb, diff, (1 + extreme) / (1 + n_perm), len(kept), n_a, n_b)
