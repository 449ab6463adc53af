"""The typer application object; command modules attach their commands to it."""

from __future__ import annotations

import typer

app = typer.Typer(
    name="crampcheck",
    help=(
        "What am I lacking that gives me leg cramps? crampcheck reads your food diary, medicines, "
        "symptoms and labs and answers from your own data. It is not a diagnosis."
    ),
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)

foods_app = typer.Typer(
    help="Search the USDA food database and find foods rich in a nutrient.", no_args_is_help=True
)
app.add_typer(foods_app, name="foods")
