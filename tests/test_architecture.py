"""The core is pure: it imports only the standard library (no I/O modules) and itself."""

from __future__ import annotations

import ast
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

CORE = Path(__file__).resolve().parent.parent / "crampcheck" / "core"
BANNED = {
    "sqlite3",
    "os",
    "socket",
    "urllib",
    "http",
    "subprocess",
    "shutil",
    "pathlib",
    "io",
    "time",
    "random",
    "datetime.datetime.now",
}
ALLOWED_PREFIXES = ("crampcheck.core", "crampcheck.errors")


def imported(tree: ast.AST) -> Iterator[str]:
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0:
            yield node.module or ""


@pytest.mark.parametrize("path", sorted(CORE.rglob("*.py")), ids=lambda p: p.name)
def test_core_is_pure(path: Path) -> None:
    for name in imported(ast.parse(path.read_text(encoding="utf-8"))):
        root = name.split(".")[0]
        ok = name.startswith(ALLOWED_PREFIXES) or (
            root in sys.stdlib_module_names and root not in BANNED
        )
        assert ok, f"{path.name} imports {name}"


def test_cli_help_does_not_import_heavy_libraries() -> None:
    import subprocess

    code = (
        "import sys; from crampcheck.cli import app; "
        "heavy = [m for m in ('scipy', 'sqlalchemy', 'fastapi', 'matplotlib', 'weasyprint',"
        " 'rapidfuzz', 'numpy') if m in sys.modules]; print(heavy)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


CLOCK_CALLS = {"now", "today", "utcnow", "time", "monotonic", "perf_counter"}


@pytest.mark.parametrize("path", sorted(CORE.rglob("*.py")), ids=lambda p: p.name)
def test_core_never_reads_the_clock(path: Path) -> None:
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            assert node.func.attr not in CLOCK_CALLS, f"{path.name} calls .{node.func.attr}()"


PACKAGE = CORE.parent


@pytest.mark.parametrize(
    "path",
    sorted(p for p in PACKAGE.rglob("*.py") if PACKAGE / "cli" not in p.parents),
    ids=lambda p: str(p.relative_to(PACKAGE)),
)
def test_nothing_outside_the_cli_imports_it(path: Path) -> None:
    for name in imported(ast.parse(path.read_text(encoding="utf-8"))):
        if path.name != "__main__.py":
            assert not name.startswith("crampcheck.cli"), f"{path} imports {name}"


SERVICES = PACKAGE / "services"
SERVICE_FILES = sorted(SERVICES.rglob("*.py"))
ADAPTERS = ("crampcheck.schemas", "crampcheck.cli", "crampcheck.web")


@pytest.mark.parametrize("path", SERVICE_FILES, ids=lambda p: p.name)
def test_services_never_import_the_adapters(path: Path) -> None:
    for name in imported(ast.parse(path.read_text(encoding="utf-8"))):
        assert not name.startswith(ADAPTERS), f"services/{path.name} imports {name}"


CORE_IO = (
    "crampcheck.storage",
    "crampcheck.foods",
    "crampcheck.web",
    "crampcheck.cli",
    "crampcheck.data",
    "crampcheck.reports",
    "crampcheck.charts",
    "crampcheck.imports",
    "crampcheck.services",
    "sqlalchemy",
)
FILE_READS = {"open", "read_text", "read_bytes", "write_text", "write_bytes", "urlopen"}


@pytest.mark.parametrize("path", sorted(CORE.rglob("*.py")), ids=lambda p: p.name)
def test_core_imports_nothing_with_io(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for name in imported(tree):
        assert not name.startswith(CORE_IO), f"core/{path.name} imports {name}"
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            called = node.func.attr if isinstance(node.func, ast.Attribute) else None
            called = node.func.id if isinstance(node.func, ast.Name) else called
            assert called not in FILE_READS, f"core/{path.name} calls {called}()"


def _public_functions(path: Path) -> Iterator[ast.FunctionDef]:
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.FunctionDef) and not node.name.startswith("_"):
            yield node


def _loose(annotation: ast.expr | None) -> str | None:
    """Why an annotation is too loose for a service signature, or None."""
    if annotation is None:
        return None
    text = ast.unparse(annotation)
    if "dict[str, Any]" in text.replace("typing.", ""):
        return text
    if text in ("Any", "dict", "typing.Any"):
        return text
    return None


@pytest.mark.parametrize("path", SERVICE_FILES, ids=lambda p: p.name)
def test_service_signatures_are_typed(path: Path) -> None:
    for function in _public_functions(path):
        arguments = function.args
        every = [*arguments.posonlyargs, *arguments.args, *arguments.kwonlyargs]
        for argument in every:
            assert _loose(argument.annotation) is None, (
                f"services/{path.name}:{function.name}({argument.arg}: "
                f"{_loose(argument.annotation)})"
            )
        assert _loose(function.returns) is None, (
            f"services/{path.name}:{function.name} returns {_loose(function.returns)}"
        )
