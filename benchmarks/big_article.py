"""Time one very long article through ``framing.analyze``: does the cost grow linearly?

Run on demand::

    .venv/bin/python benchmarks/big_article.py --mb 20

Builds articles of composed news sentences (those of ``tests/test_reliability.py``:
quotations, attributions, hedges, in paragraphs of three sentences) of 0.5 MB
(the baseline) and ``--mb`` MB, analyses each once in this process and prints
the seconds, the seconds per MB, the ratio of the per-MB cost to the baseline's
(about 1 when analysis is linear in the text length; it was 50 to 100 for 2 MB
before the attribution and hedging look-ups were indexed) and the peak resident
memory of the process.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

import framing  # noqa: E402
from test_reliability import check_invariants, composed_article  # noqa: E402


def measure(mb: float) -> tuple[float, int]:
    text = composed_article(int(mb * 1_000_000), seed=1)
    t0 = time.perf_counter()
    a = framing.analyze(text)
    dt = time.perf_counter() - t0
    problems = check_invariants(a)
    if problems:
        raise SystemExit(f"invariant broken at {mb} MB: {problems[0]}")
    return dt, len(a.layer.sentences)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--mb", type=float, default=20.0, help="size of the long article in MB (default 20)")
    p.add_argument("--base", type=float, default=0.5, help="size of the baseline article in MB (default 0.5)")
    args = p.parse_args(argv)
    framing.analyze("Warm-up: officials said it “may” rain.")
    base_t, base_n = measure(args.base)
    big_t, big_n = measure(args.mb)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"baseline {args.base} MB: {base_t:.1f} s ({base_n} sentences), {base_t / args.base:.1f} s per MB")
    print(f"long     {args.mb} MB: {big_t:.1f} s ({big_n} sentences), {big_t / args.mb:.1f} s per MB")
    print(f"per-MB cost ratio long/baseline: {(big_t / args.mb) / (base_t / args.base):.2f}; peak memory {rss:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
