"""Fresh-text speed: every whole day of a blind set read once, in-process, after a warm-up set.

Usage: python benchmarks/bench_fresh_days.py [--set prose-v2] [--warm prose-v1]

bench_intake.py and bench_prose.py time one diary read again and again, so whatever is
remembered per text (compiled patterns, searches) is warm there. Here every day is new text: the
food sources are open and the warm-up set's words were seen, as in a running service, but no day
repeats. Prints the p50 per day and per item, CPU and wall (see docs/speed.md).
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path
from typing import Any

from crampcheck.core.locale import parse_locale
from crampcheck.services.intake import analyze_intake

BLIND = Path(__file__).parent / "blind"


def days(name: str) -> list[dict[str, Any]]:
    lines = (BLIND / name / "days.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", default="prose-v2", help="folder of benchmarks/blind to time")
    parser.add_argument("--warm", default="prose-v1", help="folder read first, untimed")
    args = parser.parse_args()
    for day in days(args.warm):
        analyze_intake(day["text"], locale=parse_locale(day["locale"]))
    cpu, wall, per_item = [], [], []
    for day in days(args.set):
        start, start_cpu = time.perf_counter(), time.process_time()
        result = analyze_intake(day["text"], locale=parse_locale(day["locale"]))
        cpu.append((time.process_time() - start_cpu) * 1000)
        wall.append((time.perf_counter() - start) * 1000)
        per_item.append(cpu[-1] / max(len(result.items), 1))
    print(
        f"{args.set}: {len(cpu)} fresh days  p50 CPU {statistics.median(cpu):.1f} ms  "
        f"wall {statistics.median(wall):.1f} ms  (CPU per item p50 "
        f"{statistics.median(per_item):.2f} ms)"
    )


if __name__ == "__main__":
    main()
