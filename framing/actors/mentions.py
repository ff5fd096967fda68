"""The actors of an event: who is mentioned where, with what sentiment, and candidates for a new list.

An event's actors are listed in an ``actors.csv`` file beside the corpus::

    # framing-lexicon: actors; format 1
    actor,alias,kind,source,notes
    Donald Trump,Donald Trump,person,framing,
    deported people,migrants,group,framing,
    deported people,"re:\\bmembers of (?:the )?\\w+ gang\\b",group,framing,

* ``actor``: the canonical name; several rows give several aliases of one actor.
* ``alias``: a literal phrase, or ``re:`` and a Python regular expression. A
  literal alias with a capital letter matches case-sensitively and whole-word
  (``Trump`` does not match ``trumpet``); an all-lowercase literal alias matches
  in any case (``migrants`` matches ``Migrants``). Whitespace in a literal alias
  matches any run of white space.
* ``kind``: ``person``, ``group``, ``organisation`` or ``place``.
* ``source`` (provenance) and ``notes``.

The file is validated by :func:`framing.lexicon.read_lexicon_rows` (duplicate
aliases and unknown kinds are refused with file and line); a bad regular
expression is reported with its line too.

Mentions are found in the analysed sentences only (never in excluded
boilerplate). Where matches of different aliases overlap, the longest wins (then
the leftmost), so ``Trump administration`` is one mention of the administration,
not also one of Trump. Pronouns (*he*, *they*) are not resolved.

Candidate actors for a new ``actors.csv`` come from :func:`suggest_actors`
(in :mod:`framing.actors.suggest`, re-exported here).
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..lexicon import LexiconError, file_key, read_lexicon_rows
from ..text.layer import TextLayer
from ._common import analysis_list, as_layer
from .suggest import suggest_actors

if TYPE_CHECKING:  # pragma: no cover
    import pandas

__all__ = ["Actor", "ActorMention", "load_actors", "find_actor_mentions", "actor_sentiment", "suggest_actors",
           "ACTOR_KINDS"]

ACTOR_KINDS = ("person", "group", "organisation", "place")


@dataclass(frozen=True, slots=True)
class Actor:
    """One actor: canonical name, kind, and its aliases (literal or ``re:``).

    Examples
    --------
    >>> import io
    >>> (a,) = load_actors(io.StringIO("# framing-lexicon: actors; format 1\\nactor,alias,kind,source\\n"
    ...     "Ann Lee,Ann Lee,person,framing\\nAnn Lee,re:Lee$,person,framing\\n"))
    >>> a.to_dict()
    {'name': 'Ann Lee', 'kind': 'person', 'aliases': ['Ann Lee', 're:Lee$']}
    """

    name: str
    kind: str
    aliases: tuple[str, ...]
    patterns: tuple[re.Pattern[str], ...]

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "kind": self.kind, "aliases": list(self.aliases)}


@dataclass(frozen=True, slots=True)
class ActorMention:
    """One mention of an actor: ``text[start:end]`` matched ``alias``.

    ``sentence`` is the ``(start, end)`` of the sentence it is in; ``voice`` is
    ``author`` or ``quoted`` (the voice at the mention's first character).

    Examples
    --------
    >>> import io
    >>> acts = load_actors(io.StringIO("# framing-lexicon: actors; format 1\\nactor,alias,kind,source\\n"
    ...     "Ann Lee,Lee,person,framing\\n"))
    >>> m = find_actor_mentions("“Lee lied,” he said.", acts)[0]
    >>> (m.actor, m.kind, m.start, m.end, m.text, m.sentence, m.voice)
    ('Ann Lee', 'person', 1, 4, 'Lee', (0, 20), 'quoted')
    """

    actor: str
    kind: str
    start: int
    end: int
    text: str
    alias: str
    sentence: tuple[int, int]
    voice: str

    def to_dict(self) -> dict[str, Any]:
        return {"actor": self.actor, "kind": self.kind, "start": self.start, "end": self.end, "text": self.text,
                "alias": self.alias, "sentence": list(self.sentence), "voice": self.voice}


def compile_alias(alias: str) -> re.Pattern[str]:
    """Compile one alias: ``re:`` + regex as given, else a whole-word literal (see module doc).

    Examples
    --------
    >>> bool(compile_alias("migrants").search("Migrants arrived."))
    True
    >>> bool(compile_alias("Trump").search("a trumpet"))
    False
    """
    if alias.startswith("re:"):
        return re.compile(alias[3:])
    body = r"\s+".join(re.escape(w) for w in alias.split())
    flags = re.IGNORECASE if alias == alias.lower() else 0
    return re.compile(rf"(?<![\w-]){body}(?![\w-])", flags)


def load_actors(path: str | Path) -> tuple[Actor, ...]:
    """Read an ``actors.csv`` file (format header ``# framing-lexicon: actors; format 1``).

    Parameters
    ----------
    path : str or Path
        The file, or a corpus folder holding ``actors.csv``.

    Returns
    -------
    tuple of Actor
        In the order the actors first appear in the file.

    Raises
    ------
    LexiconError
        Naming file and line: missing columns, unknown kind, duplicate alias,
        an alias that is not a valid regular expression, or one actor given two kinds.

    Examples
    --------
    >>> import io
    >>> f = io.StringIO("# framing-lexicon: actors; format 1\\nactor,alias,kind,source,notes\\n"
    ...                 "Ann Lee,Ann Lee,person,framing,\\nAnn Lee,Lee,person,framing,\\n")
    >>> [(a.name, a.aliases) for a in load_actors(f)]
    [('Ann Lee', ('Ann Lee', 'Lee'))]
    """
    if isinstance(path, (list, tuple)):
        raise TypeError("load_actors() takes one path (a file or a corpus folder), not a list")
    if isinstance(path, (str, Path)):
        p = Path(path)
        if p.is_dir():
            p = p / "actors.csv"
            if not p.is_file():
                raise LexiconError(f"{path}: this corpus folder has no actors.csv (see framing.suggest_actors to start one).")
        return _load_actors_cached(*file_key(p))
    return _parse_actors(path)


@lru_cache(maxsize=32)
def _load_actors_cached(path: str, mtime: int) -> tuple[Actor, ...]:
    return _parse_actors(path)


def _parse_actors(source: Any) -> tuple[Actor, ...]:
    rows = read_lexicon_rows(source, kind="actors", required=["alias", "actor", "kind"], categories=ACTOR_KINDS,
                             category_column="kind", key=["alias"])
    kinds: dict[str, str] = {}
    aliases: dict[str, list[tuple[str, re.Pattern[str]]]] = defaultdict(list)
    problems = []
    for r in rows:
        name, kind, alias = r["actor"], r["kind"], r["alias"]
        if kinds.setdefault(name, kind) != kind:
            problems.append(f"{r.source}, line {r.line}: actor {name!r} is a {kind} here but a {kinds[name]} above.")
            continue
        try:
            aliases[name].append((alias, compile_alias(alias)))
        except re.error as exc:
            problems.append(f"{r.source}, line {r.line}: alias {alias!r} is not a valid regular expression ({exc}).")
    if problems:
        raise LexiconError("\n".join(problems))
    return tuple(Actor(n, kinds[n], tuple(a for a, _ in al), tuple(p for _, p in al)) for n, al in aliases.items())


def actor_list(actors: Any) -> Sequence[Actor]:
    """The actors of ``load_actors(path)``, or of a path to an actors.csv; anything else is a TypeError."""
    if isinstance(actors, (str, Path)):
        return load_actors(actors)
    actors = tuple(actors)
    if not all(isinstance(a, Actor) for a in actors):
        raise TypeError("actors must be the result of framing.load_actors(path) (or a path to an actors.csv)")
    return actors


def find_actor_mentions(text_or_layer: TextLayer | str, actors: Sequence[Actor] | str | Path) -> list[ActorMention]:
    """Every mention of every actor in the analysed sentences, in text order.

    Parameters
    ----------
    text_or_layer : str, TextLayer or Analysis
        One article.
    actors : sequence of Actor, or a path
        From :func:`load_actors`.

    Returns
    -------
    list of ActorMention
        In text order; none in excluded boilerplate or across a sentence boundary.

    Examples
    --------
    >>> import io
    >>> acts = load_actors(io.StringIO("# framing-lexicon: actors; format 1\\nactor,alias,kind,source\\n"
    ...     "Trump,Trump,person,framing\\nTrump administration,Trump administration,organisation,framing\\n"))
    >>> [(m.actor, m.text, m.voice) for m in find_actor_mentions("The Trump administration said “Trump won.”", acts)]
    [('Trump administration', 'Trump administration', 'author'), ('Trump', 'Trump', 'quoted')]
    """
    layer = as_layer(text_or_layer)
    actors = actor_list(actors)
    text = layer.text
    found: list[tuple[int, int, int, str]] = []  # (start, -length, actor index, alias)
    for ai, actor in enumerate(actors):
        for alias, pat in zip(actor.aliases, actor.patterns):
            for m in pat.finditer(text):
                if m.end() > m.start():
                    found.append((m.start(), m.start() - m.end(), ai, alias))
    found.sort(key=lambda f: (f[1], f[0]))  # longest first, then leftmost
    taken: list[tuple[int, int]] = []
    chosen = []
    for start, neglen, ai, alias in found:
        end = start - neglen
        i = bisect.bisect_left(taken, (start, -1))
        if (i > 0 and taken[i - 1][1] > start) or (i < len(taken) and taken[i][0] < end):
            continue
        taken.insert(i, (start, end))
        chosen.append((start, end, ai, alias))
    chosen.sort()
    out = []
    for start, end, ai, alias in chosen:
        j = layer.sentence_index(start)
        if j < 0 or end > layer.sentences[j].end:
            continue  # outside the analysed sentences (boilerplate) or across a boundary
        sent = layer.sentences[j]
        actor = actors[ai]
        out.append(ActorMention(actor.name, actor.kind, start, end, text[start:end], alias, (sent.start, sent.end),
                                layer.voice_at(start)))
    return out


def actor_sentiment(analyses: Iterable[Any], actors: Sequence[Actor] | str | Path) -> pandas.DataFrame:
    """Mean VADER compound of the sentence segments that mention each actor, per outlet and voice.

    For every mention, the single-voice segment of its sentence that contains
    it (see :mod:`framing.sentiment`) is taken; a segment counts once per actor
    however often it names the actor. Rows: ``outlet``, ``actor``, ``voice``,
    ``n_segments``, ``mean_compound``, ``mean_compound_neutral``.

    Caveat: this is the sentiment of the words *around* a mention, not the
    sentiment *towards* the actor. A sentence that names two actors gives both
    the same score; a negative sentence about what happened to someone
    (*were deported to a brutal prison*) scores negative for them although it
    says nothing against them; a mention inside scare quotes gets the score of
    the quoted words only. Read the sentences (``sentences_table``) before
    concluding anything. Rows are sorted by outlet, actor and voice.

    Parameters
    ----------
    analyses : iterable of Analysis
        As from :func:`framing.analyze_many` (error rows are skipped).
    actors : sequence of Actor, or a path
        From :func:`load_actors`, or the ``actors.csv`` file or its corpus folder.

    Returns
    -------
    pandas.DataFrame
        Columns ``outlet, actor, voice, n_segments, mean_compound, mean_compound_neutral``
        (means rounded to 4 decimals).

    Examples
    --------
    >>> import io
    >>> from framing.analyze import analyze
    >>> acts = load_actors(io.StringIO("# framing-lexicon: actors; format 1\\nactor,alias,kind,source\\n"
    ...     "Ann Lee,Lee,person,framing\\n"))
    >>> df = actor_sentiment([analyze("Lee won a great victory. Lee lost.")], acts)
    >>> df[["actor", "voice", "n_segments", "mean_compound"]].values.tolist()
    [['Ann Lee', 'author', 2, 0.2567]]
    """
    import pandas as pd

    actors = actor_list(actors)
    acc: dict[tuple[str, str, str], list[tuple[float, float]]] = defaultdict(list)
    order: dict[tuple[str, str, str], None] = {}
    for a in analysis_list(analyses):
        seg_index = [(g.start, g.end, g) for s in a.sentences for g in s.segments]
        starts = [g[0] for g in seg_index]
        seen: set[tuple[str, int]] = set()
        for m in find_actor_mentions(a.layer, actors):
            i = bisect.bisect_right(starts, m.start) - 1
            if i < 0 or m.start >= seg_index[i][1]:
                i = bisect.bisect_right(starts, m.end - 1) - 1  # mention begins in a dropped mark
                if i < 0 or m.end > seg_index[i][1] + 1:
                    continue
            seg = seg_index[i][2]
            if (m.actor, seg.start) in seen:
                continue
            seen.add((m.actor, seg.start))
            key = (a.article.label, m.actor, seg.voice)
            order.setdefault(key, None)
            acc[key].append((seg.compound, seg.compound_neutral))
    rows = [(o, act, v, len(acc[(o, act, v)]), round(sum(c for c, _ in acc[(o, act, v)]) / len(acc[(o, act, v)]), 4),
             round(sum(n for _, n in acc[(o, act, v)]) / len(acc[(o, act, v)]), 4)) for o, act, v in order]
    rows.sort(key=lambda r: (r[0], r[1], r[2]))  # outlet, actor, voice
    return pd.DataFrame(rows, columns=["outlet", "actor", "voice", "n_segments", "mean_compound", "mean_compound_neutral"])
