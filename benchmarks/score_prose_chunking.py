"""Score how whole-day prose is cut into item fragments, against a blind prose set.

Usage: python benchmarks/score_prose_chunking.py DIR/days.jsonl [--misses]

Each line's ``items[].text`` (foods) and ``supplements[].text`` occur verbatim in ``text``. The
real analyser reads the day; a written item is **matched** when one fragment (an item's ``text``)
is that item's text, ignoring case, punctuation and leading/trailing filler words. A fragment is
**junk** when it overlaps no food or supplement text at all (filler read as a food), and
**runs across** when it holds words of two written items. Also prints the share of days whose food
energy is within 20 % of ``expected_food``.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import Any

from crampcheck.core.locale import parse_locale
from crampcheck.services.intake import analyze_intake

_LEAD = re.compile(r"^(?:(?:i|we)\s+)?(?:also\s+|then\s+|just\s+)?(?:had|ate|took|grabbed)\s+")


def _norm(text: str) -> str:
    text = re.sub(r"[^\w%'/ ]+", " ", text.lower())
    return _LEAD.sub("", re.sub(r"\s+", " ", text).strip())


def score_day(line: dict[str, Any]) -> dict[str, Any]:
    result = analyze_intake(line["text"], locale=parse_locale(line["locale"]))
    fragments = [_norm(item.text) for item in result.items]
    written = [_norm(item["text"]) for item in line["items"]]
    supplements = [_norm(s["text"]) for s in line.get("supplements", [])]
    matched = [text for text in written if text in fragments]
    everything = written + supplements
    junk = [f for f in fragments if not any(f in w or w in f for w in everything)]
    across = [f for f in fragments if sum(w in f for w in everything) >= 2]
    food_energy = sum(
        (item.nutrients.get(key) or 0.0)
        for item in result.items
        if item.counted and getattr(item, "kind", "food") == "food"
        for key in item.nutrients
        if key.value == "energy_kcal"
    )
    expected = float(line["expected_food"]["energy_kcal"])
    return {
        "id": line["id"],
        "written": len(written),
        "matched": len(matched),
        "fragments": len(fragments),
        "junk": junk,
        "across": across,
        "missed": [w for w in written if w not in fragments],
        "energy_ok": abs(food_energy - expected) <= max(0.2 * expected, 10.0),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("days", type=Path)
    parser.add_argument("--misses", action="store_true", help="list unmatched items and junk")
    args = parser.parse_args()
    if not args.days.is_file():
        sys.exit(f"{args.days} not found")
    lines = [json.loads(x) for x in args.days.read_text(encoding="utf-8").splitlines() if x]
    rows = [score_day(line) for line in lines]
    if args.misses:
        for row in rows:
            for text in row["missed"]:
                print(f"  {row['id']} missed: {text!r}")
            for text in row["junk"]:
                print(f"  {row['id']} junk:   {text!r}")
    written = sum(row["written"] for row in rows)
    print(f"{'days':34} {len(rows)}")
    print(f"{'written food items':34} {written}")
    print(f"{'fragments':34} {sum(row['fragments'] for row in rows)}")
    print(f"{'items matched by a fragment':34} {sum(r['matched'] for r in rows) / written:.1%}")
    print(f"{'junk fragments (no item)':34} {sum(len(r['junk']) for r in rows)}")
    print(f"{'fragments across two items':34} {sum(len(r['across']) for r in rows)}")
    print(
        f"{'days food energy within 20 %':34} {sum(r['energy_ok'] for r in rows) / len(rows):.1%}"
    )


if __name__ == "__main__":
    main()
