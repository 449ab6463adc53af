"""Adapter over the bundled USDA food database (read-only SQLite with an FTS5 index)."""

from __future__ import annotations

from crampcheck.foods.database import FoodDatabase, open_food_database

__all__ = ["FoodDatabase", "open_food_database"]
