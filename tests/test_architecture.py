"""The shape of the code: one home per stage, the store the only database importer, small modules."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "dyad"
# the stage packages, in pipeline order; a stage may import only from earlier ones
STAGES = ["ingest", "clean", "segment", "extract", "resolve", "store"]
MAX_MODULE_LINES = 600
MAX_FUNCTION_LINES = 60


def _modules() -> dict[str, Path]:
    out = {}
    for p in SRC.rglob("*.py"):
        rel = p.relative_to(SRC).with_suffix("")
        parts = [x for x in rel.parts if x != "__init__"]
        out[".".join(["dyad", *parts])] = p
    return out


def _imports(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
    return found


def _package(module: str) -> str | None:
    parts = module.split(".")
    return parts[1] if len(parts) > 2 and parts[1] in STAGES else None


def test_only_the_store_imports_the_database_driver() -> None:
    for name, path in _modules().items():
        if any(i == "duckdb" or i.startswith("duckdb.") for i in _imports(path)):
            assert name.startswith("dyad.store."), f"{name} imports duckdb"


def test_the_store_depends_on_records_not_on_stages() -> None:
    for name, path in _modules().items():
        if name.startswith("dyad.store"):
            for i in _imports(path):
                assert not i.startswith(("dyad.pipeline", "dyad.extract", "dyad.resolve", "dyad.stages")), (name, i)


def test_stage_packages_import_only_earlier_stages() -> None:
    order = {s: n for n, s in enumerate(STAGES)}
    for name, path in _modules().items():
        here = _package(name)
        if here is None:
            continue
        for i in _imports(path):
            there = _package(i)
            if there is not None and there != here:
                assert order[there] < order[here], f"{name} ({here}) imports {i} ({there})"


def test_no_import_cycle_between_modules() -> None:
    mods = _modules()
    graph = {n: {i for i in _imports(p) if i in mods and i != n} for n, p in mods.items()}
    # a package's __init__ re-exporting its own modules is not a cycle of stages
    graph = {n: {i for i in deps if not (n.startswith(i + ".") and mods[i].name == "__init__.py")}
             for n, deps in graph.items()}
    state: dict[str, int] = {}

    def visit(n: str, path: list[str]) -> None:
        state[n] = 1
        for m in graph[n]:
            if state.get(m) == 1:
                pytest.fail("import cycle: " + " -> ".join(path[path.index(m):] + [m]) if m in path else m)
            if m not in state:
                visit(m, path + [m])
        state[n] = 2

    for n in graph:
        if n not in state:
            visit(n, [n])


def test_modules_and_functions_fit_in_a_head() -> None:
    for name, path in _modules().items():
        text = path.read_text()
        assert len(text.splitlines()) <= MAX_MODULE_LINES, f"{name}: over {MAX_MODULE_LINES} lines"
        for node in ast.walk(ast.parse(text)):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                length = (node.end_lineno or node.lineno) - node.lineno + 1
                assert length <= MAX_FUNCTION_LINES, f"{name}.{node.name}: {length} lines"


def test_the_public_api_is_honest() -> None:
    import dyad

    assert all(hasattr(dyad, n) for n in dyad.__all__)
    assert {"ingest_all", "process", "resolve", "Store", "events", "EventFilter"} <= set(dyad.__all__)
