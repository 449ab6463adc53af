"""`crampcheck serve`: the web UI at ``/``, the REST API under ``/api/v1``, OpenAPI at ``/docs``."""

from __future__ import annotations

import os
from typing import Annotated

import typer

from crampcheck.cli.app import app

LOOPBACK = ("127.0.0.1", "::1", "localhost")


@app.command("serve")
def serve(
    host: Annotated[str, typer.Option("--host", help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help="Port to listen on.")] = 8000,
    workers: Annotated[int, typer.Option("--workers", help="Worker processes.", min=1)] = 1,
    mode: Annotated[
        str,
        typer.Option(
            "--mode",
            help="local: one person, no login, loopback only. server: accounts (argon2), "
            "sessions, API tokens; use PostgreSQL with several workers.",
        ),
    ] = "local",
    db: Annotated[str | None, typer.Option("--db", help="SQLAlchemy database URL.")] = None,
    forwarded_allow_ips: Annotated[
        str | None,
        typer.Option(
            "--forwarded-allow-ips",
            help="Behind a reverse proxy: the proxy's addresses (comma-separated, or '*'), "
            "whose X-Forwarded-For/-Proto headers are trusted for the client's address. "
            "Without it, no forwarded header is trusted.",
        ),
    ] = None,
) -> None:
    """Start the web app.

    Example:

        crampcheck serve                      # http://127.0.0.1:8000/
        crampcheck serve --mode server --workers 2 --host 0.0.0.0 \\
            --db postgresql+psycopg://crampcheck@localhost/crampcheck
        crampcheck serve --mode server --forwarded-allow-ips 127.0.0.1   # behind nginx
    """
    from crampcheck.cli.output import fail

    if mode not in ("local", "server"):
        fail("--mode must be local or server")
    if mode == "local" and host not in LOOPBACK:
        fail("local mode has no login, so it only listens on 127.0.0.1; use --mode server")
    try:
        import uvicorn
    except ImportError:
        fail("the web app needs its extra: pip install 'crampcheck[web]'")
    from pydantic import ValidationError

    from crampcheck.config import SETTINGS_JSON, load_settings

    try:
        overrides: dict[str, object] = {"web_mode": mode}
        if db:
            overrides["database_url"] = db
        settings = load_settings(**overrides)
    except ValidationError as error:
        fail(f"a CRAMPCHECK_ setting is not valid: {error.errors()[0]['msg']}")
    os.environ[SETTINGS_JSON] = settings.model_dump_json()  # the workers' settings, whole
    from crampcheck.web.app import app_from_env

    app_from_env()  # create (migrate) the database once, before the workers start
    typer.echo(f"crampcheck ({mode} mode) on http://{host}:{port}/  (API docs at /docs)")
    uvicorn.run(
        "crampcheck.web.app:app_from_env",
        factory=True,
        host=host,
        port=port,
        workers=workers,
        log_level="warning",
        proxy_headers=forwarded_allow_ips is not None,
        forwarded_allow_ips=forwarded_allow_ips,
    )
