"""Page helpers: HTML forms → request documents, and documents → rows, calendars and charts."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from pydantic import BaseModel, ValidationError

from crampcheck.core.nutrients import CRAMP_NUTRIENTS, NUTRIENT_INFO, Nutrient
from crampcheck.errors import CrampcheckError, InputError
from crampcheck.web import diary_views as dv
from crampcheck.web.errors import describe_validation, safe_message, status_for
from crampcheck.web.tenancy import Tenant

TRIAGE = {
    "emergency": ("Emergency", "Call emergency services (112/999/911) or go to A&E now."),
    "doctor_soon": ("See a doctor soon", "Book an appointment within the next day or two."),
    "doctor_routine": ("See your doctor", "Mention this at a routine appointment."),
    "self_care": ("Self-care", "Nothing urgent was found; the steps below may help."),
}
LABELS: dict[str, Any] = {"triage_labels": TRIAGE}

SHOWN = (*CRAMP_NUTRIENTS, Nutrient.IRON_MG, Nutrient.ZINC_MG, Nutrient.ENERGY_KCAL)


def nutrient_labels() -> dict[str, str]:
    return {n.value: NUTRIENT_INFO[n].label for n in Nutrient}


def message(error: Exception) -> tuple[str, int]:
    """A message a person can act on, and the status to answer with."""
    if isinstance(error, ValidationError):
        return describe_validation(list(error.errors())), 422
    if isinstance(error, CrampcheckError):
        return safe_message(error), status_for(error)
    return str(error) or "that input could not be used", 422


def nutrient_rows(doc: dict[str, Any]) -> list[dict[str, Any]]:
    """Per nutrient: label, amount, unit, target, percent, bar width, status, coverage."""
    rows = []
    targets = doc.get("targets") or {}
    for nutrient in SHOWN:
        key, info = nutrient.value, NUTRIENT_INFO[nutrient]
        target = targets.get(key) or {}
        cov = doc["coverage"].get(key, {"known": 0, "of": 0})
        percent = target.get("percent")
        rows.append(
            {
                "key": key,
                "label": info.label,
                "unit": info.unit,
                "amount": doc["totals"].get(key),
                "goal": target.get("rda") or target.get("ai"),
                "percent": percent,
                "bar": None if percent is None else max(0.0, min(float(percent), 100.0)),
                "status": target.get("status", ""),
                "known": cov["known"],
                "of": cov["of"],
            }
        )
    return rows


def _lines(text: str) -> list[str]:
    return [part.strip() for part in text.replace(",", "\n").splitlines() if part.strip()]


def _number(form: dict[str, str], key: str) -> float | None:
    raw = form.get(key, "").strip()
    if not raw:
        return None
    try:
        return float(raw)
    except ValueError:
        raise InputError(f"{key.replace('_', ' ')}: {raw!r} is not a number") from None


LAB_FIELDS = {
    "lab_magnesium": ("magnesium", "mg/dL"),
    "lab_potassium": ("potassium", "mmol/L"),
    "lab_sodium": ("sodium", "mmol/L"),
    "lab_calcium": ("calcium_total", "mg/dL"),
    "lab_vitamin_d": ("vitamin_d_25oh", "ng/mL"),
    "lab_b12": ("vitamin_b12", "pg/mL"),
    "lab_ferritin": ("ferritin", "ng/mL"),
    "lab_tsh": ("tsh", "mIU/L"),
    "lab_ck": ("ck", "U/L"),
    "lab_egfr": ("egfr", "mL/min/1.73m2"),
}


def case_from_form(form: dict[str, str]) -> dict[str, Any]:
    """The assessment form → a contract §3 case (the engine validates it)."""
    age = _number(form, "age")
    if age is None or not form.get("sex"):
        raise InputError("give your age and sex: the assessment depends on them")
    cramps = {
        "frequency_per_week": _number(form, "frequency_per_week"),
        "timing": form.get("timing") or None,
        "severity_0_10": _number(form, "severity"),
        "duration_minutes": _number(form, "duration_minutes"),
        "location": form.get("location", "").strip() or None,
    }
    labs = {}
    for field, (name, default_unit) in LAB_FIELDS.items():
        value = _number(form, field)
        if value is not None:
            labs[name] = {"value": value, "unit": form.get(field + "_unit") or default_unit}
    case: dict[str, Any] = {
        "profile": {"age": age, "sex": form["sex"], "pregnant": form.get("pregnant") == "on"},
        "cramps": {k: v for k, v in cramps.items() if v is not None},
        "symptoms": _lines(form.get("symptoms", ""))
        + [k.removeprefix("sym_") for k, v in form.items() if k.startswith("sym_") and v],
        "conditions": _lines(form.get("conditions", "")),
        "medications": [m.strip() for m in form.get("medications", "").splitlines() if m.strip()],
        "labs": labs,
    }
    if form.get("diary", "").strip():
        case["diary"] = form["diary"].strip()
    if form.get("description", "").strip():
        case["description"] = form["description"].strip()
    return case


@dataclass(frozen=True, slots=True)
class EntryForm:
    kind: dv.EntryKind
    model: BaseModel


def entry_from_form(kind: str, form: dict[str, str]) -> EntryForm:
    """A diary logging form → the REST body model of that entry kind."""
    at = form.get("at", "").strip() or None
    values: dict[str, Any] = {k: v for k, v in form.items() if k not in ("csrf_token", "profile")}
    values = {k: v for k, v in values.items() if str(v).strip() != ""}
    values.pop("at", None)
    if at:
        values["at"] = datetime.fromisoformat(at) if "T" in at else f"{at}T12:00"
    types: dict[str, type[BaseModel]] = {
        "food": dv.FoodIn,
        "fluids": dv.FluidIn,
        "cramps": dv.CrampIn,
        "medications": dv.MedicationIn,
        "labs": dv.LabIn,
        "weights": dv.WeightIn,
    }
    if kind not in types:
        raise InputError(f"unknown diary entry kind {kind!r}")
    return EntryForm(kind, types[kind].model_validate(values))  # type: ignore[arg-type]


def apply_profile_form(tenant: Tenant, form: dict[str, str]) -> str | None:
    """Save or delete the profile named in ``form``; its name, or None once deleted."""
    shown = tenant.display(tenant.profile(form.get("profile") or None))
    if form.get("action") == "delete":
        if form.get("confirm") != "yes":
            raise InputError("tick the box to confirm that the whole diary goes too")
        dv.delete_profile(tenant, shown)
        return None
    change = dv.ProfileUpdate(
        age=float(form["age"]) if form.get("age") else None,
        sex=form.get("sex") or None,  # type: ignore[arg-type]
        pregnant=form.get("pregnant") == "true",
        lactating=form.get("lactating") == "true",
    )
    dv.update_profile(tenant, shown, change)
    return shown


# --- diary page -------------------------------------------------------------------------------


def _month(text: str | None, today: date) -> date:
    if text:
        try:
            year, month = text.split("-")
            return date(int(year), int(month), 1)
        except ValueError:
            raise InputError(f"month {text!r} is not like 2026-03") from None
    return today.replace(day=1)


def calendar_weeks(first: date, cramps: list[dict[str, Any]], food_days: set[str]) -> list[Any]:
    """Weeks (Monday first) of the month; each day with its cramp count and worst severity."""
    by_day: dict[str, list[int]] = {}
    for episode in cramps:
        by_day.setdefault(episode["at"][:10], []).append(int(episode["severity"]))
    weeks = []
    for week in calendar.Calendar().monthdatescalendar(first.year, first.month):
        row = []
        for day in week:
            key = day.isoformat()
            severities = by_day.get(key, [])
            row.append(
                {
                    "day": day.day,
                    "iso": key,
                    "in_month": day.month == first.month,
                    "cramps": len(severities),
                    "worst": max(severities) if severities else None,
                    "food": key in food_days,
                }
            )
        weeks.append(row)
    return weeks


def diary_context(tenant: Tenant, name: str | None, month: str | None) -> dict[str, Any]:
    """Everything the diary page shows for one profile and month."""
    from crampcheck.web.context import now

    profiles = [tenant.display(r) for r in tenant.profiles()]
    context: dict[str, Any] = {"profiles": profiles, "profile": None}
    if not profiles:
        return context
    try:
        record = tenant.profile(name)
    except CrampcheckError:
        record = tenant.profile(None)
    shown = tenant.display(record)
    today = now().date()
    first = _month(month, today)
    last = first.replace(day=calendar.monthrange(first.year, first.month)[1])
    view = dv.diary_json(tenant, shown, first, last)
    food_days = {entry["at"][:10] for entry in view["food"]}
    trends = dv.trends_json(tenant, shown, None, None)
    prev_month = (first.replace(day=1) - timedelta(days=1)).replace(day=1)
    next_month = (last + timedelta(days=1)).replace(day=1)
    labels = {n.value: NUTRIENT_INFO[n].label for n in CRAMP_NUTRIENTS}
    from crampcheck.services.imports import source_label

    sources = {i["source"] for e in view["food"] for i in e["items"] if i.get("source")}
    context.update(
        source_labels={source: source_label(source) for source in sources},
        profile=shown,
        person=record.profile,
        view=view,
        month_label=first.strftime("%B %Y"),
        prev_month=prev_month.strftime("%Y-%m"),
        next_month=next_month.strftime("%Y-%m"),
        weeks=calendar_weeks(first, view["cramps"], food_days),
        trends=trends,
        nutrient_labels=labels,
        week_max=max([w["cramps"] for w in trends["weeks"]] + [1]),
        today=today.isoformat(),
    )
    return context
