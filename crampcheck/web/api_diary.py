"""REST: profiles (CRUD), every diary entity (create, list, read, change, delete, undo), the day
view, trends and export."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Path, Query, Request, Response
from fastapi.responses import JSONResponse, PlainTextResponse

from crampcheck.schemas.diary import jsonable
from crampcheck.web import diary_views as dv
from crampcheck.web.deps import TenantDep, check_csrf
from crampcheck.web.inputs import Day, EntryId, ItemNumber, StrictRoute

router = APIRouter(
    prefix="/api/v1", tags=["diary"], dependencies=[Depends(check_csrf)], route_class=StrictRoute
)

From = Annotated[Day | None, Query(alias="from", description="first day (YYYY-MM-DD)")]
To = Annotated[Day | None, Query(alias="to", description="last day (YYYY-MM-DD)")]
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


@router.get("/profiles/{name}/sources/{nutrient}")
def nutrient_sources(
    tenant: TenantDep,
    name: str,
    nutrient: Annotated[str, Path(max_length=40, description="magnesium, potassium, ...")],
    start: From = None,
    end: To = None,
    limit: Annotated[int, Query(ge=1, le=50, description="how many items")] = 5,
) -> JSONResponse:
    """The logged items that gave most of a nutrient between two days (as crampcheck diary
    sources NUTRIENT --json): supplements and foods, with their share."""
    from crampcheck.schemas.sources import sources_to_json
    from crampcheck.services.sources import nutrient_named, stored_sources

    wanted = nutrient_named(nutrient)
    found = stored_sources(tenant.repo, tenant.profile(name), start, end, wanted, limit=limit)
    return JSONResponse(sources_to_json(found))


@router.get("/profiles/{name}/days/{day}")
def day(tenant: TenantDep, name: str, day: Day) -> JSONResponse:
    """Every entry of one day, in time order (as crampcheck diary show --day --json)."""
    return JSONResponse(dv.day_json(tenant, name, day))


@router.post("/profiles/{name}/undo")
def undo(tenant: TenantDep, name: str) -> JSONResponse:
    """Restore the last deleted entry of this profile."""
    from crampcheck.core.diary import kind_of

    restored = dv.undo(tenant, name)
    return JSONResponse({"kind": kind_of(restored), "entry": jsonable(restored)})


@router.get("/profiles/{name}/trends")
def trends(tenant: TenantDep, name: str, start: From = None, end: To = None) -> JSONResponse:
    """Averages against targets, weekly cramps, cramp-day comparisons (as crampcheck trends)."""
    return JSONResponse(dv.trends_json(tenant, name, start, end))


REPORT_CONTENT = {
    "text/html": {"schema": {"type": "string"}},
    "application/pdf": {"schema": {"type": "string", "format": "binary"}},
}
EXPORT_CONTENT = {
    "application/json": {"schema": {"type": "object"}},
    "text/csv": {"schema": {"type": "string"}},
}


@router.get(
    "/profiles/{name}/report",
    response_class=Response,
    responses={200: {"description": "the report", "content": REPORT_CONTENT}},
)
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
    extension = "json" if format == "fhir" else format
    filename = dv.download_name(f"crampcheck-report-{name}", extension)
    headers = _disposition(filename, format != "html")
    return Response(body, media_type=media, headers=headers)


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


@router.get(
    "/export",
    response_class=Response,
    responses={200: {"description": "the export file", "content": EXPORT_CONTENT}},
)
def export(
    tenant: TenantDep, format: Annotated[Literal["json", "csv"], Query()] = "json"
) -> Response:
    """Your whole diary in the crampcheck export format."""
    text = dv.export_text(tenant, format)
    headers = _disposition(dv.download_name("crampcheck-export", format), True)
    if format == "csv":
        return PlainTextResponse(text, media_type="text/csv", headers=headers)
    return Response(text, media_type="application/json", headers=headers)


def _disposition(filename: str, attachment: bool) -> dict[str, str]:
    """A Content-Disposition header: the file name a browser saves the download under."""
    kind = "attachment" if attachment else "inline"
    return {"Content-Disposition": f'{kind}; filename="{filename}"'}


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

    def read(tenant: TenantDep, name: str, entry_id: EntryId) -> JSONResponse:
        return JSONResponse(jsonable(dv.get_entry(tenant, name, kind, entry_id)))

    router.add_api_route(
        f"/profiles/{{name}}/{kind}/{{entry_id}}", read, methods=["GET"], summary=f"Read {kind}"
    )

    def change(
        tenant: TenantDep, name: str, entry_id: EntryId, body: dv.EntryUpdate
    ) -> JSONResponse:
        return JSONResponse(jsonable(dv.edit_entry(tenant, name, kind, entry_id, body)))

    router.add_api_route(
        f"/profiles/{{name}}/{kind}/{{entry_id}}",
        change,
        methods=["PATCH"],
        summary=f"Change {kind} (only the fields given)",
    )

    def remove(tenant: TenantDep, name: str, entry_id: EntryId) -> Response:
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
    tenant: TenantDep, name: str, entry_id: EntryId, item: ItemNumber, body: dv.ItemFix
) -> JSONResponse:
    """Correct one item of a food entry: its weight and/or its food (NDB number)."""
    return JSONResponse(jsonable(dv.fix_item(tenant, name, entry_id, item, body)))
