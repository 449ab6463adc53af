"""Plain-language summary and "what to do now" for an assessment, from the cited triage table
(``triage.yaml``); no triage wording lives in code."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from crampcheck.core.assessment.case import FactorResult, RedFlagResult
from crampcheck.core.assessment.knowledge import (
    KnowledgeBase,
    Locale,
    Strength,
    Triage,
    TriageGuidance,
)

URGENCY_ORDER = {"call": 0, "now": 1, "today": 2, "days": 3, "": 3}
"""Within one triage level, flags that say "call the emergency number" lead, then "go now",
then "today", then "within days"."""


def guidance_for(
    kb: KnowledgeBase, triage: Triage, flags: Sequence[RedFlagResult], locale: Locale
) -> TriageGuidance:
    """The triage table's row for this result (``same_day`` when the leading doctor-soon flag
    says "today"), its texts filled in for the locale."""
    key = triage.label
    if triage == Triage.DOCTOR_SOON and flags and flags[0].urgency == "today":
        key = "same_day"
    row = kb.guidance[key]
    return replace(row, now=locale.fill(row.now), act=locale.fill(row.act))


def now_text(guidance: TriageGuidance, flags: Sequence[RedFlagResult]) -> str:
    """What to do now: the most urgent red flag's advice, else the level's general advice."""
    urgent = [flag for flag in flags if flag.triage == guidance.triage]
    return urgent[0].advice if urgent else guidance.now


def summary_text(
    guidance: TriageGuidance, flags: Sequence[RedFlagResult], factors: Sequence[FactorResult]
) -> str:
    """One or two plain sentences."""
    parts = [guidance.headline]
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
