"""L2, the actors of an event: mentions, sentiment, labels and agency.

Modules: ``mentions`` (:func:`load_actors`, :func:`find_actor_mentions`, :func:`actor_sentiment`),
``suggest`` (:func:`suggest_actors`), ``labels`` (how each outlet labels an actor), ``agency``
(whether an actor acts or is acted upon); ``_common`` and ``_words`` hold what they share.
"""

from .agency import AgencyRole, actor_agency, agency_roles
from .labels import Label, actor_labels, find_labels, label_table, load_label_lexicon
from .mentions import (
           ACTOR_KINDS,
           Actor,
           ActorMention,
           actor_sentiment,
           find_actor_mentions,
           load_actors,
)
from .suggest import suggest_actors

__all__ = ["Actor", "ActorMention", "ACTOR_KINDS", "load_actors", "find_actor_mentions", "actor_sentiment",
           "suggest_actors", "Label", "find_labels", "actor_labels", "label_table", "load_label_lexicon",
           "AgencyRole", "agency_roles", "actor_agency"]
