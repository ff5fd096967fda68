"""Candidate actors for a new event: frequent capitalised names and plural nouns across a corpus.

A user with a new corpus starts an ``actors.csv`` (see :mod:`framing.actors`) from
:func:`suggest_actors`: it lists candidates with their counts and outlets, to be
checked by hand and merged into actors with aliases. Split from
:mod:`framing.actors` (which re-exports it).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..text.layer import text_layer

if TYPE_CHECKING:  # pragma: no cover
    import pandas

__all__ = ["suggest_actors"]

# A capitalised run: names like "Nayib Bukele", "Tren de Aragua", "U.S. District Judge James E. Boasberg".
_NAME_RUN = re.compile(r"(?:[A-Z][\w’'.-]*[\w.]|[A-Z])(?:\s+(?:(?:de|del|la|los|of|van|von|al|bin)\s+)?(?:[A-Z][\w’'.-]*[\w.]|[A-Z]))*")
_NOUN_PHRASE = re.compile(r"(?<![\w’'-])(?P<head>[a-z]{2,}[a-rtv-z]s)(?![\w’'-])")
_HAS_WORD = re.compile(r"[^\W_]")
_POSSESSIVE_OR_DOT = re.compile(r"[’']s$|(?<![A-Z]\.[A-Z])\.$")
_LOWER_WORD = re.compile(r"(?<![\w’'-])[a-z][a-z-]+(?![\w’'-])")
_FUNCTION = frozenset("""a an the this that these those his her its their our my your he she it they we i you
    on in at by for from to of with as and but or if when after before while despite however meanwhile now
    then there here what who which where why how one two three four five six seven eight nine ten mr ms mrs
    january february march april may june july august september october november december monday tuesday
    wednesday thursday friday saturday sunday""".split())


def suggest_actors(corpus_or_analyses: Iterable[Any], *, n: int = 20, min_count: int = 2) -> pandas.DataFrame:
    """Suggest candidate actors: frequent capitalised names and plural noun phrases across a corpus.

    Rules: a *name* is a run of capitalised words (allowing lower-case
    particles such as ``de`` in *Tren de Aragua*) that is not only a
    sentence-initial function word; possessive ``’s`` is removed and leading
    function words are dropped. One capitalised word alone at the start of a
    sentence is a name only if the corpus never has it in lower case
    (``Migrants`` is then counted as the noun ``migrants``). A *noun* is a plural lower-case word (ending in *s*, not
    *ss*), counted as itself. ``Trump`` and ``Donald Trump`` are separate
    candidates: merge them as aliases of one actor. Only analysed sentences are
    read (boilerplate is skipped). A candidate is kept when seen ``min_count``
    times or in two outlets or more.

    Parameters
    ----------
    corpus_or_analyses : Corpus, iterable of Article or of Analysis
    n : int
        How many of each type (names, noun phrases) to return.
    min_count : int
        Drop candidates seen fewer times.

    Returns
    -------
    pandas.DataFrame
        ``candidate``, ``type`` (``name`` or ``noun``), ``count``, ``n_outlets``,
        ``outlets``; a start for an ``actors.csv`` (check every row by hand).

    Examples
    --------
    >>> from framing.corpus import Article
    >>> arts = [Article("a", "Maria Lopez met migrants. Lopez spoke to migrants.", outlet="X"),
    ...         Article("b", "Migrants waited for Maria Lopez.", outlet="Y")]
    >>> suggest_actors(arts, n=2)[["candidate", "type", "count", "outlets"]].values.tolist()
    [['Maria Lopez', 'name', 2, 'X, Y'], ['migrants', 'noun', 3, 'X, Y']]
    """
    import pandas as pd

    if isinstance(corpus_or_analyses, (str, Path)):
        raise TypeError("suggest_actors() takes a corpus (framing.load_corpus(path)) or a list of analyses, not a path")
    counts: Counter[tuple[str, str]] = Counter()
    outlets: dict[tuple[str, str], set[str]] = defaultdict(set)
    initial: list[tuple[str, str]] = []  # one capitalised word opening a sentence: name or common word?
    lower_words: set[str] = set()
    for item in corpus_or_analyses:
        if not hasattr(item, "text") and not hasattr(item, "article"):
            continue  # load / analysis errors
        layer = item.layer if hasattr(item, "layer") else text_layer(item.text, title=item.title)
        label = item.article.label if hasattr(item, "article") else item.label
        text = layer.text
        for sent in layer.sentences:
            for m in _NAME_RUN.finditer(text, sent.start, sent.end):
                words = _POSSESSIVE_OR_DOT.sub("", m.group()).split()
                while words and words[0].lower() in _FUNCTION:
                    words = words[1:]
                if not words or (len(words) == 1 and len(words[0]) < 3):
                    continue
                if len(words) == 1 and not _HAS_WORD.search(text, sent.start, m.start()):
                    initial.append((words[0], label))
                    continue
                key = ("name", " ".join(words))
                counts[key] += 1
                outlets[key].add(label)
            lower_words.update(_LOWER_WORD.findall(text, sent.start, sent.end))
            for m in _NOUN_PHRASE.finditer(text, sent.start, sent.end):
                head = m.group("head")
                if head in _FUNCTION:
                    continue
                key = ("noun", head)
                counts[key] += 1
                outlets[key].add(label)
    for word, label in initial:
        w = word.lower()
        if w not in lower_words:
            key = ("name", word)
        elif _NOUN_PHRASE.fullmatch(w) and w not in _FUNCTION:
            key = ("noun", w)
        else:
            continue
        counts[key] += 1
        outlets[key].add(label)
    rows = []
    for typ in ("name", "noun"):
        items = sorted(((k, c) for k, c in counts.items() if k[0] == typ and (c >= min_count or len(outlets[k]) > 1)),
                       key=lambda kc: (-kc[1], -len(outlets[kc[0]]), kc[0][1]))
        for (t, cand), c in items[:n]:
            rows.append((cand, t, c, len(outlets[(t, cand)]), ", ".join(sorted(outlets[(t, cand)]))))
    return pd.DataFrame(rows, columns=["candidate", "type", "count", "n_outlets", "outlets"])
