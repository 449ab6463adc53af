"""Each stored item's kind (migration 0010_item_kind): stored as read, migrated from the old
inference, kept through corrections, exports and imports, and split apart in the food parts."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import Engine, text
from sqlalchemy.exc import IntegrityError

from crampcheck.core.diary import FoodEntry, FoodItem, inferred_kind, new_profile, sum_items
from crampcheck.core.intake import ItemKind
from crampcheck.services import diary, transfer
from crampcheck.services.intake import analyze_intake
from crampcheck.storage.engine import downgrade, open_engine, upgrade
from crampcheck.storage.store import DiaryStore, open_store

AT = datetime(2026, 11, 30, 8, 0, tzinfo=UTC)
NOW = AT + timedelta(days=1)
BEFORE_KIND = "0009_profile_owner"

OldItem = tuple[str, str | None, float | None, str | None, dict[str, float | None], str]
OLD_ITEMS: list[
    OldItem
] = [  # (text, food_id, grams, source, nutrients, the kind the migration gives it)
    ("a banana", "09040", 118.0, None, {"magnesium_mg": 31.9}, "food"),
    ("magnesium citrate 250 mg", None, None, None, {"magnesium_mg": 250.0}, "supplement"),
    ("a mystery", None, None, None, {}, "food"),
    ("unknown pill", None, None, None, {"magnesium_mg": None}, "food"),
    ("imported soup", None, None, "cronometer", {"sodium_mg": 800.0}, "food"),
]


def _old_items(engine: Engine) -> None:
    """A profile with one food entry whose items are stored as revision 0009 stored them."""
    naive = AT.replace(tzinfo=None)
    with engine.begin() as c:
        c.execute(
            text("INSERT INTO profiles (id, name, age_years, sex) VALUES (1, 'ann', 50, 'female')")
        )
        c.execute(
            text(
                "INSERT INTO food_entries (id, profile_id, at, text, totals, uid)"
                " VALUES (1, 1, :at, 'breakfast', '{}', 'u-1')"
            ),
            {"at": naive},
        )
        for position, (words, food_id, grams, source, nutrients, _kind) in enumerate(OLD_ITEMS):
            c.execute(
                text(
                    "INSERT INTO food_items (entry_id, position, text, food_id, grams, source,"
                    " nutrients) VALUES (1, :p, :t, :f, :g, :s, :n)"
                ),
                {"p": position, "t": words, "f": food_id, "g": grams, "s": source,
                 "n": json.dumps(nutrients)},
            )  # fmt: skip


def test_migration_gives_old_rows_the_inferred_kind_and_back(db_url: str) -> None:
    engine = open_engine(db_url)
    try:
        upgrade(engine, BEFORE_KIND)
        _old_items(engine)
        upgrade(engine)
        with engine.connect() as c:
            kinds = list(c.execute(text("SELECT kind FROM food_items ORDER BY position")).scalars())
        assert kinds == [kind for *_rest, kind in OLD_ITEMS]
        (entry,) = DiaryStore(engine).list_food(1)
        items = entry.items
        assert [item.kind.value for item in items] == kinds
        # the migration's rule is the one core.diary keeps for older exports
        assert kinds == [inferred_kind(f, g, s, n).value for _t, f, g, s, n, _k in OLD_ITEMS]
        downgrade(engine, BEFORE_KIND)
        with engine.connect() as c:
            columns = c.execute(text("SELECT * FROM food_items")).keys()
        assert "kind" not in columns
    finally:
        engine.dispose()


@pytest.mark.parametrize("kind", list(ItemKind))
def test_kind_round_trips(store: DiaryStore, kind: ItemKind) -> None:
    pid = store.add_profile(new_profile("Ann", 58, "female")).id
    assert pid is not None
    item = FoodItem(
        "vitamin D3 1000 IU", None, "vitamin_d3", None, {"vitamin_d_ug": 25.0}, kind=kind
    )
    entry = store.add_food(FoodEntry(pid, AT, "vitamin D3 1000 IU", (item,)))
    assert entry.id is not None
    assert store.get_food(entry.id).items[0].kind is kind
    store.replace_food_item(entry.id, 0, item)
    assert store.get_food(entry.id).items[0].kind is kind


def test_the_database_refuses_another_kind(store: DiaryStore) -> None:
    pid = store.add_profile(new_profile("Ann", 58, "female")).id
    entry = store.add_food(FoodEntry(pid or 0, AT, "x", (FoodItem("x", None, None, None),)))
    with store.engine.begin() as c, pytest.raises(IntegrityError, match=r"(?i)check"):
        c.execute(text("UPDATE food_items SET kind = 'drug' WHERE entry_id = :e"), {"e": entry.id})


DAY = "magnesium citrate 250 mg, vitamin D3 1000 IU, a banana"


def _logged(store: DiaryStore) -> FoodEntry:
    ann = diary.add_profile(store, "Ann", 58, "female")
    return diary.log_food(store, ann, DAY, AT, NOW, analyze_intake)


def test_logging_stores_each_items_kind_from_the_real_analyser(store: DiaryStore) -> None:
    entry = _logged(store)
    read = analyze_intake(DAY, None)
    assert [item.kind for item in entry.items] == [item.kind for item in read.items]
    assert {item.text: item.kind.value for item in store.get_food(entry.id or 0).items} == {
        "magnesium citrate 250 mg": "supplement",
        "vitamin D3 1000 IU": "supplement",
        "a banana": "food",
    }


def test_food_parts_split_by_kind(store: DiaryStore) -> None:
    entry = _logged(store)
    supplements = [item for item in entry.items if item.kind is ItemKind.SUPPLEMENT]
    foods = [item for item in entry.items if item.kind is ItemKind.FOOD]
    later = AT + timedelta(hours=1)
    plain = store.add_food(FoodEntry(entry.profile_id, later, "a banana", tuple(foods)))
    (first, food, taken), (second, only_food, none) = store.list_food_parts(entry.profile_id)
    assert (first, second) == (entry.at, plain.at)
    assert taken == sum_items(supplements)
    assert taken["magnesium_mg"] == 250.0
    assert taken["vitamin_d_ug"] == 25.0
    assert food == sum_items(foods)
    assert (only_food, none) == (sum_items(plain.items), {})


def test_export_carries_kind_and_older_files_are_inferred(
    store: DiaryStore, tmp_path: Path
) -> None:
    entry = _logged(store)
    document = json.loads(transfer.to_json(transfer.export_document(store)))
    exported = document["profiles"][0]["food"][0]["items"]
    assert [item["kind"] for item in exported] == [item.kind.value for item in entry.items]
    for item in exported:  # a file written before 0010_item_kind
        del item["kind"]
    document["profiles"][0]["name"] = "Old"
    document["profiles"][0]["food"][0]["uid"] = None
    copy = open_store(f"sqlite:///{tmp_path / 'copy.db'}")
    try:
        transfer.import_document(copy, transfer.parse_export(json.dumps(document)), NOW)
        (back,) = copy.list_food(copy.list_profiles()[0].id or 0)
        assert [item.kind for item in back.items] == [item.kind for item in entry.items]
    finally:
        copy.close()


def test_an_export_with_another_kind_is_refused(store: DiaryStore) -> None:
    _logged(store)
    document = json.loads(transfer.to_json(transfer.export_document(store)))
    document["profiles"][0]["food"][0]["items"][0]["kind"] = "drug"
    with pytest.raises(Exception, match="kind"):
        transfer.parse_export(json.dumps(document))
