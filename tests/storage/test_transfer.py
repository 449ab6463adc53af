"""Export → import → export gives the same document on both engines (and across engines)."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

from crampcheck.core.diary import CrampEpisode, LabResult, MedicationEntry
from crampcheck.services import diary, transfer
from crampcheck.services.intake import analyze_intake
from crampcheck.storage.store import DiaryStore, open_store

NOW = datetime(2026, 3, 20, 12, tzinfo=UTC)
PLUS2 = timezone(timedelta(hours=2))


def _fill(store: DiaryStore) -> None:
    ann = diary.add_profile(store, "ann", 58, "female")
    cat = diary.add_profile(store, "cat", 31, "female", pregnant=True)
    at = datetime(2026, 3, 14, 3, 15, tzinfo=PLUS2)
    diary.log_food(store, ann, "a banana and milk, a zorblax", at, NOW, analyze_intake)
    diary.log_fluid(store, cat, "2 cups tea", at - timedelta(hours=30), NOW)
    diary.log_cramp(store, ann, CrampEpisode(0, at, 7, 2, 3.5, 6, "calf", "", "ow"), NOW)
    diary.log_cramp(store, cat, CrampEpisode(0, at.astimezone(UTC), 3), NOW)
    diary.log_medication(
        store, ann, MedicationEntry(0, "statin", date(2025, 1, 1), date(2026, 1, 1)), NOW
    )
    diary.log_lab(store, cat, LabResult(0, date(2026, 3, 1), "ferritin", 12, "µg/L"), NOW)
    diary.log_weight(store, ann, 71.25, at, NOW)


def test_round_trip(store: DiaryStore, tmp_path: Path) -> None:
    _fill(store)
    exported = transfer.to_json(transfer.export_document(store))
    cramp = json.loads(exported)["profiles"][0]["cramps"][0]
    assert cramp["at"] == "2026-03-14T03:15:00+02:00"
    for text in (exported, transfer.to_csv(transfer.parse_export(exported))):
        copy = open_store(f"sqlite:///{tmp_path / f'{len(text)}.db'}")
        transfer.import_document(copy, transfer.parse_export(text), NOW)
        assert transfer.to_json(transfer.export_document(copy)) == exported
        copy.close()


def test_import_into_each_engine(store: DiaryStore, tmp_path: Path) -> None:
    source = open_store(f"sqlite:///{tmp_path / 'source.db'}")
    _fill(source)
    exported = transfer.to_json(transfer.export_document(source))
    source.close()
    seen: list[int] = []
    count = transfer.import_document(
        store, transfer.parse_export(exported), NOW, lambda done, total: seen.append(done)
    )
    assert count == 7
    assert seen[-1] == 7
    assert transfer.to_json(transfer.export_document(store)) == exported
