"""`crampcheck foods add|recipe|list|remove`: a profile's own foods, recipes and choices."""

from __future__ import annotations

from typing import Annotated

import typer

from crampcheck.cli.app import foods_app
from crampcheck.cli.diary_common import DbOption, JsonOption, ProfileOption, now, open_repo
from crampcheck.cli.output import emit_json
from crampcheck.core.my_foods import FoodChoice, MyFood
from crampcheck.errors import InputError
from crampcheck.schemas.my_foods import my_food_to_json, my_foods_to_json

MAX_AMOUNTS = 40

Amounts = Annotated[
    list[str] | None,
    typer.Argument(help="Label amounts as NUTRIENT=AMOUNT, e.g. energy=210 magnesium=64."),
]


def parse_amounts(pairs: list[str]) -> dict[str, object]:
    """ "magnesium=64" "energy_kcal=210" → contract keys and numbers (clear errors otherwise)."""
    from crampcheck.services.foods import resolve_nutrient

    if len(pairs) > MAX_AMOUNTS:
        raise InputError(f"give at most {MAX_AMOUNTS} nutrients")
    amounts: dict[str, object] = {}
    for pair in pairs:
        name, sep, number = pair.partition("=")
        if not sep or not name.strip() or not number.strip():
            raise InputError(f"write each amount as NUTRIENT=AMOUNT (magnesium=64), not {pair!r}")
        try:
            value = float(number.strip())
        except ValueError:
            raise InputError(f"{name.strip()}: {number.strip()!r} is not a number") from None
        amounts[resolve_nutrient(name.strip()).value] = value
    return amounts


@foods_app.command("add")
def foods_add(
    name: Annotated[str, typer.Argument(help="The name you will write in your diary.")],
    amounts: Amounts = None,
    per: Annotated[
        str, typer.Option("--per", help="The label's amounts are per 100g or per serving.")
    ] = "100g",
    serving: Annotated[
        float | None, typer.Option("--serving-grams", help="Grams in one serving.")
    ] = None,
    favourite: Annotated[bool, typer.Option("--favourite", help="Mark as a favourite.")] = False,
    replace: Annotated[bool, typer.Option("--replace", help="Replace one of that name.")] = False,
    profile: ProfileOption = None,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Keep a food from its label; nutrients you leave out stay unknown (never zero).

    Examples:

        crampcheck foods add "protein bar" energy=210 magnesium=64 --per serving --serving-grams 60

        crampcheck foods add "oat drink" energy=46 calcium=120 potassium=150
    """
    from crampcheck.services import diary
    from crampcheck.services import my_foods as mf

    if per not in ("100g", "serving"):
        raise InputError("--per must be 100g or serving")
    if per == "serving" and serving is None:
        raise InputError("--per serving needs --serving-grams (how much one serving weighs)")
    per_grams = serving if per == "serving" and serving is not None else 100.0
    values = parse_amounts(amounts or [])
    with open_repo(db) as repo:
        person = diary.resolve_profile(repo, profile, now().date())
        food = mf.add_label_food(
            repo,
            person,
            name,
            values,
            per_grams=per_grams,
            serving_grams=serving,
            favourite=favourite,
            replace=replace,
        )
    _done(as_json, food, f"Kept {food.name!r} for {person.name}: {_summary(food)}.")


@foods_app.command("recipe")
def foods_recipe(
    definition: Annotated[
        str, typer.Argument(help='NAME = FOODS, e.g. "usual breakfast = porridge and a banana".')
    ],
    servings: Annotated[int, typer.Option("--servings", help="Portions it makes.")] = 1,
    favourite: Annotated[bool, typer.Option("--favourite", help="Mark as a favourite.")] = False,
    replace: Annotated[bool, typer.Option("--replace", help="Replace one of that name.")] = False,
    profile: ProfileOption = None,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Keep a recipe or usual meal read from diary text; its nutrients are the sum of its parts.

    Examples:

        crampcheck foods recipe "my usual breakfast = porridge with semi-skimmed milk and a banana"

        crampcheck foods recipe "lentil soup = 200 g lentils, 1 onion, 1 l water" --servings 4
    """
    from crampcheck.services import diary
    from crampcheck.services import my_foods as mf

    name, text = mf.split_definition(definition)
    with open_repo(db) as repo:
        person = diary.resolve_profile(repo, profile, now().date())
        analyze = mf.profile_analyzer(repo, person, diary.profile_locale(repo, person))
        food = mf.add_recipe(
            repo,
            person,
            name,
            text,
            analyze,
            servings=servings,
            favourite=favourite,
            replace=replace,
        )
    _done(as_json, food, f"Kept recipe {food.name!r} for {person.name}: {_summary(food)}.")


@foods_app.command("list")
def foods_list(
    favourites: Annotated[bool, typer.Option("--favourites", help="Only favourites.")] = False,
    profile: ProfileOption = None,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """List your foods, recipes and the choices learnt from your corrections.

    Example: crampcheck foods list --profile ann
    """
    from crampcheck.services import diary
    from crampcheck.services import my_foods as mf

    with open_repo(db, write=False) as repo:
        person = diary.resolve_profile(repo, profile, now().date())
        foods = [f for f in mf.list_foods(repo, person) if f.favourite or not favourites]
        choices = [] if favourites else mf.list_choices(repo, person)
    if as_json:
        emit_json(my_foods_to_json(person.name, foods, choices))
        return
    _print_list(person.name, foods, choices)


@foods_app.command("remove")
def foods_remove(
    name: Annotated[str, typer.Argument(help="A food, recipe or remembered phrase.")],
    profile: ProfileOption = None,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Forget one of your foods or recipes, or a choice learnt from a correction.

    Example: crampcheck foods remove "protein bar"
    """
    from crampcheck.services import diary
    from crampcheck.services import my_foods as mf

    with open_repo(db) as repo:
        person = diary.resolve_profile(repo, profile, now().date())
        what = mf.remove(repo, person, name)
    message = f"Removed {'the choice for' if what == 'choice' else 'the food'} {name!r}."
    if as_json:
        emit_json({"removed": name, "kind": what})
    else:
        typer.echo(message)


def _summary(food: MyFood) -> str:
    serving = f"{food.serving_grams:g} g a serving, " if food.serving_grams else ""
    known = ", ".join(f"{k} {v:.4g}" for k, v in sorted(food.per_100g.items())[:6])
    more = "" if len(food.per_100g) <= 6 else f" and {len(food.per_100g) - 6} more"
    return f"{serving}per 100 g {known}{more}; other nutrients unknown"


def _done(as_json: bool, food: MyFood, message: str) -> None:
    if as_json:
        emit_json(my_food_to_json(food))
    else:
        typer.echo(message)


def _print_list(profile: str, foods: list[MyFood], choices: list[FoodChoice]) -> None:
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    console = Console()
    if not foods and not choices:
        console.print(
            escape(f"{profile} has no foods of their own yet: add one with crampcheck foods add")
        )
        return
    if foods:
        table = Table(title=escape(f"{profile}'s foods"))
        for column in ("Name", "Id (diary fix --food)", "Kind", "Serving", "Known per 100 g"):
            table.add_column(column)
        table.add_column("Favourite")
        for food in foods:
            table.add_row(
                escape(food.name),
                food.food_id,
                food.kind,
                f"{food.serving_grams:g} g" if food.serving_grams else "-",
                escape(", ".join(sorted(food.per_100g))[:120] or "-"),
                "yes" if food.favourite else "",
            )
        console.print(table)
    if choices:
        table = Table(title="Your choices (learnt from diary fix)")
        for column in ("When you write", "It means", "Food id"):
            table.add_column(column)
        for choice in choices:
            table.add_row(escape(choice.phrase), escape(choice.name), escape(choice.food_id))
        console.print(table)
