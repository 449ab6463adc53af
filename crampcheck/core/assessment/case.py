"""The assessment case (contract §3) as frozen core values, and the result types."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from types import MappingProxyType
from typing import TYPE_CHECKING

from crampcheck.core.assessment.knowledge import Strength, Triage, TriageGuidance
from crampcheck.core.assessment.labs import LabInput, LabReading
from crampcheck.core.models import Profile

if TYPE_CHECKING:  # the question bank's module imports this one
    from crampcheck.core.assessment.questions import Question
    from crampcheck.core.intake import IntakeResult
    from crampcheck.core.suggest import Suggestion


@dataclass(frozen=True, slots=True)
class Cramps:
    frequency_per_week: float | None = None
    timing: str | None = None
    severity_0_10: float | None = None
    duration_minutes: float | None = None
    location: str | None = None


@dataclass(frozen=True, slots=True)
class MedicineCourse:
    """A medicine from diary records, with its dates as dates (not words to read back)."""

    name: str
    started: date | None = None
    stopped: date | None = None


@dataclass(frozen=True, slots=True)
class Case:
    """One person's case; every field but the profile is optional."""

    profile: Profile
    cramps: Cramps | None = None
    symptoms: tuple[str, ...] = ()
    conditions: tuple[str, ...] = ()
    medications: tuple[str, ...] = ()
    lifestyle: Mapping[str, object] = field(default_factory=lambda: MappingProxyType({}))
    labs: tuple[LabInput, ...] = ()
    diary: str | None = None
    description: str | None = None
    locale: str | None = None
    """BCP 47 tag such as ``en-GB``; sets the emergency number (default en-US)."""
    courses: tuple[MedicineCourse, ...] = ()
    """Medicines with known dates (a diary's records), read against ``on``."""
    on: date | None = None
    """The day the case describes (needed to read ``courses``)."""


@dataclass(frozen=True, slots=True)
class IntakeStatus:
    """One nutrient of the diary's intake set against the person's DRI."""

    nutrient: str
    total: float | None
    percent: float | None
    status: str
    from_supplements: float | None = None
    """The part of ``total`` from supplements written in the diary."""


@dataclass(frozen=True, slots=True)
class RedFlagResult:
    id: str
    triage: Triage
    why: str
    advice: str
    citations: tuple[str, ...]
    urgency: str = ""


@dataclass(frozen=True, slots=True)
class FactorResult:
    id: str
    kind: str
    strength: Strength
    why: str
    advice: str
    evidence: str
    citations: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class RuledOut:
    id: str
    why: str


@dataclass(frozen=True, slots=True)
class Assessment:
    """The answer to one case (contract §3 result).

    The engine fills the findings; the assessment service adds the diary's ``intake``, the food
    ``suggestion`` (``None`` when none could be made) and the follow-up ``questions``.
    """

    triage: Triage
    summary: str
    now: str
    red_flags: tuple[RedFlagResult, ...]
    factors: tuple[FactorResult, ...]
    ruled_out: tuple[RuledOut, ...]
    not_understood: tuple[str, ...]
    matched: tuple[str, ...]
    labs: tuple[LabReading, ...]
    routine_reasons: tuple[RedFlagResult, ...]
    disclaimer: str
    guidance: TriageGuidance | None = None
    """The row of the triage table that applies, its texts filled in for the locale."""
    locale: str | None = None
    intake: IntakeResult | None = None
    suggestion: Suggestion | None = None
    suggested: bool = False
    """Whether suggestions were sought (``suggestion`` may still be ``None``: none possible)."""
    questions: tuple[Question, ...] = ()
