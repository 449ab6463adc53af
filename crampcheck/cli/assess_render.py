"""Human output of `crampcheck assess`: triage first, what to do now, factors, disclaimer."""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.panel import Panel
from rich.text import Text

_STYLE = {
    "emergency": ("bold white on red", "EMERGENCY - get help now"),
    "doctor_soon": ("bold black on yellow", "SEE A DOCTOR SOON - within 1-3 days"),
    "doctor_routine": ("bold white on blue", "SEE A DOCTOR ROUTINELY - book an appointment"),
    "self_care": ("bold white on green", "SELF-CARE - manage at home"),
}
_STRENGTH = {"strong": "●●●", "moderate": "●●○", "weak": "●○○"}


def render(result: dict[str, Any], console: Console | None = None) -> None:
    """Print an assessment result for a worried person to read."""
    out = console or Console()
    style, title = _STYLE[result["triage"]]
    out.print(Panel(Text(title, style=style, justify="center"), style=style.split(" on ")[-1]))
    out.print(Text("What to do now: ", style="bold") + Text(result["now"]))
    out.print()
    for flag in result["red_flags"]:
        out.print(Text(f"⚠ {flag['why']}", style="bold red"))
        out.print(f"  {flag['advice']}  [dim]({', '.join(flag['citations'])})[/dim]")
    if result["red_flags"]:
        out.print()
    out.print(Text(result["summary"]))
    if result["factors"]:
        out.print(Text("\nWhat may be contributing (most important first):", style="bold"))
    for number, factor in enumerate(result["factors"], start=1):
        name = factor["id"].replace("medication:", "medicine: ").replace("_", " ")
        out.print(
            Text(f"{number}. {name} ", style="bold")
            + Text(f"{_STRENGTH[factor['strength']]} {factor['strength']}", style="cyan")
        )
        out.print(f"   Why: {factor['why']}", highlight=False)
        out.print(f"   What to do: {factor['advice']}", highlight=False)
        out.print(
            f"   [dim]Evidence: {factor['evidence']} ({', '.join(factor['citations'])})[/dim]",
            highlight=False,
        )
    if result["ruled_out"]:
        out.print(Text("\nProbably not the cause:", style="bold"))
        for item in result["ruled_out"]:
            out.print(f"  - {item['why']}", highlight=False)
    if result["not_understood"]:
        out.print(Text("\nNot understood (please rephrase or check):", style="bold"))
        for item in result["not_understood"]:
            out.print(f"  - {item}", highlight=False, markup=False)
    out.print(Text(f"\n{result['disclaimer']}", style="italic"))
