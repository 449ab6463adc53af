"""Response models for the OpenAPI document (contract §2-§4 shapes).

Handlers return pre-serialised JSON (fast); these models describe it for ``/docs`` and clients.
``extra="allow"``: the documents may carry compatible additions.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict


class _Doc(BaseModel):
    model_config = ConfigDict(extra="allow")


class Coverage(_Doc):
    known: int
    of: int


class Alternative(_Doc):
    food_id: str
    name: str
    score: float


class Item(_Doc):
    text: str
    food_id: str | None
    name: str | None
    grams: float | None
    quantity: float | None
    unit: str | None
    confidence: float
    alternatives: list[Alternative]
    kind: Literal["food", "supplement"] = "food"
    explanation: str | None = None


class Target(_Doc):
    rda: float | None
    ai: float | None
    ul: float | None
    percent: float | None


class IntakeOut(_Doc):
    """``crampcheck intake --json``; ``targets`` only when a profile was given."""

    items: list[Item]
    totals: dict[str, float | None]
    totals_from_supplements: dict[str, float | None] = {}
    coverage: dict[str, Coverage]
    targets: dict[str, Target] | None = None
    unparsed: list[str]


Triage = Literal["emergency", "doctor_soon", "doctor_routine", "self_care"]


class RedFlag(_Doc):
    id: str
    triage: Triage
    why: str
    advice: str
    citations: list[str]


class Factor(_Doc):
    id: str
    kind: Literal["nutrient", "medication", "condition", "lifestyle", "concern"]
    strength: Literal["strong", "moderate", "weak"]
    why: str
    advice: str
    evidence: str
    citations: list[str]


class RuledOut(_Doc):
    id: str
    why: str


class Guidance(_Doc):
    """The cited triage table row the result rests on (docs/assessment.md)."""

    level: Literal["emergency", "same_day", "doctor_soon", "doctor_routine", "self_care"]
    triage: Triage
    label: str
    title: str
    when: str
    act: str
    citations: list[str]


class Question(_Doc):
    """A follow-up question; send its answer back in the case's ``answers`` under its ``id``."""

    id: str
    text: str
    answer_type: Literal["yes_no", "number", "choice", "date", "text"]
    options: list[str] | None = None
    why: str
    citations: list[str]
    about: list[str]


class AssessOut(_Doc):
    """``crampcheck assess --json`` (contract §3)."""

    triage: Triage
    guidance: Guidance | None = None
    summary: str
    red_flags: list[RedFlag]
    factors: list[Factor]
    ruled_out: list[RuledOut]
    intake: IntakeOut | None = None
    not_understood: list[str]
    questions: list[Question] = []
    disclaimer: str


class Suggestion(_Doc):
    food_id: str
    name: str
    grams: float
    portion: str


class Gap(_Doc):
    nutrient: str
    why: str


class SuggestOut(_Doc):
    """``crampcheck suggest --json`` (contract §4)."""

    suggestions: list[Suggestion]
    before: dict[str, float | None]
    after: dict[str, float | None]
    remaining_gaps: list[Gap]
    notes: list[str]


class ErrorDetail(_Doc):
    loc: list[str | int]
    msg: str


class ErrorBody(_Doc):
    message: str
    status: int
    kind: str | None = None
    """The kind of error (``InputError``, ``NotFoundError``, ...), when the app raised it."""
    details: list[ErrorDetail] | None = None
    """Validation errors: where (``["body", "profile", "age"]``) and what."""


class ErrorOut(BaseModel):
    """Every 4xx/5xx answer: ``{"error": {"message": ..., "status": ...}}``."""

    error: ErrorBody


ERRORS: dict[int | str, dict[str, Any]] = {
    422: {"model": ErrorOut, "description": "input that cannot be used; the message says why"},
    413: {"model": ErrorOut, "description": "request body too large"},
}
