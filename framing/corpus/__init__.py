"""Reading articles: corpus folders, CSV/JSONL tables and plain text files.

Formats
-------
* **corpus folder**: a folder with ``manifest.csv`` (required columns ``id`` and
  ``file``; ``outlet``, ``title`` and any other column are optional and kept) and
  one UTF-8 text file per article. This is the project's corpus format, described
  in ``data/cecot-2025-03/README.md``.
* **folder of .txt and .html files** without a manifest: every such file, sorted by name.
* **table**: ``.csv`` or ``.jsonl`` with at least ``id`` and ``text``.
* **text files**: one or more ``.txt`` files; the id is the file name without ``.txt``.
* **saved web pages**: ``.html`` / ``.htm`` files (and a table's ``text`` cell holding a
  page) are read with trafilatura: :mod:`framing.corpus.html`.

Offsets
-------
Text is decoded as UTF-8. A leading byte-order mark is removed; nothing else is
changed (Windows ``\\r\\n`` line ends are kept, so offsets are into the text as
read). Every span the toolkit reports is a ``str`` offset into ``Article.text``.

Errors
------
Loading never stops at the first bad article and never drops one silently:
:func:`iter_corpus` yields an :class:`Article` or a :class:`LoadError` for every
input, in input order, and :func:`load_corpus` collects them into a
:class:`Corpus` whose ``errors`` lists every problem (or, with ``strict=True``,
raises :class:`CorpusError` naming all of them).
"""

from ._values import EncodingErrors, check_text, decode_text
from .read import iter_corpus, load_corpus
from .types import Article, Corpus, CorpusError, LoadError, records_to_articles

__all__ = ["Article", "LoadError", "CorpusError", "Corpus", "iter_corpus", "load_corpus", "decode_text", "check_text",
           "records_to_articles", "EncodingErrors"]
