"""What the structured fields of a case say: breastfeeding, symptoms written in the cramp
location, dated medicine courses (recent only when the case has a day) and lab values in the
description that no unit makes plausible."""

from __future__ import annotations

from datetime import date
from types import MappingProxyType

import pytest

from crampcheck.core.assessment.case import Case, Cramps, MedicineCourse
from crampcheck.core.assessment.extract import extract
from crampcheck.core.assessment.knowledge import KnowledgeBase
from crampcheck.core.assessment.labs import LabInput
from crampcheck.core.models import make_profile

PROFILE = make_profile(60, "female")
FUROSEMIDE = (MedicineCourse("furosemide 40 mg", date(2026, 2, 20)),)


def test_breastfeeding_is_a_finding(kb: KnowledgeBase) -> None:
    case = Case(profile=make_profile(30, "female", lactating=True))
    assert "profile:lactating" in extract(case, kb).set


@pytest.mark.parametrize(
    ("location", "expected"),
    [
        ("swollen left calf", {"cramps:one_side", "symptom:calf_swelling_one_side"}),
        ("left calf, red and swollen", {"symptom:leg_redness", "symptom:leg_swelling"}),
        ("numb left foot", {"symptom:numbness"}),
    ],
)
def test_symptoms_written_in_the_location_are_found(
    kb: KnowledgeBase, location: str, expected: set[str]
) -> None:
    found = extract(Case(profile=PROFILE, cramps=Cramps(location=location)), kb).set
    assert expected <= found


@pytest.mark.parametrize(("on", "recent"), [(date(2026, 3, 1), True), (None, False)])
def test_a_course_is_recent_only_on_a_known_day(
    kb: KnowledgeBase, on: date | None, recent: bool
) -> None:
    found = extract(Case(profile=PROFILE, courses=FUROSEMIDE, on=on), kb).set
    assert "drug:diuretic_loop" in found
    assert ("drug:diuretic_loop:recent" in found) is recent


@pytest.mark.parametrize(
    ("description", "test"),
    [("blood test magnesium 500", "magnesium 500"), ("potassium 99 today", "potassium 99")],
)
def test_an_implausible_lab_value_in_the_description_is_not_used(
    kb: KnowledgeBase, description: str, test: str
) -> None:
    found = extract(Case(profile=PROFILE, description=description), kb)
    (note,) = found.not_understood
    assert note.startswith(f"description: {test}")
    assert "not a plausible value" in note
    assert not found.labs


@pytest.mark.parametrize(
    ("albumin_unit", "calcium", "notes"),
    [
        ("g/dL", "lab:calcium_total:normal", 0),  # corrected for the low albumin
        ("mmol/L", "lab:calcium_total:low", 1),  # albumin in a unit it has not: not corrected
    ],
)
def test_calcium_is_corrected_only_by_a_usable_albumin(
    kb: KnowledgeBase, albumin_unit: str, calcium: str, notes: int
) -> None:
    labs = (LabInput("calcium", 2.0, "mmol/L"), LabInput("albumin", 2.0, albumin_unit))
    found = extract(Case(profile=PROFILE, labs=labs), kb)
    assert calcium in found.set
    assert len(found.not_understood) == notes


@pytest.mark.parametrize(
    ("lifestyle", "found"),
    [
        ({"fluid_intake_l_per_day": 1.0}, {"life:low_fluid"}),
        ({"fluid_intake_l_per_day": 2.0}, set()),
        ({"fluid_intake_l_per_day": 5.5}, {"life:high_water_intake"}),
        ({"prolonged_standing": True}, {"life:prolonged_standing"}),
        ({"prolonged_standing": False}, set()),
        ({"prolonged_standing": None}, set()),
    ],
)
def test_lifestyle_fields(kb: KnowledgeBase, lifestyle: dict[str, object], found: set[str]) -> None:
    case = Case(profile=PROFILE, lifestyle=MappingProxyType(lifestyle))
    assert {f for f in extract(case, kb).set if f.startswith("life:")} == found
