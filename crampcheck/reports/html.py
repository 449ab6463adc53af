"""ReportData → HTML (Jinja2). The same HTML is the web download and the PDF's source."""

from __future__ import annotations

from datetime import date, datetime
from functools import cache
from typing import TYPE_CHECKING

from crampcheck.errors import CrampcheckError
from crampcheck.reports.model import ReportData

if TYPE_CHECKING:
    import jinja2

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


class ReportUnavailableError(CrampcheckError):
    """Raised when a library the report needs (jinja2, WeasyPrint, matplotlib) is missing."""


def render_html(data: ReportData) -> str:
    """The report as one self-contained HTML document (inline CSS and SVG; no network).

    Example:
        >>> html = render_html(data)  # doctest: +SKIP
        >>> html.startswith("<!DOCTYPE html>")
        True
    """
    return _environment().get_template("report.html.j2").render(r=data)


@cache
def _environment() -> jinja2.Environment:
    try:
        import jinja2
    except ImportError as error:  # pragma: no cover - depends on the installation
        raise ReportUnavailableError("reports need jinja2: install crampcheck[pdf]") from error
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("crampcheck.reports", "templates"),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
    )
    env.filters.update(
        day=format_day, stamp=format_stamp, num=format_number, pct=format_percent, words=words
    )
    return env


def format_day(value: date | None) -> str:
    """``14 Mar 2026`` (locale-independent); an unknown date is a dash."""
    if value is None:
        return "–"
    return f"{value.day} {_MONTHS[value.month - 1]} {value.year}"


def format_stamp(value: datetime) -> str:
    """``14 Mar 2026, 09:30 (UTC+01:00)``: the local time the report was generated."""
    offset = value.strftime("%z")
    zone = f"UTC{offset[:3]}:{offset[3:]}" if offset else "local time"
    return f"{format_day(value.date())}, {value:%H:%M} ({zone})"


def format_number(value: float | None, digits: int = 0) -> str:
    """A number with thousands separators; ``None`` (unknown) is a dash, never 0."""
    if value is None:
        return "–"
    if digits == 0:
        return f"{value:,.0f}"
    return f"{value:,.{digits}f}"


def format_percent(value: float | None) -> str:
    return "unknown" if value is None else f"{value:.0f} %"


def words(value: str) -> str:
    """``doctor_soon`` → ``doctor soon``."""
    return value.replace("_", " ")
