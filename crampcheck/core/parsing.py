"""Free-text food diary → items with quantity, unit, size and the food phrase. Pure: no lookups.

The splitter breaks a diary on newlines, semicolons, commas, "and", "with", "plus", "&" and "+",
but keeps "1 cup milk, warmed" and "macaroni and cheese" whole. The item parser reads numbers,
fractions (½, 1 1/2, 3/4), number words, "a/an/half/a couple of", units, sizes, containers,
preparation words, parentheticals such as "(240 ml)" and exact references such as "[09040]".
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace

from crampcheck.core.units import UNIT_WORDS, UnitKind, unit_kind

UNICODE_FRACTIONS = {
    "½": "1/2",
    "⅓": "1/3",
    "⅔": "2/3",
    "¼": "1/4",
    "¾": "3/4",
    "⅕": "1/5",
    "⅖": "2/5",
    "⅗": "3/5",
    "⅘": "4/5",
    "⅙": "1/6",
    "⅚": "5/6",
    "⅛": "1/8",
    "⅜": "3/8",
    "⅝": "5/8",
    "⅞": "7/8",
}

_FRACTION_CHARS = frozenset(UNICODE_FRACTIONS)

NUMBER_WORDS = {
    "a": 1.0,
    "an": 1.0,
    "one": 1.0,
    "two": 2.0,
    "three": 3.0,
    "four": 4.0,
    "five": 5.0,
    "six": 6.0,
    "seven": 7.0,
    "eight": 8.0,
    "nine": 9.0,
    "ten": 10.0,
    "eleven": 11.0,
    "twelve": 12.0,
    "fifteen": 15.0,
    "twenty": 20.0,
    "dozen": 12.0,
    "half": 0.5,
    "quarter": 0.25,
    "third": 1 / 3,
    "single": 1.0,
    "double": 2.0,
    "triple": 3.0,
    "another": 1.0,
}
"""Number words read as quantities."""

PHRASE_QUANTITIES = (
    ("one and a half", 1.5),
    ("one and half", 1.5),
    ("two and a half", 2.5),
    ("a dozen", 12.0),
    ("half a dozen", 6.0),
    ("a couple of", 2.0),
    ("a couple", 2.0),
    ("couple of", 2.0),
    ("a few", 3.0),
    ("few", 3.0),
    ("several", 3.0),
    ("a pair of", 2.0),
    ("pair of", 2.0),
    ("half of a", 0.5),
    ("half of an", 0.5),
    ("half a", 0.5),
    ("half an", 0.5),
    ("a half", 0.5),
    ("a quarter of a", 0.25),
    ("a quarter of", 0.25),
    ("quarter of a", 0.25),
    ("a quarter", 0.25),
    ("a third of a", 1 / 3),
    ("a third of", 1 / 3),
    ("three quarters of a", 0.75),
    ("three quarters of", 0.75),
    ("three quarters", 0.75),
)
"""Multi-word quantities, longest first within each family."""

ROUGH_COUNTS = frozenset({"a few", "few", "several"})
"""Counts that are a guess: ``vague`` with their count, so that portions can make "a few" small
things (cherries, crackers) five rather than three."""

VAGUE_QUANTITIES = (
    "some",
    "a bit of",
    "a little",
    "a little bit of",
    "a bit",
    "bit of",
    "a dash of",
    "a drizzle of",
    "a spoonful of",
    "a touch of",
)
"""Words that say 'some' without an amount: one default portion, low confidence."""

SIZES = {
    "extra small": "extra small",
    "extra-small": "extra small",
    "extra large": "extra large",
    "extra-large": "extra large",
    "x-large": "extra large",
    "xl": "extra large",
    "lg": "large",
    "lrg": "large",
    "sm": "small",
    "reg": "medium",
    "jumbo": "jumbo",
    "small": "small",
    "medium": "medium",
    "med": "medium",
    "medium-sized": "medium",
    "large": "large",
    "big": "large",
    "huge": "extra large",
    "little": "small",
    "heaped": "heaping",
    "heaping": "heaping",
    "level": "level",
    "generous": "large",
    "regular": "medium",
}
"""Size words and their canonical form (USDA measure names use these)."""

PREPARATION_WORDS = frozenset(
    [
        "chopped",
        "diced",
        "sliced",
        "minced",
        "grated",
        "shredded",
        "mashed",
        "peeled",
        "cubed",
        "halved",
        "quartered",
        "crushed",
        "warmed",
        "warm",
        "hot",
        "cold",
        "chilled",
        "heated",
        "reheated",
        "melted",
        "softened",
        "packed",
        "drained",
        "rinsed",
        "pitted",
        "seeded",
        "trimmed",
        "julienned",
        "spiralized",
        "torn",
        "whisked",
        "beaten",
    ]
)
"""Physical preparation words: removed from the food name, used to pick a USDA measure."""

FILLER_WORDS = frozenset(
    [
        "of",
        "the",
        "my",
        "some",
        "about",
        "approx",
        "approximately",
        "around",
        "roughly",
        "ca.",
        "~",
        "x",
        "i",
        "ate",
        "had",
        "drank",
        "drink",
        "eaten",
        "more",
    ]
)

MEAL_LABEL = re.compile(
    r"^\s*(?:breakfast|brekkie|lunch|dinner|supper|tea time|snacks?|elevenses|dessert|"
    r"pudding|pre-workout|post-workout|morning|afternoon|evening|night|bedtime|am|pm|"
    r"\d{1,2}(?::\d{2})?\s*(?:am|pm)?)\s*[:\-–—]\s*",
    re.IGNORECASE,
)

COMPOUND_FOODS = (
    "macaroni and cheese",
    "mac and cheese",
    "mac n cheese",
    "salt and pepper",
    "fish and chips",
    "pork and beans",
    "franks and beans",
    "sweet and sour",
    "quarter pounder with cheese",
    "half and half",
    "half & half",
    "half n half",
    "peanut butter and jelly",
    "peanut butter and jam",
    "bread and butter pickles",
    "cookies and cream",
    "rice and beans",
    "beans and rice",
    "chips and salsa",
    "peas and corn",
    "peas and carrots",
    "curry with rice",
    "with non-dairy milk",
    "maple and brown sugar",
    "apples and cinnamon",
    "apple and cinnamon",
    "peaches and cream",
    "bacon and egg",
    "egg and bacon",
    "bacon n egg",
    "bacon & egg",
    "whiskey and cola",
    "rum and ginger ale",
    "surf and turf",
    "spaghetti and meatballs",
    "ham and cheese",
    "strawberries and cream",
    "cheese and onion",
    "salt and vinegar",
    "oil and vinegar",
    "sour cream and onion",
    "chicken and dumplings",
    "bangers and mash",
    "bangers n mash",
    "sausage and mash",
    "sausages and mash",
    "mince and tatties",
    "steak and kidney",
    "cheese and crackers",
    "ham and eggs",
    "biscuits and gravy",
    # mixed drinks and brands with "and" in their name (data/foods/regional.yaml)
    "rum and cola",
    "whisky and dry",
    "scotch and dry",
    "whiskey and ginger ale",
    "vodka and cola",
    "vodka and tonic",
    "gin and tonic",
    "vodka and lemonade",
    "vodka and soda",
    "vodka and red bull",
    "gin and slimline tonic",
    "g and t",
    "gin n tonic",
    "dark and stormy",
    "dark n stormy",
    "up and go",
    "up & go",
    "up n go",
    "lemon lime and bitters",
    "dandelion and burdock",
    "fruit and nut",
    "fruit and fibre",
    "fruit n fibre",
    "fruit and fiber",
    "m and ms",
    "m and m",
    "salt & vinegar",
    "sweet and salty",
    "bits and bites",
    "bits & bites",
    "shepherd's pie",
    "with skin",
    "with salt",
    "without salt",
    "with peel",
    "without skin",
    "with added vitamin",
)
"""Phrases whose "and"/"with" is part of one food (or one food's USDA description)."""

_SEPARATORS = re.compile(r"\s*(?:\n|;|\|)\s*")
_CONNECTORS = re.compile(
    r"(\s+(?:and|with|plus|&|n|w/|w)\s+|\s+w/|\s*\+\s*|\s+&\s*)", re.IGNORECASE
)
_WITH = re.compile(r"^\s+(?:with|w/?)\s*$", re.IGNORECASE)
_COMMA = re.compile(r"(?<!\d),|,(?!\d)")
_EXACT_REF = re.compile(r"\[\s*(\d{1,8}|my[0-9a-f]{12})\s*\]", re.IGNORECASE)
"""A food named by its id: a USDA number ("[09040]") or one of the person's own foods
("[MY3F2A0B1C4D5E]", as ``foods list`` shows it)."""
_PAREN = re.compile(r"\(([^()]*)\)")
_NUMBER = r"(?:\d+\s+\d+/\d+|\d+/\d+|\d+(?:[.,]\d+)?(?:e[-+]?\d+)?|\.\d+)"
_LEADING_QTY = re.compile(
    rf"^(?P<qty>{_NUMBER})(?:\s*(?:-|–|to)\s*(?P<qty2>{_NUMBER}))?\s*(?:x\s+|×\s*)?"
)
_TRAILING_QTY = re.compile(
    rf"\s+(?:x\s*(?P<times>\d+)|(?P<qty>{_NUMBER})\s*(?P<unit>[a-z][a-z. ]*?)?)\s*$"
)
_TIMES_PREFIX = re.compile(r"^(\d+)\s*x\s+", re.IGNORECASE)
_NARRATIVE = re.compile(
    r"^(?:(?:i|we)\s+)?(?:(?:also|then|just)\s+)?(?:ate|had|drank|eat|drink|have|snacked on)\s+"
    r"|^(?:also|then|plus)\s+"
)
_HEDGE = re.compile(
    r"^(?:about|around|approximately|approx\.?|roughly|maybe|~)\s*"
    r"(?=[\d.]|(?:an?|half|one|two|three)\b)"
)
"""A hedge before an amount ("about 1 cup", "around 2"): the amount is still the best estimate."""
_BULLET = re.compile(r"^\s*(?:[-*•·]|\d+[.)])\s+")
_NEGATIVE = re.compile(r"^[-−]\s*\d")

MAX_QUANTITY = 100_000.0
"""Largest amount read from a phrase (100 kg, 100 l, 100,000 items); more is refused, not read."""


@dataclass(frozen=True, slots=True)
class ParsedItem:
    """One diary item as read from the text; no food has been looked up yet."""

    text: str
    food: str
    quantity: float | None = None
    unit: str | None = None
    size: str | None = None
    preparation: tuple[str, ...] = ()
    exact_food_id: str | None = None
    stated_amount: tuple[float, str] | None = None
    vague: bool = False
    unknown_unit: str | None = None
    accompaniment: bool = False
    refused: str | None = None
    """Why the amount cannot be used (negative, not a number, absurd); the item is not counted."""

    @property
    def quantity_or_one(self) -> float:
        return 1.0 if self.quantity is None else self.quantity


def split_diary(text: str) -> list[str]:
    """Split diary text into item phrases, keeping each phrase's original wording."""
    return [phrase for phrase, _ in split_diary_marked(text)]


def split_diary_marked(text: str) -> list[tuple[str, bool]]:
    """Like :func:`split_diary`, also saying whether each phrase followed "with".

    Example:
        >>> split_diary_marked("coffee with milk, a banana")
        [('coffee', False), ('milk', True), ('a banana', False)]
    """
    pieces: list[tuple[str, bool]] = []
    for line in _SEPARATORS.split(text):
        line = MEAL_LABEL.sub("", _BULLET.sub("", line)).strip(" \t.,")
        if line:
            pieces.extend(_split_line(line))
    return [
        (piece, marked)
        for piece, marked in pieces
        if re.search(r"[^\W\d_]", piece) and not _is_context(piece)  # "~12:15" is not a food
    ]


CONTEXT_WORDS = frozenset(
    ["breakfast", "brekkie", "brunch", "lunch", "dinner", "supper", "snack", "snacks",
     "elevenses", "at", "for", "as", "a", "my", "the", "with", "w", "in", "on", "work", "home",
     "school", "office", "desk", "bus", "train", "car", "later", "after", "before", "then",
     "just", "one", "only", "all", "each", "it", "ate", "had", "them", "way", "and", "local",
     "pub", "cafe", "canteen", "cinema", "movies", "park", "beach", "gym"]
)  # fmt: skip
"""Words of a phrase that says when or where, not what ("w breakfast", "snack at work", "ate it
on the bus", "just the one")."""

_CONTEXT_ANCHORS = frozenset(
    ["breakfast", "brekkie", "brunch", "lunch", "dinner", "supper", "snack", "snacks",
     "elevenses", "it", "just", "all", "local", "pub", "cafe", "canteen", "cinema", "movies",
     "park", "beach", "gym"]
)  # fmt: skip


def _is_context(piece: str) -> bool:
    """Whether a phrase only says when or where something was eaten, or how much of it was
    left ("skin and all"), never a food of its own."""
    found = set(re.findall(r"[a-z]+", piece.lower()))
    return bool(found & _CONTEXT_ANCHORS) and found <= CONTEXT_WORDS | {"skin", "peel"}


HOT_DRINK_WORDS = frozenset(
    ["tea", "coffee", "cuppa", "latte", "cappuccino", "americano", "espresso", "mocha", "chai",
     "brew", "cocoa", "chocolate"]
)  # fmt: skip
"""Drinks that milk written after them, with no amount, is poured into ("cuppa, milk")."""

MILK_WORDS = frozenset(["milk", "cream", "creamer", "semi-skimmed", "skimmed", "skim"])


_TOPPED = re.compile(
    r"\s+(?:topped|served|covered|drizzled|smothered|loaded|stuffed|spread)\s+(?=(?:with|w/?)\s)",
    re.IGNORECASE,
)
"""A verb before "with" ("a baked spud topped w sour cream"): the "with" alone says it."""
_BREAD_WORDS = (
    r"(?:hot|buttered|toasted|white|brown|wholemeal|whole ?wheat|wheat|granary|sourdough|rye|"
    r"multigrain|seeded|thick|thin)"
)
_BREAD_UNDER = (
    r"(?:(?:\d+|an?|one|two|three|four)\s+(?:slices?|bits?|pieces?|rounds?)\s+(?:of\s+)?)?"
    rf"(?:{_BREAD_WORDS}\s+)*"
    r"(?:toasts?|tost|bread|sourdough|rye|crumpets?|(?:an?\s+)?(?:english\s+)?muffins?|"
    r"(?:an?\s+)?bagels?|(?:an?\s+)?(?:bread\s+)?(?:buns?|rolls?)|crackers|rice cakes?|"
    r"crispbreads?|ryvitas?|white|brown|wholemeal|whole ?wheat|wheat|granary|multigrain)"
)
_ON_BREAD = re.compile(rf"^(?P<topping>.+?)\s+on\s+(?P<bread>{_BREAD_UNDER})$", re.IGNORECASE)
"""Something eaten on toast or bread: "beans on toast", "PB on 2 slices of toast", "avo on
toasted sourdough" are the topping and the bread (a sandwich "on rye" stays one food)."""
_BITS_OF = re.compile(r"\b(?:bits|rounds)(?=\s+of\b)", re.IGNORECASE)


def _split_line(line: str) -> list[tuple[str, bool]]:
    parts: list[tuple[str, bool]] = []
    line = _N_AND_A_HALF.sub(_and_a_half, _TOPPED.sub(" ", line))
    line = _UNIT_AND_A_HALF.sub(_unit_and_a_half, line)
    line = _DBL.sub("double", _PB_AND_J.sub("peanut butter and jelly sandwich", line))
    line = _CURRY_AND_RICE.sub(_curry_with_rice, _MIXED_DRINK.sub(_mixed_drink, line))
    line = _PLANT_MILK.sub(r"\g<drink> with non-dairy milk", _LEFTOVER.sub("", line))
    line = _PLANT_SPLASH.sub(r"\g<drink> with \g<plant> milk", line)
    for comma_part in _join_amounts(_join_preparation(_comma_parts(line))):
        if _is_context(comma_part):
            continue
        pieces = _spreads_on_host(_two_part_dishes(_fold_fillings(_split_connectors(comma_part))))
        if parts and pieces and _milk_for_drink(parts[-1][0], pieces[0][0]):
            pieces[0] = (pieces[0][0], True)
        for piece, marked in pieces:
            if parts and _only_preparation(piece):  # "bagel, toasted & buttered"
                continue
            for index, food in enumerate(_split_on_bread(_in_a_container(piece))):
                parts.extend(_buttered(food, marked and not index))
    return [(part.strip(" .,"), marked) for part, marked in parts if part.strip(" .,")]


_PB_AND_J = re.compile(
    r"\b(?:pb ?(?:&|and|n|'n') ?j|pbj|pbnj)\b(?:\s+(?:sandwich|sammy|sarnie|sanga))?",
    re.IGNORECASE,
)
"""A PB&J is the peanut butter and jelly sandwich ("pb&j on white bread")."""
SPIRITS = {
    "rye": "whiskey", "crown": "whiskey", "crown royal": "whiskey", "jack": "whiskey",
    "jd": "whiskey", "jack daniels": "whiskey", "bourbon": "whiskey", "scotch": "whiskey",
    "whiskey": "whiskey", "whisky": "whiskey", "bundy": "rum", "rum": "rum", "vodka": "vodka",
    "gin": "gin", "cc": "whiskey", "canadian club": "whiskey", "jim beam": "whiskey",
    "jameson": "whiskey", "captain": "rum", "captain morgan": "rum", "bacardi": "rum",
    "smirnoff": "vodka",
}  # fmt: skip
MIXERS = {
    "coke": "cola", "cola": "cola", "pepsi": "cola", "ginger": "ginger ale",
    "ginger ale": "ginger ale", "dry": "ginger ale", "tonic": "tonic",
}  # fmt: skip
"""A spirit and its mixer are one mixed drink ("rye and ginger", "bundy and coke"); with an
amount of the spirit ("double vodka and coke") they stay two."""
_MIXED_DRINK = re.compile(
    r"\b(?P<spirit>" + "|".join(sorted(SPIRITS, key=len, reverse=True)) + r")\s+"
    r"(?:and|n|&|\+)\s+(?P<mixer>" + "|".join(sorted(MIXERS, key=len, reverse=True)) + r")s?\b",
    re.IGNORECASE,
)
_SPIRIT_AMOUNT = re.compile(r"(?:double|triple|single|shots?|\d+\s*(?:ml|oz))\s*(?:of\s+)?$")
_ON = re.compile(r"\bon\s+$", re.IGNORECASE)
_MIXED_DRINKS = frozenset(
    {"whiskey and cola", "whiskey and ginger ale", "rum and cola", "rum and ginger ale",
     "vodka and cola", "vodka and tonic", "gin and tonic"}
)  # fmt: skip


def _mixed_drink(found: re.Match[str]) -> str:
    spirit, mixer = SPIRITS[found["spirit"].lower()], MIXERS[found["mixer"].lower()]
    drink = f"{spirit} and {mixer}"
    before = found.string[: found.start()]
    if drink not in _MIXED_DRINKS or _SPIRIT_AMOUNT.search(before) or _ON.search(before):
        return found.group(0)  # "a double vodka and coke", "ham on rye and ginger ale"
    return drink


CURRIES = {
    "butter chicken": "chicken curry", "chicken tikka masala": "chicken curry",
    "tikka masala": "chicken curry", "chicken tikka": "chicken curry",
    "chicken korma": "chicken curry", "korma": "chicken curry",
}  # fmt: skip
_CURRY_AND_RICE = re.compile(
    r"\b(?P<curry>(?:[a-z]+\s+)?curry|" + "|".join(CURRIES) + r")\s+(?:and|n|&|\+|with|w/?)\s+"
    r"(?:(?:white|boiled|steamed|basmati|plain)\s+)?rice\b",
    re.IGNORECASE,
)
"""A curry and rice as the food as eaten "curry with rice" ("butter chicken and rice")."""


def _curry_with_rice(found: re.Match[str]) -> str:
    """A named curry and rice is the coders' "curry with rice"; any other curry and rice is one
    food only when an amount after a comma is the amount of both ("chicken curry + rice, 1.5
    cups"), else the curry and the rice."""
    curry = found["curry"].lower()
    after = found.string[found.end() :].split(",")
    measured = len(after) > 1 and not after[0].strip() and amount_fragment(after[1]) is not None
    if curry not in CURRIES and not measured:
        return found.group(0)
    return f"{CURRIES.get(curry, curry)} with rice"


_PLANT_MILK = re.compile(
    r"\b(?P<drink>(?<!chai )latte|flat white|cappuccino|cap|mocha|cortado|macchiato|piccolo)\s+"
    r"(?:with|w/?|on|made with)\s+(?:soy|soya|oat|almond|coconut|cashew)(?:\s+milk)?\b",
    re.IGNORECASE,
)
"""Soy, oat or almond in a milky coffee is the milk it is made with ("flat white on soy"): the
FNDDS drink "with non-dairy milk", never soy nuts or oats."""
_PLANT_SPLASH = re.compile(
    r"\b(?P<drink>tea|coffee|chai|chai latte|cuppa|americano|long black)\s+(?P<with>with|w/?|on)\s+"
    r"(?P<plant>soy|soya|oat|almond|coconut|cashew)\b(?!\s+milk)",
    re.IGNORECASE,
)
"""Soy or oat in tea or black coffee is a splash of that milk ("chai latte with soy")."""
_LEFTOVER = re.compile(r"\bleft ?over\s+(?!from\b|of\b)(?=[a-z])", re.IGNORECASE)
"""'leftover' before a food says when it was cooked, not what it is."""
_DBL = re.compile(r"\bdbl\b", re.IGNORECASE)
"""Shorthand for "double" ("dbl dbl", "dbl espresso")."""

TWO_PART_DISHES: dict[str, tuple[str, ...]] = {
    "chips and salsa": ("tortilla chips", "salsa"),
    "bangers and mash": ("2 sausages", "mashed potatoes"),
    "bangers n mash": ("2 sausages", "mashed potatoes"),
    "sausage and mash": ("2 sausages", "mashed potatoes"),
    "sausages and mash": ("2 sausages", "mashed potatoes"),
    "mince and tatties": ("mince", "mashed potatoes"),
    "bacon and egg": ("bacon", "fried egg"),
    "egg and bacon": ("fried egg", "bacon"),
    "bacon n egg": ("bacon", "fried egg"),
    "bacon & egg": ("bacon", "fried egg"),
    "double double": ("14 fl oz black coffee", "2 fl oz light cream", "2 tsp sugar"),
    "small double double": ("10 fl oz black coffee", "2 fl oz light cream", "2 tsp sugar"),
    "medium double double": ("14 fl oz black coffee", "2 fl oz light cream", "2 tsp sugar"),
    "large double double": ("20 fl oz black coffee", "2 fl oz light cream", "2 tsp sugar"),
    "extra large double double": ("24 fl oz black coffee", "3 fl oz light cream", "3 tsp sugar"),
    "poutine": ("large fries", "60 g cheese curds", "0.5 cup beef gravy"),
    "medium poutine": ("large fries", "60 g cheese curds", "0.5 cup beef gravy"),
    "small poutine": ("medium fries", "40 g cheese curds", "0.33 cup beef gravy"),
    "large poutine": ("extra large fries", "80 g cheese curds", "0.67 cup beef gravy"),
}
"""Dishes people name as one that no food source has as one food: read as their parts (poutine:
fries, 15 cheese curds and half a cup of gravy; a Tim Hortons double double: a 10/14/20 fl oz
coffee with two creams and two sugars, the coders' reading)."""


SLICE_DISHES = {"fairy bread": ("white bread", (("margarine", 7.0), ("candy sprinkles", 5.0)))}
"""Dishes of bread and toppings no source has as one food, per slice: fairy bread is white bread,
a pat of margarine and sprinkles."""


def _slice_dish(item: ParsedItem) -> list[str]:
    """ "fairy bread, 2 slices" → "2 slices of white bread", "14 g margarine", "10 g …"."""
    bread, toppings = SLICE_DISHES[item.food]
    slices = item.quantity_or_one
    slice_word = "slice" if slices == 1 else "slices"
    return [f"{slices:g} {slice_word} of {bread}"] + [
        f"{grams * slices:g} g {topping}" for topping, grams in toppings
    ]


PASTA_AND_SAUCE = {"spag bol", "spag bog", "spaghetti bolognese", "spaghetti bol", "spag bolognese"}
"""Spaghetti bolognese: a cup of pasta and half a cup of meat sauce a serving (the coders'). FNDDS's
own recipe for the dish is unsalted pasta and the sauce, which carries the salt."""
UNSALTED_PASTA = "cooked without salt"
UNSALTED_SPAGHETTI = f"spaghetti {UNSALTED_PASTA}"
PASTA_SAUCE_PARTS = (("1 cup", UNSALTED_SPAGHETTI), ("0.5 cup", "spaghetti sauce with meat"))
LARGE_SERVING = 1.5
"""A big bowl or large plate of a dish in parts is one and a half servings of each part."""
PASTA_WORDS = frozenset(
    {"spaghetti", "spag", "pasta", "penne", "fettuccine", "linguine", "macaroni", "rigatoni",
     "fusilli", "tagliatelle", "noodles"}
)  # fmt: skip
PASTA_SAUCES = {
    "meat sauce": "spaghetti sauce with meat",
    "bolognese": "spaghetti sauce with meat",
    "bolognese sauce": "spaghetti sauce with meat",
    "bol": "spaghetti sauce with meat",
    "tomato sauce": "spaghetti sauce",
    "red sauce": "spaghetti sauce",
}
"""A sauce "with" pasta is a pasta sauce ("spaghetti with meat sauce"), not Alfredo or ketchup."""


_SHOP_FIRST = re.compile(r"^(?:tims|timmies|tim hortons'?s?|dunkin'?s?)\s+")
_PLACE_TAIL = re.compile(r"\s+(?:from|at)\s+(?:the\s+)?[a-z' ]{2,20}$")
"""Where a dish came from is not part of its name ("medium double double from tim hortons")."""


def _two_part_dishes(pieces: list[tuple[str, bool]]) -> list[tuple[str, bool]]:
    """ "chips and salsa" → "tortilla chips" + "salsa"; "bangers and mash" → sausages + mash;
    "spag bol, big bowl" → 1.5 cups of spaghetti + 3/4 cup of meat sauce."""
    found: list[tuple[str, bool]] = []
    for piece, marked in pieces:
        bare = _PLACE_TAIL.sub("", _SHOP_FIRST.sub("", piece.strip().lower()))
        key = re.sub(r"^(?:an?|some|one)\s+", "", bare)
        item = parse_item(bare)
        sized = f"{item.size} {item.food}" if item.size and item.quantity is None else key
        parts = TWO_PART_DISHES.get(key) or TWO_PART_DISHES.get(sized)
        if parts is not None:
            found += [(part, marked and not index) for index, part in enumerate(parts)]
        elif item.food in SLICE_DISHES and item.unit in (None, "slice", "piece"):
            found += [(part, marked and not i) for i, part in enumerate(_slice_dish(item))]
        elif item.food in PASTA_AND_SAUCE and item.unit not in _MEASURED_UNITS:
            found += _pasta_and_sauce(item, marked)
        elif marked and found and _pasta_host(found[-1][0]) and item.food in PASTA_SAUCES:
            sauce = piece.lower().replace(item.food, PASTA_SAUCES[item.food])
            found[-1] = (_unsalted_pasta(found[-1][0]), found[-1][1])
            found.append((sauce if _has_amount(sauce) else f"0.5 cup {sauce}", marked))
        else:
            found.append((piece, marked))
    return found


_MEASURED_UNITS = frozenset({"g", "kg", "oz", "lb", "cup", "ml", "l", "tbsp", "tsp", "fl oz"})


def _unsalted_pasta(text: str) -> str:
    """Plain pasta before a pasta sauce is cooked without salt, as FNDDS's recipes for pasta with
    sauce have it (the sauce carries the salt): "2 cups penne" + "tomato sauce" → "2 cups
    spaghetti cooked without salt"; other pasta ("whole wheat penne", noodles) stays as written."""
    food = parse_item(text).food
    if food == "noodles" or food not in PASTA_WORDS:
        return text
    return re.sub(rf"\b{re.escape(food)}\b", UNSALTED_SPAGHETTI, text, count=1, flags=re.I)


def _pasta_host(text: str) -> bool:
    return bool(set(parse_item(text).food.split()) & PASTA_WORDS)


def _pasta_and_sauce(item: ParsedItem, marked: bool) -> list[tuple[str, bool]]:
    """The pasta and the sauce of a spag bol, each scaled by how much was eaten."""
    servings = (item.quantity or 1.0) * (LARGE_SERVING if item.size == "large" else 1.0)
    return [
        (f"{parse_number(amount.split()[0]) * servings:g} cup {food}", marked and not index)
        for index, (amount, food) in enumerate(PASTA_SAUCE_PARTS)
    ]


FILLED_DISHES = frozenset(
    {"sandwich", "sandwiches", "sarnie", "sanga", "butty", "sub", "wrap", "roll", "baguette",
     "panini", "toastie", "jaffle", "pie", "pizza", "taco", "tacos", "burrito", "quesadilla",
     "omelette", "omelet", "nachos", "noodles", "thai", "mein", "ew", "fried rice", "stir fry"}
)  # fmt: skip
"""Dishes that "with" a filling name one food: "shepherds pie w ground beef" is the pie,
"pad thai w chicken" is chicken pad thai, "hokkien noodles with beef" is beef noodles."""
_TRAILING_AMOUNT = re.compile(r"^(?P<food>.+?)\s+(?P<amount>\d[^a-z]*\s*[a-z]*\.?)$")


def _fold_fillings(pieces: list[tuple[str, bool]]) -> list[tuple[str, bool]]:
    """ "pad thai" + "with chicken 2 cups" → "2 cups chicken pad thai"."""
    folded: list[tuple[str, bool]] = []
    fillings: list[str] = []  # the fillings folded into the last dish so far
    for piece, marked in pieces:
        dish = folded[-1][0] if (marked or fillings) and folded else ""
        filling, amount = _filling_and_amount(piece)
        if fillings and _names_its_filling(dish, filling):  # "wrap w bacon n egg"
            both = folded[-1][0].replace(fillings[-1], f"{fillings[-1]} and {filling}")
            folded[-1] = (both, folded[-1][1])
            fillings.append(filling)
        elif marked and _names_its_filling(dish, filling):
            start = max(dish.lower().rfind(parse_item(dish).food), 0)
            named = f"{dish[:start]}{filling} {dish[start:]}"
            folded[-1] = (f"{amount} {named}" if amount else named, folded[-1][1])
            fillings = [filling]
        else:
            folded.append((piece, marked))
            fillings = []
    return folded


def _filling_and_amount(piece: str) -> tuple[str, str]:
    """ "chicken 2 cups" → ("chicken", "2 cups"); "ground beef" → ("ground beef", "")."""
    found = _TRAILING_AMOUNT.match(piece.strip())
    if found is not None and amount_fragment(found["amount"]) is not None:
        return found["food"].lower(), found["amount"]
    return piece.strip().lower(), ""


def _dish_word(dish: str) -> str:
    words = dish.lower().split()
    return " ".join(words[-2:]) if " ".join(words[-2:]) in FILLED_DISHES else words[-1]


def _names_its_filling(dish: str, filling: str) -> bool:
    if not dish.strip() or filling not in WITH_FILLINGS or _has_amount(filling):
        return False
    return _dish_word(dish) in FILLED_DISHES


_IN_BRACKETS = re.compile(r"\([^()]*\)")


def _comma_parts(line: str) -> list[str]:
    """The line cut at commas, but not at commas inside brackets ("fries (medium, mcd)")."""
    line = _IN_BRACKETS.sub(lambda found: found.group(0).replace(",", " "), line)
    return _COMMA.split(line)


def _milk_for_drink(before: str, part: str) -> bool:
    """Milk with no amount after a comma, right after tea or coffee, goes in the drink."""
    words = set(re.findall(r"[a-z-]+", part.lower()))
    drink = set(re.findall(r"[a-z]+", before.lower())) & HOT_DRINK_WORDS
    return bool(drink and words & MILK_WORDS) and not _has_amount(part)


_IN_A_CONTAINER = re.compile(
    r"^(?P<food>.+?)\s+(?:in|on|from)\s+(?P<amount>(?:an?|one|two|\d+)(?:\s+(?:big|small|large|"
    r"little|huge))?)\s+(?P<unit>bowl|mug|glass|cup|plate|tub|pot)$",
    re.IGNORECASE,
)
"""The container written after the food: "cheerios in a bowl", "soup in a mug"."""


def _in_a_container(piece: str) -> str:
    """ "cheerios in a bowl" → "a bowl of cheerios"."""
    found = _IN_A_CONTAINER.match(piece.strip())
    if found is None:
        return piece
    return f"{found['amount']} {found['unit']} of {found['food']}"


BUTTER_TSP_EACH = 1.5
"""Butter on one slice of toast or one crumpet: about 7 g (the survey coders' pat)."""
_BUTTERED = re.compile(r"(?:^|\s)buttered(?=\s|$)", re.IGNORECASE)


_BUTTERED_FOOD = re.compile(r"\bbuttered\s+(?:popcorn|corn|noodles|rice|vegetables|veg)\b", re.I)
"""Foods sold or cooked buttered, named so ("buttered popcorn"): no pat on a slice."""


def _buttered(piece: str, marked: bool) -> list[tuple[str, bool]]:
    """ "2 toast buttered", "buttered crumpets": the food, and butter with it."""
    if not _BUTTERED.search(piece) or _BUTTERED_FOOD.search(piece):
        return [(piece, marked)]
    food = re.sub(r"\s+", " ", _BUTTERED.sub(" ", piece)).strip()
    item = parse_item(food)
    if not item.food:  # "buttered (2 pats)": the amount is the butter's
        return [(f"{food.strip('() ')} butter".strip(), True)]
    spread = BUTTER_TSP_EACH * item.quantity_or_one
    return [(food, marked), (f"{spread:g} tsp butter", True)]


def _split_on_bread(part: str) -> list[str]:
    """ "heinz beans on 2 bits of toast" → "heinz beans", "2 slices of toast"; "ham on rye" is
    the ham and the two slices of a sandwich; "vegemite toast x2" is the spread and the toast."""
    found = _ON_BREAD.match(part.strip())
    if found is None:
        return next((parts for read in _PART_READERS if (parts := read(part))), [part])
    topping = found["topping"]
    last = re.sub(r"[^a-z]", "", topping.lower().split()[-1])
    if last in COMPOSITE_DISH_HEADS or last.rstrip("s") in COMPOSITE_DISH_HEADS:
        return [part]
    if _SANDWICH_NAME.search(topping):
        return [topping]  # "grilled cheese on white", "a blt on toast": the sandwich, its bread
    if "burg" in last or last in _IN_A_BUN:
        return [part]  # "a hamburger on a bun" is one food
    bread = _sandwich_bread(_BITS_OF.sub("slices", found["bread"]))
    return [_spread_amount(topping, parse_item(bread).quantity_or_one), bread]


_JACKET = re.compile(
    r"^(?P<amount>(?:an?|one|\d+|half an?|large|small|big)\s+)?(?P<filling>.+?\s+)??"
    r"jacket(?:\s+(?:potato(?:es)?|spuds?|tatties?))?$",
    re.IGNORECASE,
)


def _jacket_potato(part: str) -> list[str]:
    """ "tuna mayo jacket" → "jacket potato", "tuna mayo"; a jacket alone is the baked potato
    (UK "jacket" is never the coat)."""
    found = _JACKET.match(part.strip())
    if found is None:
        return []
    potato = f"{found['amount'] or ''}jacket potato"
    return [potato, found["filling"].strip()] if found["filling"] else [potato]


PARTS_FILLINGS = {
    "bacon": "bacon",
    "back bacon": "back bacon",
    "streaky bacon": "bacon",
    "peameal bacon": "peameal bacon",
    "sausage": "2 sausages",
    "sausages": "2 sausages",
    "snag": "sausage",
    "egg": "fried egg",
    "eggs": "2 fried eggs",
    "fried egg": "fried egg",
    "smoked salmon": "50 g smoked salmon",
    "lox": "50 g smoked salmon",
    "cream cheese": "30 g cream cheese",
    "fish finger": "3 fish fingers",
    "fish fingers": "3 fish fingers",
}
"""Fillings no food source has a sandwich of ("bacon butty", "sausage sarnie", "egg and bacon
roll", "smoked salmon and cream cheese bagel"): the bread and each filling (a filling's usual
amount in a sandwich where it has one); any other filling keeps the sandwich whole."""
_BREAD_OF = {
    "butty": "2 slices of white bread",
    "butties": "2 slices of white bread",
    "sarnie": "2 slices of white bread",
    "sarnies": "2 slices of white bread",
    "sanga": "2 slices of white bread",
    "sandwich": "2 slices of white bread",
    "roll": "a roll",
    "bap": "a roll",
    "barm": "a roll",
    "cob": "a roll",
    "bagel": "a bagel",
}
NAMED_ROLLS = frozenset({"sausage roll", "egg roll", "snag roll"})
"""Rolls that are foods of their own (a pastry, a Chinese egg roll), never a filled bread roll."""
_BUTTERED_BREADS = frozenset({"butty", "butties", "sarnie", "sarnies"})
"""UK sandwiches made with buttered bread: the coders add a pat of butter per slice."""
_FILLED_BREAD = re.compile(
    r"^(?P<fillings>[a-z ]+?)\s+(?P<bread>" + "|".join(_BREAD_OF) + r")$", re.IGNORECASE
)


def _sandwich_in_parts(part: str) -> list[str]:
    """ "a bacon butty" → "2 slices of white bread", "bacon", "14 g butter"."""
    text = re.sub(r"^(?:an?|one)\s+", "", part.strip(), flags=re.IGNORECASE)
    found = _FILLED_BREAD.match(text)
    if found is None:
        return []
    fillings = re.split(r"\s+(?:and|n|&)\s+", found["fillings"].lower())
    if not all(filling in PARTS_FILLINGS for filling in fillings) or text.lower() in NAMED_ROLLS:
        return []
    bread = found["bread"].lower()
    butter = [f"{7.0 * SANDWICH_SLICES:g} g butter"] if bread in _BUTTERED_BREADS else []
    return [_BREAD_OF[bread], *(PARTS_FILLINGS[filling] for filling in fillings), *butter]


_SANDWICH_NAME = re.compile(
    r"\b(?:grilled cheese|cheese toastie|blt|reuben|club sandwich|melt|panini|hoagie|po'? ?boy|"
    r"sloppy joe|french dip|philly cheesesteak|cheesesteak)$",
    re.IGNORECASE,
)
"""Sandwiches named by their filling: "grilled cheese on white" is the sandwich, not cheese."""
_IN_SAUCE = re.compile(
    r"^(?P<food>.+?)\s+in\s+(?:an?\s+|some\s+)?(?P<sauce>[a-z ]*?(?:sauce|gravy|custard))$",
    re.IGNORECASE,
)
CANNED_IN_SAUCE = frozenset(
    {"beans", "baked beans", "spaghetti", "spaghetti hoops", "hoops", "tuna", "sardines",
     "mackerel", "pilchards", "meatballs", "ravioli"}
)  # fmt: skip
"""Foods sold in their sauce and named so as one food ("beans in tomato sauce")."""


def _in_sauce(part: str) -> list[str]:
    """ "leeks in white sauce" → "leeks", "white sauce"."""
    found = _IN_SAUCE.match(part.strip())
    if found is None or parse_item(found["food"]).food in CANNED_IN_SAUCE:
        return []
    return [found["food"], found["sauce"]]


_IN_A_BUN = frozenset({"dog", "dogs", "hotdog", "hotdogs", "frank", "frankfurter"})
_BUN = re.compile(r"\b(?:bread\s+)?bun\b", re.IGNORECASE)
"""A bun under a filling is a bread roll ("bacon on a bun"), never a burger."""
_TOAST_TYPO = re.compile(r"\b(?:tost|toasts)\b", re.IGNORECASE)
_SLICED_BREAD = re.compile(
    rf"^(?:(?!toasted|sourdough){_BREAD_WORDS}\s+)*(?P<bread>bread|rye)$|"
    rf"^(?!toasted|sourdough)(?P<word>{_BREAD_WORDS})$",
    re.IGNORECASE,
)
SANDWICH_SLICES = 2
"""Slices of bread under a filling "on bread" with no count: a sandwich ("ham on rye"); toast
and sourdough (café toast: "avo on sourdough") stay as written."""


def _sandwich_bread(bread: str) -> str:
    """The bread a filling is on: toast as written ("1 slice tost" is toast), plain bread with no
    count is a sandwich's two slices ("on rye" → "2 slices of rye bread")."""
    bread = _BUN.sub("roll", _TOAST_TYPO.sub("toast", bread))
    found = _SLICED_BREAD.match(bread.strip())
    if found is None:
        return bread
    loaf = "" if found["bread"] == "bread" else " bread"
    return f"{SANDWICH_SLICES} slices of {bread.strip()}{loaf}"


SPREADS_ON_BREAD = {
    "butter": 7.0,
    "marg": 7.0,
    "margarine": 7.0,
    "cream cheese": 15.0,
    "peanut butter": 16.0,
    "pb": 16.0,
    "nutella": 19.0,
    "vegemite": 6.0,
    "marmite": 6.0,
    "promite": 6.0,
}
"""Grams of a spread on one slice of toast or bread when it has no amount of its own: the survey
coders' pat of butter (7 g), tablespoon of cream cheese (15 g) or peanut butter (16 g) and
teaspoon of yeast extract (6 g), in grams so that no locale's spoon changes them."""
_SPREAD_TYPOS = re.compile(r"\bpeanut ?but+e?r+\b|\bpeanutbutter\b", re.IGNORECASE)
_TOAST_SPREAD = re.compile(
    r"^(?P<spread>peanut butter|pb|nutella|vegemite|marmite|promite|avocado|avo|smashed avo|"
    r"jam|honey|cheese)\s+(?P<bread>(?:" + _BREAD_WORDS + r"\s+)*(?:toast|tost)s?)$",
    re.IGNORECASE,
)
"""A spread named before toast ("vegemite toast", "pb toast x2", "avocado toast"): the spread on
that toast ("French toast", "garlic toast", "brown toast" stay one food)."""


def _spread_amount(spread: str, slices: float) -> str:
    """ "pb" on two slices → "32 g pb"; a spread with its own amount, or not in the table, stays
    as written."""
    key = _SPREAD_TYPOS.sub("peanut butter", spread.strip().lower())
    per_slice = SPREADS_ON_BREAD.get(key)
    if per_slice is None or _has_amount(spread):
        return spread
    return f"{per_slice * slices:g} g {key}"


_BREAD_HOST = re.compile(
    r"\b(?:toasts?|tost|bread|crumpets?|muffins?|bagels?|rolls?|scones?|pikelets?|sourdough|"
    r"rye|slices?)$",
    re.IGNORECASE,
)
"""Foods a spread goes on, counted per slice or piece ("2 slices of toast with butter")."""
_BAGEL = re.compile(r"\bbagels?$", re.IGNORECASE)
_SNACK_HOST = re.compile(r"\b(?:rice cakes?|crackers?|crispbreads?|ryvitas?|cruskits?)$", re.I)


def _spreads_on_host(pieces: list[tuple[str, bool]]) -> list[tuple[str, bool]]:
    """ "crumpet" + "with butter" + "& vegemite" → "crumpet" + "7 g butter" + "6 g vegemite": a
    spread with no amount of its own is the usual amount on each slice or piece it is on
    (crackers and rice cakes take one spreading between them)."""
    spread: list[tuple[str, bool]] = []
    slices: float | None = None
    for piece, marked in pieces:
        amount = _spread_amount(piece, slices) if slices is not None and spread else piece
        if amount != piece or (slices is not None and marked and _has_amount(piece)):
            spread.append((amount, marked))
            continue
        slices = _slices_under(piece)
        spread.append((piece, marked))
    return spread


def _slices_under(piece: str) -> float | None:
    """How many slices a spread after ``piece`` goes on, or ``None`` when it is no bread."""
    item = parse_item(piece)
    if _BREAD_HOST.search(item.food):
        halves = 2.0 if _BAGEL.search(item.food) else 1.0  # both halves of a bagel are spread
        return halves * item.quantity_or_one
    return 1.0 if _SNACK_HOST.search(item.food) else None


def _spread_toast(part: str) -> list[str]:
    """ "pb toast x2" → "32 g peanut butter", "2 slices of toast"."""
    item = parse_item(part)
    found = _TOAST_SPREAD.match(_SPREAD_TYPOS.sub("peanut butter", item.food))
    if found is None or item.unit not in (None, "slice", "piece"):
        return [part]
    slices = item.quantity_or_one
    bread = _TOAST_TYPO.sub("toast", found["bread"])
    slice_word = "slice" if slices == 1 else "slices"
    return [_spread_amount(found["spread"], slices), f"{slices:g} {slice_word} of {bread}"]


_PART_READERS = (_jacket_potato, _sandwich_in_parts, _in_sauce, _spread_toast)
"""Readers of one phrase as its parts, tried in turn (the last keeps the phrase as written)."""


COOKED_STYLE_WORDS = frozenset(
    {"flipped", "over", "easy", "sunny", "side", "up", "runny", "soft", "hard", "well", "done",
     "rare", "crispy", "pink", "charred", "blackened", "dippy"}
)  # fmt: skip
"""How an egg or a steak was done, written after a comma: "eggs, 2, flipped over easy",
"steak, medium rare" (part of the food, never a second food)."""
_DONENESS = re.compile(r"^medium[- ](?:rare|well|done)$")


def _only_preparation(part: str) -> bool:
    if re.search(r"\d", part):
        return False
    words = re.findall(r"[a-z]+", _IN_BRACKETS.sub(" ", part.lower()))  # "roasted (sweet potato)"
    if _DONENESS.match(" ".join(words)):
        return True
    known = PREPARATION_WORDS | _PREP_EXTRA | COOKED_STYLE_WORDS | DESCRIPTION_WORDS
    if " ".join(words) in DESCRIPTION_PHRASES:
        return True
    return bool(words) and all(w in known for w in words)


DESCRIPTION_WORDS = frozenset(
    {"nonfat", "lowfat", "unsweetened", "sweetened", "lite", "natural", "original", "organic",
     "wholemeal", "wholegrain", "skinless", "boneless"}
)  # fmt: skip
"""Words that say which kind of the food before the comma ("greek yogurt, plain nonfat")."""
DESCRIPTION_PHRASES = frozenset(
    {"low fat", "non fat", "full fat", "full cream", "fat free", "reduced fat", "no added sugar",
     "skin on", "skin off", "sugar free", "light", "plain nonfat", "plain low fat", "plain"}
)  # fmt: skip
"""Phrases that say which kind ("flat white, full cream"): never a food of their own."""


def _join_preparation(parts: list[str]) -> list[str]:
    """Glue "warmed" back onto "1 cup milk" in "1 cup milk, warmed"."""
    joined: list[str] = []
    for part in (p.strip() for p in parts):
        words = re.findall(r"[a-z]+", part.lower())
        if len(joined) > 1 and _only_preparation(part) and amount_fragment(joined[-1]):
            joined[-2] = f"{joined[-2]}, {part}"  # "eggs, 2, flipped over easy"
        elif joined and (_only_preparation(part) or _only_negation(words) or not part):
            joined[-1] = f"{joined[-1]}, {part}" if part else joined[-1]
        else:
            joined.append(part)
    return joined


MAX_WORDS_BEFORE_AMOUNT = 4
"""An amount after a comma belongs to a short food name ("rice pudding, small pot"), not to a
sentence ("Late dinner was frozen pizza, half")."""


def _join_amounts(parts: list[str]) -> list[str]:
    """Put an amount written after a comma in front of its food: "hawaiian pizza, 2 slices" is
    "2 slices hawaiian pizza", "rice pudding, small pot" is "small pot rice pudding", "skim
    milk, 8oz glass" is "8oz skim milk", "baby carrots, like 10" is "10 baby carrots"."""
    joined: list[str] = []
    for part in parts:
        short = len(joined[-1].split()) <= MAX_WORDS_BEFORE_AMOUNT if joined else False
        amount = amount_fragment(part) if short and not _has_amount(joined[-1]) else None
        counted = _LEADING_COUNT.match(joined[-1]) if short else None
        head, rest = _leading_amount(part) if short and amount is None else (None, "")
        if head is not None and not _has_amount(joined[-1]):
            joined[-1] = f"{head} {joined[-1]}{rest}"  # "chili, a big bowl and cornbread"
        elif joined and not short and _amount_for_last_food(joined[-1], part) is not None:
            joined[-1] = _amount_for_last_food(joined[-1], part) or joined[-1]
        elif amount is not None:
            joined[-1] = f"{amount} {joined[-1]}"
        elif short and _share_of(joined[-1], part) is not None:
            joined[-1] = _share_of(joined[-1], part) or joined[-1]
        elif short and (count := _COUNTED_AS.match(part.strip())) and not _has_amount(joined[-1]):
            joined[-1] = f"{count['count']} {joined[-1]}"
        elif joined and _ITS_BREAD.match(part.strip()) and _SANDWICH_LAST.search(joined[-1]):
            joined[-1] = f"{joined[-1]} on {part.strip()}"  # "pb sandwich, wheat bread"
        elif joined and _names_no_food(joined[-1]) and not _has_amount(part):
            joined[-1] = f"{joined[-1]} of {part.strip()}"  # "half pint, bitter"
        elif counted is not None and part.strip().lower() in SIZES:
            joined[-1] = f"{counted.group(1)} {part.strip()} {counted.group(2)}"  # "2 large eggs"
        elif joined and _with_filling(joined[-1], part) is not None:
            joined[-1] = _with_filling(joined[-1], part) or joined[-1]
        else:
            joined.append(part)
    return joined


_COUNTED_AS = re.compile(
    r"^(?P<count>\d+|two|three|four|five|six)\s+(?:cookies?|biscuits?|bars?|crackers?|ones?)$",
    re.IGNORECASE,
)
"""A count of the kind of thing the food is ("chips ahoy, 3 cookies"): how many of the food."""


_ITS_BREAD = re.compile(rf"^(?:{_BREAD_WORDS}\s+)+bread$|^(?!toasted){_BREAD_WORDS}$", re.I)
_SANDWICH_LAST = re.compile(r"\b(?:sandwich|sandwiches|sarnie|sanga|butty|sub|toastie)$", re.I)
"""A bread after a comma is what the sandwich before it is on ("pb sandwich, wheat bread")."""


def _names_no_food(text: str) -> bool:
    """Whether ``text`` is only an amount, even one that implies a drink ("half pint")."""
    item = parse_item(text)
    implied = item.unit in DRINK_MEASURES and item.food == DRINK_MEASURES[item.unit]
    named = implied and item.food not in text.lower()
    return item.unit is not None and (named or not item.food)


_SHARES = frozenset({"half", "a half", "half of it", "a quarter", "quarter", "a third", "third"})


def _share_of(before: str, part: str) -> str | None:
    """ "can of chickpeas, drained, half" → "half can of chickpeas, drained": a share of a
    container with no count of its own."""
    item = parse_item(before)
    if part.strip().lower() not in _SHARES or item.quantity is not None or item.unit is None:
        return None
    return f"{part.strip().lower().removesuffix(' of it')} {before.strip()}"


_FIRST_CONNECTOR = re.compile(r"\s+(?:and|&|n|plus)\s+|\s+(?=(?:with|w/?)\s)", re.IGNORECASE)


FILLINGS = frozenset(
    {"pepperoni", "ham", "turkey", "chicken", "beef", "tuna", "egg", "salami", "bacon",
     "sausage", "cheese", "veggie", "vegetarian", "margherita", "hawaiian", "meat lovers",
     "choc chip", "chocolate chip", "chocolate", "vanilla", "strawberry", "blueberry",
     "peanut butter", "oat", "honey"}
)  # fmt: skip
"""Fillings and flavours written after the dish: "sub from the deli, turkey", "a takeaway
pizza, pepperoni", "clif bar, choc chip"."""
WITH_FILLINGS = FILLINGS | frozenset(
    {"ground beef", "mince", "pork", "lamb", "prawn", "prawns", "shrimp", "tofu", "eggs",
     "cheddar", "swiss", "mozzarella", "bacon and egg", "bacon n egg", "bacon & egg",
     "egg and bacon", "ham and cheese", "ham & cheese", "beef and cheese", "veg", "vegetables"}
)  # fmt: skip
"""Fillings that "with" folds into a dish that names them (:data:`FILLED_DISHES`)."""
_FILLED = frozenset(
    {"sandwich", "sandwiches", "sarnie", "sanga", "sangas", "butty", "roll", "bagel", "baguette",
     "panini", "toastie", "wrap", "sub", "pie", "pizza", "taco", "tacos", "burrito", "bar",
     "muffin", "cookie", "cookies", "omelette", "omelet", "quiche", "pasty"}
)  # fmt: skip


def _with_filling(before: str, part: str) -> str | None:
    """ "a takeaway pizza" + "pepperoni" → "a takeaway pepperoni pizza"."""
    filling = part.strip().lower()
    words = before.split()
    if filling not in FILLINGS or not words or words[-1].lower() not in _FILLED:
        return None
    if words[-1].lower() == "bar":  # a bar's flavour is not a second food: "clif bar, choc chip"
        return before
    return " ".join([*words[:-1], filling, words[-1]])


def _amount_for_last_food(before: str, part: str) -> str | None:
    """ "tea with milk and raisin bread toasted" + "2 slices" → "... and 2 slices raisin bread
    toasted": the amount after a comma belongs to the last short food before it."""
    amount = amount_fragment(part)
    connectors = list(_CONNECTORS.finditer(before))
    if amount is None or not connectors:
        return None
    last = connectors[-1]
    tail = before[last.end() :]
    if not tail or len(tail.split()) > MAX_WORDS_BEFORE_AMOUNT or _has_amount(tail):
        return None
    return f"{before[: last.end()]}{amount} {tail}"


def _leading_amount(part: str) -> tuple[str | None, str]:
    """The amount a comma part starts with when another food follows it: "big plate and
    garlic bread" → ("big plate", " and garlic bread")."""
    found = _FIRST_CONNECTOR.search(part)
    if found is None or not part[found.end() :].strip():
        return None, part
    if re.match(r"(?:a\s+)?half\b", part[found.end() :]):
        return None, part
    amount = amount_fragment(part[: found.start()])
    return (amount, part[found.start() :]) if amount is not None else (None, part)


_LEADING_COUNT = re.compile(r"^(\d+(?:\.\d+)?|a|an|one|two|three|four|five|six)\s+(\S.*)$", re.I)


_AMOUNT_HEDGE = re.compile(
    r"^(?:like|about|around|roughly|approx\.?|approximately|maybe|~|normal|usual|standard)\s*|"
    r"\s+(?:of (?:them|those|these|em|'em)|in total|total)$"
)
_COUPLE = re.compile(r"^(?:a )?(?:couple|pair)(?: of)?\b")
_BARE_COUNT_WORDS = frozenset({"one", "two", "three", "four", "five", "six"})
_AND_A_HALF = re.compile(r"^(a|an|one|\d+) ([a-z]+) and a half$")
_N_AND_A_HALF = re.compile(
    r"(?:^|(?<=\s))(\d+|an?|one|two|three|four|five) and (?:a )?half\b", re.IGNORECASE
)


_UNIT_AND_A_HALF = re.compile(
    r"(?:^|(?<=\s))(an?|one|two|three|\d+) (cups?|pints?|slices?|glass(?:es)?|bowls?|mugs?|"
    r"spoons?|tbsp|tsp|cans?|bottles?|pieces?|portions?|servings?|scoops?) and a half\b",
    re.IGNORECASE,
)
"""A unit and a half: "a cup and a half" is 1.5 cups (so "a half" does not become a food)."""


def _unit_and_a_half(found: re.Match[str]) -> str:
    """ "a cup and a half" → "1.5 cup"."""
    return f"{_and_a_half(found)} {found.group(2)}"


def _and_a_half(found: re.Match[str]) -> str:
    """ "1 and a half cups" → "1.5 cups"."""
    whole = found.group(1)
    count = float(whole) if whole.isdigit() else NUMBER_WORDS[whole.lower()]
    return f"{count + 0.5:g}"


_CONTAINER_AFTER_UNIT = re.compile(
    r"^(\d+(?:\.\d+)?\s*(?:oz|ml|g|fl oz|l))\s+(?:glass|cup|mug|bottle|can|carton|tub|pot)$"
)


def amount_fragment(text: str) -> str | None:
    """The amount that ``text`` is when it holds nothing else, written so that it can stand in
    front of a food ("two of them" → "2", "a cup and a half" → "1.5 cup", "8oz glass" →
    "8oz"); ``None`` when it names a food.

    Example:
        >>> amount_fragment("like 10"), amount_fragment("a cup and a half"), amount_fragment("jam")
        ('10', '1.5 cup', None)
    """
    amount = _AMOUNT_HEDGE.sub("", text.strip().lower()).strip()
    amount = _COUPLE.sub("2", amount)
    if amount in _BARE_COUNT_WORDS:
        amount = f"{NUMBER_WORDS[amount]:g}"
    amount = _N_AND_A_HALF.sub(_and_a_half, amount)
    half = _AND_A_HALF.match(amount)
    if half is not None:
        amount = _unit_and_a_half(half)
    container = _CONTAINER_AFTER_UNIT.match(amount)
    if container is not None:
        amount = container.group(1)
    if amount and _only_amount(amount):
        return amount
    return None


def _only_amount(text: str) -> bool:
    """Whether ``text`` is an amount with no food ("2 slices", "a bowl", "medium", "half")."""
    item = parse_item(text)
    if item.food.lower() in SIZES or item.food.lower() == "half":
        return True
    return not item.food and (item.quantity is not None or item.unit or item.size) is not None


def _has_amount(text: str) -> bool:
    item = parse_item(text)
    return item.quantity is not None or item.unit is not None or item.size is not None


NEGATED_ADD_INS = frozenset(
    ["sugar", "sugars", "milk", "cream", "ice", "dressing", "sauce", "butter", "mayo",
     "mayonnaise", "cheese", "syrup", "sweetener", "foam", "whip", "onion", "onions", "sugar-free"]
)  # fmt: skip
"""What "no …" or "without …" leaves out of a food ("tea, milk no sugar", "salad no dressing")."""

SUGAR_FREE_DRINKS = frozenset(
    ["coke", "cola", "pepsi", "soda", "lemonade", "squash", "cordial", "pop", "sprite", "fanta",
     "drink", "tonic", "ale", "red", "monster", "7up", "soft", "fizzy", "energy"]
)  # fmt: skip
"""Drink words after which "no sugar", "sugar free" or "zero sugar" means the diet drink."""

_NO_SUGAR = re.compile(r"\b(?:no(?: added)? sugars?|sugar[- ]free|zero sugar)\b")
_NEGATED = re.compile(r"\b(?:no|without|hold the)(?: added| extra)? ([a-z-]+)\b")


_PREP_EXTRA = frozenset(
    [
        "and",
        "to",
        "taste",
        "finely",
        "roughly",
        "thinly",
        "lightly",
        "skin",
        "on",
        "off",
        "no",
        "peel",
        "baked",
        "boiled",
        "grilled",
        "fried",
        "roasted",
        "steamed",
        "broiled",
        "poached",
        "scrambled",
        "stewed",
        "braised",
        "toasted",
        "microwaved",
        "sauteed",
        "cooked",
        "raw",
        "fresh",
        "frozen",
        "canned",
        "dried",
        "plain",
        "unsalted",
        "salted",
        "pan",
        "deep",
        "stir",
        "air",
        "oven",
        "shallow",
        "slow",
        "leftover",
        "leftovers",
        "homemade",
    ]
)
"""Words that, alone after a comma, describe the item before it ("1 large sweet potato, baked")."""

_NEGATION_WORDS = frozenset({"without", "hold", "the", "added", "extra", "no"} | NEGATED_ADD_INS)


def _only_negation(words: list[str]) -> bool:
    """Whether a comma part only says what the food lacked: "tea, no sugar" is the tea."""
    return bool(words) and words[0] in ("no", "without", "hold") and set(words) <= _NEGATION_WORDS


_TEMPERATURE_FOODS = frozenset(
    ["chocolate", "cocoa", "dog", "dogs", "sauce", "cereal", "pepper", "peppers", "cuts", "pot",
     "choc", "chips", "cross", "brew"]
)  # fmt: skip
"""Foods whose "hot"/"cold" is part of the name ("hot choc", "hot cross bun", "cold brew")."""


_COMPOUND_PATTERNS = tuple(
    re.compile(rf"\b{re.escape(phrase)}s?\b", re.IGNORECASE) for phrase in COMPOUND_FOODS
)
_ANY_COMPOUND = re.compile(
    r"\b(?:" + "|".join(re.escape(phrase) for phrase in COMPOUND_FOODS) + r")s?\b", re.IGNORECASE
)
"""A compound food, also in the plural ("2 rum and cokes")."""


def _split_connectors(part: str) -> list[tuple[str, bool]]:
    protected = part
    keep: dict[str, str] = {}
    has_compound = _ANY_COMPOUND.search(protected) is not None
    for index, pattern in enumerate(_COMPOUND_PATTERNS if has_compound else ()):
        found = pattern.search(protected)
        if found:
            token = f"\x00{index}\x00"
            keep[token] = found.group(0)
            protected = protected.replace(found.group(0), token)
    pieces = _CONNECTORS.split(protected)
    restored: list[tuple[str, bool]] = []
    after_with = False
    connector = ""
    for index, piece in enumerate(pieces):
        if index % 2:
            after_with = bool(_WITH.match(piece))
            connector = piece
            continue
        for token, original in keep.items():
            piece = piece.replace(token, original)
        if restored and _AND.match(connector) and _one_dish(restored[-1][0], piece):
            restored[-1] = (f"{restored[-1][0]}{connector}{piece}", restored[-1][1])
        else:
            restored.append((piece, after_with))
    return restored


_AND = re.compile(r"^\s*(?:and|&|n)\s*$", re.IGNORECASE)

COMPOSITE_DISH_HEADS = frozenset(
    {"sandwich", "sandwiches", "sarnie", "butty", "roll", "bagel", "baguette", "panini",
     "toastie", "jaffle", "wrap", "sub", "pie", "pasty", "soup", "fry", "burger", "omelette",
     "omelet", "quiche", "salad", "pizza", "bake", "casserole", "risotto"}
)  # fmt: skip
"""Dish nouns that take two fillings before them: "cheese and pickle sandwich", "steak and ale
pie", "chicken and corn soup", "tofu and veg stir fry"."""

_DISH_TAIL = re.compile(r"\s+(?:on|in|from|at|with|w/?)\s+.*$", re.IGNORECASE)


def _one_dish(first: str, second: str) -> bool:
    """Whether "FIRST and SECOND" names one dish with two fillings ("cheese" + "pickle sandwich
    on brown bread"), not two foods ("a salmon roll" + "miso soup", "rice" + "chicken curry")."""
    head = _DISH_TAIL.sub("", second).lower().split()
    filling = re.sub(r"^(?:an?|one)\s+", "", first.strip().lower()).split()
    if len(head) < 2 or head[-1] not in COMPOSITE_DISH_HEADS or not 1 <= len(filling) <= 2:
        return False
    if filling[-1] in COMPOSITE_DISH_HEADS or any(ch.isdigit() for ch in first + second):
        return False
    return not _has_amount(second) and not set(head[:-1]) & COMPOSITE_DISH_HEADS - {"salad"}


DRINK_VESSELS = frozenset({"can", "bottle", "glass", "carton", "cup", "mug"})
MIN_VESSEL_ML = 100.0
"""A count this large before a drink vessel is its size in millilitres ("375 can", "600 bottle")."""

_VESSEL_AFTER_AMOUNT = re.compile(r"^(?:glass|cup|mug|bottle|can|carton|tin|tub|pot)\s+")


def parse_item(text: str, *, accompaniment: bool = False) -> ParsedItem:
    """Read quantity, unit, size and food from one item phrase.

    Example:
        >>> item = parse_item("2 cups chopped spinach")
        >>> (item.quantity, item.unit, item.food, item.preparation)
        (2.0, 'cup', 'spinach', ('chopped',))
    """
    original = text.strip()
    working = _normalise(original)
    working, exact = _take_exact_ref(working)
    working, stated = _take_parentheticals(working)
    working = _HEDGE.sub("", _NARRATIVE.sub("", working))
    working, length = _take_length(working)
    negative = bool(_NEGATIVE.match(working))
    working, times = _take_times_prefix(working)
    working, quantity, vague = _take_quantity(working)
    if length is None:
        working, length = _take_length(working)
    working, size = _take_size(working)
    working, unit, unknown_unit = _take_unit(working, quantity is not None)
    if size is None:
        working, size = _take_size(working)
    if quantity is None and unit is None:
        working, quantity, unit = _take_trailing_quantity(working)
    food, preparation = _clean_food(working)
    if unit is None and unknown_unit is None:
        food, unit = _take_trailing_container(food)
    if unit is not None and unit_kind(unit) is not UnitKind.CONTAINER:
        food = _VESSEL_AFTER_AMOUNT.sub("", food)  # "250 ml glass of OJ"
    elif unit in DRINK_VESSELS and quantity is not None and quantity >= MIN_VESSEL_ML:
        stated, quantity = stated or (quantity, "ml"), 1.0  # "375 can coke": a 375 ml can
    if times is not None:
        quantity = times * (quantity if quantity is not None else 1.0)
    food, unit, quantity = _implied_food(food, unit, quantity, length)
    parsed = ParsedItem(
        text=original,
        food=food,
        quantity=quantity,
        unit=unit,
        size=size,
        preparation=preparation,
        exact_food_id=exact,
        stated_amount=stated,
        vague=vague,
        unknown_unit=unknown_unit,
        accompaniment=accompaniment,
    )
    refused = _refusal(negative, quantity, stated)
    return parsed if refused is None else replace(parsed, quantity=None, refused=refused)


_BACK_REFERENCE = re.compile(r"\b(?:another|more|again|same)\b", re.IGNORECASE)
_NO_FOOD_OF_ITS_OWN = frozenset({"", "one", "ones", "of them", "of those", "of em"})


def with_food_of(item: ParsedItem, previous: ParsedItem | None) -> ParsedItem:
    """More of the food before, when an item names none of its own: "another slice" after
    "two slices of pizza", "another one", "2 more".

    Example:
        >>> pizza = parse_item("two slices of pizza")
        >>> more = with_food_of(parse_item("another slice"), pizza)
        >>> (more.quantity, more.unit, more.food)
        (1.0, 'slice', 'pizza')
    """
    if previous is None or not (previous.food or previous.exact_food_id):
        return item
    written = item.food.lower()
    size = SIZES.get(written) if item.size is None else None
    if (written not in _NO_FOOD_OF_ITS_OWN and size is None) or not _BACK_REFERENCE.search(
        item.text
    ):
        return item
    more = replace(item, food=previous.food, exact_food_id=previous.exact_food_id)
    return more if size is None else replace(more, size=size)  # "another large"


WINE_WORDS = {"red": "red", "white": "white", "rose": "rose", "rosé": "rose"}
"""A colour alone is wine: "a glass of red", "some white"."""
DRINK_MEASURES = {"pint": "beer", "schooner": "beer", "middy": "beer", "stubby": "beer"}
"""Glasses that name their drink when nothing else does: "a pint", "2 schooners"."""

_LENGTH = re.compile(
    r"^(?:(?P<inches>\d+)\s*(?:-\s*)?(?:inch|in\.|\")|(?P<foot>foot\s*-?\s*long))\s+"
)
_LONG_FOODS = frozenset({"sub", "subs", "sandwich", "hoagie", "hero", "baguette", "hotdog"})
FOOTLONG_INCHES = 10
"""A sandwich this long or longer ("12 inch", "footlong") is two of the usual 6-inch subs."""


def _take_length(text: str) -> tuple[str, float | None]:
    """ "6 inch turkey sub": a length, never six subs."""
    found = _LENGTH.match(text)
    if found is None:
        return text, None
    inches = float(found["inches"]) if found["inches"] else 12.0
    return text[found.end() :], inches


def _implied_food(
    food: str, unit: str | None, quantity: float | None, inches: float | None
) -> tuple[str, str | None, float | None]:
    """What a phrase means beyond its words: "a pint" is beer, "2 sugars" are 2 teaspoons of
    sugar, a footlong sub is two 6-inch subs."""
    if not food and unit in DRINK_MEASURES:
        return DRINK_MEASURES[unit], unit, quantity
    if food in WINE_WORDS:
        return f"{WINE_WORDS[food]} wine", unit, quantity
    if food in ("sugar", "sugars") and unit is None and quantity is not None:
        return "sugar", "tsp", quantity
    last = food.rsplit(" ", 1)[-1]
    if inches is not None and inches >= FOOTLONG_INCHES and last in _LONG_FOODS:
        return food, unit, 2.0 * (quantity if quantity is not None else 1.0)
    return food, unit, quantity


def _refusal(
    negative: bool, quantity: float | None, stated: tuple[float, str] | None
) -> str | None:
    """Why an amount cannot be counted: negative, not a number (``1/0``) or absurdly large."""
    if negative:
        return "a negative amount cannot have been eaten"
    for value in (quantity, stated[0] if stated else None):
        if value is None:
            continue
        if math.isnan(value):
            return "the amount is not a number (division by zero?)"
        if value > MAX_QUANTITY:
            return f"an amount of {value:g} is not plausible (at most {MAX_QUANTITY:,.0f})"
    return None


def _normalise(text: str) -> str:
    for symbol, fraction in UNICODE_FRACTIONS.items() if _FRACTION_CHARS & set(text) else ():
        text = re.sub(rf"(\d)\s*{symbol}", rf"\1 {fraction}", text).replace(symbol, f" {fraction}")
    text = text.replace("’", "'").replace("×", "x ").lower()
    return re.sub(r"\s+", " ", text).strip()


def _take_exact_ref(text: str) -> tuple[str, str | None]:
    match = _EXACT_REF.search(text)
    if not match:
        return text, None
    wanted = match.group(1)
    food_id = wanted.zfill(5) if wanted.isdigit() else wanted.upper()
    return (text[: match.start()] + text[match.end() :]).strip(), food_id


def _take_parentheticals(text: str) -> tuple[str, tuple[float, str] | None]:
    stated: tuple[float, str] | None = None
    kept: list[str] = []
    sizes: list[str] = []
    for inner in _PAREN.findall(text):
        amount = _metric_amount(inner)
        if amount is not None and stated is None:
            stated = amount
        elif amount is None:
            words = inner.split()
            sizes += [w for w in words if w in SIZES][:1]
            kept.append(" ".join(w for w in words if w not in SIZES))
    text = _PAREN.sub(" ", text).strip()
    if sizes and not re.match(r"\d|\w+\s+(?:x\s|of\b)", text):  # "fries (medium, mcd)"
        text = f"{sizes[0]} {text}"
    return re.sub(r"\s+", " ", f"{text} {' '.join(kept)}").strip(), stated


def _metric_amount(text: str) -> tuple[float, str] | None:
    match = re.fullmatch(
        rf"\s*(?:about|approx\.?|approximately|~|ca\.?)?\s*({_NUMBER})\s*([a-z][a-z. ]*?)\s*",
        text.strip().lower(),
    )
    if not match:
        return None
    unit = UNIT_WORDS.get(match.group(2).strip().rstrip("."))
    if unit not in ("g", "kg", "mg", "oz", "lb", "ml", "cl", "dl", "l", "fl oz"):
        return None
    return parse_number(match.group(1)), unit


def _take_times_prefix(text: str) -> tuple[str, float | None]:
    match = _TIMES_PREFIX.match(text)
    return (text[match.end() :], _bounded(float(match.group(1)))) if match else (text, None)


MAX_NUMBER = 1e9
"""Numbers in diary text are held at this (a 400-digit number would be infinite as a float and
then not JSON); anything this large is far beyond a plausible portion and left out."""


def _bounded(value: float) -> float:
    return value if math.isnan(value) or value <= MAX_NUMBER else MAX_NUMBER


def parse_number(text: str) -> float:
    """Read "2", "1.5", "1,5", "3/4", "1 1/2", ".5" and "1e3" as numbers ("1/0" is NaN; at most
    :data:`MAX_NUMBER`)."""
    return _bounded(_parse_number(text))


def _parse_number(text: str) -> float:
    text = text.strip().replace(",", ".")
    if " " in text:
        whole, fraction = text.split(None, 1)
        return float(whole) + _parse_number(fraction)
    if "/" in text:
        top, bottom = text.split("/", 1)
        return float(top) / float(bottom) if float(bottom) else math.nan
    return float(text)


NAMES_LIKE_AMOUNTS = re.compile(
    r"^(?:(?:an?|one)\s+)?"
    r"(?=quarter\s+pounders?\b|double[- ]doubles?\b|half\s*(?:and|&|n)\s*half\b)",
    re.IGNORECASE,
)
"""Food names that start with an amount word: "a quarter pounder" is one burger, not 0.25 of a
"pounder"; a "double double" is one coffee, not two of a "double"; "half and half" is cream."""


def _take_quantity(text: str) -> tuple[str, float | None, bool]:
    text = _N_AND_A_HALF.sub(_and_a_half, text)
    if named := NAMES_LIKE_AMOUNTS.match(text):
        return text[named.end() :], None, False
    for phrase in VAGUE_QUANTITIES:
        if text.startswith(phrase + " "):
            return text[len(phrase) + 1 :], None, True
    for phrase, value in PHRASE_QUANTITIES:
        if text.startswith(phrase + " "):
            rest, extra = _maybe_article(text[len(phrase) + 1 :])
            return rest, value * extra, phrase in ROUGH_COUNTS
    match = _LEADING_QTY.match(text)
    if match and match.group("qty"):
        value = parse_number(match.group("qty"))
        if match.group("qty2"):
            value = (value + parse_number(match.group("qty2"))) / 2
        return text[match.end() :].strip(), value, False
    first, _, rest = text.partition(" ")
    if first in NUMBER_WORDS and rest:
        value = NUMBER_WORDS[first]
        rest, extra = _maybe_article(rest)
        return rest, value * extra, False
    return text, None, False


def _maybe_article(text: str) -> tuple[str, float]:
    """'half a' handled by phrases; here only drop a stray "of"."""
    return (text[3:], 1.0) if text.startswith("of ") else (text, 1.0)


_SIZES_LONGEST_FIRST = tuple(sorted(SIZES, key=len, reverse=True))


def _take_size(text: str) -> tuple[str, str | None]:
    for word in _SIZES_LONGEST_FIRST:
        if text.startswith(word + " "):
            return text[len(word) + 1 :], SIZES[word]
    return text, None


_UNIT_PATTERN = re.compile(
    r"^(?P<unit>"
    + "|".join(re.escape(w) for w in sorted(UNIT_WORDS, key=len, reverse=True))
    + r")(?:\.|\b)\s*(?:of\s+)?"
)
_SHORT_UNITS = frozenset(w for w in UNIT_WORDS if len(w) <= 2)


def _take_unit(text: str, has_quantity: bool) -> tuple[str, str | None, str | None]:
    match = _UNIT_PATTERN.match(text)
    if match:
        spelling, rest = match.group("unit"), text[match.end() :].strip()
        short_ok = has_quantity or spelling not in _SHORT_UNITS
        if short_ok and (rest or spelling not in ("l", "c", "t")):
            return rest, UNIT_WORDS[spelling], None
    glued = re.match(r"^([a-z]+)\s+of\s+(.+)$", text)
    if has_quantity and glued and glued.group(1) not in PREPARATION_WORDS:
        return glued.group(2), None, glued.group(1)
    return text, None, None


def _take_trailing_quantity(text: str) -> tuple[str, float | None, str | None]:
    match = _TRAILING_QTY.search(text)
    if not match:
        return text, None, None
    if match.group("times"):
        return text[: match.start()], _bounded(float(match.group("times"))), None
    unit_word = (match.group("unit") or "").strip().rstrip(".")
    unit = UNIT_WORDS.get(unit_word) if unit_word else None
    if unit_word and unit is None:
        return text, None, None
    return text[: match.start()], parse_number(match.group("qty")), unit


TRAILING_CONTAINERS = frozenset(
    [
        "fillet",
        "slice",
        "piece",
        "rasher",
        "glass",
        "mug",
        "bowl",
        "can",
        "bottle",
        "serving",
        "portion",
    ]
)
"""Container words people put after the food: "1 salmon fillet", "2 toast slices"."""


def _take_trailing_container(food: str) -> tuple[str, str | None]:
    head, _, last = food.rpartition(" ")
    unit = UNIT_WORDS.get(last)
    if (
        head
        and unit in TRAILING_CONTAINERS | {"serving"}
        and last.rstrip("s") in (TRAILING_CONTAINERS)
    ):
        return head, unit
    return food, None


def _drop_negated(text: str) -> str:
    """Leave out what the person says the food did not have: "coke no sugar" is diet cola,
    "milk no sugar" is milk, "side salad no dressing" is the salad."""
    if _NO_SUGAR.search(text) and SUGAR_FREE_DRINKS & set(re.findall(r"[a-z0-9]+", text)):
        text = "diet " + _NO_SUGAR.sub(" ", text)
    return _NEGATED.sub(lambda m: " " if m.group(1) in NEGATED_ADD_INS else m.group(0), text)


_FOR_A_MEAL = re.compile(
    r"\b(?:for|at|with|w|as|after|before)\s+(?:a\s+|my\s+)?"
    r"(?:breakfast|brekkie|brunch|lunch|dinner|supper|snack)\b"
)
"""When it was eaten, not what: "rice for dinner", "an apple as a snack"."""


_HOW_DONE = re.compile(
    r"\b(?:medium[- ]rare|medium[- ]well|well[- ]done|rare)\b"
    r"|\boff (?:the |a )?(?:barbie|bbq|barbecue|grill)\b"
)
"""How a steak was done or where it was cooked, not its name: "porterhouse, medium rare", "a rump
steak off the barbie" (the ranking reads meat as cooked)."""


def _clean_food(text: str) -> tuple[str, tuple[str, ...]]:
    text = _HOW_DONE.sub(" ", _FOR_A_MEAL.sub(" ", _drop_negated(text.lower())))
    words = re.findall(r"[a-z0-9%'\-]+", text)
    part_of_name = {
        i
        for i, w in enumerate(words[:-1])
        if w in ("hot", "cold", "warm") and words[i + 1] in _TEMPERATURE_FOODS
    }
    preparation = tuple(
        w for i, w in enumerate(words) if w in PREPARATION_WORDS and i not in part_of_name
    )
    kept = [
        w
        for i, w in enumerate(words)
        if (i in part_of_name or w not in PREPARATION_WORDS) and w not in FILLER_WORDS
    ]
    while kept and kept[0] in ("a", "an", "and", "with"):
        kept.pop(0)
    return " ".join(kept), preparation
