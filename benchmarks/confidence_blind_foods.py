"""Precision against confidence on a blind food set: how often an item at a confidence is right.

Usage: python benchmarks/confidence_blind_foods.py DIR

For items of ``DIR/items.jsonl`` with one reference food that the analyser reads as one item,
"right" means the chosen food and grams give energy, Mg, K, Ca and Na within ±35 % of the
reference (the guess is scored even when it is below the "please check" threshold and left out
of the totals). For each threshold it prints the precision above and below it; the threshold in
``services/intake.py`` (PLEASE_CHECK_BELOW) was chosen from this table.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from crampcheck.core.locale import parse_locale
from crampcheck.foods import open_food_database
from crampcheck.services.intake import PLEASE_CHECK_BELOW, analyze_intake

sys.path.insert(0, str(Path(__file__).parent))
from score_blind_foods import KEYS, read_lines, within

THRESHOLDS = (0.3, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85)


def rows(folder: Path) -> list[tuple[float, bool]]:
    foods = open_food_database()
    found = []
    for line in read_lines(folder / "items.jsonl"):
        if len(line["ref"]) != 1:
            continue
        items = analyze_intake(line["text"], locale=parse_locale(line["locale"])).items
        if len(items) != 1 or items[0].food_id is None:
            continue
        item = items[0]
        food = foods.get(item.food_id or "")
        right = all(
            within(
                (food.per_100g(k.value) or 0.0) * (item.grams or 0.0) / 100,
                line["expected"][k.value],
                k,
            )
            for k in KEYS
        )
        found.append((item.confidence, right))
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    found = rows(parser.parse_args().folder)
    print(f"{len(found)} single-food items; current threshold {PLEASE_CHECK_BELOW}")
    for threshold in THRESHOLDS:
        above = [ok for conf, ok in found if conf >= threshold]
        below = [ok for conf, ok in found if conf < threshold]
        print(
            f"threshold {threshold:.2f}: at or above {len(above):3d} items, "
            f"{100 * sum(above) / max(len(above), 1):3.0f}% right | below {len(below):3d} items, "
            f"{100 * sum(below) / max(len(below), 1):3.0f}% right"
        )


if __name__ == "__main__":
    main()
