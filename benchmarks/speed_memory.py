"""Peak memory of a streaming ``framing analyze`` with the spaCy pipeline loaded (issue #17).

Writes N synthetic articles (:func:`speed.make_article`: real news sentences recombined, about
2.4 kB each) as JSONL and runs the real command on them as a subprocess,
``framing analyze FILE.jsonl --output /dev/null --progress never [--jobs J]`` (text caches on,
as a user runs it). While it runs, the resident set size (RSS) of the whole process tree (the
command and its workers) is summed every 0.5 s; printed: its peak, the main process's own peak
(``ru_maxrss`` from ``os.wait4``; the tree's peak is at least that), and, every ``--every`` seconds, how far the command has read
(the byte offset reached in the input, from ``/proc``) beside the memory at that moment, so a
run that is stopped early still shows whether memory is flat. ``--max-seconds`` stops a run
after that long; it is then reported as stopped, with the articles read by then, never as done.

The synthetic articles draw on a few thousand sentences, so their vocabulary is closed: spaCy's
string store (one entry per new word form, lemma or tag string) stops growing early here, while
on a real stream it keeps growing slowly. That growth is not measured by this benchmark.

    .venv/bin/python benchmarks/speed_memory.py --sizes 10000,30000 --max-seconds 1800
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import speed  # noqa: E402 - sentence_pool, write_jsonl

FRAMING = str(Path(sys.executable).parent / "framing")
TARGET_MB = 400


def tree_memory_mb(pid: int) -> tuple[float, float] | None:
    """Summed RSS and PSS (MB) of ``pid`` and its descendants, or ``None`` without psutil.

    With ``--jobs N`` the workers are forked from the main process and share its pages (the
    loaded model among them) until they write to them; RSS counts a shared page once per process,
    PSS (proportional set size, from ``/proc/PID/smaps_rollup``) divides it among them, so the
    summed PSS is the physical memory the tree holds. With ``--jobs 1`` the two are nearly equal.
    """
    try:
        import psutil
    except ImportError:
        return None
    try:
        root = psutil.Process(pid)
        procs = [root, *root.children(recursive=True)]
    except psutil.Error:
        return None
    rss = pss = 0
    for p in procs:
        try:
            full = p.memory_full_info()
            rss += full.rss
            pss += getattr(full, "pss", full.rss)
        except psutil.Error:
            pass
    return rss / 2**20, pss / 2**20


def stream(path: Path, n: int, jobs: int, max_seconds: float | None, every: float) -> dict:
    """Run the command on ``path`` (``n`` articles); peak tree RSS, main ``ru_maxrss``, progress."""
    cmd = [FRAMING, "analyze", str(path), "--output", os.devnull, "--progress", "never", "--jobs", str(jobs)]
    size = path.stat().st_size
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    peak, peak_pss, fraction, stopped, last, curve = 0.0, 0.0, 0.0, False, t0, []
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        rss, pss = tree_memory_mb(proc.pid) or (0.0, 0.0)
        peak, peak_pss = max(peak, rss), max(peak_pss, pss)
        now = time.perf_counter()
        pos = speed._input_position(proc.pid, path)
        fraction = pos / size if pos is not None else fraction
        if now - last >= every:
            last = now
            curve.append((round(fraction * n), rss, pss))
            print(f"    {now - t0:6.0f} s: about {fraction * n:7.0f} articles read, tree RSS {rss:5.0f} MB "
                  f"(peak {peak:.0f}), PSS {pss:5.0f} MB (peak {peak_pss:.0f}), load average "
                  f"{os.getloadavg()[0]:.2f}", flush=True)
        if max_seconds is not None and now - t0 > max_seconds and not stopped:
            stopped = True
            proc.terminate()
        time.sleep(0.5)
    main_peak = usage.ru_maxrss / 1024  # exact, where the 0.5 s samples of the tree may miss a short peak
    return {"wall": time.perf_counter() - t0, "cpu": usage.ru_utime + usage.ru_stime, "main": main_peak,
            "peak": max(peak, main_peak), "peak_pss": peak_pss, "stopped": stopped, "read": n if not stopped else round(fraction * n),
            "rc": os.waitstatus_to_exitcode(status), "curve": curve}


def run_memory(sizes: list[int], jobs: int = 1, max_seconds: float | None = None, every: float = 60.0) -> dict:
    """Stream each size, print the runs and a verdict; ``{"rows": [(n, run)], "peak": MB, "largest_done": n}``."""
    pool, where = speed.sentence_pool()
    if not pool:
        print("memory benchmark skipped: no sentences (neither FactBank nor the bundled corpus found)")
        return {"rows": [], "peak": None, "largest_done": 0}
    print(f"Streaming memory, model loaded: sentences from {where}; {os.cpu_count()} CPUs, load average "
          f"{os.getloadavg()[0]:.2f}, {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}")
    rows = []
    with tempfile.TemporaryDirectory(prefix="framing-memory-") as tmp:
        for n in sizes:
            path = Path(tmp) / f"in{n}.jsonl"
            mb = speed.write_jsonl(path, n, pool, seed=n) / 1e6
            print(f"  {n} articles ({mb:.1f} MB), --jobs {jobs}:", flush=True)
            r = stream(path, n, jobs, max_seconds, every)
            path.unlink()
            rows.append((n, r))
            state = f"stopped at {max_seconds:.0f} s after about {r['read']} articles" if r["stopped"] else \
                f"done (exit status {r['rc']})"
            print(f"  {n}: {state}; wall {r['wall']:.0f} s, CPU {r['cpu']:.0f} s; peak RSS of the process tree "
                  f"{r['peak']:.0f} MB (PSS {r['peak_pss']:.0f} MB), of the main process {r['main']:.0f} MB", flush=True)
    print("\n| articles asked | articles read | finished | wall s | CPU s | peak tree RSS MB | peak tree PSS MB | main ru_maxrss MB |\n"
          "|---|---|---|---|---|---|---|---|")
    for n, r in rows:
        print(f"| {n:,} | {r['read']:,} | {'no (stopped)' if r['stopped'] else 'yes'} | {r['wall']:.0f} | {r['cpu']:.0f} | "
              f"{r['peak']:.0f} | {r['peak_pss']:.0f} | {r['main']:.0f} |")
    # The verdict is on PSS, the physical memory of the tree; with --jobs 1 it is within a few MB
    # of RSS, with forked workers the summed RSS counts the shared model once per process.
    worst = max(r["peak_pss"] or r["peak"] for _, r in rows)
    largest = max([n for n, r in rows if not r["stopped"]], default=0)
    verdict = "met" if worst < TARGET_MB else "MISSED"
    print(f"peak tree PSS {worst:.0f} MB, target < {TARGET_MB} MB: {verdict} up to {largest:,} articles run to the end"
          + ("" if largest >= 100_000 else "; 100,000 articles not run to the end: that target is not shown (MISSED)"))
    return {"rows": rows, "peak": worst, "largest_done": largest}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", default="10000,30000,100000", help="articles per run (default 10000,30000,100000)")
    ap.add_argument("--jobs", type=int, default=1, help="worker processes of the command (default 1)")
    ap.add_argument("--max-seconds", type=float, default=None, help="stop each run after this long (reported as stopped)")
    ap.add_argument("--every", type=float, default=60.0, help="seconds between progress lines (default 60)")
    args = ap.parse_args(argv)
    run_memory([int(s) for s in args.sizes.split(",")], args.jobs, args.max_seconds, args.every)
    return 0


if __name__ == "__main__":
    sys.exit(main())
