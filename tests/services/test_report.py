"""``services.report``: diary and case → ReportData (real intake and engine, fake suggestions)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, time, timedelta
from typing import Any

import pytest

from crampcheck.core.diary import CrampEpisode
from crampcheck.core.intake import IntakeResult
from crampcheck.core.models import Profile
from crampcheck.core.nutrients import Nutrient
from crampcheck.core.suggest import Constraints, SuggestedFood, Suggestion
from crampcheck.errors import InputError, NotFoundError
from crampcheck.schemas.cases import case_report_data
from crampcheck.services import diary
from crampcheck.services.intake import analyze_intake
from crampcheck.services.report import build_report_data, check_range
from crampcheck.storage.store import DiaryStore, open_store
from tests.reports.diary_fixture import ZONE, fill_diary

END = date(2026, 3, 31)
NOW = datetime.combine(END, time(20, 0), ZONE)


def fake_suggest(intake: IntakeResult, profile: Profile, constraints: Constraints) -> Suggestion:
    fake_suggest.calls.append((intake, constraints))  # type: ignore[attr-defined]
    food = SuggestedFood("12014", "Pumpkin seeds", 28.4, "1 oz (28.4 g)", 1)
    return Suggestion((food,), {}, {}, (), ("a note",))


fake_suggest.calls = []  # type: ignore[attr-defined]


@pytest.fixture
def repo() -> Iterator[DiaryStore]:
    store = open_store("sqlite://", allow_memory=True)
    fill_diary(store, END, 90, analyze_intake)
    yield store
    store.close()


def _build(repo: DiaryStore, **kwargs: Any) -> Any:
    options: dict[str, Any] = {"suggest_foods": fake_suggest, "charts": False}
    options.update(kwargs)
    start = END - timedelta(days=89)
    return build_report_data(repo, None, start, END, NOW, **options)


def test_diary_report_triage_and_factors(repo: DiaryStore) -> None:
    data = _build(repo)
    assert data.kind == "diary"
    assert data.person.name == "ann"
    assert data.generated_at == NOW
    assert data.triage == "doctor_soon"  # low potassium result with cramps
    ids = [f.id for f in data.factors]
    assert "medication:diuretic" in ids
    assert "potassium" in ids
    assert all(f.when and f.when_level for f in data.factors)
    potassium = next(f for f in data.factors if f.id == "potassium")
    assert potassium.when_level == "doctor_soon"
    assert data.disclaimer


def test_diary_report_cramps_medications_and_labs(repo: DiaryStore) -> None:
    data = _build(repo)
    assert data.cramps is not None
    assert data.cramps.days == 90
    assert data.cramps.episodes > 10
    assert data.cramps.per_week == pytest.approx(7 * data.cramps.episodes / 90, abs=0.05)
    names = {m.name: m for m in data.medications}
    assert names["chlorthalidone 25 mg daily"].started == END - timedelta(days=89 - 30)
    labs = {lab.name: lab for lab in data.labs}
    assert labs["potassium"].state == "low"
    assert labs["potassium"].taken_on == END - timedelta(days=89 - 45)


def test_intake_rows_have_coverage_and_percent_of_target(repo: DiaryStore) -> None:
    data = _build(repo)
    rows = {row.key: row for row in data.intake}
    assert Nutrient.WATER_G.value not in rows
    magnesium = rows["magnesium_mg"]
    assert magnesium.mean is not None
    assert magnesium.target == 320.0
    assert 0 < magnesium.known <= magnesium.of <= 90
    vitamin_d = rows["vitamin_d_ug"]
    assert vitamin_d.mean is not None
    assert vitamin_d.target is not None
    assert vitamin_d.percent == pytest.approx(100 * vitamin_d.mean / vitamin_d.target, abs=0.5)


def test_suggestions_use_an_average_day_of_exact_items(repo: DiaryStore) -> None:
    fake_suggest.calls.clear()  # type: ignore[attr-defined]
    data = _build(repo)
    intake, constraints = fake_suggest.calls[-1]  # type: ignore[attr-defined]
    assert "09040" in {item.food_id for item in intake.items}
    assert all(item.grams == round(item.grams or 0.0, 1) for item in intake.items)
    assert not constraints.ckd
    assert [s.food_id for s in data.suggestions] == ["12014"]
    assert "a note" in data.suggestion_notes


def test_citations_resolve_and_are_sorted(repo: DiaryStore) -> None:
    data = _build(repo)
    ids = [c.id for c in data.citations]
    assert ids == sorted(ids, key=lambda c: int(c[1:]))
    assert all(c.title and "not in the citation registry" not in c.title for c in data.citations)
    used = {cid for f in data.factors for cid in f.citations}
    assert used <= set(ids)


def test_charts_are_svg(repo: DiaryStore) -> None:
    data = _build(repo, charts=True)
    assert [c.title for c in data.charts][:2] == [
        "Cramp diary",
        "Average intake against targets",
    ]
    assert all(c.svg.startswith("<svg") for c in data.charts)


def test_suggestion_failure_becomes_a_note(repo: DiaryStore) -> None:
    def broken(intake: IntakeResult, profile: Profile, constraints: Constraints) -> Suggestion:
        raise ImportError("scipy missing")

    data = _build(repo, suggest_foods=broken)
    assert data.suggestions == ()
    assert any("not available" in note for note in data.suggestion_notes)


def test_empty_diary_still_reports(repo: DiaryStore) -> None:
    diary.add_profile(repo, "bob", 70, "male")
    data = build_report_data(repo, "bob", None, END, NOW, suggest_foods=fake_suggest, charts=True)
    assert data.start == END - timedelta(days=27)
    assert data.cramps is not None
    assert data.cramps.episodes == 0
    assert data.suggestions == ()
    assert data.triage in ("self_care", "doctor_routine")


def test_unknown_profile(repo: DiaryStore) -> None:
    with pytest.raises(NotFoundError, match="unknown profile"):
        build_report_data(repo, "zed", None, None, NOW, suggest_foods=fake_suggest)


@pytest.mark.parametrize(
    ("start", "end", "message"),
    [
        (date(2026, 3, 10), date(2026, 3, 1), "before --from"),
        (None, date(2026, 4, 2), "in the future"),
        (date(2020, 1, 1), date(2026, 3, 1), "longer than"),
    ],
)
def test_bad_ranges(start: date | None, end: date | None, message: str) -> None:
    with pytest.raises(InputError, match=message):
        check_range(start, end, END)


def test_case_report() -> None:
    case = {
        "profile": {"age": 58, "sex": "female"},
        "cramps": {"frequency_per_week": 3, "timing": "night", "location": "left calf"},
        "symptoms": ["tingling in feet", "no swelling"],
        "medications": ["chlorthalidone 25 mg daily (started 4 weeks ago)"],
        "labs": {"potassium": {"value": 3.3, "unit": "mmol/L"}},
        "diary": "a banana and spinach",
    }
    data = case_report_data(case, NOW, suggest_foods=fake_suggest, charts=False)
    assert data.kind == "case"
    assert data.start is None
    assert data.triage == "doctor_soon"
    assert data.symptoms.present == ("tingling in feet",)
    assert data.symptoms.absent == ("no swelling",)
    assert "Numbness, tingling or burning" not in data.symptoms.unknown
    assert "Swelling, warmth or redness of one calf" not in data.symptoms.unknown
    assert "Dark, cola-coloured urine" in data.symptoms.unknown
    diuretic = next(f for f in data.factors if f.id == "medication:diuretic")
    assert diuretic.when_level == "doctor_soon"  # the new-medicine warning sign applies
    assert [m.name for m in data.medications] == case["medications"]


def test_case_report_rejects_a_non_case() -> None:
    with pytest.raises(InputError):
        case_report_data([1, 2], NOW, suggest_foods=fake_suggest)


def test_night_cramps_count_for_the_evening_before() -> None:
    store = open_store("sqlite://", allow_memory=True)
    person = diary.add_profile(store, "cy", 45, "male")
    assert person.id is not None
    start = date(2026, 3, 10)
    for at in (
        datetime(2026, 3, 10, 3, 0, tzinfo=ZONE),  # night of 9 March: outside
        datetime(2026, 3, 12, 2, 0, tzinfo=ZONE),  # night of 11 March: inside
        datetime(2026, 3, 21, 4, 0, tzinfo=ZONE),  # night of 20 March (the last day): inside
    ):
        diary.log_cramp(store, person, CrampEpisode(person.id, at, severity=5), NOW)
    data = build_report_data(
        store, "cy", start, date(2026, 3, 20), NOW, suggest_foods=fake_suggest, charts=False
    )
    assert data.cramps is not None
    assert (data.cramps.episodes, data.cramps.cramp_nights) == (2, 2)
    store.close()


@pytest.mark.parametrize(
    ("name", "short"),
    [
        ("chlorthalidone 25 mg daily", "chlorthalidone"),
        ("vitamin D 1000 IU", "vitamin D"),
        ("500 mg metformin", "500 mg metformin"),
    ],
)
def test_chart_labels_drop_doses(name: str, short: str) -> None:
    from crampcheck.services.report_charts import short_name

    assert short_name(name) == short


def test_case_suggestions_respect_the_case_constraints() -> None:
    fake_suggest.calls.clear()  # type: ignore[attr-defined]
    case = {
        "profile": {"age": 66, "sex": "male"},
        "conditions": ["chronic kidney disease stage 3"],
        "lifestyle": {"diet": "vegan"},
        "diary": "a banana and spinach",
    }
    case_report_data(case, NOW, suggest_foods=fake_suggest, charts=False)
    _, constraints = fake_suggest.calls[-1]  # type: ignore[attr-defined]
    assert constraints.ckd
    assert constraints.diet.value == "vegan"


def test_case_report_uses_the_assessment_s_own_suggestions() -> None:
    case = {"profile": {"age": 40, "sex": "female"}, "diary": "white toast with jam"}
    data = case_report_data(case, NOW, charts=False)
    assert data.suggestions
    assert all(s.food_id and s.grams > 0 for s in data.suggestions)


def test_report_lists_where_each_nutrient_came_from(repo: DiaryStore) -> None:
    from crampcheck.reports import render_html

    data = _build(repo)
    by_nutrient = {found.nutrient: found for found in data.nutrient_sources}
    assert set(by_nutrient) == {
        Nutrient.MAGNESIUM_MG, Nutrient.POTASSIUM_MG, Nutrient.CALCIUM_MG, Nutrient.SODIUM_MG
    }  # fmt: skip
    start = END - timedelta(days=89)
    person = diary.resolve_profile(repo, None)
    stored = [
        item.nutrients.get("magnesium_mg") or 0.0
        for entry in diary.show_diary(repo, person, start, END).food
        for item in entry.items
        if item.food_id is not None
    ]
    rows = by_nutrient[Nutrient.MAGNESIUM_MG].rows
    assert [row.amount for row in rows] == sorted(stored, reverse=True)[: len(rows)]
    assert "Where the nutrients came from" in render_html(data)
