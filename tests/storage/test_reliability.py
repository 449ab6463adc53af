"""Regression tests for issue 15 items that involve storage, on SQLite and PostgreSQL.

Each test runs the real CLI (``crampcheck.cli.main``) or the real services on a real database;
the item number of the issue is in each test's name.
"""

from __future__ import annotations

import csv
import io
import json
import math
import os
import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from crampcheck.core.nutrients import Nutrient
from crampcheck.errors import InputError, StorageError
from crampcheck.services import diary, transfer
from crampcheck.services.intake import analyze_intake
from crampcheck.storage.store import DiaryStore, open_store
from tests.conftest import CliResult, per_100g

NOW = datetime(2026, 3, 20, 12, tzinfo=UTC)
Cli = Callable[..., CliResult]


def _export(store: DiaryStore) -> str:
    return transfer.to_json(transfer.export_document(store))


def _one_error_line(result: CliResult, fragment: str = "") -> str:
    assert result.exit_code == 2, result
    assert result.stderr.startswith("Error: ")
    assert result.stderr.count("\n") == 1
    assert fragment.lower() in result.stderr.lower()
    return result.stderr


def _json_error(result: CliResult, fragment: str = "") -> str:
    _one_error_line(result, fragment)
    document = json.loads(result.stdout)  # exactly one JSON document
    return str(document["error"]["message"])


# --- 1. CSV import with a profile row twice ----------------------------------------------------


CSV_HEAD = ",".join(transfer.CSV_COLUMNS)


def _csv_row(**cells: str) -> str:
    return ",".join(cells.get(column, "") for column in transfer.CSV_COLUMNS)


def test_item1_second_profile_row_is_refused_not_merged(store: DiaryStore) -> None:
    profile = _csv_row(
        record="profile", profile="ann", age_years="58", sex="female", pregnant="false",
        lactating="false",
    )  # fmt: skip
    weight = _csv_row(record="weights", profile="ann", at="2026-03-01T08:00:00+00:00", kg="70")
    lines = [CSV_HEAD, profile, weight, weight, profile, weight]
    with pytest.raises(InputError, match="second 'profile' row"):
        transfer.parse_export("\r\n".join(lines) + "\r\n")
    single = "\r\n".join([*lines[:4], weight]) + "\r\n"
    assert transfer.import_document(store, transfer.parse_export(single), NOW) == 3
    [ann] = store.list_profiles()
    assert ann.id is not None
    assert [w.kg for w in store.list_weights(ann.id)] == [70, 70, 70]


def test_item1_json_profile_twice_is_refused_and_nothing_stored(store: DiaryStore) -> None:
    document = {
        "format": "crampcheck-diary",
        "version": 1,
        "profiles": [
            {"name": "ann", "age_years": 58, "sex": "female", "weights": []},
            {"name": " ann", "age_years": 58, "sex": "female"},
        ],
    }
    with pytest.raises(InputError, match="appears twice"):
        transfer.import_document(store, transfer.parse_export(json.dumps(document)), NOW)
    assert store.list_profiles() == []


# --- 3. in-memory URLs --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "url", ["sqlite://", "sqlite:///", "sqlite:///:memory:", "sqlite:///file::memory:?cache=shared"]
)
def test_item3_in_memory_database_refused(cli: Cli, url: str) -> None:
    result = cli("profile", "add", "ann", "--age", "58", "--sex", "female", "--db", url, "--json")
    assert "in-memory" in _json_error(result)


def test_item3_empty_url_refused(cli: Cli) -> None:
    _one_error_line(cli("profile", "list", "--db", " "), "empty")


# --- 4. import validated like entry, with the same limits on both engines ---------------------


def _food_doc(**item: object) -> str:
    base: dict[str, object] = {"text": "a banana", "food_id": "09040", "grams": 118.0}
    base.update(item)
    entry = {"at": "2026-03-01T08:00:00+00:00", "text": "a banana", "items": [base]}
    profile = {"name": "ann", "age_years": 58, "sex": "female", "food": [entry]}
    return json.dumps({"format": "crampcheck-diary", "version": 1, "profiles": [profile]})


BAD_IMPORTS = [
    ({"nutrients": {"magnesium_mg": math.nan}}, "magnesium_mg"),
    ({"nutrients": {"magnesium_mg": math.inf}}, "magnesium_mg"),
    ({"nutrients": {"magnesium_mg": -1.0}}, "magnesium_mg"),
    ({"nutrients": {"unicorn_mg": 1.0}}, "unknown nutrient"),
    ({"grams": math.nan}, "grams"),
    ({"text": "jam\x00"}, "NUL"),
    ({"text": "x" * 1_000_000}, "longer than"),
    ({"name": "y" * 5000}, "longer than"),
    ({"food_id": "1" * 17}, "longer than 16"),
    ({"text": "\ud800"}, "surrogate|hex escape"),
]


@pytest.mark.parametrize(("item", "fragment"), BAD_IMPORTS)
def test_item4_bad_items_refused_on_import(
    store: DiaryStore, item: dict[str, object], fragment: str
) -> None:
    with pytest.raises(InputError, match=fragment):
        transfer.import_document(store, transfer.parse_export(_food_doc(**item)), NOW)
    assert store.list_profiles() == []


@pytest.mark.parametrize(
    ("section", "record", "fragment"),
    [
        ("fluids", {"at": "2026-03-01T08:00:00Z", "millilitres": 200, "kind": "k" * 65}, "64"),
        ("labs", {"taken_on": "2026-03-01", "name": "Mg", "value": 1, "unit": "u" * 33}, "32"),
        ("labs", {"taken_on": "2026-03-01", "name": "Mg", "value": -1, "unit": "mg/dL"}, "zero"),
        ("weights", {"at": "2026-03-01T08:00:00Z", "kg": 1e400}, "finite"),
    ],
)
def test_item4_and_9_same_limits_on_both_engines(
    store: DiaryStore, section: str, record: dict[str, object], fragment: str
) -> None:
    profile = {"name": "ann", "age_years": 58, "sex": "female", section: [record]}
    raw = json.dumps({"format": "crampcheck-diary", "version": 1, "profiles": [profile]})
    with pytest.raises(InputError, match=fragment):
        transfer.import_document(store, transfer.parse_export(raw), NOW)
    assert store.list_profiles() == []


def test_item9_long_drink_kind_and_lab_unit_exit_2(cli: Cli, db_url: str) -> None:
    assert (
        cli("profile", "add", "ann", "--age", "58", "--sex", "female", "--db", db_url).exit_code
        == 0
    )
    _one_error_line(cli("log", "fluid", "200 ml " + "k" * 65, "--db", db_url), "64")
    _one_error_line(cli("log", "lab", "Mg", "1", "u" * 33, "--db", db_url), "32")
    _one_error_line(cli("log", "food", "jam\x00", "--db", db_url), "NUL")
    assert json.loads(cli("export", "--db", db_url).stdout)["profiles"][0]["fluids"] == []


def test_item4_trends_json_is_json(cli: Cli, db_url: str) -> None:
    assert (
        cli("profile", "add", "ann", "--age", "58", "--sex", "female", "--db", db_url).exit_code
        == 0
    )
    assert (
        cli("log", "food", "a banana", "--at", "2026-03-01T08:00Z", "--db", db_url).exit_code == 0
    )
    result = cli("trends", "--from", "2026-02-20", "--to", "2026-03-05", "--json", "--db", db_url)
    assert result.exit_code == 0
    json.loads(result.stdout, parse_constant=lambda c: pytest.fail(f"{c} is not JSON"))


# --- 5. diary fix: nutrients always match the grams ---------------------------------------------


@pytest.mark.parametrize("grams", [0.001, 0.5, 1.0, 33.3333, 1234.5, 5000.0])
def test_item5_fixed_nutrients_match_grams(
    store: DiaryStore, food_sql: sqlite3.Connection, grams: float
) -> None:
    ann = diary.add_profile(store, "ann", 58, "female")
    entry = diary.log_food(store, ann, "a banana", NOW - timedelta(hours=1), NOW, analyze_intake)
    assert entry.id is not None
    fixed = diary.correct_food_item(store, entry.id, 1, analyze_intake, grams=grams)
    item = fixed.items[0]
    assert item.grams == grams
    for key in ("magnesium_mg", "potassium_mg", "energy_kcal"):
        expected = per_100g(food_sql, "09040", key)
        assert expected is not None
        assert item.nutrients[key] == pytest.approx(expected * grams / 100, rel=1e-12)


def test_item5_tiny_grams_refused(cli: Cli, db_url: str) -> None:
    assert (
        cli("profile", "add", "ann", "--age", "58", "--sex", "female", "--db", db_url).exit_code
        == 0
    )
    logged = json.loads(cli("log", "food", "a banana", "--json", "--db", db_url).stdout)
    before = cli("export", "--db", db_url).stdout
    _one_error_line(
        cli("diary", "fix", str(logged["id"]), "1", "--grams", "0.00001", "--db", db_url)
    )
    assert cli("export", "--db", db_url).stdout == before


# --- 6. CSV: CR, CRLF and big entries round-trip --------------------------------------------------


def test_item6_carriage_returns_and_a_160_item_entry_round_trip(
    store: DiaryStore, tmp_path: Path
) -> None:
    ann = diary.add_profile(store, "ann", 58, "female")
    assert ann.id is not None
    from crampcheck.core.diary import CrampEpisode, FoodEntry, FoodItem

    nutrients = {n.value: 1.5 for n in Nutrient}
    items = tuple(
        FoodItem(f"{i} g [09040] note\r{'é' * 300}", "09040", "Bananas, raw", 1.0 + i, nutrients)
        for i in range(160)
    )
    store.add_food(FoodEntry(ann.id, NOW - timedelta(days=1), "lone\rCR and CRLF\r\nend", items))
    episode = CrampEpisode(0, NOW - timedelta(days=2), 5, notes="a\rb\r\nc\n")
    diary.log_cramp(store, ann, episode, NOW)
    exported = _export(store)
    csv_text = transfer.to_csv(transfer.export_document(store))
    rows = csv.reader(io.StringIO(csv_text, newline=""))
    assert max(len(cell) for row in rows for cell in row) > 131_072  # the csv module's limit
    path = tmp_path / "diary.csv"
    path.write_bytes(csv_text.encode("utf-8"))
    copy = open_store(f"sqlite:///{tmp_path / 'copy.db'}")
    document = transfer.parse_export(path.read_bytes().decode("utf-8"))
    transfer.import_document(copy, document, NOW)
    assert _export(copy) == exported
    copy.close()


# --- 7. offsets with seconds, foreign databases, read commands create nothing ---------------------


def test_item7_offset_with_seconds_refused_everywhere(cli: Cli, db_url: str) -> None:
    assert (
        cli("profile", "add", "ann", "--age", "58", "--sex", "female", "--db", db_url).exit_code
        == 0
    )
    at = "2026-03-01T00:10:00+00:19:32"
    _one_error_line(cli("log", "cramp", "-s", "3", "--at", at, "--db", db_url), "whole minutes")
    store = open_store(db_url)
    raw = json.loads(_export(store))
    raw["profiles"][0]["weights"] = [{"at": at, "kg": 70}]
    with pytest.raises(InputError, match=r"whole minutes|valid datetime"):
        transfer.import_document(store, transfer.parse_export(json.dumps(raw)), NOW)
    assert store.list_weights(store.list_profiles()[0].id or 0) == []
    store.close()


@pytest.mark.parametrize("minutes", [-(23 * 60 + 59), -330, -1, 0, 1, 345, 23 * 60 + 59])
def test_item7_every_whole_minute_offset_reads_back(store: DiaryStore, minutes: int) -> None:
    ann = diary.add_profile(store, "ann", 58, "female")
    at = datetime(2026, 3, 1, 0, 5, tzinfo=timezone(timedelta(minutes=minutes)))
    stored = diary.log_weight(store, ann, 70, at, NOW)
    assert ann.id is not None
    [back] = store.list_weights(ann.id)
    assert back.at == stored.at
    assert back.at.utcoffset() == timedelta(minutes=minutes)
    assert back.at.date() == at.date()


def test_item7_another_programs_sqlite_file_is_not_touched(cli: Cli, tmp_path: Path) -> None:
    path = tmp_path / "photos.db"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)")
    before = path.read_bytes()
    for args in (("profile", "add", "ann", "--age", "58", "--sex", "female"), ("db", "upgrade")):
        _one_error_line(cli(*args, "--db", f"sqlite:///{path}"), "not a crampcheck diary")
    assert path.read_bytes() == before


@pytest.mark.postgres
def test_item7_another_programs_postgres_schema_is_not_touched(cli: Cli, db_url: str) -> None:
    if not db_url.startswith("postgresql"):
        pytest.skip("PostgreSQL only")
    engine = create_engine(db_url)
    with engine.begin() as connection:
        connection.execute(text("CREATE TABLE invoices (id integer primary key)"))
    _one_error_line(cli("profile", "list", "--db", db_url), "not a crampcheck diary")
    with engine.connect() as connection:
        tables = connection.execute(
            text("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
        ).scalars()
        assert sorted(tables) == ["invoices"]
    engine.dispose()


@pytest.mark.parametrize(
    "args",
    [
        ("profile", "list"),
        ("diary", "show"),
        ("trends",),
        ("export",),
        ("db", "backup", "copy.db"),
        ("report", "-o", "r.html"),
    ],
)
def test_item7_read_commands_create_nothing(
    cli: Cli, tmp_path: Path, args: tuple[str, ...]
) -> None:
    target = tmp_path / "new" / "folder" / "diary.db"
    _one_error_line(cli(*args, "--db", f"sqlite:///{target}"), "no diary database")
    assert not (tmp_path / "new").exists()


# --- 9. corrupt and non-database files, newer schema --------------------------------------------


@pytest.mark.parametrize(
    "content",
    [b"hello, I am a text file\n", b"SQLite format 3\x00" + bytes(range(256)) * 20, b"\x00" * 4096],
)
def test_item9_corrupt_or_foreign_file_exit_2(cli: Cli, tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "diary.db"
    path.write_bytes(content)
    for args in (("profile", "list"), ("log", "weight", "70"), ("export",), ("db", "upgrade")):
        _json_error(cli(*args, "--db", f"sqlite:///{path}", "--json"))
    assert path.read_bytes() == content


def _newer(db_url: str) -> None:
    engine = create_engine(db_url)
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    engine.dispose()


def test_item9_newer_schema_refused_but_export_and_backup_work(
    cli: Cli, db_url: str, tmp_path: Path
) -> None:
    assert (
        cli("profile", "add", "ann", "--age", "58", "--sex", "female", "--db", db_url).exit_code
        == 0
    )
    assert cli("log", "weight", "70.5", "--db", db_url).exit_code == 0
    _newer(db_url)
    for args in (
        ("profile", "list"),
        ("log", "weight", "71"),
        ("diary", "show"),
        ("db", "upgrade"),
    ):
        _one_error_line(cli(*args, "--db", db_url), "newer crampcheck")
    exported = json.loads(cli("export", "--db", db_url).stdout)
    assert [w["kg"] for w in exported["profiles"][0]["weights"]] == [70.5]
    if db_url.startswith("sqlite"):
        result = cli("db", "backup", str(tmp_path / "copy.db"), "--db", db_url)
        assert result.exit_code == 0, result
        assert (tmp_path / "copy.db").stat().st_size > 0


@pytest.mark.parametrize(
    ("url_of", "fragment"),
    [
        (lambda tmp: f"sqlite:///{tmp / 'a_file' / 'diary.db'}", "is a file"),
        (lambda tmp: "sqlite+nosuchdriver:///" + str(tmp / "x.db"), "driver"),
        (lambda tmp: "mysql://u:p@localhost/db", "unsupported database"),
        (lambda tmp: "not a url at all", "not a database url"),
        (lambda tmp: f"sqlite:///{tmp}", "is a folder"),
    ],
)
def test_item9_unusable_db_locations_exit_2(
    cli: Cli, tmp_path: Path, url_of: Callable[[Path], str], fragment: str
) -> None:
    (tmp_path / "a_file").write_text("x")
    args = ("profile", "add", "ann", "--age", "58", "--sex", "female", "--json")
    assert fragment in _json_error(cli(*args, "--db", url_of(tmp_path))).lower()


def test_item9_fix_with_huge_ids_exit_2(cli: Cli, db_url: str) -> None:
    assert (
        cli("profile", "add", "ann", "--age", "58", "--sex", "female", "--db", db_url).exit_code
        == 0
    )
    for entry in ("9223372036854775808", "2147483648", "0", "-5"):
        result = cli("diary", "fix", entry, "1", "--grams", "3", "--db", db_url, "--json")
        _json_error(result)


# --- 11. reads never wait for a writer; PostgreSQL errors in one line ---------------------------


def test_item11_reads_work_while_a_writer_holds_the_lock(cli: Cli, tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'diary.db'}"
    assert (
        cli("profile", "add", "ann", "--age", "58", "--sex", "female", "--db", url).exit_code == 0
    )
    writer = sqlite3.connect(tmp_path / "diary.db", isolation_level=None, timeout=0)
    writer.execute("BEGIN IMMEDIATE")  # a long import holds the write lock
    writer.execute("INSERT INTO settings (key, value) VALUES ('busy', 'yes')")
    try:
        listed = cli("profile", "list", "--json", "--db", url)
        assert listed.exit_code == 0, listed
        assert [p["name"] for p in json.loads(listed.stdout)] == ["ann"]
        for args in (("diary", "show"), ("trends",), ("export",)):
            assert cli(*args, "--db", url).exit_code == 0
    finally:
        writer.execute("ROLLBACK")
        writer.close()


def test_item11_postgres_connection_error_is_one_line(cli: Cli) -> None:
    url = "postgresql+psycopg://nobody:wrong@127.0.0.1:1/nothing"
    message = _json_error(cli("profile", "list", "--db", url, "--json"))
    assert "\n" not in message


# --- 12. bounded work -------------------------------------------------------------------------


def test_item12_trends_period_is_bounded(cli: Cli, db_url: str) -> None:
    assert (
        cli("profile", "add", "ann", "--age", "58", "--sex", "female", "--db", db_url).exit_code
        == 0
    )
    result = cli("trends", "--from", "0001-01-02", "--to", "9999-12-28", "--db", db_url)
    _one_error_line(result, "at most 3660 days")
    edge = cli("trends", "--from", "0001-01-01", "--to", "0001-02-01", "--json", "--db", db_url)
    assert edge.exit_code == 0
    assert json.loads(edge.stdout)["days_with_food"] == 0


def test_item12_diary_show_pages_by_local_date(store: DiaryStore) -> None:
    ann = diary.add_profile(store, "ann", 58, "female")
    west, east = timezone(timedelta(hours=-5)), timezone(timedelta(hours=13))
    times = [
        datetime(2026, 3, 1, 23, 30, tzinfo=west),  # 2 March in UTC, 1 March as logged
        datetime(2026, 3, 2, 0, 30, tzinfo=east),  # 1 March in UTC, 2 March as logged
        *[datetime(2026, 3, 2, hour, tzinfo=UTC) for hour in range(1, 12)],
        datetime(2026, 3, 3, 0, 0, tzinfo=UTC),
    ]
    for at in times:
        diary.log_weight(store, ann, 70, at, NOW)
    from datetime import date

    day = date(2026, 3, 2)
    everything = diary.show_diary(store, ann, day, day)
    assert [w.at for w in everything.weights] == times[1:13]
    pages = [diary.show_diary(store, ann, day, day, limit=5, page=n) for n in (1, 2, 3)]
    assert [w.at for page in pages for w in page.weights] == times[1:13]
    assert [page.more for page in pages] == [True, True, False]
    whole = diary.show_diary(store, ann, date.min, date.max, limit=100)
    assert len(whole.weights) == len(times)


def test_item12_diary_show_page_options(cli: Cli, db_url: str) -> None:
    assert (
        cli("profile", "add", "ann", "--age", "58", "--sex", "female", "--db", db_url).exit_code
        == 0
    )
    for hour in range(3):
        at = f"2026-03-01T0{hour}:00+00:00"
        assert cli("log", "weight", "70", "--at", at, "--db", db_url).exit_code == 0
    shown = json.loads(cli("diary", "show", "--limit", "2", "--json", "--db", db_url).stdout)
    assert shown["page"] == {"number": 1, "limit": 2, "more": True}
    assert len(shown["weights"]) == 2
    second = cli("diary", "show", "--limit", "2", "--page", "2", "--json", "--db", db_url)
    assert [w["at"] for w in json.loads(second.stdout)["weights"]] == ["2026-03-01T02:00:00+00:00"]
    _one_error_line(cli("diary", "show", "--limit", "x", "--db", db_url), "--limit")
    _one_error_line(cli("diary", "show", "--limit", "0", "--db", db_url), "--limit")


def test_store_errors_are_crampcheck_errors(store: DiaryStore) -> None:
    with pytest.raises(StorageError):
        open_store("sqlite:///" + "/proc/no/such/place.db")


# --- 2. a failed backup leaves nothing under the target's name ----------------------------------


def _backup_with_file_size_limit(db: Path, target: Path, limit: int) -> CliResult:
    import resource
    import signal
    import subprocess
    import sys

    def small_disk() -> None:  # writes beyond ``limit`` bytes fail like a full disk
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    # Without coverage's subprocess settings: under the limit it could not write its data.
    env = {k: v for k, v in os.environ.items() if not k.startswith("COVERAGE_")}
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "crampcheck",
            "db",
            "backup",
            str(target),
            "--db",
            f"sqlite:///{db}",
        ],
        preexec_fn=small_disk,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    return CliResult(done.returncode, done.stdout, done.stderr)


def test_item2_failed_backup_leaves_no_file_and_a_retry_works(cli: Cli, tmp_path: Path) -> None:
    db = tmp_path / "diary.db"
    url = f"sqlite:///{db}"
    assert (
        cli("profile", "add", "ann", "--age", "58", "--sex", "female", "--db", url).exit_code == 0
    )
    for day in range(1, 28):
        at = f"2026-02-{day:02d}T08:00+00:00"
        assert cli("log", "weight", "70", "--at", at, "--db", url).exit_code == 0
    target = tmp_path / "backups" / "copy.db"
    failed = _backup_with_file_size_limit(db, target, limit=60_000)
    _one_error_line(failed, "backup failed")
    assert not target.exists()
    assert [p.name for p in target.parent.iterdir()] == []
    assert cli("db", "backup", str(target), "--db", url).exit_code == 0
    copy = open_store(f"sqlite:///{target}")
    assert json.loads(_export(copy)) == json.loads(cli("export", "--db", url).stdout)
    copy.close()
    _one_error_line(cli("db", "backup", str(target), "--db", url), "already exists")
