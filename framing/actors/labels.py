"""How outlets label the actors: noun-phrase labels, the outlet x label table, and agency.

Labels (no parser: rules over tokens of one sentence)
-----------------------------------------------------
A label is built around a *head*: an actor mention (see
:func:`framing.actors.find_actor_mentions`) or, when no actor covers it, a
head noun of ``framing/lexicons/labels.csv`` (*migrants*, *detainees*,
*terrorists* ...) or a plural demonym used as a noun after a lower-case word
(*return Venezuelans*, *many Haitians*; see ``DEMONYM``). From the head the label grows:

* **leftwards** over framing modifiers of the lexicon (*alleged*, *suspected*,
  *so-called*, *illegal* ...), capitalised words (*Venezuelan*, *Former U.S.
  President*), hyphenated lower-case words (*so-called*, *78-year-old*) and an
  opening quotation mark whose quotation ends with the head (scare quotes: the
  closing mark is then included). It stops at another actor's mention and at
  anything else: a determiner, a
  number, a possessive (*Trump’s*), a preposition, a verb, punctuation; a
  participle modifier right after a capitalised word or a subject pronoun is
  taken as the verb (*Trump deported migrants* gives ``migrants``; not in a
  Title Case line). In a Title
  Case line (60% or more of its words capitalised, three words or more) the
  only capitalised words taken are acronyms and nationality-like words (ending
  *-an, -ian, -ese, -ish, -i*), so *Police Remove Alleged Gang Members* gives
  ``alleged gang members``. So
  determiners and counts are not part of a label (*200 alleged 'Venezuelan gang
  members'* gives ``alleged 'Venezuelan gang members'``);
* **rightwards**, for group actors and lexicon heads only, over an *of*-phrase
  of at most six words not reaching another actor's mention (*members of the Venezuelan criminal organization*),
  stopping at punctuation, a function word, or a past-tense-looking word
  (*-ed* or irregular) that is followed by punctuation or a function word.

The label *key* used for counting normalises quotation marks to ``'`` and
``"``, collapses white space and lower-cases the words that the lexicon or a
lower-case alias knows (so a Title Case headline's *Alleged Venezuelan Gang
Members* counts with *alleged Venezuelan gang members*). A label's voice is the
voice at its first character: a label opening with a scare-quote mark is the
outlet's own (``author``, flagged ``scare_quoted``); a label inside a longer
quotation is ``quoted``.

Agency (who does what to whom) is in :mod:`framing.actors.agency`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..lexicon import packaged_lexicon_path, read_lexicon_rows
from ..text.layer import TextLayer
from ._common import Spans, analysis_list, as_layer
from ._phrase import DEMONYM, QUOTE_NORM, TOKEN, WORD, grow_phrase
from .mentions import Actor, actor_list, find_actor_mentions

if TYPE_CHECKING:  # pragma: no cover
    import pandas

__all__ = ["Label", "find_labels", "actor_labels", "label_table", "load_label_lexicon"]

@lru_cache(maxsize=4)
def load_label_lexicon(path: str | None = None) -> tuple[frozenset[str], frozenset[str]]:
    """The label lexicon as (head nouns, modifiers), as written; default the packaged ``labels.csv``.

    Examples
    --------
    >>> heads, modifiers = load_label_lexicon()
    >>> "detainees" in heads, "alleged" in modifiers
    (True, True)
    """
    rows = read_lexicon_rows(path or packaged_lexicon_path("labels.csv"), kind="labels", required=["term", "category"],
                             categories=("head", "modifier"))
    heads = frozenset(r["term"] for r in rows if r["category"] == "head")
    mods = frozenset(r["term"] for r in rows if r["category"] == "modifier")
    return heads, mods


@lru_cache(maxsize=4)
def _head_regex(heads: frozenset[str]) -> re.Pattern[str]:
    alts = "|".join(r"\s+".join(map(re.escape, h.split())) for h in sorted(heads, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alts})(?![\w-])", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Label:
    """A noun phrase naming an actor: ``text[start:end]``, counted under ``label``.

    ``actor`` is None for a lexicon head noun that no actor alias covers.
    ``head`` is the (start, end) of the mention or head noun; ``modifiers`` the
    framing-lexicon modifiers in the label.

    Examples
    --------
    >>> text = "Police held 20 alleged ‘violent thugs’ overnight."
    >>> lab = find_labels(text)[0]
    >>> (lab.text, lab.label, lab.actor, lab.voice, lab.scare_quoted, lab.modifiers)
    ('alleged ‘violent thugs’', "alleged 'violent thugs'", None, 'author', True, ('alleged', 'violent'))
    """

    actor: str | None
    kind: str | None
    start: int
    end: int
    text: str
    label: str
    head: tuple[int, int]
    voice: str
    scare_quoted: bool
    modifiers: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        return {"actor": self.actor, "kind": self.kind, "start": self.start, "end": self.end, "text": self.text,
                "label": self.label, "head": list(self.head), "voice": self.voice,
                "scare_quoted": self.scare_quoted, "modifiers": list(self.modifiers)}


def _key(label_text: str, lower_ok: frozenset[str]) -> str:
    words = label_text.translate(QUOTE_NORM).split()
    out = []
    for w in words:
        core = w.strip("'\"")
        if core.lower() in lower_ok:
            w = w.replace(core, core.lower())
        out.append(w)
    return " ".join(out)


def find_labels(text_or_layer: TextLayer | str, actors: Sequence[Actor] | str | Path = (), *,
                unassigned: bool = True) -> list[Label]:
    """The labels (noun phrases with their framing modifiers) of one article, in text order.

    Parameters
    ----------
    text_or_layer : str, TextLayer or Analysis
    actors : sequence of Actor or path, optional
        From :func:`framing.load_actors`. Without actors only lexicon heads are found.
    unassigned : bool
        Also report lexicon head nouns that no actor alias covers (``actor=None``).

    Returns
    -------
    list of Label
        In text order of their heads.

    Examples
    --------
    >>> [(l.label, l.voice, l.scare_quoted) for l in find_labels(
    ...     "Officials flew 200 alleged 'Venezuelan gang members' and some undocumented migrants.")]
    [("alleged 'Venezuelan gang members'", 'author', True), ('undocumented migrants', 'author', False)]
    >>> [l.label for l in find_labels("Over 200 suspected members of a Venezuelan criminal organization arrived.")]
    ['suspected members of a Venezuelan criminal organization']
    """
    layer = as_layer(text_or_layer)
    actors = actor_list(actors) if actors else ()
    heads, mods = load_label_lexicon()
    lower_ok = frozenset(w for term in heads | mods if term == term.lower() for w in term.split()) | frozenset(
        w for a in actors for al in a.aliases if not al.startswith("re:") and al == al.lower() for w in al.split())
    text = layer.text
    items: list[tuple[int, int, tuple[int, int], str | None, str | None]] = []
    mentions = find_actor_mentions(layer, actors) if actors else []
    stops = Spans((m.start, m.end) for m in mentions)  # a label never grows into another mention
    for m in mentions:
        items.append((m.start, m.end, m.sentence, m.actor, m.kind))
    if unassigned:
        item_starts = {i[0] for i in items}
        rx = _head_regex(heads)
        for sent in layer.sentences:
            for h in rx.finditer(text, sent.start, sent.end):
                if not stops.overlaps(h.start(), h.end()):
                    items.append((h.start(), h.end(), (sent.start, sent.end), None, None))
                    item_starts.add(h.start())
            for h in DEMONYM.finditer(text, sent.start, sent.end):
                prev = WORD.findall(text, sent.start, h.start())
                if prev and prev[-1][0].islower() and not stops.overlaps(h.start(), h.end()) and h.start() not in item_starts:
                    items.append((h.start(), h.end(), (sent.start, sent.end), None, None))
                    item_starts.add(h.start())
    items.sort()
    mods = frozenset(m.lower() for m in mods)
    out = []
    for hs, he, sent, actor, kind in items:
        s, e, scare = grow_phrase(layer, sent, hs, he, kind in (None, "group"), mods, stops)
        raw = text[s:e]
        found_mods = tuple(w.lower() for w in TOKEN.findall(raw) if w.lower() in mods)
        out.append(Label(actor, kind, s, e, raw, _key(raw, lower_ok), (hs, he), layer.voice_at(s), scare, found_mods))
    return out


def actor_labels(analyses: Iterable[Any], actors: Sequence[Actor] | str | Path, *, unassigned: bool = True) -> pandas.DataFrame:
    """Every label of every article, one row each, with its evidence.

    Columns: ``id``, ``outlet``, ``actor`` (missing for an unassigned lexicon head),
    ``kind``, ``voice``, ``label`` (the key used for counting), ``text`` (as
    written), ``start``, ``end``, ``scare_quoted``, ``modifiers``, ``reported``
    (an author-voice label inside an attribution's content: reported speech, someone
    else's word as the outlet relays it: "he accused the U.S. of labeling teenagers as
    terrorists").

    Parameters
    ----------
    analyses : iterable of Analysis
        As from :func:`framing.analyze_many` (error rows are skipped).
    actors : sequence of Actor, or a path
        From :func:`framing.load_actors`, or an ``actors.csv`` or its corpus folder.
    unassigned : bool
        Also list lexicon head nouns that no actor alias covers.

    Returns
    -------
    pandas.DataFrame
        One row per label, in input and text order.

    Examples
    --------
    >>> import io
    >>> from framing.actors import load_actors
    >>> from framing.analyze import analyze
    >>> acts = load_actors(io.StringIO("# framing-lexicon: actors; format 1\\nactor,alias,kind,source\\n"
    ...     "deported people,migrants,group,framing\\n"))
    >>> df = actor_labels([analyze("Illegal migrants were flown out. “They are criminals,” he said.")], acts)
    >>> df[["actor", "voice", "label"]].fillna("-").values.tolist()
    [['deported people', 'author', 'illegal migrants'], ['-', 'quoted', 'criminals']]
    """
    import pandas as pd

    actors = actor_list(actors)
    rows = []
    for a in analysis_list(analyses):
        contents = [t.content_span for t in getattr(a, "attributions", ()) if t.content_span is not None]
        for lab in find_labels(a.layer, actors, unassigned=unassigned):
            reported = lab.voice == "author" and any(s <= lab.start and lab.end <= e for s, e in contents)
            rows.append((a.article.id, a.article.label, lab.actor, lab.kind, lab.voice, lab.label, lab.text,
                         lab.start, lab.end, lab.scare_quoted, ", ".join(lab.modifiers), reported))
    return pd.DataFrame(rows, columns=["id", "outlet", "actor", "kind", "voice", "label", "text", "start", "end",
                                       "scare_quoted", "modifiers", "reported"])


def label_table(labels: Any, actors: Sequence[Actor] | str | Path | None = None, *, actor: str | None = None,
                voice: str | None = None) -> pandas.DataFrame:
    """Outlet x label counts: one row per label, one column per outlet.

    Parameters
    ----------
    labels : DataFrame or list of Analysis
        The output of :func:`actor_labels`, or analyses (then give ``actors``).
    actor : str, optional
        Keep only this actor's labels (``"deported people"``).
    voice : {"author", "quoted"}, optional
        Keep only labels in this voice.

    Returns
    -------
    pandas.DataFrame
        Index ``label``; a count column per outlet; ``total``; ``n_outlets``;
        ``unique_to`` (the one outlet using the label, else empty). Sorted by
        total, then label.

    Examples
    --------
    >>> import pandas as pd
    >>> df = pd.DataFrame({"outlet": ["A", "A", "B"], "label": ["migrants", "aliens", "migrants"],
    ...                    "actor": ["x", "x", "x"], "voice": ["author"] * 3})
    >>> label_table(df).reset_index().values.tolist()
    [['migrants', 1, 1, 2, 2, ''], ['aliens', 1, 0, 1, 1, 'A']]
    """
    import pandas as pd

    if not isinstance(labels, pd.DataFrame):
        if actors is None:
            raise TypeError("label_table(analyses, actors): give the actors, or pass the DataFrame from actor_labels()")
        labels = actor_labels(labels, actors)
    if voice is not None and voice not in ("author", "quoted"):
        raise ValueError(f"voice must be 'author' or 'quoted', not {voice!r}")
    df = labels
    if actor is not None:
        df = df[df["actor"] == actor]
    if voice is not None:
        df = df[df["voice"] == voice]
    table = pd.crosstab(df["label"], df["outlet"])
    table.columns.name = None
    table["total"] = table.sum(axis=1)
    present = table.drop(columns="total") > 0
    table["n_outlets"] = present.sum(axis=1)
    table["unique_to"] = [row.index[row].tolist()[0] if row.sum() == 1 else "" for _, row in present.iterrows()]
    table = table.reset_index().sort_values(["total", "label"], ascending=[False, True]).set_index("label")
    return table

