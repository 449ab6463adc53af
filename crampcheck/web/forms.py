"""Page helpers: HTML forms → request documents, and documents → rows, calendars and charts."""

from __future__ import annotations

import calendar
import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, ValidationError

from crampcheck.core import diary as d
from crampcheck.core.locale import Locale
from crampcheck.core.my_foods import YOUR_FOOD, MyFood, food_key
from crampcheck.core.nutrients import CRAMP_NUTRIENTS, NUTRIENT_INFO, Nutrient
from crampcheck.core.sources import NutrientSources
from crampcheck.errors import CrampcheckError, InputError
from crampcheck.services import diary as svc
from crampcheck.web import diary_views as dv
from crampcheck.web.errors import describe_validation, safe_message, status_for
from crampcheck.web.inputs import MAX_YEAR, MIN_YEAR
from crampcheck.web.tenancy import Tenant

if TYPE_CHECKING:
    from crampcheck.services.diary import Analyzer

LABELS: dict[str, Any] = {}
"""Extra template values (``lab_fields`` is added below); triage wording comes with each result
(``doc.guidance``)."""

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
        value = float(raw)
    except ValueError:
        value = math.nan
    if not math.isfinite(value):
        raise InputError(f"{key.replace('_', ' ')}: {raw!r} is not a number")
    return value


LAB_FIELDS: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "lab_magnesium": ("magnesium", "Magnesium", ("mg/dL", "mmol/L", "mEq/L")),
    "lab_potassium": ("potassium", "Potassium", ("mmol/L", "mEq/L")),
    "lab_sodium": ("sodium", "Sodium", ("mmol/L", "mEq/L")),
    "lab_calcium": ("calcium_total", "Calcium", ("mg/dL", "mmol/L")),
    "lab_vitamin_d": ("vitamin_d_25oh", "Vitamin D (25-OH)", ("ng/mL", "nmol/L")),
    "lab_b12": ("vitamin_b12", "Vitamin B12", ("pg/mL", "pmol/L")),
    "lab_ferritin": ("ferritin", "Ferritin", ("ng/mL", "µg/L")),
    "lab_tsh": ("tsh", "TSH", ("mIU/L",)),
    "lab_ck": ("ck", "CK", ("U/L",)),
    "lab_egfr": ("egfr", "eGFR", ("mL/min/1.73m2",)),
}
"""Form field → (lab test, label, units offered; the first is the default)."""
LABELS["lab_fields"] = LAB_FIELDS


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
    for field, (name, label, units) in LAB_FIELDS.items():
        value = _number(form, field)
        if value is None:
            continue
        unit = form.get(field + "_unit") or units[0]
        if unit not in units:
            raise InputError(f"{label}: choose a unit from the list ({', '.join(units)})")
        labs[name] = {"value": value, "unit": unit}
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
    shown = tenant.profile(form.get("profile") or None).name
    if form.get("action") == "delete":
        if form.get("confirm") != "yes":
            raise InputError("tick the box to confirm that the whole diary goes too")
        dv.delete_profile(tenant, shown)
        return None
    born = form.get("birth_year", "").strip()
    due = form.get("due_date", "").strip()
    change = dv.ProfileUpdate(
        age=float(form["age"]) if form.get("age") and not born else None,
        birth_year=int(born) if born else None,
        due_date=date.fromisoformat(due) if due and form.get("pregnant") == "true" else None,
        sex=form.get("sex") or None,  # type: ignore[arg-type]
        pregnant=form.get("pregnant") == "true",
        lactating=form.get("lactating") == "true",
    )
    dv.update_profile(tenant, shown, change)
    if form.get("locale"):
        svc.set_profile_locale(tenant.repo, tenant.profile(shown), form["locale"])
    return shown


# --- diary page -------------------------------------------------------------------------------


def _month(text: str | None, today: date) -> date:
    if text:
        try:
            year, month = text.split("-")
            first = date(int(year), int(month), 1)
        except ValueError:
            raise InputError(f"month {text!r} is not like 2026-03") from None
        if not MIN_YEAR <= first.year <= MAX_YEAR:
            raise InputError(f"month {text!r}: the year must be between {MIN_YEAR} and {MAX_YEAR}")
        return first
    return today.replace(day=1)


def calendar_weeks(first: date, cramps: list[dict[str, Any]], food_days: set[str]) -> list[Any]:
    """Weeks (Monday first) of the month; each day with its cramp count and worst severity.

    A cramp counts for its night (:func:`crampcheck.core.diary.cramp_day`: before noon, the
    evening before), the rule the weekly chart, trends and the report use too.
    """
    from crampcheck.core.diary import cramp_day

    by_day: dict[str, list[int]] = {}
    for episode in cramps:
        night = cramp_day(datetime.fromisoformat(episode["at"])).isoformat()
        by_day.setdefault(night, []).append(int(episode["severity"]))
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

    profiles = [r.name for r in tenant.profiles()]
    context: dict[str, Any] = {"profiles": profiles, "profile": None}
    if not profiles:
        return context
    try:
        record = tenant.profile(name)
    except CrampcheckError:
        record = tenant.profile(None)
    shown = record.name
    today = now().date()
    first = _month(month, today)
    last = first.replace(day=calendar.monthrange(first.year, first.month)[1])
    view = dv.diary_json(tenant, shown, first, last + timedelta(days=1))
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
        birth_year=record.birth_year,
        due_date=None if record.due_date is None else record.due_date.isoformat(),
        locale=svc.profile_locale(tenant.repo, record).value,
        locales=[locale.value for locale in Locale],
        view=view,
        month_label=first.strftime("%B %Y"),
        prev_month=prev_month.strftime("%Y-%m"),
        next_month=next_month.strftime("%Y-%m"),
        weeks=calendar_weeks(first, view["cramps"], food_days),
        trends=trends,
        nutrient_labels=labels,
        week_max=max([w["cramps"] for w in trends["weeks"]] + [1]),
        today=today.isoformat(),
        logged_days=_logged_days(view, first, last),
        first_use=not (trends["days_with_food"] or trends["days_with_cramps"]),
        last_deleted=_last_deleted(tenant, record),
        sources=_sources(tenant, record, trends),
        nutrient_units={n.value: NUTRIENT_INFO[n].unit for n in CRAMP_NUTRIENTS},
    )
    return context


SOURCE_NUTRIENTS = tuple(n for n in CRAMP_NUTRIENTS if n is not Nutrient.WATER_G)
"""The nutrients whose "where it came from" rows the diary page shows."""


def _sources(
    tenant: Tenant, record: d.ProfileRecord, trends: dict[str, Any]
) -> list[NutrientSources]:
    """Where each cramp nutrient came from over the trends' period (the service the CLI's
    ``diary sources`` and the REST ``…/sources/{nutrient}`` use); nutrients with no rows left
    out."""
    from crampcheck.services.sources import stored_sources_of

    start, end = date.fromisoformat(trends["from"]), date.fromisoformat(trends["to"])
    found = stored_sources_of(tenant.repo, record, start, end, SOURCE_NUTRIENTS)
    return [sources for sources in found if sources.rows]


def _logged_days(view: dict[str, Any], first: date, last: date) -> list[dict[str, Any]]:
    """Days of the month with something logged, newest first, with a count per kind."""
    counts: dict[str, dict[str, int]] = {}
    for kind in ("food", "fluids", "cramps", "weights"):
        for entry in view[kind]:
            day = entry["at"][:10]
            counts.setdefault(day, {}).setdefault(kind, 0)
            counts[day][kind] += 1
    for lab in view["labs"]:
        counts.setdefault(lab["taken_on"], {}).setdefault("labs", 0)
        counts[lab["taken_on"]]["labs"] += 1
    words = {
        "food": "meal",
        "fluids": "drink",
        "cramps": "cramp",
        "weights": "weight",
        "labs": "lab",
    }
    days = []
    for day in sorted(counts, reverse=True):
        if not first.isoformat() <= day <= last.isoformat():
            continue
        parts = [f"{n} {words[k]}{'s' if n > 1 else ''}" for k, n in counts[day].items()]
        days.append(
            {
                "iso": day,
                "label": date.fromisoformat(day).strftime("%a %d %b"),
                "summary": ", ".join(parts),
            }
        )
    return days


def _last_deleted(tenant: Tenant, record: Any) -> str | None:
    from crampcheck.core.diary_text import describe
    from crampcheck.services.diary_edit import last_deleted

    entry = last_deleted(tenant.repo, record)
    return None if entry is None else describe(entry)


def day_context(tenant: Tenant, name: str | None, day: str | None) -> dict[str, Any]:
    """Everything the day view shows: every entry of the day with its edit and delete forms."""
    from crampcheck.web.context import now

    record = tenant.profile(name)
    shown = record.name
    try:
        chosen = date.fromisoformat(day) if day else now().date()
    except ValueError:
        raise InputError(f"date {day!r} is not like 2026-03-14") from None
    doc = dv.day_json(tenant, shown, chosen)
    foods = [item for item in doc["entries"] if item["kind"] == "food"]
    if foods:
        from crampcheck.services.my_foods import list_foods, profile_analyzer

        mine = list_foods(tenant.repo, record)
        analyze = profile_analyzer(tenant.repo, record, svc.profile_locale(tenant.repo, record))
        for item in foods:
            item["choices"] = [
                food_choices(food, analyze=analyze, mine=mine) for food in item["entry"]["items"]
            ]
    return {
        "profiles": [r.name for r in tenant.profiles()],
        "profile": shown,
        "day": chosen.isoformat(),
        "day_label": chosen.strftime("%A %d %B %Y"),
        "prev_day": (chosen - timedelta(days=1)).isoformat(),
        "next_day": (chosen + timedelta(days=1)).isoformat(),
        "entries": doc["entries"],
        "last_deleted": _last_deleted(tenant, record),
    }


_TEXT_FIELDS = ("text", "amount", "location", "trigger", "notes", "name", "unit")
_NUMBER_FIELDS = ("severity", "count", "sleep", "duration_min", "value", "kg")


def typed(form: dict[str, str]) -> dict[str, str]:
    """The entry fields of a posted form, as typed (to fill the form again after an error)."""
    keep = {*_TEXT_FIELDS, *_NUMBER_FIELDS, "at", "started", "stopped", "taken_on"}
    return {k: v for k, v in form.items() if k in keep}


def update_from_form(form: dict[str, str]) -> dv.EntryUpdate:
    """An edit form → the fields to change; an empty number or date means "leave it"."""
    values: dict[str, Any] = {}
    for key, raw in typed(form).items():
        text = raw.strip()
        if key in _TEXT_FIELDS or text:
            values[key] = text
    return dv.EntryUpdate.model_validate(values)


def saved_entry(tenant: Tenant, shown: str, logged: str) -> dict[str, str] | None:
    """The notice after logging: what was saved (``logged`` is ``kind-id``) and its day."""
    from crampcheck.core.diary_text import describe

    kind, _, number = logged.partition("-")
    if kind not in dv.ENTRY_KINDS or not number.isdigit():
        return None
    try:
        entry = dv.get_entry(tenant, shown, kind, int(number))  # type: ignore[arg-type]
    except CrampcheckError:
        return None
    when = getattr(entry, "at", None) or getattr(entry, "taken_on", None)
    when = when or getattr(entry, "started", None)
    day = "" if when is None else when.isoformat()[:10]
    return {"text": describe(entry), "day": day, "key": f"{kind}-{number}"}


MY_FOODS_IN_PICKS = 30
"""Most of the profile's own foods offered in one item's re-pick list (the ones sharing a word
with what was written first, then favourites, then by name); any other is picked by its id."""


def food_choices(
    item: dict[str, Any],
    limit: int = 6,
    analyze: Analyzer | None = None,
    mine: Sequence[MyFood] = (),
) -> list[tuple[str, str]]:
    """(food id, name) to re-pick a parsed item from: its food first, then the engine's other
    candidates for the words written (read as the profile reads them), then the profile's own
    foods and recipes ("NAME (your food)")."""
    from crampcheck.services.diary import default_analyzer

    choices: dict[str, str] = {}
    if item.get("food_id"):
        choices[str(item["food_id"])] = str(item.get("name") or item["food_id"])
    try:
        result = (analyze or default_analyzer())(str(item["text"]), None)
    except CrampcheckError:
        result = None
    for read in result.items[:1] if result is not None else ():
        if read.food_id:
            choices.setdefault(read.food_id, read.name or read.food_id)
        for other in read.alternatives:
            choices.setdefault(other.food_id, other.name)
    picks = list(choices.items())[:limit]
    taken = {food_id for food_id, _ in picks}
    own = _own_first(str(item.get("text", "")), [f for f in mine if f.food_id not in taken])
    return picks + [(food.food_id, f"{food.name} ({YOUR_FOOD})") for food in own]


def _own_first(text: str, mine: Sequence[MyFood]) -> list[MyFood]:
    """The profile's foods for a re-pick list: sharing a word with the text, then favourites,
    then by name; at most :data:`MY_FOODS_IN_PICKS`."""
    written = set(food_key(text).split())

    def order(food: MyFood) -> tuple[bool, bool, str]:
        return (written.isdisjoint(food.key.split()), not food.favourite, food.key)

    return sorted(mine, key=order)[:MY_FOODS_IN_PICKS]
