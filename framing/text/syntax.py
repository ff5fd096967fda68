"""The syntactic layer: part of speech, lemmas and Universal Dependencies trees, on demand.

A :class:`Syntax` wraps one article's :class:`~framing.text.TextLayer` and a spaCy pipeline
(by default the one shipped in ``framing/models/en_framing_ud``, trained on UD English EWT,
see its README). Sentences are parsed only when someone asks for them, once, and the result is
kept: :meth:`Syntax.sentence` parses one sentence, :meth:`Syntax.parse` a batch.

Our segmenter decides the sentences: each sentence's text becomes its own spaCy ``Doc``, every
token but the first is marked as "not a sentence start", so the parser is not allowed to split
it. Should the parser still leave several roots in one sentence, all tokens are kept and every
root is its own head (``head == i``, ``dep == "root"``).

Offsets (:attr:`Token.start`, :attr:`Token.end`, :meth:`ParsedSentence.subtree_span` ...) are
character offsets into the *article* text, like every other span in :mod:`framing`. Token
indices (``i``, ``head``) count within the sentence. Dependency labels are UD labels
(``nsubj``, ``obj``, ``obl``, ``nsubj:pass``, ``obl:agent`` ...), the root is ``"root"``.

``import framing`` does not import spaCy: :func:`load_pipeline` does, on first use.
"""

from __future__ import annotations

import bisect
import contextlib
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from ._parse_repair import FINITE_TAGS, main_verb_in_relative, referential_it, verb_as_plural
from .layer import TextLayer
from .pipeline import MODEL_NAME, check_ud_labels, load_pipeline

__all__ = ["Token", "ParsedSentence", "Syntax", "load_pipeline", "check_ud_labels", "names", "MODEL_NAME", "FINITE_TAGS"]

SUBJECT_DEPS = ("nsubj", "nsubj:pass", "csubj", "csubj:pass", "nsubj:outer", "csubj:outer")
COMPLEMENT_DEPS = ("ccomp", "xcomp", "parataxis")
NAME_DEPS = ("flat", "compound", "flat:name")
#: Words kept outside a name when they start it ("Judge James E. Boasberg" -> "James E. Boasberg").
TITLES = frozenset(
    "mr mr. mrs mrs. ms ms. dr dr. prof prof. sen sen. rep rep. gov gov. gen gen. lt lt. col col. "
    "capt capt. sgt sgt. st. rev rev. judge justice president vice senator representative governor "
    "mayor minister chancellor secretary king queen prince princess pope sir lady lord general "
    "colonel captain sergeant officer detective chief ceo chairman chairwoman director professor "
    "doctor ambassador commissioner councilman councilwoman congressman congresswoman speaker former "
    "late acting".split()
)
#: Proper nouns that are not names of anyone or anything (a name of only these is skipped).
NOT_NAMES = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july "
    "august september october november december".split()
)
@dataclass(frozen=True, slots=True)
class Token:
    """One word of a parsed sentence.

    ``i`` and ``head`` count within the sentence (a root is its own head); ``start`` and ``end``
    are character offsets into the article.
    """

    i: int
    start: int
    end: int
    text: str
    pos: str
    tag: str
    lemma: str
    dep: str
    head: int
    morph: str


@dataclass(frozen=True)
class ParsedSentence:
    """A sentence's tokens and dependency tree, with the look-ups the scorers need.

    Examples
    --------
    >>> syn = Syntax.from_text("The plan was criticized by the mayor.")
    >>> s = syn.sentence(0)
    >>> [(t.text, t.dep) for t in s.tokens][:4]
    [('The', 'det'), ('plan', 'nsubj:pass'), ('was', 'aux:pass'), ('criticized', 'root')]
    >>> s.tokens[s.subject(3)].text, s.tokens[s.subject(3, logical=True)].text
    ('plan', 'mayor')
    """

    index: int
    start: int
    end: int
    tokens: tuple[Token, ...]

    @classmethod
    def from_doc(cls, doc: Any, index: int = 0, offset: int = 0, starts: list[int] | None = None,
                 end: int | None = None) -> ParsedSentence:
        """Build from a parsed spaCy ``Doc`` whose character 0 is article offset ``offset``.

        ``starts``: each token's character offset in the sentence, when the ``Doc`` was built without
        the sentence's runs of extra white space (its own offsets are then not the article's).
        """
        base = doc[0].i if len(doc) else 0

        def at(t: Any) -> int:
            return starts[t.i - base] if starts is not None else t.idx

        # a run of extra white space is a token of its own; the treebanks the model learned from have
        # none, so it gets any tag ("  said": a PROPN subject): here it is SPACE and depends on nothing
        toks = tuple(
            Token(
                t.i - base, offset + at(t), offset + at(t) + len(t.text), t.text,
                *(("SPACE", "_SP") if t.is_space else (t.pos_, t.tag_)), t.lemma_,
                "root" if t.head.i == t.i else ("dep" if t.is_space else t.dep_), t.head.i - base, str(t.morph),
            )
            for t in doc
        )
        return cls(index, offset, end if end is not None else offset + len(doc.text),
                   main_verb_in_relative(verb_as_plural(referential_it(toks))))

    @cached_property
    def _children(self) -> tuple[tuple[int, ...], ...]:
        kids: list[list[int]] = [[] for _ in self.tokens]
        for t in self.tokens:
            if t.head != t.i and 0 <= t.head < len(kids):
                kids[t.head].append(t.i)
        return tuple(tuple(k) for k in kids)

    def root(self) -> int | None:
        """Index of the root token (the one that is its own head), or ``None`` for an empty sentence."""
        return next((t.i for t in self.tokens if t.head == t.i), None)

    def children(self, i: int) -> list[int]:
        """Indices of the tokens whose head is ``i``, in sentence order."""
        return list(self._children[i]) if 0 <= i < len(self._children) else []

    def _child(self, i: int, deps: Iterable[str]) -> int | None:
        deps = tuple(deps)
        return next((c for c in self.children(i) if self.tokens[c].dep in deps), None)

    def agent(self, i: int) -> int | None:
        """The by-phrase of a passive ``i``: the ``obl:agent`` child, or an ``obl`` child with case "by"."""
        for c in self.children(i):
            t = self.tokens[c]
            if t.dep == "obl:agent" or (t.dep == "obl" and any(
                self.tokens[g].dep == "case" and self.tokens[g].text.lower() == "by" for g in self.children(c)
            ) and self._child(i, ("nsubj:pass", "aux:pass")) is not None):
                return c
        return None

    def subject(self, i: int, *, logical: bool = False) -> int | None:
        """The subject of predicate ``i`` (nsubj, nsubj:pass, csubj ...), or ``None``.

        A conjoined predicate without its own subject shares its first conjunct's
        ("Trump questioned ..., blamed ..." -> Trump for both). With no subject at all, the
        by-phrase of a passive is used; with ``logical=True`` it replaces a passive subject
        ("The plan was criticized by the mayor": subject plan, logical subject mayor).
        """
        if logical and (a := self.agent(i)) is not None and self._child(i, ("nsubj",)) is None:
            return a  # (an active verb's own subject wins over a by-phrase the parser called its agent: "They estimated
            # by 2050, ...")
        # the clause's own subject before the outer one of a copula over it ("The agreement was that Gorbachev agreed")
        s = self._child(i, SUBJECT_DEPS[:4])
        s = self._child(i, SUBJECT_DEPS[4:]) if s is None else s
        if s is None and self.tokens[i].dep == "conj" and self.tokens[i].head != i:
            # the first conjunct's own subject, not its by-agent: "Tom Hill was arrested by police and said ...": Hill
            return self.subject(self.tokens[i].head)
        return s if s is not None else self.agent(i)

    def complement(self, i: int) -> int | None:
        """The clause ``i`` introduces (ccomp, xcomp or parataxis child), or ``None``.

        A parenthetical reporting clause is itself the parataxis dependent of what was said
        ("That culture, they said, emphasizes loyalty."): then the head is returned.
        """
        c = self._child(i, COMPLEMENT_DEPS)
        if c is None and self.tokens[i].dep == "parataxis" and self.tokens[i].head != i:
            return self.tokens[i].head
        return c

    def conjuncts(self, i: int) -> list[int]:
        """The other members of ``i``'s coordination (linked by ``conj``), in sentence order."""
        first = i
        while self.tokens[first].dep == "conj" and self.tokens[first].head != first:
            first = self.tokens[first].head
        group, todo = {first}, [first]
        while todo:
            for c in self.children(todo.pop()):
                if self.tokens[c].dep == "conj" and c not in group:
                    group.add(c)
                    todo.append(c)
        return sorted(group - {i})

    def subtree(self, i: int) -> list[int]:
        """``i`` and all its descendants, in sentence order."""
        out, todo = {i}, [i]
        while todo:
            for c in self.children(todo.pop()):
                if c not in out:
                    out.add(c)
                    todo.append(c)
        return sorted(out)

    def subtree_span(self, i: int) -> tuple[int, int]:
        """Article offsets ``(start, end)`` from the first to the last token of ``i``'s subtree."""
        sub = self.subtree(i)
        return self.tokens[sub[0]].start, self.tokens[sub[-1]].end

    def is_verb(self, i: int) -> bool:
        """``True`` for a verb or auxiliary (UPOS VERB or AUX)."""
        return self.tokens[i].pos in ("VERB", "AUX")

    def _in_name(self, i: int) -> bool:
        t = self.tokens[i]
        if "@" in t.text or "/" in t.text:
            return False  # e-mail addresses, web addresses
        return t.pos == "PROPN" or (len(t.text) == 2 and t.text[0].isupper() and t.text[1] == ".")

    def _name_modifier(self, i: int) -> bool:
        # a capitalised adjective or noun inside a name: "New Zealand", "White House"
        t = self.tokens[i]
        return t.dep in ("amod", "compound") and t.pos in ("ADJ", "NOUN") and t.text[:1].isupper()

    def name_at(self, i: int) -> tuple[int, int] | None:
        """Article offsets of the proper name around token ``i``, or ``None`` if ``i`` is not in one.

        A name is a chain of proper nouns (and initials such as "E.") joined by ``flat`` or
        ``compound``, with capitalised adjective or noun modifiers ("New Zealand", "White House");
        titles in front ("Judge", "Sen.") are left out. E-mail and web addresses are not names.
        """
        if not self._in_name(i) or self.tokens[i].text.lower() in TITLES:
            return None
        top = i
        while (h := self.tokens[top].head) != top and self.tokens[top].dep in NAME_DEPS and self._in_name(h):
            top = h
        chain, todo = {top}, [top]
        while todo:
            for c in self.children(todo.pop()):
                if c not in chain and ((self.tokens[c].dep in NAME_DEPS and self._in_name(c)) or self._name_modifier(c)):
                    chain.add(c)
                    todo.append(c)
        # the contiguous run around i (hyphens and dots between name words belong to it)
        inside = lambda k: k in chain or (self.tokens[k].pos == "PUNCT" and self.tokens[k].text in "-." and
                                          k - 1 in chain and k + 1 in chain)  # noqa: E731
        lo, hi = i, i
        while lo > 0 and inside(lo - 1):
            lo -= 1
        while hi + 1 < len(self.tokens) and inside(hi + 1):
            hi += 1
        while lo < i and self.tokens[lo].text.lower() in TITLES:
            lo += 1
        return self.tokens[lo].start, self.tokens[hi].end


def names(parsed: ParsedSentence) -> list[tuple[int, int]]:
    """Article offsets ``(start, end)`` of the proper names in a sentence, in order.

    The spans of :meth:`ParsedSentence.name_at`, except those made only of weekdays and months
    or only of plural proper nouns ("Americans", "Shiites": groups, not names).

    Examples
    --------
    >>> syn = Syntax.from_text("Judge James E. Boasberg ruled on Friday.")
    >>> [syn.layer.text[s:e] for s, e in names(syn.sentence(0))]
    ['James E. Boasberg']
    """
    out: list[tuple[int, int]] = []
    for t in parsed.tokens:
        span = parsed.name_at(t.i)
        if span is None or (out and span[0] < out[-1][1]):
            continue
        inside = [u for u in parsed.tokens if span[0] <= u.start and u.end <= span[1]]
        if not {u.text.lower() for u in inside} <= NOT_NAMES and any(u.tag != "NNPS" for u in inside):
            out.append(span)
    return out


#: New strings spaCy may keep for good in a process (see :func:`_memory_zone`): about 60 MB.
MAX_NEW_STRINGS = 200_000
_STRINGS_AT_START: dict[int, int] = {}


def _memory_zone(nlp: Any) -> Any:
    """A context for one parse: spaCy's ``memory_zone()`` once the vocabulary has grown enough.

    spaCy keeps every new word form it meets, with its lemma, shape and affix strings and a
    tokenizer cache entry: about 0.65 kB per new form (130 MB for 200,000 invented forms,
    measured), so on a long stream of real news memory grows without end. Inside a memory zone
    (spaCy >= 3.8) what was added is dropped on exit; the parse is plain Python by then. But a
    zone from the first article on costs about 13% more parsing (every form of every article is
    rebuilt), so the first ``MAX_NEW_STRINGS`` new strings stay for good (the frequent forms
    come first) and only later parses run in a zone: short runs pay nothing, long ones stay
    flat (issue #17). The output is the same either way.
    """
    zone = getattr(nlp, "memory_zone", None)
    if zone is None:
        return contextlib.nullcontext()
    start = _STRINGS_AT_START.setdefault(id(nlp), len(nlp.vocab.strings))
    return zone() if len(nlp.vocab.strings) - start > MAX_NEW_STRINGS else contextlib.nullcontext()


class Syntax:
    """Parses of an article's sentences, computed on first request and kept.

    Parameters
    ----------
    layer : TextLayer
        The article's text layer; its ``sentences`` are the units parsed.
    nlp : spacy.language.Language, optional
        A pipeline with UD labels (default: :func:`load_pipeline`).

    Examples
    --------
    >>> from framing.text import text_layer
    >>> layer = text_layer("Prices rose. The minister said she would act.")
    >>> syn = Syntax(layer)
    >>> s = syn.sentence(1)
    >>> [(t.text, t.dep, t.head) for t in s.tokens[:3]]
    [('The', 'det', 1), ('minister', 'nsubj', 2), ('said', 'root', 2)]
    >>> tok = syn.token_at(layer.text.index("act"))
    >>> tok.text, tok.start, layer.text[tok.start:tok.end]
    ('act', 41, 'act')
    >>> sorted(syn.parsed)
    [1]
    """

    def __init__(self, layer: TextLayer, nlp: Any = None) -> None:
        self.layer = layer
        self._nlp = nlp
        self._parsed: dict[int, ParsedSentence] = {}

    @classmethod
    def from_text(cls, text: str, nlp: Any = None) -> Syntax:
        """Shortcut: :func:`~framing.text.text_layer` of ``text``, then ``Syntax``."""
        from .layer import text_layer

        return cls(text_layer(text), nlp)

    @property
    def nlp(self) -> Any:
        """The pipeline (loaded on first use)."""
        if self._nlp is None:
            self._nlp = load_pipeline()
        return self._nlp

    @property
    def parsed(self) -> dict[int, ParsedSentence]:
        """The sentences parsed so far, by index (a copy)."""
        return dict(self._parsed)

    def _doc(self, k: int) -> tuple[Any, list[int] | None]:
        """The ``Doc`` of sentence ``k`` to parse, and its tokens' offsets when runs of white space were left out."""
        s = self.layer.sentences[k]
        from spacy.attrs import SENT_START  # here: ``import framing`` does not import spaCy
        from spacy.tokens import Doc

        doc = self.nlp.make_doc(self.layer.text[s.start:s.end])
        offsets = None
        if any(t.is_space for t in doc):
            # a run of extra white space is a token to spaCy, which a model trained on treebanks misreads
            # (as a subject, or cutting a clause): parse the words alone, keep where each one stands
            kept = [t for t in doc if not t.is_space]
            offsets = [t.idx for t in kept]
            doc = Doc(doc.vocab, words=[t.text for t in kept],
                      spaces=[bool(t.whitespace_) or (t.i + 1 < len(doc) and doc[t.i + 1].is_space) for t in kept])
        if len(doc) > 1:  # our segmenter decides: the parser may not split (is_sent_start = False, as one array)
            starts = doc.to_array([SENT_START])
            starts[1:] = starts.dtype.type(-1 % 2**64)  # -1 as uint64: "not a sentence start"
            doc.from_array([SENT_START], starts)
        return doc, offsets

    def parse(self, indices: Iterable[int]) -> list[ParsedSentence]:
        """Parse sentences ``indices`` (those not parsed yet in one ``nlp.pipe`` batch), in the order given."""
        indices = list(indices)
        todo = sorted({k for k in indices if k not in self._parsed})
        for k in todo:
            if not 0 <= k < len(self.layer.sentences):
                raise IndexError(f"sentence {k} out of range (the article has {len(self.layer.sentences)})")
        if not todo:
            return [self._parsed[k] for k in indices]
        with _memory_zone(self.nlp):
            made = [self._doc(k) for k in todo]
            for k, (_, offsets), doc in zip(todo, made, self.nlp.pipe(d for d, _ in made)):
                s = self.layer.sentences[k]
                self._parsed[k] = ParsedSentence.from_doc(doc, k, s.start, offsets, s.end)
        return [self._parsed[k] for k in indices]

    def sentence(self, k: int) -> ParsedSentence:
        """The parse of sentence ``k`` (parsed now if it was not yet)."""
        return self._parsed[k] if k in self._parsed else self.parse([k])[0]

    def token_at(self, offset: int) -> Token | None:
        """The token covering article offset ``offset`` (``None`` between tokens or outside sentences)."""
        k = self.layer.sentence_index(offset)
        if k < 0 or offset >= self.layer.sentences[k].end:
            return None
        toks = self.sentence(k).tokens
        j = bisect.bisect_right([t.start for t in toks], offset) - 1
        return toks[j] if j >= 0 and offset < toks[j].end else None
