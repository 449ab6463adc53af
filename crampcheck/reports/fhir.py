"""The report as a FHIR R4 ``Bundle`` (JSON): a DiagnosticReport with its Observations.

- ``Patient``: the profile's name and sex (nothing else is known).
- ``DiagnosticReport``: the period, the triage as ``conclusionCode``, and the summary and
  disclaimer as ``conclusion``; ``result`` points at every Observation below.
- ``Observation``s: the triage; each red flag and contributing factor as a coded finding
  (``valueString`` = why, ``note`` = what to do and the evidence with its citations); the mean
  daily intake of each nutrient with its target as ``referenceRange`` and its coverage (when
  supplements were taken, two ``component``s give the part from food and the part from
  supplements; the value stays both together); and the lab results, LOINC-coded where
  crampcheck knows the code (the codes its FHIR import reads).

crampcheck's own codes use ``urn:crampcheck:…`` code systems. Ids are UUIDs derived from the
content, so the same report gives the same bytes. Tests validate the output with ``fhir.resources``.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

from crampcheck.imports.fhir import LOINC, LOINC_SYSTEM, UCUM, UCUM_SYSTEM
from crampcheck.reports.model import Factor, Finding, IntakeRow, Lab, ReportData

SYSTEM = "urn:crampcheck"
NAMESPACE = uuid.UUID("1b0c3f52-2d0e-4f59-9c0a-6b1b6a0c1414")
UNIT_CODES = {"mg": "mg/d", "µg": "ug/d", "g": "g/d", "kcal": "kcal/d", "ml": "mL/d"}
"""Units of daily intake as UCUM codes."""
ABSENT_SYSTEM = "http://terminology.hl7.org/CodeSystem/data-absent-reason"
CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category"
LAB_CODES = {
    ("magnesium", "mmol/L"): "2601-3",
    ("magnesium", "mEq/L"): "2601-3",
    ("calcium_total", "mmol/L"): "2000-8",
    ("calcium_total", "mEq/L"): "2000-8",
}
"""LOINC by test and unit where the code depends on the unit (mass vs moles); else the first."""


def _codeable(system: str, code: str, display: str = "") -> dict[str, Any]:
    coding: dict[str, Any] = {"system": system, "code": code}
    if display:
        coding["display"] = display
    return {"coding": [coding], "text": display or code}


def _category(code: str) -> list[dict[str, Any]]:
    return [{"coding": [{"system": CATEGORY, "code": code}]}]


def _instant(moment: datetime) -> str:
    aware = moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
    return aware.isoformat(timespec="seconds")


class _Builder:
    def __init__(self, data: ReportData) -> None:
        self.data = data
        self.seed = f"{data.person.name}|{data.generated_at.isoformat()}|{data.start}|{data.end}"
        self.entries: list[dict[str, Any]] = []
        self.patient = self._url("patient")

    def _url(self, *parts: str) -> str:
        return "urn:uuid:" + str(uuid.uuid5(NAMESPACE, "|".join((self.seed, *parts))))

    def add(self, url: str, resource: dict[str, Any]) -> str:
        resource["id"] = url.removeprefix("urn:uuid:")
        self.entries.append({"fullUrl": url, "resource": resource})
        return url

    def observation(self, key: str, body: dict[str, Any]) -> str:
        resource = {
            "resourceType": "Observation",
            "status": "final",
            "subject": {"reference": self.patient},
            "issued": _instant(self.data.generated_at),
            **body,
        }
        period = self._period()
        if period and "effectiveDateTime" not in body:
            resource["effectivePeriod"] = period
        return self.add(self._url("observation", key), resource)

    def _period(self) -> dict[str, str] | None:
        if self.data.start is None or self.data.end is None:
            return None
        return {"start": self.data.start.isoformat(), "end": self.data.end.isoformat()}


def _finding_body(kind: str, finding: Finding) -> dict[str, Any]:
    notes = [finding.advice]
    if finding.citations:
        notes.append("Citations: " + ", ".join(finding.citations))
    return {
        "code": _codeable(f"{SYSTEM}:{kind}", finding.id, finding.id.replace("_", " ")),
        "valueString": finding.why,
        "interpretation": [_codeable(f"{SYSTEM}:triage", finding.triage)],
        "note": [{"text": text} for text in notes if text],
    }


def _factor_body(factor: Factor) -> dict[str, Any]:
    notes = [f"What to do: {factor.advice}", f"When: {factor.when}"]
    evidence = factor.evidence
    if factor.citations:
        evidence = f"{evidence} ({', '.join(factor.citations)})".strip()
    if evidence:
        notes.append(f"Evidence ({factor.strength}): {evidence}")
    return {
        "code": _codeable(f"{SYSTEM}:factor", factor.id, factor.title),
        "valueString": factor.why,
        "interpretation": [_codeable(f"{SYSTEM}:strength", factor.strength)],
        "note": [{"text": text} for text in notes if text],
    }


def _intake_body(row: IntakeRow) -> dict[str, Any] | None:
    if row.mean is None:
        return None
    unit = UNIT_CODES.get(row.unit, f"{row.unit}/d")
    body: dict[str, Any] = {
        "category": _category("survey"),
        "code": _codeable(f"{SYSTEM}:nutrient", row.key, f"{row.label}, mean daily intake"),
        "valueQuantity": {
            "value": round(row.mean, 3),
            "unit": f"{row.unit}/day",
            "system": UCUM_SYSTEM,
            "code": unit,
        },
        "note": [{"text": f"Known on {row.known} of {row.of} days with food logged."}],
    }
    if row.from_supplements is not None:
        body["component"] = _parts(row, unit)
    if row.target is not None:
        body["referenceRange"] = [
            {
                "low": {
                    "value": round(row.target, 3),
                    "unit": f"{row.unit}/day",
                    "system": UCUM_SYSTEM,
                    "code": unit,
                },
                "text": "RDA or AI for this person",
            }
        ]
    return body


INTAKE_PARTS = (("from_food", "from food"), ("from_supplements", "from supplements"))
"""The components of an intake Observation when supplements were taken (docs/report.md)."""


def _parts(row: IntakeRow, unit: str) -> list[dict[str, Any]]:
    """The food and supplement parts of a nutrient's intake as Observation components (the
    Observation's own value stays both together); an unknown food part has no value, with a
    ``dataAbsentReason`` of ``unknown``."""
    components = []
    for key, words in INTAKE_PARTS:
        value = getattr(row, key)
        component: dict[str, Any] = {
            "code": _codeable(f"{SYSTEM}:intake-part", key, f"{row.label}, {words}")
        }
        if value is None:
            component["dataAbsentReason"] = _codeable(ABSENT_SYSTEM, "unknown", "Unknown")
        else:
            component["valueQuantity"] = {
                "value": round(value, 3),
                "unit": f"{row.unit}/day",
                "system": UCUM_SYSTEM,
                "code": unit,
            }
        components.append(component)
    return components


def _lab_body(lab: Lab) -> dict[str, Any]:
    test = lab.name.replace(" ", "_")
    ucum = next((code for code, shown in UCUM.items() if shown == lab.unit), None)
    loinc = LAB_CODES.get((test, lab.unit)) or next(
        (code for code, name in LOINC.items() if name == test), None
    )
    code = _codeable(LOINC_SYSTEM, loinc, lab.name) if loinc else {"text": lab.name}
    quantity: dict[str, Any] = {"value": lab.value, "unit": lab.unit}
    if ucum:
        quantity |= {"system": UCUM_SYSTEM, "code": ucum}
    body: dict[str, Any] = {
        "category": _category("laboratory"),
        "code": code,
        "valueQuantity": quantity,
    }
    if lab.taken_on is not None:
        body["effectiveDateTime"] = lab.taken_on.isoformat()
    notes = [text for text in (lab.range_text and f"Range {lab.range_text}", lab.state) if text]
    if notes:
        body["note"] = [{"text": text} for text in notes]
    return body


def build_bundle(data: ReportData) -> dict[str, Any]:
    """The report as a FHIR R4 Bundle (a dict ready for ``json.dumps``)."""
    b = _Builder(data)
    person = data.person
    patient: dict[str, Any] = {"resourceType": "Patient", "gender": person.sex}
    if person.name:
        patient["name"] = [{"text": person.name}]
    b.add(b.patient, patient)
    results = [
        b.observation(
            "triage",
            {
                "code": _codeable(f"{SYSTEM}:assessment", "triage", "Triage"),
                "valueCodeableConcept": _codeable(
                    f"{SYSTEM}:triage", data.triage, data.triage_title
                ),
            },
        )
    ]
    for finding in data.red_flags:
        results.append(b.observation(f"red-flag:{finding.id}", _finding_body("red-flag", finding)))
    for finding in data.routine_reasons:
        results.append(b.observation(f"routine:{finding.id}", _finding_body("routine", finding)))
    for factor in data.factors:
        results.append(b.observation(f"factor:{factor.id}", _factor_body(factor)))
    results.extend(_rows(b, data.intake))
    for n, lab in enumerate(data.labs):
        results.append(b.observation(f"lab:{n}:{lab.name}", _lab_body(lab)))
    report: dict[str, Any] = {
        "resourceType": "DiagnosticReport",
        "status": "final",
        "code": _codeable(f"{SYSTEM}:report", "leg-cramp-assessment", "Leg cramp assessment"),
        "subject": {"reference": b.patient},
        "issued": _instant(data.generated_at),
        "result": [{"reference": url} for url in results],
        "conclusion": " ".join(part for part in (data.summary, data.disclaimer) if part),
        "conclusionCode": [_codeable(f"{SYSTEM}:triage", data.triage, data.triage_title)],
    }
    period = b._period()
    if period:
        report["effectivePeriod"] = period
    b.entries.insert(1, {"fullUrl": "", "resource": report})
    url = b._url("report")
    b.entries[1]["fullUrl"] = url
    report["id"] = url.removeprefix("urn:uuid:")
    return {
        "resourceType": "Bundle",
        "id": b._url("bundle").removeprefix("urn:uuid:"),
        "type": "collection",
        "timestamp": _instant(data.generated_at),
        "entry": b.entries,
    }


def _rows(b: _Builder, rows: Iterable[IntakeRow]) -> list[str]:
    urls = []
    for row in rows:
        body = _intake_body(row)
        if body is not None:
            urls.append(b.observation(f"intake:{row.key}", body))
    return urls


def render_fhir(data: ReportData) -> str:
    """The report as FHIR R4 JSON text."""
    return json.dumps(build_bundle(data), indent=2, ensure_ascii=False) + "\n"
