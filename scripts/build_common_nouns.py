"""Build ``framing/lexicons/common_nouns.csv`` from the UD English EWT training treebank.

Usage: ``.venv/bin/python scripts/build_common_nouns.py [path/to/en_ewt-ud-train.conllu]``
(default ``../shared/data/ud-english/ewt/en_ewt-ud-train.conllu``; exits with a message, status 0,
when it is absent: the shipped file is used as it is).

The list answers one question of the attribution rules: is a capitalised word that opens a
sentence and is the whole source of a cue ("Analysis revealed that ...", "Businesses expected
that ...") a common noun the parser mistook for a name? The parser tags such words PROPN at the
start of a sentence; a word list from the treebank the parser learned from decides instead.

A word is listed when EWT writes it in lower case as a NOUN at least ``MIN_NOUN`` times and as
many as ``RATIO`` times more often than it tags it PROPN in any case ("analysis": 12 NOUN, 1
PROPN, listed; "bush": 0 and 214, not listed; "king": 6 and 4, not listed). Both numbers were
chosen by reading the words they let in and keep out on EWT train (2026-12-04; 3,182 words): at
1 NOUN occurrence 2,638 more words come in, most of them real, but with typos ("ammount",
"borritos") among them; at a ratio of 2, 87 more, among them the surnames "breyer" and "wood".
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT.parent / "shared" / "data" / "ud-english" / "ewt" / "en_ewt-ud-train.conllu"
OUT = ROOT / "framing" / "lexicons" / "common_nouns.csv"
MIN_NOUN = 2
RATIO = 3

HEADER = """# framing-lexicon: common_nouns; format 1
word,source
# Lower-case nouns of UD English EWT train (Silveira et al. 2014; CC BY-SA 4.0, as the shipped
# model): each written in lower case as a NOUN at least {min_noun} times and {ratio} times more often
# than tagged PROPN. Built by scripts/build_common_nouns.py from EWT commit {commit}; do not edit
# by hand. Used by framing.attribution to tell a sentence-initial common noun ("Analysis revealed
# that ...") from a surname.
"""


def count(path: Path) -> tuple[Counter[str], Counter[str]]:
    """Lower-case NOUN forms and lower-cased PROPN forms of a CoNLL-U file."""
    noun: Counter[str] = Counter()
    propn: Counter[str] = Counter()
    with path.open(encoding="utf-8") as f:
        for line in f:
            cells = line.rstrip("\n").split("\t")
            if len(cells) != 10 or not cells[0].isdigit():
                continue  # comments, blank lines, multiword ranges and empty nodes
            form, upos = cells[1], cells[3]
            if upos == "PROPN":
                propn[form.lower()] += 1
            elif upos == "NOUN" and form.isalpha() and form.islower() and form.isascii():
                noun[form] += 1
    return noun, propn


def main(argv: list[str]) -> int:
    path = Path(argv[0]) if argv else DEFAULT
    if not path.exists():
        print(f"{path} not found: common_nouns.csv left as shipped (see ../shared/data/ud-english/SOURCE.md)")
        return 0
    noun, propn = count(path)
    words = sorted(w for w, n in noun.items() if len(w) >= 3 and n >= MIN_NOUN and n >= RATIO * propn[w])
    commit_file = path.parent / "COMMIT"
    commit = commit_file.read_text(encoding="utf-8").split()[0] if commit_file.exists() else "unknown"
    body = "".join(f"{w},EWT\n" for w in words)
    OUT.write_text(HEADER.format(min_noun=MIN_NOUN, ratio=RATIO, commit=commit) + body, encoding="utf-8")
    print(f"{OUT}: {len(words)} words")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
