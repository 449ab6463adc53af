"""Correcting the diary: edit and delete any entry or profile, undo the last deletion, a day view.

The CLI, the web pages and the REST API all call these; nothing here reads the clock.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, fields, replace
from datetime import UTC, date, datetime, time
from typing import Any

from crampcheck.core import diary as d
from crampcheck.core.diary_ports import DiaryRepository
from crampcheck.core.diary_text import CLI_WORDS, describe
from crampcheck.errors import InputError, NotFoundError
from crampcheck.services.diary import (
    CURRENT_PROFILE,
    Analyzer,
    items_from_intake,
)

_NO_LIMIT = datetime(9000, 1, 1, tzinfo=UTC)
"""``now`` for re-checking a stored entry: it was checked against the clock when logged."""

UNDO_KEY = "undo:{profile_id}"
"""Settings key holding the last deleted entry of a profile (one level of undo)."""

EDITABLE: dict[d.EntryKind, frozenset[str]] = {
    "food": frozenset({"at", "text"}),
    "fluids": frozenset({"at", "amount", "millilitres", "kind"}),
    "cramps": frozenset(
        {"at", "severity", "count", "duration_min", "sleep", "location", "trigger", "notes"}
    ),
    "medications": frozenset({"name", "started", "stopped", "notes"}),
    "labs": frozenset({"taken_on", "name", "value", "unit"}),
    "weights": frozenset({"at", "kg", "notes"}),
}
"""The fields a person may change, per kind (``amount`` is a drink written as text)."""

PROFILE_FIELDS = frozenset(
    {"name", "age", "sex", "pregnant", "lactating", "birth_year", "birth_date", "due_date"}
)


def _pid(record: d.ProfileRecord) -> int:
    assert record.id is not None
    return record.id


def get_entry(
    repo: DiaryRepository, profile: d.ProfileRecord, kind: d.EntryKind, entry_id: int
) -> d.DiaryEntry:
    """The entry, when it is in this profile's diary (another profile's answers not found)."""
    try:
        entry = repo.get_entry(kind, entry_id)
    except NotFoundError:
        entry = None
    if entry is None or entry.profile_id != profile.id:
        raise NotFoundError(f"no {CLI_WORDS[kind]} entry {entry_id} in {profile.name}'s diary")
    return entry


def _validate(entry: d.DiaryEntry, now: datetime) -> d.DiaryEntry:
    if isinstance(entry, d.FoodEntry):
        return d.validate_food(entry, now)
    if isinstance(entry, d.FluidEntry):
        return d.validate_fluid(entry, now)
    if isinstance(entry, d.CrampEpisode):
        return d.validate_cramp(entry, now)
    if isinstance(entry, d.MedicationEntry):
        return d.validate_medication(entry, now)
    if isinstance(entry, d.LabResult):
        return d.validate_lab(entry, now)
    return d.validate_weight(entry, now)


def edit_entry(
    repo: DiaryRepository,
    profile: d.ProfileRecord,
    kind: d.EntryKind,
    entry_id: int,
    changes: Mapping[str, Any],
    now: datetime,
    analyze: Analyzer | None = None,
) -> d.DiaryEntry:
    """Change some fields of one entry; a new food text is read again into items."""
    old = get_entry(repo, profile, kind, entry_id)
    wanted = {key: value for key, value in changes.items() if value is not None}
    if not wanted:
        raise InputError("nothing to change; give at least one new value")
    unknown = sorted(set(wanted) - EDITABLE[kind])
    if unknown:
        allowed = ", ".join(sorted(EDITABLE[kind]))
        word = CLI_WORDS[kind]
        raise InputError(f"a {word} entry has no field {unknown[0]!r}; it has {allowed}")
    if "amount" in wanted:
        wanted["millilitres"], wanted["kind"] = d.parse_fluid(str(wanted.pop("amount")))
    for key in ("text", "name", "unit", "location", "trigger", "notes", "kind"):
        if isinstance(wanted.get(key), str):
            wanted[key] = d.check_text(wanted[key], key, required=key in ("text", "name", "unit"))
    new = replace(old, **wanted)
    if isinstance(new, d.FoodEntry) and "text" in wanted and wanted["text"] != old_text(old):
        if analyze is None:
            raise InputError("changing a food text needs the food engine")
        new = replace(new, items=items_from_intake(analyze(new.text, profile.profile)))
    if isinstance(new, d.MedicationEntry) and new != old:
        new = _note_course_edit(old, new)
    checked = _validate(new, now)
    if isinstance(checked, d.LabResult):
        from crampcheck.services.diary import lab_notes

        lab_notes(checked)
    return repo.update_entry(checked)


def old_text(entry: d.DiaryEntry) -> str | None:
    return entry.text if isinstance(entry, d.FoodEntry) else None


def _note_course_edit(old: d.DiaryEntry, new: d.MedicationEntry) -> d.MedicationEntry:
    assert isinstance(old, d.MedicationEntry)
    history = list(new.history)
    if new.name != old.name:
        history.append(d.MedicationChange(None, "noted", f"renamed from {old.name}"))
    if new.stopped != old.stopped and new.stopped is not None:
        history.append(d.MedicationChange(new.stopped, "stopped"))
    return replace(new, history=tuple(history))


# --- delete and undo --------------------------------------------------------------------------


def _undo_key(profile: d.ProfileRecord) -> str:
    return UNDO_KEY.format(profile_id=_pid(profile))


def delete_entry(
    repo: DiaryRepository, profile: d.ProfileRecord, kind: d.EntryKind, entry_id: int
) -> d.DiaryEntry:
    """Delete one entry; it can be restored with :func:`undo_delete` until the next deletion."""
    from crampcheck.services.transfer import entry_to_doc

    entry = get_entry(repo, profile, kind, entry_id)
    saved = json.dumps({"kind": kind, "entry": entry_to_doc(entry).model_dump(mode="json")})
    with repo.transaction() as tx:
        tx.delete_entry(kind, entry_id)
        tx.set_setting(_undo_key(profile), saved)
    return entry


def last_deleted(repo: DiaryRepository, profile: d.ProfileRecord) -> d.DiaryEntry | None:
    """The entry :func:`undo_delete` would restore, or None."""
    from crampcheck.services.transfer import SECTIONS

    raw = repo.get_setting(_undo_key(profile))
    if not raw:
        return None
    saved = json.loads(raw)
    doc = SECTIONS[saved["kind"]].model_validate(saved["entry"])
    from crampcheck.services.transfer import entry_from_doc

    return entry_from_doc(doc, _pid(profile), _NO_LIMIT)


def undo_delete(repo: DiaryRepository, profile: d.ProfileRecord) -> d.DiaryEntry:
    """Put back the last deleted entry of this profile (with its stable id)."""
    entry = last_deleted(repo, profile)
    if entry is None:
        raise InputError(f"nothing to undo: no entry of {profile.name} was deleted")
    with repo.transaction() as tx:
        restored: d.DiaryEntry = getattr(tx, ADDERS[d.kind_of(entry)])(entry)
        tx.set_setting(_undo_key(profile), "")
    return restored


ADDERS: dict[d.EntryKind, str] = {
    "food": "add_food",
    "fluids": "add_fluid",
    "cramps": "add_cramp",
    "medications": "add_medication",
    "labs": "add_lab",
    "weights": "add_weight",
}


# --- profiles ---------------------------------------------------------------------------------


def edit_profile(
    repo: DiaryRepository, record: d.ProfileRecord, changes: Mapping[str, Any], today: date
) -> d.ProfileRecord:
    """Change a profile: name, age or birth year/date, sex, pregnancy (with a due date)."""
    wanted = {key: value for key, value in changes.items() if value is not None}
    unknown = sorted(set(wanted) - PROFILE_FIELDS)
    if unknown:
        raise InputError(f"a profile has no field {unknown[0]!r}")
    if not wanted:
        raise InputError("nothing to change; give at least one new value")
    old = record.profile
    birth_year = wanted.get("birth_year", record.birth_year)
    birth_date = wanted.get("birth_date", record.birth_date)
    if "age" in wanted:  # a plain age replaces a birth year or date
        birth_year, birth_date = None, None
    if "birth_date" in wanted:
        birth_year = None
    if "birth_year" in wanted:
        birth_date = None
    pregnant = wanted.get("pregnant", old.pregnant)
    due = wanted.get("due_date", record.due_date if pregnant else None)
    if due is not None:
        pregnant = True
    updated = d.person(
        wanted.get("name", record.name),
        wanted.get("age", old.age_years),
        wanted.get("sex", old.sex.value),
        today,
        pregnant=pregnant,
        lactating=wanted.get("lactating", old.lactating),
        birth_year=birth_year,
        birth_date=birth_date,
        due_date=due,
    )
    stored = repo.update_profile(replace(updated, id=record.id))
    if repo.get_setting(CURRENT_PROFILE) == record.name and stored.name != record.name:
        repo.set_setting(CURRENT_PROFILE, stored.name)
    return stored


def delete_profile(repo: DiaryRepository, record: d.ProfileRecord) -> None:
    """Delete a profile and its whole diary (no undo: the caller asks for confirmation)."""
    with repo.transaction() as tx:
        tx.delete_profile(_pid(record))
        tx.set_setting(_undo_key(record), "")
        if tx.get_setting(CURRENT_PROFILE) == record.name:
            others = [r for r in tx.list_profiles() if r.id != record.id]
            tx.set_setting(CURRENT_PROFILE, others[0].name if others else "")


# --- the day view -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class DayItem:
    """One line of the day view: what it is, when, in words, and the record itself."""

    kind: d.EntryKind
    id: int
    at: datetime | None
    text: str
    entry: d.DiaryEntry


@dataclass(frozen=True, slots=True)
class DayView:
    """Every entry of every kind logged on one (local) day, in time order."""

    profile: d.ProfileRecord
    day: date
    items: Sequence[DayItem]
    last_deleted: d.DiaryEntry | None


def _med_events(med: d.MedicationEntry, day: date) -> bool:
    return med.started == day or med.stopped == day or any(c.on == day for c in med.history)


def day_view(repo: DiaryRepository, profile: d.ProfileRecord, day: date) -> DayView:
    """Food, drinks, cramps, weights (by time), labs and medicine changes of that day first."""
    from crampcheck.services.diary import show_diary

    view = show_diary(repo, profile, day, day)
    timed: list[Any] = [*view.food, *view.fluids, *view.cramps, *view.weights]
    dated: list[Any] = [*view.labs, *(m for m in view.medications if _med_events(m, day))]
    items = [DayItem(d.kind_of(e), e.id, None, describe(e), e) for e in dated]
    timed.sort(key=lambda e: (e.at, d.kind_of(e), e.id))
    items += [DayItem(d.kind_of(e), e.id, e.at, describe(e), e) for e in timed]
    return DayView(profile, day, tuple(items), last_deleted(repo, profile))


def start_of(day: date, like: datetime) -> datetime:
    """Midnight of ``day`` in the time zone of ``like``."""
    return datetime.combine(day, time(), like.tzinfo)


def field_names(kind: d.EntryKind) -> list[str]:
    """The stored fields of a kind (for help texts)."""
    return [f.name for f in fields(d.ENTRY_TYPES[kind])]
