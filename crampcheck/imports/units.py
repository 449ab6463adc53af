"""Nutrient names and units as food apps write them → crampcheck's nutrient keys and units."""

from __future__ import annotations

import math
import re

from crampcheck.core.nutrients import Nutrient

NAMES: dict[str, Nutrient] = {
    "energy": Nutrient.ENERGY_KCAL,
    "calories": Nutrient.ENERGY_KCAL,
    "water": Nutrient.WATER_G,
    "magnesium": Nutrient.MAGNESIUM_MG,
    "potassium": Nutrient.POTASSIUM_MG,
    "calcium": Nutrient.CALCIUM_MG,
    "sodium": Nutrient.SODIUM_MG,
    "vitamin d": Nutrient.VITAMIN_D_UG,
    "b1 (thiamine)": Nutrient.THIAMIN_MG,
    "thiamine": Nutrient.THIAMIN_MG,
    "thiamin": Nutrient.THIAMIN_MG,
    "b12 (cobalamin)": Nutrient.VITAMIN_B12_UG,
    "vitamin b12": Nutrient.VITAMIN_B12_UG,
    "vitamin k": Nutrient.VITAMIN_K_UG,
    "vitamin e": Nutrient.VITAMIN_E_MG,
    "iron": Nutrient.IRON_MG,
    "zinc": Nutrient.ZINC_MG,
    "phosphorus": Nutrient.PHOSPHORUS_MG,
    "protein": Nutrient.PROTEIN_G,
    "carbs": Nutrient.CARBOHYDRATE_G,
    "carbohydrates": Nutrient.CARBOHYDRATE_G,
    "fat": Nutrient.FAT_G,
    "fiber": Nutrient.FIBER_G,
    "fibre": Nutrient.FIBER_G,
    "sugars": Nutrient.SUGARS_G,
    "sugar": Nutrient.SUGARS_G,
    "alcohol": Nutrient.ALCOHOL_G,
    "caffeine": Nutrient.CAFFEINE_MG,
    "vitamin c": Nutrient.VITAMIN_C_MG,
    "folate": Nutrient.FOLATE_UG,
    "b2 (riboflavin)": Nutrient.RIBOFLAVIN_MG,
    "b3 (niacin)": Nutrient.NIACIN_MG,
    "b6 (pyridoxine)": Nutrient.VITAMIN_B6_MG,
    "copper": Nutrient.COPPER_MG,
    "selenium": Nutrient.SELENIUM_UG,
    "manganese": Nutrient.MANGANESE_MG,
}
"""Column or type names (lower case, unit removed) and the nutrient they hold."""

_MASS = {"g": 1.0, "mg": 1e-3, "ug": 1e-6}
_ENERGY = {"kcal": 1.0, "cal": 1.0, "kj": 1 / 4.184}
VITAMIN_D_IU_PER_UG = 40.0
_HEADER = re.compile(r"^(?P<name>.*?)\s*\((?P<unit>[^()]*)\)\s*$")


def normalise_unit(unit: str) -> str:
    """``µg``, ``μg``, ``mcg`` → ``ug``; lower case, no spaces."""
    text = unit.strip().lower().replace(" ", "")
    return "ug" if text in ("µg", "μg", "mcg", "ug") else text


def split_header(header: str) -> tuple[str, str | None]:
    """``"Magnesium (mg)"`` → ``("magnesium", "mg")``; ``"B1 (Thiamine) (mg)"`` keeps its name."""
    text = header.strip()
    match = _HEADER.match(text)
    if match and normalise_unit(match["unit"]) in (*_MASS, *_ENERGY, "iu"):
        return match["name"].strip().lower(), normalise_unit(match["unit"])
    return text.lower(), None


def _unit_of(nutrient: Nutrient) -> str:
    return nutrient.value.rsplit("_", 1)[1]


def factor(nutrient: Nutrient, unit: str) -> float | None:
    """What to multiply an amount in ``unit`` by to get the nutrient's unit; None if impossible."""
    target = _unit_of(nutrient)
    unit = normalise_unit(unit)
    if target == "kcal":
        return _ENERGY.get(unit)
    if unit == "iu":
        return 1 / VITAMIN_D_IU_PER_UG if nutrient is Nutrient.VITAMIN_D_UG else None
    if unit in _MASS and target in _MASS:
        return _MASS[unit] / _MASS[target]
    return None


def parse_amount(text: str) -> float | None:
    """A number cell: ``""`` → None (unknown); ``"1,234.5"`` → 1234.5; junk → ValueError."""
    cleaned = text.strip().replace("\u00a0", "")
    if cleaned in ("", "-", "--", "n/a", "N/A"):
        return None
    if "," in cleaned and "." in cleaned:
        cleaned = cleaned.replace(",", "")
    elif cleaned.count(",") == 1 and "." not in cleaned:
        whole, _, tail = cleaned.partition(",")
        cleaned = cleaned.replace(",", "") if len(tail) == 3 and whole else f"{whole}.{tail}"
    try:
        value = float(cleaned)
    except ValueError:
        raise ValueError(f"{text!r} is not a number") from None
    if not math.isfinite(value) or value < 0:
        raise ValueError(f"{text!r} is not an amount (a number of zero or more)")
    return value
