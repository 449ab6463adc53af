"""`crampcheck import` of other apps' files through ``main()``: summaries, exit 2 on bad files."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from crampcheck.cli import main
from tests.imports.conftest import (
    APPLE_HEALTH,
    CRONOMETER,
    FHIR_BUNDLE,
    FHIR_OBSERVATION,
    MYFITNESSPAL,
)

Run = Callable[..., tuple[int, str, str]]


@pytest.fixture
def run(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Run:
    url = f"sqlite:///{tmp_path / 'cli.db'}"

    def invoke(*args: str) -> tuple[int, str, str]:
        code = 0
        try:
            main([*args, "--db", url])
        except SystemExit as exit_:
            code = int(exit_.code or 0)
        out, err = capsys.readouterr()
        return code, out, err

    assert invoke("profile", "add", "ann", "--age", "58", "--sex", "female")[0] == 0
    return invoke


def _stored(run: Run) -> tuple[int, int, int]:
    code, out, _ = run("diary", "show", "--json")
    assert code == 0
    view = json.loads(out)
    return len(view["food"]), len(view["fluids"]), len(view["labs"])


@pytest.mark.parametrize(
    ("path", "added", "first_line"),
    [
        (CRONOMETER, 5, "Cronometer servings export: read 6 record(s) for ann."),
        (MYFITNESSPAL, 4, "MyFitnessPal nutrition export: read 4 record(s) for ann."),
        (APPLE_HEALTH, 4, "Apple Health export: read 15 record(s) for ann."),
        (FHIR_BUNDLE, 8, "FHIR lab results: read 11 record(s) for ann."),
        (FHIR_OBSERVATION, 1, "FHIR lab results: read 1 record(s) for ann."),
    ],
    ids=lambda v: v.name if isinstance(v, Path) else str(v)[:12],
)
def test_import_twice(run: Run, path: Path, added: int, first_line: str) -> None:
    code, out, err = run("import", str(path))
    assert (code, err) == (0, "")
    assert out.splitlines()[0] == first_line
    stored = _stored(run)
    assert sum(stored) == added
    code, out, _ = run("import", str(path), "--json")
    assert code == 0
    again = json.loads(out)
    assert again["imported"] == 0
    assert again["added"] == {"food": 0, "fluids": 0, "labs": 0}
    assert again["already_imported"] > 0
    assert _stored(run) == stored


def test_summary_says_what_was_skipped_and_why(run: Run) -> None:
    code, out, _ = run("import", str(FHIR_BUNDLE))
    assert code == 0
    assert "Skipped 1: LOINC code crampcheck does not know (2093-3) (e.g. entry 10: 2093-3 " in out
    assert "Skipped 1: status entered-in-error (e.g. entry 11)." in out
    code, out, _ = run("import", str(MYFITNESSPAL), "--json")
    assert json.loads(out)["notes"] == [
        "Not converted (% Daily Value in MyFitnessPal exports): Vitamin A, Vitamin C, Calcium, "
        "Iron."
    ]


def test_profile_option(run: Run) -> None:
    assert run("profile", "add", "bob", "--age", "70", "--sex", "male")[0] == 0
    code, out, _ = run("import", str(FHIR_OBSERVATION), "--profile", "bob", "--json")
    assert code == 0
    assert json.loads(out)["profile"] == "bob"
    code, _, err = run("import", str(FHIR_OBSERVATION), "--profile", "zed")
    assert code == 2
    assert err.startswith("Error: unknown profile 'zed'")


def _bad_files() -> list[tuple[str, bytes, str]]:
    cronometer = CRONOMETER.read_bytes()
    return [
        ("truncated.csv", cronometer[: len(cronometer) // 2], "cut short or damaged"),
        ("latin1.csv", cronometer.decode("utf-8").encode("latin-1"), "not UTF-8 text"),
        ("utf16.csv", cronometer.decode("utf-8").encode("utf-16"), "UTF-16"),
        ("bank.csv", b"Date,Payee,Amount\n2026-03-01,Rent,-900.00\n", "not a crampcheck export"),
        ("export.xml", APPLE_HEALTH.read_bytes()[:-200], "damaged or cut short"),
        ("labs.json", FHIR_BUNDLE.read_bytes()[:700], "damaged or cut short"),
        ("empty.csv", b"", "not a crampcheck export"),
        ("future.csv", cronometer.replace(b"2026-03-15", b"2099-03-15"), "in the future"),
    ]


@pytest.mark.parametrize(("name", "data", "message"), _bad_files(), ids=lambda v: str(v)[:14])
def test_bad_file_exit_2_and_nothing_stored(
    run: Run, tmp_path: Path, name: str, data: bytes, message: str
) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    code, out, err = run("import", str(path))
    assert code == 2
    assert out == ""
    assert len(err.strip().splitlines()) == 1
    assert err.startswith("Error: ")
    assert message in err
    assert _stored(run) == (0, 0, 0)
    code, out, err = run("import", str(path), "--json")
    assert code == 2
    assert message in json.loads(out)["error"]["message"]


def test_missing_file(run: Run, tmp_path: Path) -> None:
    code, _, err = run("import", str(tmp_path / "nope.csv"))
    assert code == 2
    assert err.startswith("Error: cannot read")


def test_report_as_fhir(run: Run, tmp_path: Path) -> None:
    bundle_type = pytest.importorskip("fhir.resources.R4B.bundle").Bundle
    assert run("import", str(FHIR_BUNDLE))[0] == 0
    output = tmp_path / "report.json"
    code, out, _ = run(
        "report",
        "--format",
        "fhir",
        "--from",
        "2026-03-01",
        "--to",
        "2026-03-20",
        "-o",
        str(output),
    )
    assert code == 0
    assert "(FHIR," in out
    bundle = bundle_type.model_validate_json(output.read_text(encoding="utf-8"))
    kinds = [entry.resource.get_resource_type() for entry in bundle.entry]
    assert kinds[:2] == ["Patient", "DiagnosticReport"]
    assert kinds.count("Observation") == len(kinds) - 2


def _zip(path: Path, members: dict[str, bytes]) -> Path:
    import zipfile

    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


def test_apple_health_zip(run: Run, tmp_path: Path) -> None:
    export = APPLE_HEALTH.read_bytes()
    path = _zip(
        tmp_path / "export.zip",
        {
            "apple_health_export/export_cda.xml": b"<ClinicalDocument/>",
            "apple_health_export/export.xml": export,
        },
    )
    code, out, _ = run("import", str(path), "--json")
    assert code == 0
    first = json.loads(out)
    assert (first["format"], first["added"]) == (
        "apple_health",
        {"food": 2, "fluids": 2, "labs": 0},
    )
    code, out, _ = run("import", str(path), "--json")
    assert json.loads(out)["imported"] == 0
    # the same records as the plain export.xml: nothing new either
    code, out, _ = run("import", str(APPLE_HEALTH), "--json")
    assert json.loads(out)["imported"] == 0


@pytest.mark.parametrize(
    ("members", "cut", "message"),
    [
        ({"export.xml": APPLE_HEALTH.read_bytes()}, 300, "damaged or cut short"),
        ({"notes.txt": b"hello"}, 0, "has no export.xml"),
        ({"export.xml": b"<Other/>"}, 0, "not an Apple Health export"),
    ],
    ids=["truncated", "no-export", "not-apple"],
)
def test_bad_zip(
    run: Run, tmp_path: Path, members: dict[str, bytes], cut: int, message: str
) -> None:
    path = _zip(tmp_path / "export.zip", members)
    if cut:
        path.write_bytes(path.read_bytes()[:cut])
    code, _, err = run("import", str(path))
    assert code == 2
    assert message in err
    assert len(err.strip().splitlines()) == 1
    assert _stored(run) == (0, 0, 0)
