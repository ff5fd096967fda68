"""Precision and recall of the hedge scorer against the Szeged Uncertainty Corpus.

Run: ``.venv/bin/python benchmarks/hedges_szeged.py [--errors N] [--only factbank|wiki]``

Reads ``../shared/data/szeged-uncertainty/{factbank,wiki}.xml`` (Szarvas et al. 2012,
Computational Linguistics 38(2)); exits 0 with a message when that folder is absent.

Mapping of the Szeged cue types to our categories (see that folder's SOURCE.md):

- ``speculation_hypo_doxastic`` (beliefs: believe, expected, alleged, accused ...) -> ``allegation``.
  Doxastic is wider than our allegation category (belief and expectation verbs such as
  "expected", "think" are not allegation markers), so recall is also given on the
  *allegation-type* doxastic cues: cues whose words start with one of ALLEGATION_STEMS.
- ``speculation_modal_probable`` and ``speculation_modal_possible`` -> ``epistemic``.
- conditionals (if, would, unless) and investigation (whether) are outside our scheme.
- Reporting verbs are never Szeged cues, so ``distancing`` is not evaluated; scare quotes and
  boosters have no counterpart either.

Cue level: a hit of our category counts as correct when it overlaps a gold cue of the mapped
type ("typed") or any gold cue ("any type"); a gold cue is found when a hit of the mapped
category overlaps it. Sentence level: a sentence is positive for a category when it has at
least one gold cue of the mapped type (gold) or at least one hit (ours).

FactBank text has double spaces left from removed markup; all white space runs are collapsed
to one space before matching, and cue offsets are mapped along.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
DATA = ROOT.parent / "shared" / "data" / "szeged-uncertainty"

from framing.hedging import hedges  # noqa: E402

MAPPING = {"allegation": ("doxastic",), "epistemic": ("modal_probable", "modal_possible")}
#: Word starts that make a doxastic cue an allegation-type cue (allege, accuse, suspect,
#: purport, reported(ly), rumo(u)r, supposed(ly), putative, reputed(ly), so-called).
#: Allegation terms of our scheme that the Szeged annotation never marks: "so-called" (0 of its
#: 22 occurrences in the two files) and the passive "is said to" (reporting verbs are never
#: cues, SOURCE.md). Precision is also printed without them, as "comparable terms".
NOT_SZEGED_CUES = ("so-called", "is said to")
ALLEGATION_STEMS = ("alleg", "accus", "suspect", "purport", "reported", "rumo", "suppos", "putative", "reput", "so-called")


def cue_type(raw: str) -> str:
    t = raw.strip().strip("_ ").replace("speculation_", "").replace("hypo_", "")
    return t.strip("_ ")


def sentences(path: Path):
    """Yield (text, [(start, end, type, words)]) per sentence, white space collapsed."""
    tree = ET.parse(path)
    for s in tree.iter("Sentence"):
        chars: list[str] = []
        owner: list[int] = []
        cues: list[str] = []

        def add(piece: str | None, who: int) -> None:
            for ch in piece or "":
                chars.append(ch)
                owner.append(who)

        add(s.text, -1)
        for child in s:
            if child.tag == "ccue":
                cues.append(cue_type(child.get("type", "")))
                add("".join(child.itertext()), len(cues) - 1)
            else:
                add("".join(child.itertext()), -1)
            add(child.tail, -1)
        out_chars: list[str] = []
        out_owner: list[int] = []
        for ch, who in zip(chars, owner):
            if ch.isspace():
                if not out_chars or out_chars[-1] == " ":
                    continue
                ch = " "
            out_chars.append(ch)
            out_owner.append(who)
        while out_chars and out_chars[-1] == " ":
            out_chars.pop()
            out_owner.pop()
        text = "".join(out_chars)
        spans = []
        for k, t in enumerate(cues):
            pos = [i for i, w in enumerate(out_owner) if w == k]
            if pos:
                spans.append((pos[0], pos[-1] + 1, t, text[pos[0]:pos[-1] + 1]))
        yield text, spans


def pr(tp_p: int, n_pred: int, tp_r: int, n_gold: int) -> str:
    p = tp_p / n_pred if n_pred else float("nan")
    r = tp_r / n_gold if n_gold else float("nan")
    return f"P = {p:.3f} ({tp_p}/{n_pred})  R = {r:.3f} ({tp_r}/{n_gold})"


def evaluate(path: Path, show_errors: int) -> None:
    t0 = time.perf_counter()
    n_sent = 0
    stats = {c: Counter() for c in MAPPING}
    fps: dict[str, Counter] = {c: Counter() for c in MAPPING}
    fns: dict[str, Counter] = {c: Counter() for c in MAPPING}
    examples: dict[str, list[str]] = {c: [] for c in MAPPING}
    for text, gold in sentences(path):
        n_sent += 1
        if not text.strip():
            continue
        found = hedges(text)
        for cat, types in MAPPING.items():
            g = [c for c in gold if c[2] in types]
            h = [x for x in found if x.category == cat]
            st = stats[cat]
            st["pred"] += len(h)
            st["gold"] += len(g)
            for x in h:
                typed = any(x.start < ge and gs < x.end for gs, ge, _, _ in g)
                anyt = any(x.start < ge and gs < x.end for gs, ge, _, _ in gold)
                st["tp_typed"] += typed
                st["tp_any"] += anyt
                if x.term not in NOT_SZEGED_CUES:
                    st["pred_cmp"] += 1
                    st["tp_cmp_typed"] += typed
                    st["tp_cmp_any"] += anyt
                if not typed:
                    fps[cat][x.text.lower()] += 1
                    if len(examples[cat]) < show_errors:
                        examples[cat].append(f"FP {x.text!r}: {text}")
            for gs, ge, _, words in g:
                hit = any(x.start < ge and gs < x.end for x in h)
                st["found"] += hit
                if cat == "allegation" and words.lower().startswith(ALLEGATION_STEMS):
                    st["gold_alleg"] += 1
                    st["found_alleg"] += hit
                if not hit:
                    fns[cat][words.lower()] += 1
            st["sent_gold"] += bool(g)
            st["sent_pred"] += bool(h)
            st["sent_tp"] += bool(g) and bool(h)
    dt = time.perf_counter() - t0
    print(f"\n== {path.name}: {n_sent} sentences ({dt:.1f} s)")
    for cat, types in MAPPING.items():
        st = stats[cat]
        print(f"{cat} vs {'+'.join(types)}")
        print(f"  cue level, typed     : {pr(st['tp_typed'], st['pred'], st['found'], st['gold'])}")
        print(f"  cue level, any type  : P = {st['tp_any'] / st['pred'] if st['pred'] else float('nan'):.3f} ({st['tp_any']}/{st['pred']})")
        if cat == "allegation":
            print(f"  comparable terms     : P typed = {st['tp_cmp_typed'] / st['pred_cmp'] if st['pred_cmp'] else float('nan'):.3f} "
                  f"({st['tp_cmp_typed']}/{st['pred_cmp']}), P any type = "
                  f"{st['tp_cmp_any'] / st['pred_cmp'] if st['pred_cmp'] else float('nan'):.3f} ({st['tp_cmp_any']}/{st['pred_cmp']})"
                  f"  [without {', '.join(NOT_SZEGED_CUES)}]")
            print(f"  recall on allegation-type doxastic cues: "
                  f"{st['found_alleg'] / st['gold_alleg'] if st['gold_alleg'] else float('nan'):.3f} ({st['found_alleg']}/{st['gold_alleg']})")
        print(f"  sentence level       : {pr(st['sent_tp'], st['sent_pred'], st['sent_tp'], st['sent_gold'])}")
        print(f"  most frequent false positives: {fps[cat].most_common(8)}")
        print(f"  most frequent missed cues    : {fns[cat].most_common(8)}")
        for e in examples[cat]:
            print("   ", e[:240])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--errors", type=int, default=0, help="print this many false-positive sentences per category")
    ap.add_argument("--only", choices=["factbank", "wiki"], help="run one file only")
    args = ap.parse_args(argv)
    if not DATA.is_dir():
        print(f"skipped: {DATA} not found (the Szeged Uncertainty Corpus lives in ../shared/data).")
        return 0
    for name in ("factbank", "wiki"):
        if args.only and args.only != name:
            continue
        evaluate(DATA / f"{name}.xml", args.errors)
    return 0


if __name__ == "__main__":
    sys.exit(main())
