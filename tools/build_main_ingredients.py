"""Write which SR food makes up almost all of each FNDDS food, for the query scorer.

Usage:
    python tools/build_main_ingredients.py [--source DIR] [--output FILE]

FNDDS "Rice, white, cooked, NS as to fat" is 99 % SR 20045 "Rice, white, long-grain, regular,
cooked" by recipe weight (the rest is salt and a little fat): the same food as eaten. The
bundled database only links foods made of exactly one SR ingredient (``sr_equivalent``); this
file adds the foods whose largest SR ingredient is at least ``MIN_SHARE`` of the recipe weight,
so that ``benchmarks/bench_search.py`` can count them as the gold SR food ("as eaten" column).
The program never reads it.

Output: ``benchmarks/queries/fndds_main_ingredient.json`` (provenance, then FNDDS food code →
[SR NDB number, its share of the recipe weight]).
"""

from __future__ import annotations

import argparse
import hashlib
import json
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


def build(source: Path, output: Path) -> int:
    workbook = source / f"{PREFIX}{WORKBOOKS['ingredients']}"
    found = main_ingredients(list(_rows(workbook)))
    header = {
        "source": f"USDA FNDDS 2021-2023, {workbook.name}",
        "sha256": hashlib.sha256(workbook.read_bytes()).hexdigest(),
        "builder": "tools/build_main_ingredients.py",
        "min_share": MIN_SHARE,
    }
    head = json.dumps(header, indent=1)[:-2]
    rows = ",\n".join(f'  "{code}": ["{sr}", {share}]' for code, (sr, share) in found.items())
    output.write_text(f'{head},\n "foods": {{\n{rows}\n }}\n}}\n', encoding="utf-8")
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
