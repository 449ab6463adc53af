"""The diary commands end to end through ``crampcheck.cli.main`` (SQLite in a temp folder)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from crampcheck.cli import main
from crampcheck.storage.engine import HEAD_REVISION

Run = Callable[..., tuple[int, str, str]]


@pytest.fixture
def run(tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Run:
    url = f"sqlite:///{tmp_path / 'cli.db'}"

    def invoke(*args: str, db: str | None = url) -> tuple[int, str, str]:
        argv = list(args)
        if db:
            at = argv.index("--") if "--" in argv else len(argv)
            argv[at:at] = ["--db", db]
        code = 0
        try:
            main(argv)
        except SystemExit as exit_:
            code = int(exit_.code or 0)
        out, err = capsys.readouterr()
        return code, out, err

    return invoke


def test_profile_and_logging_flow(run: Run, tmp_path: Path) -> None:
    assert run("profile", "add", "ann", "--age", "58", "--sex", "female")[0] == 0
    assert run("profile", "add", "bob", "--age", "70", "--sex", "male")[0] == 0
    code, out, _ = run("profile", "list", "--json")
    assert [(p["name"], p["current"]) for p in json.loads(out)] == [("ann", True), ("bob", False)]
    code, out, _ = run(
        "log", "cramp", "--severity", "7", "--duration", "3", "--sleep", "6",
        "--location", "left calf", "--at", "2026-03-14T03:15+02:00", "--json",
    )  # fmt: skip
    assert code == 0
    assert json.loads(out)["at"] == "2026-03-14T03:15:00+02:00"
    assert run("log", "food", "a banana and spinach", "--at", "2026-03-13T19:00+02:00")[0] == 0
    assert run("log", "fluid", "500 ml", "-p", "bob")[0] == 0
    assert run("log", "med", "statin", "--started", "2026-01-02")[0] == 0
    assert run("log", "lab", "magnesium", "0.68", "mmol/L", "--at", "2026-03-01")[0] == 0
    assert run("log", "weight", "71.5")[0] == 0
    code, out, _ = run("diary", "show", "--from", "2026-03-13", "--to", "2026-03-14", "--json")
    shown = json.loads(out)
    assert code == 0
    assert shown["cramps"][0]["at"] == "2026-03-14T03:15:00+02:00"
    assert [i["food_id"] for i in shown["food"][0]["items"]] == ["09040", "11457"]
    code, out, _ = run("diary", "fix", str(shown["food"][0]["id"]), "2", "--grams", "60", "--json")
    assert code == 0
    assert json.loads(out)["items"][1]["grams"] == 60
    assert run("diary", "show")[0] == 0
    code, out, _ = run("diary", "show", "--search", "SPINACH", "--json")
    assert len(json.loads(out)["food"]) == 1
    code, out, _ = run("diary", "show", "--search", "walnut", "--json")
    assert json.loads(out)["food"] == []
    code, out, _ = run("trends", "--from", "2026-03-01", "--to", "2026-03-20", "--json")
    report = json.loads(out)
    assert report["days_with_food"] == 1
    assert report["cramp_day_comparisons"][0]["verdict"] == "not enough data yet"
    assert run("trends", "--from", "2026-03-01", "--to", "2026-03-20")[0] == 0

    exported = tmp_path / "out.json"
    assert run("export", "--format", "json", "-o", str(exported))[0] == 0
    csv_file = tmp_path / "out.csv"
    assert run("export", "--format", "csv", "-o", str(csv_file))[0] == 0
    other = f"sqlite:///{tmp_path / 'other.db'}"
    code, out, _ = run("import", str(csv_file), "--json", db=other)
    assert json.loads(out) == {"imported": 6, "unchanged": 0, "conflicts": [], "profiles": 2}
    code, out, _ = run("import", str(exported), "--json", db=other)
    assert json.loads(out) == {"imported": 0, "unchanged": 6, "conflicts": [], "profiles": 2}
    code, out, _ = run("export", db=other)
    assert out == exported.read_text()
    assert run("db", "backup", str(tmp_path / "backup.db"))[0] == 0
    assert (tmp_path / "backup.db").exists()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("log", "cramp", "--severity", "11"), "0 to 10"),
        (("log", "cramp", "--severity", "3", "--at", "2999-01-01T00:00"), "future"),
        (("log", "fluid", "lots of water"), "cannot read"),
        (("log", "cramp", "--severity", "3", "-p", "zed"), "unknown profile 'zed'"),
        (("log", "cramp", "--severity", "3", "--at", "yesterday"), "not an ISO date-time"),
        (("profile", "add", "kid", "--age", "9", "--sex", "f"), "ages 14 and over"),
        (("diary", "show", "--from", "2026-13-01"), "not a date"),
        (("export", "--format", "xml"), "json or csv"),
        (("log", "fluid", "--", "-5 ml"), "more than zero"),
        (("log", "lab", "magnesium", "--", "-1", "mmol/L"), "zero or more"),
        (("log", "med", "statin", "--started", "2026-03-02", "--stopped", "2026-03-01"), "before"),
    ],
)
def test_bad_input_exit_2_and_change_nothing(run: Run, args: tuple[str, ...], message: str) -> None:
    run("profile", "add", "ann", "--age", "58", "--sex", "female")
    before = run("export")[1]
    code, _, err = run(*args)
    assert code == 2
    assert err.startswith("Error: ")
    assert message in err
    assert err.count("\n") == 1
    assert run("export")[1] == before


def test_corrupt_import(run: Run, tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "crampcheck-diary", "version": 1, "profiles": [{"name": 1}]}')
    code, out, _ = run("import", str(bad), "--json")
    assert code == 2
    assert "not a valid export" in json.loads(out)["error"]["message"]
    assert not (tmp_path / "cli.db").exists()


def test_database_from_environment(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CRAMPCHECK_DATABASE_URL", f"sqlite:///{tmp_path / 'env.db'}")
    assert run("profile", "add", "ann", "--age", "58", "--sex", "f", db=None)[0] == 0
    assert (tmp_path / "env.db").exists()


def test_unusable_database_url(run: Run) -> None:
    code, _, err = run("profile", "list", db="nonsense://")
    assert code == 2
    assert "database" in err
    code, _, err = run("profile", "list", db="mysql://u@localhost/x")
    assert code == 2
    assert "unsupported database" in err


def test_db_upgrade(run: Run) -> None:
    code, out, _ = run("db", "upgrade", "--json")
    assert code == 0
    assert json.loads(out)["to"] == HEAD_REVISION


@pytest.mark.parametrize(
    "command",
    [
        ["profile", "add"], ["profile", "list"], ["profile", "use"], ["log", "food"],
        ["log", "fluid"], ["log", "cramp"], ["log", "med"], ["log", "lab"], ["log", "weight"],
        ["diary", "show"], ["diary", "fix"], ["diary", "sources"], ["trends"], ["export"],
        ["import"],
        ["db", "upgrade"], ["db", "backup"],
    ],
)  # fmt: skip
def test_commands_have_help_with_example(run: Run, command: list[str]) -> None:
    code, out, _ = run(*command, "--help", db=None)
    assert code == 0
    assert "Example" in out
    assert "--db" in out


def test_edit_delete_undo_and_day_view(run: Run) -> None:
    run("profile", "add", "Margaret", "--age", "70", "--sex", "female")
    at = "2026-03-14T03:15+02:00"
    assert run("log", "cramp", "--severity", "7", "--at", at)[0] == 0
    assert run("log", "fluid", "330 ml cola", "--at", "2026-03-14T12:00+02:00")[0] == 0
    code, out, _ = run("diary", "show", "--day", "2026-03-14", "-p", "MARGARET", "--json")
    day = json.loads(out)
    assert [(e["kind"], e["text"]) for e in day["entries"]] == [
        ("cramps", "Cramp: severity 7/10"),
        ("fluids", "Drink: 330 ml cola"),
    ]
    cramp = str(day["entries"][0]["id"])
    code, out, _ = run("diary", "edit", "cramp", cramp, "--severity", "4", "--duration", "2")
    assert (code, out) == (0, f"Saved cramp {cramp}: Cramp: severity 4/10, 2 min\n")
    code, out, _ = run("diary", "delete", "cramp", cramp)
    assert "Undo with: crampcheck diary undo" in out
    code, out, _ = run("diary", "show", "--day", "2026-03-14")
    assert "severity 4/10" not in out
    assert "330 ml cola" in out
    code, out, _ = run("diary", "undo")
    assert code == 0
    assert out.startswith("Restored Cramp: severity 4/10, 2 min")
    code, _, err = run("diary", "undo")
    assert (code, err) == (2, "Error: nothing to undo: no entry of Margaret was deleted\n")
    code, _, err = run("diary", "edit", "cramp", cramp, "--kg", "4")
    assert code == 2
    assert "has no field 'kg'" in err
    code, _, err = run("diary", "edit", "cramp", "x", "--severity", "4")
    assert code == 2
    assert "not a number" in err
    code, _, err = run("diary", "delete", "cramp", "999")
    assert (code, err) == (2, "Error: no cramp entry 999 in Margaret's diary\n")
    assert run("diary", "edit", "profile", "margaret", "--born", "1950-02-01")[0] == 0
    code, out, _ = run("profile", "list", "--json")
    assert json.loads(out)[0]["age"] >= 76
    code, _, err = run("diary", "delete", "profile", "margaret")
    assert code == 2
    assert "--yes" in err
    assert run("diary", "delete", "profile", "margaret", "--yes")[0] == 0
    code, out, _ = run("profile", "list", "--json")
    assert json.loads(out) == []


@pytest.mark.parametrize(
    ("args", "code", "stream", "text"),
    [
        (("magnesium", "70", "mmol/L"), 2, "err", "not possible"),
        (("unicorn level", "3", "zz"), 0, "err", "not a test crampcheck knows"),
        (("magnesium", "0.75", "mg/dL"), 0, "err", "0.75 mmol/L would be normal"),
        (("magnesium", "0.7", "mmol/L"), 0, "out", "Logged magnesium 0.7 mmol/L"),
    ],
)
def test_log_lab_plausibility(
    run: Run, args: tuple[str, ...], code: int, stream: str, text: str
) -> None:
    run("profile", "add", "ann", "--age", "58", "--sex", "female")
    result = run("log", "lab", *args)
    assert result[0] == code
    assert text in (result[2] if stream == "err" else result[1])
    shown = json.loads(run("diary", "show", "--json")[1])["labs"]
    assert len(shown) == (0 if code else 1)


def test_a_pregnant_seventy_year_old_is_refused(run: Run) -> None:
    code, _, err = run("profile", "add", "ann", "--age", "70", "--sex", "female", "--pregnant")
    assert code == 2
    assert "not plausible" in err


def test_version(run: Run) -> None:
    from crampcheck import __version__

    assert run("--version", db=None)[:2] == (0, f"crampcheck {__version__}\n")


@pytest.mark.parametrize("group", ["foods", "log", "diary", "db", "profile"])
def test_every_group_help_has_an_example(run: Run, group: str) -> None:
    code, out, _ = run(group, "--help", db=None)
    assert code == 0
    assert f"crampcheck {group} " in out.split("Example")[-1]


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("magnesium citrate 250 mg", "supplement, counted as 250 mg magnesium"),
        ("vitamin D3 1000 IU", "supplement, counted as 25 µg vitamin D"),
        ("two Slow-Mag tablets", "supplement, counted as 143 mg magnesium, 238 mg calcium"),
    ],
)
def test_logged_supplements_are_shown_as_supplements(run: Run, text: str, said: str) -> None:
    assert run("profile", "add", "ann", "--age", "58", "--sex", "female")[0] == 0
    code, out, _ = run("log", "food", f"porridge, {text}")
    assert code == 0
    assert "2 of 2 items recognised" in out
    assert f"{text}: {said}" in out
    assert "not understood" not in out
    code, out, _ = run("diary", "show")
    assert code == 0
    assert "(supplement)" in out
