"""Hostile and junk input: every reader either reads a file or raises InputError, nothing else."""

from __future__ import annotations

import contextlib
import io
from datetime import UTC

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crampcheck.errors import InputError
from crampcheck.imports.records import ParsedImport
from crampcheck.services import imports
from tests.imports.conftest import APPLE_HEALTH, CRONOMETER, FHIR_BUNDLE, MYFITNESSPAL

SAMPLES = [p.read_bytes() for p in (CRONOMETER, MYFITNESSPAL, APPLE_HEALTH, FHIR_BUNDLE)]


def _read(data: bytes) -> ParsedImport | None:
    stream = io.BytesIO(data)
    kind = imports.detect(imports.peek(stream))
    if kind is None:
        return None
    return imports.parse_stream(stream, kind, UTC)


@st.composite
def damaged(draw: st.DrawFn) -> bytes:
    """A real example file with a slice replaced by junk, or cut short."""
    data = draw(st.sampled_from(SAMPLES))
    start = draw(st.integers(0, len(data)))
    end = draw(st.integers(start, min(len(data), start + 200)))
    junk = draw(st.binary(max_size=40) | st.sampled_from([b'"', b"<", b"{", b",", b"\x00", b"\n"]))
    if draw(st.booleans()):
        return data[:start]
    return data[:start] + junk + data[end:]


@settings(
    max_examples=300, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow]
)
@given(damaged())
def test_damaged_files_read_or_refused(data: bytes) -> None:
    try:
        parsed = _read(data)
    except InputError as error:
        message = error.message
        parsed = None
    else:
        message = "read"
    assert message
    assert "\n" not in message.strip()
    if parsed is not None:
        for food in parsed.foods:
            assert all(v >= 0 for part in food.parts for v in part.nutrients.values())


@settings(max_examples=200, deadline=None, derandomize=True)
@given(st.binary(max_size=2000))
def test_random_bytes(data: bytes) -> None:
    with contextlib.suppress(InputError):
        _read(data)
