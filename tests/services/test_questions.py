"""Follow-up questions through the real service, engine and question bank: what is asked first,
what answers do, and that they count exactly like the same facts given in the case's fields."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crampcheck.core.assessment.asking import pending_questions
from crampcheck.core.assessment.engine import assess as engine_assess
from crampcheck.data.kb import load_knowledge_base
from crampcheck.data.questions import load_question_bank
from crampcheck.schemas.assess import parse_case
from crampcheck.schemas.cases import assess_document
from tests.case_library import load_cases
from tests.interview import TODAY, interview, some_answer

BANK = load_question_bank()
RED_FLAG_IDS = {q.id for q in BANK.questions if q.kind == "red_flag"}

VAGUE = [
    ({"age": 45, "sex": "female"}, "my leg hurts and keeps cramping"),
    ({"age": 70, "sex": "male"}, "my leg hurts and keeps cramping"),
    ({"age": 30, "sex": "male"}, "calf cramps"),
    ({"age": 58, "sex": "female"}, "legs ache and cramp, not sure why"),
    ({"age": 33, "sex": "female", "pregnant": True}, "cramp in my leg"),
    ({"age": 81, "sex": "female"}, "sore legs"),
]
EMERGENCY_SIGNS = {
    "dvt_suspected",
    "rhabdomyolysis_suspected",
    "acute_limb_ischemia_suspected",
    "tetanus_suspected",
}


def vague(profile: dict[str, Any], text: str, **extra: Any) -> dict[str, Any]:
    return {"profile": profile, "description": text, **extra}


def assess(document: dict[str, Any]) -> dict[str, Any]:
    return assess_document(document, today=TODAY)


@pytest.mark.parametrize(("profile", "text"), VAGUE)
def test_vague_description_first_asks_about_the_four_emergencies(
    profile: dict[str, Any], text: str
) -> None:
    result = assess(vague(profile, text))
    assert result["triage"] != "emergency"
    first = result["questions"][:4]
    assert set().union(*(q["about"] for q in first)) >= EMERGENCY_SIGNS
    kinds = [q["kind"] for q in result["questions"]]
    assert kinds == sorted(kinds, key=lambda k: k != "red_flag"), "red-flag questions come first"


def test_question_shape_follows_the_contract() -> None:
    result = assess(vague({"age": 45, "sex": "female"}, "my leg hurts and keeps cramping"))
    for question in result["questions"]:
        assert {"id", "text", "answer_type", "why", "about"} <= set(question)
        assert question["answer_type"] in ("yes_no", "number", "choice", "date", "text")
        assert ("options" in question) == (question["answer_type"] == "choice")
        assert question["citations"], question["id"]


@pytest.mark.parametrize(("profile", "text"), VAGUE)
def test_yes_to_the_dvt_question_gives_dvt_and_emergency(
    profile: dict[str, Any], text: str
) -> None:
    result = assess(vague(profile, text, answers={"dvt_one_leg_swollen": "yes"}))
    assert result["triage"] == "emergency"
    assert "dvt_suspected" in [f["id"] for f in result["factors"]]
    assert result["questions"] == [], "at emergency nothing more is asked: act now"


@pytest.mark.parametrize(("profile", "text"), VAGUE)
@pytest.mark.parametrize("others", ["unknown", "answered"])
def test_no_to_every_red_flag_question_never_gives_emergency(
    profile: dict[str, Any], text: str, others: str
) -> None:
    def answer(question: dict[str, Any]) -> Any:
        if question["id"] in RED_FLAG_IDS:
            return "no" if question["answer_type"] == "yes_no" else "unknown"
        return "unknown" if others == "unknown" else some_answer(question)

    result, asked = interview(vague(profile, text), answer)
    assert result["triage"] != "emergency"
    assert set(asked) & RED_FLAG_IDS, "red-flag questions were asked"
    assert len(asked) == len(set(asked))


@pytest.mark.parametrize(
    ("answers", "flag"),
    [
        ({"dark_urine": "yes"}, "rhabdomyolysis_signs"),
        ({"cold_pale_leg": "yes"}, "acute_limb_ischaemia_signs"),
        ({"jaw_stiffness": "yes", "recent_wound": "yes"}, "tetanus_signs"),
        ({"chest_pain": "yes"}, "chest_symptoms"),
        ({"confusion": "yes"}, "neurological_emergency"),
    ],
)
def test_yes_to_an_emergency_question_raises_its_flag(answers: dict[str, str], flag: str) -> None:
    result = assess(vague({"age": 50, "sex": "male"}, "my leg hurts", answers=answers))
    assert result["triage"] == "emergency"
    assert flag in [f["id"] for f in result["red_flags"]]


def test_answered_questions_are_not_asked_again_and_unknown_counts_as_answered() -> None:
    doc = vague({"age": 45, "sex": "female"}, "my leg hurts and keeps cramping")
    first = [q["id"] for q in assess(doc)["questions"]]
    doc["answers"] = {first[0]: "unknown", first[1]: "no"}
    after = [q["id"] for q in assess(doc)["questions"]]
    assert first[0] not in after
    assert first[1] not in after
    assert after[0] == first[2]


def test_a_fact_already_given_is_not_asked() -> None:
    given = {
        "profile": {"age": 45, "sex": "female"},
        "cramps": {"timing": "night", "duration_minutes": 2, "frequency_per_week": 1},
        "medications": ["omeprazole 20 mg (5 years)"],
        "lifestyle": {"fluid_intake_l_per_day": 2.0, "alcohol_units_per_week": 2},
    }
    asked = {q["id"] for q in assess(given)["questions"]}
    gone = {"cramp_timing", "cramp_minutes", "cramps_per_week", "medicines"}
    assert not asked & (gone | {"fluid_litres", "alcohol_units"})


def _as_fields(document: dict[str, Any], question_id: str, value: Any) -> dict[str, Any]:
    """The same fact written into the case's own fields, the way a person fills in the form."""
    question = BANK.get(question_id)
    assert question is not None
    doc = copy.deepcopy(document)
    if question.answer_type in ("yes_no", "choice"):
        patch = question.yes if question.answer_type == "yes_no" else dict(question.options)[value]
        doc["symptoms"] = [*doc.get("symptoms", []), *patch.symptoms]
        doc["conditions"] = [*doc.get("conditions", []), *patch.conditions]
        doc["lifestyle"] = {**dict(patch.lifestyle), **doc.get("lifestyle", {})}
        doc["cramps"] = {**dict(patch.cramps), **doc.get("cramps", {})}
    else:
        group, _, key = (question.sets or "").partition(".")
        doc.setdefault(group, {})[key] = value
    return doc


CASES = [
    vague({"age": 45, "sex": "female"}, "my leg hurts and keeps cramping"),
    {
        "profile": {"age": 68, "sex": "male"},
        "symptoms": ["calf swelling"],
        "medications": ["atorvastatin"],
    },
    {"profile": {"age": 30, "sex": "female"}, "cramps": {"timing": "exercise"}},
]
ANSWERS = [
    (q.id, value)
    for q in BANK.questions
    if q.answer_type != "text" and q.answer_type != "date"
    for value in (("yes",) if q.answer_type == "yes_no" else q.option_labels or q.probes)
]


@pytest.mark.parametrize("document", CASES, ids=["vague", "statin", "exercise"])
@pytest.mark.parametrize(("question_id", "value"), ANSWERS)
def test_an_answer_counts_like_the_same_fact_in_the_fields(
    document: dict[str, Any], question_id: str, value: Any
) -> None:
    by_answer = assess({**document, "answers": {question_id: value}})
    by_fields = assess(_as_fields(document, question_id, value))
    for key in ("triage", "red_flags", "factors", "ruled_out"):
        assert by_answer[key] == by_fields[key], key


@pytest.mark.parametrize(
    ("started", "flag_expected"), [("2026-11-21", True), ("2024-06-01", False)]
)
def test_when_a_medicine_was_started_decides_the_new_medicine_flag(
    started: str, flag_expected: bool
) -> None:
    doc = {"profile": {"age": 60, "sex": "female"}, "medications": ["furosemide 40 mg"]}
    assert "medicine_started" in [q["id"] for q in assess(doc)["questions"]]
    result = assess({**doc, "answers": {"medicine_started": started}})
    assert ("new_medicine" in [f["id"] for f in result["red_flags"]]) is flag_expected
    assert "medicine_started" not in [q["id"] for q in result["questions"]]


def test_medicines_named_in_an_answer_are_read() -> None:
    doc = vague({"age": 60, "sex": "female"}, "leg cramps at night")
    doc["answers"] = {"medicines": "bendroflumethiazide, started 3 weeks ago; omeprazole"}
    result = assess(doc)
    ids = [f["id"] for f in result["factors"]]
    assert "medication:diuretic" in ids
    assert "medication:ppi" in ids
    assert "new_medicine" in [f["id"] for f in result["red_flags"]]


@pytest.mark.parametrize(
    ("answers", "note"),
    [
        ({"dark_urine": "maybe"}, "answers.dark_urine: expected yes, no or unknown"),
        ({"cramp_minutes": "ten"}, "answers.cramp_minutes: expected a number"),
        ({"cramp_minutes": -5}, "answers.cramp_minutes: expected a number from 0"),
        ({"cramp_timing": "at dawn"}, "answers.cramp_timing: expected one of"),
        (
            {"medicine_started": "2099-01-01"},
            "answers.medicine_started: that date is in the future",
        ),
        ({"medicine_started": "last week"}, "answers.medicine_started: expected a date"),
        ({"no_such_question": "yes"}, "answers.no_such_question: no such question"),
        ({"dark_urine": True}, "answers.dark_urine: expected text or a number"),
        ({"dark_urine": ["yes"]}, "answers.dark_urine: expected text or a number"),
    ],
)
def test_malformed_answers_are_reported_not_used(answers: dict[str, Any], note: str) -> None:
    result = assess(vague({"age": 45, "sex": "female"}, "leg cramps", answers=answers))
    assert any(n.startswith(note) for n in result["not_understood"]), result["not_understood"]
    assert result["triage"] != "emergency"


def test_answers_that_are_not_an_object_are_reported() -> None:
    result = assess(vague({"age": 45, "sex": "female"}, "leg cramps", answers=["yes"]))
    assert result["not_understood"][0].startswith("answers: expected an object")
    assert "unknown field: answers" not in result["not_understood"]


junk = st.one_of(st.text(max_size=40), st.integers(), st.floats(), st.booleans(), st.none())


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.dictionaries(st.sampled_from([q.id for q in BANK.questions]) | st.text(max_size=20), junk)
)
def test_hostile_answers_never_break_the_assessment(answers: dict[str, Any]) -> None:
    result = assess(vague({"age": 45, "sex": "female"}, "leg cramps", answers=answers))
    assert result["triage"] in ("emergency", "doctor_soon", "doctor_routine", "self_care")
    asked = [q["id"] for q in result["questions"]]
    assert len(asked) == len(set(asked))
    usable = {k for k, v in answers.items() if v == "unknown" and BANK.get(k)}
    assert not usable & set(asked)


HOLDOUT = Path(__file__).resolve().parents[2] / "benchmarks" / "holdout"
LIBRARY = [c for c in (*load_cases(), *load_cases(HOLDOUT)) if not c.case.get("diary")]


@pytest.mark.parametrize("library_case", LIBRARY, ids=lambda c: c.id)
def test_the_shortcuts_ask_exactly_what_assessing_every_answer_asks(library_case: Any) -> None:
    kb = load_knowledge_base()
    case, _ = parse_case(library_case.case)
    current = engine_assess(case, kb)
    quick = pending_questions(case, kb, BANK, current, today=TODAY)
    exhaustive = pending_questions(case, kb, BANK, current, today=TODAY, exhaustive=True)
    assert [q.id for q in quick] == [q.id for q in exhaustive]


ORDER = ["self_care", "doctor_routine", "doctor_soon", "emergency"]
YES_NO_IDS = [q.id for q in BANK.questions if q.answer_type == "yes_no"]


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.sampled_from(LIBRARY),
    st.dictionaries(st.sampled_from(YES_NO_IDS), st.sampled_from(["yes", "no", "unknown"])),
)
def test_answers_never_lower_the_triage_and_no_adds_nothing(
    library_case: Any, answers: dict[str, str]
) -> None:
    before = assess(library_case.case)
    after = assess({**library_case.case, "answers": answers})
    assert ORDER.index(after["triage"]) >= ORDER.index(before["triage"])
    negative = {k: v for k, v in answers.items() if v != "yes"}
    unchanged = assess({**library_case.case, "answers": negative})
    for key in ("triage", "red_flags", "factors", "ruled_out"):
        assert unchanged[key] == before[key], key
