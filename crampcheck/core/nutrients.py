"""The nutrients crampcheck totals, keyed as in the contract (unit in the key).

An amount that is unknown is ``None``, never ``0``.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Nutrient(StrEnum):
    """Nutrients totalled for every diary; values are the contract's keys."""

    ENERGY_KCAL = "energy_kcal"
    WATER_G = "water_g"
    MAGNESIUM_MG = "magnesium_mg"
    POTASSIUM_MG = "potassium_mg"
    CALCIUM_MG = "calcium_mg"
    SODIUM_MG = "sodium_mg"
    VITAMIN_D_UG = "vitamin_d_ug"
    THIAMIN_MG = "thiamin_mg"
    VITAMIN_B12_UG = "vitamin_b12_ug"
    VITAMIN_K_UG = "vitamin_k_ug"
    VITAMIN_E_MG = "vitamin_e_mg"
    IRON_MG = "iron_mg"
    ZINC_MG = "zinc_mg"
    PHOSPHORUS_MG = "phosphorus_mg"
    PROTEIN_G = "protein_g"
    CARBOHYDRATE_G = "carbohydrate_g"
    FAT_G = "fat_g"
    FIBER_G = "fiber_g"
    SUGARS_G = "sugars_g"
    ALCOHOL_G = "alcohol_g"
    CAFFEINE_MG = "caffeine_mg"
    VITAMIN_C_MG = "vitamin_c_mg"
    FOLATE_UG = "folate_ug"
    RIBOFLAVIN_MG = "riboflavin_mg"
    NIACIN_MG = "niacin_mg"
    VITAMIN_B6_MG = "vitamin_b6_mg"
    COPPER_MG = "copper_mg"
    SELENIUM_UG = "selenium_ug"
    MANGANESE_MG = "manganese_mg"


@dataclass(frozen=True, slots=True)
class NutrientInfo:
    """How a nutrient is named and measured; ``usda_number`` is the SR nutrient number."""

    key: Nutrient
    label: str
    unit: str
    usda_number: str


NUTRIENT_INFO: dict[Nutrient, NutrientInfo] = {
    info.key: info
    for info in (
        NutrientInfo(Nutrient.ENERGY_KCAL, "Energy", "kcal", "208"),
        NutrientInfo(Nutrient.WATER_G, "Water", "g", "255"),
        NutrientInfo(Nutrient.MAGNESIUM_MG, "Magnesium", "mg", "304"),
        NutrientInfo(Nutrient.POTASSIUM_MG, "Potassium", "mg", "306"),
        NutrientInfo(Nutrient.CALCIUM_MG, "Calcium", "mg", "301"),
        NutrientInfo(Nutrient.SODIUM_MG, "Sodium", "mg", "307"),
        NutrientInfo(Nutrient.VITAMIN_D_UG, "Vitamin D", "µg", "324"),
        NutrientInfo(Nutrient.THIAMIN_MG, "Thiamin (B1)", "mg", "404"),
        NutrientInfo(Nutrient.VITAMIN_B12_UG, "Vitamin B12", "µg", "418"),
        NutrientInfo(Nutrient.VITAMIN_K_UG, "Vitamin K", "µg", "430"),
        NutrientInfo(Nutrient.VITAMIN_E_MG, "Vitamin E", "mg", "323"),
        NutrientInfo(Nutrient.IRON_MG, "Iron", "mg", "303"),
        NutrientInfo(Nutrient.ZINC_MG, "Zinc", "mg", "309"),
        NutrientInfo(Nutrient.PHOSPHORUS_MG, "Phosphorus", "mg", "305"),
        NutrientInfo(Nutrient.PROTEIN_G, "Protein", "g", "203"),
        NutrientInfo(Nutrient.CARBOHYDRATE_G, "Carbohydrate", "g", "205"),
        NutrientInfo(Nutrient.FAT_G, "Fat", "g", "204"),
        NutrientInfo(Nutrient.FIBER_G, "Fibre", "g", "291"),
        NutrientInfo(Nutrient.SUGARS_G, "Sugars", "g", "269"),
        NutrientInfo(Nutrient.ALCOHOL_G, "Alcohol", "g", "221"),
        NutrientInfo(Nutrient.CAFFEINE_MG, "Caffeine", "mg", "262"),
        NutrientInfo(Nutrient.VITAMIN_C_MG, "Vitamin C", "mg", "401"),
        NutrientInfo(Nutrient.FOLATE_UG, "Folate", "µg", "417"),
        NutrientInfo(Nutrient.RIBOFLAVIN_MG, "Riboflavin (B2)", "mg", "405"),
        NutrientInfo(Nutrient.NIACIN_MG, "Niacin (B3)", "mg", "406"),
        NutrientInfo(Nutrient.VITAMIN_B6_MG, "Vitamin B6", "mg", "415"),
        NutrientInfo(Nutrient.COPPER_MG, "Copper", "mg", "312"),
        NutrientInfo(Nutrient.SELENIUM_UG, "Selenium", "µg", "317"),
        NutrientInfo(Nutrient.MANGANESE_MG, "Manganese", "mg", "315"),
    )
}
"""Label, unit and USDA SR nutrient number of each tracked nutrient."""

CRAMP_NUTRIENTS: tuple[Nutrient, ...] = (
    Nutrient.MAGNESIUM_MG,
    Nutrient.POTASSIUM_MG,
    Nutrient.CALCIUM_MG,
    Nutrient.VITAMIN_D_UG,
    Nutrient.THIAMIN_MG,
    Nutrient.VITAMIN_B12_UG,
    Nutrient.SODIUM_MG,
    Nutrient.WATER_G,
)
"""The nutrients the product is about, in the order people see them."""

IU_PER_UG_VITAMIN_D = 40.0
"""1 µg of vitamin D (cholecalciferol) = 40 IU (evidence.md §1.4, R12)."""


def parse_nutrient(name: str) -> Nutrient:
    """Return the nutrient a person means by ``name`` ("magnesium", "vitamin d", "b12", "mg").

    Raises:
        KeyError: when nothing matches.
    """
    wanted = name.strip().lower().replace("-", " ").replace("_", " ")
    for nutrient in Nutrient:
        if wanted in {nutrient.value.replace("_", " "), *_ALIASES.get(nutrient, ())}:
            return nutrient
        if wanted == NUTRIENT_INFO[nutrient].label.lower():
            return nutrient
    raise KeyError(name)


_ALIASES: dict[Nutrient, tuple[str, ...]] = {
    Nutrient.ENERGY_KCAL: ("energy", "calories", "kcal"),
    Nutrient.WATER_G: ("water", "fluid"),
    Nutrient.MAGNESIUM_MG: ("magnesium", "mg mineral"),
    Nutrient.POTASSIUM_MG: ("potassium", "k"),
    Nutrient.CALCIUM_MG: ("calcium", "ca"),
    Nutrient.SODIUM_MG: ("sodium", "na", "salt"),
    Nutrient.VITAMIN_D_UG: ("vitamin d", "vit d", "d", "cholecalciferol"),
    Nutrient.THIAMIN_MG: ("thiamin", "thiamine", "b1", "vitamin b1"),
    Nutrient.VITAMIN_B12_UG: ("vitamin b12", "b12", "cobalamin", "vit b12"),
    Nutrient.VITAMIN_K_UG: ("vitamin k", "vit k"),
    Nutrient.VITAMIN_E_MG: ("vitamin e", "vit e"),
    Nutrient.IRON_MG: ("iron", "fe"),
    Nutrient.ZINC_MG: ("zinc", "zn"),
    Nutrient.PHOSPHORUS_MG: ("phosphorus", "phosphate"),
    Nutrient.PROTEIN_G: ("protein",),
    Nutrient.CARBOHYDRATE_G: ("carbohydrate", "carbohydrates", "carbs"),
    Nutrient.FAT_G: ("fat",),
    Nutrient.FIBER_G: ("fiber", "fibre"),
    Nutrient.SUGARS_G: ("sugar", "sugars"),
    Nutrient.ALCOHOL_G: ("alcohol",),
    Nutrient.CAFFEINE_MG: ("caffeine",),
    Nutrient.VITAMIN_C_MG: ("vitamin c", "vit c"),
    Nutrient.FOLATE_UG: ("folate", "folic acid", "b9"),
    Nutrient.RIBOFLAVIN_MG: ("riboflavin", "b2"),
    Nutrient.NIACIN_MG: ("niacin", "b3"),
    Nutrient.VITAMIN_B6_MG: ("vitamin b6", "b6"),
    Nutrient.COPPER_MG: ("copper",),
    Nutrient.SELENIUM_UG: ("selenium",),
    Nutrient.MANGANESE_MG: ("manganese",),
}
