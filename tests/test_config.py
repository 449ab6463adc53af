"""Settings: where the diary database is, from --db, the environment or the default."""

from __future__ import annotations

import pytest

from crampcheck.config import Settings, database_url


def test_default_is_sqlite_in_the_user_data_dir() -> None:
    url = Settings().database_url
    assert url.startswith("sqlite:///")
    assert url.endswith("crampcheck.db")
    assert "crampcheck" in url


def test_environment_then_override(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CRAMPCHECK_DATABASE_URL", "sqlite:///env.db")
    assert database_url() == "sqlite:///env.db"
    assert database_url("sqlite:///flag.db") == "sqlite:///flag.db"


def test_every_setting_is_described() -> None:
    for name, field in Settings.model_fields.items():
        assert field.description, name
