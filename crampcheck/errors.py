"""The exception hierarchy. Adapters map these to exit codes and HTTP statuses.

::

    CrampcheckError
    ├── InputError            user input we cannot use (CLI exit 2, HTTP 422)
    │   ├── ProfileError      impossible or unsupported profile (age 7, pregnant male)
    │   └── DiaryTextError    diary text we refuse to read at all (empty, too long, binary)
    ├── NotFoundError         an id or name that does not exist (HTTP 404)
    │   ├── UnknownFoodError
    │   └── UnknownNutrientError
    ├── DataError             bundled data is missing or invalid (fail fast at load)
    │   ├── FoodDataError
    │   └── KnowledgeBaseError
    └── StorageError          the diary database cannot be used (HTTP 503)
"""

from __future__ import annotations


class CrampcheckError(Exception):
    """Base class of every error crampcheck raises on purpose."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class InputError(CrampcheckError):
    """Raised when user input cannot be used; the message says how to fix it."""


class ProfileError(InputError):
    """Raised for a profile outside what crampcheck supports (age under 14, pregnant male)."""


class DiaryTextError(InputError):
    """Raised when diary text cannot be read at all (empty, too long, not text)."""


class NotFoundError(CrampcheckError):
    """Raised when a named thing does not exist."""


class UnknownFoodError(NotFoundError):
    """Raised for a food id that is not in the bundled USDA data."""


class UnknownNutrientError(NotFoundError):
    """Raised for a nutrient name that crampcheck does not know."""


class DataError(CrampcheckError):
    """Raised when bundled data is missing or invalid."""


class FoodDataError(DataError):
    """Raised when the bundled food database is missing or corrupt."""


class KnowledgeBaseError(DataError):
    """Raised when the knowledge base fails validation (schema, citations)."""


class StorageError(CrampcheckError):
    """Raised when the diary database cannot be opened, migrated or written."""
