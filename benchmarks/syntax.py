"""Accuracy and speed of the shipped syntactic pipeline (``framing/models/en_framing_ud``).

Run: ``.venv/bin/python benchmarks/syntax.py [--model PATH] [--skip-speed]``

Reads ``../shared/data/ud-english`` (or ``$FRAMING_UD_DATA``; see its SOURCE.md); exits 0
with a message when that folder is absent.

- UPOS, XPOS, lemma accuracy, UAS and LAS with gold tokens (a ``Doc`` built from the
  treebank's words and spaces, one sentence per ``Doc``, the parser not allowed to split it)
  on UD English EWT test, on the 500 news sentences of UD English PUD (ids starting ``n``) and
  on the GUM news documents (``gum/conllu``, genre ``news`` in ``gum/manifest.csv``; GUM is
  used for evaluation only). Punctuation counts; LAS compares the full label
  (``nsubj:pass`` vs ``nsubj`` is an error), "LAS (main)" only the part before the colon.
- Speed: words per second (``framing.text.count_words``) of the pipeline alone, one thread,
  on the sentences of the bundled corpus (``data/cecot-2025-03``) and of the GUM news texts
  (``gum/text``), beside VADER's sentences per second on the same sentences.
- Names: :func:`framing.text.syntax.names` against Universal NER on EWT test (exact spans). The
  detector is untyped, so precision is given against all entity types and against PER only.

``MISSED`` is printed next to a number below its target (EWT test UPOS 0.95, UAS 0.86, LAS 0.83).
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import csv  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
DATA = Path(os.environ.get("FRAMING_UD_DATA", ROOT.parent / "shared" / "data" / "ud-english"))
TARGETS = {"UPOS": 0.95, "UAS": 0.86, "LAS": 0.83}


def read_conllu(path: Path):
    """Yield (sent_id, rows) per sentence; rows are syntactic words with a ``space`` flag."""
    sent_id, rows, mwt_end, mwt_space = "", [], 0, True
    for line in path.open(encoding="utf-8"):
        line = line.rstrip("\n")
        if line.startswith("# sent_id"):
            sent_id = line.split("=", 1)[1].strip()
        elif not line:
            if rows:
                yield sent_id, rows
            sent_id, rows = "", []
        elif not line.startswith("#"):
            c = line.split("\t")
            if "." in c[0]:
                continue  # empty node
            if "-" in c[0]:
                mwt_end, mwt_space = int(c[0].split("-")[1]), "SpaceAfter=No" not in c[9]
                continue
            i = int(c[0])
            space = "SpaceAfter=No" not in c[9]
            if i < mwt_end:
                space = False
            elif i == mwt_end:
                space = mwt_space
            rows.append(dict(form=c[1], lemma=c[2], upos=c[3], xpos=c[4], head=int(c[6]), dep=c[7], space=space))
    if rows:
        yield sent_id, rows


def gold_doc(nlp, rows):
    from spacy.tokens import Doc

    return Doc(nlp.vocab, words=[r["form"] for r in rows], spaces=[r["space"] for r in rows],
               sent_starts=[True] + [False] * (len(rows) - 1))


def evaluate(nlp, sentences) -> dict[str, float]:
    sentences = list(sentences)
    docs = nlp.pipe(gold_doc(nlp, rows) for rows in sentences)
    n = upos = xpos = lemma = uas = las = las_main = 0
    for rows, doc in zip(sentences, docs):
        for r, t in zip(rows, doc):
            n += 1
            upos += t.pos_ == r["upos"]
            xpos += t.tag_ == r["xpos"]
            lemma += t.lemma_ == r["lemma"]
            gold_head = r["head"] - 1 if r["head"] else t.i
            dep = "root" if t.head.i == t.i else t.dep_
            if t.head.i == gold_head:
                uas += 1
                las += dep == r["dep"]
                las_main += dep.split(":")[0] == r["dep"].split(":")[0]
    return {"sentences": len(sentences), "words": n, "UPOS": upos / n, "XPOS": xpos / n, "lemma": lemma / n,
            "UAS": uas / n, "LAS": las / n, "LAS (main)": las_main / n}


def gum_news() -> list[str]:
    with (DATA / "gum" / "manifest.csv").open(encoding="utf-8") as f:
        return sorted(r["id"] for r in csv.DictReader(f) if r["genre"] == "news")


def speed(nlp, texts: list[str]) -> tuple[int, int, float, float]:
    """(sentences, words, words/s of the pipeline, VADER sentences/s) over ``texts``."""
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    from framing.text.syntax import Syntax
    from framing.text import count_words, text_layer

    layers = [text_layer(t) for t in texts]
    sents = [L.text[s.start:s.end] for L in layers for s in L.sentences]
    words = sum(count_words(s) for s in sents)
    Syntax(layers[0], nlp).parse(range(min(3, len(layers[0].sentences))))  # warm-up
    t0 = time.perf_counter()
    for L in layers:
        Syntax(L, nlp).parse(range(len(L.sentences)))
    t_nlp = time.perf_counter() - t0
    vader = SentimentIntensityAnalyzer()
    t0 = time.perf_counter()
    for s in sents:
        vader.polarity_scores(s)
    t_vader = time.perf_counter() - t0
    return len(sents), words, words / t_nlp, len(sents) / t_vader


def read_iob2(path: Path):
    sent_id, toks = "", []
    for line in path.open(encoding="utf-8"):
        line = line.rstrip("\n")
        if line.startswith("# sent_id"):
            sent_id = line.split("=", 1)[1].strip()
        elif not line:
            if toks:
                yield sent_id, toks
            sent_id, toks = "", []
        elif not line.startswith("#"):
            c = line.split("\t")
            toks.append((c[1], c[2]))
    if toks:
        yield sent_id, toks


def iob_spans(tags: list[str]) -> list[tuple[int, int, str]]:
    out, start, label = [], None, ""
    for i, tag in enumerate(tags + ["O"]):
        if start is not None and not tag.startswith("I-"):
            out.append((start, i, label))
            start = None
        if tag.startswith("B-") or (tag.startswith("I-") and start is None):
            start, label = i, tag[2:]
    return out


def name_scores(nlp) -> dict[str, float]:
    from framing.text.syntax import ParsedSentence, names

    ewt = dict(read_conllu(DATA / "ewt" / "en_ewt-ud-test.conllu"))
    sentences = list(read_iob2(DATA / "uner-ewt" / "en_ewt-ud-test.iob2"))
    docs = []
    for sid, toks in sentences:
        rows = ewt.get(sid)
        if rows is None or [r["form"] for r in rows] != [w for w, _ in toks]:
            rows = [dict(form=w, space=True) for w, _ in toks]
        docs.append(gold_doc(nlp, rows))
    pred_n, hit_any, gold_n, found = 0, 0, {"PER": 0, "ORG": 0, "LOC": 0, "ALL": 0}, {"PER": 0, "ORG": 0, "LOC": 0, "ALL": 0}
    hit_per = 0
    for (sid, toks), doc in zip(sentences, nlp.pipe(docs)):
        parsed = ParsedSentence.from_doc(doc)
        starts = {t.start: t.i for t in parsed.tokens}
        ends = {t.end: t.i + 1 for t in parsed.tokens}
        pred = {(starts[s], ends[e]) for s, e in names(parsed)}
        gold = {(s, e): lab for s, e, lab in iob_spans([tag for _, tag in toks])}
        pred_n += len(pred)
        hit_any += len(pred & gold.keys())
        hit_per += sum(gold.get(p) == "PER" for p in pred)
        for span, lab in gold.items():
            for key in (lab, "ALL"):
                if key in gold_n:
                    gold_n[key] += 1
                    found[key] += span in pred
    return {"names predicted": pred_n, "P (any type)": hit_any / pred_n, "R (any type)": found["ALL"] / gold_n["ALL"],
            "PER P": hit_per / pred_n, "PER R": found["PER"] / gold_n["PER"], "ORG R": found["ORG"] / gold_n["ORG"],
            "LOC R": found["LOC"] / gold_n["LOC"], "PER gold": gold_n["PER"]}


def show(name: str, scores: dict[str, float], targets: dict[str, float] | None = None) -> None:
    cells = []
    for k, v in scores.items():
        cell = f"{k} {v:.4f}" if isinstance(v, float) else f"{k} {v}"
        if targets and k in targets and v < targets[k]:
            cell += f" MISSED (target {targets[k]})"
        cells.append(cell)
    print(f"{name}: " + ", ".join(cells))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model", help="pipeline folder (default: the shipped model)")
    ap.add_argument("--skip-speed", action="store_true")
    args = ap.parse_args()
    if not DATA.is_dir():
        print(f"skipped: {DATA} not found (the UD English treebanks live in ../shared/data/ud-english).")
        return 0
    from framing.text.syntax import load_pipeline

    nlp = load_pipeline(args.model)
    print(f"pipeline: {args.model or 'shipped en_framing_ud'} ({', '.join(nlp.pipe_names)})")
    t0 = time.perf_counter()
    show("EWT test", evaluate(nlp, (r for _, r in read_conllu(DATA / "ewt" / "en_ewt-ud-test.conllu"))), TARGETS)
    pud = [r for sid, r in read_conllu(DATA / "pud" / "en_pud-ud-test.conllu") if sid.startswith("n")]
    show("PUD news", evaluate(nlp, pud))
    gum = [r for doc in gum_news() for _, r in read_conllu(DATA / "gum" / "conllu" / f"{doc}.conllu")]
    show(f"GUM news ({len(gum_news())} documents)", evaluate(nlp, gum))
    print(f"(accuracy: {time.perf_counter() - t0:.0f} s)")
    show("UNER EWT test, names()", name_scores(nlp))
    if not args.skip_speed:
        for label, paths in (("bundled corpus", sorted((ROOT / "data" / "cecot-2025-03").glob("*.txt"))),
                             ("GUM news texts", [DATA / "gum" / "text" / f"{d}.txt" for d in gum_news()])):
            n, words, wps, vader = speed(nlp, [p.read_text(encoding="utf-8") for p in paths])
            print(f"speed, {label} ({len(paths)} texts, {n} sentences, {words} words): pipeline {wps:,.0f} words/s "
                  f"({wps / (words / n):,.0f} sentences/s), VADER {vader:,.0f} sentences/s, one thread")
    return 0


if __name__ == "__main__":
    sys.exit(main())
