"""framing: show, with evidence, how news outlets frame the same event."""

from .corpus import Article, Corpus, CorpusError, LoadError, iter_corpus, load_corpus
from .analyze import Analysis, AnalysisError, analyze, analyze_many
from .batch import analyze_files, analyze_frame
from .display import highlight_html
from .reading import Reading, plain_reading
from .lexicon import LexiconError
from .hedging import HEDGE_CATEGORIES, Hedge, hedges, hedges_table, load_hedge_lexicon, score_hedges
from .spans import Span
from .language import english_share, language_warning
from .text import TextLayer, text_layer
from .sentiment import Segment, SentenceSentiment, score_sentiment, sentence_sentiment, sentences_table
from .actors import Actor, ActorMention, actor_sentiment, find_actor_mentions, load_actors, suggest_actors
from .labels import Label, actor_labels, find_labels, label_table
from .agency import AgencyRole, actor_agency, agency_roles
from .compare import analyze_corpus, describe_columns, score_corpus, who_speaks
from .stats import available_measures, bootstrap_ci, pairwise_tests, permutation_test, profile_with_ci
from .claims import claim_matrix, find_claims
from .reuse import text_reuse
from .compare_tables import claims_table, reuse_table
from .attribution import Attribution, attributions, load_reporting_verbs, score_attributions
from .attribution_tables import attributions_table, speaker_shares, speakers_table
from .speakers import load_roles
from . import accessor as _accessor  # registers the df.framing pandas accessor

__version__ = "0.1.0"

# Drawing needs matplotlib (half a second to import); ``framing analyze`` and its worker
# processes never draw, so the figure helpers and the figure modules load on first use.
_FIGURE_NAMES = ("exclusions_table", "headlines_table", "overview_table")


def __getattr__(name: str) -> object:
    """``framing.overview_table``, ``framing.save_figure``, ``framing.figures`` ...: imported on first use."""
    import sys

    # ``from .figures import ...`` imports the submodule without asking this package for the
    # attribute first (``from . import figures`` would, and come back here).
    if name == "figures" or name in _FIGURE_NAMES:
        from .figures import FIGURES  # noqa: F401
    elif name in ("plots", "save_figure"):
        from .plots import save_figure  # noqa: F401
    else:
        raise AttributeError(f"module 'framing' has no attribute {name!r}")
    module = sys.modules[f"{__name__}.{'plots' if name in ('plots', 'save_figure') else 'figures'}"]
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
]
