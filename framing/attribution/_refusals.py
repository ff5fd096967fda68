"""The words of a refusal to speak (internal to :mod:`framing.attribution`): verbs of telling and of giving words, and
the nouns for words, shared by "declined to discuss" (:func:`withheld`, the infinitive under a refusal cue) and "would
not divulge" (:mod:`._withheld`, a negated verb of telling).
"""

from __future__ import annotations

from ..text.syntax import ParsedSentence
from ._mentions import Context

__all__ = ["TELLING", "GIVING", "WORDS", "withheld"]

# verbs of telling the reporting-verb lexicon lacks: "declined to discuss / elaborate / name ..." is a refusal
TELLING = frozenset("discuss elaborate speculate specify identify name divulge detail disclose release talk speak".split())
# ... and verbs of giving whose object is words: "declined to give details", "did not return calls seeking comment"
GIVING = frozenset("give provide offer share return grant make".split())
WORDS = frozenset("detail details comment comments information specifics interview interviews name names figure figures "
                  "reason reasons explanation call calls message messages statement estimate timeline number".split())


def withheld(ctx: Context, ps: ParsedSentence, verb: int) -> bool:
    """Whether the infinitive ``verb`` under a refusal cue is speech withheld ("declined to comment", "refused to
    discuss", "declined to give details", "declined to return calls"), not an act refused ("declined to hear the
    case", "refused to comply"): a reporting verb, a verb of telling (:data:`TELLING`), or a verb of giving whose
    object is words (:data:`GIVING`, :data:`WORDS`)."""
    tok = ps.tokens[verb]
    lemma = tok.lemma.lower()
    if ctx.verbs.lemma_of(tok.lemma, tok.text) is not None or lemma in TELLING:
        return True
    return lemma in GIVING and any(ps.tokens[c].dep == "obj" and ps.tokens[c].lemma.lower() in WORDS for c in ps.children(verb))
