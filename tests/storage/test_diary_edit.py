"""Edit, delete, undo and the day view for every entry kind, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any

import pytest

from crampcheck.core import diary as d
from crampcheck.errors import InputError, NotFoundError
from crampcheck.services import diary, diary_edit, transfer
from crampcheck.storage.store import DiaryStore

NOW = datetime(2026, 3, 20, 12, tzinfo=UTC)
PLUS2 = timezone(timedelta(hours=2))
AT = datetime(2026, 3, 14, 8, 0, tzinfo=PLUS2)
DAY = date(2026, 3, 14)


@pytest.fixture(scope="module")
def analyze() -> Any:
    return diary.default_analyzer()


@pytest.fixture
def ann(store: DiaryStore) -> d.ProfileRecord:
    return diary.add_profile(store, "Ann", 58, "female")


def _log_all(store: DiaryStore, ann: d.ProfileRecord, analyze: Any) -> dict[str, d.DiaryEntry]:
    return {
        "food": diary.log_food(store, ann, "a banana and a glass of milk", AT, NOW, analyze),
        "fluids": diary.log_fluid(store, ann, "500 ml tea", AT + timedelta(hours=2), NOW),
        "cramps": diary.log_cramp(
            store, ann, d.CrampEpisode(0, AT - timedelta(hours=5), 7, duration_min=3), NOW
        ),
        "medications": diary.log_medication(
            store, ann, d.MedicationEntry(0, "furosemide 40 mg", DAY), NOW
        ),
        "labs": diary.log_lab(store, ann, d.LabResult(0, DAY, "magnesium", 0.7, "mmol/L"), NOW),
        "weights": diary.log_weight(store, ann, 71.5, AT + timedelta(hours=4), NOW),
    }


EDITS: list[tuple[str, dict[str, Any], str, Any]] = [
    ("fluids", {"amount": "2 mugs of coffee"}, "millilitres", 500.0),
    ("cramps", {"severity": 4, "location": "right calf"}, "severity", 4),
    ("medications", {"name": "furosemide 20 mg"}, "name", "furosemide 20 mg"),
    ("labs", {"value": 0.8}, "value", 0.8),
    ("weights", {"kg": 70.0}, "kg", 70.0),
]


@pytest.mark.parametrize(("kind", "changes", "field", "expected"), EDITS)
def test_edit_every_kind(
    store: DiaryStore,
    ann: d.ProfileRecord,
    analyze: Any,
    kind: d.EntryKind,
    changes: dict[str, Any],
    field: str,
    expected: Any,
) -> None:
    entry = _log_all(store, ann, analyze)[kind]
    assert entry.id is not None
    assert entry.uid
    changed = diary_edit.edit_entry(store, ann, kind, entry.id, changes, NOW)
    assert getattr(changed, field) == expected
    assert store.get_entry(kind, entry.id) == changed
    assert changed.uid == entry.uid  # the stable id survives an edit


def test_edit_food_text_reads_it_again(
    store: DiaryStore, ann: d.ProfileRecord, analyze: Any
) -> None:
    food = _log_all(store, ann, analyze)["food"]
    assert food.id is not None
    changed = diary_edit.edit_entry(
        store, ann, "food", food.id, {"text": "two kiwis"}, NOW, analyze
    )
    assert isinstance(changed, d.FoodEntry)
    assert [item.name for item in changed.items] == ["Kiwifruit, green, raw"]
    assert changed.items[0].grams == pytest.approx(2 * 75)  # FNDDS: 1 kiwi fruit is 75 g
    totals = store.list_food_totals(diary._id(ann))
    assert totals[0][1]["magnesium_mg"] == pytest.approx(
        sum(item.nutrients["magnesium_mg"] or 0 for item in changed.items)
    )


@pytest.mark.parametrize(
    ("kind", "changes", "message"),
    [
        ("cramps", {"kg": 3}, "has no field 'kg'"),
        ("cramps", {"severity": 11}, "0 to 10"),
        ("weights", {"kg": 5}, "not plausible"),
        ("labs", {"name": "  "}, "empty"),
        ("fluids", {}, "nothing to change"),
        ("medications", {"stopped": date(2026, 1, 1)}, "before start"),
    ],
)
def test_bad_edits_are_refused_and_change_nothing(
    store: DiaryStore,
    ann: d.ProfileRecord,
    analyze: Any,
    kind: d.EntryKind,
    changes: dict[str, Any],
    message: str,
) -> None:
    entry = _log_all(store, ann, analyze)[kind]
    assert entry.id is not None
    with pytest.raises(InputError, match=message):
        diary_edit.edit_entry(store, ann, kind, entry.id, changes, NOW)
    assert store.get_entry(kind, entry.id) == entry


@pytest.mark.parametrize("kind", list(d.ENTRY_TYPES))
def test_delete_and_undo_every_kind(
    store: DiaryStore, ann: d.ProfileRecord, analyze: Any, kind: d.EntryKind
) -> None:
    entry = _log_all(store, ann, analyze)[kind]
    assert entry.id is not None
    before = transfer.to_json(transfer.export_document(store))
    gone = diary_edit.delete_entry(store, ann, kind, entry.id)
    assert gone == entry
    with pytest.raises(NotFoundError):
        store.get_entry(kind, entry.id)
    assert diary_edit.day_view(store, ann, DAY).last_deleted is not None
    restored = diary_edit.undo_delete(store, ann)
    assert restored.uid == entry.uid
    assert transfer.to_json(transfer.export_document(store)) == before
    with pytest.raises(InputError, match="nothing to undo"):
        diary_edit.undo_delete(store, ann)


def test_another_profiles_entry_is_not_found(
    store: DiaryStore, ann: d.ProfileRecord, analyze: Any
) -> None:
    bob = diary.add_profile(store, "bob", 60, "male")
    cramp = _log_all(store, ann, analyze)["cramps"]
    assert cramp.id is not None
    with pytest.raises(NotFoundError):
        diary_edit.delete_entry(store, bob, "cramps", cramp.id)
    with pytest.raises(NotFoundError):
        diary_edit.edit_entry(store, bob, "cramps", cramp.id, {"severity": 1}, NOW)
    assert store.get_entry("cramps", cramp.id) == cramp


def test_day_view_lists_every_kind_in_time_order(
    store: DiaryStore, ann: d.ProfileRecord, analyze: Any
) -> None:
    logged = _log_all(store, ann, analyze)
    view = diary_edit.day_view(store, ann, DAY)
    assert [item.kind for item in view.items] == [
        "labs",
        "medications",
        "cramps",
        "food",
        "fluids",
        "weights",
    ]
    assert {item.kind: item.entry for item in view.items} == logged
    assert view.items[2].text == "Cramp: severity 7/10, 3 min"
    assert diary_edit.day_view(store, ann, DAY + timedelta(days=1)).items[1:] == ()


def test_profiles_edit_delete_and_ignore_case(store: DiaryStore, ann: d.ProfileRecord) -> None:
    assert diary.resolve_profile(store, "ANN") == ann
    with pytest.raises(InputError, match="'Ann' already exists"):
        diary.add_profile(store, "ann", 40, "female")
    today = date(2026, 3, 20)
    older = diary_edit.edit_profile(store, ann, {"birth_year": 1956}, today)
    assert older.profile.age_years == 69  # before 1 July of 2026
    assert d.profile_on(older, date(2026, 8, 1)).profile.age_years == 70
    renamed = diary_edit.edit_profile(store, older, {"name": "Annie"}, today)
    assert diary.resolve_profile(store, None).name == "Annie"
    with pytest.raises(InputError, match="not plausible"):
        diary_edit.edit_profile(store, renamed, {"pregnant": True}, today)
    diary_edit.delete_profile(store, renamed)
    assert store.list_profiles() == []


def test_pregnancy_ends_at_its_due_date(store: DiaryStore) -> None:
    today = date(2026, 3, 20)
    cat = diary.add_profile(
        store,
        "cat",
        31,
        "female",
        born=diary.Dates(today, day=date(1994, 5, 2), due=date(2026, 6, 1)),
    )
    assert cat.profile.pregnant
    assert cat.profile.age_years == 31
    assert d.profile_on(cat, date(2026, 6, 2)).profile.pregnant is False
    with pytest.raises(InputError, match="42 weeks"):
        diary_edit.edit_profile(store, cat, {"due_date": date(2027, 3, 1)}, today)


def test_importing_the_same_file_twice_changes_nothing(
    store: DiaryStore, ann: d.ProfileRecord, analyze: Any
) -> None:
    _log_all(store, ann, analyze)
    exported = transfer.to_json(transfer.export_document(store))
    for text in (exported, transfer.to_csv(transfer.parse_export(exported))):
        summary = transfer.import_records(store, transfer.parse_export(text), NOW)
        assert (summary.added, summary.unchanged, summary.conflicts) == (0, 6, ())
        assert transfer.to_json(transfer.export_document(store)) == exported


def test_a_conflicting_record_is_reported_not_duplicated(
    store: DiaryStore, ann: d.ProfileRecord, analyze: Any
) -> None:
    cramp = _log_all(store, ann, analyze)["cramps"]
    exported = transfer.export_document(store)
    assert cramp.id is not None
    diary_edit.edit_entry(store, ann, "cramps", cramp.id, {"severity": 2}, NOW)
    summary = transfer.import_records(store, exported, NOW)
    assert summary.added == 0
    assert summary.unchanged == 5
    assert len(summary.conflicts) == 1
    assert cramp.uid in summary.conflicts[0]
    assert [c.severity for c in store.list_cramps(diary._id(ann))] == [2]


def test_an_export_without_uids_is_matched_by_content(
    store: DiaryStore, ann: d.ProfileRecord, analyze: Any
) -> None:
    _log_all(store, ann, analyze)
    document = transfer.export_document(store).model_dump(mode="json")
    for profile in document["profiles"]:
        for section in transfer.SECTIONS:
            for entry in profile[section]:
                del entry["uid"]
    old = transfer.DiaryDocument.model_validate(document)
    assert transfer.import_records(store, old, NOW).unchanged == 6
    assert len(store.list_cramps(diary._id(ann))) == 1


def test_unrecognised_food_is_stored_once(
    store: DiaryStore, ann: d.ProfileRecord, analyze: Any
) -> None:
    text = "a banana, some xqzvt, a glass of milk and zzyzx"
    entry = diary.log_food(store, ann, text, AT, NOW, analyze)
    assert [item.text for item in entry.items if item.food_id is None] == ["some xqzvt", "zzyzx"]
    assert len(entry.items) == 4


def test_a_medicine_course_is_one_record_with_its_history(
    store: DiaryStore, ann: d.ProfileRecord
) -> None:
    def log(
        name: str,
        started: date | None = None,
        stopped: date | None = None,
        changed: date | None = None,
    ) -> d.MedicationEntry:
        entry = d.MedicationEntry(0, name, started, stopped)
        return diary.log_medication(store, ann, entry, NOW, changed)

    log("omeprazole 20 mg", started=date(2025, 11, 1))
    log("Omeprazole 40mg", changed=date(2026, 1, 5))
    course = log("omeprazole 20mg", stopped=date(2026, 3, 1))
    assert store.list_medications(diary._id(ann)) == [course]
    assert (course.name, course.started, course.stopped) == (
        "Omeprazole 40mg",
        date(2025, 11, 1),
        date(2026, 3, 1),
    )
    assert [(c.on, c.change) for c in course.history] == [
        (date(2025, 11, 1), "started"),
        (date(2026, 1, 5), "dose"),
        (date(2026, 3, 1), "stopped"),
    ]
    again = log("omeprazole 20 mg", started=date(2026, 3, 10))
    assert len(store.list_medications(diary._id(ann))) == 2
    assert again.stopped is None
