"""Output helpers shared by the commands: JSON documents, errors and the rich console."""

from __future__ import annotations

import json
import sys
from typing import Any, NoReturn

import typer

EXIT_INPUT_ERROR = 2
"""Exit code for every error a person can fix (contract §2)."""


def emit_json(document: Any) -> None:
    """Write exactly one JSON document to stdout."""
    sys.stdout.write(json.dumps(document, ensure_ascii=False, indent=2) + "\n")


def emit_json_line(document: Any) -> None:
    """Write one compact JSON document on one line (for --batch)."""
    sys.stdout.write(json.dumps(document, ensure_ascii=False, separators=(",", ":")) + "\n")


def error_document(message: str, kind: str = "input_error") -> dict[str, Any]:
    """The contract's error object."""
    return {"error": {"message": message, "type": kind}}


def fail(message: str, *, as_json: bool = False, kind: str = "input_error") -> NoReturn:
    """Report an error the contract's way and exit with code 2."""
    if as_json:
        emit_json(error_document(message, kind))
    sys.stderr.write(f"Error: {message}\n")
    raise typer.Exit(EXIT_INPUT_ERROR)
