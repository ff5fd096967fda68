"""Speed with a parser (issue #17): framing against the naive floor and a peer, as whole processes.

Inputs, each repeated to a few hundred articles so that start-up is a small part:
the bundled corpus (``data/cecot-2025-03``) and the GUM Wikinews news texts
(``../shared/data/ud-english/gum/text``, skipped when absent).

Every mode runs as its own process over the same input, and its CPU seconds (user + system,
from ``os.wait4``) are read; start-up (imports, model load) is measured on a one-article input
and subtracted, and printed. Modes:

* ``vader``: VADER alone, ``polarity_scores`` on every sentence (sentences split beforehand by
  framing's segmenter, in the parent, not timed);
* ``floor``: the shipped spaCy pipeline over every sentence (``nlp.pipe``) plus VADER on every
  sentence: what a tool that parses everything pays at least;
* ``analyze``: ``framing analyze FILE.jsonl --output /dev/null`` (one process);
* ``analyze-jobs2``: the same with ``--jobs 2`` (speed-up in wall time on 2 cores);
* ``textacy``: textacy's ``direct_quotations`` with the same pipeline over each whole article
  (only when textacy is installed, ``pip install -e '.[bench]'``; else ``not installed``).

Printed: articles per CPU second per mode, the ratios, and ``MISSED`` beside a missed target:
analyze >= 1.0x floor; analyze >= 3x textacy; ``--jobs 2`` >= 1.7x ``--jobs 1`` in wall time.

    .venv/bin/python benchmarks/speed_parse.py [--repeat N]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUNDLED = ROOT / "data" / "cecot-2025-03"
GUM_TEXT = ROOT.parent / "shared" / "data" / "ud-english" / "gum" / "text"
PY = sys.executable
FRAMING = str(Path(PY).parent / "framing")


def corpora(repeat: int) -> dict[str, list[dict]]:
    sys.path.insert(0, str(ROOT))
    from framing import load_corpus

    out = {"bundled": [{"id": f"{a.id}-{k}", "text": a.text} for k in range(repeat) for a in load_corpus(BUNDLED)]}
    if GUM_TEXT.is_dir():
        news = sorted(GUM_TEXT.glob("GUM_news_*.txt"))
        out["gum-news"] = [{"id": f"{p.stem}-{k}", "text": p.read_text(encoding="utf-8")}
                           for k in range(max(1, repeat * 5 // max(len(news), 1))) for p in news]
    else:
        print(f"GUM news skipped: {GUM_TEXT} not found")
    return out


def worker(mode: str, path: str) -> None:
    """The body of one measured process (``--worker MODE FILE``)."""
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    records = [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines()]
    vader = SentimentIntensityAnalyzer()
    if mode == "vader":
        for r in records:
            for s in r["sentences"]:
                vader.polarity_scores(s)
    elif mode == "floor":
        from framing import load_pipeline

        nlp = load_pipeline()
        for r in records:
            for _doc in nlp.pipe(r["sentences"]):
                pass
            for s in r["sentences"]:
                vader.polarity_scores(s)
    elif mode == "textacy":
        from textacy.extract.triples import direct_quotations

        from framing import load_pipeline

        nlp = load_pipeline()
        aborted = 0
        for r in records:
            try:
                list(direct_quotations(nlp(r["text"])))
            except ValueError:  # textacy gives up on a whole article at one unpaired quotation mark
                aborted += 1
        print(f"textacy aborted {aborted} of {len(records)} articles", file=sys.stderr)
    else:
        raise SystemExit(f"unknown mode {mode}")


def run(cmd: list[str]) -> dict[str, float]:
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t0
    err = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
    if os.waitstatus_to_exitcode(status) != 0:
        raise RuntimeError(f"{' '.join(cmd)} failed:\n{err[-2000:]}")
    note = next((line for line in err.splitlines() if line.startswith("textacy aborted")), "")
    return {"cpu": usage.ru_utime + usage.ru_stime, "wall": wall, "note": note}


def command(mode: str, path: Path) -> list[str]:
    if mode == "analyze":
        return [FRAMING, "analyze", str(path), "--output", os.devnull, "--progress", "never"]
    if mode == "analyze-jobs2":
        return [FRAMING, "analyze", str(path), "--output", os.devnull, "--progress", "never", "--jobs", "2"]
    return [PY, __file__, "--worker", mode, str(path)]


def textacy_installed() -> bool:
    try:
        import textacy  # noqa: F401
    except ImportError:
        return False
    return True


def measure(name: str, records: list[dict], tmp: Path) -> dict[str, dict[str, float]]:
    from framing import text_layer

    for r in records:
        layer = text_layer(r["text"])
        r["sentences"] = [r["text"][s.start:s.end] for s in layer.sentences]
    modes = ["vader", "floor", "analyze", "analyze-jobs2"] + (["textacy"] if textacy_installed() else [])
    full, one = tmp / f"{name}.jsonl", tmp / f"{name}-1.jsonl"
    full.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    one.write_text(json.dumps(records[0]) + "\n", encoding="utf-8")
    words = sum(len(s.split()) for r in records for s in r["sentences"])
    n_sent = sum(len(r["sentences"]) for r in records)
    print(f"\n{name}: {len(records)} articles, {n_sent} sentences, {words} words")
    print("| mode | CPU s | start-up CPU s | articles per CPU s | wall s | start-up wall s | load average | note |\n"
          "|---|---|---|---|---|---|---|---|")
    res = {}
    for mode in modes:
        start = run(command(mode, one))
        load = os.getloadavg()[0]
        r = run(command(mode, full))
        net = max(r["cpu"] - start["cpu"], 1e-9)
        res[mode] = {**r, "start": start["cpu"], "start_wall": start["wall"], "rate": len(records) / net, "load": load}
        print(f"| {mode} | {r['cpu']:.1f} | {start['cpu']:.1f} | {res[mode]['rate']:.1f} | {r['wall']:.1f} | "
              f"{start['wall']:.1f} | {load:.2f} | {r['note']} |", flush=True)
    report(res)
    return res


def report(res: dict[str, dict[str, float]]) -> None:
    """The ratios of one input, with ``MISSED`` beside a missed target."""
    a, f = res["analyze"]["rate"], res["floor"]["rate"]
    print(f"analyze / floor (pipeline on every sentence + VADER) = {a / f:.2f}x{'' if a >= f else '  MISSED (target >= 1.0)'}")
    print(f"analyze / VADER alone = {a / res['vader']['rate']:.2f}x")
    one, two = res["analyze"], res["analyze-jobs2"]
    speedup = one["wall"] / two["wall"]
    net = (one["wall"] - one["start_wall"]) / max(two["wall"] - two["start_wall"], 1e-9)
    print(f"--jobs 2 wall speed-up = {speedup:.2f}x whole process{'' if speedup >= 1.7 else '  MISSED (target >= 1.7)'}; "
          f"{net:.2f}x with each one's start-up wall time subtracted (load average {one['load']:.2f} and {two['load']:.2f})")
    if "textacy" in res:
        t = res["textacy"]["rate"]
        print(f"analyze / textacy direct_quotations = {a / t:.2f}x{'' if a >= 3 * t else '  MISSED (target >= 3.0)'}")
    else:
        print("textacy: not installed (pip install -e '.[bench]'): comparison MISSED")


def run_all(repeat: int) -> dict[str, dict[str, dict[str, float]]]:
    """Every input, every mode: ``{input: {mode: measurements}}`` (printed as it goes)."""
    print(f"{os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.2f}, "
          f"{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}; CPU seconds are user + system of each process")
    with tempfile.TemporaryDirectory(prefix="framing-speed-parse-") as tmp:
        return {name: measure(name, records, Path(tmp)) for name, records in corpora(repeat).items()}


def main(argv: list[str]) -> int:
    if argv[:1] == ["--worker"]:
        worker(argv[1], argv[2])
        return 0
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--repeat", type=int, default=40, help="copies of the bundled corpus (default 40: 200 articles)")
    args = ap.parse_args(argv)
    run_all(args.repeat)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
