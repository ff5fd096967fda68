#!/usr/bin/env bash
# Train the syntactic pipeline shipped in framing/models/en_framing_ud (issue 18).
#
#   scripts/train_pipeline.sh            # data from ../shared/data/ud-english
#   FRAMING_UD_DATA=/path/to/ud-english scripts/train_pipeline.sh
#
# Converts UD English EWT (train, dev) to spaCy's format (training/corpus/, not committed),
# trains training/config.cfg on one thread with its fixed seed (training/output/, not
# committed; log in training/output/train.log), writes the best model (dev score) into
# framing/models/en_framing_ud and runs benchmarks/syntax.py on it.
# About an hour on one core. Not part of CI or scripts/test.sh.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
DATA="${FRAMING_UD_DATA:-$ROOT/../shared/data/ud-english}"
for f in ewt/en_ewt-ud-train.conllu ewt/en_ewt-ud-dev.conllu ewt/COMMIT; do
  if [ ! -f "$DATA/$f" ]; then
    echo "train_pipeline.sh: $DATA/$f not found. The UD English treebanks are expected in" >&2
    echo "../shared/data/ud-english (see its SOURCE.md); set FRAMING_UD_DATA to another folder." >&2
    exit 2
  fi
done
. scripts/_venv.sh
export OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1
mkdir -p training/corpus training/output
for part in train dev test; do
  # -n 10: ten sentences per Doc; multiword tokens ("don't") stay split into their
  # syntactic words ("do", "n't"), as spaCy's English tokenizer splits them.
  .venv/bin/python -m spacy convert "$DATA/ewt/en_ewt-ud-$part.conllu" training/corpus -c conllu -n 10
done
start=$(date +%s)
.venv/bin/python -m spacy train training/config.cfg -o training/output \
  --paths.train training/corpus/en_ewt-ud-train.spacy --paths.dev training/corpus/en_ewt-ud-dev.spacy \
  2>&1 | tee training/output/train.log
echo "training took $(( ($(date +%s) - start) / 60 )) minutes" | tee -a training/output/train.log
.venv/bin/python scripts/package_model.py training/output/model-best "$DATA/ewt/COMMIT"
.venv/bin/python benchmarks/syntax.py
