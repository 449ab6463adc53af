"""The re-ranker on hand-made candidates (no database)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from rapidfuzz import fuzz

from crampcheck.core.foodnames import category_length, has_brand, head_of, singular, words
from crampcheck.core.ranking import Candidate, rerank


def candidate(
    food_id: str,
    name: str,
    kind: str = "fruit",
    deprecated: bool = False,
    measures: int = 2,
    score: float = 1.0,
) -> Candidate:
    name_words = tuple(singular(w) for w in words(name))
    return Candidate(
        food_id,
        name,
        kind,
        deprecated,
        measures,
        60,
        score,
        name_words,
        len(words(head_of(name))),
        has_brand(name),
        category_length(name),
    )


def test_plain_raw_food_beats_products() -> None:
    ranked = rerank(
        "banana",
        [
            candidate("1", "Bread, banana, prepared from recipe", "baked"),
            candidate("2", "Bananas, raw"),
            candidate("3", "Bananas, dehydrated, or banana powder"),
        ],
        fuzz.ratio,
    )
    assert [m.food_id for m in ranked] == ["2", "3", "1"]


def test_category_head_needs_explaining() -> None:
    ranked = rerank(
        "almonds",
        [candidate("1", "Oil, almond", "fat"), candidate("2", "Nuts, almonds", "nut")],
        fuzz.ratio,
    )
    assert ranked[0].food_id == "2"


def test_cooked_form_preferred_for_legumes() -> None:
    ranked = rerank(
        "black beans",
        [
            candidate("1", "Beans, black, mature seeds, raw", "legume"),
            candidate("2", "Beans, black, mature seeds, cooked, boiled, without salt", "legume"),
        ],
        fuzz.ratio,
    )
    assert ranked[0].food_id == "2"


def test_brands_baby_food_and_deprecated_lose() -> None:
    ranked = rerank(
        "apple juice",
        [
            candidate("1", "Babyfood, juice, apple", "infant"),
            candidate("2", "Apple juice, canned or bottled, unsweetened", "fruit"),
            candidate("3", "MOTT'S, apple juice", "fruit"),
            candidate("4", "Apple juice, frozen concentrate", "09", deprecated=True),
        ],
        fuzz.ratio,
    )
    assert ranked[0].food_id == "2"


def test_typo_still_matches() -> None:
    ranked = rerank(
        "brocoli",
        [candidate("1", "Broccoli, raw", "vegetable"), candidate("2", "Carrots, raw", "vegetable")],
        fuzz.ratio,
    )
    assert ranked[0].food_id == "1"
    assert ranked[0].score > ranked[1].score


def test_scores_are_between_zero_and_one() -> None:
    ranked = rerank("milk", [candidate(str(i), f"Milk, type {i}") for i in range(5)], fuzz.ratio)
    assert all(0.0 <= m.score <= 1.0 for m in ranked)


def test_empty_query_or_candidates() -> None:
    assert rerank("", [candidate("1", "Bananas, raw")], fuzz.ratio) == []
    assert rerank("banana", [], fuzz.ratio) == []


def test_neutral_category_does_not_hide_the_food() -> None:
    ranked = rerank(
        "ginger ale",
        [
            candidate("1", "Ginger root, raw", "vegetable"),
            candidate("2", "Carbonated beverage, ginger ale", "drink"),
        ],
        fuzz.ratio,
    )
    assert ranked[0].food_id == "2"


def test_a_product_category_is_not_neutral() -> None:
    ranked = rerank(
        "duck",
        [
            candidate("1", "Egg, duck, whole, fresh, raw", "dairy"),
            candidate("2", "Duck, domesticated, meat only, cooked, roasted", "meat"),
        ],
        fuzz.ratio,
    )
    assert ranked[0].food_id == "2"


def test_brand_is_not_penalised_when_the_query_names_it() -> None:
    ranked = rerank(
        "rice krispies",
        [
            candidate("1", "Rice, white, long-grain, regular, cooked", "grain"),
            candidate("2", "Cereals ready-to-eat, KELLOGG, KELLOGG'S RICE KRISPIES", "cereal"),
        ],
        fuzz.ratio,
    )
    assert ranked[0].food_id == "2"


def test_brand_is_penalised_when_the_query_does_not_name_it() -> None:
    ranked = rerank(
        "corn flakes",
        [
            candidate("1", "Cereals ready-to-eat, KELLOGG, KELLOGG'S Corn Flakes", "cereal"),
            candidate("2", "Cereals ready-to-eat, corn flakes, plain", "cereal"),
        ],
        fuzz.ratio,
    )
    assert ranked[0].food_id == "2"


def as_eaten(food_id: str, name: str, kind: str = "dish") -> Candidate:
    """An as-eaten food; its source records brands apart ("NS" is not a brand)."""
    return replace(candidate(food_id, name, kind), as_eaten=True, branded=False)


@pytest.mark.parametrize(
    ("query", "names", "best"),
    [
        ("pizza", ["Pizza, no cheese, thick crust", "Pizza, cheese, thick crust"], 1),
        ("pizza no cheese", ["Pizza, no cheese, thick crust", "Pizza, cheese, thick crust"], 0),
        ("greek salad", ["Greek Salad, no dressing", "Greek Salad, with dressing"], 0),
        ("pizza", ["Pizza, cheese, thick crust", "Pizza, cheese, NS as to type of crust"], 1),
        ("dumplings", ["Fish, NS as to type, steamed", "Dumpling, steamed"], 1),
        ("pumpernickel", ["Bagel, pumpernickel", "Bread, pumpernickel"], 1),
        # an "NFS" food is the default only when it says every word of the query
        ("custard pie", ["Pie, NFS", "Pie, custard"], 1),
        ("pie", ["Pie, NFS", "Pie, custard"], 0),
        ("mini pie", ["Pie, custard", "Pie, NFS"], 1),  # a size is not a variant
        ("kids pie", ["Pie, custard", "Pie, NFS"], 1),  # a word no pie says names no variant
        # a food named after what the query says it is made with is not the food
        ("oats made with milk", ["Oat milk", "Oatmeal, made with milk, no added fat"], 1),
        ("porridge oats cooked in milk", ["Oat milk", "Oatmeal, oats, made with milk"], 1),
        # no fat said: not the variant cooked with fat; "regular or quick" is the usual form
        ("eggplant", ["Eggplant, cooked, fat added", "Eggplant, cooked, no added fat"], 1),
        ("rice", ["Rice, white, cooked, made with oil", "Rice, white, cooked, plain"], 1),
        ("eggplant with oil", ["Eggplant, cooked, no added fat", "Eggplant, cooked, fat added"], 1),
        (
            "oatmeal made with water",
            ["Oatmeal, instant, made with water", "Oatmeal, regular or quick, made with water"],
            1,
        ),
    ],
)
def test_as_eaten_variants(query: str, names: list[str], best: int) -> None:
    ranked = rerank(query, [as_eaten(str(i), n) for i, n in enumerate(names)], fuzz.ratio)
    assert ranked[0].food_id == str(best)


def test_a_kind_before_the_food_is_not_an_unasked_word() -> None:
    tea = replace(as_eaten("0", "Tea, hot, with milk", "drink"), phrases=(("tea", "latte"),))
    ranked = rerank("latte", [tea, as_eaten("1", "Coffee, Latte", "drink")], fuzz.ratio)
    assert ranked[0].food_id == "1"


@pytest.mark.parametrize(
    ("query", "names", "best"),
    [
        # a kind first, then the food in one or two words
        ("iced latte", ["Coffee, Iced Cafe Mocha", "Coffee, Iced Latte"], 1),
        # a special variant the query does not ask for is not the default
        ("latte", ["Coffee, Latte, decaffeinated", "Coffee, Latte"], 1),
        ("decaf latte", ["Coffee, Latte", "Coffee, Latte, decaffeinated"], 1),
    ],
)
def test_as_eaten_drinks(query: str, names: list[str], best: int) -> None:
    foods = [as_eaten(str(i), n, "drink") for i, n in enumerate(names)]
    ranked = rerank(query, foods, fuzz.ratio)
    assert ranked[0].food_id == str(best)


@pytest.mark.parametrize(
    ("query", "best"),
    [
        ("broccoli", "1"),  # eaten with its usual salt
        ("broccoli without salt", "0"),
    ],
)
def test_cooked_without_salt_only_when_asked(query: str, best: str) -> None:
    ranked = rerank(
        query,
        [
            candidate("0", "Broccoli, cooked, boiled, drained, without salt", "vegetable"),
            candidate("1", "Broccoli, cooked, boiled, drained", "vegetable"),
        ],
        fuzz.ratio,
    )
    assert ranked[0].food_id == best


@pytest.mark.parametrize(
    ("query", "best"),
    [
        ("roasted peanuts", "1"),  # eaten with their usual salt
        ("unsalted roasted peanuts", "0"),
    ],
)
def test_as_eaten_unsalted_only_when_asked(query: str, best: str) -> None:
    foods = [
        as_eaten("0", "Peanuts, roasted, unsalted", "snack"),
        as_eaten("1", "Peanuts, roasted, salted", "snack"),
    ]
    assert rerank(query, foods, fuzz.ratio)[0].food_id == best


def test_a_longer_word_does_not_name_a_shorter_brand() -> None:
    buddig = candidate("0", "CARL BUDDIG, Smoked Sliced Ham", "cured_meat")
    assert rerank("carling", [buddig], fuzz.ratio)[0].score < 0.45
    assert rerank("carl buddig ham", [buddig], fuzz.ratio)[0].score > 0.8


@pytest.mark.parametrize(
    ("query", "best"),
    [
        # one generic word of a brand written in capitals does not name it
        ("oats cooked in milk", "1"),
        ("roman meal oats", "0"),
    ],
)
def test_a_brand_is_named_by_half_its_words(query: str, best: str) -> None:
    ranked = rerank(
        query,
        [
            candidate("0", "Cereals, ROMAN MEAL WITH OATS, cooked with water", "cereal"),
            as_eaten("1", "Oatmeal, oats, made with milk", "grain"),
        ],
        fuzz.ratio,
    )
    assert ranked[0].food_id == best


@pytest.mark.parametrize(
    ("query", "names", "best"),
    [
        # a cut is beef or pork unless the query names a rarer meat
        ("sirloin", ["Veal, sirloin, cooked, roasted", "Beef, sirloin, cooked, roasted"], 1),
        ("veal sirloin", ["Veal, sirloin, cooked, roasted", "Beef, sirloin, cooked, roasted"], 0),
        ("nuggets", ["Turkey, nuggets", "Chicken, nuggets"], 1),
    ],
)
def test_the_usual_meat_of_a_cut(query: str, names: list[str], best: int) -> None:
    foods = [candidate(str(i), name, "meat") for i, name in enumerate(names)]
    assert rerank(query, foods, fuzz.ratio)[0].food_id == str(best)


def test_a_steak_named_kind_first() -> None:
    steak = as_eaten("1", "Beef, steak, sirloin, NS as to fat eaten", "meat")
    ranked = rerank("sirloin", [as_eaten("0", "Beef, roast, NFS", "meat"), steak], fuzz.ratio)
    assert ranked[0].food_id == "1"


def test_an_as_eaten_meat_is_cooked_without_saying_so() -> None:
    ranked = rerank(
        "cooked pork chop",
        [
            candidate("0", "Pork, fresh, blade, (chops), boneless, cooked, broiled", "meat"),
            as_eaten("1", "Pork, chop, NS as to fat eaten", "meat"),
        ],
        fuzz.ratio,
    )
    assert ranked[0].food_id == "1"


@pytest.mark.parametrize(
    ("query", "names", "best"),
    [
        # chicken, beef or pork is the usual meat of a cut or piece the query names alone
        ("nuggets", ["Fish, stick", "Chicken nuggets, NFS"], 1),
        # but not of a food that is not meat
        ("cornbread", ["Chicken cornbread", "Cornbread, NFS"], 1),
    ],
)
def test_the_usual_meat_of_an_as_eaten_food(query: str, names: list[str], best: int) -> None:
    kinds = {"Fish, stick": "fish", "Chicken nuggets, NFS": "meat"}
    foods = [as_eaten(str(i), n, kinds.get(n, "dish")) for i, n in enumerate(names)]
    assert rerank(query, foods, fuzz.ratio)[0].food_id == str(best)


@pytest.mark.parametrize(
    ("query", "best"),
    [
        ("mandarin", "1"),  # another name in brackets
        ("orange", "0"),
    ],
)
def test_an_ingredient_name_in_brackets_is_another_name(query: str, best: str) -> None:
    ranked = rerank(
        query,
        [
            as_eaten("0", "Orange, canned, NFS", "fruit"),
            candidate("1", "Tangerines, (mandarin oranges), raw", "fruit"),
        ],
        fuzz.ratio,
    )
    assert ranked[0].food_id == best


@pytest.mark.parametrize(
    ("query", "best"),
    [("fruit yogurt", "1"), ("nonfat fruit yogurt", "0")],
)
def test_an_ingredient_variant_the_query_does_not_ask_for(query: str, best: str) -> None:
    ranked = rerank(
        query,
        [
            candidate("0", "Yogurt, fruit variety, nonfat", "dairy"),
            candidate("1", "Yogurt, fruit variety, whole milk", "dairy"),
        ],
        fuzz.ratio,
    )
    assert ranked[0].food_id == best


FOODS = [
    candidate("1", "Bread, banana, prepared from recipe", "baked"),
    candidate("2", "Bananas, raw"),
    candidate("3", "Bananas, dehydrated, or banana powder"),
    replace(candidate("4", "Banana split"), phrases=(("banana", "sundae"),)),
]


@pytest.mark.parametrize("query", ["banana", "banana bread", "bananna split", "raw bananas"])
def test_remembered_word_pairs_change_no_score(query: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """The word pairs remembered across queries (and the memory emptied when full) give the
    same ranking, scores included, as comparing every pair anew."""
    from crampcheck.core import ranking

    first = rerank(query, FOODS, fuzz.ratio)
    again = rerank(query, FOODS, fuzz.ratio)  # every pair remembered
    monkeypatch.setattr(ranking, "PAIR_MEMORY", 1)
    emptied = rerank(query, FOODS, fuzz.ratio)  # the memory is emptied on the way
    assert first == again == emptied


def test_the_pair_memory_keeps_few_similarity_functions() -> None:
    from crampcheck.core import ranking

    def similarity_of(bias: float) -> ranking.Similarity:
        return lambda a, b: float(fuzz.ratio(a, b)) + bias

    expected = rerank("banana", FOODS, fuzz.ratio)
    for bias in range(10):
        assert rerank("banana", FOODS, similarity_of(bias * 0.0)) == expected
    assert len(ranking._PAIRS) <= 8
