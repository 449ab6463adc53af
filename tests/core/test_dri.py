"""DRI lookups for every life stage, checked against evidence.md §1 written out by hand."""

from __future__ import annotations

import pytest

from crampcheck.core.dri import UpperScope, dri_for, life_stage, targets_for
from crampcheck.core.models import Profile, Sex, make_profile
from crampcheck.core.nutrients import Nutrient
from crampcheck.data import load_dri

MG, K, CA, D, B1, B12, NA, VK, WATER = (
    Nutrient.MAGNESIUM_MG,
    Nutrient.POTASSIUM_MG,
    Nutrient.CALCIUM_MG,
    Nutrient.VITAMIN_D_UG,
    Nutrient.THIAMIN_MG,
    Nutrient.VITAMIN_B12_UG,
    Nutrient.SODIUM_MG,
    Nutrient.VITAMIN_K_UG,
    Nutrient.WATER_G,
)

# (age, sex, pregnant, lactating) -> Mg, K, Ca, vitamin D, thiamin, B12, sodium AI, vitamin K, water
TABLE = [
    ((15, "male", False, False), (410, 3000, 1300, 15, 1.2, 2.4, 1500, 75, 3300)),
    ((25, "male", False, False), (400, 3400, 1000, 15, 1.2, 2.4, 1500, 120, 3700)),
    ((40, "male", False, False), (420, 3400, 1000, 15, 1.2, 2.4, 1500, 120, 3700)),
    ((60, "male", False, False), (420, 3400, 1000, 15, 1.2, 2.4, 1500, 120, 3700)),
    ((75, "male", False, False), (420, 3400, 1200, 20, 1.2, 2.4, 1500, 120, 3700)),
    ((16, "female", False, False), (360, 2300, 1300, 15, 1.0, 2.4, 1500, 75, 2300)),
    ((22, "female", False, False), (310, 2600, 1000, 15, 1.1, 2.4, 1500, 90, 2700)),
    ((45, "female", False, False), (320, 2600, 1000, 15, 1.1, 2.4, 1500, 90, 2700)),
    ((58, "female", False, False), (320, 2600, 1200, 15, 1.1, 2.4, 1500, 90, 2700)),
    ((82, "female", False, False), (320, 2600, 1200, 20, 1.1, 2.4, 1500, 90, 2700)),
    ((17, "female", True, False), (400, 2600, 1300, 15, 1.4, 2.6, 1500, 75, 3000)),
    ((28, "female", True, False), (350, 2900, 1000, 15, 1.4, 2.6, 1500, 90, 3000)),
    ((35, "female", True, False), (360, 2900, 1000, 15, 1.4, 2.6, 1500, 90, 3000)),
    ((17, "female", False, True), (360, 2500, 1300, 15, 1.4, 2.8, 1500, 75, 3800)),
    ((24, "female", False, True), (310, 2800, 1000, 15, 1.4, 2.8, 1500, 90, 3800)),
    ((38, "female", False, True), (320, 2800, 1000, 15, 1.4, 2.8, 1500, 90, 3800)),
]


@pytest.mark.parametrize(("who", "expected"), TABLE, ids=[str(row[0]) for row in TABLE])
def test_targets_for_every_life_stage(
    who: tuple[float, str, bool, bool], expected: tuple[float, ...]
) -> None:
    age, sex, pregnant, lactating = who
    targets = targets_for(
        load_dri(), make_profile(age, sex, pregnant=pregnant, lactating=lactating)
    )
    got = tuple(targets[n].target for n in (MG, K, CA, D, B1, B12, NA, VK, WATER))
    assert got == pytest.approx(expected)


@pytest.mark.parametrize(
    ("age", "ul"), [(16, 3000), (30, 2500), (50, 2500), (51, 2000), (80, 2000)]
)
def test_calcium_upper_limit_by_age(age: float, ul: float) -> None:
    dri = dri_for(load_dri(), make_profile(age, "female"), CA)
    assert dri is not None
    assert (dri.upper, dri.upper_scope) == (ul, UpperScope.TOTAL)


def test_upper_limits_and_scopes() -> None:
    targets = targets_for(load_dri(), make_profile(40, "male"))
    assert (targets[MG].upper, targets[MG].upper_scope) == (350, UpperScope.SUPPLEMENTS)
    assert (targets[D].upper, targets[D].upper_scope) == (100, UpperScope.TOTAL)
    assert (targets[NA].upper, targets[NA].upper_scope) == (2300, UpperScope.CDRR)
    assert targets[K].upper is None
    assert targets[K].upper_scope is UpperScope.NONE
    assert targets[B1].upper is None
    assert targets[B12].upper is None


def test_rda_and_ai_are_reported_by_kind() -> None:
    targets = targets_for(load_dri(), make_profile(40, "male"))
    assert (targets[MG].rda, targets[MG].ai) == (420, None)
    assert (targets[K].rda, targets[K].ai) == (None, 3400)


@pytest.mark.parametrize(
    ("profile", "stage"),
    [
        (Profile(14, Sex.MALE), ("male", "14-18")),
        (Profile(18.9, Sex.FEMALE), ("female", "14-18")),
        (Profile(19, Sex.FEMALE), ("female", "19-30")),
        (Profile(50.5, Sex.MALE), ("male", "31-50")),
        (Profile(51, Sex.MALE), ("male", "51-70")),
        (Profile(70.9, Sex.MALE), ("male", "51-70")),
        (Profile(71, Sex.MALE), ("male", "71+")),
        (Profile(52, Sex.FEMALE, pregnant=True), ("pregnant", "31-50")),
        (Profile(30, Sex.FEMALE, lactating=True), ("lactating", "19-30")),
    ],
)
def test_life_stage_boundaries(profile: Profile, stage: tuple[str, str]) -> None:
    assert life_stage(profile) == stage


def test_every_dri_row_is_cited() -> None:
    for entry in load_dri().values():
        assert entry.citations


def test_every_nutrient_is_read_by_its_label() -> None:
    from crampcheck.core.nutrients import NUTRIENT_INFO, parse_nutrient

    assert all(parse_nutrient(NUTRIENT_INFO[n].label) is n for n in Nutrient)


def test_a_nutrient_without_a_dri_has_none() -> None:
    table = load_dri()
    missing = [n for n in Nutrient if table.get(n) is None]
    assert missing, "every nutrient has a DRI: this test needs one without"
    assert dri_for(table, make_profile(50, "male"), missing[0]) is None
