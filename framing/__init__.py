"""framing: show, with evidence, how news outlets frame the same event."""

from .corpus import Article, Corpus, CorpusError, LoadError, iter_corpus, load_corpus
from .lexicon import LexiconError
from .spans import Span
from .text import TextLayer, text_layer

__version__ = "0.1.0"

__all__ = [
    "Article",
    "Corpus",
    "CorpusError",
    "LexiconError",
    "LoadError",
    "Span",
    "TextLayer",
    "iter_corpus",
    "load_corpus",
    "text_layer",
]
