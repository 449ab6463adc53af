"""Drive an interview through the real assessment service: ask the first open question, answer
it, assess again, until nothing is left to ask."""

from __future__ import annotations

import copy
from collections.abc import Callable
from datetime import date
from typing import Any

from crampcheck.schemas.cases import assess_document

TODAY = date(2026, 12, 1)
MAX_STEPS = 80

Answerer = Callable[[dict[str, Any]], Any]


def interview(document: dict[str, Any], answer: Answerer) -> tuple[dict[str, Any], list[str]]:
    """The final result and the ids of the questions asked, in order."""
    doc = copy.deepcopy(document)
    doc.setdefault("answers", {})
    asked: list[str] = []
    for _ in range(MAX_STEPS):
        result = assess_document(doc, today=TODAY)
        if not result["questions"]:
            return result, asked
        question = result["questions"][0]
        assert question["id"] not in doc["answers"], "an answered question was asked again"
        asked.append(question["id"])
        doc["answers"][question["id"]] = answer(question)
    raise AssertionError(f"the interview did not end after {MAX_STEPS} questions: {asked}")


def some_answer(question: dict[str, Any]) -> Any:
    """A real answer of the right type (yes, the first option, a number, a date, a medicine)."""
    kind = question["answer_type"]
    if kind == "yes_no":
        return "yes"
    if kind == "choice":
        return question["options"][0]
    if kind == "number":
        return 20
    if kind == "date":
        return "2026-11-20"
    return "omeprazole 20 mg daily for 3 years"
