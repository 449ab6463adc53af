"""`crampcheck assess [FILE|-] [--json] [--batch]`."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from crampcheck.cli.app import app
from crampcheck.cli.output import emit_json, fail
from crampcheck.errors import CrampcheckError

_CASE_HELP = "A JSON file with one case (contract §3); '-' reads standard input."


@app.command("assess")
def assess_command(
    file: Annotated[str | None, typer.Argument(help=_CASE_HELP, show_default=False)] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON document.")] = False,
    batch: Annotated[
        bool, typer.Option("--batch", help="Read JSON Lines on stdin; write one result a line.")
    ] = False,
) -> None:
    """Check leg cramps: warning signs and triage first, then likely contributing causes.

    The case is a JSON object (contract §3): profile, cramps, symptoms, conditions,
    medications, lifestyle, labs, a food diary and your own description.

    Example:

        crampcheck assess case.json

        echo '{"profile": {"age": 58, "sex": "female"}, "symptoms": ["night cramps"]}' |
        crampcheck assess - --json
    """
    from crampcheck.schemas.cases import assess_text

    if batch:
        _assess_batch()
        return
    try:
        result = assess_text(_read(file))
    except CrampcheckError as error:
        fail(error.message, as_json=as_json, kind=type(error).__name__)
    if as_json:
        emit_json(result)
    else:
        from crampcheck.cli.assess_render import render

        render(result)


def _assess_batch() -> None:
    """One result line per case line; a bad line is its own error line (cli/batch.py)."""
    from crampcheck.cli.batch import run_batch
    from crampcheck.schemas.cases import assess_text

    run_batch(assess_text)


def _read(file: str | None) -> str:
    if file is None or file == "-":
        if file is None and sys.stdin.isatty():
            raise _input_error("give a case file, '-' for standard input, or --batch")
        from crampcheck.cli.output import read_stdin
        from crampcheck.services.assess import MAX_DOCUMENT_BYTES

        return read_stdin(MAX_DOCUMENT_BYTES, "the case")
    path = Path(file)
    if not path.is_file():
        raise _input_error(f"no such case file: {file}")
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise _input_error(f"cannot read {file}: {error}") from error


def _input_error(message: str) -> Any:
    from crampcheck.errors import InputError

    return InputError(message)
