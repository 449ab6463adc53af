"""Diary use cases: profiles, logging, corrections, the diary view and trends.

The adapter passes ``now`` (an aware datetime) in; nothing here reads the clock.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from functools import partial
from typing import TYPE_CHECKING

from crampcheck.core import diary as d
from crampcheck.core import trends as tr
from crampcheck.core.diary_ports import DiaryRepository
from crampcheck.core.dri import Dri
from crampcheck.core.fluids import WaterIntake, water_intake
from crampcheck.core.intake import ItemKind, item_nutrients
from crampcheck.core.locale import DEFAULT_LOCALE, Locale, parse_locale, rules_for
from crampcheck.core.models import Profile
from crampcheck.core.nutrients import CRAMP_NUTRIENTS
from crampcheck.errors import InputError, NotFoundError

if TYPE_CHECKING:
    from crampcheck.core.intake import IntakeResult

Analyzer = Callable[[str, Profile | None], "IntakeResult"]
"""Reads diary text into items with nutrients (``services.intake.analyze_intake``)."""

CURRENT_PROFILE = "current_profile"
DEFAULT_TREND_DAYS = 28
MAX_TREND_DAYS = 3660
"""Longest trends period (ten years): the work grows with every day of the period."""


def default_analyzer(locale: Locale = DEFAULT_LOCALE) -> Analyzer:
    """The food engine's ``analyze_intake`` in ``locale``'s words and sizes (imported late: it
    loads the food database)."""
    from crampcheck.services.intake import analyze_intake

    if locale is DEFAULT_LOCALE:
        return analyze_intake
    return partial(analyze_intake, locale=locale)


def _locale_key(profile: d.ProfileRecord) -> str:
    return f"locale:{_id(profile)}"


def profile_locale(repo: DiaryRepository, profile: d.ProfileRecord) -> Locale:
    """The profile's locale (food words and household sizes); en-US unless set."""
    stored = repo.get_setting(_locale_key(profile))
    return parse_locale(stored) if stored else DEFAULT_LOCALE


def set_profile_locale(repo: DiaryRepository, profile: d.ProfileRecord, locale: object) -> Locale:
    """Store the profile's locale ("en-GB", "en-AU", …); raises InputError for anything else."""
    parsed = parse_locale(locale)
    repo.set_setting(_locale_key(profile), parsed.value)
    return parsed


# --- profiles ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Dates:
    """A profile's calendar facts: birth year or date, due date, and the day they are read on."""

    today: date
    year: int | None = None
    day: date | None = None
    due: date | None = None


def add_profile(
    repo: DiaryRepository,
    name: str,
    age: object,
    sex: object,
    *,
    pregnant: bool = False,
    lactating: bool = False,
    born: Dates | None = None,
) -> d.ProfileRecord:
    """Store a new person; the first one becomes the current profile.

    With ``born``, the age follows from a birth year or date and a due date ends a pregnancy.
    """
    record = (
        d.new_profile(name, age, sex, pregnant=pregnant, lactating=lactating)
        if born is None
        else d.person(
            name,
            age,
            sex,
            born.today,
            pregnant=pregnant,
            lactating=lactating,
            birth_year=born.year,
            birth_date=born.day,
            due_date=born.due,
        )
    )
    with repo.transaction() as tx:
        stored = tx.add_profile(record)
        if tx.get_setting(CURRENT_PROFILE) is None:
            tx.set_setting(CURRENT_PROFILE, stored.name)
    return stored


def use_profile(repo: DiaryRepository, name: str) -> d.ProfileRecord:
    """Make ``name`` the profile used when ``--profile`` is not given."""
    record = resolve_profile(repo, name)
    repo.set_setting(CURRENT_PROFILE, record.name)
    return record


def resolve_profile(
    repo: DiaryRepository, name: str | None, today: date | None = None
) -> d.ProfileRecord:
    """The named profile, else the current one, else the only one (names ignore case).

    With ``today``, as it is on that day: the age from a birth date, a pregnancy past its due
    date ended.
    """
    record = _find_profile(repo, name)
    return record if today is None else d.profile_on(record, today)


def _find_profile(repo: DiaryRepository, name: str | None) -> d.ProfileRecord:
    profiles = repo.list_profiles()
    if not profiles:
        raise InputError(
            "no profile yet; add one with: crampcheck profile add NAME --age N --sex S"
        )
    if name is not None:
        for record in profiles:
            if record.name.casefold() == name.strip().casefold():
                return record
        known = ", ".join(record.name for record in profiles)
        raise NotFoundError(f"unknown profile {name!r}; known profiles: {known}")
    if len(profiles) == 1:
        return profiles[0]
    current = repo.get_setting(CURRENT_PROFILE)
    for record in profiles:
        if record.name == current:
            return record
    raise InputError("there are several profiles; choose one with --profile NAME")


def _id(record: d.ProfileRecord) -> int:
    assert record.id is not None
    return record.id


# --- logging ----------------------------------------------------------------------------------


def items_from_intake(result: IntakeResult) -> tuple[d.FoodItem, ...]:
    """Stored items from an intake result; items not understood are kept (without a food) so
    they can be corrected."""
    items = [
        d.FoodItem(
            text=item.text,
            food_id=item.food_id,
            name=item.name,
            grams=item.grams,
            nutrients={key.value: value for key, value in item.nutrients.items()}
            if item.counted
            else {},
            meal=item.meal,
            time=item.time,
            kind=item.kind,
        )
        for item in result.items
    ]
    listed = {item.text for item in result.items}
    items += [
        d.FoodItem(text=text, food_id=None, name=None, grams=None)
        for text in result.unparsed
        if text not in listed  # the engine may list a piece it could not read among its items
    ]
    return tuple(items)


def log_food(
    repo: DiaryRepository,
    profile: d.ProfileRecord,
    text: str,
    at: datetime,
    now: datetime,
    analyze: Analyzer,
) -> d.FoodEntry:
    """Read ``text`` with the food engine and store the text with its items."""
    cleaned = d.check_text(text, "food text", required=True)
    d.check_when(at, now, "meal time")
    items = items_from_intake(analyze(cleaned, profile.profile))
    entry = d.validate_food(d.FoodEntry(_id(profile), at, cleaned, items), now)
    return repo.add_food(entry)


FoodLookup = Callable[[str], tuple[str | None, dict[str, float], float | None]]
"""A food id → its name, per-100 g nutrients and usual portion in grams (``None``: none);
NotFoundError when there is no such food."""


def correct_food_item(
    repo: DiaryRepository,
    entry_id: int,
    item_number: int,
    analyze: Analyzer,
    *,
    grams: float | None = None,
    food_id: str | None = None,
    lookup: FoodLookup | None = None,
) -> d.FoodEntry:
    """Fix item ``item_number`` (1-based) of a food entry: its weight and/or its food.

    ``lookup`` finds the food (default: the food database through ``analyze``); a food with a
    usual portion gives the weight of an item that had none.
    """
    if not 1 <= entry_id <= d.MAX_ID:
        raise NotFoundError(f"no food entry with id {entry_id}")
    entry = repo.get_food(entry_id)
    if not 1 <= item_number <= len(entry.items):
        raise InputError(f"food entry {entry_id} has items 1 to {len(entry.items)}")
    old = entry.items[item_number - 1]
    new_food = food_id or old.food_id
    if new_food is None:
        raise InputError("give both --food ID and --grams G for an item that was not recognised")
    name, per_100g, portion = (lookup or partial(food_per_100g, analyze))(new_food)
    new_grams = grams if grams is not None else old.grams if old.grams is not None else portion
    if new_grams is None:
        raise InputError("give both --food ID and --grams G for an item that was not recognised")
    grams_value = d.check_amount(new_grams, "grams", maximum=5000)
    if grams_value < d.MIN_GRAMS:
        raise InputError(f"grams must be at least {d.MIN_GRAMS:g}, not {grams_value:g}")
    nutrients = item_nutrients(per_100g, grams_value)  # the formula log food uses
    item = replace(
        old,
        food_id=new_food,
        name=name,
        grams=grams_value,
        nutrients={key.value: value for key, value in nutrients.items()},
        corrected=True,
        kind=ItemKind.FOOD,  # a food picked for it, or the food's weight changed
    )
    d.validate_item(item, item_number)
    repo.replace_food_item(entry_id, item_number - 1, item)
    return repo.get_food(entry_id)


def food_per_100g(
    analyze: Analyzer, food_id: str
) -> tuple[str | None, dict[str, float], float | None]:
    """The name and per-100 g nutrients of ``food_id``, read as exactly 100 g (no usual
    portion: a database food's item keeps its own weight or needs one).

    The weight is never written into text and read back (``1e-05 g`` would not parse as
    0.00001 g): the engine reads 100 g and the caller scales.
    """
    if not d.FOOD_ID_PATTERN.match(food_id):
        raise NotFoundError(f"food {food_id!r} is not in the food database")
    result = analyze(f"100 g [{food_id}]", None)
    counted = [item for item in result.items if item.counted and item.food_id == food_id]
    if not counted or counted[0].grams != 100:
        raise NotFoundError(f"food {food_id!r} is not in the food database")
    values = counted[0].nutrients.items()
    per_100g = {key.value: value for key, value in values if value is not None}
    return counted[0].name, per_100g, None


def log_fluid(
    repo: DiaryRepository,
    profile: d.ProfileRecord,
    amount: str,
    at: datetime,
    now: datetime,
) -> d.FluidEntry:
    """Store a drink written as ``500 ml``, ``2 cups tea`` or ``a pint of water``; a pint is the
    profile's locale's pint (568 ml in en-GB), the same locale ``log food`` reads with."""
    pint_ml = rules_for(profile_locale(repo, profile)).volumes_ml.get("pint")
    millilitres, kind = d.parse_fluid(amount, pint_ml)
    return repo.add_fluid(d.validate_fluid(d.FluidEntry(_id(profile), at, millilitres, kind), now))


def log_cramp(
    repo: DiaryRepository, profile: d.ProfileRecord, episode: d.CrampEpisode, now: datetime
) -> d.CrampEpisode:
    """Store a cramp episode after checking every field."""
    episode = replace(
        episode,
        profile_id=_id(profile),
        location=episode.location.strip(),
        trigger=episode.trigger.strip(),
        notes=episode.notes.strip(),
    )
    return repo.add_cramp(d.validate_cramp(episode, now))


def log_medication(
    repo: DiaryRepository,
    profile: d.ProfileRecord,
    entry: d.MedicationEntry,
    now: datetime,
    changed: date | None = None,
) -> d.MedicationEntry:
    """Start, change or stop a medicine course: one record per course, with its history.

    A medicine already taken is updated (a stop date, another dose) instead of added twice;
    ``changed`` is the day a new dose started.
    """
    from crampcheck.core.courses import merge_logged

    entry = replace(entry, profile_id=_id(profile), name=entry.name.strip())
    d.validate_medication(entry, now)
    if changed is not None:
        d.check_day(changed, now, "dose change date")
    course, is_new = merge_logged(repo.list_medications(_id(profile)), entry, changed)
    course = d.validate_medication(course, now)
    return repo.add_medication(course) if is_new else repo.update_entry(course)  # type: ignore[return-value]


def log_lab(
    repo: DiaryRepository, profile: d.ProfileRecord, entry: d.LabResult, now: datetime
) -> d.LabResult:
    """Store a lab result; an impossible value for its unit is refused (see :func:`lab_notes`)."""
    entry = replace(
        entry, profile_id=_id(profile), name=entry.name.strip(), unit=entry.unit.strip()
    )
    entry = d.validate_lab(entry, now)
    lab_notes(entry)
    return repo.add_lab(entry)


def lab_notes(entry: d.LabResult) -> list[str]:
    """Refuse an impossible lab value (InputError); notes on an unknown test or a likely unit."""
    from crampcheck.core.lab_checks import check_lab
    from crampcheck.data.kb import load_knowledge_base

    return check_lab(load_knowledge_base(), entry.name, entry.value, entry.unit)


def log_weight(
    repo: DiaryRepository, profile: d.ProfileRecord, kg: float, at: datetime, now: datetime
) -> d.WeightEntry:
    """Store a weight in kilograms."""
    return repo.add_weight(d.validate_weight(d.WeightEntry(_id(profile), at, kg), now))


# --- reading ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class DiaryView:
    """Everything logged for one person between two dates (inclusive, local dates)."""

    profile: d.ProfileRecord
    start: date | None
    end: date | None
    food: Sequence[d.FoodEntry]
    fluids: Sequence[d.FluidEntry]
    cramps: Sequence[d.CrampEpisode]
    medications: Sequence[d.MedicationEntry]
    labs: Sequence[d.LabResult]
    weights: Sequence[d.WeightEntry]
    page: int = 1
    limit: int | None = None
    more: bool = False
    """Whether a later page holds more entries (of any kind)."""


MAX_PAGE_LIMIT = 10_000
"""Most entries of each kind on one page of ``diary show``."""


def shift_day(day: date, days: int) -> date:
    """``day`` moved by ``days``, held within the calendar (0001-01-01 to 9999-12-31)."""
    try:
        return day + timedelta(days=days)
    except OverflowError:
        return date.max if days > 0 else date.min


def _bounds(start: date | None, end: date | None) -> tuple[datetime | None, datetime | None]:
    """UTC query bounds padded by a day each side; exact filtering is by local date.

    A bound at the edge of the calendar is open (``None``): nothing is logged there.
    """
    from datetime import UTC

    low_day = None if start is None else shift_day(start, -1)
    high_day = None if end is None else shift_day(end, 2)
    low = None if low_day in (None, date.min) else datetime.combine(low_day, time(), UTC)
    high = None if high_day in (None, date.max) else datetime.combine(high_day, time(), UTC)
    return low, high


def _inside(day: date, start: date | None, end: date | None) -> bool:
    return (start is None or day >= start) and (end is None or day <= end)


def show_diary(
    repo: DiaryRepository,
    profile: d.ProfileRecord,
    start: date | None,
    end: date | None,
    search: str | None = None,
    *,
    limit: int | None = None,
    page: int = 1,
) -> DiaryView:
    """The diary between ``start`` and ``end`` (both inclusive; ``None`` is open-ended).

    With ``search``, only the food entries whose text contains it (ignoring case). With
    ``limit``, page ``page`` of at most ``limit`` entries of each kind, in time order; the
    database does the paging, so a page costs the same however long the diary is.
    """
    if start and end and end < start:
        raise InputError(f"--to {end.isoformat()} is before --from {start.isoformat()}")
    if limit is not None and not 1 <= limit <= MAX_PAGE_LIMIT:
        raise InputError(f"--limit must be from 1 to {MAX_PAGE_LIMIT:,}, not {limit}")
    if not 1 <= page <= d.MAX_ID:
        raise InputError(f"--page must be 1 or more, not {page}")
    window = None if limit is None else (limit + 1, (page - 1) * limit)
    days = (start, end)
    pid = _id(profile)
    food = repo.list_food(pid, None, None, search, days=days, page=window)
    if search:  # a search looks in the food diary only
        more = limit is not None and len(food) > limit
        found = food if limit is None else food[:limit]
        return DiaryView(profile, start, end, found, [], [], [], [], [], page, limit, more)
    fluids = repo.list_fluids(pid, days=days, page=window)
    cramps = repo.list_cramps(pid, days=days, page=window)
    weights = repo.list_weights(pid, days=days, page=window)
    labs = [e for e in repo.list_labs(pid) if _inside(e.taken_on, start, end)]
    if window is not None:
        labs = labs[window[1] : window[1] + window[0]]
    kinds: list[Sequence[object]] = [food, fluids, cramps, weights, labs]
    more = limit is not None and any(len(kind) > limit for kind in kinds)
    cut = slice(None) if limit is None else slice(0, limit)
    return DiaryView(
        profile=profile,
        start=start,
        end=end,
        food=food[cut],
        fluids=fluids[cut],
        cramps=cramps[cut],
        medications=repo.list_medications(pid),
        labs=labs[cut],
        weights=weights[cut],
        page=page,
        limit=limit,
        more=more,
    )


@dataclass(frozen=True, slots=True)
class Trends:
    """The ``crampcheck trends`` report."""

    profile: d.ProfileRecord
    start: date
    end: date
    days_with_food: int
    days_with_cramps: int
    averages: Sequence[tr.Average]
    weeks: Sequence[tr.Week]
    comparisons: Sequence[tr.Comparison]
    medication_changes: tr.RateComparison
    water: WaterIntake
    daily: Sequence[tr.DayIntake] = ()
    """Each day with food logged, each nutrient in food and supplement parts."""


def dris_for_profile(profile: Profile) -> dict[str, Dri]:
    """The reference intakes per nutrient key for this person."""
    from crampcheck.core.dri import targets_for
    from crampcheck.data import load_dri

    return {key.value: dri for key, dri in targets_for(load_dri(), profile).items()}


def targets_for_profile(profile: Profile) -> dict[str, float]:
    """RDA or AI per nutrient key for this person."""
    return {key: dri.target for key, dri in dris_for_profile(profile).items()}


def trends(
    repo: DiaryRepository,
    profile: d.ProfileRecord,
    start: date | None,
    end: date | None,
    today: date,
    targets: dict[str, float] | None = None,
) -> Trends:
    """Averages, weekly cramps and cramp-day comparisons from ``start`` to ``end``."""
    end = end or today
    start = start or shift_day(end, -(DEFAULT_TREND_DAYS - 1))
    if end < start:
        raise InputError(f"--to {end.isoformat()} is before --from {start.isoformat()}")
    if (end - start).days + 1 > MAX_TREND_DAYS:
        raise InputError(
            f"trends cover at most {MAX_TREND_DAYS} days (ten years), not "
            f"{(end - start).days + 1:,}; narrow --from and --to"
        )
    low, high = _bounds(start, shift_day(end, 1))
    pid = _id(profile)
    parts = [p for p in repo.list_food_parts(pid, low, high) if _inside(p[0].date(), start, end)]
    days = tr.build_days(
        start,
        end,
        [(at, food) for at, food, _supplements in parts],
        [e for e in repo.list_fluids(pid, low, high) if _inside(e.at.date(), start, end)],
        repo.list_cramps(pid, low, high),
        repo.list_medications(pid),
        supplements=[(at, taken) for at, _food, taken in parts if taken],
    )
    keys = [n.value for n in CRAMP_NUTRIENTS]
    goals = targets if targets is not None else targets_for_profile(profile.profile)
    return Trends(
        profile=profile,
        start=start,
        end=end,
        days_with_food=sum(1 for day in days if day.food_logged),
        days_with_cramps=sum(1 for day in days if day.cramp_night),
        averages=tr.with_upper_limits(
            tr.average_intake(days, keys, goals), dris_for_profile(profile.profile)
        ),
        weeks=tr.weekly_cramps(days),
        comparisons=tr.compare_cramp_days(days, keys),
        medication_changes=tr.compare_med_changes(days),
        water=water_intake(days),
        daily=tr.daily_intake(days, keys),
    )
