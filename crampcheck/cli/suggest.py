"""`crampcheck suggest`: a few everyday foods that close the low nutrients of a diary."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from crampcheck.cli.app import app
from crampcheck.cli.options import Age, DiaryText, Json, Lactating, Pregnant, Sex, read_diary_text

if TYPE_CHECKING:
    from rich.console import Console

    from crampcheck.core.suggest import Suggestion


@app.command()
def suggest(
    text: DiaryText = None,
    age: Age = None,
    sex: Sex = None,
    pregnant: Pregnant = False,
    lactating: Lactating = False,
    vegan: Annotated[bool, typer.Option("--vegan", help="Only vegan foods.")] = False,
    vegetarian: Annotated[bool, typer.Option("--vegetarian", help="No meat or fish.")] = False,
    pescatarian: Annotated[bool, typer.Option("--pescatarian", help="No meat.")] = False,
    avoid: Annotated[
        list[str] | None,
        typer.Option(
            "--avoid",
            help="An allergy group (dairy, egg, fish, shellfish, nuts, peanuts, soy, gluten) or "
            "any food word to leave out; repeat for more.",
        ),
    ] = None,
    ckd: Annotated[
        bool, typer.Option("--ckd", help="Chronic kidney disease: never push potassium.")
    ] = False,
    potassium_sparing: Annotated[
        bool,
        typer.Option(
            "--potassium-sparing", help="On a potassium-sparing drug: never push potassium."
        ),
    ] = False,
    warfarin: Annotated[
        bool, typer.Option("--warfarin", help="On warfarin: keep vitamin K steady.")
    ] = False,
    heavy_sweating: Annotated[
        bool, typer.Option("--heavy-sweating", help="Heavy sweat losses: sodium may be added.")
    ] = False,
    max_foods: Annotated[
        int, typer.Option("--max-foods", help="Most different foods to suggest (1-8).")
    ] = 4,
    energy_budget: Annotated[
        float,
        typer.Option(
            "--energy-budget", help="Most kcal the suggested foods may add (default 800)."
        ),
    ] = 800.0,
    as_json: Json = False,
) -> None:
    """Suggest 2-4 everyday foods, in usual portions, that bring low nutrients up to target.

    Example:

        crampcheck suggest "toast with butter, a ham sandwich, pasta" --age 45 --sex female --vegan
    """
    from crampcheck.cli.output import emit_json, fail
    from crampcheck.core.models import make_profile
    from crampcheck.core.suggest import make_constraints

    text = read_diary_text(text, "suggest", as_json)
    if age is None or sex is None:
        fail("give --age and --sex: suggestions need your reference intakes", as_json=as_json)
    diets = [name for name, on in _diets(vegan, vegetarian, pescatarian) if on]
    if len(diets) > 1:
        fail("choose one of --vegan, --vegetarian, --pescatarian", as_json=as_json)
    profile = make_profile(age, sex, pregnant=pregnant, lactating=lactating)
    constraints = make_constraints(
        diet=diets[0] if diets else None,
        avoid=avoid or (),
        ckd=ckd,
        potassium_sparing=potassium_sparing,
        warfarin=warfarin,
        heavy_sweating=heavy_sweating,
        max_foods=max_foods,
        energy_budget_kcal=energy_budget,
    )
    from crampcheck.services.suggest import suggest as run

    result = run(text, profile, constraints)
    if as_json:
        from crampcheck.schemas.suggest import suggestion_to_json

        emit_json(suggestion_to_json(result))
    else:
        from crampcheck.cli.render import console

        render_suggestion(result, console())


def _diets(vegan: bool, vegetarian: bool, pescatarian: bool) -> list[tuple[str, bool]]:
    return [("vegan", vegan), ("vegetarian", vegetarian), ("pescatarian", pescatarian)]


def render_suggestion(result: Suggestion, out: Console) -> None:
    """The foods and portions, before → after per nutrient, remaining gaps and notes."""
    from rich.table import Table

    from crampcheck.cli.render import amount, bar
    from crampcheck.core.nutrients import NUTRIENT_INFO
    from crampcheck.schemas.intake import DISCLAIMER

    if result.suggestions:
        foods = Table(title="Add to your day", title_justify="left")
        foods.add_column("Food (USDA)", overflow="fold", max_width=56)
        foods.add_column("Portion", overflow="fold")
        foods.add_column("Grams", justify="right")
        for s in result.suggestions:
            foods.add_row(f"{s.name} [dim]\\[{s.food_id}][/]", s.portion, f"{s.grams:g}")
        out.print(foods)
    else:
        out.print("[bold]No foods to add.[/]")
    table = Table(title="Before → after", title_justify="left")
    for column in ("Nutrient", "Before", "After", "Target", "% after"):
        table.add_column(column, justify="left" if column == "Nutrient" else "right")
    for nutrient, before in result.targets_before.items():
        unit = NUTRIENT_INFO[nutrient].unit
        after = result.targets_after.get(nutrient)
        table.add_row(
            NUTRIENT_INFO[nutrient].label,
            amount(before.total, unit),
            amount(after.total if after else None, unit),
            amount(before.dri.target, unit),
            bar(after.percent if after else None),
        )
    out.print(table)
    for gap in result.remaining_gaps:
        out.print(f"[yellow]Gap left[/] {gap.why}")
    for note in result.notes:
        out.print(f"[dim]•[/] {note}")
    out.print(f"[dim]{DISCLAIMER}[/]")
