"""The case library (tests/fixtures/cases/*.yaml): loading and checking expectations.

Used by the parametrised tests and by benchmarks/bench_assess.py (the library score).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

CASES_DIR = Path(__file__).parent / "fixtures" / "cases"
FORBIDDEN_FACTORS = frozenset({"vitamin_k2"})


@dataclass(frozen=True)
class LibraryCase:
    id: str
    file: str
    case: dict[str, Any]
    triage: str
    flags: tuple[str, ...]
    include: tuple[str, ...]
    exclude: tuple[str, ...]
    intake: dict[str, Any] | None
    include_any: tuple[str, ...] = ()


def load_cases(directory: Path | None = None) -> list[LibraryCase]:
    cases: list[LibraryCase] = []
    for path in sorted((directory or CASES_DIR).glob("*.yaml")):
        for raw in yaml.safe_load(path.read_text(encoding="utf-8")):
            cases.append(
                LibraryCase(
                    id=raw["id"],
                    file=path.name,
                    case=raw["case"],
                    triage=raw["triage"],
                    flags=tuple(raw.get("flags", ())),
                    include=tuple(raw.get("include", ())),
                    exclude=tuple(raw.get("exclude", ())),
                    intake=raw.get("intake"),
                    include_any=tuple(raw.get("include_any", ())),
                )
            )
    return cases


def problems(expected: LibraryCase, result: dict[str, Any]) -> list[str]:
    """Everything wrong with ``result`` for ``expected`` (empty when it passes)."""
    found: list[str] = []
    if result.get("triage") != expected.triage:
        found.append(f"triage {result.get('triage')!r}, expected {expected.triage!r}")
    fired = {f["id"] for f in result.get("red_flags", [])} | {
        f["id"] for f in result.get("routine_reasons", [])
    }
    factors = {f["id"] for f in result.get("factors", [])}
    found += [f"red flag {flag} missing" for flag in expected.flags if flag not in fired]
    found += [f"factor {f} missing" for f in expected.include if f not in factors]
    found += [f"factor {f} must not appear" for f in expected.exclude if f in factors]
    if expected.include_any and not set(expected.include_any) & factors:
        found.append(f"none of the factors {list(expected.include_any)}")
    found += [f"forbidden factor {f}" for f in FORBIDDEN_FACTORS & factors]
    return found
