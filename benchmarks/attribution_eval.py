"""Evaluate framing.attributions on gold attributions annotated by the project.

One command, no arguments needed::

    .venv/bin/python benchmarks/attribution_eval.py            # the table
    .venv/bin/python benchmarks/attribution_eval.py --errors   # plus every miss, extra and wrong speaker
    .venv/bin/python benchmarks/attribution_eval.py --build-gold   # rebuild the JSONL from the *_src.txt files

Data (``benchmarks/data/``):

* ``attribution_gold.jsonl`` (from ``attribution_gold_src.txt``): news-style passages composed in
  this repository, none taken from the bundled corpus, annotated by the project. Batch ``c``
  (c01-c30) was written together with the rules; batches ``f`` (f01-f25), ``g`` (g01-g20) and
  ``h`` (h01-h12) were each written and annotated afterwards, before the system was run on them,
  and are reported apart (their first-run numbers are kept in the README and the source file).
* ``attribution_bundled_gold.jsonl`` (from ``attribution_bundled_src.txt``): the five bundled
  articles, annotated while the rules were developed on them (a development check). Skipped with a
  message when ``data/cecot-2025-03`` is absent.

Scoring, per set: a system content span matches a gold one when they overlap (each gold span is
matched at most once, greedily, to the unmatched system span with the largest overlap).
precision = matched / system, recall = matched / gold. Over the matched pairs: speaker accuracy
(same canonical speaker, or both None), cue accuracy (overlapping cue spans, or both None) and
kind accuracy. Nothing here is held out from the developers; read the numbers as an upper bound.
The composed and bundled sets do not read ../shared; the GUM and FactBank tables printed after them
do (``benchmarks/gum_attribution.py``, ``benchmarks/factbank_attribution.py``, ``benchmarks/pud_attribution.py``) and skip with a
message when it is absent.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
DATA = ROOT / "benchmarks" / "data"
SOURCES = {DATA / "attribution_gold_src.txt": DATA / "attribution_gold.jsonl",
           DATA / "attribution_bundled_src.txt": DATA / "attribution_bundled_gold.jsonl"}
BUNDLED = ROOT / "data" / "cecot-2025-03"


def _parse(src: Path) -> list[dict]:
    items: list[dict] = []
    for n, line in enumerate(src.read_text(encoding="utf-8").splitlines(), 1):
        if line.startswith("## "):
            head = line[3:]
            if head.startswith("bundled:"):
                name = head.split(":", 1)[1].strip()
                items.append({"id": name, "set": "bundled", "file": f"data/cecot-2025-03/{name}", "rows": []})
            else:
                pid = head.split()[0]
                items.append({"id": pid, "set": "composed-" + pid[0], "paras": [], "rows": []})
        elif line.startswith("> "):
            items[-1]["paras"].append(line[2:])
        elif line.startswith("= "):
            row = [c.strip() for c in line[2:].split(" | ")]
            if len(row) != 4:
                raise SystemExit(f"{src.name}, line {n}: expected 4 fields 'kind | speaker | cue | content', got {len(row)}")
            items[-1]["rows"].append(row)
    return items


def build_gold() -> None:
    """Write the gold JSONL files from their ``*_src.txt`` sources (spans located in the text)."""
    for src, dst in SOURCES.items():
        out = []
        for it in _parse(src):
            text = "\n".join(it["paras"]) if "paras" in it else (ROOT / it["file"]).read_text(encoding="utf-8")
            gold = []
            for kind, speaker, cue, content in it["rows"]:
                cs = text.find(content)
                if cs < 0:
                    raise SystemExit(f"{src.name}, {it['id']}: content not found: {content!r}")
                cspan = [cs, cs + len(content)]
                cue_span = None
                if cue != "-":
                    hits = [i for i in range(len(text)) if text.startswith(cue, i)]
                    if not hits:
                        raise SystemExit(f"{src.name}, {it['id']}: cue not found: {cue!r}")
                    best = min(hits, key=lambda i: min(abs(i - cspan[0]), abs(i - cspan[1])))
                    cue_span = [best, best + len(cue)]
                gold.append({"kind": kind, "speaker": None if speaker == "-" else speaker, "cue_span": cue_span,
                             "content_span": cspan})
            rec = {"id": it["id"], "set": it["set"], "attributions": gold}
            if "paras" in it:
                rec["text"] = text
            else:
                rec["file"] = it["file"]
            out.append(rec)
        dst.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in out), encoding="utf-8")
        print(f"wrote {dst.relative_to(ROOT)}: {len(out)} passages, {sum(len(r['attributions']) for r in out)} attributions")


def _overlap(a, b) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _records() -> list[dict]:
    records = []
    for dst in SOURCES.values():
        for line in dst.read_text(encoding="utf-8").splitlines():
            if line.strip():
                r = json.loads(line)
                if "file" in r and not (ROOT / r["file"]).is_file():
                    print(f"skipping {r['id']}: {r['file']} is absent")
                    continue
                records.append(r)
    return records


def evaluate(show_errors: bool = False) -> dict[str, dict[str, float]]:
    """Score every set; returns ``{set: {gold, system, matched, precision, recall, f1, speaker_acc, ...}}``."""
    from framing import attributions

    records = _records()
    sets = {"composed-c": ["composed-c"], "composed-f": ["composed-f"], "composed-g": ["composed-g"],
            "composed-h": ["composed-h"], "composed": ["composed-c", "composed-f", "composed-g", "composed-h"],
            "bundled": ["bundled"]}
    results = {}
    for name, members in sets.items():
        tp = n_sys = n_gold = spk = cue = kind = 0
        for r in (r for r in records if r["set"] in members):
            text = r["text"] if "text" in r else (ROOT / r["file"]).read_text(encoding="utf-8")
            found = attributions(text)
            gold = r["attributions"]
            n_sys += len(found)
            n_gold += len(gold)
            free = list(range(len(found)))
            show = show_errors and len(members) == 1
            for g in gold:
                best = max(free, key=lambda i: _overlap(found[i].content_span, g["content_span"]), default=None)
                if best is None or _overlap(found[best].content_span, g["content_span"]) == 0:
                    if show:
                        print(f"  MISS  {r['id']}: {text[slice(*g['content_span'])][:70]!r}")
                    continue
                free.remove(best)
                s = found[best]
                tp += 1
                spk += s.speaker == g["speaker"]
                kind += s.kind == g["kind"]
                gc = g["cue_span"]
                cue += (s.cue_span is None and gc is None) or (
                    s.cue_span is not None and gc is not None and _overlap(s.cue_span, gc) > 0)
                if show and (s.speaker != g["speaker"] or s.kind != g["kind"]):
                    print(f"  DIFF  {r['id']}: speaker {s.speaker!r} vs gold {g['speaker']!r}, kind {s.kind} vs {g['kind']}:"
                          f" {text[slice(*g['content_span'])][:50]!r}")
            if show:
                for i in free:
                    print(f"  EXTRA {r['id']}: {text[slice(*found[i].content_span)][:70]!r}")
        if not n_gold and not n_sys:
            continue
        p = tp / n_sys if n_sys else 0.0
        rc = tp / n_gold if n_gold else 0.0
        f1 = 2 * p * rc / (p + rc) if p + rc else 0.0
        results[name] = {"gold": n_gold, "system": n_sys, "matched": tp, "precision": p, "recall": rc, "f1": f1,
                         "speaker_acc": spk / tp if tp else 0.0, "cue_acc": cue / tp if tp else 0.0,
                         "kind_acc": kind / tp if tp else 0.0}
    return results


def main(argv: list[str]) -> int:
    if "--build-gold" in argv:
        build_gold()
    res = evaluate(show_errors="--errors" in argv)
    print("Attribution benchmark: content spans by overlap; speaker/cue/kind accuracy over matched pairs.")
    print("Gold annotated by the project (not held out). composed-c: written with the rules; composed-f/g/h: written")
    print("later, one batch after another; bundled: the five bundled articles (development data).")
    print(f"{'set':<12}{'gold':>6}{'sys':>6}{'P':>8}{'R':>8}{'F1':>8}{'speaker':>9}{'cue':>8}{'kind':>8}")
    for k, v in res.items():
        print(f"{k:<12}{v['gold']:>6}{v['system']:>6}{v['precision']:>8.3f}{v['recall']:>8.3f}{v['f1']:>8.3f}"
              f"{v['speaker_acc']:>9.3f}{v['cue_acc']:>8.3f}{v['kind_acc']:>8.3f}")
    # real news nobody here wrote: the hand-annotated GUM documents, held-out part apart (issue #13)
    print()
    import factbank_attribution
    import gum_attribution

    rc = gum_attribution.main([a for a in argv if a != "--build-gold"])
    # real newswire held out from all tuning: FactBank (WSJ, APW, NYT), annotated before any run
    factbank_attribution.main([a for a in argv if a == "--json"])
    # news excerpts annotated blind, before any system output was shown (seventeenth session)
    import pud_attribution

    pud_attribution.main([a for a in argv if a == "--json"])
    return rc


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
