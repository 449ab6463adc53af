"""Intake charts: average intake as a share of target, and intake on cramp days vs other days."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from crampcheck.charts import ACCENT, GOOD, GRID, INK, MUTED, WARM, figure, to_svg

LOW_PERCENT = 67.0
"""Below two thirds of the target is drawn as low (the assessment's threshold)."""

PERCENT_CAP = 250.0
"""Bars stop here so one very high nutrient does not flatten the others (labels keep values)."""


@dataclass(frozen=True, slots=True)
class PercentBar:
    """One nutrient's mean intake as a percentage of its target (``None`` = unknown)."""

    label: str
    percent: float | None


@dataclass(frozen=True, slots=True)
class PairedMeans:
    """A nutrient's mean on cramp days and on other days, as % of target."""

    label: str
    cramp_days: float
    other_days: float


def percent_of_target(bars: Sequence[PercentBar]) -> str:
    """Horizontal bars of % of target with a 100 % line; unknown nutrients are labelled (SVG)."""
    height = 0.24 * len(bars) + 0.55
    fig = figure(7.0, height)
    ax = fig.add_axes((0.16, 0.42 / height, 0.82, 1 - 0.5 / height))
    labels = [bar.label for bar in bars][::-1]
    values = [bar.percent for bar in bars][::-1]
    ys = list(range(len(labels)))
    shown = [min(v, PERCENT_CAP) if v is not None else 0.0 for v in values]
    colours = [
        GOOD if (v or 0) >= 100 else ACCENT if (v or 0) >= LOW_PERCENT else WARM for v in values
    ]
    ax.barh(ys, shown, height=0.62, color=colours)
    for y, value in zip(ys, values, strict=True):
        text = "unknown" if value is None else f"{value:.0f} %"
        x = 2.0 if value is None else min(value, PERCENT_CAP) + 2.0
        ax.text(x, y, text, va="center", fontsize=7.5, color=MUTED if value is None else INK)
    ax.axvline(100, color=INK, linewidth=0.9)
    ax.axvline(LOW_PERCENT, color=MUTED, linewidth=0.7, linestyle=":")
    ax.set_yticks(ys, labels)
    ax.set_ylim(-0.6, len(ys) - 0.4)
    ax.set_xlim(0, PERCENT_CAP + 25)
    ax.set_xlabel("mean daily intake, % of target (RDA or AI); dotted line: two thirds")
    ax.grid(axis="x", color=GRID, linewidth=0.6)
    ax.set_axisbelow(True)
    return to_svg(fig)


def cramp_day_comparison(pairs: Sequence[PairedMeans]) -> str:
    """For each nutrient, mean intake on cramp days and on other days (% of target) (SVG)."""
    height = 0.26 * len(pairs) + 0.75
    fig = figure(7.0, height)
    ax = fig.add_axes((0.16, 0.42 / height, 0.82, 1 - 0.7 / height))
    labels = [pair.label for pair in pairs][::-1]
    ys = list(range(len(labels)))
    cramp = [min(p.cramp_days, PERCENT_CAP) for p in pairs][::-1]
    other = [min(p.other_days, PERCENT_CAP) for p in pairs][::-1]
    for y, a, b in zip(ys, cramp, other, strict=True):
        ax.plot([a, b], [y, y], color=GRID, linewidth=2.2, zorder=1)
    ax.scatter(other, ys, color=ACCENT, s=22, zorder=2, label="other days")
    ax.scatter(cramp, ys, color=WARM, s=22, marker="D", zorder=3, label="cramp days")
    ax.axvline(100, color=INK, linewidth=0.9)
    ax.set_yticks(ys, labels)
    ax.set_xlim(0, max([*cramp, *other, 100.0]) * 1.1)
    ax.set_ylim(-0.6, len(ys) - 0.4)
    ax.set_xlabel("mean daily intake, % of target")
    ax.grid(axis="x", color=GRID, linewidth=0.6)
    ax.set_axisbelow(True)
    ax.legend(loc="lower left", fontsize=7, ncols=2, bbox_to_anchor=(0.0, 1.0))
    return to_svg(fig)


def _colour(percent: float | None) -> str:
    value = percent or 0.0
    return GOOD if value >= 100 else ACCENT if value >= LOW_PERCENT else WARM
