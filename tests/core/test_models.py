"""Profile validation: clear messages for ages and combinations crampcheck does not support."""

from __future__ import annotations

import pytest

from crampcheck.core.models import Sex, make_profile
from crampcheck.errors import ProfileError


@pytest.mark.parametrize(
    ("age", "sex", "kwargs", "message"),
    [
        (7, "female", {}, "ages 14 and over"),
        (13.9, "male", {}, "ages 14 and over"),
        (300, "female", {}, "not plausible"),
        (-5, "female", {}, "ages 14 and over"),
        (None, "female", {}, "age is required"),
        ("forty", "female", {}, "number of years"),
        (True, "female", {}, "number of years"),
        (float("nan"), "female", {}, "number of years"),
        (40, "other", {}, "female' or 'male"),
        (40, None, {}, "female' or 'male"),
        (40, "male", {"pregnant": True}, "female profile"),
        (30, "female", {"pregnant": True, "lactating": True}, "not both"),
    ],
)
def test_bad_profiles_are_refused(
    age: object, sex: object, kwargs: dict[str, bool], message: str
) -> None:
    with pytest.raises(ProfileError, match=message):
        make_profile(age, sex, **kwargs)


@pytest.mark.parametrize(
    ("sex", "expected"),
    [("F", Sex.FEMALE), (" Woman ", Sex.FEMALE), ("m", Sex.MALE), ("MALE", Sex.MALE)],
)
def test_sex_spellings(sex: str, expected: Sex) -> None:
    assert make_profile(40, sex).sex is expected
