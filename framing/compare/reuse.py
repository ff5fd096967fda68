"""Text reuse: articles that copy or paraphrase each other sentence by sentence (issue #6).

Two "outlets" that run the same wire copy are one text. For every pair of
articles we find the sentences that have a near-duplicate in the other article
(similarity >= ``REUSE_THRESHOLD`` on the word + character TF-IDF cosine of
:func:`framing.compare.claims.similar_pairs`) and report

* ``share_a``, ``share_b``: the share of each article's sentences with a near-duplicate in the other;
* ``score``: the share of the two articles' sentences together that have one, in [0, 1];
* ``longest_run``: the longest run of consecutive sentences of A aligned to consecutive sentences of B
  (copied passages, not just a shared quotation);
* ``aligned``: every aligned pair ``((start_a, end_a), (start_b, end_b), similarity)`` as evidence.

This is sentence-level local alignment in the spirit of text-reuse detection
(Clough et al. 2002, METER corpus; Potthast et al. 2010, PAN plagiarism
detection), with TF-IDF cosine as the sentence similarity.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from .claims import sentence_table, similar_pairs

__all__ = ["ReusePair", "text_reuse", "REUSE_THRESHOLD", "REUSE_MIN_WORDS"]

# Chosen by measurement with benchmarks/reuse_threshold.py: 40 composed rewrites of news
# sentences (tests/data/compare_pairs.txt, kind "reuse") against 15 composed same-fact pairs
# written independently, 20 same-topic different-fact pairs and 3,000 random pairs of FactBank
# news sentences (../shared/data/szeged-uncertainty/factbank.xml). The largest non-reuse
# similarity was 0.475, the smallest reuse similarity 0.655; precision and recall are both 1.00
# from 0.50 to 0.65. 0.55 sits in the middle of that gap.
REUSE_THRESHOLD = 0.55

# Sentences shorter than this many words ("He declined to comment.", "Read more.")
# are identical across unrelated articles and say nothing about copying (framing's own choice).
REUSE_MIN_WORDS = 5


@dataclass(frozen=True, slots=True)
class ReusePair:
    """Reuse between two articles, with the aligned sentences as evidence.

    Attributes
    ----------
    a, b : str
        Article ids, ``a`` before ``b`` in corpus order.
    score : float
        Share of the sentences of both articles that have a near-duplicate in the other, 0..1.
    share_a, share_b : float
        The same share for each article alone.
    longest_run : int
        Longest run of consecutive sentences aligned in order.
    aligned : tuple
        ``((start_a, end_a), (start_b, end_b), similarity)`` per aligned sentence pair.
    """

    a: str
    b: str
    score: float
    share_a: float
    share_b: float
    longest_run: int
    aligned: tuple[tuple[tuple[int, int], tuple[int, int], float], ...]

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of ``framing compare`` (numbers rounded to 4 decimals).

        Examples
        --------
        >>> ReusePair("a", "b", 0.5, 0.5, 0.5, 1, (((0, 10), (0, 12), 0.91234),)).to_dict()["aligned"]
        [[[0, 10], [0, 12], 0.9123]]
        """
        return {"a": self.a, "b": self.b, "score": round(self.score, 4), "share_a": round(self.share_a, 4),
                "share_b": round(self.share_b, 4), "longest_run": self.longest_run,
                "aligned": [[list(sa), list(sb), round(sim, 4)] for sa, sb, sim in self.aligned]}


def _longest_run(pairs: set[tuple[int, int]]) -> int:
    best = 0
    for i, j in pairs:
        if (i - 1, j - 1) in pairs:
            continue  # not the start of a diagonal
        k = 1
        while (i + k, j + k) in pairs:
            k += 1
        best = max(best, k)
    return best


def text_reuse(analyses: Any, *, threshold: float = REUSE_THRESHOLD, min_words: int = REUSE_MIN_WORDS,
               min_score: float = 0.0) -> list[ReusePair]:
    """Find pairs of articles that share near-duplicate sentences.

    Parameters
    ----------
    analyses : Corpus, list of Article or Analysis
        The articles to compare.
    threshold : float
        Minimum sentence similarity for two sentences to be aligned (default ``REUSE_THRESHOLD``).
    min_words : int
        Sentences with fewer words are ignored (default ``REUSE_MIN_WORDS``).
    min_score : float
        Report only pairs with a score above this (default: every pair with at least one aligned sentence).

    Returns
    -------
    list of ReusePair
        Highest score first; pairs with nothing aligned are not listed.

    Examples
    --------
    >>> from framing import Article
    >>> a = Article("a", "A federal judge ordered the flights to turn around on Saturday. It rained in Ohio all week long.")
    >>> b = Article("b", "On Saturday a federal judge ordered the flights to turn around. Stocks rose in Tokyo on Monday morning.")
    >>> [(p.a, p.b, p.score, p.aligned[0][:2]) for p in text_reuse([a, b])]
    [('a', 'b', 0.5, ((0, 63), (0, 63)))]
    """
    # the same sentence table as find_claims (so the TF-IDF weights and vectors are shared),
    # short sentences dropped afterwards
    table = sentence_table(analyses)
    i, j, sims = similar_pairs(table.texts, table.article, threshold=threshold)
    long_enough = table.words >= min_words
    keep = long_enough[i] & long_enough[j] & table.same_event(i, j)  # reuse is looked for within an event
    i, j, sims = i[keep], j[keep], sims[keep]
    n_sent = np.bincount(table.article[long_enough], minlength=len(table.ids))
    rank = np.cumsum(long_enough) - 1  # index among the kept sentences, for runs of consecutive ones
    by_pair: dict[tuple[int, int], list[tuple[int, int, float]]] = {}
    for x, y, s in zip(i.tolist(), j.tolist(), sims.tolist()):
        ax, ay = int(table.article[x]), int(table.article[y])
        if ax > ay:
            ax, ay, x, y = ay, ax, y, x
        by_pair.setdefault((ax, ay), []).append((x, y, s))
    out = []
    for (ax, ay), found in by_pair.items():
        found.sort()
        matched_a = {x for x, _, _ in found}
        matched_b = {y for _, y, _ in found}
        na, nb = int(n_sent[ax]), int(n_sent[ay])
        score = (len(matched_a) + len(matched_b)) / (na + nb)
        if score <= min_score:
            continue
        run = _longest_run({(int(rank[x]), int(rank[y])) for x, y, _ in found})
        aligned = tuple(((int(table.starts[x]), int(table.ends[x])), (int(table.starts[y]), int(table.ends[y])), float(s))
                        for x, y, s in found)
        out.append(ReusePair(table.ids[ax], table.ids[ay], score, len(matched_a) / na, len(matched_b) / nb, run, aligned))
    where = {aid: k for k, aid in enumerate(table.ids)}
    out.sort(key=lambda p: (-p.score, where[p.a], where[p.b]))
    return out
