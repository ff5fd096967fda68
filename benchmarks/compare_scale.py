"""How claim grouping and text reuse scale with corpus size (time and peak memory).

Corpora of 100, 300 and 1,000 articles of 20 sentences each are built by recombining real
news sentences: FactBank (``../shared/data/szeged-uncertainty/factbank.xml``) when ``../shared``
exists, else the sentences of the bundled corpus. Each article draws its sentences at random
(seeded) from the pool, so sentences recur across articles as wire copy does. Only the text layer
is computed for the inputs (claims and reuse use nothing else); the timed part is
:func:`framing.find_claims` plus :func:`framing.text_reuse`.

``largest`` is the number of sentences in the largest claim (a check on single-link chaining:
a sentence recurs in about n_articles * 20 / pool size articles). Each size runs in a fresh
subprocess so that the peak resident memory (``ru_maxrss``) is its own; scikit-learn and scipy are
imported before the clock starts. ``cpu s`` is the CPU time of the timed part (this process,
user + system), which other jobs on the machine disturb far less than wall time. ``peak MB`` is the whole
process (interpreter, imports, the articles); ``extra MB`` is how much the timed part raised
that peak. ``load`` is the 1-minute load average when the timing started:
on a shared 2-core machine, times above a load of about 2 measure the other jobs too.

Run: ``.venv/bin/python benchmarks/compare_scale.py [--sizes 100 300 1000]``.

``--report`` measures the whole ``framing report`` instead (issue #15): corpora of 30, 300 and
3,000 articles (``--sizes``) from 10 outlets, one article per outlet and event (so 3, 30 and 300
events). Each event draws its sentences from its own pool of 60 sentences, so articles of one
event share sentences as wire copy does. Articles are built as ``benchmarks/speed.py`` builds
them (headline, 4 to 12 paragraphs, one in three a quotation). For each size it times
``framing analyze`` and ``framing report`` on the same JSONL (each in a fresh process, wall
and CPU time of the child), and prints their ratio (the target is at most 10), the size of
``index.html`` (target under 5 MB) and of the whole output folder.
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FACTBANK = ROOT.parent / "shared" / "data" / "szeged-uncertainty" / "factbank.xml"
BUNDLED = ROOT / "data" / "cecot-2025-03"
SENTENCES_PER_ARTICLE = 20
SEED = 0


def sentence_pool() -> tuple[str, list[str]]:
    if FACTBANK.exists():
        xml = FACTBANK.read_text(encoding="utf-8")
        sents = [re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", s)).strip()
                 for s in re.findall(r"<Sentence[^>]*>(.*?)</Sentence>", xml, re.S)]
        return "FactBank (../shared)", [s for s in sents if len(s.split()) >= 4]
    from framing import load_corpus, text_layer

    sents = []
    for a in load_corpus(BUNDLED):
        layer = text_layer(a.text, title=a.title)
        sents += [a.text[s.start:s.end] for s in layer.sentences if s.label == "body"]
    return "bundled corpus (../shared absent)", sents


def run_one(n_articles: int) -> None:
    import numpy as np

    sys.path.insert(0, str(ROOT))
    from framing import Article, find_claims, text_layer, text_reuse
    from framing.analyze import Analysis

    source, pool = sentence_pool()
    rng = np.random.default_rng(SEED)
    analyses = []
    for k in range(n_articles):
        picks = rng.choice(len(pool), size=min(SENTENCES_PER_ARTICLE, len(pool)), replace=False)
        text = "\n".join(pool[i] for i in picks) + "\n"
        analyses.append(Analysis(Article(f"a{k}", text, outlet=f"outlet {k}"), text_layer(text)))
    n_sent = sum(len(a.layer.sentences) for a in analyses)
    # the libraries are imported before the clock starts: their import time is a constant, not scaling
    import scipy.sparse.csgraph  # noqa: F401
    import sklearn.feature_extraction.text  # noqa: F401
    import sklearn.preprocessing  # noqa: F401

    load = os.getloadavg()[0]
    base_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    c0 = time.process_time()
    t0 = time.perf_counter()
    claims = find_claims(analyses)
    t1 = time.perf_counter()
    reuse = text_reuse(analyses)
    t2 = time.perf_counter()
    cpu = time.process_time() - c0
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{n_articles:8d} {n_sent:10d} {t1 - t0:9.2f} {t2 - t1:9.2f} {t2 - t0:9.2f} {cpu:7.2f} {peak_mb:9.0f} {peak_mb - base_mb:8.0f} "
          f"{len(claims):8d} {max((len(c.sentences) for c in claims), default=0):9d} {len(reuse):8d} {load:5.1f}   [{source}]", flush=True)


REPORT_OUTLETS = 10
EVENT_POOL = 60


def write_events_jsonl(path: Path, n_articles: int) -> None:
    """``n_articles`` articles, one per outlet and event, each event with its own pool of sentences."""
    import json
    import random

    sys.path.insert(0, str(ROOT / "benchmarks"))
    import speed

    pool, _ = speed.sentence_pool()
    rng = random.Random(SEED)
    with path.open("w", encoding="utf-8") as fh:
        for e in range(max(1, n_articles // REPORT_OUTLETS)):
            event_pool = rng.sample(pool, EVENT_POOL)
            for o in range(REPORT_OUTLETS):
                k = e * REPORT_OUTLETS + o
                if k >= n_articles:
                    break
                art = speed.make_article(rng, event_pool, k)
                art.update(outlet=f"Outlet {o}", event=f"event {e:04d}")
                fh.write(json.dumps(art, ensure_ascii=False) + "\n")


def _timed(cmd: list[str]) -> tuple[float, float, int]:
    """Wall seconds, CPU seconds of the child (user + system) and exit status of ``cmd``."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    done = subprocess.run(cmd, check=False, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode:
        print(done.stderr[-2000:], file=sys.stderr)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime), done.returncode


def run_report(sizes: list[int]) -> int:
    import tempfile

    framing_cli = [sys.executable, "-m", "framing"]
    print(f"{'articles':>8s} {'events':>6s} {'analyze s':>9s} {'cpu s':>7s} {'report s':>9s} {'cpu s':>7s} {'ratio':>6s} "
          f"{'index.html MB':>13s} {'folder MB':>9s} {'exit':>4s} {'load':>5s}")
    for n in sizes:
        with tempfile.TemporaryDirectory() as tmp:
            src = Path(tmp) / "corpus.jsonl"
            write_events_jsonl(src, n)
            load = os.getloadavg()[0]
            wa, ca, ra = _timed(framing_cli + ["analyze", str(src), "--output", str(Path(tmp) / "a.jsonl"), "--progress", "never"])
            wr, cr, rr = _timed(framing_cli + ["report", str(src), "--out", str(Path(tmp) / "report"), "--progress", "never"])
            index = Path(tmp) / "report" / "index.html"
            size = index.stat().st_size / 1e6 if index.exists() else float("nan")
            folder = sum(p.stat().st_size for p in (Path(tmp) / "report").rglob("*") if p.is_file()) / 1e6
            print(f"{n:8d} {max(1, n // REPORT_OUTLETS):6d} {wa:9.1f} {ca:7.1f} {wr:9.1f} {cr:7.1f} {wr / wa:6.1f} "
                  f"{size:13.2f} {folder:9.1f} {max(ra, rr):4d} {load:5.1f}", flush=True)
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+")
    ap.add_argument("--report", action="store_true", help="time framing report against framing analyze (30, 300, 3000 articles)")
    ap.add_argument("--one", type=int, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.report:
        return run_report(args.sizes or [30, 300, 3000])
    args.sizes = args.sizes or [100, 300, 1000]
    if args.one:
        run_one(args.one)
        return 0
    if not FACTBANK.exists():
        print(f"compare_scale: {FACTBANK} not found (../shared absent); using the bundled corpus sentences instead.")
    print(f"{'articles':>8s} {'sentences':>10s} {'claims s':>9s} {'reuse s':>9s} {'total s':>9s} {'cpu s':>7s} {'peak MB':>9s} {'extra MB':>8s} "
          f"{'claims':>8s} {'largest':>9s} {'pairs':>8s} {'load':>5s}")
    for n in args.sizes:
        done = subprocess.run([sys.executable, __file__, "--one", str(n)], check=False)
        if done.returncode:
            print(f"size {n} failed with exit status {done.returncode}")
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
