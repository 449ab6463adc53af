"""schemathesis against the real app's OpenAPI (local and server mode; PostgreSQL too): no 5xx.

Every operation gets a bounded number of generated requests (valid and invalid ones); each
answer must be documented: its status, its content type and, for JSON, its schema (errors are
``{"error": ...}``, see ``crampcheck/web/openapi.py``). About 30 s per mode and engine on two
cores.
"""

from __future__ import annotations

import os
import warnings
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from crampcheck.web.app import create_app
from crampcheck.web.settings import WebSettings
from tests.storage.conftest import POSTGRES_ENV, reset_postgres
from tests.web.conftest import PASSWORD, AsIfLocal, local_client

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

pytestmark = pytest.mark.slow

EXAMPLES = int(os.environ.get("CRAMPCHECK_SCHEMATHESIS_EXAMPLES", "12"))
"""Generated requests per operation and mode (x 2 modes x ~46 operations); more for a deep run."""

DELETE_PROFILE = ("DELETE", "/api/v1/profiles/{name}")

CHECKS = [
    schemathesis.checks.not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
]


def _server_token(app: Any) -> dict[str, str]:
    """An API token for a new account that owns a profile "me" with a food entry."""
    with TestClient(app) as c:
        body = {"username": "fuzzer", "password": PASSWORD}
        assert c.post("/api/v1/auth/register", json=body).status_code == 201
        csrf = c.post("/api/v1/auth/login", json=body).json()["csrf_token"]
        r = c.post("/api/v1/auth/tokens", json={"name": "fuzz"}, headers={"X-CSRF-Token": csrf})
        return {"Authorization": f"Bearer {r.json()['token']}"}


@pytest.fixture(
    params=[
        ("local", "sqlite"),
        ("server", "sqlite"),
        pytest.param(
            ("server", "postgres"),
            marks=[
                pytest.mark.postgres,
                pytest.mark.skipif(not os.environ.get(POSTGRES_ENV), reason=f"set {POSTGRES_ENV}"),
            ],
        ),
    ],
    ids=["local-sqlite", "server-sqlite", "server-postgres"],
)
def api(request: pytest.FixtureRequest, tmp_path: Path) -> Any:
    """The app (in a mode, on an engine), its schema, and the headers a request needs."""
    mode, engine = request.param
    url = f"sqlite:///{tmp_path / 'st.db'}"
    if engine == "postgres":
        url = os.environ[POSTGRES_ENV]
        reset_postgres(url)
    app = create_app(WebSettings(mode=mode, database_url=url))
    local = mode == "local"
    headers = {} if local else _server_token(app)
    with local_client(app) if local else TestClient(app, headers=headers) as c:
        profile = {"name": "me", "age": 40, "sex": "female"}
        assert c.post("/api/v1/profiles", json=profile).status_code == 201
        assert c.post("/api/v1/profiles/me/food", json={"text": "a banana"}).status_code == 201
    schema = schemathesis.openapi.from_asgi("/openapi.json", AsIfLocal(app) if local else app)
    return schema, headers


def test_no_server_errors_and_every_answer_is_documented(api: Any) -> None:
    schema, headers = api
    failures: list[str] = []
    operations = 0
    statuses: Counter[int] = Counter()
    for result in schema.get_all_operations():
        operation = result.ok()
        operations += 1

        @given(case=operation.as_strategy())
        @settings(
            max_examples=EXAMPLES,
            deadline=None,
            derandomize=True,
            database=None,
            suppress_health_check=list(HealthCheck),
        )
        def check(case: Any) -> None:
            response = case.call_and_validate(headers=headers, checks=CHECKS)
            statuses[response.status_code] += 1
            keeps_me = (case.method.upper(), case.path) != DELETE_PROFILE
            if keeps_me and "name" in (case.path_parameters or {}):
                # again on the profile that exists, so that generated bodies reach the diary
                case.path_parameters["name"] = "me"
                response = case.call_and_validate(headers=headers, checks=CHECKS)
                statuses[response.status_code] += 1

        try:
            check()
        except BaseException as error:  # one operation's failures must not hide the others'
            if isinstance(error, KeyboardInterrupt):
                raise
            failures.append(f"{operation.method.upper()} {operation.path}: {error}")
    assert operations > 40
    assert statuses.total() >= operations * EXAMPLES // 2
    assert {200, 201, 404, 422} <= set(statuses)  # real work, not only rejected input
    assert not failures, "\n\n".join(failures)
