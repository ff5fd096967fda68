"""The bank or thrift "the bank" / "the thrift" stands for (internal to :mod:`framing.attribution`).

Split from :mod:`._companies` (at its size limit) in the twenty-second session.
"""

from __future__ import annotations

import re
from typing import Any

from ._companies import GENERIC_FIRST

__all__ = ["last_bank"]

_BANK_RE = re.compile(r"\b(?:Bank|Bancorp|Banc|Savings|Loan|Trust)\b")
# any bank or central bank named: "the Bank of England", "the European Central Bank", "the Fed", "the central bank"
_ANY_BANK_RE = re.compile(r"\b(?:Bank|Bundesbank|Bancorp|Federal Reserve|Fed|[Cc]entral [Bb]ank|[Tt]hrift|Savings)\b")


def last_bank(reg: Any, offset: int) -> str | None:
    """The bank or thrift "the bank" / "the thrift" at ``offset`` stands for: the one company or organisation typed
    ``other`` named before it outside quotation marks whose name says it is one ("Poughkeepsie Savings Bank", "Columbia
    Savings & Loan Association"), when the article names no other bank before and no bank or central bank is written
    between ("The European Central Bank raised its key rate ... The bank said": not Chase Manhattan Bank). Refined
    after helper-82's reading (twenty-second session): "Federal Express Corp." and "Thrift Drug Co." are no banks, and
    of Irving Trust Co. and Bank of New York Co. neither is sure."""
    named = [(at, name) for at, name in reg._company_at if at < offset] + [(at, name) for at, name, stype in reg._orgs
                                                                              if at < offset and stype == "other"]
    banks = [(at, name) for at, name in named if _BANK_RE.search(name) and reg.layer.quote_at(at) is None
             and reg.roles.name_type(name) != "government"]
    if len({name for _, name in banks}) != 1:
        return None
    at, name = max(banks)
    between = reg.text[at:offset]
    for short in sorted({k for k, v in reg.companies.items() if v == name} | {name}, key=len, reverse=True):
        between = between.replace(short, "")
    if name.split()[0].lower() not in GENERIC_FIRST:  # ("First Federal Savings Bank ... First Interstate Bank": two)
        between = re.sub(rf"\b{re.escape(name.split()[0])}(?:\s+[A-Z][\w&.’'-]*)*", "", between)  # "Poughkeepsie Savings"
    if _ANY_BANK_RE.search(between) or any(at < at2 < offset and stype != "other" for at2, _, stype in reg._orgs):
        return None  # another bank, or another institution, since: "The Federal Reserve said ... The bank said"
    return name
