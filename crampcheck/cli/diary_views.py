"""`crampcheck diary show|fix`, `trends`, `export`, `import` and `db upgrade|backup`."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from crampcheck.cli.app import app
from crampcheck.cli.diary_common import (
    DbOption,
    FromOption,
    JsonOption,
    ProfileOption,
    ToOption,
    now,
    open_repo,
    parse_day,
    profile_json,
)
from crampcheck.cli.output import emit_json
from crampcheck.errors import InputError
from crampcheck.schemas.diary import diary_view_to_json, jsonable, trends_to_json

if TYPE_CHECKING:
    from crampcheck.services.diary import DiaryView, Trends

DEFAULT_PAGE_LIMIT = 500
"""Entries of each kind ``diary show`` prints at most (``--limit``, ``--page``)."""

diary_app = typer.Typer(
    help="Show and correct what you have logged: a day view, edit, delete and undo.",
    epilog="Examples: crampcheck diary show --day today · crampcheck diary edit cramp 7 "
    "--severity 5 · crampcheck diary delete food 12 · crampcheck diary undo",
)
db_app = typer.Typer(
    help="Look after the diary database.",
    epilog="Examples: crampcheck db upgrade · crampcheck db backup ~/crampcheck-copy.db",
)
app.add_typer(diary_app, name="diary", no_args_is_help=True)
app.add_typer(db_app, name="db", no_args_is_help=True)


def _view_json(view: DiaryView) -> dict[str, Any]:
    return diary_view_to_json(view, profile_json(view.profile))


def _print_view(view: DiaryView) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"Diary of {view.profile.name}", show_lines=False)
    for column in ("when", "what", "details"):
        table.add_column(column)
    from crampcheck.services.imports import source_label

    rows: list[tuple[str, str, str]] = []
    for food in view.food:
        items = "; ".join(
            f"{i + 1}. {item.text} (supplement)"
            if item.is_supplement
            else f"{i + 1}. {item.name or '?'} "
            + ("? g" if item.grams is None else f"{item.grams:g} g")
            + (" (corrected)" if item.corrected else "")
            + (f" (from {source_label(item.source)})" if item.source else "")
            for i, item in enumerate(food.items)
        )
        rows.append(
            (food.at.isoformat(timespec="minutes"), f"food #{food.id}", f"{food.text} → {items}")
        )
    for fluid in view.fluids:
        rows.append(
            (
                fluid.at.isoformat(timespec="minutes"),
                "drink",
                f"{fluid.millilitres:g} ml {fluid.kind}",
            )
        )
    for cramp in view.cramps:
        detail = f"severity {cramp.severity}, ×{cramp.count}"
        if cramp.duration_min is not None:
            detail += f", {cramp.duration_min:g} min"
        if cramp.sleep is not None:
            detail += f", sleep {cramp.sleep}/10"
        if cramp.location:
            detail += f", {cramp.location}"
        rows.append((cramp.at.isoformat(timespec="minutes"), "cramp", detail))
    for lab in view.labs:
        rows.append((lab.taken_on.isoformat(), "lab", f"{lab.name} {lab.value:g} {lab.unit}"))
    for weight in view.weights:
        rows.append((weight.at.isoformat(timespec="minutes"), "weight", f"{weight.kg:g} kg"))
    for row in sorted(rows):
        table.add_row(*row)
    console = Console()
    console.print(table)
    for med in view.medications:
        span = f"{med.started or '?'} to {med.stopped or 'now'}"
        console.print(f"Medicine: {med.name} ({span})")


@diary_app.command("show")
def diary_show(
    start: FromOption = None,
    end: ToOption = None,
    search: Annotated[
        str | None, typer.Option("--search", help="Only food entries containing this text.")
    ] = None,
    limit: Annotated[
        int, typer.Option("--limit", help="Most entries of each kind on a page.", min=1)
    ] = DEFAULT_PAGE_LIMIT,
    page: Annotated[int, typer.Option("--page", help="Which page, from 1.", min=1)] = 1,
    day: Annotated[
        str | None,
        typer.Option("--day", help="One day (YYYY-MM-DD or 'today'), every entry in time order."),
    ] = None,
    profile: ProfileOption = None,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Show everything logged between two dates (inclusive), a page at a time, or one day with
    entry numbers.

    Example: crampcheck diary show --from 2026-03-01 --to 2026-03-14 --search banana
    Example: crampcheck diary show --day 2026-03-14
    """
    from crampcheck.services import diary

    if day is not None:
        if start or end or search:
            raise InputError("--day cannot be combined with --from, --to or --search")
        from crampcheck.cli.diary_edit import show_day

        show_day(day, profile, db, as_json)
        return

    with open_repo(db, write=False) as repo:
        person = diary.resolve_profile(repo, profile, now().date())
        view = diary.show_diary(
            repo,
            person,
            parse_day(start, "--from"),
            parse_day(end, "--to"),
            search,
            limit=limit,
            page=page,
        )
    if as_json:
        emit_json(_view_json(view))
        return
    _print_view(view)
    if view.more:
        typer.echo(f"There is more: add --page {view.page + 1} to see the next page.")


@diary_app.command("fix")
def diary_fix(
    entry: Annotated[int, typer.Argument(help="Food entry number (see diary show).")],
    item: Annotated[int, typer.Argument(help="Item number within the entry, from 1.")],
    grams: Annotated[float | None, typer.Option("--grams", help="The right weight.")] = None,
    food: Annotated[
        str | None,
        typer.Option(
            "--food",
            help="The right food: a USDA food id, or one of your foods or recipes (its MY… id "
            "from 'foods list', or its name).",
        ),
    ] = None,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Correct one parsed item of a food entry (its weight and/or which food it is).

    A new --food is remembered: later diaries of this profile read the same words as that
    food ("your choice"; see crampcheck foods list, forget it with crampcheck foods remove).
    One of your foods with a serving gives an item without a weight one serving.

    Example: crampcheck diary fix 12 2 --grams 150 --food 09040
    Example: crampcheck diary fix 12 1 --food MY725EB0AE0D6F --grams 250
    Example: crampcheck diary fix 12 1 --food "my usual breakfast"
    """
    from crampcheck.services import my_foods

    if grams is None and food is None:
        raise InputError("give --grams and/or --food")
    with open_repo(db) as repo:
        fixed = my_foods.fix_and_remember(repo, entry, item, grams=grams, food_id=food)
    chosen = fixed.items[item - 1]
    _message = f"Item {item} of entry {entry} is now {chosen.grams:g} g {chosen.name}."
    if as_json:
        emit_json(jsonable(fixed))
    else:
        typer.echo(_message)


def _fmt(value: float | None, digits: int = 1) -> str:
    return "-" if value is None else f"{value:,.{digits}f}"


def measure_label(key: str) -> tuple[str, str]:
    """A nutrient key or ``fluid_ml`` → its plain label and unit ("Magnesium", "mg")."""
    from crampcheck.core.nutrients import NUTRIENT_INFO, Nutrient

    if key == "fluid_ml":
        return "Drinks logged", "ml"
    try:
        info = NUTRIENT_INFO[Nutrient(key)]
    except ValueError:
        return key.replace("_", " ").capitalize(), ""
    return info.label, info.unit


def _amount(value: float | None, unit: str) -> str:
    if value is None:
        return "-"
    digits = 0 if abs(value) >= 100 else 1 if abs(value) >= 10 else 2
    return f"{value:,.{digits}f} {unit}".strip()


def _print_trends(report: Trends, sources: list[tuple[str, int]]) -> None:
    from rich.console import Console
    from rich.table import Table

    from crampcheck.services.imports import sources_sentence

    console = Console()
    console.print(
        f"Trends for {report.profile.name}, {report.start:%d %b %Y} to {report.end:%d %b %Y}: "
        f"{report.days_with_food} days with food logged, "
        f"{report.days_with_cramps} cramp nights."
    )
    if sentence := sources_sentence(sources):
        console.print(sentence)
    averages = Table(title="Average daily intake (days with food logged)")
    columns = ["nutrient", "average", "target", "% of target", "days known"]
    taken = any(a.mean_from_supplements is not None for a in report.averages)
    if taken:
        columns[2:2] = ["from food", "from supplements"]
    for column in columns:
        averages.add_column(column)
    for a in report.averages:
        label, unit = measure_label(a.nutrient)
        parts = [_amount(a.mean_from_food, unit), _amount(a.mean_from_supplements, unit)]
        averages.add_row(
            label,
            _amount(a.mean, unit),
            *(parts if taken else []),
            _amount(a.target, unit),
            ("-" if a.percent is None else f"{a.percent:.0f}%")
            + (" above limit" if a.above_upper_limit else ""),
            f"{a.days_known} of {a.days_logged}",
        )
    console.print(averages)
    for a in report.averages:
        if a.upper_limit_note:
            console.print(f"! {a.upper_limit_note}", style="red", markup=False, highlight=False)
    w = report.water
    if w.total_ml is None:
        console.print(w.note)
    else:
        console.print(
            f"Water a day: {_amount(w.total_ml, 'ml')} in total = "
            f"{_amount(w.from_food_ml, 'ml')} from foods and drinks logged as food + "
            f"{_amount(w.logged_drinks_ml, 'ml')} from drinks logged on their own "
            f"({w.days} days)."
        )
    weeks = Table(title="Cramps by week (a cramp before noon counts for the night before)")
    for column in ("week of", "cramp nights", "cramps", "mean severity", "worst"):
        weeks.add_column(column)
    for week in report.weeks:
        weeks.add_row(
            f"{week.week_start:%d %b}",
            f"{week.cramp_nights} of {week.days}",
            str(week.cramps),
            _fmt(week.mean_severity),
            "-" if week.max_severity is None else str(week.max_severity),
        )
    console.print(weeks)
    comparisons = Table(title="Cramp days vs other days (difference with 95% interval)")
    for column in ("measure", "days", "cramp days", "other days", "difference [95% CI]", "verdict"):
        comparisons.add_column(column)
    for c in report.comparisons:
        label, unit = measure_label(c.measure)
        low, high = _amount(c.ci_low, ""), _amount(c.ci_high, "")
        ci = "-" if c.ci_low is None else f"{_amount(c.difference, unit)} [{low}, {high}]"
        comparisons.add_row(
            label,
            f"{c.cramp_days} + {c.other_days}",
            _amount(c.cramp_mean, unit),
            _amount(c.other_mean, unit),
            ci,
            c.verdict,
        )
    console.print(comparisons)
    m = report.medication_changes
    console.print(
        f"Within 14 days of a medicine change: {m.after_change_days} days; other days: "
        f"{m.other_days}; {m.verdict}."
    )
    console.print("These are associations in your own diary, not causes or a diagnosis.")


DAILY_NUTRIENTS = ("magnesium_mg", "potassium_mg", "calcium_mg", "vitamin_d_ug")
"""The nutrients ``trends --daily`` shows by default (supplements usually give these)."""


def _print_daily(report: Trends, nutrient: str | None) -> None:
    """``trends --daily``: one row per day with food logged, food + supplements per nutrient."""
    from rich.console import Console
    from rich.table import Table

    keys = (nutrient,) if nutrient else DAILY_NUTRIENTS
    table = Table(title="Each day: from food + from supplements = in all")
    table.add_column("day")
    for key in keys:
        label, unit = measure_label(key)
        table.add_column(f"{label} ({unit})")
    cells: dict[str, dict[str, str]] = {}
    for point in report.daily:
        if point.nutrient in keys:
            food, taken = _amount(point.from_food, ""), _amount(point.from_supplements, "")
            total = _amount(point.total, "")
            text = total if point.from_supplements is None else f"{food} + {taken} = {total}"
            cells.setdefault(point.day.isoformat(), {})[point.nutrient] = text
    for day, row in cells.items():
        table.add_row(day, *(row.get(key, "-") for key in keys))
    Console().print(table)


def _daily_nutrient(word: str | None) -> str | None:
    """``--nutrient magnesium`` → ``magnesium_mg`` (the words ``diary sources`` reads)."""
    if word is None:
        return None
    from crampcheck.services.sources import nutrient_named

    return nutrient_named(word).value


@app.command("trends")
def trends(
    start: FromOption = None,
    end: ToOption = None,
    daily: Annotated[
        bool,
        typer.Option(
            "--daily", help="Each day's intake, food and supplements apart (instead of averages)."
        ),
    ] = False,
    nutrient: Annotated[
        str | None,
        typer.Option("--nutrient", help="With --daily: one nutrient (magnesium, vitamin D...)."),
    ] = None,
    profile: ProfileOption = None,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Average intake against your targets (food and supplements apart), cramps by week, and
    cramp days vs other days; --daily shows each day.

    Example: crampcheck trends --from 2026-01-01 --to 2026-03-31
    Example: crampcheck trends --daily --nutrient magnesium
    """
    from crampcheck.services import diary
    from crampcheck.services.imports import food_sources

    if nutrient is not None and not daily:
        raise InputError("--nutrient goes with --daily (crampcheck trends --daily --nutrient NAME)")
    clock = now()
    with open_repo(db, write=False) as repo:
        person = diary.resolve_profile(repo, profile, now().date())
        report = diary.trends(
            repo, person, parse_day(start, "--from"), parse_day(end, "--to"), clock.date()
        )
        sources = food_sources(repo, person, report.start, report.end)
    key = _daily_nutrient(nutrient)
    if as_json:
        emit_json(trends_to_json(report, profile_json(report.profile), sources))
    elif daily:
        _print_daily(report, key)
    else:
        _print_trends(report, sources)


@app.command("export")
def export(
    fmt: Annotated[str, typer.Option("--format", "-f", help="json or csv.")] = "json",
    output: Annotated[Path | None, typer.Option("-o", "--output", help="File to write.")] = None,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Export every profile and diary as JSON or CSV (stdout unless -o FILE).

    Example: crampcheck export --format csv -o diary.csv
    """
    from crampcheck.services import transfer

    if fmt not in ("json", "csv"):
        raise InputError(f"--format must be json or csv, not {fmt!r}")
    with open_repo(db, write=False, allow_newer=True) as repo:
        document = transfer.export_document(repo)
    data = transfer.to_json(document) if fmt == "json" else transfer.to_csv(document)
    if output is None:
        typer.echo(data, nl=False)
        return
    try:
        output.write_text(data, encoding="utf-8")
    except OSError as error:
        raise InputError(f"cannot write {output}: {error.strerror or error}") from error
    if as_json:
        emit_json({"file": str(output), "format": fmt, "profiles": len(document.profiles)})
    else:
        typer.echo(f"Exported {len(document.profiles)} profile(s) to {output}.")


@app.command("import")
def import_(
    file: Annotated[
        Path,
        typer.Argument(
            help="A crampcheck JSON or CSV export, a Cronometer servings.csv, a MyFitnessPal "
            "nutrition CSV, an Apple Health export.zip or export.xml, or a FHIR Bundle or "
            "Observation (JSON)."
        ),
    ],
    profile: ProfileOption = None,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Import an export; nothing is stored if any record is refused.

    Every record is checked before the first one is written, and all are written in one
    transaction. A profile that already exists must have the same age, sex and pregnancy.
    Entries already there (same stable id) are skipped, so importing a file twice changes
    nothing; an entry whose id is stored with other contents is reported as a conflict. Other
    apps' files (Cronometer, MyFitnessPal, Apple Health, FHIR) go into --profile (or the current
    profile); importing one twice adds nothing (see docs/import.md).

    Example: crampcheck import diary.json --db sqlite:///new.db
    Example: crampcheck import servings.csv --profile ann
    """
    from rich.progress import Progress

    from crampcheck.cli.import_other import import_other, recognised
    from crampcheck.services import transfer

    if recognised(file) is not None:
        import_other(file, profile, db, as_json)
        return

    try:  # bytes, not text mode: a CR or CRLF inside a CSV cell must stay as it is
        text = file.read_bytes().decode("utf-8")
    except OSError as error:
        raise InputError(f"cannot read {file}: {error.strerror or error}") from error
    except UnicodeDecodeError as error:
        raise InputError(f"{file} is not UTF-8 text (byte {error.start})") from error
    document = transfer.parse_export(text)
    with open_repo(db) as repo, Progress(transient=True, disable=as_json) as bar:
        task = bar.add_task("Importing", total=None)

        def step(done: int, total: int) -> None:
            bar.update(task, completed=done, total=total)

        summary = transfer.import_records(repo, document, now(), step)
    if as_json:
        emit_json(
            {
                "imported": summary.added,
                "unchanged": summary.unchanged,
                "conflicts": list(summary.conflicts),
                "profiles": summary.profiles,
            }
        )
        return
    typer.echo(
        f"Imported {summary.added} new entries for {summary.profiles} profile(s); "
        f"{summary.unchanged} were already there."
    )
    for conflict in summary.conflicts:
        typer.echo(f"Conflict: {conflict}", err=True)


@db_app.command("upgrade")
def db_upgrade(db: DbOption = None, as_json: JsonOption = False) -> None:
    """Create the diary database or bring it up to the newest schema.

    Example: crampcheck db upgrade --db postgresql+psycopg://cramp:cramp@localhost/cramp
    """
    from crampcheck.config import database_url
    from crampcheck.storage.engine import current_revision, open_engine, upgrade
    from crampcheck.storage.location import check_contents

    engine = open_engine(database_url(db))
    try:
        check_contents(engine)
        before = current_revision(engine)
        upgrade(engine)
        after = current_revision(engine)
    finally:
        engine.dispose()
    if as_json:
        emit_json({"from": before, "to": after})
    else:
        typer.echo(f"Database at revision {after} (was {before or 'empty'}).")


@db_app.command("backup")
def db_backup(
    target: Annotated[Path, typer.Argument(help="New file for the copy.")],
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Write a consistent copy of the SQLite diary (safe while crampcheck is in use).

    Example: crampcheck db backup ~/crampcheck-2026-03-14.db
    """
    from crampcheck.storage.backup import backup

    with open_repo(db, write=False, allow_newer=True) as repo:
        written = backup(repo.engine, target)
    if as_json:
        emit_json({"file": str(written)})
    else:
        typer.echo(f"Backed up to {written}.")
