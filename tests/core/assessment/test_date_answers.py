"""Date answers need today's date to be used; text answers need some text."""

from __future__ import annotations

from datetime import date

import pytest

from crampcheck.core.assessment.case import Case
from crampcheck.core.assessment.questions import answer_case, normalise_answer
from crampcheck.core.models import make_profile
from crampcheck.data.questions import load_question_bank

STARTED = next(q for q in load_question_bank().questions if q.answer_type == "date")


@pytest.mark.parametrize(
    ("raw", "today", "answer"),
    [
        ("2026-02-01", date(2026, 3, 1), ("2026-02-01", None)),
        ("2026-02-01", None, (None, "dates cannot be used without today's date")),
        ("2026-04-01", date(2026, 3, 1), (None, "that date is in the future")),
        ("last week", date(2026, 3, 1), (None, "expected a date like 2026-03-01")),
        (20260201, date(2026, 3, 1), (None, "expected a date like 2026-03-01")),
    ],
)
def test_date_answers(raw: object, today: date | None, answer: tuple[object, object]) -> None:
    assert normalise_answer(STARTED, raw, today) == answer


def test_a_date_answer_without_today_leaves_the_case_as_it_is() -> None:
    case = Case(profile=make_profile(60, "female"), medications=("furosemide",))
    assert answer_case(case, STARTED, "2026-02-01", None) is case


TEXT = next(q for q in load_question_bank().questions if q.answer_type == "text")


@pytest.mark.parametrize(
    ("raw", "answer"),
    [("  ", (None, "expected some text")), (7, (None, "expected some text")), (" x ", ("x", None))],
)
def test_text_answers(raw: object, answer: tuple[object, object]) -> None:
    assert normalise_answer(TEXT, raw) == answer
