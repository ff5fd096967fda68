#!/usr/bin/env bash
# The main job: analyse the bundled corpus, write figures, the HTML report and the JSONL analysis.
# Usage: scripts/report.sh [CORPUS] [OUT]   (defaults: data/cecot-2025-03 report/)
EXTRAS=notebooks
source "$(dirname "$0")/_venv.sh"
CORPUS="${1:-data/cecot-2025-03}"
OUT="${2:-report}"
.venv/bin/framing report "$CORPUS" --out "$OUT"
