"""Comparing outlets: the framing profile, who speaks where, and ``framing compare`` (issue #6).

:func:`score_corpus` turns per-article analyses into one table row per
article; :func:`who_speaks` lists the voices each outlet gives room to.
Uncertainty is in :mod:`framing.compare.stats`, claim coverage in
:mod:`framing.compare.claims`, text reuse in :mod:`framing.compare.reuse`.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..analyze import Analysis, AnalysisError, analyses_of, analyze_many, results_of
from ..attribution.speakers import SPEAKER_TYPES
from ..corpus import iter_corpus
from ..text.layer import count_words
from .names import corpus_names

if TYPE_CHECKING:  # pragma: no cover
    import pandas

__all__ = ["score_corpus", "who_speaks", "describe_columns", "column_unit", "COLUMNS",
           "compare_outlets", "run_compare_cli"]

#: The columns :func:`score_corpus` adds itself: name -> (unit, meaning). Columns with the
#: prefixes ``hedge_``, ``src_`` and ``sent_`` come from the scorers (see docs/hedging.md, docs/attribution.md, docs/sentiment.md).
COLUMNS: dict[str, tuple[str, str]] = {
    "id": ("", "article id"),
    "outlet": ("", "outlet label (outlet name, else the id)"),
    "title": ("", "headline from the manifest, if any"),
    "event": ("", "the article's event (its event column); present only when some article has one"),
    "n_sentences": ("sentences", "analysed sentences (headline, subheadings, body)"),
    "n_quotes": ("quotations", "top-level quotation regions"),
    "n_excluded_lines": ("lines", "lines excluded as boilerplate"),
    "words_author": ("words", "words in the outlet's own voice (outside quotation marks and reported speech)"),
    "words_quoted": ("words", "words inside quotation marks"),
    "words_reported": ("words", "words of reported speech: the unquoted content of attributions (framing.text.voices)"),
    "words_total": ("words", "words_author + words_quoted + words_reported"),
    "quoted_share": ("fraction 0-1", "words_quoted / words_total"),
    "n_attributions": ("attributions", "attributed statements (direct, indirect, according to, mixed)"),
    "n_speakers": ("speakers", "distinct named speakers with at least one attribution"),
    "n_speaker_types": ("types", "distinct speaker types among the attributions"),
    "first_speaker": ("", "the speaker of the first attribution in the text (name, else its type)"),
    "label_n_author": ("labels", "noun-phrase labels of people in the outlet's voice, around a head noun of "
                       "framing/lexicons/labels.csv (migrants, detainees, gang members ...; framing.actors.labels)"),
    "label_n_quoted": ("labels", "the same labels inside quotations"),
    "label_n_scare_quoted": ("labels", "author-voice labels in scare quotes ('Venezuelan gang members')"),
    "label_hedged_share": ("fraction 0-1", "author-voice labels hedged by the outlet (an author-voice allegation, "
                           "distancing or scare-quote hedge inside the label: alleged, suspected, so-called) / "
                           "label_n_author; NaN without labels"),
    "error": ("", "why the article could not be analysed (then every measure is empty)"),
}
# Units of the scorers' columns, by name pattern (first match wins); {0}, {1} are the groups.
_PATTERNS: tuple[tuple[str, str, str], ...] = (
    (r"hedge_total_(author|quoted|reported)", "hits", "allegation + epistemic + distancing + scare_quote markers in {0} voice"),
    (r"hedge_total_per_1k", "per 1,000 author words", "the same total in author voice per 1,000 author-voice words"),
    (r"hedge_author_words", "words", "author-voice words (the denominator of hedge_*_per_1k)"),
    (r"hedge_(negated|reported)", "hits", "hedges flagged {0} (any category and voice)"),
    (r"hedge_(\w+)_(author|quoted|reported)", "hits", "{0} markers in {1} voice (framing.hedging)"),
    (r"hedge_(\w+)_per_1k", "per 1,000 author words", "author-voice {0} markers per 1,000 author-voice words"),
    (r"n_sources_(\w+)", "attributions", "attributions whose speaker is of type {0} (framing.attribution.speakers)"),
    (r"src_n", "attributions", "attributed statements (framing.attribution)"),
    (r"src_n_speakers", "speakers", "distinct named speakers"),
    (r"src_n_unsourced", "attributions", "hearsay markers with no source (reportedly ...)"),
    (r"src_n_(\w+)", "attributions", "attributions of kind {0}"),
    (r"src_unnamed_share", "fraction 0-1", "attributions with no named speaker / all attributions"),
    (r"src_first_speaker", "", "speaker of the first attribution (name, else its type)"),
    (r"src_verbs_(\w+)", "attributions", "attributions whose reporting verb has stance {0}"),
    (r"src_quoted_attributed_share", "fraction 0-1", "quoted words inside an attributed direct or mixed quotation / quoted words"),
    (r"src_quoted_share_(\w+)", "fraction 0-1", "attributed quoted words given to speakers of type {0} / attributed quoted words"),
    (r"sent_(\w+?)_n", "segments", "sentence pieces in {0} voice scored by VADER (framing.sentiment)"),
    (r"sent_(\w+?)_mean", "VADER compound -1..1", "mean compound of the {0}-voice segments"),
    (r"sent_(\w+?)_mean_neutral", "VADER compound -1..1", "mean compound of the {0}-voice segments, cues and hedges masked"),
    (r"sent_(\w+?)_(neg|pos)_share", "fraction 0-1", "share of the {0}-voice segments that are {1} (compound <= -0.05 "
     "is neg, >= 0.05 pos)"),
    (r"sent_(\w+?)_(min|max)", "VADER compound -1..1", "the {1} compound of the {0}-voice segments"),
    (r"sent_(\w+?)_(min|max)_span", "offsets", "'start:end' of the sent_{0}_{1} segment in the article text"),
    (r"sent_n_mixed", "sentences", "sentences with quoted and unquoted words"),
    (r"sent_n_reported", "sentences", "sentences whose voice is reported (mostly the unquoted content of attributions)"),
    (r"sent_n_masked", "sentences", "sentences with a cue or hedge masked for compound_neutral"),
    (r"label_head_(\w+)", "labels", "author-voice labels whose head noun is '{0}' (_ for a space)"),
)


def _speaker_key(att: Any) -> str:
    return getattr(att, "speaker", None) or f"({getattr(att, 'speaker_type', None) or 'unnamed'})"


def _first(att: Any) -> int:
    """Where an attribution starts in the text: its earliest source, cue or content offset."""
    spans = [sp for sp in (getattr(att, "source_span", None), getattr(att, "cue_span", None),
                           getattr(att, "content_span", None)) if sp]
    return min(sp[0] for sp in spans) if spans else 0


def _own_columns(an: Analysis) -> dict[str, Any]:
    s = an.scores
    author, quoted = s.get("words_author"), s.get("words_quoted")
    if author is None or quoted is None:
        words = an.layer.words_by_voice()
        author, quoted = words["author"], words["quoted"]
    total = author + quoted + (s.get("words_reported") or 0)
    atts = sorted(an.attributions, key=_first)
    return {
        "words_total": total,
        "quoted_share": quoted / total if total else math.nan,
        "n_attributions": len(atts),
        "n_speakers": len({t.speaker for t in atts if getattr(t, "speaker", None)}),
        "n_speaker_types": len({t.speaker_type for t in atts if getattr(t, "speaker_type", None)}),
        "first_speaker": _speaker_key(atts[0]) if atts else None,
        **{f"n_sources_{t}": sum(getattr(a, "speaker_type", None) == t for a in atts) for t in SPEAKER_TYPES if t != "none"},
    }


_LABEL_HEDGES = frozenset({"allegation", "distancing", "scare_quote"})


def _label_columns(an: Analysis) -> dict[str, Any]:
    """Label-choice columns of one article (see :data:`COLUMNS`); ``label_head_*`` only for heads used."""
    from ..actors.labels import find_labels

    text = an.article.text
    labels = find_labels(an.layer)
    author = [lab for lab in labels if lab.voice == "author"]
    marks = [(h.start, h.end) for h in an.hedges if h.voice == "author" and h.category in _LABEL_HEDGES]
    hedged = sum(lab.scare_quoted or any(lab.start <= s and e <= lab.end for s, e in marks) for lab in author)
    out: dict[str, Any] = {"label_n_author": len(author), "label_n_quoted": len(labels) - len(author),
                           "label_n_scare_quoted": sum(lab.scare_quoted for lab in author),
                           "label_hedged_share": hedged / len(author) if author else math.nan}
    for lab in author:
        key = "label_head_" + "_".join(text[lab.head[0]:lab.head[1]].lower().split())
        out[key] = out.get(key, 0) + 1
    return out


def score_corpus(corpus_or_analyses: Any, *, errors: bool = True) -> pandas.DataFrame:
    """The framing profile: one row per article with every scalar per-article measure.

    Columns: ``id``, ``outlet``, ``title`` (and ``event`` when some article has one), the layer counts and the columns in
    :data:`COLUMNS` (with ``n_sources_TYPE``, attributions per speaker type, after
    ``n_speaker_types``, and the label choices ``label_n_*``, ``label_hedged_share``),
    then every scalar score of the scorers (prefixes ``hedge_``, ``src_``, ``sent_``),
    then ``label_head_NOUN`` (author-voice labels per head noun, for every head noun
    that some article uses; 0 where another does not), then ``error``.
    :func:`describe_columns` gives every column's unit.

    Parameters
    ----------
    corpus_or_analyses : Corpus, path, or list of Article / Analysis / AnalysisError
    errors : bool
        Keep articles that failed as rows with only ``id``, ``outlet`` and ``error`` (default True).

    Examples
    --------
    >>> df = score_corpus(["He said: “We won.” Then he left.", "Nothing was said."])
    >>> df[["id", "words_author", "words_quoted", "quoted_share"]].to_dict("records")[0]
    {'id': '0', 'words_author': 5, 'words_quoted': 2, 'quoted_share': 0.2857142857142857}
    """
    import pandas as pd

    results = results_of(corpus_or_analyses)  # a str raises: a corpus or a list of texts is needed
    with_events = any(isinstance(r, Analysis) and r.article.event for r in results)
    rows = []
    for r in results:
        if isinstance(r, AnalysisError):
            if errors:
                rows.append({"id": r.id, "outlet": r.id, "error": r.error})
            continue
        row: dict[str, Any] = {"id": r.article.id, "outlet": r.article.label, "title": r.article.title,
                               **({"event": r.article.event} if with_events else {})}
        row.update({k: v for k, v in r.scores.items() if v is None or isinstance(v, (int, float, str, bool))})
        row.update(_own_columns(r))
        row.update(_label_columns(r))
        row["error"] = None
        rows.append(row)
    seen = list(dict.fromkeys(k for row in rows for k in row))
    first = ["id", "outlet", "title", "event", *[c for c in COLUMNS if c not in ("id", "outlet", "title", "event", "error")]]
    k = first.index("n_speaker_types") + 1
    first[k:k] = [c for c in seen if c.startswith("n_sources_")]
    heads = sorted(c for c in seen if c.startswith("label_head_"))
    cols = ([c for c in first if c in seen] + [c for c in seen if c not in first and c != "error" and c not in heads]
            + heads + ["error"])
    df = pd.DataFrame(rows, columns=cols if rows else ["id", "outlet", "error"])
    if heads:  # a head noun an article does not use is used 0 times (error rows stay empty)
        ok = df["error"].isna()
        df.loc[ok, heads] = df.loc[ok, heads].fillna(0)
        df[heads] = df[heads].astype("Int64" if (~ok).any() else "int64")
    return df


def describe_columns(df: Any) -> pandas.DataFrame:
    """Unit and meaning of each column of a :func:`score_corpus` table.

    Examples
    --------
    >>> d = describe_columns(score_corpus(["Police held 30 alleged gang members."]))
    >>> d.loc[["quoted_share", "label_hedged_share", "src_verbs_neutral"], "unit"].tolist()
    ['fraction 0-1', 'fraction 0-1', 'attributions']
    """
    import pandas as pd

    return pd.DataFrame([{"column": c, **dict(zip(("unit", "meaning"), column_unit(str(c))))} for c in df.columns],
                        columns=["column", "unit", "meaning"]).set_index("column")


def column_unit(name: str) -> tuple[str, str]:
    """(unit, meaning) of one :func:`score_corpus` column; ``("", "undocumented")`` for an unknown name.

    Examples
    --------
    >>> column_unit("hedge_allegation_per_1k")
    ('per 1,000 author words', 'author-voice allegation markers per 1,000 author-voice words')
    >>> column_unit("sent_quoted_neg_share")[0]
    'fraction 0-1'
    """
    if name in COLUMNS:
        return COLUMNS[name]
    for pattern, unit, meaning in _PATTERNS:
        m = re.fullmatch(pattern, name)
        if m:
            return unit, meaning.format(*m.groups())
    return "", "undocumented"


def _union_words(text: str, spans: list[tuple[int, int]]) -> int:
    total, end = 0, -1
    for s, e in sorted(spans):
        s = max(s, end)
        if e > s:
            total += count_words(text, s, e)
            end = e
    return total


def who_speaks(corpus_or_analyses: Any) -> pandas.DataFrame:
    """Per article: each speaker, their type, order of first appearance and share of the article's words.

    A speaker is the attribution's canonical ``speaker``, named the same way in
    every article by :func:`framing.compare.names.corpus_names` ("James Boasberg" in one
    article and "James E. Boasberg" in another are one speaker; the article's own
    form is kept in ``speaker_article``); unnamed sources are
    grouped by type as ``"(type)"``. Order and ``first_offset`` use the earliest
    of the attribution's source, cue and content spans. ``words`` counts the words of the union of
    the speaker's content spans; ``word_share`` divides by all analysed words
    of the article (author + quoted).

    Columns: ``id``, ``outlet``, ``speaker``, ``speaker_type`` (the most frequent
    type of the speaker's attributions; ties alphabetical), ``order`` (1 = first
    heard), ``first_offset``, ``n_attributions``, ``words``, ``word_share``, ``kinds``,
    ``speaker_article``.

    Examples
    --------
    >>> who_speaks(["No one speaks here."]).empty
    True
    """
    import pandas as pd

    rows = []
    for an in analyses_of(corpus_or_analyses):
        total = _own_columns(an)["words_total"]
        groups: dict[str, list[Any]] = {}
        for t in sorted(an.attributions, key=_first):
            groups.setdefault(_speaker_key(t), []).append(t)
        for order, (name, atts) in enumerate(groups.items(), start=1):
            spans = [tuple(t.content_span) for t in atts if t.content_span]
            words = _union_words(an.article.text, spans)
            types = [t.speaker_type for t in atts if getattr(t, "speaker_type", None)]
            rows.append({"id": an.article.id, "outlet": an.article.label, "speaker": name,
                         "speaker_type": max(sorted(set(types)), key=types.count) if types else None,
                         "order": order, "first_offset": _first(atts[0]),
                         "n_attributions": len(atts), "words": words, "word_share": words / total if total else math.nan,
                         "kinds": ";".join(sorted({t.kind for t in atts}))})
    cols = ["id", "outlet", "speaker", "speaker_type", "order", "first_offset", "n_attributions", "words", "word_share", "kinds"]
    df = pd.DataFrame(rows, columns=cols)
    df["speaker_article"] = df["speaker"]
    df["speaker"] = df["speaker"].map(corpus_names(df["speaker"]))
    return df


def _jsonable(x: Any) -> Any:
    if isinstance(x, dict):
        return {str(k): _jsonable(v) for k, v in x.items()}
    if isinstance(x, (list, tuple)):
        return [_jsonable(v) for v in x]
    if hasattr(x, "item") and not isinstance(x, (str, bytes)):  # numpy scalar
        x = x.item()
    if isinstance(x, float) and not math.isfinite(x):
        return None
    return x


def compare_outlets(corpus_or_analyses: Any) -> dict[str, Any]:
    """Everything ``framing compare`` prints, as one JSON-ready dict.

    Keys: ``"reuse"`` (pairs with aligned sentences), ``"claims"`` (each claim with
    its label, outlets and first positions), ``"profile"`` (rows of
    :func:`score_corpus`), ``"speakers"`` (rows of :func:`who_speaks`) and ``"errors"``.

    Examples
    --------
    >>> sorted(compare_outlets(["It rained.", "It snowed."]))
    ['claims', 'errors', 'profile', 'reuse', 'speakers']
    """
    from .claims import find_claims
    from .reuse import text_reuse

    results = results_of(corpus_or_analyses)
    good = [r for r in results if isinstance(r, Analysis)]
    errs = [r.to_dict() for r in results if isinstance(r, AnalysisError)]
    profile = score_corpus(good, errors=False)
    return _jsonable({
        "reuse": [p.to_dict() for p in text_reuse(good)],
        "claims": [c.to_dict() for c in find_claims(good)],
        "profile": profile.to_dict("records"),
        "speakers": who_speaks(good).to_dict("records"),
        "errors": errs,
    })


def run_compare_cli(args: argparse.Namespace) -> int:
    """Entry point of ``framing compare PATH [--format json] [--output FILE]``; returns the exit status.

    Examples
    --------
    >>> import argparse, json, pathlib, tempfile
    >>> d = pathlib.Path(tempfile.mkdtemp()); _ = (d / "a.txt").write_text("It rained.", encoding="utf-8")
    >>> run_compare_cli(argparse.Namespace(paths=[str(d / "a.txt")], encoding_errors="strict", output=str(d / "c.json")))
    0
    >>> json.loads((d / "c.json").read_text(encoding="utf-8"))["profile"][0]["id"]
    'a'
    """
    results = list(analyze_many(iter_corpus(args.paths, encoding_errors=args.encoding_errors)))
    out = compare_outlets(results)
    for e in out["errors"]:
        print(f"framing: error: {e['error']}", file=sys.stderr)
    text = json.dumps(out, ensure_ascii=False, allow_nan=False)
    if args.output:
        Path(args.output).write_text(text + "\n", encoding="utf-8")
    else:
        sys.stdout.write(text + "\n")
    n_ok = len(out["profile"])
    print(f"framing: {n_ok} compared, {len(out['errors'])} failed", file=sys.stderr)
    return 1 if out["errors"] else 0
