"""Web adapter: the FastAPI app (REST under ``/api/v1`` and server-rendered pages).

Nothing is built at import time; call :func:`crampcheck.web.app.create_app`.
"""

from __future__ import annotations
