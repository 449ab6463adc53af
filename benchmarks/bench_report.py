"""Clinician report benchmark: the time to build a 90-day PDF (goal: under 1.5 s).

90 days of meals (read by the real food engine), drinks, night cramps, two medicines and two lab
results go into a temporary SQLite diary. The report is then built and rendered to PDF:

* **cold**: the first report in a fresh process (imports matplotlib, WeasyPrint and scipy, loads
  the knowledge base and the food database), as ``crampcheck report`` on the command line pays;
* **warm**: later reports in the same process, as the web UI's download pays (median of 5).

Wall-clock and CPU time are both printed: on a busy machine the CPU time is the steadier figure.

    PYTHONPATH=. python benchmarks/bench_report.py
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

from crampcheck.services.intake import analyze_intake
from crampcheck.storage.store import open_store
from tests.reports.diary_fixture import ZONE, fill_diary

DAYS = 90
GOAL_S = 1.5
WARM_RUNS = 5
END = date(2026, 3, 31)
NOW = datetime(2026, 4, 1, 9, 0, tzinfo=ZONE)


def _one(store: object) -> dict[str, float]:
    from crampcheck.reports import render_html
    from crampcheck.reports.pdf import html_to_pdf
    from crampcheck.services.report import build_report_data

    times: dict[str, float] = {}
    cpu = time.process_time()
    start = time.perf_counter()
    data = build_report_data(store, None, END - timedelta(days=DAYS - 1), END, NOW)  # type: ignore[arg-type]
    times["data"] = time.perf_counter() - start
    html = render_html(data)
    times["html"] = time.perf_counter() - start - times["data"]
    pdf = html_to_pdf(html)
    times["total"] = time.perf_counter() - start
    times["cpu"] = time.process_time() - cpu
    times["pdf"] = times["total"] - times["data"] - times["html"]
    times["bytes"] = float(len(pdf))
    return times


def _line(label: str, times: dict[str, float]) -> str:
    verdict = "OK" if times["total"] < GOAL_S else "SLOWER THAN GOAL"
    return (
        f"{label}: {times['total']:.2f} s (data {times['data']:.2f} s, HTML {times['html']:.3f} s, "
        f"PDF {times['pdf']:.2f} s; CPU {times['cpu']:.2f} s; {times['bytes'] / 1024:.0f} KiB) "
        f"goal < {GOAL_S} s: {verdict}"
    )


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        store = open_store(f"sqlite:///{Path(folder) / 'bench.db'}")
        try:
            fill_diary(store, END, DAYS, analyze_intake)
            print(f"{DAYS}-day diary report to PDF")
            print(_line("cold (first in process)", _one(store)))
            runs = [_one(store) for _ in range(WARM_RUNS)]
            median = {key: statistics.median(run[key] for run in runs) for key in runs[0]}
            print(_line(f"warm (median of {WARM_RUNS})", median))
            print(f"warm best: {min(run['total'] for run in runs):.2f} s")
            print(f"machine load average: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
        finally:
            store.close()


if __name__ == "__main__":
    main()
