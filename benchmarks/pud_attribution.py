"""Attribution recall on news nobody here wrote, annotated blind: 60 news excerpts of UD English PUD.

Gold: ``benchmarks/data/pud_attribution_blind.jsonl`` (offsets into each PUD document's text, its
``# text`` sentences joined by a space; labels as in ``gum_annotation_guidelines.md``). 60 of the 103
PUD news documents (``n*``) with a reporting word or a quotation mark (seed 20) were annotated by a
helper in the seventeenth session on issue #13 from the text alone, before any system output was
shown. 109 attributions; 22 the annotator marked borderline (``"borderline": true``: an intention of a
horse, a law that "delineates", "supports Sarkozy's candidacy"), reported apart as the 87 "core" ones.
Where a source or cue string occurs twice, the occurrence nearest the content was taken.

PUD documents had been drawn from before, for the precision samples of the fifteenth and sixteenth
sessions (which judged system items, not missed ones), so this is not held-out text; it is the first
recall measure on text whose annotation did not start from the system's output. The annotator gave
speakers from knowledge outside the excerpt ("the GOP nominee" -> Donald Trump) and typed unnamed
pronoun groups ``other``, where the rules leave them unnamed: speaker and type here are lower bounds.

Since the eighteenth session its errors are looked at and mended: it is development data now.

A second blind set, ``benchmarks/data/pud_attribution_blind2.jsonl``, is held out: 50 of the other PUD news
documents with a reporting word or a quotation mark (seed 21), annotated from the text alone by helper-70 in
the eighteenth session under the same guidelines (43 attributions, 19 marked borderline; the annotator
typed unnamed spokespeople by their context and nominal cues of studies and films borderline). Its errors
are never printed (``--errors`` shows the first set's only), so that it can stay a check on text that no
mend was made for.

Scoring as ``benchmarks/gum_attribution.py`` (overlap of content spans, greedy). Skips with a message
when ``../shared`` is absent.

    .venv/bin/python benchmarks/pud_attribution.py [--errors]
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import gold  # noqa: E402
import gum_attribution  # noqa: E402

GOLD = ROOT / "benchmarks" / "data" / "pud_attribution_blind.jsonl"
HELD_OUT = ROOT / "benchmarks" / "data" / "pud_attribution_blind2.jsonl"
SETS = (("PUD news, annotated blind (development since the eighteenth session", GOLD, True),
        ("PUD news, second blind set (held out, errors never shown", HELD_OUT, False))


def main(argv: list[str]) -> int:
    if not gold.PUD.exists():
        print(f"PUD attribution skipped: {gold.PUD} not found (see ../shared/data/ud-english/SOURCE.md).")
        return 0
    measures = ("precision", "recall", "f1", "speaker", "type")
    for title, path, shown in SETS:
        records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        with tempfile.TemporaryDirectory() as tmp:
            for name, keep in (("all", lambda a: True), ("core", lambda a: not a.get("borderline"))):
                part = Path(tmp) / f"{name}.jsonl"
                part.write_text("".join(json.dumps({**r, "attributions": [a for a in r["attributions"] if keep(a)]}) + "\n"
                                        for r in records), encoding="utf-8")
                res = gum_attribution.evaluate(part, show_errors=shown and "--errors" in argv and name == "all",
                                               pronouns=False)
                label = (f"{title}; {name}: {'every item' if name == 'all' else 'without the borderline'};"
                         f" precision counts an item outside this set's gold as wrong)")
                gum_attribution.report(label, res, argv, measures)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
