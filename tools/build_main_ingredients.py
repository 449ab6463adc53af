"""Write which SR food makes up almost all of each FNDDS food, for the query scorer.

Usage:
    python tools/build_main_ingredients.py [--source DIR] [--output FILE]

FNDDS "Rice, white, cooked, NS as to fat" is 99 % SR 20045 "Rice, white, long-grain, regular,
cooked" by recipe weight (the rest is salt and a little fat): the same food as eaten. The
bundled database only links foods made of exactly one SR ingredient (``sr_equivalent``); this
file adds the foods whose largest SR ingredient is at least ``MIN_SHARE`` of the recipe weight,
so that ``benchmarks/bench_search.py`` can count them as the gold SR food ("as eaten" column).
The program never reads it.

A cooked FNDDS vegetable starts from the *raw* SR food ("Broccoli, fresh, cooked, no added fat"
is 99.7 % "Broccoli, raw" and salt, cooked by a retention code), while a query's gold is the
cooked SR food ("Broccoli, cooked, boiled, drained, without salt"). When the FNDDS name says
"cooked" and its main SR food is "X, raw" (or "X, …, unprepared"), the SR foods named "X,
cooked, …" (or "X, …, cooked, …") are the same food cooked and are listed after the share.

Output: ``benchmarks/queries/fndds_main_ingredient.json`` (provenance, then FNDDS food code →
[SR NDB number, its share of the recipe weight, then any cooked SR forms of that food]).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sqlite3
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

from build_fndds import PREFIX, WORKBOOKS, _rows, find_source  # noqa: E402

MIN_SHARE = 0.9
"""The largest SR ingredient's share of the recipe weight for the food to count as that food."""

SR_CODES_BELOW = 100_000
"""SR Legacy NDB numbers have at most five digits (larger codes are FNDDS sub-recipes)."""

SR_DATABASE = ROOT / "crampcheck" / "data" / "foods" / "foods.sqlite"
"""The bundled SR24 database: the names of the cooked forms of a raw SR food."""

UNCOOKED_ENDING = re.compile(r", (raw|unprepared)$")
"""How an SR name says the food is not cooked: "Broccoli, raw", "Carrots, frozen, unprepared"."""

DEFAULT_OUTPUT = ROOT / "benchmarks" / "queries" / "fndds_main_ingredient.json"


WATER = 14411
"""SR "Beverages, water, tap, drinking": the bulk of tea, coffee and broth, never their food."""


def main_ingredients(rows: list[tuple[object, ...]]) -> dict[str, tuple[str, float]]:
    """FNDDS food code → (SR NDB number, share) for foods mostly made of one SR food.

    A recipe's largest ingredient may itself be an FNDDS food ("Rice, brown, cooked, NS as to
    fat" is 99 % "Rice, brown, cooked, as ingredient"): its own main ingredient is followed and
    the shares multiply.
    """
    weights: dict[str, dict[int, float]] = defaultdict(lambda: defaultdict(float))
    for row in rows[1:]:
        weights[str(row[0])][int(str(row[5]))] += float(str(row[7] or 0))
    largest: dict[str, tuple[int, float]] = {}
    for code, by_ingredient in weights.items():
        total = sum(by_ingredient.values())
        ingredient, grams = max(by_ingredient.items(), key=lambda pair: pair[1])
        largest[code] = (ingredient, grams / total if total else 0.0)
    found = {}
    for code in weights:
        ingredient, share = largest[code]
        seen = {code}
        while ingredient >= SR_CODES_BELOW and str(ingredient) in largest:
            if str(ingredient) in seen:
                break
            seen.add(str(ingredient))
            ingredient, more = largest[str(ingredient)]
            share *= more
        if ingredient < SR_CODES_BELOW and ingredient != WATER and share >= MIN_SHARE:
            found[code] = (f"{ingredient:05d}", round(share, 3))
    return dict(sorted(found.items()))


def cooked_forms(
    rows: list[tuple[object, ...]], found: dict[str, tuple[str, float]], sr_names: dict[str, str]
) -> dict[str, list[str]]:
    """FNDDS food code → the cooked SR forms of its raw main SR food, for cooked FNDDS foods.

    "Broccoli, fresh, cooked, no added fat" (main SR food "Broccoli, raw") → "Broccoli, cooked,
    boiled, drained, without salt" and "…, with salt"; "Carrots, frozen, cooked" (main "Carrots,
    frozen, unprepared") → "Carrots, frozen, cooked, boiled, drained, without salt".
    """
    described = {str(row[0]): str(row[1]).lower() for row in rows[1:]}
    by_stem: dict[str, list[str]] = defaultdict(list)
    for ndb, name in sr_names.items():
        stem, cooked, _ = name.partition(", cooked")
        if cooked:
            by_stem[stem].append(ndb)
    forms = {}
    for code, (ndb, _share) in found.items():
        raw_name = sr_names.get(ndb, "")
        stem = UNCOOKED_ENDING.sub("", raw_name)
        if stem != raw_name and "cooked" in described.get(code, "") and by_stem.get(stem):
            forms[code] = sorted(by_stem[stem])
    return forms


def read_sr_names(database: Path) -> dict[str, str]:
    with sqlite3.connect(f"file:{database}?mode=ro", uri=True) as connection:
        return dict(connection.execute("SELECT food_id, name FROM foods"))


def build(source: Path, output: Path) -> int:
    workbook = source / f"{PREFIX}{WORKBOOKS['ingredients']}"
    rows = list(_rows(workbook))
    found = main_ingredients(rows)
    cooked = cooked_forms(rows, found, read_sr_names(SR_DATABASE))
    header = {
        "source": f"USDA FNDDS 2021-2023, {workbook.name}",
        "sha256": hashlib.sha256(workbook.read_bytes()).hexdigest(),
        "builder": "tools/build_main_ingredients.py",
        "min_share": MIN_SHARE,
        "cooked_forms_from": "crampcheck/data/foods/foods.sqlite (SR24 names)",
    }
    head = json.dumps(header, indent=1)[:-2]
    lines = ",\n".join(
        f'  "{code}": ' + json.dumps([sr, share, *cooked.get(code, [])])
        for code, (sr, share) in found.items()
    )
    output.write_text(f'{head},\n "foods": {{\n{lines}\n }}\n}}\n', encoding="utf-8")
    return len(found)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=None)
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT)
    args = parser.parse_args()
    source = args.source or find_source()
    if source is None:
        raise SystemExit("FNDDS workbooks not found; pass --source DIR")
    print(f"{build(source, args.output)} foods written to {args.output}")


if __name__ == "__main__":
    main()
