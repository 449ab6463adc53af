"""The contract §2 intake JSON, and the request shape for `intake --batch` and the REST API."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from crampcheck.core.intake import IntakeResult, ItemResult, TargetResult
from crampcheck.core.locale import Locale, parse_locale
from crampcheck.core.models import FoodMatch, Profile, make_profile
from crampcheck.core.nutrients import NUTRIENT_INFO, Nutrient

DISCLAIMER = (
    "Not a diagnosis. crampcheck compares what you ate with reference intakes; a nutrient gap is a "
    "contributing factor worth fixing, not the proven cause of cramps. See a clinician for "
    "persistent, severe or one-sided symptoms."
)


class ProfileIn(BaseModel):
    """A profile as sent by a person or program."""

    model_config = ConfigDict(extra="forbid")

    age: float = Field(description="age in years (14 or over)")
    sex: Literal["female", "male"]
    pregnant: bool = False
    lactating: bool = False

    def to_profile(self) -> Profile:
        return make_profile(self.age, self.sex, pregnant=self.pregnant, lactating=self.lactating)


class IntakeRequest(BaseModel):
    """One `intake --batch` line or one `POST /api/v1/intake` body."""

    model_config = ConfigDict(extra="forbid")

    text: str
    profile: ProfileIn | None = None
    locale: Literal["en-US", "en-GB", "en-AU", "en-CA"] = "en-US"

    def to_locale(self) -> Locale:
        return parse_locale(self.locale)


def _round(value: float | None, digits: int = 3) -> float | None:
    return None if value is None else round(value, digits)


def match_to_json(match: FoodMatch) -> dict[str, Any]:
    return {
        "food_id": match.food_id,
        "name": match.name,
        "score": round(match.score, 4),
        "source": match.source or None,
    }


def item_to_json(item: ItemResult) -> dict[str, Any]:
    return {
        "text": item.text,
        "food_id": item.food_id,
        "name": item.name,
        "source": item.source,
        "grams": _round(item.grams, 2),
        "quantity": _round(item.quantity, 4),
        "unit": item.unit,
        "confidence": item.confidence,
        "alternatives": [match_to_json(m) for m in item.alternatives],
        "portion": item.portion,
        "counted": item.counted,
        "status": item.status.value,
        "meal": item.meal,
        "time": item.time,
        "warnings": list(item.warnings),
        "nutrients": {n.value: _round(v) for n, v in item.nutrients.items()},
        "kind": item.kind.value,
        "explanation": item.explanation,
    }


def target_to_json(target: TargetResult) -> dict[str, Any]:
    dri = target.dri
    return {
        "rda": dri.rda,
        "ai": dri.ai,
        "ul": dri.upper,
        "ul_applies_to": dri.upper_scope.value,
        "percent": target.percent,
        "status": target.status.value,
        "unit": NUTRIENT_INFO[dri.nutrient].unit,
        "life_stage": dri.life_stage,
        "citations": list(dri.citations),
    }


def totals_to_json(totals: dict[Nutrient, float | None]) -> dict[str, float | None]:
    return {n.value: _round(totals.get(n)) for n in Nutrient}


def intake_to_json(result: IntakeResult) -> dict[str, Any]:
    """The contract's intake document (``targets`` only when a profile was given)."""
    document: dict[str, Any] = {
        "items": [item_to_json(item) for item in result.items],
        "totals": totals_to_json(dict(result.totals)),
        "totals_from_supplements": totals_to_json(dict(result.totals_from_supplements)),
        "coverage": {n.value: {"known": c.known, "of": c.of} for n, c in result.coverage.items()},
    }
    if result.targets is not None:
        document["targets"] = {n.value: target_to_json(t) for n, t in result.targets.items()}
    document["totals_lower_bound"] = result.lower_bound
    document["unparsed"] = list(result.unparsed)
    if result.profile is not None:
        p = result.profile
        document["profile"] = {
            "age": p.age_years,
            "sex": p.sex.value,
            "pregnant": p.pregnant,
            "lactating": p.lactating,
        }
    document["disclaimer"] = DISCLAIMER
    return document
