"""Fixtures of the import readers: the example files under tests/fixtures/imports/."""

from __future__ import annotations

from pathlib import Path

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "imports"
CRONOMETER = FIXTURES / "cronometer_servings.csv"
MYFITNESSPAL = FIXTURES / "myfitnesspal_nutrition.csv"
APPLE_HEALTH = FIXTURES / "apple_health_export.xml"
FHIR_BUNDLE = FIXTURES / "fhir_bundle.json"
FHIR_OBSERVATION = FIXTURES / "fhir_observation.json"
