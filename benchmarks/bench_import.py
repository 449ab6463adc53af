"""Apple Health import benchmark: memory and time for a generated export of >= 50 MB.

The export is written by ``tests/imports/apple_health_gen.py`` (mostly heart rate and steps,
with meals and drinks, like a real one). The import runs in a fresh child process so its peak
resident memory (``ru_maxrss``) is the import's own; the goal is under 200 MB.

    PYTHONPATH=. python benchmarks/bench_import.py [--mb 60] [--zip] [--trace]
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests.imports.apple_health_gen import write_file

GOAL_MB = 200.0

CHILD = """
import json, resource, sys, time, tracemalloc
from datetime import datetime, timezone
if sys.argv[3] == "trace":
    tracemalloc.start()
from crampcheck.services import diary, imports
from crampcheck.storage.store import open_store
store = open_store(sys.argv[2])
person = diary.add_profile(store, "ann", 58, "female")
started = time.perf_counter()
with open(sys.argv[1], "rb") as stream:
    summary = imports.import_stream(store, person, stream, datetime.now(timezone.utc))
seconds = time.perf_counter() - started
started = time.perf_counter()
with open(sys.argv[1], "rb") as stream:
    again = imports.import_stream(store, person, stream, datetime.now(timezone.utc))
again_seconds = time.perf_counter() - started
store.close()
print(json.dumps({
    "seconds": seconds, "again_seconds": again_seconds, "read": summary.read,
    "food": summary.food, "fluids": summary.fluids, "again_added": again.added,
    "python_peak_mb": tracemalloc.get_traced_memory()[1] / 2**20,
    "rss_peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
}))
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--mb", type=float, default=60.0, help="size of the export in MB")
    parser.add_argument(
        "--trace", action="store_true", help="also trace Python allocations (about 2x slower)"
    )
    parser.add_argument(
        "--zip", action="store_true", help="import it zipped, as Apple's export.zip"
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "export.xml"
        started = time.perf_counter()
        written = write_file(path, int(args.mb * 2**20))
        print(
            f"generated {written.size / 2**20:.1f} MB in {time.perf_counter() - started:.1f} s: "
            f"{written.meals:,} meals, {written.drinks:,} drinks, {written.other:,} other records"
        )
        if args.zip:
            import zipfile

            zipped = Path(folder) / "export.zip"
            with zipfile.ZipFile(zipped, "w", zipfile.ZIP_DEFLATED) as archive:
                archive.write(path, "apple_health_export/export.xml")
            path.unlink()
            path = zipped
            print(f"zipped to {path.stat().st_size / 2**20:.1f} MB")
        url = f"sqlite:///{Path(folder) / 'bench.db'}"
        child = subprocess.run(
            [sys.executable, "-c", CHILD, str(path), url, "trace" if args.trace else "-"],
            capture_output=True,
            text=True,
            check=True,
        )
        result = json.loads(child.stdout)
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(
        f"import: {result['read']:,} records read, {result['food']:,} food entries and "
        f"{result['fluids']:,} drinks stored in {result['seconds']:.1f} s"
    )
    print(
        f"again: {result['again_added']} added in {result['again_seconds']:.1f} s "
        "(everything already imported)"
    )
    traced = f"; Python allocations peak {result['python_peak_mb']:.0f} MB" if args.trace else ""
    print(
        f"peak resident memory of the importing process: {result['rss_peak_mb']:.0f} MB "
        f"(children max {children:.0f} MB){traced}; goal < {GOAL_MB:.0f} MB: "
        + ("met" if result["rss_peak_mb"] < GOAL_MB else "NOT met")
    )


if __name__ == "__main__":
    main()
