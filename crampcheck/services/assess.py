"""The assessment use case: a case (and its diary's intake) → one typed :class:`Assessment`.

The engine's findings are extracted once; the same findings give the triage, the factors and
the food constraints. JSON is made only at the edges (``crampcheck.schemas.cases``)::

    intake, notes = analyse_case_diary(case)
    result = assess(case, intake, kb, notes=notes)
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import date

from crampcheck.core.assessment.case import Assessment, Case, IntakeStatus
from crampcheck.core.assessment.engine import assess_findings
from crampcheck.core.assessment.extract import extract
from crampcheck.core.assessment.knowledge import KnowledgeBase
from crampcheck.core.intake import IntakeResult
from crampcheck.core.ports import FoodRepository
from crampcheck.core.suggest import Constraints, Suggestion, make_constraints
from crampcheck.data.kb import load_knowledge_base
from crampcheck.errors import CrampcheckError, InputError

MAX_DOCUMENT_BYTES = 200_000
"""Largest case document accepted (a full case with a long diary is a few kilobytes)."""


MAX_INT_DIGITS = 30
"""Longest whole number read from a case (a larger one could not become a finite float)."""


def assess(
    case: Case,
    intake: IntakeResult | None,
    kb: KnowledgeBase | None = None,
    *,
    statuses: Sequence[IntakeStatus] | None = None,
    answered: Iterable[str] = (),
    notes: Sequence[str] = (),
    suggest: bool = True,
    foods: FoodRepository | None = None,
    today: date | None = None,
) -> Assessment:
    """Assess one case: triage, red flags, factors, questions still worth asking, and foods
    that close the intake's gaps within the case's constraints.

    Args:
        case: the case (answers already added, see ``services.questions.with_answers``).
        intake: the case diary's intake (``analyse_case_diary``), or ``None``.
        kb: the knowledge base (default: the bundled one).
        statuses: nutrient statuses measured elsewhere (a diary's average day); default the
            intake's own targets.
        answered: ids of the questions already answered (not asked again).
        notes: what was not understood before the engine ran (listed first).
        suggest: look for foods when there is an intake (needs scipy and the food database).
        foods: the food repository for suggestions (default: the bundled one).
        today: the date questions are asked on (default today).
    """
    from crampcheck.services.questions import open_questions

    knowledge = kb or load_knowledge_base()
    levels = list(statuses) if statuses is not None else intake_statuses(intake)
    found = extract(case, knowledge, levels)
    result = assess_findings(case, knowledge, found)
    extra: list[str] = []
    sought = suggest and intake is not None
    suggestion = (
        _suggestion(intake, case, constraints_from_findings(found.set), foods, extra)
        if sought and intake is not None
        else None
    )
    return replace(
        result,
        not_understood=(*notes, *result.not_understood, *extra),
        intake=intake,
        suggestion=suggestion,
        suggested=sought,
        questions=open_questions(case, knowledge, result, answered, levels, today),
    )


def intake_statuses(intake: IntakeResult | None) -> list[IntakeStatus] | None:
    """The intake's nutrients set against the person's targets, as the engine reads them."""
    if intake is None:
        return None
    return [
        IntakeStatus(
            nutrient.value,
            target.total,
            target.percent,
            target.status.value,
            intake.totals_from_supplements.get(nutrient),
        )
        for nutrient, target in (intake.targets or {}).items()
    ]


def analyse_case_diary(
    case: Case, *, foods: FoodRepository | None = None
) -> tuple[IntakeResult | None, tuple[str, ...]]:
    """The intake of the case's diary (``None`` without one), and why it could not be read."""
    from crampcheck.services.intake import analyze_intake

    if not case.diary:
        return None, ()
    try:
        return analyze_intake(case.diary, case.profile, foods=foods), ()
    except CrampcheckError as error:
        return None, (f"diary: {error.message}",)
    except ImportError:
        return None, ("diary: the food database is not available in this installation",)


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


def case_constraints(
    case: Case, kb: KnowledgeBase, statuses: Sequence[IntakeStatus] | None = None
) -> Constraints:
    """The food constraints of a case (for callers that suggest foods on their own)."""
    return constraints_from_findings(extract(case, kb, statuses).set)


def _suggestion(
    intake: IntakeResult,
    case: Case,
    constraints: Constraints,
    foods: FoodRepository | None,
    notes: list[str],
) -> Suggestion | None:
    """Foods that close the diary's gaps within the case's constraints (issue 5), or None."""
    from crampcheck.services.suggest import suggest_for_intake

    try:
        return suggest_for_intake(intake, case.profile, constraints, foods=foods)
    except CrampcheckError as error:
        notes.append(f"suggestions: {error.message}")
        return None


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
