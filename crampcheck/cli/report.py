"""`crampcheck report [--from DATE --to DATE] --format html|pdf|fhir -o FILE [--case FILE]`."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from crampcheck.cli.app import app
from crampcheck.cli.diary_common import (
    DbOption,
    FromOption,
    ProfileOption,
    ToOption,
    now,
    open_repo,
    parse_day,
)
from crampcheck.errors import InputError

if TYPE_CHECKING:
    from crampcheck.reports.model import ReportData

FORMATS = ("html", "pdf", "fhir")


@app.command("report")
def report(
    output: Annotated[Path, typer.Option("-o", "--output", help="File to write.")],
    fmt: Annotated[
        str, typer.Option("--format", "-f", help="html, pdf or fhir (a FHIR R4 Bundle, JSON).")
    ] = "pdf",
    start: FromOption = None,
    end: ToOption = None,
    profile: ProfileOption = None,
    db: DbOption = None,
    case: Annotated[
        Path | None, typer.Option("--case", help="Report one assessment case (JSON) instead.")
    ] = None,
) -> None:
    """A report for your doctor or dietitian: triage, factors, intake, cramp charts, references.

    Example: crampcheck report --from 2026-01-01 --to 2026-03-31 --format pdf -o cramps.pdf
    """
    if fmt not in FORMATS:
        raise InputError(f"--format must be html, pdf or fhir, not {fmt!r}")
    _check_writable(output)
    data = _case_data(case) if case else _diary_data(db, profile, start, end)
    _write(output, _render(data, fmt))
    typer.echo(f"Wrote {output} ({fmt.upper()}, {output.stat().st_size:,} bytes)")


def _diary_data(
    db: str | None, profile: str | None, start: str | None, end: str | None
) -> ReportData:
    from crampcheck.services.report import build_report_data

    first, last = parse_day(start, "--from"), parse_day(end, "--to")
    with open_repo(db, write=False) as repo:
        return build_report_data(repo, profile, first, last, now())


def _case_data(path: Path) -> ReportData:
    from crampcheck.schemas.cases import case_report_data
    from crampcheck.services.assess import parse_json_case

    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(f"cannot read case file {path}: {error}") from error
    return case_report_data(parse_json_case(text), now())


def _render(data: ReportData, fmt: str) -> bytes:
    if fmt == "fhir":
        from crampcheck.reports.fhir import render_fhir

        return render_fhir(data).encode("utf-8")
    if fmt == "pdf":
        from crampcheck.reports.pdf import render_pdf

        return render_pdf(data)
    from crampcheck.reports.html import render_html

    return render_html(data).encode("utf-8")


def _check_writable(output: Path) -> None:
    """Fail before the (slow) work when the output cannot be written."""
    if output.is_dir():
        raise InputError(f"-o {output} is a folder; give a file name")
    folder = output.parent if str(output.parent) else Path()
    if not folder.is_dir():
        raise InputError(f"cannot write {output}: folder {folder} does not exist")
    if output.exists() and not _can_open(output):
        raise InputError(f"cannot write {output}: permission denied")


def _can_open(path: Path) -> bool:
    try:
        with path.open("ab"):
            return True
    except OSError:
        return False


def _write(output: Path, content: bytes) -> None:
    try:
        output.write_bytes(content)
    except OSError as error:
        raise InputError(f"cannot write {output}: {error.strerror or error}") from error


__all__ = ["report"]
