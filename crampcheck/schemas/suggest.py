"""The contract §4 suggestion JSON, and the request shape for ``POST /api/v1/suggest``.

Contract fields: ``suggestions``, ``before``, ``after``, ``remaining_gaps``, ``notes``. Added
compatibly: ``targets`` (per nutrient: target, upper limit, percent before and after), ``solver``
and ``disclaimer``; each suggestion also carries ``portions`` (how many of ``portion``).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from crampcheck.core.intake import TargetResult
from crampcheck.core.nutrients import NUTRIENT_INFO, Nutrient
from crampcheck.core.suggest import (
    DEFAULT_ENERGY_BUDGET_KCAL,
    DEFAULT_MAX_FOODS,
    Constraints,
    Suggestion,
    make_constraints,
)
from crampcheck.schemas.intake import DISCLAIMER, ProfileIn


class ConstraintsIn(BaseModel):
    """What the person rules out, and medical situations that change the advice."""

    model_config = ConfigDict(extra="forbid")

    diet: Literal["omnivore", "pescatarian", "vegetarian", "vegan"] = "omnivore"
    avoid: list[str] = Field(
        default_factory=list,
        description="allergy groups (dairy, egg, fish, shellfish, nuts, peanuts, soy, gluten, "
        "meat) or any word of a food name to leave out",
        max_length=50,
    )
    ckd: bool = Field(
        default=False, description="chronic kidney disease: potassium is never pushed"
    )
    potassium_sparing: bool = Field(
        default=False,
        description="on a potassium-sparing drug (e.g. spironolactone, ACE inhibitor)",
    )
    warfarin: bool = Field(default=False, description="on warfarin: vitamin K is kept steady")
    heavy_sweating: bool = Field(
        default=False, description="documented heavy sweat losses: sodium may be suggested"
    )
    max_foods: int = Field(default=DEFAULT_MAX_FOODS, ge=1, le=8)
    energy_budget_kcal: float = Field(default=DEFAULT_ENERGY_BUDGET_KCAL, gt=0, le=3000)

    def to_constraints(self) -> Constraints:
        return make_constraints(
            diet=self.diet,
            avoid=self.avoid,
            ckd=self.ckd,
            potassium_sparing=self.potassium_sparing,
            warfarin=self.warfarin,
            heavy_sweating=self.heavy_sweating,
            max_foods=self.max_foods,
            energy_budget_kcal=self.energy_budget_kcal,
        )


class SuggestRequest(BaseModel):
    """One ``POST /api/v1/suggest`` body."""

    model_config = ConfigDict(extra="forbid")

    text: str
    profile: ProfileIn
    constraints: ConstraintsIn = ConstraintsIn()


def _round(value: float | None, digits: int = 3) -> float | None:
    return None if value is None else round(value, digits)


def _amounts(values: Mapping[Nutrient, float | None]) -> dict[str, float | None]:
    return {n.value: _round(v) for n, v in values.items()}


def _target(before: TargetResult, after: TargetResult | None) -> dict[str, Any]:
    dri = before.dri
    return {
        "target": dri.target,
        "kind": dri.kind.value,
        "ul": dri.upper,
        "ul_applies_to": dri.upper_scope.value,
        "unit": NUTRIENT_INFO[dri.nutrient].unit,
        "percent_before": before.percent,
        "percent_after": after.percent if after is not None else None,
        "status_before": before.status.value,
        "status_after": after.status.value if after is not None else None,
    }


def suggestion_to_json(result: Suggestion) -> dict[str, Any]:
    """The contract's suggestion document, with compatible extra fields."""
    return {
        "suggestions": [
            {
                "food_id": s.food_id,
                "name": s.name,
                "grams": s.grams,
                "portion": s.portion,
                "portions": s.portions,
            }
            for s in result.suggestions
        ],
        "before": _amounts(result.before),
        "after": _amounts(result.after),
        "remaining_gaps": [
            {"nutrient": g.nutrient.value, "why": g.why} for g in result.remaining_gaps
        ],
        "notes": list(result.notes),
        "targets": {
            n.value: _target(t, result.targets_after.get(n))
            for n, t in result.targets_before.items()
        },
        "solver": result.solver,
        "disclaimer": DISCLAIMER,
    }
