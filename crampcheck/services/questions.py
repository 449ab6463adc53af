"""Follow-up questions for the assessment service: answers in, still-open questions out."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date

from crampcheck.core.assessment.asking import pending_questions
from crampcheck.core.assessment.case import Assessment, Case, IntakeStatus
from crampcheck.core.assessment.knowledge import KnowledgeBase
from crampcheck.core.assessment.questions import Answer, Question, apply_answers
from crampcheck.data.questions import load_question_bank


def with_answers(
    case: Case, answers: Mapping[str, Answer], today: date | None = None
) -> tuple[Case, tuple[str, ...], tuple[str, ...]]:
    """The case with its answers added to its fields, the ids answered, and notes on answers
    that could not be used (those are asked again)."""
    if not answers:
        return case, (), ()
    case, answered, notes = apply_answers(
        case, dict(answers), load_question_bank(), today or date.today()
    )
    return case, tuple(answered), tuple(notes)


def open_questions(
    case: Case,
    kb: KnowledgeBase,
    result: Assessment,
    answered: Iterable[str],
    intake: Sequence[IntakeStatus] | None = None,
    today: date | None = None,
) -> tuple[Question, ...]:
    """The result's questions: still unanswered, and able to change the answer."""
    return pending_questions(
        case, kb, load_question_bank(), result, answered, intake, today or date.today()
    )


def question_bank() -> tuple[Question, ...]:
    """Every question of the bank (for clients that build their own forms)."""
    return tuple(load_question_bank().questions)
