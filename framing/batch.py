"""Batch analysis for the CLI: stream inputs to outputs, every input ending as a row."""

from __future__ import annotations

import argparse
import sys
from contextlib import ExitStack

from .analyze import Analysis, analyze_many
from .corpus import iter_corpus
from .export import RowWriter

__all__ = ["run_analyze"]


def run_analyze(args: argparse.Namespace) -> int:
    items = iter_corpus(args.paths, encoding_errors=args.encoding_errors)
    n_ok = n_err = 0
    with ExitStack() as stack:
        if args.format == "parquet":
            writer = RowWriter("parquet", path=args.output)
        else:
            out = stack.enter_context(open(args.output, "w", encoding="utf-8", newline="")) if args.output else sys.stdout
            writer = RowWriter(args.format, out)
        for result in analyze_many(items):
            if isinstance(result, Analysis):
                n_ok += 1
            else:
                n_err += 1
                print(f"framing: error: {result.error}", file=sys.stderr)
            writer.write(result.to_dict())
        writer.close()
    print(f"framing: {n_ok} analysed, {n_err} failed", file=sys.stderr)
    return 1 if n_err else 0
