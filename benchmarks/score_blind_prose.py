"""Score whole-day prose diaries with supplements (issue 17's goal) on a blind prose set.

Usage: python benchmarks/score_blind_prose.py DIR/days.jsonl [--misses] [--items] [--json]

Each line holds ``text``, ``locale``, ``expected_food``, ``expected_supplements`` and
``expected_total`` (energy_kcal, magnesium_mg, potassium_mg, calcium_mg, sodium_mg, and for
supplements also vitamin_d_ug, vitamin_b12_ug, ...). For every day it runs the real analyser and
reports:

- **goal**: the day's totals (what the person took in, food + supplements) have energy within
  ±20 % and Mg, K, Ca, Na each within ±25 % of ``expected_total`` (issue 17's goal);
- **food**: the same test of the food part (totals minus ``totals_from_supplements`` when the result
  has it) against ``expected_food``;
- **supplements exact**: ``totals_from_supplements`` equals ``expected_supplements`` within 2 % for
  every key the set states (days without supplements excluded). A result without supplement totals
  scores 0 here.

Items below the "please check" confidence or not understood add nothing, as a person sees them.

``--items`` lists, for every day missing the goal, each written food whose energy is off by more
than 25 % (and 40 kcal): the fragments the analyser read for it (each fragment goes to the
written item it shares most words with), the food and grams chosen, and fragments that belong
to no written item (filler or non-intake text read as a food). This is where to see whether a
miss is a dropped item, a wrong split, a wrong amount or a wrong food.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from crampcheck.core.locale import parse_locale
from crampcheck.services.intake import analyze_intake

ENERGY_TOLERANCE = 0.20
MINERAL_TOLERANCE = 0.25
SUPPLEMENT_TOLERANCE = 0.02
FLOOR = {
    "energy_kcal": 10.0,
    "magnesium_mg": 3.0,
    "potassium_mg": 20.0,
    "calcium_mg": 5.0,
    "sodium_mg": 15.0,
}
GOAL_KEYS = tuple(FLOOR)


def _as_plain(totals: Any) -> dict[str, float]:
    if totals is None:
        return {}
    out: dict[str, float] = {}
    for key, value in dict(totals).items():
        name = getattr(key, "value", key)
        if value is not None:
            out[str(name)] = float(value)
    return out


def within(got: float | None, expected: float, key: str) -> bool:
    tolerance = ENERGY_TOLERANCE if key == "energy_kcal" else MINERAL_TOLERANCE
    return abs((got or 0.0) - expected) <= max(tolerance * expected, FLOOR[key])


def meets(totals: Mapping[str, float], expected: Mapping[str, float]) -> dict[str, bool]:
    matched = {
        key: within(totals.get(key), float(expected.get(key, 0.0)), key) for key in GOAL_KEYS
    }
    matched["all"] = all(matched.values())
    return matched


def supplements_exact(supplements: Mapping[str, float], expected: Mapping[str, float]) -> bool:
    for key, want in expected.items():
        got = supplements.get(key, 0.0)
        if abs(got - float(want)) > max(SUPPLEMENT_TOLERANCE * float(want), 0.01):
            return False
    return True


def score_day(line: Mapping[str, Any]) -> dict[str, Any]:
    result = analyze_intake(line["text"], locale=parse_locale(line["locale"]))
    totals = _as_plain(result.totals)
    supplements = _as_plain(getattr(result, "totals_from_supplements", None))
    food = {key: totals.get(key, 0.0) - supplements.get(key, 0.0) for key in totals}
    expected_supplements = line.get("expected_supplements") or {}
    return {
        "id": line["id"],
        "goal": meets(totals, line["expected_total"]),
        "food": meets(food, line["expected_food"]),
        "supplements_exact": (
            supplements_exact(supplements, expected_supplements) if expected_supplements else None
        ),
        "energy_ratio": totals.get("energy_kcal", 0.0)
        / max(float(line["expected_total"]["energy_kcal"]), 1.0),
    }


_STOP = frozenset({"a", "an", "of", "the", "and", "with", "w", "some", "i", "had", "for"})


def _words(text: str) -> set[str]:
    return set(re.findall(r"[a-z0-9]+", text.lower())) - _STOP


def _overlap(a: set[str], b: set[str]) -> float:
    return len(a & b) / max(len(a | b), 1)


def _energy(item: Any) -> float:
    return sum(
        float(value or 0.0)
        for key, value in item.nutrients.items()
        if getattr(key, "value", key) == "energy_kcal"
    )


def item_misses(line: Mapping[str, Any]) -> list[str]:
    """The written foods of one day whose energy is off, with the fragments read for them."""
    result = analyze_intake(line["text"], locale=parse_locale(line["locale"]))
    written = [(item["text"], _words(item["text"])) for item in line["items"]]
    taken = [_words(s["text"]) for s in line.get("supplements", [])]
    read: dict[int, list[Any]] = {index: [] for index in range(len(written))}
    stray = []
    for item in result.items:
        if getattr(getattr(item, "kind", None), "value", "food") != "food":
            continue
        words = _words(item.text)
        scores = [_overlap(words, w) for _, w in written]
        best = max(range(len(scores)), key=scores.__getitem__, default=None)
        if (
            best is None
            or scores[best] == 0
            or max((_overlap(words, t) for t in taken), default=0.0) > scores[best]
        ):
            stray.append(item)
        else:
            read[best].append(item)
    lines = []
    for index, (text, _) in enumerate(written):
        want = float(line["items"][index]["expected"]["energy_kcal"])
        got = sum(_energy(item) for item in read[index])
        if abs(got - want) <= max(0.25 * want, 40.0):
            continue
        refs = "; ".join(
            f"{r['description'][:40]} {r['grams']:g} g" for r in line["items"][index]["ref"]
        )
        lines.append(f"    {text!r}: {got:.0f} of {want:.0f} kcal  [ref {refs}]")
        lines += [
            f"      <- {item.text!r} = {item.name} {item.grams} g ({item.status.value})"
            for item in read[index]
        ]
        if not read[index]:
            lines.append("      <- nothing read")
    lines += [
        f"    stray {item.text!r} = {item.name} ({_energy(item):.0f} kcal, {item.status.value})"
        for item in stray
    ]
    return lines


def summarise(rows: list[dict[str, Any]]) -> dict[str, Any]:
    n = len(rows)
    with_supplements = [row for row in rows if row["supplements_exact"] is not None]

    def pct(count: int, total: int) -> float:
        return round(100 * count / max(total, 1), 1)

    summary: dict[str, Any] = {"days": n}
    for part in ("goal", "food"):
        for key in (*GOAL_KEYS, "all"):
            summary[f"{part} {key}"] = pct(sum(row[part][key] for row in rows), n)
    summary["supplement days"] = len(with_supplements)
    summary["supplements exact"] = pct(
        sum(bool(row["supplements_exact"]) for row in with_supplements), len(with_supplements)
    )
    ratios = sorted(row["energy_ratio"] for row in rows)
    summary["median energy found / expected"] = round(ratios[n // 2], 2) if rows else None
    return summary


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("days", type=Path)
    parser.add_argument("--misses", action="store_true", help="list days missing the goal")
    parser.add_argument(
        "--items", action="store_true", help="list the items off in each day missing the goal"
    )
    parser.add_argument("--json", action="store_true", help="print the summary as JSON")
    args = parser.parse_args()
    if not args.days.is_file():
        sys.exit(f"{args.days} not found")
    lines = [json.loads(x) for x in args.days.read_text(encoding="utf-8").splitlines() if x]
    rows = [score_day(line) for line in lines]
    if args.misses:
        for row in rows:
            if not row["goal"]["all"]:
                missed = [key for key, ok in row["goal"].items() if not ok and key != "all"]
                print(f"  miss {row['id']}: {missed} energy x{row['energy_ratio']:.2f}")
    if args.items:
        for line, row in zip(lines, rows, strict=True):
            if not row["goal"]["all"]:
                print(f"  {row['id']} ({line['locale']}) energy x{row['energy_ratio']:.2f}")
                print("\n".join(item_misses(line)))
    summary = summarise(rows)
    if args.json:
        print(json.dumps(summary, indent=2))
        return
    for key, value in summary.items():
        print(f"{key:34} {value}")


if __name__ == "__main__":
    main()
