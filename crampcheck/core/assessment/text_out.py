"""Plain-language summary and "what to do now" for an assessment."""

from __future__ import annotations

from collections.abc import Sequence

from crampcheck.core.assessment.case import FactorResult, RedFlagResult
from crampcheck.core.assessment.knowledge import Strength, Triage

NOW = {
    Triage.EMERGENCY: "Call emergency services (999 / 911 / 112) or go to an emergency "
    "department now. Do not wait to see if it settles.",
    Triage.DOCTOR_SOON: "Contact a doctor, pharmacist or midwife within the next 1-3 days "
    "(sooner if it gets worse). Do not stop any prescribed medicine on your own.",
    Triage.DOCTOR_ROUTINE: "Book a routine appointment with your doctor to discuss the points "
    "below. Meanwhile, stretch your calves before bed and during a cramp.",
    Triage.SELF_CARE: "You can manage this at home: during a cramp, straighten the knee and pull "
    "the toes up towards the shin; stretch your calves before bed. See a doctor if it changes.",
}

_HEADLINE = {
    Triage.EMERGENCY: "This needs emergency care now.",
    Triage.DOCTOR_SOON: "Please see a doctor within the next few days.",
    Triage.DOCTOR_ROUTINE: "Worth discussing with your doctor at a routine appointment.",
    Triage.SELF_CARE: "This sounds like ordinary leg cramps you can manage at home.",
}


def now_text(triage: Triage, flags: Sequence[RedFlagResult]) -> str:
    """What to do now: the most urgent red flag's advice, else the level's general advice."""
    urgent = [flag for flag in flags if flag.triage == triage]
    return urgent[0].advice if urgent else NOW[triage]


def summary_text(
    triage: Triage, flags: Sequence[RedFlagResult], factors: Sequence[FactorResult]
) -> str:
    """One or two plain sentences."""
    parts = [_HEADLINE[triage]]
    if flags:
        parts.append(f"Warning sign: {flags[0].why}")
    main = [label(f.id) for f in factors if f.strength >= Strength.MODERATE][:3]
    if main:
        parts.append(f"Likely contributors: {', '.join(main)}. This is not a diagnosis.")
    else:
        parts.append("No specific cause stands out. This is not a diagnosis.")
    return " ".join(parts)


_LABELS = {
    "medication:diuretic": "a diuretic (water tablet)",
    "medication:statin": "a statin",
    "medication:laba": "a long-acting inhaler (LABA)",
    "medication:ppi": "a stomach-acid medicine (PPI)",
    "medication:metformin": "metformin (via vitamin B12)",
    "medication:raloxifene": "raloxifene",
    "medication:ssri": "an SSRI antidepressant (via low sodium)",
    "medication:other": "a medicine linked to cramps",
    "vitamin_b12": "vitamin B12",
    "vitamin_d": "vitamin D",
    "ckd": "kidney disease",
    "idiopathic_nocturnal_cramps": "ordinary night cramps",
    "age_related": "age",
}


def label(factor_id: str) -> str:
    """A plain name for a factor id."""
    return _LABELS.get(factor_id, factor_id.replace("_", " ").removesuffix(" suspected"))
