"""Load the question bank: ``knowledge/questions.yaml`` → pydantic → frozen core types.

Load-time checks (fail fast with :class:`KnowledgeBaseError`): unique ids, every citation known
and not a merged stub, every ``about`` id a red flag or factor, every finding named by
``ask_if``/``skip_if`` one the extractor can produce, every ``together_with`` id a question.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from types import MappingProxyType

from pydantic import ValidationError

from crampcheck.core.assessment.knowledge import KnowledgeBase, Rule
from crampcheck.core.assessment.questions import Patch, Question, QuestionBank
from crampcheck.data import load_citations, read_knowledge_yaml
from crampcheck.data.kb import known_findings, load_knowledge_base
from crampcheck.data.question_schemas import PatchEntry, QuestionEntry, QuestionFile
from crampcheck.errors import KnowledgeBaseError

QUESTIONS_FILE = "questions.yaml"


@cache
def load_question_bank() -> QuestionBank:
    """The validated question bank (cached), checked against the knowledge base."""
    try:
        parsed = QuestionFile.model_validate(read_knowledge_yaml(QUESTIONS_FILE))
    except ValidationError as error:
        raise KnowledgeBaseError(f"knowledge/{QUESTIONS_FILE} is invalid: {error}") from error
    bank = QuestionBank(tuple(_question(entry) for entry in parsed.questions))
    problems = list(bank_problems(bank, load_knowledge_base()))
    if problems:
        raise KnowledgeBaseError("question bank check failed: " + "; ".join(problems))
    return bank


def bank_problems(bank: QuestionBank, kb: KnowledgeBase) -> Iterable[str]:
    """Everything wrong with the bank's references (empty when it is sound)."""
    registry = {c.id: c for c in load_citations().citations}
    ids = [q.id for q in bank.questions]
    yield from (
        f"question id {i} is used twice" for i in sorted({i for i in ids if ids.count(i) > 1})
    )
    about_ids = {*kb.factors, *(flag.id for flag in kb.red_flags)}
    findings = known_findings(kb)
    for q in bank.questions:
        for cid in q.citations:
            if cid not in registry or registry[cid].verification is None:
                yield f"question {q.id} cites {cid}, which is unknown or a merged stub"
        yield from (
            f"question {q.id} is about unknown id {a!r}" for a in q.about if a not in about_ids
        )
        named = [f for clause in (q.ask_if.clauses if q.ask_if else ()) for f in clause]
        named += [f for f in q.skip_if if not f.endswith("*")]
        yield from (
            f"question {q.id} names unknown finding {f!r}" for f in named if f not in findings
        )
        yield from (
            f"question {q.id} is asked together with unknown question {t!r}"
            for t in q.together_with
            if t not in ids
        )


def _patch(entry: PatchEntry | None) -> Patch:
    if entry is None:
        return Patch()
    return Patch(
        symptoms=tuple(entry.symptoms),
        conditions=tuple(entry.conditions),
        medications=tuple(entry.medications),
        lifestyle=MappingProxyType(dict(entry.lifestyle)),
        cramps=MappingProxyType({str(k): v for k, v in entry.cramps.items()}),
    )


def _question(entry: QuestionEntry) -> Question:
    return Question(
        id=entry.id,
        kind=entry.kind,
        text=entry.text,
        answer_type=entry.answer_type,
        why=entry.why,
        citations=tuple(entry.citations),
        about=tuple(entry.about),
        yes=_patch(entry.if_yes),
        no=_patch(entry.if_no),
        options=tuple((label, _patch(patch)) for label, patch in entry.options.items()),
        sets=entry.sets,
        probes=tuple(entry.probes),
        minimum=entry.min,
        maximum=entry.max,
        unit=entry.unit,
        ask_if=Rule(tuple(frozenset(c) for c in entry.ask_if)) if entry.ask_if else None,
        skip_if=frozenset(entry.skip_if),
        unless_given=tuple(entry.unless_given),
        together_with=tuple(entry.together_with),
    )
