"""Trends over a diary: averages against targets, cramps by week, and honest comparisons. Pure.

Statistics are descriptive. A comparison reports the number of days behind each side, the
difference in means with a 95 % Welch confidence interval and Cohen's d, and says "not enough
data yet" while either side has fewer than :data:`MIN_DAYS_PER_GROUP` days.
"""

from __future__ import annotations

import math
import statistics
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta

from crampcheck.core.diary import CrampEpisode, FluidEntry, MedicationEntry, cramp_day
from crampcheck.core.dri import Dri, UpperScope
from crampcheck.core.intake import Status, classify
from crampcheck.core.nutrients import NUTRIENT_INFO, Nutrient

MIN_DAYS_PER_GROUP = 5
"""Fewest days on each side before a comparison is reported.

With 4 days a standard deviation rests on 3 degrees of freedom and the 95 % interval of a
difference is wider than ±1.5 standard deviations (t = 3.18): it would nearly always include
both "no effect" and "a large effect", so we say "not enough data yet" instead.
"""

MED_CHANGE_WINDOW_DAYS = 14
"""A day counts as "after a medication change" up to this many days after a start or stop."""

NOT_ENOUGH = "not enough data yet"

_T975 = (12.71, 4.30, 3.18, 2.78, 2.57, 2.45, 2.36, 2.31, 2.26, 2.23, 2.20, 2.18, 2.16, 2.14, 2.13)
"""Two-sided 95 % Student t quantiles for 1–15 degrees of freedom."""


def t_quantile(df: float) -> float:
    """The 97.5th percentile of Student's t (tabulated to 15 df, then a 1/df correction)."""
    if df < 1:
        return math.inf
    if df <= len(_T975):
        return _T975[int(df) - 1]
    return 1.96 + 2.4 / df


@dataclass(frozen=True, slots=True)
class Day:
    """One calendar day of the diary (local dates as the entries were written)."""

    day: date
    food_logged: bool
    nutrients: Mapping[str, float | None]
    fluid_ml: float | None
    cramps: int
    max_severity: int | None
    recent_med_change: bool
    from_food: Mapping[str, float] = field(default_factory=dict)
    """The food items' part of ``nutrients`` (a nutrient no food gave a value for is absent)."""
    from_supplements: Mapping[str, float] = field(default_factory=dict)
    """The supplement items' part of ``nutrients`` (absent: no supplement gave it)."""

    @property
    def cramp_night(self) -> bool:
        return self.cramps > 0


def _add_up(
    parts: Iterable[tuple[datetime, Mapping[str, float]]], days: set[date] | None = None
) -> dict[date, dict[str, float]]:
    """Each day's sum of the parts logged on it (``days`` collects the days seen)."""
    sums: dict[date, dict[str, float]] = defaultdict(dict)
    for at, part in parts:
        day = at.date()
        if days is not None:
            days.add(day)
        totals = sums[day]
        for key, value in part.items():
            totals[key] = totals.get(key, 0.0) + value
    return sums


def _together(food: Mapping[str, float], supplements: Mapping[str, float]) -> dict[str, float]:
    together = dict(food)
    for key, value in supplements.items():
        together[key] = together.get(key, 0.0) + value
    return together


def build_days(
    start: date,
    end: date,
    meals: Iterable[tuple[datetime, Mapping[str, float]]],
    fluids: Iterable[FluidEntry],
    cramps: Iterable[CrampEpisode],
    medications: Iterable[MedicationEntry] = (),
    supplements: Iterable[tuple[datetime, Mapping[str, float]]] = (),
) -> list[Day]:
    """Daily totals for every day from ``start`` to ``end`` inclusive.

    ``meals`` holds each food entry's time and the nutrients of its food items
    (``core.diary.sum_items``); ``supplements`` the supplement part of the entries that have
    one. A day's ``nutrients`` are both together (``totals`` is everything taken in).

    A nutrient total is ``None`` when no item that day had a value for it (unknown is not zero).
    """
    food_days: set[date] = set()
    food = _add_up(meals, food_days)
    taken = _add_up(supplements, food_days)
    fluid: dict[date, float] = defaultdict(float)
    for drink in fluids:
        fluid[drink.at.date()] += drink.millilitres
    cramp_count: dict[date, int] = defaultdict(int)
    severity: dict[date, int] = {}
    for episode in cramps:
        day = cramp_day(episode.at)
        cramp_count[day] += episode.count
        severity[day] = max(severity.get(day, 0), episode.severity)
    changes = [
        change for med in medications for change in (med.started, med.stopped) if change is not None
    ]
    days = []
    for ordinal in range(start.toordinal(), end.toordinal() + 1):  # safe at 9999-12-31
        current = date.fromordinal(ordinal)
        days.append(
            Day(
                day=current,
                food_logged=current in food_days,
                nutrients=_together(food.get(current, {}), taken.get(current, {})),
                fluid_ml=fluid.get(current),
                cramps=cramp_count.get(current, 0),
                max_severity=severity.get(current),
                recent_med_change=any(
                    0 <= (current - c).days <= MED_CHANGE_WINDOW_DAYS for c in changes
                ),
                from_food=food.get(current, {}),
                from_supplements=taken.get(current, {}),
            )
        )
    return days


@dataclass(frozen=True, slots=True)
class Average:
    """Mean daily intake of one nutrient over the days it is known, against the target."""

    nutrient: str
    mean: float | None
    days_known: int
    days_logged: int
    target: float | None
    percent: float | None
    mean_from_supplements: float | None = None
    """The supplements' part of ``mean``, over the same days (a day without a supplement
    giving it adds 0: a label lists what a product holds); ``None`` when none gave any."""
    mean_from_food: float | None = None
    """The food part of ``mean``, over the days a food gave a value (unknown is not zero, so
    on days known only from supplements the two parts need not add up to ``mean``)."""
    upper_limit: float | None = None
    """The person's UL, when the nutrient has one (see :func:`with_upper_limits`)."""
    upper_limit_supplements_only: bool = False
    """The UL counts supplements only (magnesium): food never breaches it."""
    above_upper_limit: bool = False
    """The mean (or, for a supplements-only UL, its supplement part) is above the UL."""
    upper_limit_citations: tuple[str, ...] = ()
    upper_limit_note: str | None = None
    """The sentence every adapter shows when the average is above the UL
    (:func:`above_limit_sentence`)."""


def average_intake(
    days: Sequence[Day], nutrients: Iterable[str], targets: Mapping[str, float]
) -> list[Average]:
    """Mean daily intake over the days with food logged; ``percent`` of the RDA/AI; the food
    and supplement parts of the mean (see :class:`Average`)."""
    logged = [day for day in days if day.food_logged]
    results = []
    for key in nutrients:
        known = [day for day in logged if day.nutrients.get(key) is not None]
        values = [v for day in known if (v := day.nutrients.get(key)) is not None]
        mean = statistics.fmean(values) if values else None
        target = targets.get(key)
        percent = None if mean is None or not target else round(100.0 * mean / target, 1)
        average = Average(key, mean, len(values), len(logged), target, percent)
        foods = [v for day in known if (v := day.from_food.get(key)) is not None]
        food = statistics.fmean(foods) if foods else None
        supplements = _supplement_mean(known, key)
        results.append(replace(average, mean_from_food=food, mean_from_supplements=supplements))
    return results


def with_upper_limits(averages: Sequence[Average], dris: Mapping[str, Dri]) -> list[Average]:
    """Each average with the person's upper limit and whether its mean is above it, checked as
    the day's intake is (:func:`crampcheck.core.intake.classify`: magnesium's UL against the
    supplement part only)."""
    return [_with_upper_limit(average, dris.get(average.nutrient)) for average in averages]


def _with_upper_limit(average: Average, dri: Dri | None) -> Average:
    if dri is None or dri.upper is None:
        return average
    status = classify(average.mean, dri, average.mean_from_supplements)
    flagged = replace(
        average,
        upper_limit=dri.upper,
        upper_limit_supplements_only=dri.upper_scope is UpperScope.SUPPLEMENTS,
        above_upper_limit=status is Status.ABOVE_UL,
        upper_limit_citations=dri.citations,
    )
    return replace(flagged, upper_limit_note=above_limit_sentence(flagged))


def above_limit_sentence(average: Average) -> str | None:
    """What a person reads when an average is above their upper limit (``None`` otherwise).

    Example:
        >>> a = Average("magnesium_mg", 552, 7, 7, 320, 172.5, 400, 152, 350, True, True, ("R1",))
        >>> print(above_limit_sentence(a))  # doctest: +NORMALIZE_WHITESPACE
        Magnesium from supplements averages 400 mg a day, above the upper limit of 350 mg
        a day from supplements (R1).
    """
    if not average.above_upper_limit or average.upper_limit is None:
        return None
    info = NUTRIENT_INFO[Nutrient(average.nutrient)]
    part = " from supplements" if average.upper_limit_supplements_only else ""
    mean = average.mean_from_supplements if part else average.mean
    cited = ", ".join(average.upper_limit_citations)
    return (
        f"{info.label}{part} averages {mean or 0:,.0f} {info.unit} a day, above the upper limit "
        f"of {average.upper_limit:,.0f} {info.unit} a day{part} ({cited})."
    )


def _supplement_mean(days: Sequence[Day], key: str) -> float | None:
    """Mean supplement part over ``days`` (0 on a day no supplement gave it); ``None`` when
    no supplement gave it on any day."""
    values = [day.from_supplements.get(key) for day in days]
    if all(value is None for value in values):
        return None
    return statistics.fmean(value or 0.0 for value in values)


@dataclass(frozen=True, slots=True)
class DayIntake:
    """One nutrient on one day with food logged: in all, from food and from supplements."""

    day: date
    nutrient: str
    total: float | None
    from_food: float | None
    from_supplements: float | None


def daily_intake(days: Sequence[Day], nutrients: Iterable[str]) -> list[DayIntake]:
    """The daily series: each day with food logged, each nutrient split into its food and
    supplement parts (``None`` where nothing gave a value)."""
    keys = list(nutrients)
    return [
        DayIntake(
            day.day,
            key,
            day.nutrients.get(key),
            day.from_food.get(key),
            day.from_supplements.get(key),
        )
        for day in days
        if day.food_logged
        for key in keys
    ]


@dataclass(frozen=True, slots=True)
class Week:
    """Cramps in one ISO week (Monday to Sunday)."""

    week_start: date
    days: int
    cramp_nights: int
    cramps: int
    mean_severity: float | None
    max_severity: int | None


def weekly_cramps(days: Sequence[Day]) -> list[Week]:
    """Cramp nights, episodes and severity (mean of each night's worst) per ISO week."""
    weeks: dict[date, list[Day]] = defaultdict(list)
    for day in days:
        weeks[day.day - timedelta(days=day.day.weekday())].append(day)
    result = []
    for monday in sorted(weeks):
        members = weeks[monday]
        severities = [d.max_severity for d in members if d.max_severity is not None]
        result.append(
            Week(
                week_start=monday,
                days=len(members),
                cramp_nights=sum(1 for d in members if d.cramp_night),
                cramps=sum(d.cramps for d in members),
                mean_severity=round(statistics.fmean(severities), 2) if severities else None,
                max_severity=max(severities) if severities else None,
            )
        )
    return result


@dataclass(frozen=True, slots=True)
class Comparison:
    """A measure on cramp days against other days, with effect size and a 95 % interval."""

    measure: str
    cramp_days: int
    other_days: int
    cramp_mean: float | None
    other_mean: float | None
    difference: float | None
    ci_low: float | None
    ci_high: float | None
    cohen_d: float | None
    verdict: str


def compare(
    measure: str, cramp_values: Sequence[float], other_values: Sequence[float]
) -> Comparison:
    """Difference in means (cramp − other), Welch 95 % CI and Cohen's d with pooled SD."""
    n1, n2 = len(cramp_values), len(other_values)
    mean1 = statistics.fmean(cramp_values) if n1 else None
    mean2 = statistics.fmean(other_values) if n2 else None
    if n1 < MIN_DAYS_PER_GROUP or n2 < MIN_DAYS_PER_GROUP or mean1 is None or mean2 is None:
        return Comparison(measure, n1, n2, mean1, mean2, None, None, None, None, NOT_ENOUGH)
    var1, var2 = statistics.variance(cramp_values), statistics.variance(other_values)
    diff = mean1 - mean2
    se = math.sqrt(var1 / n1 + var2 / n2)
    if se == 0:
        low = high = diff
        cohen = None
    else:
        # Welch-Satterthwaite; with variances so small that their squares underflow, fall back
        # to the pooled degrees of freedom
        spread = (var1 / n1) ** 2 / (n1 - 1) + (var2 / n2) ** 2 / (n2 - 1)
        df = (var1 / n1 + var2 / n2) ** 2 / spread if spread > 0 else n1 + n2 - 2
        half = t_quantile(df) * se
        low, high = diff - half, diff + half
        pooled = math.sqrt(((n1 - 1) * var1 + (n2 - 1) * var2) / (n1 + n2 - 2))
        cohen = diff / pooled if pooled else None
    return Comparison(measure, n1, n2, mean1, mean2, diff, low, high, cohen, _verdict(low, high))


def _verdict(low: float, high: float) -> str:
    if low > 0:
        return "higher on cramp days"
    if high < 0:
        return "lower on cramp days"
    return "no clear difference"


def compare_cramp_days(days: Sequence[Day], nutrients: Iterable[str]) -> list[Comparison]:
    """Each nutrient (days with food logged and a value) and fluids: cramp days vs other days."""
    results = []
    logged = [day for day in days if day.food_logged]
    for key in nutrients:
        known = [(day, v) for day in logged if (v := day.nutrients.get(key)) is not None]
        results.append(
            compare(
                key,
                [v for day, v in known if day.cramp_night],
                [v for day, v in known if not day.cramp_night],
            )
        )
    drinks = [(day, day.fluid_ml) for day in days if day.fluid_ml is not None]
    results.append(
        compare(
            "fluid_ml",
            [v for day, v in drinks if day.cramp_night],
            [v for day, v in drinks if not day.cramp_night],
        )
    )
    return results


@dataclass(frozen=True, slots=True)
class RateComparison:
    """Share of cramp nights within two weeks of a medication change against other days."""

    after_change_days: int
    other_days: int
    after_change_rate: float | None
    other_rate: float | None
    difference: float | None
    ci_low: float | None
    ci_high: float | None
    verdict: str


def compare_med_changes(days: Sequence[Day]) -> RateComparison:
    """Cramp-night rate after medication changes vs other days (Wald 95 % CI of the difference)."""
    after = [day.cramp_night for day in days if day.recent_med_change]
    other = [day.cramp_night for day in days if not day.recent_med_change]
    rate1 = sum(after) / len(after) if after else None
    rate2 = sum(other) / len(other) if other else None
    if (
        len(after) < MIN_DAYS_PER_GROUP
        or len(other) < MIN_DAYS_PER_GROUP
        or rate1 is None
        or rate2 is None
    ):
        return RateComparison(len(after), len(other), rate1, rate2, None, None, None, NOT_ENOUGH)
    diff = rate1 - rate2
    half = 1.96 * math.sqrt(rate1 * (1 - rate1) / len(after) + rate2 * (1 - rate2) / len(other))
    low, high = diff - half, diff + half
    if low > 0:
        verdict = "more cramp nights after a medication change"
    elif high < 0:
        verdict = "fewer cramp nights after a medication change"
    else:
        verdict = "no clear difference"
    return RateComparison(len(after), len(other), rate1, rate2, diff, low, high, verdict)
