"""Understanding people's words: drugs, brands, misspellings, timing, conditions, lifestyle."""

from __future__ import annotations

from types import MappingProxyType

import pytest

from crampcheck.core.assessment.case import Case, Cramps, IntakeStatus
from crampcheck.core.assessment.extract import extract
from crampcheck.core.assessment.knowledge import KnowledgeBase
from crampcheck.core.models import make_profile

PROFILE = make_profile(60, "female")


def findings(kb: KnowledgeBase, **fields: object) -> frozenset[str]:
    return extract(Case(profile=PROFILE, **fields), kb).set  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("medication", "expected"),
    [
        (
            "chlorthalidone 25 mg daily (started 4 weeks ago)",
            {"drug:diuretic_thiazide_like:recent", "drug:diuretic", "drug:thiazide_group"},
        ),
        ("HCTZ 12.5", {"drug:diuretic_thiazide"}),
        ("Lasix 40mg", {"drug:diuretic_loop"}),
        ("frusemide", {"drug:diuretic_loop"}),
        ("Dyazide", {"drug:diuretic_k_sparing"}),
        ("Lipitor 20", {"drug:statin"}),
        ("atorvastatine 20 mg", {"drug:statin"}),
        ("simvastatn", {"drug:statin"}),
        ("Caduet 5/10", {"drug:statin", "drug:ccb"}),
        ("Advair Diskus 250/50", {"drug:laba"}),
        ("Seretide", {"drug:laba"}),
        ("Ventolin when needed", {"drug:saba"}),
        ("Nexium 40 mg (3 years)", {"drug:ppi:long"}),
        ("omeprazol", {"drug:ppi"}),
        ("pepcid", {"drug:h2_blocker"}),
        ("Glucophage XR", {"drug:metformin", "condition:diabetes"}),
        ("Evista", {"drug:raloxifene"}),
        ("Premarin", {"drug:estrogen"}),
        ("Zoloft 50mg", {"drug:ssri"}),
        ("lithium carbonate", {"drug:lithium"}),
        ("nifedipine MR", {"drug:ccb"}),
        ("Forteo pen", {"drug:teriparatide"}),
        ("Aleve", {"drug:naproxen"}),
        ("Venofer infusion", {"drug:iv_iron"}),
        ("clarithromycin 500", {"drug:interacting_statin"}),
        ("Sinemet", {"drug:levodopa", "condition:parkinsons"}),
        ("thyroxine 100 mcg", {"condition:hypothyroidism"}),
        ("Lantus", {"drug:insulin", "condition:diabetes"}),
    ],
)
def test_medications(kb: KnowledgeBase, medication: str, expected: set[str]) -> None:
    assert expected <= findings(kb, medications=(medication,))


def test_stopped_medicine_is_not_counted(kb: KnowledgeBase) -> None:
    assert "drug:statin" not in findings(kb, medications=("simvastatin, stopped last year",))


def test_unknown_medicine_is_not_understood(kb: KnowledgeBase) -> None:
    found = extract(Case(profile=PROFILE, medications=("xyzzy 5 mg",)), kb)
    assert found.not_understood == ["medications: xyzzy 5 mg"]


@pytest.mark.parametrize(
    ("condition", "expected"),
    [
        ("type 2 diabetes (9 years)", {"condition:diabetes"}),
        (
            "pregnancy, 30 weeks",
            {"condition:pregnancy", "profile:pregnant", "profile:pregnant_late"},
        ),
        ("12 weeks pregnant", {"profile:pregnant"}),
        ("CKD stage 4", {"condition:ckd"}),
        ("on haemodialysis", {"condition:hemodialysis", "condition:ckd"}),
        ("Parkinson's disease", {"condition:parkinsons"}),
        ("hypothyroidsm", {"condition:hypothyroidism"}),
        ("gastric bypass 2018", {"condition:bariatric_surgery"}),
        ("total thyroidectomy", {"condition:thyroidectomy"}),
        ("hip replacement 10 days ago", {"condition:recent_surgery", "life:immobility"}),
        ("cut my foot on a rusty nail", {"condition:wound"}),
        ("alcoholic liver disease", {"condition:cirrhosis"}),
    ],
)
def test_conditions(kb: KnowledgeBase, condition: str, expected: set[str]) -> None:
    assert expected <= findings(kb, conditions=(condition,))


def test_pregnancy_before_20_weeks_is_not_late(kb: KnowledgeBase) -> None:
    assert "profile:pregnant_late" not in findings(kb, conditions=("pregnant, 12 weeks",))


@pytest.mark.parametrize(
    ("symptom", "expected"),
    [
        ("calf_swelling_one_side", "symptom:calf_swelling_one_side"),
        ("my left leg is swollen", "symptom:calf_swelling_one_side"),
        ("swelling in my right calf", "symptom:calf_swelling_one_side"),
        ("pee looks like cola", None),
        ("urine looks like cola", "symptom:dark_urine"),
        ("pins and needles in toes", "symptom:tingling"),
        ("tingeling", "symptom:tingling"),
        ("fasiculations", "symptom:fasciculations"),
        ("twitching", "symptom:fasciculations"),
        ("short of breath", "symptom:breathlessness"),
        ("jaw_stiffness", "symptom:jaw_stiffness"),
    ],
)
def test_symptoms(kb: KnowledgeBase, symptom: str, expected: str | None) -> None:
    found = findings(kb, symptoms=(symptom,))
    if expected is not None:
        assert expected in found


def test_negated_symptom_is_not_a_finding_nor_not_understood(kb: KnowledgeBase) -> None:
    found = extract(Case(profile=PROFILE, symptoms=("no swelling",)), kb)
    assert "symptom:leg_swelling" not in found.set
    assert found.not_understood == []


def test_description_negation(kb: KnowledgeBase) -> None:
    found = findings(
        kb, description="No chest pain and I am not short of breath. My calf cramps at night."
    )
    assert "symptom:chest_pain" not in found
    assert "symptom:breathlessness" not in found


def test_lifestyle_numbers_and_words(kb: KnowledgeBase) -> None:
    lifestyle = MappingProxyType(
        {
            "diet": "vegan, no B12 supplement",
            "fluid_intake_l_per_day": 1.0,
            "alcohol_units_per_week": 30,
            "climate": "hot and humid",
            "smoker": True,
            "hobby": "stamp collecting",
        }
    )
    found = extract(Case(profile=PROFILE, lifestyle=lifestyle), kb)
    assert {
        "life:vegan",
        "life:vegan_no_b12",
        "life:low_fluid",
        "life:alcohol_heavy",
        "life:heat",
        "life:smoker",
    } <= found.set
    assert found.not_understood == ["lifestyle.hobby: stamp collecting"]


def test_vegan_taking_b12_is_not_at_risk(kb: KnowledgeBase) -> None:
    lifestyle = MappingProxyType({"diet": "vegan, takes B12 supplement"})
    assert "life:vegan_no_b12" not in findings(kb, lifestyle=lifestyle)


def test_cramps_fields(kb: KnowledgeBase) -> None:
    cramps = Cramps(
        frequency_per_week=5,
        timing="night",
        severity_0_10=9,
        duration_minutes=90,
        location="left calf",
    )
    assert {
        "cramps:night",
        "cramps:frequent",
        "cramps:severe",
        "cramps:long",
        "cramps:persistent",
        "cramps:one_side",
    } <= findings(kb, cramps=cramps)


def test_unknown_timing_is_reported(kb: KnowledgeBase) -> None:
    found = extract(Case(profile=PROFILE, cramps=Cramps(timing="whenever")), kb)
    assert found.not_understood == ["cramps.timing: whenever"]


def test_intake_statuses(kb: KnowledgeBase) -> None:
    intake = [
        IntakeStatus("magnesium_mg", 100, 30.0, "low"),
        IntakeStatus("thiamin_mg", 2, 180.0, "adequate"),
        IntakeStatus("calcium_mg", 900, 90.0, "low"),
        IntakeStatus("vitamin_d_ug", None, None, "unknown"),
    ]
    found = extract(Case(profile=PROFILE), kb, intake).set
    assert {"intake:magnesium_mg:low", "intake:thiamin_mg:adequate"} <= found
    assert not {f for f in found if f.startswith(("intake:calcium", "intake:vitamin_d"))}


@pytest.mark.parametrize(
    ("condition", "recent"),
    [
        ("knee replacement 2 weeks ago", True),
        ("hip replacement 2010", False),
        ("operation 3 years ago", False),
        ("deep cut on my foot 5 days ago", True),
        ("puncture wound in 2019", False),
    ],
)
def test_old_surgery_or_wound_is_not_recent(
    kb: KnowledgeBase, condition: str, recent: bool
) -> None:
    found = findings(kb, conditions=(condition,))
    assert bool({"condition:recent_surgery", "condition:wound"} & found) is recent


@pytest.mark.parametrize(
    ("lifestyle", "finding", "present"),
    [
        ({"alcohol": "about 30 units a week"}, "life:alcohol_heavy", True),
        ({"alcohol": "4 units a day"}, "life:alcohol_heavy", True),
        ({"alcohol": "6 units a week"}, "life:alcohol_heavy", False),
        ({"fluids": "about 1 litre a day"}, "life:low_fluid", True),
        ({"water": "750 ml"}, "life:low_fluid", True),
        ({"fluids": "2.5 L"}, "life:low_fluid", False),
    ],
)
def test_lifestyle_numbers_in_text(
    kb: KnowledgeBase, lifestyle: dict[str, str], finding: str, present: bool
) -> None:
    assert (finding in findings(kb, lifestyle=MappingProxyType(lifestyle))) is present


def test_plain_cramps_are_understood(kb: KnowledgeBase) -> None:
    found = extract(Case(profile=PROFILE, symptoms=("cramps in both legs", "charley horse")), kb)
    assert found.not_understood == []


def test_every_symptom_id_in_snake_case_is_understood(kb: KnowledgeBase) -> None:
    for term in kb.terms:
        if term.prefix != "symptom":
            continue
        found = extract(Case(profile=PROFILE, symptoms=(term.id,)), kb)
        assert f"symptom:{term.id}" in found.set, term.id
