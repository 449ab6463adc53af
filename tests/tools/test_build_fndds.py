"""tools/build_fndds.py: helpers on real strings, and a full rebuild when the source is here."""

from __future__ import annotations

import importlib.util
import json
import sqlite3
import sys
from pathlib import Path
from types import ModuleType

import pytest

from tests.conftest import ROOT


def _builder() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_fndds", ROOT / "tools" / "build_fndds.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


BUILDER = _builder()
SHIPPED = ROOT / "crampcheck" / "data" / "foods"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1 cup", (1.0, "cup")),
        ("1/2 cup, diced", (0.5, "cup, diced")),
        ("Quantity not specified", (1.0, "Quantity not specified")),
        ("1 sandwich (1 slice bread)", (1.0, "sandwich (1 slice bread)")),
        ("Guideline amount per fl oz of beverage", None),
    ],
)
def test_parse_portion(text: str, expected: tuple[float, str] | None) -> None:
    assert BUILDER.parse_portion(text) == expected


@pytest.mark.parametrize(
    ("category", "kind"),
    [
        (1002, "dairy"),
        (3720, "dish"),
        (7302, "drink"),
        (6004, "fruit"),
        (9402, "infant"),
        (9802, "supplement"),
        (5002, "snack"),
        (9999, "other"),
        (3804, "soup"),
    ],
)
def test_kind_of(category: int, kind: str) -> None:
    assert BUILDER.kind_of(category) == kind


@pytest.mark.parametrize(
    ("name", "brands"),
    [
        ("Big Mac (McDonalds)", ["mcdonald"]),
        ("Milk, reduced fat (2%)", []),
        ("Milk, NFS", []),
        ("Graham crackers (Teddy Grahams)", ["teddy"]),
    ],
)
def test_brand_words(name: str, brands: list[str]) -> None:
    assert BUILDER.brand_words(name) == brands


def test_shipped_manifest_describes_the_shipped_database() -> None:
    manifest = json.loads((SHIPPED / BUILDER.MANIFEST_NAME).read_text(encoding="utf-8"))
    db_path = SHIPPED / BUILDER.DB_NAME
    assert manifest["files"][BUILDER.DB_NAME]["content_sha256"] == BUILDER.content_digest(db_path)
    db = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    (foods,) = db.execute("SELECT count(*) FROM foods").fetchone()
    assert foods == manifest["counts"]["foods"] > 5000
    (defaults,) = db.execute("SELECT count(*) FROM foods WHERE default_grams > 0").fetchone()
    assert defaults == manifest["counts"]["foods_with_default_portion"]


SOURCE = BUILDER.find_source()


@pytest.mark.skipif(
    SOURCE is None, reason="FNDDS workbooks (../shared/data/fndds-2021-2023) absent"
)
def test_rebuild_matches_the_shipped_database(tmp_path: Path) -> None:
    manifest = BUILDER.build(SOURCE, tmp_path)
    shipped = json.loads((SHIPPED / BUILDER.MANIFEST_NAME).read_text(encoding="utf-8"))
    rebuilt = manifest["files"][BUILDER.DB_NAME]["content_sha256"]
    assert rebuilt == shipped["files"][BUILDER.DB_NAME]["content_sha256"]
    assert manifest["counts"] == shipped["counts"]
    assert manifest["source"] == shipped["source"]
