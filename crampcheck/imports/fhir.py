"""FHIR R4 lab results: a ``Bundle`` of ``Observation`` resources, or a single ``Observation``.

Each Observation's LOINC code is mapped to one of crampcheck's lab tests and its UCUM unit to the
unit crampcheck reads; an unknown code, a unit the test cannot be converted from, a result
without a number or a date, and a cancelled or entered-in-error result are reported as skipped,
never guessed.
"""

from __future__ import annotations

import json
import math
from collections.abc import Collection, Mapping
from datetime import date, datetime
from typing import Any

from crampcheck.errors import InputError
from crampcheck.imports.records import ImportedLab, KeyMaker, ParsedImport, SkipLog

SOURCE = "fhir"
LABEL = "FHIR lab results"
LOINC_SYSTEM = "http://loinc.org"
UCUM_SYSTEM = "http://unitsofmeasure.org"
MAX_DEPTH = 64

LOINC: dict[str, str] = {
    "19123-9": "magnesium",
    "2601-3": "magnesium",
    "2823-3": "potassium",
    "6298-4": "potassium",
    "2951-2": "sodium",
    "2947-0": "sodium",
    "17861-6": "calcium_total",
    "2000-8": "calcium_total",
    "1994-3": "calcium_ionized",
    "1751-7": "albumin",
    "1989-3": "vitamin_d_25oh",
    "62292-8": "vitamin_d_25oh",
    "2132-9": "vitamin_b12",
    "2276-4": "ferritin",
    "2157-6": "ck",
    "33914-3": "egfr",
    "62238-1": "egfr",
    "98979-8": "egfr",
    "3016-3": "tsh",
    "3024-7": "free_t4",
    "4548-4": "hba1c",
    "2160-0": "creatinine",
}
"""LOINC codes of the lab tests crampcheck knows (serum or plasma unless the code says blood)."""

UCUM: dict[str, str] = {
    "mg/dL": "mg/dL",
    "mmol/L": "mmol/L",
    "meq/L": "mEq/L",
    "[meq]/L": "mEq/L",
    "mEq/L": "mEq/L",
    "g/dL": "g/dL",
    "g/L": "g/L",
    "ng/mL": "ng/mL",
    "nmol/L": "nmol/L",
    "ug/L": "ug/L",
    "pg/mL": "pg/mL",
    "ng/L": "ng/L",
    "pmol/L": "pmol/L",
    "ng/dL": "ng/dL",
    "U/L": "U/L",
    "[IU]/L": "IU/L",
    "m[IU]/L": "mIU/L",
    "u[IU]/mL": "uIU/mL",
    "mU/L": "mU/L",
    "mL/min/{1.73_m2}": "mL/min/1.73m2",
    "mL/min/1.73.m2": "mL/min/1.73m2",
    "mL/min/1.73m2": "mL/min/1.73m2",
    "%": "%",
    "mmol/mol": "mmol/mol",
    "umol/L": "umol/L",
}
"""UCUM unit codes → the unit as crampcheck's lab table writes it."""

SKIP_STATUS = frozenset({"entered-in-error", "cancelled", "registered"})


def looks_like(head: str) -> bool:
    """A JSON object whose resourceType is Bundle or Observation (within the first few KB)."""
    text = head.lstrip("\ufeff").lstrip()
    return text.startswith("{") and any(
        f'"resourceType"{sep}"{kind}"' in text
        for kind in ("Bundle", "Observation")
        for sep in (":", ": ", " : ")
    )


def _depth(value: Any, limit: int) -> int:
    stack = [(value, 1)]
    deepest = 0
    while stack:
        item, depth = stack.pop()
        deepest = max(deepest, depth)
        if deepest > limit:
            return deepest
        if isinstance(item, dict):
            stack.extend((child, depth + 1) for child in item.values())
        elif isinstance(item, list):
            stack.extend((child, depth + 1) for child in item)
    return deepest


def load(text: str) -> Any:
    """The JSON document; InputError when it is damaged or nested absurdly deep."""
    try:
        document = json.loads(text, parse_constant=_no_constant)
    except (json.JSONDecodeError, RecursionError, ValueError) as error:
        raise InputError(f"{LABEL}: the JSON is damaged or cut short ({error})") from error
    if _depth(document, MAX_DEPTH) > MAX_DEPTH:
        raise InputError(f"{LABEL}: the JSON is nested more than {MAX_DEPTH} levels deep")
    return document


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number FHIR allows")


def parse(text: str, lab_units: Mapping[str, Collection[str]]) -> ParsedImport:
    """Read a Bundle or an Observation.

    Args:
        text: the JSON text.
        lab_units: for each crampcheck test id, the units it can be converted from (normalised
            as ``crampcheck.core.assessment.labs.normalise_unit`` does).
    """
    document = load(text)
    if not isinstance(document, dict):
        raise InputError(f"{LABEL}: the file is not a FHIR resource (a JSON object)")
    kind = document.get("resourceType")
    resources: list[tuple[str, Any]]
    if kind == "Observation":
        resources = [("resource 1", document)]
    elif kind == "Bundle":
        entries = document.get("entry", [])
        if not isinstance(entries, list):
            raise InputError(f"{LABEL}: Bundle.entry is not a list")
        resources = [
            (f"entry {n}", entry.get("resource") if isinstance(entry, dict) else None)
            for n, entry in enumerate(entries, start=1)
        ]
    else:
        raise InputError(f"{LABEL}: resourceType {kind!r} is neither Bundle nor Observation")
    skipped = SkipLog()
    labs: list[ImportedLab] = []
    make_key = KeyMaker(SOURCE)
    for where, resource in resources:
        lab = _observation(where, resource, lab_units, skipped, make_key)
        if lab is not None:
            labs.append(lab)
    return ParsedImport(SOURCE, LABEL, len(resources), labs=tuple(labs), skipped=skipped.result())


def _text(value: Any) -> str:
    return value.strip()[:200] if isinstance(value, str) else ""


def _loinc(code: Any) -> tuple[str | None, str]:
    """The first LOINC code of a CodeableConcept and a display text."""
    if not isinstance(code, dict):
        return None, ""
    raw = code.get("coding")
    codings: list[Any] = raw if isinstance(raw, list) else []
    display = _text(code.get("text"))
    for coding in codings:
        if isinstance(coding, dict) and coding.get("system") == LOINC_SYSTEM:
            return _text(coding.get("code")) or None, display or _text(coding.get("display"))
    for coding in codings:
        if isinstance(coding, dict):
            display = display or _text(coding.get("display"))
    return None, display


def _day(resource: dict[str, Any]) -> date | None:
    period = resource.get("effectivePeriod")
    for text in (
        resource.get("effectiveDateTime"),
        period.get("start") if isinstance(period, dict) else None,
        resource.get("effectiveInstant"),
        resource.get("issued"),
    ):
        if isinstance(text, str) and text.strip():
            try:
                return datetime.fromisoformat(text.strip().replace("Z", "+00:00")).date()
            except ValueError:
                try:
                    return date.fromisoformat(text.strip()[:10])
                except ValueError:
                    continue
    return None


def _observation(
    where: str,
    resource: Any,
    lab_units: Mapping[str, Collection[str]],
    skipped: SkipLog,
    make_key: KeyMaker,
) -> ImportedLab | None:
    if not isinstance(resource, dict):
        skipped.add("entry without a resource", where)
        return None
    kind = _text(resource.get("resourceType")) or "no resourceType"
    if kind != "Observation":
        skipped.add(f"{kind} resource (not a lab result)", where)
        return None
    status = _text(resource.get("status"))
    if status in SKIP_STATUS:
        skipped.add(f"status {status}", where)
        return None
    code, display = _loinc(resource.get("code"))
    if code is None:
        skipped.add("no LOINC code", f"{where} ({display})" if display else where)
        return None
    test = LOINC.get(code)
    if test is None:
        label = f"{where}: {code}" + (f" {display}" if display else "")
        skipped.add(f"LOINC code crampcheck does not know ({code})", label)
        return None
    quantity = resource.get("valueQuantity")
    value = quantity.get("value") if isinstance(quantity, dict) else None
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        skipped.add("no numeric value", where)
        return None
    if value < 0:
        skipped.add("negative value", where)
        return None
    assert isinstance(quantity, dict)
    ucum = _text(quantity.get("code")) if quantity.get("system") == UCUM_SYSTEM else ""
    shown = _text(quantity.get("unit"))
    unit = UCUM.get(ucum) or UCUM.get(shown) or ucum or shown
    from crampcheck.core.assessment.labs import normalise_unit

    if not unit or normalise_unit(unit) not in lab_units.get(test, ()):
        skipped.add(f"unit {unit or 'missing'!r} not known for {test}", where)
        return None
    taken_on = _day(resource)
    if taken_on is None:
        skipped.add("no date", where)
        return None
    key = make_key(test, taken_on.isoformat(), float(value), unit)  # not the code: 2 codes, 1 test
    return ImportedLab(key, taken_on, test, float(value), unit, code, display)
