"""Settings: one object, one loader, every field documented, handed whole to web workers."""

from __future__ import annotations

import re

import pytest

from crampcheck.config import SETTINGS_JSON, Settings, database_url, load_settings
from crampcheck.web.settings import WebSettings, settings_from_env, web_settings
from tests.conftest import ROOT

DOC = (ROOT / "docs" / "configuration.md").read_text(encoding="utf-8")


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


def test_every_setting_is_in_the_docs_and_nothing_else() -> None:
    documented = set(re.findall(r"^\| `CRAMPCHECK_([A-Z_0-9]+)` \|", DOC, flags=re.MULTILINE))
    assert documented == {name.upper() for name in Settings.model_fields}


@pytest.mark.parametrize(
    ("variable", "value", "field", "expected"),
    [
        ("CRAMPCHECK_WEB_MODE", "server", "mode", "server"),
        ("CRAMPCHECK_SECRET_KEY", "k" * 40, "secret_key", "k" * 40),
        ("CRAMPCHECK_SECURE_COOKIES", "1", "secure_cookies", True),
        ("CRAMPCHECK_MAX_BODY_BYTES", "4096", "max_body_bytes", 4096),
        ("CRAMPCHECK_LOGIN_ATTEMPTS", "7", "login_attempts", 7),
        ("CRAMPCHECK_LOGIN_WINDOW_S", "60", "login_window_s", 60),
        ("CRAMPCHECK_SESSION_MAX_AGE_S", "3600", "session_max_age_s", 3600),
        ("CRAMPCHECK_SESSION_IDLE_S", "600", "session_idle_s", 600),
        ("CRAMPCHECK_MAX_CONCURRENT_HASHES", "2", "max_concurrent_hashes", 2),
        ("CRAMPCHECK_ANONYMOUS_PER_MINUTE", "9", "anonymous_per_minute", 9),
        ("CRAMPCHECK_DATABASE_URL", "sqlite:///x.db", "database_url", "sqlite:///x.db"),
    ],
)
def test_each_variable_reaches_the_web_app(
    monkeypatch: pytest.MonkeyPatch, variable: str, value: str, field: str, expected: object
) -> None:
    monkeypatch.setenv(variable, value)
    assert getattr(settings_from_env(), field) == expected


def test_invalid_values_are_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    from pydantic import ValidationError

    monkeypatch.setenv("CRAMPCHECK_WEB_MODE", "public")
    with pytest.raises(ValidationError):
        load_settings()


def test_serve_hands_the_whole_object_to_workers(monkeypatch: pytest.MonkeyPatch) -> None:
    chosen = load_settings(web_mode="server", login_attempts=3, database_url="sqlite:///w.db")
    monkeypatch.setenv(SETTINGS_JSON, chosen.model_dump_json())
    monkeypatch.setenv("CRAMPCHECK_LOGIN_ATTEMPTS", "99")  # the handed-over object wins
    assert load_settings() == chosen
    assert web_settings(chosen).login_attempts == 3
    assert settings_from_env().mode == "server"


def test_web_defaults_are_the_settings_defaults() -> None:
    defaults, web = Settings(), WebSettings()
    for name in ("login_attempts", "session_idle_s", "max_body_bytes", "anonymous_per_minute"):
        assert getattr(web, name) == getattr(defaults, name)
    assert web.mode == defaults.web_mode
