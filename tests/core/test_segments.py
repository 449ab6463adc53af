"""Whole-day prose cut into meal segments: meals, times and filler."""

from __future__ import annotations

import pytest

from crampcheck.core.segments import (
    MEAL_NAMES,
    MEALS,
    Segment,
    meal_of,
    not_intake,
    segment_day,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Porridge with a banana for breakfast. A tuna mayo sandwich and a packet of crisps "
            "for lunch.",
            [
                ("Porridge with a banana", "breakfast", None),
                ("A tuna mayo sandwich and a packet of crisps", "lunch", None),
            ],
        ),
        (
            "Breakfast at 7: 2 eggs and toast.\nLunch was soup. A glass of water.",
            [
                ("2 eggs and toast", "breakfast", "7"),
                ("soup", "lunch", None),
                ("A glass of water", "lunch", None),
            ],
        ),
        ("Dinner around 6:30 was spaghetti", [("spaghetti", "dinner", "6:30")]),
        ("snack: an apple", [("an apple", "snack", None)]),
        ("tea, milk and 2 sugars", [("tea, milk and 2 sugars", None, None)]),
        ("tea, two sugars", [("tea, two sugars", None, None)]),
        ("tea 2 sugars", [("tea 2 sugars", None, None)]),
        ("tea a pie", [("a pie", "dinner", None)]),
        ("tea, no sugar", [("tea, no sugar", None, None)]),
        ("Tea, spag bol", [("spag bol", "dinner", None)]),
        ("for tea, milk", [("milk", "dinner", None)]),
        ("Brekkie: 2 weetbix", [("2 weetbix", "breakfast", None)]),
        ("Elevenses: a sausage roll", [("a sausage roll", "snack", None)]),
        ("Arvo: a banana", [("a banana", "snack", None)]),
        ("For tea we had spag bol", [("spag bol", "dinner", None)]),
        ("Supper: poutine", [("poutine", "supper", None)]),
        ("at 7am a bagel", [("a bagel", None, "7am")]),
        ("2 tim tams around 3", [("2 tim tams", None, "3")]),
        ("Mars bar at 3pm", [("Mars bar", None, "3pm")]),
        (
            "Lunch: soup. A banana around 3. An apple",
            [("soup", "lunch", None), ("A banana", None, "3"), ("An apple", None, "3")],
        ),
        ("10am a granola bar", [("a granola bar", None, "10am")]),
        (
            "a bagel for breakfast and a sandwich for lunch",
            [("a bagel", "breakfast", None), ("a sandwich", "lunch", None)],
        ),
        (
            "I had porridge for breakfast as usual, then grabbed a coffee",
            [("porridge", "breakfast", None), ("a coffee", "breakfast", None)],
        ),
        ("Lunch: nothing much", []),
        ("Sunday. No lunch.", []),
        ("Didn't eat breakfast, just coffee", [("coffee", None, None)]),
        ("Up at 6 for a run, a banana", [("a banana", None, None)]),
        ("Hot chocolate before bed", [("Hot chocolate", "bedtime", None)]),
        ("A muffin in the afternoon", [("A muffin", "snack", None)]),
        ("Breakfast burrito and a coffee", [("Breakfast burrito and a coffee", None, None)]),
        ("tea with milk", [("tea with milk", None, None)]),
        ("2 scrambled eggs", [("2 scrambled eggs", None, None)]),
        ("a pizza for me", [("a pizza", None, None)]),
        ("coffee at 7, toast", [("coffee, toast", None, "7")]),
        ("-3 bananas, 2 eggs", [("-3 bananas, 2 eggs", None, None)]),
        ("snack: - crisps -", [("crisps", "snack", None)]),
        ("2 eggs at 8:30 and toast", [("2 eggs and toast", None, "8:30")]),
        (
            "muesli and coffee at 7, a sub for lunch",
            [("muesli and coffee", None, "7"), ("a sub", "lunch", None)],
        ),
        # a meal word at the end of a comma list labels the last comma part (and its "and")
        (
            "Toast for breakfast. 2 weetabix, cuppa, ham sandwich and crisps for lunch",
            [
                ("Toast", "breakfast", None),
                ("2 weetabix, cuppa", "breakfast", None),
                ("ham sandwich and crisps", "lunch", None),
            ],
        ),
        (
            "2 weetabix, cuppa, ham sandwich for lunch",
            [("2 weetabix, cuppa", None, None), ("ham sandwich", "lunch", None)],
        ),
        # ... unless that part only says more of the food before it
        (
            "spag bol, 1 and a half cups for dinner",
            [("spag bol, 1 and a half cups", "dinner", None)],
        ),
        ("a sweet potato, baked for dinner", [("a sweet potato, baked", "dinner", None)]),
        ("fries, the medium one for lunch", [("fries, the medium one", "lunch", None)]),
        ("a wrap (chicken, lettuce) for lunch", [("a wrap (chicken, lettuce)", "lunch", None)]),
        ("lunch: soup, bread", [("soup, bread", "lunch", None)]),
        (
            "magnesium bisglycinate, 2 capsules (each 100mg) with dinner",
            [("magnesium bisglycinate, 2 capsules (each 100mg)", "dinner", None)],
        ),
        ("2 caps of mag, 400mg total at night", [("2 caps of mag, 400mg total", "bedtime", None)]),
        (
            "cheerios, one bowl, 2% milk before bed",
            [("cheerios, one bowl, 2% milk", "bedtime", None)],
        ),
        # times with no "at" where no amount can be
        ("7.15 two crumpets", [("two crumpets", None, "7.15")]),
        ("tea 6.30: 3 beef rissoles", [("3 beef rissoles", "dinner", "6.30")]),
        ("lunch 12.30 from boots: prawn mayo", [("prawn mayo", "lunch", "12.30")]),
        ("dinner 7: 2 grilled chicken thighs", [("2 grilled chicken thighs", "dinner", "7")]),
        ("smoko 9 at the servo: a sausage roll", [("a sausage roll", "snack", "9")]),
        ("9 at the servo: a sausage roll", [("a sausage roll", None, "9")]),
        ("2.50 cups of rice", [("2.50 cups of rice", None, None)]),
        ("lunch 2 sangas", [("2 sangas", "lunch", None)]),
        # where and when, not what
        ("lunch in town: a pie floater", [("a pie floater", "lunch", None)]),
        ("earlier strongbow, 3 pints over the night", [("strongbow, 3 pints", None, None)]),
        ("shrimp off the grill", [("shrimp off the grill", None, None)]),  # how it was cooked
        ("a latte from the cafe on my block", [("a latte", None, None)]),
        ("after lifting, cottage cheese", [("cottage cheese", None, None)]),
        # an amount or "another large" after a meal word in the middle stays with its food
        (
            "sweet tea again at lunch, another large",
            [("sweet tea again, another large", "lunch", None)],
        ),
        ("a coke at lunch, a large", [("a coke, a large", "lunch", None)]),
        ('woke at 2pm, skipped "breakfast"', []),
        (
            "pancakes, a drizzle of syrup for brunch",
            [("pancakes, a drizzle of syrup", "brunch", None)],
        ),
    ],
)
def test_segments(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert [(s.text, s.meal, s.time) for s in segment_day(text)] == expected


@pytest.mark.parametrize(
    ("word", "meal"),
    [
        ("Brekkie", "breakfast"),
        ("tea", "dinner"),
        ("tea time", "dinner"),
        ("elevenses", "snack"),
        ("arvo", "snack"),
        ("supper", "supper"),
        ("pudding", "dessert"),
        ("pizza", None),
    ],
)
def test_meal_words(word: str, meal: str | None) -> None:
    assert meal_of(word) == meal


def test_every_meal_word_names_a_known_meal() -> None:
    assert set(MEALS.values()) <= set(MEAL_NAMES)


def test_segment_is_a_value() -> None:
    assert segment_day("Lunch: soup") == [Segment("soup", "lunch", None)]


# (text, [(segment text, meal, time)]) for each phrase shape of issue 17's prose days.
PROSE_SHAPES = [
    # a meal word straight before the food, no verb
    ("lunch a burger and onion rings", [("a burger and onion rings", "lunch", None)]),
    ("supper lasagna and garlic toast", [("lasagna and garlic toast", "supper", None)]),
    ("dinner at 6:30 meatloaf, corn", [("meatloaf, corn", "dinner", "6:30")]),
    ("dinner 6pm rotisserie chicken", [("rotisserie chicken", "dinner", "6pm")]),
    ("tea at 6 rissoles, mash", [("rissoles, mash", "dinner", "6")]),
    ("Morning tea a cheese scone", [("a cheese scone", "snack", None)]),
    ("Arvo snack an apple", [("an apple", "snack", None)]),
    ("smoko a pie", [("a pie", "snack", None)]),
    ("post workout a protein shake", [("a protein shake", "snack", None)]),
    ("Brkfst: a yogurt", [("a yogurt", "breakfast", None)]),
    # food names that start with a meal word stay foods
    ("tea steak, chips", [("tea steak, chips", None, None)]),
    ("brekkie tea w milk", [("brekkie tea w milk", None, None)]),
    ("lunch meat on rye", [("lunch meat on rye", None, None)]),
    ("dinner rolls", [("dinner rolls", None, None)]),
    ("snack bar", [("snack bar", None, None)]),
    # times people write
    ("brekkie at half 7, 2 weetabix", [("2 weetabix", "breakfast", "half 7")]),
    ("Breakfast at 6.45: 2 slices of toast", [("2 slices of toast", "breakfast", "6.45")]),
    ("lunch at 12.30 sushi rolls", [("sushi rolls", "lunch", "12.30")]),
    ("3ish a handful of almonds", [("a handful of almonds", None, "3ish")]),
    ("lunch at 12:30 from the deli: a turkey sub", [("a turkey sub", "lunch", "12:30")]),
    ("milo at 7 then weetbix", [("milo", None, "7"), ("weetbix", None, "7")]),
    ("about 2 eggs", [("about 2 eggs", None, None)]),
    ("a bagel with cream cheese at 7. lunch was a turkey club",
     [("a bagel with cream cheese", None, "7"), ("a turkey club", "lunch", None)]),
    ("lunch at my desk ~12:15, leftover fried rice",
     [("leftover fried rice", "lunch", "~12:15")]),
    ("some pretzels around 3. dinner: 2 slices of pizza",
     [("some pretzels", None, "3"), ("2 slices of pizza", "dinner", None)]),
    ("2.25 cups flour", [("2.25 cups flour", None, None)]),
    # filler: places, activities, asides
    ("up at 6:15, black coffee and a banana on the way out",
     [("black coffee and a banana", None, None)]),
    ("A bacon roll at 9 on the way in", [("A bacon roll", None, "9")]),
    ("an up and go on the way out", [("an up and go", None, None)]),  # a drink, not "up at 6"
    ("two beers watching the game", [("two beers", None, None)]),
    ("2 hot dogs and potato salad at a bbq, a beer",
     [("2 hot dogs and potato salad , a beer", None, None)]),
    ("a tim tam ok ok 2 more tim tams tbh", [("a tim tam, 2 more tim tams", None, None)]),
    ("a protein shake from the gym fridge", [("a protein shake", None, None)]),
    ("Later some red, one glass.", [("some red, one glass", None, None)]),
    ("ice cream later", [("ice cream", None, None)]),
    ("lunch was a meal deal - an egg sarnie", [("an egg sarnie", "lunch", None)]),
    ("Tea and 2 biscuits first thing", [("Tea and 2 biscuits", None, None)]),
    ("tea time lol jk. dinner: soup", [("soup", "dinner", None)]),
    ("sausage roll, ate it on the bus", [("sausage roll, ate it", None, None)]),
    # headings over a list are not eaten as well
    ("7am smoothie: banana, strawberries and almond milk.",
     [("banana, strawberries and almond milk", None, "7am")]),
    ("Full english at 10: 2 sausages, beans", [("2 sausages, beans", None, "10")]),
    ("morning tea: a banana", [("a banana", "snack", None)]),
    ("coffee: 2 cups", [("coffee: 2 cups", None, None)]),
    ("milk: 200ml", [("milk: 200ml", None, None)]),
    # where it was bought, and roast dinners
    ("a burger from maccas and medium chips", [("a burger and medium chips", None, None)]),
    ("orange juice from concentrate", [("orange juice from concentrate", None, None)]),
    ("soup from a can", [("soup from a can", None, None)]),
    ("Roast beef dinner at 3 with yorkshire puddings",
     [("Roast beef with yorkshire puddings", None, "3")]),
    # meals eaten twice
    ("Breakfast: porridge and a coffee. Same again for lunch.",
     [("porridge and a coffee", "breakfast", None), ("porridge and a coffee", "lunch", None)]),
    ("Breakfast: porridge. Lunch: soup. Dinner was the same as breakfast",
     [("porridge", "breakfast", None), ("soup", "lunch", None), ("porridge", "dinner", None)]),
    ("Lunch: soup. had the same for dinner", [("soup", "lunch", None), ("soup", "dinner", None)]),
    ("Breakfast: eggs. Lunch: toast. Same again",  # the meal just before, not the whole day
     [("eggs", "breakfast", None), ("toast", "lunch", None), ("toast", "lunch", None)]),
    ("same again", []),  # nothing eaten before it: nothing to repeat
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), PROSE_SHAPES)
def test_prose_phrase_shapes(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert [(s.text, s.meal, s.time) for s in segment_day(text)] == expected


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("Epsom salt bath after my run", True),
        ("rubbed magnesium lotion on my calves", True),
        ("used magnesium oil", True),
        ("legs were cramping", True),
        ("my calves were killing me", True),
        ("they were twitchy", True),
        ("back to back meetings", True),
        ("too busy", True),
        ("woke up late", True),
        ("Went to the pub after", True),
        ("knocked off", True),
        ("forgot my magnesium again today", True),
        ("cause breakfast was the coffee", True),
        ("breakfast", True),
        ("up", True),
        ("cba", True),
        ("ate it", True),
        ("chippy tea", True),
        ("sunday lunch", True),
        ("a banana", False),
        ("tea", False),
        ("chicken legs", False),
        ("pig feet", False),
        ("bath buns", False),
        ("a foot long sub", False),
        # what was not eaten, and food made for others
        ("out of my vitamin d", True),
        ("vit d at mums so none today", True),
        ("didnt touch it", True),
        ("I didnt have any", True),
        ("binned the rest of the cake", True),
        ("spat it straight out", True),
        ("need to reorder", True),
        ("walked the dog", True),
        ("let it dissolve", True),
        ("made the kids grilled cheese", True),
        ("packed my sons lunch (turkey roll ups)", True),
        ("the kids", True),
        ("a kids meal", False),
        ("the kids meal", False),
        ("hot dog", False),
    ],
)
def test_not_intake(phrase: str, expected: bool) -> None:
    assert not_intake(phrase) is expected
