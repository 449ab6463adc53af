"""Lab unit conversion and interpretation (evidence.md §2)."""

from __future__ import annotations

import pytest

from crampcheck.core.assessment.knowledge import KnowledgeBase
from crampcheck.core.assessment.labs import (
    LabError,
    LabInput,
    find_test,
    interpret,
    lab_mentions,
    to_canonical,
)


@pytest.mark.parametrize(
    ("test", "value", "unit", "expected"),
    [
        ("magnesium", 0.70, "mmol/L", 1.70),  # mmol/L = mg/dL × 0.4114
        ("magnesium", 1.4, "mEq/L", 1.70),  # mEq/L = mmol/L × 2
        ("magnesium", 2.0, "mg/dL", 2.0),
        ("calcium_total", 2.12, "mmol/L", 8.50),  # mmol/L = mg/dL × 0.2495
        ("calcium_total", 4.25, "mEq/L", 8.52),
        ("vitamin_d_25oh", 30, "nmol/L", 12.02),  # nmol/L = ng/mL × 2.496
        ("vitamin_d_25oh", 20, "ug/L", 20.0),
        ("vitamin_b12", 148, "pmol/L", 200.54),  # pmol/L = pg/mL × 0.738
        ("vitamin_b12", 300, "ng/L", 300.0),
        ("potassium", 3.2, "mEq/L", 3.2),
        ("sodium", 130, "mmol/L", 130.0),
        ("creatinine", 88.4, "µmol/L", 1.0),  # µmol/L = mg/dL × 88.4
        ("creatinine", 88.4, "umol/L", 1.0),
        ("ferritin", 40, "µg/L", 40.0),
        ("albumin", 35, "g/L", 3.5),
        ("hba1c", 48, "mmol/mol", 6.54),  # IFCC = (NGSP − 2.15) × 10.929
        ("tsh", 2.0, "µIU/mL", 2.0),
        ("ck", 300, "IU/L", 300.0),
        ("egfr", 45, "mL/min/1.73 m²", 45.0),
    ],
)
def test_conversion(kb: KnowledgeBase, test: str, value: float, unit: str, expected: float) -> None:
    assert to_canonical(kb.labs[test], value, unit) == pytest.approx(expected, abs=0.02)


@pytest.mark.parametrize(
    ("name", "value", "unit", "sex", "states"),
    [
        ("potassium", 3.2, "mmol/L", "male", ("low",)),
        ("potassium", 2.8, "mmol/L", "male", ("low", "very_low")),
        ("potassium", 2.4, "mmol/L", "male", ("low", "very_low", "critical_low")),
        ("potassium", 4.0, "mmol/L", "male", ("normal",)),
        ("magnesium", 1.6, "mg/dL", "female", ("low",)),
        ("magnesium", 0.55, "mmol/L", "female", ("low", "very_low")),
        ("vitamin_d_25oh", 10, "ng/mL", "female", ("low", "very_low")),
        ("vitamin_d_25oh", 15, "ng/mL", "female", ("low",)),
        ("vitamin_d_25oh", 25, "ng/mL", "female", ("normal",)),
        ("vitamin_d_25oh", 150, "nmol/L", "female", ("high",)),
        ("vitamin_b12", 250, "pg/mL", "male", ("borderline",)),
        ("vitamin_b12", 150, "pg/mL", "male", ("low", "borderline")),
        ("vitamin_b12", 500, "pg/mL", "male", ("normal",)),
        ("ferritin", 50, "ng/mL", "female", ("rls_low",)),
        ("ferritin", 9, "ng/mL", "female", ("low", "rls_low")),
        ("ferritin", 200, "ng/mL", "male", ("normal",)),
        ("ck", 1000, "U/L", "female", ("high", "very_high")),
        ("ck", 2000, "U/L", "female", ("high", "very_high", "extreme")),
        ("ck", 250, "U/L", "male", ("normal",)),
        ("ck", 250, "U/L", "female", ("high",)),
        ("sodium", 128, "mmol/L", "male", ("low", "very_low")),
        ("hba1c", 6.0, "%", "male", ("high",)),
        ("hba1c", 7.0, "%", "male", ("high", "diabetes_range")),
        ("egfr", 50, "mL/min/1.73m2", "male", ("low",)),
        ("tsh", 8, "mIU/L", "male", ("high",)),
    ],
)
def test_interpretation(
    kb: KnowledgeBase, name: str, value: float, unit: str, sex: str, states: tuple[str, ...]
) -> None:
    assert interpret(kb, LabInput(name, value, unit), sex).states == states


def test_report_range_wins_over_default(kb: KnowledgeBase) -> None:
    reading = interpret(kb, LabInput("magnesium", 0.72, "mmol/L", (0.75, 0.95)), "male")
    assert reading.states == ("low",)
    default = interpret(kb, LabInput("magnesium", 0.72, "mmol/L"), "male")
    assert default.states == ("normal",)


def test_albumin_corrected_calcium(kb: KnowledgeBase) -> None:
    # 8.0 mg/dL with albumin 3.0 g/dL → 8.0 + 0.8 × (4.0 − 3.0) = 8.8 mg/dL (normal)
    reading = interpret(kb, LabInput("calcium_total", 8.0, "mg/dL"), "female", albumin_g_dl=3.0)
    assert reading.canonical == pytest.approx(8.8)
    assert reading.states == ("normal",)
    assert interpret(kb, LabInput("calcium", 8.0, "mg/dL"), "female").states == ("low",)


@pytest.mark.parametrize(
    ("name", "value", "unit", "message"),
    [
        ("magnesium", 1.8, "furlongs", "unknown unit"),
        ("magnesium", -1.0, "mg/dL", "not possible"),
        ("unobtainium", 1.0, "mg/dL", "unknown lab test"),
        ("potassium", float("nan"), "mmol/L", "not possible"),
    ],
)
def test_bad_lab_input(kb: KnowledgeBase, name: str, value: float, unit: str, message: str) -> None:
    with pytest.raises(LabError, match=message):
        interpret(kb, LabInput(name, value, unit), "male")


@pytest.mark.parametrize(
    ("alias", "test"),
    [
        ("Mg", "magnesium"),
        ("25(OH)D", "vitamin_d_25oh"),
        ("B12", "vitamin_b12"),
        ("CPK", "ck"),
        ("K+", "potassium"),
        ("HbA1c", "hba1c"),
        ("Free T4", "free_t4"),
        ("eGFR", "egfr"),
    ],
)
def test_lab_aliases(kb: KnowledgeBase, alias: str, test: str) -> None:
    found = find_test(kb, alias)
    assert found is not None
    assert found.id == test


@pytest.mark.parametrize(
    ("name", "value", "unit", "hint"),
    [
        ("magnesium", 0.85, "mg/dL", "did you mean 0.85 mmol/l?"),
        ("calcium_total", 2.31, "mg/dL", "did you mean 2.31 mmol/l?"),
        ("potassium", 42, "mmol/L", "please check the value and unit"),
        ("sodium", 14, "mmol/L", "please check the value and unit"),
    ],
)
def test_implausible_value_is_flagged_not_used(
    kb: KnowledgeBase, name: str, value: float, unit: str, hint: str
) -> None:
    with pytest.raises(LabError, match="not a plausible value") as error:
        interpret(kb, LabInput(name, value, unit), "female")
    assert hint in str(error.value)
    assert "The value was not used" in str(error.value)


@pytest.mark.parametrize(
    ("name", "value", "unit", "states"),
    [
        ("magnesium", 1.1, "mmol/L", ("high",)),
        ("potassium", 5.4, "mmol/L", ("high",)),
        ("potassium", 5.6, "mmol/L", ("high", "very_high")),
        ("calcium_total", 11.5, "mg/dL", ("high", "very_high")),
        ("sodium", 126, "mmol/L", ("low", "very_low")),
    ],
)
def test_values_in_both_directions(
    kb: KnowledgeBase, name: str, value: float, unit: str, states: tuple[str, ...]
) -> None:
    assert interpret(kb, LabInput(name, value, unit), "female").states == states


@pytest.mark.parametrize(
    ("text", "mentions"),
    [
        (
            "blood test came back potassium 3.1, legs cramp",
            [("potassium", "potassium", 3.1, None, "potassium 3.1")],
        ),
        (
            "vit D came back 9 ng/mL",
            [("vitamin_d_25oh", "vit d", 9.0, "ng/ml", "vit d came back 9 ng/ml")],
        ),
        (
            "my magnesium level was 0.6 mmol/L",
            [("magnesium", "magnesium", 0.6, "mmol/l", "magnesium level was 0.6 mmol/l")],
        ),
        (
            "serum b12 = 150, 25 oh d 40",
            [
                ("vitamin_b12", "serum b12", 150.0, None, "serum b12 = 150"),
                ("vitamin_d_25oh", "25 oh d", 40.0, None, "25 oh d 40"),
            ],
        ),
        ("I take magnesium 400 mg at night", []),
        ("potassium tablets twice a day", []),
    ],
)
def test_lab_values_in_free_text(
    kb: KnowledgeBase, text: str, mentions: list[tuple[str, str, float, str | None, str]]
) -> None:
    found = lab_mentions(text, kb)
    assert [(m.test.id, m.name, m.value, m.unit, m.words) for m in found] == mentions


def test_a_name_written_in_free_text_is_the_test_a_report_name_is(kb: KnowledgeBase) -> None:
    # Every alias read in free text resolves to the same test as on a lab report (find_test).
    for alias in kb.lab_aliases:
        for mention in lab_mentions(f"{alias.replace('_', ' ')} 5", kb):
            assert mention.test is find_test(kb, mention.name), alias
