"""Command line: ``framing analyze``, ``framing compare``, ``framing report``.

Also reachable as ``python -m framing``. Exit status: 0 when every input was
analysed, 1 when any ended as an error row, 2 for a usage error.

``analyze``, ``compare`` and ``report`` read their PATH arguments in sorted order (of the
resolved path), so the output is byte-identical whatever order the shell or
the user gives them in; inside one table or corpus folder the order is the
file's own.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from . import __version__

__all__ = ["main"]


def _add_input_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("paths", nargs="+", metavar="PATH", help="corpus folder, .csv/.jsonl table, or .txt files")
    p.add_argument("--encoding-errors", choices=["strict", "replace"], default="strict",
                   help="'replace' analyses files with bad UTF-8, recording where U+FFFD was put (default: strict, an error row)")


def _sorted_paths(paths: Sequence[str]) -> list[str]:
    """PATH arguments in a fixed order (resolved path, then as given): output independent of argument order."""
    return sorted(paths, key=lambda p: (str(Path(p).resolve()), p))


def _cmd_analyze(args: argparse.Namespace) -> int:
    from .batch.run import run_analyze

    args.paths = _sorted_paths(args.paths)
    return run_analyze(args)


def _cmd_compare(args: argparse.Namespace) -> int:
    from .compare.profile import run_compare_cli

    args.paths = _sorted_paths(args.paths)
    return run_compare_cli(args)


def _cmd_report(args: argparse.Namespace) -> int:
    from .report import run_report_cli

    args.paths = _sorted_paths(args.paths)
    return run_report_cli(args)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="framing", description="Show, with evidence, how news outlets frame the same event.")
    parser.add_argument("--version", action="version", version=f"framing {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("analyze", help="analyse articles; one JSON object (or CSV row) per article")
    _add_input_options(p)
    p.add_argument("--format", choices=["jsonl", "csv", "parquet"], default="jsonl")
    p.add_argument("--output", "-o", metavar="FILE", help="write here instead of standard output")
    p.add_argument("--jobs", "-j", type=int, default=1, metavar="N", help="worker processes (output is identical to --jobs 1)")
    p.add_argument("--resume", action="store_true", help="skip articles already in --output (jsonl) and append the rest")
    p.add_argument("--progress", choices=["auto", "always", "never"], default="auto",
                   help="progress bar on standard error (auto: only on a terminal)")
    p.set_defaults(func=_cmd_analyze)

    p = sub.add_parser("compare", help="compare the outlets of one event: reuse, claims, profile")
    _add_input_options(p)
    p.add_argument("--format", choices=["json"], default="json")
    p.add_argument("--output", "-o", metavar="FILE")
    p.set_defaults(func=_cmd_compare)

    p = sub.add_parser("report", help="write figures and a self-contained HTML report for a corpus")
    _add_input_options(p)
    p.add_argument("--out", required=True, metavar="DIR", help="folder for index.html and the figures")
    p.add_argument("--progress", choices=["auto", "always", "never"], default="auto")
    p.set_defaults(func=_cmd_report)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``framing`` with ``argv`` (default: the process arguments); return the exit status.

    Examples
    --------
    >>> import pathlib, tempfile
    >>> d = pathlib.Path(tempfile.mkdtemp()); _ = (d / "a.txt").write_text("It may rain.", encoding="utf-8")
    >>> main(["analyze", str(d / "a.txt"), "--output", str(d / "out.jsonl"), "--progress", "never"])
    0
    >>> (d / "out.jsonl").read_text(encoding="utf-8")[:20]
    '{"id": "a", "source"'
    """
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args))
    except BrokenPipeError:  # e.g. `framing analyze ... | head`
        return 0
    except KeyboardInterrupt:
        print("framing: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
