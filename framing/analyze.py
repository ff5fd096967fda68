"""The per-article pipeline: text layer, then every scorer, as one :class:`Analysis`.

``Analysis.to_dict()`` is exactly the JSON object that ``framing analyze``
writes for an article (one line of JSONL), so the CLI, the notebooks and the
tests all see the same thing.
"""

from __future__ import annotations

import traceback
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .attribution.find import attributions as find_attributions
from .attribution.score import score_attributions
from .corpus import Article, Corpus, LoadError, check_text, iter_corpus
from .hedging.find import hedges as find_hedges
from .hedging.score import score_hedges
from .sentiment.score import score_sentiment
from .sentiment.sentences import sentence_sentiment
from .text.language import language_warning
from .text.layer import TextLayer, text_layer
from .text.syntax import Syntax, check_ud_labels
from .text.voices import Voices

__all__ = ["Analysis", "AnalysisError", "analyze", "analyze_many", "analyses_of", "results_of", "analyze_corpus"]


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
        counts ...), documented in docs/compare.md (the profile) and the pages of each scorer.
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
        # the text of a saved web page is trafilatura's extraction, not the file: it goes with its offsets
        text = {"text": a.text} if a.metadata.get("extracted_from") == "html" else {}
        return {
            "id": a.id,
            "source": a.source,
            "outlet": a.outlet,
            "title": a.title,
            "text_length": len(a.text),
            **text,
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
            verb_lexicon: Any = None, role_lexicon: Any = None, nlp: Any = None) -> Analysis:
    """Analyse one article: text layer, attributions, hedges, sentence sentiment, scores.

    Parameters
    ----------
    article : Article or str
        An :class:`~framing.Article`, or the text of one article.
    title : str, optional
        Headline, when ``article`` is a plain string.
    hedge_lexicon, verb_lexicon, role_lexicon : optional
        Lexicons to use instead of the packaged ones (see :func:`framing.load_hedge_lexicon`).
    nlp : spacy.language.Language, optional
        The pipeline for the article's parses (a UD parser, checked by
        :func:`framing.text.syntax.check_ud_labels`; default: the shipped model,
        :func:`framing.load_pipeline`). One :class:`~framing.text.Syntax` is built per article and
        shared by the analysers; sentences are parsed only when one asks.

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
    if nlp is not None:
        check_ud_labels(nlp)
    syntax = Syntax(layer, nlp)
    attrs = tuple(find_attributions(layer, verbs=verb_lexicon, roles=role_lexicon, syntax=syntax))
    voices = Voices.of(layer, attrs)
    hedge_list = tuple(find_hedges(layer, lexicon=hedge_lexicon, attributions=attrs, syntax=syntax, voices=voices))
    # a scare quote is the outlet's own word held at a distance: author voice for sentences and sentiment
    voices = voices.for_hedges(hedge_list)
    sents = tuple(sentence_sentiment(layer, hedges=hedge_list, attributions=attrs, voices=voices))
    words = voices.words_by_voice()
    scores: dict[str, Any] = {
        "n_sentences": len(layer.sentences),
        "n_quotes": sum(1 for q in layer.quotes if q.depth == 0),
        "n_excluded_lines": len(layer.excluded),
        "words_author": words["author"],
        "words_quoted": words["quoted"],
        "words_reported": words["reported"],
    }
    scores.update(score_hedges(hedge_list, layer, voices=voices))
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


def results_of(items: Any) -> list[Analysis | AnalysisError]:
    """Analysis or AnalysisError for every item, in order (articles and texts are analysed here).

    Takes what :func:`analyses_of` takes; keeps the error rows.
    """
    if isinstance(items, (str, bytes)):
        raise TypeError("expected a corpus or a list of articles, not one str; "
                        "use framing.load_corpus(path) for a folder, or pass a list of texts")
    if isinstance(items, (Corpus, Path)):
        return analyze_corpus(items)
    if isinstance(items, (Analysis, Article)):
        items = [items]
    out: list[Analysis | AnalysisError] = []
    for k, item in enumerate(items):
        if isinstance(item, str):
            item = Article(str(k), item)
        if isinstance(item, (Article, LoadError)):
            out.extend(analyze_many([item]))
        elif isinstance(item, (Analysis, AnalysisError)):
            out.append(item)
        else:
            raise TypeError(f"item {k} is a {type(item).__name__}; expected an Article, Analysis or str")
    return out


def analyses_of(items: Any) -> list[Analysis]:
    """The :class:`~framing.Analysis` objects of a corpus, path, or list of articles, analyses or texts.

    Articles are analysed here; inputs that fail (:class:`~framing.AnalysisError`)
    are left out: :func:`score_corpus` and ``framing compare`` report them.

    Examples
    --------
    >>> [a.id for a in analyses_of(["One text.", "  ", "Another text."])]
    ['0', '2']
    """
    return [r for r in results_of(items) if isinstance(r, Analysis)]


def analyze_corpus(corpus: Corpus | str | Path | Iterable[Article], *, encoding_errors: str = "strict",
                   **options: Any) -> list[Analysis | AnalysisError]:
    """Analyse every article of a corpus, in order; inputs that fail become :class:`~framing.AnalysisError`.

    Parameters
    ----------
    corpus : Corpus, path, or iterable of Article
        A loaded corpus (its load errors are appended as error rows) or a path for :func:`framing.load_corpus`.
    **options
        Passed to :func:`framing.analyze` (e.g. ``hedge_lexicon``).

    Examples
    --------
    >>> from framing import Article
    >>> [type(r).__name__ for r in analyze_corpus([Article("a", "One."), Article("b", " ")])]
    ['Analysis', 'AnalysisError']
    """
    if isinstance(corpus, (str, Path)):
        items: Iterable[Any] = iter_corpus(corpus, encoding_errors=encoding_errors)  # type: ignore[arg-type]
    elif isinstance(corpus, Corpus):
        items = [*corpus.articles, *corpus.errors]
    elif isinstance(corpus, Article):
        raise TypeError("analyze_corpus() takes many articles; use framing.analyze(article) for one")
    else:
        items = corpus
    return list(analyze_many(items, **options))
