"""Product names are found the same whether the product list is a remembered tuple, another
tuple or a list (the names pattern of a tuple is built once)."""

from __future__ import annotations

import pytest

from crampcheck.core.supplements import find_product, product_spans
from crampcheck.data.supplements import load_supplement_products

PRODUCTS = load_supplement_products()

TEXTS = [
    "two slow-mag tablets",
    "holland and barrett magnesium",
    "a centrum and a berocca",
    "nothing here",
]


@pytest.mark.parametrize("text", TEXTS)
def test_names_are_found_alike_in_every_kind_of_product_list(text: str) -> None:
    lists = [PRODUCTS, PRODUCTS, tuple(PRODUCTS), list(PRODUCTS), list(reversed(PRODUCTS))]
    found = [find_product(text, products) for products in lists]
    spans = [product_spans(text, products) for products in lists]
    assert all(product == found[0] for product in found)
    assert all(span == spans[0] for span in spans)


def test_a_smaller_list_finds_only_its_own_names() -> None:
    slow_mag = find_product("two slow-mag tablets", PRODUCTS)
    assert slow_mag is not None
    others = tuple(product for product in PRODUCTS if product is not slow_mag)
    found = find_product("two slow-mag tablets", others)
    assert found is None or found.product_id != slow_mag.product_id
    assert find_product("two slow-mag tablets", (slow_mag,)) == slow_mag
