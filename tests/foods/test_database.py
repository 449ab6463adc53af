"""The bundled USDA food database: counts, provenance, missing values, search."""

from __future__ import annotations

import hashlib
import json
import sqlite3

import pytest

from crampcheck.core.models import FOOD_KINDS
from crampcheck.data import food_db_path
from crampcheck.errors import UnknownFoodError
from crampcheck.foods import open_food_database
from crampcheck.foods.aliases import load_aliases
from crampcheck.services.foods import Basis, resolve_nutrient, search_foods, top_foods
from tests.conftest import CONTRACT_KEYS, per_100g


@pytest.fixture(scope="module")
def manifest() -> dict[str, object]:
    path = food_db_path().parent / "MANIFEST.json"
    data: dict[str, object] = json.loads(path.read_text(encoding="utf-8"))
    return data


def test_manifest_matches_the_shipped_file(manifest: dict[str, object]) -> None:
    files = manifest["files"]
    assert isinstance(files, dict)
    digest = hashlib.sha256(food_db_path().read_bytes()).hexdigest()
    assert files["foods.sqlite"]["sha256"] == digest


def test_all_foods_are_kept(food_sql: sqlite3.Connection, manifest: dict[str, object]) -> None:
    counts = manifest["counts"]
    assert isinstance(counts, dict)
    assert food_sql.execute("SELECT count(*) FROM foods").fetchone()[0] == 8858 == counts["foods"]
    deprecated = food_sql.execute("SELECT count(*) FROM foods WHERE deprecated = 1").fetchone()[0]
    assert deprecated == 951 == counts["deprecated_foods"]
    measures = food_sql.execute("SELECT count(*) FROM measures").fetchone()[0]
    assert measures == 15274 == counts["measures"]
    assert food_sql.execute("SELECT count(*) FROM food_nutrients").fetchone()[0] == 428390


def test_manifest_has_provenance(manifest: dict[str, object]) -> None:
    for key in ("source", "licence", "generated_by", "counts", "files"):
        assert manifest[key]
    assert "SR24" in json.dumps(manifest["source"])


def test_contract_nutrients_are_present(food_sql: sqlite3.Connection) -> None:
    keys = {k for (k,) in food_sql.execute("SELECT key FROM nutrients")}
    assert keys >= CONTRACT_KEYS
    assert len(keys) > 60


def test_no_stored_value_is_a_placeholder_for_missing(food_sql: sqlite3.Connection) -> None:
    with_d = food_sql.execute(
        "SELECT count(*) FROM food_nutrients fn JOIN nutrients n ON n.id = fn.nutrient"
        " WHERE n.key = 'vitamin_d_ug'"
    ).fetchone()[0]
    assert with_d == 4764  # SR24 has vitamin D for 4,764 of 8,858 foods


def test_vitamin_d_is_stored_in_micrograms(food_sql: sqlite3.Connection) -> None:
    # SR24 gives whole milk with added vitamin D 51 IU per 100 g = 1.275 µg.
    assert per_100g(food_sql, "01077", "vitamin_d_ug") == pytest.approx(51 / 40)


def test_get_food_with_measures() -> None:
    banana = open_food_database().get("09040")
    assert banana.name == "Bananas, raw"
    assert banana.per_100g("potassium_mg") == 358.0
    assert any(m.name.startswith("medium") and m.grams == 118 for m in banana.measures)


@pytest.mark.parametrize(
    ("sr_id", "measure", "grams"),
    [
        ("09326", "medium wedge/slice", 325.0),  # watermelon
        ("09176", "mango", 210.0),  # not SR's "fruit without refuse" 336 g
        ("19095", "scoop", 120.0),  # vanilla ice cream
        ("09266", "slice", 56.0),  # pineapple
        ("15167", "oyster", 15.0),
    ],
)
def test_sr_foods_take_the_fndds_portions_of_the_same_food(
    sr_id: str, measure: str, grams: float
) -> None:
    food = open_food_database().get(sr_id)
    assert food.source == "sr24"
    assert any(m.name == measure and m.grams_each == grams for m in food.measures)


def test_the_fndds_food_named_most_like_the_sr_food_lends_its_portions() -> None:
    foods = open_food_database()
    saltines = next(f for f in foods.search("saltine crackers", limit=10) if f.source == "sr24")
    crackers = foods.get(saltines.food_id)
    assert any(m.name == "cracker" and m.grams_each == 3.0 for m in crackers.measures)


def test_sr_foods_without_an_fndds_twin_keep_their_own_measures() -> None:
    fondue = open_food_database().get("01163")  # cheese fondue: no FNDDS food made of it
    assert fondue.default_grams is None
    assert [m.name for m in fondue.measures] == ["cup", "cup"]


@pytest.mark.parametrize("food_id", ["99999", "abc", "9040", "", "12345678", "0904O", "1" * 40])
def test_unknown_food(food_id: str) -> None:
    with pytest.raises(UnknownFoodError):
        open_food_database().get(food_id)


def test_aliases_point_at_current_foods() -> None:
    foods = open_food_database()
    for phrase, food_id in load_aliases().entries.items():
        assert foods.exists(food_id), phrase
        assert not foods.get(food_id).deprecated, phrase


@pytest.mark.parametrize(
    ("query", "food_id"),
    [
        ("banana", "09040"),
        ("bananna", "09040"),
        ("brocolli", "11090"),
        ("avacado", "09037"),
        ("kiwis", "09148"),
        ("milk", "01079"),
        ("eggs", "01123"),
        ("oatmeal", "08121"),
        ("coffee", "14209"),
        ("Pumpkin Seeds", "12014"),
        ("spinach", "11457"),
        # everyday abbreviations
        ("pb", "16098"),
        ("avo", "09037"),
        ("strawbs", "09316"),
    ],
)
def test_search_top_hit(query: str, food_id: str) -> None:
    assert open_food_database().search(query, limit=5)[0].food_id == food_id


@pytest.mark.parametrize(
    ("query", "name"),
    [
        ("carrot cake", "Cake or cupcake, carrot"),
        ("macaroni and cheese", "Macaroni or noodles with cheese"),
        ("cheese steak sub", "Cheese steak sandwich or sub on white"),
    ],
)
def test_an_alternative_in_a_name_is_not_an_unasked_word(query: str, name: str) -> None:
    """FNDDS names list alternatives ("Cake or cupcake"): the one not asked for costs nothing."""
    assert open_food_database().search(query, limit=5)[0].name == name


def test_search_nonsense_returns_little() -> None:
    results = open_food_database().search("xqzzqx", limit=5)
    assert all(r.score < 0.45 for r in results)


def test_search_many_queries_in_order() -> None:
    results = search_foods(["banana", "milk"], limit=2)
    assert [q for q, _ in results] == ["banana", "milk"]
    assert all(len(m) <= 2 for _, m in results)


def test_top_foods_skip_spices_powders_and_brands() -> None:
    rows = top_foods(resolve_nutrient("magnesium"), Basis.PER_100G, limit=25)
    assert len(rows) == 25
    amounts = [r.per_100g for r in rows]
    assert amounts == sorted(amounts, reverse=True)
    for row in rows:
        assert "powder" not in row.name.lower()
        assert not row.name.startswith(("Spices", "Babyfood"))
    everything = top_foods(
        resolve_nutrient("magnesium"), Basis.PER_100G, limit=25, include_all=True
    )
    assert everything[0].per_100g >= rows[0].per_100g


@pytest.mark.parametrize("basis", list(Basis))
def test_top_foods_each_basis_is_sorted(basis: Basis) -> None:
    rows = top_foods(resolve_nutrient("potassium"), basis, limit=10)
    values = [
        {
            Basis.PER_100G: r.per_100g,
            Basis.PER_PORTION: r.per_portion,
            Basis.PER_100KCAL: r.per_100kcal,
        }[basis]
        for r in rows
    ]
    assert all(v is not None for v in values)
    assert values == sorted(values, reverse=True)  # type: ignore[type-var]


@pytest.mark.parametrize(
    ("food_id", "source", "name"),
    [
        ("09040", "sr24", "Bananas, raw"),
        ("63107010", "fndds-2021-2023", "Banana, raw"),
        ("27510389", "fndds-2021-2023", "Big Mac (McDonalds)"),
    ],
)
def test_ids_of_both_sources(food_id: str, source: str, name: str) -> None:
    food = open_food_database().get(food_id)
    assert (food.source, food.name) == (source, name)
    assert food.kind in FOOD_KINDS


def test_fndds_food_has_its_default_portion_and_complete_profile() -> None:
    food = open_food_database().get("14640000")  # Cheese sandwich, NFS
    assert food.default_grams == pytest.approx(102.0)
    assert all(m.name != "Quantity not specified" for m in food.measures)
    assert all(food.per_100g(key) is not None for key in CONTRACT_KEYS - {"manganese_mg"})


@pytest.mark.parametrize(
    ("query", "food_id"),
    [
        ("cheese sandwich", "14640000"),
        ("big mac", "27510389"),
        ("oat milk", "11360200"),
        ("vegemite", "75236500"),
        ("jam sandwich", "58201005"),
        ("lentil soup", "41603010"),
        ("beef stew", "27311410"),
        ("chicken curry", "27146150"),
        ("weetabix", "42237"),
        # the "NS as to ..." default variant, not one that leaves something out
        ("pizza", "58106210"),
        ("cheese pizza", "58106210"),
        ("roast pumpkin", "73201020"),
    ],
)
def test_search_prefers_foods_as_eaten(query: str, food_id: str) -> None:
    top = open_food_database().search(query, limit=3)[0]
    assert top.food_id == food_id
    assert top.source == open_food_database().get(food_id).source


def test_every_search_result_names_its_source() -> None:
    results = open_food_database().search("cheese", limit=10)
    assert {r.source for r in results} <= {"sr24", "fndds-2021-2023"}
    assert all(r.source for r in results)


def test_same_food_links_a_single_ingredient_food_to_its_sr_food() -> None:
    assert open_food_database().same_food("27510389") == {"27510389", "21400"}


@pytest.mark.parametrize("basis", list(Basis))
@pytest.mark.parametrize("nutrient", ["magnesium", "potassium", "calcium"])
def test_top_foods_are_foods_as_eaten_per_usual_portion(basis: Basis, nutrient: str) -> None:
    rows = top_foods(resolve_nutrient(nutrient), basis, limit=15)
    assert len(rows) == 15
    assert {row.source for row in rows} == {"fndds-2021-2023"}
    for row in rows:
        name = row.name.lower()
        assert not any(word in name for word in ("powder", "rennet", "cottonseed", "dry"))
        assert row.portion_grams is not None
        assert row.portion_grams <= 500
    heads = [row.name.split(",")[0] for row in rows]
    assert len(heads) == len(set(heads))  # one variant of each food


def test_top_foods_all_includes_both_sources() -> None:
    rows = top_foods(resolve_nutrient("magnesium"), Basis.PER_100G, limit=100, include_all=True)
    assert {row.source for row in rows} == {"sr24", "fndds-2021-2023"}


@pytest.mark.parametrize(
    ("word", "corrected"),
    [
        ("passionfruit", "passion fruit"),
        ("peanutbutter", "peanut butter"),
        ("breadcrumbs", "bread crumbs"),
        ("banana", "banana"),
        ("zzzzzzzzzz", "zzzzzzzzzz"),
    ],
)
def test_two_name_words_written_as_one_are_split(word: str, corrected: str) -> None:
    assert open_food_database().correct_spelling(word) == corrected


@pytest.mark.parametrize(
    ("word", "corrected"),
    [
        ("brocolli", "broccoli"),
        ("houmous", "hummus"),
        ("scrambeld", "scrambled"),
        ("perogies", "pierogi"),  # three slips in a long word still close overall
        # a misspelling keeps its first letter: these are other words, not slips
        ("niblets", "niblets"),
        ("hortons", "hortons"),
        ("greggs", "greggs"),
        ("haribo", "haribo"),
        # at most two slips: "montreal" is not "monterey"
        ("montreal", "montreal"),
    ],
)
def test_spelling_corrections_are_typing_slips(word: str, corrected: str) -> None:
    assert open_food_database().correct_spelling(word) == corrected


@pytest.mark.parametrize(
    ("query", "food_id"),
    [
        ("weet-bix", "42237"),  # one word written with a hyphen
        ("semi-skimmed milk", "01079"),  # two words
    ],
)
def test_hyphenated_words(query: str, food_id: str) -> None:
    assert open_food_database().search(query, limit=1)[0].food_id == food_id


@pytest.mark.parametrize(
    ("query", "food_id"),
    [
        ("cooked pork chop", "22101000"),  # found without "cooked", which its name leaves out
        ("sirloin", "21102150"),  # beef, not veal
    ],
)
def test_cooked_meat_as_eaten(query: str, food_id: str) -> None:
    assert open_food_database().search(query, limit=1)[0].food_id == food_id
