"""The cramp diary over time: episodes per day, a 7-day mean and medication changes."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from crampcheck.charts import ACCENT, GRID, MUTED, WARM, figure, to_svg

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.path import Path

ROLLING_DAYS = 7
EPOCH = date(1970, 1, 1)


@dataclass(frozen=True, slots=True)
class CrampDay:
    """Cramp episodes counted towards one day (a night cramp counts for the evening before)."""

    day: date
    episodes: int
    max_severity: int | None = None


@dataclass(frozen=True, slots=True)
class Marker:
    """A labelled vertical line, e.g. a medication started."""

    day: date
    label: str


def rolling_mean(values: Sequence[float], window: int = ROLLING_DAYS) -> list[float]:
    """Trailing mean over up to ``window`` values (shorter at the start)."""
    result = []
    for index in range(len(values)):
        chunk = values[max(0, index - window + 1) : index + 1]
        result.append(sum(chunk) / len(chunk))
    return result


SEVERITY_CLASSES: tuple[tuple[str, int, int, float], ...] = (
    ("mild (0-3)", 0, 3, 0.35),
    ("moderate (4-6)", 4, 6, 0.65),
    ("severe (7-10)", 7, 10, 1.0),
)
"""Bar shading by the day's worst severity (an unrated day counts as mild)."""


def cramp_timeline(days: Sequence[CrampDay], markers: Sequence[Marker] = ()) -> str:
    """Daily bars shaded by the worst severity, a 7-day mean line and marker lines (SVG).

    The bars of each severity class are one compound path, so the SVG stays small and fast to
    draw in the PDF.
    """
    from matplotlib.patches import Patch, PathPatch
    from matplotlib.ticker import MaxNLocator

    fig = figure(7.0, 2.4)
    ax = fig.add_axes((0.08, 0.14, 0.91, 0.72))
    xs = [_x(d.day) for d in days]
    counts = [float(d.episodes) for d in days]
    handles = []
    for name, low, high, alpha in SEVERITY_CLASSES:
        chosen = [d for d in days if d.episodes and low <= (d.max_severity or 0) <= high]
        if chosen:
            ax.add_patch(PathPatch(_bars(chosen), facecolor=WARM, alpha=alpha, linewidth=0))
        handles.append(Patch(facecolor=WARM, alpha=alpha, label=name))
    (line,) = ax.plot(xs, rolling_mean(counts), color=ACCENT, linewidth=1.6, label="7-day mean")
    top = max([*counts, 1.0])
    for marker in markers:
        x = _x(marker.day)
        if xs and xs[0] <= x <= xs[-1]:
            ax.axvline(x, color=MUTED, linestyle="--", linewidth=0.9)
            ax.text(x, top * 1.12, f" {marker.label}", fontsize=7, color=MUTED, va="top")
    ax.set_ylim(0, top * 1.15)
    ax.set_ylabel("cramp episodes")
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.grid(axis="y", color=GRID, linewidth=0.6)
    ax.set_axisbelow(True)
    _date_axis(ax, xs)
    ax.legend(
        handles=[*handles, line], loc="lower left", bbox_to_anchor=(0.0, 1.0), fontsize=7, ncols=4
    )
    return to_svg(fig)


def _bars(days: Sequence[CrampDay], width: float = 0.8) -> Path:
    """One path holding a rectangle per day (height = episodes)."""
    from matplotlib.path import Path

    vertices: list[tuple[float, float]] = []
    codes: list[int] = []
    rectangle = [int(Path.MOVETO), *[int(Path.LINETO)] * 3, int(Path.CLOSEPOLY)]
    for day in days:
        x = _x(day.day) - width / 2
        height = float(day.episodes)
        vertices += [(x, 0.0), (x + width, 0.0), (x + width, height), (x, height), (x, 0.0)]
        codes += rectangle
    return Path(vertices, codes)


def _x(day: date) -> float:
    """Matplotlib's date number (days since its default epoch, 1970-01-01)."""
    return float((day - EPOCH).days)


def _date_axis(ax: Axes, xs: Sequence[float]) -> None:
    from matplotlib.dates import AutoDateLocator, DateFormatter

    ax.xaxis.set_major_locator(AutoDateLocator(minticks=4, maxticks=9))  # type: ignore[no-untyped-call]
    ax.xaxis.set_major_formatter(DateFormatter("%d %b"))  # type: ignore[no-untyped-call]
    if xs:
        ax.set_xlim(xs[0] - 0.7, xs[-1] + 0.7)
