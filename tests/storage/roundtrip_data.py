"""Arbitrary diaries for the round-trip tests (and ``benchmarks/bench_cli_fuzz.py``).

Text is any Unicode a person could type (carriage returns, CRLF, formula-looking cells, quotes,
emoji; not NUL or lone surrogates, which are refused at entry), times carry every whole-minute
UTC offset and microseconds, and some food entries are huge (hundreds of items, long texts).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any

from hypothesis import strategies as st
from sqlalchemy import delete

from crampcheck.core import diary as d
from crampcheck.core.nutrients import Nutrient
from crampcheck.services import transfer
from crampcheck.storage import tables as t
from crampcheck.storage.store import DiaryStore

NOW = datetime(2026, 3, 20, 12, tzinfo=UTC)

_CHARS = st.characters(exclude_categories=["Cs"], exclude_characters="\x00")
_TRICKY = st.sampled_from(
    ["\r", "\r\n", "\n", "=1+1", "+", "-", "@SUM(A1)", "\t", "'", '"', ",", "'=x", "🙂", "\u2028"]
)


def texts(max_size: int = 40, *, required: bool = False) -> st.SearchStrategy[str]:
    """Any text, with the characters that break CSV and spreadsheets mixed in."""
    pieces = st.lists(st.one_of(st.text(_CHARS, max_size=8), _TRICKY), max_size=6)
    value = pieces.map("".join).filter(lambda s: len(s) <= max_size)
    return value.filter(lambda s: bool(s.strip())) if required else value


def moments() -> st.SearchStrategy[datetime]:
    """An instant from 1900 to now with any whole-minute offset (−23:59 to +23:59)."""
    offsets = st.integers(-(24 * 60 - 1), 24 * 60 - 1).map(
        lambda m: UTC if m == 0 else timezone(timedelta(minutes=m))
    )
    naive = st.datetimes(datetime(1901, 1, 2), datetime(2026, 3, 18))
    return st.builds(lambda at, zone: at.replace(tzinfo=UTC).astimezone(zone), naive, offsets)


def _nutrients() -> st.SearchStrategy[dict[str, float | None]]:
    amount = st.one_of(st.none(), st.floats(0, 1e7, allow_nan=False), st.integers(0, 10**6))
    return st.dictionaries(st.sampled_from([n.value for n in Nutrient]), amount, max_size=6)


def _item() -> st.SearchStrategy[d.FoodItem]:
    return st.builds(
        d.FoodItem,
        text=texts(60),
        food_id=st.one_of(st.none(), st.from_regex(r"\A[0-9]{5,8}\Z")),
        name=st.one_of(st.none(), texts(40)),
        grams=st.one_of(st.none(), st.floats(0.001, 5000, allow_nan=False)),
        nutrients=_nutrients(),
        corrected=st.booleans(),
    )


def _food(pid: int) -> st.SearchStrategy[d.FoodEntry]:
    small = st.lists(_item(), max_size=4)
    huge = st.lists(_item(), min_size=150, max_size=160)
    items = st.one_of(small, small, small, huge).map(tuple)
    return st.builds(
        d.FoodEntry, st.just(pid), moments(), texts(200, required=True) | st.just("x" * 2000), items
    )


def _records(pid: int) -> st.SearchStrategy[list[Any]]:
    days = st.dates(date(1901, 1, 1), date(2026, 3, 18))
    fluid = st.builds(
        d.FluidEntry,
        st.just(pid),
        moments(),
        st.floats(0.01, 10_000, allow_nan=False),
        texts(64, required=True),
    )
    cramp = st.builds(
        d.CrampEpisode,
        st.just(pid),
        moments(),
        st.integers(0, 10),
        st.integers(1, 100),
        st.one_of(st.none(), st.floats(0.01, 1440, allow_nan=False)),
        st.one_of(st.none(), st.integers(0, 10)),
        texts(),
        texts(),
        texts(200),
    )
    medication = st.builds(
        d.MedicationEntry,
        st.just(pid),
        texts(80, required=True),
        st.one_of(st.none(), days),
        st.none(),
        texts(),
    )
    lab = st.builds(
        d.LabResult,
        st.just(pid),
        days,
        texts(40, required=True),
        st.floats(0, 1e6, allow_nan=False),
        texts(32, required=True),
    )
    weight = st.builds(
        d.WeightEntry, st.just(pid), moments(), st.floats(20, 400, allow_nan=False), texts()
    )
    return st.lists(st.one_of(_food(pid), fluid, cramp, medication, lab, weight), max_size=8)


_VALIDATORS: dict[type, tuple[Callable[[Any, datetime], Any], str]] = {
    d.FoodEntry: (d.validate_food, "add_food"),
    d.FluidEntry: (d.validate_fluid, "add_fluid"),
    d.CrampEpisode: (d.validate_cramp, "add_cramp"),
    d.MedicationEntry: (d.validate_medication, "add_medication"),
    d.LabResult: (d.validate_lab, "add_lab"),
    d.WeightEntry: (d.validate_weight, "add_weight"),
}


@st.composite
def diaries(draw: st.DrawFn) -> list[tuple[d.ProfileRecord, list[Any]]]:
    """One to three people with a few records of every kind each."""
    names = draw(
        st.lists(st.from_regex(r"\A[\w][\w .'-]{0,20}\Z"), min_size=1, max_size=3, unique=True)
    )
    people = []
    for name in dict.fromkeys(n.strip() for n in names if n.strip()):
        profile = d.new_profile(
            name, draw(st.integers(14, 120)), draw(st.sampled_from(["female", "male"]))
        )
        people.append((profile, draw(_records(0))))
    return people


def store_diaries(store: DiaryStore, people: list[tuple[d.ProfileRecord, list[Any]]]) -> None:
    """Validate and store everything, as the services would (every record checked first)."""
    from dataclasses import replace

    with store.transaction() as tx:
        for profile, records in people:
            stored = tx.add_profile(profile)
            assert stored.id is not None
            for record in records:
                validate, add = _VALIDATORS[type(record)]
                getattr(tx, add)(validate(replace(record, profile_id=stored.id), NOW))
        if people:
            tx.set_setting("current_profile", people[0][0].name)


def wipe(store: DiaryStore) -> None:
    """Remove every diary (foreign keys cascade), keeping the schema."""
    with store.engine.begin() as connection:
        connection.execute(delete(t.settings))
        for table in (t.food_items, t.food_entries, t.fluid_entries, t.medications):
            connection.execute(delete(table))
        for table in (t.cramp_episodes, t.lab_results, t.weights, t.profiles):
            connection.execute(delete(table))


def copy_through(text: str, store: DiaryStore) -> DiaryStore:
    """Import an export into an emptied ``store``."""
    wipe(store)
    transfer.import_document(store, transfer.parse_export(text), NOW)
    return store


def exports(store: DiaryStore) -> tuple[str, str]:
    """(JSON, CSV) exports of ``store``."""
    document = transfer.export_document(store)
    return transfer.to_json(document), transfer.to_csv(document)
