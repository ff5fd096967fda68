"""Loading and checking the spaCy pipeline behind :mod:`framing.text.syntax`.

The default is the pipeline shipped in ``framing/models/en_framing_ud`` (trained here on UD
English EWT; ``docs/model.md``). Any spaCy pipeline with Universal Dependencies labels and a
UPOS tagger can stand in for it; :func:`check_ud_labels` refuses the others with a message.
``import framing`` does not import spaCy: :func:`load_pipeline` does, on first use.
"""

from __future__ import annotations

import importlib.resources
from pathlib import Path
from typing import Any

__all__ = ["load_pipeline", "check_ud_labels", "MODEL_NAME", "NON_UD_LABELS"]

MODEL_NAME = "en_framing_ud"
#: Labels of the ClearNLP / OntoNotes scheme that UD does not use (en_core_web_* pipelines).
NON_UD_LABELS = ("dobj", "pobj", "nsubjpass", "auxpass", "prep", "attr", "poss", "npadvmod", "dative", "csubjpass")
_PIPELINES: dict[str, Any] = {}


def _model_dir() -> Path:
    # the package root ("framing"), wherever this module sits inside it
    return Path(str(importlib.resources.files(__name__.split(".")[0]))) / "models" / MODEL_NAME


def load_pipeline(path: str | Path | None = None) -> Any:
    """Load a spaCy pipeline with UD labels, once per process and path.

    Parameters
    ----------
    path : str or Path, optional
        A folder written by ``nlp.to_disk``. Default: the model shipped with the package.

    Returns
    -------
    spacy.language.Language
        The pipeline, checked by :func:`check_ud_labels`. The same object on every call.

    Examples
    --------
    >>> nlp = load_pipeline()
    >>> nlp is load_pipeline(), "parser" in nlp.pipe_names
    (True, True)
    """
    folder = Path(path) if path is not None else _model_dir()
    key = str(folder.resolve())
    if key not in _PIPELINES:
        if not (folder / "config.cfg").is_file():
            raise FileNotFoundError(
                f"no spaCy pipeline at {folder}: the folder or its config.cfg is missing. The default "
                f"model ships inside the package (framing/models/{MODEL_NAME}); a source checkout without it "
                "can rebuild it with scripts/train_pipeline.sh (needs the UD English treebanks in "
                "../shared/data/ud-english), or pass path= a folder saved with nlp.to_disk()."
            )
        import spacy  # only here: ``import framing`` must stay free of spaCy

        nlp = spacy.load(folder)
        check_ud_labels(nlp)
        _PIPELINES[key] = nlp
    return _PIPELINES[key]


def check_ud_labels(nlp: Any) -> None:
    """Raise ``ValueError`` unless ``nlp`` has a UD dependency parser and a UPOS tagger.

    Examples
    --------
    >>> import spacy
    >>> blank = spacy.blank("en")
    >>> parser = blank.add_pipe("parser")
    >>> _ = parser.add_label("dobj")
    >>> check_ud_labels(blank)
    Traceback (most recent call last):
    ...
    ValueError: the parser's labels are not Universal Dependencies: it has dobj ...
    """
    factories = {name: nlp.get_pipe_meta(name).factory for name in nlp.pipe_names}
    parsers = [name for name, factory in factories.items() if factory in ("parser", "beam_parser")]
    if not parsers:
        raise ValueError(
            f"the pipeline has no dependency parser (components: {', '.join(nlp.pipe_names) or 'none'}); "
            "framing's syntactic layer needs one trained on Universal Dependencies, e.g. the shipped model."
        )
    labels = set(nlp.get_pipe(parsers[0]).labels)
    foreign = sorted(labels.intersection(NON_UD_LABELS))
    if foreign or not {"obj", "obl"} <= labels:
        raise ValueError(
            f"the parser's labels are not Universal Dependencies: it has {', '.join(foreign) or 'no foreign label'}"
            f" and {'lacks' if not {'obj', 'obl'} <= labels else 'has'} obj/obl. A ClearNLP-style parser "
            "(en_core_web_*: dobj, pobj, nsubjpass) does not fit; use the shipped model (load_pipeline())."
        )
    if "morphologizer" not in factories.values() and "attribute_ruler" not in factories.values():
        raise ValueError(
            "the pipeline has no UPOS tagger (a morphologizer, or a tagger with an attribute_ruler mapping "
            "its tags to token.pos_); framing's syntactic layer needs token.pos_."
        )
