"""Why a gap stays open, and the notes that go with a suggestion. Pure: no I/O.

Every reason names its evidence (citation ids resolve in ``knowledge/citations.yaml``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from crampcheck.core.intake import IntakeResult, Status, TargetResult
from crampcheck.core.nutrients import NUTRIENT_INFO, Nutrient
from crampcheck.core.suggest import (
    Constraints,
    Diet,
    Plan,
    RemainingGap,
    ShortlistFood,
    SuggestedFood,
)

VITAMIN_D_WHY = (
    "few foods contain much vitamin D. Options: sensible sun exposure in the warmer months, "
    "vitamin D-fortified foods (milk, fortified plant drinks or orange juice), or a vitamin D "
    "supplement discussed with your clinician, especially if you are older, get little sun or "
    "have darker skin (R4, R12)"
)
B12_WHY = (
    "vitamin B12 comes only from animal foods and fortified foods; with your diet, choose "
    "B12-fortified foods or discuss a B12 supplement with your clinician (R6)"
)


def remaining_gaps(
    targets_after: Mapping[Nutrient, TargetResult],
    plan: Plan,
    candidates: Sequence[ShortlistFood],
    constraints: Constraints,
) -> tuple[RemainingGap, ...]:
    """Every nutrient still below target after the suggestions, with the reason: deliberately
    not pushed (from the plan), vitamin D, vegan or vegetarian B12, no data, or the limits."""
    gaps = [
        RemainingGap(n, f"{_name(n)}: {why}")
        for n, why in plan.skipped.items()
        if targets_after[n].status is Status.LOW
    ]
    for nutrient in plan.needs:
        result = targets_after[nutrient]
        if result.status is not Status.LOW:
            continue
        gaps.append(RemainingGap(nutrient, _why_open(nutrient, result, candidates, constraints)))
    return tuple(gaps)


def _why_open(
    nutrient: Nutrient,
    result: TargetResult,
    candidates: Sequence[ShortlistFood],
    constraints: Constraints,
) -> str:
    reached = f"{result.percent:g}% of {result.dri.target:g}" if result.percent is not None else ""
    head = f"{_name(nutrient)} reaches {reached} with the suggestions; "
    if nutrient is Nutrient.VITAMIN_D_UG:
        return head + VITAMIN_D_WHY
    if nutrient is Nutrient.VITAMIN_B12_UG and constraints.diet in (Diet.VEGAN, Diet.VEGETARIAN):
        return head + B12_WHY
    if not any(food.per_portion.get(nutrient, 0.0) > 0 for food in candidates):
        return head + "none of the foods allowed by your diet and avoidances has data for it"
    return head + (
        f"it cannot be closed with at most {constraints.max_foods} foods in everyday portions "
        f"within {constraints.energy_budget_kcal:g} kcal and the upper limits"
    )


def explain(
    intake: IntakeResult,
    targets_before: Mapping[Nutrient, TargetResult],
    constraints: Constraints,
    picked: Sequence[SuggestedFood],
) -> list[str]:
    """Notes on unknown data, unparsed items, water, and the medical constraints applied."""
    notes: list[str] = []
    if not any(r.status is Status.LOW for r in targets_before.values()):
        notes.append("No nutrient crampcheck tracks is low in this diary; nothing to add.")
    unknown = [
        _name(n)
        for n, r in targets_before.items()
        if r.status is Status.UNKNOWN and n is not Nutrient.WATER_G
    ]
    if unknown:
        notes.append(
            "No food in the diary has data for " + ", ".join(unknown) + "; unknown is not zero, "
            "so no suggestion was made for it."
        )
    partial = [
        _name(n)
        for n, r in targets_before.items()
        if r.status is Status.LOW and not intake.coverage[n].complete
    ]
    if partial:
        notes.append(
            "Some diary foods have no data for " + ", ".join(partial) + ": the real intake may "
            "be higher than shown, so the gap may be smaller."
        )
    if intake.unparsed:
        notes.append(f"{len(intake.unparsed)} diary item(s) were not understood and not counted.")
    if targets_before.get(Nutrient.WATER_G, None) is not None and (
        targets_before[Nutrient.WATER_G].status is Status.LOW
    ):
        notes.append(
            "Water looks low, but diaries rarely list every drink; the total-water AI includes "
            "all drinks and food water and needs vary with heat and activity (R14)."
        )
    if constraints.warfarin:
        notes.append(
            "Because you take warfarin, the suggestions add almost no vitamin K; keep your usual "
            "greens steady from week to week and ask your prescriber before changing them (R7)."
        )
    if constraints.limit_potassium:
        notes.append(
            "Because of kidney disease or a potassium-sparing medicine, potassium is not pushed "
            "and the suggestions add little of it; follow your clinician's potassium advice (R9)."
        )
    if constraints.heavy_sweating:
        notes.append(
            "For heavy sweating during hard work or heat, replace salt and fluid as you go (clear "
            "juice or a sports drink) and rest in a cool place if cramps start (R39, R40)."
        )
    if picked:
        notes.append(
            "Suggestions are everyday foods in usual portions from USDA data; they are ideas, "
            "not a diagnosis or a prescription."
        )
    return notes


def _name(nutrient: Nutrient) -> str:
    return NUTRIENT_INFO[nutrient].label
