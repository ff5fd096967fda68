"""Choose the sentence segmenter by measurement: ours vs pysbd vs blingfire.

Data: the newswire part of the Szeged Uncertainty Corpus
(``../shared/data/szeged-uncertainty/factbank.xml``; Szarvas et al. 2012), 208
documents of gold sentences (FactBank/TimeBank: NYT, APW, WSJ ...). Each document
is rebuilt by joining its sentences with one space, after normalising white
space (the file has double spaces left over from removed FactBank markup, see
its SOURCE.md) and mapping the Penn Treebank quotes ````, ``''`` to ``"`` (news
text as published has no PTB quotes; every segmenter gets the same text).

A boundary is the end offset of a sentence (trailing space stripped); the end of
each document is not counted (every segmenter gets it for free). Precision,
recall and F1 are over boundaries pooled across documents; speed is MB of UTF-8
text per second, best of 3 runs (pysbd: 1 run) in this process.

Run: ``.venv/bin/python benchmarks/segmentation.py [--examples N]``.
Exits 0 with a message when ``../shared`` is absent.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data" / "szeged-uncertainty" / "factbank.xml"
sys.path.insert(0, str(ROOT))

_WS = re.compile(r"\s+")


def load_documents(path: Path) -> list[tuple[str, list[int]]]:
    """(document text, gold sentence end offsets) per document."""
    docs = []
    for doc in ET.parse(path).getroot().iter("Document"):
        sents = []
        for s in doc.iter("Sentence"):
            text = _WS.sub(" ", "".join(s.itertext())).strip()
            text = text.replace("``", '"').replace("''", '"')
            if text:
                sents.append(text)
        if not sents:
            continue
        ends, pos = [], 0
        for s in sents:
            pos += len(s)
            ends.append(pos)
            pos += 1
        docs.append((" ".join(sents), ends))
    return docs


def ours(text: str) -> list[int]:
    from framing.text.segment import split_sentences

    return [e for _, e in split_sentences(text)]


def make_pysbd():
    import pysbd

    seg = pysbd.Segmenter(language="en", clean=False)

    def run(text: str) -> list[int]:
        ends, pos = [], 0
        for sent in seg.segment(text):
            s = sent.strip()
            if not s:
                continue
            i = text.find(s, pos)
            if i < 0:  # pysbd changed the text: fall back to its length
                i = pos
            pos = i + len(s)
            ends.append(pos)
        return ends

    return run


def blingfire_seg(text: str) -> list[int]:
    import blingfire

    _, offsets = blingfire.text_to_sentences_and_offsets(text)
    return [e for _, e in offsets]


def score(docs, fn):
    tp = fp = fn_ = 0
    errors = []
    for text, gold in docs:
        g = set(gold[:-1])
        p = {e for e in fn(text) if e < len(text)}
        tp += len(g & p)
        fp += len(p - g)
        fn_ += len(g - p)
        errors.extend(("split", text, e) for e in sorted(p - g))
        errors.extend(("missed", text, e) for e in sorted(g - p))
    prec = tp / (tp + fp) if tp + fp else 0.0
    rec = tp / (tp + fn_) if tp + fn_ else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    return prec, rec, f1, tp, fp, fn_, errors


def speed(docs, fn, repeats):
    mb = sum(len(t.encode("utf-8")) for t, _ in docs) / 1e6
    best = float("inf")
    for _ in range(repeats):
        t0 = time.perf_counter()
        for text, _ in docs:
            fn(text)
        best = min(best, time.perf_counter() - t0)
    return mb / best


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--examples", type=int, default=8, help="error examples to print for our segmenter")
    args = ap.parse_args(argv)
    if not DATA.exists():
        print(f"segmentation benchmark skipped: {DATA} not found (it needs ../shared/data)")
        return 0
    docs = load_documents(DATA)
    n_sent = sum(len(g) for _, g in docs)
    mb = sum(len(t.encode("utf-8")) for t, _ in docs) / 1e6
    print(f"FactBank news (Szeged Uncertainty Corpus): {len(docs)} documents, {n_sent} gold sentences, "
          f"{n_sent - len(docs)} scored boundaries, {mb:.2f} MB")
    segmenters = [("framing.text.segment", ours, 3), ("blingfire", blingfire_seg, 3), ("pysbd", make_pysbd(), 1)]
    print(f"\n| segmenter | precision | recall | F1 | false splits | missed | MB/s |\n|---|---|---|---|---|---|---|")
    our_errors = []
    for name, fn, reps in segmenters:
        p, r, f, tp, fp, fn_, errors = score(docs, fn)
        if name == "framing.text.segment":
            our_errors = errors
        print(f"| {name} | {p:.3f} | {r:.3f} | {f:.3f} | {fp} | {fn_} | {speed(docs, fn, reps):.2f} |")
    if args.examples:
        print(f"\nframing.segment errors (first {args.examples} of each kind; '|' marks the boundary):")
        for kind in ("split", "missed"):
            for _, text, e in [x for x in our_errors if x[0] == kind][: args.examples]:
                print(f"  {kind:6s} …{text[max(0, e - 60):e]}|{text[e:e + 40]}…")
    return 0


if __name__ == "__main__":
    sys.exit(main())
