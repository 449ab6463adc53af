"""The assessment use case: case document → knowledge base + intake engine + core engine → JSON."""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from typing import Any

from crampcheck.core.assessment.case import Case, IntakeStatus
from crampcheck.core.assessment.engine import assess
from crampcheck.core.assessment.extract import extract
from crampcheck.core.assessment.knowledge import KnowledgeBase
from crampcheck.core.suggest import Constraints, make_constraints
from crampcheck.data.kb import load_knowledge_base
from crampcheck.errors import CrampcheckError, InputError
from crampcheck.schemas.assess import assessment_to_json, parse_case

IntakeAnalyzer = Callable[[Case], tuple[list[IntakeStatus], dict[str, Any]]]
"""Diary text → (nutrient statuses for the engine, contract §2 intake JSON)."""

MAX_DOCUMENT_BYTES = 200_000
"""Largest case document accepted (a full case with a long diary is a few kilobytes)."""


MAX_INT_DIGITS = 30
"""Longest whole number read from a case (a larger one could not become a finite float)."""


def assess_document(
    document: object,
    *,
    kb: KnowledgeBase | None = None,
    analyze_diary: IntakeAnalyzer | None = None,
    today: date | None = None,
) -> dict[str, Any]:
    """Assess one case document (already parsed from JSON) and return the result document.

    The case's ``answers`` are added to its fields first; the result's ``questions`` list what is
    still worth asking (see :mod:`crampcheck.services.questions`).
    """
    from crampcheck.services.questions import questions_json, with_answers

    case, notes = parse_case(document)
    knowledge = kb or load_knowledge_base()
    case, answers = with_answers(case, document, notes, today)
    statuses: list[IntakeStatus] | None = None
    intake_doc: dict[str, Any] | None = None
    if case.diary:
        try:
            statuses, intake_doc = (analyze_diary or diary_with_intake_engine)(case)
        except CrampcheckError as error:
            notes.append(f"diary: {error.message}")
        except ImportError:
            notes.append("diary: the food database is not available in this installation")
    result = assess(case, knowledge, statuses)
    document_out = assessment_to_json(result, intake_doc)
    document_out["not_understood"] = notes + document_out["not_understood"]
    document_out["questions"] = questions_json(case, knowledge, result, answers, statuses, today)
    if case.diary and intake_doc and analyze_diary is None:
        document_out["suggestions"] = _suggestions(case, knowledge, statuses, notes)
    return document_out


def constraints_from_findings(found: frozenset[str]) -> Constraints:
    """Food constraints implied by the case: diet, kidney disease, drugs, heavy sweating."""
    diet = next((d for d in ("vegan", "vegetarian") if f"life:{d}" in found), None)
    return make_constraints(
        diet=diet,
        ckd=bool({"condition:ckd", "condition:hemodialysis"} & found),
        potassium_sparing="drug:diuretic_k_sparing" in found,
        warfarin="drug:warfarin" in found,
        heavy_sweating="life:heavy_sweating" in found,
    )


def _suggestions(
    case: Case, kb: KnowledgeBase, statuses: list[IntakeStatus] | None, notes: list[str]
) -> dict[str, Any] | None:
    """Foods that close the diary's gaps within the case's constraints (issue 5), or None."""
    from crampcheck.schemas.suggest import suggestion_to_json
    from crampcheck.services.intake import analyze_intake
    from crampcheck.services.suggest import suggest_for_intake

    constraints = constraints_from_findings(extract(case, kb, statuses).set)
    try:
        intake = analyze_intake(case.diary or "", case.profile)
        return suggestion_to_json(suggest_for_intake(intake, case.profile, constraints))
    except CrampcheckError as error:
        notes.append(f"suggestions: {error.message}")
        return None


def diary_with_intake_engine(case: Case) -> tuple[list[IntakeStatus], dict[str, Any]]:
    """Analyse the diary with the intake service (issue 3) for the case's profile."""
    from crampcheck.schemas.intake import intake_to_json
    from crampcheck.services.intake import analyze_intake

    result = analyze_intake(case.diary or "", case.profile)
    from_supplements = result.totals_from_supplements
    statuses = [
        IntakeStatus(
            nutrient.value,
            target.total,
            target.percent,
            target.status.value,
            from_supplements.get(nutrient),
        )
        for nutrient, target in (result.targets or {}).items()
    ]
    return statuses, intake_to_json(result)


def parse_json_case(text: str) -> object:
    """Parse one case from JSON text, with a clear error for anything that is not JSON."""
    if len(text.encode("utf-8", errors="replace")) > MAX_DOCUMENT_BYTES:
        raise InputError(
            f"the case is too large ({len(text):,} characters; the limit is "
            f"{MAX_DOCUMENT_BYTES:,} bytes)"
        )
    if not text.strip():
        raise InputError("the case is empty; give a JSON object (see contract §3)")
    try:
        return json.loads(
            text, parse_float=_finite_float, parse_int=_bounded_int, parse_constant=_no_constant
        )
    except json.JSONDecodeError as error:
        raise InputError(
            f"the case is not valid JSON (line {error.lineno}, column {error.colno}: {error.msg})"
        ) from error
    except RecursionError as error:
        raise InputError("the case is nested too deeply to be a case document") from error


def _finite_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise InputError(f"the number {text[:20]}... is too large")
    return value


def _bounded_int(text: str) -> int:
    if len(text.lstrip("-")) > MAX_INT_DIGITS:
        raise InputError(f"the number {text[:20]}... is too large")
    return int(text)


def _no_constant(text: str) -> float:
    raise InputError(f"{text} is not a number JSON allows")


def assess_text(text: str, **options: Any) -> dict[str, Any]:
    """Parse and assess one JSON case."""
    return assess_document(parse_json_case(text), **options)


def assess_lines(lines: Iterable[str], **options: Any) -> Iterator[dict[str, Any]]:
    """JSON Lines batch: one result (or ``{"error": ...}``) per non-empty line, in order."""
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            yield assess_text(line, **options)
        except CrampcheckError as error:
            yield {
                "error": {"message": error.message, "type": type(error).__name__, "line": number}
            }
