"""Score diary analysis on a blind food set (items.jsonl and days.jsonl with FNDDS references).

Usage: python benchmarks/score_blind_foods.py DIR [--misses] [--json]

Each line of ``DIR/items.jsonl`` holds ``text``, ``locale``, ``ref`` (``[{fndds_code, grams}]``)
and ``expected`` (energy_kcal, magnesium_mg, potassium_mg, calcium_mg, sodium_mg for the
reference foods); ``DIR/days.jsonl`` holds whole days with the same ``expected`` for the day.
``DIR/days.jsonl`` may be absent.

For every item and day it runs the real analyser (``analyze_intake`` with the line's locale) and
reports the fraction whose total is within ±35 % of the reference, per nutrient and for all five
at once. Totals are what a person sees: items below the "please check" confidence or not
understood add nothing. A reference amount of zero (or one so small that 35 % of it is noise)
counts as matched when the total is within an absolute floor (FLOOR below). "top-1 food" is the
fraction of reference codes that one of the chosen foods is, or is the same single food of the
other source (FNDDS "Banana, raw" is SR 09040).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from crampcheck.core.locale import parse_locale
from crampcheck.core.nutrients import Nutrient
from crampcheck.foods import open_food_database
from crampcheck.services.intake import analyze_intake

TOLERANCE = 0.35
KEYS = (
    Nutrient.ENERGY_KCAL,
    Nutrient.MAGNESIUM_MG,
    Nutrient.POTASSIUM_MG,
    Nutrient.CALCIUM_MG,
    Nutrient.SODIUM_MG,
)
FLOOR = {
    Nutrient.ENERGY_KCAL: 10.0,
    Nutrient.MAGNESIUM_MG: 3.0,
    Nutrient.POTASSIUM_MG: 20.0,
    Nutrient.CALCIUM_MG: 5.0,
    Nutrient.SODIUM_MG: 15.0,
}
"""Absolute differences that always count as within (a cup of tea's 2 mg of sodium)."""


def within(total: float | None, expected: float, key: Nutrient) -> bool:
    got = total or 0.0
    return abs(got - expected) <= max(TOLERANCE * expected, FLOOR[key])


def read_lines(path: Path) -> list[dict[str, Any]]:
    if not path.is_file():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


class Tally:
    """Counts of matches per nutrient, all five, and food matches."""

    def __init__(self) -> None:
        self.n = 0
        self.hits: dict[str, int] = defaultdict(int)
        self.food_hits = 0.0
        self.food_n = 0

    def add(self, matched: Mapping[str, bool], food_fraction: float | None) -> None:
        self.n += 1
        for key, ok in matched.items():
            self.hits[key] += ok
        if food_fraction is not None:
            self.food_hits += food_fraction
            self.food_n += 1

    def summary(self) -> dict[str, float]:
        out = {key: round(100 * hits / self.n, 1) for key, hits in self.hits.items()}
        if self.food_n:
            out["top1_food"] = round(100 * self.food_hits / self.food_n, 1)
        out["n"] = self.n
        return out


def score_text(
    text: str, locale: str, expected: Mapping[str, float]
) -> tuple[dict[str, bool], Any]:
    result = analyze_intake(text, locale=parse_locale(locale))
    matched = {key.value: within(result.totals.get(key), expected[key.value], key) for key in KEYS}
    matched["all5"] = all(matched.values())
    return matched, result


def food_fraction(result: Any, refs: Iterable[Mapping[str, Any]]) -> float:
    foods = open_food_database()
    chosen: set[str] = set()
    for item in result.items:
        if item.food_id is not None:
            chosen |= foods.same_food(item.food_id)
    codes = [str(ref["fndds_code"]) for ref in refs]
    return sum(bool(foods.same_food(code) & chosen) for code in codes) / max(len(codes), 1)


def describe(result: Any) -> str:
    return "; ".join(
        f"{item.text!r} -> {item.name or '-'} {item.grams or 0:.0f} g ({item.confidence:.2f})"
        for item in result.items
    )


def score(folder: Path, show_misses: bool) -> dict[str, dict[str, float]]:
    tallies: dict[str, Tally] = defaultdict(Tally)
    for line in read_lines(folder / "items.jsonl"):
        matched, result = score_text(line["text"], line["locale"], line["expected"])
        fraction = food_fraction(result, line["ref"])
        for group in ("items", f"items {line['locale']}", *_categories(line)):
            tallies[group].add(matched, fraction)
        if show_misses and not matched["all5"]:
            want = ", ".join(f"{r['description']} {r['grams']} g" for r in line["ref"])
            print(f"  miss {line['id']} [{line['locale']}] {describe(result)}  | ref: {want}")
    for line in read_lines(folder / "days.jsonl"):
        matched, result = score_text(line["text"], line["locale"], line["expected"])
        refs = [ref for item in line.get("items", []) for ref in item.get("ref", [])]
        day_fraction = food_fraction(result, refs) if refs else None
        for group in ("days", f"days {line['locale']}"):
            tallies[group].add(matched, day_fraction)
        if show_misses and not matched["all5"]:
            print(f"  day miss {line['id']}: {[k for k, ok in matched.items() if not ok]}")
    return {group: tally.summary() for group, tally in sorted(tallies.items())}


def _categories(line: Mapping[str, Any]) -> list[str]:
    tags = str(line.get("category", "")).replace(",", " ").split()
    return [f"items [{tag}]" for tag in tags]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--misses", action="store_true", help="list items not within on all five")
    parser.add_argument("--json", action="store_true", help="print the summary as JSON")
    args = parser.parse_args()
    if not (args.folder / "items.jsonl").is_file():
        sys.exit(f"{args.folder}/items.jsonl not found")
    summary = score(args.folder, args.misses)
    if args.json:
        print(json.dumps(summary, indent=2))
        return
    columns = ["n", *(k.value for k in KEYS), "all5", "top1_food"]
    print(f"{'group':22}" + "".join(f"{c[:12]:>14}" for c in columns))
    for group, row in summary.items():
        print(f"{group:22}" + "".join(f"{row.get(c, float('nan')):>14}" for c in columns))


if __name__ == "__main__":
    main()
