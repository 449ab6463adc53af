"""The PDF read back as text (pdftotext): every section, the disclaimer, the page count."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.reports.sample import SECTIONS, sample_report

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None or shutil.which("pdfinfo") is None,
    reason="needs poppler-utils (pdftotext, pdfinfo)",
)


@pytest.fixture(scope="module")
def pdf_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    pytest.importorskip("weasyprint")
    from crampcheck.reports import render_pdf

    path = tmp_path_factory.mktemp("pdf") / "report.pdf"
    path.write_bytes(render_pdf(sample_report()))
    return path


def _text(path: Path) -> str:
    result = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, check=True, text=True
    )
    return result.stdout


def _pages(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, check=True, text=True)
    match = re.search(r"^Pages:\s+(\d+)$", info.stdout, re.M)
    assert match is not None
    return int(match[1])


def test_pdf_header_and_size(pdf_file: Path) -> None:
    content = pdf_file.read_bytes()
    assert content.startswith(b"%PDF-")
    assert 10_000 < len(content) < 500_000


def test_every_section_in_order(pdf_file: Path) -> None:
    text = " ".join(_text(pdf_file).split())
    positions = [text.find(heading) for heading in SECTIONS]
    assert -1 not in positions, [h for h, p in zip(SECTIONS, positions, strict=True) if p < 0]
    assert positions == sorted(positions)


def test_disclaimer_and_generation_time(pdf_file: Path) -> None:
    text = " ".join(_text(pdf_file).split())
    assert "crampcheck is not a diagnosis and does not replace a doctor" in text
    assert "31 Mar 2026, 18:45 (UTC+02:00)" in text


def test_page_count_and_page_numbers(pdf_file: Path) -> None:
    pages = _pages(pdf_file)
    text = _text(pdf_file)
    assert 3 <= pages <= 8
    assert text.count("\f") in (pages, pages - 1)
    for number in range(1, pages + 1):
        assert f"Page {number} of {pages}" in text


def test_chart_labels_are_text(pdf_file: Path) -> None:
    text = _text(pdf_file)
    assert "cramp episodes" in text
    assert "chlorthalidone started" in text


def test_key_content(pdf_file: Path) -> None:
    text = " ".join(_text(pdf_file).split())
    for expected in (
        "A diuretic (water tablet)",
        "When to act",
        "chlorthalidone 25 mg daily",
        "15 Feb 2026",
        "Seeds, pumpkin and squash seed kernels",
        "R25",
        "Ann <Example>",
    ):
        assert expected in text, expected


def test_missing_weasyprint_says_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    from crampcheck.reports import ReportUnavailableError
    from crampcheck.reports.pdf import html_to_pdf

    monkeypatch.setitem(sys.modules, "weasyprint", None)
    with pytest.raises(ReportUnavailableError, match=r"install crampcheck\[pdf\]"):
        html_to_pdf("<p>x</p>")
