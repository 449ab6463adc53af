"""Pydantic models that validate the assessment knowledge files (drugs, conditions, symptoms,
labs, red flags, factors) when they are loaded. Every medical statement carries citations."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

Citations = list[str]
Clauses = list[list[str]]
TriageLevel = Literal["emergency", "doctor_soon", "doctor_routine", "self_care"]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def _lower_phrases(values: list[str]) -> list[str]:
    for value in values:
        if not value.strip() or value != value.lower():
            raise ValueError(f"synonym {value!r} must be non-empty lower-case text")
    return values


class SymptomEntry(_Strict):
    id: str = Field(pattern=r"^[a-z0-9_]+$")
    synonyms: list[str] = Field(min_length=1)
    citations: Citations = Field(min_length=1)
    one_sided: bool = False
    cooccur: list[str] = []

    _check = field_validator("synonyms")(_lower_phrases)


class SymptomFile(_Strict):
    symptoms: list[SymptomEntry]


class ConditionEntry(_Strict):
    id: str = Field(pattern=r"^[a-z0-9_]+$")
    synonyms: list[str] = Field(min_length=1)
    citations: Citations = Field(min_length=1)
    note: str = ""
    implies: list[str] = []
    cooccur: list[str] = []

    _check = field_validator("synonyms")(_lower_phrases)


class ConditionFile(_Strict):
    conditions: list[ConditionEntry]
    lifestyle: list[ConditionEntry]


class DrugClassEntry(_Strict):
    id: str = Field(pattern=r"^[a-z0-9_]+$")
    name: str
    groups: list[str]
    effects: list[
        Literal[
            "cramps",
            "lowers_k",
            "lowers_mg",
            "lowers_na",
            "lowers_b12",
            "lowers_thiamine",
            "raises_k",
            "raises_dvt",
            "statin_interaction",
            "vitamin_k_interaction",
        ]
    ]
    implies: list[str] = []
    note: str = Field(min_length=1)
    citations: Citations = Field(min_length=1)
    drugs: list[str] = Field(min_length=1)

    _check = field_validator("drugs")(_lower_phrases)


class DrugFile(_Strict):
    classes: list[DrugClassEntry]


class BandEntry(_Strict):
    state: str
    below: float | None = None
    at_most: float | None = None
    at_least: float | None = None


class LabEntry(_Strict):
    id: str = Field(pattern=r"^[a-z0-9_]+$")
    name: str
    aliases: list[str] = Field(min_length=1)
    unit: str
    units: dict[str, float] = Field(min_length=1)
    offsets: dict[str, float] = {}
    range: tuple[float | None, float | None]
    sex_range: dict[Literal["male", "female"], tuple[float, float]] = {}
    bands: list[BandEntry] = []
    uln_multiples: dict[str, float] = {}
    plausible: tuple[float, float] | None = None
    note: str = Field(min_length=1)
    citations: Citations = Field(min_length=1)

    @field_validator("units")
    @classmethod
    def _positive(cls, units: dict[str, float]) -> dict[str, float]:
        if any(factor <= 0 for factor in units.values()):
            raise ValueError("unit factors must be positive")
        return units


class LabFile(_Strict):
    tests: list[LabEntry]


class RedFlagEntry(_Strict):
    id: str = Field(pattern=r"^[a-z0-9_]+$")
    triage: TriageLevel
    factor: str | None = None
    when: Clauses = Field(min_length=1)
    why: str = Field(min_length=10)
    advice: str = Field(min_length=5)
    citations: Citations = Field(min_length=1)
    urgency: Literal["call", "now", "today", "days", ""] = ""
    forbids: list[str] = []
    gives: dict[str, str] = {}
    explains: list[str] = []


class RedFlagFile(_Strict):
    rules: list[RedFlagEntry]


class TriggerEntry(_Strict):
    strength: Literal["strong", "moderate", "weak"]
    when: Clauses = Field(min_length=1)


class FactorEntry(_Strict):
    id: str = Field(pattern=r"^[a-z0-9_:]+$")
    kind: Literal["nutrient", "medication", "condition", "lifestyle", "concern"]
    triggers: list[TriggerEntry] = []
    min_triage: TriageLevel | None = None
    lab: str | None = None
    intake: str | None = None
    specific: bool = True
    only_if_no_specific_cause: bool = False
    why: str = Field(min_length=10)
    advice: str = Field(min_length=5)
    evidence: str = Field(min_length=5)
    citations: Citations = Field(min_length=1)
    forbids: list[str] = []
    gives: dict[str, str] = {}


class FactorFile(_Strict):
    factors: list[FactorEntry]


class LocaleEntry(_Strict):
    emergency: str = Field(pattern=r"^[0-9]{3}$")
    urgent_line: str = Field(min_length=5)


class GuidanceEntry(_Strict):
    id: Literal["emergency", "same_day", "doctor_soon", "doctor_routine", "self_care"]
    triage: TriageLevel
    label: str = Field(min_length=3)
    title: str = Field(min_length=3)
    when: str = Field(min_length=3)
    headline: str = Field(min_length=10)
    now: str = Field(min_length=10)
    act: str = Field(min_length=10)
    citations: Citations = Field(min_length=1)


class TriageFile(_Strict):
    locales: dict[str, LocaleEntry]
    levels: list[GuidanceEntry] = Field(min_length=5)
