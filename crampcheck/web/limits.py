"""Request size limit, loopback-only local mode, per-address rate limits, security headers."""

from __future__ import annotations

import ipaddress
import json
import threading
import time
from collections import OrderedDict, deque

from starlette.types import ASGIApp, Message, Receive, Scope, Send


class BodyTooLarge(Exception):
    pass


UPLOAD_PATHS = ("/diary/import",)
UPLOAD_SUFFIX = "/import"
LOCAL_UPLOAD_MAX_BYTES = 2 * 1024**3
"""Local mode: an import upload (an Apple Health export is often hundreds of MB) is streamed to
a temporary file, so it may be this large; server mode keeps the ordinary limit."""


def _is_upload(scope: Scope) -> bool:
    path = str(scope.get("path", ""))
    if path in UPLOAD_PATHS or (path.startswith("/api/v1/") and path.endswith(UPLOAD_SUFFIX)):
        app = scope.get("app")
        ctx = getattr(getattr(app, "state", None), "ctx", None)
        settings = getattr(ctx, "settings", None)
        return settings is not None and not settings.server
    return False


class BodyLimitMiddleware:
    """Answer 413 for a body over ``max_bytes`` (by Content-Length, or while reading it)."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = LOCAL_UPLOAD_MAX_BYTES if _is_upload(scope) else self.max_bytes
        for name, value in scope.get("headers", []):
            if name == b"content-length":
                try:
                    too_big = int(value) > limit
                except ValueError:
                    too_big = False
                if too_big:
                    await self._reject(send, limit)
                    return
        received = 0
        started = rejected = False

        async def counted() -> Message:
            nonlocal received, rejected
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    if not started and not rejected:
                        rejected = True
                        await self._reject(send, limit)
                    raise BodyTooLarge()
            return message

        async def tracking_send(message: Message) -> None:
            nonlocal started
            if rejected:
                return  # the 413 has been sent; drop whatever the app answers
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, counted, tracking_send)
        except BodyTooLarge:
            if not started and not rejected:
                await self._reject(send, limit)

    async def _reject(self, send: Send, limit: int) -> None:
        limit_kb = limit // 1024
        body = json.dumps(
            {"error": {"message": f"the request is too large (limit {limit_kb} KB)", "status": 413}}
        ).encode()
        await send(
            {
                "type": "http.response.start",
                "status": 413,
                "headers": [
                    (b"content-type", b"application/json"),
                    (b"content-length", str(len(body)).encode()),
                ],
            }
        )
        await send({"type": "http.response.body", "body": body})


CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; form-action 'self'; "
    "base-uri 'none'"
)
SECURITY_HEADERS = [
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"same-origin"),
]


NO_STORE = (b"cache-control", b"no-store")
"""Personal answers (pages, API JSON, reports, exports) are never kept by browsers or proxies."""


class SecurityHeadersMiddleware:
    """Security headers and the strict CSP on every answer; ``no-store`` on all but static files."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        cacheable = str(scope.get("path", "")).startswith("/static/")

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = [
                    (name, value)
                    for name, value in message.get("headers", [])
                    if cacheable or name.lower() != b"cache-control"
                ]
                headers += [*SECURITY_HEADERS, (b"content-security-policy", CSP.encode())]
                if not cacheable:
                    headers.append(NO_STORE)
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, with_headers)


class RateLimiter:
    """At most ``per_minute`` events per key in any 60 seconds (in this process; thread-safe).

    Keeps at most ``max_keys`` keys (the least recently used are forgotten), so a flood of
    addresses cannot grow it without bound.
    """

    def __init__(self, per_minute: int, max_keys: int = 10_000) -> None:
        self.per_minute = per_minute
        self.max_keys = max_keys
        self._events: OrderedDict[str, deque[float]] = OrderedDict()
        self._lock = threading.Lock()

    def hit(self, key: str, at: float | None = None) -> int:
        """Record one event; 0 if allowed, else the seconds until one more would be."""
        at = time.monotonic() if at is None else at
        with self._lock:
            events = self._events.pop(key, None) or deque()
            while events and at - events[0] >= 60:
                events.popleft()
            allowed = len(events) < self.per_minute
            if allowed:
                events.append(at)
            self._events[key] = events
            while len(self._events) > self.max_keys:
                self._events.popitem(last=False)
            return 0 if allowed else max(1, int(60 - (at - events[0])) + 1)


def is_loopback(host: str | None) -> bool:
    """Whether a peer address is this computer (``127.0.0.0/8``, ``::1``)."""
    if host is None:
        return False
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return host == "localhost"


class LoopbackOnlyMiddleware:
    """Local mode has no login: refuse (403) any connection that is not from this computer.

    This holds whatever starts the app (``crampcheck serve``, or uvicorn/gunicorn by hand).
    A connection without a peer address (a Unix socket) is local by nature.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        client = scope.get("client")
        if scope["type"] in ("http", "websocket") and client and not is_loopback(client[0]):
            body = json.dumps(
                {
                    "error": {
                        "message": "local mode answers only this computer; use --mode server",
                        "status": 403,
                    }
                }
            ).encode()
            headers = [
                (b"content-type", b"application/json"),
                (b"content-length", b"%d" % len(body)),
            ]
            await send({"type": "http.response.start", "status": 403, "headers": headers})
            await send({"type": "http.response.body", "body": body})
            return
        await self.app(scope, receive, send)
