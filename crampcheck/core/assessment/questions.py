"""Follow-up questions: the bank's types, and answers → case fields (pure).

``apply_answers`` turns answers into the same case fields a person could have filled in themselves
(symptoms, conditions, medications, lifestyle, cramps), so an answer counts exactly like that fact
given in the form; it runs before the engine. Which questions are still worth asking is decided
after the assessment by :mod:`crampcheck.core.assessment.asking`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from types import MappingProxyType

from crampcheck.core.assessment.case import Case, Cramps
from crampcheck.core.assessment.knowledge import (
    Rule,
)
from crampcheck.core.assessment.timing import recency

ANSWER_TYPES = ("yes_no", "number", "choice", "date", "text")
UNKNOWN = "unknown"
"""Every question accepts "unknown" ("I don't know"): it counts as answered and adds nothing."""

YES_NO = ("yes", "no", UNKNOWN)
MAX_TEXT_ANSWER = 500
"""Longest text answer used (the same limit as one symptom or medication entry)."""

NUMBER_TARGETS = frozenset(
    {
        "cramps.frequency_per_week",
        "cramps.duration_minutes",
        "cramps.severity_0_10",
        "lifestyle.fluid_intake_l_per_day",
        "lifestyle.alcohol_units_per_week",
    }
)
TEXT_TARGETS = frozenset({"medications"})
DATE_TARGETS = frozenset({"medications.started"})

Answer = str | float
_EMPTY: Mapping[str, object] = MappingProxyType({})


@dataclass(frozen=True, slots=True)
class Patch:
    """Case fields an answer adds (the fields a person could have filled in)."""

    symptoms: tuple[str, ...] = ()
    conditions: tuple[str, ...] = ()
    medications: tuple[str, ...] = ()
    lifestyle: Mapping[str, object] = field(default_factory=lambda: _EMPTY)
    cramps: Mapping[str, object] = field(default_factory=lambda: _EMPTY)


@dataclass(frozen=True, slots=True)
class Question:
    """One question of the bank (``knowledge/questions.yaml``)."""

    id: str
    kind: str
    text: str
    answer_type: str
    why: str
    citations: tuple[str, ...]
    about: tuple[str, ...]
    yes: Patch = Patch()
    no: Patch = Patch()
    options: tuple[tuple[str, Patch], ...] = ()
    sets: str | None = None
    probes: tuple[Answer, ...] = ()
    minimum: float | None = None
    maximum: float | None = None
    unit: str = ""
    ask_if: Rule | None = None
    skip_if: frozenset[str] = frozenset()
    unless_given: tuple[str, ...] = ()
    together_with: tuple[str, ...] = ()

    @property
    def option_labels(self) -> tuple[str, ...]:
        return tuple(label for label, _ in self.options)


@dataclass(frozen=True, slots=True, eq=False)
class QuestionBank:
    questions: tuple[Question, ...]

    def get(self, question_id: str) -> Question | None:
        return next((q for q in self.questions if q.id == question_id), None)


# --- answers → case fields ----------------------------------------------------------------------


def apply_answers(
    case: Case, answers: Mapping[str, object], bank: QuestionBank, today: date | None = None
) -> tuple[Case, tuple[str, ...], list[str]]:
    """The case with every usable answer added to its fields, the ids answered (including
    "unknown"; a malformed answer is asked again), and notes for ``not_understood``.

    An answer fills in a field only where the case leaves it empty: what the person wrote in the
    form stays. ``today`` dates "when did you start..." answers.
    """
    notes: list[str] = []
    answered: list[str] = []
    for question_id, raw in answers.items():
        question = bank.get(question_id)
        if question is None:
            notes.append(f"answers.{question_id[:60]}: no such question")
            continue
        value, problem = normalise_answer(question, raw, today)
        if problem:
            notes.append(f"answers.{question.id}: {problem}")
            continue
        answered.append(question.id)
        if value is not None:
            case = answer_case(case, question, value, today)
    return case, tuple(answered), notes


def normalise_answer(
    question: Question, raw: object, today: date | None = None
) -> tuple[Answer | None, str | None]:
    """(value to apply or None for "unknown", problem) for one raw answer."""
    if isinstance(raw, str) and raw.strip().lower() in (UNKNOWN, "dont know", "don't know"):
        return None, None
    kind = question.answer_type
    if kind == "yes_no":
        return _one_of(raw, ("yes", "no"), "yes, no or unknown")
    if kind == "choice":
        return _one_of(raw, question.option_labels, "one of: " + ", ".join(question.option_labels))
    if kind == "number":
        return _number(question, raw)
    if kind == "date":
        return _date(raw, today)
    if not isinstance(raw, str) or not raw.strip():
        return None, "expected some text"
    return raw.strip()[:MAX_TEXT_ANSWER], None


def _one_of(raw: object, allowed: Sequence[str], wanted: str) -> tuple[Answer | None, str | None]:
    text = raw.strip().lower() if isinstance(raw, str) else None
    for option in allowed:
        if text == option.lower():
            return option, None
    return None, f"expected {wanted}"


def _number(question: Question, raw: object) -> tuple[Answer | None, str | None]:
    value: float | None = None
    if isinstance(raw, int | float) and not isinstance(raw, bool):
        value = float(raw)
    elif isinstance(raw, str):
        try:
            value = float(raw.strip().replace(",", "."))
        except ValueError:
            value = None
    if value is None or value != value:
        return None, "expected a number"
    low = question.minimum if question.minimum is not None else float("-inf")
    high = question.maximum if question.maximum is not None else float("inf")
    if not low <= value <= high:
        return None, f"expected a number from {low:g} to {high:g}"
    return value, None


def _date(raw: object, today: date | None) -> tuple[Answer | None, str | None]:
    if not isinstance(raw, str):
        return None, "expected a date like 2026-03-01"
    try:
        when = date.fromisoformat(raw.strip())
    except ValueError:
        return None, "expected a date like 2026-03-01"
    if today is None:
        return None, "dates cannot be used without today's date"
    if when > today:
        return None, "that date is in the future"
    return when.isoformat(), None


def answer_case(case: Case, question: Question, value: Answer, today: date | None) -> Case:
    """The case with one normalised answer applied."""
    if question.answer_type == "yes_no":
        return apply_patch(case, question.yes if value == "yes" else question.no)
    if question.answer_type == "choice":
        return apply_patch(case, dict(question.options)[str(value)])
    target = question.sets or ""
    if target in DATE_TARGETS:
        if today is None:
            return case
        return _medicines_started(case, date.fromisoformat(str(value)), today)
    if target in TEXT_TARGETS:
        return apply_patch(case, Patch(medications=split_medicines(str(value))))
    group, _, key = target.partition(".")
    patch = Patch(cramps={key: value}) if group == "cramps" else Patch(lifestyle={key: value})
    return apply_patch(case, patch)


def apply_patch(case: Case, patch: Patch) -> Case:
    """Add a patch's fields to the case; a field the case already fills in stays as it is."""
    lifestyle = dict(case.lifestyle)
    for key, value in patch.lifestyle.items():
        lifestyle.setdefault(key, value)
    cramps = case.cramps or Cramps()
    changes = {k: v for k, v in patch.cramps.items() if getattr(cramps, k) is None}
    return replace(
        case,
        symptoms=_extend(case.symptoms, patch.symptoms),
        conditions=_extend(case.conditions, patch.conditions),
        medications=_extend(case.medications, patch.medications),
        lifestyle=MappingProxyType(lifestyle),
        cramps=replace(cramps, **changes) if changes or case.cramps else case.cramps,  # type: ignore[arg-type]
    )


def _extend(items: tuple[str, ...], more: Iterable[str]) -> tuple[str, ...]:
    return (*items, *(item for item in more if item not in items))


_SPLIT = re.compile(r"[;\n]+|,|\band\b")
_CONTINUES = re.compile(r"^\s*(\(|started|since|for|taken|taking|from|\d|daily|twice|once|mg)")


def split_medicines(text: str) -> tuple[str, ...]:
    """ "furosemide, started 3 weeks ago; omeprazole" → ("furosemide, started 3 weeks ago",
    "omeprazole"): a part that only says when or how much belongs to the medicine before it."""
    parts: list[str] = []
    for part in _SPLIT.split(text):
        if not part.strip():
            continue
        if parts and _CONTINUES.match(part):
            parts[-1] = f"{parts[-1]}, {part.strip()}"
        else:
            parts.append(part.strip())
    return tuple(parts)


def _medicines_started(case: Case, started: date, today: date) -> Case:
    """ "When did you start your newest medicine?" dates every medicine whose start is unknown."""
    days = (today - started).days
    dated = tuple(
        f"{text} (started {days} days ago)" if recency(text) is None else text
        for text in case.medications
    )
    return replace(case, medications=dated)
