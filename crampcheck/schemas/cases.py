"""The assessment at the JSON edge: a case document in, the contract §3 result document out.

CLI ``--json``, the REST API and the batch mode all go through :func:`assess_document`; the
result is serialised by :func:`crampcheck.schemas.assess.assessment_to_json` alone.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from datetime import date, datetime
from typing import Any

from crampcheck.core.assessment.case import Assessment, Case
from crampcheck.core.assessment.knowledge import KnowledgeBase
from crampcheck.core.intake import IntakeResult
from crampcheck.errors import CrampcheckError
from crampcheck.reports.model import ReportData
from crampcheck.schemas.assess import assessment_to_json, parse_case
from crampcheck.schemas.questions import parse_answers
from crampcheck.services.assess import analyse_case_diary, assess, parse_json_case
from crampcheck.services.questions import with_answers

DiaryAnalyser = Callable[[Case], IntakeResult | None]
"""The case's diary → its intake (default ``services.assess.analyse_case_diary``)."""


def assess_case_document(
    document: object,
    *,
    kb: KnowledgeBase | None = None,
    analyze_diary: DiaryAnalyser | None = None,
    today: date | None = None,
) -> Assessment:
    """Validate a case document (contract §3), add its ``answers`` and assess it.

    Raises:
        InputError, ProfileError: the document is not a usable case.
    """
    case, answered, notes = read_case(document, today)
    if analyze_diary is None:
        intake, diary_notes = analyse_case_diary(case)
    else:
        intake, diary_notes = _analysed(case, analyze_diary)
    return assess(case, intake, kb, answered=answered, notes=(*notes, *diary_notes), today=today)


def read_case(
    document: object, today: date | None = None
) -> tuple[Case, tuple[str, ...], list[str]]:
    """The case of a document with its answers added, the ids answered, and notes."""
    case, notes = parse_case(document)
    answers, answer_notes = parse_answers(document)
    case, answered, apply_notes = with_answers(case, answers, today)
    return case, answered, [*notes, *answer_notes, *apply_notes]


def case_report_data(document: object, now: datetime, **options: Any) -> ReportData:
    """The clinician report of one case document (``services.report.build_case_report_data``)."""
    from crampcheck.services.report import build_case_report_data

    case, answered, notes = read_case(document, now.date())
    intake, diary_notes = analyse_case_diary(case)
    result = assess(case, intake, answered=answered, notes=(*notes, *diary_notes), today=now.date())
    return build_case_report_data(case, result, now, **options)


def _analysed(case: Case, analyze: DiaryAnalyser) -> tuple[IntakeResult | None, tuple[str, ...]]:
    if not case.diary:
        return None, ()
    try:
        return analyze(case), ()
    except CrampcheckError as error:
        return None, (f"diary: {error.message}",)


def assess_document(
    document: object,
    *,
    kb: KnowledgeBase | None = None,
    analyze_diary: DiaryAnalyser | None = None,
    today: date | None = None,
) -> dict[str, Any]:
    """Assess one case document (already parsed from JSON) and return the result document."""
    return assessment_to_json(
        assess_case_document(document, kb=kb, analyze_diary=analyze_diary, today=today)
    )


def assess_text(text: str, **options: Any) -> dict[str, Any]:
    """Parse and assess one JSON case."""
    return assess_document(parse_json_case(text), **options)


def assess_lines(lines: Iterable[str], **options: Any) -> Iterator[dict[str, Any]]:
    """JSON Lines batch: one result (or ``{"error": ...}``) per non-empty line, in order."""
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            yield assess_text(line, **options)
        except CrampcheckError as error:
            yield {
                "error": {"message": error.message, "type": type(error).__name__, "line": number}
            }
