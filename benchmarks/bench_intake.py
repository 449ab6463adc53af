"""Intake speed: one-day diaries in-process, `intake --batch` throughput, and cold starts.

Usage: python benchmarks/bench_intake.py [--rounds 200]
Goals (issue 3): a five-item diary under 5 ms in-process; `crampcheck --help` under 200 ms.

The food database remembers its searches, so a diary read again (the loop below) searches
nothing: "again" is that time, "first" the time with the searches forgotten before each round
(every item searched as if for the first time). CPU is the process time, less disturbed than the
wall clock when the machine is shared.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time

from crampcheck.foods import open_food_database
from crampcheck.services.intake import analyze_intake

FIVE_ITEMS = "2 eggs, a medium banana, 1 cup spinach, 100g salmon, a glass of milk"
DIARIES = [
    FIVE_ITEMS,
    "a bowl of muesli with yogurt, two kiwis and a handful of walnuts",
    "porridge with honey; coffee with milk; an apple; 1/2 cup cooked black beans; "
    "150 g grilled chicken breast; a baked potato; a pint of beer",
    "1 large sweet potato, baked\n2 slices whole wheat toast with peanut butter\n"
    "1 cup (240 ml) orange juice\nsalmon 150g\nhalf an avocado\n½ cup blueberries",
]


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[int(fraction * (len(ordered) - 1))]


def timed(diary: str, rounds: int, first: bool) -> tuple[list[float], list[float]]:
    """Wall and CPU milliseconds of each round; ``first``: searches forgotten before each."""
    foods = open_food_database()
    wall, cpu = [], []
    for _ in range(rounds):
        if first:
            foods.forget_searches()
        start, start_cpu = time.perf_counter(), time.process_time()
        analyze_intake(diary)
        wall.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - start_cpu) * 1000)
    return wall, cpu


def in_process(rounds: int) -> None:
    analyze_intake("warm up")
    for diary in DIARIES:
        items = len(analyze_intake(diary).items)
        for label, first in (("first", True), ("again", False)):
            wall, cpu = timed(diary, rounds, first)
            print(
                f"in-process  {items:2d} items, {label}: p50 {statistics.median(wall):.2f} ms  "
                f"p95 {percentile(wall, 0.95):.2f} ms  (CPU p50 {statistics.median(cpu):.2f} ms)"
            )


def batch(lines: int) -> None:
    requests = "\n".join(
        json.dumps({"text": DIARIES[i % len(DIARIES)], "profile": {"age": 40, "sex": "female"}})
        for i in range(lines)
    )
    start = time.perf_counter()
    out = subprocess.run(
        [sys.executable, "-m", "crampcheck", "intake", "--batch"],
        input=requests,
        capture_output=True,
        text=True,
        check=True,
    )
    elapsed = time.perf_counter() - start
    assert len(out.stdout.splitlines()) == lines
    print(
        f"--batch     {lines} diaries in {elapsed:.2f} s: {lines / elapsed:.0f} diaries/s "
        "(including start-up)"
    )


def cold(args: list[str], runs: int = 7) -> None:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "crampcheck", *args], capture_output=True, check=True)
        times.append((time.perf_counter() - start) * 1000)
    label = " ".join(args)[:40]
    print(f"cold start  crampcheck {label}: median {statistics.median(times):.0f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=200)
    args = parser.parse_args()
    in_process(args.rounds)
    batch(1000)
    cold(["--help"])
    cold(["intake", FIVE_ITEMS, "--age", "40", "--sex", "female"])
    cold(["intake", FIVE_ITEMS, "--json"])


if __name__ == "__main__":
    main()
