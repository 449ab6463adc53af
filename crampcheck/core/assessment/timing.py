"""How long ago a medicine was started, from phrases like "started 4 weeks ago" or "(5 years)"."""

from __future__ import annotations

import re

RECENT_DAYS = 90
"""A medicine started (or increased) within about 3 months counts as new (evidence.md §4.1:
"within weeks of starting or increasing")."""

LONG_TERM_DAYS = 365
"""PPI hypomagnesaemia appears mostly after more than a year of use (evidence.md §3.1, R33)."""

_NUMBER_WORDS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "few": 3,
    "couple": 2,
    "several": 4,
    "many": 10,
}
_UNIT_DAYS = {
    "d": 1,
    "day": 1,
    "w": 7,
    "wk": 7,
    "week": 7,
    "mo": 30,
    "month": 30,
    "y": 365,
    "yr": 365,
    "year": 365,
}
_DURATION = re.compile(
    r"(?P<n>\d+(?:\.\d+)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"few|couple|several|many)\s*(?:of\s+)?(?P<unit>days?|d|weeks?|wks?|w|months?|mos?|years?|"
    r"yrs?|y)\b"
)
_FREQUENCY_WORDS = frozenset({"per", "once", "twice", "times", "every", "x"})
_RECENT_WORDS = re.compile(
    r"\b(just started|recently started|started recently|newly|new|last week|this week|"
    r"last month|dose (?:was )?(?:increased|raised|doubled|went up)|increased (?:the |my )?dose|"
    r"higher dose|recently increased|since yesterday|yesterday|days ago)\b"
)
_LONG_WORDS = re.compile(r"\b(long[ -]term|for years|many years|years ago|decades?|for ages)\b")
_STOPPED = re.compile(r"\b(stopped|discontinued|no longer|came off|quit|used to take)\b")


def duration_days(text: str) -> float | None:
    """Days since starting, from the first duration that is not a dose (``"4 weeks"`` → 28)."""
    lowered = text.lower()
    for match in _DURATION.finditer(lowered):
        before = lowered[: match.start()].split()[-1:]
        after = lowered[match.end() :].lstrip()
        if before and before[0] in _FREQUENCY_WORDS:
            continue
        if match["n"] in ("a", "an") and not after.startswith("ago"):
            continue
        unit = match["unit"].rstrip("s")
        number = match["n"]
        amount = float(number) if number[0].isdigit() else float(_NUMBER_WORDS[number])
        return amount * _UNIT_DAYS[unit]
    return None


def is_stopped(text: str) -> bool:
    """True when the text says the medicine is no longer taken."""
    return bool(_STOPPED.search(text.lower()))


def recency_in_days(days: int) -> str | None:
    """``"recent"`` or ``"long"`` for a medicine taken for ``days`` days, else ``None``."""
    if days <= RECENT_DAYS:
        return "recent"
    if days >= LONG_TERM_DAYS:
        return "long"
    return None


def recency(text: str) -> str | None:
    """``"recent"``, ``"long"`` or ``None`` when the text does not say."""
    lowered = text.lower()
    days = duration_days(lowered)
    if _RECENT_WORDS.search(lowered) and (days is None or days <= RECENT_DAYS):
        return "recent"
    if days is not None:
        if days <= RECENT_DAYS:
            return "recent"
        if days >= LONG_TERM_DAYS:
            return "long"
        return None
    if _LONG_WORDS.search(lowered):
        return "long"
    return None
