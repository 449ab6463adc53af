"""Medicines as courses: starting, changing the dose and stopping update one record.

A course is recognised by its drug (the words before the dose): "omeprazole 20mg" and
"Omeprazole 40 mg" are one course of omeprazole.

Example:
    >>> drug_key("Omeprazole 20mg once daily")
    'omeprazole'
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from crampcheck.core.diary import MedicationChange, MedicationEntry
from crampcheck.errors import InputError

_DOSE = re.compile(r"\d")


def drug_key(name: str) -> str:
    """The drug part of a medicine as written, lower case (what comes before the first digit)."""
    head = _DOSE.split(name, maxsplit=1)[0]
    words = re.findall(r"[^\W\d_]+", head.casefold())
    return " ".join(words) or name.strip().casefold()


def find_course(courses: Sequence[MedicationEntry], name: str) -> MedicationEntry | None:
    """The open course of the same drug, else the latest one of it, else None."""
    same = [c for c in courses if drug_key(c.name) == drug_key(name)]
    open_ = [c for c in same if c.stopped is None]
    if open_:
        return open_[-1]
    return same[-1] if same else None


def new_course(entry: MedicationEntry) -> MedicationEntry:
    """A first record of a course, its start (and stop) in the history."""
    history = [MedicationChange(entry.started, "started", entry.name)]
    if entry.stopped is not None:
        history.append(MedicationChange(entry.stopped, "stopped"))
    return replace(entry, history=tuple(history))


def change_dose(course: MedicationEntry, name: str, on: date | None) -> MedicationEntry:
    """The course now taken as ``name`` (e.g. "omeprazole 40 mg") from ``on``."""
    if course.stopped is not None:
        raise InputError(
            f"{course.name} was stopped on {course.stopped.isoformat()}; log a new start instead"
        )
    if on is not None and course.started is not None and on < course.started:
        raise InputError(f"the dose change {on.isoformat()} is before the start")
    if name.strip() == course.name:
        return course
    step = MedicationChange(on, "dose", name.strip())
    return replace(course, name=name.strip(), history=(*course.history, step))


def stop_course(course: MedicationEntry, on: date) -> MedicationEntry:
    """The course stopped on ``on``."""
    if course.started is not None and on < course.started:
        raise InputError(
            f"stop date {on.isoformat()} is before start date {course.started.isoformat()}"
        )
    if course.stopped == on:
        return course
    return replace(course, stopped=on, history=(*course.history, MedicationChange(on, "stopped")))


def merge_logged(
    courses: Sequence[MedicationEntry], logged: MedicationEntry, changed: date | None = None
) -> tuple[MedicationEntry, bool]:
    """Fold one ``log med`` into the person's courses: (the course to store, whether it is new).

    - no course of that drug yet, or a new start after the last one stopped: a new course;
    - ``changed``, or another dose of an open course: a dose change;
    - ``stopped``: the open course stops (whatever dose was written with it).
    """
    course = find_course(courses, logged.name)
    restart = (
        course is not None
        and course.stopped is not None
        and logged.started is not None
        and logged.started > course.stopped
    )
    if course is None or restart:
        if changed is not None:
            raise InputError(f"there is no course of {drug_key(logged.name)} to change")
        return new_course(logged), True
    updated = course
    other_dose = logged.name.strip() != course.name and logged.stopped is None
    if changed is not None or (other_dose and course.stopped is None):
        updated = change_dose(updated, logged.name, changed or logged.started)
    if logged.stopped is not None:
        updated = stop_course(updated, logged.stopped)
    if logged.notes and logged.notes not in updated.notes:
        notes = f"{updated.notes}; {logged.notes}" if updated.notes else logged.notes
        updated = replace(updated, notes=notes)
    if course.started is None and logged.started is not None and changed is None:
        updated = replace(updated, started=logged.started)
    return updated, False
