"""Reading the CSV exports of food apps: UTF-8 (with or without BOM), any column order."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from datetime import date, datetime, time, tzinfo
from typing import BinaryIO

from crampcheck.errors import InputError

MAX_CELL = 100_000
MEAL_TIMES = {
    "breakfast": time(8, 0),
    "lunch": time(12, 30),
    "dinner": time(18, 30),
    "supper": time(18, 30),
    "snacks": time(15, 0),
    "snack": time(15, 0),
}
"""When a meal happened if the export gives no time (documented in docs/import.md)."""
NOON = time(12, 0)


def read_rows(stream: BinaryIO, what: str) -> Iterator[tuple[int, dict[str, str]]]:
    """(line number, row) of a UTF-8 CSV file; the header row gives the keys (stripped).

    Raises InputError for text that is not UTF-8, a broken quote or a row with another number of
    cells than the header (a truncated or garbled file). Blank lines are left out.
    """
    text = io.TextIOWrapper(stream, encoding="utf-8-sig", errors="strict", newline="")
    reader = csv.reader(text, strict=True)
    line = 1
    try:
        header = [cell.strip() for cell in next(reader, [])]
        for line, cells in enumerate(reader, start=2):
            if not any(cell.strip() for cell in cells):
                continue
            if len(cells) != len(header):
                raise InputError(
                    f"{what}, line {line}: {len(cells)} cells for {len(header)} columns "
                    "(is the file cut short or damaged?)"
                )
            if any(len(cell) > MAX_CELL for cell in cells):
                raise InputError(
                    f"{what}, line {line}: a cell is longer than {MAX_CELL} characters"
                )
            yield line, dict(zip(header, (cell.strip() for cell in cells), strict=False))
    except UnicodeDecodeError as error:
        raise InputError(
            f"{what}: the file is not UTF-8 text (after line {line}); export it again as UTF-8"
        ) from error
    except csv.Error as error:
        raise InputError(
            f"{what}, line {line + 1}: the CSV is damaged or cut short ({error})"
        ) from error
    finally:
        text.detach()


def parse_day(text: str) -> date:
    """``2026-03-14`` (also ``03/14/2026`` as US apps write it)."""
    cleaned = text.strip()
    for pattern in ("%Y-%m-%d", "%m/%d/%Y", "%Y/%m/%d"):
        try:
            return datetime.strptime(cleaned, pattern).date()
        except ValueError:
            continue
    raise ValueError(f"{text!r} is not a date")


def parse_clock(text: str) -> time | None:
    """``8:15 AM``, ``08:15``, ``20:15:00``; empty → None."""
    cleaned = text.strip().upper()
    if not cleaned:
        return None
    for pattern in ("%I:%M %p", "%I:%M%p", "%H:%M", "%H:%M:%S", "%I:%M:%S %p"):
        try:
            return datetime.strptime(cleaned, pattern).time()
        except ValueError:
            continue
    raise ValueError(f"{text!r} is not a time of day")


def meal_time(day: date, clock: time | None, meal: str, zone: tzinfo | None) -> datetime:
    """The moment of a logged meal: its own time, else the usual time of that meal, else noon.

    In ``zone``; with ``None``, in this computer's time zone with the offset that applied on
    that day (summer time included).
    """
    chosen = datetime.combine(day, clock or MEAL_TIMES.get(meal.strip().lower(), NOON))
    return chosen.replace(tzinfo=zone) if zone is not None else chosen.astimezone()
