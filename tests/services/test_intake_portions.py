"""Diary phrases to grams with the bundled foods: the FNDDS portion a dietitian would code
("1 slice", "1 scoop", "1 mango", "1 standard can"), locale glasses and amounts by food kind."""

from __future__ import annotations

import pytest

from crampcheck.core.locale import Locale
from crampcheck.services.intake import analyze_intake


@pytest.mark.parametrize(
    ("locale", "text", "grams"),
    [
        # the food's own FNDDS unit, also for an SR24 food made of the same thing
        (Locale.EN_US, "a slice of watermelon", 325.0),
        (Locale.EN_US, "2 scoops vanilla ice cream", 240.0),
        (Locale.EN_AU, "a mango", 210.0),
        (Locale.EN_AU, "2 slices of pineapple", 112.0),
        (Locale.EN_AU, "half a dozen oysters", 90.0),
        (Locale.EN_GB, "5 fish fingers", 100.0),
        (Locale.EN_US, "a can of tuna", 115.0),
        (Locale.EN_AU, "a slice of carrot cake", 200.0),
        (Locale.EN_CA, "a half cantaloupe", 275.0),
        (Locale.EN_CA, "a slice of bread", 28.0),
        # containers: the bottle nearest 500 ml, a box of crackers is a packet
        (Locale.EN_GB, "bottle of lucozade sport", 524.0),
        (Locale.EN_AU, "box of tiny teddies", 18.0),
        (Locale.EN_GB, "packet of crisps", 28.0),
        # locale glasses
        (Locale.EN_GB, "glass of prosecco", 126.8),
        (Locale.EN_AU, "glass of red", 152.2),
        # amounts by food kind
        (Locale.EN_GB, "handful of blueberries", 75.0),
        (Locale.EN_US, "handful of almonds", 28.35),
        (Locale.EN_GB, "bunch of grapes", 151.0),
        (Locale.EN_AU, "a few cherries", 35.0),
        (Locale.EN_GB, "a few cherry toms", 85.0),
        (Locale.EN_US, "fun size m&ms", 15.0),
        (Locale.EN_GB, "a side of fries", 110.0),
        # the eaten part of a weight bought in the shell
        (Locale.EN_CA, "pound of PEI mussels", 150.0),
    ],
)
def test_phrase_grams(locale: Locale, text: str, grams: float) -> None:
    (item,) = analyze_intake(text, locale=locale).items
    assert item.grams is not None
    assert item.grams == pytest.approx(grams, abs=0.6)
