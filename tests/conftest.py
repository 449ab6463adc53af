"""Shared fixtures."""

from __future__ import annotations

import io
import os
import sqlite3
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from crampcheck.data import food_db_path


@pytest.fixture(autouse=True)
def clean_environ(monkeypatch: pytest.MonkeyPatch) -> None:
    """No CRAMPCHECK_* setting from the developer's shell leaks into a test."""
    for name in list(os.environ):
        if name.startswith("CRAMPCHECK_") and not name.startswith("CRAMPCHECK_TEST_"):
            monkeypatch.delenv(name)


@pytest.fixture(scope="session")
def food_sql() -> Iterator[sqlite3.Connection]:
    """A direct read-only connection to the bundled food database, for computing by hand."""
    db = sqlite3.connect(f"file:{food_db_path()}?mode=ro", uri=True)
    yield db
    db.close()


def per_100g(db: sqlite3.Connection, food_id: str, key: str) -> float | None:
    """The stored amount of ``key`` per 100 g of ``food_id`` (None when there is no row)."""
    row = db.execute(
        "SELECT fn.amount FROM food_nutrients fn JOIN foods f ON f.id = fn.food"
        " JOIN nutrients n ON n.id = fn.nutrient WHERE f.food_id = ? AND n.key = ?",
        (food_id, key),
    ).fetchone()
    return None if row is None else float(row[0])


@dataclass
class CliResult:
    exit_code: int
    stdout: str
    stderr: str


@pytest.fixture
def cli(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> Callable[..., CliResult]:
    """Run ``crampcheck`` in-process through ``main()`` (the real error handling)."""
    from crampcheck.cli import main

    def run(*args: str, stdin: str = "") -> CliResult:
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        code = 0
        try:
            main(list(args))
        except SystemExit as exit_:
            code = exit_.code if isinstance(exit_.code, int) else 1
        captured = capsys.readouterr()
        return CliResult(code, captured.out, captured.err)

    return run


ROOT = Path(__file__).resolve().parent.parent

CONTRACT_KEYS = frozenset(
    {
        "energy_kcal",
        "water_g",
        "magnesium_mg",
        "potassium_mg",
        "calcium_mg",
        "sodium_mg",
        "vitamin_d_ug",
        "thiamin_mg",
        "vitamin_b12_ug",
        "vitamin_k_ug",
        "vitamin_e_mg",
        "iron_mg",
        "zinc_mg",
        "phosphorus_mg",
    }
)
"""The nutrient keys contract.md §1 fixes (written out, not derived from the code)."""
