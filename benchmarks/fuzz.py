"""Fuzz ``framing.analyze`` with mutated news-like text and check the issue #9 invariants.

Run on demand (not part of the test suite)::

    .venv/bin/python benchmarks/fuzz.py --n 10000 --seed 0

Each input starts from 1 to 6 English news sentences composed for the tests
(``tests/test_reliability.py``), in 1 to 3 paragraphs, then gets 1 to 4
mutations: random quotation marks of every kind, control characters (NUL, CR,
form feed, U+2028, zero-width and BOM characters ...), random Unicode code points
(surrogates excluded: a ``str`` from a decoded file cannot hold them), a huge
line of words without punctuation, words of other scripts (Cyrillic, Arabic,
Devanagari, CJK, right-to-left marks), deleted, duplicated or swapped pieces,
``\\r\\n`` line ends. Every input is analysed with :func:`framing.analyze`
(which does not refuse binary-looking text, unlike the loader) and checked with
``check_invariants`` from ``tests/test_reliability.py``: no exception, every span
inside the text, quoted-voice spans inside quotation regions, finite scores, valid JSON.

Prints the number of inputs, of failures (exceptions and invariant violations),
and the time; the first ``--keep`` failing inputs are written as JSON lines
(``{"seed", "index", "problem", "text"}``) to ``--out``, so each reproduces with
``framing.analyze(json.loads(line)["text"])``. Exit status 1 when any failed.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

import framing  # noqa: E402
from test_reliability import SENTENCES, check_invariants  # noqa: E402

QUOTE_MARKS = ['"', "“", "”", "‘", "’", "'", "«", "»", "„", "‹", "›", "‚", "「", "」", "`", "´"]
CONTROL = ["\x00", "\x01", "\x07", "\x08", "\x0b", "\x0c", "\r", "\x1b", "\x7f", "\x85", "\u200b", "\u200e",
           "\u200f", "\u2028", "\u2029", "\ufeff", "\ufffd", "\t", "\u00a0", "\u202e"]
SCRIPTS = ["Москва заявила", "قال المتحدث", "सरकार ने कहा", "政府表示", "東京で", "Ελλάδα είπε", "שלום",
           "İstanbul’da", "Łódź", "ﬁnal", "e\u0301te\u0301", "👍🏽 🇸🇻", "𝔗𝔥𝔢"]
EXTRA_WORDS = ["said", "told", "according to", "alleged", "may", "could", "Sen.", "U.S.", "Dr.", "Advert",
               "(AFP via Getty Images)", "claimed", "reportedly", "—", "…", ":", ";", "?", "!"]


def _random_char(rng: random.Random) -> str:
    while True:
        cp = rng.randint(0, 0x10FFFF) if rng.random() < 0.5 else rng.randint(0, 0x2FFF)
        if not 0xD800 <= cp <= 0xDFFF:
            return chr(cp)


def _insert(rng: random.Random, text: str, piece: str) -> str:
    i = rng.randint(0, len(text))
    return text[:i] + piece + text[i:]


def mutate(rng: random.Random, text: str) -> str:
    """Apply one random mutation."""
    kind = rng.randrange(10)
    if kind == 0:  # quote marks
        for _ in range(rng.randint(1, 8)):
            text = _insert(rng, text, rng.choice(QUOTE_MARKS))
    elif kind == 1:  # control and invisible characters
        for _ in range(rng.randint(1, 5)):
            text = _insert(rng, text, rng.choice(CONTROL))
    elif kind == 2:  # random code points
        for _ in range(rng.randint(1, 10)):
            text = _insert(rng, text, _random_char(rng))
    elif kind == 3:  # a huge line without punctuation (kept short enough for the run to finish)
        words = [w for w in " ".join(SENTENCES).replace(".", "").replace(",", "").split() if w.isalpha()]
        line = " ".join(rng.choice(words) for _ in range(rng.randint(200, 1500)))
        text = _insert(rng, text, "\n" + line + "\n")
    elif kind == 4:  # other scripts
        for _ in range(rng.randint(1, 4)):
            text = _insert(rng, text, " " + rng.choice(SCRIPTS) + " ")
    elif kind == 5 and text:  # delete a piece
        i = rng.randrange(len(text))
        text = text[:i] + text[i + rng.randint(1, 40):]
    elif kind == 6 and text:  # duplicate a piece
        i = rng.randrange(len(text))
        text = _insert(rng, text, text[i:i + rng.randint(1, 80)])
    elif kind == 7:  # Windows line ends, blank lines, lone CRs
        text = text.replace("\n", rng.choice(["\r\n", "\n\n\n", "\r", "\n \n"]))
    elif kind == 8:  # tricky words
        for _ in range(rng.randint(1, 5)):
            text = _insert(rng, text, " " + rng.choice(EXTRA_WORDS) + " ")
    else:  # swap two halves at a random point
        i = rng.randint(0, len(text))
        text = text[i:] + text[:i]
    return text


def make_input(rng: random.Random) -> str:
    paras = [" ".join(rng.sample(SENTENCES, rng.randint(1, 3))) for _ in range(rng.randint(1, 3))]
    text = "\n\n".join(paras)
    for _ in range(rng.randint(1, 4)):
        text = mutate(rng, text)
    return text


def run(n: int, seed: int, out: Path, keep: int) -> int:
    rng = random.Random(seed)
    failures: list[dict[str, object]] = []
    n_fail = 0
    t0 = time.perf_counter()
    for i in range(n):
        text = make_input(rng)
        try:
            problems = check_invariants(framing.analyze(text))
        except Exception as exc:  # noqa: BLE001 - every exception is a finding
            tb = traceback.extract_tb(exc.__traceback__)[-1]
            problems = [f"{type(exc).__name__}: {exc} (at {Path(tb.filename).name}:{tb.lineno})"]
        if problems:
            n_fail += 1
            if len(failures) < keep:
                failures.append({"seed": seed, "index": i, "problem": problems[0], "text": text})
    elapsed = time.perf_counter() - t0
    if failures:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text("".join(json.dumps(f, ensure_ascii=False) + "\n" for f in failures), encoding="utf-8")
    print(f"fuzz: {n} inputs, {n_fail} failures, {elapsed:.1f} s ({elapsed / max(n, 1) * 1000:.1f} ms per input), seed {seed}")
    if failures:
        print(f"fuzz: first {len(failures)} failing inputs written to {out}")
        for f in failures[:3]:
            print(f"  #{f['index']}: {f['problem']}")
    return 1 if n_fail else 0


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--n", type=int, default=10_000, help="number of inputs (default 10000)")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "out" / "fuzz_failures.jsonl",
                   help="where to write failing inputs (default benchmarks/out/, not committed)")
    p.add_argument("--keep", type=int, default=20, help="failing inputs to write")
    args = p.parse_args(argv)
    return run(args.n, args.seed, args.out, args.keep)


if __name__ == "__main__":
    sys.exit(main())
