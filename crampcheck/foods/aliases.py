"""The curated alias tables: generic words → the USDA food a person most often means
(``aliases.yaml``), and regional and brand words → the FNDDS food a coder would use
(``regional.yaml``)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from importlib.resources import files
from typing import Any

from crampcheck.core.foodnames import singular, words
from crampcheck.data import parse_yaml
from crampcheck.errors import FoodDataError

PACK_WORDS = frozenset({"bar", "biscuit", "cookie"})
"""Trailing words a brand is written with but not keyed by ("kit kat bar", "scotch finger
cookie" after the locale's "biscuit" → "cookie")."""


@dataclass(frozen=True, slots=True)
class AliasTable:
    """Normalised phrase → NDB number."""

    entries: dict[str, str]
    synonyms: dict[str, str]
    regional: Mapping[str, str] = field(default_factory=dict)
    """The entries from ``regional.yaml`` (also in ``entries``)."""
    makers: frozenset[str] = frozenset()
    """Normalised maker and shop names written before a product ("mcvities", "tim horton")."""
    places: frozenset[str] = frozenset()
    """Normalised places and plain qualifiers written before a regional word ("ontario
    riesling", "barossa shiraz", "house white"): dropped before regional entries only."""

    def rewrite(self, word: str) -> list[str]:
        """The USDA word(s) for a diary word ("donut" -> ["doughnut"]), else the word itself."""
        return self.synonyms.get(word, word).split()

    def lookup(self, phrase: str) -> str | None:
        """The NDB number for ``phrase`` ("Eggs", "a banana" does not match), or ``None``.

        A phrase that is no key is tried without a leading maker ("mcvities digestives",
        "tims iced capp": any entry), and before regional entries only without a leading place
        ("ontario riesling") and a trailing "bar", "biscuit" or "cookie" ("kit kat bar"), so
        "french toast" is not toast and "granola bar" is not granola.
        """
        key = normalise(phrase)
        found = self.entries.get(key)
        if found is not None or not key:
            return found
        product = _without_leading(key, self.makers)
        found = self.entries.get(product) or self.regional.get(_without_pack_word(product))
        if found is None:
            plain = _without_pack_word(_without_leading(product, self.places))
            found = self.regional.get(plain) or self.regional.get(_without_pack_word(key))
        return found


def _without_leading(key: str, names: frozenset[str]) -> str:
    """``key`` without a leading name of one to three words from ``names``."""
    parts = key.split()
    for size in (3, 2, 1):
        if len(parts) > size and " ".join(parts[:size]) in names:
            return " ".join(parts[size:])
    return key


def _without_pack_word(key: str) -> str:
    head, _, last = key.rpartition(" ")
    return head if head and last in PACK_WORDS else key


def normalise(phrase: str) -> str:
    """Lower-case singular words joined by spaces, apostrophes dropped: "Black Beans" ->
    "black bean", "Nando's" -> "nando"."""
    return " ".join(singular(word.replace("'", "")) for word in words(phrase))


def _read(name: str) -> dict[str, Any]:
    text = files("crampcheck.data").joinpath("foods", name).read_text(encoding="utf-8")
    data = parse_yaml(text)
    if not isinstance(data, dict) or not isinstance(data.get("aliases"), dict):
        raise FoodDataError(f"data/foods/{name} must hold a mapping under 'aliases'")
    return data


def _add_entries(entries: dict[str, str], data: dict[str, Any], name: str) -> dict[str, str]:
    """Add one file's phrases to ``entries``; the file's own entries are returned."""
    own: dict[str, str] = {}
    for food_id, phrases in data["aliases"].items():
        for phrase in phrases:
            key, target = normalise(str(phrase)), str(food_id).zfill(5)
            if entries.get(key, target) != target:
                raise FoodDataError(f"{name} gives {phrase!r} two foods: {entries[key]}, {target}")
            entries[key] = own[key] = target
    return own


@cache
def load_aliases() -> AliasTable:
    """Read ``data/foods/aliases.yaml`` and ``data/foods/regional.yaml``."""
    generic, regional_data = _read("aliases.yaml"), _read("regional.yaml")
    entries: dict[str, str] = {}
    _add_entries(entries, generic, "aliases.yaml")
    regional = _add_entries(entries, regional_data, "regional.yaml")
    synonyms = {str(k).lower(): str(v).lower() for k, v in (generic.get("synonyms") or {}).items()}
    makers = frozenset(normalise(str(m)) for m in regional_data.get("makers") or ())
    places = frozenset(normalise(str(p)) for p in regional_data.get("places") or ())
    return AliasTable(entries, synonyms, regional, makers, places)
