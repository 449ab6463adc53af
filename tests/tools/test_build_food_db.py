"""tools/build_food_db.py: a tiny synthetic SR jar, and (in CI) a full rebuild from the .deb."""

from __future__ import annotations

import importlib.util
import json
import os
import sqlite3
import sys
import zipfile
from pathlib import Path
from types import ModuleType

import pytest

from tests.conftest import ROOT


def _builder() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "build_food_db", ROOT / "tools" / "build_food_db.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


NUTRIENTS_XML = """<nutrients>
<nutrient name="Energy" unit="kcal" usda="208" category="General"/>
<nutrient name="Magnesium" unit="mg" usda="304" category="Minerals"/>
<nutrient name="Vitamin D" unit="IU" usda="324" category="Vitamins"/>
<nutrient name="ALA" unit="g" usda="513" category="Amino Acids"/>
</nutrients>"""

FOOD_A = (
    '<food uid="09040" name="Bananas, raw"><measure amount="1.0" name="medium" '
    'grams="118.0"/><nutrient amount="89.0" name="Energy"/>'
    '<nutrient amount="27.0" name="Magnesium"/><nutrient amount="40.0" name="Vitamin D"/>'
    "</food>"
)
FOOD_B = (
    '<food uid="43001" name="Babyfood, something"><nutrient amount="50.0" name="Energy"/></food>'
)


@pytest.fixture
def package(tmp_path: Path) -> Path:
    root = tmp_path / "deb"
    (root / "usr/share/cronometer").mkdir(parents=True)
    (root / "usr/share/java").mkdir(parents=True)
    with zipfile.ZipFile(root / "usr/share/cronometer/usda_sr24.jar", "w") as jar:
        jar.writestr("usda_sr24/09040.xml", FOOD_A)
        jar.writestr("usda_sr24/43001.xml", FOOD_B)
        jar.writestr("usda_sr24/foods.index", "09040|Bananas, raw\n")
        jar.writestr("usda_sr24/deprecated.index", "43001|BABYFOOD\n")
    with zipfile.ZipFile(root / "usr/share/java/cronometer.jar", "w") as jar:
        jar.writestr("nutrients.xml", NUTRIENTS_XML)
    return root


def test_synthetic_build(package: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    manifest = _builder().build(package, out)
    db = sqlite3.connect(out / "foods.sqlite")
    foods = dict(db.execute("SELECT food_id, deprecated FROM foods"))
    assert foods == {"09040": 0, "43001": 1}
    rows = dict(
        db.execute(
            "SELECT n.key, fn.amount FROM food_nutrients fn JOIN nutrients n ON n.id = fn.nutrient"
            " JOIN foods f ON f.id = fn.food WHERE f.food_id = '09040'"
        )
    )
    assert rows == {"energy_kcal": 89.0, "magnesium_mg": 27.0, "vitamin_d_ug": 1.0}
    baby = dict(
        db.execute(
            "SELECT n.key, fn.amount FROM food_nutrients fn JOIN nutrients n ON n.id = fn.nutrient"
            " JOIN foods f ON f.id = fn.food WHERE f.food_id = '43001'"
        )
    )
    assert baby == {"energy_kcal": 50.0}  # missing stays missing: no magnesium row, no zero
    assert db.execute("SELECT group_code FROM foods WHERE food_id = '43001'").fetchone() == ("03",)
    assert "alanine_g" in {k for (k,) in db.execute("SELECT key FROM nutrients")}
    on_disk = json.loads((out / "MANIFEST.json").read_text())
    assert on_disk["counts"] == manifest["counts"]
    assert on_disk["counts"]["foods"] == 2


@pytest.mark.slow
def test_full_rebuild_matches_the_shipped_database(tmp_path: Path) -> None:
    source = os.environ.get("CRAMPCHECK_TEST_CRONOMETER_DIR")
    if not source:
        pytest.skip("set CRAMPCHECK_TEST_CRONOMETER_DIR to an unpacked cronometer .deb")
    manifest = _builder().build(Path(source), tmp_path)
    shipped = json.loads((ROOT / "crampcheck/data/foods/MANIFEST.json").read_text())
    rebuilt = manifest["files"]["foods.sqlite"]["content_sha256"]
    assert rebuilt == shipped["files"]["foods.sqlite"]["content_sha256"]
    assert manifest["counts"] == shipped["counts"]
