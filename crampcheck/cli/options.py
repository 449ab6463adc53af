"""Options shared by the commands that read a day's diary for one person (intake, suggest)."""

from __future__ import annotations

from typing import Annotated

import typer

DiaryText = Annotated[
    str | None,
    typer.Argument(help="What you ate, in your own words; '-' reads it from standard input."),
]
Age = Annotated[float | None, typer.Option("--age", help="Age in years (14+).")]
Sex = Annotated[str | None, typer.Option("--sex", help="female or male.")]
Pregnant = Annotated[bool, typer.Option("--pregnant", help="Use pregnancy targets.")]
Lactating = Annotated[bool, typer.Option("--lactating", help="Use lactation targets.")]
Json = Annotated[bool, typer.Option("--json", help="Print one JSON document.")]
LocaleOption = Annotated[
    str | None,
    typer.Option(
        "--locale",
        help="en-US (default), en-GB, en-AU or en-CA: what food words and household sizes "
        "mean (a UK pint is 568 ml, 'chips' are fries in the UK).",
    ),
]


MAX_STDIN_BYTES = 1_000_000
"""Most diary text read from standard input (the diary itself is limited further)."""


def read_diary_text(text: str | None, command: str, as_json: bool) -> str:
    """The diary text, from the argument or (for '-') standard input."""
    from crampcheck.cli.output import fail

    if text is None:
        fail(
            f'give the diary text, e.g. crampcheck {command} "2 eggs and a banana"', as_json=as_json
        )
    if text != "-":
        return text
    from crampcheck.cli.output import read_stdin

    return read_stdin(MAX_STDIN_BYTES, "the diary text")
