"""Pure suggestion logic: constraints, which foods are allowed, what to close and keep under."""

from __future__ import annotations

import pytest

from crampcheck.core.dri import Dri, TargetKind, UpperScope
from crampcheck.core.intake import Status, TargetResult
from crampcheck.core.nutrients import Nutrient
from crampcheck.core.suggest import (
    LOW_POTASSIUM_ROOM_MG,
    WARFARIN_VITAMIN_K_ROOM_UG,
    Diet,
    ShortlistFood,
    SuggestedFood,
    allowed,
    describe_portion,
    make_constraints,
    plan_for,
    suggested_grams,
    text_with_suggestions,
    usable,
)
from crampcheck.errors import InputError


def food(
    name: str = "Beans, black",
    diet: Diet = Diet.VEGAN,
    contains: frozenset[str] = frozenset(),
    per_portion: dict[Nutrient, float] | None = None,
) -> ShortlistFood:
    return ShortlistFood("16015", name, 86.0, "½ cup (86 g)", 2, diet, contains, per_portion or {})


def target(
    nutrient: Nutrient,
    total: float | None,
    goal: float,
    upper: float | None = None,
    scope: UpperScope = UpperScope.NONE,
) -> TargetResult:
    dri = Dri(nutrient, TargetKind.RDA, goal, upper, scope, ("R1",), "", "female 31-50 y")
    if total is None:
        status = Status.UNKNOWN
    elif upper is not None and scope in (UpperScope.TOTAL, UpperScope.CDRR) and total > upper:
        status = Status.ABOVE_UL
    else:
        status = Status.LOW if total < goal else Status.ADEQUATE
    percent = None if total is None else round(100 * total / goal, 1)
    return TargetResult(dri, total, percent, status)


@pytest.mark.parametrize(
    ("person", "food_diet", "ok"),
    [
        (Diet.VEGAN, Diet.VEGAN, True),
        (Diet.VEGAN, Diet.VEGETARIAN, False),
        (Diet.VEGETARIAN, Diet.VEGAN, True),
        (Diet.VEGETARIAN, Diet.PESCATARIAN, False),
        (Diet.PESCATARIAN, Diet.PESCATARIAN, True),
        (Diet.PESCATARIAN, Diet.OMNIVORE, False),
        (Diet.OMNIVORE, Diet.OMNIVORE, True),
        (Diet.OMNIVORE, Diet.VEGAN, True),
    ],
)
def test_diet_allows(person: Diet, food_diet: Diet, ok: bool) -> None:
    assert person.allows(food_diet) is ok


@pytest.mark.parametrize(
    ("avoid", "groups", "words"),
    [
        (["dairy"], {"dairy"}, ()),
        (["Milk", "eggs"], {"dairy", "egg"}, ()),
        (["peanut", "tree nuts"], {"peanuts", "nuts"}, ()),
        (["seafood"], {"fish", "shellfish"}, ()),
        (["wheat", "  Kiwi  "], {"gluten"}, ("kiwi",)),
        (["", "spinach"], set(), ("spinach",)),
    ],
)
def test_make_constraints_reads_avoidances(
    avoid: list[str], groups: set[str], words: tuple[str, ...]
) -> None:
    constraints = make_constraints(avoid=avoid)
    assert constraints.avoid_groups == groups
    assert constraints.avoid_words == words


@pytest.mark.parametrize(
    "kwargs",
    [
        {"diet": "carnivore"},
        {"diet": 3},
        {"avoid": [7]},
        {"avoid": ["x" * 61]},
        {"max_foods": 0},
        {"max_foods": True},
        {"max_foods": 2.5},
        {"energy_budget_kcal": -1},
        {"energy_budget_kcal": "lots"},
    ],
)
def test_make_constraints_rejects_bad_input(kwargs: dict[str, object]) -> None:
    with pytest.raises(InputError):
        make_constraints(**kwargs)  # type: ignore[arg-type]


def test_diet_words() -> None:
    assert make_constraints(diet=" Vegan ").diet is Diet.VEGAN
    assert make_constraints(diet=None).diet is Diet.OMNIVORE
    assert make_constraints(diet="none").diet is Diet.OMNIVORE


@pytest.mark.parametrize(
    ("candidate", "constraints", "ok"),
    [
        (food(), make_constraints(diet="vegan"), True),
        (food(diet=Diet.VEGETARIAN, contains=frozenset({"dairy"})), make_constraints(), True),
        (
            food(diet=Diet.VEGETARIAN, contains=frozenset({"dairy"})),
            make_constraints(avoid=["lactose"]),
            False,
        ),
        (
            food("Nuts, almonds", contains=frozenset({"nuts"})),
            make_constraints(avoid=["nuts"]),
            False,
        ),
        (food("Kiwifruit, green, raw"), make_constraints(avoid=["kiwi"]), False),
        (food("Kiwifruit, green, raw"), make_constraints(avoid=["kiwis"]), False),
        (food("Bananas, raw"), make_constraints(avoid=["banana"]), False),
        (food("Bananas, raw"), make_constraints(avoid=["ban"]), True),
        (food("Cherries, sweet, raw"), make_constraints(avoid=["cherry"]), False),
        (food("Figs, raw"), make_constraints(avoid=["fig"]), False),
        (food("Figs, raw"), make_constraints(avoid=["fi"]), True),
        (food("Fish, salmon", Diet.PESCATARIAN), make_constraints(diet="vegetarian"), False),
    ],
)
def test_allowed(candidate: ShortlistFood, constraints: object, ok: bool) -> None:
    assert allowed(candidate, constraints) is ok  # type: ignore[arg-type]


def test_plan_closes_low_targets_and_keeps_limits() -> None:
    targets = {
        Nutrient.MAGNESIUM_MG: target(Nutrient.MAGNESIUM_MG, 200, 320, 350, UpperScope.SUPPLEMENTS),
        Nutrient.CALCIUM_MG: target(Nutrient.CALCIUM_MG, 700, 1000, 2500, UpperScope.TOTAL),
        Nutrient.SODIUM_MG: target(Nutrient.SODIUM_MG, 2000, 1500, 2300, UpperScope.CDRR),
        Nutrient.VITAMIN_D_UG: target(Nutrient.VITAMIN_D_UG, None, 15, 100, UpperScope.TOTAL),
        Nutrient.WATER_G: target(Nutrient.WATER_G, 900, 2700),
    }
    plan = plan_for(targets, make_constraints(energy_budget_kcal=600))
    assert plan.needs == {Nutrient.MAGNESIUM_MG: 120, Nutrient.CALCIUM_MG: 300}
    assert plan.rooms[Nutrient.CALCIUM_MG] == 1800
    assert plan.rooms[Nutrient.SODIUM_MG] == 300
    assert plan.rooms[Nutrient.VITAMIN_D_UG] == 100  # unknown total: the full UL is the room
    assert plan.rooms[Nutrient.ENERGY_KCAL] == 600
    assert Nutrient.MAGNESIUM_MG not in plan.rooms  # the Mg UL is for supplements only
    assert Nutrient.WATER_G not in plan.needs


def test_plan_medical_constraints() -> None:
    targets = {
        Nutrient.POTASSIUM_MG: target(Nutrient.POTASSIUM_MG, 1500, 2600),
        Nutrient.VITAMIN_K_UG: target(Nutrient.VITAMIN_K_UG, 30, 90),
        Nutrient.SODIUM_MG: target(Nutrient.SODIUM_MG, 900, 1500, 2300, UpperScope.CDRR),
    }
    plan = plan_for(targets, make_constraints(ckd=True, warfarin=True))
    assert plan.needs == {}
    assert set(plan.skipped) == {
        Nutrient.POTASSIUM_MG,
        Nutrient.VITAMIN_K_UG,
        Nutrient.SODIUM_MG,
    }
    assert "R7" in plan.skipped[Nutrient.VITAMIN_K_UG]
    assert plan.rooms[Nutrient.POTASSIUM_MG] == LOW_POTASSIUM_ROOM_MG
    assert plan.rooms[Nutrient.VITAMIN_K_UG] == WARFARIN_VITAMIN_K_ROOM_UG
    sweaty = plan_for(targets, make_constraints(heavy_sweating=True))
    assert sweaty.needs[Nutrient.SODIUM_MG] == 600
    assert sweaty.needs[Nutrient.POTASSIUM_MG] == 1100


def test_plan_above_limit_leaves_little_room_and_says_so() -> None:
    targets = {Nutrient.CALCIUM_MG: target(Nutrient.CALCIUM_MG, 2700, 1000, 2500, UpperScope.TOTAL)}
    plan = plan_for(targets, make_constraints())
    assert plan.rooms[Nutrient.CALCIUM_MG] == 125  # 5 % of the UL, and a note to cut back
    assert any("UL" in note and "cutting back" in note for note in plan.notes)


def test_usable_refuses_unknown_amounts_under_tight_limits() -> None:
    targets = {
        Nutrient.SODIUM_MG: target(Nutrient.SODIUM_MG, 2200, 1500, 2300, UpperScope.CDRR),
        Nutrient.VITAMIN_D_UG: target(Nutrient.VITAMIN_D_UG, 2, 15, 100, UpperScope.TOTAL),
    }
    plan = plan_for(targets, make_constraints())
    limits = {Nutrient.SODIUM_MG: 2300.0, Nutrient.VITAMIN_D_UG: 100.0}
    known = {Nutrient.SODIUM_MG: 5.0, Nutrient.ENERGY_KCAL: 100.0}
    assert usable(food(per_portion=known), plan, limits)  # vitamin D unknown but ample room
    assert not usable(food(per_portion={Nutrient.ENERGY_KCAL: 100.0}), plan, limits)
    warfarin = plan_for(targets, make_constraints(warfarin=True))
    assert not usable(food(per_portion=known), warfarin, limits)  # vitamin K unknown


def test_portions_grams_and_exact_items() -> None:
    banana = food("Bananas, raw")
    assert describe_portion(1, "1 medium (118 g)") == "1 medium (118 g)"
    assert describe_portion(2, "1 medium (118 g)") == "2 × 1 medium (118 g)"
    assert suggested_grams(2, banana) == 172.0
    picks = [SuggestedFood("09040", "Bananas, raw", 118.0, "1 medium", 1)]
    assert text_with_suggestions("toast  \n", picks) == "toast\n118 g [09040]"
    assert text_with_suggestions("toast", []) == "toast"


def test_every_citation_in_the_suggestion_texts_resolves() -> None:
    import re
    from pathlib import Path

    from crampcheck.data import load_citations

    known = {c.id for c in load_citations().citations}
    root = Path(__file__).resolve().parents[2] / "crampcheck"
    sources = ["core/suggest.py", "core/suggest_explain.py", "services/suggest.py"]
    cited = {
        ref
        for source in sources
        for ref in re.findall(r"\bR\d+\b", (root / source).read_text(encoding="utf-8"))
    }
    assert cited
    assert cited <= known, cited - known


@pytest.mark.parametrize(
    ("avoid", "name", "ok"),
    [
        ("cherries", "Cherries, sweet, raw", False),
        ("cherry", "Cherries, sweet, raw", False),
        ("kiwi", "Kiwifruit, green, raw", False),
        ("cherries", "Beans, black", True),
    ],
)
def test_avoided_words_match_plurals_and_word_starts(avoid: str, name: str, ok: bool) -> None:
    assert allowed(food(name), make_constraints(avoid=[avoid])) is ok
