"""The clinician report shows supplements apart from food: the intake rows, the HTML (and so
the PDF) columns, and FHIR components (real store, real analyser, validated FHIR)."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest

from crampcheck.core.nutrients import Nutrient
from crampcheck.reports.fhir import render_fhir
from crampcheck.reports.html import render_html
from crampcheck.reports.model import IntakeRow, ReportData
from crampcheck.schemas.cases import case_report_data
from crampcheck.services import diary
from crampcheck.services.intake import analyze_intake
from crampcheck.services.report import build_report_data
from crampcheck.storage.store import open_store

NOW = datetime(2026, 3, 20, 12, tzinfo=UTC)
DAY = "magnesium citrate 250 mg, vitamin D3 1000 IU, a banana and a bowl of porridge"
PLAIN = "a banana and a bowl of porridge"


def _row(data: ReportData, nutrient: Nutrient) -> IntakeRow:
    return next(row for row in data.intake if row.key == nutrient.value)


def _diary_report(tmp_path: Path, texts: list[str]) -> ReportData:
    tmp_path.mkdir(exist_ok=True)
    store = open_store(f"sqlite:///{tmp_path / 'd.db'}")
    try:
        ann = diary.add_profile(store, "ann", 58, "female")
        for day, text in enumerate(texts, start=10):
            at = datetime(2026, 3, day, 9, tzinfo=UTC)
            diary.log_food(store, ann, text, at, NOW, analyze_intake)
        return build_report_data(
            store, "ann", date(2026, 3, 1), date(2026, 3, 20), NOW, charts=False
        )
    finally:
        store.close()


def test_diary_report_rows_split_food_and_supplements(tmp_path: Path) -> None:
    data = _diary_report(tmp_path, [DAY, PLAIN])
    magnesium = _row(data, Nutrient.MAGNESIUM_MG)
    food = analyze_intake(PLAIN).totals[Nutrient.MAGNESIUM_MG]
    assert food is not None
    assert magnesium.from_supplements == pytest.approx(250.0 / 2)
    assert magnesium.from_food == pytest.approx(food)
    assert magnesium.mean == pytest.approx(food + 125.0)
    assert _row(data, Nutrient.POTASSIUM_MG).from_supplements is None


def test_case_report_rows_split_food_and_supplements() -> None:
    case = {"profile": {"age": 60, "sex": "female"}, "diary": DAY}
    data = case_report_data(case, NOW, charts=False)
    read = analyze_intake(DAY)
    vitamin_d = _row(data, Nutrient.VITAMIN_D_UG)
    assert vitamin_d.from_supplements == 25.0
    assert vitamin_d.mean == pytest.approx(read.totals[Nutrient.VITAMIN_D_UG])
    foods = [i.nutrients.get(Nutrient.VITAMIN_D_UG) for i in read.foods]
    assert vitamin_d.from_food == pytest.approx(sum(v for v in foods if v is not None))


def test_html_has_supplement_columns_only_when_supplements_were_taken(tmp_path: Path) -> None:
    with_supplements = render_html(_diary_report(tmp_path / "a", [DAY]))
    assert "From supplements" in with_supplements
    assert 'class="num part-supplements">250 mg' in with_supplements
    without = render_html(_diary_report(tmp_path / "b", [PLAIN]))
    assert "From supplements" not in without


def _intake_observations(text: str) -> dict[str, dict[str, Any]]:
    pytest.importorskip("fhir.resources.R4B.bundle").Bundle.model_validate_json(text)
    bundle = json.loads(text)
    return {
        o["code"]["coding"][0]["code"]: o
        for e in bundle["entry"]
        if (o := e["resource"])["resourceType"] == "Observation"
        and o["code"]["coding"][0]["system"] == "urn:crampcheck:nutrient"
    }


def test_fhir_gives_the_parts_as_components(tmp_path: Path) -> None:
    data = _diary_report(tmp_path, [DAY])
    observations = _intake_observations(render_fhir(data))
    parts = {c["code"]["coding"][0]["code"]: c for c in observations["magnesium_mg"]["component"]}
    assert parts["from_supplements"]["valueQuantity"]["value"] == 250.0
    food = _row(data, Nutrient.MAGNESIUM_MG).from_food
    assert food is not None
    assert parts["from_food"]["valueQuantity"]["value"] == round(food, 3)
    assert "component" not in observations["potassium_mg"]  # no supplement gave potassium


@pytest.mark.parametrize(
    ("texts", "above"), [(["magnesium citrate 200mg, 2 caps"], True), ([DAY], False)]
)
def test_the_report_says_when_supplement_magnesium_is_above_its_upper_limit(
    tmp_path: Path, texts: list[str], above: bool
) -> None:
    data = _diary_report(tmp_path, texts)
    note = _row(data, Nutrient.MAGNESIUM_MG).upper_limit_note
    assert (note is not None) is above
    page = render_html(data)
    said = "above the upper limit of 350 mg a day from supplements (R1, R11, R15)"
    assert (said in page) is above
