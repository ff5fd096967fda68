"""Sentence alignment across articles and shared claims (issue #6).

Sentences are compared with TF-IDF vectors (scikit-learn): word 1-2 grams and ``char_wb`` 3-5
grams, sublinear term frequency, each block L2-normalised and the two concatenated and
normalised again, so the dot product of two rows is their cosine similarity. The character
n-grams make the measure robust to inflection and small rewordings ("deported"/"deportation"),
the word bigrams reward shared phrasing.

No dense all-pairs matrix is ever built. Candidate pairs come from a sparse, chunked product of
*content-word* TF-IDF vectors (English stop words removed), keeping pairs whose content-word
cosine is at least ``CANDIDATE_THRESHOLD``; only those candidates are scored exactly on the full
word + character vectors. Memory is bounded by the chunk size; see ``benchmarks/compare_scale.py``.

Claims are the connected components of the graph whose edges are sentence pairs with similarity
>= ``CLAIM_THRESHOLD`` (single-link clustering of TF-IDF cosine, Salton & Buckley 1988). Lexical
similarity finds claims that outlets word alike (shared quotations, wire sentences, light
rewrites); the same fact written independently is mostly missed (see docs/compare.md). Single-link
grouping can chain on very large corpora, so every claim lists its sentences as evidence.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import numpy as np

from ..analyze import analyses_of

if TYPE_CHECKING:  # scipy is imported on first use: `import framing` stays light
    import scipy.sparse as sp

__all__ = ["SentenceTable", "Claim", "sentence_table", "similar_pairs", "find_claims",
           "CLAIM_THRESHOLD", "CANDIDATE_THRESHOLD"]

# Minimum content-word cosine for a pair to be scored at all. benchmarks/reuse_threshold.py checks
# that it loses nothing: on 3,230 sentences (FactBank and the labelled pairs) the 1,049 pairs with
# similarity >= 0.3 are the same with no candidate cut at all.
CANDIDATE_THRESHOLD = 0.2

# Two sentences state the same claim when their similarity is at least this. Chosen with
# benchmarks/reuse_threshold.py (positives: 40 composed rewrites + 15 composed same-fact pairs;
# negatives: 20 same-topic different-fact pairs + 3,000 random FactBank pairs): F1 is highest
# (0.842, precision 1.00, recall 0.727) from 0.50 to 0.65; we take the lowest.
CLAIM_THRESHOLD = 0.5

_ROLES = ("headline", "body")
_ASCII = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "„": '"', "«": '"', "»": '"',
                        "–": "-", "—": "-", "\u00a0": " "})
# Sentences never merge chunks larger than this many stored products (12 bytes each).
_CHUNK_NNZ = 4_000_000


def _prep(text: str) -> str:
    return text.translate(_ASCII).lower()


@dataclass(frozen=True)
class SentenceTable:
    """The sentences of several articles, flattened, with where they came from.

    Attributes
    ----------
    ids, labels : list of str
        Article id and outlet label (outlet name, else id) per article.
    article : numpy.ndarray
        Index into ``ids`` for each sentence.
    starts, ends : numpy.ndarray
        Character offsets of each sentence in its article's text.
    position : numpy.ndarray
        Relative position of the sentence in its article, 0 (first) to 1 (last).
    texts : list of str
        The sentence texts.
    words : numpy.ndarray
        Word count of each sentence.
    events : list of str
        The event of each article (``Article.event``; ``""`` without one).
    """

    ids: list[str]
    labels: list[str]
    article: np.ndarray
    starts: np.ndarray
    ends: np.ndarray
    position: np.ndarray
    texts: list[str]
    words: np.ndarray
    events: list[str] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.texts)

    def same_event(self, i: np.ndarray, j: np.ndarray) -> np.ndarray:
        """For sentence pairs ``(i, j)``: are their articles about the same event? (All True without events.)"""
        ev = np.unique(np.asarray(self.events, dtype=object), return_inverse=True)[1] if self.events else np.zeros(len(self.ids), np.int64)
        return ev[self.article[i]] == ev[self.article[j]]


def sentence_table(analyses: Any, *, roles: Sequence[str] = _ROLES, min_words: int = 1) -> SentenceTable:
    """Flatten the headline and body sentences of many analysed articles.

    Excluded boilerplate never appears (the text layer has no sentences there);
    subheadings are left out by default (``roles``). ``position`` is the
    sentence's index among the article's kept sentences divided by their number
    minus one (a single sentence is at 0).

    Examples
    --------
    >>> from framing import analyze
    >>> t = sentence_table([analyze("One thing happened. Then another one.")])
    >>> t.texts, t.position.tolist()
    (['One thing happened.', 'Then another one.'], [0.0, 1.0])
    """
    from ..text.layer import count_words

    ids, labels, art, starts, ends, pos, texts, words, events = [], [], [], [], [], [], [], [], []
    for k, an in enumerate(analyses_of(analyses)):
        ids.append(an.article.id)
        events.append(an.article.event)
        labels.append(an.article.label)
        text = an.article.text
        counted = [(s, count_words(text, s.start, s.end)) for s in an.layer.sentences if s.label in roles]
        kept = [(s, w) for s, w in counted if w >= min_words]
        denom = max(len(kept) - 1, 1)
        for i, (s, w) in enumerate(kept):
            words.append(w)
            art.append(k)
            starts.append(s.start)
            ends.append(s.end)
            pos.append(i / denom)
            texts.append(text[s.start:s.end])
    return SentenceTable(ids, labels, np.asarray(art, dtype=np.int64), np.asarray(starts, dtype=np.int64),
                         np.asarray(ends, dtype=np.int64), np.asarray(pos, dtype=float), texts,
                         np.asarray(words, dtype=np.int64), events)


_LAST: list[Any] = []  # (texts, vectors) of the last call: claims and reuse of one corpus share it
_PAIRS: list[Any] = []  # the last call of similar_pairs and its answer


def _vectors(texts: list[str]) -> tuple[sp.csr_matrix, sp.csr_matrix | None, np.ndarray]:
    """(full word+char TF-IDF, content-word TF-IDF or None, index of each text's row), one row per distinct text.

    Identical sentences (after quote/dash normalisation and lower-casing) are
    vectorised once: wire copy repeats sentences verbatim, and a repeated
    sentence should not make its own words look common (IDF over distinct sentences).
    """
    if _LAST and _LAST[0][0] == texts:
        return _LAST[0][1]
    import scipy.sparse as sp
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.preprocessing import normalize

    uniq, inverse = np.unique(np.array([_prep(t) for t in texts], dtype=object), return_inverse=True)
    uniq = uniq.tolist()
    word = TfidfVectorizer(lowercase=False, ngram_range=(1, 2), sublinear_tf=True, dtype=np.float32)
    char = TfidfVectorizer(lowercase=False, analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True, dtype=np.float32)
    blocks = []
    for vec in (word, char):
        try:
            blocks.append(vec.fit_transform(uniq))
        except ValueError:  # empty vocabulary: no words at all
            pass
    inverse = np.asarray(inverse, dtype=np.int64).ravel()
    if not blocks:
        out: tuple[sp.csr_matrix, sp.csr_matrix | None, np.ndarray] = (sp.csr_matrix((len(uniq), 1), dtype=np.float32), None, inverse)
    else:
        full = normalize(sp.hstack(blocks).tocsr())
        content = TfidfVectorizer(lowercase=False, stop_words="english", sublinear_tf=True, dtype=np.float32)
        try:
            cw = content.fit_transform(uniq).tocsr()
        except ValueError:
            cw = None
        out = (full, cw, inverse)
    _LAST[:] = [(list(texts), out)]
    return out


def similar_pairs(texts: Sequence[str], groups: Sequence[int] | np.ndarray, *, threshold: float,
                  same_group: bool = False, candidate_threshold: float = CANDIDATE_THRESHOLD) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """All sentence pairs ``i < j`` with cosine similarity >= ``threshold``, in sparse, bounded memory.

    Parameters
    ----------
    texts : sequence of str
        The sentences.
    groups : sequence of int
        Article index per sentence; pairs inside one group are skipped unless ``same_group``.
    threshold : float
        Minimum similarity (word 1-2 gram + char_wb 3-5 gram TF-IDF cosine).
    candidate_threshold : float
        Minimum content-word cosine for a pair to be scored (see module docstring).

    Returns
    -------
    (i, j, similarity) : three numpy arrays, sorted by ``i`` then ``j``.

    Examples
    --------
    >>> i, j, s = similar_pairs(["The judge halted the flights.", "The judge halted the flights on Saturday.",
    ...                          "Markets fell sharply."], [0, 1, 2], threshold=0.5)
    >>> i.tolist(), j.tolist(), bool(s[0] > 0.7)
    ([0], [1], True)
    """
    if isinstance(texts, str):
        raise TypeError("similar_pairs() takes a sequence of sentences, not one str")
    texts = list(texts)
    groups = np.asarray(groups, dtype=np.int64)
    if len(groups) != len(texts):
        raise ValueError(f"groups has {len(groups)} entries for {len(texts)} texts")
    last = _PAIRS[0] if _PAIRS else None
    if (last and last[2] == candidate_threshold and (last[3] or not same_group) and last[4] <= threshold
            and last[0] == texts and np.array_equal(last[1], groups)):
        # a stricter query on the same sentences (reuse after claims): filter the last answer
        i, j, sims = last[5]
        keep = (sims >= threshold) & ((groups[i] != groups[j]) | same_group)
        return i[keep], j[keep], sims[keep]
    out = _similar_pairs(texts, groups, threshold, same_group, candidate_threshold)
    _PAIRS[:] = [(texts, groups.copy(), candidate_threshold, same_group, threshold, out)]  # copies: callers may mutate
    return out[0].copy(), out[1].copy(), out[2].copy()


def _similar_pairs(texts: list[str], groups: np.ndarray, threshold: float, same_group: bool,
                   candidate_threshold: float) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    empty = (np.empty(0, np.int64), np.empty(0, np.int64), np.empty(0, float))
    n = len(texts)
    if n < 2:
        return empty
    full, cw_u, inverse = _vectors(texts)
    if cw_u is None:
        return empty
    cw = cw_u[inverse]
    cwt = cw.T.tocsr()
    chunk = int(min(n, max(16, _CHUNK_NNZ // n)))
    rows, cols = [], []
    for lo in range(0, n, chunk):
        prod = (cw[lo:lo + chunk] @ cwt).tocoo()
        r = prod.row.astype(np.int64) + lo
        c = prod.col.astype(np.int64)
        keep = (prod.data >= candidate_threshold) & (r < c)
        if not same_group:
            keep &= groups[r] != groups[c]
        rows.append(r[keep])
        cols.append(c[keep])
    i = np.concatenate(rows) if rows else empty[0]
    j = np.concatenate(cols) if cols else empty[1]
    # score each distinct pair of distinct texts once; a text and its verbatim copy score 1
    ui, uj = inverse[i], inverse[j]
    lo_u, hi_u = np.minimum(ui, uj), np.maximum(ui, uj)
    keys, back = np.unique(lo_u * len(inverse) + hi_u, return_inverse=True)
    ka, kb = keys // len(inverse), keys % len(inverse)
    vals = np.empty(len(keys), dtype=float)
    for lo in range(0, len(keys), 50_000):
        a, b = ka[lo:lo + 50_000], kb[lo:lo + 50_000]
        vals[lo:lo + 50_000] = np.asarray(full[a].multiply(full[b]).sum(axis=1)).ravel()
    vals[ka == kb] = 1.0
    sims = vals[np.asarray(back).ravel()] if len(keys) else np.empty(0, dtype=float)
    keep = sims >= threshold
    i, j, sims = i[keep], j[keep], np.minimum(sims[keep], 1.0)
    order = np.lexsort((j, i))
    return i[order], j[order], sims[order]


def _shorten(text: str, width: int = 80) -> str:
    text = " ".join(text.split())
    if len(text) <= width:
        return text
    cut = text[: width - 1]
    if " " in cut[width // 2:]:
        cut = cut[: cut.rfind(" ")]
    return cut.rstrip(" ,;:") + "…"


@dataclass(frozen=True, slots=True)
class Claim:
    """A group of sentences from different articles that state the same thing.

    Attributes
    ----------
    id : str
        ``"C1"``, ``"C2"`` ... numbered by first appearance (article order, then position).
    label : str
        The most central sentence (largest summed similarity to the others), shortened to ~80 characters.
    outlets : tuple of str
        Outlet labels covering the claim, in corpus order.
    positions : dict
        Outlet label -> relative position (0..1) of its first sentence in the claim.
    sentences : tuple
        ``(article_id, start, end)`` of every sentence in the claim.
    event : str
        The event of its articles (claims never join articles of different events).
    """

    id: str
    label: str
    outlets: tuple[str, ...]
    positions: dict[str, float]
    sentences: tuple[tuple[str, int, int], ...]
    event: str = ""

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of ``framing compare``.

        Examples
        --------
        >>> Claim("C1", "A label", ("X",), {"X": 0.5}, (("a", 0, 7),)).to_dict()["sentences"]
        [['a', 0, 7]]
        """
        return {"id": self.id, "label": self.label, "outlets": list(self.outlets),
                "positions": {k: round(v, 4) for k, v in self.positions.items()},
                "sentences": [[a, s, e] for a, s, e in self.sentences], **({"event": self.event} if self.event else {})}


def find_claims(analyses: Any, *, threshold: float = CLAIM_THRESHOLD, min_outlets: int = 1) -> list[Claim]:
    """Group the headline and body sentences of several articles into claims.

    Parameters
    ----------
    analyses : Corpus, list of Article or Analysis
        The articles; with an ``event`` column, sentences are joined only within an event.
    threshold : float
        Minimum sentence similarity for an edge of the claim graph (default ``CLAIM_THRESHOLD``).
    min_outlets : int
        Keep claims covered by at least this many outlets (1 keeps what one outlet alone reports).
        Claim ids are the same whatever ``min_outlets`` is (there are gaps when some are left out).

    Returns
    -------
    list of Claim

    Examples
    --------
    >>> from framing import Article
    >>> arts = [Article("a", "The judge halted the flights on Saturday. Rain fell.", outlet="X"),
    ...         Article("b", "On Saturday the judge halted the flights.", outlet="Y")]
    >>> [(c.id, c.outlets) for c in find_claims(arts)]
    [('C1', ('X', 'Y')), ('C2', ('X',))]
    """
    import scipy.sparse as sp
    from scipy.sparse.csgraph import connected_components

    table = sentence_table(analyses)
    n = len(table)
    if n == 0:
        return []
    i, j, s = similar_pairs(table.texts, table.article, threshold=threshold, same_group=True)
    keep = table.same_event(i, j)  # a claim is made within one event
    i, j, s = i[keep], j[keep], s[keep]
    graph = sp.coo_matrix((s, (i, j)), shape=(n, n)).tocsr()
    _, comp = connected_components(graph, directed=False)
    centrality = np.asarray(graph.sum(axis=0)).ravel() + np.asarray(graph.sum(axis=1)).ravel()
    members: dict[int, list[int]] = {}
    for k in range(n):  # sentences are in article order, then text order
        members.setdefault(int(comp[k]), []).append(k)
    order_of = {lab: k for k, lab in reversed(list(enumerate(table.labels)))}
    claims = []
    for number, idx in enumerate(members.values(), start=1):  # numbered before filtering: ids do not depend on min_outlets
        outlets: dict[str, float] = {}
        for k in idx:
            lab = table.labels[table.article[k]]
            outlets[lab] = min(outlets.get(lab, 2.0), float(table.position[k]))
        if len(outlets) < min_outlets:
            continue
        order = sorted(outlets, key=order_of.__getitem__)
        best = max(idx, key=lambda k: (centrality[k], -k))
        claims.append(Claim(f"C{number}", _shorten(table.texts[best]), tuple(order),
                            {o: outlets[o] for o in order},
                            tuple((table.ids[table.article[k]], int(table.starts[k]), int(table.ends[k])) for k in idx),
                            table.events[table.article[idx[0]]]))
    return claims
