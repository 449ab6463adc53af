"""Typed records a format reader produces: what a file holds, before anything is stored.

Every record carries one or more *keys*: the source name plus the sha256 of its normalised
content. The import service stores the keys it has written and skips records whose keys it has
seen, so importing the same file twice adds nothing.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime


def record_key(source: str, *parts: object) -> str:
    """``source:`` plus the sha256 of the parts (normalised by ``repr`` of each, joined)."""
    digest = hashlib.sha256("\x1f".join(repr(part) for part in parts).encode("utf-8"))
    return f"{source}:{digest.hexdigest()}"


@dataclass
class KeyMaker:
    """Keys for the records of one file; the n-th identical record gets its own key.

    Two identical rows (the same food logged twice at one meal) are two records, and
    importing the file again gives both the same keys as before.
    """

    source: str
    _seen: dict[str, int] = field(default_factory=dict)

    def __call__(self, *parts: object) -> str:
        base = record_key(self.source, *parts)
        count = self._seen.get(base, 0)
        self._seen[base] = count + 1
        return base if count == 0 else record_key(self.source, base, count)


@dataclass(frozen=True, slots=True)
class NutrientPart:
    """Nutrient amounts one source record gave (unknown nutrients are absent, never 0)."""

    key: str
    nutrients: Mapping[str, float]


@dataclass(frozen=True, slots=True)
class ImportedFood:
    """One food (or meal) as the source app computed it."""

    at: datetime
    name: str
    amount: str
    source: str
    parts: tuple[NutrientPart, ...]
    meal: str = ""
    grams: float | None = None
    known: frozenset[str] | None = None
    """Nutrients the source reports at all (``None``: those with a value in ``parts``)."""

    @property
    def keys(self) -> tuple[str, ...]:
        """The keys of the source records this food was built from."""
        return tuple(part.key for part in self.parts)


@dataclass(frozen=True, slots=True)
class ImportedFluid:
    """A drink (Apple Health's dietary water)."""

    key: str
    at: datetime
    millilitres: float
    kind: str = "water"


@dataclass(frozen=True, slots=True)
class ImportedLab:
    """A lab result mapped to one of crampcheck's tests (``name`` is the test id)."""

    key: str
    taken_on: date
    name: str
    value: float
    unit: str
    code: str
    display: str = ""


@dataclass(frozen=True, slots=True)
class Skipped:
    """Records left out for one reason: how many, and where the first few were."""

    reason: str
    count: int
    where: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ParsedImport:
    """Everything a reader found in one file."""

    source: str
    label: str
    read: int
    foods: tuple[ImportedFood, ...] = ()
    fluids: tuple[ImportedFluid, ...] = ()
    labs: tuple[ImportedLab, ...] = ()
    skipped: tuple[Skipped, ...] = ()
    notes: tuple[str, ...] = ()


@dataclass
class SkipLog:
    """Collects skipped records by reason (a reader may skip hundreds of thousands)."""

    examples: int = 3
    _counts: dict[str, int] = field(default_factory=dict)
    _where: dict[str, list[str]] = field(default_factory=dict)

    def add(self, reason: str, where: str = "") -> None:
        """Count one skipped record."""
        self._counts[reason] = self._counts.get(reason, 0) + 1
        places = self._where.setdefault(reason, [])
        if where and len(places) < self.examples:
            places.append(where)

    def result(self) -> tuple[Skipped, ...]:
        """The reasons, most frequent first."""
        ordered = sorted(self._counts.items(), key=lambda kv: (-kv[1], kv[0]))
        return tuple(Skipped(r, n, tuple(self._where.get(r, ()))) for r, n in ordered)
