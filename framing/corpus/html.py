"""Saved web pages as articles: the body and metadata of an HTML page, read with trafilatura.

Researchers collect articles as saved web pages. A ``.html`` / ``.htm`` file (as a path, in
a folder, or named by a manifest) and a table cell whose ``text`` is an HTML page are read
with trafilatura (Barbaresi 2021), the extractor computational social science uses:

* the article body becomes ``Article.text`` (navigation, adverts, comments, footers and
  bylines are left out; one paragraph per line, the headline first when the page shows one);
* the page's title, date, author and site name become ``title``, ``metadata["published"]``,
  ``metadata["author"]`` and ``outlet``, wherever the manifest or table row has no value of
  its own (theirs win);
* ``metadata["extracted_from"] = "html"`` marks such an article: every offset is into the
  extracted text, so ``framing analyze`` writes that text into the article's JSON object
  (``"text"``) and every span can still be shown.

trafilatura is an optional dependency (``pip install 'framing[html]'``; ``scripts/report.sh``
installs it). It is imported only when an HTML input is met, so ``import framing`` stays light.
Without it, an HTML input is an error row that says how to install it. A page with no body
is an error row naming the file. trafilatura parses the page with lxml and runs nothing in it:
scripts, styles and event handlers are dropped with the rest of the markup.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

__all__ = ["HTML_SUFFIXES", "INSTALL_HINT", "MIN_BODY_WORDS", "extract_html", "html_metadata", "merge_metadata"]

HTML_SUFFIXES = (".html", ".htm")
INSTALL_HINT = "reading HTML pages needs trafilatura: pip install 'framing[html]' (scripts/report.sh installs it)"

# What trafilatura is asked for: the article body as plain text, its metadata, no comments (a
# reader's comment is not the outlet's text), no tables or images (not prose), no formatting marks
# (they would shift the words), no deduplication across pages (each page stands alone).
# The date is the page's own (its metadata or markup), never a guess from any year in the text (a
# copyright line), and the latest date accepted is fixed, not today's, so a page reads the same any day.
_OPTIONS = {"with_metadata": True, "include_comments": False, "include_tables": False, "include_images": False,
            "include_formatting": False, "include_links": False, "deduplicate": False,
            "date_extraction_params": {"original_date": True, "extensive_search": False, "max_date": "2099-12-31"}}
#: A page yields an article body only if some line of what trafilatura extracted has this many words:
#: when a page has no article, trafilatura falls back to whatever text it has (a menu: "Home News").
MIN_BODY_WORDS = 8


def extract_html(page: bytes | str) -> tuple[str, dict[str, str]] | str:
    """The article body of an HTML page and its metadata, or why there is none.

    Returns ``(text, metadata)`` with metadata keys among ``title``, ``published``,
    ``author`` and ``outlet``, or a message (a ``str``) when trafilatura is not installed
    or the page has no article body.

    Examples
    --------
    >>> page = ("<html><head><title>Dam halted</title></head><body><nav>Home | Sport</nav><article>"
    ...         "<p>The judge halted the dam on Thursday, saying the state may have ignored the order.</p>"
    ...         "<p>Officials said they would appeal the ruling before the end of the month.</p></article></body></html>")
    >>> text, meta = extract_html(page)
    >>> text.splitlines()[1], meta
    ('Officials said they would appeal the ruling before the end of the month.', {'title': 'Dam halted'})
    """
    try:
        import trafilatura
    except ImportError:
        return INSTALL_HINT
    doc = trafilatura.bare_extraction(page, **_OPTIONS)
    text = (getattr(doc, "text", None) or "") if doc is not None else ""
    if not any(len(line.split()) >= MIN_BODY_WORDS for line in text.splitlines()):
        found = f"only {text.strip()[:60]!r}" if text.strip() else "no text"
        return (f"no article body in this HTML page (trafilatura found {found}, no line of {MIN_BODY_WORDS} words or more); "
                "save the article's own page, or give its text")
    return text, html_metadata(doc)


def html_metadata(doc: Any) -> dict[str, str]:
    """``title``, ``published``, ``author`` and ``outlet`` from a trafilatura document, where present."""
    out: dict[str, str] = {}
    for key, attr in (("title", "title"), ("published", "date"), ("author", "author"), ("outlet", "sitename")):
        value = getattr(doc, attr, None)
        if isinstance(value, str) and value.strip():
            out[key] = value.strip()
    return out


def merge_metadata(page: Mapping[str, str], *, outlet: str | None, title: str | None,
                   meta: Mapping[str, Any]) -> tuple[str | None, str | None, dict[str, Any]]:
    """Outlet, title and metadata of an article read from a page: the manifest's or table's values win.

    Examples
    --------
    >>> merge_metadata({"title": "T", "outlet": "Site", "author": "Ann"}, outlet="Outlet A", title=None, meta={})
    ('Outlet A', 'T', {'author': 'Ann', 'extracted_from': 'html'})
    """
    merged = dict(meta)
    for key in ("published", "author"):
        if key in page and not merged.get(key):
            merged[key] = page[key]
    merged["extracted_from"] = "html"
    return outlet or page.get("outlet"), title or page.get("title"), merged
