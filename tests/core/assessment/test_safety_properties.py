"""Safety properties of reading people's words (issue 18): a negated, hypothetical or someone
else's mention of an emergency sign never raises the triage; the same sign said about oneself
always gives emergency; no result shows advice that another raised flag forbids; the headline is
the most urgent flag's advice."""

from __future__ import annotations

import copy
import re
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crampcheck.core.assessment.engine import assess
from crampcheck.core.assessment.knowledge import KnowledgeBase, Triage
from crampcheck.core.assessment.text_out import URGENCY_ORDER
from crampcheck.schemas.assess import parse_case
from tests.case_library import load_cases

LIBRARY = load_cases()

EMERGENCY_SIGNS = [
    "dark brown urine",
    "chest pain",
    "coughing up blood",
    "a cold pale foot",
    "seizures",
    "confusion",
    "loss of bladder control",
    "numbness in the saddle area",
]
"""Each of these, said about oneself, is an emergency on its own (red_flags.yaml)."""

NOT_ASSERTED = [
    "No {sign}.",
    "I have never had {sign}.",
    "There is no {sign} or anything like that.",
    "Denies {sign}.",
    "I'm worried I might get {sign}.",
    "Just in case, what if I get {sign}?",
    "Could it be something that causes {sign}?",
    "My husband had {sign} last year.",
    "My mum had {sign} years ago.",
    "Not had any {sign}, no swelling either.",
]
ASSERTED = [
    "I have {sign}.",
    "Since this morning I have had {sign}.",
    "And now {sign} as well.",
]


def run(kb: KnowledgeBase, document: dict[str, Any]) -> Any:
    return assess(parse_case(document)[0], kb)


def with_sentence(document: dict[str, Any], sentence: str) -> dict[str, Any]:
    changed = copy.deepcopy(document)
    changed["description"] = f"{changed.get('description') or ''} {sentence}".strip()
    return changed


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    index=st.integers(0, len(LIBRARY) - 1),
    sign=st.sampled_from(EMERGENCY_SIGNS),
    template=st.sampled_from(NOT_ASSERTED),
)
def test_negated_hypothetical_or_third_person_sign_never_raises_triage(
    kb: KnowledgeBase, index: int, sign: str, template: str
) -> None:
    document = LIBRARY[index].case
    before = run(kb, document).triage
    after = run(kb, with_sentence(document, template.format(sign=sign))).triage
    assert after <= before


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    index=st.integers(0, len(LIBRARY) - 1),
    sign=st.sampled_from(EMERGENCY_SIGNS),
    template=st.sampled_from(ASSERTED),
)
def test_the_same_sign_asserted_always_gives_emergency(
    kb: KnowledgeBase, index: int, sign: str, template: str
) -> None:
    document = LIBRARY[index].case
    result = run(kb, with_sentence(document, template.format(sign=sign)))
    assert result.triage is Triage.EMERGENCY


@pytest.mark.parametrize("sign", EMERGENCY_SIGNS)
@pytest.mark.parametrize("template", NOT_ASSERTED)
def test_unasserted_sign_alone_is_not_an_emergency(
    kb: KnowledgeBase, sign: str, template: str
) -> None:
    document = {"profile": {"age": 50, "sex": "female"}, "description": "Cramps at night."}
    assert run(kb, with_sentence(document, template.format(sign=sign))).triage < Triage.EMERGENCY


@pytest.mark.parametrize("sign", ["no chest pain", "never had dark urine", "not confused"])
def test_negated_symptom_items_are_not_findings(kb: KnowledgeBase, sign: str) -> None:
    document = {"profile": {"age": 50, "sex": "male"}, "symptoms": [sign]}
    assert run(kb, document).triage is Triage.SELF_CARE


# --- no advice that another raised flag forbids -------------------------------------------------

HYPONATRAEMIA_PARTS = [
    "Ran a marathon today and drank water at every station.",
    "Did an ironman, drank loads of water.",
    "Now a pounding headache and I threw up.",
    "I'm confused and sick.",
    "My pee is dark brown.",
    "I've barely peed and my thighs are agony.",
    "Dizzy when I stand up.",
    "Sweating buckets in the heat.",
    "It was a hot day, cramps everywhere.",
]
SODIUM_LABS = [None, 126, 132, 140]


def shown_items(kb: KnowledgeBase, result: Any) -> list[tuple[Any, str]]:
    """(definition, advice shown) for every flag, routine reason and factor in the result."""
    flags = {flag.id: flag for flag in kb.red_flags}
    items = [(flags[f.id], f.advice) for f in (*result.red_flags, *result.routine_reasons)]
    return items + [(kb.factors[f.id], f.advice) for f in result.factors]


def assert_no_forbidden_advice(kb: KnowledgeBase, result: Any) -> None:
    items = shown_items(kb, result)
    forbidden = {topic for definition, _ in items for topic in definition.forbids}
    for definition, advice in items:
        if forbidden & definition.gives.keys():
            assert advice != definition.advice, definition.id
    if "fluids" in forbidden:
        texts = [advice for _, advice in items] + [result.now]
        assert not [t for t in texts if FLUIDS.search(t)]


FLUIDS = re.compile(r"\bdrink (water|regularly|to thirst|a sports drink|plenty|more fluids)", re.I)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    parts=st.lists(st.sampled_from(HYPONATRAEMIA_PARTS), min_size=1, max_size=5, unique=True),
    sodium=st.sampled_from(SODIUM_LABS),
    age=st.sampled_from([25, 70]),
)
def test_no_result_shows_advice_another_flag_forbids(
    kb: KnowledgeBase, parts: list[str], sodium: int | None, age: int
) -> None:
    document: dict[str, Any] = {
        "profile": {"age": age, "sex": "male"},
        "description": " ".join(parts),
    }
    if sodium is not None:
        document["labs"] = {"sodium": {"value": sodium, "unit": "mmol/L"}}
    assert_no_forbidden_advice(kb, run(kb, document))


@pytest.mark.parametrize("expected", LIBRARY, ids=[c.id for c in LIBRARY])
def test_library_results_never_contradict_themselves(kb: KnowledgeBase, expected: Any) -> None:
    assert_no_forbidden_advice(kb, run(kb, expected.case))


def test_marathon_runner_is_never_told_to_drink_water(kb: KnowledgeBase) -> None:
    document = {
        "profile": {"age": 38, "sex": "male"},
        "description": "Drank water at every station in the marathon. Now headache, vomiting and "
        "confusion, and my pee is dark brown.",
    }
    result = run(kb, document)
    assert {"exercise_hyponatraemia_signs", "rhabdomyolysis_signs"} <= {
        f.id for f in result.red_flags
    }
    assert "drink water" not in result.now.lower()
    assert_no_forbidden_advice(kb, result)


# --- one safe headline ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("locale", "number"),
    [
        ("en-GB", "999"),
        ("en-US", "911"),
        ("en-CA", "911"),
        ("en-AU", "000"),
        ("fr-FR", "112"),
        (None, "911"),
    ],
)
def test_clot_in_the_lungs_leads_with_the_emergency_number(
    kb: KnowledgeBase, locale: str | None, number: str
) -> None:
    document: dict[str, Any] = {
        "profile": {"age": 55, "sex": "male"},
        "description": "Breathless with chest pain since this morning; "
        "my left calf is hot and swollen.",
    }
    if locale:
        document["locale"] = locale
    result = run(kb, document)
    assert result.red_flags[0].id in {"pulmonary_embolism_signs", "chest_symptoms"}
    assert result.now == f"Call {number} now."
    assert "{" not in " ".join(f.advice for f in result.red_flags)


@pytest.mark.parametrize("expected", LIBRARY, ids=[c.id for c in LIBRARY])
def test_headline_is_the_most_urgent_flag(kb: KnowledgeBase, expected: Any) -> None:
    result = run(kb, expected.case)
    if not result.red_flags:
        return
    rank = [(-f.triage, URGENCY_ORDER[f.urgency]) for f in result.red_flags]
    assert rank[0] == min(rank)
    if result.red_flags[0].triage == result.triage:
        assert result.now == result.red_flags[0].advice
    assert result.guidance is not None
    assert result.guidance.triage == result.triage


def test_sodium_below_130_is_same_day_in_level_and_wording(kb: KnowledgeBase) -> None:
    result = run(
        kb,
        {
            "profile": {"age": 80, "sex": "female"},
            "labs": {"sodium": {"value": 126, "unit": "mmol/L"}},
        },
    )
    assert result.triage is Triage.DOCTOR_SOON
    assert result.guidance is not None
    assert result.guidance.id == "same_day"
    assert "today" in result.now
    assert "today" in result.guidance.title


def words_of(text: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", re.sub(r"['’`´]", "", text.lower())))


DESCRIBED = [c for c in LIBRARY if c.case.get("description") and c.triage != "self_care"]


@pytest.mark.parametrize("expected", DESCRIBED, ids=[c.id for c in DESCRIBED])
def test_every_reading_of_the_description_shows_its_words(kb: KnowledgeBase, expected: Any) -> None:
    """A flag or factor resting on the description quotes it: "Based on: '<words>' in your
    description"; the quoted words are in the description."""
    result = run(kb, expected.case)
    text = words_of(expected.case["description"])
    items = (*result.red_flags, *result.routine_reasons, *result.factors)
    for item in items:
        for quoted in re.findall(r"'([^']+)' in your description", item.why):
            for part in quoted.split(" … "):
                assert words_of(part) in text, (item.id, part)
    if set(expected.case) <= {"profile", "description", "locale"}:
        assert any("in your description" in item.why for item in items)
