"""How attributions() scales with text length (ratios in one process, no absolute claims).

Run: .venv/bin/python benchmarks/attribution_scale.py

Two inputs, each at a base size and at 8x that size: (a) one line of random words with
reporting verbs and no punctuation (one sentence: the worst case for look-backs from
each cue), (b) the composed gold passages of benchmarks/data/attribution_gold.jsonl
repeated as paragraphs (many quotes and cues). Prints seconds per 100 kB at each size and
the ratio large/base of that time per character: about 1 means linear; 8 would mean
quadratic. The text layer is built before timing. Does not read ../shared.
"""

from __future__ import annotations

import json
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def _line(n: int) -> str:
    words = "the council voted to close the shelter on tuesday and residents who live nearby said nothing at all".split()
    rng = random.Random(1)
    return " ".join(rng.choice(words) for _ in range(n // 4))[:n]


def _passages(n: int) -> str:
    texts = [json.loads(line)["text"] for line in (ROOT / "benchmarks/data/attribution_gold.jsonl").read_text(
        encoding="utf-8").splitlines() if line.strip()]
    out, size, i = [], 0, 0
    while size < n:
        out.append(texts[i % len(texts)])
        size += len(out[-1]) + 1
        i += 1
    return "\n".join(out)


def _time(text: str) -> float:
    from framing import attributions, text_layer

    layer = text_layer(text)
    best = float("inf")
    for _ in range(2):
        t = time.perf_counter()
        attributions(layer)
        best = min(best, time.perf_counter() - t)
    return best


def main() -> int:
    base = 50_000
    print(f"{'input':<34}{'size':>10}{'s per 100 kB':>14}")
    for name, make in (("one line, no punctuation", _line), ("composed passages, repeated", _passages)):
        per = []
        for n in (base, 8 * base):
            text = make(n)
            dt = _time(text)
            per.append(dt / len(text))
            print(f"{name:<34}{len(text):>10}{dt / len(text) * 100_000:>14.3f}")
        print(f"{'':<34}{'ratio 8x / 1x per char:':>24} {per[1] / per[0]:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
