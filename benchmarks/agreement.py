"""How far two people agree on attribution: the ceiling the system's numbers should be read against.

Issue #13 sets targets of 0.90 (precision, speaker, speaker type) and 0.85 (recall) on attribution
annotated by hand. Whether such numbers are reachable depends on how well two annotators with
the same guidelines agree. This benchmark scores a second, independent annotation of some
documents against the first, with the very scorer of the system's numbers
(:func:`gum_attribution.match`: content spans matched by overlap, greedy; speaker and type
agreement over matched items), and prints the system against each annotation on the same
documents, so the three pairs can be compared.

* First annotation: ``benchmarks/data/factbank_attribution_dev.jsonl`` (the FactBank development
  set, four helpers in the fifth session).
* Second annotation: ``benchmarks/data/factbank_attribution_dev_second.jsonl`` (nine of those
  documents, annotated again by two helpers in the eighth session, who never saw the first
  annotation or the system's output; same guidelines and recorded decisions,
  ``benchmarks/data/factbank_attribution.md``).

"Precision" of B against A is the share of B's items that A has too; its "recall" the share of
A's items B has; F1 is symmetric. Skips with a message when ``../shared`` is absent.

    .venv/bin/python benchmarks/agreement.py
"""

from __future__ import annotations

import sys
from pathlib import Path
from types import SimpleNamespace

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import factbank  # noqa: E402
import gold  # noqa: E402
import gum_attribution as ga  # noqa: E402

FIRST = ROOT / "benchmarks" / "data" / "factbank_attribution_dev.jsonl"
SECOND = ROOT / "benchmarks" / "data" / "factbank_attribution_dev_second.jsonl"


def _as_found(items: list[dict]) -> list[SimpleNamespace]:
    """Gold records in the shape the scorer expects of system attributions."""
    return [SimpleNamespace(content_span=tuple(g["content_span"]), speaker=g["speaker"], speaker_type=g["speaker_type"],
                            kind=g["kind"], cue_class=g["cue_class"]) for g in items]


def score(pairs: list[tuple[list, list[dict]]]) -> dict[str, float]:
    """P, R, F1 of ``found`` against ``gold`` over every (found, gold) document pair; speaker and type over matches."""
    n_found = n_gold = tp = spk = typ = kind = 0
    for found, gold_items in pairs:
        n_found += len(found)
        n_gold += len(gold_items)
        for g, s in ga.match(found, gold_items):
            if s is None:
                continue
            tp += 1
            spk += ga.same_speaker(s.speaker, g["speaker"])
            typ += s.speaker_type == g["speaker_type"]
            kind += s.kind == g["kind"]
    p, r = (tp / n_found if n_found else 0.0), (tp / n_gold if n_gold else 0.0)
    return {"found": n_found, "gold": n_gold, "matched": tp, "precision": p, "recall": r,
            "f1": 2 * p * r / (p + r) if p + r else 0.0, "speaker": spk / tp if tp else 0.0,
            "type": typ / tp if tp else 0.0, "kind": kind / tp if tp else 0.0}


def _line(name: str, res: dict[str, float]) -> str:
    return (f"{name:<34} {res['gold']:>4} {res['found']:>4} {res['precision']:>6.3f} {res['recall']:>6.3f} {res['f1']:>6.3f}"
            f" {res['speaker']:>8.3f} {res['type']:>6.3f} {res['kind']:>6.3f}")


def main(argv: list[str]) -> int:
    if not factbank.require():
        return 0
    if not SECOND.exists():
        print(f"skipped: {SECOND.name} not found")
        return 0
    from framing import attributions

    first = {r["doc"]: r["attributions"] for r in gold.read_gold(FIRST)}
    second = {r["doc"]: r["attributions"] for r in gold.read_gold(SECOND)}
    docs = sorted(d for d in second if d in first)
    system = {d: attributions(gold.doc_text(d)) for d in docs}
    print(f"Agreement on {len(docs)} FactBank development documents (A: first annotation, B: second, S: the system)")
    print(f"{'pair (found vs reference)':<34} {'ref':>4} {'found':>4} {'P':>6} {'R':>6} {'F1':>6} {'speaker':>8} {'type':>6} {'kind':>6}")
    print(_line("B vs A (two annotators)", score([(_as_found(second[d]), first[d]) for d in docs])))
    print(_line("S vs A (system, first annotation)", score([(system[d], first[d]) for d in docs])))
    print(_line("S vs B (system, second annotation)", score([(system[d], second[d]) for d in docs])))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
