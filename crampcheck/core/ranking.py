"""Re-rank food-search candidates so the plain, generic food a person means comes first.

Pure: the retriever (SQLite FTS5) and the fuzzy string similarity are passed in. The weights follow
"rerank v2" in libraries.md Appendix B, plus a preference for cooked forms of foods that are
eaten cooked (grains, legumes, meat, fish) and a penalty for dried or powdered forms.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from crampcheck.core.foodnames import is_brand_word, singular, words
from crampcheck.core.models import FoodMatch

Similarity = Callable[[str, str], float]
"""A string similarity from 0 to 100 (rapidfuzz.fuzz.ratio has this shape)."""

NEUTRAL_WORDS = frozenset(
    [
        "area",
        "average",
        "year",
        "round",
        "grade",
        "raw",
        "fresh",
        "whole",
        "plain",
        "all",
        "types",
        "type",
        "commercial",
        "commercially",
        "varieties",
        "variety",
        "regular",
        "mixed",
        "species",
        "fluid",
        "ripe",
        "with",
        "without",
        "added",
        "vitamin",
        "a",
        "d",
        "mature",
        "seeds",
        "meat",
        "only",
        "kernels",
        "unprepared",
        "and",
        "or",
        "of",
        "in",
        "includes",
        "nfs",
        "ns",
        "as",
        "to",
        "from",
        "not",
        "further",
        "specified",
        "prepared",
        "boneless",
        "skinless",
        "unenriched",
        "enriched",
        "unsalted",
        "salt",
        "lean",
        "fat",
        "separable",
    ]
)

"""Name words that do not make a food less generic (libraries.md Appendix B)."""

COOKING_WORDS = frozenset(
    [
        "cooked",
        "boiled",
        "baked",
        "fried",
        "roasted",
        "grilled",
        "steamed",
        "broiled",
        "stewed",
        "braised",
        "microwaved",
        "scrambled",
        "poached",
        "toasted",
        "canned",
        "simmered",
        "sauteed",
        "smoked",
        "cured",
        "pan",
        "heated",
    ]
)
"""Query words that mean the person ate a cooked or processed form."""

DENSE_FORM_WORDS = frozenset(
    [
        "dried",
        "dry",
        "dehydrated",
        "powder",
        "powdered",
        "concentrate",
        "concentrated",
        "frozen",
        "condensed",
        "flour",
        "freeze-dried",
    ]
)
"""Name words for forms whose nutrients per gram mislead when the person did not ask for them."""

COOKED_GROUPS = frozenset({"05", "10", "13", "15", "16", "17", "20"})
"""Food groups usually eaten cooked: poultry, pork, beef, fish, legumes, game, grains and pasta."""

PENALISED_GROUPS = frozenset({"03", "21", "22", "25", "35", "36"})
"""Baby food, fast food, meals, snacks, Alaska Native and restaurant foods (rarely meant)."""


@dataclass(frozen=True, slots=True)
class Candidate:
    """A food returned by the retriever, with what the ranker needs to know about it."""

    food_id: str
    name: str
    group_code: str
    deprecated: bool
    n_measures: int
    n_nutrients: int
    retrieval_score: float = 0.0
    name_words: tuple[str, ...] = ()
    head_length: int = 0
    branded: bool = False
    category_length: int = 0


def rerank(
    query: str, candidates: Sequence[Candidate], similarity: Similarity, limit: int = 10
) -> list[FoodMatch]:
    """Score every candidate against ``query`` and return the best ``limit``, best first.

    Scores are squashed into 0–1 so that callers can use them as a confidence.
    """
    query_words = tuple(singular(word) for word in words(query))
    if not query_words or not candidates:
        return []
    retrieval = [c.retrieval_score for c in candidates]
    low, high = min(retrieval), max(retrieval)
    spread = (high - low) or 1.0
    scorer = _QueryScorer(query_words, similarity)
    scored = [(scorer.score(c, (c.retrieval_score - low) / spread), c) for c in candidates]
    scored.sort(key=lambda pair: (-pair[0], len(pair[1].name), pair[1].food_id))
    return [FoodMatch(c.food_id, c.name, round(_squash(score), 4)) for score, c in scored[:limit]]


def _squash(score: float) -> float:
    return 1.0 / (1.0 + math.exp(-2.0 * (score - 1.5)))


@dataclass(frozen=True, slots=True)
class _NameFeatures:
    name_words: tuple[str, ...]
    head_words: tuple[str, ...]
    tail_words: tuple[str, ...]
    branded: bool
    has_raw: bool
    has_cooking_word: bool
    dense_words: frozenset[str]


@lru_cache(maxsize=16384)
def _features(
    name_words: tuple[str, ...], head_length: int, branded: bool, category_length: int
) -> _NameFeatures:
    word_set = frozenset(name_words)
    return _NameFeatures(
        name_words=name_words,
        head_words=name_words[category_length:head_length],
        tail_words=name_words[head_length:],
        branded=branded,
        has_raw="raw" in word_set,
        has_cooking_word=not word_set.isdisjoint(COOKING_WORDS),
        dense_words=word_set & DENSE_FORM_WORDS,
    )


@lru_cache(maxsize=4096)
def _brand_words(name: str) -> tuple[str, ...]:
    """The lower-cased, singular words written in capitals in a name (its brand words)."""
    capitals = [w for w in name.replace(",", " ").split() if is_brand_word(w)]
    skip = {"and", "with", "the", "of"}
    return tuple(singular(w) for text in capitals for w in words(text) if w not in skip)


class _QueryScorer:
    """Scores candidates for one query, remembering word-to-word matches."""

    def __init__(self, query: tuple[str, ...], similarity: Similarity) -> None:
        self.query = query
        self.query_set = frozenset(query)
        self.similarity = similarity
        self.cooked_query = any(word in COOKING_WORDS for word in query)
        self._memo: dict[str, tuple[float, ...]] = {}

    def score(self, food: Candidate, base: float) -> float:
        f = _features(food.name_words, food.head_length, food.branded, food.category_length)
        score = 0.5 * base
        score += 1.5 * self._coverage(f.name_words)
        score += 0.8 * self._coverage(f.head_words)
        score += self._head_noun(f)
        score -= 0.5 * min(self._unexplained(f.head_words), 2)
        score -= 0.08 * self._unexplained(f.tail_words)
        score += self._form_preference(food.group_code, f)
        score += 0.25 * (math.log1p(food.n_measures) + food.n_nutrients / 100.0)
        if f.branded and not self._names_brand(food.name):
            score -= 0.6
        score -= 0.6 * (food.group_code in PENALISED_GROUPS)
        score -= 0.4 * food.deprecated
        return score

    def _names_brand(self, name: str) -> bool:
        """Whether the query asks for this brand ("rice krispies", "pepsi", "special k")."""
        brand = _brand_words(name)
        return any(max(self._scores(word)) >= 0.9 for word in brand)

    def _head_noun(self, f: _NameFeatures) -> float:
        """English puts the head noun last ("black olives", "strawberry yogurt", "rice milk"):
        reward foods whose head names it, and penalise foods that do not name it at all."""
        if len(self.query) < 2:
            return 0.0
        last = len(self.query) - 1
        in_head = max((self._scores(w)[last] for w in f.head_words), default=0.0)
        in_name = max((self._scores(w)[last] for w in f.name_words), default=0.0)
        return 0.3 * in_head - (0.3 if in_name == 0.0 else 0.0)

    def _form_preference(self, group_code: str, f: _NameFeatures) -> float:
        """Prefer raw produce, cooked grains/meat/legumes, and not dried or powdered forms."""
        bonus = 0.0
        eaten_cooked = group_code in COOKED_GROUPS
        if f.has_raw and not self.cooked_query and "raw" not in self.query_set:
            bonus += -0.3 if eaten_cooked else 0.3
        if eaten_cooked and not self.cooked_query and f.has_cooking_word:
            bonus += 0.3
        if self.cooked_query and "raw" not in self.query_set:
            bonus += 0.3 if f.has_cooking_word else -0.3 if f.has_raw else 0.0
        prepared = "prepared" in f.name_words or "ready-to-drink" in f.name_words
        if f.dense_words - self.query_set and not prepared:
            bonus -= 0.3
        if group_code == "14" and prepared and not self.query_set & DENSE_FORM_WORDS:
            bonus += 0.2
        return bonus

    def _scores(self, name_word: str) -> tuple[float, ...]:
        """How well ``name_word`` matches each query word (memoised per query)."""
        found = self._memo.get(name_word)
        if found is None:
            found = tuple(_pair_match(q, name_word, self.similarity) for q in self.query)
            self._memo[name_word] = found
        return found

    def _coverage(self, name_words: Sequence[str]) -> float:
        if not name_words:
            return 0.0
        rows = [self._scores(word) for word in name_words]
        total: float = sum(max(column) for column in zip(*rows, strict=True))
        return total / len(self.query)

    def _unexplained(self, name_words: Sequence[str]) -> int:
        return sum(
            1
            for word in name_words
            if word not in NEUTRAL_WORDS and not word.isdigit() and not any(self._scores(word))
        )


def _pair_match(word: str, other: str, similarity: Similarity) -> float:
    if word == other:
        return 1.0
    if len(word) >= 3 and len(other) >= 3 and (other.startswith(word) or word.startswith(other)):
        return 0.9
    if abs(len(word) - len(other)) <= 3 and float(similarity(word, other)) >= 80:
        return 0.8
    return 0.0
