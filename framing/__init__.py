"""framing: show, with evidence, how news outlets frame the same event."""

from .corpus import Article, Corpus, CorpusError, LoadError, iter_corpus, load_corpus
from .analyze import Analysis, AnalysisError, analyze, analyze_many
from .batch import analyze_files, analyze_frame
from .display import highlight_html
from .figures import exclusions_table, headlines_table, overview_table
from .plots import save_figure
from .lexicon import LexiconError
from .spans import Span
from .text import TextLayer, text_layer

__version__ = "0.1.0"

__all__ = [
    "Analysis",
    "AnalysisError",
    "analyze",
    "analyze_many",
    "analyze_files",
    "analyze_frame",
    "highlight_html",
    "exclusions_table",
    "headlines_table",
    "overview_table",
    "save_figure",
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
