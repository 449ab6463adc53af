"""Output helpers shared by the commands: JSON documents, errors and the rich console."""

from __future__ import annotations

import json
import sys
from typing import Any, NoReturn

import typer

EXIT_INPUT_ERROR = 2
"""Exit code for every error a person can fix (contract §2)."""


def to_json_text(document: Any, **options: Any) -> str:
    """Strict JSON: NaN and Infinity are not JSON, so they are refused rather than written."""
    try:
        return json.dumps(document, ensure_ascii=False, allow_nan=False, **options)
    except ValueError as error:
        from crampcheck.errors import InputError

        raise InputError("a number in the result is not finite; check the numbers given") from error


def emit_json(document: Any) -> None:
    """Write exactly one JSON document to stdout."""
    sys.stdout.write(to_json_text(document, indent=2) + "\n")


def emit_json_line(document: Any) -> None:
    """Write one compact JSON document on one line (for --batch)."""
    sys.stdout.write(to_json_text(document, separators=(",", ":")) + "\n")


def read_stdin(limit: int, what: str) -> str:
    """Standard input as UTF-8 text, reading no more than ``limit`` bytes (one more to tell)."""
    from crampcheck.errors import InputError

    source = getattr(sys.stdin, "buffer", None)
    data = source.read(limit + 1) if source is not None else sys.stdin.read(limit + 1)
    if len(data) > limit:
        raise InputError(f"{what} is too long (the limit is {limit:,} bytes)")
    if isinstance(data, str):
        return data
    try:
        return str(data.decode("utf-8"))
    except UnicodeDecodeError as error:
        raise InputError(f"{what} is not UTF-8 text (byte {error.start + 1})") from error


def one_line(message: str) -> str:
    """A message on one line (database drivers' messages span several)."""
    return "; ".join(line.strip() for line in message.splitlines() if line.strip()) or "error"


def error_document(message: str, kind: str = "input_error") -> dict[str, Any]:
    """The contract's error object."""
    return {"error": {"message": message, "type": kind}}


def fail(message: str, *, as_json: bool = False, kind: str = "input_error") -> NoReturn:
    """Report an error the contract's way and exit with code 2."""
    if as_json:
        emit_json(error_document(one_line(message), kind))
    sys.stderr.write(f"Error: {one_line(message)}\n")
    raise typer.Exit(EXIT_INPUT_ERROR)
