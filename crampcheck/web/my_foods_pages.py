"""Pages: a profile's own foods, recipes and remembered choices (forms with CSRF, autoescaped)."""

from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from crampcheck.errors import CrampcheckError, InputError
from crampcheck.services import diary as svc
from crampcheck.services import my_foods as mf
from crampcheck.web.deps import CtxDep, OptionalAccountDep, check_csrf
from crampcheck.web.errors import safe_message, status_for
from crampcheck.web.inputs import StrictRoute
from crampcheck.web.pages import render
from crampcheck.web.tenancy import Tenant

router = APIRouter(
    include_in_schema=False, dependencies=[Depends(check_csrf)], route_class=StrictRoute
)

LABEL_FIELDS = {
    "energy_kcal": "Energy (kcal)",
    "magnesium_mg": "Magnesium (mg)",
    "potassium_mg": "Potassium (mg)",
    "calcium_mg": "Calcium (mg)",
    "sodium_mg": "Sodium (mg)",
    "vitamin_d_ug": "Vitamin D (µg)",
    "protein_g": "Protein (g)",
    "carbohydrate_g": "Carbohydrate (g)",
    "fat_g": "Fat (g)",
}
"""The label amounts the page asks for (any other nutrient: the CLI or the REST API)."""
MAX_FIELD_CHARS = 20_000


def _tenant(ctx: Any, account: Any) -> Tenant | None:
    if ctx.settings.server and account is None:
        return None
    from crampcheck.web.deps import get_tenant

    return get_tenant(ctx, account)


def _url(profile: str, **extra: str) -> str:
    return "/my-foods?" + urlencode({"profile": profile, **extra})


def _page(
    request: Request, tenant: Tenant, name: str | None, extra: dict[str, Any], status: int = 200
) -> HTMLResponse:
    record = tenant.profile(name)
    shown = record.name
    context = {
        "profile": shown,
        "profiles": [r.name for r in tenant.profiles()],
        "foods": mf.list_foods(tenant.repo, record),
        "choices": mf.list_choices(tenant.repo, record),
        "label_fields": LABEL_FIELDS,
        **extra,
    }
    return render(request, "my_foods.html.j2", context, status)


async def _form(request: Request) -> dict[str, str]:
    form = {k: str(v) for k, v in (await request.form()).items()}
    if any(len(v) > MAX_FIELD_CHARS for v in form.values()):
        raise InputError(f"a field is longer than {MAX_FIELD_CHARS:,} characters")
    return form


def _number(text: str, what: str) -> float | None:
    if not text.strip():
        return None
    try:
        return float(text.strip())
    except ValueError:
        raise InputError(f"{what}: {text.strip()[:40]!r} is not a number") from None


@router.get("/my-foods", response_class=HTMLResponse)
def my_foods_page(
    request: Request,
    ctx: CtxDep,
    account: OptionalAccountDep,
    profile: Annotated[str, Query(max_length=64)] = "",
) -> Response:
    tenant = _tenant(ctx, account)
    if tenant is None:
        return RedirectResponse("/login", status_code=303)
    try:
        saved = "Saved." if request.query_params.get("saved") else ""
        return _page(request, tenant, profile or None, {"saved": saved})
    except CrampcheckError as error:
        return _error_page(request, error)


@router.post("/my-foods/add")
async def my_foods_add(request: Request, ctx: CtxDep, account: OptionalAccountDep) -> Response:
    return await _post(request, ctx, account, _add)


@router.post("/my-foods/recipe")
async def my_foods_recipe(request: Request, ctx: CtxDep, account: OptionalAccountDep) -> Response:
    return await _post(request, ctx, account, _recipe)


@router.post("/my-foods/remove")
async def my_foods_remove(request: Request, ctx: CtxDep, account: OptionalAccountDep) -> Response:
    return await _post(request, ctx, account, _remove)


async def _post(request: Request, ctx: Any, account: Any, action: Any) -> Response:
    tenant = _tenant(ctx, account)
    if tenant is None:
        return RedirectResponse("/login", status_code=303)
    form: dict[str, str] = {}
    name: str | None = None
    try:
        form = await _form(request)
        name = form.get("profile") or None
        record = tenant.profile(name)
        action(tenant, record, form)
        return RedirectResponse(_url(record.name, saved="1"), status_code=303)
    except CrampcheckError as error:
        try:
            return _page(request, tenant, name, {"error": safe_message(error), "form": form},
                         status_for(error))  # fmt: skip
        except CrampcheckError:
            return _error_page(request, error)


def _error_page(request: Request, error: CrampcheckError) -> HTMLResponse:
    status = status_for(error)
    return render(request, "error.html.j2", {"message": safe_message(error), "status": status},
                  status)  # fmt: skip


def _add(tenant: Tenant, record: Any, form: dict[str, str]) -> None:
    amounts = {
        key: value
        for key, label in LABEL_FIELDS.items()
        if (value := _number(form.get(key, ""), label)) is not None
    }
    serving = _number(form.get("serving_grams", ""), "Serving (g)")
    per_serving = form.get("per") == "serving"
    if per_serving and serving is None:
        raise InputError("amounts per serving need the serving's weight in grams")
    mf.add_label_food(
        tenant.repo,
        record,
        form.get("name", ""),
        amounts,
        per_grams=serving if per_serving and serving is not None else 100.0,
        serving_grams=serving,
        favourite=form.get("favourite") == "on",
    )


def _recipe(tenant: Tenant, record: Any, form: dict[str, str]) -> None:
    servings = _number(form.get("servings", "") or "1", "Servings")
    if servings is None or servings != int(servings):
        raise InputError("servings must be a whole number")
    analyze = mf.profile_analyzer(tenant.repo, record, svc.profile_locale(tenant.repo, record))
    mf.add_recipe(
        tenant.repo,
        record,
        form.get("name", ""),
        form.get("text", ""),
        analyze,
        servings=int(servings),
        favourite=form.get("favourite") == "on",
    )


def _remove(tenant: Tenant, record: Any, form: dict[str, str]) -> None:
    mf.remove(tenant.repo, record, form.get("name", ""))
