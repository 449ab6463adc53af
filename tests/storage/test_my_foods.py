"""My foods and choices in storage (SQLite and PostgreSQL), per profile, exported and imported."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from crampcheck.core.diary import ProfileRecord
from crampcheck.core.models import make_profile
from crampcheck.core.nutrients import Nutrient
from crampcheck.errors import InputError, NotFoundError
from crampcheck.services import diary
from crampcheck.services import my_foods as mf
from crampcheck.services.transfer import export_document, import_records, parse_export, to_json
from crampcheck.storage.store import DiaryStore, open_store

NOW = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)


def _people(store: DiaryStore) -> tuple[ProfileRecord, ProfileRecord]:
    ann = store.add_profile(ProfileRecord("Ann", make_profile(40, "female")))
    bob = store.add_profile(ProfileRecord("Bob", make_profile(50, "male")))
    return ann, bob


def test_foods_are_kept_listed_and_removed_per_profile(store: DiaryStore) -> None:
    ann, bob = _people(store)
    mf.add_label_food(store, ann, "Protein bar", {"magnesium_mg": 64}, serving_grams=60)
    assert [f.name for f in mf.list_foods(store, ann)] == ["Protein bar"]
    assert mf.list_foods(store, bob) == []
    with pytest.raises(InputError, match="already have"):
        mf.add_label_food(store, ann, "protein  BAR", {"magnesium_mg": 1})
    assert mf.remove(store, ann, "protein bar") == "food"
    with pytest.raises(NotFoundError):
        mf.remove(store, ann, "protein bar")


def test_a_recipe_from_diary_text_is_stored_and_used_by_name(store: DiaryStore) -> None:
    ann, _ = _people(store)
    text = "porridge with semi-skimmed milk and a banana"
    mf.add_recipe(store, ann, "my usual breakfast", text, diary.default_analyzer())
    analyze = mf.profile_analyzer(store, ann)
    parts, eaten = analyze(text, None), analyze("my usual breakfast", None)
    assert eaten.items[0].source == "your food"
    assert eaten.totals[Nutrient.MAGNESIUM_MG] == pytest.approx(
        parts.totals[Nutrient.MAGNESIUM_MG], rel=1e-6
    )


def test_a_recipe_with_a_part_not_understood_is_refused(store: DiaryStore) -> None:
    ann, _ = _people(store)
    with pytest.raises(InputError, match="not understood"):
        mf.add_recipe(store, ann, "mystery", "2 eggs and a zzqxv", diary.default_analyzer())
    assert mf.list_foods(store, ann) == []


def test_a_correction_changes_only_its_profile(store: DiaryStore) -> None:
    ann, bob = _people(store)
    for person in (ann, bob):
        diary.log_food(store, person, "2 nanas", NOW, NOW, mf.profile_analyzer(store, person))
    bob_before = mf.profile_analyzer(store, bob)("3 nanas", None)
    ann_entry = diary.show_diary(store, ann, None, None).food[0]
    mf.fix_and_remember(store, ann_entry.id or 0, 1, grams=236, food_id="09040")
    ann_after = mf.profile_analyzer(store, ann)("3 nanas", None)
    bob_after = mf.profile_analyzer(store, bob)("3 nanas", None)
    assert ann_after.items[0].food_id == "09040"
    assert (ann_after.items[0].source or "").startswith("your choice")
    assert bob_after.items == bob_before.items
    assert [c.food_id for c in mf.list_choices(store, ann)] == ["09040"]
    assert mf.list_choices(store, bob) == []
    assert mf.remove(store, ann, "nanas") == "choice"
    assert mf.profile_analyzer(store, ann)("3 nanas", None).items == bob_before.items


def test_export_and_import_carry_foods_and_choices(store: DiaryStore, tmp_path: object) -> None:
    ann, _ = _people(store)
    mf.add_label_food(store, ann, "oat drink", {"calcium_mg": 120}, favourite=True)
    mf.remember_choice(store, ann.id or 0, "2 nanas", "09040", "Bananas, raw")
    document = export_document(store)
    text = to_json(document)
    other = open_store(f"sqlite:///{tmp_path}/other.db")
    try:
        summary = import_records(other, parse_export(text), NOW)
        assert summary.added >= 2
        again = import_records(other, parse_export(text), NOW)
        assert again.added == 0
        assert to_json(export_document(other)) == text
        imported = other.find_profile("Ann")
        assert imported is not None
        assert [f.favourite for f in mf.list_foods(other, imported)] == [True]
    finally:
        other.close()


def test_deleting_a_profile_forgets_its_foods(store: DiaryStore) -> None:
    ann, _ = _people(store)
    mf.add_label_food(store, ann, "oat drink", {"calcium_mg": 120})
    store.delete_profile(ann.id or 0)
    assert store.list_my_foods(ann.id or 0, "food") == []
