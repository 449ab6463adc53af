"""Every error becomes a 4xx/5xx with ``{"error": {"message": ...}}`` (JSON) or an HTML page."""

from __future__ import annotations

import logging
import traceback
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from crampcheck.errors import (
    CrampcheckError,
    DataError,
    InputError,
    NotFoundError,
    StorageError,
)
from crampcheck.web import openapi
from crampcheck.web.limits import BodyTooLarge

log = logging.getLogger("crampcheck.web")


class AuthError(CrampcheckError):
    """Not logged in (401) or not allowed (403)."""

    def __init__(self, message: str, status: int = 401) -> None:
        super().__init__(message)
        self.status = status


class TooManyRequests(CrampcheckError):
    """Login limits or rate limits (429), with the seconds to wait (``Retry-After``)."""

    def __init__(self, message: str, retry_after_s: int = 60) -> None:
        super().__init__(message)
        self.retry_after_s = retry_after_s


class Busy(CrampcheckError):
    """The server is at its limit of concurrent password checks (503)."""


def status_for(error: CrampcheckError) -> int:
    """The HTTP status of a crampcheck error."""
    if isinstance(error, AuthError):
        return error.status
    if isinstance(error, TooManyRequests):
        return 429
    if isinstance(error, Busy):
        return 503
    if isinstance(error, InputError):
        return 422
    if isinstance(error, NotFoundError):
        return 404
    if isinstance(error, StorageError) or type(error).__name__ == "ReportUnavailableError":
        return 503  # the database, or an optional library (WeasyPrint), is not available
    return 500


def safe_message(error: CrampcheckError) -> str:
    if isinstance(error, DataError):
        return "crampcheck's bundled data could not be read; please reinstall crampcheck"
    return error.message


def describe_validation(errors: list[Any]) -> str:
    """One readable sentence from pydantic errors: ``profile.age: Field required``."""
    parts = []
    for error in errors[:5]:
        where = ".".join(str(p) for p in error.get("loc", ()) if p not in ("body", "query"))
        message = str(error.get("msg", "invalid")).removeprefix("Value error, ")
        if error.get("type") == "json_invalid":
            reason = str((error.get("ctx") or {}).get("error", ""))
            message = "the body is not valid JSON" + (f" ({reason})" if reason else "")
            where = ""
        parts.append(f"{where}: {message}" if where else message)
    return "; ".join(parts) or "invalid request"


def error_response(request: Request, status: int, message: str, **extra: Any) -> Response:
    """JSON for the API (and anything that is not a browser page), else a small HTML page."""
    is_page = not request.url.path.startswith("/api/")
    if is_page and request.headers.get("hx-request"):
        fragment: Response = request.app.state.templates.TemplateResponse(
            request, "_error.html.j2", {"error": message}, status_code=status
        )
        return fragment  # htmx swaps it into the result area
    if is_page and "text/html" in request.headers.get("accept", ""):
        templates = request.app.state.templates
        page: Response = templates.TemplateResponse(
            request,
            "error.html.j2",
            {"status": status, "message": message, "mode": "", "csrf": "", "path": ""},
            status_code=status,
        )
        return page
    return JSONResponse({"error": {"message": message, "status": status, **extra}}, status)


def route_of(request: Request) -> str:
    """The route template (``/api/v1/profiles/{name}/food``), never the path people filled in."""
    route = request.scope.get("route")
    return str(getattr(route, "path", "")) or "(no route)"


def log_failure(request: Request, error: BaseException, status: int) -> None:
    """Log a 5xx by exception class, route and code location only.

    Never ``str(error)`` nor a traceback: exception messages carry what people sent (SQLAlchemy
    errors include the SQL parameters, i.e. diary text), and nothing people write may reach the
    logs. The source locations (file, line, function) are enough to find the bug.
    """
    frames = traceback.extract_tb(error.__traceback__)[-4:]
    where = " < ".join(f"{Path(f.filename).name}:{f.lineno} {f.name}" for f in reversed(frames))
    fields = {"route": route_of(request), "error_class": type(error).__name__, "status": status}
    log.error(
        "request failed: %s %s -> %s %s at %s",
        request.method,
        fields["route"],
        status,
        fields["error_class"],
        where or "?",
        extra=fields,
    )


class CatchAllMiddleware:
    """Answer an unexpected exception with a 500 here, inside the app.

    Starlette's outermost error middleware re-raises after answering, so the server would log the
    whole traceback (with the exception's message: request data) and drop the keep-alive
    connection. Here the failure is logged by :func:`log_failure` and the connection stays usable.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def tracking(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, receive, tracking)
        except BodyTooLarge:
            raise  # the size limit (the middleware around this one) answers 413
        except Exception as error:
            request = Request(scope)
            log_failure(request, error, 500)
            if not started:
                response = error_response(request, 500, INTERNAL_MESSAGE)
                await response(scope, receive, send)


INTERNAL_MESSAGE = "unexpected internal error (please report it)"


def install(app: FastAPI) -> None:
    """Register the exception handlers (and the catch-all middleware)."""

    async def crampcheck_error(request: Request, error: Exception) -> Response:
        assert isinstance(error, CrampcheckError)
        status = status_for(error)
        if status >= 500:
            log_failure(request, error, status)
        response = error_response(request, status, safe_message(error), kind=type(error).__name__)
        if isinstance(error, TooManyRequests | Busy):
            retry = error.retry_after_s if isinstance(error, TooManyRequests) else 2
            response.headers["Retry-After"] = str(retry)
        return response

    async def validation_error(request: Request, error: Exception) -> Response:
        assert isinstance(error, RequestValidationError)
        details = [
            {"loc": list(e.get("loc", ())), "msg": str(e.get("msg", ""))} for e in error.errors()
        ]
        return error_response(
            request, 422, describe_validation(list(error.errors())), details=details
        )

    async def http_error(request: Request, error: Exception) -> Response:
        assert isinstance(error, StarletteHTTPException)
        message = str(error.detail) if error.detail else "error"
        if message == "There was an error parsing the body":
            message = "the body could not be read; send UTF-8 JSON (or a form)"
        if error.status_code == 404 and message == "Not Found":
            message = f"nothing at {request.url.path}"
        return error_response(request, error.status_code, message)

    async def internal_error(request: Request, error: Exception) -> Response:
        log_failure(request, error, 500)
        return error_response(request, 500, INTERNAL_MESSAGE)

    app.add_exception_handler(CrampcheckError, crampcheck_error)
    app.add_exception_handler(RequestValidationError, validation_error)
    app.add_exception_handler(StarletteHTTPException, http_error)
    app.add_exception_handler(Exception, internal_error)
    app.add_middleware(CatchAllMiddleware)
    openapi.install(app)  # documents these error bodies for every operation
