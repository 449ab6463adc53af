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
    help="Search the USDA food database and find foods rich in a nutrient.",
    epilog="Examples: crampcheck foods search 'rolled oats' · crampcheck foods top magnesium",
    no_args_is_help=True,
)
app.add_typer(foods_app, name="foods")


def _show_version(value: bool) -> None:
    if value:
        from crampcheck import __version__

        typer.echo(f"crampcheck {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: bool = typer.Option(
        False,
        "--version",
        help="Print the version and exit.",
        callback=_show_version,
        is_eager=True,
    ),
) -> None:
    """What am I lacking that gives me leg cramps? crampcheck reads your food diary, medicines,
    symptoms and labs and answers from your own data. It is not a diagnosis.

    Example: crampcheck intake "porridge with milk and a banana" --age 58 --sex female
    """
