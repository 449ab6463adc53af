"""Follow-up questions at the boundary: the case's ``answers`` in, ``questions`` out (contract §3).

``answers`` maps a question id to its answer: ``"yes"``, ``"no"`` or ``"unknown"`` for yes/no
questions, a number, one of the ``options``, an ISO date or text. A malformed entry is reported in
``not_understood``; it never fails the assessment.
"""

from __future__ import annotations

from typing import Any

from crampcheck.core.assessment.questions import Answer, Question

MAX_ANSWERS = 200
"""Most answers accepted in one case (the bank has about 40 questions)."""

MAX_ANSWER_CHARS = 500
"""Longest answer accepted (as long as one symptom or medication entry)."""

MAX_ID_CHARS = 64


def parse_answers(document: object) -> tuple[dict[str, Answer], list[str]]:
    """The case document's ``answers`` as {question id: str or number}, and notes."""
    raw = document.get("answers") if isinstance(document, dict) else None
    if raw is None:
        return {}, []
    if not isinstance(raw, dict):
        return {}, ['answers: expected an object like {"dark_urine": "no"}']
    answers: dict[str, Answer] = {}
    notes: list[str] = []
    for key, value in list(raw.items())[:MAX_ANSWERS]:
        name = str(key)[:MAX_ID_CHARS]
        if isinstance(value, bool) or not isinstance(value, str | int | float):
            notes.append(f"answers.{name}: expected text or a number")
        elif isinstance(value, str) and len(value) > MAX_ANSWER_CHARS:
            notes.append(f"answers.{name}: at most {MAX_ANSWER_CHARS} characters")
        else:
            answers[name] = value if isinstance(value, str) else float(value)
    if len(raw) > MAX_ANSWERS:
        notes.append(f"answers: only the first {MAX_ANSWERS} were used")
    return answers, notes


def question_to_json(question: Question) -> dict[str, Any]:
    """One entry of the result's ``questions`` (contract §3, plus ``citations``, ``kind`` and, for
    numbers, ``unit``/``min``/``max``)."""
    document: dict[str, Any] = {
        "id": question.id,
        "text": question.text,
        "answer_type": question.answer_type,
        "why": question.why,
        "citations": list(question.citations),
        "about": list(question.about),
        "kind": question.kind,
    }
    if question.answer_type == "choice":
        document["options"] = list(question.option_labels)
    if question.answer_type == "number":
        document.update(unit=question.unit, min=question.minimum, max=question.maximum)
    return document
