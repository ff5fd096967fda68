"""Gold annotations of real news (GUM Wikinews documents) stored as offsets plus our labels.

The GUM texts stay in ``../shared/data/ud-english/gum/`` (their annotations are CC BY-NC-SA,
the texts CC BY): nothing of them is copied here. Annotators write a *working file* that
names the words (a snippet within a numbered GUM sentence); this module turns it into the
committed gold file, which holds only character offsets into ``gum/text/<doc>.txt`` and labels.

Commands::

    python benchmarks/gold.py sentences GUM_news_afghan        # numbered sentences, to annotate
    python benchmarks/gold.py build-attribution WORK.jsonl OUT.jsonl
    python benchmarks/gold.py build-hedges WORK.jsonl OUT.jsonl
    python benchmarks/gold.py show OUT.jsonl [DOC]             # print the gold with its text, to check it

Working file, attribution (one JSON object per line; ``sent`` is the number printed by
``sentences``, the sentence holding the cue, or the content when there is no cue)::

    {"doc": "GUM_news_afghan", "sent": 5, "kind": "indirect", "cue_class": "statement",
     "cue": "said", "source": "Mohib", "content": "the team would return",
     "speaker": "Hamdullah Mohib", "role": "Ambassador", "affiliation": "Afghanistan",
     "speaker_type": "government", "source_is_pronoun": false}

A document annotated with no attribution at all is one line ``{"doc": "...", "none": true}``.
``content`` may instead be given as ``content_from`` and ``content_to`` (first and last words of
a long quotation, which may run over several sentences). ``cue``, ``source`` may be null. A
snippet that occurs more than once in its search window takes ``"<field>_nth": N`` (1-based).

Working file, hedges and sentence voice::

    {"doc": "GUM_news_afghan", "sent": 7, "hedge": "allegedly", "category": "allegation", "voice": "author"}
    {"doc": "GUM_news_afghan", "sent": 7, "sentence_voice": "reported"}

Gold files carry ``split`` from ``gum/manifest.csv`` (``train``, ``dev``, ``test``).

Documents whose id starts with ``FB_`` are FactBank newswire (``FB_wsj_0904``: DocID ``wsj_0904.txt``
of ``../shared/data/szeged-uncertainty/factbank.xml``), read by ``benchmarks/factbank.py``: one
sentence a line, and ``sentences`` are the lines. Their gold records carry ``"split": "heldout"``
(never used for tuning; ``benchmarks/data/factbank_attribution.md``), except the development set's
(``factbank.choose_dev()``) and the second development set's (``factbank.choose_fresh()``), which carry
``"split": "train"``.
"""

from __future__ import annotations

import bisect
import csv
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import factbank  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
GUM = ROOT.parent / "shared" / "data" / "ud-english" / "gum"

KINDS = ("direct", "indirect", "mixed", "according_to")
CUE_CLASSES = ("statement", "belief", "intention", "request", "evaluation", "refusal", "nominal")
SPEAKER_TYPES = ("government", "judiciary", "law_enforcement", "expert", "legal", "media", "social_media",
                 "unnamed", "advocacy", "other")
HEDGE_CATEGORIES = ("allegation", "epistemic", "distancing", "booster", "scare_quote")
VOICES = ("author", "quoted", "reported")
SENTENCE_VOICES = ("author", "quoted", "reported", "mixed")
WINDOW = 3  # sentences either side of ``sent`` searched for content and source snippets


def require_gum() -> bool:
    """True when the GUM folder is there; else print why the caller skips."""
    if not (GUM / "manifest.csv").exists():
        print(f"skipped: {GUM} not found (GUM lives in ../shared/data/ud-english; see its SOURCE.md).")
        return False
    return True


def require_docs(docs) -> bool:
    """True when the text of every document in ``docs`` is there (GUM, FactBank); else print why the caller skips."""
    docs = list(docs)
    if any(factbank.is_factbank(d) for d in docs) and not factbank.require():
        return False
    return all(factbank.is_factbank(d) for d in docs) or require_gum()


def manifest() -> dict[str, dict[str, str]]:
    with (GUM / "manifest.csv").open(encoding="utf-8", newline="") as f:
        return {row["id"]: row for row in csv.DictReader(f)}


PUD = ROOT.parent / "shared" / "data" / "ud-english" / "pud" / "en_pud-ud-test.conllu"
_PUD_ID = re.compile(r"[nw]\d{5}")


def pud_texts() -> dict[str, str]:
    """The UD English PUD documents as plain text: each one's ``# text`` sentences joined by a space, then a newline."""
    docs: dict[str, list[str]] = {}
    cur = None
    for line in PUD.read_text(encoding="utf-8").splitlines():
        if line.startswith("# newdoc id = "):
            cur = line.split("=", 1)[1].strip()
            docs[cur] = []
        elif line.startswith("# text = ") and cur is not None:
            docs[cur].append(line.split("=", 1)[1].strip())
    return {d: " ".join(s) + "\n" for d, s in docs.items()}


def doc_text(doc: str) -> str:
    if factbank.is_factbank(doc):
        return factbank.doc_text(doc)
    if _PUD_ID.fullmatch(doc):
        if not hasattr(doc_text, "pud"):
            doc_text.pud = pud_texts()  # type: ignore[attr-defined]
        return doc_text.pud[doc]  # type: ignore[attr-defined]
    return (GUM / "text" / f"{doc}.txt").read_text(encoding="utf-8")


# FactBank's text (the Szeged release of factbank.xml) has "amp" where the newswire had "&" ("Dow Jones amp Co.",
# "Federal Savings amp Loan": an HTML entity lost its "&" and ";"); every one of its 34 forms stands between two
# capitalised words. The system is scored on the newswire as written: "&" back, and the gold's offsets moved with it.
_AMP_RE = re.compile(r"(?<= )amp(?= [A-Z])")


def as_written(doc: str, text: str, items: list[dict]) -> tuple[str, list[dict]]:
    """``text`` of ``doc`` with FactBank's "amp" written back as "&", and gold ``items`` with their offsets moved."""
    cuts = [m.start() for m in _AMP_RE.finditer(text)] if factbank.is_factbank(doc) else []
    if not cuts:
        return text, items

    def move(span: list[int] | None) -> list[int] | None:
        return [o - 2 * bisect.bisect_left(cuts, o) for o in span] if span else span

    moved = [dict(g, source_span=move(g["source_span"]), cue_span=move(g["cue_span"]), content_span=move(g["content_span"]),
                  speaker=re.sub(r"\bamp\b", "&", g["speaker"]) if g.get("speaker") else g.get("speaker")) for g in items]
    return _AMP_RE.sub("&", text), moved


def sentences(doc: str) -> list[tuple[int, int]]:
    """GUM's own sentences of ``doc`` as (start, end) offsets into its text file (FactBank: its lines)."""
    if factbank.is_factbank(doc):
        return factbank.sentences(doc)
    text = doc_text(doc)
    out: list[tuple[int, int]] = []
    pos = 0
    for line in (GUM / "conllu" / f"{doc}.conllu").read_text(encoding="utf-8").splitlines():
        if line.startswith("# text = "):
            s = line[len("# text = "):]
            i = text.find(s, pos)
            if i < 0:
                raise ValueError(f"{doc}: sentence {len(out) + 1} not found in the text after offset {pos}: {s[:60]!r}")
            out.append((i, i + len(s)))
            pos = i + len(s)
    return out


def locate(text: str, snippet: str, lo: int, hi: int, *, nth: int | None = None, near: int | None = None,
           what: str = "snippet") -> tuple[int, int]:
    """The span of ``snippet`` in ``text[lo:hi]``: the ``nth`` occurrence, else the one nearest ``near``."""
    hits = [m.start() for m in re.finditer(re.escape(snippet), text[lo:hi])]
    if not hits:
        raise ValueError(f"{what} {snippet!r} not found in {text[lo:hi][:80]!r}...")
    if nth is not None:
        if nth > len(hits):
            raise ValueError(f"{what} {snippet!r}: asked for occurrence {nth}, there are {len(hits)}")
        i = hits[nth - 1]
    elif len(hits) == 1 or near is None:
        if len(hits) > 1:
            raise ValueError(f"{what} {snippet!r} occurs {len(hits)} times; add {what}_nth")
        i = hits[0]
    else:
        i = min(hits, key=lambda h: abs(lo + h - near))
    return lo + i, lo + i + len(snippet)


_ENTITY_RE = re.compile(r"\((\d+)-[^()]*\)?|(\d+)\)")


def coref_mentions(doc: str) -> list[tuple[int, int, int]]:
    """GUM's coreference mentions of ``doc`` as (start, end, entity id), offsets into its text file.

    Read from the ``Entity=`` annotations of the MISC column (Zeldes 2017): ``(N-...`` opens a
    mention of entity N at a word, ``N)`` closes it, ``(N-...)`` is a one-word mention.
    """
    text = doc_text(doc)
    out: list[tuple[int, int, int]] = []
    open_at: dict[int, list[int]] = {}
    pos = 0
    for line in (GUM / "conllu" / f"{doc}.conllu").read_text(encoding="utf-8").splitlines():
        cols = line.split("\t")
        if len(cols) != 10 or not cols[0].isdigit():
            continue
        i = text.find(cols[1], pos)
        if i < 0:
            raise ValueError(f"{doc}: word {cols[1]!r} not found after offset {pos}")
        start, end = i, i + len(cols[1])
        pos = end
        ent = next((f[len("Entity="):] for f in cols[9].split("|") if f.startswith("Entity=")), "")
        for m in _ENTITY_RE.finditer(ent):
            if m.group(1):
                eid = int(m.group(1))
                if m.group(0).endswith(")"):
                    out.append((start, end, eid))
                else:
                    open_at.setdefault(eid, []).append(start)
            else:
                eid = int(m.group(2))
                out.append((open_at[eid].pop(), end, eid))
    return sorted(out)


def _window(sents: list[tuple[int, int]], k: int, width: int) -> tuple[int, int]:
    a, b = max(k - 1 - width, 0), min(k - 1 + width, len(sents) - 1)
    return sents[a][0], sents[b][1]


def _check(rec: dict, field: str, allowed: tuple[str, ...], where: str) -> None:
    if rec.get(field) not in allowed:
        raise ValueError(f"{where}: {field} {rec.get(field)!r} is not one of {allowed}")


def _work_records(work: Path):
    """(where, record, document text, its sentences) for each record of a working file; ``//`` lines are comments."""
    cache: dict[str, tuple[str, list[tuple[int, int]]]] = {}
    for n, line in enumerate(work.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("//"):
            continue
        rec = json.loads(line)
        if rec["doc"] not in cache:
            cache[rec["doc"]] = (doc_text(rec["doc"]), sentences(rec["doc"]))
        yield f"{work.name}, line {n}", rec, *cache[rec["doc"]]


def build_attribution(work: Path) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {}
    for where, rec, text, sents in _work_records(work):
        doc = rec["doc"]
        if rec.get("none"):  # {"doc": ..., "none": true}: annotated, and nothing is attributed in it
            out.setdefault(doc, [])
            continue
        k = rec["sent"]
        s0, s1 = sents[k - 1]
        _check(rec, "kind", KINDS, where)
        _check(rec, "cue_class", CUE_CLASSES, where)
        _check(rec, "speaker_type", SPEAKER_TYPES, where)
        try:
            cue = locate(text, rec["cue"], s0, s1, nth=rec.get("cue_nth"), what="cue") if rec.get("cue") else None
            lo, hi = _window(sents, k, WINDOW)
            anchor = cue[0] if cue else s0
            if rec.get("content_from"):
                a = locate(text, rec["content_from"], lo, hi, nth=rec.get("content_from_nth"), near=anchor, what="content_from")
                lo2, hi2 = _window(sents, k, 12)
                b = locate(text, rec["content_to"], a[0], hi2, nth=rec.get("content_to_nth"), near=a[0], what="content_to")
                content = (a[0], b[1])
            else:
                content = locate(text, rec["content"], lo, hi, nth=rec.get("content_nth"), near=anchor, what="content")
            source = (locate(text, rec["source"], lo, hi, nth=rec.get("source_nth"), near=anchor, what="source")
                      if rec.get("source") else None)
        except ValueError as exc:
            raise ValueError(f"{where} ({doc}, sentence {k}): {exc}") from None
        out.setdefault(doc, []).append({
            "kind": rec["kind"], "cue_class": rec["cue_class"], "source_span": list(source) if source else None,
            "cue_span": list(cue) if cue else None, "content_span": list(content), "speaker": rec.get("speaker"),
            "role": rec.get("role"), "affiliation": rec.get("affiliation"), "speaker_type": rec["speaker_type"],
            "source_is_pronoun": bool(rec.get("source_is_pronoun", False))})
    return out


def build_hedges(work: Path) -> dict[str, dict[str, list[dict]]]:
    out: dict[str, dict[str, list[dict]]] = {}
    for where, rec, text, sents in _work_records(work):
        doc = rec["doc"]
        entry = out.setdefault(doc, {"hedges": [], "sentences": []})
        s0, s1 = sents[rec["sent"] - 1]
        if "sentence_voice" in rec:
            _check(rec, "sentence_voice", SENTENCE_VOICES, where)
            entry["sentences"].append({"sent": rec["sent"], "span": [s0, s1], "voice": rec["sentence_voice"]})
            continue
        _check(rec, "category", HEDGE_CATEGORIES, where)
        _check(rec, "voice", VOICES, where)
        try:
            span = locate(text, rec["hedge"], s0, s1, nth=rec.get("hedge_nth"), what="hedge")
        except ValueError as exc:
            raise ValueError(f"{where} ({doc}, sentence {rec['sent']}): {exc}") from None
        entry["hedges"].append({"span": list(span), "category": rec["category"], "voice": rec["voice"]})
    return out


def write_gold(docs: dict, out: Path, key: str | None = None) -> None:
    splits = manifest() if any(not factbank.is_factbank(d) for d in docs) else {}
    with out.open("w", encoding="utf-8") as f:
        for doc in sorted(docs):
            body = {key: docs[doc]} if key else docs[doc]
            split = (("train" if doc in factbank.choose_dev() + factbank.choose_fresh() else "heldout") if factbank.is_factbank(doc)
                     else splits[doc]["split"])
            f.write(json.dumps({"doc": doc, "split": split, **body}, ensure_ascii=False) + "\n")


def read_gold(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _docs_named(argv: list[str]) -> list[str]:
    """The documents a command works on (to know which text it needs), as far as the command line tells."""
    cmd, arg = argv[0], Path(argv[1]) if len(argv) > 1 else None
    if cmd == "sentences" and arg:
        return [argv[1]]
    if cmd in ("build-attribution", "build-hedges") and arg and arg.exists():
        return [json.loads(x)["doc"] for x in arg.read_text(encoding="utf-8").splitlines()
                if x.strip() and not x.lstrip().startswith("//")]
    if cmd == "show" and arg and arg.exists():
        return [r["doc"] for r in read_gold(arg) if len(argv) < 3 or r["doc"] == argv[2]]
    return []


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    cmd = argv[0]
    if not require_docs(_docs_named(argv) or ["GUM"]):
        return 0
    if cmd == "sentences":
        text = doc_text(argv[1])
        for k, (s, e) in enumerate(sentences(argv[1]), 1):
            print(f"{k}: {text[s:e]}")
    elif cmd == "build-attribution":
        write_gold(build_attribution(Path(argv[1])), Path(argv[2]), key="attributions")
    elif cmd == "build-hedges":
        write_gold(build_hedges(Path(argv[1])), Path(argv[2]))
    elif cmd == "show":
        for rec in read_gold(Path(argv[1])):
            if len(argv) > 2 and rec["doc"] != argv[2]:
                continue
            text = doc_text(rec["doc"])
            print(f"## {rec['doc']} ({rec['split']})")
            for a in rec.get("attributions", []):
                src = text[slice(*a["source_span"])] if a["source_span"] else None
                cue = text[slice(*a["cue_span"])] if a["cue_span"] else None
                print(f"  {a['kind']}/{a['cue_class']} {a['speaker']!r} ({a['speaker_type']}) source={src!r} cue={cue!r}: "
                      f"{text[slice(*a['content_span'])][:100]!r}")
            for h in rec.get("hedges", []):
                print(f"  hedge {h['category']}/{h['voice']}: {text[slice(*h['span'])]!r}")
            for s in rec.get("sentences", []):
                print(f"  sentence {s['sent']} {s['voice']}: {text[slice(*s['span'])][:90]!r}")
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
