"""Comparing outlets: the framing profile, who speaks where, and ``framing compare`` (issue #6).

:func:`score_corpus` turns per-article analyses into one table row per
article; :func:`who_speaks` lists the voices each outlet gives room to.
Uncertainty is in :mod:`framing.stats`, claim coverage in
:mod:`framing.claims`, text reuse in :mod:`framing.reuse`.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from .analyze import Analysis, AnalysisError, analyze, analyze_many
from .corpus import Article, Corpus, LoadError, iter_corpus
from .text import count_words

__all__ = ["analyze_corpus", "analyses_of", "score_corpus", "who_speaks", "describe_columns", "COLUMNS",
           "compare_outlets", "run_compare_cli"]

#: The columns :func:`score_corpus` adds itself: name -> (unit, meaning). Columns with the
#: prefixes ``hedge_``, ``src_`` and ``sent_`` come from the scorers (see their README sections).
COLUMNS: dict[str, tuple[str, str]] = {
    "id": ("", "article id"),
    "outlet": ("", "outlet label (outlet name, else the id)"),
    "title": ("", "headline from the manifest, if any"),
    "n_sentences": ("sentences", "analysed sentences (headline, subheadings, body)"),
    "n_quotes": ("quotations", "top-level quotation regions"),
    "n_excluded_lines": ("lines", "lines excluded as boilerplate"),
    "words_author": ("words", "words in the outlet's own voice (outside quotation marks)"),
    "words_quoted": ("words", "words inside quotation marks"),
    "words_total": ("words", "words_author + words_quoted"),
    "quoted_share": ("fraction 0-1", "words_quoted / words_total"),
    "n_attributions": ("attributions", "attributed statements (direct, indirect, according to, mixed)"),
    "n_speakers": ("speakers", "distinct named speakers with at least one attribution"),
    "n_speaker_types": ("types", "distinct speaker types among the attributions"),
    "first_speaker": ("", "the speaker of the first attribution in the text (name, else its type)"),
    "error": ("", "why the article could not be analysed (then every measure is empty)"),
}
_PREFIXES = {"hedge_": "hedging scorer (framing.hedging)", "src_": "attribution scorer (framing.attribution)",
             "sent_": "sentiment scorer (framing.sentiment)"}


def _results(items: Any) -> list[Analysis | AnalysisError]:
    """Analysis or AnalysisError for every item, in order (articles and texts are analysed here)."""
    if isinstance(items, (str, bytes)):
        raise TypeError("expected a corpus or a list of articles, not one str; "
                        "use framing.load_corpus(path) for a folder, or pass a list of texts")
    if isinstance(items, (Corpus, Path)):
        return analyze_corpus(items)
    if isinstance(items, (Analysis, Article)):
        items = [items]
    out: list[Analysis | AnalysisError] = []
    for k, item in enumerate(items):
        if isinstance(item, str):
            item = Article(str(k), item)
        if isinstance(item, (Article, LoadError)):
            out.extend(analyze_many([item]))
        elif isinstance(item, (Analysis, AnalysisError)):
            out.append(item)
        else:
            raise TypeError(f"item {k} is a {type(item).__name__}; expected an Article, Analysis or str")
    return out


def analyses_of(items: Any) -> list[Analysis]:
    """The :class:`~framing.Analysis` objects of a corpus, path, or list of articles, analyses or texts.

    Articles are analysed here; inputs that fail (:class:`~framing.AnalysisError`)
    are left out: :func:`score_corpus` and ``framing compare`` report them.

    Examples
    --------
    >>> [a.id for a in analyses_of(["One text.", "  ", "Another text."])]
    ['0', '2']
    """
    return [r for r in _results(items) if isinstance(r, Analysis)]


def analyze_corpus(corpus: Corpus | str | Path | Iterable[Article], *, encoding_errors: str = "strict",
                   **options: Any) -> list[Analysis | AnalysisError]:
    """Analyse every article of a corpus, in order; inputs that fail become :class:`~framing.AnalysisError`.

    Parameters
    ----------
    corpus : Corpus, path, or iterable of Article
        A loaded corpus (its load errors are appended as error rows) or a path for :func:`framing.load_corpus`.
    **options
        Passed to :func:`framing.analyze` (e.g. ``hedge_lexicon``).

    Examples
    --------
    >>> from framing import Article
    >>> [type(r).__name__ for r in analyze_corpus([Article("a", "One."), Article("b", " ")])]
    ['Analysis', 'AnalysisError']
    """
    if isinstance(corpus, (str, Path)):
        items: Iterable[Any] = iter_corpus(corpus, encoding_errors=encoding_errors)  # type: ignore[arg-type]
    elif isinstance(corpus, Corpus):
        items = [*corpus.articles, *corpus.errors]
    elif isinstance(corpus, Article):
        raise TypeError("analyze_corpus() takes many articles; use framing.analyze(article) for one")
    else:
        items = corpus
    return list(analyze_many(items, **options))


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
    total = author + quoted
    atts = sorted(an.attributions, key=_first)
    return {
        "words_total": total,
        "quoted_share": quoted / total if total else math.nan,
        "n_attributions": len(atts),
        "n_speakers": len({t.speaker for t in atts if getattr(t, "speaker", None)}),
        "n_speaker_types": len({t.speaker_type for t in atts if getattr(t, "speaker_type", None)}),
        "first_speaker": _speaker_key(atts[0]) if atts else None,
    }


def score_corpus(corpus_or_analyses: Any, *, errors: bool = True):  # -> pandas.DataFrame
    """The framing profile: one row per article with every scalar per-article measure.

    Columns: ``id``, ``outlet``, ``title``, the layer counts and the columns in
    :data:`COLUMNS`, then every scalar score of the scorers (prefixes ``hedge_``,
    ``src_``, ``sent_``), then ``error``. :func:`describe_columns` gives units.

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

    if isinstance(corpus_or_analyses, (str, bytes)):
        raise TypeError("score_corpus() takes a corpus or a list of articles, not one str; "
                        "use framing.load_corpus(path) for a folder")
    results = _results(corpus_or_analyses)
    rows = []
    for r in results:
        if isinstance(r, AnalysisError):
            if errors:
                rows.append({"id": r.id, "outlet": r.id, "error": r.error})
            continue
        row: dict[str, Any] = {"id": r.article.id, "outlet": r.article.label, "title": r.article.title}
        row.update({k: v for k, v in r.scores.items() if v is None or isinstance(v, (int, float, str, bool))})
        row.update(_own_columns(r))
        row["error"] = None
        rows.append(row)
    first = ["id", "outlet", "title", *[c for c in COLUMNS if c not in ("id", "outlet", "title", "error")]]
    seen = list(dict.fromkeys(k for row in rows for k in row))
    cols = [c for c in first if c in seen] + [c for c in seen if c not in first and c != "error"] + ["error"]
    return pd.DataFrame(rows, columns=cols if rows else ["id", "outlet", "error"])


def describe_columns(df: Any):  # -> pandas.DataFrame
    """Unit and meaning of each column of a :func:`score_corpus` table.

    Examples
    --------
    >>> describe_columns(score_corpus(["One."])).loc["quoted_share", "unit"]
    'fraction 0-1'
    """
    import pandas as pd

    rows = []
    for c in df.columns:
        if c in COLUMNS:
            unit, meaning = COLUMNS[c]
        else:
            who = next((v for p, v in _PREFIXES.items() if str(c).startswith(p)), "analysis scores")
            unit, meaning = "see README", f"from the {who}"
        rows.append({"column": c, "unit": unit, "meaning": meaning})
    return pd.DataFrame(rows).set_index("column")


def _union_words(text: str, spans: list[tuple[int, int]]) -> int:
    total, end = 0, -1
    for s, e in sorted(spans):
        s = max(s, end)
        if e > s:
            total += count_words(text, s, e)
            end = e
    return total


def who_speaks(corpus_or_analyses: Any):  # -> pandas.DataFrame
    """Per article: each speaker, their type, order of first appearance and share of the article's words.

    A speaker is the attribution's canonical ``speaker``; unnamed sources are
    grouped by type as ``"(type)"``. Order and ``first_offset`` use the earliest
    of the attribution's source, cue and content spans. ``words`` counts the words of the union of
    the speaker's content spans; ``word_share`` divides by all analysed words
    of the article (author + quoted).

    Columns: ``id``, ``outlet``, ``speaker``, ``speaker_type``, ``order`` (1 = first
    heard), ``first_offset``, ``n_attributions``, ``words``, ``word_share``, ``kinds``.

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
                         "speaker_type": max(set(types), key=types.count) if types else None,
                         "order": order, "first_offset": _first(atts[0]),
                         "n_attributions": len(atts), "words": words, "word_share": words / total if total else math.nan,
                         "kinds": ";".join(sorted({t.kind for t in atts}))})
    cols = ["id", "outlet", "speaker", "speaker_type", "order", "first_offset", "n_attributions", "words", "word_share", "kinds"]
    return pd.DataFrame(rows, columns=cols)


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

    results = _results(corpus_or_analyses)
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
    """Entry point of ``framing compare PATH [--format json] [--output FILE]``; returns the exit status."""
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
