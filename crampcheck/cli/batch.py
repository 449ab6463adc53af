"""JSON Lines batch mode shared by `intake --batch` and `assess --batch` (contract §2)."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

from pydantic import ValidationError

from crampcheck.cli.output import emit_json_line, error_document
from crampcheck.errors import CrampcheckError

MAX_LINE_CHARS = 2_000_000


def run_batch(handle: Callable[[str], dict[str, Any]]) -> None:
    """Read requests line by line from stdin; write one result (or error) line for each.

    Blank lines are skipped; a bad line gives ``{"error": ...}`` and the others still run.
    """
    for number, line in enumerate(sys.stdin, start=1):
        if not line.strip():
            continue
        emit_json_line(_one(handle, line, number))
        sys.stdout.flush()


def _one(handle: Callable[[str], dict[str, Any]], line: str, number: int) -> dict[str, Any]:
    if len(line) > MAX_LINE_CHARS:
        return _error(number, f"line is longer than {MAX_LINE_CHARS:,} characters", "input_error")
    try:
        return handle(line)
    except ValidationError as error:
        return _error(number, _validation_message(error), "input_error")
    except CrampcheckError as error:
        return _error(number, error.message, type(error).__name__)
    except (ValueError, TypeError) as error:
        return _error(number, f"could not read this line: {error}", "input_error")


def _error(number: int, message: str, kind: str) -> dict[str, Any]:
    document = error_document(message, kind)
    document["error"]["line"] = number
    return document


def _validation_message(error: ValidationError) -> str:
    first = error.errors()[0]
    where = ".".join(str(part) for part in first.get("loc", ())) or "line"
    if first.get("type") == "json_invalid":
        return "not valid JSON (each line must be one JSON object)"
    return f"{where}: {first.get('msg', 'invalid value')}"
