"""Read-only access to ``crampcheck/data/foods/foods.sqlite`` (built by tools/build_food_db.py)."""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from functools import cache, cached_property
from pathlib import Path
from types import MappingProxyType

from rapidfuzz import fuzz, process

from crampcheck.core.foodnames import singular, words
from crampcheck.core.models import Food, FoodMatch, Measure
from crampcheck.core.ranking import Candidate, rerank
from crampcheck.data import food_db_path
from crampcheck.errors import FoodDataError, UnknownFoodError
from crampcheck.foods.aliases import load_aliases

RETRIEVE_LIMIT = 60
"""How many FTS5 hits the re-ranker sees (libraries.md: top 60–80)."""

ALIAS_POOL = 20
"""Candidates re-ranked for the alternatives when an alias already names the food."""

MIN_ALL_WORDS_HITS = 10
"""When fewer foods contain every query word, foods with any of the words are added."""

SPELLING_CUTOFF = 75
"""Minimum rapidfuzz ratio for replacing an unknown query word with a vocabulary word."""

SHORT_WORD_CUTOFF = 85
"""Words of five letters or fewer need a closer match ("coke" must not become "cooked")."""

MAX_LENGTH_CHANGE = 2
"""A spelling correction may add or drop at most two letters ("donut" must not become "nut")."""

_FOOD_ID = re.compile(r"^\d{5}$")


@dataclass(frozen=True, slots=True)
class NutrientRow:
    """A nutrient as stored in the food database."""

    key: str
    name: str
    unit: str
    usda_number: str


class FoodDatabase:
    """The bundled USDA SR24 foods: lookup by NDB number and ranked free-text search."""

    def __init__(self, path: Path) -> None:
        try:
            self._db = sqlite3.connect(
                f"file:{path}?mode=ro&immutable=1", uri=True, check_same_thread=False
            )
            self._db.execute("SELECT 1 FROM foods LIMIT 1")
        except sqlite3.Error as error:
            raise FoodDataError(f"cannot read the food database {path}: {error}") from error
        self._nutrient_keys = dict(self._db.execute("SELECT id, key FROM nutrients"))
        self._aliases = load_aliases()

    @cached_property
    def vocabulary(self) -> frozenset[str]:
        """Every word that occurs in a food name."""
        return frozenset(word for (word,) in self._db.execute("SELECT word FROM vocabulary"))

    @cached_property
    def _vocabulary_by_length(self) -> dict[int, list[str]]:
        by_length: dict[int, list[str]] = {}
        for word in sorted(self.vocabulary):
            by_length.setdefault(len(word), []).append(word)
        return by_length

    def nutrients(self) -> list[NutrientRow]:
        """Every nutrient the database holds values for."""
        rows = self._db.execute("SELECT key, name, unit, usda_number FROM nutrients ORDER BY key")
        return [NutrientRow(*row) for row in rows]

    def amounts(self, key: str) -> list[NutrientAmount]:
        """Every food with a known amount of nutrient ``key`` per 100 g."""
        rows = self._db.execute(
            "SELECT f.food_id, f.name, f.group_code, f.deprecated, f.branded, fn.amount, e.amount"
            " FROM food_nutrients fn JOIN nutrients n ON n.id = fn.nutrient"
            " JOIN foods f ON f.id = fn.food"
            " LEFT JOIN food_nutrients e ON e.food = f.id"
            "   AND e.nutrient = (SELECT id FROM nutrients WHERE key = 'energy_kcal')"
            " WHERE n.key = ?",
            (key,),
        )
        return [NutrientAmount(r[0], r[1], r[2], bool(r[3]), bool(r[4]), r[5], r[6]) for r in rows]

    def exists(self, food_id: str) -> bool:
        return bool(_FOOD_ID.match(food_id)) and self._row(food_id) is not None

    def get(self, food_id: str) -> Food:
        """One food with its nutrients per 100 g and household measures."""
        row = self._row(food_id) if _FOOD_ID.match(food_id) else None
        if row is None:
            raise UnknownFoodError(f"no food with NDB number {food_id!r} in USDA SR24")
        return self._food(row)

    def _row(self, food_id: str) -> tuple[int, str, str, str, int] | None:
        cursor = self._db.execute(
            "SELECT id, food_id, name, group_code, deprecated FROM foods WHERE food_id = ?",
            (food_id,),
        )
        found: tuple[int, str, str, str, int] | None = cursor.fetchone()
        return found

    def _food(self, row: tuple[int, str, str, str, int]) -> Food:
        row_id, food_id, name, group, deprecated = row
        amounts = self._db.execute(
            "SELECT nutrient, amount FROM food_nutrients WHERE food = ?", (row_id,)
        )
        measures = self._db.execute(
            "SELECT name, amount, grams FROM measures WHERE food = ? ORDER BY seq", (row_id,)
        )
        return Food(
            food_id=food_id,
            name=name,
            group_code=group,
            deprecated=bool(deprecated),
            nutrients=MappingProxyType({self._nutrient_keys[n]: a for n, a in amounts}),
            measures=tuple(Measure(*m) for m in measures),
        )

    def correct_spelling(self, word: str) -> str:
        """Return ``word``, or the closest name word when ``word`` is not in any food name."""
        if self._known(word) or len(word) < 4:
            return word
        cutoff = SHORT_WORD_CUTOFF if len(word) <= 5 else SPELLING_CUTOFF
        candidates = [
            candidate
            for length in range(len(word) - MAX_LENGTH_CHANGE, len(word) + MAX_LENGTH_CHANGE + 1)
            for candidate in self._vocabulary_by_length.get(length, ())
        ]
        found = process.extractOne(word, candidates, scorer=fuzz.ratio, score_cutoff=cutoff)
        return str(found[0]) if found else word

    def _known(self, word: str) -> bool:
        if word in self.vocabulary or singular(word) in self.vocabulary or word.isdigit():
            return True
        hit = self._db.execute(
            "SELECT 1 FROM food_fts WHERE food_fts MATCH ? LIMIT 1", (f'"{word}"',)
        ).fetchone()
        return hit is not None

    def candidates(self, query_words: list[str], limit: int = RETRIEVE_LIMIT) -> list[Candidate]:
        """FTS5 retrieval: all words, else any word, with a prefix fallback when few match."""
        found = self._fts(" AND ".join(f'"{w}"' for w in query_words), limit)
        if len(query_words) > 1 and len(found) < MIN_ALL_WORDS_HITS:
            seen = {c.food_id for c in found}
            any_word = self._fts(" OR ".join(f'"{w}"' for w in query_words), limit)
            found += [c for c in any_word if c.food_id not in seen]
        if len(found) < 5:
            prefix = " OR ".join(f'"{w}"*' for w in query_words if len(w) >= 3)
            seen = {c.food_id for c in found}
            found += (
                [c for c in self._fts(prefix, limit) if c.food_id not in seen] if prefix else []
            )
        return found

    def _fts(self, match: str, limit: int) -> list[Candidate]:
        rows = self._db.execute(
            "SELECT f.food_id, f.name, f.group_code, f.deprecated, f.n_measures, f.n_nutrients,"
            " -bm25(food_fts, 1.0, 4.0), f.name_words, f.head_length, f.branded,"
            " f.category_length"
            " FROM food_fts JOIN foods f ON f.id = food_fts.rowid"
            " WHERE food_fts MATCH ? ORDER BY bm25(food_fts, 1.0, 4.0) LIMIT ?",
            (match, limit),
        )
        return [
            Candidate(
                r[0],
                r[1],
                r[2],
                bool(r[3]),
                r[4],
                r[5],
                r[6],
                tuple(r[7].split()),
                r[8],
                bool(r[9]),
                r[10],
            )
            for r in rows
        ]

    def search(self, query: str, limit: int = 10) -> list[FoodMatch]:
        """Foods matching a free-text name, best first (alias, then FTS5 + re-rank).

        When the alias table names the food, the re-ranker only orders the alternatives, so it
        looks at fewer candidates.
        """
        rewritten = [part for word in words(query) for part in self._aliases.rewrite(word)]
        query_words = [self.correct_spelling(w) for w in rewritten]
        if not query_words:
            return []
        alias = self._aliases.lookup(query) or self._aliases.lookup(" ".join(query_words))
        pool = self.candidates(query_words, ALIAS_POOL if alias else RETRIEVE_LIMIT)
        ranked = rerank(" ".join(query_words), pool, fuzz.ratio, limit=limit)
        if alias is None:
            return ranked
        row = self._row(alias)
        if row is None:
            raise FoodDataError(f"aliases.yaml names {alias}, which is not in the food database")
        rest = [match for match in ranked if match.food_id != alias]
        return [FoodMatch(alias, row[2], 1.0), *rest][:limit]


@cache
def open_food_database(path: Path | None = None) -> FoodDatabase:
    """The bundled food database (opened once per process)."""
    return FoodDatabase(path or food_db_path())


@dataclass(frozen=True, slots=True)
class NutrientAmount:
    """One food's amount of one nutrient per 100 g, with what ranking needs to know."""

    food_id: str
    name: str
    group_code: str
    deprecated: bool
    branded: bool
    amount: float
    energy_kcal: float | None
