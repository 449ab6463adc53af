"""Portions by the shape of the amount: FNDDS portions in sizes, drink containers, rough counts,
handfuls, bunches and punnets, package sizes, locale glasses and the eaten share of a weight."""

from __future__ import annotations

import pytest

from crampcheck.core.locale import Locale, rules_for
from crampcheck.core.models import Food, Measure
from crampcheck.core.parsing import parse_item
from crampcheck.core.portions import (
    FEW_SMALL_ITEMS,
    HANDFUL_G,
    measure_nouns,
    measure_unit,
    merged_measures,
    portion_for,
)

M = Measure


def _food(name: str, *measures: Measure, kind: str = "other", usual: float | None = None) -> Food:
    return Food("900001", name, kind, measures=measures, default_grams=usual)


WATERMELON = _food(
    "Watermelon, raw",
    M("cube", 1.0, 15.0),
    M("small wedge/slice", 1.0, 218.0),
    M("medium wedge/slice", 1.0, 325.0),
    M("large wedge/slice", 1.0, 432.0),
    M("watermelon balls", 10.0, 122.0),
    kind="fruit",
    usual=78.0,
)
TUNA = _food(
    "Fish, tuna, canned",
    M("small can", 1.0, 75.0),
    M("standard can", 1.0, 115.0),
    M("large can", 1.0, 255.0),
    kind="fish",
    usual=85.0,
)
BREAD = _food(
    "Bread, white",
    M("small or thin/very thin slice", 1.0, 24.0),
    M("medium or regular slice", 1.0, 28.0),
    M("large or thick slice", 1.0, 43.0),
    M("slice, crust not eaten", 1.0, 13.0),
    M("slice, snack-size", 1.0, 10.0),
    kind="baked",
    usual=28.0,
)
CHIPS = _food(
    "Potato chips, plain",
    M("chip", 1.0, 2.0),
    M("small single serving bag", 1.0, 28.0),
    M("medium single serving bag", 1.0, 57.0),
    M("bag (8 oz)", 1.0, 227.0),
    kind="snack",
    usual=28.0,
)
TEDDIES = _food(
    "Graham crackers (Teddy Grahams)",
    M("small or medium single serving bag", 1.0, 45.0),
    M("large single serving bag", 1.0, 85.0),
    kind="baked",
    usual=18.0,
)
SPORTS_DRINK = _food(
    "Sports drink",
    M("fl oz", 1.0, 31.0),
    M("bottle (12 fl oz)", 1.0, 372.0),
    M("bottle (16.9 fl oz or 500 ml)", 1.0, 524.0),
    M("bottle (32 fl oz)", 1.0, 992.0),
    kind="drink",
    usual=496.0,
)
BEANS = _food("Beans, baked", M("small can", 1.0, 200.0), M("large can", 1.0, 400.0), usual=130.0)
WINE = _food("Wine, red", M("fl oz", 1.0, 30.0), M("glass", 1.0, 180.0), kind="drink", usual=180.0)
SPARKLING = _food("Wine, sparkling", M("fl oz", 1.0, 30.0), M("glass", 1.0, 180.0), kind="drink")
CHERRIES = _food(
    "Cherries, raw", M("cherry", 1.0, 7.0), M("cup", 1.0, 150.0), kind="fruit", usual=75.0
)
SAUSAGE = _food(
    "Pork sausage",
    M("cocktail or miniature link", 1.0, 10.0),
    M("breakfast size link", 1.0, 20.0),
    M("piece", 1.0, 75.0),
    kind="meat",
    usual=60.0,
)
MANGO = _food(
    "Mangos, raw", M("slice/chunk", 1.0, 25.0), M("mango", 1.0, 210.0), kind="fruit", usual=83.0
)
OYSTERS = _food("Mollusks, oyster, raw", M("oyster", 1.0, 15.0), kind="fish", usual=85.0)
FRIES = _food("Potato, french fries, NFS", M("fry, NS as to shape", 1.0, 5.0), usual=110.0)
STEAK = _food("Beef, steak, NFS", M("piece/slice, any size", 1.0, 30.0), kind="meat", usual=160.0)
CAKE = _food(
    "Cake or cupcake, carrot",
    M("cupcake, any size", 1.0, 90.0),
    M("piece/slice, any size", 1.0, 200.0),
    usual=200.0,
)
CANDY = _food(
    "Chocolate candy, candy shell",
    M("piece", 1.0, 2.0),
    M("miniature/bite size", 1.0, 10.0),
    M("fun/snack size", 1.0, 15.0),
    M("pouch/regular size", 1.0, 45.0),
    M("large/king size", 1.0, 90.0),
    kind="sweet",
    usual=45.0,
)
COOKIES = _food(
    "Cookie, chocolate sandwich",
    M("Oreo mini sandwich", 1.0, 3.0),
    M("Oreo thin", 1.0, 7.0),
    M("sandwich", 1.0, 14.0),
    kind="baked",
    usual=42.0,
)
CANTALOUPE = _food(
    "Melons, cantaloupe, raw",
    M("small melon", 1.0, 400.0),
    M("medium melon", 1.0, 550.0),
    M("cantaloupe balls", 10.0, 138.0),
    kind="fruit",
    usual=80.0,
)
GRAPES = _food("Grapes, raw", M("grape", 1.0, 5.0), M("cup", 1.0, 150.0), kind="fruit", usual=75.0)
LYCHEES = _food("Litchis, raw", M("cup", 1.0, 190.0), kind="fruit")
ALMONDS = _food("Nuts, almonds", M("almond", 1.0, 1.2), kind="nut", usual=28.0)
RAISINS = _food("Raisins, seedless", M("cup", 1.0, 145.0), kind="fruit", usual=40.0)
SPINACH = _food("Spinach, raw", M("bunch", 1.0, 340.0), M("leaf", 1.0, 10.0), kind="vegetable")
MUSSELS = _food("Mussels", M("mussel", 1.0, 15.0), kind="fish", usual=85.0)
SOUP = _food("Soup, tomato", M("cup", 1.0, 245.0), kind="soup", usual=245.0)
SODA = _food("Soft drink, cola", M("fl oz", 1.0, 31.0), kind="drink", usual=360.0)
BRUSCHETTA = _food("Bruschetta", kind="baked", usual=100.0)
HAM = _food("Ham, sliced", M("slice", 1.0, 28.0), M("slice, chopped", 1.0, 20.0), kind="meat")


@pytest.mark.parametrize(
    ("text", "food", "grams", "note"),
    [
        # a unit the food has in sizes: the usual size, else the size asked for
        ("a slice of watermelon", WATERMELON, 325.0, "medium wedge/slice"),
        ("a small slice of watermelon", WATERMELON, 218.0, "small wedge/slice"),
        ("2 wedges of watermelon", WATERMELON, 650.0, "medium wedge/slice"),
        ("a can of tuna", TUNA, 115.0, "standard can"),
        ("a can of beans", BEANS, 200.0, "small can"),  # no usual size: the smallest
        ("a jumbo can of beans", BEANS, 200.0 * 1.8, "small can"),
        ("a large can of tuna", TUNA, 255.0, "large can"),
        ("a slice of bread", BREAD, 28.0, "medium or regular slice"),
        ("2 large slices of bread", BREAD, 86.0, "large or thick slice"),
        # the size that is the usual portion, for a packet the usual portion itself
        ("a bag of chips", CHIPS, 28.0, "small single serving bag"),
        ("box of tiny teddies", TEDDIES, 18.0, "the usual portion"),
        # of several bottles, the one nearest the usual 500 ml
        ("bottle of lucozade sport", SPORTS_DRINK, 524.0, "16.9 fl oz"),
        # "piece/slice, any size" is a slice, and a slice of cake is not a cupcake
        ("a slice of carrot cake", CAKE, 200.0, "piece/slice"),
        # a preparation word still picks its own measure
        ("2 slices chopped ham", HAM, 40.0, "slice, chopped"),
        ("2 slices of ham", HAM, 56.0, "2 × slice (28 g)"),
    ],
)
def test_units_in_sizes(text: str, food: Food, grams: float, note: str) -> None:
    portion = portion_for(parse_item(text), food)
    assert round(portion.grams, 2) == round(grams, 2)
    assert note in portion.description


@pytest.mark.parametrize(
    ("text", "food", "grams", "note"),
    [
        ("a mango", MANGO, 210.0, "1 × mango"),
        ("half a dozen oysters", OYSTERS, 90.0, "6 × oyster"),
        ("2 sausages", SAUSAGE, 150.0, "2 × piece"),
        ("a half cantaloupe", CANTALOUPE, 275.0, "medium melon"),
        ("2 oreos", COOKIES, 28.0, "2 × sandwich"),
        ("2 oreo mini sandwiches", COOKIES, 6.0, "Oreo mini sandwich"),
        ("2 oreo thins", COOKIES, 14.0, "Oreo thin"),
        ("4 cocktail sausages", SAUSAGE, 40.0, "cocktail or miniature link"),
        ("2 breakfast sausages", SAUSAGE, 40.0, "breakfast size link"),
        # "a few" small things is five; of bigger things it stays three
        ("a few cherries", CHERRIES, FEW_SMALL_ITEMS * 7.0, "5 × cherry"),
        ("a few sausages", SAUSAGE, 225.0, "3 × piece"),
        ("3 cherries", CHERRIES, 21.0, "3 × cherry"),
        # one portion of a plural, not one fry; a piece of steak is not the steak
        ("a side of fries", FRIES, 110.0, "the usual portion"),
        ("a steak", STEAK, 160.0, "the usual portion"),
        # package sizes of sweets
        ("fun size m&ms", CANDY, 15.0, "fun/snack size"),
        ("2 fun size m&ms", CANDY, 30.0, "fun/snack size"),
        ("king size m&ms", CANDY, 90.0, "large/king size"),
        ("m&ms", CANDY, 45.0, "the usual portion"),
        ("fun size crisps", CHIPS, 28.0, "the usual portion"),  # no such package: as usual
    ],
)
def test_counts_are_one_fndds_unit_each(text: str, food: Food, grams: float, note: str) -> None:
    portion = portion_for(parse_item(text), food)
    assert round(portion.grams, 2) == round(grams, 2)
    assert note in portion.description


@pytest.mark.parametrize(
    ("text", "food", "grams", "note"),
    [
        ("handful of blueberries", GRAPES, 75.0, "the usual portion"),
        ("handful of lychees", LYCHEES, 95.0, "½ cup"),
        ("handful of almonds", ALMONDS, HANDFUL_G, "1 oz"),
        ("handful of raisins", RAISINS, HANDFUL_G, "1 oz"),
        ("2 handfuls of almonds", ALMONDS, 2 * HANDFUL_G, "1 oz"),
        ("bunch of grapes", GRAPES, 150.0, "1 bunch ≈ 1 cup"),
        ("a bunch of spinach", SPINACH, 340.0, "1 × bunch"),
        ("bunch of mussels", MUSSELS, 100.0, "typical"),
        ("punnet of raspberries", LYCHEES, 200.0, "1 punnet ≈ 200 g"),
    ],
)
def test_handfuls_bunches_and_punnets(text: str, food: Food, grams: float, note: str) -> None:
    portion = portion_for(parse_item(text), food)
    assert round(portion.grams, 2) == round(grams, 2)
    assert note in portion.description


@pytest.mark.parametrize(
    ("locale", "text", "food", "grams"),
    [
        (Locale.EN_GB, "glass of prosecco", SPARKLING, 125.0),
        (Locale.EN_GB, "glass of red", WINE, 175.0),
        (Locale.EN_GB, "large glass of red", WINE, 175.0 * 1.33),
        (Locale.EN_AU, "glass of red", WINE, 150.0),
        (Locale.EN_AU, "glass of sparkling", SPARKLING, 150.0),
        (Locale.EN_US, "glass of red", WINE, 180.0),
        (Locale.EN_CA, "glass of red", WINE, 180.0),
        (Locale.EN_GB, "can of coke", SODA, 330.0 * 31.0 / 29.5735),
        (Locale.EN_AU, "can of coke", SODA, 375.0 * 31.0 / 29.5735),
        (Locale.EN_AU, "a can of tuna", TUNA, 115.0),  # the food's can, not a drink can
        (Locale.EN_AU, "can of bruschetta", BRUSCHETTA, 375.0),  # no can of its own
        (Locale.EN_GB, "tin of soup", SOUP, 400.0),  # a UK tin of food
        (Locale.EN_GB, "2 tins of soup", SOUP, 800.0),
        (Locale.EN_GB, "a can of tuna", TUNA, 115.0),
        (Locale.EN_AU, "tin of soup", SOUP, 375.0 * 245.0 / 236.588),
    ],
)
def test_locale_glasses_and_cans(locale: Locale, text: str, food: Food, grams: float) -> None:
    portion = portion_for(parse_item(text), food, rules_for(locale))
    density = 30.0 / 29.5735 if "glass" in text and "Wine" in food.name else 1.0
    expected = grams * density if portion.description.endswith("ml") else grams
    assert round(portion.grams, 1) == round(expected, 1)


@pytest.mark.parametrize(
    ("text", "food", "grams"),
    [
        ("pound of PEI mussels", MUSSELS, 150.0),
        ("1 lb wings", _food("Chicken wings", kind="meat"), 0.6 * 453.592),
        ("1 kg mussels", MUSSELS, 1000.0 * 150.0 / 453.6),
        ("200 g mussels", MUSSELS, 200.0),  # a weight as eaten stays as it is
        ("1 lb steak", STEAK, 453.592),
        ("mussels (1 lb)", MUSSELS, 150.0),
    ],
)
def test_weights_bought_in_the_shell_or_on_the_bone(text: str, food: Food, grams: float) -> None:
    portion = portion_for(parse_item(text), food)
    assert round(portion.grams, 1) == round(grams, 1)


@pytest.mark.parametrize(
    ("name", "sizes", "nouns"),
    [
        ("medium or regular slice", "medium or regular", {"slice"}),
        ("small single serving bag", "small single serving", {"packet"}),
        ("small/regular fillet", "small/regular", {"fillet"}),
        ("standard can", "standard", {"can"}),
        ("piece/slice, any size", None, {"piece", "slice"}),
        ("medium", None, {"medium"}),
        ("", None, set()),
    ],
)
def test_measure_nouns(name: str, sizes: str | None, nouns: set[str]) -> None:
    assert measure_nouns(Measure(name, 1.0, 1.0)) == (sizes, frozenset(nouns))


def test_measure_unit_of_alternatives_is_the_first() -> None:
    assert measure_unit(Measure("piece/slice, any size", 1.0, 200.0)) == "piece"


def test_merged_measures_keep_only_units_the_first_lacks() -> None:
    fndds = (M("slice", 1.0, 56.0), M("standard can", 1.0, 115.0), M("cup", 1.0, 165.0))
    sr = (M('slice (4-2/3" dia)', 1.0, 166.0), M("can", 1.0, 165.0), M("tbsp", 1.0, 10.0))
    assert merged_measures(fndds, sr) == (*fndds, M("tbsp", 1.0, 10.0))
