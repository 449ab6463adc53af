"""Regression tests for issue 15's error-contract items at the CLI boundary.

Every failure is exit code 2 with one ``Error: ...`` line on stderr and, under ``--json``,
exactly one ``{"error": ...}`` document on stdout; a ``--batch`` line's failure is its own
error line while the other lines still run. Runs through ``crampcheck.cli.main`` in-process, and
as a real subprocess where the operating system is part of the test (closed pipe, full disk,
non-UTF-8 bytes).
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import CliResult

Cli = Callable[..., CliResult]
BIG = "1" * 320  # 309+ digits: infinite as a float


def _error(result: CliResult, fragment: str = "") -> str:
    assert result.exit_code == 2, result
    assert result.stderr.startswith("Error: "), result
    assert result.stderr.count("\n") == 1, result
    assert fragment.lower() in result.stderr.lower()
    return result.stderr


def _json_error(result: CliResult, fragment: str = "") -> dict[str, object]:
    _error(result, fragment)
    document = json.loads(result.stdout)
    assert set(document) == {"error"}
    return dict(document["error"])


def _strict_json(text: str) -> object:
    def refuse(constant: str) -> object:
        raise AssertionError(f"{constant} is not JSON")

    return json.loads(text, parse_constant=refuse)


# --- 8. usage errors --------------------------------------------------------------------------

USAGE_ERRORS = [
    ("log", "cramp", "--severity", "abc"),
    ("log", "cramp", "--severity"),
    ("diary", "fix", "x", "1", "--grams", "3"),
    ("diary", "fix", "1", "1", "--grams", "lots"),
    ("foods", "search", "banana", "--limit", "x"),
    ("foods", "top", "magnesium", "--per", "spoon"),
    ("profile", "add", "ann"),
    ("log", "weight"),
    ("no-such-command",),
    ("intake", "--no-such-option"),
    ("diary", "show", "--limit", "x"),
]


@pytest.mark.parametrize("args", USAGE_ERRORS)
def test_item8_usage_errors_are_one_line(cli: Cli, args: tuple[str, ...]) -> None:
    _error(cli(*args))


@pytest.mark.parametrize("args", USAGE_ERRORS)
def test_item8_usage_errors_give_one_json_document(cli: Cli, args: tuple[str, ...]) -> None:
    error = _json_error(cli(*args, "--json"))
    assert error["type"] in ("usage_error", "input_error", "InputError")


def test_item8_group_without_command_shows_help_and_one_error_line(cli: Cli) -> None:
    result = cli("log")
    _error(result, "missing")
    assert "Usage" in result.stdout


def test_item8_help_still_works(cli: Cli) -> None:
    result = cli("log", "cramp", "--help")
    assert result.exit_code == 0
    assert "--severity" in result.stdout


# --- 9. deep nesting, non-UTF-8, dates at the edges ---------------------------------------------

DEEP = "[" * 1000 + "]" * 1000


def test_item9_deeply_nested_case(cli: Cli) -> None:
    error = _json_error(cli("assess", "-", "--json", stdin=DEEP), "nested too deeply")
    assert error["type"] == "InputError"


def test_item9_deeply_nested_line_does_not_abort_the_batch(cli: Cli) -> None:
    case = '{"profile": {"age": 58, "sex": "female"}, "symptoms": ["night cramps"]}'
    result = cli("assess", "--batch", stdin="\n".join([case, DEEP, case]) + "\n")
    assert result.exit_code == 0
    lines = [_strict_json(line) for line in result.stdout.splitlines()]
    assert len(lines) == 3
    assert "triage" in lines[0]  # type: ignore[operator]
    assert "triage" in lines[2]  # type: ignore[operator]
    assert lines[1] == {
        "error": {
            "message": "the case is nested too deeply to be a case document",
            "type": "InputError",
            "line": 2,
        }
    }


def test_item9_deeply_nested_csv_items(cli: Cli, tmp_path: Path) -> None:
    from crampcheck.services.transfer import CSV_COLUMNS

    cells = {"record": "profile", "profile": "ann", "age_years": "58", "sex": "female"}
    cells |= {"pregnant": "false", "lactating": "false"}
    profile = ",".join(cells.get(c, "") for c in CSV_COLUMNS)
    food = {"record": "food", "profile": "ann", "at": "2026-03-01T08:00:00+00:00", "text": "x"}
    food["items"] = DEEP  # in its own column, wherever that is
    row = ",".join(food.get(c, "") for c in CSV_COLUMNS)
    path = tmp_path / "deep.csv"
    path.write_text("\r\n".join([",".join(CSV_COLUMNS), profile, row]) + "\r\n")
    db = f"sqlite:///{tmp_path / 'diary.db'}"
    _json_error(cli("import", str(path), "--db", db, "--json"), "nested too deeply")


def _run(args: list[str], stdin: bytes = b"", stdout: int | None = None) -> CliResult:
    done = subprocess.run(
        [sys.executable, "-m", "crampcheck", *args],
        input=stdin,
        stdout=stdout if stdout is not None else subprocess.PIPE,
        stderr=subprocess.PIPE,
        timeout=120,
        check=False,
    )
    out = done.stdout.decode("utf-8") if done.stdout else ""
    return CliResult(done.returncode, out, done.stderr.decode("utf-8"))


@pytest.mark.parametrize(
    "args",
    [
        ["log", "food", "\udcff banana"],
        ["log", "cramp", "-s", "3", "--notes", "\udcfe\udcff"],
        ["log", "med", "stat\udce9n 20 mg"],
        ["intake", "\udcff a banana", "--json"],
    ],
)
def test_item9_non_utf8_arguments(cli: Cli, tmp_path: Path, args: list[str]) -> None:
    db = f"sqlite:///{tmp_path / 'diary.db'}"
    result = cli(*args, "--db", db) if args[0] == "log" else cli(*args)
    _error(result, "not valid UTF-8")
    assert not (tmp_path / "diary.db").exists()


def test_item9_non_utf8_bytes_from_a_real_shell(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'diary.db'}"
    assert (
        _run(["profile", "add", "ann", "--age", "58", "--sex", "female", "--db", db]).exit_code == 0
    )
    done = subprocess.run(
        [sys.executable, "-m", "crampcheck", "log", "food", b"\xff banana", "--db", db],
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 2
    assert done.stderr.decode("utf-8").startswith("Error: argument 3 is not valid UTF-8")
    piped = _run(["intake", "-", "--json"], stdin=b"a banana \xff\xfe")
    _error(piped, "not UTF-8")
    piped.stdout.encode("utf-8")
    batch = _run(["intake", "--batch"], stdin=b'{"text": "a banana"}\n\xff\n{"text": "an apple"}\n')
    lines = [_strict_json(line) for line in batch.stdout.splitlines()]
    assert [("error" in line) for line in lines] == [False, True, False]  # type: ignore[operator]


@pytest.mark.parametrize(
    "args",
    [
        ("diary", "show", "--from", "0001-01-01"),
        ("diary", "show", "--to", "9999-12-31"),
        ("diary", "show", "--from", "0001-01-01", "--to", "9999-12-31"),
        ("trends", "--from", "9999-12-01", "--to", "9999-12-31"),
        ("trends", "--from", "0001-01-01", "--to", "0001-01-31"),
        ("log", "cramp", "-s", "3", "--at", "0001-01-01T00:00"),
        ("log", "cramp", "-s", "3", "--at", "9999-12-31T23:59"),
        ("log", "weight", "70", "--at", "0001-01-01T00:00+14:00"),
        ("log", "med", "statin", "--started", "0001-01-01"),
        ("log", "lab", "magnesium", "0.8", "mmol/L", "--at", "0001-01-01"),
    ],
)
def test_item9_dates_at_the_edges(cli: Cli, tmp_path: Path, args: tuple[str, ...]) -> None:
    db = f"sqlite:///{tmp_path / 'diary.db'}"
    assert cli("profile", "add", "ann", "--age", "58", "--sex", "female", "--db", db).exit_code == 0
    result = cli(*args, "--db", db, "--json")
    assert result.exit_code in (0, 2), result
    if result.exit_code == 2:
        _json_error(result)
    else:
        _strict_json(result.stdout)


def test_item9_closed_pipe_and_full_disk_on_stdout(tmp_path: Path) -> None:
    with open("/dev/full", "wb") as full:
        result = _run(["foods", "search", "banana", "--json"], stdout=full.fileno())
    _error(result, "no space left")
    reader = subprocess.Popen(
        [sys.executable, "-m", "crampcheck", "foods", "top", "magnesium", "--all"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert reader.stdout is not None
    assert reader.stderr is not None
    reader.stdout.close()  # like `| head` that has already exited
    err = reader.stderr.read().decode("utf-8")
    reader.stderr.close()
    assert reader.wait(timeout=120) == 2
    assert err.startswith("Error: cannot write the output")
    assert err.count("\n") == 1


# --- 10. numbers of 309+ digits -----------------------------------------------------------------


def test_item10_huge_numbers_in_intake(cli: Cli) -> None:
    result = cli("intake", f"{BIG} g banana, {BIG} x {BIG} apples, {BIG}/1 g rice", "--json")
    assert result.exit_code == 0, result
    _strict_json(result.stdout)


def test_item10_huge_numbers_in_batch_and_assess(cli: Cli) -> None:
    lines = [
        json.dumps({"text": f"{BIG} g banana"}),
        '{"text": "a banana", "profile": {"age": ' + BIG + ', "sex": "female"}}',
    ]
    result = cli("intake", "--batch", stdin="\n".join(lines) + "\n")
    assert [("error" in _strict_json(line)) for line in result.stdout.splitlines()] == [False, True]  # type: ignore[operator]
    for case in (
        '{"profile": {"age": 58, "sex": "female"}, "labs": {"magnesium": {"value": '
        + BIG
        + ', "unit": "mg/dL"}}}',
        '{"profile": {"age": 58, "sex": "female"}, "cramps": {"frequency_per_week": 1e999}}',
        '{"profile": {"age": 58, "sex": "female"}, "diary": "' + BIG + ' g banana"}',
        '{"profile": {"age": NaN, "sex": "female"}}',
    ):
        out = cli("assess", "-", "--json", stdin=case)
        assert out.exit_code in (0, 2), out
        _strict_json(out.stdout)
        if out.exit_code == 2:
            _json_error(out)


# --- 12. batch lines are read in bounded pieces ---------------------------------------------------


def test_item12_long_batch_line_is_its_own_error() -> None:
    from crampcheck.cli.batch import MAX_LINE_CHARS

    huge = b'{"text": "' + b"a" * (MAX_LINE_CHARS * 3) + b'"}\n'
    result = _run(["intake", "--batch"], stdin=huge + b'{"text": "a banana"}\n')
    lines = [_strict_json(line) for line in result.stdout.splitlines()]
    assert result.exit_code == 0
    assert lines[0] == {
        "error": {
            "message": f"line is longer than {MAX_LINE_CHARS:,} characters",
            "type": "input_error",
            "line": 1,
        }
    }
    assert "items" in lines[1]  # type: ignore[operator]


def test_item11_multi_line_messages_become_one_line() -> None:
    from crampcheck.cli.output import one_line

    message = 'connection to server at "127.0.0.1", port 1 failed\n\tIs the server running?\n'
    assert one_line(message) == (
        'connection to server at "127.0.0.1", port 1 failed; Is the server running?'
    )
