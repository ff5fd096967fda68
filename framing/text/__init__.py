"""L1, the text layer: paragraphs, sentences, quotation regions and boilerplate as character spans.

:func:`text_layer` builds a :class:`TextLayer` once per article; every analyser reads it.
Modules: ``layer`` (the :class:`TextLayer`), ``spans`` (:class:`Span`), ``segment`` (sentences),
``quotes`` (quotation regions), ``boilerplate`` (lines excluded from analysis) and ``language``
(the English check), ``syntax`` (the dependency parse of a sentence, on demand, from the spaCy
pipeline shipped in ``framing/models``), ``voices`` (author / quoted / reported speech, from the
layer and the attributions' content spans), ``naming`` (quotations that are names or titles).
Imports only from :mod:`framing.lexicon` below it.
"""

from .language import english_share, language_warning
from .layer import WORD_RE, TextLayer, count_words, text_layer
from .quotes import Quote, find_quotes
from .segment import split_sentences
from .spans import Span
from .syntax import ParsedSentence, Syntax, Token, load_pipeline
from .voices import VOICES, Voices

__all__ = ["TextLayer", "text_layer", "count_words", "WORD_RE", "Span", "Quote", "find_quotes", "split_sentences",
           "english_share", "language_warning", "Syntax", "ParsedSentence", "Token", "load_pipeline", "Voices", "VOICES"]
