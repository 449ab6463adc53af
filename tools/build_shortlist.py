"""Build ``crampcheck/data/foods/shortlist.yaml``: everyday foods the suggestion optimiser may use.

The food ids and their practical portions are hand-picked (``CURATED`` below) from the bundled USDA
SR24 database; everything else is derived from the database by rules, so the file can be rebuilt:

* every id must exist, not be deprecated and not be branded;
* the food group must be an everyday one (no spices, baby foods, fats and oils, fortified
  ready-to-eat cereals, sweets, fast food, restaurant food or meals) and the name must not name a
  powder, dried or dehydrated form, infant food, organ meat or supplement (``EXCLUDED_WORDS``);
* the portion is a USDA household measure of that food (``measure`` is the start of its name) times
  ``amount``, or a plain weight; ``max`` is the most portions of it suggested in one day;
* ``contains`` (meat, fish, shellfish, dairy, egg, honey, nuts, peanuts, soy, gluten) comes from
  the name and group, and ``diet`` (vegan, vegetarian, pescatarian, omnivore) from ``contains``.

Run: ``python tools/build_shortlist.py`` (writes the YAML; ``--check`` only validates).
"""

from __future__ import annotations

import re
import sqlite3
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DB = ROOT / "crampcheck" / "data" / "foods" / "foods.sqlite"
OUT = ROOT / "crampcheck" / "data" / "foods" / "shortlist.yaml"

ALLOWED_GROUPS = {
    "01",
    "05",
    "08",
    "09",
    "10",
    "11",
    "12",
    "13",
    "14",
    "15",
    "16",
    "17",
    "18",
    "20",
}
EXCLUDED_WORDS = re.compile(
    r"\b(powder|dried|dehydrated|infant|baby|babyfood|liver|kidneys|giblets|supplement|"
    r"ready-to-eat|fast food|restaurant|concentrate, undiluted|frozen concentrate)\b",
    re.IGNORECASE,
)

# (NDB id, measure name prefix (or a word in it) or "g", amount of that measure per portion,
#  most portions a day)
CURATED: tuple[tuple[str, str, float, int], ...] = (
    # dairy and eggs
    ("01079", "cup", 1, 3),
    ("01085", "cup", 1, 3),
    ("01077", "cup", 1, 2),
    ("01082", "cup", 1, 3),
    ("01117", "container (8 oz)", 1, 2),
    ("01118", "container (8 oz)", 1, 2),
    ("01116", "container (8 oz)", 1, 1),
    ("01009", "oz", 1.5, 1),
    ("01028", "oz", 1.5, 1),
    ("01040", "oz", 1.5, 1),
    ("01015", "cup", 0.5, 2),
    ("01037", "cup", 0.5, 1),
    ("01019", "oz", 1, 1),
    ("01129", "large", 1, 2),
    ("01132", "large", 1, 2),
    # poultry and meat
    ("05064", "g", 85, 2),
    ("05098", "g", 85, 2),
    ("05220", "g", 85, 2),
    ("10026", "g", 85, 2),
    ("23564", "g", 85, 2),
    ("13454", "g", 85, 2),
    ("17014", "g", 85, 1),
    # fish and shellfish
    ("15086", "g", 85, 2),
    ("15237", "g", 85, 2),
    ("15209", "g", 85, 2),
    ("15241", "g", 85, 2),
    ("15088", "can", 1, 1),
    ("15121", "g", 85, 2),
    ("15221", "g", 85, 2),
    ("15016", "g", 85, 2),
    ("15047", "g", 85, 1),
    ("15040", "g", 85, 1),
    ("15037", "g", 85, 2),
    ("15262", "g", 85, 2),
    ("15181", "g", 85, 2),
    ("15159", "g", 85, 1),
    ("15165", "g", 85, 1),
    ("15231", "g", 85, 1),
    ("15151", "g", 85, 2),
    ("15140", "g", 85, 1),
    # grains, bread, pasta
    ("20037", "cup", 1, 2),
    ("20137", "cup", 1, 2),
    ("20013", "cup", 1, 1),
    ("20125", "cup", 1, 2),
    ("20121", "cup", 1, 2),
    ("20110", "cup", 1, 1),
    ("20029", "cup", 1, 1),
    ("20006", "cup", 1, 1),
    ("20010", "cup", 1, 1),
    ("20032", "cup", 1, 1),
    ("08121", "cup", 1, 2),
    ("18075", "slice", 1, 3),
    ("18060", "slice", 1, 3),
    ("18042", "pita, large", 1, 1),
    ("18363", "tortilla", 1, 3),
    # drinks
    ("09209", "cup", 1, 2),
    ("09210", "cup", 1, 2),
    ("11886", "cup", 1, 1),
    ("09294", "cup", 1, 1),
    ("16139", "cup", 1, 3),
    ("16222", "cup", 1, 3),
    # soy and legumes
    ("16426", "cup", 0.5, 2),
    ("16427", "cup", 0.5, 2),
    ("16114", "cup", 0.5, 1),
    ("11212", "cup", 1, 1),
    ("16109", "cup", 0.5, 1),
    ("16015", "cup", 0.5, 2),
    ("16028", "cup", 0.5, 2),
    ("16038", "cup", 0.5, 2),
    ("16043", "cup", 0.5, 2),
    ("16057", "cup", 0.5, 2),
    ("16070", "cup", 0.5, 2),
    ("16086", "cup", 0.5, 2),
    ("16063", "cup", 0.5, 2),
    ("16072", "cup", 0.5, 2),
    ("16025", "cup", 0.5, 2),
    ("16050", "cup", 0.5, 2),
    ("16137", "cup", 0.25, 1),
    ("16006", "cup", 0.5, 1),
    ("16390", "oz", 1, 1),
    ("16398", "tbsp", 2, 1),
    # nuts and seeds
    ("12063", "oz", 1, 1),
    ("12085", "oz", 1, 1),
    ("12155", "oz", 1, 1),
    ("12122", "oz", 1, 1),
    ("12143", "oz", 1, 1),
    ("12152", "oz", 1, 1),
    ("12037", "oz", 1, 1),
    ("12016", "oz", 1, 1),
    ("12220", "tbsp, ground", 1, 2),
    ("12166", "tbsp", 1, 2),
    # fruit
    ("09040", "medium", 1, 2),
    ("09003", "medium", 1, 2),
    ("09200", "fruit", 1, 2),
    ("09218", "medium", 1, 2),
    ("09433", "fruit", 1, 3),
    ("09148", "fruit", 1, 3),
    ("09176", "cup", 1, 1),
    ("09181", "cup", 1, 2),
    ("09326", "cup", 1, 2),
    ("09316", "cup", 1, 2),
    ("09050", "cup", 1, 1),
    ("09302", "cup", 1, 1),
    ("09042", "cup", 1, 1),
    ("09132", "cup", 1, 1),
    ("09236", "medium", 1, 2),
    ("09252", "medium", 1, 2),
    ("09279", "fruit", 1, 3),
    ("09021", "apricot", 1, 4),
    ("09070", "cup", 1, 1),
    ("09089", "medium", 1, 3),
    ("09226", "cup", 1, 1),
    ("09266", "cup", 1, 1),
    ("09111", "cup", 1, 1),
    ("09037", "cup, cubes", 0.5, 1),
    ("09286", "cup", 0.5, 1),
    ("09184", "cup", 1, 1),
    # vegetables
    ("11457", "cup", 1, 3),
    ("11458", "cup", 0.5, 2),
    ("11090", "cup", 1, 2),
    ("11091", "cup", 0.5, 2),
    ("11099", "cup", 0.5, 2),
    ("11109", "cup", 1, 2),
    ("11124", "medium", 1, 2),
    ("11125", "cup", 0.5, 2),
    ("11135", "cup", 1, 2),
    ("11136", "cup", 0.5, 2),
    ("11143", "stalk, medium", 1, 3),
    ("11148", "cup", 0.5, 2),
    ("11162", "cup", 0.5, 2),
    ("11168", "cup", 0.5, 2),
    ("11205", "cup", 1, 2),
    ("11210", "cup", 1, 1),
    ("11233", "cup", 1, 2),
    ("11234", "cup", 0.5, 2),
    ("11251", "cup", 1, 3),
    ("11260", "cup", 1, 2),
    ("11998", "cup", 0.5, 2),
    ("11939", "cup", 0.5, 2),
    ("11279", "cup", 0.5, 2),
    ("11282", "cup", 0.5, 1),
    ("11305", "cup", 0.5, 2),
    ("11333", "medium", 1, 1),
    ("11821", "medium", 1, 1),
    ("11674", "medium", 1, 2),
    ("11365", "cup", 1, 2),
    ("11508", "medium", 1, 2),
    ("11423", "cup", 0.5, 2),
    ("11529", "medium", 1, 3),
    ("11477", "cup", 1, 2),
    ("11478", "cup", 0.5, 2),
    ("11483", "cup", 0.5, 2),
    ("11569", "cup", 0.5, 2),
    ("11087", "cup", 0.5, 1),
    ("11081", "cup", 0.5, 2),
    ("11053", "cup", 0.5, 2),
    ("11012", "cup", 0.5, 2),
    ("11959", "cup", 1, 2),
    ("11591", "cup", 1, 2),
    ("11117", "cup", 0.5, 2),
    ("11300", "cup", 1, 1),
    ("11451", "cup", 0.5, 2),
)

MEAT_GROUPS = {"05", "07", "10", "13", "17"}
CONTAINS_RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("shellfish", re.compile(r"^(crustaceans|mollusks)\b", re.I)),
    ("dairy", re.compile(r"^(milk|yogurt|cheese|kefir|cream)\b", re.I)),
    ("egg", re.compile(r"\begg\b", re.I)),
    ("peanuts", re.compile(r"\bpeanut", re.I)),
    ("soy", re.compile(r"\b(soy|tofu|tempeh|edamame|soybeans)", re.I)),
    (
        "gluten",
        re.compile(
            r"\b(bread|wheat|whole-wheat|rye|barley|bulgur|couscous|spaghetti|"
            r"noodles|pita|oats)\b",
            re.I,
        ),
    ),
    ("nuts", re.compile(r"^nuts,", re.I)),
)
HIGHER_MERCURY = frozenset({"15221", "15037"})
"""Fish on the FDA/EPA "good choices" (not "best choices") list: yellowfin tuna, halibut. Not
suggested in pregnancy or while breastfeeding."""
FRACTIONS = {0.25: "¼", 0.5: "½", 1.5: "1½"}


@dataclass(frozen=True)
class Entry:
    food_id: str
    name: str
    grams: float
    portion: str
    max_portions: int
    diet: str
    contains: tuple[str, ...]
    kind: str
    flags: tuple[str, ...]


def contains_of(name: str, group: str) -> tuple[str, ...]:
    found = {tag for tag, pattern in CONTAINS_RULES if pattern.search(name)}
    if group in MEAT_GROUPS:
        found.add("meat")
    if group == "15" and "shellfish" not in found:
        found.add("fish")
    if group == "01" and "egg" not in found:
        found.add("dairy")
    return tuple(sorted(found))


def kind_of(name: str, group: str, contains: tuple[str, ...]) -> str:
    """main (meat, fish, shellfish), drink (milks, plant drinks, juices) or other."""
    if {"meat", "fish", "shellfish"} & set(contains):
        return "main"
    if group == "14" or re.match(r"^(milk|soymilk)\b", name, re.I) or "juice" in name.lower():
        return "drink"
    return "other"


def diet_of(contains: tuple[str, ...]) -> str:
    if "meat" in contains:
        return "omnivore"
    if {"fish", "shellfish"} & set(contains):
        return "pescatarian"
    if {"dairy", "egg", "honey"} & set(contains):
        return "vegetarian"
    return "vegan"


def portion_of(
    db: sqlite3.Connection, row_id: int, measure: str, amount: float
) -> tuple[float, str]:
    if measure == "g":
        ounces = amount / 28.3495
        return amount, f"{ounces:.0f} oz ({amount:g} g)" if abs(
            ounces - round(ounces)
        ) < 0.05 else (f"{amount:g} g")
    rows = db.execute(
        "SELECT amount, name, grams FROM measures WHERE food = ? ORDER BY seq", (row_id,)
    ).fetchall()
    for unit_amount, name, grams in rows:
        if name.lower().startswith(measure.lower()) or f" {measure.lower()}" in name.lower():
            each = grams / unit_amount
            total = round(each * amount, 1)
            count = FRACTIONS.get(amount, f"{amount:g}")
            return total, f"{count} {name} ({total:g} g)"
    names = [name for _, name, _ in rows]
    raise SystemExit(f"no measure starting {measure!r} for food {row_id}: {names}")


def build(db: sqlite3.Connection) -> list[Entry]:
    entries: list[Entry] = []
    seen: set[str] = set()
    for food_id, measure, amount, max_portions in CURATED:
        if food_id in seen:
            raise SystemExit(f"{food_id} listed twice")
        seen.add(food_id)
        row = db.execute(
            "SELECT id, name, group_code, deprecated, branded FROM foods WHERE food_id = ?",
            (food_id,),
        ).fetchone()
        if row is None:
            raise SystemExit(f"{food_id} is not in the food database")
        row_id, name, group, deprecated, branded = row
        if deprecated or branded:
            raise SystemExit(f"{food_id} {name} is deprecated or branded")
        if group not in ALLOWED_GROUPS or EXCLUDED_WORDS.search(name):
            raise SystemExit(f"{food_id} {name} breaks the shortlist rules (group {group})")
        grams, portion = portion_of(db, row_id, measure, amount)
        contains = contains_of(name, group)
        entries.append(
            Entry(
                food_id,
                name,
                grams,
                portion,
                max_portions,
                diet_of(contains),
                contains,
                kind_of(name, group, contains),
                ("higher_mercury",) if food_id in HIGHER_MERCURY else (),
            )
        )
    return entries


HEADER = """\
# Everyday foods the suggestion optimiser may choose from (crampcheck suggest).
# GENERATED by tools/build_shortlist.py from crampcheck/data/foods/foods.sqlite (USDA SR24, public
# domain): ids and portions are hand-picked in that script; names come from the database; `contains`
# and `diet` are derived from the name and food group by the script's rules. Do not edit by hand:
# change CURATED in the script and run `python tools/build_shortlist.py`.
# Rules: no spices, powders, dried or dehydrated forms, oils and fats, infant foods, fortified
# ready-to-eat cereals, brands, organ meats (vitamin A), supplements, sweets, fast or restaurant
# food.
# Brazil nuts are left out on purpose (one ounce exceeds the selenium UL).
# grams: one portion; max: most portions suggested per day; diet: the strictest diet the food fits
# (vegan < vegetarian < pescatarian < omnivore); contains: allergen and avoidance groups.
# kind: main (meat, fish, shellfish), drink (milks, plant drinks, juices) or other; the optimiser
# caps the day's portions of mains and drinks. flags: higher_mercury (FDA/EPA "good choice" fish,
# not suggested in pregnancy or breastfeeding). Oats are marked gluten (usually cross-contaminated).
"""


def render(entries: list[Entry]) -> str:
    lines = [HEADER, "foods:"]
    for entry in entries:
        lines.append(f'  - id: "{entry.food_id}"')
        lines.append(f"    name: {_quote(entry.name)}")
        lines.append(f"    grams: {entry.grams:g}")
        lines.append(f"    portion: {_quote(entry.portion)}")
        lines.append(f"    max: {entry.max_portions}")
        lines.append(f"    diet: {entry.diet}")
        lines.append(f"    contains: [{', '.join(entry.contains)}]")
        lines.append(f"    kind: {entry.kind}")
        if entry.flags:
            lines.append(f"    flags: [{', '.join(entry.flags)}]")
    return "\n".join(lines) + "\n"


def _quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def main() -> None:
    db = sqlite3.connect(f"file:{DB}?mode=ro", uri=True)
    entries = build(db)
    text = render(entries)
    if "--check" in sys.argv:
        if OUT.read_text(encoding="utf-8") != text:
            raise SystemExit(f"{OUT} is out of date; run python tools/build_shortlist.py")
        print(f"{OUT.name} is up to date ({len(entries)} foods)")
        return
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {len(entries)} foods to {OUT}")


if __name__ == "__main__":
    main()
