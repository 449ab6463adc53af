"""My foods use cases: custom foods, recipes, favourites and choices learnt from corrections.

Everything is per profile. :func:`profile_analyzer` is the one seam where the intake engine meets
them: it reads diaries with a :class:`~crampcheck.core.my_foods.PersonalFoods` repository, so the
profile's foods and choices are consulted before the food database search.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import partial
from typing import TYPE_CHECKING

from crampcheck.core import diary as d
from crampcheck.core.foodnames import cooking_first
from crampcheck.core.locale import DEFAULT_LOCALE, Locale, rules_for
from crampcheck.core.my_foods import (
    ID_PREFIX,
    FoodChoice,
    MyFood,
    MyFoodsRepository,
    PersonalFoods,
    RecipePart,
    as_food,
    check_food_name,
    choice_from_data,
    choice_to_data,
    food_from_data,
    food_key,
    food_to_data,
    label_food,
    recipe_food,
)
from crampcheck.core.parsing import parse_item
from crampcheck.core.ports import FoodRepository
from crampcheck.errors import InputError, NotFoundError

if TYPE_CHECKING:
    from crampcheck.core.diary_ports import DiaryRepository
    from crampcheck.services.diary import Analyzer

MAX_MY_FOODS = 2000
"""Most foods and recipes one profile keeps (each is consulted on every diary read)."""


def _pid(profile: d.ProfileRecord) -> int:
    if profile.id is None:
        raise NotFoundError(f"profile {profile.name!r} is not stored")
    return profile.id


def list_foods(repo: MyFoodsRepository, profile: d.ProfileRecord) -> list[MyFood]:
    """The profile's foods and recipes, by name."""
    return [food_from_data(data) for data in repo.list_my_foods(_pid(profile), "food")]


def list_choices(repo: MyFoodsRepository, profile: d.ProfileRecord) -> list[FoodChoice]:
    """What the profile's corrections taught: phrase → food."""
    return [choice_from_data(data) for data in repo.list_my_foods(_pid(profile), "choice")]


def _store(
    repo: MyFoodsRepository, profile: d.ProfileRecord, food: MyFood, replace: bool
) -> MyFood:
    pid = _pid(profile)
    existing = {f.key for f in list_foods(repo, profile)}
    if food.key in existing and not replace:
        raise InputError(
            f"you already have a food called {food.name!r}; remove it first "
            "(crampcheck foods remove) or add --replace"
        )
    if food.key not in existing and len(existing) >= MAX_MY_FOODS:
        raise InputError(f"a profile keeps at most {MAX_MY_FOODS} foods; remove some first")
    repo.put_my_food(pid, "food", food.key, food_to_data(food))
    return food


def add_label_food(
    repo: MyFoodsRepository,
    profile: d.ProfileRecord,
    name: object,
    amounts: Mapping[str, object],
    *,
    per_grams: float = 100.0,
    serving_grams: float | None = None,
    favourite: bool = False,
    replace: bool = False,
) -> MyFood:
    """Keep a custom food from a label (amounts per ``per_grams``; the rest stay unknown)."""
    food = label_food(
        name, amounts, per_grams=per_grams, serving_grams=serving_grams, favourite=favourite
    )
    return _store(repo, profile, food, replace)


def split_definition(text: object) -> tuple[str, str]:
    """ "my usual breakfast = porridge and a banana" → its name and its diary text."""
    if not isinstance(text, str) or "=" not in text:
        raise InputError('write the recipe as NAME = FOODS, e.g. "usual breakfast = porridge"')
    name, body = text.split("=", 1)
    if not body.strip():
        raise InputError("the recipe has no foods after '='")
    return check_food_name(name), body.strip()


def add_recipe(
    repo: MyFoodsRepository,
    profile: d.ProfileRecord,
    name: object,
    text: str,
    analyze: Analyzer,
    *,
    servings: int = 1,
    favourite: bool = False,
    replace: bool = False,
) -> MyFood:
    """Keep a recipe or usual meal read from diary text; refused when a part is not understood."""
    checked = check_food_name(name)
    result = analyze(text, None)
    unsure = [item.text for item in result.items if not item.counted]
    unsure += [text for text in result.unparsed if text not in unsure]
    if unsure:
        raise InputError(
            "these parts were not understood or need checking: "
            + "; ".join(repr(u) for u in unsure[:10])
            + ". Write them another way, or give a USDA food id in brackets, e.g. [09040]"
        )
    parts = [
        RecipePart(item.grams or 0.0, {k.value: v for k, v in item.nutrients.items()})
        for item in result.items
    ]
    food = recipe_food(checked, text, parts, servings=servings, favourite=favourite)
    return _store(repo, profile, food, replace)


def remove(repo: MyFoodsRepository, profile: d.ProfileRecord, name: str) -> str:
    """Forget the profile's food, recipe or remembered choice called ``name``; what it was."""
    pid, key = _pid(profile), food_key(name)
    if repo.remove_my_food(pid, "food", key):
        return "food"
    if repo.remove_my_food(pid, "choice", key):
        return "choice"
    raise NotFoundError(f"{profile.name} has no food or remembered choice called {name!r}")


def phrase_key(text: str, locale: Locale = DEFAULT_LOCALE) -> str:
    """The food part of a diary item as the engine searches it ("2 ripe nanas" → "ripe nana")."""
    return food_key(cooking_first(rules_for(locale).rewrite(parse_item(text).food)))


def remember_choice(
    repo: MyFoodsRepository,
    profile_id: int,
    item_text: str,
    food_id: str,
    name: str | None,
    locale: Locale = DEFAULT_LOCALE,
) -> FoodChoice | None:
    """Remember that ``item_text``'s food means ``food_id`` for this profile (if it names one)."""
    phrase = phrase_key(item_text, locale)
    if not phrase or len(phrase) > 200:
        return None
    choice = FoodChoice(phrase, food_id, name or food_id)
    repo.put_my_food(profile_id, "choice", choice.key, choice_to_data(choice))
    return choice


def personal_foods(
    repo: MyFoodsRepository, profile: d.ProfileRecord, base: FoodRepository
) -> PersonalFoods:
    """The food repository as this profile sees it."""
    return PersonalFoods(base, list_foods(repo, profile), list_choices(repo, profile))


def profile_analyzer(
    repo: MyFoodsRepository, profile: d.ProfileRecord, locale: Locale = DEFAULT_LOCALE
) -> Analyzer:
    """``analyze_intake`` reading this profile's foods and choices before the database (the
    plain analyser when the profile has none)."""
    from crampcheck.services import diary

    foods, choices = list_foods(repo, profile), list_choices(repo, profile)
    if not foods and not choices:
        return (
            diary.default_analyzer() if locale is DEFAULT_LOCALE else diary.default_analyzer(locale)
        )
    from crampcheck.foods import open_food_database
    from crampcheck.services.intake import analyze_intake

    personal = PersonalFoods(open_food_database(), foods, choices)
    return partial(analyze_intake, foods=personal, locale=locale)


def fix_and_remember(
    repo: DiaryRepository,
    entry_id: int,
    item_number: int,
    *,
    grams: float | None = None,
    food_id: str | None = None,
) -> d.FoodEntry:
    """``diary fix``: correct the item and, when a food is given, remember the choice.

    ``food_id`` is a food database id, or one of the profile's own foods or recipes: its id
    (``MY…``, as ``foods list --json`` shows it) or its name. One of the profile's foods with a
    serving gives the weight of an item that had none (one serving).
    """
    from crampcheck.services.diary import correct_food_item, profile_locale

    if not 1 <= entry_id <= d.MAX_ID:
        raise NotFoundError(f"no food entry with id {entry_id}")
    entry = repo.get_food(entry_id)
    profile = next((p for p in repo.list_profiles() if p.id == entry.profile_id), None)
    if profile is None:
        raise NotFoundError(f"no food entry with id {entry_id}")
    locale = profile_locale(repo, profile)
    analyze = profile_analyzer(repo, profile, locale)
    mine = list_foods(repo, profile)
    if food_id is not None:
        food_id = my_food_or_id(mine, profile, food_id)
    lookup = partial(_lookup, {food.food_id: food for food in mine}, analyze)
    fixed = correct_food_item(
        repo, entry_id, item_number, analyze, grams=grams, food_id=food_id, lookup=lookup
    )
    if food_id is not None:
        item = fixed.items[item_number - 1]
        remember_choice(repo, entry.profile_id, item.text, food_id, item.name, locale)
    return fixed


def my_food_or_id(foods: Sequence[MyFood], profile: d.ProfileRecord, wanted: str) -> str:
    """The food id ``diary fix --food`` means: one of the profile's foods by its ``MY…`` id or
    its name, else ``wanted`` itself (a food database id). A ``MY…`` id that is not one of the
    profile's foods is a clear error (never another profile's food)."""
    text = wanted.strip()
    for food in foods:
        if text.upper() == food.food_id or food_key(text) == food.key:
            return food.food_id
    if text.upper().startswith(ID_PREFIX) and d.FOOD_ID_PATTERN.match(text):
        names = ", ".join(f"{food.name} ({food.food_id})" for food in foods[:10])
        known = f"; yours: {names}" if names else "; add one with crampcheck foods add"
        raise NotFoundError(f"{text!r} is not one of {profile.name}'s foods or recipes{known}")
    return text


def _lookup(
    mine: Mapping[str, MyFood], analyze: Analyzer, food_id: str
) -> tuple[str | None, dict[str, float], float | None]:
    """A correction's food: one of the profile's own (its label or recipe values and serving),
    else the food database's."""
    from crampcheck.services.diary import food_per_100g

    food = mine.get(food_id)
    if food is None:
        return food_per_100g(analyze, food_id)
    return as_food(food).name, dict(food.per_100g), food.serving_grams
