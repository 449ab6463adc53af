"""The diary store: SQLAlchemy Core over SQLite or PostgreSQL, rows ↔ core dataclasses by name."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone
from typing import Any, TypeVar

from sqlalchemy import Connection, Engine, Table, delete, insert, select, update
from sqlalchemy.exc import IntegrityError, OperationalError

from crampcheck.core.diary import (
    CrampEpisode,
    FluidEntry,
    FoodEntry,
    FoodItem,
    LabResult,
    MedicationEntry,
    ProfileRecord,
    WeightEntry,
    sum_items,
)
from crampcheck.core.models import Profile, Sex
from crampcheck.errors import InputError, NotFoundError, StorageError
from crampcheck.storage import tables as t
from crampcheck.storage.engine import HEAD_REVISION, open_engine, stored_revision, upgrade

T = TypeVar("T")
CURRENT_PROFILE = "current_profile"


def _offset_minutes(at: datetime) -> int:
    offset = at.utcoffset()
    if offset is None:
        raise InputError(f"time {at.isoformat()} needs a time zone")
    return int(offset.total_seconds() // 60)


def _local(at_utc: datetime, offset_min: int) -> datetime:
    zone = UTC if offset_min == 0 else timezone(timedelta(minutes=offset_min))
    return at_utc.astimezone(zone)


def _timed_values(at: datetime) -> dict[str, Any]:
    return {"at": at, "at_offset_min": _offset_minutes(at)}


def _timed_row(row: Mapping[str, Any]) -> dict[str, Any]:
    values = dict(row)
    values["at"] = _local(values["at"], values.pop("at_offset_min"))
    return values


def _profile_row(row: Mapping[str, Any]) -> ProfileRecord:
    profile = Profile(row["age_years"], Sex(row["sex"]), row["pregnant"], row["lactating"])
    return ProfileRecord(name=row["name"], profile=profile, id=row["id"])


class DiaryStore:
    """Implements :class:`crampcheck.core.diary_ports.DiaryRepository` on one engine.

    Each call runs in its own transaction unless the store comes from :meth:`transaction`, in
    which case every call shares one transaction that commits (or rolls back) as a whole.
    """

    def __init__(self, engine: Engine, connection: Connection | None = None) -> None:
        self.engine = engine
        self._connection = connection

    # --- plumbing ---------------------------------------------------------------------------

    @contextmanager
    def _begin(self) -> Iterator[Connection]:
        if self._connection is not None:
            yield self._connection
            return
        try:
            with self.engine.begin() as connection:
                yield connection
        except IntegrityError as error:
            raise InputError(f"the database refused the entry: {error.orig}") from error
        except OperationalError as error:
            raise StorageError(f"the diary database cannot be used: {error.orig}") from error

    @contextmanager
    def transaction(self) -> Iterator[DiaryStore]:
        """A store whose calls all commit together at the end (or not at all)."""
        with self._begin() as connection:
            yield DiaryStore(self.engine, connection)

    def close(self) -> None:
        """Release the connection pool."""
        self.engine.dispose()

    def check_schema(self) -> None:
        """Raise StorageError unless the database is at the newest migration."""
        current, head = stored_revision(self.engine), HEAD_REVISION
        if current != head:
            raise StorageError(
                f"the diary database is at revision {current or 'empty'}, this crampcheck needs "
                f"{head}; run 'crampcheck db upgrade'"
            )

    def _insert(self, table: Table, values: dict[str, Any]) -> int:
        with self._begin() as connection:
            result = connection.execute(insert(table).returning(table.c.id), values)
            return int(result.scalar_one())

    def _select(self, table: Table, *where: Any, order: Sequence[Any] = ()) -> list[dict[str, Any]]:
        query = select(table).where(*where).order_by(*order, table.c.id)
        with self._begin() as connection:
            return [dict(row) for row in connection.execute(query).mappings()]

    @staticmethod
    def _range(table: Table, column: str, start: Any, end: Any) -> list[Any]:
        where = []
        if start is not None:
            where.append(table.c[column] >= start)
        if end is not None:
            where.append(table.c[column] < end)
        return where

    # --- profiles ---------------------------------------------------------------------------

    def add_profile(self, record: ProfileRecord) -> ProfileRecord:
        if self.find_profile(record.name) is not None:
            raise InputError(f"a profile named {record.name!r} already exists")
        profile = record.profile
        new_id = self._insert(
            t.profiles,
            {
                "name": record.name,
                "age_years": profile.age_years,
                "sex": profile.sex.value,
                "pregnant": profile.pregnant,
                "lactating": profile.lactating,
            },
        )
        return replace(record, id=new_id)

    def list_profiles(self) -> list[ProfileRecord]:
        return [_profile_row(row) for row in self._select(t.profiles, order=[t.profiles.c.name])]

    def find_profile(self, name: str) -> ProfileRecord | None:
        rows = self._select(t.profiles, t.profiles.c.name == name)
        return _profile_row(rows[0]) if rows else None

    def get_setting(self, key: str) -> str | None:
        with self._begin() as connection:
            query = select(t.settings.c.value).where(t.settings.c.key == key)
            value = connection.execute(query).scalar_one_or_none()
            return None if value is None else str(value)

    def set_setting(self, key: str, value: str) -> None:
        with self._begin() as connection:
            connection.execute(delete(t.settings).where(t.settings.c.key == key))
            connection.execute(insert(t.settings), {"key": key, "value": value})

    # --- food -------------------------------------------------------------------------------

    def add_food(self, entry: FoodEntry) -> FoodEntry:
        with self._begin() as connection:
            values = {
                "profile_id": entry.profile_id,
                "text": entry.text,
                "totals": sum_items(entry.items),
                **_timed_values(entry.at),
            }
            result = connection.execute(
                insert(t.food_entries).returning(t.food_entries.c.id), values
            )
            entry_id = int(result.scalar_one())
            if entry.items:
                connection.execute(
                    insert(t.food_items),
                    [
                        {
                            "entry_id": entry_id,
                            "position": position,
                            "text": item.text,
                            "food_id": item.food_id,
                            "name": item.name,
                            "grams": item.grams,
                            "nutrients": dict(item.nutrients),
                            "corrected": item.corrected,
                            "source": item.source,
                        }
                        for position, item in enumerate(entry.items)
                    ],
                )
        return replace(entry, id=entry_id)

    def list_food(
        self,
        profile_id: int,
        start: datetime | None = None,
        end: datetime | None = None,
        contains: str | None = None,
    ) -> list[FoodEntry]:
        """Food entries in a time range; ``contains`` keeps those whose text has it (any case).

        ``icontains`` is used rather than LIKE: LIKE ignores ASCII case on SQLite but not on
        PostgreSQL. ``%`` and ``_`` in the search are escaped, so they match themselves.
        """
        table = t.food_entries
        where = [table.c.profile_id == profile_id, *self._range(table, "at", start, end)]
        if contains:
            where.append(table.c.text.icontains(contains, autoescape=True))
        rows = self._select(table, *where, order=[table.c.at])
        if not rows:
            return []
        ids = [row["id"] for row in rows]
        items: dict[int, list[FoodItem]] = {entry_id: [] for entry_id in ids}
        item_table = t.food_items
        for chunk_start in range(0, len(ids), 500):
            chunk = ids[chunk_start : chunk_start + 500]
            item_rows = self._select(
                item_table,
                item_table.c.entry_id.in_(chunk),
                order=[item_table.c.entry_id, item_table.c.position],
            )
            for row in item_rows:
                items[row["entry_id"]].append(
                    FoodItem(
                        text=row["text"],
                        food_id=row["food_id"],
                        name=row["name"],
                        grams=row["grams"],
                        nutrients=dict(row["nutrients"]),
                        corrected=row["corrected"],
                        source=row["source"],
                    )
                )
        entries = []
        for row in rows:
            del row["totals"]  # derived from the items
            entries.append(FoodEntry(items=tuple(items[row["id"]]), **_timed_row(row)))
        return entries

    def get_food(self, entry_id: int) -> FoodEntry:
        rows = self._select(t.food_entries, t.food_entries.c.id == entry_id)
        if not rows:
            raise NotFoundError(f"no food entry with id {entry_id}")
        row = rows[0]
        entries = self.list_food(row["profile_id"], row["at"], row["at"] + timedelta(seconds=1))
        return next(entry for entry in entries if entry.id == entry_id)

    def replace_food_item(self, entry_id: int, position: int, item: FoodItem) -> None:
        table = t.food_items
        with self._begin() as connection:
            result = connection.execute(
                update(table)
                .where(table.c.entry_id == entry_id, table.c.position == position)
                .values(
                    text=item.text,
                    food_id=item.food_id,
                    name=item.name,
                    grams=item.grams,
                    nutrients=dict(item.nutrients),
                    corrected=item.corrected,
                    source=item.source,
                )
            )
            if result.rowcount != 1:
                raise NotFoundError(f"food entry {entry_id} has no item {position + 1}")
            query = select(table.c.nutrients).where(table.c.entry_id == entry_id)
            items = [FoodItem("", None, None, None, n) for n in connection.execute(query).scalars()]
            connection.execute(
                update(t.food_entries)
                .where(t.food_entries.c.id == entry_id)
                .values(totals=sum_items(items))
            )

    def list_food_totals(
        self, profile_id: int, start: datetime | None = None, end: datetime | None = None
    ) -> list[tuple[datetime, dict[str, float]]]:
        """Time and nutrient totals of each food entry (what trends need, without the items)."""
        table = t.food_entries
        query = (
            select(table.c.at, table.c.at_offset_min, table.c.totals)
            .where(table.c.profile_id == profile_id, *self._range(table, "at", start, end))
            .order_by(table.c.at, table.c.id)
        )
        with self._begin() as connection:
            return [
                (_local(at, offset), totals) for at, offset, totals in connection.execute(query)
            ]

    # --- the other diaries ------------------------------------------------------------------

    def add_fluid(self, entry: FluidEntry) -> FluidEntry:
        values = {
            "profile_id": entry.profile_id,
            "millilitres": entry.millilitres,
            "kind": entry.kind,
            **_timed_values(entry.at),
        }
        return replace(entry, id=self._insert(t.fluid_entries, values))

    def list_fluids(
        self, profile_id: int, start: datetime | None = None, end: datetime | None = None
    ) -> list[FluidEntry]:
        table = t.fluid_entries
        rows = self._select(
            table,
            table.c.profile_id == profile_id,
            *self._range(table, "at", start, end),
            order=[table.c.at],
        )
        return [FluidEntry(**_timed_row(row)) for row in rows]

    def add_cramp(self, episode: CrampEpisode) -> CrampEpisode:
        values = {
            "profile_id": episode.profile_id,
            "severity": episode.severity,
            "count": episode.count,
            "duration_min": episode.duration_min,
            "sleep": episode.sleep,
            "location": episode.location,
            "trigger": episode.trigger,
            "notes": episode.notes,
            **_timed_values(episode.at),
        }
        return replace(episode, id=self._insert(t.cramp_episodes, values))

    def list_cramps(
        self, profile_id: int, start: datetime | None = None, end: datetime | None = None
    ) -> list[CrampEpisode]:
        table = t.cramp_episodes
        rows = self._select(
            table,
            table.c.profile_id == profile_id,
            *self._range(table, "at", start, end),
            order=[table.c.at],
        )
        return [CrampEpisode(**_timed_row(row)) for row in rows]

    def add_medication(self, entry: MedicationEntry) -> MedicationEntry:
        values = {
            "profile_id": entry.profile_id,
            "name": entry.name,
            "started": entry.started,
            "stopped": entry.stopped,
            "notes": entry.notes,
        }
        return replace(entry, id=self._insert(t.medications, values))

    def list_medications(self, profile_id: int) -> list[MedicationEntry]:
        table = t.medications
        rows = self._select(
            table, table.c.profile_id == profile_id, order=[table.c.started, table.c.name]
        )
        return [MedicationEntry(**row) for row in rows]

    def add_lab(self, entry: LabResult) -> LabResult:
        values = {
            "profile_id": entry.profile_id,
            "taken_on": entry.taken_on,
            "name": entry.name,
            "value": entry.value,
            "unit": entry.unit,
        }
        return replace(entry, id=self._insert(t.lab_results, values))

    def list_labs(self, profile_id: int) -> list[LabResult]:
        table = t.lab_results
        rows = self._select(
            table, table.c.profile_id == profile_id, order=[table.c.taken_on, table.c.name]
        )
        return [LabResult(**row) for row in rows]

    def add_weight(self, entry: WeightEntry) -> WeightEntry:
        values = {
            "profile_id": entry.profile_id,
            "kg": entry.kg,
            "notes": entry.notes,
            **_timed_values(entry.at),
        }
        return replace(entry, id=self._insert(t.weights, values))

    def list_weights(
        self, profile_id: int, start: datetime | None = None, end: datetime | None = None
    ) -> list[WeightEntry]:
        table = t.weights
        rows = self._select(
            table,
            table.c.profile_id == profile_id,
            *self._range(table, "at", start, end),
            order=[table.c.at],
        )
        return [WeightEntry(**_timed_row(row)) for row in rows]

    # --- imported records (issue 14) --------------------------------------------------------

    def list_food_sources(
        self, profile_id: int, start: datetime | None = None, end: datetime | None = None
    ) -> list[tuple[datetime, str | None]]:
        """(time, source) of each food entry and each source its items came from."""
        entries, items = t.food_entries, t.food_items
        query = (
            select(entries.c.at, entries.c.at_offset_min, items.c.source)
            .select_from(entries.outerjoin(items, items.c.entry_id == entries.c.id))
            .where(entries.c.profile_id == profile_id, *self._range(entries, "at", start, end))
            .group_by(entries.c.id, entries.c.at, entries.c.at_offset_min, items.c.source)
            .order_by(entries.c.at, entries.c.id)
        )
        with self._begin() as connection:
            return [
                (_local(at, offset), source) for at, offset, source in connection.execute(query)
            ]

    def known_import_keys(self, profile_id: int, keys: Sequence[str]) -> set[str]:
        """Which of ``keys`` were imported into this profile before."""
        table = t.import_keys
        found: set[str] = set()
        unique = sorted(set(keys))
        with self._begin() as connection:
            for start in range(0, len(unique), 500):
                query = select(table.c.key).where(
                    table.c.profile_id == profile_id, table.c.key.in_(unique[start : start + 500])
                )
                found.update(connection.execute(query).scalars())
        return found

    def add_import_keys(
        self, profile_id: int, source: str, keys: Sequence[str], at: datetime
    ) -> None:
        """Remember imported records (a key stored twice is refused by the primary key)."""
        if not keys:
            return
        rows = [
            {"profile_id": profile_id, "key": key, "source": source, "imported_at": at}
            for key in keys
        ]
        with self._begin() as connection:
            for start in range(0, len(rows), 1000):
                connection.execute(insert(t.import_keys), rows[start : start + 1000])


def open_store(url: str, *, migrate: bool = True) -> DiaryStore:
    """Open the diary at ``url``; bring an empty or older database up to date when ``migrate``."""
    engine = open_engine(url)
    try:
        if migrate and stored_revision(engine) != HEAD_REVISION:
            upgrade(engine)
        store = DiaryStore(engine)
        store.check_schema()
    except OperationalError as error:
        engine.dispose()
        raise StorageError(f"cannot open the diary database: {error.orig}") from error
    except StorageError:
        engine.dispose()
        raise
    return store
