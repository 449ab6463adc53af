"""What the web boundary accepts: one strict JSON reader and bounded dates, times and ids.

Everything a request carries is checked here, before any service or database sees it:

- JSON bodies are read by :class:`StrictJSONRequest`: no ``NaN``/``Infinity``, no number that
  overflows a float (``1e400``), no integer beyond 64 bits, and no string with a NUL character or
  a lone UTF-16 surrogate (``"\\ud800"``), which no database stores and no response can encode.
  Form bodies get the same string rule.
- Dates and times in queries and bodies are :data:`Day` / :data:`Moment`: years 1900-2200.
- Ids in paths are :data:`EntryId`: 1 to 2^31 - 1, the range of an ``INTEGER`` column on both
  SQLite and PostgreSQL, so a larger id answers 422 instead of overflowing the driver.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Coroutine
from datetime import date, datetime
from typing import Annotated, Any

from fastapi import Path, Request, Response
from fastapi.routing import APIRoute
from pydantic import AfterValidator
from starlette.datastructures import FormData
from starlette.exceptions import HTTPException

MIN_YEAR = 1900
MAX_YEAR = 2200
"""Dates outside these years are typing mistakes (and 0001 or 9999 overflow date arithmetic)."""

MAX_ID = 2**31 - 1
"""Largest row id (a 32-bit ``INTEGER`` primary key on PostgreSQL; SQLite allows more)."""

MAX_JSON_INT = 2**63 - 1


class UnsafeInput(ValueError):
    """A body that is well-formed JSON (or a form) but carries something we never accept."""


def check_text(value: str) -> str:
    """A string without NUL characters or lone surrogates (raises :class:`UnsafeInput`)."""
    if "\x00" in value:
        raise UnsafeInput("text may not contain NUL characters")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise UnsafeInput("text may not contain lone UTF-16 surrogates (\\ud800-\\udfff)") from None
    return value


def _finite_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise UnsafeInput(f"the number {text[:40]} is too large")
    return value


def _bounded_int(text: str) -> int:
    value = int(text) if len(text) <= 20 else MAX_JSON_INT + 1
    if abs(value) > MAX_JSON_INT:
        raise UnsafeInput(f"the integer {text[:40]} is too large")
    return value


def _no_constant(name: str) -> Any:
    raise UnsafeInput(f"{name} is not a JSON number; send a finite number")


def _check_strings(value: Any) -> None:
    if isinstance(value, str):
        check_text(value)
    elif isinstance(value, dict):
        for key, item in value.items():
            check_text(key)
            _check_strings(item)
    elif isinstance(value, list):
        for item in value:
            _check_strings(item)


def strict_loads(body: bytes | str) -> Any:
    """``json.loads`` that refuses what :mod:`crampcheck.web.inputs` says (as a decode error)."""
    text = body.decode("utf-8") if isinstance(body, bytes) else body  # else 400 (not UTF-8)
    try:
        value = json.loads(
            text,
            parse_float=_finite_float,
            parse_int=_bounded_int,
            parse_constant=_no_constant,
        )
        _check_strings(value)
    except UnsafeInput as error:
        raise json.JSONDecodeError(str(error), text, 0) from None
    return value


class StrictJSONRequest(Request):
    """A request whose JSON body is read by :func:`strict_loads` and whose form has clean text."""

    async def json(self) -> Any:
        if not hasattr(self, "_json"):
            self._json = strict_loads(await self.body())
        return self._json

    async def _get_form(
        self,
        *,
        max_files: int | float = 1000,
        max_fields: int | float = 1000,
        max_part_size: int = 1024 * 1024,
    ) -> FormData:
        form = await super()._get_form(
            max_files=max_files, max_fields=max_fields, max_part_size=max_part_size
        )
        try:
            for key, value in form.multi_items():
                check_text(key)
                if isinstance(value, str):
                    check_text(value)
        except UnsafeInput as error:
            raise HTTPException(422, str(error)) from None
        return form


class StrictRoute(APIRoute):
    """Route class of every router: handlers see a :class:`StrictJSONRequest`."""

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        handler = super().get_route_handler()

        async def strict(request: Request) -> Response:
            return await handler(StrictJSONRequest(request.scope, request.receive))

        return strict


def _sane_year(value: date) -> date:
    if not MIN_YEAR <= value.year <= MAX_YEAR:
        raise ValueError(f"the year must be between {MIN_YEAR} and {MAX_YEAR}")
    return value


Day = Annotated[date, AfterValidator(_sane_year)]
"""A calendar date in a query or body (years 1900-2200)."""

Moment = Annotated[datetime, AfterValidator(_sane_year)]
"""A date and time in a body (years 1900-2200; without a zone, this computer's zone)."""

EntryId = Annotated[int, Path(ge=1, le=MAX_ID, description="the entry's id")]
"""A diary entry or token id in a path."""

ItemNumber = Annotated[int, Path(ge=1, le=1000, description="the item's number, from 1")]
