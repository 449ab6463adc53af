"""Ports: the small interfaces the pure core needs from the outside world."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from crampcheck.core.models import Food, FoodMatch


class FoodRepository(Protocol):
    """Read access to the food database (bundled USDA SR data)."""

    def get(self, food_id: str) -> Food:
        """Return one food with nutrients and measures; raise UnknownFoodError if absent."""
        ...

    def search(self, query: str, limit: int = 10) -> Sequence[FoodMatch]:
        """Return the best matches for a free-text food name, best first."""
        ...
