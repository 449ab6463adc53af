"""`crampcheck trends` shows supplements apart from food: the averages table, `--daily` and
`--json` (a real diary read by the real analyser)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from crampcheck.core.nutrients import Nutrient
from crampcheck.services.intake import analyze_intake
from tests.conftest import CliResult

Cli = Callable[..., CliResult]
DAY = "magnesium citrate 250 mg, a banana"
RANGE = ("--from", "2026-03-14", "--to", "2026-03-15")


@pytest.fixture
def db(tmp_path: Path, cli: Cli) -> str:
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    assert (
        cli("profile", "add", "ann", "--age", "58", "--sex", "female", "--db", url).exit_code == 0
    )
    logged = cli("log", "food", DAY, "--at", "2026-03-14T08:00:00+00:00", "--db", url)
    assert logged.exit_code == 0, logged.stderr
    return url


def test_trends_daily_shows_food_plus_supplements(db: str, cli: Cli) -> None:
    result = cli("trends", "--daily", "--nutrient", "magnesium", *RANGE, "--db", db)
    assert result.exit_code == 0, result.stderr
    food = analyze_intake("a banana").totals[Nutrient.MAGNESIUM_MG]
    assert food is not None
    assert "2026-03-14" in result.stdout
    assert f"{food:,.1f} + 250 = {food + 250:,.0f}" in result.stdout


def test_trends_table_has_a_supplement_column(db: str, cli: Cli) -> None:
    result = cli("trends", *RANGE, "--db", db)
    assert result.exit_code == 0, result.stderr
    assert "supplem" in result.stdout  # the column header ("from supplements", maybe wrapped)


def test_trends_json_daily(db: str, cli: Cli) -> None:
    result = cli("trends", *RANGE, "--db", db, "--json")
    assert result.exit_code == 0, result.stderr
    (day,) = json.loads(result.stdout)["daily"]
    assert day["day"] == "2026-03-14"
    assert day["nutrients"]["magnesium_mg"]["from_supplements"] == 250.0


def test_trends_daily_with_an_unknown_nutrient_is_a_clear_error(db: str, cli: Cli) -> None:
    result = cli("trends", "--daily", "--nutrient", "unobtainium", "--db", db)
    assert result.exit_code == 2
    assert result.stderr.startswith("Error: no nutrient is called")


def test_trends_nutrient_without_daily_is_a_clear_error(db: str, cli: Cli) -> None:
    result = cli("trends", "--nutrient", "magnesium", "--db", db)
    assert result.exit_code == 2
    assert result.stderr.startswith("Error: --nutrient goes with --daily")


@pytest.mark.parametrize(
    ("supplement", "above"),
    [("magnesium citrate 250 mg", False), ("magnesium citrate 200mg, 2 caps", True)],
)
def test_trends_says_when_supplement_magnesium_is_above_its_upper_limit(
    tmp_path: Path, cli: Cli, supplement: str, above: bool
) -> None:
    url = f"sqlite:///{tmp_path / 'ul.db'}"
    assert cli("profile", "add", "bo", "--age", "58", "--sex", "male", "--db", url).exit_code == 0
    at = "2026-03-14T08:00:00+00:00"
    assert cli("log", "food", f"{supplement}, a banana", "--at", at, "--db", url).exit_code == 0
    table = cli("trends", *RANGE, "--db", url)
    (magnesium,) = [
        a
        for a in json.loads(cli("trends", *RANGE, "--db", url, "--json").stdout)["averages"]
        if a["nutrient"] == "magnesium_mg"
    ]
    assert (magnesium["above_upper_limit"], magnesium["upper_limit"]) == (above, 350.0)
    said = "above the upper limit of 350 mg a day from supplements (R1, R11, R15)"
    assert (said in " ".join(table.stdout.split())) is above
    assert (magnesium["upper_limit_note"] is not None) is above
