"""Build the bundled FNDDS 2021-2023 food database from USDA's "At A Glance" workbooks.

Usage:
    python tools/build_fndds.py [--source DIR] [--output crampcheck/data/foods]

``--source`` defaults to ``../shared/data/fndds-2021-2023`` next to the repository (or one level
up, for a git worktree). Only this
build reads ``.xlsx`` (with openpyxl, a build-time dependency in the ``build`` extra); the program
reads the SQLite file it writes.

Output: ``fndds.sqlite`` (foods as eaten with their additional descriptions, a small food kind
instead of WWEIA category codes, nutrients per 100 g, household portions including the survey's
"Quantity not specified" default, an FTS5 index) and ``MANIFEST-fndds.json`` (source, licence,
row counts, sha256 and a content digest).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sqlite3
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from crampcheck.core.foodnames import category_length, head_of, singular, words  # noqa: E402
from crampcheck.core.nutrients import Nutrient  # noqa: E402

BUILDER_VERSION = "1.0"
SOURCE_CANDIDATES = (
    ROOT.parent / "shared" / "data" / "fndds-2021-2023",
    ROOT.parent.parent / "shared" / "data" / "fndds-2021-2023",
)
"""Where the workbooks are looked for: ``../shared`` next to the repository (a git worktree sits
one level deeper)."""
DEFAULT_OUTPUT = ROOT / "crampcheck" / "data" / "foods"
DB_NAME = "fndds.sqlite"
MANIFEST_NAME = "MANIFEST-fndds.json"
PREFIX = "2021-2023 FNDDS At A Glance - "
WORKBOOKS = {
    "foods": "Foods and Beverages.xlsx",
    "nutrients": "FNDDS Nutrient Values.xlsx",
    "portions": "Portions and Weights.xlsx",
    "ingredients": "FNDDS Ingredients.xlsx",
}

COLUMNS = {
    "Energy (kcal)": Nutrient.ENERGY_KCAL,
    "Water (g)": Nutrient.WATER_G,
    "Magnesium (mg)": Nutrient.MAGNESIUM_MG,
    "Potassium (mg)": Nutrient.POTASSIUM_MG,
    "Calcium (mg)": Nutrient.CALCIUM_MG,
    "Sodium (mg)": Nutrient.SODIUM_MG,
    "Vitamin D (D2 + D3) (mcg)": Nutrient.VITAMIN_D_UG,
    "Thiamin (mg)": Nutrient.THIAMIN_MG,
    "Vitamin B-12 (mcg)": Nutrient.VITAMIN_B12_UG,
    "Vitamin K (phylloquinone) (mcg)": Nutrient.VITAMIN_K_UG,
    "Vitamin E (alpha-tocopherol) (mg)": Nutrient.VITAMIN_E_MG,
    "Iron (mg)": Nutrient.IRON_MG,
    "Zinc (mg)": Nutrient.ZINC_MG,
    "Phosphorus (mg)": Nutrient.PHOSPHORUS_MG,
    "Protein (g)": Nutrient.PROTEIN_G,
    "Carbohydrate (g)": Nutrient.CARBOHYDRATE_G,
    "Total Fat (g)": Nutrient.FAT_G,
    "Fiber, total dietary (g)": Nutrient.FIBER_G,
    "Sugars, total (g)": Nutrient.SUGARS_G,
    "Alcohol (g)": Nutrient.ALCOHOL_G,
    "Caffeine (mg)": Nutrient.CAFFEINE_MG,
    "Vitamin C (mg)": Nutrient.VITAMIN_C_MG,
    "Folate, total (mcg)": Nutrient.FOLATE_UG,
    "Riboflavin (mg)": Nutrient.RIBOFLAVIN_MG,
    "Niacin (mg)": Nutrient.NIACIN_MG,
    "Vitamin B-6 (mg)": Nutrient.VITAMIN_B6_MG,
    "Copper (mg)": Nutrient.COPPER_MG,
    "Selenium (mcg)": Nutrient.SELENIUM_UG,
    "Cholesterol (mg)": "cholesterol_mg",
    "Fatty acids, total saturated (g)": "saturated_g",
    "Fatty acids, total monounsaturated (g)": "monounsaturated_g",
    "Fatty acids, total polyunsaturated (g)": "polyunsaturated_g",
    "Choline, total (mg)": "choline_mg",
    "Retinol (mcg)": "retinol_ug",
    "Carotene, beta (mcg)": "beta_carotene_ug",
    "Carotene, alpha (mcg)": "alpha_carotene_ug",
    "Cryptoxanthin, beta (mcg)": "beta_cryptoxanthin_ug",
    "Lycopene (mcg)": "lycopene_ug",
    "Lutein + zeaxanthin (mcg)": "lutein_zeaxanthin_ug",
}
"""FNDDS nutrient columns (header whitespace collapsed) and the keys SR24 uses for them."""

KIND_RANGES = (
    (1000, 1399, "dairy"),
    (1400, 1499, "drink"),
    (1600, 1899, "dairy"),
    (1900, 1903, "drink"),
    (1904, 1999, "dairy"),
    (2000, 2399, "meat"),
    (2400, 2499, "fish"),
    (2500, 2599, "egg"),
    (2600, 2699, "cured_meat"),
    (2800, 2803, "legume"),
    (2804, 2805, "nut"),
    (2806, 2899, "legume"),
    (3000, 3799, "dish"),
    (3800, 3899, "soup"),
    (4000, 4099, "grain"),
    (4200, 4499, "baked"),
    (4600, 4699, "cereal"),
    (4800, 4899, "grain"),
    (5000, 5199, "snack"),
    (5200, 5299, "baked"),
    (5400, 5499, "snack"),
    (5500, 5599, "baked"),
    (5700, 5899, "sweet"),
    (6000, 6399, "fruit"),
    (6400, 6899, "vegetable"),
    (7000, 7899, "drink"),
    (8000, 8005, "fat"),
    (8006, 8009, "dairy"),
    (8010, 8099, "fat"),
    (8400, 8499, "condiment"),
    (8800, 8899, "sweet"),
    (9000, 9799, "infant"),
    (9800, 9899, "supplement"),
)
"""WWEIA category numbers → the small food kind the core knows (the core never sees WWEIA)."""

QUANTITY_NOT_SPECIFIED = "Quantity not specified"
_PORTION = re.compile(r"^(?P<amount>\d+(?:/\d+)?(?:\.\d+)?)\s+(?P<name>.+)$")
_BRAND = re.compile(r"\(([A-Z][^)]*)\)")
NOT_BRANDS = frozenset({"NFS", "NS"})


@dataclass(frozen=True)
class SourceFood:
    code: str
    name: str
    additional: str
    category: int
    category_name: str


EXTRA_CATEGORY_SEGMENTS = ("Soft drink, ", "Fruit juice drink, ")
"""FNDDS first segments that name a category: their words are left out of the head."""


def name_shape(name: str) -> tuple[int, int]:
    """(head length, category length) in words, as the ranker reads a name."""
    for segment in EXTRA_CATEGORY_SEGMENTS:
        if name.startswith(segment) and name.count(",") >= 1:
            category = len(words(segment))
            rest = name[len(segment) :].split(",")[0]
            return category + len(words(rest)), category
    return len(words(head_of(name))), category_length(name)


_NOT_SPECIFIED = re.compile(r",?\s*\bNS as to [^,]*", re.IGNORECASE)


def ranking_words(name: str) -> list[str]:
    """The name's singular words for ranking; "NS as to type of crust" reads as "NFS"."""
    plain, changed = _NOT_SPECIFIED.subn("", name)
    found = [singular(w) for w in words(plain)]
    return [*found, "nfs"] if changed and "nfs" not in found else found


def kind_of(category: int) -> str:
    """The food kind of a WWEIA category ("other" when it has none)."""
    for low, high, kind in KIND_RANGES:
        if low <= category <= high:
            return kind
    return "other"


def brand_words(name: str) -> list[str]:
    """Brand names FNDDS writes in brackets: "Big Mac (McDonalds)" → ["mcdonald"]; words the
    rest of the name already has are not the brand ("Graham crackers (Teddy Grahams)" → teddy)."""
    found = [m for m in _BRAND.findall(name) if m not in NOT_BRANDS]
    generic = {singular(w) for w in words(_BRAND.sub("", name))}
    return [singular(w) for text in found for w in words(text) if singular(w) not in generic]


def phrases(additional: str) -> list[str]:
    """The additional description's phrases (split at semicolons and commas), as singular
    name words."""
    out = []
    for phrase in re.split(r"[;,]", additional):
        tokens = [singular(w) for w in words(phrase)]
        if tokens and tokens[0] not in QUALIFIER_STARTS and not QUALIFIER_WORDS & set(tokens):
            out.append(" ".join(tokens))
    return out


QUALIFIER_STARTS = frozenset(
    {"ns", "nfs", "no", "not", "with", "without", "any", "all", "made", "include",
     "includes", "including", "from", "for", "in", "on", "or", "and", "may", "exclude",
     "excludes", "excluding", "other", "as", "type", "cooking", "fat", "low", "reduced",
     "regular", "plain", "original", "lightly", "light", "diet", "sugar", "one", "1", "2"}
)  # fmt: skip
"""First words of additional descriptions that qualify the food rather than name it."""

QUALIFIER_WORDS = frozenset(
    {"ns", "nfs", "salt", "salted", "unsalted", "sodium", "sugar", "sweetened",
     "unsweetened", "added", "fat", "flavor", "flavored"}
)  # fmt: skip
"""Words that mark a phrase as a qualifier ("sea salt", "no sugar added"), not another name."""


def parse_portion(description: str) -> tuple[float, str] | None:
    """ "1 cup, diced" → (1.0, "cup, diced"); the default portion keeps its name."""
    text = " ".join(description.split())
    if text == QUANTITY_NOT_SPECIFIED:
        return 1.0, text
    match = _PORTION.match(text)
    if match is None:
        return None
    amount_text = match["amount"]
    if "/" in amount_text:
        top, bottom = amount_text.split("/")
        amount = float(top) / float(bottom)
    else:
        amount = float(amount_text)
    return amount, match["name"]


def find_source() -> Path | None:
    """The folder holding the four workbooks, or ``None`` when it is not on this machine."""
    for folder in SOURCE_CANDIDATES:
        if all((folder / f"{PREFIX}{name}").is_file() for name in WORKBOOKS.values()):
            return folder
    return None


def _rows(path: Path) -> Iterator[tuple[Any, ...]]:
    import openpyxl  # build-time only

    book = openpyxl.load_workbook(path, read_only=True)
    sheet = book.worksheets[0]
    header = [
        " ".join(str(c).split())
        for c in next(sheet.iter_rows(min_row=2, max_row=2, values_only=True))
    ]
    yield tuple(header)
    for row in sheet.iter_rows(min_row=3, values_only=True):
        if row and row[0] is not None:
            yield row
    book.close()


def read_source(folder: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every workbook's header (first row) and data rows."""
    return {key: list(_rows(folder / f"{PREFIX}{name}")) for key, name in WORKBOOKS.items()}


SCHEMA = """
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE categories(code INTEGER PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL);
CREATE TABLE nutrients(id INTEGER PRIMARY KEY, key TEXT UNIQUE NOT NULL, name TEXT NOT NULL,
  unit TEXT NOT NULL);
CREATE TABLE foods(id INTEGER PRIMARY KEY, food_id TEXT UNIQUE NOT NULL, name TEXT NOT NULL,
  additional TEXT NOT NULL, category INTEGER NOT NULL REFERENCES categories(code),
  kind TEXT NOT NULL, n_measures INTEGER NOT NULL, n_nutrients INTEGER NOT NULL,
  name_words TEXT NOT NULL, head_length INTEGER NOT NULL, category_length INTEGER NOT NULL,
  branded INTEGER NOT NULL, brand_words TEXT NOT NULL, phrases TEXT NOT NULL,
  sr_equivalent TEXT, default_grams REAL);
CREATE TABLE food_nutrients(food INTEGER NOT NULL REFERENCES foods(id),
  nutrient INTEGER NOT NULL REFERENCES nutrients(id), amount REAL NOT NULL,
  PRIMARY KEY(food, nutrient)) WITHOUT ROWID;
CREATE TABLE measures(food INTEGER NOT NULL REFERENCES foods(id), seq INTEGER NOT NULL,
  amount REAL NOT NULL, name TEXT NOT NULL, grams REAL NOT NULL,
  PRIMARY KEY(food, seq)) WITHOUT ROWID;
CREATE TABLE vocabulary(word TEXT PRIMARY KEY, n INTEGER NOT NULL) WITHOUT ROWID;
CREATE INDEX foods_sr_equivalent ON foods(sr_equivalent);
CREATE VIRTUAL TABLE food_fts USING fts5(name, head, additional, tokenize='porter unicode61');
"""


def _nutrient_columns(header: tuple[Any, ...]) -> dict[int, str]:
    found = {i: str(COLUMNS[h]) for i, h in enumerate(header) if h in COLUMNS}
    missing = set(map(str, COLUMNS.values())) - set(found.values())
    if missing:
        raise SystemExit(f"nutrient columns missing from the workbook: {sorted(missing)}")
    return found


def _sr_equivalents(rows: list[tuple[Any, ...]]) -> dict[str, str]:
    """Foods made of exactly one SR Legacy ingredient, with that ingredient's NDB number."""
    ingredients: dict[str, set[int]] = {}
    for row in rows[1:]:
        ingredients.setdefault(str(row[0]), set()).add(int(row[5]))
    return {
        code: f"{next(iter(found)):05d}"
        for code, found in ingredients.items()
        if len(found) == 1 and next(iter(found)) < 100_000
    }


def write_database(path: Path, source: dict[str, list[tuple[Any, ...]]]) -> dict[str, int]:
    """Write the SQLite database; return row counts."""
    path.unlink(missing_ok=True)
    db = sqlite3.connect(path)
    db.executescript(SCHEMA)
    columns = _nutrient_columns(source["nutrients"][0])
    keys = sorted(set(columns.values()))
    key_ids = {key: i for i, key in enumerate(keys, start=1)}
    db.executemany(
        "INSERT INTO nutrients VALUES (?,?,?,?)",
        [(key_ids[k], k, k.rsplit("_", 1)[0], k.rsplit("_", 1)[1]) for k in keys],
    )
    foods = [
        SourceFood(str(r[0]), str(r[1]), str(r[2] or ""), int(r[3]), str(r[4]))
        for r in source["foods"][1:]
    ]
    categories = sorted({(f.category, f.category_name) for f in foods})
    db.executemany(
        "INSERT INTO categories VALUES (?,?,?)",
        [(code, name, kind_of(code)) for code, name in categories],
    )
    nutrients = {str(r[0]): r for r in source["nutrients"][1:]}
    portions: dict[str, list[tuple[float, str, float]]] = {}
    for row in source["portions"][1:]:
        parsed = parse_portion(str(row[5]))
        if parsed is not None and float(row[6]) > 0:
            portions.setdefault(str(row[0]), []).append((parsed[0], parsed[1], float(row[6])))
    equivalents = _sr_equivalents(source["ingredients"])
    counts: Counter[str] = Counter()
    vocabulary: Counter[str] = Counter()
    for food in sorted(foods, key=lambda f: f.code):
        if food.code not in nutrients:
            counts["foods_without_nutrients_skipped"] += 1
            continue
        counts.update(
            _insert_food(
                db,
                food,
                nutrients[food.code],
                columns,
                key_ids,
                portions.get(food.code, []),
                equivalents.get(food.code),
            )
        )
        vocabulary.update(words(food.name))
        vocabulary.update(words(food.additional))
    db.executemany("INSERT INTO vocabulary VALUES (?,?)", sorted(vocabulary.items()))
    counts["nutrients"] = len(keys)
    counts["categories"] = len(categories)
    counts["vocabulary_words"] = len(vocabulary)
    meta = {
        "source": "USDA Food and Nutrient Database for Dietary Studies 2021-2023",
        "release": "FNDDS 2021-2023",
        "builder_version": BUILDER_VERSION,
        "licence": "Public domain (U.S. Government work)",
    }
    db.executemany("INSERT INTO meta VALUES (?,?)", sorted(meta.items()))
    db.execute("INSERT INTO food_fts(food_fts) VALUES('optimize')")
    db.commit()
    db.execute("VACUUM")
    db.close()
    return dict(counts)


def _insert_food(
    db: sqlite3.Connection,
    food: SourceFood,
    values: tuple[Any, ...],
    columns: dict[int, str],
    key_ids: dict[str, int],
    measures: list[tuple[float, str, float]],
    sr_equivalent: str | None,
) -> Counter[str]:
    row_id = int(food.code)
    amounts = {key: float(values[i]) for i, key in columns.items() if values[i] not in (None, "")}
    default = next((g for _, n, g in measures if n == QUANTITY_NOT_SPECIFIED), None)
    brands = brand_words(food.name)
    db.execute(
        "INSERT INTO foods VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        (
            row_id,
            food.code,
            food.name,
            food.additional,
            food.category,
            kind_of(food.category),
            len(measures),
            len(amounts),
            " ".join(ranking_words(food.name)),
            *name_shape(food.name),
            int(bool(brands)),
            " ".join(brands),
            " | ".join(phrases(food.additional)),
            sr_equivalent,
            default,
        ),
    )
    db.executemany(
        "INSERT INTO food_nutrients VALUES (?,?,?)",
        [(row_id, key_ids[k], round(a, 6)) for k, a in sorted(amounts.items())],
    )
    db.executemany(
        "INSERT INTO measures VALUES (?,?,?,?,?)",
        [(row_id, seq, a, n, g) for seq, (a, n, g) in enumerate(measures)],
    )
    db.execute(
        "INSERT INTO food_fts(rowid, name, head, additional) VALUES (?,?,?,?)",
        (row_id, food.name, head_of(food.name), food.additional),
    )
    return Counter(
        foods=1,
        nutrient_values=len(amounts),
        measures=len(measures),
        foods_with_default_portion=default is not None,
        foods_with_sr_equivalent=sr_equivalent is not None,
        branded_foods=bool(brands),
    )


def content_digest(path: Path) -> str:
    """A digest of the database's rows, independent of SQLite's file-format details."""
    digest = hashlib.sha256()
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    for table in ("foods", "nutrients", "food_nutrients", "measures", "categories"):
        for row in db.execute(f"SELECT * FROM {table} ORDER BY 1, 2"):
            digest.update(repr(row).encode())
    db.close()
    return digest.hexdigest()


def sha256_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def build(source_dir: Path, output: Path) -> dict[str, object]:
    """Read the workbooks in ``source_dir`` and write the database and manifest to ``output``."""
    output.mkdir(parents=True, exist_ok=True)
    db_path = output / DB_NAME
    counts = write_database(db_path, read_source(source_dir))
    manifest: dict[str, object] = {
        "generated_by": f"tools/build_fndds.py v{BUILDER_VERSION} - do not edit",
        "source": {
            "name": "USDA Food and Nutrient Database for Dietary Studies (FNDDS) 2021-2023",
            "publisher": "U.S. Department of Agriculture, Agricultural Research Service, "
            "Food Surveys Research Group",
            "release": "FNDDS 2021-2023 (released 2024), At A Glance downloads",
            "files": {
                f"{PREFIX}{name}": sha256_of(source_dir / f"{PREFIX}{name}")
                for name in WORKBOOKS.values()
            },
        },
        "licence": "Public domain (U.S. Government work). Cite as: U.S. Department of "
        "Agriculture, Agricultural Research Service. FNDDS 2021-2023. Food Surveys Research "
        "Group.",
        "units": "per 100 g as eaten; vitamin D as D2 + D3 in µg",
        "missing_values": "FNDDS profiles are complete; a nutrient FNDDS does not carry "
        "(manganese, amino acids) has no row (never 0)",
        "food_kinds": "WWEIA category numbers mapped to a small food kind (KIND_RANGES)",
        "counts": counts,
        "files": {
            DB_NAME: {
                "sha256": sha256_of(db_path),
                "content_sha256": content_digest(db_path),
                "bytes": db_path.stat().st_size,
            }
        },
    }
    (output / MANIFEST_NAME).write_text(
        json.dumps(manifest, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    return manifest


def main() -> None:
    parser = argparse.ArgumentParser(description="Build crampcheck's bundled FNDDS database.")
    parser.add_argument("--source", type=Path, default=None)
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT)
    args = parser.parse_args()
    source = args.source or find_source()
    if source is None:
        raise SystemExit("FNDDS workbooks not found; pass --source DIR")
    manifest = build(source, args.output)
    print(json.dumps(manifest["counts"], indent=2))


if __name__ == "__main__":
    main()
