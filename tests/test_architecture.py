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
