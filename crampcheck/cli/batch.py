"""JSON Lines batch mode shared by `intake --batch` and `assess --batch` (contract §2).

Lines are read with a bounded ``readline``: a line longer than :data:`MAX_LINE_CHARS` is never
held whole (the rest of it is skipped in chunks) and gives its own error line; a line that is
not UTF-8 gives its own error line; the other lines still run.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from typing import IO, Any

from pydantic import ValidationError

from crampcheck.cli.output import emit_json_line, error_document
from crampcheck.errors import CrampcheckError, InputError

MAX_LINE_CHARS = 2_000_000
CHUNK = 1 << 20


def run_batch(handle: Callable[[str], dict[str, Any]]) -> None:
    """Read requests line by line from stdin; write one result (or error) line for each.

    Blank lines are skipped; a bad line gives ``{"error": ...}`` and the others still run.
    """
    for number, line in read_lines():
        if isinstance(line, InputError):
            emit_json_line(_error(number, line.message, "input_error"))
        elif line.strip():
            emit_json_line(_one(handle, line, number))
        else:
            continue
        sys.stdout.flush()


def read_lines(stream: IO[Any] | None = None) -> Iterator[tuple[int, str | InputError]]:
    """(line number, text) for each line of stdin, or an InputError for a line we will not read."""
    source = stream if stream is not None else getattr(sys.stdin, "buffer", sys.stdin)
    number = 0
    while True:
        raw = source.readline(MAX_LINE_CHARS + 1)
        if not raw:
            return
        number += 1
        if len(raw) > MAX_LINE_CHARS and not _ends_line(raw):
            _skip_rest_of_line(source)
            yield number, InputError(f"line is longer than {MAX_LINE_CHARS:,} characters")
            continue
        if isinstance(raw, str):
            yield number, raw
            continue
        try:
            yield number, raw.decode("utf-8")
        except UnicodeDecodeError as error:
            yield number, InputError(f"line is not UTF-8 text (byte {error.start + 1})")


def _skip_rest_of_line(source: IO[Any]) -> None:
    while True:
        chunk = source.readline(CHUNK)
        if not chunk or _ends_line(chunk):
            return


def _ends_line(chunk: bytes | str) -> bool:
    return chunk.endswith(b"\n") if isinstance(chunk, bytes) else chunk.endswith("\n")


def _one(handle: Callable[[str], dict[str, Any]], line: str, number: int) -> dict[str, Any]:
    try:
        return handle(line)
    except ValidationError as error:
        return _error(number, _validation_message(error), "input_error")
    except CrampcheckError as error:
        return _error(number, error.message, type(error).__name__)
    except (ValueError, TypeError, RecursionError) as error:
        return _error(number, f"could not read this line: {type(error).__name__}", "input_error")


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
