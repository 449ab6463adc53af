"""``crampcheck report`` end to end through ``crampcheck.cli.main``."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from crampcheck.cli import main
from tests.conftest import ROOT

Run = Callable[..., tuple[int, str, str]]


@pytest.fixture
def run(tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Run:
    monkeypatch.chdir(tmp_path)
    url = f"sqlite:///{tmp_path / 'cli.db'}"

    def invoke(*args: str) -> tuple[int, str, str]:
        code = 0
        try:
            main([*args, "--db", url] if "--case" not in args else list(args))
        except SystemExit as exit_:
            code = int(exit_.code or 0)
        out, err = capsys.readouterr()
        return code, out, err

    return invoke


@pytest.fixture
def logged(run: Run) -> Run:
    assert run("profile", "add", "ann", "--age", "58", "--sex", "female")[0] == 0
    assert run("log", "food", "a banana and spinach", "--at", "2026-03-13T19:00+01:00")[0] == 0
    assert run("log", "cramp", "--severity", "6", "--at", "2026-03-14T03:15+01:00")[0] == 0
    assert run("log", "med", "chlorthalidone 25 mg", "--started", "2026-02-20")[0] == 0
    return run


def test_html_report(logged: Run, tmp_path: Path) -> None:
    code, out, err = logged(
        "report", "--from", "2026-03-01", "--to", "2026-03-31", "--format", "html", "-o", "r.html"
    )
    assert (code, err) == (0, "")
    assert "Wrote r.html" in out
    html = (tmp_path / "r.html").read_text(encoding="utf-8")
    assert "1 Mar 2026 to 31 Mar 2026" in html
    assert "chlorthalidone 25 mg" in html
    suggestions = html.split('<section id="suggestions">', 1)[1].split("</section>", 1)[0]
    assert "Foods that would close the low nutrients" in suggestions  # the real suggester ran
    assert suggestions.count("<tr><td>") >= 1


def test_pdf_report(logged: Run, tmp_path: Path) -> None:
    pytest.importorskip("weasyprint")
    code, _, err = logged("report", "--from", "2026-03-01", "--to", "2026-03-31", "-o", "r.pdf")
    assert (code, err) == (0, "")
    assert (tmp_path / "r.pdf").read_bytes().startswith(b"%PDF-")


def test_case_report(run: Run, tmp_path: Path) -> None:
    case = {"profile": {"age": 40, "sex": "male"}, "cramps": {"timing": "night"}}
    (tmp_path / "case.json").write_text(json.dumps(case), encoding="utf-8")
    code, _, err = run("report", "--case", "case.json", "--format", "html", "-o", "c.html")
    assert (code, err) == (0, "")
    assert "one assessment" in (tmp_path / "c.html").read_text(encoding="utf-8")


def _one_line_error(result: tuple[int, str, str], fragment: str) -> None:
    code, _, err = result
    assert code == 2
    assert err.startswith("Error: ")
    assert err.count("\n") == 1
    assert fragment in err


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (("--from", "2026-02-30"), "is not a date"),
        (("--to", "yesterday"), "is not a date"),
        (("--from", "2026-03-10", "--to", "2026-03-01"), "before --from"),
        (("--profile", "zed"), "unknown profile"),
        (("--format", "docx"), "html, pdf or fhir"),
        (("--to", "2999-01-01"), "in the future"),
    ],
)
def test_bad_input_is_a_one_line_error(logged: Run, args: tuple[str, ...], fragment: str) -> None:
    _one_line_error(logged("report", "--format", "html", *args, "-o", "r.html"), fragment)


def test_unwritable_output(logged: Run, tmp_path: Path) -> None:
    _one_line_error(logged("report", "--format", "html", "-o", "missing/r.html"), "does not exist")
    _one_line_error(logged("report", "--format", "html", "-o", str(tmp_path)), "is a folder")


def test_read_only_output(logged: Run, tmp_path: Path) -> None:
    locked = tmp_path / "locked.html"
    locked.write_text("")
    locked.chmod(0o400)
    if os.geteuid() != 0:
        result = logged("report", "--format", "html", "-o", str(locked))
        _one_line_error(result, "permission denied")
        return
    # CI runs as root, who may write anywhere: run the real command without the capability
    # that lets root ignore file permissions, so it meets the read-only file as anyone would.
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("needs util-linux setpriv to drop root's override capability")
    caps = "-dac_override,-dac_read_search"
    command = [setpriv, f"--bounding-set={caps}", f"--inh-caps={caps}", "--"]
    command += [sys.executable, "-m", "crampcheck", "report", "--format", "html"]
    command += ["-o", str(locked), "--db", f"sqlite:///{tmp_path / 'cli.db'}"]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(command, capture_output=True, text=True, env=env, timeout=120)
    _one_line_error((done.returncode, done.stdout, done.stderr), "permission denied")
    assert locked.read_text() == ""


def test_no_profile_yet(run: Run) -> None:
    _one_line_error(run("report", "--format", "html", "-o", "r.html"), "no diary database")
    assert run("db", "upgrade")[0] == 0
    _one_line_error(run("report", "--format", "html", "-o", "r.html"), "no profile yet")


def test_missing_case_file(run: Run) -> None:
    _one_line_error(run("report", "--case", "nope.json", "-o", "r.html"), "cannot read case file")


def test_help_has_an_example(run: Run) -> None:
    code, out, _ = run("report", "--help")
    assert code == 0
    assert "--format" in out
    assert "Example" in out
