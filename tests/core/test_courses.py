"""Medicine courses: start, dose change, stop and restart fold into one record."""

from __future__ import annotations

from datetime import date

import pytest

from crampcheck.core.courses import (
    change_dose,
    drug_key,
    find_course,
    merge_logged,
    new_course,
    stop_course,
)
from crampcheck.core.diary import MedicationChange, MedicationEntry
from crampcheck.errors import InputError

START = date(2026, 1, 5)
STOP = date(2026, 2, 1)


def _course(name: str = "omeprazole 20 mg", **fields: object) -> MedicationEntry:
    return new_course(MedicationEntry(1, name, started=START, **fields))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Omeprazole 20mg once daily", "omeprazole"),
        ("furosemide", "furosemide"),
        ("Vitamin-D 1000 IU", "vitamin d"),
        ("20 mg", "20 mg"),
    ],
)
def test_drug_key_is_the_words_before_the_dose(name: str, key: str) -> None:
    assert drug_key(name) == key


def test_find_course_prefers_the_open_course_then_the_latest() -> None:
    stopped = stop_course(_course(), STOP)
    reopened = _course("Omeprazole 40 mg")
    assert find_course([stopped, reopened], "omeprazole 10mg") is reopened
    assert find_course([stopped], "omeprazole") is stopped
    assert find_course([stopped], "amlodipine") is None


def test_new_course_records_start_and_stop() -> None:
    course = _course(stopped=STOP)
    assert course.history == (
        MedicationChange(START, "started", "omeprazole 20 mg"),
        MedicationChange(STOP, "stopped"),
    )


@pytest.mark.parametrize(
    ("course", "on", "message"),
    [
        (stop_course(_course(), STOP), None, "was stopped on 2026-02-01"),
        (_course(), date(2025, 12, 1), "is before the start"),
    ],
)
def test_change_dose_refuses_impossible_changes(
    course: MedicationEntry, on: date | None, message: str
) -> None:
    with pytest.raises(InputError, match=message):
        change_dose(course, "omeprazole 40 mg", on)


def test_change_dose_to_the_same_dose_changes_nothing() -> None:
    course = _course()
    assert change_dose(course, " omeprazole 20 mg ", None) is course


def test_change_dose_adds_a_step() -> None:
    changed = change_dose(_course(), "omeprazole 40 mg", STOP)
    assert changed.name == "omeprazole 40 mg"
    assert changed.history[-1] == MedicationChange(STOP, "dose", "omeprazole 40 mg")


def test_stop_course_refuses_a_stop_before_the_start_and_is_idempotent() -> None:
    with pytest.raises(InputError, match="before start date 2026-01-05"):
        stop_course(_course(), date(2025, 1, 1))
    stopped = stop_course(_course(), STOP)
    assert stop_course(stopped, STOP) is stopped


@pytest.mark.parametrize(
    ("logged", "changed", "is_new", "name", "stopped", "notes"),
    [
        (
            MedicationEntry(1, "amlodipine 5 mg", started=START),
            None,
            True,
            "amlodipine 5 mg",
            None,
            "",
        ),
        (
            MedicationEntry(1, "omeprazole 40 mg", started=date(2026, 3, 1)),
            None,
            True,
            "omeprazole 40 mg",
            None,
            "",
        ),
        (MedicationEntry(1, "omeprazole 40 mg"), STOP, False, "omeprazole 40 mg", None, ""),
        (
            MedicationEntry(1, "omeprazole", stopped=STOP, notes="reflux better"),
            None,
            False,
            "omeprazole 20 mg",
            STOP,
            "reflux better",
        ),
    ],
)
def test_merge_logged_folds_a_log_into_the_course(
    logged: MedicationEntry,
    changed: date | None,
    is_new: bool,
    name: str,
    stopped: date | None,
    notes: str,
) -> None:
    courses = [_course()]
    if logged.started == date(2026, 3, 1):
        courses = [stop_course(_course(), STOP)]
    course, new = merge_logged(courses, logged, changed)
    assert (new, course.name, course.stopped, course.notes) == (is_new, name, stopped, notes)


def test_merge_logged_appends_notes_and_fills_a_missing_start() -> None:
    open_ = new_course(MedicationEntry(1, "omeprazole 20 mg", notes="with food"))
    course, new = merge_logged([open_], MedicationEntry(1, "omeprazole 20 mg", START, notes="am"))
    assert (new, course.notes, course.started) == (False, "with food; am", START)


def test_merge_logged_cannot_change_a_course_that_does_not_exist() -> None:
    with pytest.raises(InputError, match="no course of amlodipine to change"):
        merge_logged([_course()], MedicationEntry(1, "amlodipine 10 mg"), STOP)
