"""Supplements written in a diary: products by name, stated amounts, IU and mEq. Pure: no I/O.

The amount a person writes is the nutrient as labels state it (elemental: "magnesium citrate
250 mg" is 250 mg of magnesium). Vitamin D in IU is converted at 40 IU = 1 µg; potassium,
sodium, magnesium and calcium in mEq or mmol by their equivalent weights. A supplement is never
searched for as a food.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cache

from crampcheck.core.nutrients import NUTRIENT_INFO, Nutrient

IU_PER_UG_VITAMIN_D = 40.0
"""Vitamin D: 40 IU = 1 µg (NIH ODS vitamin D fact sheet)."""

MG_PER_MEQ = {
    Nutrient.POTASSIUM_MG: 39.1,
    Nutrient.SODIUM_MG: 23.0,
    Nutrient.MAGNESIUM_MG: 12.15,
    Nutrient.CALCIUM_MG: 20.04,
}
MG_PER_MMOL = {
    Nutrient.POTASSIUM_MG: 39.1,
    Nutrient.SODIUM_MG: 23.0,
    Nutrient.MAGNESIUM_MG: 24.3,
    Nutrient.CALCIUM_MG: 40.08,
}
KCAL_PER_G_FAT = 9.0

MAX_UNITS = 20
"""Most tablets of one supplement read from one phrase; a larger number is not a count."""

MAX_PLAUSIBLE_GRAMS = 50.0
"""More than this much of one nutrient (50 g) from a supplement is a typing mistake."""

MAX_PLAUSIBLE_UNITS = 100_000.0
"""Nor more than this many of the nutrient's unit (100,000 µg of vitamin D is 1,000 × its UL)."""


@dataclass(frozen=True, slots=True)
class SupplementProduct:
    """A product by name with its label amounts per unit (tablet, capsule, teaspoon)."""

    product_id: str
    names: tuple[str, ...]
    unit: str
    per_unit: Mapping[Nutrient, float]
    sources: tuple[str, ...]
    compound_note: str | None = None
    estimate: bool = False
    unknown_because: str | None = None
    """Why the name has no label amounts (several formulations, no label checked): recognised
    as a supplement, not counted, and the person is asked for the amounts on the label."""
    check_note: str | None = None
    """A warning shown with the label amounts (the name is sold with other labels too)."""
    short_names: tuple[str, ...] = ()
    """Names that also begin food names ("multi" in "multi grain bread"): matched only at the
    end of a phrase or before a dose or time word."""


@dataclass(frozen=True, slots=True)
class SupplementReading:
    """What one supplement phrase provides, and how it was read."""

    text: str
    nutrients: Mapping[Nutrient, float]
    explanation: str
    product_id: str | None = None
    estimate: bool = False
    warnings: tuple[str, ...] = field(default=())
    count: float = 1.0

    @property
    def counted(self) -> bool:
        return bool(self.nutrients)


_NUTRIENT_WORDS: tuple[tuple[Nutrient, str], ...] = (
    (Nutrient.VITAMIN_D_UG, r"(?:vitamin|vit\.?)\s*d[23]?\b|cholecalciferol|colecalciferol|\bd3\b"),
    (Nutrient.VITAMIN_D_UG, r"(?:(?<=with )|(?<=w/ )|(?<=w )|(?<=\+ )|(?<=and ))d[23]?\b"),
    (Nutrient.VITAMIN_D_UG, r"^\s*d[23]?\b(?=\s*\d)"),
    (
        Nutrient.VITAMIN_D_UG,
        r"(?:(?<=\bthe )|(?<=\bone )|(?<=\bmy )|(?<=\ba ))d[23]?\b(?=\s*[\d(])",
    ),
    (Nutrient.VITAMIN_D_UG, r"(?<=\diu )d[23]?\b|(?<=\d iu )d[23]?\b"),
    (Nutrient.VITAMIN_B12_UG, r"(?:vitamin\s*|vit\.?\s*)?b\s?12|cyanocobalamin|methylcobalamin"),
    (Nutrient.VITAMIN_B6_MG, r"(?:vitamin\s*)?b\s?6\b|pyridoxine"),
    (Nutrient.THIAMIN_MG, r"thiamine?|(?:vitamin\s*)?b1\b"),
    (Nutrient.RIBOFLAVIN_MG, r"riboflavin|(?:vitamin\s*)?b2\b"),
    (Nutrient.NIACIN_MG, r"niacin(?:amide)?|(?:vitamin\s*)?b3\b"),
    (Nutrient.FOLATE_UG, r"folic\s+acid|folate"),
    (Nutrient.VITAMIN_C_MG, r"vitamin\s*c\b"),
    (Nutrient.VITAMIN_E_MG, r"vitamin\s*e\b"),
    (Nutrient.VITAMIN_K_UG, r"vitamin\s*k[12]?\b|menaquinone|\bk2\b"),
    (
        Nutrient.MAGNESIUM_MG,
        r"magnesium|\bmag(?=\s+(?:glycinate|bisglycinate|citrate|oxide|chloride|tabs?\b|tablets?|caps?\b|"
        r"capsules?|pills?))",
    ),
    (Nutrient.MAGNESIUM_MG, r"(?<=\dmg )mg\b|(?<=\d mg )mg\b"),
    (Nutrient.POTASSIUM_MG, r"potassium"),
    (Nutrient.CALCIUM_MG, r"calcium"),
    (Nutrient.SODIUM_MG, r"sodium|\bsalt(?=\s+(?:tabs?|tablets?|caps?|capsules?|pills?)\b)"),
    (Nutrient.IRON_MG, r"\biron\b|ferrous\s+\w+"),
    (Nutrient.ZINC_MG, r"\bzinc\b"),
    (Nutrient.SELENIUM_UG, r"selenium"),
    (Nutrient.COPPER_MG, r"\bcopper\b"),
    (Nutrient.FAT_G, r"fish\s+oil|omega[\s-]?3|krill\s+oil|flaxseed\s+oil\s+capsule"),
)
_OILS = re.compile(r"fish\s+oil|omega[\s-]?3|krill\s+oil")
_COMPOUND = (
    r"(?:\s+(?:citrate|oxide|glycinate|bisglycinate|chloride|carbonate|gluconate|malate|"
    r"taurate|threonate|lactate|aspartate|sulphate|sulfate|fumarate|picolinate|orotate|"
    r"elemental|supplement|tablets?|capsules?|caps?|softgels?|pills?))*"
)
_AMOUNT = re.compile(r"(\d+(?:\.\d+)?)\s*(mg|mcg|ug|g|iu|meq|mmol)\b")
_FORM = re.compile(
    r"\b(?:tablets?|tabs?|caplets?|capsules?|caps|softgels?|pills?|supplements?|sprays?|drops|gumm(?:y|ies)|"
    r"sachets?|chewables?|chews|lozenges?|effervescent)\b"
)
_COUNT_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_COUNT = re.compile(
    r"^(?:(?:i\s+)?(?:took|take|taking|had|have)\s+)?(?:also\s+)?(?:my\s+)?"
    r"(\d+(?:\.\d+)?|a|an|one|two|three|four|five|six)\s+(?!\d|mg\b|mcg\b|ug\b|iu\b|meq\b)"
)
_TIMES = re.compile(
    r"\btwice\s+(?:a|per)\s+day\b|\b(\d)\s*(?:x|times)\s*(?:a|per)?\s*day\b|\bx\s*(\d)\b"
    r"|\b(\d)\s*x\s+(?=\d)"
)
_FORM_COUNT = re.compile(
    r"\b(\d+|two|three|four|five|six)\s+(?:tablets?|capsules?|caps|softgels?|pills?|gummies)\b"
)
_COUNT_OF_DOSES = (
    r"(\d|two|three|four|five|six)\s+(?:(?:fizzy|effervescent|soluble|chewable|small|big|large|"
    r"little|gel|veggie|sr)\s+)?(?:of\s+the|caps?|caplets?|capsules?|tablets?|tabs?|sprays?|"
    r"softgels?|pills?|gumm(?:y|ies)|drops|chewables?)\b"
)
"""A count of doses ("2 caps", "two of the 150 mg ones"), shared by :data:`_TRAILING_COUNT` and
:data:`_CONTINUES`."""
_TRAILING_COUNT = re.compile(rf",\s*{_COUNT_OF_DOSES}")
"""A count after the amount: "mag citrate 150mg, 2 caps", "two of the 150 mg ones"."""
_TOTAL = re.compile(
    rf"\b(?:total|in total|altogether|combined)\b|\b{_COUNT_OF_DOSES}\s*(?:=|is|are|make)\s*\d"
)
"""The amount stated is already the whole dose ("2 caps, 400mg total")."""
_PER_UNIT = re.compile(r"\beach\b|\bper\s+(?:tablet|capsule|cap|softgel|pill)\b")
_A_DAY = re.compile(r"\b(\d|two|three)\s+(?:[\w-]+\s+){0,3}(?:a|per)\s+day\b")
_COUNT_BEFORE_AMOUNT = re.compile(
    r"^(?:(?:i\s+)?(?:took|take|had)\s+)?(\d|two|three|four|five|six)\s+\d+(?:\.\d+)?\s*"
    r"(?:mg|mcg|ug|iu)\s+(?:caps?|capsules?|tablets?|tabs?|softgels?|pills?|gumm(?:y|ies)|chewables?)\b"
)
"""A count before the amount of each: "two 120mg caps of glycinate magnesium"."""
_TOOK_COUNT = re.compile(
    r"\b(?:took|take|taking|had|on)\s+(\d+|two|three|four|five|six)\s+(?!mg\b|mcg\b|ug\b|iu\b)"
)


def normalise(text: str) -> str:
    """Lower case, µg as ug, words for units as their symbols, "3,200" as 3200."""
    text = text.lower().replace("µ", "u").replace("μ", "u")
    text = re.sub(r"(?<=\d),(?=\d{3}\b)", "", text)
    text = re.sub(r"\bmicrograms?\b", "mcg", text)
    text = re.sub(r"\bmilligrams?\b", "mg", text)
    text = re.sub(r"\binternational\s+units?\b", "iu", text)
    text = re.sub(r"(?<=\d)\s*units?\b", " iu", text)
    return text


_MENTION_PATTERNS = tuple(
    (nutrient, re.compile(f"(?:{pattern}){_COMPOUND}")) for nutrient, pattern in _NUTRIENT_WORDS
)


def _mentions(text: str) -> list[tuple[int, int, Nutrient]]:
    found: list[tuple[int, int, Nutrient]] = []
    for nutrient, pattern in _MENTION_PATTERNS:
        for match in pattern.finditer(text):
            if not any(s <= match.start() < e for s, e, _ in found):
                found.append((match.start(), match.end(), nutrient))
    return sorted(found)


_AFTER_SHORT_NAME = (
    r"(?=\s*(?:$|[().,;:!?])|\s+(?:tablets?|tabs?|capsules?|caps?|pills?|gumm(?:y|ies)|daily|"
    r"every|each|a\s+day|in\s+the|at|before|after|with|this|today|too|again|as\s+usual)\b)"
)
"""What may follow a short name ("a multi", "my multi every morning"; not "multi grain")."""


def _alternation(names: Iterable[str]) -> str:
    return "|".join(re.escape(n) for n in sorted(set(names), key=len, reverse=True))


@cache
def _names_pattern(names: tuple[str, ...], short: tuple[str, ...] = ()) -> re.Pattern[str]:
    """One pattern for all product names, longest first (so "tums ultra" beats "tums"); a
    short name only where a dose or time word or the end of the phrase follows it."""
    free = _alternation(n for n in names if n not in short)
    guarded = rf"|(?:{_alternation(short)}){_AFTER_SHORT_NAME}" if short else ""
    return re.compile(rf"(?<![\w-])(?:(?:{free})(?![\w-]){guarded})")


def _names(products: Sequence[SupplementProduct]) -> tuple[str, ...]:
    return tuple(name for product in products for name in product.names)


def _short_names(products: Sequence[SupplementProduct]) -> tuple[str, ...]:
    return tuple(name for product in products for name in product.short_names)


_PATTERNS_OF: dict[int, tuple[Sequence[SupplementProduct], re.Pattern[str]]] = {}
"""The names pattern of each product tuple seen, by identity (the tuple is kept, so its id is
not reused): a diary asks for it several times per phrase, and gathering and hashing every
product name each time cost a tenth of a diary's reading."""


def _products_pattern(products: Sequence[SupplementProduct]) -> re.Pattern[str]:
    if not isinstance(products, tuple):  # a list may change: no memory
        return _names_pattern(_names(products), _short_names(products))
    found = _PATTERNS_OF.get(id(products))
    if found is None or found[0] is not products:
        if len(_PATTERNS_OF) >= 64:
            _PATTERNS_OF.clear()
        pattern = _names_pattern(_names(products), _short_names(products))
        found = _PATTERNS_OF[id(products)] = (products, pattern)
    return found[1]


def find_product(text: str, products: Sequence[SupplementProduct]) -> SupplementProduct | None:
    """The product whose longest name is written in ``text`` (already normalised)."""
    if not products:
        return None
    written = [m.group(0) for m in _products_pattern(products).finditer(text)]
    if not written:
        return None
    longest = max(written, key=len)
    return next(product for product in products if longest in product.names)


def product_spans(text: str, products: Sequence[SupplementProduct]) -> list[tuple[int, int]]:
    """Where product names are written (so "Holland and Barrett" is not cut at "and")."""
    if not products:
        return []
    pattern = _products_pattern(products)
    return [(m.start(), m.end()) for m in pattern.finditer(text.lower())]


def _convert(value: float, unit: str, nutrient: Nutrient) -> float | None:
    if nutrient is Nutrient.FAT_G:
        return {"mg": value / 1000.0, "g": value}.get(unit)
    target = NUTRIENT_INFO[nutrient].unit
    if unit == "iu":
        return value / IU_PER_UG_VITAMIN_D if nutrient is Nutrient.VITAMIN_D_UG else None
    if unit in ("meq", "mmol"):
        table = MG_PER_MEQ if unit == "meq" else MG_PER_MMOL
        return value * table[nutrient] if nutrient in table else None
    grams_per = {"g": 1.0, "mg": 1e-3, "mcg": 1e-6, "ug": 1e-6}
    to = {"mg": 1e-3, "µg": 1e-6, "g": 1.0}.get(target)
    return None if to is None else value * grams_per[unit] / to


_AFTER_GAP = re.compile(r"\s*(?:of\s+)?(?:elemental\s+)?")
_BEFORE_GAP = re.compile(r"\s*[:=(]?\s*")


def _stated(
    text: str, mentions: list[tuple[int, int, Nutrient]]
) -> list[tuple[Nutrient, float, str]]:
    """Amounts written next to a nutrient: "250 mg magnesium", "vitamin D3 2000 IU"."""
    stated: list[tuple[Nutrient, float, str]] = []
    loose: list[tuple[float, str, bool]] = []
    for amount in _AMOUNT.finditer(text):
        value, unit = float(amount.group(1)), amount.group(2)
        after = next(
            (
                m
                for m in mentions
                if m[0] >= amount.end() and _AFTER_GAP.fullmatch(text[amount.end() : m[0]])
            ),
            None,
        )
        before = next(
            (
                m
                for m in mentions
                if m[1] <= amount.start() and _BEFORE_GAP.fullmatch(text[m[1] : amount.start()])
            ),
            None,
        )
        if after is not None and before is not None and _OWN_AMOUNT.match(text, after[1]):
            after = None  # "magnesium 200 mg vit D 25 mcg": D has its own amount
        mention = after or before
        if mention is None:
            loose.append((value, unit, bool(_ELEMENTAL.match(text, amount.end()))))
        else:
            stated.append((mention[2], value, unit))
    stated.extend(_loose_amount(loose, mentions, stated))
    in_meq = {n for n, _, unit in stated if unit in ("meq", "mmol")}
    kept = [(n, v, unit) for n, v, unit in stated if n not in in_meq or unit in ("meq", "mmol")]
    return list({n: (n, v, unit) for n, v, unit in kept}.values())


_ELEMENTAL = re.compile(r"\s*(?:of\s+)?elemental\b")
"""An amount said to be elemental ("label says 31mg elemental per tab")."""


def _loose_amount(
    loose: list[tuple[float, str, bool]],
    mentions: list[tuple[int, int, Nutrient]],
    stated: list[tuple[Nutrient, float, str]],
) -> list[tuple[Nutrient, float, str]]:
    """The nutrient of the one amount written apart from any nutrient word: the one nutrient
    without an amount; the one named mineral when the amount is mEq, mmol or "elemental"
    ("magnesium orotate 400mg (label says 31mg elemental)"); vitamin D for IU."""
    if len(loose) != 1:
        return []
    value, unit, elemental = loose[0]
    named = {m[2] for m in mentions}
    bare = named - {n for n, _, _ in stated}
    if len(bare) == 1:
        return [(bare.pop(), value, unit)]
    if (unit in ("meq", "mmol") or elemental) and len(named) == 1:
        return [(named.pop(), value, unit)]  # "potassium chloride 600 mg (8 mEq)"
    if unit == "iu" and Nutrient.VITAMIN_D_UG not in {n for n, _, _ in stated}:
        return [(Nutrient.VITAMIN_D_UG, value, unit)]  # "the 1000 IU ostelin capsule"
    return []


_BARE_NUMBER = re.compile(
    r"\s+(\d+(?:\.\d+)?)(?![\d.%])"
    r"(?!\s*(?:x|times|tablets?|capsules?|caps?|softgels?|pills?|drops|gumm(?:y|ies)|sachets?|"
    r"chewables?)\b)"
)
"""A number straight after a nutrient, no unit: "magnesium 400", "mag oxide 400", "vit d 1000"."""
_HOW_OFTEN = re.compile(r"\s*(?:a|an|per|each|every|daily|x|times)\b")
"""After a small number, a count ("magnesium 2 a day"), not an amount ("magnesium 400 each
night")."""
_UNIT_SHOWN = {"mg": "mg", "mcg": "µg", "iu": "IU"}
IU_IF_AT_LEAST = 100.0
"""A unitless vitamin D amount from 100 up is IU ("vit d 1000"), below it µg ("vitamin d 25")."""


def _is_count(text: str, number: re.Match[str]) -> bool:
    return float(number.group(1)) <= MAX_UNITS and bool(_HOW_OFTEN.match(text, number.end()))


def _usual_unit(nutrient: Nutrient, value: float) -> str | None:
    if nutrient is Nutrient.VITAMIN_D_UG:
        return "iu" if value >= IU_IF_AT_LEAST else "mcg"
    unit = NUTRIENT_INFO[nutrient].unit
    return {"mg": "mg", "µg": "mcg"}.get(unit) if nutrient is not Nutrient.FAT_G else None


def _unitless(
    text: str, mentions: list[tuple[int, int, Nutrient]]
) -> list[tuple[Nutrient, float, str]]:
    """Amounts written without a unit straight after their nutrient, in its usual label unit."""
    found: list[tuple[Nutrient, float, str]] = []
    for _, end, nutrient in mentions:
        number = _BARE_NUMBER.match(text, end)
        if number is not None and _is_count(text, number):
            number = None
        unit = None if number is None else _usual_unit(nutrient, float(number.group(1)))
        if number is not None and unit is not None:
            found.append((nutrient, float(number.group(1)), unit))
    return found


_OWN_AMOUNT = re.compile(r"\s*\d")
"""A mention followed at once by its own amount ("vit D 25mcg")."""


_HALF = re.compile(r"^(?:(?:i\s+)?(?:took|take|had)\s+)?(?:a\s+)?(?:half|1/2|½)\s+(?:of\s+|an?\s+)")
"""Half a tablet: "half of my calcium tab", "a half a magnesium tablet"."""


def _count(text: str) -> float:
    if _TOTAL.search(text):
        return 1.0
    if _HALF.match(text.strip()):
        return 0.5
    times = _TIMES.search(text)
    if times:
        return float(times.group(1) or times.group(2) or times.group(3) or 2)
    a_day = _A_DAY.search(text)
    if a_day:
        return float(_COUNT_WORDS.get(a_day.group(1)) or a_day.group(1))
    found = (
        _COUNT.match(text.strip())
        or _COUNT_BEFORE_AMOUNT.match(text.strip())
        or _TOOK_COUNT.search(text)
        or _TRAILING_COUNT.search(text)
    )
    if found is None and _PER_UNIT.search(text):
        found = _FORM_COUNT.search(text)
    if found is None:
        return 1.0
    word = found.group(1)
    count = float(_COUNT_WORDS[word]) if word in _COUNT_WORDS else float(word)
    return count if 0 < count <= MAX_UNITS else 1.0


def _fmt(value: float) -> str:
    return f"{value:,.4g}" if value < 1000 else f"{value:,.0f}"


def _label(nutrient: Nutrient) -> str:
    label = NUTRIENT_INFO[nutrient].label
    return label[0].lower() + label[1:]


def describe(nutrients: Mapping[Nutrient, float]) -> str:
    """ "250 mg magnesium, 25 µg vitamin D" """
    return ", ".join(f"{_fmt(v)} {NUTRIENT_INFO[n].unit} {_label(n)}" for n, v in nutrients.items())


def read_supplement(text: str, products: Sequence[SupplementProduct]) -> SupplementReading | None:
    """Read one phrase as a supplement, or ``None`` when it is not one (then it is a food).

    Example:
        >>> reading = read_supplement("vitamin D3 2000 IU", ())
        >>> reading.explanation
        'counted as 50 µg vitamin D'
    """
    norm = normalise(text)
    product = find_product(norm, products)
    mentions = _mentions(norm)
    stated = _stated(norm, mentions)
    guessed: tuple[str, ...] = ()
    if product is None and not stated and not mentions:
        return _untracked(text, norm)
    if product is None and not stated:
        if not (_FORM.search(norm) or _only_nutrients(norm, mentions)):
            return None
        stated = _unitless(norm, mentions)
        guessed = tuple(
            f"no unit written after {_label(n)}: read as {_fmt(v)} {_UNIT_SHOWN[u]}, "
            "the unit labels usually use; please check the label"
            for n, v, u in stated
        )
    count = _count(norm)
    if stated:
        reading = _from_stated(text, stated, count, product)
        reading = replace(reading, warnings=(*guessed, *reading.warnings))
        with_amount = {nutrient for nutrient, _, _ in stated}
        bare = dict.fromkeys(
            _label(m[2]) for m in mentions if m[2] not in with_amount and m[2] is not Nutrient.FAT_G
        )
        if bare:
            missing = ", ".join(bare)
            reading = replace(
                reading, warnings=(*reading.warnings, f"{missing}: amount not given, not counted")
            )
        return reading
    if product is not None:
        return _from_product(text, product, count)
    named = ", ".join(dict.fromkeys(_label(m[2]) for m in mentions))
    return SupplementReading(
        text=_clean(text),
        nutrients={},
        explanation=f"a {named} supplement; amount not given, so not counted",
        warnings=(
            f"supplement amount not given ({named}); write the amount as on the label, "
            "e.g. 'magnesium 250 mg' or 'vitamin D 1000 IU'",
        ),
        count=count,
    )


_UNTRACKED = re.compile(
    r"\b(?:iodine|biotin|melatonin|co-?q-?10|coenzyme q10|chromium|lutein|probiotics?|"
    r"glucosamine|ashwagandha|turmeric|curcumin|vitamin a|pantothenic acid|inositol|"
    r"elderberry|echinacea|l-theanine|5-htp|quercetin)\b"
)
"""Supplements of something crampcheck does not total: never a food ("150mcg iodine tab")."""


def _untracked(text: str, norm: str) -> SupplementReading | None:
    """A tablet or dose of a nutrient crampcheck does not count: a supplement, not counted."""
    found = _UNTRACKED.search(norm)
    if found is None or not (_FORM.search(norm) or _AMOUNT.search(norm)):
        return None
    return SupplementReading(
        text=_clean(text),
        nutrients={},
        explanation=f"a {found.group(0)} supplement; crampcheck does not count {found.group(0)}",
    )


_LEAD_VERB = re.compile(
    r"^(?:i\s+)?(?:also\s+)?(?:took|take|taking|had|have)\s+(?:also\s+)?(?:my\s+)?", re.I
)


def _clean(text: str) -> str:
    return _LEAD_VERB.sub("", text.strip(" \t\n.,;:"))


_FILLER = frozenset(
    [
        "my",
        "a",
        "an",
        "the",
        "some",
        "and",
        "plus",
        "with",
        "took",
        "take",
        "also",
        "daily",
        "tablet",
        "tablets",
        "x",
        "per",
        "each",
        "day",
        "night",
        "nightly",
        "morning",
        "evening",
    ]
)


def _only_nutrients(norm: str, mentions: list[tuple[int, int, Nutrient]]) -> bool:
    """The phrase names nothing but nutrients ("vitamin D", "my B12 and zinc")."""
    rest = norm
    for start, end, _ in sorted(mentions, reverse=True):
        rest = rest[:start] + " " + rest[end:]
    return all(word in _FILLER or word.isdigit() for word in re.findall(r"\w+", rest))


def _label_units(nutrient: Nutrient) -> str:
    """How labels state the nutrient: "mg", or "µg or IU" for vitamin D."""
    unit = NUTRIENT_INFO[nutrient].unit
    return f"{unit} or IU" if nutrient is Nutrient.VITAMIN_D_UG else unit


def _plausible(value: float, nutrient: Nutrient) -> bool:
    """At most 50 g of the nutrient and at most 100,000 of its unit (100 mg of vitamin D)."""
    per = {"mg": 1e-3, "µg": 1e-6, "g": 1.0}.get(NUTRIENT_INFO[nutrient].unit, 1.0)
    return value * per <= MAX_PLAUSIBLE_GRAMS and value <= MAX_PLAUSIBLE_UNITS


def _from_stated(
    text: str,
    stated: list[tuple[Nutrient, float, str]],
    count: float,
    product: SupplementProduct | None,
) -> SupplementReading:
    nutrients: dict[Nutrient, float] = {}
    warnings: list[str] = []
    for nutrient, value, unit in stated:
        converted = _convert(value, unit, nutrient)
        if converted is not None and not _plausible(converted * count, nutrient):
            warnings.append(
                f"{_fmt(value)} {unit} of {_label(nutrient)} is not plausible; not counted"
            )
            continue
        if converted is None:
            warnings.append(
                f"{_fmt(value)} {unit} of {_label(nutrient)} not understood; "
                f"write it as on the label ({_label_units(nutrient)})"
            )
            continue
        nutrients[nutrient] = nutrients.get(nutrient, 0.0) + converted * count
        if nutrient is Nutrient.VITAMIN_D_UG and unit == "mg":
            warnings.append(
                f"vitamin D written in mg: {_fmt(value)} mg is {_fmt(converted)} µg "
                f"({_fmt(converted * IU_PER_UG_VITAMIN_D)} IU); labels give µg or IU, "
                "please check the label"
            )
    if Nutrient.FAT_G in nutrients:
        nutrients[Nutrient.ENERGY_KCAL] = nutrients[Nutrient.FAT_G] * KCAL_PER_G_FAT
    times = f"{_fmt(count)} × " if count != 1 else ""
    explanation = (
        f"counted as {describe(nutrients)}" + (f" ({times}the amount stated)" if times else "")
        if nutrients
        else "not counted: the amount stated could not be read"
    )
    return SupplementReading(
        _clean(text),
        nutrients,
        explanation,
        product.product_id if product else None,
        False,
        tuple(warnings),
        count,
    )


def _from_product(text: str, product: SupplementProduct, count: float) -> SupplementReading:
    if not product.per_unit:
        return _unknown_product(text, product, count)
    nutrients = {n: v * count for n, v in product.per_unit.items()}
    label = "typical product, an estimate" if product.estimate else "label"
    units = f"{_fmt(count)} {product.unit}{'s' if count != 1 else ''}"
    explanation = f"counted as {describe(nutrients)} ({units}, {label})"
    if product.compound_note:
        explanation += f"; {product.compound_note}"
    warnings = (
        (f"{product.names[-1]}: no product named, so a typical one is counted (an estimate)",)
        if product.estimate
        else ()
    )
    if product.check_note:
        warnings = (*warnings, product.check_note)
    return SupplementReading(
        _clean(text), nutrients, explanation, product.product_id, product.estimate, warnings, count
    )


def _unknown_product(text: str, product: SupplementProduct, count: float) -> SupplementReading:
    """A name with no label amounts: a supplement, not counted, and the label asked for."""
    name = _clean(text) or product.names[0]
    return SupplementReading(
        text=_clean(text),
        nutrients={},
        explanation=f"a supplement; amounts not known ({product.unknown_because}), so not counted",
        product_id=product.product_id,
        warnings=(
            f"{name}: amounts not known ({product.unknown_because}); please check the label "
            f"and write its amounts, e.g. '{name} (100 mg magnesium, 10 µg vitamin D)'",
        ),
        count=count,
    )


_CLAUSE_END = re.compile(r"\n|;|(?<=[.!?])\s+|(?<=[a-z)])\.$")
_JOINERS = re.compile(r",|\band\b|\bplus\b|\+|\bwith\b")


def split_out_supplements(
    text: str, products: Sequence[SupplementProduct]
) -> tuple[str, tuple[SupplementReading, ...]]:
    """Take the supplement phrases out of a diary; return the rest (for food search) and them.

    Example:
        >>> rest, found = split_out_supplements("2 eggs, vitamin D 1000 IU, toast", ())
        >>> rest.replace("\\n", "|"), [r.text for r in found]
        ('2 eggs|, toast', ['vitamin D 1000 IU'])
    """
    kept: list[str] = []
    readings: list[SupplementReading] = []
    position = 0
    for remove_from, start, end in _phrases(text, products):
        reading = read_supplement(text[start:end], products)
        if reading is None:
            continue
        kept.append(text[position:remove_from])
        kept.append("\n")
        readings.append(reading)
        position = end
    kept.append(text[position:])
    return "".join(kept), tuple(readings)


_CLAUSE_END = re.compile(r"\n|;|(?<=[.!?])\s+|(?<=[a-z)])\.$")
_JOINERS = re.compile(r",|\band\b|\bplus\b|\+|\bwith\b|&")
_CONTINUES = re.compile(
    rf"^\s*(?:\d+(?:\.\d+)?\s*(?:mg|mcg|ug|µg|iu|g|meq|mmol|micrograms?|milligrams?)\b|"
    rf"{_COUNT_OF_DOSES}|\d\s*x\s*\d|"
    r"each\b|d[23]?\b(?!(?:\([^)]*\)|[^,;(])*\d)|\(|elemental\b|"
    r"twice\b|once\b|(?:the|one|two|three|four|a)\b(?=[^,;]*\d\s*(?:mg|mcg|ug|µg|iu)\b))",
    re.IGNORECASE,
)
"""A part that goes on from the supplement before it: an amount ("…, 300mg worth", "…, the 25mcg
one", "…, two of the 150 mg ones"), "each", "twice a day", a bare "D" with no amount of its own
("calcium 500 mg, D"), brackets."""
_SAYS = re.compile(r"^\s*(?:(?:the\s+)?(?:label|bottle|box|pack)\s+|it\s+)?says\b", re.IGNORECASE)
"""What the label says about the supplement before ("hydralyte tablet, says 230 mg sodium")."""
_TAKEN_WITH = re.compile(
    r"^\s*(?:(?:my|a|the)\s+)?(?:breakfast|lunch|dinner|supper|tea|food|meals?|a meal|water)\W*$"
)


def _phrases(text: str, products: Sequence[SupplementProduct]) -> list[tuple[int, int, int]]:
    """Candidate phrases as (remove from, start, end): clauses split at commas, "and", "plus",
    "with" outside brackets and product names. A part that goes on with an amount ("…, 100 mg
    each"), a supplement after "with" or "+" ("calcium 500 mg with vitamin D") and a meal it was
    taken with ("… with breakfast") stay with the supplement before them."""
    spans: list[tuple[int, int, int]] = []
    start = 0
    for end_match in [*_outside_brackets(_CLAUSE_END.finditer(text), text), None]:
        end = len(text) if end_match is None else end_match.start()
        spans.extend(_parts(text, start, end, products))
        start = len(text) if end_match is None else end_match.end()
    return [(r, s, e) for r, s, e in spans if text[s:e].strip()]


def _outside_brackets(matches: Iterable[re.Match[str]], text: str) -> list[re.Match[str]]:
    kept: list[re.Match[str]] = []
    depth, position = 0, 0
    for match in matches:
        depth += text.count("(", position, match.start()) - text.count(")", position, match.start())
        position = match.start()
        if depth <= 0:
            kept.append(match)
    return kept


def _parts(
    text: str, start: int, end: int, products: Sequence[SupplementProduct]
) -> list[tuple[int, int, int]]:
    clause = text[start:end]
    merged: list[tuple[int, int, int]] = []
    for cut_start, joiner, part_start, part_end in _cut(clause, products):
        part = clause[part_start:part_end]
        if merged and _joins_previous(
            joiner, part, clause[merged[-1][1] : merged[-1][2]], products
        ):
            merged[-1] = (merged[-1][0], merged[-1][1], part_end)
        else:
            merged.append((cut_start, part_start, part_end))
    return [(start + r, start + s, start + e) for r, s, e in merged]


def _joins_previous(
    joiner: str, part: str, previous: str, products: Sequence[SupplementProduct]
) -> bool:
    if not _looks_supplement(previous, products):
        return False
    if _SAYS.match(part) or (_CONTINUES.match(part) and not _own_dose(part, products)):
        return True
    if joiner in ("with", "+", "plus"):
        return _looks_supplement(part, products) or bool(_TAKEN_WITH.match(part.lower()))
    return False


def _cut(clause: str, products: Sequence[SupplementProduct]) -> list[tuple[int, str, int, int]]:
    """(cut start, joiner, part start, part end) for each part of a clause."""
    protected = product_spans(clause, products)
    cuts: list[tuple[int, int, str]] = []
    depth = 0
    index = 0
    lower = clause.lower()
    while index < len(clause):
        char = clause[index]
        depth += char == "("
        depth -= char == ")"
        joiner = None if depth else _JOINERS.match(lower, index)
        word_inside = index > 0 and clause[index - 1].isalnum() and clause[index].isalpha()
        if joiner is None or word_inside or any(s <= index < e for s, e in protected):
            index += 1
            continue
        cuts.append((index, joiner.end(), joiner.group(0)))
        index = joiner.end()
    parts: list[tuple[int, str, int, int]] = []
    previous_cut, previous_joiner, position = 0, "", 0
    for cut_start, cut_end, word in cuts:
        parts.append((previous_cut, previous_joiner, position, cut_start))
        previous_cut, previous_joiner, position = cut_start, word, cut_end
    parts.append((previous_cut, previous_joiner, position, len(clause)))
    return parts


def _own_dose(part: str, products: Sequence[SupplementProduct]) -> bool:
    """A part with a nutrient or product of its own and an amount ("one drop of the 1000 iu
    vitamin d", "the 1000 IU ostelin capsule"): its own supplement, not more of the one before."""
    norm = normalise(part)
    named = bool(_mentions(norm)) or find_product(norm, products) is not None
    return named and _AMOUNT.search(norm) is not None


def _looks_supplement(part: str, products: Sequence[SupplementProduct]) -> bool:
    norm = normalise(part)
    return (
        bool(_mentions(norm))
        or find_product(norm, products) is not None
        or bool(_FORM.search(norm))
    )
