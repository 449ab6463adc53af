"""Server-rendered pages (Jinja2 + htmx). They call the same functions as the REST API.

A form posted by htmx gets just the result fragment; without JavaScript it gets the whole page.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any
from urllib.parse import quote

from fastapi import APIRouter, Depends, Form, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from crampcheck.errors import CrampcheckError, InputError, NotFoundError
from crampcheck.schemas.intake import IntakeRequest, ProfileIn
from crampcheck.web import diary_views as dv
from crampcheck.web import forms, views
from crampcheck.web.deps import (
    CtxDep,
    OptionalAccountDep,
    TenantDep,
    anonymous_limit,
    check_csrf,
    client_address,
    csrf_token,
)
from crampcheck.web.errors import AuthError, safe_message, status_for
from crampcheck.web.inputs import EntryId, StrictRoute

router = APIRouter(
    include_in_schema=False, dependencies=[Depends(check_csrf)], route_class=StrictRoute
)

Text = Annotated[str, Form()]
OptText = Annotated[str, Form()]


def render(request: Request, name: str, context: dict[str, Any], status: int = 200) -> HTMLResponse:
    """A page (or, for htmx, the fragment ``_<name>``) with the shared context."""
    ctx = request.app.state.ctx
    base = {
        "mode": ctx.settings.mode,
        "csrf": csrf_token(request),
        "signed_in": getattr(request.state, "account", None) is not None,
        "path": request.url.path,
        **forms.LABELS,
    }
    template = name
    if request.headers.get("hx-request") and context.get("fragment"):
        template = str(context["fragment"])
    response: HTMLResponse = request.app.state.templates.TemplateResponse(
        request, template, {**base, **context}, status_code=status
    )
    return response


def diary_url(profile: str, **extra: str) -> str:
    """The diary page of ``profile``, its name URL-encoded (names may hold spaces, ' or &)."""
    from urllib.parse import urlencode

    return "/diary?" + urlencode({"profile": profile, **extra})


def _failed(error: CrampcheckError) -> tuple[str, int]:
    return safe_message(error), status_for(error)


def _need_login(ctx: Any, account: Any) -> Response | None:
    if ctx.settings.server and account is None:
        return RedirectResponse("/login", status_code=303)
    return None


# --- quick check ------------------------------------------------------------------------------


@router.get("/", response_class=HTMLResponse)
def quick_check(request: Request) -> HTMLResponse:
    return render(request, "index.html.j2", {"form": {}})


@router.post("/check", response_class=HTMLResponse, dependencies=[Depends(anonymous_limit)])
def quick_check_post(
    request: Request,
    text: Annotated[str, Form(max_length=20_000)] = "",
    age: Annotated[str, Form()] = "",
    sex: Annotated[str, Form()] = "",
    locale: Annotated[str, Form(max_length=8)] = "en-US",
) -> HTMLResponse:
    form = {"text": text, "age": age, "sex": sex, "locale": locale}
    context: dict[str, Any] = {"form": form, "fragment": "_intake.html.j2"}
    try:
        profile = ProfileIn(age=float(age), sex=sex) if age.strip() and sex else None  # type: ignore[arg-type]
        request_in = IntakeRequest(text=text, profile=profile, locale=locale)  # type: ignore[arg-type]
        context["doc"] = views.intake_json(request_in)
        context["rows"] = forms.nutrient_rows(context["doc"])
    except (CrampcheckError, ValueError) as error:
        context["error"], status = forms.message(error)
        return render(request, "index.html.j2", context, status)
    return render(request, "index.html.j2", context)


@router.post("/suggest", response_class=HTMLResponse, dependencies=[Depends(anonymous_limit)])
def suggest_post(
    request: Request,
    text: Annotated[str, Form(max_length=20_000)] = "",
    age: Annotated[str, Form()] = "",
    sex: Annotated[str, Form()] = "",
) -> HTMLResponse:
    from crampcheck.schemas.suggest import SuggestRequest

    form = {"text": text, "age": age, "sex": sex}
    context: dict[str, Any] = {"form": form, "fragment": "_suggest.html.j2"}
    context["labels"] = forms.nutrient_labels()
    try:
        body = {"text": text, "profile": {"age": float(age or "nan"), "sex": sex}}
        context["doc"] = views.suggest_json(SuggestRequest.model_validate(body))
        context["suggestion"] = context["doc"]
    except (CrampcheckError, ValueError) as error:
        context["error"], status = forms.message(error)
        return render(request, "index.html.j2", context, status)
    return render(request, "index.html.j2", context)


# --- assessment -------------------------------------------------------------------------------


@router.get("/assess", response_class=HTMLResponse)
def assess_page(request: Request) -> HTMLResponse:
    return render(request, "assess.html.j2", {"form": {}})


@router.post("/assess", response_class=HTMLResponse, dependencies=[Depends(anonymous_limit)])
async def assess_post(request: Request) -> HTMLResponse:
    form = {k: str(v) for k, v in (await request.form()).items()}
    context: dict[str, Any] = {"form": form, "fragment": "_assess.html.j2"}
    try:
        case = forms.case_from_form(form)
        context["doc"] = views.assess_json(case)
    except (CrampcheckError, ValueError) as error:
        context["error"], status = forms.message(error)
        return render(request, "assess.html.j2", context, status)
    from crampcheck.web.guided import FRAGMENT, follow_up

    context.update(follow_up(case), fragment=FRAGMENT)  # the result, then the open questions
    return render(request, "assess.html.j2", context)


# --- foods ------------------------------------------------------------------------------------


@router.get("/foods", response_class=HTMLResponse)
def foods_page(
    request: Request,
    q: Annotated[str, Query(max_length=200)] = "",
    nutrient: Annotated[str, Query(max_length=40)] = "",
    per: Annotated[str, Query(pattern="^(100g|portion|100kcal)$")] = "portion",
) -> HTMLResponse:
    context: dict[str, Any] = {"q": q, "nutrient": nutrient, "per": per}
    try:
        if q.strip():
            context["search"] = views.search_json(q, 15)
        if nutrient:
            context["top"] = views.top_json(nutrient, per, 20, False)
    except CrampcheckError as error:
        context["error"], _ = _failed(error)
    if request.headers.get("hx-target") == "food-results":
        context["fragment"] = "_foods.html.j2"
    return render(request, "foods.html.j2", context)


# --- diary ------------------------------------------------------------------------------------


@router.get("/diary", response_class=HTMLResponse)
def diary_page(
    request: Request,
    ctx: CtxDep,
    account: OptionalAccountDep,
    month: Annotated[str, Query(pattern=r"^(\d{4}-\d{2})?$")] = "",
    profile: Annotated[str, Query(max_length=64)] = "",
) -> Response:
    if (redirect := _need_login(ctx, account)) is not None:
        return redirect
    from crampcheck.web.deps import get_tenant

    tenant = get_tenant(ctx, account)
    context = forms.diary_context(tenant, profile or None, month or None)
    logged = request.query_params.get("logged", "")
    if context.get("profile") and logged:
        context["saved"] = forms.saved_entry(tenant, context["profile"], logged)
    return render(request, "diary.html.j2", context)


@router.post("/diary/profile")
def diary_profile_post(
    request: Request,
    tenant: TenantDep,
    name: Annotated[str, Form(max_length=48)],
    age: Annotated[str, Form()],
    sex: Annotated[str, Form()],
    pregnant: Annotated[bool, Form()] = False,
) -> Response:
    try:
        years = float(age)
        tenant.add_profile(name, years, sex, pregnant=pregnant, lactating=False)
    except (CrampcheckError, ValueError) as error:
        return _diary_error(request, tenant, None, error)
    return RedirectResponse(diary_url(name.strip()), status_code=303)


@router.post("/diary/profile/edit")
async def diary_profile_edit(request: Request, tenant: TenantDep) -> Response:
    form = {k: str(v) for k, v in (await request.form()).items()}
    name = form.get("profile") or None
    try:
        shown = forms.apply_profile_form(tenant, form)
    except (CrampcheckError, ValueError) as error:
        return _diary_error(request, tenant, name, error)
    return RedirectResponse(diary_url(shown) if shown else "/diary", status_code=303)


@router.post("/diary/log/{kind}")
async def diary_log_post(request: Request, tenant: TenantDep, kind: str) -> Response:
    form = {k: str(v) for k, v in (await request.form()).items()}
    name = form.get("profile") or None
    try:
        body = forms.entry_from_form(kind, form)
        stored = dv.log_entry(tenant, tenant.profile(name).name, body.kind, body.model)
    except (CrampcheckError, ValueError) as error:
        return _diary_error(request, tenant, name, error, kind, form)
    shown = tenant.profile(name).name
    target = diary_url(shown, logged=f"{kind}-{stored.id}")
    return RedirectResponse(target, status_code=303)


@router.post("/diary/delete/{kind}/{entry_id}")
async def diary_delete_post(
    request: Request, tenant: TenantDep, kind: str, entry_id: EntryId
) -> Response:
    form = {k: str(v) for k, v in (await request.form()).items()}
    name = form.get("profile") or None
    try:
        known = _kind(kind)
        shown = tenant.profile(name).name
        gone = dv.delete_entry(tenant, shown, known, entry_id)
    except CrampcheckError as error:
        return _diary_error(request, tenant, name, error)
    return RedirectResponse(_day_url(shown, form.get("date"), gone), status_code=303)


def _kind(kind: str) -> dv.EntryKind:
    if kind not in dv.ENTRY_KINDS:
        raise NotFoundError(f"unknown diary entry kind {kind!r}")
    return kind  # type: ignore[return-value]


def _day_url(shown: str, day: str | None, entry: Any = None) -> str:
    """The day view of ``day`` (or of the entry's own day)."""

    if not day and entry is not None:
        when = getattr(entry, "at", None) or getattr(entry, "taken_on", None)
        when = when or getattr(entry, "started", None)
        day = None if when is None else str(when.isoformat())[:10]
    target = f"/diary/day?profile={quote(shown)}"
    return target + (f"&date={quote(day)}" if day else "")


@router.get("/diary/day", response_class=HTMLResponse)
def diary_day_page(
    request: Request,
    ctx: CtxDep,
    account: OptionalAccountDep,
    profile: Annotated[str, Query(max_length=64)] = "",
    day: Annotated[str, Query(alias="date", pattern=r"^(\d{4}-\d{2}-\d{2})?$")] = "",
) -> Response:
    if (redirect := _need_login(ctx, account)) is not None:
        return redirect
    from crampcheck.web.deps import get_tenant

    tenant = get_tenant(ctx, account)
    try:
        context = forms.day_context(tenant, profile or None, day or None)
    except CrampcheckError as error:
        context = forms.diary_context(tenant, None, None)
        context["error"], status = forms.message(error)
        return render(request, "diary.html.j2", context, status)
    if request.query_params.get("saved"):
        context["saved"] = "Saved."
    return render(request, "day.html.j2", context)


@router.post("/diary/edit/{kind}/{entry_id}")
async def diary_edit_post(
    request: Request, tenant: TenantDep, kind: str, entry_id: int
) -> Response:
    form = {k: str(v) for k, v in (await request.form()).items()}
    name = form.get("profile") or None
    try:
        known = _kind(kind)
        shown = tenant.profile(name).name
        dv.edit_entry(tenant, shown, known, entry_id, forms.update_from_form(form))
    except (CrampcheckError, ValueError) as error:
        return _day_error(request, tenant, name, form, f"{kind}-{entry_id}", error)
    return RedirectResponse(_day_url(shown, form.get("date")) + "&saved=1", status_code=303)


@router.post("/diary/fix/{entry_id}/{item}")
async def diary_fix_post(request: Request, tenant: TenantDep, entry_id: int, item: int) -> Response:
    form = {k: str(v) for k, v in (await request.form()).items()}
    name = form.get("profile") or None
    try:
        shown = tenant.profile(name).name
        fix = dv.ItemFix.model_validate(
            {k: v for k, v in form.items() if k in ("grams", "food_id") and v.strip()}
        )
        dv.fix_item(tenant, shown, entry_id, item, fix)
    except (CrampcheckError, ValueError) as error:
        return _day_error(request, tenant, name, form, f"food-{entry_id}", error)
    return RedirectResponse(_day_url(shown, form.get("date")) + "&saved=1", status_code=303)


@router.post("/diary/undo")
async def diary_undo_post(request: Request, tenant: TenantDep) -> Response:
    form = {k: str(v) for k, v in (await request.form()).items()}
    name = form.get("profile") or None
    try:
        shown = tenant.profile(name).name
        restored = dv.undo(tenant, shown)
    except CrampcheckError as error:
        return _diary_error(request, tenant, name, error)
    return RedirectResponse(_day_url(shown, None, restored), status_code=303)


def _day_error(
    request: Request,
    tenant: Any,
    name: str | None,
    form: dict[str, str],
    key: str,
    error: Exception,
) -> Response:
    """The day view again, the message next to the entry and what was typed kept."""
    context = forms.day_context(tenant, name, form.get("date") or None)
    message, status = forms.message(error)
    context["entry_error"] = {"key": key, "message": message}
    for item in context["entries"]:
        if f"{item['kind']}-{item['id']}" == key:
            item["entry"] = {**item["entry"], **forms.typed(form)}
    return render(request, "day.html.j2", context, status)


@router.post("/diary/import")
async def diary_import_post(request: Request, tenant: TenantDep) -> Response:
    """The upload form: import another app's file, then show what was read and skipped."""
    from starlette.concurrency import run_in_threadpool
    from starlette.datastructures import UploadFile

    from crampcheck.web.imports import import_file, summary_lines

    form = await request.form()
    name = str(form.get("profile") or "") or None
    upload = form.get("file")
    try:
        if not isinstance(upload, UploadFile):
            raise InputError("choose a file to import")
        summary = await run_in_threadpool(import_file, tenant, name, upload.file)
    except CrampcheckError as error:
        return _diary_error(request, tenant, name, error)
    finally:
        await form.close()
    context = forms.diary_context(tenant, summary["profile"], None)
    context["import_summary"] = summary_lines(summary)
    return render(request, "diary.html.j2", context)


def _diary_error(
    request: Request,
    tenant: Any,
    name: str | None,
    error: Exception,
    kind: str | None = None,
    form: dict[str, str] | None = None,
) -> Response:
    """The diary page again; with ``kind``, the message next to that form and its input kept."""
    context = forms.diary_context(tenant, name, None)
    message, status = forms.message(error)
    if kind not in dv.ENTRY_KINDS or not context.get("profile"):
        context["error"] = message
    else:
        context["form_error"] = {"kind": kind, "message": message}
        context["form_values"] = {kind: form or {}}
    return render(request, "diary.html.j2", context, status)


# --- server mode: sign in, register, sign out, tokens -------------------------------------------


@router.get("/login", response_class=HTMLResponse)
def login_page(request: Request, ctx: CtxDep) -> Response:
    if not ctx.settings.server:
        return RedirectResponse("/", status_code=303)
    return render(request, "login.html.j2", {"form": {}})


@router.post("/login")
def login_post(
    request: Request, ctx: CtxDep, username: Text, password: Text, action: OptText = "login"
) -> Response:
    from crampcheck.web import auth

    client = client_address(request)
    try:
        if action == "register":
            auth.register(ctx, username, password, client)
        account = auth.authenticate(ctx, username, password, client)
    except (CrampcheckError, AuthError) as error:
        message, status = _failed(error)
        context = {"form": {"username": username}, "error": message}
        return render(request, "login.html.j2", context, status)
    auth.start_session(ctx, request, account)
    return RedirectResponse("/diary", status_code=303)


@router.post("/logout")
def logout_post(request: Request, ctx: CtxDep) -> Response:
    from crampcheck.web import auth

    auth.end_session(ctx, request)
    return RedirectResponse("/login", status_code=303)


def _account_page(
    request: Request,
    ctx: CtxDep,
    account: Any,
    extra: dict[str, Any] | None = None,
    status: int = 200,
) -> Response:
    from crampcheck.web.auth import DELETE_CONFIRMATION

    if (redirect := _need_login(ctx, account)) is not None or account is None:
        return redirect or RedirectResponse("/", status_code=303)
    tokens = ctx.accounts().list_tokens(account.id)
    context = {
        "username": account.username,
        "tokens": tokens,
        "sessions": ctx.accounts().count_sessions(account.id),
        "delete_confirmation": DELETE_CONFIRMATION,
        **(extra or {}),
    }
    return render(request, "account.html.j2", context, status)


@router.get("/account", response_class=HTMLResponse)
def account_page(request: Request, ctx: CtxDep, account: OptionalAccountDep) -> Response:
    token = request.session.pop("new_token", None) if account is not None else None
    return _account_page(request, ctx, account, {"new_token": token} if token else None)


@router.post("/account/tokens")
def account_token_post(
    request: Request, ctx: CtxDep, account: OptionalAccountDep, name: OptText = ""
) -> Response:
    from crampcheck.web import auth

    if account is None:
        return _account_page(request, ctx, account)
    token, _ = auth.new_token(ctx, account, name.strip()[:64])
    request.session["new_token"] = token  # shown once by the next GET (POST-redirect-GET)
    return RedirectResponse("/account", status_code=303)


@router.post("/account/tokens/{token_id}/delete")
def account_token_delete(
    request: Request, ctx: CtxDep, account: OptionalAccountDep, token_id: EntryId
) -> Response:
    if account is not None:
        ctx.accounts().delete_token(account.id, token_id)
    return RedirectResponse("/account", status_code=303)


@router.post("/account/password")
def account_password_post(
    request: Request,
    ctx: CtxDep,
    account: OptionalAccountDep,
    current_password: OptText = "",
    new_password: OptText = "",
) -> Response:
    from crampcheck.web import auth

    if account is None:
        return _account_page(request, ctx, account)
    try:
        ended = auth.change_password(ctx, request, account, current_password, new_password)
    except CrampcheckError as error:
        message, status = _failed(error)
        return _account_page(request, ctx, account, {"error": message}, status)
    done = f"Password changed; {ended} other session(s) signed out."
    return _account_page(request, ctx, account, {"notice": done})


@router.post("/account/sign-out-everywhere")
def account_sign_out_everywhere(
    request: Request, ctx: CtxDep, account: OptionalAccountDep
) -> Response:
    from crampcheck.web import auth

    if account is not None:
        auth.sign_out_everywhere(ctx, request, account)
    return RedirectResponse("/login", status_code=303)


@router.post("/account/delete")
def account_delete_post(
    request: Request,
    ctx: CtxDep,
    account: OptionalAccountDep,
    password: OptText = "",
    confirm: OptText = "",
) -> Response:
    from crampcheck.web import auth

    if account is None:
        return _account_page(request, ctx, account)
    try:
        auth.delete_account(ctx, request, account, password, confirm)
    except CrampcheckError as error:
        message, status = _failed(error)
        return _account_page(request, ctx, account, {"error": message}, status)
    return RedirectResponse("/login", status_code=303)


@router.get("/healthz", include_in_schema=False)
def healthz() -> dict[str, object]:
    """Liveness, and which worker process answered (for multi-worker checks)."""
    import os

    return {"status": "ok", "today": date.today().isoformat(), "worker": os.getpid()}
