"""What makes food search fast changes no answer: id-and-score retrieval, remembered searches."""

from __future__ import annotations

import pytest

from crampcheck.data import food_db_path
from crampcheck.foods import open_food_database
from crampcheck.foods.aliases import load_aliases
from crampcheck.foods.database import FoodDatabase, FoodSource
from crampcheck.foods.sources import LAYOUTS


def _fresh(search_cache: int = 4096) -> FoodDatabase:
    """A database opened anew: nothing read or remembered yet."""
    base = food_db_path().parent
    sources = tuple(FoodSource(base / layout.file, layout) for layout in LAYOUTS)
    return FoodDatabase(sources, load_aliases(), search_cache=search_cache)


MATCHES = [
    '"banana"',
    '"milk"',
    '"salmon" AND "with" AND "broccoli"',
    '"salmon" OR "with" OR "broccoli"',
    '"chees"* OR "sandw"*',
    '"weetabix"',
]


@pytest.mark.parametrize("match", MATCHES)
@pytest.mark.parametrize("layout", LAYOUTS, ids=lambda layout: layout.source)
def test_retrieval_reads_the_same_foods_and_scores_as_a_joined_query(
    match: str, layout: object
) -> None:
    source = next(s for s in _fresh().sources if s.layout is layout)
    weights = source.layout.fts_weights
    joined = source._db.execute(
        f"SELECT f.food_id, f.name, -bm25(food_fts, {weights})"
        " FROM food_fts JOIN foods f ON f.id = food_fts.rowid"
        f" WHERE food_fts MATCH ? ORDER BY bm25(food_fts, {weights}) LIMIT 30",
        (match,),
    ).fetchall()
    for _ in range(2):  # first read, then from the foods already read
        found = [(c.food_id, c.name, c.retrieval_score) for c in source.fts(match, 30)]
        assert found == [(str(food_id), name, score) for food_id, name, score in joined]


ANY_OF = [
    ["salmon", "with", "broccoli"],
    ["mac", "and", "cheese"],
    ["porridge", "made", "with", "milk", "with", "honey"],
    ["cooked", "rice"],
    ["with", "and"],
    ["weetabix", "with", "milk"],
    ["zzzq", "with"],
]


@pytest.mark.parametrize("query_words", ANY_OF, ids=" ".join)
@pytest.mark.parametrize("layout", LAYOUTS, ids=lambda layout: layout.source)
def test_any_word_retrieval_scores_only_rare_words_foods_and_answers_the_same(
    query_words: list[str], layout: object
) -> None:
    source = next(s for s in _fresh().sources if s.layout is layout)
    phrases = [f'"{word}"' for word in query_words]
    for limit in (1, 30):
        every = source.fts(" OR ".join(phrases), limit)
        assert source.fts_any(phrases, limit) == every
        assert source.fts_any(phrases, limit) == every  # with the phrase counts remembered


QUERIES = ["banana", "2% milk", "cheese sandwich on brown bread", "weetabix", "salmon with rice"]


@pytest.mark.parametrize("query", QUERIES)
def test_a_remembered_search_gives_the_first_answer(query: str) -> None:
    database = _fresh()
    first = database.search(query, limit=5)
    again = database.search(query, limit=5)
    database.forget_searches()
    anew = database.search(query, limit=5)
    assert first == again == anew == open_food_database().search(query, limit=5)
    assert first
    assert first is not again


def test_changing_a_returned_list_does_not_change_the_next_answer() -> None:
    database = _fresh()
    found = database.search("banana", limit=3)
    expected = list(found)
    found.clear()
    assert database.search("banana", limit=3) == expected


def test_searches_with_other_limits_are_answered_apart() -> None:
    database = _fresh()
    assert len(database.search("apple", limit=1)) == 1
    assert len(database.search("apple", limit=4)) == 4


def test_the_memory_of_searches_is_bounded() -> None:
    database = _fresh(search_cache=2)
    answers = {query: database.search(query, limit=3) for query in ("apple", "pear", "plum")}
    assert len(database._searches) <= 2
    assert {query: database.search(query, limit=3) for query in answers} == answers
