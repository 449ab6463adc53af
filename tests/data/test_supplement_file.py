"""knowledge/supplements.yaml: every product cites a label source, names are unique, and a
broken file is refused with a clear message."""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import ValidationError

from crampcheck.data import read_knowledge_yaml
from crampcheck.data.supplements import SupplementFile, load_supplement_file


def test_the_bundled_file_is_valid_and_every_product_is_cited() -> None:
    file = load_supplement_file()
    sources = {source.id for source in file.sources}
    assert len(file.products) >= 25
    for product in file.products:
        assert set(product.sources) <= sources


def test_product_names_are_unique() -> None:
    names = [name for product in load_supplement_file().products for name in product.names]
    assert len(names) == len(set(names))


def test_no_product_is_an_invented_typical_one() -> None:
    estimates = [p.id for p in load_supplement_file().products if p.estimate]
    assert estimates == []


def test_products_without_label_amounts_say_why() -> None:
    unknown = {p.id for p in load_supplement_file().products if not p.per_unit}
    assert {"multivitamin", "pregnacare", "centrum_adults", "osteocare", "ostelin"} <= unknown
    assert all(p.unknown_because for p in load_supplement_file().products if not p.per_unit)


def test_the_products_checked_this_session_cite_a_dated_source() -> None:
    file = load_supplement_file()
    checked = {source.id for source in file.sources if source.checked is not None}
    for product_id in ("slow_mag", "lmnt", "calcichew_d3_forte", "ostelin_d3_1000"):
        product = next(p for p in file.products if p.id == product_id)
        assert set(product.sources) <= checked, product_id


def _broken(change: dict[str, Any]) -> dict[str, Any]:
    raw = read_knowledge_yaml("supplements.yaml")
    raw["products"][0] = {**raw["products"][0], **change}
    return dict(raw)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"sources": ["L999"]}, "unknown label source"),
        ({"per_unit": {"magnesium_mg": -1}}, "positive"),
        ({"per_unit": {"unobtainium_mg": 5}}, "per_unit"),
        ({"names": ["Slow-Mag"]}, "lower-case"),
        ({"sources": []}, "sources"),
        ({"per_unit": {}}, "unknown_because"),
        ({"unknown_because": "several formulations"}, "not both"),
        ({"short_names": ["mag"]}, "short_names"),
    ],
)
def test_a_broken_file_is_refused(change: dict[str, Any], message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        SupplementFile.model_validate(_broken(change))
