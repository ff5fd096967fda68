"""Tidy tables of claim coverage and text reuse, one row per observation (issue #6).

:func:`framing.find_claims` and :func:`framing.text_reuse` return frozen objects
with spans; notebooks and plotting libraries want long DataFrames. These are
those tables, with the sentences' text beside their offsets, so a reader can
check every row against the article.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import numpy as np

from ..analyze import analyses_of
from .claims import CLAIM_THRESHOLD, Claim, find_claims, sentence_table
from .reuse import REUSE_MIN_WORDS, REUSE_THRESHOLD, text_reuse

if TYPE_CHECKING:  # pragma: no cover
    import pandas

__all__ = ["claim_matrix", "claims_table", "reuse_table", "CLAIMS_COLUMNS", "REUSE_COLUMNS", "REUSE_SENTENCE_COLUMNS"]

CLAIMS_COLUMNS = ["claim", "label", "n_outlets", "outlet", "status", "position", "id", "start", "end", "sentence"]
REUSE_COLUMNS = ["a", "b", "outlet_a", "outlet_b", "score", "share_a", "share_b", "longest_run", "n_aligned"]
REUSE_SENTENCE_COLUMNS = ["a", "b", "outlet_a", "outlet_b", "score", "start_a", "end_a", "start_b", "end_b",
                          "similarity", "text_a", "text_b"]


def claims_table(analyses: Any, *, threshold: float = CLAIM_THRESHOLD, min_outlets: int = 1) -> pandas.DataFrame:
    """The claim matrix in long form: one row per claim and outlet, omissions included.

    Parameters
    ----------
    analyses : Corpus, path, or list of Article / Analysis
    threshold, min_outlets
        As for :func:`framing.find_claims`.

    Returns
    -------
    pandas.DataFrame
        Columns :data:`CLAIMS_COLUMNS`, described below.

    claim, label
        Claim id (``C1`` ...) and its readable label (the most central sentence, shortened).
    n_outlets
        Outlets that report the claim.
    outlet
        Every outlet with an article about the claim's event (all outlets without an ``event``
        column), in corpus order, for every claim.
    status
        ``"shared"`` (this outlet and at least one other report it), ``"alone"`` (only this
        outlet reports it) or ``"omitted"`` (the claim is in other outlets, not in this one).
    position
        Where the outlet first states the claim: its sentence's index among the article's
        headline and body sentences / (their number - 1), 0 = first, 1 = last; NaN when omitted.
    id, start, end, sentence
        That first sentence: article id, character offsets into the article text, and text
        (missing when omitted).

    Examples
    --------
    >>> from framing import Article
    >>> arts = [Article("a", "The judge halted the flights on Saturday. Rain fell.", outlet="X"),
    ...         Article("b", "On Saturday the judge halted the flights.", outlet="Y")]
    >>> claims_table(arts)[["claim", "outlet", "status", "position", "start", "end"]].values.tolist()
    [['C1', 'X', 'shared', 0.0, 0, 41], ['C1', 'Y', 'shared', 0.0, 0, 41], ['C2', 'X', 'alone', 1.0, 42, 52], ['C2', 'Y', 'omitted', nan, <NA>, <NA>]]
    """
    import pandas as pd

    items = analyses_of(analyses)
    label_of = {a.article.id: a.article.label for a in items}
    text_of = {a.article.id: a.article.text for a in items}
    outlets_of: dict[str, list[str]] = {}  # per event: the outlets with an article about it (omission is within an event)
    for a in items:
        outlets_of.setdefault(a.article.event, [])
        if a.article.label not in outlets_of[a.article.event]:
            outlets_of[a.article.event].append(a.article.label)
    rows = []
    for c in find_claims(items, threshold=threshold, min_outlets=min_outlets):
        first: dict[str, tuple[str, int, int]] = {}
        for aid, s, e in c.sentences:  # article order, then text order: the first one per outlet is its earliest
            first.setdefault(label_of[aid], (aid, s, e))
        for o in outlets_of[c.event]:
            if o in first:
                aid, s, e = first[o]
                rows.append([c.id, c.label, len(c.outlets), o, "alone" if len(c.outlets) == 1 else "shared",
                             c.positions[o], aid, s, e, text_of[aid][s:e]])
            else:
                rows.append([c.id, c.label, len(c.outlets), o, "omitted", np.nan, None, None, None, None])
    df = pd.DataFrame(rows, columns=CLAIMS_COLUMNS)
    for col in ("start", "end"):
        df[col] = df[col].astype("Int64")
    return df


def reuse_table(analyses: Any, *, sentences: bool = False, threshold: float = REUSE_THRESHOLD,
                min_words: int = REUSE_MIN_WORDS) -> pandas.DataFrame:
    """Text reuse as a tidy table: one row per pair of articles, or per aligned sentence pair.

    Only pairs with at least one aligned sentence are listed (a pair that is absent
    shares nothing), highest score first, as :func:`framing.text_reuse` returns them.

    Parameters
    ----------
    analyses : Corpus, path, or list of Article / Analysis
    sentences : bool
        One row per aligned sentence pair instead of one per pair of articles.
    threshold, min_words
        As for :func:`framing.text_reuse`.

    Returns
    -------
    pandas.DataFrame
        Columns :data:`REUSE_COLUMNS` (or :data:`REUSE_SENTENCE_COLUMNS`), described below.

    a, b, outlet_a, outlet_b
        Article ids (``a`` first in corpus order) and their outlet labels.
    score, share_a, share_b
        Share (0-1) of both articles' sentences / of each article's sentences with a near-duplicate.
    longest_run
        Longest run of consecutive sentences aligned in order.
    n_aligned
        Aligned sentence pairs (``sentences=False`` only).

    With ``sentences=True``: ``a, b, outlet_a, outlet_b, score`` as above, then

    start_a, end_a, start_b, end_b
    start_a, end_a, start_b, end_b
        Offsets of the two aligned sentences in their articles' texts.
    similarity
        Their TF-IDF cosine similarity (>= ``threshold``).
    text_a, text_b
        The two sentences.

    Examples
    --------
    >>> from framing import Article
    >>> a = Article("a", "A federal judge ordered the flights to turn around on Saturday. It rained in Ohio all week long.")
    >>> b = Article("b", "On Saturday a federal judge ordered the flights to turn around. Stocks rose in Tokyo on Monday morning.")
    >>> reuse_table([a, b])[["a", "b", "score", "longest_run", "n_aligned"]].values.tolist()
    [['a', 'b', 0.5, 1, 1]]
    >>> reuse_table([a, b], sentences=True)[["start_a", "end_a", "text_b"]].values.tolist()
    [[0, 63, 'On Saturday a federal judge ordered the flights to turn around.']]
    """
    import pandas as pd

    items = analyses_of(analyses)
    by_id = {a.article.id: a.article for a in items}
    rows = []
    for p in text_reuse(items, threshold=threshold, min_words=min_words):
        x, y = by_id[p.a], by_id[p.b]
        head = [p.a, p.b, x.label, y.label, p.score]
        if not sentences:
            rows.append(head + [p.share_a, p.share_b, p.longest_run, len(p.aligned)])
            continue
        for (sa, ea), (sb, eb), sim in p.aligned:
            rows.append(head + [sa, ea, sb, eb, sim, x.text[sa:ea], y.text[sb:eb]])
    return pd.DataFrame(rows, columns=REUSE_SENTENCE_COLUMNS if sentences else REUSE_COLUMNS)


def claim_matrix(claims_or_analyses: Any, *, value: str = "position", threshold: float = CLAIM_THRESHOLD,
                 min_outlets: int = 1) -> pandas.DataFrame:
    """Outlet x claim table: first position (0..1) of each claim, NaN where the outlet omits it.

    Parameters
    ----------
    claims_or_analyses : list of Claim, or anything :func:`find_claims` takes
    value : {"position", "included"}
        ``"included"`` gives booleans instead of positions.

    Examples
    --------
    >>> from framing import Article
    >>> arts = [Article("a", "The judge halted the flights on Saturday. Rain fell.", outlet="X"),
    ...         Article("b", "On Saturday the judge halted the flights.", outlet="Y")]
    >>> claim_matrix(arts, value="included")
    claim     C1     C2
    outlet
    X       True   True
    Y       True  False
    """
    import pandas as pd

    if value not in ("position", "included"):
        raise ValueError(f"value must be 'position' or 'included', not {value!r}")
    items = list(claims_or_analyses) if not isinstance(claims_or_analyses, (str, bytes)) else None
    if items is None:
        raise TypeError("claim_matrix() takes claims or articles, not a str")
    if items and all(isinstance(c, Claim) for c in items):
        claims = [c for c in items if len(c.outlets) >= min_outlets]
        outlets = list(dict.fromkeys(o for c in claims for o in c.outlets))
    else:
        items = analyses_of(items)
        claims = find_claims(items, threshold=threshold, min_outlets=min_outlets)
        outlets = list(dict.fromkeys(sentence_table(items).labels)) if items else []
    data = {c.id: [c.positions.get(o, np.nan) for o in outlets] for c in claims}
    frame = pd.DataFrame(data, index=pd.Index(outlets, name="outlet"), columns=pd.Index([c.id for c in claims], name="claim"))
    return frame.notna() if value == "included" else frame.astype(float)
