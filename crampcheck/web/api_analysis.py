"""REST: food search, top foods, intake, assessment and suggestions (contract §2-§4 shapes)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Body, Depends, Query
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse
from pydantic import BaseModel

from crampcheck.schemas.intake import IntakeRequest
from crampcheck.schemas.suggest import SuggestRequest
from crampcheck.web import views
from crampcheck.web.api_models import ERRORS, AssessOut, IntakeOut, SuggestOut
from crampcheck.web.deps import anonymous_limit
from crampcheck.web.inputs import StrictRoute

router = APIRouter(prefix="/api/v1", tags=["analysis"], route_class=StrictRoute)
LIMITED = [Depends(anonymous_limit)]


class FoodMatchOut(BaseModel):
    food_id: str
    name: str
    score: float


class SearchOut(BaseModel):
    """One entry of the ``crampcheck foods search --json`` list."""

    query: str
    results: list[FoodMatchOut]


class TopFoodOut(BaseModel):
    food_id: str
    name: str
    per_100g: float
    portion: str | None
    portion_grams: float | None
    per_portion: float | None
    per_100kcal: float | None


class TopOut(BaseModel):
    """``crampcheck foods top --json``."""

    nutrient: str
    per: str
    results: list[TopFoodOut]


CASE_EXAMPLE: dict[str, Any] = {
    "profile": {"age": 58, "sex": "female"},
    "cramps": {"frequency_per_week": 3, "timing": "night", "severity_0_10": 6},
    "medications": ["chlorthalidone 25 mg daily (started 4 weeks ago)"],
    "diary": "porridge with milk, a ham sandwich, pasta with tomato sauce",
}


@router.get("/foods/search", response_model=SearchOut, responses=ERRORS)
def foods_search(
    q: Annotated[str, Query(min_length=1, max_length=200, description="a food name")],
    limit: Annotated[int, Query(ge=1, le=100)] = 10,
) -> JSONResponse:
    """Find USDA foods by name (typos welcome): one entry of the CLI's foods search list."""
    return JSONResponse(views.search_json(q, limit))


@router.get("/foods/top", response_model=TopOut, responses=ERRORS)
def foods_top(
    nutrient: Annotated[str, Query(description="e.g. magnesium, potassium, vitamin_d, b12")],
    per: Annotated[str, Query(pattern="^(100g|portion|100kcal)$")] = "100g",
    limit: Annotated[int, Query(ge=1, le=100)] = 15,
    include_all: bool = False,
) -> JSONResponse:
    """The foods richest in a nutrient, per 100 g, per common portion or per 100 kcal."""
    return JSONResponse(views.top_json(nutrient, per, limit, include_all))


@router.post("/intake", dependencies=LIMITED, response_model=IntakeOut, responses=ERRORS)
def intake(request: IntakeRequest) -> JSONResponse:
    """Analyse a free-text food diary: items, nutrient totals with coverage, targets."""
    return JSONResponse(views.intake_json(request))


@router.post("/assess", dependencies=LIMITED, response_model=AssessOut, responses=ERRORS)
async def assess(
    case: Annotated[dict[str, Any], Body(examples=[CASE_EXAMPLE], description="contract §3")],
) -> JSONResponse:
    """Assess a case: triage level, red flags, ranked factors, what was ruled out."""
    # About 1 ms of CPU without a diary: cheaper on the event loop than a threadpool hop.
    # With a diary (about 10 ms), it runs in the threadpool like intake.
    if "diary" in case:
        return JSONResponse(await run_in_threadpool(views.assess_json, case))
    return JSONResponse(views.assess_json(case))


@router.post("/suggest", dependencies=LIMITED, response_model=SuggestOut, responses=ERRORS)
def suggest(request: SuggestRequest) -> JSONResponse:
    """A few everyday foods that close the low nutrients of a diary."""
    return JSONResponse(views.suggest_json(request))
