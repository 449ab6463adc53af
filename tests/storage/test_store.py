"""Every entity round-trips on both engines; time zones survive; the database refuses bad rows."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from sqlalchemy import insert
from sqlalchemy.exc import IntegrityError

from crampcheck.core.diary import (
    CrampEpisode,
    FluidEntry,
    FoodEntry,
    FoodItem,
    LabResult,
    MedicationEntry,
    ProfileRecord,
    WeightEntry,
    new_profile,
)
from crampcheck.errors import InputError, NotFoundError
from crampcheck.storage import tables
from crampcheck.storage.accounts import AccountStore
from crampcheck.storage.store import DiaryStore

PLUS2 = timezone(timedelta(hours=2))
AT = datetime(2026, 3, 14, 3, 15, tzinfo=PLUS2)


def test_profiles_round_trip(store: DiaryStore) -> None:
    ann = store.add_profile(new_profile("Ann", 58, "female"))
    bob = store.add_profile(new_profile("Bob", 70.5, "m"))
    cat = store.add_profile(new_profile("Cat", 31, "f", pregnant=True))
    assert store.list_profiles() == [ann, bob, cat]
    assert store.find_profile("Cat") == cat
    assert store.find_profile("nobody") is None
    with pytest.raises(InputError, match="already exists"):
        store.add_profile(new_profile("Ann", 40, "female"))


def _owners(store: DiaryStore) -> tuple[AccountStore, DiaryStore, DiaryStore]:
    """The accounts and the stores of two accounts beside the local one, each with a "me"."""
    accounts = AccountStore(store.engine)
    ann, bob = (accounts.create_account(n, "hash", AT).id for n in ("ann", "bob"))
    mine, theirs = store.for_owner(ann), store.for_owner(bob)
    for owner in (store, mine, theirs):
        owner.add_profile(new_profile("Me", 40, "female"))
    return accounts, mine, theirs


def test_profiles_belong_to_one_owner(store: DiaryStore) -> None:
    _, mine, theirs = _owners(store)
    ids = {s.owner: [r.id for r in s.list_profiles()] for s in (store, mine, theirs)}
    assert len({i for found in ids.values() for i in found}) == 3
    for owner in (store, mine, theirs):
        found = owner.find_profile("me")
        assert found is not None
        assert [found.id] == ids[owner.owner]
        with owner.transaction() as tx:
            assert tx.list_profiles() == [found]


OWNER_ACTIONS: dict[str, Callable[[DiaryStore, ProfileRecord], object]] = {
    "update": lambda store, record: store.update_profile(record),
    "delete": lambda store, record: store.delete_profile(record.id or 0),
}


@pytest.mark.parametrize("action", OWNER_ACTIONS)
def test_another_owners_profile_is_not_found(store: DiaryStore, action: str) -> None:
    _, mine, theirs = _owners(store)
    [their_me] = theirs.list_profiles()
    with pytest.raises(NotFoundError):
        OWNER_ACTIONS[action](mine, their_me)
    assert theirs.list_profiles() == [their_me]


def test_names_are_unique_per_owner(store: DiaryStore) -> None:
    _, mine, theirs = _owners(store)
    mine.add_profile(new_profile("Other", 40, "female"))
    with pytest.raises(InputError, match="already exists"):
        mine.add_profile(new_profile("ME", 40, "female"))
    [_, other] = mine.list_profiles()
    with pytest.raises(InputError, match="already exists"):
        mine.update_profile(replace(other, name="me"))
    renamed = theirs.update_profile(replace(theirs.list_profiles()[0], name="Other"))
    assert theirs.find_profile("other") == renamed
    assert mine.find_profile("other") == other


@pytest.mark.parametrize("owned", [False, True])
def test_the_database_refuses_a_second_name_per_owner(store: DiaryStore, owned: bool) -> None:
    """Below the store's own check: the unique constraint (owner, name), and for the local
    profiles (no owner, where a unique constraint never clashes) the partial unique index."""
    _, mine, _ = _owners(store)
    row = {"name": "Me", "age_years": 40, "sex": "male"}
    row["owner_account_id"] = mine.owner if owned else None
    with pytest.raises(IntegrityError), store.engine.begin() as connection:
        connection.execute(insert(tables.profiles), row)
    assert len((mine if owned else store).list_profiles()) == 1


def test_deleting_an_account_deletes_only_its_profiles(store: DiaryStore) -> None:
    accounts, mine, theirs = _owners(store)
    assert mine.owner is not None
    accounts.delete_account(mine.owner)
    assert mine.list_profiles() == []
    assert [r.name for r in theirs.list_profiles()] == ["Me"]
    assert [r.name for r in store.list_profiles()] == ["Me"]


def test_every_entity_round_trips(store: DiaryStore) -> None:
    pid = store.add_profile(new_profile("Ann", 58, "female")).id
    assert pid is not None
    items = (
        FoodItem("2 bananas", "09040", "Bananas, raw", 236.0, {"magnesium_mg": 63.72, "x": None}),
        FoodItem("some mystery", None, None, None, {}, corrected=False),
    )
    food = store.add_food(FoodEntry(pid, AT, "2 bananas and some mystery", items))
    fluid = store.add_fluid(FluidEntry(pid, AT, 500.0, "tea"))
    med = store.add_medication(MedicationEntry(pid, "furosemide 40 mg", date(2026, 1, 2), None))
    med2 = store.add_medication(
        MedicationEntry(pid, "statin", date(2025, 5, 1), date(2026, 2, 1), "muscle aches")
    )
    cramp = store.add_cramp(
        CrampEpisode(pid, AT, 7, 2, 3.5, 6, "left calf", "stretching", "woke me up")
    )
    lab = store.add_lab(LabResult(pid, date(2026, 3, 1), "magnesium", 0.68, "mmol/L"))
    weight = store.add_weight(WeightEntry(pid, AT, 71.3, "morning"))
    assert store.list_food(pid) == [food]
    assert store.get_food(food.id or 0) == food
    assert store.list_fluids(pid) == [fluid]
    assert store.list_medications(pid) == [med2, med]
    assert store.list_cramps(pid) == [cramp]
    assert store.list_labs(pid) == [lab]
    assert store.list_weights(pid) == [weight]


def test_time_zone_survives(store: DiaryStore) -> None:
    pid = store.add_profile(new_profile("Ann", 58, "female")).id
    assert pid is not None
    store.add_cramp(CrampEpisode(pid, AT, 5))
    back = store.list_cramps(pid)[0].at
    assert back == AT
    assert back.utcoffset() == timedelta(hours=2)
    assert back.astimezone(UTC) == datetime(2026, 3, 14, 1, 15, tzinfo=UTC)
    # range queries compare instants, not wall-clock strings
    assert store.list_cramps(pid, datetime(2026, 3, 14, 1, 15, tzinfo=UTC)) != []
    assert store.list_cramps(pid, datetime(2026, 3, 14, 1, 16, tzinfo=UTC)) == []
    assert store.list_cramps(pid, None, datetime(2026, 3, 14, 3, 16, tzinfo=PLUS2)) != []


def test_correct_item(store: DiaryStore) -> None:
    pid = store.add_profile(new_profile("Ann", 58, "female")).id
    assert pid is not None
    entry = store.add_food(
        FoodEntry(pid, AT, "a banana", (FoodItem("a banana", None, None, None),))
    )
    assert entry.id is not None
    fixed = FoodItem("a banana", "09040", "Bananas, raw", 118.0, {"magnesium_mg": 31.9}, True)
    assert store.list_food_totals(pid) == [(AT, {})]
    store.replace_food_item(entry.id, 0, fixed)
    assert store.get_food(entry.id).items == (fixed,)
    assert store.list_food_totals(pid) == [(AT, {"magnesium_mg": 31.9})]
    with pytest.raises(NotFoundError):
        store.replace_food_item(entry.id, 5, fixed)
    with pytest.raises(NotFoundError):
        store.get_food(entry.id + 100)


def test_foreign_keys_enforced(store: DiaryStore) -> None:
    with pytest.raises(InputError, match="refused"):
        store.add_cramp(CrampEpisode(999, AT, 5))
    assert store.list_cramps(999) == []


def test_check_constraints(store: DiaryStore) -> None:
    pid = store.add_profile(new_profile("Ann", 58, "female")).id
    assert pid is not None
    with pytest.raises(InputError):
        store.add_cramp(CrampEpisode(pid, AT, 11))
    with pytest.raises(InputError):
        store.add_fluid(FluidEntry(pid, AT, -5))
    assert store.list_cramps(pid) == []
    assert store.list_fluids(pid) == []


def test_transaction_is_all_or_nothing(store: DiaryStore) -> None:
    pid = store.add_profile(new_profile("Ann", 58, "female")).id
    assert pid is not None

    def two_writes() -> None:
        with store.transaction() as tx:
            tx.add_cramp(CrampEpisode(pid, AT, 5))
            tx.add_cramp(CrampEpisode(pid, AT, 12))

    with pytest.raises(InputError):
        two_writes()
    assert store.list_cramps(pid) == []


def test_naive_datetime_refused_by_type(store: DiaryStore) -> None:
    pid = store.add_profile(new_profile("Ann", 58, "female")).id
    with pytest.raises(Exception, match="naive"), store.engine.begin() as connection:
        connection.execute(
            insert(tables.weights),
            {"profile_id": pid, "at": datetime(2026, 1, 1), "at_offset_min": 0, "kg": 70},
        )


def test_food_search_ignores_case_and_escapes_wildcards(store: DiaryStore) -> None:
    pid = store.add_profile(new_profile("Ann", 58, "female")).id
    assert pid is not None
    for text in ("Two BANANAS", "spinach 100%", "a_b", "axb"):
        store.add_food(FoodEntry(pid, AT, text))
    assert [e.text for e in store.list_food(pid, contains="banana")] == ["Two BANANAS"]
    assert [e.text for e in store.list_food(pid, contains="100%")] == ["spinach 100%"]
    assert [e.text for e in store.list_food(pid, contains="a_b")] == ["a_b"]
    assert store.list_food(pid, contains="%") == store.list_food(pid, contains="100%")
    assert len(store.list_food(pid)) == 4
