"""Whole days written as prose, cut into meal segments before items are split. Pure text.

This is the first step of reading a diary: sentences, line breaks, meal words ("for breakfast",
"at lunch", "dinner was", "snack:", "brekkie", "elevenses", "arvo", "for tea", "supper") and times
("at 7am", "6:30", "around 3") are boundaries; each segment keeps its meal and time, and the
existing item splitting (:func:`crampcheck.core.parsing.split_diary_marked`) then cuts each
segment into items. A sentence without a meal word belongs to the meal before it ("Dinner was
pasta. A glass of red wine."). Filler ("as usual", "for me", "nothing much", "up at 6 for a
run", "didn't eat breakfast") is removed here so that it never becomes a food.

Example:
    >>> day = segment_day("Porridge for breakfast at 7. Lunch was soup")
    >>> [(s.text, s.meal, s.time) for s in day]
    [('Porridge', 'breakfast', '7'), ('soup', 'lunch', None)]
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MEALS: dict[str, str] = {
    "breakfast": "breakfast",
    "brekkie": "breakfast",
    "brekky": "breakfast",
    "morning": "breakfast",
    "brunch": "brunch",
    "elevenses": "snack",
    "morning tea": "snack",
    "afternoon tea": "snack",
    "arvo tea": "snack",
    "arvo": "snack",
    "afternoon": "snack",
    "snack": "snack",
    "snacks": "snack",
    "lunch": "lunch",
    "dinner": "dinner",
    "evening": "dinner",
    "tea": "dinner",
    "tea time": "dinner",
    "teatime": "dinner",
    "supper": "supper",
    "dessert": "dessert",
    "pudding": "dessert",
    "bedtime": "bedtime",
}
"""Meal words as people write them → the meal kept on each item (UK "tea" is the evening meal)."""

MEAL_NAMES = ("breakfast", "brunch", "lunch", "dinner", "supper", "snack", "dessert", "bedtime")
"""Every meal an item can carry (``ItemResult.meal``)."""

_MEAL = (
    r"(?:morning tea|afternoon tea|arvo tea|tea ?time|breakfast|brekkie|brekky|brunch|elevenses|"
    r"lunch|dinner|supper|snacks?|dessert|arvo|tea)"
)
_CLOCK = r"(?:\d{1,2}(?::\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)|\d{1,2}:\d{2}|noon|midday|midnight)"
_AT_TIME = rf"(?:(?:at|around|about|by|~)\s+(?:{_CLOCK}|\d{{1,2}}\b)|{_CLOCK})"
_VERB = r"(?:was|were|is|:|-|–|—|,)"
_HAD = r"(?:(?:i|we)\s+)?(?:just\s+)?(?:had|ate|drank|grabbed|got|made)\b"

_SENTENCES = re.compile(
    r"\n+|(?<=[a-z)%'])[.!?]+(?:\s+|$)|(?:(?<=\s\d)|(?<=\s\d\d))[.!?]+(?:\s+(?=(?-i:[A-Z]))|$)|;\s*",
    re.IGNORECASE,
)
_BED = r"(?:before bed|at bedtime|at night)"
_LEADING_CUE = re.compile(
    rf"^(?:(?P<lead>[a-z']+(?:\s+[a-z']+)?)\s+(?=(?:for\s+)?{_MEAL}\s*(?:{_AT_TIME}\s*)?[:\-–—]))?"
    rf"(?P<meal>{_MEAL}|morning|afternoon|evening)"
    rf"(?:\s+(?P<time>{_AT_TIME}))?(?:\s+(?:at|in|on)\s+(?:the|my)\s+[a-z ]{{1,20}}?(?=\s*[:,]))?"
    rf"\s*(?:{_VERB}\s*(?:{_HAD}\s+)?|{_HAD}\s+)",
    re.IGNORECASE,
)
_FOR_MEAL = re.compile(
    rf"^(?:(?:for|at|with)\s+(?P<meal>{_MEAL})|(?P<bed>{_BED}))\b(?:\s+(?P<time>{_AT_TIME}))?"
    rf"\s*(?:{_VERB}\s*)?(?:{_HAD}\s+)?",
    re.IGNORECASE,
)
_LEADING_TIME = re.compile(rf"^(?P<time>{_AT_TIME})\s*(?:{_VERB}\s*)?(?:{_HAD}\s+)?", re.IGNORECASE)
_TRAILING_CUE = re.compile(
    rf"\s*,?\s+(?:(?:for|at|with)\s+(?:my\s+)?(?P<meal>{_MEAL})"
    rf"|(?P<bed>{_BED})|in the (?P<part>morning|afternoon|evening))(?:\s+(?P<time>{_AT_TIME}))?"
    rf"\s*$",
    re.IGNORECASE,
)
_TRAILING_TIME = re.compile(
    rf"\s*,?\s+(?P<time>(?:at|around|by)\s+(?:{_CLOCK}|\d{{1,2}})|{_CLOCK})\s*$", re.IGNORECASE
)
_INNER_TIME = re.compile(
    rf"\s+(?P<time>(?:at|around)\s+(?:{_CLOCK}|\d{{1,2}}))(?=\s*(?:[,;&+]|and\b|with\b))",
    re.IGNORECASE,
)
"""A time inside a list, before the next item ("coffee at 7, toast"): never an amount."""
_MIDDLE_CUE = re.compile(
    rf"\s+(?:(?:for|at)\s+(?P<meal>{_MEAL})|(?P<bed>{_BED}))\b(?:\s+(?P<time>{_AT_TIME}))?"
    rf"\s*,?\s+(?:and\s+)?(?!{_AT_TIME}\s*$)(?=\S)",
    re.IGNORECASE,
)
_NO_MEAL = re.compile(
    rf"^(?:i\s+)?(?:didn't|did not|don't)\s+(?:eat|have)\s+(?:any\s+)?{_MEAL}\s*,?\s*"
    rf"|^(?:i\s+)?(?:skipped|missed)\s+{_MEAL}\s*,?\s*|^no\s+{_MEAL}\s*,?\s*"
    rf"|^not hungry (?:at|for)\s+{_MEAL}(?:\s+time)?\s*,?\s*",
    re.IGNORECASE,
)
_FILLER = re.compile(
    r"\b(?:as usual|as always|like always|for me|nothing much|nothing else|on the go|"
    r"on the train|on the way (?:home|to work)|at my desk|at the cafe|at the gym|at work|"
    r"today was the day|(?:up|woke(?: up)?|got up) at \S+(?: for (?:a|work|the)(?: \w+)?)?)\b\s*,?",
    re.IGNORECASE,
)
_NOT_FOOD = re.compile(
    r"^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|not hungry|"
    r"nothing(?: much)?|(?:and\s+)?then|just|no)$",
    re.IGNORECASE,
)
_THEN = re.compile(r"\s*,?\s+(?:and\s+)?then\s+", re.IGNORECASE)
_JUST = re.compile(
    r"^(?:(?:just|only|with|and|then|also)\s+)*"
    r"(?:(?:(?:i|we)\s+(?:(?:also|then|just)\s+)*)?(?:had|ate|grabbed|drank|got|snacked on)\s+)?",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Segment:
    """A stretch of the day's text with the meal and time it was eaten at (when given)."""

    text: str
    meal: str | None = None
    time: str | None = None


def meal_of(word: str) -> str | None:
    """The meal a written meal word names ("brekkie" → breakfast, "tea" → dinner)."""
    key = re.sub(r"\s+", " ", word.strip().lower())
    return MEALS.get("tea time" if key in ("teatime", "tea time") else key)


def segment_day(text: str) -> list[Segment]:
    """Cut a day's diary into segments, each with its meal and time; filler is dropped."""
    segments: list[Segment] = []
    meal: str | None = None
    time: str | None = None
    for sentence in _SENTENCES.split(text):
        sentence = sentence.strip(" \t\r,.")
        if not sentence:
            continue
        for piece, piece_meal, piece_time, explicit in _pieces(sentence):
            if explicit:
                meal, time = piece_meal, piece_time
            elif piece_time is not None:  # a new time without a meal word: meal not known
                meal, time = None, piece_time
            for part in _THEN.split(piece):
                cleaned = _clean(part)
                if cleaned:
                    segments.append(Segment(cleaned, meal, time))
    return segments


def _pieces(sentence: str) -> list[tuple[str, str | None, str | None, bool]]:
    """A sentence's pieces, each with the meal and time it states (``explicit`` when it names a
    meal): "a bagel for breakfast and a sandwich for lunch" → two pieces."""
    found: list[tuple[str, str | None, str | None, bool]] = []
    rest = sentence
    while True:
        middle = _MIDDLE_CUE.search(rest)
        if middle is None or middle.start() == 0:
            break
        meal = "bedtime" if middle["bed"] else meal_of(middle["meal"])
        found.append((rest[: middle.start()], meal, middle["time"], True))
        rest = rest[middle.end() :]
    found.append(_one_piece(rest))
    pieces = []
    for piece, meal, time, explicit in found:
        text, when = _inner_time(_normal_time_text(piece), time)
        pieces.append((text, meal, when, explicit))
    return pieces


def _inner_time(text: str, time: str | None) -> tuple[str, str | None]:
    """The piece without times inside its list, and its time (the stated one, else the first
    inner one)."""
    inner = _INNER_TIME.search(text)
    if inner is None:
        return text, _time(time)
    return _INNER_TIME.sub("", text), _time(time or inner["time"])


def _one_piece(text: str) -> tuple[str, str | None, str | None, bool]:
    text = _NO_MEAL.sub("", text.strip())
    for pattern in (_FOR_MEAL, _LEADING_CUE):
        cue = pattern.match(text)
        if cue is not None and (cue.group("meal") or cue.groupdict().get("bed")):
            meal = meal_of(cue["meal"]) if cue["meal"] else "bedtime"
            time = cue.groupdict().get("time")
            rest, trailing_time = _trailing_time(text[cue.end() :])
            return rest, meal, time or trailing_time, True
    trailing = _TRAILING_CUE.search(text)
    if trailing is not None and trailing.start() > 0:
        meal = meal_of(trailing["meal"] or trailing["part"] or "bedtime")
        rest, trailing_time = _trailing_time(text[: trailing.start()])
        return rest, meal, trailing["time"] or trailing_time, True
    leading_time = _LEADING_TIME.match(text)
    if leading_time is not None and leading_time.end() < len(text):
        return text[leading_time.end() :], None, leading_time["time"], False
    rest, trailing_time = _trailing_time(text)
    return rest, None, trailing_time, False


def _trailing_time(text: str) -> tuple[str, str | None]:
    found = _TRAILING_TIME.search(text)
    if found is None or found.start() == 0:
        return text, None
    return text[: found.start()], found["time"]


def _normal_time_text(text: str) -> str:
    return _trim(text, ",:")


def _time(written: str | None) -> str | None:
    """The time as the person wrote it, without "at"/"around": "at 7am" → "7am"."""
    if written is None:
        return None
    return re.sub(r"^(?:at|around|about|by|~)\s+", "", written.strip(), flags=re.I).lower()


def _trim(text: str, marks: str) -> str:
    """``text`` without spaces, dashes and ``marks`` at either end; a minus before a number
    stays ("-3 bananas" is refused later as negative, never read as 3)."""
    edge = f"[\\s{re.escape(marks)}–—]|-(?!\\d)"
    return re.sub(rf"^(?:{edge})+|(?:{edge}|-)+$", "", text)


def _clean(text: str) -> str:
    text = _FILLER.sub(" ", text)
    text = _JUST.sub("", _trim(re.sub(r"\s+", " ", text), ",.:"))
    if not text or _NOT_FOOD.match(text):
        return ""
    return text
