"""The supplement products file (knowledge/supplements.yaml), validated and loaded once."""

from __future__ import annotations

from datetime import date
from functools import cache

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from crampcheck.core.nutrients import Nutrient
from crampcheck.core.supplements import SupplementProduct
from crampcheck.data import read_knowledge_yaml
from crampcheck.errors import KnowledgeBaseError


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class LabelSource(_Strict):
    """Where a product's label amounts were read (manufacturer label, product page, SmPC)."""

    id: str = Field(pattern=r"^L\d+$")
    title: str = Field(min_length=10)
    url: str = Field(pattern=r"^https://")
    checked: date | None = None
    """When the label amounts were read from this source; ``None``: still to be checked."""


class ProductEntry(_Strict):
    id: str = Field(pattern=r"^[a-z0-9_]+$")
    names: list[str] = Field(min_length=1)
    unit: str
    per_unit: dict[Nutrient, float]
    sources: list[str] = Field(min_length=1)
    compound_note: str | None = None
    estimate: bool = False
    unknown_because: str | None = Field(default=None, min_length=10)
    check_note: str | None = Field(default=None, min_length=10)
    short_names: list[str] = []

    @model_validator(mode="after")
    def _check(self) -> ProductEntry:
        for name in self.names:
            if name != name.lower().strip() or not name:
                raise ValueError(f"product name {name!r} must be non-empty lower-case text")
        if any(value <= 0 for value in self.per_unit.values()):
            raise ValueError(f"{self.id}: label amounts must be positive")
        if bool(self.per_unit) == (self.unknown_because is not None):
            raise ValueError(
                f"{self.id}: give label amounts (per_unit) or say why they are unknown "
                "(unknown_because), not both"
            )
        if not set(self.short_names) <= set(self.names):
            raise ValueError(f"{self.id}: short_names must be among its names")
        return self


class SupplementFile(_Strict):
    sources: list[LabelSource] = Field(min_length=1)
    products: list[ProductEntry] = Field(min_length=1)

    @model_validator(mode="after")
    def _cited(self) -> SupplementFile:
        known = {source.id for source in self.sources}
        for product in self.products:
            missing = set(product.sources) - known
            if missing:
                raise ValueError(f"{product.id}: unknown label source {sorted(missing)}")
        return self


def load_supplement_file() -> SupplementFile:
    try:
        return SupplementFile.model_validate(read_knowledge_yaml("supplements.yaml"))
    except ValidationError as error:
        raise KnowledgeBaseError(f"knowledge/supplements.yaml is invalid: {error}") from error


@cache
def load_supplement_products() -> tuple[SupplementProduct, ...]:
    """The products by name, with label amounts per unit."""
    return tuple(
        SupplementProduct(
            product_id=entry.id,
            names=tuple(entry.names),
            unit=entry.unit,
            per_unit=dict(entry.per_unit),
            sources=tuple(entry.sources),
            compound_note=entry.compound_note,
            estimate=entry.estimate,
            unknown_because=entry.unknown_because,
            check_note=entry.check_note,
            short_names=tuple(entry.short_names),
        )
        for entry in load_supplement_file().products
    )
