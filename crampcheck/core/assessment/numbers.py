"""Numbers in people's words: how long a cramp or pain lasted, eGFR and HbA1c values (pure).

``read_numbers("a calf cramp that lasted 25+ mins")`` → ``[("cramps:long", "lasted 25+ mins")]``;
"pain in my left calf for two days that will not go away" reads like ``duration_minutes: 2880``;
"last egfr was 35" → chronic kidney disease; "hba1c 9ish" → diabetes.
"""

from __future__ import annotations

import re

from crampcheck.core.assessment.lifestyle import HEAVY_ALCOHOL_UNITS_PER_WEEK
from crampcheck.core.assessment.text import normalise

LONG_CRAMP_MINUTES = 10
"""A cramp longer than this needs a doctor (R34, evidence.md §0.7)."""

PERSISTENT_MINUTES = 60
"""Pain or cramps lasting an hour or more (R40)."""

LONGEST_EPISODE_DAYS = 14
"""Pain "for 3 months" is a history, not one episode; episodes are read up to two weeks."""

CKD_EGFR_BELOW = 60
"""eGFR below 60 mL/min/1.73 m² is CKD stage G3a or worse (KDIGO, R54)."""

DIABETES_HBA1C_PERCENT = 6.5
DIABETES_HBA1C_MMOL_MOL = 48
"""HbA1c at or above 6.5 % (48 mmol/mol) is diabetes (ADA, R53)."""

_NUMBER_WORDS = {
    "a": 1.0,
    "an": 1.0,
    "one": 1.0,
    "two": 2.0,
    "three": 3.0,
    "four": 4.0,
    "five": 5.0,
    "six": 6.0,
    "seven": 7.0,
    "eight": 8.0,
    "nine": 9.0,
    "ten": 10.0,
    "fifteen": 15.0,
    "twenty": 20.0,
    "thirty": 30.0,
    "forty": 40.0,
    "few": 3.0,
    "couple of": 2.0,
    "couple": 2.0,
    "several": 4.0,
}
_UNIT_MINUTES = {"min": 1.0, "minute": 1.0, "hr": 60.0, "hour": 60.0, "day": 1440.0}
_DURATION = re.compile(
    r"\b(?P<lead>lasted|lasts|lasting|last|for|over|than|about|around|nearly|almost|still|"
    r"takes|took|goes on|went on|up to)\s+(?:(?:about|around|over|nearly|almost|at least|"
    r"more than|a good)\s+)?(?P<n>\d+(?:\.\d+)?|half an?|a half|an?|one|two|three|four|five|six|"
    r"seven|eight|nine|ten|fifteen|twenty|thirty|forty|few|couple of|couple|several)\s*"
    r"(?:\+|plus|or more|odd|ish)?\s*(?:-|to)?\s*(?:\d+\s*)?(?P<unit>mins?|minutes?|hrs?|hours?|"
    r"days?)\b(?!\s+(?:after|before|later|ago))"
)
_HALF_HOUR = re.compile(
    r"\b(?:lasted|lasts|lasting|for|about|around|over|nearly|almost|takes|took)\s+"
    r"(?:about |around |over |nearly |almost |a good )?(half an hour|half hour)\b"
    r"(?!\s+(?:after|before|later))"
)
_ALL_DAY = re.compile(
    r"\b(?P<phrase>all day|all night|since yesterday|since last night|since this morning|"
    r"since (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the weekend)|for days|"
    r"for hours)\b"
)
_ALL_DAY_MINUTES = {
    "all day": 1440.0,
    "all night": 480.0,
    "since yesterday": 1440.0,
    "since last night": 720.0,
    "since this morning": 240.0,
    "for days": 2880.0,
    "for hours": 120.0,
}
_PAIN = re.compile(
    r"\b(pain|painful|ache|aches|aching|ached|sore|hurts|hurting|hurt|tender|throbbing)\b"
)
_CRAMP = re.compile(r"\b(cramp|cramps|cramping|cramped|spasm|spasms|charley horse|knot)\b")
_ACTIVITY = re.compile(
    r"\b(walk|walking|walked|run|running|ran|drive|driving|sitting|sat|standing|stood)\s*$"
)
_EGFR = re.compile(
    r"\be ?gfr\b(?:\s+(?:was|is|of|at|about|around|now|down to|only|last))*\s+(\d{1,3})\b"
)
_HBA1C = re.compile(
    r"\b(?:h?ba1c|a1c|hb a1c)\b(?:\s+(?:was|is|of|at|about|around|now|last))*\s+"
    r"(\d{1,3}(?:\.\d)?)(?:ish)?\b"
)


def mentions_cramps(text: str) -> bool:
    """Whether the text names a cramp or spasm anywhere."""
    return bool(_CRAMP.search(text.lower()))


def read_numbers(sentence: str, *, about_cramps: bool = False) -> list[tuple[str, str]]:
    """Findings from the numbers in one sentence, each with the words it rests on.

    ``about_cramps``: the sentence refers back to cramps named earlier ("they're still coming on").
    """
    text = sentence.lower()
    found = _durations(text, about_cramps) + _frequency(text, about_cramps) + _alcohol(text)
    found += _exercise_timing(text)
    words = normalise(sentence)
    egfr = _EGFR.search(words)
    if egfr and float(egfr.group(1)) < CKD_EGFR_BELOW:
        found.append(("condition:ckd", egfr.group(0)))
    hba1c = _HBA1C.search(words)
    if hba1c and _diabetic_hba1c(float(hba1c.group(1))):
        found.append(("condition:diabetes", hba1c.group(0)))
    return found


def _diabetic_hba1c(value: float) -> bool:
    if value <= 20:
        return value >= DIABETES_HBA1C_PERCENT
    return value >= DIABETES_HBA1C_MMOL_MOL


def episode_minutes(text: str) -> tuple[float, str] | None:
    """The longest episode length the text gives, in minutes, and the words it rests on."""
    lowered = text.lower()
    best: tuple[float, str] | None = None
    for match in _DURATION.finditer(lowered):
        if _ACTIVITY.search(lowered[: match.start()]):
            continue  # "walking for 10 minutes" is not how long the cramp lasted
        number = match["n"]
        amount = (
            0.5
            if number.startswith("half") or number == "a half"
            else float(number)
            if number[0].isdigit()
            else _NUMBER_WORDS[number]
        )
        minutes = amount * _UNIT_MINUTES[match["unit"].rstrip("s").replace("mins", "min")]
        best = max(best or (0.0, ""), (minutes, match.group(0).strip()))
    for pattern in (_HALF_HOUR, _ALL_DAY):
        for match in pattern.finditer(lowered):
            if _doing_something(lowered[: match.start()]):
                continue  # "after gardening all day": how long the gardening lasted
            minutes = 30.0 if pattern is _HALF_HOUR else _ALL_DAY_MINUTES.get(match[0], 2880.0)
            best = max(best or (0.0, ""), (minutes, match.group(0)))
    return best


_PAIN_ING = frozenset({"aching", "hurting", "throbbing", "cramping", "burning", "tingling"})


def _doing_something(before: str) -> bool:
    """Whether the words just before a duration are an activity ("gardening", "sat")."""
    words = before.split()[-1:]
    if not words:
        return False
    word = words[0]
    return bool(_ACTIVITY.search(before)) or (word.endswith("ing") and word not in _PAIN_ING)


def _durations(text: str, about_cramps: bool) -> list[tuple[str, str]]:
    """``cramps:long`` / ``cramps:persistent`` for a cramp or pain that lasted long; a day or
    more counts only for pain, not for cramps ("I've had cramps for 3 days" is a history)."""
    best: tuple[float, str, bool] | None = None
    for clause in _CLAUSES.split(text):
        cramp = bool(_CRAMP.search(clause)) or (about_cramps and bool(_BACK.search(clause)))
        pain = bool(_PAIN.search(clause))
        episode = episode_minutes(clause) if cramp or pain else None
        if episode is not None and (best is None or episode[0] > best[0]):
            best = (*episode, pain)  # "puking all night, now my legs cramp": not the cramp
    if best is None:
        return []
    minutes, words, pain = best
    if minutes >= 1440 and not pain:
        return []
    if minutes > LONGEST_EPISODE_DAYS * 1440:
        return []
    found: list[tuple[str, str]] = []
    if minutes > LONG_CRAMP_MINUTES:
        found.append(("cramps:long", words))
    if minutes >= PERSISTENT_MINUTES:
        found.append(("cramps:persistent", words))
    return found


FREQUENT_PER_WEEK = 3
"""Cramps this often or more count as frequent (crampcheck policy for NHS "frequent", R34)."""

_OFTEN = re.compile(
    r"\b(?:(?:nearly|almost|pretty much) )?(?:every night|every day|each night|nightly|daily|"
    r"most nights|most days|every other night|all the time|constantly|every single night)\b"
)
_PER_WEEK = re.compile(
    r"\b(?P<n>\d+|few|several|three|four|five|six|seven)(?:\s*(?:-|to|or)\s*(?P<m>\d+))?\s*"
    r"(?:times|nights|days|x)\s*(?:a|per|each|every|in a)\s*week\b"
)


_CLAUSES = re.compile(r"[,;:]|\bbut\b")
_BACK = re.compile(r"\b(they|theyre|them|it|its|these|those)\b")


_FILLER = frozenset(
    {"about", "like", "maybe", "roughly", "usually", "and", "or", "now", "lately", "recently"}
)


def _bare_frequency(clause: str) -> bool:
    """A clause that is only a frequency ("my cramps are in both calves, most nights, ...")."""
    rest = _PER_WEEK.sub(" ", _OFTEN.sub(" ", clause))
    return rest != clause and not set(normalise(rest).split()) - _FILLER


def _frequency(text: str, about_cramps: bool) -> list[tuple[str, str]]:
    """``cramps:frequent`` from "most nights", "nearly every night", "4-5 times a week"."""
    sentence_cramps = bool(_CRAMP.search(text))
    for clause in _CLAUSES.split(text):
        bare = sentence_cramps and _bare_frequency(clause)
        if not (_CRAMP.search(clause) or bare or (about_cramps and _BACK.search(clause))):
            continue  # "I walk the dog every day, ... cramps only at night"
        often = _OFTEN.search(clause)
        if often:
            return [("cramps:frequent", often.group(0))]
        for match in _PER_WEEK.finditer(clause):
            count = match["m"] or match["n"]
            amount = float(count) if count.isdigit() else _NUMBER_WORDS.get(count, 3.0)
            if amount >= FREQUENT_PER_WEEK:
                return [("cramps:frequent", match.group(0))]
    return []


_UNITS_PER_DRINK = {
    "pint": 2.3,
    "can": 2.0,
    "beer": 2.0,
    "unit": 1.0,
    "glasses of wine": 2.1,
    "glass of wine": 2.1,
    "glasse": 2.1,
    "glass": 2.1,
    "bottles of wine": 9.4,
    "bottle of wine": 9.4,
    "drink": 1.5,
    "shot": 1.0,
}
_DRINKS = re.compile(
    r"\b(?P<n>\d+(?:\.\d+)?)(?:\s*(?:-|to)\s*(?P<m>\d+(?:\.\d+)?))?\s*(?P<kind>pints?|cans?|beers?|"
    r"units?|glass(?:es)? of wine|glass(?:es)?|bottles? of wine|drinks|shots)\b"
)
_PER_DAY = re.compile(
    r"\b(a night|a day|per day|every night|every day|each night|daily|nightly|most nights|"
    r"most days|an evening|every evening)\b"
)
_PER_WEEK_WORDS = re.compile(r"\b(a week|per week|each week|every week|at the weekend|weekends?)\b")


def _alcohol(text: str) -> list[tuple[str, str]]:
    """``life:alcohol_heavy`` from "6-8 pints most nights" or "a bottle of wine a day"."""
    if not re.search(
        r"\b(drink|drinks|drinking|pints?|beers?|wine|lager|cider|vodka|units?)\b", text
    ):
        return []
    for match in _DRINKS.finditer(text):
        rest = text[match.end() : match.end() + 30]
        per_day = _PER_DAY.search(rest)
        if per_day is None and _PER_WEEK_WORDS.search(rest) is None:
            continue
        amount = float(match["m"] or match["n"])
        kind = match["kind"].rstrip("s")
        per_week = (
            amount
            * _UNITS_PER_DRINK.get(kind, 1.5)
            * ((6 if per_day.group(0).startswith("most") else 7) if per_day else 1)
        )
        if per_week > HEAVY_ALCOHOL_UNITS_PER_WEEK:
            return [
                (
                    "life:alcohol_heavy",
                    f"{match.group(0)}{rest[: per_day.end()] if per_day else ''}",
                )
            ]
    return []


_DURING_EXERCISE = re.compile(
    r"\b(?:during|after|while|when i(?:m)?|in|at|mid)\s+(?:my |the |a |an |our )?"
    r"(?:exercise|exercising|"
    r"running|run|runs|training|workout|workouts|gym|football|match|game|pilates|yoga|swimming|"
    r"swim|cycling|rehearsal|rehearsals|class|classes|dancing|dance|sport|sports|hike|hiking|race|"
    r"marathon|practice|session|sessions)\b"
)


def _exercise_timing(text: str) -> list[tuple[str, str]]:
    """``cramps:exercise`` from "a cramp in my foot when I point my toes in pilates"."""
    if not _CRAMP.search(text):
        return []
    match = _DURING_EXERCISE.search(text)
    return [("cramps:exercise", match.group(0))] if match else []
