"""Copy a trained pipeline into framing/models/en_framing_ud (used by scripts/train_pipeline.sh).

Usage: ``python scripts/package_model.py training/output/model-best path/to/ewt/COMMIT``

Loads the pipeline, sets its meta (name, license, sources) and writes it with ``nlp.to_disk``
(weights, vocabulary, config: no optimizer state, no corpora), keeping the model card
(README.md) and LICENSE already in the target folder.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

import spacy

ROOT = Path(__file__).resolve().parents[1]
DST = ROOT / "framing" / "models" / "en_framing_ud"
KEEP = ("README.md", "LICENSE")


def main(src: str, commit_file: str) -> int:
    commit = Path(commit_file).read_text(encoding="utf-8").split()[0]
    nlp = spacy.load(src)
    nlp.meta.update(
        name="framing_ud",
        version="0.1.0",
        description="framing's syntactic pipeline: UPOS+morphology, XPOS, lemmas, UD dependencies; trained on UD English EWT only, no vectors",
        license="CC BY-SA 4.0",
        author="framing contributors",
        sources=[{"name": "UD English EWT", "url": "https://github.com/UniversalDependencies/UD_English-EWT",
                  "license": "CC BY-SA 4.0", "author": "Silveira et al. (2014)", "commit": commit}],
    )
    with tempfile.TemporaryDirectory() as tmp:
        kept = {name: (DST / name).read_bytes() for name in KEEP if (DST / name).is_file()}
        nlp.to_disk(Path(tmp) / "model")
        if DST.exists():
            shutil.rmtree(DST)
        shutil.copytree(Path(tmp) / "model", DST)
        for name, data in kept.items():
            (DST / name).write_bytes(data)
    print(f"wrote {DST} from {src}")
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
