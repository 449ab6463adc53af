"""REST: the question bank (``POST /api/v1/assess`` returns the open ``questions`` and accepts
``answers``; this lists every question a client may meet)."""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import JSONResponse

from crampcheck.web.api_models import ERRORS, Question

router = APIRouter(prefix="/api/v1", tags=["analysis"])


@router.get("/questions", response_model=list[Question], responses=ERRORS)
def questions() -> JSONResponse:
    """Every follow-up question: id, text, answer type, options, why (cited) and what it is about.

    Answer one by adding ``"answers": {id: value}`` to the case sent to ``/api/v1/assess``
    (yes/no questions: ``"yes"``, ``"no"`` or ``"unknown"``; every question accepts
    ``"unknown"``).
    """
    from crampcheck.schemas.questions import question_to_json
    from crampcheck.services.questions import question_bank

    return JSONResponse([question_to_json(question) for question in question_bank()])
