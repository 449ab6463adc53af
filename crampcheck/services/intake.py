"""Free-text food diary → USDA foods, grams, nutrient totals with coverage, and personal targets."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from crampcheck.core.dri import targets_for
from crampcheck.core.foodnames import cooking_first, singular, words
from crampcheck.core.intake import (
    IntakeResult,
    ItemKind,
    ItemResult,
    ItemStatus,
    compare_with_targets,
    item_nutrients,
    supplement_totals,
    total_nutrients,
)
from crampcheck.core.locale import DEFAULT_LOCALE, Locale, LocaleRules, rules_for
from crampcheck.core.models import Food, FoodMatch, Profile
from crampcheck.core.my_foods import ID_PREFIX as MY_FOOD_ID_PREFIX
from crampcheck.core.nutrients import Nutrient
from crampcheck.core.parsing import (
    HOT_DRINK_WORDS,
    ParsedItem,
    parse_item,
    split_diary_marked,
    with_food_of,
)
from crampcheck.core.portions import (
    ADD_IN_ML,
    FL_OZ_ML,
    MAX_PLAUSIBLE_ITEM_GRAMS,
    US_RULES,
    Portion,
    is_plausible,
    milk_in_drink_g,
    portion_for,
)
from crampcheck.core.ports import FoodRepository
from crampcheck.core.recipe import tidy_diary_prose, tidy_recipe_amounts
from crampcheck.core.segments import Segment, not_intake, segment_day
from crampcheck.core.supplements import (
    SupplementProduct,
    SupplementReading,
    split_out_supplements,
)
from crampcheck.data import load_dri
from crampcheck.data.supplements import load_supplement_products
from crampcheck.errors import DiaryTextError, UnknownFoodError

MAX_DIARY_CHARS = 100_000
"""Longest diary accepted in one call (about 20 pages of text)."""

MAX_ITEMS = 400
"""Most items read from one diary."""

MIN_MATCH_SCORE = 0.45
"""Below this search score an item is listed as not understood rather than guessed."""

ALTERNATIVES = 3

DISH_MIN_SCORE = 0.8
"""How well "X with Y" must match one food to be read as that dish."""

MILK_ON_CEREAL = (0.5, "cup")
"""Milk on cereal with no amount: half a cup (the survey coders' convention)."""

PLEASE_CHECK_BELOW = 0.5
"""Below this confidence an item is shown as a guess to check and left out of the totals.
Measured with benchmarks/confidence_blind_foods.py (2026-12-01, after the composite-dish and
trailing-amount rules): on foods-v1, 198 of 221 single-food items are at or above 0.5 and 39 % of
them are right (energy, Mg, K, Ca, Na within ±35 %), 22 % of the 23 below; on foods-v2, 41 % of
124 above, 6 % of 16 below. Precision barely rises with the threshold (0.6: 43 % / 45 %; 0.8:
56 % / 53 %) while the right items it drops lower the day totals (foods-v2 days all five 25 % at
0.5, 22 % at 0.55, 12.5 % at 0.6), so 0.5 stays: confidence is weakly calibrated because most
misses are wrong grams of a right food, which the match score cannot see."""


def check_diary_text(text: object) -> str:
    """Return ``text`` if it is a diary we can read; otherwise raise with a clear message."""
    if not isinstance(text, str):
        raise DiaryTextError("the diary must be text")
    if len(text) > MAX_DIARY_CHARS:
        raise DiaryTextError(
            f"the diary is too long ({len(text):,} characters; the limit is {MAX_DIARY_CHARS:,}). "
            "Split it into days and check one day at a time"
        )
    if "\x00" in text or _control_ratio(text) > 0.05:
        raise DiaryTextError("this does not look like text (binary data?); write what you ate")
    if not text.strip():
        raise DiaryTextError('the diary is empty; write what you ate, e.g. "2 eggs and a banana"')
    return text


def _control_ratio(text: str) -> float:
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\n\r\t")
    controls += text.count("\ufffd")
    return controls / max(len(text), 1)


def analyze_intake(
    text: str,
    profile: Profile | None = None,
    *,
    foods: FoodRepository | None = None,
    locale: Locale = DEFAULT_LOCALE,
) -> IntakeResult:
    """Parse a diary, match foods, weigh portions, total nutrients and compare with DRIs.

    Example:
        >>> result = analyze_intake("a medium banana")
        >>> round(result.items[0].grams)
        118
    """
    repository = foods if foods is not None else _default_foods()
    products = load_supplement_products()
    segments = [
        (segment, *_segment_parts(segment, products))
        for segment in segment_day(check_diary_text(text))
    ]
    count = sum(len(phrases) + len(found) for _, phrases, found in segments)
    if count > MAX_ITEMS:
        raise DiaryTextError(f"the diary has {count} items; the limit is {MAX_ITEMS}")
    rules = rules_for(locale)
    before: list[ParsedItem] = []
    items = tuple(
        replace(item, meal=segment.meal, time=segment.time)
        for segment, phrases, found in segments
        for item in (
            *_resolve_all(_dishes(phrases, repository, rules), repository, rules, before),
            *(supplement_item(reading) for reading in found),
        )
    )
    totals, coverage = total_nutrients(items)
    from_supplements = supplement_totals(items)
    targets = None
    if profile is not None:
        dris = targets_for(load_dri(), profile)
        targets = compare_with_targets(totals, dris, from_supplements)
    unparsed = tuple(
        item.text for item in items if item.food_id is None and item.kind is ItemKind.FOOD
    )
    return IntakeResult(items, totals, coverage, targets, unparsed, profile, from_supplements)


def _segment_parts(
    segment: Segment, products: Sequence[SupplementProduct]
) -> tuple[list[tuple[str, bool]], tuple[SupplementReading, ...]]:
    """The food item phrases and the supplements of one meal segment (supplements are taken
    out first, so a supplement never becomes a food)."""
    food_text, supplements = split_out_supplements(segment.text, products)
    phrases = split_diary_marked(tidy_recipe_amounts(tidy_diary_prose(food_text)))
    return [(phrase, marked) for phrase, marked in phrases if not not_intake(phrase)], supplements


def analyze_items(
    items: Sequence[tuple[str, float]],
    profile: Profile | None = None,
    *,
    foods: FoodRepository | None = None,
) -> IntakeResult:
    """The intake of exact ``(food_id, grams)`` items (an average day, suggested foods): no
    text is parsed; an unknown id is listed as not understood.

    Example:
        >>> round(analyze_items([("09040", 118.0)]).items[0].grams)
        118
    """
    repository = foods if foods is not None else _default_foods()
    resolved = tuple(weighed_item(food_id, grams, repository) for food_id, grams in items)
    totals, coverage = total_nutrients(resolved)
    targets = None
    if profile is not None:
        targets = compare_with_targets(totals, targets_for(load_dri(), profile))
    unparsed = tuple(item.text for item in resolved if item.food_id is None)
    return IntakeResult(resolved, totals, coverage, targets, unparsed, profile)


def weighed_item(food_id: str, grams: float, foods: FoodRepository) -> ItemResult:
    """One exact item: ``grams`` of the food ``food_id`` (shown as ``118 g [09040]``)."""
    item = ParsedItem(
        text=f"{grams:g} g [{food_id}]",
        food="",
        quantity=grams,
        unit="g",
        exact_food_id=food_id,
    )
    return _exact(item, foods)


_COUNT_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4}
_ADD_IN = r"(?:(?:no|a|an|one|two|three|four|\d+)\s+(?:milks?|sugars?|creams?|sweeteners?)|milk)"
_DRINK_AND_ADD_INS = re.compile(
    rf"^(?P<drink>.*\b(?:tea|coffee|cuppa|cupa|brew)\b)\s+"
    rf"(?P<add_ins>{_ADD_IN}(?:\s+(?:and\s+|&\s+)?{_ADD_IN})*)$",
    re.IGNORECASE,
)
"""A tea or coffee with its milks and sugars counted after it, no comma ("builders tea two
sugars", "medium steeped tea one milk one sugar")."""


def _drink_add_ins(phrases: list[tuple[str, bool]]) -> list[tuple[str, bool]]:
    """ "steeped tea one milk one sugar" → the tea, 1 fl oz of milk (a "milk" is one creamer
    cup) and 1 sugar; "no milk" makes the tea black."""
    found: list[tuple[str, bool]] = []
    for phrase, marked in phrases:
        match = _DRINK_AND_ADD_INS.match(phrase.strip())
        if match is None:
            found.append((phrase, marked))
            continue
        add_ins = re.findall(rf"{_ADD_IN}", match["add_ins"], re.IGNORECASE)
        drink = match["drink"]
        if any(re.match(r"no\s+(?:milk|cream)", part, re.IGNORECASE) for part in add_ins):
            drink = f"black {drink}"
        found.append((drink, marked))
        found += [(part, True) for part in map(_add_in_amount, add_ins) if part]
    return found


def _add_in_amount(part: str) -> str:
    """ "two milks" → "2 fl oz milk"; "one sugar" → "1 sugar"; "no sugar" → nothing."""
    if part.lower() == "milk":
        return "milk"
    count_word, what = part.lower().split(maxsplit=1)
    if count_word == "no":
        return ""
    count = _COUNT_WORDS.get(count_word) or int(count_word)
    if what.startswith(("milk", "cream")):
        return f"{count} fl oz {what.rstrip('s')}"
    return f"{count} {what}"


def _dishes(
    phrases: list[tuple[str, bool]], foods: FoodRepository, rules: LocaleRules
) -> list[tuple[str, bool]]:
    """Read "X with Y" as one dish when a food as eaten is exactly that ("baked potato with
    sour cream", "porridge made with milk"), instead of two parts."""
    merged: list[tuple[str, bool]] = []
    for phrase, marked in _two_food_dishes(_drink_add_ins(phrases)):
        if (
            marked
            and merged
            and not merged[-1][1]
            and _is_one_dish(merged[-1][0], phrase, foods, rules)
        ):
            merged[-1] = (f"{merged[-1][0]} with {phrase}", False)
        else:
            merged.append((phrase, marked))
    return merged


TWO_FOOD_DISHES = {
    "fish and chips": ("fried fish", "french fries"),
    "toad in the hole": ("pork sausages", "yorkshire pudding"),
}
"""Dishes no food source has as one food, read as their two foods."""


def _two_food_dishes(phrases: list[tuple[str, bool]]) -> list[tuple[str, bool]]:
    found: list[tuple[str, bool]] = []
    for phrase, marked in phrases:
        key = re.sub(r"^(?:an?|some|one)\s+", "", phrase.strip().lower())
        parts = next((p for dish, p in TWO_FOOD_DISHES.items() if key.startswith(dish)), None)
        if parts is None:
            found.append((phrase, marked))
        else:
            found += [(parts[0], marked), (parts[1], False)]
    return found


def _is_one_dish(host: str, side: str, foods: FoodRepository, rules: LocaleRules) -> bool:
    host_food = cooking_first(rules.rewrite(parse_item(host).food))
    side_item = parse_item(side)
    if side_item.quantity is not None or side_item.unit is not None:
        return False
    side_food = rules.rewrite(side_item.food)
    if not host_food or not side_food or _is_add_in(host_food, side_food):
        return False
    found = foods.search(f"{host_food} with {side_food}", limit=1)
    if not found or found[0].score < DISH_MIN_SCORE:
        return False
    name = {singular(w) for w in words(found[0].name)}
    host_words = {singular(w) for w in words(host_food)}
    side_words = {singular(w) for w in words(side_food)}
    head = _dish_head(found[0].name)
    return bool(name & side_words) and head in host_words and head not in side_words


def _dish_head(name: str) -> str:
    """The noun a food name is about: "Pancake syrup" → syrup; "Potato, baked, …" → potato;
    "Chili with meat and beans" → chili."""
    first = re.split(r",|\bwith\b|\bmade\b", name, maxsplit=1)[0]
    found = [singular(w) for w in words(first)]
    return found[-1] if found else ""


NAME_SIZE_WORDS = frozenset({"big", "little", "jumbo", "mini", "king", "grande", "giant"})
"""Size words that can be part of a food's name ("Big Mac", "Little Gem", "King size")."""

ADD_IN_WORDS = frozenset({"milk", "cream", "sugar", "sweetener", "honey", "lemon", "creamer"})


def _is_add_in(host: str, side: str) -> bool:
    """Milk or sugar in coffee or tea is a splash and a spoonful, not a milky dish."""
    return bool(HOT_DRINK_WORDS & set(words(host))) and bool(ADD_IN_WORDS & set(words(side)))


def _resolve_all(
    phrases: list[tuple[str, bool]],
    foods: FoodRepository,
    rules: LocaleRules,
    before: list[ParsedItem],
) -> tuple[ItemResult, ...]:
    """The segment's items; ``before`` holds the item read last (across segments), so that
    "another slice" is more of the food before it."""
    items: list[ItemResult] = []
    for index, (phrase, marked) in enumerate(phrases):
        last = before[-1] if before else None
        item = with_food_of(parse_item(phrase, accompaniment=marked), last)
        before[:] = [item]
        if items and _on_cereal(item, items[-1], foods):
            item = replace(item, stated_amount=MILK_ON_CEREAL)
        elif items and last is not None and _milk_in_tea(item, last, items[-1]):
            item = _splash_in(item, items[-1], rules)
        items.append(resolve_item(item, foods, rules))
        following = phrases[index + 1][0] if index + 1 < len(phrases) else ""
        if _bowl_of_cereal(item, items[-1], foods) and not _MILK_OR_YOGURT.search(following):
            milk = ParsedItem(text="milk", food="milk", stated_amount=MILK_ON_CEREAL)
            items.append(resolve_item(replace(milk, accompaniment=True), foods, rules))
        if _drunk_with_milk(item, items[-1], following, rules):
            items.append(resolve_item(_splash_of_milk(items[-1], rules), foods, rules))
    return tuple(items)


TEA_OR_COFFEE = frozenset({"tea", "coffee", "cuppa", "cupa", "brew"})
_SAYS_HOW_IT_IS_DRUNK = re.compile(
    r"\b(?:milk|cream|creamer|whitener|mate|lemon|black|soy|soya|oat|almond|half)\b",
    re.IGNORECASE,
)
"""Words after a tea or coffee that say what is in it (or that nothing is): no milk is added."""
SPLASH_UNITS = frozenset({"splash", "dash", "drop", "bit", "drizzle"})


def _drunk_with_milk(
    item: ParsedItem, found: ItemResult, following: str, rules: LocaleRules
) -> bool:
    """A tea or coffee drunk with milk where none is written ("a cuppa", "white coffee"; in
    Britain, Australia and Canada plain "tea"): the survey coders add the locale's milk."""
    if not found.counted or not found.grams or _SAYS_HOW_IT_IS_DRUNK.search(following):
        return False
    return rules.takes_milk(item.food)


def _splash_of_milk(drink: ItemResult, rules: LocaleRules) -> ParsedItem:
    grams = milk_in_drink_g(drink.grams or 0.0)
    return ParsedItem(text="milk", food=rules.milk, stated_amount=(grams, "g"), accompaniment=True)


_IN_A_DRINK = re.compile(r"\b(?:milks?|milky|white|creams?|creamers?)\b", re.IGNORECASE)
_SAYS_MILK = frozenset({"milky", "white"})
"""A tea "milky" or "white" has the locale's milk in it."""


def _milk_in_tea(item: ParsedItem, drink: ParsedItem, found: ItemResult) -> bool:
    """Milk or cream with no amount (or a splash) right after a tea or coffee."""
    if item.unit not in SPLASH_UNITS | {None}:
        return False
    if not _IN_A_DRINK.search(item.food) or not found.grams:
        return False
    return bool(TEA_OR_COFFEE & set(words(drink.food)))


def _splash_in(item: ParsedItem, drink: ItemResult, rules: LocaleRules) -> ParsedItem:
    """The guideline splash of milk for the drink's size ("tea with milk": 30 g in a cup, 40 g
    in a mug); cream or creamer is one 1 fl oz pot (30 g), and so is each of "2 milks"."""
    if item.quantity is not None and item.unit is None:
        return replace(item, stated_amount=(item.quantity * FL_OZ_ML, "ml"))
    if item.food.strip().lower() in _SAYS_MILK:
        item = replace(item, food=rules.milk)
    if not _MILK.search(item.food):
        return replace(item, stated_amount=(ADD_IN_ML, "ml"))
    return replace(item, stated_amount=(milk_in_drink_g(drink.grams or 0.0), "g"))


_MILK = re.compile(r"\b(?:milks?|semi-skimmed|skimmed|skim)\b", re.IGNORECASE)
_MILK_OR_YOGURT = re.compile(r"\b(?:milk|yog(?:h?o?urt)?s?|kefir|skimmed|skim)\b", re.IGNORECASE)
_COOKED_CEREAL = re.compile(r"\b(?:cooked|oatmeal|porridge|oats|grits|made with)\b", re.IGNORECASE)


def _bowl_of_cereal(item: ParsedItem, found: ItemResult, foods: FoodRepository) -> bool:
    """A bowl of a ready-to-eat cereal with no milk written after it: the survey coders add
    half a cup of milk ("bowl of cornflakes"); porridge and oatmeal are already cooked in it."""
    if item.unit != "bowl" or found.food_id is None or not found.counted:
        return False
    food = foods.get(found.food_id)
    return food.kind == "cereal" and not _COOKED_CEREAL.search(f"{food.name} {item.food}")


def _on_cereal(item: ParsedItem, host: ItemResult, foods: FoodRepository) -> bool:
    """Milk poured on a bowl of cereal with no amount given ("cornflakes with milk",
    "weetabix, milk")."""
    if item.quantity is not None or item.unit is not None or not _MILK.search(item.food):
        return False
    return host.food_id is not None and foods.get(host.food_id).kind == "cereal"


def _default_foods() -> FoodRepository:
    from crampcheck.foods import open_food_database

    return open_food_database()


def resolve_item(
    item: ParsedItem, foods: FoodRepository, rules: LocaleRules = US_RULES
) -> ItemResult:
    """Find the food and the grams for one parsed item (in the locale's words and sizes)."""
    if item.refused is not None:
        return _not_understood(item, item.refused)
    if item.exact_food_id is not None:
        return _exact(item, foods)
    item = replace(item, food=cooking_first(rules.rewrite(item.food)))
    if not item.food:
        return _not_understood(item, "no food named")
    matches, item = _search(item, foods)
    if not matches or matches[0].score < MIN_MATCH_SCORE:
        return _not_understood(item, f"no USDA food matches {item.food!r}", tuple(matches))
    best, alternatives = matches[0], tuple(matches[1:])
    return _weighed(item, foods.get(best.food_id), best.score, alternatives, rules)


def _search(item: ParsedItem, foods: FoodRepository) -> tuple[list[FoodMatch], ParsedItem]:
    """Matches for the item's food; a size word that is part of a name ("Big Mac", "Little
    Gem") is tried with the food too, and kept when the best match's name has the word."""
    matches = list(foods.search(item.food, limit=ALTERNATIVES + 1))
    if item.size is None:  # no size word (and no pattern to compile for this food)
        return matches, item
    found = re.search(rf"(\w+)\s+{re.escape(item.food)}", item.text, re.IGNORECASE)
    if found is None:
        return matches, item
    size_word = found.group(1).lower()
    if size_word not in NAME_SIZE_WORDS:
        return matches, item
    named = list(foods.search(f"{size_word} {item.food}", limit=ALTERNATIVES + 1))
    if named and size_word in named[0].name.lower().split() and named[0].score >= MIN_MATCH_SCORE:
        return named, replace(item, size=None, food=f"{size_word} {item.food}")
    return matches, item


def _exact(item: ParsedItem, foods: FoodRepository) -> ItemResult:
    try:
        food = foods.get(item.exact_food_id or "")
    except UnknownFoodError:
        wanted = item.exact_food_id or ""
        if wanted.startswith(MY_FOOD_ID_PREFIX):
            return _not_understood(item, f"{wanted} is not one of your foods or recipes")
        return _not_understood(item, f"no USDA food has NDB number {wanted}")
    return _weighed(item, food, 1.0, ())


def _weighed(
    item: ParsedItem,
    food: Food,
    score: float,
    alternatives: tuple[FoodMatch, ...],
    rules: LocaleRules = US_RULES,
) -> ItemResult:
    portion = portion_for(item, food, rules)
    warnings = list(_portion_warnings(item, portion))
    counted = is_plausible(portion.grams)
    if not counted:
        warnings.append(
            f"{portion.grams:,.0f} g is not a plausible amount of one food for a day "
            f"(limit {MAX_PLAUSIBLE_ITEM_GRAMS:,.0f} g); left out of the totals"
        )
    grams = round(portion.grams, 2)  # the nutrients are of exactly the grams shown and stored
    confidence = round(score * portion.confidence * (0.7 if item.unknown_unit else 1.0), 3)
    status = ItemStatus.COUNTED
    if counted and confidence < PLEASE_CHECK_BELOW and score < 1.0:
        counted, status = False, ItemStatus.PLEASE_CHECK
        guesses = "; ".join(m.name for m in alternatives[:2])
        warnings.append(
            f"please check: not sure this is {food.name!r} ({confidence:.0%}); left out of "
            f"the totals" + (f" (other guesses: {guesses})" if guesses else "")
        )
    return ItemResult(
        text=item.text,
        food_id=food.food_id,
        name=food.name,
        grams=grams,
        quantity=item.quantity,
        unit=item.unit or item.size,
        confidence=confidence,
        alternatives=alternatives,
        portion=portion.description,
        warnings=tuple(warnings),
        counted=counted,
        nutrients=item_nutrients(food.nutrients, grams) if counted else {},
        source=food.source or None,
        status=status,
    )


def _portion_warnings(item: ParsedItem, portion: Portion) -> list[str]:
    warnings = []
    if item.unknown_unit:
        warnings.append(f"unit {item.unknown_unit!r} not understood; counted as whole items")
    if portion.confidence <= 0.6:
        warnings.append(portion.description)
    return warnings


def _not_understood(
    item: ParsedItem, why: str, alternatives: tuple[FoodMatch, ...] = ()
) -> ItemResult:
    return ItemResult(
        text=item.text,
        food_id=None,
        name=None,
        grams=None,
        quantity=item.quantity,
        unit=item.unit,
        confidence=0.0,
        alternatives=alternatives,
        warnings=(why,),
        counted=False,
        status=ItemStatus.NOT_UNDERSTOOD,
    )


SUPPLEMENT_SOURCE = "supplement label"
"""The ``source`` shown for a supplement item (its amounts are the label's or the person's)."""


def supplement_item(reading: SupplementReading) -> ItemResult:
    """A supplement as a diary item: never a food, its nutrients as the label states them;
    nutrients it does not give are unknown (``None``), not zero."""
    nutrients = {nutrient: reading.nutrients.get(nutrient) for nutrient in Nutrient}
    return ItemResult(
        text=reading.text,
        food_id=None,
        name=reading.product_id,
        grams=None,
        quantity=reading.count,
        unit=None,
        confidence=0.5 if reading.estimate else 1.0,
        portion=reading.explanation,
        warnings=reading.warnings,
        counted=reading.counted,
        nutrients=nutrients if reading.counted else {},
        source=SUPPLEMENT_SOURCE,
        status=ItemStatus.COUNTED if reading.counted else ItemStatus.NOT_UNDERSTOOD,
        kind=ItemKind.SUPPLEMENT,
        explanation=reading.explanation,
    )
