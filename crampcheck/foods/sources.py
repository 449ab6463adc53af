"""The two bundled food sources and what the adapter needs to know about each.

Everything dataset-specific lives here: file names, id formats, how a source's own categories map
to the small food kind the core knows. The core sees opaque ids, a kind and a source name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

SR24 = "sr24"
FNDDS = "fndds-2021-2023"

SR_GROUP_KINDS = {
    "01": "dairy",
    "02": "spice",
    "03": "infant",
    "04": "fat",
    "05": "meat",
    "06": "soup",
    "07": "cured_meat",
    "08": "cereal",
    "09": "fruit",
    "10": "meat",
    "11": "vegetable",
    "12": "nut",
    "13": "meat",
    "14": "drink",
    "15": "fish",
    "16": "legume",
    "17": "meat",
    "18": "baked",
    "19": "sweet",
    "20": "grain",
    "21": "fast_food",
    "22": "meal",
    "25": "snack",
    "35": "traditional",
    "36": "restaurant",
    "00": "other",
}
"""SR24 food groups → food kind (SR NDB numbers carry the group; see tools/build_food_db.py)."""


def _case(column: str, mapping: dict[str, str]) -> str:
    whens = " ".join(f"WHEN '{code}' THEN '{kind}'" for code, kind in sorted(mapping.items()))
    return f"(CASE {column} {whens} ELSE 'other' END)"


@dataclass(frozen=True, slots=True)
class SourceLayout:
    """How one bundled SQLite file is read."""

    source: str
    file: str
    label: str
    id_pattern: re.Pattern[str]
    kind_sql: str
    fts_weights: str
    extra_columns: str
    default_sql: str
    as_eaten: bool


SR24_LAYOUT = SourceLayout(
    source=SR24,
    file="foods.sqlite",
    label="USDA SR24",
    id_pattern=re.compile(r"^\d{5}$"),
    kind_sql=_case("f.group_code", SR_GROUP_KINDS),
    fts_weights="1.0, 4.0",
    extra_columns="'', '', f.deprecated",
    default_sql="NULL",
    as_eaten=False,
)

FNDDS_LAYOUT = SourceLayout(
    source=FNDDS,
    file="fndds.sqlite",
    label="USDA FNDDS 2021-2023",
    id_pattern=re.compile(r"^\d{8}$"),
    kind_sql="f.kind",
    fts_weights="1.0, 4.0, 0.6",
    extra_columns="f.phrases, f.brand_words, 0",
    default_sql="f.default_grams",
    as_eaten=True,
)

LAYOUTS = (SR24_LAYOUT, FNDDS_LAYOUT)

DEFAULT_PORTION_MEASURE = "Quantity not specified"
"""FNDDS's name for the survey's default portion; the adapter turns it into ``default_grams``."""
