"""The clinician report use case (issue 8): diary or case → :class:`ReportData`.

Two entry points, both taking the time in (nothing here reads the clock)::

    build_report_data(repo, profile_name, start, end, now)  # a person's diary over a date range
    build_case_report_data(case, result, now)               # one assessed case (contract §3)

The data is then rendered by :func:`crampcheck.reports.render_html` or
:func:`crampcheck.reports.render_pdf`. Suggestions and charts are optional adapters: pass
``suggest_foods=None`` or ``charts=False`` to leave them out (tests, or installs without scipy or
matplotlib).
"""

from __future__ import annotations

import statistics
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from types import MappingProxyType
from typing import Any

from crampcheck.core import diary as d
from crampcheck.core import trends as tr
from crampcheck.core.assessment.case import (
    Assessment,
    Case,
    Cramps,
    IntakeStatus,
    MedicineCourse,
)
from crampcheck.core.assessment.knowledge import KnowledgeBase
from crampcheck.core.assessment.labs import LabInput
from crampcheck.core.diary_ports import DiaryRepository
from crampcheck.core.fluids import water_intake
from crampcheck.core.intake import IntakeResult, food_totals
from crampcheck.core.models import Profile
from crampcheck.core.nutrients import CRAMP_NUTRIENTS, NUTRIENT_INFO, Nutrient
from crampcheck.core.suggest import Constraints, Suggestion
from crampcheck.data.kb import load_knowledge_base
from crampcheck.errors import CrampcheckError, InputError
from crampcheck.reports.model import (
    Comparison,
    CrampSummary,
    FoodSuggestion,
    IntakeRow,
    Medication,
    Person,
    ReportData,
)
from crampcheck.services import diary as diary_service
from crampcheck.services import report_parts as parts
from crampcheck.services.assess import assess, case_constraints
from crampcheck.services.imports import report_notes
from crampcheck.services.report_charts import case_charts, diary_charts
from crampcheck.services.sources import diary_sources

SuggestFoods = Callable[[IntakeResult, Profile, Constraints], Suggestion]
"""An intake + profile + constraints → suggestions (``services.suggest.suggest_for_intake``)."""

DEFAULT_DAYS = 28
"""Without ``--from``, the report covers the four weeks up to ``--to`` (or today)."""

MAX_DAYS = 3 * 366
"""Longest range a report covers (three years)."""

NIGHT_HOURS = frozenset({21, 22, 23, 0, 1, 2, 3, 4, 5, 6})
"""Cramps starting in these hours count as night cramps."""

REPORT_NUTRIENTS = tuple(n for n in CRAMP_NUTRIENTS if n is not Nutrient.WATER_G)
"""Nutrients in the intake table; water from food alone is not compared with the total-water AI."""

SOURCES = (
    "Food composition: USDA National Nutrient Database for Standard Reference (public domain).",
    "Targets: Dietary Reference Intakes (RDA or AI) for the person's age, sex and life stage.",
)


def default_suggest() -> SuggestFoods:
    """The food suggestion engine (imported late: it loads the food database and scipy)."""
    from crampcheck.services.suggest import suggest_for_intake

    return suggest_for_intake


def _person(name: str, profile: Profile) -> Person:
    return Person(name, profile.age_years, profile.sex.value, profile.pregnant, profile.lactating)


def check_range(start: date | None, end: date | None, today: date) -> tuple[date, date]:
    """The report's first and last day (inclusive), checked."""
    end = end or today
    start = start or end - timedelta(days=DEFAULT_DAYS - 1)
    if end < start:
        raise InputError(f"--to {end.isoformat()} is before --from {start.isoformat()}")
    if end > today:
        raise InputError(f"--to {end.isoformat()} is in the future (today is {today.isoformat()})")
    if (end - start).days + 1 > MAX_DAYS:
        raise InputError(f"the range is longer than {MAX_DAYS} days; choose a shorter one")
    return start, end


REPORT_SOURCE_NUTRIENTS = (
    Nutrient.MAGNESIUM_MG,
    Nutrient.POTASSIUM_MG,
    Nutrient.CALCIUM_MG,
    Nutrient.SODIUM_MG,
)
"""Nutrients whose biggest sources the diary report lists."""

REPORT_SOURCE_ROWS = 3


def build_report_data(
    repo: DiaryRepository,
    profile_name: str | None,
    start: date | None,
    end: date | None,
    now: datetime,
    *,
    suggest_foods: SuggestFoods | None = None,
    charts: bool = True,
) -> ReportData:
    """The report of one person's diary from ``start`` to ``end`` (inclusive).

    Args:
        repo: the diary store (``crampcheck.storage.open_store``).
        profile_name: whose diary; ``None`` picks the current or only profile.
        start, end: the dates covered; default the 28 days up to today.
        now: the generation time (aware), printed on the report.
        suggest_foods: the suggestion engine (default :func:`default_suggest`).
        charts: draw the SVG charts (needs matplotlib).

    Raises:
        InputError: bad range, no profile; NotFoundError: unknown profile.
    """
    record = diary_service.resolve_profile(repo, profile_name, now.date())
    start, end = check_range(start, end, now.date())
    view = diary_service.show_diary(repo, record, start, end)
    view = replace(view, cramps=_cramp_nights_in(repo, _pid(record), start, end))
    split = [(entry.at, d.sum_by_kind(entry.items)) for entry in view.food]
    meals = [(at, food) for at, (food, _taken) in split]
    taken = [(at, supplements) for at, (_food, supplements) in split if supplements]
    days = tr.build_days(
        start, end, meals, view.fluids, view.cramps, view.medications, supplements=taken
    )
    targets = diary_service.targets_for_profile(record.profile)
    keys = [n.value for n in REPORT_NUTRIENTS]
    averages = tr.with_upper_limits(
        tr.average_intake(days, keys, targets), diary_service.dris_for_profile(record.profile)
    )
    comparisons = tr.compare_cramp_days(days, keys)
    summary = _cramp_summary(days, view.cramps)
    labs = _latest_labs(repo.list_labs(_pid(record)), end)
    case = _case_of_diary(record.profile, view, summary, labs, days, now.date())
    kb = load_knowledge_base()
    statuses = [_status(a) for a in averages if a.percent is not None]
    result = assess(case, None, kb, statuses=statuses, suggest=False, today=now.date())
    if not view.cramps:  # no cramp logged: no factor that rests on the cramps themselves
        result = parts.without_cramp_factors(result)
    foods = parts.average_day_items(view.food, sum(1 for day in days if day.food_logged))
    constraints = case_constraints(case, kb, statuses)
    suggestion, notes = _suggest_for_day(foods, record.profile, constraints, suggest_foods)
    return ReportData(
        kind="diary",
        person=_person(record.name, record.profile),
        generated_at=now,
        start=start,
        end=end,
        **_assessment_fields(result, case, kb),
        medications=tuple(_medication(m) for m in view.medications),
        labs=parts.labs(result, {(lab.value, lab.unit): lab.taken_on for lab in labs}),
        intake=tuple(_intake_row(a) for a in averages),
        intake_note=" ".join((_intake_note(days), *report_notes(view.food))),
        fluid_ml_per_day=water_intake(days).total_ml,
        fluid_note=water_intake(days).note,
        diary_items=parts.diary_items(view.food),
        nutrient_sources=tuple(
            diary_sources(view.food, n, limit=REPORT_SOURCE_ROWS) for n in REPORT_SOURCE_NUTRIENTS
        ),
        cramps=summary,
        comparisons=tuple(_comparison(c) for c in comparisons),
        charts=diary_charts(days, view.medications, averages, comparisons, targets)
        if charts
        else (),
        suggestions=suggestion,
        suggestion_notes=notes,
        sources=SOURCES + report_notes(view.food)[1:],
    )


def build_case_report_data(
    case: Case,
    result: Assessment,
    now: datetime,
    *,
    name: str = "",
    suggest_foods: SuggestFoods | None = None,
    charts: bool = True,
) -> ReportData:
    """The report of one assessed case (contract §3); intake comes from its ``diary`` text.

    ``result`` is the case's assessment (``services.assess.assess``); its own suggestions are
    used unless ``suggest_foods`` is given.
    """
    kb = load_knowledge_base()
    rows = _case_intake_rows(result.intake)
    if suggest_foods is None and result.suggested:  # the assessment already suggested
        suggestion, notes = _suggestion_rows(result.suggestion)
    else:
        constraints = case_constraints(case, kb, None)
        suggestion, notes = _suggest(result.intake, case.profile, constraints, suggest_foods)
    return ReportData(
        kind="case",
        person=_person(name, case.profile),
        generated_at=now,
        start=None,
        end=None,
        **_assessment_fields(result, case, kb),
        medications=tuple(Medication(text) for text in case.medications),
        labs=parts.labs(result, {}),
        intake=rows,
        intake_note="Coverage counts the foods in the diary text with a known amount of each "
        "nutrient."
        if rows
        else "",
        charts=case_charts(rows) if charts and rows else (),
        suggestions=suggestion,
        suggestion_notes=notes,
        sources=SOURCES,
    )


def _assessment_fields(result: Assessment, case: Case, kb: KnowledgeBase) -> dict[str, Any]:
    triage = result.triage.label
    return {
        "triage": triage,
        "triage_title": result.guidance.title if result.guidance else triage,
        "summary": parts.plain(result.summary),
        "now": parts.plain(result.now),
        "disclaimer": result.disclaimer,
        "red_flags": tuple(parts.finding(f) for f in result.red_flags),
        "routine_reasons": tuple(parts.finding(f) for f in result.routine_reasons),
        "factors": parts.factors(result, kb),
        "ruled_out": parts.ruled_out(result),
        "symptoms": parts.symptoms(case.symptoms, case.description, kb),
        "not_understood": result.not_understood,
        "citations": parts.citations(result),
    }


# --- from the diary to a case ----------------------------------------------------------------


def _pid(record: d.ProfileRecord) -> int:
    assert record.id is not None
    return record.id


def _cramp_summary(days: Sequence[tr.Day], cramps: Sequence[d.CrampEpisode]) -> CrampSummary:
    episodes = sum(c.count for c in cramps)
    durations = [c.duration_min for c in cramps if c.duration_min is not None]
    sleep = [c.sleep for c in cramps if c.sleep is not None]
    places = Counter(c.location.strip().lower() for c in cramps if c.location.strip())
    return CrampSummary(
        days=len(days),
        episodes=episodes,
        cramp_nights=sum(1 for day in days if day.cramp_night),
        per_week=round(7.0 * episodes / len(days), 1) if days else 0.0,
        median_severity=statistics.median(c.severity for c in cramps) if cramps else None,
        max_severity=max((c.severity for c in cramps), default=None),
        median_duration_min=statistics.median(durations) if durations else None,
        mean_sleep_disturbance=round(statistics.fmean(sleep), 1) if sleep else None,
        locations=tuple(place for place, _ in places.most_common(3)),
    )


def _cramp_nights_in(
    repo: DiaryRepository, profile_id: int, start: date, end: date
) -> list[d.CrampEpisode]:
    """Episodes whose night falls in the range (a 03:00 cramp counts for the evening before)."""
    low = datetime.combine(start, time(), UTC) - timedelta(days=1)
    high = datetime.combine(end, time(), UTC) + timedelta(days=3)
    return [c for c in repo.list_cramps(profile_id, low, high) if start <= d.cramp_day(c.at) <= end]


def _latest_labs(labs: Sequence[d.LabResult], end: date) -> list[d.LabResult]:
    """The most recent result of each test taken on or before ``end``."""
    latest: dict[str, d.LabResult] = {}
    for lab in sorted(labs, key=lambda lab: (lab.taken_on, lab.id or 0)):
        if lab.taken_on <= end:
            latest[lab.name.strip().lower()] = lab
    return list(latest.values())


def _case_of_diary(
    profile: Profile,
    view: diary_service.DiaryView,
    summary: CrampSummary,
    labs: Sequence[d.LabResult],
    days: Sequence[tr.Day],
    today: date,
) -> Case:
    """A contract §3 case summarising the diary, so the assessment engine can triage it."""
    cramps = view.cramps
    pattern = None
    if cramps:
        night = sum(c.count for c in cramps if c.at.hour in NIGHT_HOURS)
        pattern = Cramps(
            frequency_per_week=summary.per_week,
            timing="night" if 2 * night >= summary.episodes else "any",
            severity_0_10=summary.median_severity,
            duration_minutes=summary.median_duration_min,
            location=summary.locations[0] if summary.locations else None,
        )
    notes = [text.strip() for c in cramps for text in (c.notes, c.trigger) if text.strip()]
    water = water_intake(days)  # too few days: no figure, so no invented dehydration factor
    lifestyle: dict[str, object] = {}
    if water.total_ml is not None:
        lifestyle["fluid_intake_l_per_day"] = round(water.total_ml / 1000.0, 2)
    return Case(
        profile=profile,
        cramps=pattern,
        courses=tuple(MedicineCourse(m.name, m.started, m.stopped) for m in view.medications),
        on=today,
        lifestyle=MappingProxyType(lifestyle),
        labs=tuple(LabInput(lab.name, lab.value, lab.unit) for lab in labs),
        diary="(intake averaged from the diary)",
        description=". ".join(dict.fromkeys(notes)) or None,
    )


def _medication(entry: d.MedicationEntry) -> Medication:
    return Medication(entry.name, entry.started, entry.stopped, entry.notes)


def _status(average: tr.Average) -> IntakeStatus:
    percent = average.percent or 0.0
    return IntakeStatus(
        average.nutrient, average.mean, average.percent, "adequate" if percent >= 100 else "low"
    )


# --- intake, comparisons, suggestions ---------------------------------------------------------


def _label(key: str) -> tuple[str, str]:
    info = NUTRIENT_INFO[Nutrient(key)]
    return ("Water in food" if key == Nutrient.WATER_G.value else info.label), info.unit


def _intake_row(average: tr.Average) -> IntakeRow:
    name, unit = _label(average.nutrient)
    return IntakeRow(
        key=average.nutrient,
        label=name,
        unit=unit,
        mean=average.mean,
        target=average.target,
        percent=average.percent,
        known=average.days_known,
        of=average.days_logged,
        from_food=average.mean_from_food,
        from_supplements=average.mean_from_supplements,
        upper_limit_note=average.upper_limit_note,
    )


def _intake_note(days: Sequence[tr.Day]) -> str:
    logged = sum(1 for day in days if day.food_logged)
    return (
        f"Food was logged on {logged} of {len(days)} days; means are over the days with a known "
        "amount (coverage: days known / days logged). Unknown amounts are not counted as zero."
    )


def _case_intake_rows(intake: IntakeResult | None) -> tuple[IntakeRow, ...]:
    if intake is None:
        return ()
    rows = []
    foods = food_totals(intake.items)
    for nutrient in REPORT_NUTRIENTS:
        total = intake.totals.get(nutrient)
        target = (intake.targets or {}).get(nutrient)
        goal = None if target is None else (target.dri.rda or target.dri.ai)
        name, unit = _label(nutrient.value)
        cover = intake.coverage.get(nutrient)
        rows.append(
            IntakeRow(
                nutrient.value,
                name,
                unit,
                None if total is None else round(total, 3),
                goal,
                None if target is None else target.percent,
                cover.known if cover else 0,
                cover.of if cover else 0,
                foods.get(nutrient),
                intake.totals_from_supplements.get(nutrient),
            )
        )
    return tuple(rows)


def _comparison(item: tr.Comparison) -> Comparison:
    name, unit = ("Fluids (drinks)", "ml") if item.measure == "fluid_ml" else _label(item.measure)
    return Comparison(
        name,
        unit,
        item.cramp_days,
        item.other_days,
        item.cramp_mean,
        item.other_mean,
        item.ci_low,
        item.ci_high,
        item.verdict,
    )


def _suggestion_rows(
    found: Suggestion | None,
) -> tuple[tuple[FoodSuggestion, ...], tuple[str, ...]]:
    """The suggestion (contract §4) an assessment carries, as report rows and notes."""
    if found is None:
        return (), ("Food suggestions are not available for this diary.",)
    rows = tuple(FoodSuggestion(s.name, s.portion, s.grams, s.food_id) for s in found.suggestions)
    gaps = tuple(_gap(_label(g.nutrient.value)[0], g.why) for g in found.remaining_gaps)
    return rows, (*found.notes, *gaps)


def _gap(name: str, why: str) -> str:
    """``Sodium: below the AI …`` (never "Sodium: Sodium: …" when the reason names it already)."""
    return why if why.lower().startswith(name.lower()) else f"{name}: {why}"


def _suggest_for_day(
    items: Sequence[tuple[str, float]],
    profile: Profile,
    constraints: Constraints,
    engine: SuggestFoods | None,
) -> tuple[tuple[FoodSuggestion, ...], tuple[str, ...]]:
    """Suggestions for the diary's average day of exact ``(food_id, grams)`` items."""
    from crampcheck.services.intake import analyze_items

    if not items:
        return _suggest(None, profile, constraints, engine)
    try:
        intake = analyze_items(items, profile)
    except (CrampcheckError, ImportError) as error:
        return (), (f"Food suggestions are not available: {error}",)
    return _suggest(intake, profile, constraints, engine)


def _suggest(
    intake: IntakeResult | None,
    profile: Profile,
    constraints: Constraints,
    engine: SuggestFoods | None,
) -> tuple[tuple[FoodSuggestion, ...], tuple[str, ...]]:
    if intake is None or not intake.items:
        return (), ("No food diary, so no food suggestions.",)
    try:
        found = (engine or default_suggest())(intake, profile, constraints)
    except (CrampcheckError, ImportError) as error:
        return (), (f"Food suggestions are not available: {error}",)
    return _suggestion_rows(found)
