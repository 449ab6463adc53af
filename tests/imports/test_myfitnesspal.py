"""MyFitnessPal nutrition export: BOM, CRLF, meal totals, % Daily Value columns left unknown."""

from __future__ import annotations

import io
from datetime import datetime, timedelta, timezone

import pytest

from crampcheck.errors import InputError
from crampcheck.imports import myfitnesspal
from crampcheck.imports.records import ParsedImport
from tests.imports.conftest import MYFITNESSPAL

ZONE = timezone(timedelta(hours=-5))


def _parse(data: bytes) -> ParsedImport:
    return myfitnesspal.parse(io.BytesIO(data), ZONE)


def test_fixture_has_a_bom() -> None:
    assert MYFITNESSPAL.read_bytes().startswith(b"\xef\xbb\xbfDate,Meal")


def test_fixture_values() -> None:
    parsed = _parse(MYFITNESSPAL.read_bytes())
    assert parsed.read == 4
    breakfast, lunch, dinner, snacks = parsed.foods
    assert breakfast.name == "Breakfast (MyFitnessPal meal total)"
    assert breakfast.at == datetime(2026, 3, 14, 8, 10, tzinfo=ZONE)
    assert lunch.at == datetime(2026, 3, 14, 12, 30, tzinfo=ZONE)  # no time: usual lunch time
    assert snacks.at == datetime(2026, 3, 15, 15, 0, tzinfo=ZONE)
    (part,) = dinner.parts
    assert part.nutrients == {
        "energy_kcal": 720.0,
        "fat_g": 28.5,
        "sodium_mg": 980.0,
        "potassium_mg": 1105.0,
        "carbohydrate_g": 70.0,
        "fiber_g": 8.0,
        "sugars_g": 12.0,
        "protein_g": 45.0,
    }
    assert "calcium_mg" not in (dinner.known or ())  # % Daily Value: unknown, not converted
    assert parsed.notes == (
        "Not converted (% Daily Value in MyFitnessPal exports): Vitamin A, Vitamin C, Calcium, "
        "Iron.",
    )


def test_calcium_in_mg_is_used() -> None:
    data = MYFITNESSPAL.read_bytes().replace(b",Calcium,", b",Calcium (mg),", 1)
    breakfast = _parse(data).foods[0]
    assert breakfast.parts[0].nutrients["calcium_mg"] == 20.0


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        (b"380.0", b"-380", "not an amount"),
        (b"380.0", b"nan", "not an amount"),
        (b"380.0", b"Infinity", "not an amount"),
        (b"2026-03-15", b"yesterday", "not a date"),
        (b"8:10 AM", b"breakfast time", "not a time of day"),
    ],
)
def test_bad_cells(old: bytes, new: bytes, message: str) -> None:
    with pytest.raises(InputError, match=message):
        _parse(MYFITNESSPAL.read_bytes().replace(old, new, 1))


def test_truncated() -> None:
    data = MYFITNESSPAL.read_bytes()
    with pytest.raises(InputError, match="cut short"):
        _parse(data[: data.index(b"2026-03-14,Dinner") + 40])


def test_recognised_by_content() -> None:
    head = MYFITNESSPAL.read_bytes()[:4096].decode("utf-8")
    assert myfitnesspal.looks_like(head)
    assert not myfitnesspal.looks_like("Date,Amount,Payee\n")
