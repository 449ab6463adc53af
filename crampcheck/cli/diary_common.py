"""Helpers shared by the diary commands: options, the store, the clock, JSON rendering."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime
from typing import TYPE_CHECKING, Annotated, Any

import typer

from crampcheck.errors import InputError

if TYPE_CHECKING:
    from crampcheck.storage.store import DiaryStore

DbOption = Annotated[
    str | None,
    typer.Option(
        "--db",
        help="Database URL (sqlite:///file.db or postgresql+psycopg://...); "
        "default: $CRAMPCHECK_DATABASE_URL, else a file in your data folder.",
        show_default=False,
    ),
]
JsonOption = Annotated[bool, typer.Option("--json", help="Print one JSON document.")]
ProfileOption = Annotated[
    str | None,
    typer.Option("--profile", "-p", help="Whose diary (default: the current or only profile)."),
]
AtOption = Annotated[
    str | None,
    typer.Option("--at", help="When, as ISO date-time (e.g. 2026-03-14T03:15+02:00); default now."),
]
FromOption = Annotated[str | None, typer.Option("--from", help="First day (YYYY-MM-DD).")]
ToOption = Annotated[str | None, typer.Option("--to", help="Last day (YYYY-MM-DD).")]


@contextmanager
def open_repo(
    db: str | None, *, write: bool = True, allow_newer: bool = False
) -> Iterator[DiaryStore]:
    """Open (and migrate) the diary database chosen by ``--db`` or the environment.

    Read commands pass ``write=False``: a missing file is an error, nothing is created.
    ``allow_newer`` lets export and backup read a diary from a newer crampcheck.
    """
    from crampcheck.config import database_url
    from crampcheck.storage.store import open_store

    store = open_store(database_url(db), create=write, allow_newer=allow_newer)
    try:
        yield store
    finally:
        store.close()


def now() -> datetime:
    """The current time, aware, in this computer's time zone."""
    return datetime.now().astimezone()


def parse_at(text: str | None) -> datetime:
    """An ISO date-time; without an offset it is taken in this computer's time zone."""
    if text is None:
        return now()
    try:
        value = datetime.fromisoformat(text.strip())
    except ValueError as error:
        raise InputError(f"--at {text!r} is not an ISO date-time like 2026-03-14T03:15") from error
    if value.year < 1900:
        raise InputError(f"--at {text!r} is too far in the past")
    if value.tzinfo is not None:
        return value
    try:
        return value.astimezone()
    except (OverflowError, OSError, ValueError) as error:
        raise InputError(f"--at {text!r} is outside the dates this computer can use") from error


def parse_day(text: str | None, option: str) -> date | None:
    """An ISO date (YYYY-MM-DD) or ``None``."""
    if text is None:
        return None
    try:
        return date.fromisoformat(text.strip())
    except ValueError as error:
        raise InputError(f"{option} {text!r} is not a date like 2026-03-14") from error


def profile_json(record: Any) -> dict[str, Any]:
    """A stored profile in the CLI's JSON shape."""
    profile = record.profile
    return {
        "name": record.name,
        "age": profile.age_years,
        "sex": profile.sex.value,
        "pregnant": profile.pregnant,
        "lactating": profile.lactating,
    }
