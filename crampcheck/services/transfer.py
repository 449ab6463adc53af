"""Export every diary to JSON or CSV, and import such a file back (all or nothing).

An export imported into an empty database and exported again gives the same document. Database
ids are not exported; every entry carries a stable ``uid`` instead, so importing the same file
twice changes nothing, and a record whose uid is known with other contents is reported as a
conflict rather than stored twice. Files without uids (older exports) are matched by content.

ids are not exported: records are identified by profile name and their contents.

CSV cells that a spreadsheet would run as a formula (starting with ``=``, ``+``, ``-``, ``@``, a
tab or a carriage return) are written with a leading apostrophe, and so is a cell that starts
with an apostrophe; import removes exactly one leading apostrophe, so every cell reads back as
it was (:func:`escape_cell`, :func:`unescape_cell`).
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, fields
from datetime import date, datetime
from typing import Any, Literal

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, ValidationError

from crampcheck.core import diary as d
from crampcheck.core.diary_ports import DiaryRepository
from crampcheck.core.models import make_profile
from crampcheck.core.my_foods import (
    StoredKind,
    choice_from_data,
    choice_to_data,
    food_from_data,
    food_key,
    food_to_data,
)
from crampcheck.errors import InputError

FORMAT: Literal["crampcheck-diary"] = "crampcheck-diary"
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
"""First characters that make a spreadsheet treat a cell as a formula (CSV injection)."""
ESCAPE = "'"
MAX_CSV_CELL = 16_000_000
"""Largest CSV cell read (a 500-item food entry's items column is a few megabytes)."""
VERSION: Literal[1] = 1
Progress = Callable[[int, int], None]

# --- the document -----------------------------------------------------------------------------


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, allow_inf_nan=False)


class ItemDoc(_Strict):
    text: str
    food_id: str | None = None
    name: str | None = None
    grams: float | None = None
    nutrients: dict[str, float | None] = Field(default_factory=dict)
    corrected: bool = False
    source: str | None = None
    meal: str | None = Field(default=None, max_length=16)
    time: str | None = Field(default=None, max_length=16)
    kind: Literal["food", "supplement"] | None = None
    """Written by every export since ``0010_item_kind``; an older file's items without it get
    the kind :func:`crampcheck.core.diary.inferred_kind` gives."""

    def to_item(self) -> d.FoodItem:
        values = self.model_dump(exclude={"kind"})
        kind = (
            d.inferred_kind(self.food_id, self.grams, self.source, self.nutrients)
            if self.kind is None
            else d.item_kind(self.kind)
        )
        return d.FoodItem(**values, kind=kind)


class FoodDoc(_Strict):
    uid: str | None = None
    at: AwareDatetime
    text: str
    items: list[ItemDoc] = Field(default_factory=list)


class FluidDoc(_Strict):
    uid: str | None = None
    at: AwareDatetime
    millilitres: float
    kind: str = "water"


class ChangeDoc(_Strict):
    on: date | None = None
    change: Literal["started", "dose", "stopped", "noted"]
    detail: str = ""


class MedicationDoc(_Strict):
    uid: str | None = None
    name: str
    started: date | None = None
    stopped: date | None = None
    notes: str = ""
    history: list[ChangeDoc] = Field(default_factory=list)


class CrampDoc(_Strict):
    uid: str | None = None
    at: AwareDatetime
    severity: int
    count: int = 1
    duration_min: float | None = None
    sleep: int | None = None
    location: str = ""
    trigger: str = ""
    notes: str = ""


class LabDoc(_Strict):
    uid: str | None = None
    taken_on: date
    name: str
    value: float
    unit: str


class WeightDoc(_Strict):
    uid: str | None = None
    at: AwareDatetime
    kg: float
    notes: str = ""


class MyFoodDoc(_Strict):
    """One of the profile's own foods or recipes (``core.my_foods``); per 100 g."""

    name: str
    kind: Literal["food", "recipe"] = "food"
    per_100g: dict[str, float] = Field(default_factory=dict)
    serving_grams: float | None = None
    favourite: bool = False
    recipe: str | None = None
    servings: int = 1


class ChoiceDoc(_Strict):
    """What the person meant by a phrase, learnt from a correction."""

    phrase: str
    food_id: str
    name: str


class ProfileDoc(_Strict):
    name: str
    age_years: float
    sex: Literal["female", "male"]
    pregnant: bool = False
    lactating: bool = False
    birth_year: int | None = None
    birth_date: date | None = None
    due_date: date | None = None
    food: list[FoodDoc] = Field(default_factory=list)
    fluids: list[FluidDoc] = Field(default_factory=list)
    medications: list[MedicationDoc] = Field(default_factory=list)
    cramps: list[CrampDoc] = Field(default_factory=list)
    labs: list[LabDoc] = Field(default_factory=list)
    weights: list[WeightDoc] = Field(default_factory=list)
    my_foods: list[MyFoodDoc] = Field(default_factory=list)
    choices: list[ChoiceDoc] = Field(default_factory=list)


class DiaryDocument(_Strict):
    format: Literal["crampcheck-diary"]
    version: Literal[1]
    current_profile: str | None = None
    profiles: list[ProfileDoc]


SECTIONS: dict[str, type[_Strict]] = {
    "food": FoodDoc,
    "fluids": FluidDoc,
    "medications": MedicationDoc,
    "cramps": CrampDoc,
    "labs": LabDoc,
    "weights": WeightDoc,
}

# --- export -----------------------------------------------------------------------------------


def _plain(record: Any, skip: Sequence[str] = ("id", "profile_id")) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for field in fields(record):
        if field.name in skip:
            continue
        value = getattr(record, field.name)
        if isinstance(value, tuple):
            value = [_plain(item) for item in value]
        values[field.name] = value
    return values


def export_document(repo: DiaryRepository) -> DiaryDocument:
    """Every profile with all its diaries, its own foods and choices, in a stable order."""
    from crampcheck.services.my_foods import list_choices, list_foods

    profiles = []
    for record in repo.list_profiles():
        assert record.id is not None
        pid = record.id
        profile = record.profile
        profiles.append(
            ProfileDoc(
                name=record.name,
                age_years=profile.age_years,
                sex=profile.sex.value,
                pregnant=profile.pregnant,
                lactating=profile.lactating,
                birth_year=record.birth_year,
                birth_date=record.birth_date,
                due_date=record.due_date,
                food=[FoodDoc(**_plain(e)) for e in repo.list_food(pid)],
                fluids=[FluidDoc(**_plain(e)) for e in repo.list_fluids(pid)],
                medications=[MedicationDoc(**_plain(e)) for e in repo.list_medications(pid)],
                cramps=[CrampDoc(**_plain(e)) for e in repo.list_cramps(pid)],
                labs=[LabDoc(**_plain(e)) for e in repo.list_labs(pid)],
                weights=[WeightDoc(**_plain(e)) for e in repo.list_weights(pid)],
                my_foods=[
                    MyFoodDoc.model_validate(food_to_data(f)) for f in list_foods(repo, record)
                ],
                choices=[
                    ChoiceDoc.model_validate(choice_to_data(c)) for c in list_choices(repo, record)
                ],
            )
        )
    from crampcheck.services.diary import CURRENT_PROFILE

    return DiaryDocument(
        format=FORMAT,
        version=VERSION,
        current_profile=repo.get_setting(CURRENT_PROFILE),
        profiles=profiles,
    )


def to_json(document: DiaryDocument) -> str:
    """The export as indented JSON (times keep the offset they were logged with)."""
    return document.model_dump_json(indent=2) + "\n"


CSV_COLUMNS = (
    "record",
    "profile",
    "age_years",
    "sex",
    "pregnant",
    "lactating",
    "current",
    "at",
    "taken_on",
    "started",
    "stopped",
    "text",
    "name",
    "kind",
    "millilitres",
    "severity",
    "count",
    "duration_min",
    "sleep",
    "location",
    "trigger",
    "value",
    "unit",
    "kg",
    "notes",
    "items",
    "uid",
    "history",
    "birth_year",
    "birth_date",
    "due_date",
)
"""One row per record; ``record`` says which kind; ``items`` holds a food entry's items and
``history`` a medicine's changes as JSON. ``uid`` and the columns after it are optional on
import (older exports lack them)."""

OPTIONAL_CSV = frozenset({"uid", "history", "birth_year", "birth_date", "due_date"})


def escape_cell(cell: str) -> str:
    """A cell a spreadsheet will not run as a formula; :func:`unescape_cell` undoes it exactly."""
    return ESCAPE + cell if cell.startswith((*FORMULA_STARTS, ESCAPE)) else cell


def unescape_cell(cell: str) -> str:
    """The cell as it was before :func:`escape_cell`."""
    return cell[1:] if cell.startswith(ESCAPE) else cell


def _csv_value(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, date | datetime):
        return value.isoformat()
    if isinstance(value, list):
        return json.dumps([item.model_dump(mode="json") for item in value], ensure_ascii=False)
    return escape_cell(str(value))


def to_csv(document: DiaryDocument) -> str:
    """The export as one CSV table (a spreadsheet can open it).

    Rows end in CRLF (RFC 4180), so a cell holding a carriage return or a line feed is quoted
    and reads back unchanged.
    """
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    for profile in document.profiles:
        head = profile.model_dump(
            include={
                "age_years",
                "sex",
                "pregnant",
                "lactating",
                "birth_year",
                "birth_date",
                "due_date",
            }
        )
        current = _csv_value(document.current_profile == profile.name)
        writer.writerow(
            {"record": "profile", "profile": profile.name, "current": current}
            | {k: _csv_value(v) for k, v in head.items()}
        )
        for section in SECTIONS:
            for entry in getattr(profile, section):
                row = {k: _csv_value(getattr(entry, k)) for k in type(entry).model_fields}
                writer.writerow({"record": section, "profile": profile.name} | row)
    return out.getvalue()


# --- import -----------------------------------------------------------------------------------


def _csv_rows(text: str) -> Iterator[tuple[int, dict[str, str]]]:
    """(line number, row with cells unescaped); raise InputError for a broken CSV."""
    csv.field_size_limit(max(csv.field_size_limit(), MAX_CSV_CELL))
    reader = csv.DictReader(io.StringIO(text, newline=""))
    try:
        if reader.fieldnames is None or "record" not in reader.fieldnames:
            raise InputError("the CSV file has no 'record' column; is it a crampcheck export?")
        for row in reader:
            if None in row:
                raise InputError(f"line {reader.line_num}: more cells than columns")
            cells = {key: unescape_cell(value or "") for key, value in row.items()}
            yield reader.line_num, cells
    except csv.Error as error:
        raise InputError(f"line {reader.line_num}: not a readable CSV row: {error}") from error


def _from_csv(text: str) -> dict[str, Any]:
    profiles: dict[str, dict[str, Any]] = {}
    current = None
    for line, row in _csv_rows(text):
        kind, name = row.get("record") or "", row.get("profile") or ""
        if kind == "profile":
            if name in profiles:
                raise InputError(f"line {line}: profile {name!r} has a second 'profile' row")
            keys = ("age_years", "sex", "pregnant", "lactating")
            optional = ("birth_year", "birth_date", "due_date")
            profiles[name] = {"name": name, **{k: row.get(k) for k in keys}}
            profiles[name] |= {k: row[k] for k in optional if row.get(k)}
            current = name if row.get("current") == "true" else current
            continue
        if kind not in SECTIONS:
            raise InputError(f"line {line}: unknown record type {kind!r}")
        if name not in profiles:
            raise InputError(f"line {line}: profile {name!r} has no 'profile' row before it")
        model = SECTIONS[kind]
        values: dict[str, Any] = {}
        for key, spec in model.model_fields.items():
            raw = row.get(key)
            if raw is None and key in OPTIONAL_CSV:
                continue
            if raw is None:
                raise InputError(f"line {line}: column {key!r} is missing")
            text_field = spec.annotation is str
            if key == "uid":
                if raw:
                    values[key] = raw
            elif key in ("items", "history"):
                values[key] = _items_json(raw, line)
            elif raw != "" or text_field:
                values[key] = raw
        profiles[name].setdefault(kind, []).append(values)
    return {
        "format": FORMAT,
        "version": VERSION,
        "current_profile": current,
        "profiles": list(profiles.values()),
    }


def _items_json(raw: str, line: int) -> Any:
    if not raw:
        return []
    try:
        return json.loads(raw)
    except json.JSONDecodeError as error:
        raise InputError(f"line {line}: items or history are not valid JSON") from error
    except RecursionError as error:
        raise InputError(f"line {line}: items are nested too deeply") from error


def parse_export(text: str) -> DiaryDocument:
    """Read a JSON or CSV export; raise InputError naming the first problem."""
    stripped = text.lstrip("\ufeff").lstrip()
    try:
        if stripped.startswith("{"):
            return DiaryDocument.model_validate_json(stripped)
        if stripped.startswith("record,"):
            return DiaryDocument.model_validate(_from_csv(stripped))
    except ValidationError as error:
        first = error.errors()[0]
        where = ".".join(str(part) for part in first["loc"])
        raise InputError(
            f"the import file is not a valid export: {where}: {first['msg']}"
        ) from error
    raise InputError(
        "the import file is not a crampcheck export (JSON or CSV), a Cronometer or MyFitnessPal "
        "CSV, an Apple Health export.xml or FHIR JSON (see docs/import.md)"
    )


def _fields(doc: _Strict) -> dict[str, Any]:
    values = doc.model_dump(exclude={"items", "history"})
    values["uid"] = values.get("uid") or ""
    return values


def entry_from_doc(doc: _Strict, profile_id: int, now: datetime) -> d.DiaryEntry:
    """A checked diary record from one exported entry (``FoodDoc``, ``CrampDoc`` …)."""
    if isinstance(doc, FoodDoc):
        items = tuple(item.to_item() for item in doc.items)
        return d.validate_food(d.FoodEntry(profile_id, items=items, **_fields(doc)), now)
    if isinstance(doc, FluidDoc):
        return d.validate_fluid(d.FluidEntry(profile_id, **_fields(doc)), now)
    if isinstance(doc, MedicationDoc):
        history = tuple(d.MedicationChange(**step.model_dump()) for step in doc.history)
        entry = d.MedicationEntry(profile_id, history=history, **_fields(doc))
        return d.validate_medication(entry, now)
    if isinstance(doc, CrampDoc):
        return d.validate_cramp(d.CrampEpisode(profile_id, **_fields(doc)), now)
    if isinstance(doc, LabDoc):
        return d.validate_lab(d.LabResult(profile_id, **_fields(doc)), now)
    assert isinstance(doc, WeightDoc)
    return d.validate_weight(d.WeightEntry(profile_id, **_fields(doc)), now)


def entry_to_doc(entry: d.DiaryEntry) -> _Strict:
    """One diary record in the export shape (its uid included)."""
    model = SECTIONS[d.kind_of(entry)]
    return model(**_plain(entry))


def _records(doc: ProfileDoc, profile_id: int, now: datetime) -> Iterator[Any]:
    for section in SECTIONS:
        for entry in getattr(doc, section):
            yield entry_from_doc(entry, profile_id, now)


_ADDERS = {
    d.FoodEntry: "add_food",
    d.FluidEntry: "add_fluid",
    d.MedicationEntry: "add_medication",
    d.CrampEpisode: "add_cramp",
    d.LabResult: "add_lab",
    d.WeightEntry: "add_weight",
}


@dataclass(frozen=True, slots=True)
class ImportSummary:
    """What an import did: entries added, entries already there, and conflicts left alone."""

    added: int
    unchanged: int
    conflicts: tuple[str, ...]
    profiles: int


def _content(entry: d.DiaryEntry) -> dict[str, Any]:
    """What an entry says, without its ids (two copies of one meal compare equal)."""
    return _plain(entry, skip=("id", "profile_id", "uid"))


def _describe(entry: d.DiaryEntry) -> str:
    when = getattr(entry, "at", None) or getattr(entry, "taken_on", None)
    what = getattr(entry, "text", None) or getattr(entry, "name", None) or d.kind_of(entry)
    return f"{d.kind_of(entry)} entry {entry.uid or ''} ({when or 'no date'}: {str(what)[:40]})"


@dataclass(slots=True)
class _Known:
    """What one profile already holds of one kind: contents, and contents by uid."""

    contents: list[dict[str, Any]]
    by_uid: dict[str, dict[str, Any]]


def _place(tx: Any, entry: d.DiaryEntry, known: _Known) -> str:
    """``added``, ``unchanged`` or ``conflict`` for one checked entry (stored when added)."""
    content = _content(entry)
    if entry.uid:
        if entry.uid in known.by_uid:
            return "unchanged" if known.by_uid[entry.uid] == content else "conflict"
        if tx.find_uid(d.kind_of(entry), entry.uid) is not None:
            return "conflict"  # the uid belongs to another profile's entry
    elif content in known.contents:  # an older export without uids: same contents, same entry
        known.contents.remove(content)  # each stored entry stands for one row: twins both count
        return "unchanged"
    stored = getattr(tx, _ADDERS[type(entry)])(entry)
    known.by_uid[stored.uid] = content
    return "added"


def _existing(tx: Any, profile_id: int | None) -> dict[str, _Known]:
    if profile_id is None:
        return {section: _Known([], {}) for section in SECTIONS}
    lists = {
        "food": tx.list_food(profile_id),
        "fluids": tx.list_fluids(profile_id),
        "medications": tx.list_medications(profile_id),
        "cramps": tx.list_cramps(profile_id),
        "labs": tx.list_labs(profile_id),
        "weights": tx.list_weights(profile_id),
    }
    known = {}
    for section, entries in lists.items():
        contents = [_content(e) for e in entries]
        uids = {e.uid: c for e, c in zip(entries, contents, strict=True) if e.uid}
        known[section] = _Known(contents, uids)
    return known


def import_document(
    repo: DiaryRepository, document: DiaryDocument, now: datetime, progress: Progress | None = None
) -> int:
    """Check every record, then store the new ones in one transaction; how many were added."""
    return import_records(repo, document, now, progress).added


def import_records(
    repo: DiaryRepository, document: DiaryDocument, now: datetime, progress: Progress | None = None
) -> ImportSummary:
    """Check every record, then store the new ones in one transaction.

    A profile that already exists (names ignore case) must have the same age, sex and
    pregnancy; its entries are added to it. An entry already stored (same uid, or the same
    contents) is left as it is; one whose uid is stored with other contents is a conflict:
    reported, not stored. Nothing is stored when any record is refused.
    """
    from crampcheck.services.diary import CURRENT_PROFILE

    existing = {record.name.casefold(): record for record in repo.list_profiles()}
    checked: list[tuple[ProfileDoc, d.ProfileRecord, list[Any]]] = []
    mine: list[list[tuple[StoredKind, str, dict[str, object]]]] = []
    names: set[str] = set()
    for doc in document.profiles:
        record = d.ProfileRecord(
            d.check_name(doc.name),
            make_profile(doc.age_years, doc.sex, pregnant=doc.pregnant, lactating=doc.lactating),
            birth_year=doc.birth_year,
            birth_date=doc.birth_date,
            due_date=doc.due_date,
        )
        if record.name.casefold() in names:
            raise InputError(f"profile {record.name!r} appears twice in the import file")
        names.add(record.name.casefold())
        old = existing.get(record.name.casefold())
        if old is not None and old.profile != record.profile:
            raise InputError(
                f"profile {record.name!r} exists with a different age, sex or pregnancy"
            )
        personal = _personal(doc)
        checked.append((doc, old or record, list(_records(doc, 0, now))))
        mine.append(personal)
    total = sum(len(records) for _, _, records in checked)
    done = 0
    outcome: dict[str, int] = {"added": 0, "unchanged": 0, "conflict": 0}
    conflicts: list[str] = []
    with repo.transaction() as tx:
        for (_doc, record, records), personal in zip(checked, mine, strict=True):
            seen = _existing(tx, record.id)
            stored = record if record.id is not None else tx.add_profile(record)
            assert stored.id is not None
            for kind, key, data in personal:
                result = _place_personal(tx, stored.id, kind, key, data)
                outcome[result] += 1
                if result == "conflict":
                    conflicts.append(f"your {kind} {key!r} differs from the stored one; kept it")
            for entry in records:
                entry = _with_profile(entry, stored.id)
                result = _place(tx, entry, seen[d.kind_of(entry)])
                outcome[result] += 1
                if result == "conflict":
                    conflicts.append(
                        f"{_describe(entry)} differs from the stored one; kept the stored one"
                    )
                done += 1
                if progress is not None and (done % 100 == 0 or done == total):
                    progress(done, total)
        if document.current_profile and tx.get_setting(CURRENT_PROFILE) is None:
            tx.set_setting(CURRENT_PROFILE, document.current_profile)
    return ImportSummary(
        outcome["added"], outcome["unchanged"], tuple(conflicts), len(document.profiles)
    )


def _personal(doc: ProfileDoc) -> list[tuple[StoredKind, str, dict[str, object]]]:
    """The profile's own foods and choices, checked as if typed (before anything is stored)."""
    rows: list[tuple[StoredKind, str, dict[str, object]]] = []
    for food_doc in doc.my_foods:
        food = food_from_data(food_doc.model_dump())
        rows.append(("food", food.key, food_to_data(food)))
    for choice_doc in doc.choices:
        choice = choice_from_data(choice_doc.model_dump())
        rows.append(("choice", choice.key, choice_to_data(choice)))
    return rows


def _place_personal(
    tx: DiaryRepository, profile_id: int, kind: StoredKind, key: str, data: dict[str, object]
) -> str:
    stored = {
        food_key(str(row.get("name" if kind == "food" else "phrase", ""))): row
        for row in tx.list_my_foods(profile_id, kind)
    }
    if key not in stored:
        tx.put_my_food(profile_id, kind, key, data)
        return "added"
    return "unchanged" if stored[key] == data else "conflict"


def _with_profile(entry: Any, profile_id: int) -> Any:
    from dataclasses import replace

    return replace(entry, profile_id=profile_id)
