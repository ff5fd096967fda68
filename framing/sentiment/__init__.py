"""L2, sentence sentiment by voice: VADER per sentence, split at quotation boundaries.

Modules: ``types`` (:class:`Segment`, :class:`SentenceSentiment`), ``sentences``
(:func:`sentence_sentiment`, the VADER calls and their exact shortcuts), ``score``
(:func:`score_sentiment`, the per-article ``sent_`` scores). The sentence table across
articles, ``sentences_table``, is in :mod:`framing.tables`.
"""

from .score import NEG_THRESHOLD, POS_THRESHOLD, VOICES, score_sentiment
from .sentences import sentence_sentiment, vader_compound
from .types import Segment, SentenceSentiment

__all__ = ["Segment", "SentenceSentiment", "sentence_sentiment", "score_sentiment", "vader_compound",
           "NEG_THRESHOLD", "POS_THRESHOLD", "VOICES"]
