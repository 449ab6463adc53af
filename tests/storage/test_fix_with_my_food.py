"""`diary fix --food MY…`: a correction picks one of the profile's own foods or recipes (by id
or name), is remembered as "your choice", never reaches another profile, and an unknown one is a
clear error (SQLite and PostgreSQL, the real analyser)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from crampcheck.core.diary import ProfileRecord
from crampcheck.core.intake import ItemKind
from crampcheck.core.models import make_profile
from crampcheck.core.my_foods import YOUR_CHOICE, MyFood
from crampcheck.core.nutrients import Nutrient
from crampcheck.errors import NotFoundError
from crampcheck.services import diary
from crampcheck.services import my_foods as mf
from crampcheck.storage.store import DiaryStore

NOW = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
OAT = {"calcium_mg": 120.0, "energy_kcal": 46.0, "potassium_mg": 150.0}


def _people(store: DiaryStore) -> tuple[ProfileRecord, ProfileRecord]:
    ann = store.add_profile(ProfileRecord("Ann", make_profile(40, "female")))
    bob = store.add_profile(ProfileRecord("Bob", make_profile(50, "male")))
    return ann, bob


def _entry(store: DiaryStore, person: ProfileRecord, text: str = "a glass of oatly") -> int:
    entry = diary.log_food(store, person, text, NOW, NOW, mf.profile_analyzer(store, person))
    assert entry.id is not None
    return entry.id


def _oat(store: DiaryStore, person: ProfileRecord, serving: float | None = None) -> MyFood:
    return mf.add_label_food(store, person, "oat drink", OAT, serving_grams=serving)


@pytest.mark.parametrize("by", ["id", "lower id", "name"])
def test_a_fix_picks_one_of_the_profiles_foods(store: DiaryStore, by: str) -> None:
    ann, _ = _people(store)
    oat = _oat(store, ann)
    wanted = {"id": oat.food_id, "lower id": oat.food_id.lower(), "name": "Oat Drink"}[by]
    fixed = mf.fix_and_remember(store, _entry(store, ann), 1, grams=250, food_id=wanted)
    (item,) = fixed.items
    assert (item.food_id, item.grams, item.corrected, item.kind) == (
        oat.food_id, 250.0, True, ItemKind.FOOD,
    )  # fmt: skip
    assert item.nutrients["calcium_mg"] == pytest.approx(300.0)
    assert item.nutrients["potassium_mg"] == pytest.approx(375.0)
    assert item.nutrients["magnesium_mg"] is None  # not on the label: unknown, never zero


def test_a_food_with_a_serving_gives_an_item_without_weight_one_serving(
    store: DiaryStore,
) -> None:
    ann, _ = _people(store)
    oat = _oat(store, ann, serving=200.0)
    entry_id = _entry(store, ann, "a zzqxv drink")  # not understood: no food, no grams
    (item,) = mf.fix_and_remember(store, entry_id, 1, food_id=oat.food_id).items
    assert item.grams == 200.0
    assert item.nutrients["calcium_mg"] == pytest.approx(240.0)


def test_the_choice_is_remembered_as_your_choice_for_that_profile_only(
    store: DiaryStore,
) -> None:
    ann, bob = _people(store)
    oat = _oat(store, ann)
    bob_before = mf.profile_analyzer(store, bob)("a glass of oatly", None)
    mf.fix_and_remember(store, _entry(store, ann), 1, grams=250, food_id=oat.food_id)
    assert [(c.phrase, c.food_id) for c in mf.list_choices(store, ann)] == [("oatly", oat.food_id)]
    (again,) = mf.profile_analyzer(store, ann)("a glass of oatly", None).items
    assert again.food_id == oat.food_id
    assert again.source == f"{YOUR_CHOICE} (your food)"
    assert again.grams is not None
    assert again.nutrients[Nutrient.CALCIUM_MG] == pytest.approx(
        OAT["calcium_mg"] * again.grams / 100
    )
    assert mf.list_choices(store, bob) == []
    assert mf.profile_analyzer(store, bob)("a glass of oatly", None).items == bob_before.items


@pytest.mark.parametrize("wanted", ["MY0000", "MY725EB0AE0D6F", "my cake"])
def test_an_unknown_food_of_ones_own_is_a_clear_error(store: DiaryStore, wanted: str) -> None:
    ann, bob = _people(store)
    _oat(store, bob)  # Bob's oat drink is MY725EB0AE0D6F: never Ann's
    entry_id = _entry(store, ann)
    with pytest.raises(NotFoundError, match=r"not one of Ann's foods|not in the food database"):
        mf.fix_and_remember(store, entry_id, 1, grams=100, food_id=wanted)
    assert mf.list_choices(store, ann) == []
    assert store.get_food(entry_id).items[0].food_id is None  # nothing changed


def test_a_removed_food_leaves_its_choice_unused(store: DiaryStore) -> None:
    ann, _ = _people(store)
    oat = _oat(store, ann)
    before = mf.profile_analyzer(store, ann)("a glass of oatly", None)
    mf.fix_and_remember(store, _entry(store, ann), 1, grams=250, food_id=oat.food_id)
    assert mf.remove(store, ann, "oat drink") == "food"
    after = mf.profile_analyzer(store, ann)("a glass of oatly", None)
    assert after.items == before.items  # the database search again, no error
