"""Hedges and voice on real news: framing against hand annotation of GUM Wikinews news and interviews.

Gold (``benchmarks/data/``, offsets into ``../shared/data/ud-english/gum/text/`` plus labels;
guidelines in ``benchmarks/data/gum_annotation_guidelines.md``, section B):

* ``gum_hedges_train.jsonl``: GUM ``train`` news and interview documents, for development;
* ``gum_hedges_heldout.jsonl``: GUM ``dev`` and ``test`` news and interview documents, not read
  while tuning. Reported apart.

Each gold document lists its hedges (span, category, voice: author / quoted / reported) and the
voice of every GUM sentence (author / quoted / reported / mixed).

Scoring:
* hedges, per category: a system hedge is right when it overlaps a gold hedge of the same
  category (each gold hedge matched once); precision and recall per category and over the four
  hedging categories (allegation, epistemic, distancing, scare_quote; boosters shown apart);
* hedge voice: over matched hedges, the system ``voice`` equals the gold voice;
* sentence voice: each gold sentence against the system sentence (``Analysis.sentences``) that
  overlaps it most; right when the voices are equal. A gold sentence in a line the system excludes
  as boilerplate (a source list, a caption) has no system sentence (``none``): accuracy is printed
  over all gold sentences and over the analysed ones.

Targets (issue #14): hedge P >= 0.90 and R >= 0.85 overall and per category, scare-quote
P >= 0.85, hedge voice >= 0.95, sentence voice >= 0.95; ``MISSED`` beside a missed target.
Skips with a message when ``../shared`` is absent.

    .venv/bin/python benchmarks/gum_voice.py [--errors] [--train]

``--errors`` lists the train set's extra, missed and wrong-voice hedges and its sentences whose voice
differs from the gold; ``--train`` runs the train set only (for tuning).
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import gold  # noqa: E402

DATA = ROOT / "benchmarks" / "data"
SETS = {"train": DATA / "gum_hedges_train.jsonl", "held-out": DATA / "gum_hedges_heldout.jsonl"}
HEDGING = ("allegation", "epistemic", "distancing", "scare_quote")
TARGET_P, TARGET_R, TARGET_SCARE_P, TARGET_VOICE = 0.90, 0.85, 0.85, 0.95


def overlap(a, b) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def evaluate(path: Path, *, show_errors: bool = False) -> dict:
    from framing import analyze

    sys_n: Counter = Counter()
    gold_n: Counter = Counter()
    hit_sys: Counter = Counter()
    hit_gold: Counter = Counter()
    voice_ok = voice_n = 0
    sent_ok = sent_n = sent_none = 0
    sent_confusion: Counter = Counter()
    docs = gold.read_gold(path)
    for rec in docs:
        text = gold.doc_text(rec["doc"])
        an = analyze(text)
        found = list(an.hedges)
        golds = rec["hedges"]
        for h in found:
            sys_n[h.category] += 1
        for g in golds:
            gold_n[g["category"]] += 1
        free = list(range(len(golds)))
        for h in found:
            best = max((i for i in free if golds[i]["category"] == h.category),
                       key=lambda i: overlap((h.start, h.end), golds[i]["span"]), default=None)
            if best is None or overlap((h.start, h.end), golds[best]["span"]) == 0:
                if show_errors:
                    print(f"  EXTRA {rec['doc']}: {h.category} {h.text!r} in {text[max(h.start - 40, 0):h.end + 30]!r}")
                continue
            free.remove(best)
            hit_sys[h.category] += 1
            hit_gold[h.category] += 1
            voice_n += 1
            voice_ok += h.voice == golds[best]["voice"]
            if show_errors and h.voice != golds[best]["voice"]:
                print(f"  VOICE {rec['doc']}: {h.text!r} {h.voice} vs gold {golds[best]['voice']}")
        if show_errors:
            for i in free:
                g = golds[i]
                print(f"  MISS  {rec['doc']}: {g['category']} {text[slice(*g['span'])]!r}")
        for s in rec["sentences"]:
            best = max(an.sentences, key=lambda x: overlap((x.start, x.end), s["span"]), default=None)
            got = best.voice if best is not None and overlap((best.start, best.end), s["span"]) else "none"
            if show_errors and got != s["voice"]:
                print(f"  SENT  {rec['doc']} {s['sent']}: {got} vs gold {s['voice']}: {text[slice(*s['span'])][:110]!r}")
            sent_n += 1
            sent_ok += got == s["voice"]
            sent_none += got == "none"
            sent_confusion[(s["voice"], got)] += 1
    cats = {}
    for c in (*HEDGING, "booster"):
        p = hit_sys[c] / sys_n[c] if sys_n[c] else float("nan")
        r = hit_gold[c] / gold_n[c] if gold_n[c] else float("nan")
        cats[c] = {"system": sys_n[c], "gold": gold_n[c], "precision": p, "recall": r}
    s_sys = sum(sys_n[c] for c in HEDGING)
    s_gold = sum(gold_n[c] for c in HEDGING)
    return {"docs": len(docs), "categories": cats,
            "precision": sum(hit_sys[c] for c in HEDGING) / s_sys if s_sys else float("nan"),
            "recall": sum(hit_gold[c] for c in HEDGING) / s_gold if s_gold else float("nan"),
            "hedge_voice": voice_ok / voice_n if voice_n else float("nan"),
            "sentence_voice": sent_ok / sent_n if sent_n else float("nan"), "sentences": sent_n,
            "sentence_voice_analysed": sent_ok / (sent_n - sent_none) if sent_n > sent_none else float("nan"),
            "not_analysed": sent_none,
            "confusion": dict(sent_confusion)}


def _m(value: float, target: float) -> str:
    return "" if value >= target else "  MISSED"


def main(argv: list[str]) -> int:
    if not gold.require_gum():
        return 0
    print("Hedges and voice on GUM Wikinews news and interviews (hand-annotated); spans matched by overlap within a category.")
    for name, path in SETS.items():
        if "--train" in argv and name != "train":
            continue  # while tuning: the held-out documents are not looked at
        if not path.exists():
            print(f"{name}: {path.relative_to(ROOT)} not there yet")
            continue
        res = evaluate(path, show_errors="--errors" in argv and name == "train")
        print(f"\n{name}: {res['docs']} documents")
        print(f"  {'category':<12}{'sys':>5}{'gold':>6}{'P':>8}{'R':>8}")
        for c, v in res["categories"].items():
            marks = ""
            if c in HEDGING:
                marks = _m(v["precision"], TARGET_SCARE_P if c == "scare_quote" else TARGET_P)
                marks = marks or _m(v["recall"], TARGET_R if c != "scare_quote" else 0.0)
            print(f"  {c:<12}{v['system']:>5}{v['gold']:>6}{v['precision']:>8.3f}{v['recall']:>8.3f}{marks}")
        print(f"  hedging overall P {res['precision']:.3f}{_m(res['precision'], TARGET_P)}, "
              f"R {res['recall']:.3f}{_m(res['recall'], TARGET_R)}")
        print(f"  hedge voice {res['hedge_voice']:.3f}{_m(res['hedge_voice'], TARGET_VOICE)}; "
              f"sentence voice {res['sentence_voice']:.3f} of {res['sentences']}{_m(res['sentence_voice'], TARGET_VOICE)}, "
              f"{res['sentence_voice_analysed']:.3f} of the {res['sentences'] - res['not_analysed']} the system analyses "
              f"({res['not_analysed']} lie in lines excluded as boilerplate){_m(res['sentence_voice_analysed'], TARGET_VOICE)}")
        print("  sentence voice (gold -> system): " + ", ".join(
            f"{g}->{s} {n}" for (g, s), n in sorted(res["confusion"].items())))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
