"""A list of medicines split into medicines; empty parts are dropped, a dose stays with its drug."""

from __future__ import annotations

import pytest

from crampcheck.core.assessment.questions import split_medicines


@pytest.mark.parametrize(
    ("text", "medicines"),
    [
        ("furosemide, , omeprazole and and ramipril", ("furosemide", "omeprazole", "ramipril")),
        (
            "furosemide, started 3 weeks ago; omeprazole",
            ("furosemide, started 3 weeks ago", "omeprazole"),
        ),
        ("", ()),
    ],
)
def test_split_medicines(text: str, medicines: tuple[str, ...]) -> None:
    assert split_medicines(text) == medicines
