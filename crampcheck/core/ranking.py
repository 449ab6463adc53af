"""Re-rank food-search candidates so the plain, generic food a person means comes first.

Pure: the retriever (SQLite FTS5) and the fuzzy string similarity are passed in. The weights follow
"rerank v2" in libraries.md Appendix B, plus a preference for cooked forms of foods that are
eaten cooked (grains, legumes, meat, fish) and a penalty for dried or powdered forms.
"""

from __future__ import annotations

import itertools
import math
import re
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
        "no",
        "any",
        "kind",
        "style",
        "homemade",
        "made",
        "100%",
        "100",
    ]
)

"""Name words that do not make a food less generic (libraries.md Appendix B)."""

COOKING_WORDS = frozenset(
    [
        "cooked",
        "boiled",
        "baked",
        "roast",
        "barbecued",
        "bbq",
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

COOKED_KINDS = frozenset({"meat", "fish", "legume", "grain"})
"""Food kinds usually eaten cooked: meat, poultry, fish, legumes, grains and pasta."""

PENALISED_KINDS = frozenset(
    {"infant", "fast_food", "meal", "snack", "traditional", "restaurant", "supplement"}
)
"""Baby food, fast food, packaged meals, snacks, traditional and restaurant foods, supplements
(rarely meant unless named)."""


PLAIN_KINDS = frozenset(
    {"dairy", "egg", "meat", "fish", "legume", "nut", "grain", "cereal", "fruit", "vegetable",
     "fat", "spice", "cured_meat"}
)  # fmt: skip
"""Kinds of single foods, where an ingredient database describes the plain food best."""

SOURCE_PREFERENCE = 0.2
"""Bonus for the source that suits the food: an ingredient source for plain foods, an as-eaten
source (dishes, sandwiches, drinks, snacks, sweets, baked goods) for everything else."""


KIND_FIRST_WORDS = frozenset({"coffee", "fish", "beef", "pork", "lamb", "veal", "cheese", "steak"})
"""Kinds that as-eaten names put before the food ("Coffee, Latte", "Fish, salmon", "Beef,
steak"); other first words are the food ("Bagel, pumpernickel")."""

AS_EATEN_TAIL = 0.15
"""Penalty per unexplained word after the head in an as-eaten name, where the tail changes the
food ("Artichokes, stuffed", "Cake, chocolate, flourless"); ingredient names carry more
boilerplate in their tails, so there each word costs 0.08."""

AS_EATEN_HEAD = 0.7
"""An unexplained word in an as-eaten head names another dish ("Egg sandwich" is not a
cheese sandwich)."""

AS_EATEN_PRIOR = 1.0
"""An as-eaten source lists portions by shape and size, so their number says less about how
common a food is than an ingredient source's household measures."""

DISH_CATEGORY_WORDS = frozenset({"soup", "sauce"})

RARE_SPECIES = frozenset(
    {"veal", "lamb", "mutton", "goat", "bison", "buffalo", "venison", "game", "turkey", "duck",
     "goose"}
)  # fmt: skip
"""Meats a cut ("sirloin", "chop", "wings", "nuggets") is of only when the query says so: a
sirloin is beef, not veal; nuggets and wings are chicken, not turkey."""

MUST_EXPLAIN_CATEGORY = DISH_CATEGORY_WORDS | RARE_SPECIES

USUAL_MEATS = frozenset({"chicken", "beef", "pork"})
"""The meats a cut is of when the query names none ("Chicken nuggets" for "nuggets")."""

MEAT_HEAD_NEUTRAL = NEUTRAL_WORDS | USUAL_MEATS
"""Head words of an as-eaten meat that do not make it less generic."""

PHRASE_DISCOUNT = 0.25
"""How much less another name counts than the main name (synonym lists mix in near-matches)."""

AS_EATEN_NEUTRAL_WORDS = NEUTRAL_WORDS - {"meat", "seeds", "mixed", "kernels", "only"}
"""In an as-eaten name "with meat" or "mixed" changes the dish."""

DISH_WORDS = frozenset(
    {"stew", "soup", "sandwich", "pie", "salad", "curry", "burger", "pizza", "casserole",
     "lasagna", "lasagne", "chili", "taco", "burrito", "wrap", "sub", "bake", "risotto",
     "stir", "fry", "omelet", "omelette", "quiche", "roll", "dumpling", "sushi", "chowder",
     "bisque", "masala", "korma", "enchilada", "quesadilla", "noodle", "ramen", "pho",
     "hash", "pasty", "toastie", "butty", "sarnie", "kebab", "gyro", "shawarma", "nugget",
     "platter", "meal", "dinner", "combo", "bowl", "cheeseburger", "hamburger", "hotdog"}
)  # fmt: skip
"""Query words that name a dish: an as-eaten dish or soup is meant, not its main ingredient."""

DISH_BONUS = 0.3

NOT_FURTHER_SPECIFIED = 0.3
"""Bonus for an as-eaten food marked "NFS": the default when the person gives no variant."""


MADE_WITH = 0.5
"""Penalty for a food named after what the query says the food is made with ("Oat milk" for
"porridge oats made with milk")."""

WITHOUT_SALT = 0.15
"""Penalty for a food cooked or packed "without salt" or "unsalted" when the query does not say
so: people eat cooked vegetables, grains and nuts with their usual salt, which the as-eaten
source includes ("roasted peanuts" are "Peanuts, roasted, salted")."""

SALT_WORDS = frozenset({"salt", "unsalted", "without", "no", "plain"})

MAX_BRAND_SUFFIX = 2
"""How many letters a query word may add to or drop from a brand word and still name it."""

UNASKED_VARIANT = 0.2
"""Penalty, besides the unexplained tail word, for a special variant (decaffeinated, diet,
nonfat) the query does not ask for: it is never the default."""

VARIANT_WORDS = frozenset({"decaffeinated", "diet", "nonfat", "non"})

SIZE_WORDS = frozenset({"mini", "small", "large", "big", "little", "medium", "jumbo", "regular"})
"""Query words that say how big, not which variant ("mini pretzels" are pretzels, NFS)."""

FAT_ADDED = 0.1
"""Penalty for an as-eaten variant cooked with added fat when the query names no fat: with no
fat said, the survey's coders take the "NS as to fat" or "no added fat" variant."""

COOKING_FATS = frozenset({"oil", "butter", "margarine", "fat", "lard", "shortening"})
"""Fats a food is cooked with ("Rice, white, cooked, made with oil")."""

FAT_WORDS = COOKING_FATS | {"fried", "buttered", "added"}
"""Query words that say fat was added."""

LEFT_OUT = 0.3
"""Penalty for an as-eaten variant that leaves something out ("Pizza, no cheese", "Dumpling,
no meat") when the query does not: the usual food has it."""

USUALLY_LEFT_OUT = frozenset({"added", "dressing", "sauce", "meat"})
"""What as-eaten foods usually leave out, since it is reported on its own ("Greek Salad, no
dressing", "Broccoli, cooked, no added fat"), or meatless ones ("Enchilada, no meat" is a
cheese enchilada)."""


@dataclass(frozen=True, slots=True)
class Candidate:
    """A food returned by the retriever, with what the ranker needs to know about it."""

    food_id: str
    name: str
    kind: str
    deprecated: bool
    n_measures: int
    n_nutrients: int
    retrieval_score: float = 0.0
    name_words: tuple[str, ...] = ()
    head_length: int = 0
    branded: bool = False
    category_length: int = 0
    phrases: tuple[tuple[str, ...], ...] = ()
    """Other names of the food (synonyms, brands), each as singular words."""
    brand_words: tuple[str, ...] | None = None
    """The brand's words when the source records them; ``None``: read capitals in the name."""
    source: str = ""
    as_eaten: bool = False
    """Whether the source describes foods as people report eating them (dishes, drinks)."""


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
    scorer.find_variant_words(candidates)
    scored = [(scorer.score(c, (c.retrieval_score - low) / spread), c) for c in candidates]
    scored.sort(key=lambda pair: (-pair[0], len(pair[1].name), pair[1].food_id))
    return [
        FoodMatch(c.food_id, c.name, round(_squash(score), 4), c.source)
        for score, c in scored[:limit]
    ]


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
    default_variant: bool
    """"NFS" or "NS as to …": the variant to take when the person gives none."""
    variant_words: frozenset[str]
    """Tail words that make a special variant (``VARIANT_WORDS``: decaffeinated, diet)."""
    without_salt: bool
    """The name says the food was cooked or packed without the usual salt."""
    fat_added: bool
    """The name says fat was added in cooking ("fat added", "made with oil", "with butter")."""
    left_out: tuple[str, ...]
    """What the name says the food is without ("Pizza, no cheese"), but for what is usually
    left out (``USUALLY_LEFT_OUT``)."""


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
        default_variant="nfs" in word_set or "ns" in word_set,
        fat_added=_says_fat_added(name_words),
        variant_words=VARIANT_WORDS.intersection(name_words[head_length:]),
        without_salt=("without", "salt") in itertools.pairwise(name_words)
        or ("without", "added") in itertools.pairwise(name_words)
        or "unsalted" in word_set,
        left_out=tuple(
            word
            for before, word in itertools.pairwise(name_words)
            if before in ("no", "without") and word not in USUALLY_LEFT_OUT
        ),
    )


def _says_fat_added(name_words: tuple[str, ...]) -> bool:
    """ "fat added" (not "no added fat"), or "with"/"made with" a fat ("cooked with oil")."""
    pairs = list(itertools.pairwise(name_words))
    if ("fat", "added") in pairs:
        return True
    return any(before == "with" and word in COOKING_FATS for before, word in pairs)


@lru_cache(maxsize=4096)
def _parenthesised(name: str) -> tuple[tuple[str, ...], ...]:
    """Other names an ingredient source writes in brackets, as singular words: "Tangerines,
    (mandarin oranges), raw" is also a mandarin orange."""
    if "(" not in name:
        return ()
    return tuple(
        found
        for inside in _BRACKETS.findall(name)
        for part in inside.split(",")
        if (found := tuple(singular(w) for w in words(part)))
    )


_BRACKETS = re.compile(r"\(([^()]*)\)")


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
        self.dish_query = not self.query_set.isdisjoint(DISH_WORDS)
        self.head_index = _head_index(query)
        self.size = len(query)
        self._memo = _WordScores(query, similarity)
        self._best_memo = _BestScores(self._memo)
        self._explained = _Explained(self._memo)
        self.variant_words: frozenset[str] = frozenset()

    def score(self, food: Candidate, base: float) -> float:
        f = self._name_features(food)
        named_brand = f.branded and self._names_brand(food)
        name_words = self._with_implied_cooking(food, f.name_words)
        name_best = self._best(name_words)
        score = 0.5 * base + self._name_part(food, f, name_best, named_brand)
        score -= 0.25 * self._unexplained_category(food.name_words[: food.category_length])
        if food.as_eaten:
            score += self._as_eaten_variant(food, f, name_best)
        else:
            score -= 0.08 * self._unexplained(f.tail_words)
            score -= UNASKED_VARIANT * self._unasked_variant(f.variant_words)
        score -= WITHOUT_SALT * (f.without_salt and not self.query_set & SALT_WORDS)
        score += self._form_preference(food.kind, f)
        prior = 0.25 * (math.log1p(food.n_measures) + food.n_nutrients / 100.0)
        score += prior * (AS_EATEN_PRIOR if food.as_eaten else 1.0)
        if f.branded and not named_brand:
            score -= 0.6
        score -= 0.6 * (food.kind in PENALISED_KINDS)
        plain = self._plain(food.kind) and not f.has_cooking_word
        score += SOURCE_PREFERENCE * (food.as_eaten != plain)
        score += DISH_BONUS * (self.dish_query and food.kind in ("dish", "soup"))
        score -= 0.4 * food.deprecated
        return score

    def _name_features(self, food: Candidate) -> _NameFeatures:
        f = _features(food.name_words, food.head_length, food.branded, food.category_length)
        food_words = self._kind_first(f) if food.as_eaten else 0
        if food_words:  # "Coffee, Latte" for "latte", "Coffee, Iced Latte" for "iced latte"
            head_length = food.head_length + food_words
            f = _features(food.name_words, head_length, food.branded, food.head_length)
        return f

    def _name_part(
        self, food: Candidate, f: _NameFeatures, name_best: tuple[float, ...], named_brand: bool
    ) -> float:
        """How well the name (or, better, another name of the food) says the query."""
        best_of, size = self._best_memo, self.size
        name_part = 1.5 * (sum(name_best) / size) + 0.8 * (sum(best_of[f.head_words]) / size)
        name_part += self._head_noun(f) - MADE_WITH * self._named_after_addition(f.head_words)
        if not named_brand:
            meat = self._usual_meat_named(food, name_best)
            unexplained = self._unexplained(
                f.head_words, MEAT_HEAD_NEUTRAL if meat else NEUTRAL_WORDS
            )
            name_part -= (AS_EATEN_HEAD if food.as_eaten else 0.5) * min(unexplained, 2)
        phrases = food.phrases if food.as_eaten else _parenthesised(food.name)
        if not phrases:  # no other name: the phrase part is -inf
            return name_part
        return max(name_part, self._phrase_part(phrases, name_best))

    def _as_eaten_variant(
        self, food: Candidate, f: _NameFeatures, name_best: tuple[float, ...]
    ) -> float:
        """Whether an as-eaten food is the variant the person means: the tail says nothing
        unasked, the NFS default, nothing left out, no added fat or special variant unasked."""
        score = -AS_EATEN_TAIL * self._unexplained(f.tail_words, AS_EATEN_NEUTRAL_WORDS)
        if f.default_variant and self._is_default_for_query(food, name_best):
            score += NOT_FURTHER_SPECIFIED
        if f.left_out:
            score -= LEFT_OUT * self._left_out(f.left_out)
        score -= FAT_ADDED * (f.fat_added and not self.query_set & FAT_WORDS)
        score -= UNASKED_VARIANT * self._unasked_variant(f.variant_words)
        return score

    def _kind_first(self, f: _NameFeatures) -> int:
        """How many words after a kind an as-eaten name gives the food ("Coffee, Latte": 1,
        "Coffee, Iced Latte": 2): its head does not name the query's head noun but one of the
        next two words does; 0 when the name does not put a kind first."""
        if len(f.head_words) != 1 or f.head_words[0] not in KIND_FIRST_WORDS:
            return 0
        if self._names_head(f.head_words):
            return 0
        for index, word in enumerate(f.tail_words[:2]):
            if self._names_head((word,)):
                return index + 1
        return 0

    def _usual_meat_named(self, food: Candidate, name_best: tuple[float, ...]) -> bool:
        """Whether an as-eaten meat says everything the query does, so that its usual meat
        costs nothing ("Chicken nuggets, NFS" for "nuggets"; not "Chicken cornbread", not
        "Chicken skin" for "cullen skink")."""
        return food.as_eaten and food.kind == "meat" and all(name_best)

    def _with_implied_cooking(
        self, food: Candidate, name_words: tuple[str, ...]
    ) -> tuple[str, ...]:
        """An as-eaten food of a kind eaten cooked is cooked even when its name does not say so
        ("Pork, chop, NS as to fat eaten" for "cooked pork chop")."""
        if food.as_eaten and food.kind in COOKED_KINDS and "cooked" in self.query_set:
            return (*name_words, "cooked")
        return name_words

    def _unasked_variant(self, variant_words: frozenset[str]) -> bool:
        """Whether an as-eaten name is a special variant the query does not ask for
        ("Coffee, Latte, decaffeinated" for "latte")."""
        return bool(variant_words) and not any(self._explained[word] for word in variant_words)

    def find_variant_words(self, candidates: Sequence[Candidate]) -> None:
        """Note which query words name a variant: words that some food whose head names the
        query's head noun says ("sugar" for "sugar pie" when there is a sugar pie); other words
        ("kids", "little pan" in a sentence read as a food) say nothing about the variant."""
        said = [False] * len(self.query)
        for food in candidates:
            if self._names_head(food.name_words[: food.head_length]):
                best = self._best(food.name_words)
                said = [was or found > 0 for was, found in zip(said, best, strict=True)]
        self.variant_words = (
            frozenset(word for word, named in zip(self.query, said, strict=True) if named)
            - SIZE_WORDS
        )

    def _is_default_for_query(self, food: Candidate, name_best: tuple[float, ...]) -> bool:
        """Whether an "NFS" food is the default the person means: its head names the query's
        head noun and its name says every query word that names a variant ("Pie, NFS" is not a
        sugar pie, "Doughnut, NFS" not a chocolate doughnut; a size is not a variant)."""
        if not self._names_head(food.name_words[: food.head_length]):
            return False
        return all(
            best > 0 or word not in self.variant_words
            for word, best in zip(self.query, name_best, strict=True)
        )

    def _named_after_addition(self, head_words: tuple[str, ...]) -> bool:
        """Whether the food (or another name of it) is named after what the query says it is
        made with or comes with ("Oat milk" for "oats made with milk", "coffee cream" for
        "coffee with cream"): its head noun (last head word) is a word after "with"/"on"/"in"/
        "made" and not the query's head noun."""
        if not head_words or self.head_index == len(self.query) - 1:
            return False
        head_noun = self._scores(head_words[-1])
        added = head_noun[self.head_index + 1 :]
        return head_noun[self.head_index] == 0.0 and max(added, default=0.0) > 0.0

    def _names_head(self, head_words: tuple[str, ...]) -> bool:
        """Whether the food's head names the query's head noun ("Pizza, cheese, NS as to
        crust" for "cheese pizza"; not "Fish, NS as to type, steamed" for "steamed dumplings")."""
        return any(self._scores(w)[self.head_index] >= 0.8 for w in head_words)

    def _left_out(self, left_out: tuple[str, ...]) -> int:
        """How many things the name says the food is without that the query does not."""
        if "no" in self.query_set or "without" in self.query_set:
            return 0
        return len(left_out)

    def _plain(self, kind: str) -> bool:
        """Whether an ingredient source describes this food best: a plain food eaten as it is
        (not cooked, where as-eaten data adds the usual fat and salt)."""
        return kind in PLAIN_KINDS and not self.cooked_query and kind not in COOKED_KINDS

    def _phrase_part(
        self, phrases: tuple[tuple[str, ...], ...], name_best: tuple[float, ...]
    ) -> float:
        """The best other name of the food ("Vegemite", "potato crisps", "crumpet"), with the
        main name's words ("jam" + "Jelly sandwich"), scored as a name, a little below a main
        name that says the same."""
        best = -math.inf
        for phrase in phrases:
            phrase_best = self._best(phrase)
            if not any(phrase_best):
                continue
            both = tuple(max(a, b) for a, b in zip(name_best, phrase_best, strict=True))
            coverage = sum(both) / len(self.query)
            alone = sum(phrase_best) / len(self.query)
            head = both[self.head_index] > 0 if len(self.query) > 1 else True
            unexplained = min(self._unexplained(phrase), 2)
            score = 1.5 * coverage + 0.8 * alone + 0.3 * head - 0.5 * unexplained
            score -= MADE_WITH * self._named_after_addition(phrase)
            best = max(best, score - PHRASE_DISCOUNT)
        return best

    def _names_brand(self, food: Candidate) -> bool:
        """Whether the query asks for this brand ("rice krispies", "pepsi", "special k"): one of
        the words a source records as the brand, or at least half the words a name writes in
        capitals, so that "oats" alone does not name ROMAN MEAL WITH OATS."""
        if food.brand_words is not None:  # the source's own brand: "KIND Fruit and Nut Bar"
            return any(self._says_brand_word(word) for word in food.brand_words)
        brand = set(_brand_words(food.name))
        said = sum(self._says_brand_word(word) for word in brand)
        return said > 0 and 2 * said >= len(brand)

    def _says_brand_word(self, brand_word: str) -> bool:
        """Whether a query word is the brand word or it with a few letters more or less
        ("kellogg" for "kelloggs"): "carling" does not name CARL BUDDIG."""
        return any(
            score >= 0.9 and abs(len(word) - len(brand_word)) <= MAX_BRAND_SUFFIX
            for word, score in zip(self.query, self._scores(brand_word), strict=True)
        )

    def _head_noun(self, f: _NameFeatures) -> float:
        """English puts the head noun last ("black olives", "strawberry yogurt", "rice milk"),
        or before "with"/"on"/"made" ("porridge made with milk", "coffee with milk"): reward
        foods whose head names it, and penalise foods that do not name it at all."""
        if len(self.query) < 2:
            return 0.0
        last, memo = self.head_index, self._memo
        in_head = max((memo[w][last] for w in f.head_words), default=0.0)
        in_name = max((memo[w][last] for w in f.name_words), default=0.0)
        return 0.3 * in_head - (0.3 if in_name == 0.0 else 0.0)

    def _form_preference(self, kind: str, f: _NameFeatures) -> float:
        """Prefer raw produce, cooked grains/meat/legumes, and not dried or powdered forms."""
        bonus = 0.0
        eaten_cooked = kind in COOKED_KINDS
        if f.has_raw and not self.cooked_query and "raw" not in self.query_set:
            bonus += -0.3 if eaten_cooked else 0.3
        if eaten_cooked and not self.cooked_query and f.has_cooking_word:
            bonus += 0.3
        if self.cooked_query and "raw" not in self.query_set:
            bonus += 0.3 if f.has_cooking_word else -0.3 if f.has_raw else 0.0
        prepared = "prepared" in f.name_words or "ready-to-drink" in f.name_words
        if f.dense_words - self.query_set and not prepared:
            bonus -= 0.3
        if kind == "drink" and prepared and not self.query_set & DENSE_FORM_WORDS:
            bonus += 0.2
        return bonus

    def _scores(self, name_word: str) -> tuple[float, ...]:
        """How well ``name_word`` matches each query word (memoised per query)."""
        return self._memo[name_word]

    def _best(self, name_words: tuple[str, ...]) -> tuple[float, ...]:
        """For each query word, its best match among ``name_words`` (memoised per query)."""
        return self._best_memo[name_words]

    def _unexplained_category(self, category_words: tuple[str, ...]) -> int:
        """A soup or sauce the query does not ask for ("split peas" is not split pea soup), or
        a meat a cut is rarely of ("Veal, sirloin" for "sirloin")."""
        return self._unexplained(tuple(w for w in category_words if w in MUST_EXPLAIN_CATEGORY))

    def _unexplained(
        self, name_words: Sequence[str], neutral: frozenset[str] = NEUTRAL_WORDS
    ) -> int:
        """Name words the query does not ask for; an alternative the query chose the other side
        of does not count ("Cake or cupcake, carrot" for "carrot cake")."""
        explained = self._explained
        count = 0
        for index, word in enumerate(name_words):
            if word in neutral or explained[word] or word.isdigit():
                continue
            if "or" in name_words and self._other_alternative_explained(name_words, index):
                continue
            count += 1
        return count

    def _other_alternative_explained(self, name_words: Sequence[str], index: int) -> bool:
        before = name_words[index - 2] if index >= 2 and name_words[index - 1] == "or" else None
        after = (
            name_words[index + 2]
            if index + 2 < len(name_words) and name_words[index + 1] == "or"
            else None
        )
        return any(
            w is not None and (self._explained[w] or w in NEUTRAL_WORDS) for w in (before, after)
        )


PAIR_MEMORY = 100_000
"""Most word pairs whose match is remembered across queries (all forgotten when full)."""


class _PairMemory(dict[str, dict[str, float]]):
    """Name word → query word → :func:`_pair_match` (a pure function of the two words), so the
    same words in the next query are not compared again; ``pairs`` counts what it holds."""

    def __init__(self) -> None:
        super().__init__()
        self.pairs = 0


_PAIRS: dict[Similarity, _PairMemory] = {}
"""The pair memory of each similarity function."""


def _pair_memory(similarity: Similarity) -> _PairMemory:
    memory = _PAIRS.get(similarity)
    if memory is None or memory.pairs >= PAIR_MEMORY:
        if len(_PAIRS) >= 8:
            _PAIRS.clear()
        memory = _PAIRS[similarity] = _PairMemory()
    return memory


class _WordScores(dict[str, tuple[float, ...]]):
    """How well each name word matches each query word, computed on first use."""

    def __init__(self, query: tuple[str, ...], similarity: Similarity) -> None:
        super().__init__()
        self.query = query
        self.similarity = similarity
        self.memory = _pair_memory(similarity)

    def __missing__(self, name_word: str) -> tuple[float, ...]:
        memory = self.memory
        known = memory.get(name_word)
        if known is None:
            known = memory[name_word] = {}
        found = []
        for q in self.query:
            score = known.get(q)
            if score is None:
                score = known[q] = _pair_match(q, name_word, self.similarity)
                memory.pairs += 1
            found.append(score)
        row = tuple(found)
        self[name_word] = row
        return row


class _BestScores(dict[tuple[str, ...], tuple[float, ...]]):
    """For each query word, its best match among a name's words, computed on first use."""

    def __init__(self, scores: _WordScores) -> None:
        super().__init__()
        self.scores = scores
        self.nothing = (0.0,) * len(scores.query)

    def __missing__(self, name_words: tuple[str, ...]) -> tuple[float, ...]:
        scores = self.scores
        if len(name_words) == 1:  # its one row (the same numbers as the general case)
            found = scores[name_words[0]]
        else:
            rows = [scores[word] for word in name_words]
            found = tuple(map(max, zip(*rows, strict=True))) if rows else self.nothing
        self[name_words] = found
        return found


class _Explained(dict[str, bool]):
    """Whether a name word matches any query word, computed on first use."""

    def __init__(self, scores: _WordScores) -> None:
        super().__init__()
        self.scores = scores

    def __missing__(self, name_word: str) -> bool:
        found = any(self.scores[name_word])
        self[name_word] = found
        return found


MODIFIER_WORDS = frozenset({"with", "on", "in", "made", "topped", "filled"})
"""Words after which a query describes what the food comes with, not what it is."""


def _head_index(query: tuple[str, ...]) -> int:
    """Where the head noun is: the last word, or the word before "with"/"on"/"made"."""
    for index, word in enumerate(query):
        if word in MODIFIER_WORDS and index > 0:
            head = index - 1
            while head > 0 and (query[head] in COOKING_WORDS or query[head] == "made"):
                head -= 1  # "oats cooked in milk": the oats
            return head
    return len(query) - 1


def _pair_match(word: str, other: str, similarity: Similarity) -> float:
    if word == other:
        return 1.0
    if len(word) >= 3 and len(other) >= 3 and (other.startswith(word) or word.startswith(other)):
        return 0.9
    if abs(len(word) - len(other)) <= 3 and float(similarity(word, other)) >= 80:
        return 0.8
    return 0.0
