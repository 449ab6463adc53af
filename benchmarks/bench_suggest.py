"""Food suggestions: time per suggestion set, and the share of sample diaries fully closed.

Usage: python benchmarks/bench_suggest.py [--repeat N] [--show]

For each of the sample diaries below (a profile, constraints and a typical day's diary) it times
``suggest_for_intake`` (the diary is analysed once beforehand; the solver is warmed up first) and
counts a diary as *closed* when no targeted low nutrient is left open with at most 4 foods.
Nutrients deliberately not pushed (sodium without heavy sweating, potassium with kidney disease,
vitamin K with warfarin) do not count as open. Goal: median under 300 ms.
"""

from __future__ import annotations

import argparse
import statistics
import time

from crampcheck.core.intake import IntakeResult
from crampcheck.core.models import Profile, make_profile
from crampcheck.core.nutrients import CRAMP_NUTRIENTS
from crampcheck.core.suggest import TARGET_NUTRIENTS, Constraints, make_constraints
from crampcheck.foods import open_food_database
from crampcheck.services.intake import analyze_intake
from crampcheck.services.suggest import suggest_for_intake

F45 = make_profile(45, "female")
M35 = make_profile(35, "male")
F68 = make_profile(68, "female")
M75 = make_profile(75, "male")
T16 = make_profile(16, "female")
PREG = make_profile(29, "female", pregnant=True)
LACT = make_profile(33, "female", lactating=True)
NONE = make_constraints()
VEGAN = make_constraints(diet="vegan")
VEGGIE = make_constraints(diet="vegetarian")
PESC = make_constraints(diet="pescatarian")

CASES: list[tuple[str, Profile, Constraints]] = [
    (
        "2 slices of white toast with butter, a coffee with milk, a ham sandwich, an apple",
        F45,
        NONE,
    ),
    ("a bowl of cornflakes with milk, spaghetti with tomato sauce, a beer, a cookie", M35, NONE),
    ("porridge with banana, lentil soup, 2 slices of bread, rice with peas, an orange", F68, VEGAN),
    (
        "a croissant, a latte, a cheese sandwich, a bag of crisps, pizza, a glass of wine",
        F45,
        VEGGIE,
    ),
    ("2 eggs, toast, a chicken salad, a steak with chips, a beer", M35, NONE),
    ("muesli with yogurt, a tuna sandwich, salmon with potatoes, an apple", F68, PESC),
    ("a bagel with cream cheese, a coffee, a burger, fries, a cola", M75, NONE),
    ("oatmeal, a banana, peanut butter sandwich, chili con carne, rice", T16, NONE),
    ("toast with jam, tea with milk, soup, a roll, fish and chips", M75, NONE),
    ("a smoothie, a veggie burger, a salad, pasta with pesto", PREG, VEGGIE),
    ("2 weetabix with milk, a ham sandwich, shepherd's pie, a yogurt", LACT, NONE),
    ("rice with tofu, miso soup, noodles with vegetables, an orange", F45, VEGAN),
    ("scrambled eggs, toast, a chicken wrap, a pork chop with potatoes", M35, NONE),
    ("a muffin, coffee, a turkey sandwich, spaghetti bolognese", F68, make_constraints(ckd=True)),
    (
        "cereal with milk, a cheese sandwich, a pizza, ice cream",
        F45,
        make_constraints(warfarin=True),
    ),
    ("porridge, a falafel wrap, dal with rice, an apple", M35, VEGAN),
    ("a croissant, an espresso, a salad with feta, risotto", F45, VEGGIE),
    ("a bacon sandwich, tea, a sausage roll, a curry with naan", M75, NONE),
    ("granola with milk, a banana, a tuna salad, grilled chicken, rice", PREG, NONE),
    ("toast with butter, 2 cups of coffee, a sandwich, soup", F68, NONE),
    ("pancakes with syrup, orange juice, a hot dog, macaroni and cheese", T16, VEGGIE),
    ("an apple, crackers with cheese, a chicken curry", M35, make_constraints(avoid=["dairy"])),
    ("a boiled egg, rye bread, herring, potatoes, cucumber salad", F68, PESC),
    (
        "yogurt with berries, a quinoa salad, a bean burrito",
        F45,
        make_constraints(avoid=["gluten"]),
    ),
    ("a bowl of rice, a stir fry with chicken, green tea", M35, make_constraints(avoid=["soy"])),
    ("white bread, margarine, tea with sugar, a pie, mashed potatoes", M75, NONE),
    ("a smoothie bowl, avocado toast, a lentil curry", LACT, VEGAN),
    ("a granola bar, a coffee, a chicken sandwich, a pasta salad", F45, PESC),
    ("cornflakes, a cheese toastie, beans on toast, a cup of tea", F68, NONE),
    ("an omelette, a ham salad, grilled fish with rice", M75, make_constraints(avoid=["nuts"])),
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="timed runs per diary")
    parser.add_argument("--show", action="store_true", help="print each diary's suggestions")
    args = parser.parse_args()
    db = open_food_database()
    intakes: list[tuple[IntakeResult, Profile, Constraints]] = [
        (analyze_intake(text, profile, foods=db), profile, c) for text, profile, c in CASES
    ]
    suggest_for_intake(intakes[0][0], intakes[0][1], intakes[0][2], foods=db)  # warm-up
    times: list[float] = []
    closed = closed_but_d = closed_cramp = foods_used = 0
    for intake, profile, constraints in intakes:
        for _ in range(args.repeat):
            start = time.perf_counter()
            result = suggest_for_intake(intake, profile, constraints, foods=db)
            times.append((time.perf_counter() - start) * 1000)
        skipped = {
            n
            for n, why in ((g.nutrient, g.why) for g in result.remaining_gaps)
            if "not pushed" in why or "kept steady" in why
        }
        open_gaps = [
            g.nutrient
            for g in result.remaining_gaps
            if g.nutrient in TARGET_NUTRIENTS and g.nutrient not in skipped
        ]
        closed += not open_gaps
        closed_but_d += all(n.value == "vitamin_d_ug" for n in open_gaps)
        closed_cramp += not set(open_gaps) & set(CRAMP_NUTRIENTS)
        foods_used += len(result.suggestions)
        if args.show:
            picked = ", ".join(f"{s.name.split(',')[0]} {s.grams:g} g" for s in result.suggestions)
            print(f"- {picked or 'nothing'}; open: {[n.value for n in open_gaps]}")
    times.sort()
    n = len(intakes)
    p95 = times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
    print(f"diaries: {n}, timed runs: {len(times)}")
    print(f"time per suggestion set: median {statistics.median(times):.0f} ms, p95 {p95:.0f} ms,")
    print(f"  max {times[-1]:.0f} ms (goal: median under 300 ms)")
    print(f"fully closed with <= 4 foods: {closed}/{n} ({100 * closed / n:.0f}%)")
    print(f"closed except vitamin D: {closed_but_d}/{n} ({100 * closed_but_d / n:.0f}%)")
    print(
        f"cramp nutrients (Mg, K, Ca, D, B1, B12) closed: {closed_cramp}/{n} "
        f"({100 * closed_cramp / n:.0f}%)"
    )
    print(f"foods per suggestion set: {foods_used / n:.1f} on average")


if __name__ == "__main__":
    main()
