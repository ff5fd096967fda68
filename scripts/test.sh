#!/usr/bin/env bash
# The whole test suite: unit tests and doctests, every notebook under nbval, then a check
# that the notebooks regenerated figures/ byte for byte.
EXTRAS=dev
source "$(dirname "$0")/_venv.sh"
export PYTHONHASHSEED=0
MPLBACKEND=Agg .venv/bin/python -m pytest -q
# the notebooks run in their own kernel with Jupyter's inline backend (as a user sees them)
unset MPLBACKEND
shopt -s nullglob
notebooks=(notebooks/*.ipynb)
if [ ${#notebooks[@]} -gt 0 ]; then
  .venv/bin/python -m pytest -q -p no:randomly --nbval --nbval-current-env \
    --nbval-sanitize-with notebooks/sanitize.cfg "${notebooks[@]}" -o addopts="" -o testpaths=""
  if ! git diff --quiet --exit-code -- figures/ || [ -n "$(git status --porcelain --untracked-files=all -- figures/)" ]; then
    echo "FAIL: the notebooks drew figures that differ from the committed ones:" >&2
    git status --porcelain --untracked-files=all -- figures/ >&2
    exit 1
  fi
  echo "figures/ matches what the notebooks draw"
fi
