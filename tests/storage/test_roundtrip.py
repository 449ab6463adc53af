"""Round-trip properties: export → import → export is identical, for JSON and CSV, on both
engines and across them (SQLite → PostgreSQL → SQLite), with arbitrary Unicode (CR, CRLF,
formula-looking cells), huge entries and every whole-minute UTC offset.
"""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, seed, settings

from crampcheck.services import transfer
from crampcheck.storage.store import DiaryStore, open_store
from tests.storage import roundtrip_data as rt
from tests.storage.conftest import POSTGRES_ENV, reset_postgres

SETTINGS = settings(
    max_examples=60,
    deadline=None,
    database=None,
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.function_scoped_fixture,
    ],
)


@pytest.fixture(scope="module")
def sqlite_pair(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[DiaryStore, DiaryStore]]:
    folder = tmp_path_factory.mktemp("roundtrip")
    first, second = (
        open_store(f"sqlite:///{folder / 'a.db'}"),
        open_store(f"sqlite:///{folder / 'b.db'}"),
    )
    yield first, second
    first.close()
    second.close()


@seed(15)
@SETTINGS
@given(people=rt.diaries())
def test_json_and_csv_round_trip_on_sqlite(
    sqlite_pair: tuple[DiaryStore, DiaryStore], people: list[object]
) -> None:
    source, copy = sqlite_pair
    rt.wipe(source)
    rt.store_diaries(source, people)  # type: ignore[arg-type]
    as_json, as_csv = rt.exports(source)
    assert rt.exports(rt.copy_through(as_json, copy)) == (as_json, as_csv)
    assert rt.exports(rt.copy_through(as_csv, copy)) == (as_json, as_csv)


@pytest.mark.postgres
@pytest.mark.skipif(not os.environ.get(POSTGRES_ENV), reason=f"set {POSTGRES_ENV}")
def test_sqlite_to_postgres_to_sqlite(
    sqlite_pair: tuple[DiaryStore, DiaryStore],
) -> None:
    url = os.environ[POSTGRES_ENV]
    reset_postgres(url)
    postgres = open_store(url)
    source, back = sqlite_pair

    @seed(15)
    @SETTINGS
    @given(people=rt.diaries())
    def chain(people: list[object]) -> None:
        rt.wipe(source)
        rt.store_diaries(source, people)  # type: ignore[arg-type]
        as_json, as_csv = rt.exports(source)
        via_csv = rt.exports(rt.copy_through(as_csv, postgres))[1]
        assert rt.exports(rt.copy_through(via_csv, back)) == (as_json, as_csv)
        via_json = rt.exports(rt.copy_through(as_json, postgres))[0]
        assert rt.exports(rt.copy_through(via_json, back)) == (as_json, as_csv)

    try:
        chain()
    finally:
        postgres.close()


# --- CSV injection: formula cells are escaped and still round-trip exactly ----------------------


@pytest.mark.parametrize(
    "cell",
    ['=HYPERLINK("http://evil","x")', "=cmd|' /C calc'!A0", "+1", "-1", "@SUM(A1)", "\tx", "\rx"],
)
def test_formula_cells_are_escaped_and_read_back(
    store: DiaryStore, tmp_path: Path, cell: str
) -> None:
    from datetime import timedelta

    from crampcheck.core.diary import CrampEpisode, validate_cramp
    from crampcheck.services import diary

    ann = diary.add_profile(store, "ann", 58, "female")
    assert ann.id is not None
    episode = CrampEpisode(ann.id, rt.NOW - timedelta(days=1), 4, notes=cell, location="'" + cell)
    store.add_cramp(validate_cramp(episode, rt.NOW))  # kept as typed (an import keeps tabs)
    document = transfer.export_document(store)
    exported = transfer.to_csv(document)
    rows = list(csv.DictReader(io.StringIO(exported, newline="")))
    cramp = next(row for row in rows if row["record"] == "cramps")
    assert cramp["notes"] == "'" + cell  # a spreadsheet shows text, it does not run it
    assert cramp["location"] == "''" + cell
    for row in rows:
        for value in row.values():
            assert not value.startswith(transfer.FORMULA_STARTS)
    path = tmp_path / "diary.csv"
    path.write_bytes(exported.encode("utf-8"))
    copy = open_store(f"sqlite:///{tmp_path / 'copy.db'}")
    transfer.import_document(copy, transfer.parse_export(path.read_bytes().decode()), rt.NOW)
    assert transfer.to_json(transfer.export_document(copy)) == transfer.to_json(document)
    copy.close()


@pytest.mark.parametrize(
    ("cell", "escaped"),
    [("=1", "'=1"), ("'=1", "''=1"), ("'", "''"), ("a=1", "a=1"), ("", ""), (" =1", " =1")],
)
def test_escape_cell_is_undone_exactly(cell: str, escaped: str) -> None:
    assert transfer.escape_cell(cell) == escaped
    assert transfer.unescape_cell(escaped) == cell
