"""The cramp diary over time: episodes per day, a 7-day mean and medication changes."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from crampcheck.charts import ACCENT, GRID, MUTED, WARM, figure, to_svg

if TYPE_CHECKING:
    from matplotlib.axes import Axes

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


def cramp_timeline(days: Sequence[CrampDay], markers: Sequence[Marker] = ()) -> str:
    """Daily bars coloured by the worst severity, a 7-day mean line and marker lines (SVG)."""
    from matplotlib.ticker import MaxNLocator

    fig = figure(7.0, 2.5)
    ax = fig.add_subplot()
    xs = [_x(d.day) for d in days]
    counts = [float(d.episodes) for d in days]
    colours = [_severity_colour(d.max_severity) for d in days]
    ax.bar(xs, counts, width=0.8, color=colours, label="episodes (darker = more severe)")
    ax.plot(xs, rolling_mean(counts), color=ACCENT, linewidth=1.6, label="7-day mean")
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
    ax.legend(loc="lower left", bbox_to_anchor=(0.0, 1.0), fontsize=7, ncols=2)
    return to_svg(fig)


def _x(day: date) -> float:
    """Matplotlib's date number (days since its default epoch, 1970-01-01)."""
    return float((day - EPOCH).days)


def _severity_colour(severity: int | None) -> tuple[float, float, float, float]:
    from matplotlib.colors import to_rgba

    level = 0.35 if severity is None else 0.3 + 0.07 * severity
    return to_rgba(WARM, alpha=min(level, 1.0))


def _date_axis(ax: Axes, xs: Sequence[float]) -> None:
    from matplotlib.dates import AutoDateLocator, DateFormatter

    ax.xaxis.set_major_locator(AutoDateLocator(minticks=4, maxticks=9))  # type: ignore[no-untyped-call]
    ax.xaxis.set_major_formatter(DateFormatter("%d %b"))  # type: ignore[no-untyped-call]
    if xs:
        ax.set_xlim(xs[0] - 0.7, xs[-1] + 0.7)
