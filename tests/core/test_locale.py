"""Locales: regional food words and household sizes, on the real analyser and food data."""

from __future__ import annotations

import pytest

from crampcheck.core.locale import Locale, parse_locale, rules_for
from crampcheck.errors import InputError
from crampcheck.services.intake import analyze_intake


@pytest.mark.parametrize(
    ("text", "locale"),
    [("en-GB", Locale.EN_GB), ("en_gb", Locale.EN_GB), ("uk", Locale.EN_GB),
     ("AU", Locale.EN_AU), ("en-CA", Locale.EN_CA), ("en-US", Locale.EN_US)],
)  # fmt: skip
def test_parse_locale(text: str, locale: Locale) -> None:
    assert parse_locale(text) is locale


@pytest.mark.parametrize("junk", ["fr-FR", "", "en", None, 3, "en-GB; DROP TABLE"])
def test_unknown_locale_is_refused(junk: object) -> None:
    with pytest.raises(InputError, match="locale"):
        parse_locale(junk)


@pytest.mark.parametrize(
    ("locale", "food", "words"),
    [
        (Locale.EN_GB, "crisps", "potato chips"),
        (Locale.EN_GB, "chips", "french fries"),
        (Locale.EN_GB, "digestive biscuits", "graham crackers"),
        (Locale.EN_GB, "courgette", "zucchini"),
        (Locale.EN_GB, "aubergine", "eggplant"),
        (Locale.EN_GB, "rocket", "arugula"),
        (Locale.EN_GB, "mince", "ground beef"),
        (Locale.EN_GB, "jacket potato", "baked potato with peel"),
        (Locale.EN_GB, "semi-skimmed milk", "reduced fat milk"),
        (Locale.EN_GB, "cuppa", "tea"),
        (Locale.EN_GB, "bacon butty", "bacon sandwich"),
        (Locale.EN_GB, "orange squash", "orange fruit drink"),
        (Locale.EN_AU, "capsicum", "sweet pepper"),
        (Locale.EN_CA, "double-double", "coffee with cream and sugar"),
        (Locale.EN_US, "chips", "chips"),
        (Locale.EN_US, "latte from starbucks", "latte"),
        # issue 16: words whose food differs by locale
        (Locale.EN_GB, "cider", "hard cider"),
        (Locale.EN_AU, "pear cider", "pear hard cider"),
        (Locale.EN_GB, "hard cider", "hard cider"),
        (Locale.EN_GB, "cider vinegar", "cider vinegar"),
        (Locale.EN_US, "cider", "cider"),
        (Locale.EN_GB, "lemonade", "lemon lime soft drink"),
        (Locale.EN_AU, "diet lemonade", "diet lemon lime soft drink"),
        (Locale.EN_GB, "vodka and lemonade", "vodka and lemonade"),
        (Locale.EN_US, "lemonade", "lemonade"),
        (Locale.EN_GB, "bacon", "back bacon"),
        (Locale.EN_AU, "rashers of bacon", "back bacon"),
        (Locale.EN_GB, "streaky bacon", "streaky bacon"),
        (Locale.EN_US, "bacon", "bacon"),
        (Locale.EN_GB, "kebab", "doner kebab"),
        (Locale.EN_CA, "kebab", "doner kebab"),
        (Locale.EN_US, "kebab", "kebab"),
        (Locale.EN_CA, "caesar", "caesar cocktail"),
        (Locale.EN_US, "caesar", "caesar"),
        (Locale.EN_GB, "bourbons", "bourbon cookie"),
        (Locale.EN_US, "bourbons", "bourbons"),
        (Locale.EN_US, "smarties", "smarties candy"),
        (Locale.EN_CA, "smarties", "smarties"),
        (Locale.EN_AU, "smiths chips", "smiths potato chips"),
        (Locale.EN_GB, "salt and vinegar chips", "salt and vinegar potato chips"),
        (Locale.EN_AU, "cheese biscuits", "cheese biscuits"),
        (Locale.EN_GB, "water biscuits", "water biscuits"),
        (Locale.EN_AU, "anzac biscuits", "anzac cookie"),
        (Locale.EN_AU, "snags", "beef sausage"),
        (Locale.EN_AU, "pork snags", "pork sausage"),
        (Locale.EN_GB, "a yorkshire tea", "a yorkshire tea"),
        (Locale.EN_GB, "yorkshire tea", "tea"),
        (Locale.EN_CA, "orange pekoe tea", "tea"),
        (Locale.EN_AU, "mug of english breakfast tea", "tea"),
        (Locale.EN_GB, "pg tips", "tea"),
        (Locale.EN_GB, "breakfast", "breakfast"),
        (Locale.EN_CA, "med dbl dbl", "med coffee with cream and sugar"),
    ],
)
def test_regional_words(locale: Locale, food: str, words: str) -> None:
    assert rules_for(locale).rewrite(food) == words


@pytest.mark.parametrize(
    ("locale", "text", "low", "high"),
    [
        (Locale.EN_US, "a pint of beer", 470, 480),  # 473 ml
        (Locale.EN_GB, "a pint of beer", 565, 580),  # 568 ml
        (Locale.EN_AU, "1 cup milk", 255, 262),  # 250 ml metric cup
        (Locale.EN_US, "1 cup milk", 240, 250),
        (Locale.EN_GB, "a can of coke", 330, 350),  # 330 ml can
    ],
)
def test_regional_sizes(locale: Locale, text: str, low: float, high: float) -> None:
    (item,) = analyze_intake(text, locale=locale).items
    assert item.grams is not None
    assert low <= item.grams <= high


@pytest.mark.parametrize(
    ("locale", "text", "name_part"),
    [
        (Locale.EN_GB, "a packet of crisps", "potato chips"),
        (Locale.EN_GB, "fish fingers and chips", "french fr"),
        (Locale.EN_US, "a bag of chips", "chips"),
        (Locale.EN_GB, "two digestive biscuits", "graham crackers"),
    ],
)
def test_regional_words_choose_the_food(locale: Locale, text: str, name_part: str) -> None:
    names = [str(item.name).lower() for item in analyze_intake(text, locale=locale).items]
    assert any(name_part in name for name in names), names


@pytest.mark.parametrize(
    ("locale", "food", "milky"),
    [
        (Locale.EN_US, "coffee", False),
        (Locale.EN_US, "tea", False),
        (Locale.EN_US, "white coffee", True),
        (Locale.EN_US, "milky coffee", True),
        (Locale.EN_US, "coffee, white", True),
        (Locale.EN_US, "white tea", False),
        (Locale.EN_GB, "coffee", True),
        (Locale.EN_GB, "cuppa", True),
        (Locale.EN_GB, "a brew", False),
        (Locale.EN_GB, "brew", True),
        (Locale.EN_GB, "builders tea", True),
        (Locale.EN_GB, "white tea", True),
        (Locale.EN_GB, "tea white", True),
        (Locale.EN_GB, "mug of yorkshire tea", True),
        (Locale.EN_GB, "green tea", False),
        (Locale.EN_GB, "black coffee", False),
        (Locale.EN_AU, "cuppa tea", True),
        (Locale.EN_AU, "cupa tea", True),
        (Locale.EN_CA, "steeped tea", True),
        (Locale.EN_CA, "orange pekoe tea", True),
        (Locale.EN_CA, "iced tea", False),
    ],
)
def test_drinks_taken_with_milk(locale: Locale, food: str, milky: bool) -> None:
    assert rules_for(locale).takes_milk(food) is milky


@pytest.mark.parametrize(
    ("locale", "text", "drink", "drink_g", "milk_g"),
    [
        (Locale.EN_US, "coffee", "coffee, brewed", 360, None),
        (Locale.EN_US, "white coffee", "coffee, brewed", 360, 30),
        (Locale.EN_US, "a mug of coffee", "coffee, brewed", 480, None),
        (Locale.EN_US, "a cup of coffee", "coffee, brewed", 240, None),
        (Locale.EN_GB, "coffee", "coffee, brewed", 360, 30),
        (Locale.EN_GB, "tea", "tea, black", 360, 30),
        (Locale.EN_GB, "a cuppa", "tea, black", 360, 30),
        (Locale.EN_GB, "a brew", "tea, black", 360, 30),
        (Locale.EN_GB, "mug of builders tea", "tea, black", 495, 42),
        (Locale.EN_GB, "white coffee no sugar", "coffee, brewed", 360, 30),
        (Locale.EN_GB, "milky tea", "tea, black", 360, 30),
        (Locale.EN_GB, "tea with milk", "tea, black", 360, 30),
        (Locale.EN_GB, "tea with lemon", "tea, black", 360, None),
        (Locale.EN_GB, "black coffee", "coffee, brewed", 360, None),
        (Locale.EN_AU, "cup of tea", "tea, black", 360, 30),
        (Locale.EN_AU, "cup of tea, dash of milk", "tea, black", 360, 30),
        (Locale.EN_AU, "2 cups of coffee", "coffee, brewed", 720, 61),
        (Locale.EN_CA, "coffee", "coffee, brewed", 360, 30),
        (Locale.EN_CA, "large steeped tea", "tea, black", 720, 61),
    ],
)
def test_tea_and_coffee_with_the_locales_milk(
    locale: Locale, text: str, drink: str, drink_g: float, milk_g: float | None
) -> None:
    items = analyze_intake(text, locale=locale).items
    assert drink in str(items[0].name).lower()
    assert items[0].grams == pytest.approx(drink_g, abs=2)
    milk = [item for item in items[1:] if "milk" in str(item.name).lower()]
    assert [round(item.grams or 0) for item in milk] == ([] if milk_g is None else [milk_g])
    assert "cappuccino" not in " ".join(str(item.name).lower() for item in items)
