"""Golden test of the rendered HTML, and what the HTML must and must not say."""

from __future__ import annotations

import os
import re
from dataclasses import replace
from pathlib import Path

import pytest

from crampcheck.reports import render_html
from crampcheck.reports.html import format_day, format_number, format_stamp
from crampcheck.reports.model import Symptoms
from tests.reports.sample import GENERATED, KB, SECTIONS, sample_report

GOLDEN = Path(__file__).parents[1] / "fixtures" / "expected" / "report.html"
UPDATE = os.environ.get("UPDATE_GOLDEN") == "1"
"""Run ``UPDATE_GOLDEN=1 pytest tests/reports`` after an intended change, then review the diff."""


def test_html_matches_golden_file() -> None:
    html = render_html(sample_report())
    if UPDATE:
        GOLDEN.write_text(html, encoding="utf-8")
    assert html == GOLDEN.read_text(encoding="utf-8")


def test_rendering_is_deterministic() -> None:
    assert render_html(sample_report()) == render_html(sample_report())


def test_sections_come_in_clinical_order() -> None:
    html = render_html(sample_report())
    positions = [html.index(f">{heading}<") for heading in SECTIONS]
    assert positions == sorted(positions)


def test_generation_time_is_printed_in_local_time() -> None:
    html = render_html(sample_report())
    assert "31 Mar 2026, 18:45 (UTC+02:00)" in html
    assert format_stamp(GENERATED) == "31 Mar 2026, 18:45 (UTC+02:00)"


def test_people_s_words_are_escaped() -> None:
    html = render_html(sample_report())
    assert "Ann &lt;Example&gt;" in html
    assert "<Example>" not in html
    assert "61 % of the target &amp; a diuretic" in html


def test_unknown_is_never_shown_as_zero() -> None:
    html = render_html(sample_report(charts=False))
    row = re.search(r"<td>Vitamin D</td>(.*?)</tr>", html, re.S)
    assert row is not None
    cells = [re.sub(r"<[^>]+>", "", c).strip() for c in re.findall(r"<td[^>]*>(.*?)</td>", row[1])]
    assert cells == ["–", "15 µg", "unknown", "0 / 84"]
    assert format_number(None) == "–"


def test_factors_say_why_what_and_when() -> None:
    html = render_html(sample_report(charts=False))
    for label in ("Why", "What to do", "When to act", "Evidence"):
        assert html.count(f"<th>{label}</th>") == 2
    assert KB.guidance["doctor_soon"].act in html  # from the cited triage table


def test_symptoms_present_absent_unknown() -> None:
    data = replace(sample_report(charts=False), symptoms=Symptoms())
    html = render_html(data)
    assert "None reported." in html
    assert "None denied." in html


def test_charts_are_inline_svg_without_dates() -> None:
    html = render_html(sample_report())
    assert html.count("<svg") == 3
    assert "<dc:date>" not in html
    assert "http" not in "".join(re.findall(r'(?:src|href)="([^"]*)"', html))


def test_case_report_has_no_diary_section() -> None:
    data = replace(sample_report(charts=False), kind="case", start=None, end=None, cramps=None)
    html = render_html(replace(data, comparisons=()))
    assert "one assessment" in html
    assert "Cramp diary and its relation to intake" not in html


@pytest.mark.parametrize(
    ("value", "expected"),
    [(None, "–"), (1234.5, "1,234"), (0.0, "0")],
)
def test_format_number(value: float | None, expected: str) -> None:
    assert format_number(value) == expected


def test_format_day_is_locale_free() -> None:
    assert format_day(GENERATED.date()) == "31 Mar 2026"
    assert format_day(None) == "–"


def test_case_report_shows_its_intake_chart_with_the_intake() -> None:
    data = replace(sample_report(), kind="case", start=None, end=None, cramps=None)
    html = render_html(replace(data, comparisons=(), charts=data.charts[1:2]))
    assert (
        html.index(">Intake against targets<")
        < html.index("<svg")
        < html.index(">Food suggestions<")
    )
