"""`crampcheck diary show --day`, `diary edit|delete KIND ID` (profiles too) and `diary undo`."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Annotated, Any

import typer

from crampcheck.cli.diary_common import (
    DbOption,
    JsonOption,
    ProfileOption,
    now,
    open_repo,
    parse_at,
    parse_day,
    profile_json,
)
from crampcheck.cli.diary_views import diary_app
from crampcheck.cli.output import emit_json
from crampcheck.errors import InputError
from crampcheck.schemas.diary import day_view_to_json, jsonable

if TYPE_CHECKING:
    from crampcheck.services.diary_edit import DayView

KindArg = Annotated[str, typer.Argument(help="food, fluid, cramp, med, lab, weight - or profile.")]
IdArg = Annotated[str, typer.Argument(help="The entry number (see diary show --day), or a name.")]


def print_day(view: DayView) -> None:
    """The day view as a table: time, kind and number (for edit/delete), what it was."""
    from rich.console import Console
    from rich.table import Table

    from crampcheck.core.diary_text import CLI_WORDS

    table = Table(title=f"{view.profile.name}, {view.day.isoformat()}")
    for column in ("time", "entry", "what"):
        table.add_column(column)
    for item in view.items:
        when = "-" if item.at is None else item.at.strftime("%H:%M")
        table.add_row(when, f"{CLI_WORDS[item.kind]} {item.id}", item.text)
        if item.kind == "food":
            for number, food in enumerate(getattr(item.entry, "items", ()), start=1):
                read = (
                    f"{food.name}, {food.grams:g} g"
                    if food.food_id and food.grams
                    else "not understood"
                )
                table.add_row("", "", f"  {number}. {food.text} → {read}")
    console = Console()
    if not view.items:
        console.print(f"Nothing logged on {view.day.isoformat()} for {view.profile.name}.")
        return
    console.print(table)
    console.print(
        "Change an entry: crampcheck diary edit KIND N --field value; "
        "remove it: crampcheck diary delete KIND N (undo: crampcheck diary undo)."
    )


def _changes(**values: Any) -> dict[str, Any]:
    return {key: value for key, value in values.items() if value is not None}


@diary_app.command("edit")
def diary_edit(
    kind: KindArg,
    entry: IdArg,
    at: Annotated[str | None, typer.Option("--at", help="New time (ISO date-time).")] = None,
    text: Annotated[str | None, typer.Option("--text", help="Food: new text.")] = None,
    amount: Annotated[
        str | None, typer.Option("--amount", help="Drink: e.g. '330 ml cola'.")
    ] = None,
    severity: Annotated[int | None, typer.Option("--severity", help="Cramp: 0-10.")] = None,
    duration: Annotated[float | None, typer.Option("--duration", help="Cramp: minutes.")] = None,
    count: Annotated[int | None, typer.Option("--count", help="Cramp: how many.")] = None,
    sleep: Annotated[int | None, typer.Option("--sleep", help="Cramp: sleep, 0-10.")] = None,
    location: Annotated[str | None, typer.Option("--location", help="Cramp: where.")] = None,
    trigger: Annotated[str | None, typer.Option("--trigger", help="Cramp: trigger.")] = None,
    notes: Annotated[str | None, typer.Option("--notes", help="Cramp, med, weight.")] = None,
    name: Annotated[str | None, typer.Option("--name", help="Med, lab, profile: name.")] = None,
    started: Annotated[str | None, typer.Option("--started", help="Med: YYYY-MM-DD.")] = None,
    stopped: Annotated[str | None, typer.Option("--stopped", help="Med: YYYY-MM-DD.")] = None,
    value: Annotated[float | None, typer.Option("--value", help="Lab: the result.")] = None,
    unit: Annotated[str | None, typer.Option("--unit", help="Lab: its unit.")] = None,
    taken: Annotated[str | None, typer.Option("--taken", help="Lab: date taken.")] = None,
    kg: Annotated[float | None, typer.Option("--kg", help="Weight in kg.")] = None,
    age: Annotated[float | None, typer.Option("--age", help="Profile: age in years.")] = None,
    born: Annotated[
        str | None, typer.Option("--born", help="Profile: birth year or date (1968, 1968-04-02).")
    ] = None,
    sex: Annotated[str | None, typer.Option("--sex", help="Profile: female or male.")] = None,
    pregnant: Annotated[
        bool | None, typer.Option("--pregnant/--not-pregnant", help="Profile.")
    ] = None,
    due: Annotated[str | None, typer.Option("--due", help="Profile: due date (pregnancy).")] = None,
    lactating: Annotated[
        bool | None, typer.Option("--lactating/--not-lactating", help="Profile.")
    ] = None,
    profile: ProfileOption = None,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Change an entry of any kind, or a profile; only the options you give change.

    Example: crampcheck diary edit cramp 7 --severity 5 --at 2026-03-14T03:00
    Example: crampcheck diary edit profile ann --born 1968 --name Ann
    """
    from crampcheck.core.diary import entry_kind
    from crampcheck.services import diary, diary_edit, my_foods

    clock = now()
    if kind.strip().lower() == "profile":
        with open_repo(db) as repo:
            record = diary.resolve_profile(repo, entry, now().date())
            changes = _changes(
                name=name,
                age=age,
                sex=sex,
                pregnant=pregnant,
                lactating=lactating,
                due_date=parse_day(due, "--due"),
                **_born(born),
            )
            stored = diary_edit.edit_profile(repo, record, changes, clock.date())
        if as_json:
            emit_json(profile_json(stored))
        else:
            typer.echo(f"Profile {stored.name} saved.")
        return
    which = entry_kind(kind)
    changes = _changes(
        at=None if at is None else parse_at(at),
        text=text,
        amount=amount,
        severity=severity,
        duration_min=duration,
        count=count,
        sleep=sleep,
        location=location,
        trigger=trigger,
        notes=notes,
        name=name,
        started=parse_day(started, "--started"),
        stopped=parse_day(stopped, "--stopped"),
        value=value,
        unit=unit,
        taken_on=parse_day(taken, "--taken"),
        kg=kg,
    )
    if age is not None or born or sex or pregnant is not None or due or lactating is not None:
        raise InputError("--age, --born, --sex, --pregnant, --due and --lactating are for profiles")
    with open_repo(db) as repo:
        person = diary.resolve_profile(repo, profile, now().date())
        analyze = my_foods.profile_analyzer(repo, person) if text is not None else None
        changed = diary_edit.edit_entry(
            repo, person, which, _number(entry), changes, clock, analyze
        )
    from crampcheck.core.diary_text import CLI_WORDS, describe

    if as_json:
        emit_json(jsonable(changed))
    else:
        typer.echo(f"Saved {CLI_WORDS[which]} {changed.id}: {describe(changed)}")


def _number(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise InputError(f"entry number {text!r} is not a number (see diary show --day)") from None


def _born(text: str | None) -> dict[str, Any]:
    dates = born_dates(text)
    return {f"birth_{key.replace('day', 'date')}": value for key, value in dates.items()}


def born_dates(text: str | None) -> dict[str, Any]:
    """``--born 1968`` → ``{"year": 1968}``; ``--born 1968-04-02`` → ``{"day": date(...)}``."""
    if text is None:
        return {}
    cleaned = text.strip()
    if cleaned.isdigit() and len(cleaned) == 4:
        return {"year": int(cleaned)}
    return {"day": parse_day(cleaned, "--born")}


@diary_app.command("delete")
def diary_delete(
    kind: KindArg,
    entry: IdArg,
    yes: Annotated[bool, typer.Option("--yes", help="Profile: confirm deleting it all.")] = False,
    profile: ProfileOption = None,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Delete one entry (undo with: crampcheck diary undo), or a whole profile (needs --yes).

    Example: crampcheck diary delete cramp 7
    Example: crampcheck diary delete profile bob --yes
    """
    from crampcheck.core.diary import entry_kind
    from crampcheck.core.diary_text import describe
    from crampcheck.services import diary, diary_edit

    if kind.strip().lower() == "profile":
        if not yes:
            raise InputError(
                f"deleting profile {entry!r} removes its whole diary and cannot be undone; "
                "add --yes to confirm"
            )
        with open_repo(db) as repo:
            record = diary.resolve_profile(repo, entry, now().date())
            diary_edit.delete_profile(repo, record)
        if as_json:
            emit_json({"deleted": profile_json(record)})
        else:
            typer.echo(f"Deleted profile {record.name} and its diary.")
        return
    which = entry_kind(kind)
    with open_repo(db) as repo:
        person = diary.resolve_profile(repo, profile, now().date())
        gone = diary_edit.delete_entry(repo, person, which, _number(entry))
    if as_json:
        emit_json({"deleted": jsonable(gone), "kind": which})
    else:
        typer.echo(f"Deleted {describe(gone)}. Undo with: crampcheck diary undo")


@diary_app.command("undo")
def diary_undo(
    profile: ProfileOption = None, db: DbOption = None, as_json: JsonOption = False
) -> None:
    """Put back the last entry you deleted.

    Example: crampcheck diary undo
    """
    from crampcheck.core.diary import kind_of
    from crampcheck.core.diary_text import CLI_WORDS, describe
    from crampcheck.services import diary, diary_edit

    with open_repo(db) as repo:
        person = diary.resolve_profile(repo, profile, now().date())
        restored = diary_edit.undo_delete(repo, person)
    if as_json:
        emit_json({"restored": jsonable(restored), "kind": kind_of(restored)})
    else:
        word = CLI_WORDS[kind_of(restored)]
        typer.echo(f"Restored {describe(restored)} (now {word} {restored.id}).")


def show_day(day_text: str, profile: str | None, db: str | None, as_json: bool) -> None:
    """``diary show --day``: every entry of that day, in time order."""
    from crampcheck.services import diary, diary_edit

    day = parse_day(day_text, "--day") if day_text != "today" else now().date()
    assert isinstance(day, date)
    with open_repo(db) as repo:
        person = diary.resolve_profile(repo, profile, now().date())
        view = diary_edit.day_view(repo, person, day)
    if as_json:
        emit_json(day_view_to_json(view, profile_json(view.profile)))
    else:
        print_day(view)
