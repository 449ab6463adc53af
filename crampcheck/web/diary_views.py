"""Diary use cases for the web, scoped to the tenant: the JSON shapes of the diary CLI."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from crampcheck.core import diary as d
from crampcheck.errors import NotFoundError
from crampcheck.schemas.diary import diary_view_to_json, jsonable
from crampcheck.services import diary as svc
from crampcheck.web.context import now
from crampcheck.web.tenancy import Tenant

EntryKind = Literal["food", "fluids", "cramps", "medications", "labs", "weights"]
ENTRY_KINDS = ("food", "fluids", "cramps", "medications", "labs", "weights")


class _In(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ProfileCreate(_In):
    name: str = Field(min_length=1, max_length=48, examples=["me"])
    age: float = Field(description="age in years (14 or over)")
    sex: Literal["female", "male"]
    pregnant: bool = False
    lactating: bool = False


class ProfileUpdate(_In):
    age: float | None = None
    sex: Literal["female", "male"] | None = None
    pregnant: bool | None = None
    lactating: bool | None = None


class FoodIn(_In):
    text: str = Field(max_length=20_000, examples=["porridge with milk and a banana"])
    at: datetime | None = None


class FluidIn(_In):
    amount: str = Field(max_length=100, examples=["500 ml", "2 cups tea"])
    at: datetime | None = None


class CrampIn(_In):
    severity: int = Field(ge=0, le=10)
    duration_min: float | None = Field(default=None, ge=0, le=1440)
    count: int = Field(default=1, ge=1, le=100)
    sleep: int | None = Field(default=None, ge=0, le=10)
    location: str = Field(default="", max_length=200)
    trigger: str = Field(default="", max_length=200)
    notes: str = Field(default="", max_length=2000)
    at: datetime | None = None


class MedicationIn(_In):
    name: str = Field(min_length=1, max_length=200)
    started: date | None = None
    stopped: date | None = None
    notes: str = Field(default="", max_length=2000)


class LabIn(_In):
    name: str = Field(min_length=1, max_length=100, examples=["magnesium"])
    value: float
    unit: str = Field(min_length=1, max_length=32, examples=["mmol/L"])
    taken_on: date | None = None


class WeightIn(_In):
    kg: float = Field(gt=0, le=500)
    at: datetime | None = None


class ItemFix(_In):
    grams: float | None = Field(default=None, gt=0, le=5000)
    food_id: str | None = Field(default=None, pattern=r"^\d{5}$")


def aware(at: datetime | None) -> datetime:
    """The time given (naive means this computer's zone), or now."""
    if at is None:
        return now()
    return at if at.tzinfo is not None else at.astimezone()


def profile_json(tenant: Tenant, record: d.ProfileRecord) -> dict[str, Any]:
    p = record.profile
    return {
        "name": tenant.display(record),
        "age": p.age_years,
        "sex": p.sex.value,
        "pregnant": p.pregnant,
        "lactating": p.lactating,
    }


def update_profile(tenant: Tenant, name: str, change: ProfileUpdate) -> d.ProfileRecord:
    from crampcheck.core.models import make_profile
    from crampcheck.storage.accounts import AccountStore

    record = tenant.profile(name)
    old = record.profile
    profile = make_profile(
        change.age if change.age is not None else old.age_years,
        change.sex or old.sex.value,
        pregnant=old.pregnant if change.pregnant is None else change.pregnant,
        lactating=old.lactating if change.lactating is None else change.lactating,
    )
    values = {
        "age_years": profile.age_years,
        "sex": profile.sex.value,
        "pregnant": profile.pregnant,
        "lactating": profile.lactating,
    }
    AccountStore(tenant.repo.engine).update_profile(_pid(record), values)
    return tenant.profile(name)


def delete_profile(tenant: Tenant, name: str) -> None:
    from crampcheck.storage.accounts import AccountStore

    AccountStore(tenant.repo.engine).delete_profile(_pid(tenant.profile(name)))


def _pid(record: d.ProfileRecord) -> int:
    assert record.id is not None
    return record.id


def log_entry(tenant: Tenant, name: str, kind: EntryKind, body: BaseModel) -> Any:
    """Store one diary entry of ``kind`` for the named profile; the stored record."""
    record, repo, moment = tenant.profile(name), tenant.repo, now()
    pid = _pid(record)
    if isinstance(body, FoodIn):
        return svc.log_food(repo, record, body.text, aware(body.at), moment, svc.default_analyzer())
    if isinstance(body, FluidIn):
        return svc.log_fluid(repo, record, body.amount, aware(body.at), moment)
    if isinstance(body, CrampIn):
        fields = body.model_dump(exclude={"at"})
        episode = d.CrampEpisode(pid, aware(body.at), **fields)
        return svc.log_cramp(repo, record, episode, moment)
    if isinstance(body, MedicationIn):
        return svc.log_medication(repo, record, d.MedicationEntry(pid, **body.model_dump()), moment)
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
    for entry in list_entries(tenant, name, kind, None, None):
        if entry.id == entry_id:
            return entry
    raise NotFoundError(f"no {kind} entry {entry_id} in this profile's diary")


def delete_entry(tenant: Tenant, name: str, kind: EntryKind, entry_id: int) -> None:
    from crampcheck.storage.accounts import AccountStore

    record = tenant.profile(name)
    if not AccountStore(tenant.repo.engine).delete_entry(kind, _pid(record), entry_id):
        raise NotFoundError(f"no {kind} entry {entry_id} in this profile's diary")


def fix_item(tenant: Tenant, name: str, entry_id: int, item: int, fix: ItemFix) -> Any:
    get_entry(tenant, name, "food", entry_id)  # 404 unless it is this profile's
    return svc.correct_food_item(
        tenant.repo, entry_id, item, svc.default_analyzer(), grams=fix.grams, food_id=fix.food_id
    )


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
    return {
        "profile": profile_json(tenant, report.profile),
        "from": report.start.isoformat(),
        "to": report.end.isoformat(),
        "days_with_food": report.days_with_food,
        "days_with_cramps": report.days_with_cramps,
        "averages": jsonable(report.averages),
        "weeks": jsonable(report.weeks),
        "cramp_day_comparisons": jsonable(report.comparisons),
        "medication_changes": jsonable(report.medication_changes),
        "food_sources": [{"source": label, "entries": n} for label, n in sources],
    }


class _Scoped:
    """The diary repository limited to the tenant's profiles, under their display names."""

    def __init__(self, tenant: Tenant) -> None:
        self._tenant = tenant

    def __getattr__(self, name: str) -> Any:
        return getattr(self._tenant.repo, name)

    def list_profiles(self) -> list[d.ProfileRecord]:
        t = self._tenant
        return [d.ProfileRecord(t.display(r), r.profile, r.id) for r in t.profiles()]

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

    shown = tenant.display(tenant.profile(name))
    data = build_report_data(_Scoped(tenant), shown, start, end, now())
    if fmt == "fhir":
        from crampcheck.reports.fhir import render_fhir

        return render_fhir(data).encode("utf-8")
    if fmt == "pdf":
        from crampcheck.reports.pdf import render_pdf

        return render_pdf(data)
    from crampcheck.reports.html import render_html

    return render_html(data).encode("utf-8")
