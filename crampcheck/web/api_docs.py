"""``/docs``: the OpenAPI document rendered on the server (works offline, no CDN).

``/docs/swagger`` is the interactive Swagger UI, vendored under ``static/swagger`` (see
``static/VENDORED.md``) and started by ``static/swagger-init.js``: it works offline and keeps the
strict Content-Security-Policy of every other page (no CDN, no inline script).
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

router = APIRouter(include_in_schema=False)


def operations(spec: dict[str, Any]) -> list[tuple[str, list[dict[str, Any]]]]:
    """Operations grouped by tag, in path order."""
    groups: dict[str, list[dict[str, Any]]] = {}
    for path, methods in spec.get("paths", {}).items():
        for method, op in methods.items():
            body = op.get("requestBody", {}).get("content", {}).get("application/json", {})
            ref = body.get("schema", {}).get("$ref", "")
            groups.setdefault((op.get("tags") or ["other"])[0], []).append(
                {
                    "method": method.upper(),
                    "path": path,
                    "summary": (op.get("description") or op.get("summary") or "").split("\n")[0],
                    "params": [p["name"] for p in op.get("parameters", [])],
                    "body": ref.rsplit("/", 1)[-1] if ref else ("JSON" if body else ""),
                }
            )
    return list(groups.items())


@router.get("/docs", response_class=HTMLResponse)
def docs(request: Request) -> HTMLResponse:
    from crampcheck.web.pages import render

    spec = request.app.openapi()
    return render(request, "api_docs.html.j2", {"spec": spec, "groups": operations(spec)})


@router.get("/docs/swagger", response_class=HTMLResponse)
def swagger(request: Request) -> HTMLResponse:
    from crampcheck.web.pages import render

    return render(request, "swagger.html.j2", {})
