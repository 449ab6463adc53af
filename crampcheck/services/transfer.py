"""Export every diary to JSON or CSV, and import such a file back (all or nothing).

An export imported into an empty database and exported again gives the same document. Database
ids are not exported: records are identified by profile name and their contents.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterator, Sequence
from dataclasses import fields
from datetime import date, datetime
from typing import Any, Literal

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, ValidationError

from crampcheck.core import diary as d
from crampcheck.core.diary_ports import DiaryRepository
from crampcheck.core.models import make_profile
from crampcheck.errors import InputError

FORMAT: Literal["crampcheck-diary"] = "crampcheck-diary"
VERSION: Literal[1] = 1
Progress = Callable[[int, int], None]

# --- the document -----------------------------------------------------------------------------


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ItemDoc(_Strict):
    text: str
    food_id: str | None = None
    name: str | None = None
    grams: float | None = None
    nutrients: dict[str, float | None] = Field(default_factory=dict)
    corrected: bool = False
    source: str | None = None


class FoodDoc(_Strict):
    at: AwareDatetime
    text: str
    items: list[ItemDoc] = Field(default_factory=list)


class FluidDoc(_Strict):
    at: AwareDatetime
    millilitres: float
    kind: str = "water"


class MedicationDoc(_Strict):
    name: str
    started: date | None = None
    stopped: date | None = None
    notes: str = ""


class CrampDoc(_Strict):
    at: AwareDatetime
    severity: int
    count: int = 1
    duration_min: float | None = None
    sleep: int | None = None
    location: str = ""
    trigger: str = ""
    notes: str = ""


class LabDoc(_Strict):
    taken_on: date
    name: str
    value: float
    unit: str


class WeightDoc(_Strict):
    at: AwareDatetime
    kg: float
    notes: str = ""


class ProfileDoc(_Strict):
    name: str
    age_years: float
    sex: Literal["female", "male"]
    pregnant: bool = False
    lactating: bool = False
    food: list[FoodDoc] = Field(default_factory=list)
    fluids: list[FluidDoc] = Field(default_factory=list)
    medications: list[MedicationDoc] = Field(default_factory=list)
    cramps: list[CrampDoc] = Field(default_factory=list)
    labs: list[LabDoc] = Field(default_factory=list)
    weights: list[WeightDoc] = Field(default_factory=list)


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
    """Every profile with all its diaries, in a stable order."""
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
                food=[FoodDoc(**_plain(e)) for e in repo.list_food(pid)],
                fluids=[FluidDoc(**_plain(e)) for e in repo.list_fluids(pid)],
                medications=[MedicationDoc(**_plain(e)) for e in repo.list_medications(pid)],
                cramps=[CrampDoc(**_plain(e)) for e in repo.list_cramps(pid)],
                labs=[LabDoc(**_plain(e)) for e in repo.list_labs(pid)],
                weights=[WeightDoc(**_plain(e)) for e in repo.list_weights(pid)],
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
)
"""One row per record; ``record`` says which kind; ``items`` holds a food entry's items as JSON."""


def _csv_value(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, date | datetime):
        return value.isoformat()
    if isinstance(value, list):
        return json.dumps([item.model_dump(mode="json") for item in value], ensure_ascii=False)
    return str(value)


def to_csv(document: DiaryDocument) -> str:
    """The export as one CSV table (a spreadsheet can open it)."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for profile in document.profiles:
        head = profile.model_dump(include={"age_years", "sex", "pregnant", "lactating"})
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


def _from_csv(text: str) -> dict[str, Any]:
    reader = csv.DictReader(io.StringIO(text))
    if reader.fieldnames is None or "record" not in reader.fieldnames:
        raise InputError("the CSV file has no 'record' column; is it a crampcheck export?")
    profiles: dict[str, dict[str, Any]] = {}
    current = None
    for line, row in enumerate(reader, start=2):
        kind, name = row.get("record") or "", row.get("profile") or ""
        if kind == "profile":
            keys = ("age_years", "sex", "pregnant", "lactating")
            profiles[name] = {"name": name, **{k: row.get(k) for k in keys}}
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
            if raw is None:
                raise InputError(f"line {line}: column {key!r} is missing")
            text_field = spec.annotation is str
            if key == "items":
                try:
                    values[key] = json.loads(raw) if raw else []
                except json.JSONDecodeError as error:
                    raise InputError(f"line {line}: items are not valid JSON") from error
            elif raw != "" or text_field:
                values[key] = raw
        profiles[name].setdefault(kind, []).append(values)
    return {
        "format": FORMAT,
        "version": VERSION,
        "current_profile": current,
        "profiles": list(profiles.values()),
    }


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


def _records(doc: ProfileDoc, profile_id: int, now: datetime) -> Iterator[Any]:
    for entry in doc.food:
        items = tuple(d.FoodItem(**item.model_dump()) for item in entry.items)
        yield d.validate_food(d.FoodEntry(profile_id, entry.at, entry.text, items), now)
    for fluid in doc.fluids:
        yield d.validate_fluid(d.FluidEntry(profile_id, **fluid.model_dump()), now)
    for med in doc.medications:
        yield d.validate_medication(d.MedicationEntry(profile_id, **med.model_dump()), now)
    for cramp in doc.cramps:
        yield d.validate_cramp(d.CrampEpisode(profile_id, **cramp.model_dump()), now)
    for lab in doc.labs:
        yield d.validate_lab(d.LabResult(profile_id, **lab.model_dump()), now)
    for weight in doc.weights:
        yield d.validate_weight(d.WeightEntry(profile_id, **weight.model_dump()), now)


_ADDERS = {
    d.FoodEntry: "add_food",
    d.FluidEntry: "add_fluid",
    d.MedicationEntry: "add_medication",
    d.CrampEpisode: "add_cramp",
    d.LabResult: "add_lab",
    d.WeightEntry: "add_weight",
}


def import_document(
    repo: DiaryRepository, document: DiaryDocument, now: datetime, progress: Progress | None = None
) -> int:
    """Check every record, then store them all in one transaction. Returns the record count.

    A profile that already exists must have the same age, sex and pregnancy; its entries are
    added to it. Nothing is stored when any record is refused.
    """
    from crampcheck.services.diary import CURRENT_PROFILE

    existing = {record.name: record for record in repo.list_profiles()}
    checked: list[tuple[ProfileDoc, d.ProfileRecord, list[Any]]] = []
    for doc in document.profiles:
        record = d.ProfileRecord(
            d.check_name(doc.name),
            make_profile(doc.age_years, doc.sex, pregnant=doc.pregnant, lactating=doc.lactating),
        )
        old = existing.get(record.name)
        if old is not None and old.profile != record.profile:
            raise InputError(
                f"profile {record.name!r} exists with a different age, sex or pregnancy"
            )
        checked.append((doc, old or record, list(_records(doc, 0, now))))
    total = sum(len(records) for _, _, records in checked)
    done = 0
    with repo.transaction() as tx:
        for _doc, record, records in checked:
            stored = record if record.id is not None else tx.add_profile(record)
            assert stored.id is not None
            for entry in records:
                getattr(tx, _ADDERS[type(entry)])(_with_profile(entry, stored.id))
                done += 1
                if progress is not None and (done % 100 == 0 or done == total):
                    progress(done, total)
        if document.current_profile and tx.get_setting(CURRENT_PROFILE) is None:
            tx.set_setting(CURRENT_PROFILE, document.current_profile)
    return total


def _with_profile(entry: Any, profile_id: int) -> Any:
    from dataclasses import replace

    return replace(entry, profile_id=profile_id)
