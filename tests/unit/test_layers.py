"""The house keeps its floors: imports run one way down the pipeline, Streamlit is imported only by the
user interface and folium only by the maps. A module that reaches up a floor fails here."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from tests.conftest import ROOT

PACKAGE = ROOT / "dashboard"
# Bottom to top; a module may import from its own floor and the floors below it.
FLOORS = (
    ("util", "paths", "errors", "schema", "settings"),
    ("sources", "places"),
    ("parser",),
    ("store", "exports"),
    ("ingest", "review"),
    ("analysis",),
    ("maps",),
    ("ui",),
    ("app", "cli", "__main__"),
)
FLOOR = {room: level for level, rooms in enumerate(FLOORS) for room in rooms}
# Third-party packages that belong to one floor only.
ONLY_IN = {"streamlit": ("ui", "app"), "streamlit_folium": ("ui",), "folium": ("maps",), "branca": ("maps",)}
MODULES = sorted(p for p in PACKAGE.rglob("*.py") if "static" not in p.relative_to(PACKAGE).parts)


def room_of(path: Path) -> str:
    return path.relative_to(PACKAGE).with_suffix("").parts[0]


def imports_of(path: Path) -> list[tuple[int, str]]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            if node.module == "dashboard":
                found += [(node.lineno, f"dashboard.{alias.name}") for alias in node.names]
            else:
                found.append((node.lineno, node.module))
        elif isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
    return found


def test_every_module_has_a_floor():
    assert {room_of(p) for p in MODULES if p.parent != PACKAGE or p.name != "__init__.py"} <= set(FLOOR)


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_imports_run_down_the_floors(path):
    here = room_of(path)
    upward = []
    for line, module in imports_of(path):
        parts = module.split(".")
        if parts[0] == "dashboard" and len(parts) > 1 and FLOOR.get(parts[1], -1) > FLOOR.get(here, len(FLOORS)):
            upward.append(f"line {line}: {module}")
        if parts[0] in ONLY_IN and here not in ONLY_IN[parts[0]]:
            upward.append(f"line {line}: {module} belongs in {' or '.join(ONLY_IN[parts[0]])}/")
    assert upward == []


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def runtime_nodes(tree: ast.Module) -> list[ast.AST]:
    """Every node of ``tree`` but those under ``if TYPE_CHECKING:`` (imports for annotations only,
    which never run)."""
    skipped = {
        id(inner)
        for node in ast.walk(tree)
        if isinstance(node, ast.If) and isinstance(node.test, ast.Name) and node.test.id == "TYPE_CHECKING"
        for child in node.body
        for inner in ast.walk(child)
    }
    return [node for node in ast.walk(tree) if id(node) not in skipped]


def arrows() -> dict[str, set[str]]:
    """Each module of the package and the modules of the package it imports when it runs (a name
    imported from a package is its module when one of that name exists)."""
    known = {module_name(p) for p in MODULES}
    graph: dict[str, set[str]] = {}
    for path in MODULES:
        here = module_name(path)
        targets = set()
        for node in runtime_nodes(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                for alias in node.names:
                    full = f"{node.module}.{alias.name}"
                    targets.add(full if full in known else node.module)
            elif isinstance(node, ast.Import):
                targets.update(alias.name for alias in node.names)
        graph[here] = {t for t in targets if t in known and t != here}
    return graph


def test_no_module_imports_itself_round_a_circle():
    """A circle of imports (a.py imports b.py imports a.py) works only by the order of import and
    hides which of the two is the lower floor."""
    graph = arrows()
    circles: list[list[str]] = []
    state: dict[str, int] = {}  # 1 on the path being walked, 2 done

    def walk(module: str, path: list[str]) -> None:
        state[module] = 1
        for target in sorted(graph[module]):
            if state.get(target) == 1:
                circles.append(path[path.index(target) :] + [target])
            elif target not in state:
                walk(target, path + [target])
        state[module] = 2

    for module in sorted(graph):
        if module not in state:
            walk(module, [module])
    assert circles == []
