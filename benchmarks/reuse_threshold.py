"""Choose the sentence-similarity thresholds of text reuse and claim grouping by measurement.

Labelled pairs:
* ``tests/data/compare_pairs.txt``: pairs composed for framing: ``reuse`` (one text rewritten from
  another), ``claim`` (same fact, written independently) and ``different`` (same topic and words,
  different fact);
* random pairs of real news sentences from different FactBank documents
  (``../shared/data/szeged-uncertainty/factbank.xml``): not reuse, not the same claim;
* ``real`` pairs of the same file: sentences of two bundled articles, one rewritten from the other.
  They are not used to choose a threshold (they come from the bundled event); ``recall_real``
  shows how many real rewrites each threshold finds.

The similarity is exactly the pipeline's (:func:`framing.compare.claims.similar_pairs`, including the
content-word candidate stage: a pair that is not a candidate has similarity 0), with the TF-IDF
weights fitted on the labelled sentences plus 2,000 FactBank sentences as background, so the
weights look like those of a real corpus.

Run: ``.venv/bin/python benchmarks/reuse_threshold.py``. Exits 0 with a message when
``../shared`` is absent.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
FACTBANK = ROOT.parent / "shared" / "data" / "szeged-uncertainty" / "factbank.xml"
PAIRS = ROOT / "tests" / "data" / "compare_pairs.txt"
N_RANDOM = 3000
N_BACKGROUND = 2000
SEED = 0


def read_pairs(path: Path = PAIRS) -> list[tuple[str, str, str]]:
    out, kind, a = [], None, None
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("## "):
            kind = line[3:].split(":", 1)[0].strip()
        elif line.startswith("A: "):
            a = line[3:]
        elif line.startswith("B: "):
            out.append((kind, a, line[3:]))
    return out


def factbank_sentences(path: Path) -> list[tuple[str, str]]:
    """(document id, sentence) for every FactBank sentence, markup removed and spaces normalised."""
    xml = path.read_text(encoding="utf-8")
    out = []
    for doc in re.finditer(r"<DocID[^>]*>(.*?)</DocID>(.*?)</Document>", xml, re.S):
        for s in re.findall(r"<Sentence[^>]*>(.*?)</Sentence>", doc.group(2), re.S):
            text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", s)).strip()
            if len(text.split()) >= 5:
                out.append((doc.group(1), text))
    return out


def main() -> int:
    if not FACTBANK.exists():
        print(f"reuse_threshold: {FACTBANK} not found (../shared absent); nothing measured.")
        return 0
    sys.path.insert(0, str(ROOT))
    from framing.compare.claims import CLAIM_THRESHOLD, similar_pairs
    from framing.compare.reuse import REUSE_THRESHOLD

    rng = np.random.default_rng(SEED)
    labelled = read_pairs()
    fb = factbank_sentences(FACTBANK)
    texts: list[str] = []
    pairs: list[tuple[str, int, int]] = []
    for kind, a, b in labelled:
        pairs.append((kind, len(texts), len(texts) + 1))
        texts += [a, b]
    base = len(texts)
    chosen = rng.choice(len(fb), size=min(N_BACKGROUND, len(fb)), replace=False)
    texts += [fb[k][1] for k in chosen]
    n_rand = 0
    while n_rand < N_RANDOM:
        x, y = rng.integers(base, len(texts), size=2)
        if fb[chosen[x - base]][0] != fb[chosen[y - base]][0] and texts[x] != texts[y]:
            pairs.append(("random", int(x), int(y)))
            n_rand += 1
    # the real pairs get their own run (same background), so that they do not change the
    # TF-IDF weights, and hence the similarities, of the pairs the thresholds are chosen on
    sims = np.zeros(len(pairs))
    for real in (False, True):
        keep = [k for k, (kind, _, _) in enumerate(pairs) if (kind == "real") == real]
        drop = {x for k, (kind, a, b) in enumerate(pairs) if (kind == "real") != real and kind != "random" for x in (a, b)}
        index = [x for x in range(len(texts)) if x not in drop]
        where = {x: n for n, x in enumerate(index)}
        i, j, s = similar_pairs([texts[x] for x in index], np.arange(len(index)), threshold=0.0)
        sim = {(int(a), int(b)): float(v) for a, b, v in zip(i, j, s)}
        for k in keep:
            _, a, b = pairs[k]
            sims[k] = sim.get((min(where[a], where[b]), max(where[a], where[b])), 0.0)
    kinds = np.array([k for k, _, _ in pairs])
    counts = {k: int((kinds == k).sum()) for k in ("reuse", "claim", "different", "random", "real")}
    print(f"pairs: {counts} (random pairs from {len(fb)} FactBank sentences, seed {SEED})")
    for k in counts:
        v = sims[kinds == k]
        print(f"  {k:9s} similarity: median {np.median(v):.3f}, 5th pct {np.quantile(v, .05):.3f}, "
              f"95th pct {np.quantile(v, .95):.3f}, min {v.min():.3f}, max {v.max():.3f}")
    for task, pos_kinds, current in (("reuse", ("reuse",), REUSE_THRESHOLD),
                                     ("claims", ("reuse", "claim"), CLAIM_THRESHOLD)):
        pos = np.isin(kinds, pos_kinds)
        used = kinds != "real"  # real rewrites are reported apart (recall_real), not used for the choice
        print(f"\n{task}: positives = {'+'.join(pos_kinds)} ({pos.sum()}), negatives = the rest ({(~pos & used).sum()})")
        print("  threshold  precision  recall   F1   recall_real  false positives (by kind)")
        for t in np.round(np.arange(0.20, 0.81, 0.05), 2):
            hit = (sims >= t) & used
            tp, fp = int((hit & pos).sum()), int((hit & ~pos).sum())
            p = tp / (tp + fp) if tp + fp else 1.0
            r = tp / pos.sum()
            f1 = 2 * p * r / (p + r) if p + r else 0.0
            fps = {k: int((hit & (kinds == k)).sum()) for k in counts if k not in pos_kinds and (hit & (kinds == k)).any()}
            real = float((sims[kinds == "real"] >= t).mean())
            mark = "  <- current" if abs(t - current) < 1e-9 else ""
            print(f"  {t:9.2f}  {p:9.3f}  {r:6.3f}  {f1:5.3f}  {real:11.3f}  {fps}{mark}")
    # the candidate stage (content-word cosine >= CANDIDATE_THRESHOLD) must not lose a pair that
    # the full similarity would keep: compare with no candidate cut, on every FactBank sentence
    import framing.compare.claims as claims

    every = [t for _, t in fb] + [x for _, a, b in labelled for x in (a, b)]
    found = []
    for cut in (claims.CANDIDATE_THRESHOLD, 0.0):
        claims._PAIRS[:] = []
        i, j, _ = similar_pairs(every, np.arange(len(every)), threshold=0.3, candidate_threshold=cut)
        found.append(set(zip(i.tolist(), j.tolist())))
    print(f"\ncandidate cut {claims.CANDIDATE_THRESHOLD}: {len(found[0])} of the {len(found[1])} pairs with similarity "
          f">= 0.3 among {len(every)} sentences found with no cut ({len(found[1] - found[0])} lost)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
