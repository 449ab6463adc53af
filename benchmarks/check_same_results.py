"""Prove that a speed change changes no result: snapshot every search and intake answer, compare.

Usage:
    python benchmarks/check_same_results.py --write before.json   # on the old code
    python benchmarks/check_same_results.py --compare before.json # on the new code (exit 1 on a
                                                                   # difference, listing the first)

The snapshot holds, for every query of benchmarks/queries/*.yaml, the top ten search results
(id, name, score, source) and the intake JSON of the query read as a diary (foods, grams,
confidence, totals); and the full intake JSON (``intake --json``) of every item and day of the
blind food sets and of every day of the blind prose sets in benchmarks/blind/, in each line's
locale. Anything a ranking, cache or index change could move shows up as a difference.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

import yaml

from crampcheck.core.locale import parse_locale
from crampcheck.errors import InputError
from crampcheck.foods import open_food_database
from crampcheck.schemas.intake import intake_to_json
from crampcheck.services.intake import analyze_intake

HERE = Path(__file__).parent
QUERY_SETS = sorted((HERE / "queries").glob("*.yaml"))
HELD_OUT = frozenset({"foods-v4"})
"""Blind sets held out for measurement (benchmarks/blind/README.md): never read here."""
BLIND_SETS = [
    path
    for path in sorted((HERE / "blind").glob("*/items.jsonl"))
    + sorted((HERE / "blind").glob("*/days.jsonl"))
    if path.parent.name not in HELD_OUT
]
SEARCH_LIMIT = 10


def _queries() -> list[tuple[str, str]]:
    found = []
    for path in QUERY_SETS:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        found += [(path.stem, str(q["query"])) for q in data["queries"]]
    return found


def _blind_lines() -> list[tuple[str, dict[str, Any]]]:
    found = []
    for path in BLIND_SETS:
        label = f"{path.parent.name}/{path.stem}"
        lines = path.read_text(encoding="utf-8").splitlines()
        found += [(label, json.loads(line)) for line in lines if line.strip()]
    return found


def _intake(text: str, locale: str = "en-US") -> dict[str, Any]:
    try:
        return intake_to_json(analyze_intake(text, locale=parse_locale(locale)))
    except InputError as error:  # a refusal is a result too
        return {"error": f"{type(error).__name__}: {error}"}


def snapshot() -> dict[str, Any]:
    """Every answer the checked code gives, keyed so that a difference names its input."""
    db = open_food_database()
    answers: dict[str, Any] = {}
    for set_name, query in _queries():
        results = db.search(query, limit=SEARCH_LIMIT)
        answers[f"search {set_name}: {query}"] = [
            [r.food_id, r.name, r.score, r.source] for r in results
        ]
        answers[f"intake {set_name}: {query}"] = _intake(query)
    for label, line in _blind_lines():
        key = f"intake {label} {line.get('id', '')}"
        answers[key] = _intake(str(line["text"]), str(line.get("locale", "en-US")))
    return answers


def _first_difference(before: Any, after: Any, path: str = "") -> str | None:
    if isinstance(before, dict) and isinstance(after, dict):
        for key in sorted(set(before) | set(after)):
            if key not in before or key not in after:
                return f"{path}.{key}: only {'after' if key in after else 'before'}"
            found = _first_difference(before[key], after[key], f"{path}.{key}")
            if found:
                return found
        return None
    if isinstance(before, list) and isinstance(after, list):
        if len(before) != len(after):
            return f"{path}: {len(before)} entries before, {len(after)} after"
        for index, (one, other) in enumerate(zip(before, after, strict=True)):
            found = _first_difference(one, other, f"{path}[{index}]")
            if found:
                return found
        return None
    return None if before == after else f"{path}: {before!r} before, {after!r} after"


def compare(before: dict[str, Any], after: dict[str, Any], show: int = 10) -> list[str]:
    """The inputs whose answers differ, each with its first differing field."""
    differences = []
    for key in sorted(set(before) | set(after)):
        found = _first_difference(before.get(key), after.get(key))
        if key not in before or key not in after:
            found = f"only {'after' if key in after else 'before'}"
        if found:
            differences.append(f"{key}: {found}")
    for line in differences[:show]:
        print(f"  differs: {line}")
    return differences


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--write", type=Path, help="write the snapshot to this file")
    group.add_argument("--compare", type=Path, help="compare with a snapshot written before")
    args = parser.parse_args()
    answers = snapshot()
    if args.write:
        args.write.write_text(json.dumps(answers, indent=0, sort_keys=True), encoding="utf-8")
        print(f"wrote {len(answers)} answers to {args.write}")
        return
    before = json.loads(args.compare.read_text(encoding="utf-8"))
    differences = compare(before, answers)
    if differences:
        sys.exit(f"{len(differences)} of {len(answers)} answers differ")
    print(f"all {len(answers)} answers identical")


if __name__ == "__main__":
    main()
