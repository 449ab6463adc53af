"""The assessment core is pure: stdlib (no I/O modules) and crampcheck.core only."""

from __future__ import annotations

import ast
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

CORE = Path(__file__).resolve().parents[3] / "crampcheck" / "core" / "assessment"
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
    "datetime",
    "random",
}


def imported(tree: ast.AST) -> Iterator[str]:
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0:
            yield node.module or ""


@pytest.mark.parametrize("path", sorted(CORE.glob("*.py")), ids=lambda p: p.name)
def test_core_assessment_is_pure(path: Path) -> None:
    for name in imported(ast.parse(path.read_text(encoding="utf-8"))):
        root = name.split(".")[0]
        ok = name.startswith(("crampcheck.core", "crampcheck.errors")) or (
            root in sys.stdlib_module_names and root not in BANNED
        )
        assert ok, f"{path.name} imports {name}"


@pytest.mark.parametrize("path", sorted(CORE.glob("*.py")), ids=lambda p: p.name)
def test_modules_stay_small(path: Path) -> None:
    assert len(path.read_text(encoding="utf-8").splitlines()) <= 400
