"""The diary parser: splitting and reading one item (pure, no food lookups)."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crampcheck.core.parsing import (
    parse_item,
    parse_number,
    split_diary,
    split_diary_marked,
    with_food_of,
)

# (text, quantity, unit, size, food)
ITEMS = [
    ("2 cups chopped spinach", 2, "cup", None, "spinach"),
    ("a medium banana", 1, None, "medium", "banana"),
    ("100g salmon", 100, "g", None, "salmon"),
    ("100 g salmon", 100, "g", None, "salmon"),
    ("half an avocado", 0.5, None, None, "avocado"),
    ("a glass of milk", 1, "glass", None, "milk"),
    ("3 eggs", 3, None, None, "eggs"),
    ("two eggs", 2, None, None, "eggs"),
    ("a couple of eggs", 2, None, None, "eggs"),
    ("half a dozen eggs", 6, None, None, "eggs"),
    ("a dozen almonds", 12, None, None, "almonds"),
    ("1/2 cup cooked black beans", 0.5, "cup", None, "cooked black beans"),
    ("½ cup blueberries", 0.5, "cup", None, "blueberries"),
    ("1½ cups oatmeal", 1.5, "cup", None, "oatmeal"),
    ("1 ½ cups oatmeal", 1.5, "cup", None, "oatmeal"),
    ("1 1/2 slices bread", 1.5, "slice", None, "bread"),
    ("¾ cup yogurt", 0.75, "cup", None, "yogurt"),
    ("3/4 cup yogurt", 0.75, "cup", None, "yogurt"),
    ("1 pint of beer", 1, "pint", None, "beer"),
    ("8 fl oz orange juice", 8, "fl oz", None, "orange juice"),
    ("8 fluid ounces orange juice", 8, "fl oz", None, "orange juice"),
    ("1 mug of hot chocolate", 1, "mug", None, "hot chocolate"),
    ("a mug of hot choc", 1, "mug", None, "hot choc"),
    ("2 hot cross buns", 2, None, None, "hot cross buns"),
    ("cold brew", None, None, None, "cold brew"),
    ("a large handful of spinach", 1, "handful", "large", "spinach"),
    ("a handful of walnuts", 1, "handful", None, "walnuts"),
    ("a bowl of muesli", 1, "bowl", None, "muesli"),
    ("a small bowl of rice", 1, "bowl", "small", "rice"),
    ("1 scoop of ice cream", 1, "scoop", None, "ice cream"),
    ("1 serving of pasta", 1, "serving", None, "pasta"),
    ("2 portions of chips", 2, "serving", None, "chips"),
    ("2 slices of whole wheat toast", 2, "slice", None, "whole wheat toast"),
    ("1 piece of salmon", 1, "piece", None, "salmon"),
    ("1 can tuna", 1, "can", None, "tuna"),
    ("1 tin of sardines", 1, "can", None, "sardines"),
    ("1 tbsp olive oil", 1, "tbsp", None, "olive oil"),
    ("2 tablespoons peanut butter", 2, "tbsp", None, "peanut butter"),
    ("1 tsp honey", 1, "tsp", None, "honey"),
    ("3 teaspoons sugar", 3, "tsp", None, "sugar"),
    ("12 oz steak", 12, "oz", None, "steak"),
    ("4 ounces chicken", 4, "oz", None, "chicken"),
    ("1 lb potatoes", 1, "lb", None, "potatoes"),
    ("2 pounds of potatoes", 2, "lb", None, "potatoes"),
    ("0.5 kg chicken", 0.5, "kg", None, "chicken"),
    ("1.5 kg chicken", 1.5, "kg", None, "chicken"),
    ("500 mg of salt", 500, "mg", None, "salt"),
    ("250ml milk", 250, "ml", None, "milk"),
    ("250 ml milk", 250, "ml", None, "milk"),
    ("1,5 l water", 1.5, "l", None, "water"),
    ("1.5 litres of water", 1.5, "l", None, "water"),
    ("2 liters water", 2, "l", None, "water"),
    ("33 cl beer", 33, "cl", None, "beer"),
    ("2 dl milk", 2, "dl", None, "milk"),
    ("1 quart milk", 1, "quart", None, "milk"),
    ("an apple", 1, None, None, "apple"),
    ("one apple", 1, None, None, "apple"),
    ("three kiwis", 3, None, None, "kiwis"),
    ("ten almonds", 10, None, None, "almonds"),
    ("twelve grapes", 12, None, None, "grapes"),
    ("a few dates", 3, None, None, "dates"),
    ("several prunes", 3, None, None, "prunes"),
    ("2-3 dates", 2.5, None, None, "dates"),
    ("2 to 4 walnuts", 3, None, None, "walnuts"),
    ("a large egg", 1, None, "large", "egg"),
    ("2 small potatoes", 2, None, "small", "potatoes"),
    ("1 extra large egg", 1, None, "extra large", "egg"),
    ("a big banana", 1, None, "large", "banana"),
    ("1 heaped tbsp peanut butter", 1, "tbsp", "heaping", "peanut butter"),
    ("banana x2", 2, None, None, "banana"),
    ("2x banana", 2, None, None, "banana"),
    ("salmon 150g", 150, "g", None, "salmon"),
    ("spinach 2 cups", 2, "cup", None, "spinach"),
    ("some almonds", None, None, None, "almonds"),
    ("yogurt", None, None, None, "yogurt"),
    ("mac and cheese", None, None, None, "mac and cheese"),
    ("1 cup milk, warmed", 1, "cup", None, "milk"),
    ("1 large sweet potato, baked", 1, None, "large", "sweet potato baked"),
    ("2 cups sliced strawberries", 2, "cup", None, "strawberries"),
    ("1 cup diced carrots", 1, "cup", None, "carrots"),
    ("a slice of cheddar cheese", 1, "slice", None, "cheddar cheese"),
    ("1 bottle of water", 1, "bottle", None, "water"),
    ("a pot of yogurt", 1, "pot", None, "yogurt"),
    ("1 stick of butter", 1, "stick", None, "butter"),
    ("2 cloves garlic", 2, "clove", None, "garlic"),
    ("3 rashers of bacon", 3, "rasher", None, "bacon"),
    ("1 salmon fillet", 1, "fillet", None, "salmon"),
    ("a pinch of salt", 1, "pinch", None, "salt"),
    ("A Glass Of Milk", 1, "glass", None, "milk"),
    ("I ate 2 eggs", 2, None, None, "eggs"),
    ("about 1 cup mac and cheese", 1, "cup", None, "mac and cheese"),
    ("around 2 eggs", 2, None, None, "eggs"),
    ("~200g chicken", 200, "g", None, "chicken"),
    ("roughly half a banana", 0.5, None, None, "banana"),
    # a vessel after a metric amount is not food; a large count before a vessel is its size
    ("250 ml glass of OJ", 250, "ml", None, "oj"),
    ("330 ml can of coke", 330, "ml", None, "coke"),
    ("375 can coke", 1, "can", None, "coke"),
    ("600 bottle of water", 1, "bottle", None, "water"),
    ("2 cans coke", 2, "can", None, "coke"),
    ("pair of poached eggs", 2, None, None, "poached eggs"),
    # a food name that starts with an amount word
    ("a quarter pounder", None, None, None, "quarter pounder"),
    ("2 quarter pounders", 2, None, None, "quarter pounders"),
    ("half and half", None, None, None, "half and half"),
    ("half & half", None, None, None, "half half"),  # "&" is punctuation to the food search
    ("a quarter cup of oats", 0.25, "cup", None, "oats"),
]


PASTA = "spaghetti cooked without salt"
"""Plain pasta in a pasta-and-sauce dish (FNDDS's recipes: the sauce carries the salt)."""


@pytest.mark.parametrize(
    ("text", "quantity", "unit", "size", "food"), ITEMS, ids=[row[0] for row in ITEMS]
)
def test_parse_item(
    text: str, quantity: float | None, unit: str | None, size: str | None, food: str
) -> None:
    item = parse_item(text)
    assert item.quantity == (None if quantity is None else pytest.approx(quantity))
    assert item.unit == unit
    assert item.size == size
    assert item.food == food
    assert item.text == text


def test_parenthetical_amount_wins() -> None:
    item = parse_item("1 cup (240 ml) milk")
    assert (item.quantity, item.unit, item.food) == (1, "cup", "milk")
    assert item.stated_amount == (240, "ml")


def test_parenthetical_ounce() -> None:
    assert parse_item("1 slice (1 oz) cheddar").stated_amount == (1, "oz")


def test_parenthetical_words_are_kept_in_the_food() -> None:
    assert parse_item("yogurt (greek)").food == "yogurt greek"


@pytest.mark.parametrize(
    ("text", "food_id", "quantity", "unit"),
    [
        ("118 g [09040]", "09040", 118, "g"),
        ("1 cup [11457]", "11457", 1, "cup"),
        ("[9040]", "09040", None, None),
        ("2 [01123]", "01123", 2, None),
        ("[MY3F2A0B1C4D5E]", "MY3F2A0B1C4D5E", None, None),
        ("2 [my3f2a0b1c4d5e]", "MY3F2A0B1C4D5E", 2, None),
        ("60 g [ MY3F2A0B1C4D5E ]", "MY3F2A0B1C4D5E", 60, "g"),
    ],
)
def test_exact_reference(text: str, food_id: str, quantity: float | None, unit: str | None) -> None:
    item = parse_item(text)
    assert item.exact_food_id == food_id
    assert item.quantity == quantity
    assert item.unit == unit


def test_unknown_unit_is_reported_not_dropped() -> None:
    item = parse_item("3 zorbs of banana")
    assert item.unknown_unit == "zorbs"
    assert item.food == "banana"


def test_vague_amount_is_flagged() -> None:
    assert parse_item("a bit of cheese").vague
    assert not parse_item("a slice of cheese").vague


@pytest.mark.parametrize(
    ("text", "quantity", "vague"),
    [("a few cherries", 3.0, True), ("few almonds", 3.0, True), ("several dates", 3.0, True),
     ("a couple of eggs", 2.0, False), ("3 cherries", 3.0, False)],
)  # fmt: skip
def test_rough_counts_are_vague_with_their_count(text: str, quantity: float, vague: bool) -> None:
    item = parse_item(text)
    assert (item.quantity, item.vague) == (quantity, vague)


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        (
            "a bowl of muesli with yogurt, two kiwis and a handful of walnuts",
            ["a bowl of muesli", "yogurt", "two kiwis", "a handful of walnuts"],
        ),
        ("1 cup milk, warmed", ["1 cup milk, warmed"]),
        ("2 eggs\n1 banana", ["2 eggs", "1 banana"]),
        ("2 eggs; 1 banana", ["2 eggs", "1 banana"]),
        ("porridge + honey", ["porridge", "honey"]),
        ("toast & jam", ["toast", "jam"]),
        ("coffee with milk", ["coffee", "milk"]),
        ("mac and cheese, salad", ["mac and cheese", "salad"]),
        ("fish and chips", ["fish and chips"]),
        ("1,000 g water", ["1,000 g water"]),
        ("Breakfast: porridge\nLunch: soup and bread", ["porridge", "soup", "bread"]),
        ("- 2 eggs\n- a banana", ["2 eggs", "a banana"]),
        ("1 large sweet potato, baked, 2 eggs", ["1 large sweet potato, baked", "2 eggs"]),
        # two fillings before one dish noun are one dish, not two foods
        ("cheese and pickle sandwich on rye", ["cheese and pickle sandwich on rye"]),
        ("a bacon and egg roll", ["a roll", "bacon", "fried egg"]),
        ("steak and ale pie", ["steak and ale pie"]),
        ("chicken and corn soup", ["chicken and corn soup"]),
        ("tofu and veg stir fry", ["tofu and veg stir fry"]),
        ("salmon sushi roll and miso soup", ["salmon sushi roll", "miso soup"]),
        ("rice and chicken curry", ["rice", "chicken curry"]),
        ("2 eggs and a ham sandwich", ["2 eggs", "a ham sandwich"]),
        ("steak and salad", ["steak", "salad"]),
        # mixed drinks and brands with "and" in their name are one item (issue 16)
        ("a bundy and coke", ["a rum and cola"]),
        ("2 rum and cokes", ["2 rum and cola"]),
        ("captain and coke", ["rum and cola"]),
        ("cc and coke", ["whiskey and cola"]),
        ("50ml vodka and coke", ["50ml vodka", "coke"]),
        ("gin and tonic and crisps", ["gin and tonic", "crisps"]),
        ("rye and ginger", ["whiskey and ginger ale"]),
        ("g and t", ["g and t"]),
        ("bag of m and ms", ["bag of m and ms"]),
        ("salt & vinegar crisps", ["salt & vinegar crisps"]),
        ("lemon lime and bitters", ["lemon lime and bitters"]),
        ("fruit n fibre with milk", ["fruit n fibre", "milk"]),
        # an amount after a comma belongs to the food before it
        ("hawaiian pizza, 2 slices", ["2 slices hawaiian pizza"]),
        ("rice pudding, small pot", ["small pot rice pudding"]),
        ("frozen pizza, half", ["half frozen pizza"]),
        ("iced latte, large", ["large iced latte"]),
        ("2 eggs, large", ["2 large eggs"]),
        ("skim milk, 8oz glass", ["8oz skim milk"]),
        ("eggs, scrambled, two of them", ["2 eggs, scrambled"]),
        ("lamb chops, 3 of em", ["3 lamb chops"]),
        ("baby carrots, like 10", ["10 baby carrots"]),
        ("frosted flakes, about a cup and a half", ["1.5 cup frosted flakes"]),
        ("watermelon, couple wedges", ["2 wedges watermelon"]),
        ("toast, jam", ["toast", "jam"]),
        # when, where and "how much was left" are not foods
        ("a banana w breakfast", ["a banana"]),
        ("banana, snack at work", ["banana"]),
        ("plain baked potato, skin and all", ["plain baked potato"]),
        ("sausage roll, ate it on the bus", ["sausage roll"]),
        ("cheeseburger, just the one", ["cheeseburger"]),
        ("oj with breakfast, 8 oz", ["8 oz oj"]),
        ("breakfast burrito, snack bar", ["breakfast burrito", "snack bar"]),
        # "N and a half" is one amount
        ("spag, 1 and a half cups", ["1.5 cups spag"]),
        ("one and a half cups rice", ["1.5 cups rice"]),
        ("a cup and a half of rice", ["1.5 cup of rice"]),
        ("fried rice, a cup and a half and a can of cola", ["1.5 cup fried rice", "a can of cola"]),
        ("a pint and a half of bitter", ["1.5 pint of bitter"]),
        ("nuts, a handful and a half", ["1.5 handful nuts"]),
        ("a quarter pounder with cheese and fries", ["a quarter pounder with cheese", "fries"]),
        # what a food did not have stays with it
        ("a cuppa, no sugar", ["a cuppa, no sugar"]),
        ("side salad, no dressing, 2 eggs", ["side salad, no dressing", "2 eggs"]),
        ("toast, no butter", ["toast, no butter"]),
        ("Late dinner was frozen pizza, half", ["Late dinner was frozen pizza", "half"]),
        # ... but not to a last food that has its own amount, nor "and a half" to what follows
        (
            "a pot of tea with milk and 3 biscuits, 2 of them",
            ["a pot of tea", "milk", "3 biscuits", "2 of them"],
        ),
        ("eggs, a plate and half a bagel", ["eggs", "a plate", "half a bagel"]),
        ("   \n\n", []),
        ("!!!", []),
        # a time or a number alone is not a food
        ("~12:15, rice", ["rice"]),
        ("12:15; 7:30", []),
    ],
)
def test_split_diary(text: str, pieces: list[str]) -> None:
    assert split_diary(text) == pieces


@pytest.mark.parametrize(
    ("text", "food"),
    [
        ("milk no sugar", "milk"),
        ("coffee without milk", "coffee"),
        ("side salad no dressing", "side salad"),
        ("burger hold the mayo", "burger"),
        ("375 ml coke no sugar", "diet coke"),
        ("lemonade, sugar free", "diet lemonade"),
        ("pepsi zero sugar", "diet pepsi"),
        ("muesli no added sugar", "muesli"),
        ("peanuts without salt", "peanuts without salt"),
        ("no fear energy drink", "no fear energy"),
        ("rice for dinner", "rice"),
        ("an apple as a snack", "apple"),
        ("cup of cocoa after dinner", "cocoa"),
    ],
)
def test_what_a_food_lacked_is_left_out(text: str, food: str) -> None:
    assert parse_item(text).food == food


@pytest.mark.parametrize(
    ("text", "marked"),
    [
        ("a cuppa, milk", [False, True]),
        ("coffee, splash of milk", [False, False]),
        ("coffee, 100 ml milk", [False, False]),
        ("toast, milk", [False, False]),
        ("tea with milk", [False, True]),
    ],
)
def test_milk_after_a_hot_drink_goes_in_it(text: str, marked: list[bool]) -> None:
    assert [m for _, m in split_diary_marked(text)] == marked


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("2", 2),
        ("1.5", 1.5),
        ("1,5", 1.5),
        ("3/4", 0.75),
        ("1 1/2", 1.5),
        (".5", 0.5),
        ("1e3", 1000),
        ("1/0", math.nan),
    ],
)
def test_parse_number(text: str, value: float) -> None:
    assert parse_number(text) == pytest.approx(value, nan_ok=True)


# (text, why the amount is refused): never silently replaced by a default portion
REFUSED = [
    ("1e308 g banana", "not plausible"),
    ("1e400 g banana", "not plausible"),
    ("banana (1e308 g)", "not plausible"),
    ("99999999999 x banana", "not plausible"),
    ("1/0 cup milk", "not a number"),
    ("0/0 cup milk", "not a number"),
    ("-3 bananas", "negative"),
    ("−3 bananas", "negative"),
    ("i ate -2 eggs", "negative"),
]


@pytest.mark.parametrize(("text", "why"), REFUSED)
def test_impossible_amounts_are_refused(text: str, why: str) -> None:
    item = parse_item(text)
    assert item.refused is not None
    assert why in item.refused
    assert item.quantity is None


@pytest.mark.parametrize("text", ["1.5e3 g rice", "2 bananas", "100000 g rice", "0.5 kg chicken"])
def test_plausible_amounts_are_not_refused(text: str) -> None:
    assert parse_item(text).refused is None


@given(st.text(max_size=200))
def test_any_text_splits_and_parses_without_error(text: str) -> None:
    for piece in split_diary(text):
        assert parse_item(piece).text == piece.strip()


@pytest.mark.parametrize("text", ["rice 2 foos", "banana (about 2 foos)"])
def test_an_unknown_unit_after_a_number_is_not_read_as_an_amount(text: str) -> None:
    from crampcheck.core.parsing import parse_item as read

    item = read(text)
    assert (item.stated_amount, item.unit) == (None, None)


# (text, [(phrase, after "with")]) for the prose phrase shapes of issue 17.
PROSE_SPLITS = [
    ("heinz beans on 2 bits of toast and a satsuma",
     [("heinz beans", False), ("2 slices of toast", False), ("a satsuma", False)]),
    ("PB on 2 slices of toast", [("32 g pb", False), ("2 slices of toast", False)]),
    ("2 eggs on toast", [("2 eggs", False), ("toast", False)]),
    ("avo on toasted sourdough", [("avo", False), ("toasted sourdough", False)]),
    ("tuna on a bagel", [("tuna", False), ("a bagel", False)]),
    ("coffee with beans on toast", [("coffee", False), ("beans", True), ("toast", False)]),
    ("ham sandwich on white", [("ham sandwich on white", False)]),
    ("a club sandwich on rye bread", [("a club sandwich on rye bread", False)]),
    ("a hamburger on a bun", [("a hamburger on a bun", False)]),
    ("spaghetti w meat sauce, big plate and garlic bread",
     [(f"big plate {PASTA}", False), ("0.5 cup spaghetti sauce with meat", True),
      ("garlic bread", False)]),
    ("shreddies, 1 cup w milk", [("1 cup shreddies", False), ("milk", True)]),
    ("chili, a big bowl, and cornbread", [("a big bowl chili", False), ("and cornbread", False)]),
    ("spag bol, 1 and a half cups", [("1.5 cups spag bol", False)]),
    ("2 and a half cups rice, 1 and half bananas",
     [("2.5 cups rice", False), ("1.5 bananas", False)]),
    ("coffee + splash of half & half", [("coffee", False), ("splash of half & half", False)]),
    ("coffee with half n half", [("coffee", False), ("half n half", True)]),
    ("a baked spud topped w sour cream", [("a baked spud", False), ("sour cream", True)]),
    ("nachos smothered with cheese", [("cheese nachos", False)]),
    ("tea with milk and raisin bread toasted, 2 slices",
     [("tea", False), ("milk", True), ("2 slices raisin bread toasted", False)]),
    ("cheerios in a bowl w milk", [("a bowl of cheerios", False), ("milk", True)]),
    ("soup in a mug", [("a mug of soup", False)]),
    ("buttered crumpet", [("crumpet", False), ("1.5 tsp butter", True)]),
    ("brown toast x2 buttered", [("brown toast x2", False), ("3 tsp butter", True)]),
    ("2 slices of buttered toast", [("2 slices of toast", False), ("3 tsp butter", True)]),
    ("bagel, toasted & buttered (2 pats)", [("bagel", False), ("2 pats butter", True)]),
    ("smoked meat on rye", [("smoked meat", False), ("2 slices of rye bread", False)]),
    ("steak, grilled and chips", [("steak", False), ("chips", False)]),
    ("a takeaway pizza, pepperoni", [("a takeaway pepperoni pizza", False)]),
    ("a salad sanga, ham", [("a salad ham sanga", False)]),
    ("clif bar, choc chip", [("clif bar", False)]),
    ("a sandwich, an apple", [("a sandwich", False), ("an apple", False)]),
    ("a burger, fries", [("a burger", False), ("fries", False)]),
    ("tacos, 2 of them, beef and cheese", [("2 tacos", False), ("beef", False), ("cheese", False)]),
    ("a chicken and salad wrap", [("a chicken and salad wrap", False)]),
    ("eggs, 2, flipped over easy", [("2 eggs, flipped over easy", False)]),
    ("steak, medium rare", [("steak, medium rare", False)]),
    ("toast, well done", [("toast, well done", False)]),
    ("coffee, medium", [("medium coffee", False)]),
    ("leftover chili with saltines", [("chili", False), ("saltines", True)]),
    ("potatoes with salt", [("potatoes with salt", False)]),
    ("Late dinner was frozen pizza, half",
     [("Late dinner was frozen pizza", False), ("half", False)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "pieces"), PROSE_SPLITS)
def test_prose_splits(text: str, pieces: list[tuple[str, bool]]) -> None:
    assert split_diary_marked(text) == pieces


@pytest.mark.parametrize(
    ("text", "quantity", "unit", "food"),
    [
        ("another banana", 1, None, "banana"),
        ("another flat white", 1, None, "flat white"),
        ("2 more tim tams", 2, None, "tim tams"),
        ("a couple more biscuits", 2, None, "biscuits"),
        ("2 and a half cups rice", 2.5, "cup", "rice"),
        ("1 and half slices toast", 1.5, "slice", "toast"),
    ],
)
def test_more_of_a_food(text: str, quantity: float, unit: str | None, food: str) -> None:
    item = parse_item(text)
    assert (item.quantity, item.unit, item.food) == (quantity, unit, food)


@pytest.mark.parametrize(
    ("text", "previous", "quantity", "unit", "food"),
    [
        ("another slice", "two slices of pepperoni pizza", 1, "slice", "pepperoni pizza"),
        ("another one", "a banana", 1, None, "banana"),
        ("2 more", "a tim tam", 2, None, "tim tam"),
        ("a couple more", "a ginger nut", 2, None, "ginger nut"),
        ("another banana", "an apple", 1, None, "banana"),
        ("a slice", "a pizza", 1, "slice", ""),
        ("another large", "a sweet tea", 1, None, "sweet tea"),
        ("a large", "a sweet tea", 1, None, "large"),
    ],
)
def test_more_of_the_food_before(
    text: str, previous: str, quantity: float, unit: str | None, food: str
) -> None:
    item = with_food_of(parse_item(text), parse_item(previous))
    assert (item.quantity, item.unit, item.food, item.text) == (quantity, unit, food, text)


def test_another_size_keeps_the_size() -> None:
    item = with_food_of(parse_item("another large"), parse_item("a sweet tea"))
    assert item.size == "large"


def test_more_with_nothing_before_stays_as_written() -> None:
    assert with_food_of(parse_item("another slice"), None) == parse_item("another slice")


@pytest.mark.parametrize(
    ("text", "quantity", "unit", "food"),
    [
        ("a pint", 1, "pint", "beer"),
        ("2 schooners", 2, "schooner", "beer"),
        ("a stubby of beer", 1, "stubby", "beer"),
        ("a middy", 1, "middy", "beer"),
        ("2 pints of milk", 2, "pint", "milk"),
        ("two sugars", 2, "tsp", "sugar"),
        ("1 sugar", 1, "tsp", "sugar"),
        ("a 6 inch turkey sub", 1, None, "turkey sub"),
        ("6 inch turkey sub", None, None, "turkey sub"),
        ("a footlong meatball sub", 2, None, "meatball sub"),
        ("12-inch sub", 2, None, "sub"),
        ("a 12 inch pizza", 1, None, "pizza"),
        ("one container", 1, "pot", ""),
        ("a glass of red", 1, "glass", "red wine"),
        ("some white", None, None, "white wine"),
        ("red pepper", None, None, "red pepper"),
        ("2 pats of butter", 2, "pat", "butter"),
    ],
)
def test_what_a_phrase_implies(
    text: str, quantity: float | None, unit: str | None, food: str
) -> None:
    item = parse_item(text)
    assert (item.quantity, item.unit, item.food) == (quantity, unit, food)


COMPOSITE_SPLITS = [
    # a dish named as one food stays one phrase; its filling after "with" goes into its name
    ("pb&j on white bread", [("peanut butter and jelly sandwich on white bread", False)]),
    ("a pbj", [("a peanut butter and jelly sandwich", False)]),
    ("shepherds pie w ground beef", [("ground beef shepherds pie", False)]),
    ("pad thai w chicken 2 cups", [("2 cups chicken pad thai", False)]),
    ("hokkien noodles with beef", [("beef hokkien noodles", False)]),
    ("a club sandwich w turkey", [("a turkey club sandwich", False)]),
    ("sarnie with ham", [("ham sarnie", False)]),
    ("cup of peas and corn", [("cup of peas and corn", False)]),
    ("a wrap with salad", [("a wrap", False), ("salad", True)]),
    ("pie with chips", [("pie", False), ("chips", True)]),
    ("2 tacos with beef", [("2 beef tacos", False)]),
    # ... pairs no food source has as one food are their parts
    ("spag bol", [(f"1 cup {PASTA}", False), ("0.5 cup spaghetti sauce with meat", False)]),
    ("spag bol, big bowl",
     [(f"1.5 cup {PASTA}", False), ("0.75 cup spaghetti sauce with meat", False)]),
    ("spaghetti bolognese, normal plate",
     [(f"1 cup {PASTA}", False), ("0.5 cup spaghetti sauce with meat", False)]),
    ("2 plates of spag bol",
     [(f"2 cup {PASTA}", False), ("1 cup spaghetti sauce with meat", False)]),
    ("2 cups spag bol", [("2 cups spag bol", False)]),
    ("spaghetti with meat sauce",
     [(f"{PASTA}", False), ("0.5 cup spaghetti sauce with meat", True)]),
    ("penne w tomato sauce", [(f"{PASTA}", False), ("0.5 cup spaghetti sauce", True)]),
    ("pasta with a cup of bolognese",
     [(f"{PASTA}", False), ("a cup of spaghetti sauce with meat", True)]),
    ("noodles with bolognese", [("noodles", False), ("0.5 cup spaghetti sauce with meat", True)]),
    ("whole wheat penne w meat sauce",
     [("whole wheat penne", False), ("0.5 cup spaghetti sauce with meat", True)]),
    ("pasta cooked without salt w tomato sauce",
     [("pasta cooked without salt", False), ("0.5 cup spaghetti sauce", True)]),
    ("chips with tomato sauce", [("chips", False), ("tomato sauce", True)]),
    ("chips and salsa", [("tortilla chips", False), ("salsa", False)]),
    ("bangers and mash with onion gravy",
     [("2 sausages", False), ("mashed potatoes", False), ("onion gravy", True)]),
    ("mince and tatties", [("mince", False), ("mashed potatoes", False)]),
    ("fairy bread, 2 slices",
     [("2 slices of white bread", False), ("14 g margarine", False),
      ("10 g candy sprinkles", False)]),
    ("fairy bread",
     [("1 slice of white bread", False), ("7 g margarine", False), ("5 g candy sprinkles", False)]),
    # X on bread: the filling and a sandwich's two slices; on toast: the toast as written
    ("ham and swiss on rye", [("ham", False), ("swiss", False), ("2 slices of rye bread", False)]),
    ("cheese on white bread", [("cheese", False), ("2 slices of white bread", False)]),
    ("turkey on wholemeal", [("turkey", False), ("2 slices of wholemeal bread", False)]),
    ("scrambled eggs on tost", [("scrambled eggs", False), ("toast", False)]),
    ("grilled chedder on 1 slice tost", [("grilled chedder", False), ("1 slice toast", False)]),
    ("peameal bacon on a bun", [("peameal bacon", False), ("a roll", False)]),
    ("avo on sourdough", [("avo", False), ("sourdough", False)]),
    ("hamburgr on a bun", [("hamburgr on a bun", False)]),
    ("a hot dog on a bun", [("a hot dog on a bun", False)]),
    ("grilled cheese on white", [("grilled cheese", False)]),
    ("a blt on white toast", [("a blt", False)]),
    # a spread with no amount: the usual amount per slice it is on
    ("peanut butter on toast", [("16 g peanut butter", False), ("toast", False)]),
    ("marmite on 2 slices of toast", [("12 g marmite", False), ("2 slices of toast", False)]),
    ("2 tsp marmite on toast", [("2 tsp marmite", False), ("toast", False)]),
    ("vegemite toast", [("6 g vegemite", False), ("1 slice of toast", False)]),
    ("pb toast x2", [("32 g pb", False), ("2 slices of toast", False)]),
    ("peanut buttr toast", [("16 g peanut butter", False), ("1 slice of toast", False)]),
    ("avocado toast", [("avocado", False), ("1 slice of toast", False)]),
    ("french toast", [("french toast", False)]),
    ("garlic toast", [("garlic toast", False)]),
    ("3 slices of brown toast", [("3 slices of brown toast", False)]),
    ("crumpet with butter", [("crumpet", False), ("7 g butter", True)]),
    ("toast with butter & vegemite",
     [("toast", False), ("7 g butter", True), ("6 g vegemite", False)]),
    ("2 slices of brown toast w marg", [("2 slices of brown toast", False), ("14 g marg", True)]),
    ("toast with 2 tsp butter and jam", [("toast", False), ("2 tsp butter", True), ("jam", False)]),
    ("2 rice cakes with peanut butter", [("2 rice cakes", False), ("16 g peanut butter", True)]),
    ("toast w marmite, 1 slice", [("1 slice toast", False), ("6 g marmite", True)]),
    ("coffee with cream", [("coffee", False), ("cream", True)]),
    ("bagel with cream cheese", [("bagel", False), ("30 g cream cheese", True)]),
    ("2 bagels with pb", [("2 bagels", False), ("64 g pb", True)]),
    # a jacket is a baked potato, its filling a food of its own
    ("tuna mayo jacket", [("jacket potato", False), ("tuna mayo", False)]),
    ("jacket w heinz beans", [("jacket potato", False), ("heinz beans", True)]),
    ("a jacket spud with cheese", [("a jacket potato", False), ("cheese", True)]),
    # preparation and state words after a comma are never foods; a share goes on the container
    ("salmon fillet, pan fried", [("salmon fillet, pan fried", False)]),
    ("chicken, air fried", [("chicken, air fried", False)]),
    ("curry, leftover", [("curry, leftover", False)]),
    ("can of chickpeas, drained, half", [("half can of chickpeas, drained", False)]),
    ("tin of beans, a quarter", [("a quarter tin of beans", False)]),
    ("2 cans of beans, half", [("2 cans of beans", False), ("half", False)]),
    # a sandwich of fillings no food source has as a sandwich: the bread and each filling
    ("bacon butty", [("2 slices of white bread", False), ("bacon", False), ("14 g butter", False)]),
    ("a sausage sarnie",
     [("2 slices of white bread", False), ("2 sausages", False), ("14 g butter", False)]),
    ("egg and bacon roll", [("a roll", False), ("fried egg", False), ("bacon", False)]),
    ("smoked salmon and cream cheese bagel",
     [("a bagel", False), ("50 g smoked salmon", False), ("30 g cream cheese", False)]),
    ("sausage roll", [("sausage roll", False)]),
    ("an egg roll", [("an egg roll", False)]),
    ("ham and cheese sandwich", [("ham and cheese sandwich", False)]),
    # a spirit and its mixer are one drink, unless the spirit has an amount of its own
    ("rye and ginger", [("whiskey and ginger ale", False)]),
    ("crown and coke", [("whiskey and cola", False)]),
    ("a bundy & coke", [("a rum and cola", False)]),
    ("gin and tonic", [("gin and tonic", False)]),
    ("double vodka and coke", [("double vodka", False), ("coke", False)]),
    ("2 shots of rum and coke", [("2 shots of rum", False), ("coke", False)]),
    ("vodka and orange juice", [("vodka", False), ("orange juice", False)]),
    ("ham on rye and ginger ale",
     [("ham", False), ("2 slices of rye bread", False), ("ginger ale", False)]),
    # a curry and rice is the curry with rice; "leftover" is not part of the food
    ("butter chicken and rice", [("chicken curry with rice", False)]),
    ("leftover chicken curry + rice, 1.5 cups", [("1.5 cups chicken curry with rice", False)]),
    ("veg curry w rice, 2 cups", [("2 cups veg curry with rice", False)]),
    ("chicken curry and rice", [("chicken curry", False), ("rice", False)]),
    ("rice and chicken curry", [("rice", False), ("chicken curry", False)]),
    ("leftover from dinner", [("leftover from dinner", False)]),
    # an amount before a comma belongs to the food after it; where and which kind are no foods
    ("half pint, bitter, at the local", [("half pint of bitter", False)]),
    ("a glass, wine", [("a glass of wine", False)]),
    ("a pint, a packet of crisps", [("a pint", False), ("a packet of crisps", False)]),
    ("greek yogurt, plain nonfat", [("greek yogurt, plain nonfat", False)]),
    ("regular flat white, full cream", [("regular flat white, full cream", False)]),
    ("scone, cream", [("scone", False), ("cream", False)]),
    ("yam, roasted (sweet potato), medium", [("medium yam, roasted (sweet potato)", False)]),
    ("fries (medium, mcd)", [("fries (medium  mcd)", False)]),
    ("a sandwich, at the pub", [("a sandwich", False)]),
    # several fillings after "with" go into the dish; a pair of them alone is two foods
    ("brekky wrap w bacon n egg", [("bacon n egg brekky wrap", False)]),
    ("pizza with ham and cheese", [("ham and cheese pizza", False)]),
    ("omelette with cheese and ham and toast",
     [("cheese and ham omelette", False), ("toast", False)]),
    ("a wrap with chicken and a coke", [("a chicken wrap", False), ("a coke", False)]),
    ("bacon and egg", [("bacon", False), ("fried egg", False)]),
    ("poutine",
     [("large fries", False), ("60 g cheese curds", False), ("0.5 cup beef gravy", False)]),
    ("small poutine",
     [("medium fries", False), ("40 g cheese curds", False), ("0.33 cup beef gravy", False)]),
    ("instant oatmeal maple and brown sugar", [("instant oatmeal maple and brown sugar", False)]),
    ("large buttered popcorn", [("large buttered popcorn", False)]),
    ("leeks in white sauce", [("leeks", False), ("white sauce", False)]),
    ("beans in tomato sauce", [("beans in tomato sauce", False)]),
    ("chips ahoy, 3 cookies", [("3 chips ahoy", False)]),
    ("2 oreos, 3 cookies", [("2 oreos", False), ("3 cookies", False)]),
    # soy or oat in a milky coffee is its milk; in tea or black coffee a splash of that milk
    ("flat white on soy", [("flat white with non-dairy milk", False)]),
    ("latte w oat milk", [("latte with non-dairy milk", False)]),
    ("chai latte with soy", [("chai latte", False), ("soy milk", True)]),
    ("tea on oat", [("tea", False), ("oat milk", True)]),
    ("peanut butter sandwich, wheat bread", [("peanut butter sandwich on wheat bread", False)]),
    ("a ham sandwich, rye", [("a ham sandwich on rye", False)]),
    ("a ham sandwich, toast", [("a ham sandwich", False), ("toast", False)]),
    ("a ham sandwich, bread", [("a ham sandwich", False), ("bread", False)]),
    ("eggs, toast", [("eggs", False), ("toast", False)]),
    # shorthand
    ("dbl dbl and a boston creme",
     [("14 fl oz black coffee", False), ("2 fl oz light cream", False), ("2 tsp sugar", False),
      ("a boston creme", False)]),
    ("tims med dbl dbl",
     [("14 fl oz black coffee", False), ("2 fl oz light cream", False), ("2 tsp sugar", False)]),
    ("large double double from tim hortons",
     [("20 fl oz black coffee", False), ("2 fl oz light cream", False), ("2 tsp sugar", False)]),
    ("spag bol from the freezer",
     [(f"1 cup {PASTA}", False), ("0.5 cup spaghetti sauce with meat", False)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "pieces"), COMPOSITE_SPLITS)
def test_composite_phrases(text: str, pieces: list[tuple[str, bool]]) -> None:
    assert split_diary_marked(text) == pieces


@pytest.mark.parametrize("text", ["[MY3F2A0B1C4D5]", "[MYZZZZZZZZZZZZ]", "[my../../etc]", "[MY]"])
def test_a_malformed_own_food_id_is_not_a_reference(text: str) -> None:
    assert parse_item(text).exact_food_id is None


@pytest.mark.parametrize(
    ("text", "food"),
    [
        ("porterhouse, medium rare", "porterhouse"),
        ("a rump steak off the barbie", "rump steak"),
        ("3 lamb cutlets off the bbq", "lamb cutlets"),
        ("ribeye medium-rare", "ribeye"),
        ("sirloin, well done", "sirloin"),
        ("welsh rarebit", "welsh rarebit"),
    ],
)
def test_how_a_steak_was_done_is_not_its_name(text: str, food: str) -> None:
    assert parse_item(text).food == food
