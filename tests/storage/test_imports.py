"""Imports from other apps on both engines: all-or-nothing, idempotent, counted with provenance."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy import func, select

from crampcheck.core.nutrients import Nutrient
from crampcheck.errors import InputError
from crampcheck.services import diary, imports, transfer
from crampcheck.services.intake import analyze_intake
from crampcheck.services.report import build_report_data
from crampcheck.storage import tables as t
from crampcheck.storage.store import DiaryStore
from tests.imports.apple_health_gen import write_file
from tests.imports.conftest import (
    APPLE_HEALTH,
    CRONOMETER,
    FHIR_BUNDLE,
    FHIR_OBSERVATION,
    MYFITNESSPAL,
)

NOW = datetime(2026, 3, 20, 12, tzinfo=UTC)
ZONE = timezone(timedelta(hours=1))
EXPECTED = {  # file → (format, food entries, drinks, labs)
    CRONOMETER: ("cronometer", 5, 0, 0),
    MYFITNESSPAL: ("myfitnesspal", 4, 0, 0),
    APPLE_HEALTH: ("apple_health", 2, 2, 0),
    FHIR_BUNDLE: ("fhir", 0, 0, 8),
    FHIR_OBSERVATION: ("fhir", 0, 0, 1),
}


def _import(store: DiaryStore, data: bytes) -> imports.ImportSummary:
    record = diary.resolve_profile(store, None)
    summary = imports.import_stream(store, record, io.BytesIO(data), NOW, ZONE)
    assert summary is not None
    return summary


def _counts(store: DiaryStore) -> tuple[int, int, int, int]:
    with store.engine.connect() as connection:
        return tuple(  # type: ignore[return-value]
            connection.execute(select(func.count()).select_from(table)).scalar_one()
            for table in (t.food_entries, t.fluid_entries, t.lab_results, t.import_keys)
        )


@pytest.mark.parametrize("path", list(EXPECTED), ids=lambda p: p.name)
def test_import_twice_adds_nothing(store: DiaryStore, path: Path) -> None:
    diary.add_profile(store, "ann", 58, "female")
    kind, food, fluids, labs = EXPECTED[path]
    first = _import(store, path.read_bytes())
    assert (first.format, first.food, first.fluids, first.labs) == (kind, food, fluids, labs)
    assert first.already_imported == 0
    after_first = _counts(store)
    assert after_first[:3] == (food, fluids, labs)
    second = _import(store, path.read_bytes())
    assert (second.food, second.fluids, second.labs) == (0, 0, 0)
    assert second.already_imported == after_first[3] > 0
    assert second.skipped == first.skipped
    assert _counts(store) == after_first


def test_a_longer_export_adds_only_what_is_new(store: DiaryStore) -> None:
    diary.add_profile(store, "ann", 58, "female")
    data = CRONOMETER.read_bytes()
    lines = data.split(b"\n")
    _import(store, b"\n".join(lines[:3]) + b"\n")  # header + 2 rows
    summary = _import(store, data)
    assert (summary.food, summary.already_imported) == (3, 2)
    assert _counts(store)[0] == 5


def test_each_profile_imports_its_own_copy(store: DiaryStore) -> None:
    ann = diary.add_profile(store, "ann", 58, "female")
    bob = diary.add_profile(store, "bob", 70, "male")
    for record in (ann, bob):
        got = imports.import_stream(store, record, io.BytesIO(FHIR_BUNDLE.read_bytes()), NOW)
        assert got is not None
        assert got.labs == 8
    assert ann.id is not None
    assert bob.id is not None
    assert len(store.list_labs(ann.id)) == len(store.list_labs(bob.id)) == 8


def test_all_or_nothing(store: DiaryStore) -> None:
    diary.add_profile(store, "ann", 58, "female")
    data = CRONOMETER.read_bytes().replace(b"2026-03-15,9:00 AM", b"2026-04-15,9:00 AM")
    with pytest.raises(InputError, match=r"Cheddar.*is in the future.*; nothing was imported"):
        _import(store, data)
    assert _counts(store) == (0, 0, 0, 0)
    # the file fixed, everything goes in
    assert _import(store, CRONOMETER.read_bytes()).food == 5


def test_food_keeps_source_values_and_provenance(store: DiaryStore) -> None:
    ann = diary.add_profile(store, "ann", 58, "female")
    _import(store, CRONOMETER.read_bytes())
    _import(store, APPLE_HEALTH.read_bytes())
    assert ann.id is not None
    entries = store.list_food(ann.id)
    orange = next(e for e in entries if e.items[0].name == "Orange, Raw")
    (item,) = orange.items
    assert item.source == "cronometer"
    assert item.grams is None
    assert item.food_id is None
    assert item.nutrients["magnesium_mg"] == pytest.approx(26.2)
    assert item.nutrients["vitamin_d_ug"] is None  # blank in the file: unknown, stored as null
    assert orange.text == 'Orange, Raw, 2.00 medium (2-2/3" dia)'
    sources = imports.food_sources(store, ann, date(2026, 3, 14), date(2026, 3, 15))
    assert sources == [
        ("Apple Health (Lose It!)", 1),
        ("Apple Health (MyFitnessPal)", 1),
        ("Cronometer", 5),
    ]
    # the export carries the source and round-trips
    exported = transfer.to_json(transfer.export_document(store))
    assert '"source": "cronometer"' in exported
    assert transfer.to_json(transfer.parse_export(exported)) == exported


def test_trends_and_report_count_imported_food(store: DiaryStore) -> None:
    ann = diary.add_profile(store, "ann", 58, "female")
    diary.log_food(
        store, ann, "a banana", datetime(2026, 3, 15, 20, tzinfo=ZONE), NOW, analyze_intake
    )
    banana_mg = analyze_intake("a banana").totals[Nutrient.MAGNESIUM_MG]
    assert banana_mg is not None
    _import(store, CRONOMETER.read_bytes())
    report = diary.trends(store, ann, date(2026, 3, 14), date(2026, 3, 15), NOW.date(), {})
    magnesium = next(a for a in report.averages if a.nutrient == "magnesium_mg")
    cronometer_mg = 63.2 + 63.7 + 26.2 + 53.4 + 7.8
    assert magnesium.mean == pytest.approx((cronometer_mg + banana_mg) / 2)
    vitamin_d = next(a for a in report.averages if a.nutrient == "vitamin_d_ug")
    assert vitamin_d.days_known == 2
    data = build_report_data(
        store, "ann", date(2026, 3, 14), date(2026, 3, 15), NOW, charts=False, suggest_foods=None
    )
    assert "Food entries by source: crampcheck 1, Cronometer 5." in data.intake_note
    assert any("Cronometer" in line and "not zero" in line for line in data.sources)
    row = next(r for r in data.intake if r.key == "magnesium_mg")
    assert row.mean == pytest.approx((cronometer_mg + banana_mg) / 2)


def test_large_apple_health_export(store: DiaryStore, tmp_path: Path) -> None:
    diary.add_profile(store, "ann", 58, "female")
    path = tmp_path / "export.xml"
    written = write_file(path, 3_000_000)
    with path.open("rb") as stream:
        record = diary.resolve_profile(store, None)
        summary = imports.import_stream(store, record, stream, datetime(2026, 3, 20, tzinfo=UTC))
    assert summary is not None
    assert (summary.food, summary.fluids) == (written.meals, written.drinks)
    assert summary.read == written.meals * 3 + written.drinks + written.other


def test_long_app_names_fit_on_every_engine(store: DiaryStore) -> None:
    ann = diary.add_profile(store, "ann", 58, "female")
    data = APPLE_HEALTH.read_bytes().replace(
        b'sourceName="Lose It!"', b'sourceName="' + b"L" * 300 + b'"'
    )
    assert _import(store, data).food == 2
    assert ann.id is not None
    sources = {item.source for entry in store.list_food(ann.id) for item in entry.items}
    assert sources == {"apple_health:" + "L" * 40, "apple_health:MyFitnessPal"}
