"""Tables across articles: one row per hedge, attribution, speaker or sentence segment.

Every function here takes the same inputs, through :func:`framing.analyze.analyses_of`:
a :class:`~framing.Corpus`, a folder path, or a list of :class:`~framing.Article`,
:class:`~framing.Analysis`, :class:`~framing.AnalysisError` or plain texts (articles and
texts are analysed first; error rows are skipped). One :class:`~framing.Analysis` or
:class:`~framing.Article` on its own is taken as a list of one. One ``str`` is refused:
it could be a text or a path, so wrap it in a list (``[text]``) or call
:func:`framing.load_corpus` on the path.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .analyze import Analysis, analyses_of
from .attribution.score import quoted_words
from .text.layer import count_words

if TYPE_CHECKING:  # pragma: no cover
    import pandas

__all__ = ["hedges_table", "attributions_table", "speakers_table", "sentences_table", "SpeakerShare",
           "speaker_shares", "SENTENCE_COLUMNS"]


@dataclass(frozen=True, slots=True)
class SpeakerShare:
    """How much one speaker is heard in one article.

    ``speaker`` is the canonical name, or ``"[type]"`` for sources with no name
    (``"[unnamed]"``); ``words_quoted`` counts words inside quotation marks
    attributed to the speaker; ``share`` is ``words_quoted`` over the article's
    analysed words; ``first_position`` is the offset of the speaker's first content.
    """

    speaker: str
    speaker_type: str
    n_attributions: int
    words_quoted: int
    share: float
    first_position: int

    def to_dict(self) -> dict[str, Any]:
        return {"speaker": self.speaker, "speaker_type": self.speaker_type, "n_attributions": self.n_attributions,
                "words_quoted": self.words_quoted, "share": self.share, "first_position": self.first_position}


def speaker_shares(analysis: Analysis) -> list[SpeakerShare]:
    """Who is heard, how much, and how early, in one analysed article.

    Parameters
    ----------
    analysis : framing.Analysis

    Returns
    -------
    list of SpeakerShare
        In order of first appearance.

    Examples
    --------
    >>> from framing import analyze
    >>> a = analyze("“We will win,” said Mayor Ann Lee. Officials said it was late.")
    >>> [(s.speaker, s.words_quoted, s.first_position) for s in speaker_shares(a)]
    [('Ann Lee', 3, 1), ('[unnamed]', 0, 50)]
    """
    if not isinstance(analysis, Analysis):
        raise TypeError(f"speaker_shares() takes one framing.Analysis (from framing.analyze), not {type(analysis).__name__}")
    layer = analysis.layer
    total = sum(layer.words_by_voice().values())
    rows: dict[str, list[Any]] = {}
    seen: set[tuple[int, int]] = set()
    for a in sorted(analysis.attributions, key=lambda a: a.content_span[0]):
        key = a.speaker or f"[{a.speaker_type}]"
        row = rows.setdefault(key, [a.speaker_type, 0, 0, a.content_span[0]])
        row[1] += 1
        if a.kind in ("direct", "mixed") and a.content_span not in seen:
            seen.add(a.content_span)
            row[2] += quoted_words(layer, *a.content_span) if a.kind == "mixed" else count_words(layer.text, *a.content_span)
    return [SpeakerShare(k, t, n, w, w / total if total else 0.0, first) for k, (t, n, w, first) in rows.items()]


def hedges_table(items: Any) -> pandas.DataFrame:
    """One row per hedge across analysed articles, with the sentence it is in.

    Parameters
    ----------
    items : corpus, path, or list of Article / Analysis / str
        As in :mod:`framing.tables`: articles are analysed first;
        :class:`~framing.AnalysisError` items are skipped.

    Returns
    -------
    pandas.DataFrame
        Columns ``id, outlet, start, end, text, category, voice, term, negated,
        reported, flags, sentence_start, sentence_end, sentence``.

    Examples
    --------
    >>> from framing import analyze
    >>> hedges_table([analyze("The suspect allegedly fled.")])[["id", "text", "category", "sentence"]]
         id       text    category                     sentence
    0  text  allegedly  allegation  The suspect allegedly fled.
    """
    import pandas as pd

    cols = ["id", "outlet", "start", "end", "text", "category", "voice", "term", "negated", "reported",
            "flags", "sentence_start", "sentence_end", "sentence"]
    rows = []
    for item in analyses_of(items):
        sents = item.layer.sentences
        for h in item.hedges:
            i = item.layer.sentence_index(h.start)
            s0, s1 = (sents[i].start, sents[i].end) if i >= 0 else (h.start, h.end)
            rows.append([item.id, item.article.outlet, h.start, h.end, h.text, h.category, h.voice, h.term,
                         h.negated, h.reported, ",".join(h.flags), s0, s1, item.text[s0:s1]])
    return pd.DataFrame(rows, columns=cols)


def attributions_table(items: Any) -> pandas.DataFrame:
    """One row per attribution, with the article id and outlet (a pandas DataFrame).

    Columns: id, outlet, kind, speaker, speaker_type, source, antecedent (for a pronoun source, the
    earlier words it was resolved to), cue, verb_stance, cue_class
    (statement, belief, intention, request, evaluation, refusal, nominal), role, affiliation,
    speaker_evidence (the words that decided the type), content, content_start, content_end,
    flags (``;``-joined). Error rows
    (:class:`~framing.AnalysisError`) are skipped; inputs as in :mod:`framing.tables`.

    Examples
    --------
    >>> from framing import analyze
    >>> attributions_table([analyze("“No,” she said.")])[["kind", "cue", "content"]].values.tolist()
    [['direct', 'said', 'No,']]
    """
    import pandas as pd

    rows = []
    for an in analyses_of(items):
        t = an.layer.text
        for a in an.attributions:
            rows.append({"id": an.article.id, "outlet": an.article.outlet, "kind": a.kind, "speaker": a.speaker,
                         "speaker_type": a.speaker_type,
                         "source": t[a.source_span[0]:a.source_span[1]] if a.source_span else None,
                         "antecedent": t[a.antecedent_span[0]:a.antecedent_span[1]] if a.antecedent_span else None,
                         "cue": a.cue, "verb_stance": a.verb_stance, "cue_class": a.cue_class, "role": a.role,
                         "affiliation": a.affiliation, "speaker_evidence": a.speaker_evidence,
                         "content": t[a.content_span[0]:a.content_span[1]],
                         "content_start": a.content_span[0], "content_end": a.content_span[1], "flags": ";".join(a.flags)})
    cols = ["id", "outlet", "kind", "speaker", "speaker_type", "source", "antecedent", "cue", "verb_stance", "cue_class", "role",
            "affiliation", "speaker_evidence", "content", "content_start", "content_end", "flags"]
    return pd.DataFrame(rows, columns=cols)


def speakers_table(items: Any) -> pandas.DataFrame:
    """One row per article x speaker (a pandas DataFrame): id, outlet and the :class:`SpeakerShare` fields.

    Examples
    --------
    >>> from framing import analyze
    >>> speakers_table([analyze("“No,” said Judge Ann Lee.")])[["speaker", "speaker_type", "words_quoted"]].values.tolist()
    [['Ann Lee', 'judiciary', 1]]
    """
    import pandas as pd

    rows = [{"id": an.article.id, "outlet": an.article.outlet, **s.to_dict()}
            for an in analyses_of(items) for s in speaker_shares(an)]
    cols = ["id", "outlet", "speaker", "speaker_type", "n_attributions", "words_quoted", "share", "first_position"]
    return pd.DataFrame(rows, columns=cols)


SENTENCE_COLUMNS = ["id", "outlet", "sentence_start", "sentence_end", "start", "end", "voice", "mixed",
                 "role", "compound", "compound_neutral", "text"]


def sentences_table(items: Any) -> pandas.DataFrame:
    """One row per sentence segment of many analyses, for notebooks.

    Columns: ``id``, ``outlet`` (the article's label: outlet name, else id),
    ``sentence_start``, ``sentence_end``, ``start``, ``end`` (the segment),
    ``voice`` (author, quoted or reported: :mod:`framing.text.voices`), ``mixed`` (the sentence
    has quoted and unquoted words),
    ``role``, ``compound``, ``compound_neutral``, ``text`` (the segment's text).
    Error rows (:class:`framing.analyze.AnalysisError`) are skipped.

    Parameters
    ----------
    items : corpus, path, or list of Article / Analysis / str
        As in :mod:`framing.tables`.

    Returns
    -------
    pandas.DataFrame
        The columns :data:`SENTENCE_COLUMNS`, one row per segment, in input and text order.

    Examples
    --------
    >>> from framing.analyze import analyze
    >>> df = sentences_table([analyze("It was a great day. “It was awful,” he said.")])
    >>> df[["start", "end", "voice", "compound"]].values.tolist()
    [[0, 19, 'author', 0.6249], [21, 34, 'quoted', -0.4588], [34, 44, 'author', 0.0]]
    """
    import pandas as pd

    rows = []
    for a in analyses_of(items):
        art = a.article
        for sent in a.sentences:
            for seg in sent.segments:
                rows.append((art.id, art.label, sent.start, sent.end, seg.start, seg.end, seg.voice,
                             sent.voice == "mixed", sent.role, seg.compound, seg.compound_neutral,
                             art.text[seg.start:seg.end]))
    return pd.DataFrame(rows, columns=SENTENCE_COLUMNS)
