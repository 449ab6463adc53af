"""The report reads as plain text: labels not keys, lab ranges in the result's unit, the parsed
diary as an appendix, primary citation URLs, no factor without data (real engine and analyser)."""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from datetime import date, datetime, time, timedelta, timezone

import pytest

from crampcheck.core.diary import CrampEpisode, LabResult, MedicationEntry
from crampcheck.reports.html import render_html
from crampcheck.services import diary
from crampcheck.services.report import build_report_data
from crampcheck.services.report_parts import plain, primary_url
from crampcheck.storage.store import DiaryStore, open_store

ZONE = timezone(timedelta(hours=1))
END = date(2026, 11, 30)
NOW = datetime.combine(END, time(20), ZONE)
RAW_KEY = re.compile(r"_mg\b|_ug\b|_l_per_day|\b[a-z]+(?:_[a-z0-9]+)+\b")


def _text(store: DiaryStore) -> tuple[object, str]:
    data = build_report_data(store, None, END - timedelta(days=29), END, NOW, charts=False)
    page = render_html(data)
    body = re.sub(r"<style.*?</style>|<span class=\"url\">.*?</span>", " ", page, flags=re.S)
    return data, re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", body)))


@pytest.fixture
def store() -> Iterator[DiaryStore]:
    opened = open_store("sqlite://", allow_memory=True)
    ann = diary.add_profile(opened, "ann", 66, "female")
    analyze = diary.default_analyzer()
    for day in range(10, 16):
        at = datetime(2026, 11, day, 12, tzinfo=ZONE)
        text = "porridge with milk, a banana, a cheese sandwich, a cup of tea and some xqzvt"
        diary.log_food(opened, ann, text, at, NOW, analyze)
    diary.log_fluid(opened, ann, "500 ml water", datetime(2026, 11, 12, 10, tzinfo=ZONE), NOW)
    diary.log_medication(opened, ann, MedicationEntry(0, "omeprazole 20mg", date(2026, 6, 1)), NOW)
    diary.log_lab(opened, ann, LabResult(0, date(2026, 11, 10), "magnesium", 0.68, "mmol/L"), NOW)
    diary.log_lab(opened, ann, LabResult(0, date(2026, 11, 10), "sodium", 134, "mmol/L"), NOW)
    yield opened
    opened.close()


def test_no_raw_keys_and_units_match(store: DiaryStore) -> None:
    ann = diary.resolve_profile(store, "ann")
    cramp = CrampEpisode(0, datetime(2026, 11, 12, 3, tzinfo=ZONE), 7, duration_min=600)
    diary.log_cramp(store, ann, cramp, NOW)
    data, text = _text(store)
    assert RAW_KEY.findall(text) == []
    assert "Sodium: Sodium" not in text
    assert "lasting 10 hours" in text
    assert "600 minutes" not in text
    assert "magnesium 0.68 mmol/L 0.7–0.91 mmol/L (1.7–2.2 mg/dL)" in text
    assert "Appendix: the food diary as read" in text
    assert "some xqzvt not understood" in text
    urls = {c.id: c.url for c in data.citations}  # type: ignore[attr-defined]
    assert urls["R1"] == "https://ods.od.nih.gov/factsheets/Magnesium-HealthProfessional/"


def test_no_cramp_factor_without_cramps(store: DiaryStore) -> None:
    data, text = _text(store)
    assert "idiopathic_nocturnal_cramps" not in [f.id for f in data.factors]  # type: ignore[attr-defined]
    assert "ordinary night cramps" not in text.lower()


def test_one_drink_is_no_fluid_figure(store: DiaryStore) -> None:
    short = open_store("sqlite://", allow_memory=True)
    ann = diary.add_profile(short, "ann", 66, "female")
    diary.log_fluid(short, ann, "500 ml water", datetime(2026, 11, 12, 10, tzinfo=ZONE), NOW)
    data, text = _text(short)
    assert "dehydration" not in [f.id for f in data.factors]  # type: ignore[attr-defined]
    assert "Too few days to judge fluid intake" in text
    short.close()


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("diary: magnesium_mg at 43% of your target", "diary: magnesium at 43% of your target"),
        ("lifestyle fluid_intake_l_per_day: 0.5", "fluid intake 0.5 L a day"),
        ("lasting 2880 minutes", "lasting 2 days"),
        ("calf_swelling_one_side", "calf swelling one side"),
        ("medicine: ppi", "medicine: PPI"),
        ("diary: vitamin_b12_ug at 20%", "diary: vitamin b12 at 20%"),
    ],
)
def test_plain_wording(raw: str, shown: str) -> None:
    assert plain(raw) == shown


def test_primary_url_is_the_first_in_the_text() -> None:
    text = "NIH ODS. B12. https://ods.od.nih.gov/x/ — via copies (https://copy.example/y)."
    assert primary_url(text, ["https://copy.example/y", "https://ods.od.nih.gov/x/"]) == (
        "https://ods.od.nih.gov/x/"
    )
