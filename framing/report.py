"""``framing report``: analyse a corpus and write figures plus one self-contained HTML page.

The page (``DIR/index.html``) embeds every figure as a PNG data URI, so it can
be mailed or archived as one file; the SVG and PNG files are also written to
``DIR/figures/``, every table whole to ``DIR/tables/*.csv`` (the page shows at most
:data:`MAX_TABLE_ROWS` rows of each), and the per-article analysis to ``DIR/analysis.jsonl``.
Up to :data:`INLINE_ARTICLES` articles are highlighted in the page; with more, each gets its
own page in ``DIR/articles/``. All article text is HTML-escaped; no page has a script.
"""

from __future__ import annotations

import argparse
import base64
import html
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import matplotlib.pyplot as plt

from . import __version__
from .analyze import Analysis, AnalysisError, analyze_many
from .batch.export import json_line
from .batch.run import count_inputs, progress_bar, want_progress
from .compare.reading import plain_reading
from .corpus import iter_corpus
from .viz import figures, plots
from .viz.display import highlight_html

__all__ = ["write_report", "run_report_cli", "report_name"]

_CSS = """body{font-family:system-ui,-apple-system,Segoe UI,Helvetica,Arial,sans-serif;max-width:72em;margin:2em auto;padding:0 1em;color:#222}
h1{font-size:1.6em}h2{margin-top:2em;border-bottom:1px solid #ddd}figure{margin:1.5em 0}figcaption{color:#555;font-size:.9em}
table{border-collapse:collapse;font-size:.85em}td,th{border:1px solid #ddd;padding:3px 6px;vertical-align:top}th{background:#f5f5f5}
img{max-width:100%}.err{color:#a00}details{margin:1em 0}"""


def _progress(iterable: Iterable[Any], *, mode: str, total: int | None = None, desc: str = "",
              unit: str = "article") -> Iterable[Any]:
    """``iterable`` wrapped in a progress bar on standard error; ``auto`` shows it only on a terminal."""
    if not want_progress(mode, sys.stderr):
        return iterable
    return progress_bar(sys.stderr, iterable=iterable, total=total, desc=desc, unit=unit)


def _table(df: Any) -> str:
    return df.to_html(index=False, escape=True, border=0, na_rep="", float_format=lambda v: f"{v:.3g}")


def _actors_file(paths: Any) -> Path | None:
    """``actors.csv`` of a corpus folder given as the only input, if there is one."""
    if isinstance(paths, (str, Path)) and Path(paths).is_dir() and (Path(paths) / "actors.csv").is_file():
        return Path(paths) / "actors.csv"
    return None


def report_name(paths: Any, analyses: Iterable[Analysis] = ()) -> str:
    """What the report is about: the event named by every article's ``event`` column, else the input's name.

    A folder is named by its own name, also when given as ``.`` or ``..``; a file by its name
    without the extension.

    Examples
    --------
    >>> import os
    >>> report_name(".") == os.path.basename(os.getcwd())
    True
    >>> report_name(["data/a.csv", "b/"])
    'a, b'
    """
    events = {str(a.article.metadata.get("event", "")).strip() for a in analyses}
    if len(events) == 1 and "" not in events:
        return events.pop()
    names = []
    for p in [paths] if isinstance(paths, (str, Path)) else list(paths):
        path = Path(p).resolve()
        names.append(path.name if path.is_dir() or not path.suffix else path.stem)
    return ", ".join(n or "/" for n in names)


#: Rows of a table shown in ``index.html``; every table is also written whole to ``DIR/tables/NAME.csv``.
MAX_TABLE_ROWS = 200
#: Articles highlighted inside ``index.html``; with more, each gets its own page in ``DIR/articles/``.
INLINE_ARTICLES = 20
#: Links to article pages listed in ``index.html`` (all of them are in ``DIR/articles/index.html``).
MAX_ARTICLE_LINKS = 100


def _slug(title: str) -> str:
    return "".join(c if c.isalnum() else "_" for c in title.lower()).strip("_")[:60] or "table"


def _table_section(title: str, df: Any, table_dir: Path) -> str:
    """A table's heading, its first :data:`MAX_TABLE_ROWS` rows, and a link to the whole table as CSV."""
    name = _slug(title) + ".csv"
    df.to_csv(table_dir / name, index=False, lineterminator="\n")
    shown = df if len(df) <= MAX_TABLE_ROWS else df.head(MAX_TABLE_ROWS)
    note = (f'<p>All {len(df):,} rows: <a href="tables/{html.escape(name)}">tables/{html.escape(name)}</a>.</p>'
            if len(df) <= MAX_TABLE_ROWS else
            f'<p>The first {MAX_TABLE_ROWS} of {len(df):,} rows; all of them in '
            f'<a href="tables/{html.escape(name)}">tables/{html.escape(name)}</a>.</p>')
    return f"<h2>{html.escape(title)}</h2>" + note + _table(shown)


def _draw_figures(analyses: list[Analysis], specs: list[Any], actors: Path | None, fig_dir: Path, progress: str,
                  failed: list[tuple[str, str]]) -> list[str]:
    """Draw every figure; a failure is recorded in ``failed`` and shown in the page, and the others still drawn."""
    out: list[str] = []
    with plots.style():
        for spec in _progress(specs, mode=progress, total=len(specs), desc="figures", unit="figure"):
            try:
                fig, ax = plt.subplots(figsize=spec.figsize)
                ax = spec.draw(analyses, ax=ax, **({"actors": actors} if spec.needs_actors else {}))
                why = plots.empty_reason(ax)
                if why:
                    out.append(f"<p>Figure {html.escape(spec.name)} is left out: {html.escape(why)}.</p>")
                    continue
                svg, png = plots.save_figure(fig, spec.name, fig_dir)
                data = base64.b64encode(png.read_bytes()).decode("ascii")
                out.append(
                    f'<figure><img alt="{html.escape(spec.caption)}" src="data:image/png;base64,{data}">'
                    f"<figcaption>{html.escape(spec.caption)} <em>(notebook {html.escape(spec.notebook)};"
                    f' files: figures/{html.escape(svg.name)}, figures/{html.escape(png.name)})</em></figcaption></figure>')
            except Exception as exc:  # noqa: BLE001 - one failing chart must not lose the report
                failed.append((spec.name, f"{type(exc).__name__}: {exc}"))
                out.append(f'<p class="err">Figure {html.escape(spec.name)} failed: {html.escape(type(exc).__name__)}: {html.escape(str(exc))}</p>')
            finally:
                plt.close("all")
    return out


def _article_sections(analyses: list[Analysis], out: Path, progress: str) -> str:
    """The articles with their evidence highlighted: inline for a few, else one page each and links."""
    def summary(a: Analysis) -> str:
        ev = f" [{a.article.event}]" if a.article.event else ""
        return f"{html.escape(a.article.label)}{html.escape(ev)}: {html.escape(a.article.title or a.article.id)}"

    items = _progress(analyses, mode=progress, total=len(analyses), desc="articles")
    if len(analyses) <= INLINE_ARTICLES:
        arts = "".join(f"<details><summary>{summary(a)}</summary>{highlight_html(a).html}</details>" for a in items)
        return "<h2>Articles with their evidence highlighted</h2>" + arts
    folder = out / "articles"
    folder.mkdir(exist_ok=True)
    links = []
    for k, a in enumerate(items, start=1):
        (folder / f"{k}.html").write_text(
            f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>{summary(a)}</title>'
            f"<style>{_CSS}</style></head><body><p><a href=\"index.html\">all articles</a></p><h1>{summary(a)}</h1>"
            f"{highlight_html(a).html}</body></html>\n", encoding="utf-8")
        links.append(f'<li><a href="articles/{k}.html">{summary(a)}</a></li>')
    (folder / "index.html").write_text(
        f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>articles</title><style>{_CSS}</style>'
        f"</head><body><h1>Articles ({len(links):,})</h1><ul>" + "".join(li.replace('href="articles/', 'href="')
                                                                        for li in links) + "</ul></body></html>\n",
        encoding="utf-8")
    more = (f'<p>The first {MAX_ARTICLE_LINKS} of {len(links):,}; all in <a href="articles/index.html">articles/index.html</a>.</p>'
            if len(links) > MAX_ARTICLE_LINKS else "")
    return ("<h2>Articles with their evidence highlighted</h2><p>One page per article, in <code>articles/</code>.</p>"
            + more + "<ul>" + "".join(links[:MAX_ARTICLE_LINKS]) + "</ul>")


def write_report(paths: Any, out_dir: str | Path, *, progress: str = "never", encoding_errors: str = "strict",
                 figure_errors: list[tuple[str, str]] | None = None) -> tuple[Path, list[AnalysisError]]:
    """Analyse ``paths`` (anything :func:`framing.load_corpus` reads) and write the report.

    Returns the path of ``index.html`` and the list of inputs that failed (they
    are listed in the page too). Raises ``ValueError`` if no article could be analysed.
    A figure that fails is named in the page and, when ``figure_errors`` is a list, appended
    to it as ``(figure name, error)``; the other figures are still drawn.
    """
    out = Path(out_dir)
    fig_dir = out / "figures"
    fig_dir.mkdir(parents=True, exist_ok=True)
    table_dir = out / "tables"
    table_dir.mkdir(exist_ok=True)
    analyses: list[Analysis] = []
    errors: list[AnalysisError] = []
    with open(out / "analysis.jsonl", "w", encoding="utf-8", newline="\n") as fh:
        items = iter_corpus(paths, encoding_errors=encoding_errors)  # type: ignore[arg-type]
        total = count_inputs(paths) if progress != "never" else None
        for res in _progress(analyze_many(items), mode=progress, total=total, desc="analysing"):
            fh.write(json_line(res.to_dict()) + "\n")
            (analyses if isinstance(res, Analysis) else errors).append(res)  # type: ignore[arg-type]
    if not analyses:
        raise ValueError("no article could be analysed:\n" + "\n".join(e.error for e in errors))

    failed = figure_errors if figure_errors is not None else []
    sections: list[str] = []
    actors = _actors_file(paths)
    specs = [s for s in figures.FIGURES if actors is not None or not s.needs_actors]
    figure_html = _draw_figures(analyses, specs, actors, fig_dir, progress, failed)

    sections.append(_table_section("Articles", figures.overview_table(analyses), table_dir))
    if len({a.article.label for a in analyses}) > 1:
        for _ in _progress([0], mode=progress, total=1, desc="reading", unit="step"):
            reading = plain_reading(analyses).text
        sections.append("<h2>What differs, and how sure we can be</h2><p>" + html.escape(reading) + "</p>")
    if actors is None:
        sections.append("<p>No <code>actors.csv</code> in the corpus folder: the actor figures (labels, sentiment "
                        "and agency per actor) are left out. <code>framing.suggest_actors</code> helps start one.</p>")
    if errors:
        items_html = "".join(f"<li>{html.escape(str(e.id))}: {html.escape(e.error)}</li>" for e in errors)
        sections.append(f'<h2 class="err">Inputs that could not be analysed ({len(errors)})</h2><ul>{items_html}</ul>')
    sections.append("<h2>Figures</h2>" + "\n".join(figure_html))
    tables = figures.report_tables(analyses, actors=actors)
    for title, table in _progress(tables, mode=progress, total=len(tables), desc="tables", unit="table"):
        sections.append(_table_section(title, table, table_dir))
    sections.append(_article_sections(analyses, out, progress))
    name = html.escape(report_name(paths, analyses))
    n_events = len({a.article.event for a in analyses})
    events = f" about {n_events} events" if n_events > 1 else ""
    page = (f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>framing report: {name}</title>'
            f"<style>{_CSS}</style></head><body>\n<h1>How the outlets framed it: {name}</h1>\n"
            f"<p>{len(analyses)} articles{events} analysed, {len(errors)} failed. Made with framing {html.escape(__version__)}. "
            "Every number below is an aggregate of highlighted spans in the articles at the end of this page.</p>\n"
            + "\n".join(sections) + "\n</body></html>\n")
    index = out / "index.html"
    index.write_text(page, encoding="utf-8")
    return index, errors


def run_report_cli(args: argparse.Namespace) -> int:
    """``framing report``: write the report; name every failed input and figure on standard error; 1 if any failed."""
    paths = args.paths if len(args.paths) > 1 else args.paths[0]
    failed: list[tuple[str, str]] = []
    try:
        index, errors = write_report(paths, args.out, progress=args.progress, encoding_errors=args.encoding_errors,
                                     figure_errors=failed)
    except ValueError as exc:
        print(f"framing: error: {exc}", file=sys.stderr)
        return 1
    for e in errors:
        print(f"framing: error: {e.error}", file=sys.stderr)
    for name, why in failed:
        print(f"framing: error: figure {name} failed: {why}", file=sys.stderr)
    print(f"framing: report written to {index} ({len(errors)} input(s) failed, {len(failed)} figure(s) failed)",
          file=sys.stderr)
    return 1 if errors or failed else 0
