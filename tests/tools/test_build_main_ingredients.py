"""tools/build_main_ingredients.py: a cooked FNDDS food made from the raw SR food is also that
food's cooked SR forms (the query bench's "as eaten" link)."""

from __future__ import annotations

import importlib.util
import sys
from types import ModuleType

import pytest

from tests.conftest import ROOT


def _builder() -> ModuleType:
    path = ROOT / "tools" / "build_main_ingredients.py"
    spec = importlib.util.spec_from_file_location("build_main_ingredients", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


BUILDER = _builder()
HEADER = ("Food code", "Main food description", "", "", "", "Ingredient code", "", "Weight")
SR_NAMES = {
    "11090": "Broccoli, raw",
    "11091": "Broccoli, cooked, boiled, drained, without salt",
    "11742": "Broccoli, cooked, boiled, drained, with salt",
    "11130": "Carrots, frozen, unprepared",
    "11131": "Carrots, frozen, cooked, boiled, drained, without salt",
    "11124": "Carrots, raw",
    "20045": "Rice, white, long-grain, regular, cooked",
}


@pytest.mark.parametrize(
    ("description", "main", "forms"),
    [
        ("Broccoli, fresh, cooked, no added fat", "11090", ["11091", "11742"]),
        ("Carrots, frozen, cooked, no added fat", "11130", ["11131"]),
        ("Broccoli, raw", "11090", None),  # not cooked: the raw food only
        ("Carrots, fresh, cooked, no added fat", "11124", None),  # no cooked SR form named
        ("Rice, white, cooked, NS as to fat", "20045", None),  # the SR food is cooked already
    ],
)
def test_cooked_forms(description: str, main: str, forms: list[str] | None) -> None:
    rows = [HEADER, ("1", description, "", "", "", main, "", 100)]
    found = BUILDER.cooked_forms(rows, {"1": (main, 1.0)}, SR_NAMES)
    assert found.get("1") == forms


def test_shipped_links_list_the_cooked_forms() -> None:
    text = (ROOT / "benchmarks" / "queries" / "fndds_main_ingredient.json").read_text()
    assert '"72201211": ["11090", 0.997, "11091", "11742"]' in text
