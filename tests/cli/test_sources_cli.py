"""`crampcheck diary sources NUTRIENT` on a real diary read by the real analyser."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from tests.conftest import CliResult

Cli = Callable[..., CliResult]
DAY = "Breakfast at 7am: porridge and a banana. Spinach and salmon for dinner."


def test_diary_sources_command(tmp_path: Path, cli: Cli) -> None:
    db = f"sqlite:///{tmp_path / 'cli.db'}"
    assert cli("profile", "add", "ann", "--age", "58", "--sex", "female", "--db", db).exit_code == 0
    logged = cli("log", "food", DAY, "--at", "2026-03-14T08:00:00+00:00", "--db", db)
    assert logged.exit_code == 0, logged.stderr
    result = cli("diary", "sources", "magnesium", "--db", db, "--json")
    assert result.exit_code == 0, result.stderr
    doc = json.loads(result.stdout)
    assert doc["nutrient"] == "magnesium_mg"
    assert {row["meal"] for row in doc["sources"]} == {"breakfast", "dinner"}
    assert doc["sources"][0]["day"] == "2026-03-14"
    amounts = [row["amount"] for row in doc["sources"]]
    assert amounts == sorted(amounts, reverse=True)
    table = cli("diary", "sources", "potassium", "--from", "2026-03-14", "--db", db)
    assert table.exit_code == 0, table.stderr
    assert "Where your potassium came from" in table.stdout
    bad = cli("diary", "sources", "unobtainium", "--db", db)
    assert bad.exit_code == 2
    assert bad.stderr.startswith("Error: no nutrient is called")
