"""Regional food words and household sizes: what "chips", "biscuit" or "a pint" mean where the
person lives. Pure: the rules are data; nothing here reads files.

The default is ``en-US``, whose words and sizes are those of the USDA food names and measures.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from types import MappingProxyType

from crampcheck.errors import InputError


class Locale(StrEnum):
    """Where the diary was written (its food words and household sizes)."""

    EN_US = "en-US"
    EN_GB = "en-GB"
    EN_AU = "en-AU"
    EN_CA = "en-CA"


DEFAULT_LOCALE = Locale.EN_US


def parse_locale(text: object) -> Locale:
    """Read "en-GB", "en_gb", "gb", "uk", "au", … into a :class:`Locale`.

    Raises:
        InputError: for anything else, naming the choices.
    """
    key = str(text).strip().lower().replace("_", "-") if isinstance(text, str) else ""
    short = {"us": "en-us", "usa": "en-us", "gb": "en-gb", "uk": "en-gb", "au": "en-au",
             "ca": "en-ca"}  # fmt: skip
    key = short.get(key, key)
    for locale in Locale:
        if locale.value.lower() == key:
            return locale
    choices = ", ".join(locale.value for locale in Locale)
    raise InputError(f"unknown locale {text!r}; choose one of {choices}")


_MILKY_WORDS = (r"^(?:white|milky) coffee$|^milky tea$|^coffee,? white$",)
"""Said to be milky anywhere: "white coffee", "milky tea"."""


@dataclass(frozen=True, slots=True)
class LocaleRules:
    """One locale's household sizes (ml per unit) and phrase rewrites (regex → USDA words).

    ``glasses_ml`` are the glass sizes of drinks by a word of the drink, first match first
    ("prosecco" before "wine"); a drink without one has its food's own "glass" measure.
    ``food_containers_g`` are the weights of containers of foods that are not drinks and have
    no measure of their own for them (a British tin of soup or beans is 400 g).
    ``milky_drinks`` are the drinks (regexes on the food as written) that come with a splash of
    ``milk`` when the diary says none ("white coffee"; in Britain plain "tea").
    ``cup_of_tea_is_a_serving``: a "cup of tea" or coffee is the usual cup as drunk, not a
    measuring cup of 8 fl oz.
    """

    volumes_ml: Mapping[str, float] = field(default_factory=lambda: MappingProxyType({}))
    containers_ml: Mapping[str, float] = field(default_factory=lambda: MappingProxyType({}))
    phrases: tuple[tuple[str, str], ...] = ()
    glasses_ml: tuple[tuple[str, float], ...] = ()
    food_containers_g: Mapping[str, float] = field(default_factory=lambda: MappingProxyType({}))
    milky_drinks: tuple[str, ...] = _MILKY_WORDS
    milk: str = "reduced fat milk"
    cup_of_tea_is_a_serving: bool = False

    def takes_milk(self, food: str) -> bool:
        """Whether ``food`` as written is drunk with a splash of milk ("cuppa", "white coffee")."""
        text = food.strip().lower()
        return any(re.search(pattern, text) for pattern in self.milky_drinks)

    def rewrite(self, food: str) -> str:
        """The food phrase in USDA words ("packet of crisps" stays; "chips" → "french fries")."""
        text = food
        for pattern, replacement in self.phrases:
            text = re.sub(pattern, replacement, text, flags=re.IGNORECASE)
        return text


_COMMONWEALTH = (
    (r"\bjacket potato(e?s)?\b", "baked potato with peel"),
    (r"\bsemi[- ]?skimmed( milk)?\b", "reduced fat milk"),
    (r"\bskimmed( milk)?\b", "nonfat milk"),
    (r"\b(beef|lamb|pork|chicken|turkey) mince\b", r"ground \1"),
    (r"\bmince\b(?! pies?)", "ground beef"),
    (r"\brocket\b", "arugula"),
    (r"\bcourgettes?\b", "zucchini"),
    (r"\baubergines?\b", "eggplant"),
    (r"\b(bacon|chip|sausage|egg) butty\b", r"\1 sandwich"),
    (r"\bbutty\b", "sandwich"),
    (r"\bsarnie\b", "sandwich"),
    (r"\btoastie\b", "grilled sandwich"),
    (r"\bdigestive biscuits?\b", "graham crackers"),
    (r"(?<!cheese )(?<!water )(?<!savoury )(?<!savory )\bbiscuits?\b", "cookie"),
    (r"\b(orange|lemon|blackcurrant|apple|lime|fruit|summer fruits?) (squash|cordial)\b",
     r"\1 fruit drink"),
    (r"\b(squash|cordial)\b(?= drink| diluted|$)", "fruit drink"),
    (r"\bhot chips\b", "french fries"),
    (r"\b(smith'?s|walkers|kettle|red rock deli|samboy|pringles|lays|thins|ketchup|"
     r"all dressed|salt (?:and|&) vinegar|cheese and onion|sour cream and onion|honey soy|"
     r"sweet chill?i) chips\b", r"\1 potato chips"),
    (r"(?<!potato )(?<!tortilla )(?<!corn )\bchips\b", "french fries"),
    (r"\bcrisps\b", "potato chips"),
    (r"^beans$", "baked beans"),
    (r"\bbeans on toast\b", "baked beans on toast"),
    (r"\bclotted cream\b", "heavy cream"),
    (r"\bsingle cream\b", "light cream"),
    (r"\bdouble cream\b", "heavy cream"),
    (r"\bprawns?\b", "shrimp"),
    (r"\bcoriander\b", "cilantro"),
    (r"\bsweets\b", "candy"),
    (r"\bjelly\b(?! bean| sandwich)", "gelatin dessert"),
    (r"\btomato sauce\b", "ketchup"),
    (r"\bcapsicum\b", "sweet pepper"),
    (r"\brockmelon\b", "cantaloupe"),
    (r"\bsilverbeet\b", "swiss chard"),
    (r"\blollies\b", "candy"),
    (r"\bporridge\b", "oatmeal"),
    (r"\b(?:brown|wholemeal|granary) (bread|toast)\b", r"wheat \1"),
    (r"\b(apple|pear) cider\b(?! vinegar)", r"\1 hard cider"),
    (r"(?<!hard )\bcider\b(?! vinegar)", "hard cider"),
    (r"^lemonade$", "lemon lime soft drink"),
    (r"^(?:diet|sugar free|zero|zero sugar|no sugar) lemonade$", "diet lemon lime soft drink"),
    (r"^(?:back )?bacon(?: rashers?)?$|^rashers?(?: of bacon)?$", "back bacon"),
    (r"^kebabs?$", "doner kebab"),
)  # fmt: skip
"""Words British and Australian diaries share ("chips" are french fries, "crisps" potato chips,
"cider" is alcoholic, "lemonade" a lemon-lime soft drink, plain "bacon" back bacon, a "kebab" a
doner; a crisp brand or flavour before "chips" keeps them crisps: "smiths chips")."""

_EVERYWHERE = (
    (r"\s+(?:from|at) (?:the |a |my )?[a-z' ]+$", ""),
    (r"\bamericano\b", "coffee"),
    (r"\bflat white\b", "latte"),
    (r"\blong black\b", "coffee"),
    (r"\bg ?& ?t\b", "gin and tonic"),
)
"""Coffee-shop words and where the food came from ("latte from Starbucks" is a latte)."""

_BLACK_TEA = (
    r"(?:tea|cuppa|cupp?a tea|brew|(?:builders|builder's) tea|brekkie tea|steeped tea|"
    r"pg tips|tetley'?s?(?: tea)?|typhoo(?: tea)?|bushells(?: tea)?|red rose(?: tea)?|"
    r"(?:yorkshire|(?:english |irish |scottish )?breakfast|orange pekoe|assam|ceylon|"
    r"pg tips|tetley'?s?|typhoo|bushells) tea)"
)
"""Plain black tea as people name it: "tea", "a cuppa", "a brew", "builders tea", and the
everyday brands and blends ("yorkshire tea", "pg tips", "orange pekoe tea")."""

_HOT_DRINK_CUP = r"^(?:(?:a |one )?(?:cup|mug|pot|big mug|large mug) of )?"

_TEA_WITH_MILK = (
    (rf"{_HOT_DRINK_CUP}{_BLACK_TEA}$", "tea"),
    (r"^(?:white|milky) (tea|coffee)$|^(tea|coffee),? white$", r"\1\2"),
)
"""In Britain, Australia and Canada every black tea ("a cuppa", "a brew", "yorkshire tea") is
the tea itself; the splash of milk it is drunk with is the locale's :attr:`LocaleRules.milk`."""

_MILKY_BY_DEFAULT = (
    *_MILKY_WORDS,
    rf"{_HOT_DRINK_CUP}(?:{_BLACK_TEA}|coffee)$",
    r"^(?:white|milky) tea$|^tea,? white$",
)
"""In Britain, Australia and Canada plain tea or coffee is drunk with milk (a white tea there
is tea with milk)."""

_WHITE_COFFEE = ((r"^(?:white|milky) (coffee)$|^milky (tea)$|^(coffee),? white$", r"\1\2\3"),)

_UK_GLASSES = (
    ("sparkling", 125.0),
    ("prosecco", 125.0),
    ("champagne", 125.0),
    ("cava", 125.0),
    ("wine", 175.0),
)
"""UK pub and restaurant glasses: a flute of sparkling wine 125 ml, a standard glass of wine
175 ml (a large one, 250 ml, is the size word's ×1.33)."""

_AU_GLASSES = (("wine", 150.0),)
"""An Australian restaurant glass of wine, still or sparkling, is 150 ml (1.5 standard drinks)."""

_BRITAIN = (
    (r"\bbitter\b(?! melon| gourd| lemon)", "beer"),
    (r"\bfizzy drink\b", "soft drink"),
    (r"^bourbons$|^bourbon creams?$", "bourbon biscuit"),
)
"""British words: "bitter" is beer; "2 bourbons" are chocolate cream biscuits."""

_AUSTRALIA = (
    (r"\bmaccas\b", "mcdonalds"),
    (r"\bhungry jacks?\b", "burger king"),
    (r"\b(pork|chicken|lamb|veggie|vegetarian) snags?\b", r"\1 sausage"),
    (r"\bsnags?\b", "beef sausage"),
    (r"\bparmy\b|\bparma\b", "parmigiana"),
    (r"\bschnitzel\b", "breaded fried"),
    (r"\bavo\b", "avocado"),
    (r"^magic$", "magic coffee"),
)

_CANADA = (
    (r"\b(?:double|dbl)[- ]?(?:double|dbl)\b", "coffee with cream and sugar"),
    (r"\btimbits?\b", "doughnut holes"),
    (r"\bhomo milk\b", "whole milk"),
    (r"\bpop\b", "soft drink"),
    (r"^kebabs?$", "doner kebab"),
    (r"^caesars?$", "caesar cocktail"),
    (r"^(?:wendy'?s )?frost(?:y|ies)$", "frosty shake"),
    (r"^french vanilla$", "french vanilla cappuccino"),
)

_UNITED_STATES = (
    (r"^smarties$", "smarties candy"),
    (r"^(?:wendy'?s )?frost(?:y|ies)$", "frosty shake"),
)
"""American Smarties are tart candy tablets (elsewhere candy-coated chocolate), and a Frosty
is Wendy's shake (Frosties are a cereal in Britain and Australia)."""

LOCALE_RULES: Mapping[Locale, LocaleRules] = MappingProxyType(
    {
        Locale.EN_US: LocaleRules(phrases=_EVERYWHERE + _WHITE_COFFEE + _UNITED_STATES),
        Locale.EN_GB: LocaleRules(
            volumes_ml=MappingProxyType({"pint": 568.261, "quart": 1136.52}),
            containers_ml=MappingProxyType({"can": 330.0}),
            phrases=_EVERYWHERE + _TEA_WITH_MILK + _BRITAIN + _COMMONWEALTH,
            glasses_ml=_UK_GLASSES,
            food_containers_g=MappingProxyType({"can": 400.0}),
            milky_drinks=_MILKY_BY_DEFAULT,
            cup_of_tea_is_a_serving=True,
        ),
        Locale.EN_AU: LocaleRules(
            volumes_ml=MappingProxyType({"cup": 250.0, "tbsp": 20.0, "pint": 570.0}),
            containers_ml=MappingProxyType({"can": 375.0}),
            phrases=_EVERYWHERE + _TEA_WITH_MILK + _AUSTRALIA + _COMMONWEALTH,
            glasses_ml=_AU_GLASSES,
            milky_drinks=_MILKY_BY_DEFAULT,
            cup_of_tea_is_a_serving=True,
            milk="milk",
        ),
        Locale.EN_CA: LocaleRules(
            volumes_ml=MappingProxyType({"cup": 250.0}),
            phrases=_EVERYWHERE + _TEA_WITH_MILK + _CANADA,
            milky_drinks=_MILKY_BY_DEFAULT,
            cup_of_tea_is_a_serving=True,
        ),
    }
)
"""Per-locale sizes and words: UK pint 568 ml, 330 ml can (a tin of food 400 g) and wine
glasses of 175 ml (sparkling 125 ml); Australian metric cup 250 ml, tablespoon 20 ml, 375 ml
can and 150 ml wine glass; Canadian metric cup 250 ml. Plain tea and coffee outside the US come
with a splash of 2 % milk (Australia: milk, not said which). US and Canadian wine is the FNDDS glass
(6 fl oz)."""


def rules_for(locale: Locale) -> LocaleRules:
    """The rules of ``locale``."""
    return LOCALE_RULES[locale]
