"""Personal Dietary Reference Intakes: which row of the DRI tables applies to a profile."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from crampcheck.core.models import Profile, Sex
from crampcheck.core.nutrients import Nutrient

AGE_BANDS: tuple[tuple[str, float, float], ...] = (
    ("14-18", 14, 19),
    ("19-30", 19, 31),
    ("31-50", 31, 51),
    ("51-70", 51, 71),
    ("71+", 71, float("inf")),
)
"""DRI life-stage age bands (evidence.md §1): a band covers ages from its start up to its end."""

PREGNANCY_BANDS = ("14-18", "19-30", "31-50")
"""Pregnancy and lactation rows stop at 50; older pregnant people use the 31–50 row."""


class TargetKind(StrEnum):
    """Whether the target is a Recommended Dietary Allowance or an Adequate Intake."""

    RDA = "rda"
    AI = "ai"


class UpperScope(StrEnum):
    """What the upper limit applies to."""

    TOTAL = "total"
    SUPPLEMENTS = "supplements"
    CDRR = "cdrr"
    NONE = "none"


@dataclass(frozen=True, slots=True)
class DriEntry:
    """One nutrient's DRI table: values[group][band], with optional upper limits."""

    nutrient: Nutrient
    kind: TargetKind
    upper_scope: UpperScope
    values: Mapping[str, Mapping[str, float]]
    upper: Mapping[str, Mapping[str, float]]
    citations: tuple[str, ...]
    note: str


@dataclass(frozen=True, slots=True)
class Dri:
    """The reference intakes that apply to one person for one nutrient."""

    nutrient: Nutrient
    kind: TargetKind
    target: float
    upper: float | None
    upper_scope: UpperScope
    citations: tuple[str, ...]
    note: str
    life_stage: str

    @property
    def rda(self) -> float | None:
        return self.target if self.kind is TargetKind.RDA else None

    @property
    def ai(self) -> float | None:
        return self.target if self.kind is TargetKind.AI else None


DriTable = Mapping[Nutrient, DriEntry]


def life_stage(profile: Profile) -> tuple[str, str]:
    """Return the (group, age band) row that applies: e.g. ("pregnant", "19-30").

    Example:
        >>> life_stage(Profile(72, Sex.MALE))
        ('male', '71+')
    """
    band = next(name for name, start, end in AGE_BANDS if start <= profile.age_years < end)
    if profile.pregnant or profile.lactating:
        group = "pregnant" if profile.pregnant else "lactating"
        return group, band if band in PREGNANCY_BANDS else PREGNANCY_BANDS[-1]
    return ("female" if profile.sex is Sex.FEMALE else "male"), band


def dri_for(table: DriTable, profile: Profile, nutrient: Nutrient) -> Dri | None:
    """Return the DRI for ``nutrient`` at the profile's life stage, or ``None`` if none is set."""
    entry = table.get(nutrient)
    if entry is None:
        return None
    group, band = life_stage(profile)
    upper = entry.upper.get(group, {}).get(band)
    return Dri(
        nutrient=nutrient,
        kind=entry.kind,
        target=entry.values[group][band],
        upper=upper,
        upper_scope=entry.upper_scope if upper is not None else UpperScope.NONE,
        citations=entry.citations,
        note=entry.note,
        life_stage=f"{group} {band} y",
    )


def targets_for(table: DriTable, profile: Profile) -> dict[Nutrient, Dri]:
    """Return every DRI that applies to ``profile``, keyed by nutrient."""
    found = {nutrient: dri_for(table, profile, nutrient) for nutrient in table}
    return {nutrient: dri for nutrient, dri in found.items() if dri is not None}
