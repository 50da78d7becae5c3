"""The README's Layout table is the architecture: every pipeline module has a row and imports only what it allows."""

from __future__ import annotations

import ast
from pathlib import Path
from typing import NamedTuple

import pytest

ROOT = Path(__file__).resolve().parents[1]
PIPELINE = ROOT / "pipeline"
LAYOUT = (ROOT / "README.md").read_text(encoding="utf-8").split("\n## Layout\n", 1)[1].split("\n## ", 1)[0]
OWN = "its own modules"  # in a package's row: any module of that package
EXEMPT = {"", "__main__"}  # `pipeline/__init__.py` and `pipeline/__main__.py`, which only calls `cli`


def dotted(path: Path) -> str:
    """The module a file under pipeline/ is, named from pipeline: `timex.context`, `timex` for its `__init__`."""
    parts = path.relative_to(PIPELINE).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


FILES = {dotted(path): path for path in sorted(PIPELINE.rglob("*.py"))}


class Row(NamedTuple):
    """One row of the Layout table: the modules it names, its package and what they may import."""

    modules: list[str]
    package: str
    allowed: list[str]
    own: bool


def rows() -> list[Row]:
    """The table's rows for Python modules under pipeline/ (the resources row names data)."""
    found = []
    for line in LAYOUT.splitlines():
        if not line.startswith("| `pipeline/") or line.startswith("| `pipeline/resources/"):
            continue
        cells = line.strip().strip("|").split("|")
        modules = [p.removeprefix("pipeline/").removesuffix(".py").strip("/").replace("/", ".")
                   for p in cells[0].split("`")[1::2]]
        package = modules[0] if cells[0].strip().endswith("/`") else modules[0].rpartition(".")[0]
        found.append(Row(modules, package, cells[-1].split("`")[1::2], OWN in cells[-1]))
    return found


ROWS = rows()
ROW_OF = {module: row for row in ROWS for module in row.modules}


def resolve(name: str, package: str) -> str:
    """A name of the allowed-imports column: a module of the row's own package if there is one, else of pipeline."""
    return f"{package}.{name}" if package and f"{package}.{name}" in FILES else name


def row_of(module: str) -> Row | None:
    """The row that names the module, else that of the nearest package that does."""
    while module not in ROW_OF and module:
        module = module.rpartition(".")[0]
    return ROW_OF.get(module)


def imports(module: str) -> set[str]:
    """The pipeline modules a module imports anywhere in it (in a function or for type checking too)."""
    path = FILES[module]
    own = module if path.name == "__init__.py" else module.rpartition(".")[0]
    package = ["pipeline", *filter(None, own.split("."))]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            base = ".".join(package[: len(package) - node.level + 1] if node.level else [])
            source = ".".join(filter(None, [base, node.module]))
            for alias in node.names:  # `from pipeline import timex` imports a module, `from pipeline.x import f` x
                found.add(f"{source}.{alias.name}" if f"{source}.{alias.name}".removeprefix("pipeline.") in FILES
                          else source)
    return {name.removeprefix("pipeline.") for name in found if name.startswith("pipeline.")} - {module}


def test_rows_name_real_modules() -> None:
    """Every module a row names, as its own or as allowed, is a module of pipeline/."""
    missing = [(row.modules, name) for row in ROWS for name in [*row.modules, *row.allowed]
               if resolve(name, row.package) not in FILES]
    assert not missing, f"the Layout table names modules pipeline/ does not have: {missing}"


@pytest.mark.parametrize("module", sorted(set(FILES) - EXEMPT))
def test_module_imports_only_what_its_row_allows(module: str) -> None:
    """The module has a row, and every pipeline module it imports is one that row allows."""
    row = row_of(module)
    assert row, f"pipeline/{module.replace('.', '/')} has no row in the README's Layout table"
    allowed = {resolve(name, row.package) for name in row.allowed}
    if row.own:
        allowed |= {name for name in FILES if name.startswith(f"{row.package}.")}
    undeclared = sorted(imports(module) - allowed)
    assert not undeclared, f"{module} imports {undeclared}, which its Layout row does not allow"
