"""The diary store: SQLAlchemy Core over SQLite or PostgreSQL, rows ↔ core dataclasses by name."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import fields, replace
from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any, TypeVar
from uuid import uuid4

from sqlalchemy import Connection, Engine, Table, delete, func, insert, select, update
from sqlalchemy.exc import DataError, DBAPIError, IntegrityError, StatementError

from crampcheck.core.diary import (
    ENTRY_TYPES,
    CrampEpisode,
    DiaryEntry,
    EntryKind,
    FluidEntry,
    FoodEntry,
    FoodItem,
    LabResult,
    MedicationChange,
    MedicationEntry,
    ProfileRecord,
    WeightEntry,
    kind_of,
    sum_by_kind,
    sum_items,
)
from crampcheck.core.diary_ports import DayRange, Page
from crampcheck.core.intake import ItemKind
from crampcheck.core.models import Profile, Sex
from crampcheck.core.my_foods import StoredKind
from crampcheck.errors import InputError, NotFoundError, StorageError
from crampcheck.storage import tables as t
from crampcheck.storage.engine import (
    HEAD_REVISION,
    open_engine,
    read_connection,
    stored_revision,
    upgrade,
)
from crampcheck.storage.location import SchemaState, check_contents

T = TypeVar("T")
CURRENT_PROFILE = "current_profile"


def _local_time(table: Table, dialect: str) -> Any:
    """The row's time as it was logged (UTC plus its offset), without a zone, in SQL."""
    if dialect == "sqlite":  # stored as 'YYYY-MM-DD HH:MM:SS.ffffff' (UTC)
        return func.datetime(table.c.at, func.printf("%+d minutes", table.c.at_offset_min))
    return func.timezone("UTC", table.c.at) + func.make_interval(
        0, 0, 0, 0, 0, table.c.at_offset_min
    )


def _next_day(day: date) -> date | None:
    return None if day == date.max else day + timedelta(days=1)


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


@contextmanager
def _database_errors() -> Iterator[None]:
    """Database errors as one-line crampcheck errors (a refused value is the input's fault)."""
    try:
        yield
    except (IntegrityError, DataError) as error:
        raise InputError(f"the database refused the entry: {_first_line(error.orig)}") from error
    except DBAPIError as error:
        raise StorageError(
            f"the diary database cannot be used: {_first_line(error.orig)}"
        ) from error
    except StatementError as error:  # a value the driver could not convert (too large)
        raise InputError(f"the database refused a value: {_first_line(error.orig)}") from error


def _first_line(error: BaseException | None) -> str:
    lines = str(error).strip().splitlines()
    return lines[0] if lines else type(error).__name__


def _profile_row(row: Mapping[str, Any]) -> ProfileRecord:
    profile = Profile(row["age_years"], Sex(row["sex"]), row["pregnant"], row["lactating"])
    return ProfileRecord(
        name=row["name"],
        profile=profile,
        id=row["id"],
        birth_year=row.get("birth_year"),
        birth_date=row.get("birth_date"),
        due_date=row.get("due_date"),
    )


def _profile_values(record: ProfileRecord) -> dict[str, Any]:
    profile = record.profile
    return {
        "name": record.name,
        "age_years": profile.age_years,
        "sex": profile.sex.value,
        "pregnant": profile.pregnant,
        "lactating": profile.lactating,
        "birth_year": record.birth_year,
        "birth_date": record.birth_date,
        "due_date": record.due_date,
    }


TABLES: Mapping[str, Table] = t.ENTRY_TABLES


def delete_profile_rows(connection: Connection, profile_id: int) -> bool:
    """Delete a profile with its whole diary in ``connection``'s transaction; False if absent."""
    entries = select(t.food_entries.c.id).where(t.food_entries.c.profile_id == profile_id)
    connection.execute(delete(t.food_items).where(t.food_items.c.entry_id.in_(entries)))
    for table in t.ENTRY_TABLES.values():
        connection.execute(delete(table).where(table.c.profile_id == profile_id))
    connection.execute(delete(t.my_foods).where(t.my_foods.c.profile_id == profile_id))
    result = connection.execute(delete(t.profiles).where(t.profiles.c.id == profile_id))
    return bool(result.rowcount == 1)


def _entry_values(entry: DiaryEntry) -> dict[str, Any]:
    """The row of a diary record (without its id; a new uid when it has none)."""
    values: dict[str, Any] = {}
    for spec in fields(entry):
        value = getattr(entry, spec.name)
        if spec.name in ("id", "items"):
            continue
        if spec.name == "at":
            values.update(_timed_values(value))
            continue
        if spec.name == "history":
            value = [
                {
                    "on": None if c.on is None else c.on.isoformat(),
                    "change": c.change,
                    "detail": c.detail,
                }
                for c in value
            ]
        if spec.name == "uid":
            value = value or str(uuid4())
        values[spec.name] = value
    if isinstance(entry, FoodEntry):
        values["totals"] = sum_items(entry.items)
    return values


def _history(raw: Any) -> tuple[MedicationChange, ...]:
    return tuple(
        MedicationChange(
            None if step.get("on") is None else date.fromisoformat(step["on"]),
            step["change"],
            step.get("detail", ""),
        )
        for step in raw or []
    )


def _entry_row(kind: EntryKind, row: Mapping[str, Any]) -> DiaryEntry:
    """A diary record from its row (food items are added by the caller)."""
    values = dict(row)
    values["uid"] = values.get("uid") or ""
    values.pop("totals", None)
    if "at_offset_min" in values:
        values = _timed_row(values)
    if kind == "medications":
        values["history"] = _history(values.get("history"))
    cls: Any = ENTRY_TYPES[kind]
    return cls(**values)  # type: ignore[no-any-return]


class DiaryStore:
    """Implements :class:`crampcheck.core.diary_ports.DiaryRepository` on one engine.

    Each call runs in its own transaction unless the store comes from :meth:`transaction`, in
    which case every call shares one transaction that commits (or rolls back) as a whole.

    Its profiles are those of one ``owner``: an account in the web server mode
    (:meth:`for_owner`), none (null) in the local mode. Names are unique per owner; another
    owner's profiles are never listed, found, changed or deleted.
    """

    def __init__(
        self, engine: Engine, connection: Connection | None = None, owner: int | None = None
    ) -> None:
        self.engine = engine
        self._connection = connection
        self.owner = owner

    def for_owner(self, account_id: int) -> DiaryStore:
        """The same diary, limited to the profiles of account ``account_id``."""
        return DiaryStore(self.engine, self._connection, account_id)

    def _owned(self) -> Any:
        column = t.profiles.c.owner_account_id
        return column.is_(None) if self.owner is None else column == self.owner

    # --- plumbing ---------------------------------------------------------------------------

    @contextmanager
    def _begin(self) -> Iterator[Connection]:
        if self._connection is not None:
            yield self._connection
            return
        with _database_errors(), self.engine.begin() as connection:
            yield connection

    @contextmanager
    def _read(self) -> Iterator[Connection]:
        """A read-only transaction (SQLite: no write lock, so writers never block it)."""
        if self._connection is not None:
            yield self._connection
            return
        with _database_errors(), read_connection(self.engine) as connection, connection.begin():
            yield connection

    @contextmanager
    def transaction(self) -> Iterator[DiaryStore]:
        """A store whose calls all commit together at the end (or not at all)."""
        with self._begin() as connection:
            yield DiaryStore(self.engine, connection, self.owner)

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

    def _select(
        self, table: Table, *where: Any, order: Sequence[Any] = (), page: Page | None = None
    ) -> list[dict[str, Any]]:
        query = self._page(select(table).where(*where).order_by(*order, table.c.id), page)
        with self._read() as connection:
            return [dict(row) for row in connection.execute(query).mappings()]

    @staticmethod
    def _range(table: Table, column: str, start: Any, end: Any) -> list[Any]:
        where = []
        if start is not None:
            where.append(table.c[column] >= start)
        if end is not None:
            where.append(table.c[column] < end)
        return where

    def _days(self, table: Table, days: DayRange | None) -> list[Any]:
        """Rows whose local date (the time as it was logged) is within ``days`` (inclusive)."""
        if days is None:
            return []
        first, last = days
        local = _local_time(table, self.engine.dialect.name)
        where = []
        if first is not None:
            where.append(local >= self._midnight(first))
        after = None if last is None else _next_day(last)
        if after is not None:
            where.append(local < self._midnight(after))
        return where

    def _midnight(self, day: date) -> Any:
        moment = datetime.combine(day, datetime.min.time())
        return str(moment) if self.engine.dialect.name == "sqlite" else moment

    @staticmethod
    def _page(query: Any, page: Page | None) -> Any:
        return query if page is None else query.limit(page[0]).offset(page[1])

    # --- profiles ---------------------------------------------------------------------------

    def add_profile(self, record: ProfileRecord) -> ProfileRecord:
        if (known := self.find_profile(record.name)) is not None:
            raise InputError(f"a profile named {known.name!r} already exists")
        new_id = self._insert(
            t.profiles, _profile_values(record) | {"owner_account_id": self.owner}
        )
        return replace(record, id=new_id)

    def update_profile(self, record: ProfileRecord) -> ProfileRecord:
        """Store a changed profile (its name too; names stay unique, ignoring case)."""
        assert record.id is not None
        if not self._owns(record.id):
            raise NotFoundError(f"no profile with id {record.id}")
        clash = self.find_profile(record.name)
        if clash is not None and clash.id != record.id:
            raise InputError(f"a profile named {clash.name!r} already exists")
        with self._begin() as connection:
            result = connection.execute(
                update(t.profiles)
                .where(t.profiles.c.id == record.id, self._owned())
                .values(**_profile_values(record))
            )
            if result.rowcount != 1:
                raise NotFoundError(f"no profile with id {record.id}")
        return record

    def delete_profile(self, profile_id: int) -> None:
        """Delete a profile with its whole diary."""
        if not self._owns(profile_id):
            raise NotFoundError(f"no profile with id {profile_id}")
        with self._begin() as connection:
            delete_profile_rows(connection, profile_id)

    def _owns(self, profile_id: int) -> bool:
        return bool(self._select(t.profiles, t.profiles.c.id == profile_id, self._owned()))

    def list_profiles(self) -> list[ProfileRecord]:
        rows = self._select(t.profiles, self._owned(), order=[t.profiles.c.name])
        return [_profile_row(row) for row in rows]

    def find_profile(self, name: str) -> ProfileRecord | None:
        """The profile called ``name``, ignoring case ("Margaret" is "margaret")."""
        wanted = name.strip().casefold()
        for row in self._select(t.profiles, self._owned()):
            if str(row["name"]).casefold() == wanted:
                return _profile_row(row)
        return None

    def get_setting(self, key: str) -> str | None:
        with self._read() as connection:
            query = select(t.settings.c.value).where(t.settings.c.key == key)
            value = connection.execute(query).scalar_one_or_none()
            return None if value is None else str(value)

    def set_setting(self, key: str, value: str) -> None:
        with self._begin() as connection:
            connection.execute(delete(t.settings).where(t.settings.c.key == key))
            connection.execute(insert(t.settings), {"key": key, "value": value})

    # --- food -------------------------------------------------------------------------------

    def add_food(self, entry: FoodEntry) -> FoodEntry:
        values = _entry_values(entry)
        with self._begin() as connection:
            result = connection.execute(
                insert(t.food_entries).returning(t.food_entries.c.id), values
            )
            entry_id = int(result.scalar_one())
            self._insert_items(connection, entry_id, entry.items)
        return replace(entry, id=entry_id, uid=values["uid"])

    @staticmethod
    def _insert_items(connection: Connection, entry_id: int, items: Sequence[FoodItem]) -> None:
        if not items:
            return
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
                    "meal": item.meal,
                    "meal_time": item.time,
                    "kind": item.kind.value,
                }
                for position, item in enumerate(items)
            ],
        )

    def list_food(
        self,
        profile_id: int,
        start: datetime | None = None,
        end: datetime | None = None,
        contains: str | None = None,
        *,
        days: DayRange | None = None,
        page: Page | None = None,
    ) -> list[FoodEntry]:
        """Food entries in a time range; ``contains`` keeps those whose text has it (any case).

        ``days`` keeps those logged on these local dates; ``page`` is (limit, offset).
        ``icontains`` is used rather than LIKE: LIKE ignores ASCII case on SQLite but not on
        PostgreSQL. ``%`` and ``_`` in the search are escaped, so they match themselves.
        """
        table = t.food_entries
        where = [
            table.c.profile_id == profile_id,
            *self._range(table, "at", start, end),
            *self._days(table, days),
        ]
        if contains:
            where.append(table.c.text.icontains(contains, autoescape=True))
        rows = self._select(table, *where, order=[table.c.at], page=page)
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
                        meal=row["meal"],
                        time=row["meal_time"],
                        kind=ItemKind(row["kind"]),
                    )
                )
        entries = []
        for row in rows:
            entry = _entry_row("food", row)  # totals are derived from the items
            assert isinstance(entry, FoodEntry)
            entries.append(replace(entry, items=tuple(items[row["id"]])))
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
                    meal=item.meal,
                    meal_time=item.time,
                    kind=item.kind.value,
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
        with self._read() as connection:
            return [
                (_local(at, offset), totals) for at, offset, totals in connection.execute(query)
            ]

    def list_food_parts(
        self, profile_id: int, start: datetime | None = None, end: datetime | None = None
    ) -> list[tuple[datetime, dict[str, float], dict[str, float]]]:
        """Time, food part and supplement part of each food entry (unknown = absent).

        An entry without supplement items is its stored totals; only the few entries with a
        supplement item (``kind = 'supplement'``) have their items read and split by kind.
        """
        entries, items = t.food_entries, t.food_items
        where = [entries.c.profile_id == profile_id, *self._range(entries, "at", start, end)]
        with_supplements = (
            select(items.c.entry_id)
            .join(entries, entries.c.id == items.c.entry_id)
            .where(*where, items.c.kind == ItemKind.SUPPLEMENT.value)
        )
        query = select(entries.c.id, entries.c.at, entries.c.at_offset_min, entries.c.totals)
        mixed = (
            select(items.c.entry_id, items.c.kind, items.c.nutrients)
            .where(items.c.entry_id.in_(with_supplements))
            .order_by(items.c.entry_id, items.c.position)
        )
        with self._read() as connection:
            rows = connection.execute(query.where(*where).order_by(entries.c.at, entries.c.id))
            totals = [(i, _local(at, offset), dict(part)) for i, at, offset, part in rows]
            split: dict[int, list[FoodItem]] = {}
            for entry_id, kind, nutrients in connection.execute(mixed):
                item = FoodItem("", None, None, None, nutrients, kind=ItemKind(kind))
                split.setdefault(entry_id, []).append(item)
        return [
            (at, part, {}) if entry_id not in split else (at, *sum_by_kind(split[entry_id]))
            for entry_id, at, part in totals
        ]

    # --- the other diaries ------------------------------------------------------------------

    def add_fluid(self, entry: FluidEntry) -> FluidEntry:
        return self._add(entry)

    def list_fluids(
        self,
        profile_id: int,
        start: datetime | None = None,
        end: datetime | None = None,
        *,
        days: DayRange | None = None,
        page: Page | None = None,
    ) -> list[FluidEntry]:
        table = t.fluid_entries
        rows = self._select(
            table,
            table.c.profile_id == profile_id,
            *self._range(table, "at", start, end),
            *self._days(table, days),
            order=[table.c.at],
            page=page,
        )
        return [_entry_row("fluids", row) for row in rows]  # type: ignore[misc]

    def add_cramp(self, episode: CrampEpisode) -> CrampEpisode:
        return self._add(episode)

    def list_cramps(
        self,
        profile_id: int,
        start: datetime | None = None,
        end: datetime | None = None,
        *,
        days: DayRange | None = None,
        page: Page | None = None,
    ) -> list[CrampEpisode]:
        table = t.cramp_episodes
        rows = self._select(
            table,
            table.c.profile_id == profile_id,
            *self._range(table, "at", start, end),
            *self._days(table, days),
            order=[table.c.at],
            page=page,
        )
        return [_entry_row("cramps", row) for row in rows]  # type: ignore[misc]

    def add_medication(self, entry: MedicationEntry) -> MedicationEntry:
        return self._add(entry)

    def list_medications(self, profile_id: int) -> list[MedicationEntry]:
        table = t.medications
        rows = self._select(
            table, table.c.profile_id == profile_id, order=[table.c.started, table.c.name]
        )
        return [_entry_row("medications", row) for row in rows]  # type: ignore[misc]

    def add_lab(self, entry: LabResult) -> LabResult:
        return self._add(entry)

    def list_labs(self, profile_id: int) -> list[LabResult]:
        table = t.lab_results
        rows = self._select(
            table, table.c.profile_id == profile_id, order=[table.c.taken_on, table.c.name]
        )
        return [_entry_row("labs", row) for row in rows]  # type: ignore[misc]

    def add_weight(self, entry: WeightEntry) -> WeightEntry:
        return self._add(entry)

    def list_weights(
        self,
        profile_id: int,
        start: datetime | None = None,
        end: datetime | None = None,
        *,
        days: DayRange | None = None,
        page: Page | None = None,
    ) -> list[WeightEntry]:
        table = t.weights
        rows = self._select(
            table,
            table.c.profile_id == profile_id,
            *self._range(table, "at", start, end),
            *self._days(table, days),
            order=[table.c.at],
            page=page,
        )
        return [_entry_row("weights", row) for row in rows]  # type: ignore[misc]

    # --- any kind: read, change, delete by id or stable id ----------------------------------

    def _add(self, entry: T) -> T:
        values = _entry_values(entry)  # type: ignore[arg-type]
        table = TABLES[kind_of(entry)]  # type: ignore[arg-type]
        return replace(entry, id=self._insert(table, values), uid=values["uid"])  # type: ignore[type-var]

    def get_entry(self, kind: EntryKind, entry_id: int) -> DiaryEntry:
        """The entry of ``kind`` with this id; NotFoundError when there is none."""
        if kind == "food":
            return self.get_food(entry_id)
        rows = self._select(TABLES[kind], TABLES[kind].c.id == entry_id)
        if not rows:
            raise NotFoundError(f"no {kind} entry with id {entry_id}")
        return _entry_row(kind, rows[0])

    def find_uid(self, kind: EntryKind, uid: str) -> DiaryEntry | None:
        """The entry of ``kind`` with this stable id, or None."""
        table = TABLES[kind]
        rows = self._select(table, table.c.uid == uid)
        return None if not rows else self.get_entry(kind, int(rows[0]["id"]))

    def update_entry(self, entry: DiaryEntry) -> DiaryEntry:
        """Store a changed entry under its id (a food entry's items are replaced)."""
        assert entry.id is not None
        kind = kind_of(entry)
        table = TABLES[kind]
        values = _entry_values(entry)
        if not entry.uid:
            del values["uid"]  # keep the stored one
        with self._begin() as connection:
            result = connection.execute(update(table).where(table.c.id == entry.id).values(values))
            if result.rowcount != 1:
                raise NotFoundError(f"no {kind} entry with id {entry.id}")
            if isinstance(entry, FoodEntry):
                connection.execute(delete(t.food_items).where(t.food_items.c.entry_id == entry.id))
                self._insert_items(connection, entry.id, entry.items)
        return self.get_entry(kind, entry.id)

    def delete_entry(self, kind: EntryKind, entry_id: int) -> None:
        """Delete one entry; NotFoundError when there is none."""
        table = TABLES[kind]
        with self._begin() as connection:
            if kind == "food":
                connection.execute(delete(t.food_items).where(t.food_items.c.entry_id == entry_id))
            result = connection.execute(delete(table).where(table.c.id == entry_id))
            if result.rowcount != 1:
                raise NotFoundError(f"no {kind} entry with id {entry_id}")

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
        with self._read() as connection:
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

    # --- my foods (migration 0008_my_foods) -------------------------------------------------

    def list_my_foods(self, profile_id: int, kind: StoredKind) -> list[dict[str, object]]:
        """The profile's foods (``food``) or remembered choices (``choice``), by key."""
        table = t.my_foods
        query = (
            select(table.c.data)
            .where(table.c.profile_id == profile_id, table.c.kind == kind)
            .order_by(table.c.key)
        )
        with self._read() as connection:
            return [dict(data) for data in connection.execute(query).scalars()]

    def put_my_food(
        self, profile_id: int, kind: StoredKind, key: str, data: dict[str, object]
    ) -> None:
        """Store (or replace) the profile's food or choice called ``key``."""
        table = t.my_foods
        with self._begin() as connection:
            connection.execute(delete(table).where(*self._my_food_row(profile_id, kind, key)))
            connection.execute(
                insert(table), {"profile_id": profile_id, "kind": kind, "key": key, "data": data}
            )

    def remove_my_food(self, profile_id: int, kind: StoredKind, key: str) -> bool:
        """Forget the profile's food or choice called ``key``; whether there was one."""
        with self._begin() as connection:
            found = connection.execute(
                delete(t.my_foods).where(*self._my_food_row(profile_id, kind, key))
            )
            return bool(found.rowcount)

    @staticmethod
    def _my_food_row(profile_id: int, kind: str, key: str) -> tuple[Any, ...]:
        table = t.my_foods
        return (table.c.profile_id == profile_id, table.c.kind == kind, table.c.key == key)


def open_store(
    url: str,
    *,
    migrate: bool = True,
    create: bool = True,
    allow_newer: bool = False,
    allow_memory: bool = False,
) -> DiaryStore:
    """Open the diary at ``url``; bring an empty or older database up to date when ``migrate``.

    Without ``create`` a missing SQLite file is an error (read commands create nothing). With
    ``allow_newer`` a diary from a newer crampcheck is opened as it is (for export and backup);
    otherwise it is refused, as are other programs' databases and, unless ``allow_memory``,
    in-memory ones (:mod:`crampcheck.storage.location`).
    """
    engine = open_engine(url, create=create, allow_memory=allow_memory)
    try:
        state = check_contents(engine, allow_newer=allow_newer)
        store = DiaryStore(engine)
        if state is SchemaState.NEWER:
            return store
        if migrate and state is not SchemaState.CURRENT:
            upgrade(engine)
        store.check_schema()
    except DBAPIError as error:
        engine.dispose()
        raise StorageError(f"cannot open the diary database: {_first_line(error.orig)}") from error
    except StorageError:
        engine.dispose()
        raise
    return store
