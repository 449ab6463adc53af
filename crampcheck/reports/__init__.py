"""Clinician reports (issue 8): :class:`ReportData` rendered to HTML and PDF.

Build the data with :func:`crampcheck.services.report.build_report_data` (a diary and a date range)
or :func:`crampcheck.services.report.build_case_report_data` (one assessment case), then::

    html: str = render_html(data)
    pdf: bytes = render_pdf(data)

See ``docs/report.md``.
"""

from __future__ import annotations

from crampcheck.reports.html import ReportUnavailableError, render_html
from crampcheck.reports.model import ReportData
from crampcheck.reports.pdf import render_pdf

__all__ = ["ReportData", "ReportUnavailableError", "render_html", "render_pdf"]
