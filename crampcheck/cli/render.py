"""Terminal rendering with rich: tables, % bars and coverage warnings."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from rich.console import Console
from rich.table import Table
from rich.text import Text

from crampcheck.core.intake import IntakeResult, ItemStatus, Status
from crampcheck.core.models import FoodMatch
from crampcheck.core.nutrients import CRAMP_NUTRIENTS, NUTRIENT_INFO, Nutrient
from crampcheck.schemas.intake import DISCLAIMER

if TYPE_CHECKING:
    from crampcheck.services.foods import TopFood

BAR_WIDTH = 10
STATUS_STYLE = {
    Status.LOW: "yellow",
    Status.ADEQUATE: "green",
    Status.ABOVE_UL: "red",
    Status.UNKNOWN: "dim",
}
STATUS_WORDS = {
    Status.LOW: "low",
    Status.ADEQUATE: "ok",
    Status.ABOVE_UL: "above limit",
    Status.UNKNOWN: "no data",
}
SHOWN = (*CRAMP_NUTRIENTS, Nutrient.VITAMIN_K_UG, Nutrient.VITAMIN_E_MG, Nutrient.ENERGY_KCAL)


def console() -> Console:
    return Console(highlight=False, soft_wrap=False)


def bar(percent: float | None) -> Text:
    """A 10-cell bar for 0–100 % followed by the percentage (▶ past 100 %)."""
    if percent is None:
        return Text("·" * BAR_WIDTH + "   —", style="dim")
    filled = min(BAR_WIDTH, round(percent / 100 * BAR_WIDTH))
    text = Text("█" * filled + "░" * (BAR_WIDTH - filled))
    text.append("▶" if percent > 100 else " ")
    text.append(f"{percent:4.0f}%")
    return text


def amount(value: float | None, unit: str) -> str:
    if value is None:
        return "no data"
    if unit == "g" and value >= 1000:
        return f"{value / 1000:.2f} L" if unit == "g" else f"{value:,.0f} {unit}"
    digits = 0 if value >= 100 else 1 if value >= 10 else 2
    return f"{value:,.{digits}f} {unit}"


def render_intake(result: IntakeResult, out: Console) -> None:
    out.print(_items_table(result))
    if result.supplements:
        out.print(_supplements_table(result))
    out.print(_nutrient_table(result))
    for warning in _coverage_warnings(result):
        out.print(f"[yellow]![/] {warning}")
    if result.unparsed:
        out.print("[bold]Not understood[/] (left out of the totals): " + "; ".join(result.unparsed))
    if result.targets is None:
        out.print("[dim]Add --age and --sex to compare with your own reference intakes.[/]")
    out.print(f"[dim]{DISCLAIMER}[/]")


def _items_table(result: IntakeResult) -> Table:
    table = Table(title="What you ate", title_justify="left", expand=False)
    table.add_column("You wrote", overflow="fold", max_width=32)
    table.add_column("Taken as (USDA)", overflow="fold", max_width=44)
    table.add_column("Grams", justify="right")
    table.add_column("Sure", justify="right")
    with_meals = any(item.meal or item.time for item in result.foods)
    if with_meals:
        table.add_column("Meal")
    for item in result.foods:
        grams = "—" if item.grams is None else f"{item.grams:,.0f}"
        name = item.name or "[yellow]not understood[/]"
        if item.food_id:
            name = f"{name} [dim]\\[{item.food_id}][/]"
        if item.status is ItemStatus.PLEASE_CHECK:
            name = f"[yellow]please check:[/] {name}"
        if item.warnings:
            name += "\n[yellow]" + "; ".join(item.warnings) + "[/]"
        row = [item.text, name, grams, f"{item.confidence:.0%}"]
        if with_meals:
            row.append(meal_label(item.meal, item.time))
        table.add_row(*row)
    return table


def meal_label(meal: str | None, time: str | None) -> str:
    """ "breakfast, 7am", "lunch", "at 3" or "—" (what the diary said about when)."""
    if meal and time:
        return f"{meal}, {time}"
    return meal or (f"at {time}" if time else "—")


def _supplements_table(result: IntakeResult) -> Table:
    """Supplements apart from food: what was written and what it was counted as."""
    table = Table(title="Supplements", title_justify="left", expand=False)
    table.add_column("You wrote", overflow="fold", max_width=40)
    table.add_column("Counted as", overflow="fold", max_width=60)
    for item in result.supplements:
        counted = item.explanation or ""
        if item.warnings:
            counted += "\n[yellow]" + "; ".join(item.warnings) + "[/]"
        table.add_row(item.text, counted)
    return table


def _nutrient_table(result: IntakeResult) -> Table:
    title = "Nutrients"
    if result.targets is not None and result.profile is not None:
        stage = next(iter(result.targets.values())).dri.life_stage
        title = f"Nutrients vs your reference intakes ({stage})"
    table = Table(title=title, title_justify="left")
    table.add_column("Nutrient")
    table.add_column("Total", justify="right", no_wrap=True)
    table.add_column("Target", justify="right", no_wrap=True)
    table.add_column("% of target", no_wrap=True)
    table.add_column("Status", no_wrap=True)
    table.add_column("Known", justify="right", no_wrap=True)
    if result.supplements:
        table.add_column("Suppl.", justify="right", no_wrap=True)
    for nutrient in SHOWN:
        table.add_row(*_nutrient_row(result, nutrient))
    return table


def _nutrient_row(result: IntakeResult, nutrient: Nutrient) -> list[str | Text]:
    row = _food_and_supplement_row(result, nutrient)
    if result.supplements:
        unit = "g" if nutrient is Nutrient.WATER_G else NUTRIENT_INFO[nutrient].unit
        part = result.totals_from_supplements.get(nutrient)
        row.append("" if part is None else amount(part, unit))
    return row


def _food_and_supplement_row(result: IntakeResult, nutrient: Nutrient) -> list[str | Text]:
    info = NUTRIENT_INFO[nutrient]
    unit = "g" if nutrient is Nutrient.WATER_G else info.unit
    coverage = result.coverage[nutrient]
    known = f"{coverage.known}/{coverage.of}"
    target = result.targets.get(nutrient) if result.targets else None
    if target is None:
        return [info.label, amount(result.totals[nutrient], unit), "", "", "", known]
    status = Text(STATUS_WORDS[target.status], style=STATUS_STYLE[target.status])
    return [
        info.label,
        amount(target.total, unit),
        amount(target.dri.target, unit),
        bar(target.percent),
        status,
        known,
    ]


def _coverage_warnings(result: IntakeResult) -> list[str]:
    warnings = []
    for nutrient in CRAMP_NUTRIENTS:
        coverage = result.coverage[nutrient]
        if coverage.of and coverage.known < coverage.of:
            label = NUTRIENT_INFO[nutrient].label
            warnings.append(
                f"{label} known for {coverage.known} of {coverage.of} items: the total "
                "is a lower bound"
            )
    return warnings


def render_search(results: Sequence[tuple[str, Sequence[FoodMatch]]], out: Console) -> None:
    for query, matches in results:
        table = Table(title=f"“{query}”", title_justify="left")
        table.add_column("NDB")
        table.add_column("Food", overflow="fold")
        table.add_column("Score", justify="right")
        for match in matches:
            table.add_row(match.food_id, match.name, f"{match.score:.2f}")
        if not matches:
            table.add_row("", "[yellow]no match — try another word[/]", "")
        out.print(table)


SOURCE_LABELS = {"sr24": "SR24", "fndds-2021-2023": "FNDDS"}


def render_top(nutrient: Nutrient, basis: str, rows: Sequence[TopFood], out: Console) -> None:
    info = NUTRIENT_INFO[nutrient]
    table = Table(
        title=f"Foods richest in {info.label.lower()} (ranked per {basis})", title_justify="left"
    )
    columns = ("Id", "Food", "Source", "per 100 g", "Usual portion", "per portion", "per 100 kcal")
    for column in columns:
        table.add_column(
            column,
            justify="left" if column in ("Id", "Food", "Source", "Usual portion") else "right",
            overflow="fold",
        )
    for row in rows:
        table.add_row(
            row.food_id,
            row.name,
            SOURCE_LABELS.get(row.source, row.source),
            amount(row.per_100g, info.unit),
            row.portion or "—",
            amount(row.per_portion, info.unit) if row.per_portion else "—",
            amount(row.per_100kcal, info.unit) if row.per_100kcal else "—",
        )
    out.print(table)
    out.print(
        "[dim]Foods as eaten (USDA FNDDS) per usual portion; spices, powders, supplements, "
        "infant foods, brands, dry grains and ingredient-only foods (USDA SR24) are skipped; "
        "add --all to include them.[/]"
    )
