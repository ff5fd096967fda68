"""L4, comparing outlets: the framing profile, uncertainty, claims, text reuse, the plain reading.

Modules: ``profile`` (:func:`score_corpus`, :func:`who_speaks`, ``framing compare``), ``measures``
and ``stats`` (per-outlet measures, bootstrap intervals, permutation tests), ``blocks`` (the
article bootstrap and the permutation test stratified by event), ``claims``
(which facts each outlet reports, within an event), ``reuse`` (shared text), ``tables`` (claims and reuse
tables), ``names`` (one name per person across outlets), ``reading`` (the plain-language
summary) and ``accessor`` (the ``df.framing`` pandas accessor).
"""

from .claims import find_claims
from .profile import compare_outlets, describe_columns, score_corpus, who_speaks
from .reading import Reading, plain_reading
from .reuse import text_reuse
from .stats import (
           available_measures,
           bootstrap_ci,
           pairwise_tests,
           permutation_test,
           profile_with_ci,
)
from .tables import claim_matrix, claims_table, reuse_table

__all__ = ["score_corpus", "describe_columns", "who_speaks", "compare_outlets", "available_measures",
           "bootstrap_ci", "profile_with_ci", "permutation_test", "pairwise_tests", "find_claims", "claim_matrix",
           "claims_table", "text_reuse", "reuse_table", "Reading", "plain_reading"]
