"""``ReportData``: everything the clinician report shows, as plain values.

The service (:mod:`crampcheck.services.report`) builds it; the template only formats it. Nothing
here calls the core, reads a clock or opens a file, so a report with fixed data renders to the same
bytes every time (the golden test relies on that).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from crampcheck.core.sources import NutrientSources


@dataclass(frozen=True, slots=True)
class Person:
    """Who the report is about (no more than the DRI lookup needs)."""

    name: str
    age_years: float
    sex: str
    pregnant: bool = False
    lactating: bool = False


@dataclass(frozen=True, slots=True)
class Finding:
    """A red flag or a routine reason to see a doctor."""

    id: str
    triage: str
    why: str
    advice: str
    citations: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Factor:
    """A contributing factor: why we think so, what to do and when to act."""

    id: str
    title: str
    kind: str
    strength: str
    why: str
    advice: str
    evidence: str
    when_level: str
    when: str
    citations: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class RuledOut:
    id: str
    title: str
    why: str


@dataclass(frozen=True, slots=True)
class Symptoms:
    """Symptoms the person reported, denied, and the warning signs nobody asked about."""

    present: tuple[str, ...] = ()
    absent: tuple[str, ...] = ()
    unknown: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Medication:
    name: str
    started: date | None = None
    stopped: date | None = None
    note: str = ""


@dataclass(frozen=True, slots=True)
class Lab:
    name: str
    value: float
    unit: str
    taken_on: date | None = None
    range_text: str = ""
    state: str = ""


@dataclass(frozen=True, slots=True)
class IntakeRow:
    """A nutrient's mean daily intake against the person's target, with coverage."""

    key: str
    label: str
    unit: str
    mean: float | None
    target: float | None
    percent: float | None
    known: int
    of: int
    from_food: float | None = None
    """The food part of ``mean`` (``None``: no food gave a value)."""
    from_supplements: float | None = None
    """The supplements' part of ``mean`` (``None``: no supplement gave any)."""
    upper_limit_note: str | None = None
    """Set when the mean is above the person's upper limit (cited; see core.trends)."""


@dataclass(frozen=True, slots=True)
class Comparison:
    """A measure on cramp days against other days (descriptive, with a 95 % interval)."""

    label: str
    unit: str
    cramp_days: int
    other_days: int
    cramp_mean: float | None
    other_mean: float | None
    ci_low: float | None
    ci_high: float | None
    verdict: str


@dataclass(frozen=True, slots=True)
class DiaryItem:
    """One parsed item of the food diary, for the appendix: what was written and how it was read."""

    day: date
    written: str
    read_as: str | None
    grams: float | None
    corrected: bool = False


@dataclass(frozen=True, slots=True)
class CrampSummary:
    """The cramp diary in numbers."""

    days: int
    episodes: int
    cramp_nights: int
    per_week: float
    median_severity: float | None
    max_severity: int | None
    median_duration_min: float | None
    mean_sleep_disturbance: float | None
    locations: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class FoodSuggestion:
    name: str
    portion: str
    grams: float
    food_id: str


@dataclass(frozen=True, slots=True)
class Chart:
    """An inline SVG chart with its title and a one-line caption."""

    title: str
    svg: str
    caption: str = ""


@dataclass(frozen=True, slots=True)
class Citation:
    id: str
    title: str
    url: str = ""


@dataclass(frozen=True, slots=True)
class ReportData:
    """One clinician report: a diary over a date range, or a single assessment."""

    kind: str  # "diary" or "case"
    person: Person
    generated_at: datetime
    start: date | None
    end: date | None
    triage: str
    summary: str
    now: str
    disclaimer: str
    triage_title: str = ""
    """The heading from the cited triage table (``triage.yaml``), set by the service."""
    red_flags: tuple[Finding, ...] = ()
    routine_reasons: tuple[Finding, ...] = ()
    factors: tuple[Factor, ...] = ()
    ruled_out: tuple[RuledOut, ...] = ()
    symptoms: Symptoms = field(default_factory=Symptoms)
    medications: tuple[Medication, ...] = ()
    labs: tuple[Lab, ...] = ()
    intake: tuple[IntakeRow, ...] = ()
    intake_note: str = ""
    fluid_ml_per_day: float | None = None
    fluid_note: str = ""
    diary_items: tuple[DiaryItem, ...] = ()
    nutrient_sources: tuple[NutrientSources, ...] = ()
    """Per cramp nutrient, the logged items that gave most of it (docs/prose-days.md)."""
    cramps: CrampSummary | None = None
    comparisons: tuple[Comparison, ...] = ()
    charts: tuple[Chart, ...] = ()
    suggestions: tuple[FoodSuggestion, ...] = ()
    suggestion_notes: tuple[str, ...] = ()
    not_understood: tuple[str, ...] = ()
    citations: tuple[Citation, ...] = ()
    sources: tuple[str, ...] = ()
