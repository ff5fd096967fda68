#!/usr/bin/env bash
# The main job: analyse a corpus, write figures, the HTML report and the JSONL analysis.
# Usage: scripts/report.sh [CORPUS] [OUT]   (defaults: the bundled data/cecot-2025-03, and report/)
# CORPUS and OUT are taken from the folder you run this from, like any command's arguments
# (the set-up step below works in the repository, so they are resolved before it).
HERE="$PWD"
EXTRAS=notebooks,html
source "$(dirname "$0")/_venv.sh"
cd "$HERE"
CORPUS="${1:-$ROOT/data/cecot-2025-03}"
OUT="${2:-report}"
"$ROOT/.venv/bin/framing" report "$CORPUS" --out "$OUT"
