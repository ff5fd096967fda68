"""Speed and memory of ``framing analyze`` with the parser (issue #17; before it, issue #8), from one command.

Prints every item of issue #17's "Done when", each target with ``MISSED`` where missed:

0. :mod:`speed_parse`, on the bundled corpus repeated (``--repeat``, default 40: 200 articles) and
   on the GUM news texts (``../shared/data/ud-english/gum/text``; skipped with a message when
   absent): VADER alone, the shipped pipeline over every sentence plus VADER (the naive floor),
   ``framing analyze`` (one process), ``framing analyze --jobs 2``, and textacy's
   ``direct_quotations`` with the same pipeline (if installed: ``pip install -e '.[bench]'``), each
   as its own process, in articles per CPU second, with the ratios (targets: analyze >= 1.0x the
   floor, >= 3x textacy; ``--jobs 2`` >= 1.7x ``--jobs 1`` in wall time);
1. where the CPU of :func:`framing.analyze` goes on the same inputs: the share spent in
   :meth:`framing.text.Syntax.parse` (spaCy, and turning its Docs into parsed sentences), and how
   many sentences and words were parsed (``--profile`` adds a cProfile by module);
2. :mod:`speed_memory`: peak RSS of the whole process tree of a streaming ``framing analyze`` with
   the model loaded, at ``--memory-sizes`` (default 10,000, 30,000, 100,000 articles; target
   < 400 MB at 100,000; ``--max-seconds`` caps each run, which is then reported as stopped);
3. ``framing.dask``: :func:`~framing.dask.analyze_dataframe` and :func:`~framing.dask.analyze_bag` on
   a local cluster of two worker processes, compared row for row with the single-process path.

Synthetic articles (step 2 and 3) recombine real news sentences: the FactBank newswire sentences
of the Szeged Uncertainty Corpus (``../shared/data/szeged-uncertainty/factbank.xml``) when
present, else the sentences of the bundled corpus. Each has a headline, 4-12 paragraphs of 1-3
sentences, and about one paragraph in three turned into a quotation with an attribution.

CPU seconds (user + system, workers included) are what to compare on a shared machine; wall
seconds are not (the ``--jobs 2`` speed-up is a wall-time ratio: each line gives the load average).

Run: ``.venv/bin/python benchmarks/speed.py`` (hours: 100,000 articles stream at 5 to 15 a CPU
second), ``--memory-sizes 10000,30000 --max-seconds 3600``, or ``--quick`` (8 copies of the bundled
corpus, 300 articles for memory, 12 for Dask).
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import pstats
import random
import re
import sys
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


def profile(articles: list[dict], top: int) -> None:
    """cProfile of :func:`framing.analyze` over ``articles`` (dicts with id and text): own time by module."""
    from framing import Article, analyze

    arts = [Article(a["id"], a["text"], a.get("outlet"), a.get("title")) for a in articles]
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
    print("Costliest functions (own time):")
    rows = sorted(st.stats.items(), key=lambda kv: -kv[1][2])[:top]
    for (fname, line, func), v in rows:
        where = fname.rsplit("/framing/", 1)[1] if "/framing/" in fname else Path(fname).name
        print(f"  {100 * v[2] / total:5.1f}%  {where}:{line} {func}  ({v[1]} calls)")


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




def parse_share(name: str, records: list[dict]) -> None:
    """Print the share of :func:`framing.analyze`'s CPU spent in ``Syntax.parse``, and what was parsed."""
    from framing import Article, analyze
    from framing.text import syntax

    analyze("Officials said it may rain.")  # load the pipeline and the lexicons outside the timing
    spent, counts, original = [0.0], [0, 0], syntax.Syntax.parse

    def timed(self, indices):
        indices = list(indices)
        todo = {k for k in indices if k not in self._parsed}
        counts[0] += len(todo)
        counts[1] += sum(len(self.layer.text[self.layer.sentences[k].start:self.layer.sentences[k].end].split()) for k in todo)
        t0 = time.process_time()
        try:
            return original(self, indices)
        finally:
            spent[0] += time.process_time() - t0

    syntax.Syntax.parse = timed
    try:
        t0, n_sent, n_words = time.process_time(), 0, 0
        for r in records:
            a = analyze(Article(r["id"], r["text"]))
            n_sent += len(a.layer.sentences)
            n_words += sum(len(a.text[s.start:s.end].split()) for s in a.layer.sentences)
        total = time.process_time() - t0
    finally:
        syntax.Syntax.parse = original
    print(f"{name}: analyze() {total:.1f} CPU s for {len(records)} articles, {100 * spent[0] / total:.0f}% of it in Syntax.parse; "
          f"parsed {counts[0]:,} of {n_sent:,} sentences ({100 * counts[1] / max(n_words, 1):.0f}% of {n_words:,} words)")


def dask_equal(pool: list[str], n: int) -> bool | None:
    """``framing.dask`` on 2 local worker processes vs the single-process path, row for row (``None``: no dask)."""
    try:
        import dask.bag as db
        import dask.dataframe as dd
        import pandas as pd
        from distributed import Client, LocalCluster
    except ImportError:
        print("framing.dask: dask[distributed] not installed, not compared: MISSED")
        return None
    from framing import Article, analyze_many
    from framing.batch import analyze_frame
    from framing.dask import analyze_bag, analyze_dataframe

    rng = random.Random(17)
    records = [make_article(rng, pool, i) for i in range(n)]
    pdf = pd.DataFrame(records)
    want_rows = analyze_frame(pdf)
    want_bag = [r.to_dict() for r in analyze_many(Article(r["id"], r["text"], r["outlet"], r["title"], "bag") for r in records)]
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0", silence_logs=40) as cluster, \
            Client(cluster):
        got_rows = analyze_dataframe(dd.from_pandas(pdf, npartitions=4)).compute()
        got_bag = analyze_bag(db.from_sequence(records, npartitions=4)).compute()
    try:
        pd.testing.assert_frame_equal(got_rows, want_rows, check_exact=True)
        frame_ok = True
    except AssertionError:
        frame_ok = False
    same = frame_ok and got_bag == want_bag
    parsed = sum(h["evidence"].endswith("; parse") for d in want_bag for h in d.get("hedges", []))
    print(f"framing.dask on 2 worker processes, {n} articles ({parsed} hedges decided on the parse): analyze_dataframe "
          f"{'equal' if frame_ok else 'DIFFERENT'} to analyze_frame, analyze_bag {'equal' if got_bag == want_bag else 'DIFFERENT'}"
          f" to analyze_many, row for row{'' if same else ': MISSED'}")
    return same


def main(argv: list[str] | None = None) -> int:
    import speed_memory
    import speed_parse

    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--quick", action="store_true", help="small inputs: 8 copies of the bundled corpus, 300 articles, 12 for Dask")
    ap.add_argument("--repeat", type=int, default=None, help="copies of the bundled corpus in step 0 (default 40)")
    ap.add_argument("--memory-sizes", default=None, help="articles per streaming run (default 10000,30000,100000)")
    ap.add_argument("--max-seconds", type=float, default=None, help="stop each streaming run after this long")
    ap.add_argument("--profile", action="store_true", help="also a cProfile of analyze() by module")
    for step in ("parse", "share", "memory", "dask"):
        ap.add_argument(f"--skip-{step}", action="store_true", help=f"skip the {step} step")
    args = ap.parse_args(argv)
    repeat = args.repeat or (8 if args.quick else 40)
    sizes = args.memory_sizes or ("300" if args.quick else "10000,30000,100000")
    print(f"framing speed (issue #17): {os.cpu_count()} CPUs, Python {sys.version.split()[0]}, load average "
          f"{os.getloadavg()[0]:.2f}, {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}")
    if not args.skip_parse:
        print("\nStep 0: framing against VADER, the naive floor and textacy, whole processes")
        speed_parse.run_all(repeat)
    if not args.skip_share:
        print("\nStep 1: where analyze()'s CPU goes")
        for name, records in speed_parse.corpora(max(1, repeat // 2)).items():
            parse_share(name, records)
            if args.profile:
                profile(records, top=15)
    pool, where = sentence_pool()
    if not args.skip_memory:
        print("\nStep 2: peak memory of a streaming run, model loaded")
        speed_memory.run_memory([int(x) for x in sizes.split(",")], 1, args.max_seconds, 60.0)
    if not args.skip_dask and pool:
        print(f"\nStep 3: framing.dask, articles from {where}")
        dask_equal(pool, 12 if args.quick else 40)
    print(f"\nload average at the end {os.getloadavg()[0]:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
