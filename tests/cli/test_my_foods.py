"""`crampcheck foods add|recipe|list|remove` end to end (real engine, SQLite in a temp folder)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import CliResult

Run = Callable[..., CliResult]


@pytest.fixture
def run(tmp_path: Path, cli: Run) -> Run:
    db = f"sqlite:///{tmp_path / 'foods.db'}"

    def invoke(*args: str) -> CliResult:
        return cli(*args, "--db", db)

    assert invoke("profile", "add", "ann", "--age", "58", "--sex", "female").exit_code == 0
    return invoke


def test_add_list_use_and_remove_a_label_food(run: Run) -> None:
    added = run(
        "foods", "add", "protein bar", "energy=210", "magnesium=64",
        "--per", "serving", "--serving-grams", "60", "--favourite", "--json",
    )  # fmt: skip
    assert added.exit_code == 0, added.stderr
    assert json.loads(added.stdout)["per_100g"]["magnesium_mg"] == pytest.approx(64 / 0.6)
    listed = json.loads(run("foods", "list", "--favourites", "--json").stdout)
    assert [f["name"] for f in listed["foods"]] == ["protein bar"]
    logged = run("log", "food", "a protein bar", "--json")
    item = json.loads(logged.stdout)["items"][0]
    assert (item["name"], item["grams"]) == ("protein bar (your food)", 60.0)
    assert item["nutrients"]["potassium_mg"] is None
    assert run("foods", "remove", "Protein Bar").exit_code == 0
    assert json.loads(run("foods", "list", "--json").stdout)["foods"] == []


def test_a_recipe_and_a_remembered_fix(run: Run) -> None:
    made = run("foods", "recipe", "my usual breakfast = porridge and a banana", "--json")
    assert made.exit_code == 0, made.stderr
    assert json.loads(made.stdout)["kind"] == "recipe"
    logged = json.loads(run("log", "food", "2 nanas", "--json").stdout)
    fixed = run("diary", "fix", str(logged["id"]), "1", "--food", "09040", "--grams", "236")
    assert fixed.exit_code == 0, fixed.stderr
    choices = json.loads(run("foods", "list", "--json").stdout)["choices"]
    assert [(c["phrase"], c["food_id"]) for c in choices] == [("nanas", "09040")]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("foods", "add", "bar"), "at least one nutrient"),
        (("foods", "add", "bar", "magnesium"), "NUTRIENT=AMOUNT"),
        (("foods", "add", "bar", "magnesium=lots"), "not a number"),
        (("foods", "add", "bar", "magnesium=-3"), "at least 0"),
        (("foods", "add", "bar", "magnesium=nan"), "at least 0"),
        (("foods", "add", "bar", "kryptonite=3"), "unknown nutrient"),
        (("foods", "add", "bar", "energy=9000"), "at most 900"),
        (("foods", "add", "bar", "energy=90", "--per", "cup"), "--per"),
        (("foods", "add", "bar", "energy=90", "--per", "serving"), "--serving-grams"),
        (("foods", "add", "bar", "energy=9", "--serving-grams", "0"), "more than 0"),
        (("foods", "add", "<script>x</script> and y", "energy=9"), "several foods"),
        (("foods", "add", "a\x1bb", "energy=9"), "control"),
        (("foods", "add", "x" * 500, "energy=9"), "too long"),
        (("foods", "recipe", "no equals sign"), "NAME = FOODS"),
        (("foods", "recipe", "stew ="), "no foods"),
        (("foods", "recipe", "stew = zzqxv wqpz"), "not understood"),
        (("foods", "recipe", "stew = soup", "--servings", "0"), "servings"),
        (("foods", "remove", "nothing here"), "no food"),
    ],
)
def test_hostile_input_gives_a_clear_error(run: Run, args: tuple[str, ...], message: str) -> None:
    result = run(*args)
    assert result.exit_code != 0
    assert message in result.stderr
    assert "Traceback" not in result.stderr + result.stdout
