"""The guided assessment: describe in your own words, then one follow-up question per screen.

Stateless: the case so far travels in a hidden form field (it is the person's own case, checked
like any REST case). Works without JavaScript (whole pages) and with htmx (the ``#guided``
fragment is swapped). Every question has "I don't know"; "Show my result now" ends early, and an
emergency ends the questions at once.
"""

from __future__ import annotations

import json
from typing import Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse

from crampcheck.errors import CrampcheckError, InputError
from crampcheck.web import forms
from crampcheck.web.deps import anonymous_limit, check_csrf
from crampcheck.web.pages import render

router = APIRouter(include_in_schema=False, dependencies=[Depends(check_csrf)])

PAGE = "assess.html.j2"
"""The assessment page; ``guided=True`` shows the guided check in place of the long form."""
FRAGMENT = "_guided.html.j2"
MAX_CASE_CHARS = 60_000
"""Largest hidden case accepted (a description of 20,000 characters plus answers)."""


@router.get("/assess/guided", response_class=HTMLResponse)
def guided_page(request: Request) -> HTMLResponse:
    context = {"step": "describe", "form": {}, "fragment": FRAGMENT, "guided": True}
    return render(request, PAGE, context)


@router.post("/assess/guided", response_class=HTMLResponse, dependencies=[Depends(anonymous_limit)])
async def guided_post(request: Request) -> HTMLResponse:
    form = {k: str(v) for k, v in (await request.form()).items()}
    context: dict[str, Any] = {"form": form, "fragment": FRAGMENT, "guided": True}
    try:
        case = case_from(form)
        problem = record_answer(case, form)
        result = _assess(case)
        problem = problem or _rejected(result, form.get("question", ""))
    except (CrampcheckError, ValueError) as error:
        context["error"], status = forms.message(error)
        return render(request, PAGE, {**context, "step": "describe"}, status)
    context.update(follow_up(case), doc=result, problem=problem)
    finished = form.get("finish") or result["triage"] == "emergency" or not result["questions"]
    if finished:
        return render(request, PAGE, {**context, "step": "result"})
    context.update(step="question", q=result["questions"][0], number=len(context["answered"]) + 1)
    return render(request, PAGE, context)


def follow_up(case: dict[str, Any]) -> dict[str, Any]:
    """What a result page needs to go on with the questions: the case so far and the answers."""
    answers = case.get("answers")
    answered = _answered(case) if isinstance(answers, dict) else []
    return {
        "step": "result",
        "case_json": json.dumps(case, ensure_ascii=False),
        "answered": answered,
    }


def case_from(form: dict[str, str]) -> dict[str, Any]:
    """The case so far (hidden field), with the describe step's fields when they were sent."""
    raw = form.get("case", "")
    if len(raw) > MAX_CASE_CHARS:
        raise InputError("the answers so far are too long; please start again")
    loaded: object = {}
    if raw.strip():
        try:
            loaded = json.loads(raw)
        except json.JSONDecodeError:
            raise InputError("the answers so far could not be read; please start again") from None
    if not isinstance(loaded, dict) or not isinstance(loaded.get("answers", {}), dict):
        raise InputError("the answers so far could not be read; please start again")
    case: dict[str, Any] = loaded
    if "age" in form or "sex" in form:
        age = form.get("age", "").strip()
        if not age or not form.get("sex"):
            raise InputError("give your age and sex: the assessment depends on them")
        try:
            years = float(age)
        except ValueError:
            raise InputError(f"age: {age[:20]!r} is not a number of years") from None
        case["profile"] = {
            "age": years,
            "sex": form["sex"],
            "pregnant": form.get("pregnant") == "on",
        }
        description = form.get("description", "").strip()
        case.pop("description", None)
        if description:
            case["description"] = description
    case.setdefault("answers", {})
    return case


def record_answer(case: dict[str, Any], form: dict[str, str]) -> str | None:
    """Add the posted answer to the case; a message when the answer was left empty."""
    from crampcheck.data.questions import load_question_bank

    question_id = form.get("question", "")
    if not question_id or load_question_bank().get(question_id) is None:
        return None
    if form.get("dont_know"):
        case["answers"][question_id] = "unknown"
        return None
    if form.get("finish"):
        return None
    answer = form.get("answer", "").strip()
    if not answer:
        return "Please answer, or choose “I don't know”."
    case["answers"][question_id] = answer
    return None


def _rejected(result: dict[str, Any], question_id: str) -> str | None:
    """Why the answer just given could not be used (the question is then asked again)."""
    prefix = f"answers.{question_id}: "
    for note in result["not_understood"]:
        if question_id and note.startswith(prefix):
            return f"That answer could not be used ({note.removeprefix(prefix)})."
    return None


def _assess(case: dict[str, Any]) -> dict[str, Any]:
    from crampcheck.web.views import assess_json

    return assess_json(case)


def _answered(case: dict[str, Any]) -> list[dict[str, str]]:
    """The questions answered so far and the answers, for people to look back on."""
    from crampcheck.data.questions import load_question_bank

    bank = load_question_bank()
    shown = []
    for question_id, answer in case["answers"].items():
        question = bank.get(str(question_id))
        if question is not None:
            text = "I don't know" if answer == "unknown" else str(answer)
            shown.append({"text": question.text, "answer": text})
    return shown
