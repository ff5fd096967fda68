"""Every code block of README.md and docs/*.md runs, so the pages cannot drift from the code.

Blocks are read in page order. ``python`` blocks run in one namespace per page (like a notebook);
``bash`` blocks are ``framing ...`` command lines, each run with :func:`framing.cli.main` and
expected to exit 0. Both run in a fresh folder that holds what the pages name:

* ``data/`` (a link to the repository's ``data/``: the bundled event);
* ``mycorpus/``: the quick start's "own articles", two saved web pages (``tests/data/html``, the
  page without an article left out).

A block that cannot run here (a set-up command, a server, a cluster) has the line
``<!-- not run: REASON -->`` right above it, with a reason. ``text``, ``csv`` and ``json`` blocks
are shown, not run (a synopsis, a data file). A block with no language fails: say what it is.
"""

from __future__ import annotations

import json
import re
import shlex
import shutil
from dataclasses import dataclass
from pathlib import Path

import matplotlib
import pytest

matplotlib.use("Agg")
import matplotlib.pyplot as plt

ROOT = Path(__file__).resolve().parent.parent
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
RUN = {"python", "bash"}
SHOWN = {"text", "csv", "json"}
NOT_RUN = re.compile(r"^<!-- not run: (?P<reason>\S.{10,}) -->$")


@dataclass
class Block:
    page: Path
    line: int  # of the opening fence, 1-based
    lang: str
    code: str
    not_run: str | None  # the reason, if marked


def blocks(page: Path) -> list[Block]:
    out: list[Block] = []
    lines = page.read_text(encoding="utf-8").splitlines()
    i = 0
    while i < len(lines):
        m = re.match(r"^(\s*)```(.*)$", lines[i])
        if not m:
            i += 1
            continue
        indent, lang = m.group(1), m.group(2).strip()
        start = i
        body: list[str] = []
        i += 1
        while i < len(lines) and lines[i].strip() != "```":
            body.append(lines[i][len(indent):] if lines[i].startswith(indent) else lines[i])
            i += 1
        marker = NOT_RUN.match(lines[start - 1].strip()) if start > 0 else None
        out.append(Block(page, start + 1, lang, "\n".join(body) + "\n", marker.group("reason") if marker else None))
        i += 1
    return out


def _where(b: Block) -> str:
    page = b.page.relative_to(ROOT) if b.page.is_relative_to(ROOT) else b.page
    return f"{page}:{b.line}"


def _workspace(tmp: Path) -> Path:
    (tmp / "data").symlink_to(ROOT / "data", target_is_directory=True)
    (tmp / "mycorpus").mkdir()
    for name in ("ledger-dam.html", "courier-dam.htm"):
        shutil.copy(ROOT / "tests" / "data" / "html" / name, tmp / "mycorpus" / name)
    return tmp


def _bash_commands(b: Block) -> list[list[str]]:
    commands = []
    for line in b.code.replace("\\\n", " ").splitlines():
        argv = shlex.split(line, comments=True)
        if not argv:
            continue
        assert argv[0] == "framing", (
            f"{_where(b)}: {line.strip()!r} is not a framing command; run it here or mark the block "
            "<!-- not run: REASON -->")
        commands.append(argv[1:])
    return commands


def run_page(page: Path, workspace: Path) -> None:
    from framing.cli import main

    namespace: dict = {"__name__": "__docs__"}
    for b in blocks(page):
        if b.not_run is not None or b.lang in SHOWN:
            continue
        assert b.lang in RUN, f"{_where(b)}: a code block needs a language (python, bash, or text/csv/json to show only)"
        if b.lang == "python":
            try:
                exec(compile(b.code, _where(b), "exec"), namespace)  # noqa: S102 - our own documentation
            finally:
                plt.close("all")
        else:
            for argv in _bash_commands(b):
                assert main([*argv, *(["--progress", "never"] if argv[0] in ("analyze", "report") and "--progress" not in argv else [])]) == 0, \
                    f"{_where(b)}: framing {shlex.join(argv)} failed"


@pytest.mark.parametrize("page", PAGES[1:], ids=[str(p.relative_to(ROOT)) for p in PAGES[1:]])
def test_every_code_block_of_docs_runs_or_says_why_not(page, tmp_path, monkeypatch):
    monkeypatch.chdir(_workspace(tmp_path))
    run_page(page, tmp_path)


def test_the_quick_start_makes_a_report_from_saved_web_pages(tmp_path, monkeypatch):
    """Every block of the README: its quick start, followed as written, on a folder of saved pages."""
    monkeypatch.chdir(_workspace(tmp_path))
    run_page(ROOT / "README.md", tmp_path)
    page = (tmp_path / "myreport" / "index.html").read_text(encoding="utf-8")
    assert "<h1>How the outlets framed it: mycorpus</h1>" in page and "2 articles analysed, 0 failed" in page
    assert "Riverside Courier" in page and "The Valley Ledger" in page
    rows = [json.loads(line) for line in (tmp_path / "mycorpus.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in rows] == ["courier-dam", "ledger-dam"]
    for r in rows:  # offsets are into the extracted text, which the output keeps
        assert all(r["text"][h["start"]:h["end"]] == h["text"] for h in r["hedges"])
    assert set(json.loads((tmp_path / "compare.json").read_text(encoding="utf-8"))) >= {"reuse", "claims", "profile"}


def test_the_readme_opens_with_what_it_does_and_how_to_run_it_on_your_own_data():
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    first_screen = "\n".join(text.splitlines()[:60])
    for needed in ("Show, with evidence, how news outlets frame the same event", "## Quick start", "scripts/report.sh",
                   "scripts/test.sh", "docs/img/report.png", "### On your own articles", "manifest.csv", ".html"):
        assert needed in first_screen, needed
    assert (ROOT / "docs" / "img" / "report.png").is_file()
    assert "--allow-root" in text  # jupyter lab as root
    assert len(text.splitlines()) < 150


def test_every_page_is_linked_from_the_readme_and_every_link_resolves():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for page in PAGES[1:]:
        assert f"(docs/{page.name})" in readme, f"README does not link docs/{page.name}"
    for page in PAGES:
        for target in re.findall(r"\]\(([^)#]+)\)", page.read_text(encoding="utf-8")):
            if target.startswith(("http://", "https://")):
                continue
            assert (page.parent / target).exists(), f"{page.relative_to(ROOT)} links {target}, which does not exist"


def test_the_runner_finds_blocks_markers_and_refuses_unlabelled_or_foreign_commands(tmp_path):
    page = tmp_path / "p.md"
    page.write_text("a\n\n```python\nx = 1\n```\n<!-- not run: it starts a server -->\n```bash\njupyter lab\n```\n"
                    "```text\nframing analyze PATH...\n```\n  ```bash\n  framing --version  # indented\n  ```\n",
                    encoding="utf-8")
    found = blocks(page)
    assert [(b.line, b.lang, b.code, b.not_run) for b in found] == [
        (3, "python", "x = 1\n", None), (7, "bash", "jupyter lab\n", "it starts a server"),
        (10, "text", "framing analyze PATH...\n", None), (13, "bash", "framing --version  # indented\n", None)]
    assert _bash_commands(found[3]) == [["--version"]]
    with pytest.raises(AssertionError, match="is not a framing command"):
        _bash_commands(Block(page, 1, "bash", "jupyter lab\n", None))
    (tmp_path / "q.md").write_text("```\nprint(1)\n```\n", encoding="utf-8")
    with pytest.raises(AssertionError, match="needs a language"):
        run_page(tmp_path / "q.md", tmp_path)
    (tmp_path / "r.md").write_text("```python\nraise ValueError('drifted')\n```\n", encoding="utf-8")
    with pytest.raises(ValueError, match="drifted"):
        run_page(tmp_path / "r.md", tmp_path)
