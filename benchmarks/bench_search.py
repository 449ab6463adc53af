"""Food-search accuracy (top-1, top-5) on the query sets and latency per query.

Usage: python benchmarks/bench_search.py [--set dev|test|holdout|all] [--misses]

benchmarks/queries/dev.yaml was used for tuning. test.yaml was written before tuning and scored
once (85.8% top-1, 95.3% top-5), then used for tuning too. holdout.yaml was written afterwards by a
session that never saw the search code, and scored once, then tuned on; blind2.yaml likewise,
scored once at the end of the session (see docs/food-search.md).

The gold ids are SR24 foods. "Same food" also counts an FNDDS food made of exactly one gold SR
ingredient (FNDDS "Banana, raw" is SR 09040): the same food from the other source.
"As eaten" also counts an FNDDS food whose largest SR ingredient, at least 90 % of its recipe
weight, is a gold food (FNDDS "Rice, white, cooked, NS as to fat" is 99 % SR 20045 and a little
salt and fat: the food as eaten). A cooked FNDDS vegetable is made from the raw SR food ("Broccoli,
fresh, cooked, no added fat" is 99.7 % "Broccoli, raw"): it also counts as that food's cooked SR
forms ("Broccoli, cooked, boiled, drained, without salt"), the same food. The links come from
``queries/fndds_main_ingredient.json``,
written by ``tools/build_main_ingredients.py`` from the FNDDS ingredients workbook.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path

import yaml

from crampcheck.foods import open_food_database

QUERIES = Path(__file__).parent / "queries"
MAIN_INGREDIENTS = QUERIES / "fndds_main_ingredient.json"


def main_ingredients() -> dict[str, frozenset[str]]:
    """FNDDS food code -> the SR food that makes up at least 90 % of its recipe, and, for a cooked
    food made from the raw SR food, that food's cooked SR forms."""
    foods = json.loads(MAIN_INGREDIENTS.read_text(encoding="utf-8"))["foods"]
    return {code: frozenset([str(link[0]), *link[2:]]) for code, link in foods.items()}


def load(name: str) -> list[tuple[str, set[str]]]:
    data = yaml.safe_load((QUERIES / f"{name}.yaml").read_text(encoding="utf-8"))
    return [(q["query"], {str(g) for g in q["gold"]}) for q in data["queries"]]


def evaluate(name: str, show_misses: bool) -> None:
    db = open_food_database()
    queries = load(name)
    main = main_ingredients()
    top1 = top5 = same1 = same5 = eaten1 = eaten5 = 0
    latencies: list[float] = []
    cpu: list[float] = []
    for query, gold in queries:
        start, start_cpu = time.perf_counter(), time.process_time()
        results = db.search(query, limit=5)
        latencies.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - start_cpu) * 1000)
        ids = [r.food_id for r in results]
        top1 += bool(ids) and ids[0] in gold
        top5 += bool(gold & set(ids))
        same = [db.same_food(food_id) for food_id in ids]
        same1 += bool(same) and bool(same[0] & gold)
        same5 += any(s & gold for s in same)
        eaten = [s | main[i] if i in main else s for i, s in zip(ids, same, strict=True)]
        eaten1 += bool(eaten) and bool(eaten[0] & gold)
        eaten5 += any(s & gold for s in eaten)
        if show_misses and (not ids or ids[0] not in gold):
            got = f"{results[0].food_id} {results[0].name}" if results else "nothing"
            print(f"  miss: {query!r} -> {got}")
    n = len(queries)
    latencies.sort()
    p95 = latencies[int(0.95 * (n - 1))]
    print(
        f"{name}: {n} queries  top-1 {100 * top1 / n:.1f}%  top-5 {100 * top5 / n:.1f}%  "
        f"(same food: top-1 {100 * same1 / n:.1f}%  top-5 {100 * same5 / n:.1f}%; "
        f"as eaten: top-1 {100 * eaten1 / n:.1f}%  top-5 {100 * eaten5 / n:.1f}%)  "
        f"latency p50 {statistics.median(latencies):.2f} ms  p95 {p95:.2f} ms  "
        f"(CPU p50 {statistics.median(cpu):.2f} ms)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", choices=["dev", "test", "holdout", "blind2", "all"], default="all")
    parser.add_argument("--misses", action="store_true", help="list the top-1 misses")
    args = parser.parse_args()
    open_food_database().search("warm up")
    for name in ("dev", "test", "holdout", "blind2") if args.set == "all" else (args.set,):
        evaluate(name, args.misses)


if __name__ == "__main__":
    main()
