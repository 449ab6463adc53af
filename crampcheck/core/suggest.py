"""Food suggestions: the person's constraints, the shortlist foods, what to close and what to keep
under, and the result types. Pure: no I/O and no solver (the service builds and solves the model).

Missing nutrient data is not zero: a shortlist food counts towards a gap only for nutrients it has
a USDA value for, and a food with no value for a nutrient under a tight limit is not used.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from crampcheck.core.dri import UpperScope
from crampcheck.core.intake import Status, TargetResult
from crampcheck.core.nutrients import Nutrient
from crampcheck.errors import InputError

TARGET_NUTRIENTS: tuple[Nutrient, ...] = (
    Nutrient.MAGNESIUM_MG,
    Nutrient.POTASSIUM_MG,
    Nutrient.CALCIUM_MG,
    Nutrient.VITAMIN_D_UG,
    Nutrient.THIAMIN_MG,
    Nutrient.VITAMIN_B12_UG,
    Nutrient.VITAMIN_K_UG,
    Nutrient.VITAMIN_E_MG,
)
"""Low nutrients a food plan tries to close. Sodium only for heavy sweating; water is for drinks."""

REPORTED_NUTRIENTS: tuple[Nutrient, ...] = tuple(Nutrient)
"""Nutrients in ``before`` and ``after``: every nutrient the intake totals (as in its JSON)."""

DEFAULT_MAX_FOODS = 4
DEFAULT_ENERGY_BUDGET_KCAL = 800.0
"""Most energy the suggested foods may add: about a third of a typical day's needs."""

WARFARIN_VITAMIN_K_ROOM_UG = 10.0
"""With warfarin the suggested foods may add at most this much vitamin K (keep it steady)."""

LOW_POTASSIUM_ROOM_MG = 300.0
"""With kidney disease or potassium-sparing drugs the foods may add at most this much potassium."""

OVER_LIMIT_ALLOWANCE = 0.05
"""When a diary is already at or above a limit, the suggestions may still add this share of it
(nearly every food has some sodium and calcium); the person is told to cut back instead."""

AMPLE_ROOM_SHARE = 0.5
"""A food without data for a limited nutrient is used only while the room left is this share of
the limit or more (so unknown amounts cannot push a total over it)."""


KIND_CAPS: Mapping[str, int] = {"main": 2, "drink": 3}
"""Most portions a day, over all suggested foods of a kind: two servings of meat or fish (6 oz),
three cups of milk, plant drink or juice. Keeps the day realistic (not salmon and sardines and
tuna)."""


class Diet(StrEnum):
    """Diets from least to most restrictive; a food is tagged with the strictest it fits."""

    OMNIVORE = "omnivore"
    PESCATARIAN = "pescatarian"
    VEGETARIAN = "vegetarian"
    VEGAN = "vegan"

    def allows(self, food_diet: Diet) -> bool:
        """Whether a food fit for ``food_diet`` may be eaten on this diet."""
        order = list(Diet)
        return order.index(food_diet) >= order.index(self)


AVOIDANCE_GROUPS = frozenset(
    {"meat", "fish", "shellfish", "dairy", "egg", "honey", "nuts", "peanuts", "soy", "gluten"}
)
"""Groups a shortlist food may be tagged as containing (allergies and avoidances)."""

AVOIDANCE_ALIASES: Mapping[str, tuple[str, ...]] = {
    "milk": ("dairy",),
    "lactose": ("dairy",),
    "cheese": ("dairy",),
    "eggs": ("egg",),
    "nut": ("nuts",),
    "tree nut": ("nuts",),
    "tree nuts": ("nuts",),
    "peanut": ("peanuts",),
    "soya": ("soy",),
    "wheat": ("gluten",),
    "coeliac": ("gluten",),
    "celiac": ("gluten",),
    "seafood": ("fish", "shellfish"),
    "shellfish": ("shellfish",),
    "crustaceans": ("shellfish",),
    "mollusks": ("shellfish",),
}
"""Other words people use for the avoidance groups."""


@dataclass(frozen=True, slots=True)
class Constraints:
    """What the person or their medical situation rules out. Build with :func:`make_constraints`."""

    diet: Diet = Diet.OMNIVORE
    avoid_groups: frozenset[str] = frozenset()
    avoid_words: tuple[str, ...] = ()
    ckd: bool = False
    potassium_sparing: bool = False
    warfarin: bool = False
    heavy_sweating: bool = False
    max_foods: int = DEFAULT_MAX_FOODS
    energy_budget_kcal: float = DEFAULT_ENERGY_BUDGET_KCAL

    @property
    def limit_potassium(self) -> bool:
        return self.ckd or self.potassium_sparing


def make_constraints(
    *,
    diet: object = None,
    avoid: Iterable[object] = (),
    ckd: bool = False,
    potassium_sparing: bool = False,
    warfarin: bool = False,
    heavy_sweating: bool = False,
    max_foods: object = DEFAULT_MAX_FOODS,
    energy_budget_kcal: object = DEFAULT_ENERGY_BUDGET_KCAL,
) -> Constraints:
    """Validate and build constraints; ``avoid`` takes allergy groups or any food word.

    Example:
        >>> sorted(make_constraints(diet="vegan", avoid=["peanut", "kiwi"]).avoid_groups)
        ['peanuts']
    """
    parsed_diet = _parse_diet(diet)
    groups: set[str] = set()
    words: list[str] = []
    for raw in avoid:
        if not isinstance(raw, str):
            raise InputError(f"things to avoid must be words, not {raw!r}")
        word = " ".join(raw.lower().split())
        if not word:
            continue
        if len(word) > 60:
            raise InputError(f"avoid word too long: {raw[:60]!r}…")
        if word in AVOIDANCE_GROUPS:
            groups.add(word)
        elif word in AVOIDANCE_ALIASES:
            groups.update(AVOIDANCE_ALIASES[word])
        else:
            words.append(word)
    if isinstance(max_foods, bool) or not isinstance(max_foods, int) or not 1 <= max_foods <= 8:
        raise InputError("max_foods must be a whole number from 1 to 8")
    if (
        isinstance(energy_budget_kcal, bool)
        or not isinstance(energy_budget_kcal, int | float)
        or not 0 < energy_budget_kcal <= 3000
    ):
        raise InputError("energy_budget_kcal must be a number above 0 and at most 3000")
    return Constraints(
        diet=parsed_diet,
        avoid_groups=frozenset(groups),
        avoid_words=tuple(words),
        ckd=bool(ckd),
        potassium_sparing=bool(potassium_sparing),
        warfarin=bool(warfarin),
        heavy_sweating=bool(heavy_sweating),
        max_foods=max_foods,
        energy_budget_kcal=float(energy_budget_kcal),
    )


def _parse_diet(diet: object) -> Diet:
    if diet is None:
        return Diet.OMNIVORE
    if isinstance(diet, str):
        word = diet.strip().lower()
        if word in ("", "none", "any"):
            return Diet.OMNIVORE
        for choice in Diet:
            if word == choice.value:
                return choice
    choices = ", ".join(d.value for d in Diet)
    raise InputError(f"diet must be one of {choices}, not {diet!r}")


@dataclass(frozen=True, slots=True)
class ShortlistFood:
    """One everyday food the optimiser may suggest, with its practical portion."""

    food_id: str
    name: str
    grams: float
    portion: str
    max_portions: int
    diet: Diet
    contains: frozenset[str]
    per_portion: Mapping[Nutrient, float] = field(default_factory=dict)
    """Nutrients in one portion; a nutrient USDA has no value for is absent (not zero)."""
    kind: str = "other"
    """main (meat, fish, shellfish), drink or other: see ``KIND_CAPS``."""
    flags: frozenset[str] = frozenset()
    """``higher_mercury``: not suggested in pregnancy or while breastfeeding."""


def allowed(food: ShortlistFood, constraints: Constraints) -> bool:
    """Whether the person's diet, allergies and avoided words allow ``food``."""
    if not constraints.diet.allows(food.diet):
        return False
    if food.contains & constraints.avoid_groups:
        return False
    return not any(_names(food.name, word) for word in constraints.avoid_words)


def _names(name: str, word: str) -> bool:
    """Whether a food name mentions ``word``: a whole word, or the start of one for words of four
    letters or more ("kiwi" → "Kiwifruit"), singular or plural ("cherry" → "Cherries")."""
    forms = {word, word.rstrip("s")}
    if word.endswith("ies"):
        forms.add(word[:-3] + "y")
    if word.endswith("y"):
        forms.add(word[:-1] + "ies")
    text = name.lower()
    for form in filter(None, forms):
        tail = "" if len(form) >= 4 else r"(e?s)?\b"
        if re.search(rf"\b{re.escape(form)}{tail}", text):
            return True
    return False


@dataclass(frozen=True, slots=True)
class Plan:
    """What the food plan must reach (``needs``) and keep under (``rooms``), before solving."""

    needs: Mapping[Nutrient, float]
    rooms: Mapping[Nutrient, float]
    skipped: Mapping[Nutrient, str]
    """Low nutrients deliberately not pushed, with the reason."""
    notes: tuple[str, ...]


def plan_for(targets: Mapping[Nutrient, TargetResult], constraints: Constraints) -> Plan:
    """Decide which gaps to close and which limits to respect, from the intake's targets."""
    needs: dict[Nutrient, float] = {}
    skipped: dict[Nutrient, str] = {}
    notes: list[str] = []
    for nutrient, result in targets.items():
        if result.status is not Status.LOW or result.total is None:
            continue
        reason = _skip_reason(nutrient, constraints)
        if reason is not None:
            skipped[nutrient] = reason
        elif nutrient in TARGET_NUTRIENTS or nutrient is Nutrient.SODIUM_MG:
            needs[nutrient] = result.dri.target - result.total
    rooms = _rooms(targets, constraints, notes)
    return Plan(needs, rooms, skipped, tuple(notes))


def _skip_reason(nutrient: Nutrient, constraints: Constraints) -> str | None:
    if nutrient is Nutrient.POTASSIUM_MG and constraints.limit_potassium:
        cause = "kidney disease" if constraints.ckd else "a potassium-sparing medicine"
        return (
            f"not pushed because of {cause}: the potassium AI does not apply, and more potassium "
            "can be unsafe; ask your clinician for your own potassium limit (R9, R10)"
        )
    if nutrient is Nutrient.VITAMIN_K_UG and constraints.warfarin:
        return (
            "kept steady because you take warfarin: a change in vitamin K intake changes how "
            "warfarin works (INR); discuss any change with your prescriber (R7)"
        )
    if nutrient is Nutrient.SODIUM_MG and not constraints.heavy_sweating:
        return (
            "below the AI but not pushed: most diets have enough sodium, and only documented "
            "heavy sweat losses call for more (R9, R39)"
        )
    return None


def _rooms(
    targets: Mapping[Nutrient, TargetResult], constraints: Constraints, notes: list[str]
) -> dict[Nutrient, float]:
    rooms: dict[Nutrient, float] = {Nutrient.ENERGY_KCAL: constraints.energy_budget_kcal}
    for nutrient, result in targets.items():
        dri = result.dri
        if dri.upper is None or dri.upper_scope not in (UpperScope.TOTAL, UpperScope.CDRR):
            continue
        room = dri.upper - (result.total or 0.0)
        kind = "CDRR" if dri.upper_scope is UpperScope.CDRR else "UL"
        if room < OVER_LIMIT_ALLOWANCE * dri.upper:
            room = OVER_LIMIT_ALLOWANCE * dri.upper
            notes.append(
                f"Your diary is already at or near the {kind} for {_label(nutrient)} "
                f"({dri.upper:,g}); the suggestions add at most {room:,g} more, and cutting back "
                "on the richest sources in your diary would help more."
            )
        rooms[nutrient] = room
    if constraints.warfarin:
        rooms[Nutrient.VITAMIN_K_UG] = WARFARIN_VITAMIN_K_ROOM_UG
    if constraints.limit_potassium:
        rooms[Nutrient.POTASSIUM_MG] = LOW_POTASSIUM_ROOM_MG
    return rooms


def usable(food: ShortlistFood, plan: Plan, limits: Mapping[Nutrient, float]) -> bool:
    """Whether a food can be used without unknown amounts threatening a tight limit.

    ``limits`` maps each limited nutrient to its full limit (UL, CDRR or cap).
    """
    for nutrient, room in plan.rooms.items():
        if nutrient in food.per_portion:
            continue
        full = limits.get(nutrient, room)
        if full <= 0 or room < AMPLE_ROOM_SHARE * full or nutrient is Nutrient.VITAMIN_K_UG:
            return False
    return True


def _label(nutrient: Nutrient) -> str:
    return nutrient.value.rsplit("_", 1)[0].replace("_", " ")


@dataclass(frozen=True, slots=True)
class SuggestedFood:
    """One suggested food: ``portions`` × the shortlist portion, weighing ``grams``."""

    food_id: str
    name: str
    grams: float
    portion: str
    portions: int


@dataclass(frozen=True, slots=True)
class RemainingGap:
    """A low nutrient the plan does not close, and why."""

    nutrient: Nutrient
    why: str


@dataclass(frozen=True, slots=True)
class Suggestion:
    """Everything ``crampcheck suggest`` reports (contract §4)."""

    suggestions: tuple[SuggestedFood, ...]
    before: Mapping[Nutrient, float | None]
    after: Mapping[Nutrient, float | None]
    remaining_gaps: tuple[RemainingGap, ...]
    notes: tuple[str, ...]
    targets_before: Mapping[Nutrient, TargetResult] = field(default_factory=dict)
    targets_after: Mapping[Nutrient, TargetResult] = field(default_factory=dict)
    solver: str = "milp"


def describe_portion(portions: int, portion: str) -> str:
    """ "1 cup (244 g)" for one portion, "2 × 1 cup (244 g)" for two."""
    return portion if portions == 1 else f"{portions} × {portion}"


def suggested_grams(portions: int, food: ShortlistFood) -> float:
    """The weight printed for a suggestion (one decimal): the same number is fed back to intake."""
    return round(portions * food.grams, 1)


def exact_item(food_id: str, grams: float) -> str:
    """The diary item naming a suggestion exactly (contract §4), e.g. ``118 g [09040]``."""
    return f"{grams:g} g [{food_id}]"


def text_with_suggestions(text: str, suggestions: Iterable[SuggestedFood]) -> str:
    """The diary plus one exact item per suggestion, one a line: its intake reproduces ``after``."""
    items = [exact_item(s.food_id, s.grams) for s in suggestions]
    return "\n".join([text.rstrip(), *items]) if items else text
