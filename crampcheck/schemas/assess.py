"""The assessment case (contract §3) at the boundary: pydantic input → core ``Case``; result →
JSON dict. Unknown extra keys are tolerated and reported in ``not_understood``."""

from __future__ import annotations

from math import inf, isfinite
from types import MappingProxyType
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from crampcheck.core.assessment.case import Assessment, Case, Cramps
from crampcheck.core.assessment.knowledge import TriageGuidance
from crampcheck.core.assessment.labs import LabInput
from crampcheck.core.models import make_profile
from crampcheck.errors import InputError, ProfileError
from crampcheck.schemas.intake import intake_to_json
from crampcheck.schemas.questions import question_to_json
from crampcheck.schemas.suggest import suggestion_to_json

MAX_TEXT_CHARS = 20_000
"""Longest description or diary accepted (a page of text is about 3,000 characters)."""

MAX_ITEMS = 100
"""Most symptoms, conditions or medications accepted in one case."""

MAX_ITEM_CHARS = 500
"""Longest single symptom, condition, medication or lifestyle entry."""


class _Lenient(BaseModel):
    model_config = ConfigDict(extra="allow", str_strip_whitespace=True)


class ProfileIn(_Lenient):
    age: float | None = None
    sex: str | None = None
    pregnant: bool = False
    lactating: bool = False


class CrampsIn(_Lenient):
    frequency_per_week: float | None = Field(None, ge=0, le=1000)
    timing: str | None = Field(None, max_length=MAX_ITEM_CHARS)
    severity_0_10: float | None = Field(None, ge=0, le=10)
    duration_minutes: float | None = Field(None, ge=0, le=1_000_000)
    location: str | None = Field(None, max_length=MAX_ITEM_CHARS)


def _as_list(value: Any) -> Any:
    if value is None:
        return []
    return [value] if isinstance(value, str) else value


class CaseIn(_Lenient):
    profile: ProfileIn
    cramps: CrampsIn | None = None
    symptoms: list[str] = Field(default_factory=list, max_length=MAX_ITEMS)
    conditions: list[str] = Field(default_factory=list, max_length=MAX_ITEMS)
    medications: list[str] = Field(default_factory=list, max_length=MAX_ITEMS)
    lifestyle: dict[str, Any] = Field(default_factory=dict)
    labs: dict[str, Any] = Field(default_factory=dict)
    diary: str | None = Field(None, max_length=MAX_TEXT_CHARS)
    description: str | None = Field(None, max_length=MAX_TEXT_CHARS)
    locale: str | None = Field(
        None, max_length=35, pattern=r"^[A-Za-z]{2,8}([-_][A-Za-z0-9]{1,8})*$"
    )
    answers: Any = None
    """Answers to follow-up questions; read by ``schemas.questions.parse_answers``."""

    _lists = field_validator("symptoms", "conditions", "medications", mode="before")(_as_list)

    @field_validator("symptoms", "conditions", "medications")
    @classmethod
    def _short_items(cls, items: list[str]) -> list[str]:
        for item in items:
            if len(item) > MAX_ITEM_CHARS:
                raise ValueError(f"entries must be at most {MAX_ITEM_CHARS} characters")
        return [item for item in items if item]


def parse_case(document: object) -> tuple[Case, list[str]]:
    """Validate a case document; returns the core case and notes for ``not_understood``.

    Raises:
        InputError: the document is not a case (with a message saying what to fix).
        ProfileError: age or sex missing or unsupported.
    """
    if not isinstance(document, dict):
        raise InputError(f"a case must be a JSON object, not {type(document).__name__}")
    if not isinstance(document.get("profile"), dict):
        raise ProfileError(
            'the case needs a "profile" with "age" and "sex", e.g. '
            '{"profile": {"age": 58, "sex": "female"}}'
        )
    try:
        model = CaseIn.model_validate(document)
    except ValidationError as error:
        raise InputError(f"invalid case: {_describe(error)}") from error
    notes = [f"unknown field: {key}" for key in (model.model_extra or {})]
    profile = _profile(model.profile)
    labs, lab_notes = _labs(model.labs)
    cramps = model.cramps
    case = Case(
        profile=profile,
        cramps=Cramps(
            cramps.frequency_per_week,
            cramps.timing,
            cramps.severity_0_10,
            cramps.duration_minutes,
            cramps.location,
        )
        if cramps
        else None,
        symptoms=tuple(model.symptoms),
        conditions=tuple(model.conditions),
        medications=tuple(model.medications),
        lifestyle=MappingProxyType(_lifestyle(model.lifestyle, notes)),
        labs=labs,
        diary=model.diary or None,
        description=model.description or None,
        locale=model.locale or None,
    )
    return case, notes + lab_notes


def _profile(profile: ProfileIn) -> Any:
    if profile.age is None:
        raise ProfileError('profile.age is required (age in years, e.g. "age": 58)')
    if profile.sex is None:
        raise ProfileError('profile.sex is required ("female" or "male")')
    return make_profile(
        profile.age, profile.sex, pregnant=profile.pregnant, lactating=profile.lactating
    )


def _lifestyle(lifestyle: dict[str, Any], notes: list[str]) -> dict[str, object]:
    kept: dict[str, object] = {}
    for key, value in lifestyle.items():
        if isinstance(value, str | int | float | bool) or value is None:
            kept[str(key)[:MAX_ITEM_CHARS]] = (
                value[:MAX_ITEM_CHARS] if isinstance(value, str) else value
            )
        else:
            notes.append(f"lifestyle.{key}: expected text or a number")
    return kept


def _labs(labs: dict[str, Any]) -> tuple[tuple[LabInput, ...], list[str]]:
    items: list[LabInput] = []
    notes: list[str] = []
    for name, entry in labs.items():
        if not isinstance(entry, dict):
            notes.append(
                f'labs.{name}: give a value and a unit, e.g. {{"value": 1.5, "unit": "mg/dL"}}'
            )
            continue
        value, unit, ref = entry.get("value"), entry.get("unit"), entry.get("range")
        if isinstance(value, bool) or not isinstance(value, int | float) or not isfinite(value):
            notes.append(f"labs.{name}: value must be a number")
            continue
        if not isinstance(unit, str) or not unit.strip():
            notes.append(f"labs.{name}: a unit is needed (as printed on the report)")
            continue
        parsed_range = _range(ref)
        if ref is not None and parsed_range is None:
            notes.append(f"labs.{name}: range must be [low, high]; default range used")
        items.append(LabInput(str(name), float(value), unit, parsed_range))
    return tuple(items), notes


def _range(ref: Any) -> tuple[float, float] | None:
    if (
        isinstance(ref, list | tuple)
        and len(ref) == 2
        and all(
            isinstance(x, int | float) and not isinstance(x, bool) and 0 <= x < inf for x in ref
        )
    ):
        return float(ref[0]), float(ref[1])
    return None


def _describe(error: ValidationError) -> str:
    parts = []
    for item in error.errors()[:3]:
        where = ".".join(str(part) for part in item["loc"])
        parts.append(f"{where}: {item['msg']}")
    return "; ".join(parts)


def assessment_to_json(result: Assessment) -> dict[str, Any]:
    """The contract §3 result document (plus backward-compatible extra fields): the one
    serialisation of an assessment, used by the CLI ``--json``, the REST API and batches."""

    document: dict[str, Any] = {
        "triage": result.triage.label,
        "summary": result.summary,
        "now": result.now,
        "red_flags": [
            {
                "id": f.id,
                "triage": f.triage.label,
                "why": f.why,
                "advice": f.advice,
                "citations": list(f.citations),
            }
            for f in result.red_flags
        ],
        "factors": [
            {
                "id": f.id,
                "kind": f.kind,
                "strength": f.strength.label,
                "why": f.why,
                "advice": f.advice,
                "evidence": f.evidence,
                "citations": list(f.citations),
            }
            for f in result.factors
        ],
        "ruled_out": [{"id": r.id, "why": r.why} for r in result.ruled_out],
        "not_understood": list(result.not_understood),
        "matched": list(result.matched),
        "labs": [
            {
                "test": r.test.id,
                "value": r.value,
                "unit": r.unit,
                "converted": round(r.canonical, 3),
                "converted_unit": r.test.unit,
                "range": [r.low, r.high],
                "states": list(r.states),
            }
            for r in result.labs
        ],
        "routine_reasons": [
            {
                "id": f.id,
                "triage": f.triage.label,
                "why": f.why,
                "advice": f.advice,
                "citations": list(f.citations),
            }
            for f in result.routine_reasons
        ],
        "disclaimer": result.disclaimer,
    }
    if result.guidance is not None:
        document["guidance"] = guidance_to_json(result.guidance)
    if result.locale:
        document["locale"] = result.locale
    if result.intake is not None:
        document["intake"] = intake_to_json(result.intake)
    document["questions"] = [question_to_json(question) for question in result.questions]
    if result.suggested:
        document["suggestions"] = (
            suggestion_to_json(result.suggestion) if result.suggestion is not None else None
        )
    return document


def guidance_to_json(guidance: TriageGuidance) -> dict[str, Any]:
    """The triage table row a result rests on (extension of contract §3; docs/assessment.md)."""
    return {
        "level": guidance.id,
        "triage": guidance.triage.label,
        "label": guidance.label,
        "title": guidance.title,
        "when": guidance.when,
        "act": guidance.act,
        "citations": list(guidance.citations),
    }
