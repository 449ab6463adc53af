"""Pure helpers about USDA food names, shared by the database builder and the ranker."""

from __future__ import annotations

import re

CATEGORY_WORDS = frozenset(
    {
        "nuts",
        "seeds",
        "carbonated beverage",
        "alcoholic beverages",
        "cereals ready-to-eat",
        "frozen novelties",
        "game meat",
        "fish",
        "cheese",
        "beans",
        "cereals",
        "spices",
        "crustaceans",
        "mollusks",
        "beverages",
        "snacks",
        "candies",
        "chicken",
        "beef",
        "pork",
        "lamb",
        "turkey",
        "egg",
        "veal",
        "babyfood",
        "infant formula",
        "soup",
        "soups",
        "sauce",
        "bread",
        "cookies",
        "crackers",
        "pasta",
        "rice",
        "noodles",
        "oil",
        "alcoholic beverage",
        "cake",
        "pie",
        "leavening agents",
        "salad dressing",
        "lentils",
        "peas",
        "soybeans",
        "milk",
        "yogurt",
        "cream",
        "sausage",
        "frankfurter",
        "rolls",
        "muffins",
        "pancakes",
        "waffles",
        "tortillas",
        "fast foods",
        "restaurant",
        "margarine",
        "butter",
        "toppings",
        "syrups",
        "sweeteners",
        "desserts",
        "ice creams",
        "puddings",
    }
)
"""First name segments that name a category rather than the food (rerank v2, libraries.md)."""

_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")


def segments(name: str) -> list[str]:
    """Split a USDA name on commas: "Nuts, almonds, raw" -> ["Nuts", "almonds", "raw"]."""
    return [part.strip() for part in name.split(",") if part.strip()]


NEUTRAL_CATEGORY_SEGMENTS = frozenset(
    {
        "nuts",
        "seeds",
        "fish",
        "cheese",
        "beans",
        "crustaceans",
        "mollusks",
        "chicken",
        "beef",
        "pork",
        "lamb",
        "turkey",
        "veal",
        "lentils",
        "peas",
        "soybeans",
        "game meat",
        "carbonated beverage",
        "alcoholic beverage",
        "alcoholic beverages",
        "beverages",
        "snacks",
        "candies",
        "cereals",
        "cereals ready-to-eat",
        "soup",
        "soups",
        "sauce",
    }
)
"""Category segments that do not change what the food is: "Soup, clam chowder" is clam chowder,
"Carbonated beverage, ginger ale" is ginger ale ("Oil, almond" and "Egg, duck" are not)."""


def category_length(name: str) -> int:
    """How many words of the name's first segment are a neutral category (else 0)."""
    parts = segments(name)
    if len(parts) > 1 and parts[0].lower() in NEUTRAL_CATEGORY_SEGMENTS:
        return len(words(parts[0]))
    return 0


def head_of(name: str) -> str:
    """The part of a name that says what the food is.

    The first comma segment, or the first two when the first is a category word.

    Example:
        >>> head_of("Nuts, almonds, raw")
        'Nuts, almonds'
        >>> head_of("Bananas, raw")
        'Bananas'
    """
    parts = segments(name)
    if not parts:
        return name
    if len(parts) > 1 and parts[0].lower() in CATEGORY_WORDS:
        return f"{parts[0]}, {parts[1]}"
    return parts[0]


def words(text: str) -> list[str]:
    """Lower-case word tokens of ``text``."""
    return _WORD.findall(text.lower())


def singular(word: str) -> str:
    """A cheap English singular for matching ("berries" -> "berry", "tomatoes" -> "tomato")."""
    if len(word) <= 3 or word.endswith(("ss", "us", "sis", "tis")):
        return word
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("oes", "ches", "shes", "xes", "sses")):
        return word[:-2]
    if word.endswith("s"):
        return word[:-1]
    return word


def is_brand_word(token: str) -> bool:
    """ALL-CAPS words of two or more letters in a name are brands (KELLOGG'S, SILK)."""
    letters = [c for c in token if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def has_brand(name: str) -> bool:
    """Whether a USDA name carries a brand or restaurant name in capitals."""
    return any(is_brand_word(token) for token in re.findall(r"[A-Za-z'&.]+", name))


COOKING_METHODS = frozenset(
    {"fried", "grilled", "roasted", "baked", "boiled", "steamed", "poached", "scrambled",
     "toasted", "broiled", "braised", "stewed", "sauteed", "barbecued", "microwaved"}
)  # fmt: skip


def cooking_first(phrase: str) -> str:
    """Put cooking words written after the food in front: "courgette fried" → "fried courgette"
    (English names the food last; "chicken breast grilled" is grilled chicken breast)."""
    tokens = phrase.split()
    tail: list[str] = []
    while len(tokens) > 1 and tokens[-1].lower() in COOKING_METHODS:
        tail.insert(0, tokens.pop())
    return " ".join([*tail, *tokens])
