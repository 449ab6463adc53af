"""Engine behaviour and safety properties: emergencies always win, noise never lowers triage,
a normal lab with an adequate diet never blames that nutrient, never K2, never quinine advice."""

from __future__ import annotations

import copy
from dataclasses import replace
from types import MappingProxyType
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crampcheck.core.assessment.case import Case, Cramps, IntakeStatus
from crampcheck.core.assessment.engine import assess
from crampcheck.core.assessment.knowledge import KnowledgeBase, Triage
from crampcheck.core.assessment.labs import LabInput
from crampcheck.core.models import make_profile
from crampcheck.schemas.assess import parse_case
from tests.case_library import load_cases

LIBRARY = load_cases()
EMERGENCIES = [c for c in LIBRARY if c.triage == "emergency"]
ORDER = ["self_care", "doctor_routine", "doctor_soon", "emergency"]

NOISE_SYMPTOMS = [
    "I like gardening",
    "hard knot",
    "stretching helps",
    "mild",
    "zzz qqq",
    "legs feel heavy sometimes",
    "cramp",
    "snake_case_thing",
    "ouch",
]
NOISE_MEDS = ["paracetamol 1 g when needed", "vitamin C 500 mg", "sunscreen", "eye drops"]
NOISE_CONDITIONS = ["hay fever", "short-sighted", "ingrown toenail 2010"]
NOISE_LIFESTYLE = {"pets": "two cats", "hobby": "chess", "music": "jazz", "steps_per_day": 6000}

noise = st.fixed_dictionaries(
    {
        "symptoms": st.lists(st.sampled_from(NOISE_SYMPTOMS) | st.text(max_size=30), max_size=4),
        "medications": st.lists(st.sampled_from(NOISE_MEDS), max_size=2),
        "conditions": st.lists(st.sampled_from(NOISE_CONDITIONS), max_size=2),
        "lifestyle": st.dictionaries(
            st.sampled_from(sorted(NOISE_LIFESTYLE)),
            st.sampled_from(["chess", "jazz", 3, True]),
            max_size=3,
        ),
        "description": st.sampled_from(
            ["", "It started last winter.", "I am worried.", "My mother had cramps too."]
        ),
    }
)


def add_noise(document: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    noisy = copy.deepcopy(document)
    for key in ("symptoms", "medications", "conditions"):
        noisy[key] = list(noisy.get(key, [])) + extra[key]
    noisy["lifestyle"] = {**extra["lifestyle"], **noisy.get("lifestyle", {})}
    noisy["description"] = f"{noisy.get('description', '')} {extra['description']}".strip()
    return noisy


def run(kb: KnowledgeBase, document: dict[str, Any]) -> Any:
    case, _ = parse_case(document)
    return assess(case, kb)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(index=st.integers(0, len(EMERGENCIES) - 1), extra=noise)
def test_any_emergency_sign_gives_emergency_whatever_else(
    kb: KnowledgeBase, index: int, extra: dict[str, Any]
) -> None:
    result = run(kb, add_noise(EMERGENCIES[index].case, extra))
    assert result.triage is Triage.EMERGENCY


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(index=st.integers(0, len(LIBRARY) - 1), extra=noise)
def test_noise_never_lowers_triage(kb: KnowledgeBase, index: int, extra: dict[str, Any]) -> None:
    document = LIBRARY[index].case
    before = run(kb, document).triage
    after = run(kb, add_noise(document, extra)).triage
    assert after >= before


CARER_WORDS = ["I am worried.", "I'm so worried about her.", "im really concerned"]


@pytest.mark.parametrize("words", CARER_WORDS)
def test_a_carers_worry_never_lowers_triage(kb: KnowledgeBase, words: str) -> None:
    """Every library case, deterministically: "I am worried" does not make a carer the patient
    ("my nan is 80 ... goes dizzy when she stands up. I am worried." stays doctor-soon)."""
    lowered = [
        case.case.get("description", "")[:60]
        for case in LIBRARY
        if run(
            kb, {**case.case, "description": f"{case.case.get('description', '')} {words}"}
        ).triage
        < run(kb, case.case).triage
    ]
    assert lowered == []


NORMAL_LABS = {
    "magnesium": ("magnesium", LabInput("magnesium", 0.85, "mmol/L"), "magnesium_mg"),
    "potassium": ("potassium", LabInput("potassium", 4.3, "mEq/L"), "potassium_mg"),
    "calcium": ("calcium", LabInput("calcium_total", 2.35, "mmol/L"), "calcium_mg"),
    "vitamin_d": ("vitamin_d", LabInput("vitamin_d_25oh", 70, "nmol/L"), "vitamin_d_ug"),
    "vitamin_b12": ("vitamin_b12", LabInput("vitamin_b12", 450, "pg/mL"), "vitamin_b12_ug"),
    "sodium": ("sodium", LabInput("sodium", 140, "mmol/L"), "sodium_mg"),
    "iron_deficiency": ("iron_deficiency", LabInput("ferritin", 160, "ng/mL"), "iron_mg"),
}
RISKS = [
    "omeprazole 20 mg (6 years)",
    "furosemide 40 mg",
    "bendroflumethiazide (started 2 weeks ago)",
    "metformin 1 g",
    "Nexium",
    "lansoprazole for 3 years",
    "ranitidine (10 years)",
]
RISK_SYMPTOMS = [
    "twitching",
    "tingling",
    "numb feet",
    "vomiting",
    "diarrhoea",
    "restless legs",
    "heavy sweating",
    "bone pain",
    "hand spasms",
]
RISK_LIFESTYLE = [
    {"diet": "vegan, no B12"},
    {"alcohol_units_per_week": 60},
    {"climate": "heatwave", "work": "roofer"},
    {},
]


@settings(max_examples=300, deadline=None)
@given(
    nutrient=st.sampled_from(sorted(NORMAL_LABS)),
    meds=st.lists(st.sampled_from(RISKS), max_size=3),
    symptoms=st.lists(st.sampled_from(RISK_SYMPTOMS), max_size=3),
    lifestyle=st.sampled_from(RISK_LIFESTYLE),
    age=st.integers(14, 100),
)
def test_normal_lab_and_adequate_diet_never_blame_that_nutrient(
    kb: KnowledgeBase,
    nutrient: str,
    meds: list[str],
    symptoms: list[str],
    lifestyle: dict[str, Any],
    age: int,
) -> None:
    factor_id, lab, intake_key = NORMAL_LABS[nutrient]
    case = Case(
        profile=make_profile(age, "female"),
        cramps=Cramps(timing="night"),
        symptoms=tuple(symptoms),
        medications=tuple(meds),
        lifestyle=lifestyle,
        labs=(lab,),
        diary="a good diet",
    )
    intake = [IntakeStatus(intake_key, 1.0, 130.0, "adequate")]
    result = assess(case, kb, intake)
    assert factor_id not in {f.id for f in result.factors}
    assert factor_id in {r.id for r in result.ruled_out}


def test_vitamin_k2_is_never_a_factor_even_if_the_knowledge_base_lists_one(
    kb: KnowledgeBase,
) -> None:
    # The real knowledge base with one more factor: vitamin K2 on magnesium's triggers.
    with_k2 = replace(
        kb,
        factors=MappingProxyType(
            {**kb.factors, "vitamin_k2": replace(kb.factors["magnesium"], id="vitamin_k2")}
        ),
    )
    case = Case(
        profile=make_profile(60, "female"),
        cramps=Cramps(timing="night"),
        labs=(LabInput("magnesium", 0.5, "mmol/L"),),
    )
    fired = {f.id for f in assess(case, with_k2).factors}
    assert "magnesium" in fired
    assert "vitamin_k2" not in fired


@pytest.mark.parametrize("expected", LIBRARY, ids=[c.id for c in LIBRARY])
def test_every_result_is_cited_honest_and_safe(kb: KnowledgeBase, expected: Any) -> None:
    result = run(kb, expected.case)
    assert "vitamin_k2" not in {f.id for f in result.factors}
    for item in (*result.factors, *result.red_flags):
        assert item.citations
        advice = item.advice.lower()
        assert "quinine" not in advice or "not recommended" in advice
    assert "not a diagnosis" in result.disclaimer
    assert "not a diagnosis" in result.summary.lower()
    ranks = [f.strength for f in result.factors]
    assert ranks == sorted(ranks, reverse=True)


def test_benign_idiopathic_cramps_are_not_over_triaged(kb: KnowledgeBase) -> None:
    for age in (20, 45, 70, 95):
        case = Case(make_profile(age, "male"), Cramps(1, "night", 6, 2, "right calf"))
        assert assess(case, kb).triage is Triage.SELF_CARE


def test_quinine_user_is_told_it_is_not_recommended(kb: KnowledgeBase) -> None:
    case = Case(make_profile(75, "female"), Cramps(timing="night"), medications=("quinine",))
    result = assess(case, kb)
    advice = " ".join(f.advice for f in result.factors)
    assert "Quinine is not recommended" in advice
    assert "R32" in {c for f in result.factors for c in f.citations}


def test_idiopathic_is_dropped_when_a_specific_cause_is_found(kb: KnowledgeBase) -> None:
    case = Case(
        make_profile(60, "male"), Cramps(timing="night"), medications=("salmeterol (2 years)",)
    )
    ids = [f.id for f in assess(case, kb).factors]
    assert "medication:laba" in ids
    assert "idiopathic_nocturnal_cramps" not in ids


def test_triage_order() -> None:
    assert [t.label for t in sorted(Triage)] == ORDER
