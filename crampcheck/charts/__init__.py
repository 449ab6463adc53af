"""SVG charts for the report (matplotlib, Agg backend; the ``charts`` extra).

Every chart function takes plain values and returns an SVG string. Output is byte-stable for the
same input: no date in the metadata, a fixed ``svg.hashsalt`` for element ids and text kept as
text (``svg.fonttype = "none"``) so the PDF's text layer can read the axis labels.
"""

from __future__ import annotations

import io
from typing import TYPE_CHECKING, Any, cast

from crampcheck.errors import CrampcheckError

if TYPE_CHECKING:
    from matplotlib.figure import Figure

__all__ = ["ChartsUnavailableError", "figure", "to_svg"]

INK = "#1f2933"
MUTED = "#7b8794"
ACCENT = "#2f6f9f"
WARM = "#c0573e"
GOOD = "#3f8f5a"
GRID = "#e4e7eb"

_STYLE: dict[str, Any] = {
    "svg.hashsalt": "crampcheck",
    "svg.fonttype": "none",
    "font.family": "DejaVu Sans",
    "font.size": 8.5,
    "axes.edgecolor": MUTED,
    "axes.labelcolor": INK,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.titlesize": 9,
    "xtick.color": INK,
    "ytick.color": INK,
    "legend.frameon": False,
    "path.simplify": False,
    # Labels carry what people typed (a medicine named "$\\foo$ 5 mg"): never read as mathtext.
    "text.parse_math": False,
}


class ChartsUnavailableError(CrampcheckError):
    """Raised when matplotlib is not installed."""


def figure(width_in: float, height_in: float) -> Figure:
    """A new figure (not registered with pyplot, so nothing global is kept)."""
    try:
        import matplotlib

        matplotlib.use("Agg")
        from matplotlib.figure import Figure
    except ImportError as error:  # pragma: no cover - depends on the installation
        raise ChartsUnavailableError(
            "charts need matplotlib: install crampcheck[charts] (or crampcheck[pdf])"
        ) from error
    cast("dict[str, Any]", matplotlib.rcParams).update(_STYLE)
    return Figure(figsize=(width_in, height_in), dpi=100)


def to_svg(fig: Figure) -> str:
    """The figure as a standalone ``<svg>`` element (XML prolog, DOCTYPE and metadata removed).

    Layout uses fixed margins set by each chart (no ``bbox_inches="tight"``, which draws twice).
    """
    buffer = io.StringIO()
    fig.savefig(buffer, format="svg", metadata={"Date": None})
    text = buffer.getvalue()
    text = text[text.index("<svg") :]
    start, end = text.find("<metadata>"), text.find("</metadata>")
    if 0 <= start < end:
        text = text[:start] + text[end + len("</metadata>") :].lstrip("\n ")
    return text
