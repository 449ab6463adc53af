"""Build the bundled food database from USDA SR24 as shipped in Debian's ``cronometer`` package.

Usage:
    python tools/build_food_db.py [--deb-dir DIR] [--output crampcheck/data/foods]

Without ``--deb-dir`` the script looks for an unpacked package under /usr/share, then runs
``apt-get download cronometer`` into a temporary folder and unpacks it with ``dpkg -x``. Only the
build needs the package; the program reads the SQLite file this script writes.

Output: ``foods.sqlite`` (foods, nutrients per 100 g, household measures, FTS5 index) and
``MANIFEST.json`` (source, release, licence, row counts, sha256, builder version). A missing
value stays missing: no row, never 0.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sqlite3
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
import zipfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from crampcheck.core.foodnames import (  # noqa: E402
    category_length,
    has_brand,
    head_of,
    is_brand_word,
    singular,
    words,
)
from crampcheck.core.nutrients import IU_PER_UG_VITAMIN_D, Nutrient  # noqa: E402

BUILDER_VERSION = "1.0"
FOOD_JAR = "usr/share/cronometer/usda_sr24.jar"
APP_JAR = "usr/share/java/cronometer.jar"
DEFAULT_OUTPUT = ROOT / "crampcheck" / "data" / "foods"

FOOD_GROUPS = {
    "01": "Dairy and Egg Products",
    "02": "Spices and Herbs",
    "03": "Baby Foods",
    "04": "Fats and Oils",
    "05": "Poultry Products",
    "06": "Soups, Sauces, and Gravies",
    "07": "Sausages and Luncheon Meats",
    "08": "Breakfast Cereals",
    "09": "Fruits and Fruit Juices",
    "10": "Pork Products",
    "11": "Vegetables and Vegetable Products",
    "12": "Nut and Seed Products",
    "13": "Beef Products",
    "14": "Beverages",
    "15": "Finfish and Shellfish Products",
    "16": "Legumes and Legume Products",
    "17": "Lamb, Veal, and Game Products",
    "18": "Baked Products",
    "19": "Sweets",
    "20": "Cereal Grains and Pasta",
    "21": "Fast Foods",
    "22": "Meals, Entrees, and Side Dishes",
    "25": "Snacks",
    "35": "American Indian/Alaska Native Foods",
    "36": "Restaurant Foods",
    "00": "Other (group not recorded)",
}
"""USDA SR food group codes; SR NDB numbers start with their group's two digits."""

TRACKED = {
    "Energy": Nutrient.ENERGY_KCAL,
    "Water": Nutrient.WATER_G,
    "Magnesium": Nutrient.MAGNESIUM_MG,
    "Potassium": Nutrient.POTASSIUM_MG,
    "Calcium": Nutrient.CALCIUM_MG,
    "Sodium": Nutrient.SODIUM_MG,
    "Vitamin D": Nutrient.VITAMIN_D_UG,
    "B1 (Thiamine)": Nutrient.THIAMIN_MG,
    "B12 (Cyanocobalamin)": Nutrient.VITAMIN_B12_UG,
    "Vitamin K": Nutrient.VITAMIN_K_UG,
    "Vitamin E": Nutrient.VITAMIN_E_MG,
    "Iron": Nutrient.IRON_MG,
    "Zinc": Nutrient.ZINC_MG,
    "Phosphorus": Nutrient.PHOSPHORUS_MG,
    "Protein": Nutrient.PROTEIN_G,
    "Carbs": Nutrient.CARBOHYDRATE_G,
    "Fat": Nutrient.FAT_G,
    "Fiber": Nutrient.FIBER_G,
    "Sugars": Nutrient.SUGARS_G,
    "Alcohol": Nutrient.ALCOHOL_G,
    "Caffeine": Nutrient.CAFFEINE_MG,
    "Vitamin C": Nutrient.VITAMIN_C_MG,
    "Folate": Nutrient.FOLATE_UG,
    "B2 (Riboflavin)": Nutrient.RIBOFLAVIN_MG,
    "B3 (Niacin)": Nutrient.NIACIN_MG,
    "B6 (Pyridoxine)": Nutrient.VITAMIN_B6_MG,
    "Copper": Nutrient.COPPER_MG,
    "Selenium": Nutrient.SELENIUM_UG,
    "Manganese": Nutrient.MANGANESE_MG,
}
"""Cronometer nutrient names of the nutrients crampcheck tracks, and their contract keys."""

PREFIX_GROUPS = {"23": "13", "27": "06"}
"""NDB series outside the group codes whose group is known: 23xxx beef cuts, 27xxx soups."""

NAME_GROUPS = (
    ("babyfood", "03"),
    ("infant formula", "03"),
    ("cereals ready-to-eat", "08"),
    ("cereals", "08"),
    ("beef", "13"),
    ("pork", "10"),
    ("turkey", "05"),
    ("chicken", "05"),
    ("soup", "06"),
    ("sauce", "06"),
    ("salad dressing", "04"),
    ("oil", "04"),
    ("fish", "15"),
    ("mollusks", "15"),
    ("crustaceans", "15"),
    ("alcoholic beverage", "14"),
    ("beverage", "14"),
    ("sweeteners", "19"),
    ("candies", "19"),
    ("snacks", "25"),
    ("cheese", "01"),
    ("milk", "01"),
    ("frog legs", "17"),
    ("turtle", "17"),
)
"""First-word rules that give a group to foods whose NDB number does not carry one."""

OTHER_GROUP = "00"


def food_group(food_id: str, name: str) -> tuple[str, str]:
    """Return (group code, how it was found) for a food."""
    prefix = food_id[:2]
    if prefix in FOOD_GROUPS:
        return prefix, "ndb"
    if prefix in PREFIX_GROUPS:
        return PREFIX_GROUPS[prefix], "ndb-series"
    lowered = name.lower()
    if any(is_brand_word(token) for token in name.split(",")[0].split()) and " juice" in lowered:
        return "14", "name"
    for start, code in NAME_GROUPS:
        if lowered.startswith(start):
            return code, "name"
    return OTHER_GROUP, "none"


AMINO_ACIDS = {
    "ALA": "alanine",
    "ARG": "arginine",
    "ASP": "aspartic_acid",
    "CYS": "cystine",
    "GLU": "glutamic_acid",
    "GLY": "glycine",
    "HIS": "histidine",
    "HYP": "hydroxyproline",
    "ILE": "isoleucine",
    "LEU": "leucine",
    "LYS": "lysine",
    "MET": "methionine",
    "PHE": "phenylalanine",
    "PRO": "proline",
    "SER": "serine",
    "THR": "threonine",
    "TRP": "tryptophan",
    "TYR": "tyrosine",
    "VAL": "valine",
}


@dataclass(frozen=True)
class NutrientDef:
    key: str
    name: str
    unit: str
    usda_number: str
    source_unit: str
    factor: float


@dataclass(frozen=True)
class RawFood:
    food_id: str
    name: str
    measures: list[tuple[float, str, float]]
    nutrients: dict[str, float]


def _unit_key(unit: str) -> str:
    return {"µg": "ug", "IU": "iu"}.get(unit, unit)


def nutrient_defs(nutrients_xml: bytes) -> dict[str, NutrientDef]:
    """Read names, units and USDA numbers from cronometer's nutrients.xml."""
    defs: dict[str, NutrientDef] = {}
    for node in ET.fromstring(nutrients_xml).iter("nutrient"):
        name, unit = node.attrib["name"], node.attrib["unit"]
        usda = node.attrib.get("usda", "")
        if name in TRACKED:
            key, factor = TRACKED[name].value, 1.0
            if name == "Vitamin D":
                unit, factor = "µg", 1.0 / IU_PER_UG_VITAMIN_D
        else:
            base = AMINO_ACIDS.get(name) or re.sub(r"[^a-z0-9]+", "_", name.lower()).strip("_")
            key, factor = f"{base}_{_unit_key(unit)}", 1.0
        defs[name] = NutrientDef(key, name, unit, usda, node.attrib["unit"], factor)
    return defs


def read_foods(jar: Path) -> tuple[list[RawFood], set[str], dict[str, str]]:
    """Parse every food XML in the SR24 jar; return foods, deprecated ids and the index files."""
    foods: list[RawFood] = []
    with zipfile.ZipFile(jar) as archive:
        current = _index_ids(archive.read("usda_sr24/foods.index"))
        deprecated = _index_ids(archive.read("usda_sr24/deprecated.index")) - current
        for entry in sorted(archive.namelist()):
            if entry.startswith("usda_sr24/") and entry.endswith(".xml"):
                foods.append(_parse_food(archive.read(entry)))
    return foods, deprecated, {}


def _index_ids(data: bytes) -> set[str]:
    return {line.split("|", 1)[0] for line in data.decode("utf-8").splitlines() if "|" in line}


def _parse_food(data: bytes) -> RawFood:
    root = ET.fromstring(data)
    measures = [
        (float(m.attrib["amount"]), m.attrib["name"], float(m.attrib["grams"]))
        for m in root.iter("measure")
    ]
    nutrients = {n.attrib["name"]: float(n.attrib["amount"]) for n in root.iter("nutrient")}
    return RawFood(root.attrib["uid"], root.attrib["name"], measures, nutrients)


SCHEMA = """
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE food_groups(code TEXT PRIMARY KEY, name TEXT NOT NULL);
CREATE TABLE nutrients(id INTEGER PRIMARY KEY, key TEXT UNIQUE NOT NULL, name TEXT NOT NULL,
  unit TEXT NOT NULL, usda_number TEXT NOT NULL, source_unit TEXT NOT NULL, factor REAL NOT NULL);
CREATE TABLE foods(id INTEGER PRIMARY KEY, food_id TEXT UNIQUE NOT NULL, name TEXT NOT NULL,
  group_code TEXT NOT NULL REFERENCES food_groups(code), group_source TEXT NOT NULL,
  deprecated INTEGER NOT NULL, n_measures INTEGER NOT NULL,
  n_nutrients INTEGER NOT NULL, name_words TEXT NOT NULL, head_length INTEGER NOT NULL,
  branded INTEGER NOT NULL, category_length INTEGER NOT NULL);
CREATE TABLE food_nutrients(food INTEGER NOT NULL REFERENCES foods(id),
  nutrient INTEGER NOT NULL REFERENCES nutrients(id), amount REAL NOT NULL,
  PRIMARY KEY(food, nutrient)) WITHOUT ROWID;
CREATE TABLE measures(food INTEGER NOT NULL REFERENCES foods(id), seq INTEGER NOT NULL,
  amount REAL NOT NULL, name TEXT NOT NULL, grams REAL NOT NULL,
  PRIMARY KEY(food, seq)) WITHOUT ROWID;
CREATE TABLE vocabulary(word TEXT PRIMARY KEY, n INTEGER NOT NULL) WITHOUT ROWID;
CREATE VIRTUAL TABLE food_fts USING fts5(name, head, tokenize='porter unicode61');
"""


def write_database(
    path: Path,
    foods: list[RawFood],
    deprecated: set[str],
    defs: dict[str, NutrientDef],
    meta: dict[str, str],
) -> dict[str, int]:
    """Write the SQLite database; return row counts."""
    path.unlink(missing_ok=True)
    db = sqlite3.connect(path)
    db.executescript(SCHEMA)
    ordered = sorted(defs.values(), key=lambda d: d.key)
    ids = {d.name: i for i, d in enumerate(ordered, start=1)}
    db.executemany(
        "INSERT INTO nutrients VALUES (?,?,?,?,?,?,?)",
        [
            (ids[d.name], d.key, d.name, d.unit, d.usda_number, d.source_unit, d.factor)
            for d in ordered
        ],
    )
    db.executemany("INSERT INTO food_groups VALUES (?,?)", sorted(FOOD_GROUPS.items()))
    vocabulary: Counter[str] = Counter()
    counts = Counter[str]()
    for food in sorted(foods, key=lambda f: f.food_id):
        row_id = int(food.food_id)
        known = {name: amount for name, amount in food.nutrients.items() if name in ids}
        group, group_source = food_group(food.food_id, food.name)
        counts[f"groups_from_{group_source}"] += 1
        name_words = [singular(w) for w in words(food.name)]
        head_length = len(words(head_of(food.name)))
        db.execute(
            "INSERT INTO foods VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                row_id,
                food.food_id,
                food.name,
                group,
                group_source,
                int(food.food_id in deprecated),
                len(food.measures),
                len(known),
                " ".join(name_words),
                head_length,
                int(has_brand(food.name)),
                category_length(food.name),
            ),
        )
        db.executemany(
            "INSERT INTO food_nutrients VALUES (?,?,?)",
            [
                (row_id, ids[name], round(amount * defs[name].factor, 6))
                for name, amount in sorted(known.items())
            ],
        )
        db.executemany(
            "INSERT INTO measures VALUES (?,?,?,?,?)",
            [
                (row_id, seq, amount, name, grams)
                for seq, (amount, name, grams) in enumerate(food.measures)
            ],
        )
        db.execute(
            "INSERT INTO food_fts(rowid, name, head) VALUES (?,?,?)",
            (row_id, food.name, head_of(food.name)),
        )
        vocabulary.update(words(food.name))
        counts["foods"] += 1
        counts["deprecated_foods"] += food.food_id in deprecated
        counts["nutrient_values"] += len(known)
        counts["measures"] += len(food.measures)
        counts["foods_without_measures"] += not food.measures
    db.executemany("INSERT INTO vocabulary VALUES (?,?)", sorted(vocabulary.items()))
    counts["nutrients"] = len(ordered)
    counts["vocabulary_words"] = len(vocabulary)
    db.executemany("INSERT INTO meta VALUES (?,?)", sorted(meta.items()))
    db.execute("INSERT INTO food_fts(food_fts) VALUES('optimize')")
    db.commit()
    db.execute("VACUUM")
    db.close()
    return dict(counts)


def content_digest(path: Path) -> str:
    """A digest of the database's rows, independent of SQLite's file-format details."""
    digest = hashlib.sha256()
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    for table in ("foods", "nutrients", "food_nutrients", "measures", "food_groups"):
        for row in db.execute(f"SELECT * FROM {table} ORDER BY 1, 2"):
            digest.update(repr(row).encode())
    db.close()
    return digest.hexdigest()


def sha256_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def find_package(deb_dir: Path | None, workdir: Path) -> Path:
    """Return a folder holding the unpacked cronometer package (usr/share/...)."""
    for candidate in (deb_dir, Path("/")):
        if candidate and (candidate / FOOD_JAR).is_file() and (candidate / APP_JAR).is_file():
            return candidate
    print("downloading Debian package cronometer (build time only) ...")
    subprocess.run(["apt-get", "download", "cronometer"], cwd=workdir, check=True)
    deb = next(workdir.glob("cronometer_*.deb"))
    subprocess.run(["dpkg", "-x", str(deb), str(workdir / "x")], check=True)
    return workdir / "x"


def _package_version(deb_dir: Path) -> str:
    found = sorted(deb_dir.parent.glob("cronometer_*.deb")) + sorted(deb_dir.glob("*.deb"))
    return (
        found[0].name.removeprefix("cronometer_").removesuffix("_all.deb") if found else "unknown"
    )


def build(deb_dir: Path, output: Path) -> dict[str, object]:
    food_jar, app_jar = deb_dir / FOOD_JAR, deb_dir / APP_JAR
    with zipfile.ZipFile(app_jar) as archive:
        defs = nutrient_defs(archive.read("nutrients.xml"))
    foods, deprecated, _ = read_foods(food_jar)
    output.mkdir(parents=True, exist_ok=True)
    db_path = output / "foods.sqlite"
    source = {
        "name": "USDA National Nutrient Database for Standard Reference, Release 24 (SR24)",
        "publisher": "U.S. Department of Agriculture, Agricultural Research Service",
        "release": "SR24 (2011)",
        "package": f"Debian cronometer {_package_version(deb_dir)}",
        "files": {
            "usda_sr24.jar": sha256_of(food_jar),
            "cronometer.jar (nutrients.xml: units and USDA numbers)": sha256_of(app_jar),
        },
    }
    meta: dict[str, str] = {
        "source": str(source["name"]),
        "release": "SR24",
        "builder_version": BUILDER_VERSION,
        "licence": "Public domain (U.S. Government work)",
    }
    counts = write_database(db_path, foods, deprecated, defs, meta)
    manifest: dict[str, object] = {
        "generated_by": f"tools/build_food_db.py v{BUILDER_VERSION} - do not edit",
        "source": source,
        "licence": "USDA SR data: public domain (U.S. Government work; Debian copyright file "
        "of package cronometer). Units come from cronometer's nutrients.xml (CPL-1.0); "
        "its outdated DRI tables are not used.",
        "units": "per 100 g edible portion; vitamin D converted from IU to µg (÷ 40)",
        "missing_values": "a nutrient USDA gives no value for has no row (never 0)",
        "food_groups": "from the first two digits of the NDB number (SR convention); for NDB "
        "series outside the group codes, from the series or the name's first "
        "word (foods.group_source says which), else 00 'Other'",
        "counts": counts,
        "files": {
            "foods.sqlite": {
                "sha256": sha256_of(db_path),
                "content_sha256": content_digest(db_path),
                "bytes": db_path.stat().st_size,
            }
        },
    }
    (output / "MANIFEST.json").write_text(
        json.dumps(manifest, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    return manifest


def main() -> None:
    parser = argparse.ArgumentParser(description="Build crampcheck's bundled USDA food database.")
    parser.add_argument("--deb-dir", type=Path, help="folder with the unpacked cronometer .deb")
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        deb_dir = find_package(args.deb_dir, Path(tmp))
        manifest = build(deb_dir, args.output)
    print(json.dumps(manifest["counts"], indent=2))


if __name__ == "__main__":
    main()
