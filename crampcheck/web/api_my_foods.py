"""REST: a profile's own foods, recipes and remembered choices (docs/my-foods.md)."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Response
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field

from crampcheck.schemas.my_foods import my_food_to_json, my_foods_to_json
from crampcheck.services import diary as svc
from crampcheck.services import my_foods as mf
from crampcheck.web.deps import TenantDep, check_csrf
from crampcheck.web.inputs import StrictRoute

router = APIRouter(
    prefix="/api/v1", tags=["diary"], dependencies=[Depends(check_csrf)], route_class=StrictRoute
)


class _In(BaseModel):
    model_config = ConfigDict(extra="forbid", allow_inf_nan=False)


class LabelFoodIn(_In):
    name: str = Field(max_length=200, examples=["protein bar"])
    nutrients: dict[str, float] = Field(
        max_length=40, examples=[{"energy_kcal": 210, "magnesium_mg": 64}]
    )
    per_grams: float = Field(
        default=100.0, gt=0, le=5000, description="the label's amounts are per this many grams"
    )
    serving_grams: float | None = Field(default=None, gt=0, le=5000)
    favourite: bool = False
    replace: bool = False


class RecipeIn(_In):
    name: str = Field(max_length=200, examples=["usual breakfast"])
    text: str = Field(max_length=20_000, examples=["porridge with semi-skimmed milk and a banana"])
    servings: int = Field(default=1, ge=1, le=100)
    favourite: bool = False
    replace: bool = False


@router.get("/profiles/{name}/my-foods")
def list_my_foods(tenant: TenantDep, name: str) -> JSONResponse:
    """The profile's foods, recipes and the choices learnt from its corrections."""
    record = tenant.profile(name)
    foods, choices = mf.list_foods(tenant.repo, record), mf.list_choices(tenant.repo, record)
    return JSONResponse(my_foods_to_json(name, foods, choices))


@router.post("/profiles/{name}/my-foods", status_code=201)
def add_my_food(tenant: TenantDep, name: str, body: LabelFoodIn) -> JSONResponse:
    """Keep a food from its label; nutrients not given stay unknown (never zero)."""
    food = mf.add_label_food(
        tenant.repo,
        tenant.profile(name),
        body.name,
        body.nutrients,
        per_grams=body.per_grams,
        serving_grams=body.serving_grams,
        favourite=body.favourite,
        replace=body.replace,
    )
    return JSONResponse(my_food_to_json(food), 201)


@router.post("/profiles/{name}/my-foods/recipes", status_code=201)
def add_my_recipe(tenant: TenantDep, name: str, body: RecipeIn) -> JSONResponse:
    """Keep a recipe or usual meal read from diary text (the sum of its parts)."""
    record, repo = tenant.profile(name), tenant.repo
    analyze = mf.profile_analyzer(repo, record, svc.profile_locale(repo, record))
    food = mf.add_recipe(
        repo,
        record,
        body.name,
        body.text,
        analyze,
        servings=body.servings,
        favourite=body.favourite,
        replace=body.replace,
    )
    return JSONResponse(my_food_to_json(food), 201)


@router.delete("/profiles/{name}/my-foods/{food}", status_code=204)
def remove_my_food(tenant: TenantDep, name: str, food: str) -> Response:
    """Forget one of the profile's foods or recipes, or a remembered choice."""
    mf.remove(tenant.repo, tenant.profile(name), food)
    return Response(status_code=204)
