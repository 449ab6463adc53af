"""Apple Health export.xml: streamed, dietary samples grouped, water as drinks, others counted."""

from __future__ import annotations

import io
from datetime import UTC, datetime, timedelta

import pytest

from crampcheck.errors import InputError
from crampcheck.imports import apple_health
from tests.imports.apple_health_gen import write_export
from tests.imports.conftest import APPLE_HEALTH


def test_fixture() -> None:
    parsed = apple_health.parse(io.BytesIO(APPLE_HEALTH.read_bytes()))
    assert parsed.read == 15
    porridge, dinner = parsed.foods
    assert porridge.name == "Porridge with milk"
    assert porridge.source == "apple_health:Lose It!"
    assert porridge.at == datetime(2026, 3, 14, 8, 0, tzinfo=UTC)
    merged = {k: v for part in porridge.parts for k, v in part.nutrients.items()}
    assert merged == {
        "energy_kcal": 310.0,
        "magnesium_mg": 96.5,
        "potassium_mg": 480.0,
        "vitamin_d_ug": 1.2,
        "protein_g": 12.4,
    }
    assert dinner.source == "apple_health:MyFitnessPal"
    assert dinner.at.utcoffset() == timedelta(hours=1)
    # the two samples listed again inside the food correlation are not counted twice
    assert [dict(p.nutrients) for p in dinner.parts] == [
        {"calcium_mg": 350.0},
        {"sodium_mg": 1200.0},
    ]
    assert [round(f.millilitres, 1) for f in parsed.fluids] == [500.0, 354.9]  # 12 US fl oz
    reasons = {s.reason: s.count for s in parsed.skipped}
    assert reasons == {
        "not food or drink (StepCount)": 1,
        "not food or drink (HeartRate)": 1,
        "not food or drink (BodyMass)": 1,
        "nutrient crampcheck does not track (Biotin)": 1,
        "the same sample listed twice (inside a food correlation)": 2,
    }


def test_generated_export_totals() -> None:
    buffer = io.BytesIO()
    written = write_export(buffer, 1_000_000)
    buffer.seek(0)
    parsed = apple_health.parse(buffer)
    assert len(parsed.foods) == written.meals
    assert len(parsed.fluids) == written.drinks
    total = sum(p.nutrients.get("magnesium_mg", 0.0) for f in parsed.foods for p in f.parts)
    assert total == pytest.approx(written.totals["Magnesium"])
    assert sum(s.count for s in parsed.skipped) == written.other


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (APPLE_HEALTH.read_bytes()[:-300], "damaged or cut short"),
        (b'<?xml version="1.0"?>\n<Other/>', "not HealthData"),
        (
            APPLE_HEALTH.read_bytes().replace(b'value="96.5"', b'value="96.5', 1),
            "damaged or cut short",
        ),
        (
            APPLE_HEALTH.read_bytes().replace(
                b'startDate="2026-03-14 08:00:00 +0000"', b'startDate="soon"', 1
            ),
            "not a time",
        ),
    ],
    ids=["truncated", "other-root", "broken-attribute", "bad-time"],
)
def test_bad_files(data: bytes, message: str) -> None:
    with pytest.raises(InputError, match=message):
        apple_health.parse(io.BytesIO(data))


def test_entities_refused() -> None:
    head = '<?xml version="1.0"?><!DOCTYPE HealthData [<!ENTITY a "aaaa">]><HealthData>&a;'
    assert apple_health.looks_like(head)
    with pytest.raises(InputError, match="entities"):
        apple_health.check_prolog(head)
    apple_health.check_prolog(APPLE_HEALTH.read_text(encoding="utf-8"))
