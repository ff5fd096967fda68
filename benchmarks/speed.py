"""Speed, memory and scale-out of ``framing analyze`` (issue #8), from one command.

Inputs are synthetic articles made by recombining real news sentences: the
FactBank newswire sentences of the Szeged Uncertainty Corpus
(``../shared/data/szeged-uncertainty/factbank.xml``) when present, else the
sentences of the bundled corpus. Each article has a headline, 4-12 paragraphs of
1-3 sentences, and about one paragraph in three turned into a quotation with an
attribution (``“...,” the official said.``), so quotation regions and
attributions are exercised; no two articles are alike.

Measured, in this order:

1. in ONE process, on the same sentences: VADER alone
   (``SentimentIntensityAnalyzer().polarity_scores`` per sentence of the text
   layer) vs full :func:`framing.analyze` (best of 3 alternating rounds), as
   articles/s, MB/s and the ratio full/VADER (target >= 0.7). Memo caches keyed
   by text (``vader_compound``) are disabled for every measurement
   (:func:`disable_text_caches`): recombined sentences repeat far more than a
   real corpus's, so a warm cache would flatter the result;
2. a cProfile of ``analyze`` over the same articles: time by module and the
   costliest functions;
3. ``framing analyze FILE.jsonl --output /dev/null`` in a subprocess for 1k, 10k
   and 100k articles: wall time, articles/s, and the child's peak RSS (from
   ``os.wait4``; target < 300 MB, flat with size);
4. the same with ``--jobs 2`` on the middle size: speed-up over ``--jobs 1``, and
   the summed proportional set size (PSS) of the main process and its workers
   (psutil, sampled every 0.2 s).

Run: ``.venv/bin/python benchmarks/speed.py`` (full, ~10-15 min on 2 cores) or
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
    from framing.export import json_line

    t_vader = t_full = t_out = float("inf")
    for _ in range(rounds):
        t0 = time.perf_counter()
        for s in sents:
            sia.polarity_scores(s)
        t_vader = min(t_vader, time.perf_counter() - t0)
        t0 = time.perf_counter()
        for a in arts:
            analyze(a)
        t_full = min(t_full, time.perf_counter() - t0)
        t0 = time.perf_counter()
        for a in arts:
            json_line(analyze(a).to_dict())
        t_out = min(t_out, time.perf_counter() - t0)
    return {"n": len(arts), "sentences": len(sents), "mb": mb, "t_vader": t_vader, "t_full": t_full, "t_out": t_out}


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


def run_cli(path: Path, jobs: int) -> tuple[float, float, float | None, int]:
    """Wall seconds, peak RSS (MB) of the main process, peak summed RSS of it and its workers, exit status."""
    cmd = [sys.executable, "-c", _UNCACHED_CLI.format(bench=str(Path(__file__).parent)), "analyze", str(path), "--output", os.devnull, "--progress", "never", "--jobs", str(jobs)]
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    tree_peak: float | None = None
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        tree = _tree_rss_mb(proc.pid)
        if tree is not None:
            tree_peak = max(tree_peak or 0.0, tree)
        time.sleep(0.2)
    wall = time.perf_counter() - t0
    proc.returncode = os.waitstatus_to_exitcode(status)
    # ru_maxrss (kB on Linux) from wait4 is the peak of the main process itself.
    return wall, usage.ru_maxrss / 1024, tree_peak, proc.returncode


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--quick", action="store_true", help="small sizes (300 / 3,000 articles)")
    ap.add_argument("--sizes", help="comma-separated streaming sizes (default 1000,10000,100000)")
    args = ap.parse_args(argv)
    pool, where = sentence_pool()
    if not pool:
        print("speed benchmark skipped: neither ../shared/data/szeged-uncertainty/factbank.xml nor data/cecot-2025-03 found")
        return 0
    sizes = [int(s) for s in args.sizes.split(",")] if args.sizes else ([300, 3000] if args.quick else [1000, 10000, 100000])
    n_inproc = 300 if args.quick else 1000
    print(f"Sentences recombined from {where}; Python {sys.version.split()[0]}, {os.cpu_count()} CPUs")

    rng = random.Random(1)
    arts = [make_article(rng, pool, i) for i in range(n_inproc)]
    t_cached = cached_time(arts)
    patched = disable_text_caches()
    print(f"Text-keyed caches disabled for every measurement below: {', '.join(patched) or 'none found'}")
    r = in_process(arts, rounds=3)
    v_mbs, f_mbs = r["mb"] / r["t_vader"], r["mb"] / r["t_full"]
    print(f"\nIn one process, {r['n']} articles, {r['sentences']} sentences, {r['mb']:.2f} MB (best of 3):")
    print(f"  VADER alone   : {r['sentences'] / r['t_vader']:9.0f} sentences/s  {r['n'] / r['t_vader']:7.1f} articles/s  {v_mbs:5.2f} MB/s")
    print(f"  full analyze(): {r['sentences'] / r['t_full']:9.0f} sentences/s  {r['n'] / r['t_full']:7.1f} articles/s  {f_mbs:5.2f} MB/s")
    print(f"  + to_dict+JSON: {r['sentences'] / r['t_out']:9.0f} sentences/s  {r['n'] / r['t_out']:7.1f} articles/s  {r['mb'] / r['t_out']:5.2f} MB/s")
    print(f"  (with the text caches on and warm, which recombined sentences flatter: {r['n'] / t_cached:.1f} articles/s)")
    ratio = r["t_vader"] / r["t_full"]
    print(f"  ratio full/VADER = {ratio:.2f}  (target >= 0.70: {'met' if ratio >= 0.7 else 'MISSED'})")

    profile(arts[: min(300, len(arts))], top=15)

    print("\nStreaming `framing analyze FILE.jsonl --output /dev/null` (subprocess, incl. start-up):")
    print("| articles | input MB | jobs | seconds | articles/s | MB/s | peak RSS MB |\n|---|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory(prefix="framing-speed-") as tmp:
        timings = {}
        one = Path(tmp) / "one.jsonl"
        write_jsonl(one, 1, pool, seed=0)
        startup, rss1, _, _ = run_cli(one, 1)
        print(f"| 1 (start-up) | 0.0 | 1 | {startup:.1f} | - | - | {rss1:.0f} |")
        for n in sizes:
            path = Path(tmp) / f"in{n}.jsonl"
            size = write_jsonl(path, n, pool, seed=n)
            wall, rss, _, rc = run_cli(path, 1)
            timings[n] = wall
            print(f"| {n} | {size / 1e6:.1f} | 1 | {wall:.1f} | {n / wall:.0f} | {size / 1e6 / wall:.2f} | {rss:.0f} |", flush=True)
            if rc != 0:
                print(f"  (exit status {rc})")
        mid = sizes[1] if len(sizes) > 1 else sizes[0]
        path = Path(tmp) / f"in{mid}.jsonl"
        wall2, rss2, tree2, _ = run_cli(path, 2)
        size = path.stat().st_size
        tree_txt = f"; {tree2:.0f} PSS summed over main + 2 workers" if tree2 is not None else ""
        print(f"| {mid} | {size / 1e6:.1f} | 2 | {wall2:.1f} | {mid / wall2:.0f} | {size / 1e6 / wall2:.2f} | {rss2:.0f} main{tree_txt} |")
    print("\nTime growth with size (seconds per 1,000 articles, start-up of {:.1f} s subtracted): ".format(startup) +
          ", ".join(f"{n}: {1000 * (timings[n] - startup) / n:.2f}" for n in sizes))
    print(f"--jobs 2 speed-up on {mid} articles: {timings[mid] / wall2:.2f}x (2 cores shared with other work)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
