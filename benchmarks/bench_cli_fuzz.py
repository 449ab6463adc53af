"""The long run of the CLI boundary fuzz test and the round-trip properties (issue 15).

Runs the strategies and checks of ``tests/cli/cli_fuzz.py`` for many more inputs per entry
point than CI does, counting contract failures by kind instead of stopping at the first
(goal: 0 of every kind), then round-trips arbitrary diaries through JSON and CSV on SQLite, and
SQLite → PostgreSQL → SQLite when ``CRAMPCHECK_TEST_POSTGRES_URL`` is set (goal: 100 %
identical). Prints the figures.

    PYTHONPATH=. python benchmarks/bench_cli_fuzz.py --examples 1000 --diaries 1000
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import tempfile
import time
from collections import Counter
from pathlib import Path

from hypothesis import HealthCheck, Phase, given, seed, settings
from hypothesis import strategies as st

from crampcheck.data import food_db_path
from crampcheck.storage.store import DiaryStore, open_store
from tests.cli import cli_fuzz as fz
from tests.storage import roundtrip_data as rt


def _settings(examples: int) -> settings:
    return settings(
        max_examples=examples,
        deadline=None,
        database=None,
        phases=[Phase.generate],
        suppress_health_check=list(HealthCheck),
    )


def fuzz_entry_point(entry: fz.EntryPoint, examples: int, url: str, workdir: str) -> Counter[str]:
    """Failures by kind over ``examples`` generated inputs (``inputs`` counts them all)."""
    counts: Counter[str] = Counter()
    food = sqlite3.connect(f"file:{food_db_path()}?mode=ro", uri=True)
    lookup = fz.per_100g_lookup(food)

    @seed(15)
    @_settings(examples)
    @given(data=st.data())
    def run(data: st.DataObject) -> None:
        args, stdin = data.draw(fz.invocation(entry))
        counts["inputs"] += 1
        try:
            fz.fuzz_once(entry, args, stdin, url, workdir, lookup)
        except fz.ContractError as error:
            counts[error.kind] += 1
            if counts[error.kind] == 1:
                print(f"    first {error.kind}: {args!r}: {str(error)[:200]}")

    run()
    food.close()
    return counts


def round_trips(diaries: int, postgres_url: str | None) -> Counter[str]:
    """How many arbitrary diaries come back identical through each path."""
    counts: Counter[str] = Counter()
    folder = Path(tempfile.mkdtemp(prefix="crampcheck-roundtrip-"))
    source = open_store(f"sqlite:///{folder / 'a.db'}")
    copy = open_store(f"sqlite:///{folder / 'b.db'}")
    postgres: DiaryStore | None = None
    if postgres_url:
        from tests.storage.conftest import reset_postgres

        reset_postgres(postgres_url)
        postgres = open_store(postgres_url)

    @seed(15)
    @_settings(diaries)
    @given(people=rt.diaries())
    def run(people: list[object]) -> None:
        rt.wipe(source)
        rt.store_diaries(source, people)  # type: ignore[arg-type]
        expected = rt.exports(source)
        counts["diaries"] += 1
        counts["json identical"] += rt.exports(rt.copy_through(expected[0], copy)) == expected
        counts["csv identical"] += rt.exports(rt.copy_through(expected[1], copy)) == expected
        if postgres is not None:
            via = rt.exports(rt.copy_through(expected[1], postgres))[1]
            back = rt.exports(rt.copy_through(via, copy))
            counts["sqlite->postgres->sqlite (csv) identical"] += back == expected
            via = rt.exports(rt.copy_through(expected[0], postgres))[0]
            back = rt.exports(rt.copy_through(via, copy))
            counts["sqlite->postgres->sqlite (json) identical"] += back == expected

    run()
    for store in (source, copy, postgres):
        if store is not None:
            store.close()
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--examples", type=int, default=1000, help="inputs per entry point")
    parser.add_argument("--diaries", type=int, default=1000, help="round-trip diaries")
    parser.add_argument("--only", nargs="*", default=None, help="entry point names")
    options = parser.parse_args()
    workdir = tempfile.mkdtemp(prefix="crampcheck-fuzz-")
    url = f"sqlite:///{workdir}/diary.db"
    fz.seed_database(url)
    total: Counter[str] = Counter()
    print(f"CLI boundary fuzz, seed 15, up to {options.examples} inputs per entry point")
    for entry in fz.ENTRY_POINTS:
        if options.only and entry.name not in options.only:
            continue
        started = time.perf_counter()
        counts = fuzz_entry_point(entry, options.examples, url, workdir)
        failures = {k: v for k, v in counts.items() if k != "inputs"}
        seconds = time.perf_counter() - started
        found = failures or 0
        print(f"  {entry.name:16} {counts['inputs']:6} inputs  failures {found}  {seconds:.0f} s")
        total.update(counts)
    failures = {k: v for k, v in total.items() if k != "inputs"}
    print(f"  total            {total['inputs']:6} inputs  failures by kind: {failures or 'none'}")
    if options.diaries:
        started = time.perf_counter()
        counts = round_trips(options.diaries, os.environ.get("CRAMPCHECK_TEST_POSTGRES_URL"))
        print(f"Round trips ({time.perf_counter() - started:.0f} s):")
        made = counts["diaries"]
        for key, value in counts.items():
            if key != "diaries":
                print(f"  {key}: {value}/{made} ({100 * value / made:.1f} %)")


if __name__ == "__main__":
    main()
