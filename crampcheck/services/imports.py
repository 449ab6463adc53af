"""Import another app's export (issue 14): recognise it by content, parse, store in one go.

Recognised (first by content, else the caller falls back to crampcheck's own export format):

- a Cronometer ``servings.csv`` (:mod:`crampcheck.imports.cronometer`),
- a MyFitnessPal nutrition export (:mod:`crampcheck.imports.myfitnesspal`),
- an Apple Health ``export.xml``, streamed (:mod:`crampcheck.imports.apple_health`),
- a FHIR R4 ``Bundle`` or ``Observation`` with lab results (:mod:`crampcheck.imports.fhir`).

Every record is checked before the first one is written and all are written in one transaction,
so a damaged file stores nothing. Each source record has a key (source + sha256 of its normalised
content) stored with it; records whose key the profile already has are counted as "already
imported", so importing the same file twice adds nothing.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import date, datetime, tzinfo
from typing import BinaryIO, Protocol

from crampcheck.core import diary as d
from crampcheck.core.diary_ports import DiaryRepository
from crampcheck.errors import InputError
from crampcheck.imports import apple_health, cronometer, fhir, myfitnesspal
from crampcheck.imports.records import ImportedFood, ParsedImport, Skipped

HEAD_BYTES = 64 * 1024
"""How much of a file is read to recognise its format."""

MAX_JSON_BYTES = 64 * 1024 * 1024
"""Largest FHIR JSON document read (FHIR is read whole; Apple Health XML is streamed)."""

FORMATS = ("cronometer", "myfitnesspal", "apple_health", "apple_health_zip", "fhir")
SOURCE_NAMES = {
    "cronometer": "Cronometer",
    "myfitnesspal": "MyFitnessPal",
    "apple_health": "Apple Health",
}


class ImportRepository(DiaryRepository, Protocol):
    """The diary port plus the keys of imported records (``storage.DiaryStore``)."""

    def transaction(self) -> AbstractContextManager[ImportRepository]: ...
    def known_import_keys(self, profile_id: int, keys: Sequence[str]) -> set[str]: ...
    def add_import_keys(
        self, profile_id: int, source: str, keys: Sequence[str], at: datetime
    ) -> None: ...


@dataclass(frozen=True, slots=True)
class ImportSummary:
    """What an import read, stored, found already stored, and skipped (with why)."""

    format: str
    label: str
    profile: str
    read: int
    food: int
    fluids: int
    labs: int
    already_imported: int
    skipped: tuple[Skipped, ...]
    notes: tuple[str, ...]

    @property
    def added(self) -> int:
        """Entries stored by this import."""
        return self.food + self.fluids + self.labs


def source_label(source: str | None) -> str:
    """A readable name of an item's source: ``apple_health:MyFitnessPal`` → ``Apple Health
    (MyFitnessPal)``; ``None`` → ``crampcheck``."""
    if not source:
        return "crampcheck"
    base, _, app = source.partition(":")
    name = SOURCE_NAMES.get(base, base)
    return f"{name} ({app})" if app else name


# --- recognising ------------------------------------------------------------------------------


def detect(head: bytes) -> str | None:
    """The format of a file from its first bytes, or None (not one of the formats above).

    Raises InputError for UTF-16 text (the apps export UTF-8; a spreadsheet may have re-saved it).
    """
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError("the file is UTF-16 text; save it as UTF-8 and import it again")
    if head.startswith(b"PK\x03\x04"):
        return "apple_health_zip"
    text = head.decode("utf-8", errors="replace")
    if apple_health.looks_like(text):
        return "apple_health"
    if fhir.looks_like(text):
        return "fhir"
    if cronometer.looks_like(text):
        return "cronometer"
    if myfitnesspal.looks_like(text):
        return "myfitnesspal"
    return None


def peek(stream: BinaryIO) -> bytes:
    """The first bytes of a seekable stream, which is then rewound."""
    position = stream.tell()
    head = stream.read(HEAD_BYTES)
    stream.seek(position)
    return head


def lab_units() -> dict[str, frozenset[str]]:
    """For each of crampcheck's lab tests, the units it converts from (normalised)."""
    from crampcheck.data.kb import load_knowledge_base

    return {test.id: frozenset(test.factors) for test in load_knowledge_base().labs.values()}


def parse_stream(stream: BinaryIO, kind: str, zone: tzinfo | None = None) -> ParsedImport:
    """Parse a file already recognised as ``kind``; times without an offset are in ``zone``
    (by default this computer's time zone, with the offset of that day)."""
    if kind == "cronometer":
        return cronometer.parse(stream, zone)
    if kind == "myfitnesspal":
        return myfitnesspal.parse(stream, zone)
    if kind == "apple_health":
        apple_health.check_prolog(peek(stream).decode("utf-8", errors="replace"))
        return apple_health.parse(stream)
    if kind == "apple_health_zip":
        return _parse_zip(stream)
    if kind == "fhir":
        data = stream.read(MAX_JSON_BYTES + 1)
        if len(data) > MAX_JSON_BYTES:
            raise InputError(f"the FHIR file is larger than {MAX_JSON_BYTES // 2**20} MB")
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            raise InputError("the FHIR file is not UTF-8 text") from error
        return fhir.parse(text, lab_units())
    raise InputError(f"unknown import format {kind!r}; one of {', '.join(FORMATS)}")


MAX_UNZIPPED_BYTES = 8 * 1024**3
"""Largest export.xml read from a zip (it is streamed, so this bounds time, not memory)."""


def _parse_zip(stream: BinaryIO) -> ParsedImport:
    """The ``export.xml`` inside the zip Apple Health's "Export All Health Data" writes."""
    import zipfile

    try:
        archive = zipfile.ZipFile(stream)
        members = [
            info
            for info in archive.infolist()
            if info.filename.rsplit("/", 1)[-1] == "export.xml" and not info.is_dir()
        ]
    except (zipfile.BadZipFile, OSError, ValueError) as error:
        raise InputError(f"the zip file is damaged or cut short ({error})") from error
    if not members:
        raise InputError("the zip file has no export.xml; is it an Apple Health export?")
    member = min(members, key=lambda info: info.filename.count("/"))
    if member.file_size > MAX_UNZIPPED_BYTES:
        raise InputError(f"export.xml in the zip is larger than {MAX_UNZIPPED_BYTES // 2**30} GB")
    try:
        with archive.open(member) as inner:
            head = inner.read(HEAD_BYTES).decode("utf-8", errors="replace")
        if not apple_health.looks_like(head):
            raise InputError("export.xml in the zip is not an Apple Health export")
        apple_health.check_prolog(head)
        with archive.open(member) as inner:
            return apple_health.parse(inner)  # type: ignore[arg-type]
    except (zipfile.BadZipFile, EOFError, OSError, NotImplementedError) as error:
        raise InputError(f"the zip file is damaged or cut short ({error})") from error


# --- storing ----------------------------------------------------------------------------------


def _food_entry(food: ImportedFood, profile_id: int, new: set[str]) -> d.FoodEntry | None:
    parts = [part for part in food.parts if part.key in new]
    if not parts:
        return None
    nutrients: dict[str, float | None] = dict.fromkeys(sorted(food.known or ()))
    for part in parts:
        for key, value in part.nutrients.items():
            nutrients[key] = (nutrients.get(key) or 0.0) + value
    text = f"{food.name}, {food.amount}" if food.amount else food.name
    item = d.FoodItem(
        text=text,
        food_id=None,
        name=food.name,
        grams=food.grams,
        nutrients=nutrients,
        source=food.source,
    )
    return d.FoodEntry(profile_id, food.at, text, (item,))


def _checked(entry: object, now: datetime, label: str, what: str) -> None:
    try:
        if isinstance(entry, d.FoodEntry):
            d.validate_food(entry, now)
        elif isinstance(entry, d.FluidEntry):
            d.validate_fluid(entry, now)
        elif isinstance(entry, d.LabResult):
            d.validate_lab(entry, now)
    except InputError as error:
        raise InputError(f"{label}, {what}: {error.message}; nothing was imported") from error


def import_parsed(
    repo: ImportRepository,
    record: d.ProfileRecord,
    parsed: ParsedImport,
    now: datetime,
    *,
    shown_name: str | None = None,
) -> ImportSummary:
    """Store what ``parsed`` holds that this profile does not have yet, in one transaction."""
    assert record.id is not None
    pid = record.id
    keys = [
        *(key for food in parsed.foods for key in food.keys),
        *(fluid.key for fluid in parsed.fluids),
        *(lab.key for lab in parsed.labs),
    ]
    with repo.transaction() as tx:
        known = tx.known_import_keys(pid, keys)
        new = {key for key in keys if key not in known}
        foods = [
            entry for food in parsed.foods if (entry := _food_entry(food, pid, new)) is not None
        ]
        fluids = [
            d.FluidEntry(pid, fluid.at, fluid.millilitres, fluid.kind)
            for fluid in parsed.fluids
            if fluid.key in new
        ]
        labs = [
            d.LabResult(pid, lab.taken_on, lab.name, lab.value, lab.unit)
            for lab in parsed.labs
            if lab.key in new
        ]
        for entry in foods:
            _checked(entry, now, parsed.label, f"food {entry.text[:60]!r}")
        for fluid in fluids:
            _checked(fluid, now, parsed.label, "drink")
        for lab in labs:
            _checked(lab, now, parsed.label, lab.name)
        for entry in foods:
            tx.add_food(entry)
        for fluid in fluids:
            tx.add_fluid(fluid)
        for lab in labs:
            tx.add_lab(lab)
        tx.add_import_keys(pid, parsed.source, sorted(new), now)
    return ImportSummary(
        format=parsed.source,
        label=parsed.label,
        profile=shown_name or record.name,
        read=parsed.read,
        food=len(foods),
        fluids=len(fluids),
        labs=len(labs),
        already_imported=len(keys) - len(new),
        skipped=parsed.skipped,
        notes=parsed.notes,
    )


def import_stream(
    repo: ImportRepository,
    record: d.ProfileRecord,
    stream: BinaryIO,
    now: datetime,
    zone: tzinfo | None = None,
    *,
    shown_name: str | None = None,
) -> ImportSummary | None:
    """Import a file of one of the formats above into ``record``'s diary; None when it is none
    of them.

    The stream should be seekable (a file, or an upload spooled to disk); a non-seekable one is
    read into memory first.
    """
    if not stream.seekable():
        stream = io.BytesIO(stream.read())
    kind = detect(peek(stream))
    if kind is None:
        return None
    parsed = parse_stream(stream, kind, zone)
    return import_parsed(repo, record, parsed, now, shown_name=shown_name)


# --- provenance -------------------------------------------------------------------------------


class SourceRepository(Protocol):
    """What provenance needs from storage (``storage.DiaryStore``)."""

    def list_food_sources(
        self, profile_id: int, start: datetime | None = None, end: datetime | None = None
    ) -> list[tuple[datetime, str | None]]: ...


def count_sources(pairs: Sequence[tuple[date, str | None]]) -> list[tuple[str, int]]:
    """Food entries per source label (an entry with items from two sources counts for both)."""
    counts: dict[str, int] = {}
    for _day, source in pairs:
        label = source_label(source)
        counts[label] = counts.get(label, 0) + 1
    return sorted(counts.items(), key=lambda kv: (kv[0] != "crampcheck", kv[0]))


def entry_sources(entries: Sequence[d.FoodEntry]) -> list[tuple[str, int]]:
    """Food entries per source label, from loaded entries (the report, the diary view)."""
    pairs = [
        (entry.at.date(), source)
        for entry in entries
        for source in sorted({item.source or "" for item in entry.items} or {""})
    ]
    return count_sources([(day, source or None) for day, source in pairs])


def food_sources(
    repo: SourceRepository, record: d.ProfileRecord, start: date, end: date
) -> list[tuple[str, int]]:
    """Food entries per source from ``start`` to ``end`` (local dates, inclusive)."""
    from crampcheck.services.diary import _bounds

    assert record.id is not None
    low, high = _bounds(start, end)  # padded a day each side, open at the calendar's edges
    pairs = [
        (at.date(), source)
        for at, source in repo.list_food_sources(record.id, low, high)
        if start <= at.date() <= end
    ]
    return count_sources(pairs)


def sources_sentence(counts: Sequence[tuple[str, int]]) -> str:
    """``Food entries by source: crampcheck 12, Cronometer 30.`` (empty without imports)."""
    if all(label == "crampcheck" for label, _ in counts):
        return ""
    return "Food entries by source: " + ", ".join(f"{label} {n}" for label, n in counts) + "."


def report_notes(entries: Sequence[d.FoodEntry]) -> tuple[str, ...]:
    """What a report says about imported food (nothing when all of it was logged here)."""
    counts = entry_sources(entries)
    sentence = sources_sentence(counts)
    if not sentence:
        return ()
    apps = ", ".join(label for label, _ in counts if label != "crampcheck")
    return (
        sentence,
        f"Imported food ({apps}) keeps the nutrient values that app computed; a nutrient it did "
        "not report is unknown, not zero.",
    )
