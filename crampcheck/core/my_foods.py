"""A person's own foods, recipes and remembered choices, consulted before the food search. Pure.

- A **custom food** comes from a label: amounts per 100 g or per serving (with the serving's
  grams). Only the nutrients given are known; every other one stays unknown, never zero.
- A **recipe** (or usual meal) is the sum of its parts, read from diary text; a nutrient is
  known only when every part knows it. ``servings`` divides it into portions.
- A **choice** is what the person meant by a phrase, learnt from a ``diary fix``.

:class:`PersonalFoods` wraps the food repository: a phrase that is one of the profile's foods
matches it first ("your food"); a phrase the person corrected matches their choice first
("your choice"); anything else is the database search unchanged.
"""

from __future__ import annotations

import hashlib
import math
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from types import MappingProxyType
from typing import Literal, Protocol

from crampcheck.core.models import Food, FoodMatch, Measure
from crampcheck.core.nutrients import Nutrient
from crampcheck.core.ports import FoodRepository
from crampcheck.errors import InputError

MyFoodKind = Literal["food", "recipe"]
StoredKind = Literal["food", "choice"]

YOUR_FOOD = "your food"
YOUR_CHOICE = "your choice"
ID_PREFIX = "MY"
MAX_NAME_CHARS = 80
MAX_SERVING_GRAMS = 5000.0
MAX_SERVINGS = 100
MAX_PER_100G = {"energy_kcal": 900.0, "water_g": 100.0}
"""Most a nutrient can be per 100 g (energy: pure fat; grams: 100 g of the food)."""
MAX_AMOUNT = 1_000_000.0
"""Most of any other nutrient per 100 g (vitamin units: µg; a supplement powder)."""
_ARTICLE = re.compile(r"^(?:(?:an?|the|some|one|my)\s+)+")
_SPLITTING = re.compile(r"(?:^|\s)(?:and|with|plus|w/?|n)(?:\s|$)|[,;&+\[\]]", re.I)


@dataclass(frozen=True, slots=True)
class MyFood:
    """One of the profile's foods: amounts per 100 g; a key missing from ``per_100g`` is unknown.

    ``serving_grams`` is one portion (the label's serving, or a recipe's total ÷ servings);
    ``recipe`` is the diary text a recipe was built from.
    """

    name: str
    kind: MyFoodKind
    per_100g: Mapping[str, float] = field(default_factory=lambda: MappingProxyType({}))
    serving_grams: float | None = None
    favourite: bool = False
    recipe: str | None = None
    servings: int = 1

    @property
    def key(self) -> str:
        return food_key(self.name)

    @property
    def food_id(self) -> str:
        return my_food_id(self.name)


@dataclass(frozen=True, slots=True)
class FoodChoice:
    """What the person meant by ``phrase`` (the food part of a diary item, as searched)."""

    phrase: str
    food_id: str
    name: str

    @property
    def key(self) -> str:
        return food_key(self.phrase)


@dataclass(frozen=True, slots=True)
class RecipePart:
    """One counted part of a recipe: its grams and its nutrients (``None``: unknown)."""

    grams: float
    nutrients: Mapping[str, float | None]


class MyFoodsRepository(Protocol):
    """Storage of each profile's foods and choices (implemented by ``storage.DiaryStore``)."""

    def list_my_foods(self, profile_id: int, kind: StoredKind) -> list[dict[str, object]]: ...
    def put_my_food(
        self, profile_id: int, kind: StoredKind, key: str, data: dict[str, object]
    ) -> None: ...
    def remove_my_food(self, profile_id: int, kind: StoredKind, key: str) -> bool: ...


def food_key(name: str) -> str:
    """How a name is compared: case, spacing, accents' forms and a leading article ignored.

    Example:
        >>> food_key("  My  Usual Breakfast ")
        'usual breakfast'
    """
    text = " ".join(unicodedata.normalize("NFKC", name).casefold().split())
    return _ARTICLE.sub("", text)


def my_food_id(name: str) -> str:
    """A stable id for the profile's food called ``name`` (the same after export and import)."""
    digest = hashlib.sha256(food_key(name).encode()).hexdigest()[:12].upper()
    return f"{ID_PREFIX}{digest}"


def check_food_name(name: object) -> str:
    """The name as it will be written in a diary; raises InputError with the reason."""
    if not isinstance(name, str):
        raise InputError("the food's name must be text")
    cleaned = " ".join(name.split())
    if not cleaned:
        raise InputError('give the food a name, e.g. "my protein bar"')
    if len(cleaned) > MAX_NAME_CHARS:
        raise InputError(f"the name is too long ({len(cleaned)} characters; at most 80)")
    if any(unicodedata.category(ch)[0] == "C" for ch in cleaned):
        raise InputError("the name has control characters; use letters, digits and spaces")
    if not any(ch.isalpha() for ch in cleaned):
        raise InputError("the name needs at least one letter")
    if _SPLITTING.search(cleaned):
        raise InputError(
            "the name cannot hold 'and', 'with', 'plus', commas, semicolons, '&', '+' or "
            "brackets: a diary would read it as several foods (try 'usual breakfast')"
        )
    return cleaned


def check_nutrients(values: Mapping[str, object]) -> dict[str, float]:
    """Nutrient keys of the contract with finite amounts of at least zero."""
    known = {n.value for n in Nutrient}
    checked: dict[str, float] = {}
    for key, value in values.items():
        if key not in known:
            raise InputError(f"unknown nutrient {key!r}; use keys such as magnesium_mg")
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise InputError(f"{key} must be a number")
        amount = float(value)
        if not math.isfinite(amount) or amount < 0:
            raise InputError(f"{key} must be a number of at least 0, not {value}")
        checked[key] = amount
    return checked


def _check_grams(value: float, what: str) -> float:
    if not math.isfinite(value) or not 0 < value <= MAX_SERVING_GRAMS:
        raise InputError(f"{what} must be more than 0 g and at most {MAX_SERVING_GRAMS:g} g")
    return value


def label_food(
    name: object,
    amounts: Mapping[str, object],
    *,
    per_grams: float = 100.0,
    serving_grams: float | None = None,
    favourite: bool = False,
) -> MyFood:
    """A custom food from a label giving ``amounts`` per ``per_grams`` (100, or one serving).

    Example:
        >>> food = label_food("my bar", {"magnesium_mg": 30}, per_grams=40, serving_grams=40)
        >>> dict(food.per_100g), food.serving_grams
        ({'magnesium_mg': 75.0}, 40.0)
    """
    checked_name = check_food_name(name)
    per = _check_grams(float(per_grams), "the label's amount")
    serving = None if serving_grams is None else _check_grams(float(serving_grams), "a serving")
    values = {key: amount * 100.0 / per for key, amount in check_nutrients(amounts).items()}
    if not values:
        raise InputError("give at least one nutrient from the label, e.g. --energy 250")
    for key, amount in values.items():
        limit = MAX_PER_100G.get(key, 100.0 if key.endswith("_g") else MAX_AMOUNT)
        if amount > limit:
            raise InputError(f"{key} would be {amount:g} per 100 g; at most {limit:g} is possible")
    return MyFood(checked_name, "food", MappingProxyType(values), serving, favourite)


def recipe_food(
    name: object,
    text: str,
    parts: Sequence[RecipePart],
    *,
    servings: int = 1,
    favourite: bool = False,
) -> MyFood:
    """A recipe whose nutrients are the sum of ``parts``; one serving is total ÷ ``servings``.

    A nutrient unknown for any part is unknown for the recipe (never counted as zero).
    """
    checked_name = check_food_name(name)
    if isinstance(servings, bool) or not isinstance(servings, int):
        raise InputError("servings must be a whole number")
    if not 1 <= servings <= MAX_SERVINGS:
        raise InputError(f"servings must be 1 to {MAX_SERVINGS}, not {servings}")
    if not parts:
        raise InputError("the recipe has no foods that were understood")
    total = sum(part.grams for part in parts)
    if not 0 < total <= MAX_SERVING_GRAMS * MAX_SERVINGS:
        raise InputError(f"the recipe weighs {total:g} g; that is not a plausible recipe")
    per_100g: dict[str, float] = {}
    for nutrient in Nutrient:
        amounts = [part.nutrients.get(nutrient.value) for part in parts]
        if all(amount is not None for amount in amounts):
            per_100g[nutrient.value] = sum(a for a in amounts if a is not None) * 100.0 / total
    return MyFood(
        checked_name,
        "recipe",
        MappingProxyType(per_100g),
        round(total / servings, 2),
        favourite,
        text,
        servings,
    )


def as_food(food: MyFood) -> Food:
    """The profile's food as the engine reads it (one serving when no amount is given)."""
    measures: tuple[Measure, ...] = ()
    if food.serving_grams is not None:
        measures = (Measure("serving", 1.0, food.serving_grams),)
    return Food(
        food_id=food.food_id,
        name=f"{food.name} ({YOUR_FOOD})",
        kind="custom",
        nutrients=MappingProxyType(dict(food.per_100g)),
        measures=measures,
        source=YOUR_FOOD,
        default_grams=food.serving_grams,
    )


class PersonalFoods:
    """A :class:`FoodRepository` that looks in one profile's foods and choices first.

    The engine searches and then reads the best match; the food read right after a search
    answered by a choice is marked "your choice" (its nutrients are the database's).
    """

    def __init__(
        self, base: FoodRepository, foods: Iterable[MyFood], choices: Iterable[FoodChoice] = ()
    ) -> None:
        self._base = base
        self._foods = {food.key: food for food in foods}
        self._by_id = {food.food_id: food for food in self._foods.values()}
        self._choices = {  # a choice of one of the profile's foods since removed is dropped
            choice.key: choice
            for choice in choices
            if not choice.food_id.startswith(ID_PREFIX) or choice.food_id in self._by_id
        }
        self._chosen: str | None = None

    def get(self, food_id: str) -> Food:
        mine = self._by_id.get(food_id)
        if mine is not None and food_id == self._chosen:  # a fix that picked one of mine
            self._chosen = None
            return replace(as_food(mine), source=f"{YOUR_CHOICE} ({YOUR_FOOD})")
        if mine is not None:
            return as_food(mine)
        food = self._base.get(food_id)
        if food_id == self._chosen:
            self._chosen = None
            label = f"{YOUR_CHOICE} ({food.source})" if food.source else YOUR_CHOICE
            return replace(food, source=label)
        return food

    def search(self, query: str, limit: int = 10) -> Sequence[FoodMatch]:
        key = food_key(query)
        mine = self._foods.get(key)
        choice = self._choices.get(key)
        first: FoodMatch | None = None
        if mine is not None:
            first = FoodMatch(mine.food_id, as_food(mine).name, 1.0, YOUR_FOOD)
        elif choice is not None:
            first = FoodMatch(choice.food_id, choice.name, 1.0, YOUR_CHOICE)
            self._chosen = choice.food_id
        rest = self._base.search(query, limit)
        if first is None:
            return rest
        return [first, *(m for m in rest if m.food_id != first.food_id)][:limit]


def food_to_data(food: MyFood) -> dict[str, object]:
    """The stored (and exported) form of a profile's food."""
    return {
        "name": food.name,
        "kind": food.kind,
        "per_100g": dict(food.per_100g),
        "serving_grams": food.serving_grams,
        "favourite": food.favourite,
        "recipe": food.recipe,
        "servings": food.servings,
    }


def food_from_data(data: Mapping[str, object]) -> MyFood:
    """Read a stored or imported food back, checking it as if it were typed."""
    name = check_food_name(data.get("name"))
    kind = data.get("kind", "food")
    if kind not in ("food", "recipe"):
        raise InputError(f"food {name!r}: kind must be food or recipe")
    raw = data.get("per_100g") or {}
    if not isinstance(raw, Mapping):
        raise InputError(f"food {name!r}: per_100g must be an object")
    serving = data.get("serving_grams")
    if serving is not None and (isinstance(serving, bool) or not isinstance(serving, int | float)):
        raise InputError(f"food {name!r}: serving_grams must be a number")
    servings = data.get("servings", 1)
    recipe = data.get("recipe")
    return MyFood(
        name=name,
        kind="recipe" if kind == "recipe" else "food",
        per_100g=MappingProxyType(check_nutrients(raw)),
        serving_grams=None if serving is None else _check_grams(float(serving), "a serving"),
        favourite=bool(data.get("favourite", False)),
        recipe=recipe if isinstance(recipe, str) else None,
        servings=servings if isinstance(servings, int) and not isinstance(servings, bool) else 1,
    )


def choice_to_data(choice: FoodChoice) -> dict[str, object]:
    return {"phrase": choice.phrase, "food_id": choice.food_id, "name": choice.name}


def choice_from_data(data: Mapping[str, object]) -> FoodChoice:
    phrase, food_id, name = data.get("phrase"), data.get("food_id"), data.get("name")
    if not isinstance(phrase, str) or not phrase.strip() or len(phrase) > 200:
        raise InputError("a remembered choice needs its phrase (at most 200 characters)")
    if not isinstance(food_id, str) or not re.fullmatch(r"[0-9A-Za-z]{1,16}", food_id):
        raise InputError(f"the choice for {phrase!r} needs a food id")
    return FoodChoice(phrase.strip(), food_id, name if isinstance(name, str) else food_id)
