"""Pydantic models that validate the question bank (``knowledge/questions.yaml``) when it loads.

Every question says why it is asked and cites where that comes from (evidence.md §9)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from crampcheck.core.assessment.questions import DATE_TARGETS, NUMBER_TARGETS, TEXT_TARGETS

LifestyleValue = str | float | bool


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class PatchEntry(_Strict):
    """Case fields an answer adds; the same fields a person could fill in themselves."""

    symptoms: list[str] = []
    conditions: list[str] = []
    medications: list[str] = []
    lifestyle: dict[str, LifestyleValue] = {}
    cramps: dict[
        Literal["timing", "frequency_per_week", "duration_minutes", "severity_0_10"], str | float
    ] = {}


class QuestionEntry(_Strict):
    id: str = Field(pattern=r"^[a-z0-9_]+$", max_length=40)
    kind: Literal["red_flag", "factor"]
    text: str = Field(min_length=8)
    answer_type: Literal["yes_no", "number", "choice", "date", "text"]
    why: str = Field(min_length=10)
    citations: list[str] = Field(min_length=1)
    about: list[str] = Field(min_length=1)
    if_yes: PatchEntry | None = None
    if_no: PatchEntry | None = None
    options: dict[str, PatchEntry] = {}
    sets: str | None = None
    probes: list[str | float] = []
    min: float | None = None
    max: float | None = None
    unit: str = ""
    ask_if: list[list[str]] = []
    skip_if: list[str] = []
    unless_given: list[str] = []
    together_with: list[str] = []

    @model_validator(mode="after")
    def _fits_its_type(self) -> QuestionEntry:
        kind = self.answer_type
        if kind == "yes_no" and self.if_yes is None:
            raise ValueError(f"{self.id}: a yes_no question needs `if_yes`")
        if kind != "yes_no" and (self.if_yes is not None or self.if_no is not None):
            raise ValueError(f"{self.id}: only yes_no questions have `if_yes`/`if_no`")
        if (kind == "choice") != bool(self.options):
            raise ValueError(f"{self.id}: choice questions (only) have `options`")
        if "unknown" in {o.lower() for o in self.options}:
            raise ValueError(f"{self.id}: 'unknown' is always accepted; it is not an option")
        targets = {"number": NUMBER_TARGETS, "text": TEXT_TARGETS, "date": DATE_TARGETS}
        if kind in targets:
            if self.sets not in targets[kind]:
                raise ValueError(f"{self.id}: `sets` must be one of {sorted(targets[kind])}")
            if not self.probes:
                raise ValueError(f"{self.id}: `probes` are needed to know when to ask")
        elif self.sets is not None or self.probes:
            raise ValueError(f"{self.id}: only number, text and date questions have `sets`")
        return self


class QuestionFile(_Strict):
    questions: list[QuestionEntry] = Field(min_length=1)
