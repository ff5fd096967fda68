"""Is ``framing.hedges`` linear in the text length, also on pathological input?

Run: ``.venv/bin/python benchmarks/hedges_scale.py [--small 50000] [--large 400000]``

Three composed inputs (our own wording), each at a small and a large size, all in one
process: one long sentence of hedged clauses without punctuation (the reported-speech
fallback and the negation window scan every hit), one long sentence with a short quotation
every few words (the scare-quote test runs once per quotation), and ordinary paragraphs of
hedged news sentences. For each, the script prints the time per character at the large size
divided by the time per character at the small size: about 1 for a linear scorer (noise on a
shared machine is +-30%), 8 for a quadratic one at the default sizes. ``hedges`` is timed on a
ready text layer (the text layer is another module's cost), best of three runs.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from framing import text_layer  # noqa: E402
from framing.hedging import hedges  # noqa: E402

INPUTS = {
    "one sentence, no punctuation": ("the plan may fail and officials said it could be delayed ", ", police said."),
    "one sentence, a quote every 6 words": ("they sent 'gang members' away and ", "left."),
    "paragraphs of news sentences": ("The alleged leader may have fled, police said on Friday. "
                                     "“It could take weeks,” an official told reporters.\n", ""),
}


def build(unit: str, tail: str, size: int) -> str:
    return unit * max(1, size // len(unit)) + tail


def best_time(text: str) -> float:
    layer = text_layer(text)
    best = float("inf")
    for _ in range(3):
        t0 = time.perf_counter()
        hedges(layer)
        best = min(best, time.perf_counter() - t0)
    return best


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--small", type=int, default=50_000, help="characters of the small input")
    ap.add_argument("--large", type=int, default=400_000, help="characters of the large input")
    args = ap.parse_args(argv)
    print(f"{'input':40} {'small s':>8} {'large s':>8} {'ratio per char':>15}")
    for name, (unit, tail) in INPUTS.items():
        small, large = build(unit, tail, args.small), build(unit, tail, args.large)
        ts, tl = best_time(small), best_time(large)
        ratio = (tl / len(large)) / (ts / len(small))
        print(f"{name:40} {ts:8.3f} {tl:8.3f} {ratio:15.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
