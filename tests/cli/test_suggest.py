"""`crampcheck suggest` as people and scripts use it (contract §4)."""

from __future__ import annotations

import json
import math
from collections.abc import Callable

import pytest

from tests.conftest import CliResult

Cli = Callable[..., CliResult]
DIARY = "2 slices of white toast with butter, a coffee with milk, a ham sandwich, an apple"
PROFILE = ("--age", "45", "--sex", "female")


def test_json_shape_and_round_trip(cli: Cli) -> None:
    result = cli("suggest", DIARY, *PROFILE, "--vegan", "--avoid", "peanuts", "--json")
    assert result.exit_code == 0, result.stderr
    doc = json.loads(result.stdout)
    assert {"suggestions", "before", "after", "remaining_gaps", "notes"} <= set(doc)
    assert 1 <= len(doc["suggestions"]) <= 4
    for item in doc["suggestions"]:
        assert set(item) >= {"food_id", "name", "grams", "portion"}
        assert isinstance(item["food_id"], str)
        assert len(item["food_id"]) == 5
        assert isinstance(item["grams"], float)
    for gap in doc["remaining_gaps"]:
        assert set(gap) == {"nutrient", "why"}
    assert set(doc["before"]) == set(doc["after"])
    lines = [f"{s['grams']:g} g [{s['food_id']}]" for s in doc["suggestions"]]
    again = cli("intake", "\n".join([DIARY, *lines]), *PROFILE, "--json")
    assert again.exit_code == 0, again.stderr
    totals = json.loads(again.stdout)["totals"]
    for key, value in doc["after"].items():
        if value is None:
            assert totals[key] is None
        else:
            assert math.isclose(value, totals[key], rel_tol=1e-6, abs_tol=1e-3), key


def test_human_output(cli: Cli) -> None:
    result = cli("suggest", DIARY, *PROFILE, "--ckd")
    assert result.exit_code == 0, result.stderr
    assert "Add to your day" in result.stdout
    assert "Before → after" in result.stdout
    assert "Not a diagnosis" in result.stdout
    assert "kidney" in result.stdout


def test_stdin(cli: Cli) -> None:
    result = cli("suggest", "-", *PROFILE, "--json", stdin=DIARY)
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["suggestions"]


@pytest.mark.parametrize(
    "args",
    [
        ("suggest",),
        ("suggest", DIARY),
        ("suggest", DIARY, "--age", "45"),
        ("suggest", DIARY, "--age", "9", "--sex", "female"),
        ("suggest", DIARY, *PROFILE, "--vegan", "--pescatarian"),
        ("suggest", DIARY, *PROFILE, "--max-foods", "0"),
        ("suggest", DIARY, *PROFILE, "--energy-budget", "-5"),
        ("suggest", "", *PROFILE),
        ("suggest", DIARY, "--age", "40", "--sex", "male", "--pregnant"),
    ],
)
def test_bad_input_exits_2_without_traceback(cli: Cli, args: tuple[str, ...]) -> None:
    result = cli(*args)
    assert result.exit_code == 2
    assert result.stderr.startswith("Error: ")
    assert "Traceback" not in result.stderr + result.stdout


def test_bad_input_with_json_prints_an_error_document(cli: Cli) -> None:
    result = cli("suggest", DIARY, "--age", "9", "--sex", "female", "--json")
    assert result.exit_code == 2
    assert "message" in json.loads(result.stdout)["error"]


def test_request_schema_builds_constraints() -> None:
    from pydantic import ValidationError

    from crampcheck.core.suggest import Diet
    from crampcheck.schemas.suggest import SuggestRequest

    body = SuggestRequest.model_validate(
        {
            "text": DIARY,
            "profile": {"age": 45, "sex": "female"},
            "constraints": {"diet": "vegan", "avoid": ["soy", "kiwi"], "warfarin": True},
        }
    )
    constraints = body.constraints.to_constraints()
    assert constraints.diet is Diet.VEGAN
    assert constraints.avoid_groups == {"soy"}
    assert constraints.warfarin
    default = SuggestRequest.model_validate({"text": "x", "profile": {"age": 30, "sex": "male"}})
    assert default.constraints.to_constraints().diet is Diet.OMNIVORE
    with pytest.raises(ValidationError):
        SuggestRequest.model_validate(
            {"text": "x", "profile": {"age": 30, "sex": "male"}, "constraints": {"diet": "keto"}}
        )
