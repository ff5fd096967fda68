"""L2, hedging and stance markers: allegation, epistemic, distancing, booster, scare quote.

Modules: ``lexicon`` (the hedge terms as data, ``lexicons/hedges.csv``), ``rules`` (the context
rules that decide a match), ``find`` (:func:`hedges`, :func:`scare_quotes`), ``score``
(:func:`score_hedges`). The table across articles, ``hedges_table``, is in :mod:`framing.tables`.
"""

from .find import Hedge, hedges, scare_quotes
from .lexicon import (
                      DEFAULT_LEXICON_PATH,
                      HEDGE_CATEGORIES,
                      HEDGING_CATEGORIES,
                      HedgeEntry,
                      HedgeLexicon,
                      load_hedge_lexicon,
)
from .score import score_hedges

__all__ = ["Hedge", "HedgeEntry", "HedgeLexicon", "HEDGE_CATEGORIES", "HEDGING_CATEGORIES", "DEFAULT_LEXICON_PATH",
           "hedges", "scare_quotes", "score_hedges", "load_hedge_lexicon"]
