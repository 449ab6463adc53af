"""FHIR R4 lab results: LOINC + UCUM mapped to crampcheck's tests; unknown codes reported."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import pytest

from crampcheck.core.assessment.labs import normalise_unit, to_canonical
from crampcheck.data.kb import load_knowledge_base
from crampcheck.errors import InputError
from crampcheck.imports import fhir
from crampcheck.services.imports import lab_units
from tests.imports.conftest import FHIR_BUNDLE, FHIR_OBSERVATION

UNITS = lab_units()


def _observation(code: str, value: Any, ucum: str, **extra: Any) -> dict[str, Any]:
    return {
        "resourceType": "Observation",
        "status": "final",
        "code": {"coding": [{"system": "http://loinc.org", "code": code}]},
        "effectiveDateTime": "2026-03-01T08:00:00Z",
        "valueQuantity": {"value": value, "system": "http://unitsofmeasure.org", "code": ucum},
        **extra,
    }


def _bundle(*resources: dict[str, Any]) -> str:
    entries = [{"resource": r} for r in resources]
    return json.dumps({"resourceType": "Bundle", "type": "collection", "entry": entries})


def test_bundle_fixture() -> None:
    parsed = fhir.parse(FHIR_BUNDLE.read_text(encoding="utf-8"), UNITS)
    assert parsed.read == 11
    got = {(lab.name, lab.value, lab.unit, lab.taken_on) for lab in parsed.labs}
    day = date(2026, 3, 1)
    assert got == {
        ("magnesium", 1.6, "mg/dL", day),
        ("potassium", 3.4, "mmol/L", day),
        ("calcium_total", 2.3, "mmol/L", day),
        ("vitamin_d_25oh", 42.0, "nmol/L", day),
        ("vitamin_b12", 180.0, "pmol/L", day),
        ("egfr", 72.0, "mL/min/1.73m2", day),
        ("tsh", 2.1, "mIU/L", day),
        ("hba1c", 6.1, "%", day),
    }
    reasons = {s.reason: s.where for s in parsed.skipped}
    assert reasons == {
        "LOINC code crampcheck does not know (2093-3)": (
            "entry 10: 2093-3 Cholesterol [Mass/volume] in Serum or Plasma",
        ),
        "Patient resource (not a lab result)": ("entry 1",),
        "status entered-in-error": ("entry 11",),
    }


def test_single_observation() -> None:
    parsed = fhir.parse(FHIR_OBSERVATION.read_text(encoding="utf-8"), UNITS)
    (lab,) = parsed.labs
    assert (lab.name, lab.value, lab.unit, lab.code) == ("magnesium", 0.68, "mmol/L", "2601-3")
    assert lab.taken_on == date(2026, 3, 10)
    assert lab.display == "Serum magnesium"


@pytest.mark.parametrize(
    ("code", "value", "ucum", "test", "canonical"),
    [
        ("19123-9", 1.7, "mg/dL", "magnesium", 1.7),
        ("2601-3", 0.7, "mmol/L", "magnesium", 0.7 * 2.4307),
        ("2601-3", 1.4, "meq/L", "magnesium", 1.4 * 1.21536),
        ("17861-6", 9.0, "mg/dL", "calcium_total", 9.0),
        ("2000-8", 2.25, "mmol/L", "calcium_total", 2.25 * 4.008),
        ("1989-3", 30.0, "ng/mL", "vitamin_d_25oh", 30.0),
        ("1989-3", 75.0, "nmol/L", "vitamin_d_25oh", 75.0 * 0.40064),
        ("2132-9", 400.0, "pg/mL", "vitamin_b12", 400.0),
        ("2132-9", 300.0, "pmol/L", "vitamin_b12", 300.0 * 1.35501),
        ("2276-4", 50.0, "ug/L", "ferritin", 50.0),
        ("2157-6", 150.0, "U/L", "ck", 150.0),
        ("33914-3", 80.0, "mL/min/{1.73_m2}", "egfr", 80.0),
        ("3016-3", 2.0, "u[IU]/mL", "tsh", 2.0),
        ("4548-4", 48.0, "mmol/mol", "hba1c", 48.0 * 0.0915 + 2.15),  # IFCC → NGSP
        ("2823-3", 4.1, "meq/L", "potassium", 4.1),
        ("2951-2", 139.0, "mmol/L", "sodium", 139.0),
    ],
)
def test_both_unit_systems(code: str, value: float, ucum: str, test: str, canonical: float) -> None:
    (lab,) = fhir.parse(_bundle(_observation(code, value, ucum)), UNITS).labs
    assert lab.name == test
    kb = load_knowledge_base()
    assert normalise_unit(lab.unit) in kb.labs[test].factors
    assert to_canonical(kb.labs[test], lab.value, lab.unit) == pytest.approx(canonical)


@pytest.mark.parametrize(
    ("resource", "reason"),
    [
        (_observation("2093-3", 5.0, "mmol/L"), "LOINC code crampcheck does not know (2093-3)"),
        (_observation("19123-9", 1.7, "kg"), "unit 'kg' not known for magnesium"),
        (_observation("19123-9", "low", "mg/dL"), "no numeric value"),
        (_observation("19123-9", True, "mg/dL"), "no numeric value"),
        (_observation("19123-9", -1, "mg/dL"), "negative value"),
        (_observation("19123-9", 1.7, "mg/dL", status="cancelled"), "status cancelled"),
        ({"resourceType": "Observation", "code": {"text": "Mg"}}, "no LOINC code"),
        ({"resourceType": "Condition"}, "Condition resource (not a lab result)"),
    ],
)
def test_skipped_not_guessed(resource: dict[str, Any], reason: str) -> None:
    parsed = fhir.parse(_bundle(resource), UNITS)
    assert parsed.labs == ()
    assert [s.reason for s in parsed.skipped] == [reason]


def test_no_date_skipped() -> None:
    resource = _observation("19123-9", 1.7, "mg/dL")
    del resource["effectiveDateTime"]
    assert [s.reason for s in fhir.parse(_bundle(resource), UNITS).skipped] == ["no date"]
    resource["issued"] = "2026-03-02T10:00:00Z"
    (lab,) = fhir.parse(_bundle(resource), UNITS).labs
    assert lab.taken_on == date(2026, 3, 2)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (FHIR_BUNDLE.read_text(encoding="utf-8")[:500], "damaged or cut short"),
        ('{"resourceType": "Patient"}', "neither Bundle nor Observation"),
        ("[1, 2]", "not a FHIR resource"),
        ('{"resourceType": "Bundle", "entry": {}}', "not a list"),
        ('{"resourceType": "Observation", "valueQuantity": {"value": NaN}}', "damaged"),
        ('{"resourceType": "Bundle", "x": ' + "[" * 200 + "]" * 200 + "}", "nested"),
    ],
)
def test_bad_documents(text: str, message: str) -> None:
    with pytest.raises(InputError, match=message):
        fhir.parse(text, UNITS)


def test_every_mapped_test_exists() -> None:
    kb = load_knowledge_base()
    assert set(fhir.LOINC.values()) <= set(kb.labs)
    for test in set(fhir.LOINC.values()):
        assert kb.lab_aliases.get(test) == test or test in kb.labs


def test_recognised_by_content() -> None:
    assert fhir.looks_like(FHIR_BUNDLE.read_text(encoding="utf-8")[:4096])
    assert fhir.looks_like('{"resourceType":"Observation"}')
    assert not fhir.looks_like('{"format": "crampcheck-diary"}')
