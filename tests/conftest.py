"""Shared fixtures."""

from __future__ import annotations

import os

import pytest


@pytest.fixture(autouse=True)
def clean_environ(monkeypatch: pytest.MonkeyPatch) -> None:
    """No CRAMPCHECK_* setting from the developer's shell leaks into a test."""
    for name in list(os.environ):
        if name.startswith("CRAMPCHECK_") and name != "CRAMPCHECK_TEST_POSTGRES_URL":
            monkeypatch.delenv(name)
