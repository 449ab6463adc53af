"""Read-only access to the bundled food sources (USDA SR24 and FNDDS 2021-2023) as one repository.

Each source is a SQLite file built by a script in ``tools/``. :class:`FoodDatabase` searches
both with one ranking and routes lookups by id; callers see opaque ids, a food kind and the
source's name, never a dataset's id format or group codes.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass, replace
from functools import cache, cached_property
from pathlib import Path
from types import MappingProxyType
from typing import TypeVar

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from crampcheck.core.foodnames import singular, words
from crampcheck.core.models import Food, FoodMatch, Measure
from crampcheck.core.portions import merged_measures
from crampcheck.core.ranking import Candidate, rerank
from crampcheck.data import food_db_path
from crampcheck.errors import FoodDataError, UnknownFoodError
from crampcheck.foods.aliases import AliasTable, load_aliases
from crampcheck.foods.sources import DEFAULT_PORTION_MEASURE, LAYOUTS, SourceLayout

_T = TypeVar("_T")

RETRIEVE_LIMIT = 30
"""How many FTS5 hits per source the re-ranker sees (libraries.md: top 60–80)."""

ALIAS_POOL = 20
"""Candidates re-ranked for the alternatives when an alias already names the food."""

FOOD_CACHE = 4096
"""How many foods are kept once read (a day's diary repeats foods; a food is a few kB)."""

DEFAULT_POOL = 5
"""As-eaten "NFS" / "NS as to …" foods with all the query words, added to the pool when the
source had more hits than the pool holds: the default variant when the person gives none."""

COOKED_POOL = 10
"""As-eaten foods added for a query that says "cooked", found with its other words."""

MIN_ALL_WORDS_HITS = 10
"""When fewer foods contain every query word, foods with any of the words are added."""

SPELLING_CUTOFF = 75
"""Minimum rapidfuzz ratio for replacing an unknown query word with a vocabulary word."""

SHORT_WORD_CUTOFF = 85
"""Words of five letters or fewer need a closer match ("coke" must not become "cooked")."""

MIN_COMPOUND_PART = 4
"""Each part of a word split in two ("passion" + "fruit") has at least this many letters."""

MAX_LENGTH_CHANGE = 2
"""A spelling correction may add or drop at most two letters ("donut" must not become "nut")."""

LONG_WORD = 8
"""Letters from which a word may hold a third slip when it is still close overall."""

CLOSE_LONG_WORD = 80
"""The rapidfuzz ratio a long word with three slips needs ("perogies"/"pierogi" is 80)."""

MAX_EDITS = 2
"""A spelling correction is at most two typing slips away (a letter added, dropped, changed or
two swapped: "brocolli", "houmous"); "montreal" is not "monterey"."""

SEARCH_CACHE = 4096
"""How many searches are remembered (the sources never change while open; a diary service
reads the same foods day after day). The memory is emptied when full."""

COMMON_SHARE = 0.15
"""A phrase found in more than this share of a source's foods ("with", "and") is common."""

UNSCORED = 1e300
"""What a food without a rare phrase sorts by (BM25 scores in SQLite are at most 0)."""

PHRASES_REMEMBERED = 8192
"""How many phrases' counts and best scores a source keeps (emptied when full)."""

BOUND_MARGIN = 1e-9
"""Relative slack on the bound of what common phrases alone score (floating-point sums)."""


_OTHER_NAMES = re.compile(r"\([^)]*\)")
"""A bracketed part of a food name: other names it includes, not what it is."""

_HYPHENATED = re.compile(r"\b[A-Za-z]{3,}(?:-[A-Za-z]{3,})+\b")
"""Words of three or more letters joined by hyphens ("weet-bix", "mini-wheats")."""


@dataclass(frozen=True, slots=True)
class NutrientRow:
    """A nutrient as stored in the food database."""

    key: str
    name: str
    unit: str
    usda_number: str


@dataclass(frozen=True, slots=True)
class NutrientAmount:
    """One food's amount of one nutrient per 100 g, with what ranking needs to know."""

    food_id: str
    name: str
    kind: str
    deprecated: bool
    branded: bool
    amount: float
    energy_kcal: float | None
    source: str = ""


class FoodSource:
    """One bundled SQLite food file, read through its :class:`SourceLayout`."""

    def __init__(self, path: Path, layout: SourceLayout) -> None:
        self.layout = layout
        try:
            self._db = sqlite3.connect(
                f"file:{path}?mode=ro&immutable=1", uri=True, check_same_thread=False
            )
            self._db.execute("SELECT 1 FROM foods LIMIT 1")
        except sqlite3.Error as error:
            raise FoodDataError(f"cannot read the food database {path}: {error}") from error
        self._nutrient_keys = dict(self._db.execute("SELECT id, key FROM nutrients"))

    @cached_property
    def vocabulary(self) -> frozenset[str]:
        return frozenset(word for (word,) in self._db.execute("SELECT word FROM vocabulary"))

    def nutrients(self) -> list[NutrientRow]:
        columns = "key, name, unit, usda_number" if self.layout.source == "sr24" else None
        if columns is None:
            rows = self._db.execute("SELECT key, name, unit, '' FROM nutrients ORDER BY key")
        else:
            rows = self._db.execute(f"SELECT {columns} FROM nutrients ORDER BY key")
        return [NutrientRow(*row) for row in rows]

    def owns(self, food_id: str) -> bool:
        """Whether ``food_id`` has this source's id format."""
        return bool(self.layout.id_pattern.match(food_id))

    def amounts(self, key: str) -> list[NutrientAmount]:
        """Every food with a known amount of nutrient ``key`` per 100 g."""
        rows = self._db.execute(
            f"SELECT f.food_id, f.name, {self.layout.kind_sql}, {self._deprecated},"
            " f.branded, fn.amount, e.amount"
            " FROM food_nutrients fn JOIN nutrients n ON n.id = fn.nutrient"
            " JOIN foods f ON f.id = fn.food"
            " LEFT JOIN food_nutrients e ON e.food = f.id"
            "   AND e.nutrient = (SELECT id FROM nutrients WHERE key = 'energy_kcal')"
            " WHERE n.key = ?",
            (key,),
        )
        source = self.layout.source
        return [
            NutrientAmount(r[0], r[1], r[2], bool(r[3]), bool(r[4]), r[5], r[6], source)
            for r in rows
        ]

    @property
    def _deprecated(self) -> str:
        return "f.deprecated" if self.layout.source == "sr24" else "0"

    def row(self, food_id: str) -> tuple[int, str, str, str, int, float | None] | None:
        if not self.owns(food_id):
            return None
        cursor = self._db.execute(
            f"SELECT id, food_id, name, {self.layout.kind_sql}, {self._deprecated},"
            f" {self.layout.default_sql} FROM foods f WHERE food_id = ?",
            (food_id,),
        )
        found: tuple[int, str, str, str, int, float | None] | None = cursor.fetchone()
        return found

    def food(self, row: tuple[int, str, str, str, int, float | None]) -> Food:
        row_id, food_id, name, kind, deprecated, default = row
        amounts = self._db.execute(
            "SELECT nutrient, amount FROM food_nutrients WHERE food = ?", (row_id,)
        )
        measures = self._db.execute(
            "SELECT name, amount, grams FROM measures WHERE food = ? AND name != ? ORDER BY seq",
            (row_id, DEFAULT_PORTION_MEASURE),
        )
        return Food(
            food_id=food_id,
            name=name,
            kind=kind,
            deprecated=bool(deprecated),
            nutrients=MappingProxyType({self._nutrient_keys[n]: a for n, a in amounts}),
            measures=tuple(Measure(*m) for m in measures),
            source=self.layout.source,
            default_grams=default,
        )

    def equivalent(self, food_id: str) -> str | None:
        """The other source's id of the same single food ("Banana, raw" made of SR 09040)."""
        if not self.layout.as_eaten or not self.owns(food_id):
            return None
        found = self._db.execute(
            "SELECT sr_equivalent FROM foods WHERE food_id = ?", (food_id,)
        ).fetchone()
        return str(found[0]) if found and found[0] else None

    def made_of(self, other: Food) -> tuple[float, tuple[Measure, ...]] | None:
        """The default portion and household measures of this source's food made of exactly
        ``other`` (another source's food); of several ("Crackers, oyster", "Crackers, saltine"
        are both SR24 saltines), the one whose name shares most words with ``other``'s (its
        bracketed other names left out: "Crackers, saltines (includes oyster, soda, soup)")."""
        if not self.layout.as_eaten:
            return None
        rows: list[tuple[int, str, float]] = self._db.execute(
            "SELECT id, name, default_grams FROM foods WHERE sr_equivalent = ?"
            " AND default_grams > 0 ORDER BY food_id",
            (other.food_id,),
        ).fetchall()
        if not rows:
            return None
        wanted = {singular(word) for word in words(_OTHER_NAMES.sub("", other.name))}
        row_id, _, grams = max(
            rows, key=lambda row: len(wanted & {singular(word) for word in words(row[1])})
        )
        measures = self._db.execute(
            "SELECT name, amount, grams FROM measures WHERE food = ? AND name != ? ORDER BY seq",
            (row_id, DEFAULT_PORTION_MEASURE),
        )
        return float(grams), tuple(Measure(*m) for m in measures)

    def has_word(self, word: str) -> bool:
        hit = self._db.execute(
            "SELECT 1 FROM food_fts WHERE food_fts MATCH ? LIMIT 1", (f'"{word}"',)
        ).fetchone()
        return hit is not None

    def fts(self, match: str, limit: int) -> list[Candidate]:
        """The ``limit`` best FTS5 hits for ``match``, best first, with their BM25 scores.

        The full-text query reads only row ids and scores: joining the food rows inside it
        would read every matching row before the sort (thousands for "with" or "milk"); the
        few foods not yet seen are read afterwards in one query.
        """
        weights = self.layout.fts_weights
        hits = self._db.execute(
            f"SELECT rowid, -bm25(food_fts, {weights}) FROM food_fts"
            f" WHERE food_fts MATCH ? ORDER BY bm25(food_fts, {weights}) LIMIT ?",
            (match, limit),
        ).fetchall()
        return self._as_candidates(hits)

    def fts_any(self, phrases: list[str], limit: int) -> list[Candidate]:
        """``fts`` of the query "any of ``phrases``" (FTS5 phrases, quoted), the same foods
        with the same scores in the same order, without scoring every food with "with".

        BM25 adds one part per phrase of the query, and a food without a phrase gets nothing
        for it; so a food with only common phrases scores at most the sum of their best scores
        alone. When the ``limit``-th best food with a rare phrase scores above that sum, the
        answer is among the foods with a rare phrase, and only they need a score.
        """
        match = " OR ".join(phrases)
        floor = COMMON_SHARE * self._n_foods
        common = [phrase for phrase in phrases if self._phrase_hits(phrase) > floor]
        rare = [phrase for phrase in phrases if phrase not in common]
        if common and rare:
            hits = self._rare_hits(match, " OR ".join(rare), limit)
            if len(hits) == limit:
                bound = sum(self._best_alone(phrase) for phrase in common)
                if hits[-1][1] > bound + BOUND_MARGIN * (1.0 + abs(bound)):
                    return self._as_candidates(hits)
        return self.fts(match, limit)

    def _rare_hits(self, match: str, rare: str, limit: int) -> list[tuple[int, float]]:
        """The best ``limit`` foods with a ``rare`` phrase, scored for the whole ``match``
        (other foods are not scored); nothing when fewer than ``limit`` foods have one."""
        rows = self._db.execute(
            "SELECT rowid, CASE WHEN rowid IN (SELECT rowid FROM food_fts WHERE food_fts MATCH ?)"
            f" THEN bm25(food_fts, {self.layout.fts_weights}) ELSE {UNSCORED} END AS score"
            " FROM food_fts WHERE food_fts MATCH ? ORDER BY score LIMIT ?",
            (rare, match, limit),
        ).fetchall()
        if len(rows) < limit or rows[-1][1] >= UNSCORED:
            return []
        return [(row_id, -score) for row_id, score in rows]

    def _phrase_hits(self, phrase: str) -> int:
        """How many foods have ``phrase`` (remembered)."""
        found = self._phrase_counts.get(phrase)
        if found is None:
            found = int(
                self._db.execute(
                    "SELECT count(*) FROM food_fts WHERE food_fts MATCH ?", (phrase,)
                ).fetchone()[0]
            )
            _remember(self._phrase_counts, phrase, found)
        return found

    def _best_alone(self, phrase: str) -> float:
        """The best score of ``phrase`` as the whole query (remembered)."""
        found = self._phrase_bests.get(phrase)
        if found is None:
            best = self.fts(phrase, 1)
            found = best[0].retrieval_score if best else 0.0
            _remember(self._phrase_bests, phrase, found)
        return found

    @cached_property
    def _phrase_counts(self) -> dict[str, int]:
        return {}

    @cached_property
    def _phrase_bests(self) -> dict[str, float]:
        return {}

    @cached_property
    def _n_foods(self) -> int:
        return int(self._db.execute("SELECT count(*) FROM foods").fetchone()[0])

    def _as_candidates(self, hits: list[tuple[int, float]]) -> list[Candidate]:
        known = self._candidates
        unseen = [row_id for row_id, _ in hits if row_id not in known]
        if unseen:
            self._read_candidates(unseen)
        return [_scored(known[row_id], score) for row_id, score in hits]

    @cached_property
    def _candidates(self) -> dict[int, Candidate]:
        """Candidates already read, by row id (everything but the retrieval score is per food)."""
        return {}

    def _read_candidates(self, row_ids: list[int]) -> None:
        layout = self.layout
        marks = ", ".join("?" * len(row_ids))
        rows = self._db.execute(
            f"SELECT f.id, f.food_id, f.name, {layout.kind_sql}, {self._deprecated},"
            " f.n_measures, f.n_nutrients, f.name_words, f.head_length, f.branded,"
            f" f.category_length, {layout.extra_columns} FROM foods f WHERE f.id IN ({marks})",
            row_ids,
        )
        for row_id, *columns in rows:
            self._candidates[int(row_id)] = self._candidate(columns)

    def _candidate(self, r: list[object]) -> Candidate:
        phrases, brands = str(r[10] or ""), str(r[11] or "")
        return Candidate(
            food_id=str(r[0]),
            name=str(r[1]),
            kind=str(r[2]),
            deprecated=bool(r[3]),
            n_measures=int(str(r[4])),
            n_nutrients=int(str(r[5])),
            name_words=tuple(str(r[6]).split()),
            head_length=int(str(r[7])),
            branded=bool(r[8]),
            category_length=int(str(r[9])),
            phrases=tuple(tuple(p.split()) for p in phrases.split(" | ") if p),
            brand_words=tuple(brands.split()) if self.layout.as_eaten else None,
            source=self.layout.source,
            as_eaten=self.layout.as_eaten,
        )


class FoodDatabase:
    """The bundled foods of every source: lookup by id and one ranked free-text search."""

    def __init__(
        self,
        sources: tuple[FoodSource, ...],
        aliases: AliasTable,
        search_cache: int = SEARCH_CACHE,
    ) -> None:
        if not sources:
            raise FoodDataError("no food source to read")
        self.sources = sources
        self._aliases = aliases
        self._search_cache = search_cache

    @cached_property
    def vocabulary(self) -> frozenset[str]:
        """Every word that occurs in a food name (or an additional description)."""
        return frozenset().union(*(source.vocabulary for source in self.sources))

    @cached_property
    def _vocabulary_by_start(self) -> dict[tuple[str, int], list[str]]:
        """Name words by first letter and length: a misspelling keeps the first letter
        ("brocolli", "bananna"); a word that does not ("niblets", "hortons", "greggs") is
        another word, not a slip for "giblets", "portions" or "eggs"."""
        by_start: dict[tuple[str, int], list[str]] = {}
        for word in sorted(self.vocabulary):
            by_start.setdefault((word[0], len(word)), []).append(word)
        return by_start

    @property
    def as_eaten_sources(self) -> frozenset[str]:
        """The sources that describe foods as people eat them (dishes, drinks, usual portions)."""
        return frozenset(s.layout.source for s in self.sources if s.layout.as_eaten)

    def nutrients(self) -> list[NutrientRow]:
        """Every nutrient any source holds values for (the first source's wording wins)."""
        seen: dict[str, NutrientRow] = {}
        for source in self.sources:
            for row in source.nutrients():
                seen.setdefault(row.key, row)
        return sorted(seen.values(), key=lambda r: r.key)

    def amounts(self, key: str) -> list[NutrientAmount]:
        """Every food of every source with a known amount of nutrient ``key`` per 100 g."""
        return [row for source in self.sources for row in source.amounts(key)]

    def exists(self, food_id: str) -> bool:
        return any(source.row(food_id) is not None for source in self.sources)

    def source_of(self, food_id: str) -> str | None:
        """The source a valid id belongs to, or ``None``."""
        for source in self.sources:
            if source.row(food_id) is not None:
                return source.layout.source
        return None

    def same_food(self, food_id: str) -> frozenset[str]:
        """``food_id`` and the ids of the same single food in the other sources."""
        found = {food_id}
        for source in self.sources:
            other = source.equivalent(food_id)
            if other is not None:
                found.add(other)
        return frozenset(found)

    def get(self, food_id: str) -> Food:
        """One food with its nutrients per 100 g and household measures."""
        found = self._foods.get(food_id)
        if found is None:
            found = self._read(food_id)
            if len(self._foods) < FOOD_CACHE:
                self._foods[food_id] = found
        return found

    @cached_property
    def _foods(self) -> dict[str, Food]:
        """Foods already read (they are immutable)."""
        return {}

    def _read(self, food_id: str) -> Food:
        for source in self.sources:
            row = source.row(food_id)
            if row is not None:
                return self._with_usual_portion(source.food(row))
        labels = " or ".join(source.layout.label for source in self.sources)
        raise UnknownFoodError(f"no food with id {food_id!r} in {labels}")

    def _with_usual_portion(self, food: Food) -> Food:
        """Borrow the usual portion and the household measures of the same single food from a
        source that records foods as eaten: its portions ("1 slice", "1 scoop", "1 mango", "1
        standard can") are how a dietitian codes an amount, and come first; the food's own
        measures stay for units the as-eaten food has none of (see ``portions.merged_measures``).
        """
        if food.default_grams:
            return food
        for source in self.sources:
            found = source.made_of(food)
            if found is not None:
                grams, portions = found
                measures = merged_measures(portions, food.measures)
                return replace(food, default_grams=grams, measures=measures)
        return food

    def correct_spelling(self, word: str) -> str:
        """Return ``word``, or the closest name word when ``word`` is not in any food name."""
        if self._known(word) or len(word) < 4:
            return word
        cutoff = SHORT_WORD_CUTOFF if len(word) <= 5 else SPELLING_CUTOFF
        candidates = [
            candidate
            for length in range(len(word) - MAX_LENGTH_CHANGE, len(word) + MAX_LENGTH_CHANGE + 1)
            for candidate in self._vocabulary_by_start.get((word[0], length), ())
        ]
        found = process.extractOne(word, candidates, scorer=fuzz.ratio, score_cutoff=cutoff)
        if found and OSA.distance(word, found[0]) <= _edits_allowed(word, found[1]):
            return str(found[0])
        return self._split_compound(word)

    def _split_compound(self, word: str) -> str:
        """Two name words written as one ("passionfruit", "cheesesteak"), else ``word``."""
        for cut in range(MIN_COMPOUND_PART, len(word) - MIN_COMPOUND_PART + 1):
            first, second = word[:cut], word[cut:]
            if self._in_names(first) and self._in_names(second):
                return f"{first} {second}"
        return word

    def _join_unknown_parts(self, hyphenated: re.Match[str]) -> str:
        """A hyphenated word whose parts are not all name words is one word when, written
        as one, it is a name word or close to one ("weet-bix" is Weetbix); "mini-wheats" and
        "semi-skimmed" keep their parts."""
        written = hyphenated.group(0)
        parts = written.lower().split("-")
        joined = "".join(parts)
        if all(self._in_names(part) for part in parts) or self.correct_spelling(joined) == joined:
            return written
        return joined

    def _in_names(self, word: str) -> bool:
        return word in self.vocabulary or singular(word) in self.vocabulary

    def _known(self, word: str) -> bool:
        if word in self.vocabulary or singular(word) in self.vocabulary or word.isdigit():
            return True
        return any(source.has_word(word) for source in self.sources)

    def candidates(
        self, query_words: list[str], limit: int = RETRIEVE_LIMIT, *, defaults: bool = True
    ) -> list[Candidate]:
        """FTS5 retrieval from every source: foods with all the words; when the sources have
        fewer than ``MIN_ALL_WORDS_HITS`` together, foods with any of the words; a prefix query
        when fewer than five."""
        every = " AND ".join(f'"{w}"' for w in query_words)
        by_source = [source.fts(every, limit) for source in self.sources]
        found = [c for hits in by_source for c in hits]
        default_match = f"name : ({every}) AND name : (nfs OR ns)"  # long names rank low in FTS5
        truncated = [
            s
            for s, hits in zip(self.sources, by_source, strict=True)
            if defaults and len(hits) >= limit
        ]
        found = _add_new(
            found,
            [c for s in truncated if s.layout.as_eaten for c in s.fts(default_match, DEFAULT_POOL)],
        )
        found = _add_new(found, self._cooked_as_eaten(query_words))
        if len(query_words) > 1 and len(found) < MIN_ALL_WORDS_HITS:
            any_word = [f'"{w}"' for w in query_words]
            found = _add_new(found, [c for s in self.sources for c in s.fts_any(any_word, limit)])
        if len(found) < 5:
            prefix = " OR ".join(f'"{w}"*' for w in query_words if len(w) >= 3)
            if prefix:
                found = _add_new(found, [c for s in self.sources for c in s.fts(prefix, limit)])
        return found

    def _cooked_as_eaten(self, query_words: list[str]) -> list[Candidate]:
        """As-eaten foods with the query's other words when it says "cooked": a source of foods
        as eaten names meat and fish without it ("Pork, chop, NS as to fat eaten")."""
        if "cooked" not in query_words or len(query_words) < 2:
            return []
        rest = " AND ".join(f'"{w}"' for w in query_words if w != "cooked")
        return [c for s in self.sources if s.layout.as_eaten for c in s.fts(rest, COOKED_POOL)]

    def search(self, query: str, limit: int = 10) -> list[FoodMatch]:
        """Foods matching a free-text name, best first (alias, then FTS5 + re-rank).

        When the alias table names the food, the re-ranker only orders the alternatives, so it
        looks at fewer candidates. Answers are remembered (see ``SEARCH_CACHE``).
        """
        key = (query, limit)
        found = self._searches.get(key)
        if found is None:
            found = tuple(self._search(query, limit))
            if len(self._searches) >= self._search_cache:
                self._searches.clear()
            self._searches[key] = found
        return list(found)

    def forget_searches(self) -> None:
        """Empty the memory of searches (benchmarks use it to time first-time searches)."""
        self._searches.clear()

    @cached_property
    def _searches(self) -> dict[tuple[str, int], tuple[FoodMatch, ...]]:
        return {}

    def _search(self, query: str, limit: int) -> list[FoodMatch]:
        query = _HYPHENATED.sub(self._join_unknown_parts, query)
        rewritten = [part for word in words(query) for part in self._aliases.rewrite(word)]
        query_words = [self.correct_spelling(w) for w in rewritten]
        if not query_words:
            return []
        alias = self._aliases.lookup(query) or self._aliases.lookup(" ".join(query_words))
        pool = (
            self.candidates(query_words, ALIAS_POOL, defaults=False)  # the alias is the default
            if alias
            else self.candidates(query_words)
        )
        ranked = rerank(" ".join(query_words), pool, fuzz.ratio, limit=limit)
        if alias is None:
            return ranked
        try:
            food = self.get(alias)
        except UnknownFoodError as error:
            raise FoodDataError(f"aliases.yaml names {alias}, which no food source has") from error
        rest = [match for match in ranked if match.food_id != alias]
        return [FoodMatch(alias, food.name, 1.0, food.source), *rest][:limit]


def _scored(c: Candidate, retrieval_score: float) -> Candidate:
    """``c`` with this query's retrieval score (positional: much faster than ``replace``)."""
    return Candidate(
        c.food_id,
        c.name,
        c.kind,
        c.deprecated,
        c.n_measures,
        c.n_nutrients,
        retrieval_score,
        c.name_words,
        c.head_length,
        c.branded,
        c.category_length,
        c.phrases,
        c.brand_words,
        c.source,
        c.as_eaten,
    )


def _edits_allowed(word: str, similarity: float) -> int:
    """Typing slips a correction may undo: two, or three in a long word that is still close
    overall ("perogies" → "pierogi"; "montreal" is not "monterey")."""
    long_and_close = len(word) >= LONG_WORD and similarity >= CLOSE_LONG_WORD
    return MAX_EDITS + long_and_close


def _remember(memory: dict[str, _T], key: str, value: _T) -> None:
    """Keep ``value`` under ``key``, emptying ``memory`` first when it is full."""
    if len(memory) >= PHRASES_REMEMBERED:
        memory.clear()
    memory[key] = value


def _add_new(found: list[Candidate], more: list[Candidate]) -> list[Candidate]:
    seen = {c.food_id for c in found}
    return found + [c for c in more if c.food_id not in seen]


@cache
def open_food_database(folder: Path | None = None) -> FoodDatabase:
    """The bundled food sources (opened once per process)."""
    base = folder or food_db_path().parent
    sources = tuple(FoodSource(base / layout.file, layout) for layout in LAYOUTS)
    return FoodDatabase(sources, load_aliases())
