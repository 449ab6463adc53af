"""A fixed :class:`ReportData` (fixed time, fixed data) for the golden and PDF tests.

It does not go through the assessment engine, so knowledge-base edits on other branches do not
change the golden file; ``tests/services/test_report.py`` covers the service end to end.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from crampcheck.charts.cramps import CrampDay, Marker, cramp_timeline
from crampcheck.charts.intake import (
    PairedMeans,
    PercentBar,
    cramp_day_comparison,
    percent_of_target,
)
from crampcheck.core.assessment.knowledge import Triage
from crampcheck.data.kb import load_knowledge_base
from crampcheck.reports.model import (
    Chart,
    Citation,
    Comparison,
    CrampSummary,
    Factor,
    Finding,
    FoodSuggestion,
    IntakeRow,
    Lab,
    Medication,
    Person,
    ReportData,
    RuledOut,
    Symptoms,
)
from crampcheck.services.report_parts import when_to_act

GENERATED = datetime(2026, 3, 31, 18, 45, tzinfo=timezone(timedelta(hours=2)))
START, END = date(2026, 1, 1), date(2026, 3, 31)

KB = load_knowledge_base()

SECTIONS = (
    f"Triage: {KB.guidance['doctor_soon'].title}",
    "Warning signs and reasons to see a doctor",
    "Contributing factors",
    "Symptoms",
    "Medications",
    "Intake against targets",
    "Cramp diary and its relation to intake",
    "Food suggestions",
    "References",
    "Disclaimer",
)
"""Section headings in the order a clinician reads them."""

DISCLAIMER = (
    "crampcheck is not a diagnosis and does not replace a doctor, pharmacist or midwife. If you "
    "feel very unwell, call emergency services. Never stop a prescribed medicine on your own."
)


def _cramp_days() -> list[CrampDay]:
    days = []
    for offset in range((END - START).days + 1):
        day = START + timedelta(days=offset)
        episodes = (1 if offset % 3 == 0 else 0) + (1 if offset > 45 and offset % 4 == 0 else 0)
        days.append(CrampDay(day, episodes, 4 + offset % 5 if episodes else None))
    return days


def _charts() -> tuple[Chart, ...]:
    intake = [
        PercentBar("Magnesium", 61.0),
        PercentBar("Potassium", 74.0),
        PercentBar("Calcium", 96.0),
        PercentBar("Vitamin D", None),
        PercentBar("Thiamin (B1)", 118.0),
        PercentBar("Vitamin B12", 212.0),
        PercentBar("Sodium", 131.0),
    ]
    pairs = [
        PairedMeans("Magnesium", 55.0, 66.0),
        PairedMeans("Potassium", 70.0, 77.0),
        PairedMeans("Calcium", 90.0, 99.0),
    ]
    return (
        Chart(
            "Cramp diary",
            cramp_timeline(_cramp_days(), [Marker(date(2026, 2, 15), "chlorthalidone started")]),
            "Episodes per day; line: 7-day mean; dashed line: medication change.",
        ),
        Chart("Average intake against targets", percent_of_target(intake), "% of RDA or AI."),
        Chart("Intake on cramp days and other days", cramp_day_comparison(pairs), "Descriptive."),
    )


def sample_report(*, charts: bool = True) -> ReportData:
    """Ann's 90-day report: a new diuretic, low potassium, low magnesium intake."""
    return ReportData(
        kind="diary",
        person=Person("Ann <Example>", 58, "female"),
        generated_at=GENERATED,
        start=START,
        end=END,
        triage="doctor_soon",
        triage_title=KB.guidance["doctor_soon"].title,
        summary="Please see a doctor within the next 1-3 days. Warning sign: the cramps started "
        "within weeks of starting a diuretic. This is not a diagnosis.",
        now="Ask your prescriber or pharmacist to review the medicine within a few days.",
        disclaimer=DISCLAIMER,
        red_flags=(
            Finding(
                "new_medicine",
                "doctor_soon",
                "The cramps started within weeks of starting a medicine linked to cramps.",
                "Ask your prescriber to review it. Do not stop it on your own.",
                ("R25", "R48"),
            ),
        ),
        routine_reasons=(
            Finding(
                "frequent_or_disturbing_sleep",
                "doctor_routine",
                "Cramps that are frequent or disturb sleep are worth discussing with a GP.",
                "Book a routine appointment.",
                ("R34",),
            ),
        ),
        factors=(
            Factor(
                "medication:diuretic",
                "A diuretic (water tablet)",
                "medication",
                "strong",
                "Thiazide-like diuretics lose potassium, magnesium and water. Based on: "
                "chlorthalidone 25 mg daily (started 6 weeks ago); potassium 3.3 mmol/L (low).",
                "Ask your prescriber to review the diuretic and check potassium and magnesium.",
                "Moderate: sequence-symmetry study of 4.2 million people.",
                "doctor_soon",
                when_to_act(KB, Triage.DOCTOR_SOON),
                ("R25", "R34"),
            ),
            Factor(
                "magnesium",
                "Magnesium",
                "nutrient",
                "moderate",
                "Intake averaged 61 % of the target & a diuretic depletes magnesium.",
                "Eat magnesium-rich foods (pumpkin seeds, almonds, spinach, beans).",
                "Against for typical idiopathic night cramps (Cochrane 2020).",
                "doctor_routine",
                when_to_act(KB, Triage.DOCTOR_ROUTINE),
                ("R1", "R19"),
            ),
        ),
        ruled_out=(RuledOut("vitamin_d", "Vitamin D", "25(OH)D 31 ng/mL is normal."),),
        symptoms=Symptoms(
            present=("tingling in both feet",),
            absent=("no swelling",),
            unknown=("Muscle weakness or wasting", "Dark, cola-coloured urine"),
        ),
        medications=(
            Medication("chlorthalidone 25 mg daily", date(2026, 2, 15)),
            Medication("omeprazole 20 mg", date(2021, 5, 1), None, "for reflux"),
            Medication("atorvastatin 20 mg", date(2019, 3, 1), date(2025, 12, 1)),
        ),
        labs=(
            Lab("potassium", 3.3, "mmol/L", date(2026, 3, 2), "3.5–5 mmol/L", "low"),
            Lab("magnesium", 0.74, "mmol/L", date(2026, 3, 2), "0.7–0.95 mmol/L", "normal"),
        ),
        intake=(
            IntakeRow("magnesium_mg", "Magnesium", "mg", 195.2, 320.0, 61.0, 80, 84),
            IntakeRow("potassium_mg", "Potassium", "mg", 1924.0, 2600.0, 74.0, 84, 84),
            IntakeRow("calcium_mg", "Calcium", "mg", 1152.0, 1200.0, 96.0, 84, 84),
            IntakeRow("vitamin_d_ug", "Vitamin D", "µg", None, 15.0, None, 0, 84),
            IntakeRow("thiamin_mg", "Thiamin (B1)", "mg", 1.3, 1.1, 118.0, 71, 84),
            IntakeRow("vitamin_b12_ug", "Vitamin B12", "µg", 5.1, 2.4, 212.0, 70, 84),
            IntakeRow("sodium_mg", "Sodium", "mg", 1965.0, 1500.0, 131.0, 84, 84),
        ),
        intake_note="Food was logged on 84 of 90 days.",
        fluid_ml_per_day=1240.0,
        cramps=CrampSummary(90, 41, 38, 3.2, 5.0, 8, 3.0, 4.4, ("left calf", "right calf")),
        comparisons=(
            Comparison(
                "Magnesium", "mg", 36, 44, 176.0, 211.0, -58.2, -11.8, "lower on cramp days"
            ),
            Comparison(
                "Fluids (drinks)", "ml", 5, 3, 1100.0, 1300.0, None, None, "not enough data yet"
            ),
        ),
        charts=_charts() if charts else (),
        suggestions=(
            FoodSuggestion(
                "Seeds, pumpkin and squash seed kernels, dried", "1 oz (28.4 g)", 28.4, "12014"
            ),
            FoodSuggestion(
                "Spinach, cooked, boiled, drained, without salt", "½ cup (90 g)", 90.0, "11458"
            ),
        ),
        suggestion_notes=("Vitamin D: few foods contain much vitamin D.",),
        not_understood=("symptoms: wobbly knees",),
        citations=(
            Citation(
                "R1",
                "NIH ODS. Magnesium: Fact Sheet for Health Professionals.",
                "https://ods.od.nih.gov/factsheets/Magnesium-HealthProfessional/",
            ),
            Citation("R25", "Garrison SR et al. Nocturnal leg cramps and prescription use.", ""),
        ),
        sources=("Food composition: USDA SR (public domain).",),
    )
