"""Medicines from diary records are read from their dates, not from words written back."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from crampcheck.core.assessment.case import Case, MedicineCourse
from crampcheck.core.assessment.extract import extract
from crampcheck.core.assessment.knowledge import KnowledgeBase
from crampcheck.core.models import make_profile

ON = date(2026, 3, 20)


@pytest.mark.parametrize(
    ("started", "stopped", "expected"),
    [
        (
            ON - timedelta(days=20),
            None,
            {"drug:diuretic", "drug:diuretic:recent"},
        ),
        (ON - timedelta(days=90), None, {"drug:diuretic:recent"}),
        (ON - timedelta(days=91), None, {"drug:diuretic"}),
        (ON - timedelta(days=400), None, {"drug:diuretic:long"}),
        (None, None, {"drug:diuretic"}),
        (ON - timedelta(days=20), ON + timedelta(days=5), {"drug:diuretic:recent"}),
    ],
)
def test_a_dated_course_is_read_by_its_dates(
    kb: KnowledgeBase, started: date | None, stopped: date | None, expected: set[str]
) -> None:
    case = Case(
        make_profile(60, "female"),
        courses=(MedicineCourse("chlorthalidone 25 mg", started, stopped),),
        on=ON,
    )
    found = extract(case, kb).set
    assert expected <= found
    assert not {f"drug:diuretic:{w}" for w in ("recent", "long")} - expected & found


def test_a_course_stopped_by_the_day_is_not_counted(kb: KnowledgeBase) -> None:
    course = MedicineCourse("chlorthalidone 25 mg", ON - timedelta(days=60), ON - timedelta(days=1))
    found = extract(Case(make_profile(60, "female"), courses=(course,), on=ON), kb)
    assert not any(name.startswith("drug:") for name in found.set)
    assert "'chlorthalidone 25 mg': stopped, not counted" in found.matched
