"""Recipe-style amounts, tidied before the diary is split into items. Pure text rewriting.

Recipes and pasted ingredient lists write amounts in ways a diary parser misreads:
``300g/10½oz`` (a metric/imperial pair: the first is kept), ``8 ounces (2 sticks/225 grams)``
(the metric amount in brackets is kept), ``2-3`` (a range: its midpoint), ``1 cup plus 2 tbsp``
(one amount), ``1 14-oz can`` (a container of a stated size), ``milk or water`` (the first
choice), and preparation notes such as ``cut into 6 slices`` or ``to taste`` that must never
become foods.
"""

from __future__ import annotations

import re

_FRACTIONS = {"½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1 / 3, "⅔": 2 / 3, "⅛": 0.125}
_NUMBER = r"\d+(?:\.\d+)?(?:\s*[½¼¾⅓⅔⅛])?|[½¼¾⅓⅔⅛]"
_UNIT = r"(?:kg|g|grams?|ml|l|litres?|liters?|oz|ounces?|lb|lbs|pounds?|fl\.? ?oz|cups?)"

_PAIR = re.compile(rf"(?P<first>(?:{_NUMBER})\s*{_UNIT})\s*/\s*(?:{_NUMBER})\s*{_UNIT}\b", re.I)
_BRACKET_CHOICE = re.compile(r"\((?P<a>[^()/]+)/(?P<b>[^()/]+)\)")
_METRIC = re.compile(r"\d\s*(?:g|grams?|kg|ml|l|litres?|liters?)\b", re.I)
_RANGE = re.compile(
    r"(?<![\d/.:-])(?P<low>\d{1,3}(?:\.\d+)?)\s*(?:-|–|to|or)\s*(?P<high>\d{1,3}(?:\.\d+)?)"
    r"(?![\d/:]|\s*(?:am|pm)\b)",
    re.I,
)
_SPOONS = {"cup": 48.0, "tbsp": 3.0, "tsp": 1.0}
_SPOON_WORD = r"(?:cups?|tbsps?|tablespoons?|tsps?|teaspoons?)"
_PLUS = re.compile(
    rf"(?P<n1>{_NUMBER})\s*(?P<u1>{_SPOON_WORD})\s+plus\s+(?P<n2>{_NUMBER})\s*(?P<u2>{_SPOON_WORD})",
    re.I,
)
_CONTAINER = re.compile(
    r"\b(?P<count>\d+|an?|one)\s+(?P<size>\d+(?:\.\d+)?)[- ]?(?P<unit>oz|ounce|g|ml)\.?\s+"
    r"(?:cans?|tins?|jars?|packages?|packets?|pkgs?|bottles?|cartons?|boxes?|bags?|containers?)"
    r"\b(?:\s+of\b)?\s*",
    re.I,
)
_ARTICLE_BEFORE_AMOUNT = re.compile(r"\b(?:an?|one)\s+(?=\d)", re.I)
_ALTERNATIVE = re.compile(r"\s+or\s+[^,;\n]*", re.I)
_NOTES = re.compile(
    r",?\s*\(?(?:(?:cut|sliced|chopped|diced|torn|broken) in(?:to)? [^,;\n)]*|to taste|divided|"
    r"optional|at room temperature|for (?:garnish|serving|dusting|frying|greasing|the [a-z]+)|"
    r"plus (?:more|extra) [^,;\n)]*|as needed|if needed)\)?",
    re.I,
)


_SENTENCE_END = re.compile(r"(?<=[a-z)])\.\s+(?=[A-Za-z0-9])|(?<=[a-z)])[.!]\s*$", re.M)
_MEAL = (
    r"(?:breakfast|brekkie|brunch|lunch|dinner|supper|tea|snacks?|elevenses|dessert|"
    r"morning tea|afternoon tea|arvo tea|late night|midnight snack)"
)
_WHEN = rf"(?:{_MEAL}|(?:about |around )?\d{{1,2}}(?::\d{{2}})?\s*(?:am|pm)?)"
_HAD = r"(?:i|we)\s+(?:had|ate|drank|grabbed|got)"
_IN_TEA = (
    r"\s*(?:milk|sugar|(?:\d+|an?|one|two|three|four)\s+(?:sugars?|milks?|sweeteners?)|no\b|"
    r"black\b|white\b|with\b|w\b|splash|dash)"
)
"""What follows "tea," when tea is the drink ("tea, milk and 2 sugars"), not the evening meal."""
_LEAD_IN = re.compile(
    rf"^\s*(?:(?:for|at) {_WHEN}(?:\s*(?:was|were|:|-|,))?(?:\s+{_HAD})?\s+"
    rf"|(?:{_MEAL}|then|later|after that)\s*(?:was|were|:|-|,(?<!tea,)|,(?!{_IN_TEA}))"
    rf"(?:\s*{_HAD})?\s*"
    rf"|(?:{_MEAL}|then|later)\s+{_HAD}\s+"
    rf"|{_HAD}\s+)",
    re.I | re.M,
)
_PERCENT_MILK = {"2": "reduced fat", "1": "low fat", "0": "nonfat"}
_MILK_PERCENT = re.compile(r"\b([012])\s?%\s*(milk)\b", re.I)
_BLACK_WHITE = re.compile(r"\b(coffee|tea)\s*,?\s+(black|white)\b(?!\s+(?:bread|toast|rice))", re.I)


def tidy_diary_prose(text: str) -> str:
    """Sentences and meal words read as separate lines of items: "For breakfast I had 2 eggs.
    Lunch was a Big Mac" → "2 eggs" / "a Big Mac"; "2% milk" is reduced fat milk, "coffee,
    black" is black coffee.

    Example:
        >>> tidy_diary_prose("For breakfast I had 2 eggs. Lunch was soup")
        '2 eggs\nsoup'
    """
    text = _SENTENCE_END.sub("\n", text)
    text = "\n".join(_LEAD_IN.sub("", line, count=1) for line in text.split("\n"))
    text = _MILK_PERCENT.sub(lambda m: f"{_PERCENT_MILK[m[1]]} {m[2]}", text)
    return _BLACK_WHITE.sub(lambda m: f"{m[2]} {m[1]}", text)


def tidy_recipe_amounts(text: str) -> str:
    """Rewrite recipe-style amounts into the plain forms the diary parser reads.

    Example:
        >>> tidy_recipe_amounts("300g/10½oz flour; 1 cup plus 2 tbsp sugar")
        '300g flour; 18 tbsp sugar'
    """
    text = _NOTES.sub("", text)
    text = _PAIR.sub(lambda m: m["first"], text)
    text = _BRACKET_CHOICE.sub(_metric_choice, text)
    text = _PLUS.sub(_plus, text)
    text = _CONTAINER.sub(_container, text)
    text = _ARTICLE_BEFORE_AMOUNT.sub("", text)
    text = _RANGE.sub(_midpoint, text)
    return "\n".join(_first_choice(line) for line in text.split("\n"))


def _number(text: str) -> float:
    text = text.strip()
    value = 0.0
    for char, fraction in _FRACTIONS.items():
        if char in text:
            value += fraction
            text = text.replace(char, "")
    return value + (float(text) if text.strip() else 0.0)


def _fmt(value: float) -> str:
    return f"{value:.2f}".rstrip("0").rstrip(".")


def _metric_choice(match: re.Match[str]) -> str:
    a, b = match["a"].strip(), match["b"].strip()
    chosen = b if _METRIC.search(b) and not _METRIC.search(a) else a
    return f"({chosen})"


def _spoon(unit: str) -> float:
    unit = unit.lower()
    if unit.startswith("cup"):
        return _SPOONS["cup"]
    return _SPOONS["tbsp"] if unit.startswith(("tbsp", "tablespoon")) else _SPOONS["tsp"]


def _plus(match: re.Match[str]) -> str:
    teaspoons = _number(match["n1"]) * _spoon(match["u1"]) + _number(match["n2"]) * _spoon(
        match["u2"]
    )
    if teaspoons % 3 == 0:
        return f"{_fmt(teaspoons / 3)} tbsp"
    return f"{_fmt(teaspoons)} tsp"


def _container(match: re.Match[str]) -> str:
    count = match["count"].lower()
    total = (1 if count in ("a", "an", "one") else int(count)) * float(match["size"])
    unit = "oz" if match["unit"].lower().startswith("o") else match["unit"].lower()
    return f"{_fmt(total)} {unit} "


def _midpoint(match: re.Match[str]) -> str:
    low, high = float(match["low"]), float(match["high"])
    if high <= low:
        return match.group(0)
    return _fmt((low + high) / 2)


def _first_choice(line: str) -> str:
    """ "1 cup milk or water, 2 eggs" → "1 cup milk, 2 eggs" (the first of the alternatives)."""
    return _ALTERNATIVE.sub("", line)
