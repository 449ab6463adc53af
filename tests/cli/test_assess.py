"""`crampcheck assess`: JSON shape, human output, --batch with a bad line, errors exit 2."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from crampcheck.cli import main

CASE = {
    "profile": {"age": 67, "sex": "female"},
    "cramps": {"timing": "any", "duration_minutes": 1440, "location": "left calf"},
    "symptoms": ["calf_swelling_one_side", "warm calf"],
}


def run_main(
    args: list[str],
    stdin: str = "",
    capsys: pytest.CaptureFixture[str] | None = None,
    monkeypatch: pytest.MonkeyPatch | None = None,
) -> tuple[int, str, str]:
    assert capsys is not None
    assert monkeypatch is not None
    import io

    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = 0
    try:
        main(args)
    except SystemExit as exit_:
        code = int(exit_.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def test_json_output(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "case.json"
    path.write_text(json.dumps(CASE))
    code, out, _ = run_main(["assess", str(path), "--json"], capsys=capsys, monkeypatch=monkeypatch)
    assert code == 0
    result = json.loads(out)
    assert result["triage"] == "emergency"
    assert result["red_flags"][0]["id"] == "dvt_signs"
    assert result["factors"][0]["id"] == "dvt_suspected"


def test_stdin_dash(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    code, out, _ = run_main(["assess", "-", "--json"], json.dumps(CASE), capsys, monkeypatch)
    assert code == 0
    assert json.loads(out)["triage"] == "emergency"


def test_human_output_leads_with_triage(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, out, _ = run_main(["assess", "-"], json.dumps(CASE), capsys, monkeypatch)
    assert code == 0
    assert out.index("EMERGENCY") < out.index("What to do now") < out.index("contributing")
    assert "not a diagnosis" in out


@pytest.mark.parametrize(("locale", "number"), [("en-GB", "999"), ("en-AU", "000")])
def test_human_output_uses_the_triage_table_and_locale(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, locale: str, number: str
) -> None:
    from crampcheck.data.kb import load_knowledge_base

    case = {"profile": {"age": 50, "sex": "male"}, "symptoms": ["collapsed"], "locale": locale}
    code, out, _ = run_main(["assess", "-"], json.dumps(case), capsys, monkeypatch)
    assert code == 0
    assert load_knowledge_base().guidance["emergency"].title.upper() in out
    assert f"Call {number}" in out


@pytest.mark.parametrize(
    ("stdin", "message"),
    [
        ("this is not json", "not valid JSON"),
        ("[1, 2]", "JSON object"),
        ('{"profile": {"age": 7, "sex": "male"}}', "ages 14 and over"),
        ('{"profile": {"sex": "male"}}', "profile.age is required"),
        ("", "empty"),
    ],
)
def test_errors_exit_2_with_one_line(
    stdin: str, message: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, out, err = run_main(["assess", "-"], stdin, capsys, monkeypatch)
    assert code == 2
    assert err.startswith("Error: ")
    assert message in err
    assert err.count("\n") == 1
    assert "Traceback" not in out + err


def test_error_with_json_prints_error_object(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, out, err = run_main(["assess", "-", "--json"], "nope", capsys, monkeypatch)
    assert code == 2
    assert "not valid JSON" in json.loads(out)["error"]["message"]
    assert err.startswith("Error: ")


def test_missing_file(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    code, _, err = run_main(["assess", "/no/such/case.json"], "", capsys, monkeypatch)
    assert code == 2
    assert "no such case file" in err


def test_batch_with_a_bad_line(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    lines = "\n".join([json.dumps(CASE), "{bad", json.dumps({"profile": {"age": 30, "sex": "m"}})])
    code, out, _ = run_main(["assess", "--batch"], lines + "\n", capsys, monkeypatch)
    assert code == 0
    results = [json.loads(line) for line in out.splitlines()]
    assert [r.get("triage") for r in results] == ["emergency", None, "self_care"]
    assert "error" in results[1]


def test_help_lists_assess() -> None:
    from crampcheck.cli.app import app

    result = CliRunner().invoke(app, ["assess", "--help"])
    assert result.exit_code == 0
    assert "--batch" in result.output


def test_subprocess_no_traceback_on_binary_input(tmp_path: Path) -> None:
    path = tmp_path / "case.json"
    path.write_bytes(b"\xff\xfe\x00garbage")
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    done = subprocess.run(
        [sys.executable, "-m", "crampcheck", "assess", str(path)],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    assert done.stderr.startswith("Error: ")


def test_one_megabyte_description_is_a_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "big.json"
    path.write_text(json.dumps({"profile": {"age": 40, "sex": "male"}, "description": "a" * 2**20}))
    code, _, err = run_main(["assess", str(path)], "", capsys, monkeypatch)
    assert code == 2
    assert "too large" in err


@pytest.mark.parametrize(
    ("labs", "note"),
    [
        ({"magnesium": {"value": 1.9, "unit": "furlongs"}}, "unknown unit"),
        ({"potassium": {"value": -3, "unit": "mmol/L"}}, "not possible"),
    ],
)
def test_bad_labs_become_not_understood(
    labs: dict[str, object],
    note: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    case = {"profile": {"age": 40, "sex": "male"}, "labs": labs}
    code, out, _ = run_main(["assess", "-", "--json"], json.dumps(case), capsys, monkeypatch)
    assert code == 0
    assert any(note in item for item in json.loads(out)["not_understood"])
