"""Score the assessment on a blind case set (JSON Lines), as the lead engineer does on set B.

Run: ``PYTHONPATH=. python benchmarks/score_blind_assess.py FILE [--verbose] [--json]``

Each line of FILE is ``{"case": {... contract §3 case ...}, "expected": {"triage": ...,
"red_flags": [ids], "factors_any": [ids], "must_not": [ids or phrases]}}`` (``"id"`` and
``"kind"`` are optional).
An expected red flag is a rule id or the concern factor id it reports (``dvt_suspected``).
Prints the triage exact-match rate, under-triage (and emergencies answered below emergency),
over-triage, red-flag recall, factor hits and ``must_not`` violations. A ``must_not`` entry that
looks like an id (no spaces) must not appear among the red flags or factors; any other entry is a
phrase that must not appear anywhere in the result's text (case-insensitive).
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from crampcheck.data.kb import load_knowledge_base  # noqa: E402
from crampcheck.errors import CrampcheckError  # noqa: E402
from crampcheck.schemas.cases import assess_document  # noqa: E402

LEVELS = ("self_care", "doctor_routine", "doctor_soon", "emergency")
RANK = {level: index for index, level in enumerate(LEVELS)}


@dataclass
class Score:
    cases: int = 0
    exact: int = 0
    under: int = 0
    over: int = 0
    emergency_expected: int = 0
    emergency_under: int = 0
    flags_expected: int = 0
    flags_found: int = 0
    factor_sets: int = 0
    factor_hits: int = 0
    must_not_violations: int = 0
    errors: int = 0
    by_kind: dict[str, list[int]] = field(default_factory=dict)
    misses: list[str] = field(default_factory=list)


def result_text(result: dict[str, Any]) -> str:
    """Every piece of text a person would read in the result."""
    parts = [str(result.get("summary", "")), str(result.get("now", ""))]
    for key in ("red_flags", "factors", "routine_reasons"):
        for item in result.get(key, []):
            parts += [str(item.get("why", "")), str(item.get("advice", ""))]
    return " ".join(parts).lower()


def score_line(number: int, entry: dict[str, Any], score: Score) -> None:
    case, expected = entry["case"], entry["expected"]
    name = str(entry.get("id", f"line {number}"))
    kind = str(
        entry.get("kind") or ("description-only" if _description_only(case) else "structured")
    )
    score.cases += 1
    tally = score.by_kind.setdefault(kind, [0, 0])
    tally[1] += 1
    try:
        result = assess_document(case, kb=KB)
    except CrampcheckError as error:
        score.errors += 1
        score.misses.append(f"{name}: error {error.message}")
        return
    problems: list[str] = []
    got, want = result["triage"], expected["triage"]
    if got == want:
        score.exact += 1
        tally[0] += 1
    elif RANK[got] < RANK[want]:
        score.under += 1
        problems.append(f"UNDER-triage {got} (expected {want})")
    else:
        score.over += 1
        problems.append(f"over-triage {got} (expected {want})")
    if want == "emergency":
        score.emergency_expected += 1
        score.emergency_under += got != "emergency"
    fired = {f["id"] for f in (*result["red_flags"], *result.get("routine_reasons", []))}
    factors = {f["id"] for f in result["factors"]}
    for flag in expected.get("red_flags", []):
        score.flags_expected += 1
        if flag in fired or flag in factors:  # a rule id, or the concern factor it reports
            score.flags_found += 1
        else:
            problems.append(f"red flag {flag} missing")
    wanted_factors = expected.get("factors_any", [])
    if wanted_factors:
        score.factor_sets += 1
        if factors & set(wanted_factors):
            score.factor_hits += 1
        else:
            problems.append(f"none of factors {wanted_factors}")
    text = result_text(result)
    for item in expected.get("must_not", []):
        bad = (item in fired or item in factors) if " " not in item else item.lower() in text
        if bad:
            score.must_not_violations += 1
            problems.append(f"must_not {item!r} violated")
    if problems:
        score.misses.append(f"{name} [{kind}]: {'; '.join(problems)}  -- got flags {sorted(fired)}")


def _description_only(case: dict[str, Any]) -> bool:
    structured = ("cramps", "symptoms", "conditions", "medications", "lifestyle", "labs")
    return bool(case.get("description")) and not any(case.get(key) for key in structured)


def report(score: Score) -> dict[str, Any]:
    def rate(part: int, whole: int) -> float | None:
        return round(100 * part / whole, 1) if whole else None

    return {
        "cases": score.cases,
        "triage_exact_pct": rate(score.exact, score.cases),
        "under_triage": score.under,
        "emergencies_below_emergency": f"{score.emergency_under}/{score.emergency_expected}",
        "over_triage": score.over,
        "red_flag_recall_pct": rate(score.flags_found, score.flags_expected),
        "factors_any_hit_pct": rate(score.factor_hits, score.factor_sets),
        "must_not_violations": score.must_not_violations,
        "errors": score.errors,
        "exact_by_kind": {k: f"{v[0]}/{v[1]}" for k, v in sorted(score.by_kind.items())},
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", type=Path)
    parser.add_argument("--verbose", action="store_true", help="list every case with a problem")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()
    score = Score()
    with args.file.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, start=1):
            if line.strip():
                score_line(number, json.loads(line), score)
    figures = report(score)
    if args.json:
        print(json.dumps(figures, indent=2))
    else:
        for key, value in figures.items():
            print(f"{key:28}: {value}")
    if args.verbose:
        print("\n".join(score.misses))


KB = load_knowledge_base()

if __name__ == "__main__":
    main()
