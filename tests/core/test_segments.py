"""Whole-day prose cut into meal segments: meals, times and filler."""

from __future__ import annotations

import pytest

from crampcheck.core.segments import MEAL_NAMES, MEALS, Segment, meal_of, segment_day


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
        ("muesli and coffee at 7, a sub for lunch", [("muesli and coffee, a sub", "lunch", "7")]),
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
