"""framing: show, with evidence, how news outlets frame the same event."""

from .corpus import Article, Corpus, CorpusError, LoadError, iter_corpus, load_corpus
from .lexicon import LexiconError
from .text import Span, Syntax, TextLayer, english_share, language_warning, load_pipeline, text_layer
from .hedging import HEDGE_CATEGORIES, Hedge, hedges, load_hedge_lexicon, score_hedges
from .attribution import Attribution, attributions, load_reporting_verbs, load_roles, score_attributions
from .sentiment import Segment, SentenceSentiment, score_sentiment, sentence_sentiment
from .actors import (Actor, ActorMention, AgencyRole, Label, actor_agency, actor_labels, actor_sentiment, agency_roles,
                     find_actor_mentions, find_labels, label_table, load_actors, suggest_actors)
from .analyze import Analysis, AnalysisError, analyze, analyze_corpus, analyze_many
from .tables import attributions_table, hedges_table, sentences_table, speaker_shares, speakers_table
from .compare import (Reading, available_measures, bootstrap_ci, claim_matrix, claims_table, describe_columns,
                      find_claims, pairwise_tests, permutation_test, plain_reading, profile_with_ci, reuse_table,
                      score_corpus, text_reuse, who_speaks)
from .compare import accessor as _accessor  # noqa: F401 - registers the df.framing pandas accessor
from .batch import analyze_files, analyze_frame
from .viz.display import highlight_html

__version__ = "0.1.0"

# Drawing needs matplotlib (half a second to import); ``framing analyze`` and its worker
# processes never draw, so the figure helpers and the figure modules load on first use.
_FIGURE_NAMES = ("exclusions_table", "headlines_table", "overview_table")


def __getattr__(name: str) -> object:
    """``framing.overview_table``, ``framing.save_figure``, ``framing.figures`` ...: imported on first use.

    ``framing.figures`` and ``framing.plots`` are :mod:`framing.viz.figures` and :mod:`framing.viz.plots`.
    """
    import sys

    # ``from .viz.figures import ...`` imports the submodule without asking this package for an
    # attribute first (``from . import figures`` would, and come back here).
    if name == "figures" or name in _FIGURE_NAMES:
        from .viz.figures import FIGURES  # noqa: F401
    elif name in ("plots", "save_figure"):
        from .viz.plots import save_figure  # noqa: F401
    else:
        raise AttributeError(f"module 'framing' has no attribute {name!r}")
    module = sys.modules[f"{__name__}.viz.{'plots' if name in ('plots', 'save_figure') else 'figures'}"]
    value = module if name in ("figures", "plots") else getattr(module, name)
    globals()[name] = value
    return value


__all__ = [
    "Attribution",
    "attributions",
    "score_attributions",
    "speaker_shares",
    "attributions_table",
    "speakers_table",
    "load_reporting_verbs",
    "load_roles",
    "Segment",
    "SentenceSentiment",
    "sentence_sentiment",
    "score_sentiment",
    "sentences_table",
    "Actor",
    "ActorMention",
    "Label",
    "AgencyRole",
    "load_actors",
    "find_actor_mentions",
    "find_labels",
    "actor_labels",
    "label_table",
    "actor_sentiment",
    "actor_agency",
    "agency_roles",
    "suggest_actors",
    "HEDGE_CATEGORIES",
    "Hedge",
    "hedges",
    "hedges_table",
    "load_hedge_lexicon",
    "score_hedges",
    "analyze_corpus",
    "score_corpus",
    "describe_columns",
    "who_speaks",
    "available_measures",
    "bootstrap_ci",
    "profile_with_ci",
    "permutation_test",
    "pairwise_tests",
    "claim_matrix",
    "find_claims",
    "claims_table",
    "text_reuse",
    "reuse_table",
    "Analysis",
    "language_warning",
    "english_share",
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
    "Reading",
    "plain_reading",
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
    "Syntax",
    "load_pipeline",
]
