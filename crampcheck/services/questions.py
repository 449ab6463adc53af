"""Follow-up questions for the assessment service: answers in, still-open questions out."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

from crampcheck.core.assessment.asking import pending_questions
from crampcheck.core.assessment.case import Assessment, Case, IntakeStatus
from crampcheck.core.assessment.knowledge import KnowledgeBase
from crampcheck.core.assessment.questions import apply_answers
from crampcheck.data.questions import load_question_bank
from crampcheck.schemas.questions import parse_answers, question_to_json


def with_answers(
    case: Case, document: object, notes: list[str], today: date | None = None
) -> tuple[Case, tuple[str, ...]]:
    """The case with its ``answers`` added to its fields, and the ids answered (notes collect
    malformed answers, which are asked again)."""
    answers, answer_notes = parse_answers(document)
    notes.extend(answer_notes)
    if not answers:
        return case, ()
    case, answered, apply_notes = apply_answers(
        case, answers, load_question_bank(), today or date.today()
    )
    notes.extend(apply_notes)
    return case, answered


def questions_json(
    case: Case,
    kb: KnowledgeBase,
    result: Assessment,
    answered: Iterable[str],
    intake: Sequence[IntakeStatus] | None = None,
    today: date | None = None,
) -> list[dict[str, Any]]:
    """The result's ``questions``: still unanswered, and able to change the answer."""
    pending = pending_questions(
        case, kb, load_question_bank(), result, answered, intake, today or date.today()
    )
    return [question_to_json(question) for question in pending]


def question_bank_json() -> list[dict[str, Any]]:
    """Every question of the bank (for clients that build their own forms)."""
    return [question_to_json(question) for question in load_question_bank().questions]
