"""A stand-in for ``services.intake.analyze_intake`` with a three-food database."""

from __future__ import annotations

import re

from crampcheck.core.intake import IntakeResult, ItemResult, total_nutrients
from crampcheck.core.models import Profile
from crampcheck.core.nutrients import Nutrient

FOODS = {
    "09040": ("Bananas, raw", 118.0, {Nutrient.MAGNESIUM_MG: 27.0, Nutrient.POTASSIUM_MG: 358.0}),
    "11457": ("Spinach, raw", 30.0, {Nutrient.MAGNESIUM_MG: 79.0, Nutrient.POTASSIUM_MG: 558.0}),
    "01077": ("Milk, whole", 244.0, {Nutrient.CALCIUM_MG: 113.0, Nutrient.MAGNESIUM_MG: 10.0}),
}
WORDS = {"banana": "09040", "spinach": "11457", "milk": "01077"}
EXACT = re.compile(r"^(?P<grams>\d+(?:\.\d+)?) g \[(?P<id>\d{5})\]$")


def _item(text: str, food_id: str, grams: float) -> ItemResult:
    name, _, per100 = FOODS[food_id]
    nutrients: dict[Nutrient, float | None] = dict.fromkeys(Nutrient)
    nutrients.update({n: v * grams / 100 for n, v in per100.items()})
    return ItemResult(text, food_id, name, grams, None, "g", 1.0, nutrients=nutrients)


def fake_analyze(text: str, profile: Profile | None = None) -> IntakeResult:
    items: list[ItemResult] = []
    unparsed: list[str] = []
    for piece in re.split(r",| and ", text):
        piece = piece.strip()
        if not piece:
            continue
        exact = EXACT.match(piece)
        if exact and exact["id"] in FOODS:
            items.append(_item(piece, exact["id"], float(exact["grams"])))
            continue
        word = next((w for w in WORDS if w in piece.lower()), None)
        if word is None:
            unparsed.append(piece)
        else:
            items.append(_item(piece, WORDS[word], FOODS[WORDS[word]][1]))
    totals, coverage = total_nutrients(items)
    return IntakeResult(tuple(items), totals, coverage, None, tuple(unparsed), profile)
