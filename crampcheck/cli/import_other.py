"""`crampcheck import FILE` for other apps' exports (Cronometer, MyFitnessPal, Apple Health, FHIR).

Called from :func:`crampcheck.cli.diary_views.import_` when the file is one of these formats; a
crampcheck JSON or CSV export goes the usual way.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import typer

from crampcheck.cli.diary_common import now, open_repo
from crampcheck.cli.output import emit_json
from crampcheck.errors import InputError

if TYPE_CHECKING:
    from crampcheck.services.imports import ImportSummary


def summary_lines(summary: ImportSummary) -> list[str]:
    """The import in a few plain lines: read, stored, already there, skipped and why."""
    lines = [
        f"{summary.label}: read {summary.read} record(s) for {summary.profile}.",
        f"Stored {summary.food} food entr{'y' if summary.food == 1 else 'ies'}, "
        f"{summary.fluids} drink(s), {summary.labs} lab result(s); "
        f"{summary.already_imported} record(s) were already imported.",
    ]
    for skipped in summary.skipped:
        where = f" (e.g. {', '.join(skipped.where)})" if skipped.where else ""
        lines.append(f"Skipped {skipped.count}: {skipped.reason}{where}.")
    lines.extend(summary.notes)
    return lines


def recognised(file: Path) -> str | None:
    """The other-app format of ``file``, or None (then it may be a crampcheck export)."""
    from crampcheck.services.imports import detect, peek

    try:
        with file.open("rb") as stream:
            return detect(peek(stream))
    except OSError as error:
        raise InputError(f"cannot read {file}: {error.strerror or error}") from error


def import_other(file: Path, profile: str | None, db: str | None, as_json: bool) -> None:
    """Import ``file`` into ``profile`` and print the summary."""
    from crampcheck.services.diary import resolve_profile
    from crampcheck.services.imports import import_stream

    clock = now()
    try:
        stream = file.open("rb")
    except OSError as error:
        raise InputError(f"cannot read {file}: {error.strerror or error}") from error
    with stream, open_repo(db) as repo:
        summary = import_stream(repo, resolve_profile(repo, profile), stream, clock)
    if summary is None:
        raise InputError(f"{file} is not a file crampcheck can import")
    if as_json:
        from crampcheck.schemas.imports import summary_json

        emit_json(summary_json(summary))
    else:
        for line in summary_lines(summary):
            typer.echo(line)
