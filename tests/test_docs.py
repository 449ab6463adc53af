"""Every command has help with an example, and the README names every top-level command."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import typer.main

from crampcheck.cli import app
from tests.conftest import ROOT


def commands() -> Iterator[tuple[str, Any]]:
    root = typer.main.get_command(app)

    def walk(group: Any, prefix: str) -> Iterator[tuple[str, Any]]:
        for name, command in sorted(group.commands.items()):
            path = f"{prefix} {name}".strip()
            if hasattr(command, "commands"):
                yield from walk(command, path)
            else:
                yield path, command

    yield from walk(root, "")


ALL = list(commands())


@pytest.mark.parametrize(("path", "command"), ALL, ids=[path for path, _ in ALL])
def test_every_command_has_help_with_an_example(path: str, command: Any) -> None:
    assert command.help, f"crampcheck {path} has no help"
    assert "Example" in command.help, f"crampcheck {path} help has no example"


def test_readme_names_every_top_level_command() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for path, _ in ALL:
        assert f"crampcheck {path.split()[0]}" in readme, path
