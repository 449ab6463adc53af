"""Re-rank food-search candidates so the plain, generic food a person means comes first.

Pure: the retriever (SQLite FTS5) and the fuzzy string similarity are passed in. The weights follow
"rerank v2" in libraries.md Appendix B, plus a preference for cooked forms of foods that are
eaten cooked (grains, legumes, meat, fish) and a penalty for dried or powdered forms.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from crampcheck.core.foodnames import has_brand, head_of, singular, words
from crampcheck.core.models import FoodMatch

Similarity = Callable[[str, str], float]
"""A string similarity from 0 to 100 (rapidfuzz.fuzz.ratio has this shape)."""

NEUTRAL_WORDS = frozenset(
    "raw fresh whole plain all types type commercial commercially varieties variety regular mixed "
    "species fluid ripe with without added vitamin a d mature seeds meat only kernels unprepared "
    "and or of in includes nfs ns as to from not further specified prepared boneless skinless "
    "unenriched enriched unsalted salt lean fat separable".split()
)
"""Name words that do not make a food less generic (libraries.md Appendix B)."""

COOKING_WORDS = frozenset(
    "cooked boiled baked fried roasted grilled steamed broiled stewed braised microwaved "
    "scrambled poached toasted canned simmered sauteed smoked cured pan heated".split()
)
"""Query words that mean the person ate a cooked or processed form."""

DENSE_FORM_WORDS = frozenset("dried dry dehydrated powder powdered concentrate concentrated "
                             "frozen flour freeze-dried".split())
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


def rerank(query: str, candidates: Sequence[Candidate], similarity: Similarity,
           limit: int = 10) -> list[FoodMatch]:
    """Score every candidate against ``query`` and return the best ``limit``, best first.

    Scores are squashed into 0–1 so that callers can use them as a confidence.
    """
    query_words = [singular(word) for word in words(query)]
    if not query_words or not candidates:
        return []
    retrieval = [c.retrieval_score for c in candidates]
    low, high = min(retrieval), max(retrieval)
    spread = (high - low) or 1.0
    scored = [
        (_score(query_words, c, (c.retrieval_score - low) / spread, similarity), c)
        for c in candidates
    ]
    scored.sort(key=lambda pair: (-pair[0], len(pair[1].name), pair[1].food_id))
    return [FoodMatch(c.food_id, c.name, round(_squash(score), 4)) for score, c in scored[:limit]]


def _squash(score: float) -> float:
    return 1.0 / (1.0 + math.exp(-2.0 * (score - 1.5)))


def _score(query: list[str], food: Candidate, base: float, similarity: Similarity) -> float:
    name_words = [singular(word) for word in words(food.name)]
    head_words = [singular(word) for word in words(head_of(food.name))]
    cooked_query = any(word in COOKING_WORDS for word in query)
    score = 0.5 * base
    score += 1.5 * _coverage(query, name_words, similarity)
    score += 0.8 * _coverage(query, head_words, similarity)
    score -= 0.5 * min(_unexplained(head_words, query, similarity), 2)
    score -= 0.08 * _unexplained(name_words[len(head_words):], query, similarity)
    score += _form_preference(food, name_words, query, cooked_query)
    score += 0.25 * (math.log1p(food.n_measures) + food.n_nutrients / 100.0)
    if has_brand(food.name):
        score -= 0.6
    if food.group_code in PENALISED_GROUPS:
        score -= 0.6
    if food.deprecated:
        score -= 0.4
    return score


def _form_preference(food: Candidate, name_words: list[str], query: list[str],
                     cooked_query: bool) -> float:
    """Prefer raw produce, cooked grains/meat/legumes, and not dried or powdered forms."""
    bonus = 0.0
    eaten_cooked = food.group_code in COOKED_GROUPS
    if "raw" in name_words and not cooked_query and "raw" not in query:
        bonus += -0.3 if eaten_cooked else 0.3
    if eaten_cooked and not cooked_query and any(w in COOKING_WORDS for w in name_words):
        bonus += 0.3
    if any(w in DENSE_FORM_WORDS and w not in query for w in name_words):
        bonus -= 0.3
    return bonus


def _match(word: str, candidates: Iterable[str], similarity: Similarity) -> float:
    best = 0.0
    for other in candidates:
        if word == other:
            return 1.0
        if len(word) >= 3 and len(other) >= 3 and (other.startswith(word) or word.startswith(other)):
            best = max(best, 0.9)
        elif best < 0.8 and abs(len(word) - len(other)) <= 3 and similarity(word, other) >= 80:
            best = 0.8
    return best


def _coverage(query: list[str], name_words: list[str], similarity: Similarity) -> float:
    return sum(_match(word, name_words, similarity) for word in query) / len(query)


def _unexplained(name_words: list[str], query: list[str], similarity: Similarity) -> int:
    return sum(
        1 for word in name_words
        if word not in NEUTRAL_WORDS and not word.isdigit() and _match(word, query, similarity) == 0
    )
