"""Pydantic models that validate the bundled knowledge files when they are loaded."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from crampcheck.core.dri import AGE_BANDS, PREGNANCY_BANDS

CitationId = str
_GROUPS = ("male", "female", "pregnant", "lactating")


class CitationFile(BaseModel):
    """citations.yaml: one entry per reference in evidence.md §9."""

    model_config = ConfigDict(extra="forbid")

    class Citation(BaseModel):
        model_config = ConfigDict(extra="forbid")
        id: CitationId = Field(pattern=r"^R\d+$")
        title: str
        text: str
        verification: Literal["V", "C", "K"] | None
        urls: list[str]
        dois: list[str]
        merged_into: CitationId | None = None

    provenance: dict[str, str]
    citations: list[Citation]


BandTable = dict[str, dict[str, float]]


class DriNutrient(BaseModel):
    """One nutrient in dri.yaml."""

    model_config = ConfigDict(extra="forbid")

    kind: Literal["rda", "ai"]
    ul_scope: Literal["total", "supplements", "cdrr", "none"]
    note: str
    citations: list[CitationId] = Field(min_length=1)
    values: BandTable
    ul: BandTable | None = None

    @field_validator("values", "ul")
    @classmethod
    def _every_life_stage(cls, table: BandTable | None) -> BandTable | None:
        if table is None:
            return None
        if set(table) != set(_GROUPS):
            raise ValueError(f"groups must be exactly {_GROUPS}, got {sorted(table)}")
        for group, bands in table.items():
            wanted = PREGNANCY_BANDS if group in ("pregnant", "lactating") else _adult_bands()
            if set(bands) != set(wanted):
                raise ValueError(f"{group}: bands must be {wanted}, got {sorted(bands)}")
            if any(value <= 0 for value in bands.values()):
                raise ValueError(f"{group}: values must be positive")
        return table


def _adult_bands() -> tuple[str, ...]:
    return tuple(name for name, _, _ in AGE_BANDS)


class DriFile(BaseModel):
    """dri.yaml."""

    model_config = ConfigDict(extra="forbid")
    nutrients: dict[str, DriNutrient]
