"""Every case in the library gets the expected triage, red flags and factors."""

from __future__ import annotations

from typing import Any

import pytest

from crampcheck.core.assessment.case import IntakeStatus
from crampcheck.schemas.assess import assessment_to_json, parse_case
from crampcheck.services.assess import assess
from tests.case_library import LibraryCase, load_cases, problems

CASES = load_cases()


def library_statuses(expected: LibraryCase) -> list[IntakeStatus] | None:
    """The intake statuses the case file states (the library has no food diary to analyse)."""
    if not expected.case.get("diary"):
        return None
    return [
        IntakeStatus(key, None, float(pct), "adequate" if pct >= 100 else "low")
        for key, pct in (expected.intake or {}).items()
    ]


def assess_library_case(expected: LibraryCase) -> dict[str, Any]:
    """The result document of one library case, its intake taken from the case file."""
    case, notes = parse_case(expected.case)
    result = assess(case, None, statuses=library_statuses(expected), notes=notes, suggest=False)
    return assessment_to_json(result)


@pytest.mark.parametrize("expected", CASES, ids=[c.id for c in CASES])
def test_case(expected: LibraryCase) -> None:
    assert problems(expected, assess_library_case(expected)) == []


def test_library_is_big_enough_and_ids_unique() -> None:
    ids = [c.id for c in CASES]
    assert len(ids) >= 80
    assert len(set(ids)) == len(ids)


def test_library_covers_every_red_flag_factor_and_triage() -> None:
    from crampcheck.data.kb import load_knowledge_base
    from tests.data.test_knowledge_files import CONTRACT_FACTOR_IDS

    kb = load_knowledge_base()
    flagged = {flag for case in CASES for flag in case.flags}
    included = {factor for case in CASES for factor in case.include}
    excluded = {factor for case in CASES for factor in case.exclude}
    assert [f.id for f in kb.red_flags if f.id not in flagged] == []
    assert [f for f in CONTRACT_FACTOR_IDS if f not in included] == []
    assert "vitamin_k2" in excluded
    assert {c.triage for c in CASES} == {"emergency", "doctor_soon", "doctor_routine", "self_care"}


def test_library_uses_both_unit_systems() -> None:
    units = {
        (name, str(lab["unit"]))
        for case in CASES
        for name, lab in case.case.get("labs", {}).items()
        if isinstance(lab, dict)
    }
    for conventional, si in [("mg/dL", "mmol/L"), ("ng/mL", "nmol/L"), ("pg/mL", "pmol/L")]:
        assert any(u == conventional for _, u in units)
        assert any(u == si for _, u in units)
