"""Speed, memory and scale-out of ``framing analyze`` (issue #8), from one command.

Inputs are synthetic articles made by recombining real news sentences: the
FactBank newswire sentences of the Szeged Uncertainty Corpus
(``../shared/data/szeged-uncertainty/factbank.xml``) when present, else the
sentences of the bundled corpus. Each article has a headline, 4-12 paragraphs of
1-3 sentences, and about one paragraph in three turned into a quotation with an
attribution (``“...,” the official said.``), so quotation regions and
attributions are exercised; no two articles are alike.

Measured, in this order:

0. :mod:`speed_parse` (issue #17): VADER alone, the shipped spaCy pipeline on every sentence plus
   VADER (the naive floor), ``framing analyze`` with ``--jobs 1`` and ``--jobs 2``, and textacy's
   ``direct_quotations`` with the same pipeline, as whole processes, in articles per CPU second;
1. in ONE process, on the same sentences: VADER alone
   (``SentimentIntensityAnalyzer().polarity_scores`` per sentence of the text
   layer) vs full :func:`framing.analyze` (best of 3 alternating rounds), as
   articles/s, MB/s and the ratio full/VADER in wall and in CPU time (target
   >= 0.7). Memo caches keyed by text (``vader_compound``) are disabled for
   every measurement (:func:`disable_text_caches`): recombined sentences repeat far more than a
   real corpus's, so a warm cache would flatter the result;
2. a cProfile of ``analyze`` over the same articles: time by module and the
   costliest functions;
3. ``framing analyze FILE.jsonl --output /dev/null`` in a subprocess for 1k, 10k
   and 100k articles: wall and CPU seconds, articles/s, articles per CPU second,
   and the child's peak RSS (from ``os.wait4``; target < 300 MB, flat with size).
   ``--max-seconds T`` stops the largest run after T seconds and reports how far
   it got (from the byte offset reached in the input) and its memory, printing
   progress every minute: the memory check on a slow or busy machine;
4. the same with ``--jobs 2`` (``--jobs N``) on the middle size, run right after
   it and before the largest: speed-up over ``--jobs 1``, the CPU seconds per
   article relative to ``--jobs 1`` (the cost of the workers), and the summed
   proportional set size (PSS) of the main process and its workers (psutil,
   sampled every 0.2 s).

CPU seconds (user + system, the workers included) are what to compare on a
shared machine: other work slows the wall clock but not them. The header line
prints the CPU count, the load average and the date.

Run: ``.venv/bin/python benchmarks/speed.py`` (full: ~25 min on an idle machine, mostly the
100k run; add ``--max-seconds 1200`` to cap that run; ``--skip-in-process`` for steps 3-4 only) or
``--quick`` (300 / 3,000 articles, ~1 min). Exits 0 with a message if neither
data source is found.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import pstats
import random
import re
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FACTBANK = ROOT.parent / "shared" / "data" / "szeged-uncertainty" / "factbank.xml"
BUNDLED = ROOT / "data" / "cecot-2025-03"
sys.path.insert(0, str(ROOT))

_WS = re.compile(r"\s+")
# Attribution frames for the quotation paragraphs (our own wording).
_SPEAKERS = ["the official said", "a spokesperson said", "he said", "she told reporters", "the minister said",
             "according to a statement", "the lawyer said", "one resident said", "analysts said"]


def disable_text_caches() -> list[str]:
    """Unwrap memo caches keyed by text (e.g. ``framing.sentiment.vader_compound``) in this process.

    The synthetic articles recombine a few thousand sentences, so a cache keyed by
    sentence text would hit far more often than on a real corpus, where sentences
    rarely repeat. Small or unbounded caches (lexicon loaders, keyed by path) are kept.
    """
    import importlib

    patched = []
    for name in ("text", "segment", "quotes", "boilerplate", "hedging", "attribution", "speakers", "sentiment", "actors", "analyze"):
        try:
            mod = importlib.import_module(f"framing.{name}")
        except ImportError:
            continue
        for attr, obj in list(vars(mod).items()):
            params = getattr(obj, "cache_parameters", None)
            # Lexicon loaders are cached by path in small caches (maxsize <= 32, or
            # unbounded); a cache of hundreds of entries or more is keyed by text.
            maxsize = params().get("maxsize") if callable(params) else None
            if hasattr(obj, "__wrapped__") and maxsize is not None and maxsize >= 256:
                setattr(mod, attr, obj.__wrapped__)
                patched.append(f"framing.{name}.{attr}")
    return patched


_UNCACHED_CLI = ("import sys; sys.path.insert(0, {bench!r}); import speed; speed.disable_text_caches(); "
                 "from framing.cli import main; sys.exit(main(sys.argv[1:]))")


def sentence_pool() -> tuple[list[str], str]:
    """Real news sentences, and where they came from."""
    if FACTBANK.exists():
        out = []
        for s in ET.parse(FACTBANK).getroot().iter("Sentence"):
            t = _WS.sub(" ", "".join(s.itertext())).strip().replace("``", "“").replace("''", "”")
            if 40 <= len(t) <= 400 and t[-1] in ".!?”":
                out.append(t)
        return out, f"{FACTBANK.name} ({len(out)} news sentences)"
    if BUNDLED.exists():
        from framing import load_corpus, text_layer

        out = []
        for a in load_corpus(BUNDLED):
            layer = text_layer(a.text)
            out += [a.text[s.start:s.end] for s in layer.sentences if s.label == "body" and len(s) >= 40]
        return out, f"the bundled corpus ({len(out)} sentences)"
    return [], ""


def make_article(rng: random.Random, pool: list[str], i: int) -> dict:
    head = " ".join(rng.choice(pool).rstrip(".!?”").split()[:9])
    paras = []
    for _ in range(rng.randint(4, 12)):
        sents = rng.sample(pool, rng.randint(1, 3))
        if rng.random() < 0.33 and "“" not in sents[0] and '"' not in sents[0]:
            body = sents[0].rstrip(".")
            paras.append(f"“{body},” {rng.choice(_SPEAKERS)}." + "".join(" " + s for s in sents[1:]))
        else:
            paras.append(" ".join(sents))
    return {"id": f"syn{i:07d}", "outlet": f"Outlet {i % 50}", "title": head, "text": head + "\n\n" + "\n\n".join(paras)}


def write_jsonl(path: Path, n: int, pool: list[str], seed: int) -> int:
    rng = random.Random(seed)
    size = 0
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            line = json.dumps(make_article(rng, pool, i), ensure_ascii=False) + "\n"
            size += len(line.encode("utf-8"))
            fh.write(line)
    return size


def in_process(articles, rounds: int) -> dict:
    """VADER alone vs full analyze, same sentences, same process, best of ``rounds``."""
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    from framing import Article, analyze, text_layer

    arts = [Article(a["id"], a["text"], a["outlet"], a["title"]) for a in articles]
    sents = [a.text[s.start:s.end] for a in arts for s in text_layer(a.text, title=a.title).sentences]
    mb = sum(len(a.text.encode("utf-8")) for a in arts) / 1e6
    sia = SentimentIntensityAnalyzer()
    analyze(arts[0])  # load lexicons outside the timing
    from framing.batch.export import json_line

    t_vader = t_full = t_out = float("inf")
    c_vader = c_full = float("inf")
    clock = time.perf_counter
    cpu = time.process_time
    for _ in range(rounds):
        t0, c0 = clock(), cpu()
        for s in sents:
            sia.polarity_scores(s)
        t_vader, c_vader = min(t_vader, clock() - t0), min(c_vader, cpu() - c0)
        t0, c0 = clock(), cpu()
        for a in arts:
            analyze(a)
        t_full, c_full = min(t_full, clock() - t0), min(c_full, cpu() - c0)
        t0 = clock()
        for a in arts:
            json_line(analyze(a).to_dict())
        t_out = min(t_out, clock() - t0)
    return {"n": len(arts), "sentences": len(sents), "mb": mb, "t_vader": t_vader, "t_full": t_full, "t_out": t_out,
            "c_vader": c_vader, "c_full": c_full}


def cached_time(articles) -> float:
    """Seconds for analyze() over the articles with the text caches on (second pass: caches warm)."""
    from framing import Article, analyze

    arts = [Article(a["id"], a["text"], a["outlet"], a["title"]) for a in articles]
    for a in arts:
        analyze(a)
    t0 = time.perf_counter()
    for a in arts:
        analyze(a)
    return time.perf_counter() - t0


def profile(articles, top: int) -> None:
    from framing import Article, analyze

    arts = [Article(a["id"], a["text"], a["outlet"], a["title"]) for a in articles]
    prof = cProfile.Profile()
    prof.enable()
    for a in arts:
        analyze(a)
    prof.disable()
    st = pstats.Stats(prof)
    total = sum(v[2] for v in st.stats.values())  # tottime
    by_mod: dict[str, float] = defaultdict(float)
    for (fname, _, _), v in st.stats.items():
        if "/framing/" in fname:
            mod = "framing." + fname.rsplit("/framing/", 1)[1].removesuffix(".py").replace("/", ".")
        elif "vaderSentiment" in fname:
            mod = "vaderSentiment"
        elif fname.startswith("~") or fname.startswith("<"):
            mod = "builtins (regex, str, ...)"
        else:
            mod = "other: " + Path(fname).name
        by_mod[mod] += v[2]
    print(f"\nWhere the time goes (cProfile, own time by module, {len(arts)} articles; profiling inflates Python-level costs):")
    for mod, t in sorted(by_mod.items(), key=lambda kv: -kv[1])[:12]:
        print(f"  {100 * t / total:5.1f}%  {mod}")
    print(f"Costliest functions (own time):")
    rows = sorted(st.stats.items(), key=lambda kv: -kv[1][2])[:top]
    for (fname, line, func), v in rows:
        where = fname.rsplit("/framing/", 1)[1] if "/framing/" in fname else Path(fname).name
        print(f"  {100 * v[2] / total:5.1f}%  {where}:{line} {func}  ({v[1]} calls)")


def _tree_rss_mb(pid: int) -> float | None:
    """Summed PSS of a process and its descendants (shared pages split between them; RSS if PSS is unavailable)."""
    try:
        import psutil  # comes with dask[distributed]
    except ImportError:
        return None
    try:
        root = psutil.Process(pid)
        procs = [root, *root.children(recursive=True)]
    except psutil.Error:
        return None
    total = 0
    for p in procs:
        try:
            info = p.memory_full_info()
            total += getattr(info, "pss", info.rss)
        except psutil.Error:
            pass
    return total / 2**20


def _input_position(proc_pid: int, path: Path) -> int | None:
    """Byte offset the child has read up to in its input file (from /proc via psutil), if known."""
    try:
        import psutil

        for f in psutil.Process(proc_pid).open_files():
            if f.path == str(path):
                return f.position
    except Exception:  # noqa: BLE001 - only a progress hint
        return None
    return None


def run_cli(path: Path, jobs: int, *, max_seconds: float | None = None, n: int | None = None) -> dict:
    """Run ``framing analyze`` on ``path`` in a subprocess and measure it.

    Returns wall seconds, CPU seconds (user + system of the child and its reaped
    workers, from ``os.wait4``: robust to other load on a shared machine), peak
    RSS of the main process (MB), peak summed PSS of it and its workers, exit
    status, and whether it was stopped at ``max_seconds``. A stopped run also
    reports how far it got (``done``: articles, estimated from the byte offset
    reached in the input), and prints its progress every 60 s.
    """
    cmd = [sys.executable, "-c", _UNCACHED_CLI.format(bench=str(Path(__file__).parent)), "analyze", str(path), "--output", os.devnull, "--progress", "never", "--jobs", str(jobs)]
    size = path.stat().st_size
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    tree_peak: float | None = None
    stopped = False
    last_note = t0
    fraction = 1.0
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        tree = _tree_rss_mb(proc.pid)
        if tree is not None:
            tree_peak = max(tree_peak or 0.0, tree)
        now = time.perf_counter()
        if max_seconds is not None and now - last_note >= 60:
            last_note = now
            pos = _input_position(proc.pid, path)
            if pos is not None:
                fraction = pos / size
            print(f"    ... {now - t0:5.0f} s: {fraction:4.0%} of the input read, memory {tree or 0:.0f} MB", flush=True)
        if max_seconds is not None and now - t0 > max_seconds and not stopped:
            pos = _input_position(proc.pid, path)
            fraction = pos / size if pos is not None else fraction
            stopped = True
            proc.terminate()
        time.sleep(0.2)
    wall = time.perf_counter() - t0
    proc.returncode = os.waitstatus_to_exitcode(status)
    done = round(fraction * n) if (stopped and n) else n
    # ru_maxrss (kB on Linux) from wait4 is the peak of the main process itself.
    return {"wall": wall, "cpu": usage.ru_utime + usage.ru_stime, "rss": usage.ru_maxrss / 1024, "tree": tree_peak,
            "rc": proc.returncode, "stopped": stopped, "done": done}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--quick", action="store_true", help="small sizes (300 / 3,000 articles)")
    ap.add_argument("--sizes", help="comma-separated streaming sizes (default 1000,10000,100000); "
                    "--jobs N runs on the second size, right after it")
    ap.add_argument("--jobs", type=int, default=2, help="worker processes for the scale-out run (default 2)")
    ap.add_argument("--max-seconds", type=float, default=None,
                    help="stop the largest streaming run after this many seconds and report how far it got "
                         "(articles done, memory); for a memory check on a slow or busy machine")
    ap.add_argument("--skip-in-process", action="store_true", help="only the streaming runs (steps 3 and 4)")
    ap.add_argument("--skip-parse", action="store_true", help="skip step 0, the comparison with a parser (speed_parse.py)")
    args = ap.parse_args(argv)
    if not args.skip_parse:
        import speed_parse

        print("Step 0: framing against the naive floor (pipeline on every sentence + VADER) and textacy, whole processes")
        speed_parse.main(["--repeat", "8" if args.quick else "40"])
        print()
    pool, where = sentence_pool()
    if not pool:
        print("speed benchmark skipped: neither ../shared/data/szeged-uncertainty/factbank.xml nor data/cecot-2025-03 found")
        return 0
    sizes = [int(s) for s in args.sizes.split(",")] if args.sizes else ([300, 3000] if args.quick else [1000, 10000, 100000])
    n_inproc = 300 if args.quick else 1000
    load_before = os.getloadavg()[0]
    print(f"Sentences recombined from {where}; Python {sys.version.split()[0]}, {os.cpu_count()} CPUs, "
          f"load average {load_before:.2f}, {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}")
    print("CPU seconds (user + system) are robust to other work on the machine; wall seconds are not.")

    if not args.skip_in_process:
        rng = random.Random(1)
        arts = [make_article(rng, pool, i) for i in range(n_inproc)]
        t_cached = cached_time(arts)
    patched = disable_text_caches()
    print(f"Text-keyed caches disabled for every measurement below: {', '.join(patched) or 'none found'}")
    if not args.skip_in_process:
        r = in_process(arts, rounds=3)
        v_mbs, f_mbs = r["mb"] / r["t_vader"], r["mb"] / r["t_full"]
        print(f"\nIn one process, {r['n']} articles, {r['sentences']} sentences, {r['mb']:.2f} MB (best of 3, wall clock):")
        print(f"  VADER alone   : {r['sentences'] / r['t_vader']:9.0f} sentences/s  {r['n'] / r['t_vader']:7.1f} articles/s  {v_mbs:5.2f} MB/s")
        print(f"  full analyze(): {r['sentences'] / r['t_full']:9.0f} sentences/s  {r['n'] / r['t_full']:7.1f} articles/s  {f_mbs:5.2f} MB/s")
        print(f"  + to_dict+JSON: {r['sentences'] / r['t_out']:9.0f} sentences/s  {r['n'] / r['t_out']:7.1f} articles/s  {r['mb'] / r['t_out']:5.2f} MB/s")
        print(f"  per CPU second: VADER alone {r['n'] / r['c_vader']:.1f} articles ({r['mb'] / r['c_vader']:.2f} MB), "
              f"full analyze() {r['n'] / r['c_full']:.1f} articles ({r['mb'] / r['c_full']:.2f} MB)")
        print(f"  (with the text caches on and warm, which recombined sentences flatter: {r['n'] / t_cached:.1f} articles/s)")
        ratio, ratio_cpu = r["t_vader"] / r["t_full"], r["c_vader"] / r["c_full"]
        print(f"  ratio full/VADER = {ratio:.2f} wall, {ratio_cpu:.2f} CPU time  "
              f"(target >= 0.70: {'met' if min(ratio, ratio_cpu) >= 0.7 else 'MISSED'})")
        profile(arts[: min(300, len(arts))], top=15)

    print("\nStreaming `framing analyze FILE.jsonl --output /dev/null` (subprocess, incl. start-up):")
    print("| articles | input MB | jobs | wall s | articles/s | MB/s | CPU s | articles per CPU s | peak RSS MB |\n"
          "|---|---|---|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory(prefix="framing-speed-") as tmp:
        runs = {}
        one = Path(tmp) / "one.jsonl"
        write_jsonl(one, 1, pool, seed=0)
        start = run_cli(one, 1)
        print(f"| 1 (start-up) | 0.0 | 1 | {start['wall']:.1f} | - | - | {start['cpu']:.1f} | - | {start['rss']:.0f} |")
        mid = sizes[1] if len(sizes) > 1 else sizes[0]
        par = None
        for n in sizes:
            path = Path(tmp) / f"in{n}.jsonl"
            size = write_jsonl(path, n, pool, seed=n)
            last = n == sizes[-1] and len(sizes) > 1
            r = run_cli(path, 1, max_seconds=args.max_seconds if last else None, n=n)
            runs[n] = r
            done, mb = r["done"], size / 1e6 * r["done"] / n
            label = f"{done} of {n} (stopped at {args.max_seconds:.0f} s)" if r["stopped"] else str(n)
            print(f"| {label} | {mb:.1f} | 1 | {r['wall']:.1f} | {done / r['wall']:.1f} | {mb / r['wall']:.3f} | {r['cpu']:.1f} | "
                  f"{done / max(r['cpu'] - start['cpu'], 1e-9):.1f} | {r['rss']:.0f} |", flush=True)
            if r["rc"] != 0 and not r["stopped"]:
                print(f"  (exit status {r['rc']})")
            if n == mid:  # --jobs N right after, before the largest (longest) size
                par = run_cli(path, args.jobs, n=n)
                tree_txt = f"; {par['tree']:.0f} PSS summed over main + {args.jobs} workers" if par["tree"] is not None else ""
                print(f"| {mid} | {size / 1e6:.1f} | {args.jobs} | {par['wall']:.1f} | {mid / par['wall']:.1f} | {size / 1e6 / par['wall']:.3f} | "
                      f"{par['cpu']:.1f} | {mid / max(par['cpu'] - start['cpu'], 1e-9):.1f} | {par['rss']:.0f} main{tree_txt} |", flush=True)
            path.unlink()
    print("\nGrowth with size (CPU seconds per 1,000 articles, start-up's {:.1f} CPU s subtracted): ".format(start["cpu"]) +
          ", ".join(f"{n}: {1000 * (runs[n]['cpu'] - start['cpu']) / runs[n]['done']:.1f}" for n in sizes if runs[n]["done"]))
    if par is not None:
        one_job = runs[mid]
        print(f"--jobs {args.jobs} on {mid} articles: wall speed-up {one_job['wall'] / par['wall']:.2f}x; CPU per article "
              f"{par['cpu'] / one_job['cpu']:.2f}x that of --jobs 1 (the parallel overhead)")
    print(f"{os.cpu_count()} CPUs; load average before the run {load_before:.2f}, after {os.getloadavg()[0]:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
