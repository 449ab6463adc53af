"""REST: profiles (CRUD), every diary entity (create, list, read, delete), trends and export."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Query, Request, Response
from fastapi.responses import JSONResponse, PlainTextResponse

from crampcheck.schemas.diary import jsonable
from crampcheck.web import diary_views as dv
from crampcheck.web.deps import TenantDep, check_csrf

router = APIRouter(prefix="/api/v1", tags=["diary"], dependencies=[Depends(check_csrf)])

From = Annotated[date | None, Query(alias="from", description="first day (YYYY-MM-DD)")]
To = Annotated[date | None, Query(alias="to", description="last day (YYYY-MM-DD)")]
BODIES: dict[str, type[dv._In]] = {
    "food": dv.FoodIn,
    "fluids": dv.FluidIn,
    "cramps": dv.CrampIn,
    "medications": dv.MedicationIn,
    "labs": dv.LabIn,
    "weights": dv.WeightIn,
}


@router.get("/profiles")
def list_profiles(tenant: TenantDep) -> JSONResponse:
    """Your profiles (in server mode, only your own)."""
    return JSONResponse([dv.profile_json(tenant, r) for r in tenant.profiles()])


@router.post("/profiles", status_code=201)
def create_profile(tenant: TenantDep, body: dv.ProfileCreate) -> JSONResponse:
    """Add a person: name, age, sex (and pregnancy or lactation)."""
    record = tenant.add_profile(
        body.name, body.age, body.sex, pregnant=body.pregnant, lactating=body.lactating
    )
    return JSONResponse(dv.profile_json(tenant, record), 201)


@router.get("/profiles/{name}")
def get_profile(tenant: TenantDep, name: str) -> JSONResponse:
    return JSONResponse(dv.profile_json(tenant, tenant.profile(name)))


@router.patch("/profiles/{name}")
def update_profile(tenant: TenantDep, name: str, body: dv.ProfileUpdate) -> JSONResponse:
    """Change age, sex, pregnancy or lactation."""
    return JSONResponse(dv.profile_json(tenant, dv.update_profile(tenant, name, body)))


@router.delete("/profiles/{name}", status_code=204)
def delete_profile(tenant: TenantDep, name: str) -> Response:
    """Delete a profile and its whole diary."""
    dv.delete_profile(tenant, name)
    return Response(status_code=204)


@router.get("/profiles/{name}/diary")
def diary(tenant: TenantDep, name: str, start: From = None, end: To = None) -> JSONResponse:
    """Everything logged between two dates (as crampcheck diary show --json)."""
    return JSONResponse(dv.diary_json(tenant, name, start, end))


@router.get("/profiles/{name}/trends")
def trends(tenant: TenantDep, name: str, start: From = None, end: To = None) -> JSONResponse:
    """Averages against targets, weekly cramps, cramp-day comparisons (as crampcheck trends)."""
    return JSONResponse(dv.trends_json(tenant, name, start, end))


@router.get("/profiles/{name}/report")
def report(
    tenant: TenantDep,
    name: str,
    start: From = None,
    end: To = None,
    format: Annotated[Literal["html", "pdf", "fhir"], Query()] = "html",
) -> Response:
    """A report for your doctor (as crampcheck report): HTML, PDF with WeasyPrint, or a FHIR R4
    Bundle (``application/fhir+json``)."""
    body = dv.report_bytes(tenant, name, start, end, format)
    media = {
        "pdf": "application/pdf",
        "fhir": "application/fhir+json",
    }.get(format, "text/html; charset=utf-8")
    return Response(body, media_type=media)


@router.post("/profiles/{name}/import")
async def import_file(tenant: TenantDep, name: str, request: Request) -> JSONResponse:
    """Import a Cronometer, MyFitnessPal, Apple Health (export.xml) or FHIR file sent as the
    request body; importing it again adds nothing (see docs/import.md). In local mode the body
    may be large (it is streamed to a temporary file); in server mode the usual limit holds."""
    from starlette.concurrency import run_in_threadpool

    from crampcheck.web.imports import import_file as run_import
    from crampcheck.web.imports import spool

    with await spool(request.stream()) as stream:
        summary = await run_in_threadpool(run_import, tenant, name, stream)
    return JSONResponse(summary)


@router.get("/export")
def export(
    tenant: TenantDep, format: Annotated[Literal["json", "csv"], Query()] = "json"
) -> Response:
    """Your whole diary in the crampcheck export format."""
    text = dv.export_text(tenant, format)
    if format == "csv":
        return PlainTextResponse(text, media_type="text/csv")
    return Response(text, media_type="application/json")


def _add_entity_routes(kind: dv.EntryKind, body_type: type[dv._In]) -> None:
    def create(tenant: TenantDep, name: str, body: Any) -> JSONResponse:
        return JSONResponse(jsonable(dv.log_entry(tenant, name, kind, body)), 201)

    create.__annotations__["body"] = body_type
    router.add_api_route(
        f"/profiles/{{name}}/{kind}",
        create,
        methods=["POST"],
        status_code=201,
        summary=f"Log {kind}",
    )

    def list_(tenant: TenantDep, name: str, start: From = None, end: To = None) -> JSONResponse:
        return JSONResponse(jsonable(dv.list_entries(tenant, name, kind, start, end)))

    router.add_api_route(
        f"/profiles/{{name}}/{kind}", list_, methods=["GET"], summary=f"List {kind}"
    )

    def read(tenant: TenantDep, name: str, entry_id: int) -> JSONResponse:
        return JSONResponse(jsonable(dv.get_entry(tenant, name, kind, entry_id)))

    router.add_api_route(
        f"/profiles/{{name}}/{kind}/{{entry_id}}", read, methods=["GET"], summary=f"Read {kind}"
    )

    def remove(tenant: TenantDep, name: str, entry_id: int) -> Response:
        dv.delete_entry(tenant, name, kind, entry_id)
        return Response(status_code=204)

    router.add_api_route(
        f"/profiles/{{name}}/{kind}/{{entry_id}}",
        remove,
        methods=["DELETE"],
        status_code=204,
        summary=f"Delete {kind}",
    )


for _kind, _body in BODIES.items():
    _add_entity_routes(_kind, _body)  # type: ignore[arg-type]


@router.patch("/profiles/{name}/food/{entry_id}/items/{item}")
def fix_item(
    tenant: TenantDep, name: str, entry_id: int, item: int, body: dv.ItemFix
) -> JSONResponse:
    """Correct one item of a food entry: its weight and/or its food (NDB number)."""
    return JSONResponse(jsonable(dv.fix_item(tenant, name, entry_id, item, body)))
