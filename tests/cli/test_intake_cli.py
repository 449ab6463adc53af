"""`crampcheck intake` and `crampcheck foods` as scripts use them (contract §2)."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable

import pytest

from crampcheck.core.nutrients import Nutrient
from tests.conftest import CONTRACT_KEYS, ROOT, CliResult

Cli = Callable[..., CliResult]


def test_intake_json_shape(cli: Cli) -> None:
    result = cli(
        "intake",
        "a bowl of muesli with yogurt, two kiwis and a handful of walnuts",
        "--age",
        "58",
        "--sex",
        "female",
        "--json",
    )
    assert result.exit_code == 0, result.stderr
    doc = json.loads(result.stdout)
    assert {"items", "totals", "coverage", "targets", "unparsed"} <= set(doc)
    assert len(doc["items"]) == 4
    for item in doc["items"]:
        assert {
            "text",
            "food_id",
            "name",
            "grams",
            "quantity",
            "unit",
            "confidence",
            "alternatives",
        } <= set(item)
        assert isinstance(item["confidence"], float)
        for alt in item["alternatives"]:
            assert set(alt) >= {"food_id", "name", "score"}
    assert set(doc["totals"]) >= CONTRACT_KEYS
    assert set(doc["coverage"]) >= CONTRACT_KEYS
    assert doc["coverage"]["magnesium_mg"] == {"known": 4, "of": 4}
    magnesium = doc["targets"]["magnesium_mg"]
    assert {"rda", "ai", "ul", "percent"} <= set(magnesium)
    assert magnesium["rda"] == 320
    assert magnesium["ai"] is None
    assert magnesium["ul"] == 350
    assert doc["targets"]["potassium_mg"]["ai"] == 2600
    assert doc["targets"]["sodium_mg"]["ul"] == 2300


def test_intake_without_profile_has_no_targets(cli: Cli) -> None:
    doc = json.loads(cli("intake", "a banana", "--json").stdout)
    assert "targets" not in doc
    assert (
        doc["totals"]["vitamin_d_ug"] is not None or doc["coverage"]["vitamin_d_ug"]["known"] == 0
    )


def test_unknown_value_is_null_not_zero(cli: Cli) -> None:
    doc = json.loads(cli("intake", "100 g [15076]", "--json").stdout)
    assert doc["totals"][Nutrient.VITAMIN_D_UG.value] is None
    assert doc["coverage"][Nutrient.VITAMIN_D_UG.value] == {"known": 0, "of": 1}


def test_intake_human_output(cli: Cli) -> None:
    result = cli("intake", "2 eggs and a banana", "--age", "40", "--sex", "male")
    assert result.exit_code == 0
    assert "Magnesium" in result.stdout
    assert "Not a diagnosis" in result.stdout
    assert "Egg, whole, raw, fresh" in result.stdout


def test_intake_reads_stdin(cli: Cli) -> None:
    result = cli("intake", "-", "--json", stdin="2 eggs\n1 banana\n")
    assert len(json.loads(result.stdout)["items"]) == 2


@pytest.mark.parametrize(
    ("args", "stdin", "message"),
    [
        (("intake", ""), "", "empty"),
        (("intake", "banana", "--age", "7", "--sex", "female"), "", "14 and over"),
        (("intake", "banana", "--age", "300", "--sex", "female"), "", "not plausible"),
        (("intake", "banana", "--age", "40"), "", "both --age and --sex"),
        (("intake", "banana", "--age", "40", "--sex", "robot"), "", "female' or 'male"),
        (("intake", "banana", "--pregnant"), "", "need --age and --sex"),
        (("intake",), "", "give the diary text"),
        (("intake", "-"), "x" * 10_500_000, "too long"),
        (("intake", "-"), "\x00\x01\x02junk", "does not look like text"),
        (("foods", "top", "unobtainium"), "", "unknown nutrient"),
        (("foods", "top", "magnesium", "--per", "week"), "", "--per must be"),
        (("foods", "search", "banana", "--limit", "0"), "", "--limit"),
    ],
)
def test_errors_exit_2_with_one_line(
    cli: Cli, args: tuple[str, ...], stdin: str, message: str
) -> None:
    result = cli(*args, stdin=stdin)
    assert result.exit_code == 2
    assert result.stderr.startswith("Error: ")
    assert message in result.stderr
    assert result.stderr.count("\n") == 1
    assert "Traceback" not in result.stderr + result.stdout


def test_error_with_json_is_a_json_object(cli: Cli) -> None:
    result = cli("intake", "banana", "--age", "7", "--sex", "female", "--json")
    assert result.exit_code == 2
    assert "14 and over" in json.loads(result.stdout)["error"]["message"]


def test_batch_keeps_order_and_survives_bad_lines(cli: Cli) -> None:
    lines = [
        json.dumps({"text": "a banana"}),
        "this is not json",
        json.dumps({"text": "2 eggs", "profile": {"age": 40, "sex": "male"}}),
        json.dumps({"text": "banana", "profile": {"age": 7, "sex": "male"}}),
        "",
        json.dumps({"text": ""}),
        json.dumps({"profile": {"age": 40, "sex": "male"}}),
        json.dumps(["a list"]),
    ]
    result = cli("intake", "--batch", stdin="\n".join(lines) + "\n")
    assert result.exit_code == 0
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(out) == 7
    assert out[0]["items"][0]["food_id"] == "09040"
    assert "not valid JSON" in out[1]["error"]["message"]
    assert out[2]["targets"]["magnesium_mg"]["rda"] == 420
    assert "14 and over" in out[3]["error"]["message"]
    assert "empty" in out[4]["error"]["message"]
    assert "text" in out[5]["error"]["message"]
    assert "error" in out[6]


def test_implausible_amount_is_flagged_in_json(cli: Cli) -> None:
    doc = json.loads(cli("intake", "1000 kg of butter", "--json").stdout)
    (item,) = doc["items"]
    assert item["counted"] is False
    assert doc["totals"]["energy_kcal"] is None


def test_foods_search_json_shape(cli: Cli) -> None:
    result = cli("foods", "search", "banana", "bananna", "--limit", "3", "--json")
    doc = json.loads(result.stdout)
    assert [entry["query"] for entry in doc] == ["banana", "bananna"]
    for entry in doc:
        assert entry["results"][0]["food_id"] == "09040"
        assert len(entry["results"]) <= 3
        assert all(set(r) == {"food_id", "name", "score", "source"} for r in entry["results"])
        scores = [r["score"] for r in entry["results"]]
        assert scores == sorted(scores, reverse=True)


def test_foods_top_json(cli: Cli) -> None:
    doc = json.loads(
        cli("foods", "top", "vitamin d", "--per", "portion", "-n", "5", "--json").stdout
    )
    assert doc["nutrient"] == "vitamin_d_ug"
    assert len(doc["results"]) == 5


@pytest.mark.parametrize("args", [[], ["intake"], ["foods"], ["foods", "search"], ["foods", "top"]])
def test_help_exists(cli: Cli, args: list[str]) -> None:
    result = cli(*args, "--help")
    assert result.exit_code == 0
    assert "Usage" in result.stdout


def test_python_dash_m_works() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "crampcheck", "intake", "a banana", "--json"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=True,
    )
    assert json.loads(out.stdout)["items"][0]["food_id"] == "09040"


def test_unexpected_option_is_a_usage_error_not_a_traceback() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "crampcheck", "intake", "x", "--bogus"],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert out.returncode == 2
    assert "Traceback" not in out.stderr


@pytest.mark.parametrize(("locale", "grams"), [("en-US", 488.0), ("en-GB", 586.0)])
def test_intake_locale_flag(cli: Cli, locale: str, grams: float) -> None:
    doc = json.loads(cli("intake", "a pint of milk", "--locale", locale, "--json").stdout)
    assert doc["items"][0]["grams"] == pytest.approx(grams, abs=1.0)
    assert doc["items"][0]["status"] == "counted"
    assert doc["items"][0]["source"] in {"sr24", "fndds-2021-2023"}


def test_intake_unknown_locale_is_one_error_line(cli: Cli) -> None:
    result = cli("intake", "a pint of milk", "--locale", "xx-YY")
    assert result.exit_code == 2
    assert result.stderr.strip().startswith("Error: unknown locale")


def test_intake_meals_and_sources_json(cli: Cli) -> None:
    text = "Porridge for breakfast at 7. Spinach and salmon for dinner."
    result = cli("intake", text, "--sources", "magnesium", "--json")
    assert result.exit_code == 0, result.stderr
    doc = json.loads(result.stdout)
    assert [(i["text"], i["meal"], i["time"]) for i in doc["items"]] == [
        ("Porridge", "breakfast", "7"),
        ("Spinach", "dinner", None),
        ("salmon", "dinner", None),
    ]
    rows = doc["sources"]["magnesium_mg"]["sources"]
    by_text = {i["text"]: i["nutrients"]["magnesium_mg"] for i in doc["items"]}
    assert [row["amount"] for row in rows] == sorted(by_text.values(), reverse=True)


def test_intake_sources_table_and_bad_nutrient(cli: Cli) -> None:
    result = cli("intake", "a banana for lunch", "--sources", "potassium")
    assert result.exit_code == 0, result.stderr
    assert "Where your potassium came from" in result.stdout
    assert "lunch" in result.stdout
    bad = cli("intake", "a banana", "--sources", "unobtainium")
    assert bad.exit_code == 2
    assert bad.stderr.startswith("Error: no nutrient is called")
