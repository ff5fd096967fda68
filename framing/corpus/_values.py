"""Decoding and checking article text and field values (internal to :mod:`framing.corpus`)."""

from __future__ import annotations

import re
from typing import Any, Literal

__all__ = ["EncodingErrors", "MANIFEST_REQUIRED", "TABLE_REQUIRED", "TEXT_SUFFIXES", "decode_text", "check_text",
           "looks_like_html", "HTML_IN_TEXT_FILE", "as_str", "has_surrogate", "clean"]

EncodingErrors = Literal["strict", "replace"]
MANIFEST_REQUIRED = ("id", "file")
TABLE_REQUIRED = ("id", "text")
TEXT_SUFFIXES = (".txt", ".text")
HTML_TAG = re.compile(r"</?(?:p|div|span|a|br|html|body|head|script|style|li|ul|ol|h[1-6]|article|section|meta|img|figure|table|tr|td)\b[^<>]{0,500}>", re.I)
HTML_START = re.compile(r"\A\s*<(?:!doctype\s+html|html)\b", re.I)
HTML_IN_TEXT_FILE = (
    "this looks like HTML, not article text. Save the page as .html (or .htm) to have its article body and "
    "metadata read with trafilatura (pip install 'framing[html]'), or extract the text first."
)


def decode_text(data: bytes, *, source: str, encoding_errors: EncodingErrors = "strict") -> tuple[str, list[int]]:
    """Decode UTF-8 bytes, dropping a leading BOM.

    Returns the text and the character offsets where U+FFFD replaced bad bytes
    (always empty with ``encoding_errors="strict"``). Raises ``ValueError``
    naming the byte offset and line of the first bad byte in strict mode.
    """
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError as exc:
        if encoding_errors != "replace":
            line = data[: exc.start].count(b"\n") + 1
            raise ValueError(
                f"bytes that are not UTF-8 at byte offset {exc.start} (line {line}): {data[exc.start:exc.start + 4]!r}. "
                "Convert the file to UTF-8, or load with encoding_errors='replace' "
                "(CLI: --encoding-errors replace) to analyse it with U+FFFD in place of the bad bytes."
            ) from None
    parts: list[str] = []
    replaced: list[int] = []
    pos, length = 0, 0
    while True:
        try:
            chunk = data[pos:].decode("utf-8")
            parts.append(chunk)
            break
        except UnicodeDecodeError as exc:
            good = data[pos : pos + exc.start].decode("utf-8")
            parts.append(good + "\ufffd")
            length += len(good)
            replaced.append(length)
            length += 1
            pos += exc.end
    return "".join(parts), replaced


def check_text(text: str) -> str | None:
    """Return why ``text`` cannot be analysed as an article, or None if it can."""
    if not text.strip():
        return "empty text" if not text else "text is only whitespace"
    sample = text[:65536]
    if "\x00" in sample or sum(1 for ch in sample if ord(ch) < 32 and ch not in "\n\r\t\f\v") > len(sample) * 0.05:
        return "binary data, not text (NUL or many control characters)"
    if looks_like_html(sample):
        return HTML_IN_TEXT_FILE
    return None


def looks_like_html(text: str) -> bool:
    """A page start (``<!DOCTYPE html``, ``<html``), or 5+ tags per 2,000 characters: one ``<b>`` in prose is text."""
    sample = text[:65536]
    return bool(HTML_START.match(sample)) or len(HTML_TAG.findall(sample)) >= max(5, len(sample) // 2000)


def as_str(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, float) and value != value:  # NaN from pandas
        return None
    s = str(value).strip()
    return s or None


def has_surrogate(value: Any) -> bool:
    return isinstance(value, str) and any(0xD800 <= ord(ch) <= 0xDFFF for ch in value)


def clean(value: str) -> str:
    """``value`` with lone surrogates replaced by U+FFFD, so that it can be printed and written."""
    return "".join("\ufffd" if 0xD800 <= ord(ch) <= 0xDFFF else ch for ch in value)
