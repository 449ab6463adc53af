"""The report's charts from diary days (SVG strings via :mod:`crampcheck.charts`)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from crampcheck.core import diary as d
from crampcheck.core import trends as tr
from crampcheck.core.nutrients import NUTRIENT_INFO, Nutrient
from crampcheck.reports.model import Chart, IntakeRow


def _label(key: str) -> str:
    return NUTRIENT_INFO[Nutrient(key)].label


# --- charts -----------------------------------------------------------------------------------


def diary_charts(
    days: Sequence[tr.Day],
    medications: Sequence[d.MedicationEntry],
    averages: Sequence[tr.Average],
    comparisons: Sequence[tr.Comparison],
    targets: Mapping[str, float],
) -> tuple[Chart, ...]:
    from crampcheck.charts.cramps import CrampDay, Marker, cramp_timeline
    from crampcheck.charts.intake import (
        PairedMeans,
        PercentBar,
        cramp_day_comparison,
        percent_of_target,
    )

    markers = [
        Marker(when, f"{short_name(m.name)} {verb}")
        for m in medications
        for when, verb in ((m.started, "started"), (m.stopped, "stopped"))
        if when is not None
    ]
    charts = [
        Chart(
            "Cramp diary",
            cramp_timeline([CrampDay(x.day, x.cramps, x.max_severity) for x in days], markers),
            "Episodes per day (night cramps count for the evening before); line: 7-day mean; "
            "dashed lines: medication changes.",
        ),
        Chart(
            "Average intake against targets",
            percent_of_target([PercentBar(_label(a.nutrient), a.percent) for a in averages]),
            "Mean daily intake on days with food logged, as % of the person's RDA or AI.",
        ),
    ]
    pairs = [
        PairedMeans(_label(c.measure), 100 * c.cramp_mean / goal, 100 * c.other_mean / goal)
        for c in comparisons
        if c.cramp_mean is not None
        and c.other_mean is not None
        and (goal := targets.get(c.measure))
    ]
    if pairs:
        charts.append(
            Chart(
                "Intake on cramp days and other days",
                cramp_day_comparison(pairs),
                "Descriptive only: a difference here is not proof of cause (see the table).",
            )
        )
    return tuple(charts)


def case_charts(rows: Sequence[IntakeRow]) -> tuple[Chart, ...]:
    from crampcheck.charts.intake import PercentBar, percent_of_target

    return (
        Chart(
            "Intake of the diary day against targets",
            percent_of_target([PercentBar(r.label, r.percent) for r in rows]),
            "Totals of the food diary text, as % of the person's RDA or AI.",
        ),
    )


def short_name(name: str) -> str:
    """A medicine's name without dose or schedule, for a chart label (at most two words).

    Example:
        >>> short_name("chlorthalidone 25 mg daily")
        'chlorthalidone'
    """
    words: list[str] = []
    for word in name.split()[:2]:
        if word[:1].isdigit():
            break
        words.append(word)
    return " ".join(words) or name.strip()
