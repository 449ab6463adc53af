"""The curated alias table: generic words → the USDA food a person most often means."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib.resources import files

from crampcheck.core.foodnames import singular, words
from crampcheck.data import parse_yaml
from crampcheck.errors import FoodDataError


@dataclass(frozen=True, slots=True)
class AliasTable:
    """Normalised phrase → NDB number."""

    entries: dict[str, str]
    synonyms: dict[str, str]

    def rewrite(self, word: str) -> list[str]:
        """The USDA word(s) for a diary word ("donut" -> ["doughnut"]), else the word itself."""
        return self.synonyms.get(word, word).split()

    def lookup(self, phrase: str) -> str | None:
        """The NDB number for ``phrase`` ("Eggs", "a banana" does not match), or ``None``."""
        return self.entries.get(normalise(phrase))


def normalise(phrase: str) -> str:
    """Lower-case singular words joined by spaces: "Black Beans" -> "black bean"."""
    return " ".join(singular(word) for word in words(phrase))


@cache
def load_aliases() -> AliasTable:
    """Read ``data/foods/aliases.yaml``."""
    text = files("crampcheck.data").joinpath("foods", "aliases.yaml").read_text(encoding="utf-8")
    data = parse_yaml(text)
    if not isinstance(data, dict) or not isinstance(data.get("aliases"), dict):
        raise FoodDataError("data/foods/aliases.yaml must hold a mapping under 'aliases'")
    entries: dict[str, str] = {}
    for food_id, phrases in data["aliases"].items():
        for phrase in phrases:
            key, target = normalise(str(phrase)), str(food_id).zfill(5)
            if entries.get(key, target) != target:
                raise FoodDataError(
                    f"aliases.yaml gives {phrase!r} two foods: {entries[key]}, {target}"
                )
            entries[key] = target
    synonyms = {str(k).lower(): str(v).lower() for k, v in (data.get("synonyms") or {}).items()}
    return AliasTable(entries, synonyms)
