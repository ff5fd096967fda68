"""The per-article pipeline: text layer, then every scorer, as one :class:`Analysis`.

``Analysis.to_dict()`` is exactly the JSON object that ``framing analyze``
writes for an article (one line of JSONL), so the CLI, the notebooks and the
tests all see the same thing.
"""

from __future__ import annotations

import traceback
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from .attribution import attributions as find_attributions
from .attribution import score_attributions
from .corpus import Article, LoadError, check_text
from .hedging import hedges as find_hedges
from .language import language_warning
from .hedging import score_hedges
from .sentiment import score_sentiment, sentence_sentiment
from .text import TextLayer, text_layer

__all__ = ["Analysis", "AnalysisError", "analyze", "analyze_many"]


@dataclass(frozen=True)
class Analysis:
    """Everything found in one article, with per-article scores.

    Attributes
    ----------
    article : Article
    layer : TextLayer
        Sentences, quotation regions, excluded boilerplate.
    hedges, attributions, sentences : tuple
        The evidence: each item carries character offsets into ``article.text``.
    scores : dict
        Flat per-article measures (hedge densities, sentiment by voice, source
        counts ...), documented in the README's "Columns" section.
    """

    article: Article
    layer: TextLayer
    hedges: tuple[Any, ...] = ()
    attributions: tuple[Any, ...] = ()
    sentences: tuple[Any, ...] = ()
    scores: Mapping[str, Any] = field(default_factory=dict)

    @property
    def id(self) -> str:
        return self.article.id

    @property
    def text(self) -> str:
        return self.article.text

    def to_dict(self) -> dict[str, Any]:
        """The JSONL object of ``framing analyze`` for this article."""
        a = self.article
        return {
            "id": a.id,
            "source": a.source,
            "outlet": a.outlet,
            "title": a.title,
            "text_length": len(a.text),
            "excluded": [[e.start, e.end, e.label] for e in self.layer.excluded],
            "paragraphs": [[p.start, p.end, p.label] for p in self.layer.paragraphs],
            "sentences": [s.to_dict() for s in self.sentences] if self.sentences else
                         [{"start": s.start, "end": s.end, "role": s.label} for s in self.layer.sentences],
            "quotes": [q.to_dict() for q in self.layer.quotes],
            "hedges": [h.to_dict() for h in self.hedges],
            "attributions": [t.to_dict() for t in self.attributions],
            "scores": dict(self.scores),
            "warnings": list(self.warnings),
        }

    @property
    def warnings(self) -> list[str]:
        out = []
        if self.layer.stray_marks:
            out.append(f"{len(self.layer.stray_marks)} closing quotation mark(s) with no opening mark")
        n_unbal = sum(q.unbalanced for q in self.layer.quotes)
        if n_unbal:
            out.append(f"{n_unbal} quotation(s) never closed; closed at the paragraph end")
        if "replacements" in self.article.metadata:
            out.append(f"{len(self.article.metadata['replacements'])} undecodable byte sequence(s) replaced by U+FFFD")
        if not self.layer.sentences:
            out.append("no analysable sentences (all lines excluded as boilerplate?)")
        lang = language_warning(self.article.text, metadata=self.article.metadata)
        if lang:
            out.append(lang)
        return out


@dataclass(frozen=True, slots=True)
class AnalysisError:
    """An input that ended as an error row instead of a result."""

    id: str | None
    source: str
    error: str

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "source": self.source, "error": self.error}


def analyze(article: Article | str, *, title: str | None = None, hedge_lexicon: Any = None,
            verb_lexicon: Any = None, role_lexicon: Any = None) -> Analysis:
    """Analyse one article: text layer, attributions, hedges, sentence sentiment, scores.

    Parameters
    ----------
    article : Article or str
        An :class:`~framing.Article`, or the text of one article.
    title : str, optional
        Headline, when ``article`` is a plain string.
    hedge_lexicon, verb_lexicon, role_lexicon : optional
        Lexicons to use instead of the packaged ones (see :func:`framing.load_hedge_lexicon`).

    Returns
    -------
    Analysis

    Examples
    --------
    >>> a = analyze("Officials said the plan was “a disaster.”")
    >>> q = a.to_dict()["quotes"][0]
    >>> (q["start"], q["end"], a.text[q["start"]:q["end"]])
    (28, 41, '“a disaster.”')
    """
    if isinstance(article, str):
        article = Article("text", article, title=title)
    elif not isinstance(article, Article):
        kind = type(article).__name__
        hint = " Use framing.analyze_many(corpus) or framing.score_corpus(corpus) for many articles." if isinstance(article, Iterable) else ""
        raise TypeError(f"analyze() takes one article (an Article or a str), not a {kind}.{hint}")
    layer = text_layer(article.text, title=article.title)
    attrs = tuple(find_attributions(layer, verbs=verb_lexicon, roles=role_lexicon))
    hedge_list = tuple(find_hedges(layer, lexicon=hedge_lexicon, attributions=attrs))
    sents = tuple(sentence_sentiment(layer, hedges=hedge_list, attributions=attrs))
    words = layer.words_by_voice()
    scores: dict[str, Any] = {
        "n_sentences": len(layer.sentences),
        "n_quotes": sum(1 for q in layer.quotes if q.depth == 0),
        "n_excluded_lines": len(layer.excluded),
        "words_author": words["author"],
        "words_quoted": words["quoted"],
    }
    scores.update(score_hedges(hedge_list, layer))
    scores.update(score_attributions(attrs, layer))
    scores.update(score_sentiment(sents, layer))
    return Analysis(article, layer, hedge_list, attrs, sents, scores)


def analyze_many(items: Iterable[Article | LoadError], **options: Any) -> Iterator[Analysis | AnalysisError]:
    """Analyse a stream of articles, yielding one result or error per input, in order.

    A :class:`~framing.LoadError` passes through as an :class:`AnalysisError`; an
    article whose analysis raises becomes an :class:`AnalysisError` naming the
    exception, and the stream goes on.

    Examples
    --------
    >>> [type(r).__name__ for r in analyze_many([Article("a", "It rained."), Article("b", " ")])]
    ['Analysis', 'AnalysisError']
    """
    for item in items:
        if isinstance(item, LoadError):
            yield AnalysisError(item.id, item.source, str(item))
            continue
        problem = check_text(item.text)
        if problem:
            yield AnalysisError(item.id, item.source, f"{item.source}: {problem}")
            continue
        try:
            yield analyze(item, **options)
        except Exception as exc:  # noqa: BLE001 - one bad article must not stop a batch
            where = traceback.extract_tb(exc.__traceback__)[-1]
            yield AnalysisError(item.id, item.source, f"analysis failed: {type(exc).__name__}: {exc} (at {where.filename.rsplit('/', 1)[-1]}:{where.lineno})")
