"""HTML → PDF with WeasyPrint (the ``pdf`` extra; needs Pango from the system)."""

from __future__ import annotations

from crampcheck.reports.html import ReportUnavailableError, render_html
from crampcheck.reports.model import ReportData


def render_pdf(data: ReportData) -> bytes:
    """The report as PDF bytes: the HTML of :func:`render_html`, paginated (A4)."""
    return html_to_pdf(render_html(data))


def html_to_pdf(html: str) -> bytes:
    """Any report HTML as PDF bytes (no network: the document is self-contained)."""
    try:
        import weasyprint
    except (ImportError, OSError) as error:
        raise ReportUnavailableError(
            "PDF reports need WeasyPrint and its system libraries: install crampcheck[pdf] "
            "(and Pango, e.g. apt-get install libpango-1.0-0 libpangoft2-1.0-0); "
            f"the HTML format works without them ({error})"
        ) from error
    document: bytes = weasyprint.HTML(string=html, url_fetcher=_no_fetch).write_pdf()
    return document


def _no_fetch(url: str) -> dict[str, object]:
    raise ValueError(f"the report is self-contained; refusing to fetch {url}")
