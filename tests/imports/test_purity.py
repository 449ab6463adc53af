"""The readers only parse the stream they are given: no files, network, database or clock."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import pytest

from tests.test_architecture import imported

READERS = Path(__file__).resolve().parents[2] / "crampcheck" / "imports"
BANNED = {"sqlite3", "os", "socket", "urllib", "http", "subprocess", "shutil", "pathlib", "random"}
ALLOWED_PREFIXES = ("crampcheck.core", "crampcheck.errors", "crampcheck.imports")


@pytest.mark.parametrize("path", sorted(READERS.glob("*.py")), ids=lambda p: p.name)
def test_readers_do_no_io(path: Path) -> None:
    source = path.read_text(encoding="utf-8")
    for name in imported(ast.parse(source)):
        root = name.split(".")[0]
        ok = name.startswith(ALLOWED_PREFIXES) or (
            root in sys.stdlib_module_names and root not in BANNED
        )
        assert ok, f"{path.name} imports {name}"
    assert "open(" not in source
    assert ".now(" not in source
