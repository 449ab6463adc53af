"""`crampcheck foods search|top`."""

from __future__ import annotations

from typing import Annotated

import typer

from crampcheck.cli.app import foods_app

JsonOption = Annotated[bool, typer.Option("--json", help="Print one JSON document.")]


@foods_app.command("search")
def search(
    queries: Annotated[list[str], typer.Argument(help="Food names, e.g. banana 'black beans'.")],
    limit: Annotated[int, typer.Option("--limit", "-n", help="Results per query.")] = 10,
    as_json: JsonOption = False,
) -> None:
    """Find USDA foods by name (typos and everyday words welcome).

    Example:

        crampcheck foods search banana "pumpkin seeds" brocolli --limit 3
    """
    from crampcheck.cli.output import emit_json
    from crampcheck.cli.render import console, render_search
    from crampcheck.schemas.intake import match_to_json
    from crampcheck.services.foods import search_foods

    results = search_foods(queries, limit)
    if as_json:
        emit_json([{"query": q, "results": [match_to_json(m) for m in ms]} for q, ms in results])
    else:
        render_search(results, console())


@foods_app.command("top")
def top(
    nutrient: Annotated[str, typer.Argument(help="e.g. magnesium, potassium, vitamin_d, b12.")],
    per: Annotated[str, typer.Option("--per", help="Rank per 100g, portion or 100kcal.")] = "100g",
    limit: Annotated[int, typer.Option("--limit", "-n", help="How many foods.")] = 15,
    include_all: Annotated[
        bool,
        typer.Option(
            "--all", help="Include spices, powders, supplements, infant foods and brands."
        ),
    ] = False,
    as_json: JsonOption = False,
) -> None:
    """List the foods richest in a nutrient, per 100 g, per common portion or per 100 kcal.

    Example:

        crampcheck foods top magnesium --per portion --limit 10
    """
    from crampcheck.cli.output import emit_json, fail
    from crampcheck.cli.render import console, render_top
    from crampcheck.services.foods import Basis, resolve_nutrient, top_foods

    try:
        basis = Basis(per)
    except ValueError:
        fail("--per must be one of 100g, portion, 100kcal", as_json=as_json)
    key = resolve_nutrient(nutrient)
    rows = top_foods(key, basis, limit, include_all)
    if as_json:
        from crampcheck.schemas.foods import top_to_json

        emit_json(top_to_json(key, basis, rows))
    else:
        render_top(key, basis.value, rows, console())
