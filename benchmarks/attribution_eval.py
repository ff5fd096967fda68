"""Evaluate framing.attributions on the gold set written here (benchmarks/data/attribution_gold.jsonl).

Prints, separately for the composed passages and the five bundled articles:
precision / recall / F1 of content spans (a system content span matches a gold one
when they overlap; each gold span is matched at most once, greedily by largest
overlap), speaker accuracy and cue accuracy over the matched pairs (speaker: same
canonical name, or both None; cue: overlapping spans, or both None), and kind
accuracy. The gold was written in this repository by the attribution helper; it is
NOT held-out data and the rules were developed while looking at it.

Run: .venv/bin/python benchmarks/attribution_eval.py [--build-gold] [--errors]
(--build-gold rebuilds the JSONL from benchmarks/data/attribution_gold_src.txt.)
This benchmark does not read ../shared.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
GOLD = ROOT / "benchmarks" / "data" / "attribution_gold.jsonl"
SRC = ROOT / "benchmarks" / "data" / "attribution_gold_src.txt"
BUNDLED = ROOT / "data" / "cecot-2025-03"


def build_gold() -> None:
    items: list[dict] = []
    for line in SRC.read_text(encoding="utf-8").splitlines():
        if line.startswith("## "):
            head = line[3:]
            if head.startswith("bundled:"):
                name = head.split(":", 1)[1].strip()
                items.append({"id": name, "set": "bundled", "file": f"data/cecot-2025-03/{name}", "paras": None, "rows": []})
            else:
                items.append({"id": head.split()[0], "set": "composed", "note": head, "paras": [], "rows": []})
        elif line.startswith("> "):
            items[-1]["paras"].append(line[2:])
        elif line.startswith("= "):
            items[-1]["rows"].append([c.strip() for c in line[2:].split(" | ")])
    out = []
    for it in items:
        text = "\n".join(it["paras"]) if it["set"] == "composed" else (ROOT / it["file"]).read_text(encoding="utf-8")
        gold = []
        for kind, speaker, cue, content in it["rows"]:
            cs = text.find(content)
            if cs < 0:
                raise SystemExit(f"{it['id']}: content not found: {content!r}")
            cspan = [cs, cs + len(content)]
            cue_span = None
            if cue != "-":
                hits = [i for i in range(len(text)) if text.startswith(cue, i)]
                if not hits:
                    raise SystemExit(f"{it['id']}: cue not found: {cue!r}")
                best = min(hits, key=lambda i: min(abs(i - cspan[0]), abs(i - cspan[1])))
                cue_span = [best, best + len(cue)]
            gold.append({"kind": kind, "speaker": None if speaker == "-" else speaker, "cue_span": cue_span, "content_span": cspan})
        rec = {"id": it["id"], "set": it["set"], "attributions": gold}
        if it["set"] == "composed":
            rec["text"] = text
        else:
            rec["file"] = it["file"]
        out.append(rec)
    GOLD.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in out), encoding="utf-8")
    print(f"wrote {GOLD.relative_to(ROOT)}: {len(out)} passages, {sum(len(r['attributions']) for r in out)} attributions")


def _overlap(a, b) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def evaluate(show_errors: bool = False) -> dict[str, dict[str, float]]:
    from framing import attributions

    records = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]
    results = {}
    for subset in ("composed", "bundled"):
        tp = n_sys = n_gold = spk = cue = kind = 0
        for r in (r for r in records if r["set"] == subset):
            text = r["text"] if "text" in r else (ROOT / r["file"]).read_text(encoding="utf-8")
            found = attributions(text)
            gold = r["attributions"]
            n_sys += len(found)
            n_gold += len(gold)
            free = list(range(len(found)))
            for g in gold:
                best = max(free, key=lambda i: _overlap(found[i].content_span, g["content_span"]), default=None)
                if best is None or _overlap(found[best].content_span, g["content_span"]) == 0:
                    if show_errors:
                        print(f"  MISS {r['id']}: {text[slice(*g['content_span'])][:70]!r}")
                    continue
                free.remove(best)
                s = found[best]
                tp += 1
                spk += s.speaker == g["speaker"]
                kind += s.kind == g["kind"]
                gc = g["cue_span"]
                cue += (s.cue_span is None and gc is None) or (s.cue_span is not None and gc is not None and _overlap(s.cue_span, gc) > 0)
                if show_errors and (s.speaker != g["speaker"] or s.kind != g["kind"]):
                    print(f"  DIFF {r['id']}: speaker {s.speaker!r} vs {g['speaker']!r}, kind {s.kind} vs {g['kind']}: {text[slice(*g['content_span'])][:50]!r}")
            if show_errors:
                for i in free:
                    print(f"  EXTRA {r['id']}: {text[slice(*found[i].content_span)][:70]!r}")
        p = tp / n_sys if n_sys else 0.0
        rc = tp / n_gold if n_gold else 0.0
        f1 = 2 * p * rc / (p + rc) if p + rc else 0.0
        results[subset] = {"gold": n_gold, "system": n_sys, "matched": tp, "precision": p, "recall": rc, "f1": f1,
                           "speaker_acc": spk / tp if tp else 0.0, "cue_acc": cue / tp if tp else 0.0,
                           "kind_acc": kind / tp if tp else 0.0}
    return results


def main(argv: list[str]) -> int:
    if "--build-gold" in argv:
        build_gold()
    res = evaluate(show_errors="--errors" in argv)
    print("Attribution benchmark on gold written in this repository (not held-out).")
    print(f"{'set':<10}{'gold':>6}{'sys':>6}{'P':>8}{'R':>8}{'F1':>8}{'speaker':>9}{'cue':>8}{'kind':>8}")
    for k, v in res.items():
        print(f"{k:<10}{v['gold']:>6}{v['system']:>6}{v['precision']:>8.3f}{v['recall']:>8.3f}{v['f1']:>8.3f}"
              f"{v['speaker_acc']:>9.3f}{v['cue_acc']:>8.3f}{v['kind_acc']:>8.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
