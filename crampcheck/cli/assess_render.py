"""Human output of `crampcheck assess`: triage first, what to do now, factors, disclaimer."""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.panel import Panel
from rich.text import Text

_STYLE = {
    "emergency": "bold white on red",
    "doctor_soon": "bold black on yellow",
    "doctor_routine": "bold white on blue",
    "self_care": "bold white on green",
}
"""Colours only: the wording comes from the cited triage table (``result["guidance"]``)."""
_DIARY_NUTRIENTS = {
    "magnesium_mg": "magnesium",
    "potassium_mg": "potassium",
    "calcium_mg": "calcium",
    "vitamin_d_ug": "vitamin D",
    "thiamin_mg": "thiamin (B1)",
    "vitamin_b12_ug": "vitamin B12",
}
_STRENGTH = {"strong": "●●●", "moderate": "●●○", "weak": "●○○"}


def render(result: dict[str, Any], console: Console | None = None) -> None:
    """Print an assessment result for a worried person to read."""
    out = console or Console()
    style = _STYLE[result["triage"]]
    title = result.get("guidance", {}).get("title", result["triage"]).upper()
    out.print(Panel(Text(title, style=style, justify="center"), style=style.split(" on ")[-1]))
    out.print(Text("What to do now: ", style="bold") + Text(result["now"]))
    out.print()
    for flag in result["red_flags"]:
        main = flag["triage"] == result["triage"]
        prefix = "⚠ " if main else "Also: "
        out.print(Text(f"{prefix}{flag['why']}", style="bold red" if main else "bold"))
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
    _intake(out, result.get("intake"))
    _suggestions(out, result.get("suggestions"))
    if result["ruled_out"]:
        out.print(Text("\nProbably not the cause:", style="bold"))
        for item in result["ruled_out"]:
            out.print(f"  - {item['why']}", highlight=False)
    if result["not_understood"]:
        out.print(Text("\nNot understood (please rephrase or check):", style="bold"))
        for item in result["not_understood"]:
            out.print(f"  - {item}", highlight=False, markup=False)
    out.print(Text(f"\n{result['disclaimer']}", style="italic"))


def _intake(out: Console, intake: dict[str, Any] | None) -> None:
    """A one-line-per-nutrient view of the diary against the person's targets."""
    targets = (intake or {}).get("targets") or {}
    rows = [
        f"{name} {targets[key]['percent']:.0f}%"
        for key, name in _DIARY_NUTRIENTS.items()
        if isinstance(targets.get(key), dict) and targets[key].get("percent") is not None
    ]
    if rows:
        out.print(
            Text("\nYour food diary, as % of your daily target: ", style="bold")
            + Text(", ".join(rows))
        )


def _suggestions(out: Console, suggestions: dict[str, Any] | None) -> None:
    """Foods that would close the diary's gaps, and the gaps food cannot close."""
    if not suggestions:
        return
    foods = suggestions.get("suggestions") or []
    if foods:
        out.print(Text("\nFoods that would close your diary's gaps:", style="bold"))
        for food in foods:
            out.print(
                f"  - {food['portion']} of {food['name']} ({food['grams']:.0f} g)",
                highlight=False,
                markup=False,
            )
    for gap in suggestions.get("remaining_gaps") or []:
        out.print(f"  - {gap['why']}", highlight=False, markup=False)
