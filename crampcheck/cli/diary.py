"""`crampcheck profile add|list|use` and `crampcheck log food|fluid|cramp|med|lab|weight`."""

from __future__ import annotations

from typing import Annotated, Any

import typer

from crampcheck.cli.app import app
from crampcheck.cli.diary_common import (
    AtOption,
    DbOption,
    JsonOption,
    ProfileOption,
    now,
    open_repo,
    parse_at,
    parse_day,
    profile_json,
)
from crampcheck.cli.options import LocaleOption
from crampcheck.cli.output import emit_json
from crampcheck.schemas.diary import jsonable

profile_app = typer.Typer(
    help="Add, list and choose the people whose diaries you keep.",
    epilog="Examples: crampcheck profile add ann --born 1968 --sex female · "
    "crampcheck profile use ann",
)
log_app = typer.Typer(
    help="Log food, drinks, cramps, medicines, lab results and weight.",
    epilog="Examples: crampcheck log cramp --severity 7 --at 2026-03-14T03:15 · "
    "crampcheck log food 'porridge with milk' · crampcheck log fluid 'a mug of tea'",
)
app.add_typer(profile_app, name="profile", no_args_is_help=True)
app.add_typer(log_app, name="log", no_args_is_help=True)


@profile_app.command("add")
def profile_add(
    name: Annotated[str, typer.Argument(help="A short name, e.g. ann.")],
    sex: Annotated[str, typer.Option("--sex", help="female or male.")],
    age: Annotated[float | None, typer.Option("--age", help="Age in years (14-120).")] = None,
    born: Annotated[
        str | None,
        typer.Option("--born", help="Birth year or date instead of --age (1968, 1968-04-02)."),
    ] = None,
    pregnant: Annotated[bool, typer.Option("--pregnant")] = False,
    due: Annotated[
        str | None, typer.Option("--due", help="Due date (YYYY-MM-DD); ends the pregnancy.")
    ] = None,
    lactating: Annotated[bool, typer.Option("--lactating")] = False,
    locale: LocaleOption = None,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Add a person. The first profile becomes the current one.

    With --born the age follows the calendar; with --due a pregnancy ends on its due date.

    Example: crampcheck profile add ann --age 58 --sex female --locale en-GB
    Example: crampcheck profile add cat --born 1994-05-02 --sex female --due 2026-06-01
    """
    from crampcheck.cli.diary_edit import born_dates
    from crampcheck.core.locale import parse_locale
    from crampcheck.errors import InputError
    from crampcheck.services import diary

    if age is None and born is None:
        raise InputError("give --age N or --born YEAR (or a date)")
    dates = None
    if born is not None or due is not None:
        dates = diary.Dates(now().date(), due=parse_day(due, "--due"), **born_dates(born))
    place = parse_locale(locale) if locale is not None else None
    with open_repo(db) as repo:
        record = diary.add_profile(
            repo, name, age, sex, pregnant=pregnant, lactating=lactating, born=dates
        )
        if place is not None:
            diary.set_profile_locale(repo, record, place)
    if as_json:
        emit_json(profile_json(record))
    else:
        typer.echo(f"Added profile {record.name}.")


@profile_app.command("list")
def profile_list(db: DbOption = None, as_json: JsonOption = False) -> None:
    """List the profiles; * marks the current one.

    Example: crampcheck profile list
    """
    from crampcheck.services import diary

    with open_repo(db, write=False) as repo:
        records = repo.list_profiles()
        current = repo.get_setting(diary.CURRENT_PROFILE)
    if as_json:
        emit_json([profile_json(r) | {"current": r.name == current} for r in records])
        return
    if not records:
        typer.echo("No profiles yet. Add one: crampcheck profile add NAME --age N --sex S")
    for record in records:
        mark = "*" if record.name == current else " "
        p = record.profile
        extra = " pregnant" if p.pregnant else " lactating" if p.lactating else ""
        typer.echo(f"{mark} {record.name}: {p.age_years:g} y, {p.sex.value}{extra}")


@profile_app.command("locale")
def profile_locale(
    locale: Annotated[str, typer.Argument(help="en-US, en-GB, en-AU or en-CA.")],
    profile: ProfileOption = None,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Set what food words and household sizes mean for a profile's diary.

    Example: crampcheck profile locale en-GB --profile ann
    """
    from crampcheck.services import diary

    with open_repo(db) as repo:
        person = diary.resolve_profile(repo, profile)
        place = diary.set_profile_locale(repo, person, locale)
    if as_json:
        emit_json({"profile": person.name, "locale": place.value})
    else:
        typer.echo(f"{person.name}: food words and sizes as in {place.value}.")


@profile_app.command("use")
def profile_use(
    name: Annotated[str, typer.Argument(help="The profile to use from now on.")],
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Make NAME the profile used when --profile is not given.

    Example: crampcheck profile use bob
    """
    from crampcheck.services import diary

    with open_repo(db) as repo:
        record = diary.use_profile(repo, name)
    if as_json:
        emit_json(profile_json(record) | {"current": True})
    else:
        typer.echo(f"Now using profile {record.name}.")


def _done(as_json: bool, record: object, message: str) -> None:
    if as_json:
        emit_json(jsonable(record))
    else:
        typer.echo(message)


@log_app.command("food")
def log_food(
    text: Annotated[str, typer.Argument(help="What you ate, in your own words.")],
    at: AtOption = None,
    profile: ProfileOption = None,
    locale: LocaleOption = None,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Log a meal; it is read into foods and grams that you can correct later.

    Example: crampcheck log food "porridge with milk and a banana" --at 2026-03-14T08:00
    """
    from crampcheck.core.locale import parse_locale
    from crampcheck.services import diary, my_foods

    when = parse_at(at)
    with open_repo(db) as repo:
        person = diary.resolve_profile(repo, profile, now().date())
        place = parse_locale(locale) if locale else diary.profile_locale(repo, person)
        analyze = my_foods.profile_analyzer(repo, person, place)
        entry = diary.log_food(repo, person, text, when, now(), analyze)
    known = sum(1 for item in entry.items if item.food_id or item.is_supplement)
    lines = [
        f"Logged food entry {entry.id} for {person.name}: "
        f"{known} of {len(entry.items)} items recognised."
    ]
    lines += [_taken_as(item) for item in entry.items]
    _done(as_json, entry, "\n".join(lines))


def _taken_as(item: Any) -> str:
    """One line saying what an item was taken as (or that it needs a look)."""
    if item.is_supplement:
        from crampcheck.core.nutrients import Nutrient
        from crampcheck.core.supplements import describe

        label = {
            Nutrient(key): value
            for key, value in item.nutrients.items()
            if value and key not in (Nutrient.ENERGY_KCAL.value, Nutrient.FAT_G.value)
        }
        return f"  {item.text}: supplement, counted as {describe(label) or 'its label amounts'}"
    if item.food_id is None:
        return f"  {item.text}: not understood (fix it with crampcheck diary fix)"
    counted = "" if item.nutrients else " - please check, not counted"
    return f"  {item.text}: {item.name} [{item.food_id}], {item.grams:g} g{counted}"


@log_app.command("fluid")
def log_fluid(
    amount: Annotated[
        str, typer.Argument(help="e.g. '500 ml', 'a pint of water', 'two mugs of tea'.")
    ],
    at: AtOption = None,
    profile: ProfileOption = None,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Log a drink, written as for intake; a pint follows the profile's locale (568 ml in en-GB).

    Example: crampcheck log fluid "500 ml water"
    Example: crampcheck log fluid "a mug of coffee"
    """
    from crampcheck.services import diary

    when = parse_at(at)
    with open_repo(db) as repo:
        person = diary.resolve_profile(repo, profile, now().date())
        entry = diary.log_fluid(repo, person, amount, when, now())
    _done(as_json, entry, f"Logged {entry.millilitres:g} ml {entry.kind} for {person.name}.")


@log_app.command("cramp")
def log_cramp(
    severity: Annotated[int, typer.Option("--severity", "-s", help="How bad, 0-10.")],
    duration: Annotated[float | None, typer.Option("--duration", help="Minutes it lasted.")] = None,
    count: Annotated[int, typer.Option("--count", help="How many cramps.")] = 1,
    sleep: Annotated[int | None, typer.Option("--sleep", help="Sleep disturbance, 0-10.")] = None,
    location: Annotated[str, typer.Option("--location", help="e.g. left calf.")] = "",
    trigger: Annotated[str, typer.Option("--trigger", help="What set it off.")] = "",
    notes: Annotated[str, typer.Option("--notes")] = "",
    at: AtOption = None,
    profile: ProfileOption = None,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Log a cramp episode (fields from the Sebo et al. 2019 cramp diary).

    Example: crampcheck log cramp --severity 7 --duration 3 --sleep 6 --location "left calf"
    """
    from crampcheck.core.diary import CrampEpisode
    from crampcheck.services import diary

    when = parse_at(at)
    episode = CrampEpisode(0, when, severity, count, duration, sleep, location, trigger, notes)
    with open_repo(db) as repo:
        person = diary.resolve_profile(repo, profile, now().date())
        stored = diary.log_cramp(repo, person, episode, now())
    _done(as_json, stored, f"Logged a cramp (severity {severity}) for {person.name}.")


@log_app.command("med")
def log_med(
    text: Annotated[str, typer.Argument(help="Medicine and dose, e.g. 'furosemide 40 mg'.")],
    started: Annotated[str | None, typer.Option("--started", help="YYYY-MM-DD")] = None,
    stopped: Annotated[str | None, typer.Option("--stopped", help="YYYY-MM-DD")] = None,
    changed: Annotated[
        str | None, typer.Option("--changed", help="YYYY-MM-DD: the day this dose started.")
    ] = None,
    notes: Annotated[str, typer.Option("--notes")] = "",
    profile: ProfileOption = None,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Start, change or stop a medicine; one course per medicine, with its history.

    Logging a medicine already taken updates its course instead of adding it twice.

    Example: crampcheck log med "furosemide 40 mg" --started 2026-01-02
    Example: crampcheck log med "furosemide 80 mg" --changed 2026-02-10
    Example: crampcheck log med furosemide --stopped 2026-03-01
    """
    from crampcheck.core.diary import MedicationEntry
    from crampcheck.services import diary

    entry = MedicationEntry(
        0, text, parse_day(started, "--started"), parse_day(stopped, "--stopped"), notes
    )
    with open_repo(db) as repo:
        person = diary.resolve_profile(repo, profile, now().date())
        stored = diary.log_medication(repo, person, entry, now(), parse_day(changed, "--changed"))
    from crampcheck.core.diary_text import describe_medicine

    _done(as_json, stored, f"Saved {describe_medicine(stored)} for {person.name}.")


@log_app.command("lab")
def log_lab(
    name: Annotated[str, typer.Argument(help="Test name, e.g. magnesium.")],
    value: Annotated[float, typer.Argument(help="The result.")],
    unit: Annotated[str, typer.Argument(help="Its unit, e.g. mmol/L.")],
    on: Annotated[str | None, typer.Option("--at", help="Date taken (YYYY-MM-DD).")] = None,
    profile: ProfileOption = None,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Log a lab result. A value impossible for its unit is refused; an unknown test is kept
    but flagged.

    Example: crampcheck log lab magnesium 0.68 mmol/L --at 2026-03-01
    """
    from crampcheck.core.diary import LabResult
    from crampcheck.services import diary

    clock = now()
    day = parse_day(on, "--at") or clock.date()
    with open_repo(db) as repo:
        person = diary.resolve_profile(repo, profile, now().date())
        stored = diary.log_lab(repo, person, LabResult(0, day, name, value, unit), clock)
    notes = diary.lab_notes(stored)
    if as_json:
        emit_json(jsonable(stored) | {"notes": notes})
        return
    typer.echo(f"Logged {name} {value:g} {unit} for {person.name}.")
    for note in notes:
        typer.echo(f"Note: {note}.", err=True)


@log_app.command("weight")
def log_weight(
    kg: Annotated[float, typer.Argument(help="Weight in kilograms.")],
    at: AtOption = None,
    profile: ProfileOption = None,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Log your weight (optional; some targets scale with it).

    Example: crampcheck log weight 71.5
    """
    from crampcheck.services import diary

    when = parse_at(at)
    with open_repo(db) as repo:
        person = diary.resolve_profile(repo, profile, now().date())
        stored = diary.log_weight(repo, person, kg, when, now())
    _done(as_json, stored, f"Logged {kg:g} kg for {person.name}.")
