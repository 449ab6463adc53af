"""The regional and brand word table (data/foods/regional.yaml): diary phrases as people type
them, through the parser and the locale's words, reach the FNDDS food a coder would use."""

from __future__ import annotations

import pytest

from crampcheck.core.locale import Locale
from crampcheck.errors import FoodDataError
from crampcheck.foods import open_food_database
from crampcheck.foods.aliases import AliasTable, _add_entries, load_aliases, normalise
from crampcheck.services.intake import analyze_intake

GB, AU, CA, US = Locale.EN_GB, Locale.EN_AU, Locale.EN_CA, Locale.EN_US

BEER, LIGHT_BEER, RED, WHITE = "93101000", "93102000", "93401010", "93401020"
COOKIE_FILLED, FRUIT_SODA = "91705080", "92410510"


@pytest.mark.parametrize(
    ("locale", "text", "food_id"),
    [
        # beer brands and styles, in the glasses people drink them from
        (GB, "pint of guinness", BEER),
        (GB, "a pint of carling", BEER),
        (GB, "2 pints of stella", BEER),
        (GB, "bottle of becks", BEER),
        (GB, "a pint of bitter", "14003"),  # "bitter" is beer (core/locale.py), aliases.yaml
        (GB, "half of john smiths", BEER),
        (AU, "stubby of VB", BEER),
        (AU, "schooner of tooheys new", BEER),
        (AU, "middy of carlton draught", BEER),
        (AU, "2 tinnies of coopers pale ale", BEER),
        (AU, "stubby of xxxx gold", LIGHT_BEER),
        (AU, "hahn premium light", LIGHT_BEER),
        (CA, "pint of moosehead", BEER),
        (CA, "bottle of molson canadian", BEER),
        (CA, "a kokanee", BEER),
        (US, "bud light", LIGHT_BEER),
        (US, "2 coors lights", LIGHT_BEER),
        (US, "a corona", BEER),
        (US, "an ipa", BEER),
        (GB, "heineken zero", "92803000"),
        # cider: alcoholic in Britain and Australia, apple juice cider in the US
        (GB, "pint of cider", "93106500"),
        (AU, "a pear cider", "93106500"),
        (GB, "bottle of strongbow", "93106500"),
        (US, "glass of cider", "64101010"),
        (GB, "a smirnoff ice", "93106000"),
        (US, "white claw", "93106600"),
        # wine varietals
        (AU, "glass of shiraz", RED),
        (US, "glass of merlot", RED),
        (AU, "cab sav", RED),
        (GB, "large glass of pinot grigio", WHITE),
        (GB, "glass of sauvignon blanc", WHITE),
        (AU, "2 glasses of goon", WHITE),
        (GB, "glass of rose", "93401030"),
        (GB, "glass of prosecco", "93401005"),
        (CA, "glass of ice wine", "93402000"),
        # spirits and mixed drinks (one item, not two foods)
        (AU, "bundy and coke", "93301190"),
        (US, "2 jack and cokes", "93301182"),
        (GB, "g&t", "93301060"),
        (GB, "vodka and red bull", "93301216"),
        (CA, "rye and ginger", "93301184"),
        (CA, "a caesar", "93301030"),
        (GB, "baileys", "93201010"),
        # soft drinks, squash and energy drinks
        (GB, "can of irn bru", "92410550"),
        (GB, "can of vimto", FRUIT_SODA),
        (GB, "can of lemonade", FRUIT_SODA),
        (AU, "can of solo", FRUIT_SODA),
        (GB, "carton of ribena", "92530610"),
        (GB, "robinsons orange squash", "92511015"),
        (AU, "bundy ginger beer", "92410610"),
        (US, "can of canada dry", "92410610"),
        (GB, "dandelion and burdock", "92410710"),
        (US, "dr pepper", "92410360"),
        (GB, "pepsi max", "92410320"),
        (GB, "bottle of lucozade", "95311000"),
        (AU, "can of V", "95311000"),
        (US, "red bull", "95310600"),
        (US, "monster", "95310400"),
        (GB, "lucozade sport", "95321000"),
        # malted and chocolate drinks, coffee-shop words
        (AU, "a milo", "11526000"),
        (GB, "mug of horlicks", "11526000"),
        (US, "ovaltine", "11526000"),
        (AU, "a piccolo", "92101900"),
        (AU, "flat white", "92101900"),
        (GB, "a cortado", "92101900"),
        (CA, "medium iced capp", "92101920"),
        (US, "caramel macchiato", "92101820"),
        (US, "chai latte", "92306800"),
        # biscuits and cookies
        (GB, "2 digestives", "54102010"),
        (GB, "mcvities choc digestives x2", "54102020"),
        (GB, "2 hobnobs", "53233000"),
        (GB, "rich tea biscuit x4", "53241500"),
        (GB, "couple of custard creams", "53243000"),
        (GB, "2 bourbons", "53209015"),
        (GB, "2 jammie dodgers", "53244020"),
        (GB, "2 jaffa cakes", "53108200"),
        (AU, "3 scotch finger biscuits", "53239000"),
        (AU, "anzac biscuit", "53233000"),
        (AU, "2 x tim tams", COOKIE_FILLED),
        (AU, "arnotts tim tam", COOKIE_FILLED),
        (GB, "kitkat 4 finger", COOKIE_FILLED),
        (CA, "coffee crisp", COOKIE_FILLED),
        (US, "twix", COOKIE_FILLED),
        # chocolate, sweets and ice creams
        (GB, "dairy milk bar", "91705010"),
        (AU, "freddo frog", "91705010"),
        (CA, "aero bar", "91705010"),
        (GB, "a mars bar", "91705510"),
        (US, "snickers bar", "91705520"),
        (GB, "bag of maltesers", "91705020"),
        (CA, "caramilk bar", "91705450"),
        (GB, "a crunchie", "91705450"),
        (GB, "a bounty", "91705470"),
        (AU, "cherry ripe", "91705470"),
        (CA, "crispy crunch", "91705530"),
        (CA, "box of smarties", "91746100"),
        (US, "box of smarties", "91745110"),
        (GB, "bag of haribo", "91745010"),
        (AU, "paddle pop", "13120050"),
        (AU, "golden gaytime", "13120100"),
        (AU, "bubble o bill", "13120140"),
        (AU, "zooper dooper", "91612000"),
        (AU, "icy pole", "91611000"),
        # crisps, crackers and savoury snacks
        (GB, "packet of walkers", "71200100"),
        (GB, "packet of ready salted", "71200100"),
        (GB, "bag of cheese and onion crisps", "71200140"),
        (AU, "packet of smiths salt and vinegar chips", "71200140"),
        (CA, "small bag of ketchup chips", "71200140"),
        (CA, "bag of hickory sticks", "71205030"),
        (GB, "packet of quavers", "54401055"),
        (AU, "packet of twisties", "54401055"),
        (GB, "bag of monster munch", "54401026"),
        (GB, "pringles", "71200300"),
        (GB, "2 poppadoms", "41311000"),
        (GB, "prawn crackers", "54406200"),
        (AU, "5 jatz", "54301030"),
        (AU, "half a packet of shapes", "54301020"),
        (AU, "3 saos", "54336000"),
        (AU, "2 vita weats", "54305010"),
        (AU, "3 corn thins", "54319020"),
        (GB, "mini cheddars", "54304000"),
        (AU, "tiny teddies", "54102015"),
        # breakfast cereals by brand
        (AU, "weetbix 3", "42237"),
        (GB, "shreddies", "57417000"),
        (GB, "frosties", "57348000"),
        (AU, "rice bubbles", "57151000"),
        (AU, "coco pops", "57126000"),
        (AU, "special k 1 cup", "57344000"),
        (AU, "nutri-grain", "57301600"),
        (GB, "crunchy nut", "57348000"),
        (GB, "ready brek", "08123"),
        # takeaway, pub and national dishes
        (GB, "doner kebab", "27516010"),
        (GB, "a kebab", "27516010"),
        (CA, "donair", "27516010"),
        (CA, "box of KD", "58145112"),
        (CA, "slice of tourtiere", "27317010"),
        (GB, "steak and ale pie", "27317010"),
        (GB, "cornish pasty", "27317010"),
        (AU, "a meat pie", "27317010"),
        (GB, "greggs sausage roll", "27560350"),
        (GB, "lancashire hotpot", "27330210"),
        (GB, "slice of black pudding", "25220210"),
        (GB, "gammon steak", "10151"),
        (GB, "2 rashers of bacon", "22501010"),
        (CA, "2 slices peameal bacon", "22501010"),
        (AU, "2 bbq snags", "25220105"),
        (AU, "2 rissoles", "21500310"),
        (AU, "kangaroo steak", "23321200"),
        (AU, "2 dim sims", "58112510"),
        (AU, "chiko roll", "58110130"),
        (AU, "chicken parmi", "27146300"),
        (GB, "chicken vindaloo", "27146150"),
        (GB, "onion bhaji", "75440400"),
        (US, "philly cheesesteak", "27514030"),
        (GB, "nandos half chicken", "24102060"),
        (CA, "2 piece mary browns", "24107070"),
        (US, "mcchicken", "27540146"),
        (CA, "bannock", "51140100"),
        (CA, "beavertail", "53452500"),
        (CA, "butter tart", "53385000"),
        (CA, "nanaimo bar", "53211000"),
        (AU, "lamington", "53121270"),
        (GB, "a flapjack", "53712000"),
        (GB, "crumpet", "51186010"),
        (GB, "scone", "52105100"),
        (GB, "hot cross bun", "51161020"),
        (GB, "mushy peas", "75224021"),
        (AU, "two mandies", "61100600"),
        (AU, "an up and go", "95102000"),
        (AU, "up & go", "95102000"),
        (AU, "whopper from hungry jacks", "27510615"),
        (US, "small frosty", "11542100"),
        (US, "2 slices dominos", "58106210"),
        (CA, "large french vanilla", "92101904"),
        (AU, "magic", "92101900"),
        (AU, "boost juice original", "11553110"),
        (GB, "cadburys hot choc", "01105"),
        (GB, "four finger kit kat", COOKIE_FILLED),
        (CA, "glass of ontario riesling", WHITE),
        (GB, "large glass of house white", WHITE),
        # issue 16, foods-v4/v5 misses: apple varieties, fast-food sandwiches, national dishes
        (US, "a honeycrisp", "63101000"),
        (AU, "a pink lady", "63101000"),
        (GB, "a braeburn", "63101000"),
        (GB, "burger king chicken royale", "27540146"),
        (AU, "a mcspicy", "27540146"),
        (US, "daves double", "27510405"),
        (CA, "2 mini babybels", "14105010"),
        (GB, "skyr, 150g", "11411390"),
        (CA, "pogo", "27560300"),
        (CA, "clamato", "74302000"),
        (CA, "can of lift", "92410510"),
        (CA, "palm bay", "93404000"),
        (GB, "pain au chocolat", "51166200"),
        (GB, "5 chicken goujons", "24198746"),
        (GB, "four roasties", "71104030"),
        (US, "handful of craisins", "62109100"),
        (GB, "big bowl of carbonara", "58146402"),
        (CA, "poulet general tao", "27445150"),
        (AU, "mongolian beef", "27115000"),
        (AU, "tuna mornay, a cup", "27150120"),
        (CA, "chicken souvlaki pita", "27516010"),
        (US, "shrimp po boy", "27550150"),
        (CA, "western sandwich", "34001120"),
        (CA, "rice krispie square", "53226500"),
        (CA, "dilly bar", "13120140"),
        (CA, "green onion cake", "51300185"),
        (CA, "feves au lard, half cup", "41208030"),
        (AU, "3 lamb cutlets", "23101000"),
        (GB, "oat so simple", "56203086"),
        (AU, "half a bunch of broccolini", "72201211"),
    ],
)
def test_regional_phrase_reaches_its_food(locale: Locale, text: str, food_id: str) -> None:
    (item,) = analyze_intake(text, locale=locale).items
    assert item.food_id == food_id, (item.food_id, item.name)


@pytest.mark.parametrize(
    ("locale", "text", "first_food", "parts"),
    [
        (GB, "bowl of shreddies", "Cereal, shredded wheat", 2),  # the cereal, then milk on it
        (CA, "med dbl dbl", "Coffee, brewed", 3),  # brewed coffee, two creams, two sugars
    ],
)
def test_regional_phrase_with_parts(locale: Locale, text: str, first_food: str, parts: int) -> None:
    items = analyze_intake(text, locale=locale).items
    names = [str(item.name) for item in items]
    assert (names[0].startswith(first_food), len(items)) == (True, parts), names


def test_toad_in_the_hole_is_sausages_in_yorkshire_pudding() -> None:
    names = [str(item.name) for item in analyze_intake("toad in the hole", locale=GB).items]
    assert len(names) == 2
    assert "Pork sausage" in names[0]
    assert names[1] == "Popover"


@pytest.mark.parametrize(
    ("phrase", "food_id"),
    [
        ("mcvities digestives", "54102010"),  # a maker before a regional word
        ("tesco semi skimmed milk", "01079"),  # and before a generic alias
        ("kit kat chunky bar", COOKIE_FILLED),  # a pack word after a regional word
        ("scotch finger cookie", "53239000"),  # the locale's "biscuit" -> "cookie"
        ("nando's half chicken", "24102060"),  # apostrophes dropped
        ("cadburys dairy milk", "91705010"),
        ("granola bar", None),  # the pack word is dropped only before a regional word
        ("ontario riesling", WHITE),  # a place before a regional word
        ("barossa valley shiraz", RED),
        ("french toast", None),  # but not before a generic alias ("toast")
        ("kettle corn", "54403089"),  # a crisp brand is not a maker before other foods
        ("", None),
    ],
)
def test_lookup_fallbacks(phrase: str, food_id: str | None) -> None:
    assert load_aliases().lookup(phrase) == food_id


def test_normalise_drops_apostrophes() -> None:
    assert normalise("Nando's") == normalise("nandos") == "nando"


def test_a_phrase_may_not_name_two_foods_across_files() -> None:
    entries: dict[str, str] = {"lager": "14003"}
    with pytest.raises(FoodDataError, match="two foods"):
        _add_entries(entries, {"aliases": {"93101000": ["lager"]}}, "regional.yaml")


def test_the_regional_table_is_broad_and_loaded_with_the_aliases() -> None:
    table = load_aliases()
    assert isinstance(table, AliasTable)
    assert len(table.regional) >= 2000
    assert set(table.regional.items()) <= set(table.entries.items())
    assert {"mcvitie", "tim horton", "arnott"} <= table.makers
    assert len(set(table.regional.values())) >= 250


def test_regional_foods_are_current() -> None:
    foods = open_food_database()
    for food_id in set(load_aliases().regional.values()):
        assert foods.exists(food_id), food_id
        assert not foods.get(food_id).deprecated, food_id
