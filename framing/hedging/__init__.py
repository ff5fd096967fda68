"""L2, hedging and stance markers: allegation, epistemic, distancing, booster, scare quote.

Modules: ``lexicon`` (the hedge terms as data, ``lexicons/hedges.csv``), ``rules`` (the context
rules that decide a match on the words), ``parsed`` (those that read the dependency parse),
``reported`` (reported speech when no attributions are given),
``find`` (:func:`hedges`), ``scare`` (:func:`scare_quotes`), ``types`` (:class:`Hedge`), ``score``
(:func:`score_hedges`). The table across articles, ``hedges_table``, is in :mod:`framing.tables`.
"""

from .find import hedges
from .lexicon import (
                      DEFAULT_LEXICON_PATH,
                      HEDGE_CATEGORIES,
                      HEDGING_CATEGORIES,
                      HedgeEntry,
                      HedgeLexicon,
                      load_hedge_lexicon,
)
from .scare import scare_quotes
from .score import score_hedges
from .types import Hedge

__all__ = ["Hedge", "HedgeEntry", "HedgeLexicon", "HEDGE_CATEGORIES", "HEDGING_CATEGORIES", "DEFAULT_LEXICON_PATH",
           "hedges", "scare_quotes", "score_hedges", "load_hedge_lexicon"]
