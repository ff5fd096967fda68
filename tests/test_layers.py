"""The package's architecture, checked from the source: layers, no cycles, no borrowed privates, short modules.

Every module of ``framing/`` is read with :mod:`ast`; every import of a ``framing`` module
(at module level, inside a function, or under ``TYPE_CHECKING``) is an edge. The README's
"Layout" section states the same rules in prose.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent / "framing"

#: Each top-level unit of ``framing`` (a sub-package or a top-level module) and its layer. A unit
#: imports only from itself or from a unit of a lower layer; units of one layer never import each
#: other (so the L2 analysers meet only in ``analyze``). ``tables`` stands on ``analyze``: its
#: functions analyse articles on demand.
LAYERS: dict[str, float] = {
    "corpus": 0, "lexicon": 0,                                   # L0 input and rules-as-data
    "text": 1,                                                   # L1 the text layer
    "hedging": 2, "attribution": 2, "sentiment": 2, "actors": 2,  # L2 analysers
    "analyze": 3, "tables": 3.5,                                 # L3 the per-article pipeline, tables of it
    "compare": 4, "batch": 4,                                    # L4 across articles
    "viz": 5,                                                    # L5 drawing
    "__init__": 6, "__main__": 6, "cli": 6, "report": 6,         # application
    "figures": 6, "plots": 6, "dask": 6,                         # public aliases of viz.figures, viz.plots, batch.dask
}
APP = 6  # the application layer may import everything, itself included
MAX_MODULE_LINES = 400
MAX_FUNCTION_LINES = 80
LONG_REASON = "long because"  # a longer function says why in its docstring, with these words


def _modules() -> dict[str, Path]:
    out = {}
    for path in sorted(ROOT.rglob("*.py")):
        parts = list(path.relative_to(ROOT.parent).with_suffix("").parts)
        out[".".join(parts)] = path
    return out


MODULES = _modules()


def _package(name: str) -> str:
    """The package a module's relative imports start from."""
    return name.removesuffix(".__init__") if name.endswith(".__init__") else name.rpartition(".")[0]


def _resolve(name: str, node: ast.ImportFrom) -> list[tuple[str, list[str]]]:
    """(imported framing module, names taken from it) for one ``from ... import ...``."""
    if node.level == 0:
        if not (node.module or "").startswith("framing"):
            return []
        base = node.module or ""
    else:
        parts = _package(name).split(".")
        parts = parts[: len(parts) - (node.level - 1)]
        base = ".".join(parts + ([node.module] if node.module else []))
    out = []
    plain = []
    for alias in node.names:
        sub = f"{base}.{alias.name}"
        if sub in MODULES or f"{sub}.__init__" in MODULES:
            out.append((sub if sub in MODULES else f"{sub}.__init__", []))
        else:
            plain.append(alias.name)
    if plain:
        target = base if base in MODULES else f"{base}.__init__"
        out.append((target, plain))
    return out


def _imports() -> dict[str, list[tuple[str, list[str], int]]]:
    graph: dict[str, list[tuple[str, list[str], int]]] = {}
    for name, path in MODULES.items():
        edges = graph.setdefault(name, [])
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom):
                edges.extend((mod, names, node.lineno) for mod, names in _resolve(name, node))
            elif isinstance(node, ast.Import):
                for alias in node.names:
                    if alias.name.startswith("framing"):
                        mod = alias.name if alias.name in MODULES else f"{alias.name}.__init__"
                        edges.append((mod, [], node.lineno))
    return graph


GRAPH = _imports()


def _unit(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


def test_every_unit_has_a_layer():
    assert {_unit(m) for m in MODULES} <= set(LAYERS), {_unit(m) for m in MODULES} - set(LAYERS)


def test_imports_resolve_to_real_modules():
    missing = [(m, t) for m, edges in GRAPH.items() for t, _, _ in edges if t not in MODULES]
    assert missing == []


def test_no_upward_or_sideways_import():
    bad = []
    for module, edges in GRAPH.items():
        src = _unit(module)
        for target, _, line in edges:
            dst = _unit(target)
            if dst != src and LAYERS[dst] >= LAYERS[src] and LAYERS[src] < APP:
                bad.append(f"{module}:{line} imports {target} (layer {LAYERS[dst]} from layer {LAYERS[src]})")
    assert bad == []


def test_analysers_never_import_each_other():
    analysers = {u for u, layer in LAYERS.items() if layer == 2}
    bad = [f"{m} -> {t}" for m, edges in GRAPH.items() for t, _, _ in edges
           if _unit(m) in analysers and _unit(t) in analysers and _unit(m) != _unit(t)]
    assert bad == []


def test_no_private_name_imported_from_another_module():
    """A helper shared between modules is a public name of a ``_module.py`` of the package, not a ``_name``."""
    bad = [f"{m}:{line} takes {names} from {t}" for m, edges in GRAPH.items() for t, names, line in edges
           if t != m and [n for n in names if n.startswith("_") and not n.startswith("__")]]
    assert bad == []


def test_no_import_cycle():
    state: dict[str, int] = {}
    stack: list[str] = []
    cycles: list[list[str]] = []

    def visit(m: str) -> None:
        state[m] = 1
        stack.append(m)
        for t, _, _ in GRAPH.get(m, ()):
            # a package's __init__ re-exports its modules; importing a module of it does not run
            # through the importer's own package __init__, so edges into one's own __init__ are skipped
            if t == m or (t.endswith(".__init__") and m.startswith(t.removesuffix("__init__"))):
                continue
            if state.get(t) == 1:
                cycles.append(stack[stack.index(t):] + [t])
            elif t not in state:
                visit(t)
        stack.pop()
        state[m] = 2

    for m in MODULES:
        if m not in state:
            visit(m)
    assert cycles == []


@pytest.mark.parametrize("module", sorted(MODULES))
def test_module_is_short(module):
    n = len(MODULES[module].read_text(encoding="utf-8").splitlines())
    assert n <= MAX_MODULE_LINES, f"{module} has {n} lines"


def _code_lines(node: ast.FunctionDef | ast.AsyncFunctionDef) -> int:
    """Lines of a function after its docstring (a numpydoc docstring with examples is not logic)."""
    body = node.body
    start = body[1].lineno if ast.get_docstring(node) and len(body) > 1 else body[0].lineno
    return node.end_lineno - start + 1


def test_long_functions_say_why():
    bad = []
    for module, path in MODULES.items():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                n = _code_lines(node)
                if n > MAX_FUNCTION_LINES and LONG_REASON not in (ast.get_docstring(node) or ""):
                    bad.append(f"{module}.{node.name}: {n} lines of code")
    assert bad == []


def test_the_checks_can_fail(tmp_path):
    """The graph reader sees a sideways import, a private import and a cycle when they are there."""
    global MODULES, GRAPH
    saved = MODULES, GRAPH
    try:
        MODULES = {"framing.hedging.find": tmp_path / "a.py", "framing.attribution.find": tmp_path / "b.py",
                   "framing.attribution.__init__": tmp_path / "c.py"}
        (tmp_path / "a.py").write_text("from ..attribution.find import _helper\n")
        (tmp_path / "b.py").write_text("def f():\n    from ..hedging import find\n")
        (tmp_path / "c.py").write_text("")
        MODULES["framing.hedging.__init__"] = tmp_path / "c.py"
        GRAPH = _imports()
        for check in (test_no_upward_or_sideways_import, test_analysers_never_import_each_other,
                      test_no_private_name_imported_from_another_module, test_no_import_cycle):
            with pytest.raises(AssertionError):
                check()
    finally:
        MODULES, GRAPH = saved
