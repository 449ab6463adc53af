"""The CLI boundary under hypothesis (fixed seed): every entry point keeps the contract.

A few hundred examples per entry point so CI stays fast; ``benchmarks/bench_cli_fuzz.py`` runs
the same strategies and checks for far longer and prints the failures by kind.
"""

from __future__ import annotations

import sqlite3

import pytest
from hypothesis import HealthCheck, given, seed, settings
from hypothesis import strategies as st

from tests.cli import cli_fuzz as fz

EXAMPLES = {
    "intake": 120,
    "intake --batch": 80,
    "assess": 120,
    "assess --batch": 80,
    "suggest": 50,
    "foods top": 80,
    "foods search": 120,
    "log food": 120,
    "import": 150,
}
DEFAULT_EXAMPLES = 200


@pytest.fixture(scope="module")
def fuzz_db(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, str]:
    folder = tmp_path_factory.mktemp("fuzz")
    url = f"sqlite:///{folder / 'diary.db'}"
    fz.seed_database(url)
    return url, str(folder)


@pytest.mark.parametrize("name", [entry.name for entry in fz.ENTRY_POINTS])
def test_cli_boundary_keeps_the_contract(
    name: str, fuzz_db: tuple[str, str], food_sql: sqlite3.Connection
) -> None:
    entry = fz.BY_NAME[name]
    url, workdir = fuzz_db
    lookup = fz.per_100g_lookup(food_sql)

    @seed(15)
    @settings(
        max_examples=EXAMPLES.get(name, DEFAULT_EXAMPLES),
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    @given(data=st.data())
    def run(data: st.DataObject) -> None:
        args, stdin = data.draw(fz.invocation(entry))
        fz.fuzz_once(entry, args, stdin, url, workdir, lookup)

    run()


def test_contract_checker_can_fail() -> None:
    entry = fz.BY_NAME["intake"]
    with pytest.raises(fz.ContractError, match="exit_1"):
        fz.check_contract(entry, ["intake"], "", fz.Outcome(1, "", "Error: boom\n"))
    with pytest.raises(fz.ContractError, match="error_lines"):
        fz.check_contract(entry, ["intake"], "", fz.Outcome(2, "", "Usage: x\nError: y\n"))
    with pytest.raises(fz.ContractError, match="not_json"):
        fz.check_contract(entry, ["intake", "--json"], "", fz.Outcome(0, '{"a": NaN}', ""))
    batch = fz.BY_NAME["intake --batch"]
    with pytest.raises(fz.ContractError, match="batch_lines"):
        fz.check_contract(batch, ["intake", "--batch"], "a\nb\n", fz.Outcome(0, "{}\n", ""))


def test_nutrient_invariant_can_fail(food_sql: sqlite3.Connection) -> None:
    lookup = fz.per_100g_lookup(food_sql)
    item = {"food_id": "09040", "grams": 0.00001, "nutrients": {"magnesium_mg": 31.86}}
    document = {"profiles": [{"food": [{"items": [item]}]}]}
    with pytest.raises(fz.ContractError, match="nutrients"):
        fz.check_nutrients(document, lookup)
