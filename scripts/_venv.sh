# Sourced by the other scripts: make sure .venv exists and has framing installed with EXTRAS.
# Re-installs only when pyproject.toml or constraints.txt changed since the last install.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
PY="${PYTHON:-python3}"
EXTRAS="${EXTRAS:-}"
if ! "$PY" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
  echo "framing needs Python 3.11 or newer; '$PY' is $("$PY" --version 2>&1). Set PYTHON=/path/to/python3.11." >&2
  exit 2
fi
[ -x .venv/bin/python ] || "$PY" -m venv .venv
STAMP=".venv/.framing-installed-$(cat pyproject.toml constraints.txt | sha256sum | cut -c1-16)-${EXTRAS:-core}"
if [ ! -f "$STAMP" ]; then
  echo "setting up .venv (first run or changed dependencies)..." >&2
  .venv/bin/python -m pip install --quiet --upgrade pip >&2
  .venv/bin/python -m pip install --quiet -c constraints.txt -e ".${EXTRAS:+[$EXTRAS]}" >&2
  touch "$STAMP"
fi
