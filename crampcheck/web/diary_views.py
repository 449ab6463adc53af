"""Diary use cases for the web, scoped to the tenant: the JSON shapes of the diary CLI."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from crampcheck.core import diary as d
from crampcheck.schemas.diary import diary_view_to_json, jsonable, trends_to_json
from crampcheck.services import diary as svc
from crampcheck.services.my_foods import fix_and_remember, profile_analyzer
from crampcheck.web.context import now
from crampcheck.web.inputs import Day, Moment
from crampcheck.web.tenancy import Tenant

EntryKind = d.EntryKind
ENTRY_KINDS = ("food", "fluids", "cramps", "medications", "labs", "weights")


class _In(BaseModel):
    model_config = ConfigDict(extra="forbid", allow_inf_nan=False)


class ProfileCreate(_In):
    name: str = Field(min_length=1, max_length=48, examples=["me"])
    age: float = Field(description="age in years (14 or over)")
    sex: Literal["female", "male"]
    pregnant: bool = False
    lactating: bool = False


class ProfileUpdate(_In):
    name: str | None = Field(default=None, min_length=1, max_length=48)
    age: float | None = None
    birth_year: int | None = Field(default=None, ge=1900, le=2100)
    birth_date: date | None = None
    sex: Literal["female", "male"] | None = None
    pregnant: bool | None = None
    due_date: date | None = None
    lactating: bool | None = None


class EntryUpdate(_In):
    """The fields to change (only those given); which ones apply depends on the kind."""

    at: datetime | None = None
    text: str | None = Field(default=None, max_length=20_000)
    amount: str | None = Field(default=None, max_length=100)
    severity: int | None = Field(default=None, ge=0, le=10)
    duration_min: float | None = Field(default=None, ge=0, le=1440)
    count: int | None = Field(default=None, ge=1, le=100)
    sleep: int | None = Field(default=None, ge=0, le=10)
    location: str | None = Field(default=None, max_length=200)
    trigger: str | None = Field(default=None, max_length=200)
    notes: str | None = Field(default=None, max_length=2000)
    name: str | None = Field(default=None, max_length=200)
    started: date | None = None
    stopped: date | None = None
    value: float | None = None
    unit: str | None = Field(default=None, max_length=32)
    taken_on: date | None = None
    kg: float | None = Field(default=None, gt=0, le=500)


class FoodIn(_In):
    text: str = Field(max_length=20_000, examples=["porridge with milk and a banana"])
    at: Moment | None = None


class FluidIn(_In):
    amount: str = Field(max_length=100, examples=["500 ml", "2 cups tea"])
    at: Moment | None = None


class CrampIn(_In):
    severity: int = Field(ge=0, le=10)
    duration_min: float | None = Field(default=None, ge=0, le=1440)
    count: int = Field(default=1, ge=1, le=100)
    sleep: int | None = Field(default=None, ge=0, le=10)
    location: str = Field(default="", max_length=200)
    trigger: str = Field(default="", max_length=200)
    notes: str = Field(default="", max_length=2000)
    at: Moment | None = None


class MedicationIn(_In):
    name: str = Field(min_length=1, max_length=200)
    started: Day | None = None
    stopped: Day | None = None
    changed: Day | None = Field(default=None, description="the day a new dose started")
    notes: str = Field(default="", max_length=2000)


class LabIn(_In):
    name: str = Field(min_length=1, max_length=100, examples=["magnesium"])
    value: float
    unit: str = Field(min_length=1, max_length=32, examples=["mmol/L"])
    taken_on: Day | None = None


class WeightIn(_In):
    kg: float = Field(gt=0, le=500)
    at: Moment | None = None


class ItemFix(_In):
    grams: float | None = Field(default=None, gt=0, le=5000)
    food_id: str | None = Field(
        default=None,
        pattern=r"^([0-9]{1,12}|MY[0-9A-F]{12})$",
        description="a USDA food id, or one of the profile's foods (MY…, see its foods list)",
    )


def aware(at: datetime | None) -> datetime:
    """The time given (naive means this computer's zone), or now."""
    if at is None:
        return now()
    return at if at.tzinfo is not None else at.astimezone()


def profile_json(tenant: Tenant, record: d.ProfileRecord) -> dict[str, Any]:
    p = record.profile
    return {
        "name": record.name,
        "age": p.age_years,
        "sex": p.sex.value,
        "pregnant": p.pregnant,
        "lactating": p.lactating,
        "birth_year": record.birth_year,
        "birth_date": jsonable(record.birth_date),
        "due_date": jsonable(record.due_date),
    }


def update_profile(tenant: Tenant, name: str, change: ProfileUpdate) -> d.ProfileRecord:
    """Change a profile through the diary service (names stay unique within the tenant)."""
    from crampcheck.services.diary_edit import edit_profile

    record = tenant.profile(name)
    changes = change.model_dump(exclude_unset=True, exclude_none=True)
    if "name" in changes:
        changes["name"] = d.check_name(changes["name"])
    stored = edit_profile(tenant.repo, record, changes, now().date())
    return tenant.profile(stored.name)


def delete_profile(tenant: Tenant, name: str) -> None:
    from crampcheck.services.diary_edit import delete_profile as delete

    delete(tenant.repo, tenant.profile(name))


def _pid(record: d.ProfileRecord) -> int:
    assert record.id is not None
    return record.id


def log_entry(tenant: Tenant, name: str, kind: EntryKind, body: BaseModel) -> Any:
    """Store one diary entry of ``kind`` for the named profile; the stored record."""
    record, repo, moment = tenant.profile(name), tenant.repo, now()
    pid = _pid(record)
    if isinstance(body, FoodIn):
        analyze = profile_analyzer(repo, record, svc.profile_locale(repo, record))
        return svc.log_food(repo, record, body.text, aware(body.at), moment, analyze)
    if isinstance(body, FluidIn):
        return svc.log_fluid(repo, record, body.amount, aware(body.at), moment)
    if isinstance(body, CrampIn):
        fields = body.model_dump(exclude={"at"})
        episode = d.CrampEpisode(pid, aware(body.at), **fields)
        return svc.log_cramp(repo, record, episode, moment)
    if isinstance(body, MedicationIn):
        med = d.MedicationEntry(pid, **body.model_dump(exclude={"changed"}))
        return svc.log_medication(repo, record, med, moment, body.changed)
    if isinstance(body, LabIn):
        taken = body.taken_on or moment.date()
        lab = d.LabResult(pid, taken, body.name, body.value, body.unit)
        return svc.log_lab(repo, record, lab, moment)
    assert isinstance(body, WeightIn), kind
    return svc.log_weight(repo, record, body.kg, aware(body.at), moment)


def list_entries(
    tenant: Tenant, name: str, kind: EntryKind, start: date | None, end: date | None
) -> list[Any]:
    view = svc.show_diary(tenant.repo, tenant.profile(name), start, end)
    entries: list[Any] = list(getattr(view, kind))
    return entries


def get_entry(tenant: Tenant, name: str, kind: EntryKind, entry_id: int) -> Any:
    from crampcheck.services.diary_edit import get_entry as get

    return get(tenant.repo, tenant.profile(name), kind, entry_id)


def delete_entry(tenant: Tenant, name: str, kind: EntryKind, entry_id: int) -> d.DiaryEntry:
    """Delete one entry of the named profile (it can be restored with :func:`undo`)."""
    from crampcheck.services.diary_edit import delete_entry as delete

    return delete(tenant.repo, tenant.profile(name), kind, entry_id)


def edit_entry(
    tenant: Tenant, name: str, kind: EntryKind, entry_id: int, change: EntryUpdate
) -> d.DiaryEntry:
    """Change some fields of one entry of the named profile."""
    from crampcheck.services.diary_edit import edit_entry as edit

    changes = change.model_dump(exclude_unset=True, exclude_none=True)
    if "at" in changes and changes["at"].tzinfo is None:  # keep the zone it was logged in
        old = get_entry(tenant, name, kind, entry_id)
        zone = getattr(old, "at", None)
        changes["at"] = (
            aware(changes["at"]) if zone is None else changes["at"].replace(tzinfo=zone.tzinfo)
        )
    record = tenant.profile(name)
    analyze = profile_analyzer(tenant.repo, record) if "text" in changes else None
    return edit(tenant.repo, record, kind, entry_id, changes, now(), analyze)


def undo(tenant: Tenant, name: str) -> d.DiaryEntry:
    """Restore the named profile's last deleted entry."""
    from crampcheck.services.diary_edit import undo_delete

    return undo_delete(tenant.repo, tenant.profile(name))


def day_json(tenant: Tenant, name: str | None, day: date) -> dict[str, Any]:
    """Every entry of one day in time order (as ``crampcheck diary show --day --json``)."""
    from crampcheck.schemas.diary import day_view_to_json
    from crampcheck.services.diary_edit import day_view

    view = day_view(tenant.repo, tenant.profile(name), day)
    return day_view_to_json(view, profile_json(tenant, view.profile))


def fix_item(tenant: Tenant, name: str, entry_id: int, item: int, fix: ItemFix) -> Any:
    get_entry(tenant, name, "food", entry_id)  # 404 unless it is this profile's
    return fix_and_remember(tenant.repo, entry_id, item, grams=fix.grams, food_id=fix.food_id)


def diary_json(tenant: Tenant, name: str | None, start: date | None, end: date | None) -> Any:
    view = svc.show_diary(tenant.repo, tenant.profile(name), start, end)
    return diary_view_to_json(view, profile_json(tenant, view.profile))


def trends_json(
    tenant: Tenant, name: str | None, start: date | None, end: date | None
) -> dict[str, Any]:
    from crampcheck.services.imports import food_sources

    record = tenant.profile(name)
    report = svc.trends(tenant.repo, record, start, end, now().date())
    sources = food_sources(tenant.repo, record, report.start, report.end)
    return trends_to_json(report, profile_json(tenant, report.profile), sources)


class _Scoped:
    """The tenant's diary repository; server mode keeps the local mode's settings out."""

    def __init__(self, tenant: Tenant) -> None:
        self._tenant = tenant

    def __getattr__(self, name: str) -> Any:
        return getattr(self._tenant.repo, name)

    def get_setting(self, key: str) -> str | None:
        return None if self._tenant.account is not None else self._tenant.repo.get_setting(key)


def export_text(tenant: Tenant, fmt: Literal["json", "csv"]) -> str:
    from crampcheck.services import transfer

    document = transfer.export_document(_Scoped(tenant))
    return transfer.to_json(document) if fmt == "json" else transfer.to_csv(document)


def report_bytes(
    tenant: Tenant,
    name: str,
    start: date | None,
    end: date | None,
    fmt: Literal["html", "pdf", "fhir"],
) -> bytes:
    """The doctor's report (issue 8) of one profile, as HTML, PDF or a FHIR R4 Bundle."""
    from crampcheck.services.report import build_report_data

    shown = tenant.profile(name).name
    data = build_report_data(_Scoped(tenant), shown, start, end, now())
    if fmt == "fhir":
        from crampcheck.reports.fhir import render_fhir

        return render_fhir(data).encode("utf-8")
    if fmt == "pdf":
        from crampcheck.reports.pdf import render_pdf

        return render_pdf(data)
    from crampcheck.reports.html import render_html

    return render_html(data).encode("utf-8")


def download_name(stem: str, extension: str) -> str:
    """A safe file name for a download: ASCII letters, digits and dashes, plus today's date."""
    import re

    safe = re.sub(r"[^A-Za-z0-9]+", "-", stem).strip("-")[:60] or "crampcheck"
    return f"{safe}-{now().date().isoformat()}.{extension}"
