"""The assessment service: bad input gives clear errors or not_understood, never a traceback."""

from __future__ import annotations

import json
from typing import Any

import pytest

from crampcheck.errors import InputError, ProfileError
from crampcheck.services.assess import assess_document, assess_lines, assess_text

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
