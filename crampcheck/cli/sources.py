"""`crampcheck diary sources NUTRIENT` and the table `intake --sources NUTRIENT` prints."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from crampcheck.cli.diary_common import (
    DbOption,
    FromOption,
    JsonOption,
    ProfileOption,
    ToOption,
    now,
    open_repo,
    parse_day,
)
from crampcheck.cli.diary_views import diary_app
from crampcheck.cli.output import emit_json

if TYPE_CHECKING:
    from rich.table import Table

    from crampcheck.core.sources import NutrientSources

SOURCES_HELP = "Also list the items that gave most of this nutrient (e.g. magnesium, sodium)."
LimitOption = Annotated[
    int, typer.Option("--limit", help="How many items to list.", min=1, max=100)
]


def sources_table(sources: NutrientSources) -> Table:
    """Rank, item as written, food it was taken as, meal, amount and share of the total."""
    from rich.table import Table

    from crampcheck.core.nutrients import NUTRIENT_INFO

    info = NUTRIENT_INFO[sources.nutrient]
    total = "unknown" if sources.total is None else f"{sources.total:,.1f} {info.unit}"
    table = Table(
        title=f"Where your {info.label.lower()} came from ({total})", title_justify="left"
    )
    for column in ("#", "You wrote", "Taken as", "Meal / day", "Amount", "Share"):
        table.add_column(column, justify="right" if column in ("#", "Amount", "Share") else "left")
    for rank, row in enumerate(sources.rows, start=1):
        when = " ".join(part for part in (row.day, row.meal) if part) or "—"
        food = row.taken_as
        table.add_row(
            str(rank), row.text, food, when, f"{row.amount:,.1f} {info.unit}", f"{row.share:.0f} %"
        )
    if sources.other_items:
        table.add_row(
            "", f"{sources.other_items} other items", "", "",
            f"{sources.other_amount:,.1f} {info.unit}", "",
        )  # fmt: skip
    if sources.unknown_items:
        table.caption = (
            f"{sources.unknown_items} item(s) have no {info.label.lower()} value: "
            "the total is at least this"
        )
    return table


@diary_app.command("sources")
def diary_sources_command(
    nutrient: Annotated[str, typer.Argument(help="magnesium, potassium, calcium, sodium, ...")],
    start: FromOption = None,
    end: ToOption = None,
    limit: LimitOption = 5,
    profile: ProfileOption = None,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Which logged foods gave most of a nutrient (between two dates, inclusive).

    Example: crampcheck diary sources magnesium --from 2026-03-01 --to 2026-03-07
    Example: crampcheck diary sources sodium --limit 10 --json
    """
    from crampcheck.services import diary
    from crampcheck.services.sources import nutrient_named, stored_sources

    wanted = nutrient_named(nutrient)
    with open_repo(db, write=False) as repo:
        person = diary.resolve_profile(repo, profile, now().date())
        found = stored_sources(
            repo, person, parse_day(start, "--from"), parse_day(end, "--to"), wanted, limit=limit
        )
    if as_json:
        from crampcheck.schemas.sources import sources_to_json

        emit_json(sources_to_json(found))
        return
    from crampcheck.cli.render import console

    console().print(sources_table(found))
