"""Bundled data: the USDA food database and the cited knowledge base.

Everything loads through :mod:`importlib.resources` and is cached; nothing downloads.
"""

from __future__ import annotations

from functools import cache
from importlib.resources import as_file, files
from pathlib import Path
from types import MappingProxyType
from typing import Any

import yaml
from pydantic import ValidationError

from crampcheck.core.dri import DriEntry, DriTable, TargetKind, UpperScope
from crampcheck.core.nutrients import Nutrient
from crampcheck.data.schemas import CitationFile, DriFile
from crampcheck.errors import FoodDataError, KnowledgeBaseError

FOOD_DB_NAME = "foods.sqlite"


def food_db_path() -> Path:
    """Path of the bundled SQLite food database (read-only)."""
    resource = files("crampcheck.data").joinpath("foods", FOOD_DB_NAME)
    with as_file(resource) as path:
        if not path.is_file():
            raise FoodDataError(
                f"the bundled food database is missing ({path}); reinstall crampcheck or run "
                "python tools/build_food_db.py"
            )
        return path


def parse_yaml(text: str) -> Any:
    """Parse YAML with libyaml's C loader when present (about 10× faster), else pure Python."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return yaml.load(text, Loader=loader)


def read_knowledge_yaml(name: str) -> Any:
    """Parse one YAML file of the knowledge base."""
    text = files("crampcheck.data").joinpath("knowledge", name).read_text(encoding="utf-8")
    try:
        return parse_yaml(text)
    except yaml.YAMLError as error:
        raise KnowledgeBaseError(f"knowledge/{name} is not valid YAML: {error}") from error


@cache
def load_citations() -> CitationFile:
    """The citation registry (evidence.md §9), validated."""
    try:
        return CitationFile.model_validate(read_knowledge_yaml("citations.yaml"))
    except ValidationError as error:
        raise KnowledgeBaseError(f"knowledge/citations.yaml is invalid: {error}") from error


@cache
def load_dri() -> DriTable:
    """The DRI tables (evidence.md §1), validated, as core :class:`DriEntry` values."""
    try:
        parsed = DriFile.model_validate(read_knowledge_yaml("dri.yaml"))
    except ValidationError as error:
        raise KnowledgeBaseError(f"knowledge/dri.yaml is invalid: {error}") from error
    entries: dict[Nutrient, DriEntry] = {}
    for key, row in parsed.nutrients.items():
        try:
            nutrient = Nutrient(key)
        except ValueError as error:
            raise KnowledgeBaseError(f"dri.yaml names unknown nutrient {key!r}") from error
        entries[nutrient] = DriEntry(
            nutrient=nutrient,
            kind=TargetKind(row.kind),
            upper_scope=UpperScope(row.ul_scope),
            values=MappingProxyType(row.values),
            upper=MappingProxyType(row.ul or {}),
            citations=tuple(row.citations),
            note=row.note,
        )
    return MappingProxyType(entries)
