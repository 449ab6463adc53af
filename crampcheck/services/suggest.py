"""Food suggestions that close a diary's low nutrients: the shortlist, the MILP and the result.

Public entry points::

    suggest(text, profile, constraints) -> Suggestion              # a free-text diary
    suggest_for_intake(intake, profile, constraints) -> Suggestion # an intake already analysed

The model (scipy ``milp`` with HiGHS, over the curated shortlist only): integer portions ``x`` of
each allowed food (0..max), a binary ``y`` per food (at most ``max_foods`` chosen), and a slack
``s`` per gap. Gaps are soft (closing them dominates the objective), limits are hard: each UL that
applies to total intake, the sodium CDRR, the energy budget, and the medical caps. Objective: the
unclosed share of each gap (heavily weighted), then the number of portions and foods, then grams.
The MILP runs for at most ``TIME_LIMIT_S``; its best plan is then topped up by ``polish``. If
the MILP finds nothing in its time limit, the LP relaxation is rounded down (still within every
limit, because all amounts are non-negative) and cut to the ``max_foods`` largest.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from functools import cache
from importlib.resources import files
from typing import Any

import yaml

from crampcheck.core.dri import targets_for
from crampcheck.core.intake import (
    IntakeResult,
    compare_with_targets,
    total_nutrients,
)
from crampcheck.core.models import Profile
from crampcheck.core.nutrients import Nutrient
from crampcheck.core.ports import FoodRepository
from crampcheck.core.suggest import (
    KIND_CAPS,
    REPORTED_NUTRIENTS,
    Constraints,
    Diet,
    Plan,
    ShortlistFood,
    SuggestedFood,
    Suggestion,
    allowed,
    describe_portion,
    plan_for,
    suggested_grams,
    usable,
)
from crampcheck.core.suggest_explain import explain, remaining_gaps
from crampcheck.data import load_dri, parse_yaml
from crampcheck.errors import FoodDataError, ProfileError
from crampcheck.services.intake import analyze_intake, analyze_items, weighed_item

TIME_LIMIT_S = 0.2
"""HiGHS finds a good plan fast and spends the rest proving it; the best found by then is used."""
PRESCREEN_TOP = 6
MIP_REL_GAP = 0.05
"""Stop once the plan is proven within 5 % of the best objective (keeps a request fast)."""
GAP_WEIGHT = 1000.0
"""Objective cost of leaving a whole gap open (1 % of a gap costs 10, a portion about 1.3)."""
PORTION_WEIGHT = 1.0
FOOD_WEIGHT = 1.0
GRAM_WEIGHT = 0.001
POTASSIUM_WEIGHT = 0.002
"""With a potassium limit, each added mg costs a little, so low-potassium foods are preferred."""


def suggest(
    text: str,
    profile: Profile,
    constraints: Constraints,
    *,
    foods: FoodRepository | None = None,
) -> Suggestion:
    """Analyse a diary and suggest foods that close its low nutrients (contract §4).

    Example:
        >>> from crampcheck.core.models import make_profile
        >>> from crampcheck.core.suggest import make_constraints
        >>> result = suggest("a banana", make_profile(40, "female"), make_constraints())
        >>> 1 <= len(result.suggestions) <= 4
        True
    """
    repository = foods if foods is not None else _default_foods()
    intake = analyze_intake(text, profile, foods=repository)
    return suggest_for_intake(intake, profile, constraints, foods=repository)


def suggest_for_intake(
    intake: IntakeResult,
    profile: Profile | None,
    constraints: Constraints,
    *,
    foods: FoodRepository | None = None,
) -> Suggestion:
    """Suggest 0–``max_foods`` foods for an intake already analysed (for ``assess``).

    ``profile`` defaults to the intake's own. ``after`` equals the intake of the diary plus the
    suggested ``(food_id, grams)`` items (``services.intake.weighed_item``).
    """
    profile = profile or intake.profile
    if profile is None:
        raise ProfileError("suggestions need a profile (age and sex) to know the targets")
    repository = foods if foods is not None else _default_foods()
    dris = targets_for(load_dri(), profile)
    targets_before = compare_with_targets(intake.totals, dris)
    plan = plan_for(targets_before, constraints)
    limits = {n: r.dri.upper for n, r in targets_before.items() if r.dri.upper is not None}
    limits.update({n: room for n, room in plan.rooms.items() if n not in limits})
    expecting = profile.pregnant or profile.lactating
    candidates = [
        food
        for food in load_shortlist(repository)
        if allowed(food, constraints)
        and usable(food, plan, limits)
        and not (expecting and "higher_mercury" in food.flags)
    ]
    notes = list(plan.notes)
    chosen, solver = (
        _solve(prescreen(candidates, plan), plan, constraints) if plan.needs else ([], "none")
    )
    if solver == "lp":
        notes.append("The exact optimiser ran out of time; these portions come from a simpler fit.")
    picked = tuple(
        SuggestedFood(
            food.food_id,
            food.name,
            suggested_grams(n, food),
            describe_portion(n, food.portion),
            n,
        )
        for food, n in chosen
    )
    new_items = tuple(weighed_item(s.food_id, s.grams, repository) for s in picked)
    totals, _ = total_nutrients((*intake.items, *new_items))
    targets_after = compare_with_targets(totals, dris)
    gaps = remaining_gaps(targets_after, plan, candidates, constraints)
    notes.extend(explain(intake, targets_before, constraints, picked))
    if expecting and any("fish" in food.contains for food, _ in chosen):
        notes.append(
            "As a precaution, the larger predatory fish were left out of suggestions in pregnancy "
            "and while breastfeeding; ask your midwife or clinician which fish suit you."
        )
    return Suggestion(
        suggestions=picked,
        before={n: intake.totals.get(n) for n in REPORTED_NUTRIENTS},
        after={n: totals.get(n) for n in REPORTED_NUTRIENTS},
        remaining_gaps=gaps,
        notes=tuple(notes),
        targets_before=targets_before,
        targets_after=targets_after,
        solver=solver,
    )


def suggest_for_items(
    items: Sequence[tuple[str, float]],
    profile: Profile,
    constraints: Constraints,
    *,
    foods: FoodRepository | None = None,
) -> Suggestion:
    """Suggest foods for a day of exact ``(food_id, grams)`` items (a diary's average day)."""
    repository = foods if foods is not None else _default_foods()
    intake = analyze_items(items, profile, foods=repository)
    return suggest_for_intake(intake, profile, constraints, foods=repository)


def _default_foods() -> FoodRepository:
    from crampcheck.foods import open_food_database

    return open_food_database()


# --- the shortlist ---------------------------------------------------------------------------


_SHORTLISTS: dict[int, tuple[FoodRepository, tuple[ShortlistFood, ...]]] = {}


def load_shortlist(foods: FoodRepository) -> tuple[ShortlistFood, ...]:
    """The curated shortlist with each portion's nutrients from the food database (cached per
    repository object)."""
    cached = _SHORTLISTS.get(id(foods))
    if cached is None or cached[0] is not foods:
        cached = (foods, tuple(_shortlist_food(row, foods) for row in read_shortlist()))
        _SHORTLISTS[id(foods)] = cached
    return cached[1]


@cache
def read_shortlist() -> tuple[Mapping[str, Any], ...]:
    """The rows of ``data/foods/shortlist.yaml`` (built by tools/build_shortlist.py)."""
    text = files("crampcheck.data").joinpath("foods", "shortlist.yaml").read_text(encoding="utf-8")
    try:
        rows = parse_yaml(text)["foods"]
    except (yaml.YAMLError, KeyError, TypeError) as error:
        raise FoodDataError(f"foods/shortlist.yaml is invalid: {error}") from error
    return tuple(rows)


def _shortlist_food(row: Mapping[str, Any], foods: FoodRepository) -> ShortlistFood:
    try:
        food = foods.get(str(row["id"]))
        grams = float(row["grams"])
        per_portion = {
            n: food.nutrients[n.value] * grams / 100.0
            for n in Nutrient
            if n.value in food.nutrients
        }
        return ShortlistFood(
            food_id=food.food_id,
            name=food.name,
            grams=grams,
            portion=str(row["portion"]),
            max_portions=int(row["max"]),
            diet=Diet(row["diet"]),
            contains=frozenset(row["contains"] or ()),
            per_portion=per_portion,
            kind=str(row.get("kind", "other")),
            flags=frozenset(row.get("flags") or ()),
        )
    except (KeyError, TypeError, ValueError) as error:
        raise FoodDataError(
            f"foods/shortlist.yaml row {dict(row)!r} is invalid: {error}"
        ) from error


# --- the optimisation ------------------------------------------------------------------------


def prescreen(foods: Sequence[ShortlistFood], plan: Plan) -> list[ShortlistFood]:
    """The foods worth offering the solver: for each gap, the best sources per portion and per
    kcal (``PRESCREEN_TOP`` each). Keeps the MILP small and fast; other foods are dominated."""
    keep: set[str] = set()
    for nutrient in plan.needs:
        sources = [f for f in foods if f.per_portion.get(nutrient, 0.0) > 0]
        by_portion = sorted(sources, key=lambda f: -f.per_portion[nutrient])
        by_energy = sorted(sources, key=lambda f: -f.per_portion[nutrient] / _kcal(f))
        keep.update(f.food_id for f in by_portion[:PRESCREEN_TOP])
        keep.update(f.food_id for f in by_energy[:PRESCREEN_TOP])
    return [f for f in foods if f.food_id in keep]


def _kcal(food: ShortlistFood) -> float:
    return max(food.per_portion.get(Nutrient.ENERGY_KCAL, 0.0), 1.0)


def _solve(
    foods: Sequence[ShortlistFood], plan: Plan, constraints: Constraints
) -> tuple[list[tuple[ShortlistFood, int]], str]:
    """Portions per chosen food, and which solver produced them."""
    import numpy as np
    from scipy.optimize import Bounds, LinearConstraint, linprog, milp

    if not foods:
        return [], "none"
    needs = list(plan.needs.items())
    rooms = list(plan.rooms.items())
    n_food, n_gap = len(foods), len(needs)
    n_var = 2 * n_food + n_gap  # x (portions), y (chosen), s (unclosed amount of each gap)
    amount = np.array([[food.per_portion.get(n, 0.0) for n, _ in needs] for food in foods])
    limit_amount = np.array([[food.per_portion.get(n, 0.0) for n, _ in rooms] for food in foods])
    cost = np.zeros(n_var)
    cost[:n_food] = [PORTION_WEIGHT + GRAM_WEIGHT * f.grams for f in foods]
    if constraints.limit_potassium:
        cost[:n_food] += [
            POTASSIUM_WEIGHT * f.per_portion.get(Nutrient.POTASSIUM_MG, 0.0) for f in foods
        ]
    cost[n_food : 2 * n_food] = FOOD_WEIGHT
    cost[2 * n_food :] = [GAP_WEIGHT / need for _, need in needs]
    rows, lower, upper = [], [], []
    for j, (_, need) in enumerate(needs):  # amount + slack >= need
        row = np.zeros(n_var)
        row[:n_food] = amount[:, j]
        row[2 * n_food + j] = 1.0
        rows.append(row)
        lower.append(need)
        upper.append(np.inf)
    for j, (_, room) in enumerate(rooms):  # amount <= room
        row = np.zeros(n_var)
        row[:n_food] = limit_amount[:, j]
        rows.append(row)
        lower.append(-np.inf)
        upper.append(room)
    maxima = np.array([f.max_portions for f in foods], dtype=float)
    for i in range(n_food):  # x_i <= max_i * y_i
        row = np.zeros(n_var)
        row[i] = 1.0
        row[n_food + i] = -maxima[i]
        rows.append(row)
        lower.append(-np.inf)
        upper.append(0.0)
    for kind, cap in KIND_CAPS.items():  # sum of portions of a kind <= cap
        row = np.zeros(n_var)
        row[:n_food] = [1.0 if f.kind == kind else 0.0 for f in foods]
        rows.append(row)
        lower.append(-np.inf)
        upper.append(float(cap))
    row = np.zeros(n_var)
    row[n_food : 2 * n_food] = 1.0
    rows.append(row)
    lower.append(-np.inf)
    upper.append(float(constraints.max_foods))
    matrix = np.array(rows)
    bounds_hi = np.concatenate([maxima, np.ones(n_food), [need for _, need in needs]])
    integrality = np.concatenate([np.ones(2 * n_food), np.zeros(n_gap)])
    result = milp(
        cost,
        constraints=LinearConstraint(matrix, lower, upper),
        integrality=integrality,
        bounds=Bounds(np.zeros(n_var), bounds_hi),
        options={"time_limit": TIME_LIMIT_S, "mip_rel_gap": MIP_REL_GAP},
    )
    if result.x is not None:
        counts = [round(v) for v in result.x[:n_food]]
        chosen = [(f, c) for f, c in zip(foods, counts, strict=True) if c > 0]
        return polish(chosen, plan), "milp" if result.status == 0 else "milp-time-limit"
    n_limit = n_gap + len(rooms)
    relaxed = linprog(
        cost,
        A_ub=np.vstack([-matrix[:n_gap], matrix[n_gap:n_limit]]),
        b_ub=np.concatenate([-np.array(lower[:n_gap]), np.array(upper[n_gap:n_limit])]),
        bounds=list(zip(np.zeros(n_var), bounds_hi, strict=True)),
        method="highs",
    )
    if relaxed.x is None:
        return [], "none"
    floors = [(f, math.floor(v + 1e-9)) for f, v in zip(foods, relaxed.x[:n_food], strict=True)]
    best = sorted((pair for pair in floors if pair[1] > 0), key=lambda pair: -pair[1])
    return best[: constraints.max_foods], "lp"


def polish(chosen: list[tuple[ShortlistFood, int]], plan: Plan) -> list[tuple[ShortlistFood, int]]:
    """Add single portions of the chosen foods while that closes more of the open gaps and keeps
    every limit (the MILP stops within ``MIP_REL_GAP`` of the optimum and may leave a sliver)."""
    counts = {f.food_id: c for f, c in chosen}
    by_id = {f.food_id: f for f, _ in chosen}

    def totals(nutrient: Nutrient) -> float:
        return sum(by_id[i].per_portion.get(nutrient, 0.0) * c for i, c in counts.items())

    def unmet() -> float:
        return sum(max(need - totals(n), 0.0) / need for n, need in plan.needs.items())

    current = unmet()
    while current > 1e-9:
        best: tuple[float, str] | None = None
        for food_id, food in by_id.items():
            if counts[food_id] >= food.max_portions:
                continue
            counts[food_id] += 1
            fits = all(totals(n) <= room + 1e-9 for n, room in plan.rooms.items()) and all(
                sum(c for i, c in counts.items() if by_id[i].kind == kind) <= cap
                for kind, cap in KIND_CAPS.items()
            )
            score = unmet()
            counts[food_id] -= 1
            if fits and score < current - 1e-9 and (best is None or score < best[0]):
                best = (score, food_id)
        if best is None:
            break
        current, food_id = best
        counts[food_id] += 1
    return [(by_id[i], c) for i, c in counts.items()]
