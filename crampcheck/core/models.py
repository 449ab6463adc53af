"""Frozen value types shared by the core: people, foods and their household measures."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from types import MappingProxyType

from crampcheck.errors import ProfileError

MIN_AGE_YEARS = 14
"""Youngest age with adult-style targets in crampcheck (evidence.md §1 starts at 14–18 y)."""

MAX_AGE_YEARS = 120
"""Oldest plausible age; anything above is a typing mistake."""


class Sex(StrEnum):
    """Sex used to pick DRI rows (the DRI tables are split by sex)."""

    FEMALE = "female"
    MALE = "male"


@dataclass(frozen=True, slots=True)
class Profile:
    """The person whose targets apply. Build with :func:`make_profile` to validate."""

    age_years: float
    sex: Sex
    pregnant: bool = False
    lactating: bool = False


def make_profile(
    age: object,
    sex: object,
    *,
    pregnant: bool = False,
    lactating: bool = False,
) -> Profile:
    """Validate and build a profile.

    Raises:
        ProfileError: with a message a person can act on.

    Example:
        >>> make_profile(58, "F").sex
        <Sex.FEMALE: 'female'>
    """
    if age is None:
        raise ProfileError("age is required (for example --age 45)")
    if isinstance(age, bool) or not isinstance(age, int | float) or age != age:
        raise ProfileError(f"age must be a number of years, not {age!r}")
    if not isinstance(sex, str):
        raise ProfileError("sex must be 'female' or 'male' (the DRI tables are split by sex)")
    if age < MIN_AGE_YEARS:
        raise ProfileError(
            f"crampcheck supports ages {MIN_AGE_YEARS} and over; for a child of {age:g}, "
            "please ask a paediatrician or pharmacist about leg pains"
        )
    if age > MAX_AGE_YEARS:
        raise ProfileError(f"age {age:g} is not plausible; give the age in years")
    parsed_sex = parse_sex(sex)
    if parsed_sex is Sex.MALE and (pregnant or lactating):
        raise ProfileError("pregnancy and lactation apply to a female profile; check --sex")
    if pregnant and lactating:
        raise ProfileError("choose either pregnant or lactating, not both")
    return Profile(float(age), parsed_sex, pregnant, lactating)


def parse_sex(sex: str) -> Sex:
    """Read "female"/"f"/"woman" or "male"/"m"/"man" into a :class:`Sex`."""
    words = {
        "female": Sex.FEMALE,
        "f": Sex.FEMALE,
        "woman": Sex.FEMALE,
        "w": Sex.FEMALE,
        "male": Sex.MALE,
        "m": Sex.MALE,
        "man": Sex.MALE,
    }
    key = sex.strip().lower()
    if key not in words:
        raise ProfileError("sex must be 'female' or 'male' (the DRI tables are split by sex)")
    return words[key]


@dataclass(frozen=True, slots=True)
class Measure:
    """A USDA household measure: ``amount`` × ``name`` weighs ``grams``."""

    name: str
    amount: float
    grams: float

    @property
    def grams_each(self) -> float:
        """Weight of one unit of this measure."""
        return self.grams / self.amount if self.amount else self.grams


FOOD_KINDS = frozenset(
    {
        "dairy", "egg", "meat", "cured_meat", "fish", "legume", "nut", "grain", "cereal",
        "baked", "fruit", "vegetable", "drink", "fat", "spice", "condiment", "sweet", "snack",
        "soup", "dish", "meal", "fast_food", "restaurant", "traditional", "infant",
        "supplement", "other",
    }
)  # fmt: skip
"""The small set of food kinds the core reasons with; each source's own categories are mapped
to these when its data is built or read (the core never sees a source's group codes)."""


@dataclass(frozen=True, slots=True)
class Food:
    """One food. ``nutrients`` holds amounts per 100 g; a missing key means unknown.

    ``food_id`` is opaque (the repository validates it); ``source`` names the dataset;
    ``default_grams`` is the source's usual portion when a person gives no amount (if any).
    """

    food_id: str
    name: str
    kind: str
    deprecated: bool = False
    nutrients: Mapping[str, float] = field(default_factory=lambda: MappingProxyType({}))
    measures: tuple[Measure, ...] = ()
    source: str = ""
    default_grams: float | None = None

    def per_100g(self, key: str) -> float | None:
        """Amount of nutrient ``key`` per 100 g, or ``None`` when USDA gives no value."""
        return self.nutrients.get(key)


@dataclass(frozen=True, slots=True)
class FoodMatch:
    """A search hit: a food and how well it matches the query (0–1, higher is better)."""

    food_id: str
    name: str
    score: float
    source: str = ""
