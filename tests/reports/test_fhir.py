"""The report as a FHIR R4 Bundle, validated with the fhir.resources models (R4B)."""

from __future__ import annotations

import io
import json
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest

from crampcheck.reports.fhir import build_bundle, render_fhir
from crampcheck.reports.model import ReportData
from crampcheck.services import diary, imports
from crampcheck.services.report import build_report_data
from crampcheck.storage.store import open_store
from tests.imports.conftest import FHIR_BUNDLE, FHIR_OBSERVATION
from tests.reports.sample import sample_report

Bundle = pytest.importorskip("fhir.resources.R4B.bundle").Bundle
NOW = datetime(2026, 3, 20, 12, tzinfo=UTC)


def _resources(bundle: dict[str, Any], kind: str) -> list[dict[str, Any]]:
    return [e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == kind]


def _by_system(bundle: dict[str, Any], system: str) -> dict[str, dict[str, Any]]:
    return {
        o["code"]["coding"][0]["code"]: o
        for o in _resources(bundle, "Observation")
        if o["code"].get("coding") and o["code"]["coding"][0]["system"] == system
    }


def _check(data: ReportData) -> dict[str, Any]:
    text = render_fhir(data)
    Bundle.model_validate_json(text)  # raises on anything FHIR does not allow
    bundle: dict[str, Any] = json.loads(text)
    urls = {entry["fullUrl"] for entry in bundle["entry"]}
    (report,) = _resources(bundle, "DiagnosticReport")
    observations = _resources(bundle, "Observation")
    assert {r["reference"] for r in report["result"]} == {
        e["fullUrl"] for e in bundle["entry"] if e["resource"]["resourceType"] == "Observation"
    }
    assert all(o["subject"]["reference"] in urls for o in observations)
    assert report["conclusionCode"][0]["coding"][0]["code"] == data.triage
    assert data.disclaimer in report["conclusion"]
    return bundle


def test_sample_report_validates() -> None:
    data = sample_report(charts=False)
    bundle = _check(data)
    factors = _by_system(bundle, "urn:crampcheck:factor")
    assert set(factors) == {f.id for f in data.factors}
    for factor in data.factors:
        notes = " ".join(n["text"] for n in factors[factor.id]["note"])
        assert factors[factor.id]["valueString"] == factor.why
        assert all(c in notes for c in factor.citations)
        assert factor.advice in notes
    red_flags = _by_system(bundle, "urn:crampcheck:red-flag")
    assert set(red_flags) == {f.id for f in data.red_flags}
    intake = _by_system(bundle, "urn:crampcheck:nutrient")
    for row in data.intake:
        if row.mean is None:
            assert row.key not in intake
            continue
        quantity = intake[row.key]["valueQuantity"]
        assert quantity["value"] == pytest.approx(row.mean, abs=1e-3)
        if row.target is not None:
            assert intake[row.key]["referenceRange"][0]["low"]["value"] == pytest.approx(row.target)
    triage = _by_system(bundle, "urn:crampcheck:assessment")["triage"]
    assert triage["valueCodeableConcept"]["coding"][0]["code"] == data.triage


def test_same_data_same_bytes() -> None:
    assert render_fhir(sample_report(charts=False)) == render_fhir(sample_report(charts=False))


def test_diary_report_with_imported_labs_round_trips(tmp_path: Path) -> None:
    store = open_store(f"sqlite:///{tmp_path / 'd.db'}")
    ann = diary.add_profile(store, "ann", 58, "female")
    for path in (FHIR_BUNDLE, FHIR_OBSERVATION):
        imports.import_stream(store, ann, io.BytesIO(path.read_bytes()), NOW)
    data = build_report_data(store, "ann", date(2026, 3, 1), date(2026, 3, 20), NOW, charts=False)
    bundle = _check(data)
    labs = _by_system(bundle, "http://loinc.org")
    assert labs["2601-3"]["valueQuantity"]["value"] == 0.68  # the latest magnesium, in mmol/L
    assert labs["2601-3"]["valueQuantity"]["code"] == "mmol/L"
    assert labs["33914-3"]["valueQuantity"]["code"] == "mL/min/{1.73_m2}"
    # crampcheck reads its own FHIR back: the labs are the ones it has, so nothing is added
    copy = json.dumps(build_bundle(data)).encode()
    summary = imports.import_stream(store, ann, io.BytesIO(copy), NOW)
    assert summary is not None
    assert summary.labs == 0
    assert summary.already_imported == len(data.labs)
    store.close()


def test_import_fixtures_are_valid_fhir() -> None:
    Bundle.model_validate_json(FHIR_BUNDLE.read_text(encoding="utf-8"))
    observation = pytest.importorskip("fhir.resources.R4B.observation").Observation
    observation.model_validate_json(FHIR_OBSERVATION.read_text(encoding="utf-8"))


def test_case_report_validates() -> None:
    from crampcheck.schemas.cases import case_report_data

    case = {
        "profile": {"age": 60, "sex": "female"},
        "medications": ["furosemide 40 mg daily"],
        "labs": {"magnesium": {"value": 0.6, "unit": "mmol/L"}},
        "diary": "a banana and a bowl of porridge",
    }
    data = case_report_data(case, NOW, charts=False)
    bundle = _check(data)
    assert "name" not in _resources(bundle, "Patient")[0]  # a case has no person's name
    (magnesium,) = _by_system(bundle, "http://loinc.org").values()
    assert magnesium["valueQuantity"] == {
        "value": 0.6,
        "unit": "mmol/L",
        "system": "http://unitsofmeasure.org",
        "code": "mmol/L",
    }
    assert set(_by_system(bundle, "urn:crampcheck:factor")) == {f.id for f in data.factors}
    assert data.factors  # a diuretic and a low magnesium give factors
