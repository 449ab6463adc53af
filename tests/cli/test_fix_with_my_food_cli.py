"""`crampcheck diary fix ENTRY ITEM --food MY…` (and by name) through the real CLI."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from tests.conftest import CliResult

Cli = Callable[..., CliResult]


def _setup(tmp_path: Path, cli: Cli) -> tuple[str, str, int]:
    db = f"sqlite:///{tmp_path / 'cli.db'}"
    assert cli("profile", "add", "ann", "--age", "58", "--sex", "female", "--db", db).exit_code == 0
    added = cli("foods", "add", "oat drink", "calcium=120", "--serving-grams", "200", "--db", db)
    assert added.exit_code == 0, added.stderr
    listed = json.loads(cli("foods", "list", "--db", db, "--json").stdout)
    logged = cli(
        "log", "food", "a glass of oatly", "--at", "2026-03-14T08:00+00:00", "--db", db, "--json"
    )
    assert logged.exit_code == 0, logged.stderr
    return db, listed["foods"][0]["food_id"], json.loads(logged.stdout)["id"]


def test_fix_with_one_of_my_foods_by_id_and_by_name(tmp_path: Path, cli: Cli) -> None:
    db, food_id, entry = _setup(tmp_path, cli)
    table = cli("foods", "list", "--db", db)
    assert food_id in table.stdout  # the id people type
    fixed = cli("diary", "fix", str(entry), "1", "--food", food_id, "--grams", "250", "--db", db)
    assert fixed.exit_code == 0, fixed.stderr
    assert "250 g oat drink (your food)" in fixed.stdout
    by_name = cli("diary", "fix", str(entry), "1", "--food", "Oat Drink", "--db", db, "--json")
    assert by_name.exit_code == 0, by_name.stderr
    assert json.loads(by_name.stdout)["items"][0]["food_id"] == food_id
    choices = json.loads(cli("foods", "list", "--db", db, "--json").stdout)["choices"]
    assert [c["food_id"] for c in choices] == [food_id]


def test_fix_with_an_unknown_food_of_ones_own_is_a_clear_error(tmp_path: Path, cli: Cli) -> None:
    db, _food_id, entry = _setup(tmp_path, cli)
    result = cli("diary", "fix", str(entry), "1", "--food", "MY0000", "--grams", "9", "--db", db)
    assert result.exit_code == 2
    assert result.stderr.startswith("Error: 'MY0000' is not one of ann's foods or recipes")
    assert "Traceback" not in result.stderr


def test_diary_fix_help_has_my_food_examples(cli: Cli) -> None:
    result = cli("diary", "fix", "--help")
    assert result.exit_code == 0
    assert "--food MY" in result.stdout
