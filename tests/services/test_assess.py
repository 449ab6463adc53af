"""The assessment service: bad input gives clear errors or not_understood, never a traceback."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crampcheck.errors import CrampcheckError, InputError, ProfileError
from crampcheck.schemas.cases import assess_document, assess_lines, assess_text

BASE: dict[str, Any] = {"profile": {"age": 58, "sex": "female"}, "cramps": {"timing": "night"}}


def with_(**fields: Any) -> dict[str, Any]:
    return {**BASE, **fields}


@pytest.mark.parametrize(
    ("document", "error", "message"),
    [
        ({"profile": {"sex": "female"}}, ProfileError, "profile.age is required"),
        ({"profile": {"age": 40}}, ProfileError, "profile.sex is required"),
        ({"profile": {"age": 7, "sex": "male"}}, ProfileError, "ages 14 and over"),
        ({"profile": {"age": 300, "sex": "male"}}, ProfileError, "not plausible"),
        ({"profile": {"age": "old", "sex": "male"}}, InputError, "profile.age"),
        ({"profile": {"age": 40, "sex": "robot"}}, ProfileError, "female"),
        ({"profile": {"age": 40, "sex": "male", "pregnant": True}}, ProfileError, "female"),
        ({}, ProfileError, '"profile"'),
        ([1, 2, 3], InputError, "JSON object"),
        ("a string", InputError, "JSON object"),
        (with_(cramps={"severity_0_10": 11}), InputError, "severity_0_10"),
        (with_(cramps={"frequency_per_week": -2}), InputError, "frequency_per_week"),
        (with_(description="x" * 1_000_000), InputError, "description"),
        (with_(symptoms=[{"a": 1}]), InputError, "symptoms"),
        (with_(symptoms=["y" * 600]), InputError, "500"),
    ],
)
def test_bad_documents_raise_clear_errors(
    document: Any, error: type[Exception], message: str
) -> None:
    with pytest.raises(error, match=message):
        assess_document(document)


@pytest.mark.parametrize(
    ("labs", "note"),
    [
        ({"magnesium": {"value": 1.9, "unit": "bananas"}}, "unknown unit 'bananas'"),
        ({"magnesium": {"value": -1.2, "unit": "mg/dL"}}, "not possible"),
        ({"magnesium": {"value": "low", "unit": "mg/dL"}}, "value must be a number"),
        ({"magnesium": 1.5}, "give a value and a unit"),
        ({"magnesium": {"value": 1.5}}, "a unit is needed"),
        ({"kryptonite": {"value": 1, "unit": "mg/dL"}}, "unknown lab test"),
        ({"magnesium": {"value": 2.0, "unit": "mg/dL", "range": "normal"}}, "range must be"),
    ],
)
def test_bad_labs_are_reported_not_fatal(labs: dict[str, Any], note: str) -> None:
    result = assess_document(with_(labs=labs))
    assert any(note in item for item in result["not_understood"]), result["not_understood"]


def test_unknown_fields_and_words_are_reported() -> None:
    result = assess_document(
        with_(mood="grumpy", symptoms=["glorbing"], medications=["xq-77"], conditions=["zzz"])
    )
    assert "unknown field: mood" in result["not_understood"]
    assert "symptoms: glorbing" in result["not_understood"]
    assert "medications: xq-77" in result["not_understood"]
    assert "conditions: zzz" in result["not_understood"]


def test_result_shape_matches_contract() -> None:
    result = assess_document(
        with_(
            medications=["chlorthalidone 25 mg (started 4 weeks ago)"],
            labs={"potassium": {"value": 3.1, "unit": "mmol/L"}},
        )
    )
    assert {
        "triage",
        "summary",
        "red_flags",
        "factors",
        "ruled_out",
        "not_understood",
        "disclaimer",
    } <= result.keys()
    assert result["triage"] in ("emergency", "doctor_soon", "doctor_routine", "self_care")
    for flag in result["red_flags"]:
        assert set(flag) == {"id", "triage", "why", "advice", "citations"}
    for factor in result["factors"]:
        assert set(factor) == {"id", "kind", "strength", "why", "advice", "evidence", "citations"}
        assert factor["kind"] in ("nutrient", "medication", "condition", "lifestyle", "concern")
        assert factor["strength"] in ("strong", "moderate", "weak")
    json.dumps(result)


def test_single_strings_are_accepted_as_lists() -> None:
    result = assess_document(with_(symptoms="dark urine"))
    assert result["triage"] == "emergency"


def test_non_json_and_empty_text() -> None:
    with pytest.raises(InputError, match="not valid JSON"):
        assess_text("{nope")
    with pytest.raises(InputError, match="empty"):
        assess_text("   ")
    with pytest.raises(InputError, match="too large"):
        assess_text(json.dumps(with_(description="x" * 300_000)))


def test_batch_keeps_going_after_a_bad_line() -> None:
    lines = [
        json.dumps(BASE),
        "not json",
        "",
        json.dumps({"profile": {"age": 7, "sex": "f"}}),
        json.dumps(with_(symptoms=["cola coloured urine"])),
    ]
    results = list(assess_lines(lines))
    assert len(results) == 4
    assert results[0]["triage"] == "self_care"
    assert results[1]["error"]["line"] == 2
    assert "JSON" in results[1]["error"]["message"]
    assert results[2]["error"]["type"] == "ProfileError"
    assert results[3]["triage"] == "emergency"


def test_diary_errors_become_not_understood() -> None:
    def broken(case: Any) -> Any:
        raise InputError("the diary is empty")

    result = assess_document(with_(diary="  x "), analyze_diary=broken)
    assert "diary: the diary is empty" in result["not_understood"]
    assert "intake" not in result


def test_diary_with_the_real_intake_engine() -> None:
    pytest.importorskip("crampcheck.services.intake")
    result = assess_document(with_(diary="two bananas, a bowl of porridge and a glass of milk"))
    assert "intake" in result
    assert result["intake"]["items"]
    assert "targets" in result["intake"]


json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(10**6), 10**6)
    | st.floats(allow_nan=True)
    | st.text(max_size=40),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=4)
    ),
    max_leaves=20,
)
case_like = st.fixed_dictionaries(
    {
        "profile": st.fixed_dictionaries(
            {
                "age": st.integers(0, 200) | st.none() | st.text(max_size=3),
                "sex": st.sampled_from(["female", "male", "x", ""]),
            }
        )
    },
    optional={
        "cramps": st.dictionaries(
            st.sampled_from(
                ["frequency_per_week", "timing", "severity_0_10", "duration_minutes", "location"]
            ),
            json_values,
            max_size=5,
        ),
        "symptoms": json_values,
        "conditions": json_values,
        "medications": json_values,
        "lifestyle": json_values,
        "labs": st.dictionaries(
            st.sampled_from(["magnesium", "potassium", "ck", "hba1c", "calcium", "albumin", "zz"]),
            st.fixed_dictionaries({"value": json_values, "unit": json_values}) | json_values,
            max_size=4,
        ),
        "description": json_values,
    },
)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(document=case_like | json_values)
def test_arbitrary_documents_never_raise_anything_but_crampcheck_errors(document: Any) -> None:
    try:
        result = assess_document(document, analyze_diary=lambda case: None)
    except CrampcheckError:
        return
    json.dumps(result)
    assert result["triage"] in ("emergency", "doctor_soon", "doctor_routine", "self_care")


def test_real_diary_and_normal_lab_rule_magnesium_out() -> None:
    pytest.importorskip("crampcheck.services.intake")
    result = assess_document(
        with_(
            labs={"magnesium": {"value": 0.85, "unit": "mmol/L"}},
            diary="porridge with 30 g pumpkin seeds and a banana, a handful of almonds, spinach "
            "salad with black beans, brown rice and salmon, a glass of soy milk",
        )
    )
    assert "magnesium" not in {f["id"] for f in result["factors"]}
    ruled = {r["id"]: r["why"] for r in result["ruled_out"]}
    assert "blood level normal and intake from your diary adequate" in ruled["magnesium"]
    assert result["intake"]["targets"]["magnesium_mg"]["percent"] > 100


def test_diary_brings_food_suggestions_within_the_case_constraints() -> None:
    case = {
        "profile": {"age": 58, "sex": "female"},
        "conditions": ["CKD stage 3"],
        "medications": ["warfarin 5 mg"],
        "lifestyle": {"diet": "vegan"},
        "diary": "porridge with oat milk, a banana, rice with tofu and broccoli",
    }
    result = assess_document(case)
    suggestions = result["suggestions"]
    assert suggestions is not None
    gaps = {gap["nutrient"]: gap["why"] for gap in suggestions["remaining_gaps"]}
    assert "kidney" in gaps["potassium_mg"]
    assert "warfarin" in gaps["vitamin_k_ug"]
    before, after = suggestions["before"], suggestions["after"]
    assert after["potassium_mg"] - before["potassium_mg"] <= 300 + 1e-6
    from crampcheck.foods import open_food_database
    from crampcheck.services.suggest import load_shortlist

    vegan = {f.food_id for f in load_shortlist(open_food_database()) if f.diet.value == "vegan"}
    assert all(s["food_id"] in vegan for s in suggestions["suggestions"])


def test_no_diary_no_suggestions() -> None:
    result = assess_document({"profile": {"age": 40, "sex": "male"}})
    assert "suggestions" not in result
