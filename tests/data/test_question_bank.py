"""The question bank: valid, every question's why cited, every answer a live translation into
case fields, every id documented, and broken banks rejected at load."""

from __future__ import annotations

import copy
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from pydantic import ValidationError

from crampcheck.core.assessment.extract import extract
from crampcheck.core.assessment.questions import QuestionBank, answer_case
from crampcheck.data import load_citations, read_knowledge_yaml
from crampcheck.data.kb import load_knowledge_base
from crampcheck.data.question_schemas import QuestionFile
from crampcheck.data.questions import QUESTIONS_FILE, bank_problems, load_question_bank
from crampcheck.schemas.assess import parse_case
from tests.interview import TODAY

BANK = load_question_bank()
KB = load_knowledge_base()
DOCS = Path(__file__).resolve().parents[2] / "docs" / "assessment.md"
RAW = read_knowledge_yaml(QUESTIONS_FILE)


@pytest.mark.parametrize("question", BANK.questions, ids=lambda q: q.id)
def test_every_question_says_why_with_a_valid_citation(question: Any) -> None:
    registry = {c.id: c for c in load_citations().citations}
    assert len(question.why) > 20
    assert question.citations
    for cid in question.citations:
        assert cid in registry, cid
        assert registry[cid].verification is not None, f"{cid} is a merged stub"


@pytest.mark.parametrize("question", BANK.questions, ids=lambda q: q.id)
def test_every_question_id_is_documented(question: Any) -> None:
    assert f"`{question.id}`" in DOCS.read_text(encoding="utf-8")


def _answers(question: Any) -> list[Any]:
    if question.answer_type == "yes_no":
        return ["yes"]
    if question.answer_type == "choice":
        return [label for label, patch in question.options if patch != type(patch)()]
    if question.answer_type == "date":
        return ["2026-11-20"]
    return list(question.probes)


BASE = {"profile": {"age": 40, "sex": "female"}, "medications": ["furosemide 40 mg"]}


@pytest.mark.parametrize(
    ("question", "value"),
    [(q, v) for q in BANK.questions for v in _answers(q)],
    ids=lambda x: getattr(x, "id", str(x)),
)
def test_every_answer_adds_something_the_engine_reads(question: Any, value: Any) -> None:
    case, _ = parse_case(copy.deepcopy(BASE))
    before = extract(case, KB).set
    answered = answer_case(case, question, value, TODAY)
    found = extract(answered, KB)
    assert found.set - before, f"{question.id}={value!r} adds no finding"
    assert not found.not_understood, found.not_understood


def _broken(change: dict[str, Any]) -> dict[str, Any]:
    raw: dict[str, Any] = copy.deepcopy(RAW)
    raw["questions"][0].update(change)
    return raw


@pytest.mark.parametrize(
    "change",
    [
        {"citations": []},
        {"why": ""},
        {"about": []},
        {"answer_type": "maybe"},
        {"if_yes": None},
        {"answer_type": "number", "if_yes": None},
        {"options": {"unknown": {}}},
        {"surprise": 1},
    ],
)
def test_the_schema_rejects_a_broken_question(change: dict[str, Any]) -> None:
    with pytest.raises(ValidationError):
        QuestionFile.model_validate(_broken(change))


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        ({"citations": ["R999"]}, "cites R999"),
        ({"about": ["no_such_flag"]}, "unknown id 'no_such_flag'"),
        ({"skip_if": ["symptom:no_such_thing"]}, "unknown finding 'symptom:no_such_thing'"),
        ({"together_with": ["nobody"]}, "unknown question 'nobody'"),
        ({"id": BANK.questions[1].id}, "used twice"),
    ],
)
def test_load_time_checks_catch_dangling_references(change: dict[str, Any], problem: str) -> None:
    first = replace(BANK.questions[0], **_core(change))
    problems = list(bank_problems(QuestionBank((first, *BANK.questions[1:])), KB))
    assert any(problem in p for p in problems), problems


def _core(change: dict[str, Any]) -> dict[str, Any]:
    return {
        k: frozenset(v) if k == "skip_if" else (tuple(v) if isinstance(v, list) else v)
        for k, v in change.items()
    }


def test_the_shipped_bank_has_no_problems() -> None:
    assert list(bank_problems(BANK, KB)) == []
    assert len(BANK.questions) >= 30
    assert {q.answer_type for q in BANK.questions} == {"yes_no", "number", "choice", "date", "text"}
