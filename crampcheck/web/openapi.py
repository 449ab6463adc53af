"""The OpenAPI document states every error status an operation answers, with the real body.

FastAPI documents only 422, with its own ``HTTPValidationError`` (``{"detail": [...]}``), which
this app never sends: every error is ``{"error": {"message", "status", ...}}``
(:class:`crampcheck.web.api_models.ErrorOut`). :func:`install` rewrites the generated document
once so that clients (and schemathesis, ``tests/web/test_schemathesis.py``) see what is sent.
"""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi

from crampcheck.web.api_models import ErrorOut

ERROR_REF = "#/components/schemas/ErrorOut"

DESCRIPTIONS = {
    400: "the body could not be read (send UTF-8 JSON)",
    401: "server mode: not signed in, or the API token is not valid",
    403: "server mode: an unsafe request made with a session cookie lacks its CSRF token",
    404: "no such profile, entry, token or nutrient (another person's profile answers the same)",
    413: "the request body is larger than the limit (256 KB by default)",
    422: "input that cannot be used; the message says why and `details` names the fields",
    429: "too many requests: repeated failed logins, or a rate limit",
    503: "the database, or an optional library such as WeasyPrint, is not available",
}


def error_statuses(method: str, operation: dict[str, Any]) -> set[int]:
    """The error statuses one operation can answer (the status of each error in ``errors.py``)."""
    found = {404, 422, 429}
    if "requestBody" in operation:
        found |= {400, 413}
    tag = (operation.get("tags") or [""])[0]
    if tag in ("diary", "auth"):
        found |= {401, 503}
        if method.upper() in ("POST", "PUT", "PATCH", "DELETE"):
            found.add(403)
    return found


def document_errors(spec: dict[str, Any]) -> dict[str, Any]:
    """``spec`` with ``ErrorOut`` for every error status of every operation, and no ``detail``."""
    schemas = spec.setdefault("components", {}).setdefault("schemas", {})
    error_schema = ErrorOut.model_json_schema(ref_template="#/components/schemas/{model}")
    schemas.update(error_schema.pop("$defs", {}))
    schemas["ErrorOut"] = error_schema
    for name in ("HTTPValidationError", "ValidationError"):
        schemas.pop(name, None)
    content = {"application/json": {"schema": {"$ref": ERROR_REF}}}
    for methods in spec.get("paths", {}).values():
        for method, operation in methods.items():
            responses = operation.setdefault("responses", {})
            for status in sorted(error_statuses(method, operation)):
                responses[str(status)] = {"description": DESCRIPTIONS[status], "content": content}
    return spec


def install(app: FastAPI) -> None:
    """Make ``app.openapi()`` (and ``/openapi.json``) return the rewritten document."""

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            spec = get_openapi(
                title=app.title,
                version=app.version,
                summary=app.summary,
                description=app.description,
                routes=app.routes,
            )
            app.openapi_schema = document_errors(spec)
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
