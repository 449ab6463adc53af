"""Day view, edit/delete/undo and importing the same export twice, on two years of daily data
(SQLite, and PostgreSQL when ``CRAMPCHECK_TEST_POSTGRES_URL`` is set). Measures and prints.

    PYTHONPATH=. python benchmarks/bench_diary_edit.py
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

from bench_storage import DAYS, NOW, _reset_postgres, fill_two_years

from crampcheck.services import diary_edit, transfer
from crampcheck.storage.store import DiaryStore, open_store


def _median_ms(action: Callable[[], object], runs: int = 9) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def bench(store: DiaryStore, copy: DiaryStore, label: str) -> None:
    profile = fill_two_years(store)
    day = NOW.date() - timedelta(days=100)
    view = diary_edit.day_view(store, profile, day)
    print(
        f"{label}: day view ({len(view.items)} entries): "
        f"median {_median_ms(lambda: diary_edit.day_view(store, profile, day)):.1f} ms"
    )
    current = [next(i for i in view.items if i.kind == "fluids").id]

    def edit_delete_undo() -> None:
        diary_edit.edit_entry(store, profile, "fluids", current[0], {"amount": "330 ml"}, NOW)
        diary_edit.delete_entry(store, profile, "fluids", current[0])
        restored = diary_edit.undo_delete(store, profile)
        assert restored.id is not None
        current[0] = restored.id

    start = time.perf_counter()
    document = transfer.export_document(store)
    count = sum(len(getattr(p, s)) for p in document.profiles for s in transfer.SECTIONS)
    print(f"{label}: export of {count} entries: {time.perf_counter() - start:.2f} s")
    for attempt in ("first", "second (nothing changes)"):
        start = time.perf_counter()
        summary = transfer.import_records(copy, document, NOW)
        print(
            f"{label}: import, {attempt}: {time.perf_counter() - start:.2f} s "
            f"(added {summary.added}, unchanged {summary.unchanged}, "
            f"conflicts {len(summary.conflicts)})"
        )
    print(
        f"{label}: edit + delete + undo of one entry: median "
        f"{_median_ms(edit_delete_undo, 5):.1f} ms"
    )
    print(f"{label}: ({DAYS} days of data)")


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        engines = [("SQLite", f"sqlite:///{Path(folder) / 'bench.db'}")]
        postgres = os.environ.get("CRAMPCHECK_TEST_POSTGRES_URL")
        if postgres:
            engines.append(("PostgreSQL", postgres))
        for label, url in engines:
            if label == "PostgreSQL":
                _reset_postgres(url)
            store = open_store(url)
            copy = open_store(f"sqlite:///{Path(folder) / f'copy-{label}.db'}")
            try:
                bench(store, copy, label)
            finally:
                store.close()
                copy.close()


if __name__ == "__main__":
    main()
