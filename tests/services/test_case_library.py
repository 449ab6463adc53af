"""Every case in the library gets the expected triage, red flags and factors."""

from __future__ import annotations

from typing import Any

import pytest

from crampcheck.core.assessment.case import Case, IntakeStatus
from crampcheck.services.assess import assess_document
from tests.case_library import LibraryCase, load_cases, problems

CASES = load_cases()


def fake_diary(expected: LibraryCase) -> Any:
    """An intake analyser returning the statuses the case file states (no food database)."""

    def analyze(case: Case) -> tuple[list[IntakeStatus], dict[str, Any]]:
        rows = (expected.intake or {}).items()
        statuses = [
            IntakeStatus(key, None, float(pct), "adequate" if pct >= 100 else "low")
            for key, pct in rows
        ]
        return statuses, {"fake": True}

    return analyze


@pytest.mark.parametrize("expected", CASES, ids=[c.id for c in CASES])
def test_case(expected: LibraryCase) -> None:
    result = assess_document(expected.case, analyze_diary=fake_diary(expected))
    assert problems(expected, result) == []


def test_library_is_big_enough_and_ids_unique() -> None:
    ids = [c.id for c in CASES]
    assert len(ids) >= 80
    assert len(set(ids)) == len(ids)
