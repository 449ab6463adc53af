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

from crampcheck.core.parsing import amount_fragment

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
    "brkfst": "breakfast",
    "bfast": "breakfast",
    "smoko": "snack",
    "cream tea": "snack",
    "arvo snack": "snack",
    "afternoon snack": "snack",
    "morning snack": "snack",
    "evening snack": "snack",
    "late snack": "snack",
    "midnight snack": "snack",
    "post workout": "snack",
    "post-workout": "snack",
    "pre workout": "snack",
    "pre-workout": "snack",
}
"""Meal words as people write them → the meal kept on each item (UK "tea" is the evening meal)."""

MEAL_NAMES = ("breakfast", "brunch", "lunch", "dinner", "supper", "snack", "dessert", "bedtime")
"""Every meal an item can carry (``ItemResult.meal``)."""

_MEAL = (
    r"(?:morning tea|afternoon tea|arvo tea|cream tea|tea ?time|(?:arvo|afternoon|morning|evening|"
    r"late|midnight) snack|post[- ]workout|pre[- ]workout|breakfast|brekkie|brekky|brkfst|bfast|"
    r"brunch|elevenses|smoko|lunch|dinner|supper|snacks?|dessert|arvo|tea)"
)
_MEAL_PART = r"(?:morning|afternoon|arvo|cream|evening|late|midnight|post|pre)"
"""First words of two-word meals ("morning tea"), never a lead-in before a meal word."""
_CLOCK = (
    r"(?:\d{1,2}(?::\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)|\d{1,2}:\d{2}|\d{1,2}ish\b|"
    r"noon|midday|midnight)"
)
_SPOKEN_CLOCK = (
    r"(?:\d{1,2}\.\d{2}\b(?:\s*(?:am|pm))?|half (?:past )?\d{1,2}\b|(?:a )?quarter (?:past|to) "
    r"\d{1,2}\b|\d{1,2}\b(?![:.]\d))"
)
"""Times only read after "at"/"around": "at 6.45", "at half 7" (UK half past seven), "at 3"."""
_AT_TIME = rf"(?:(?:(?:at|around|about|by)\s+|~\s*)(?:{_CLOCK}|{_SPOKEN_CLOCK})|{_CLOCK})"
_UNIT_AFTER = (
    r"(?:g|kg|oz|ml|l|lbs?|cups?|grams?|litres?|liters?|pints?|tbsp|tsp|x|kcal|cals?|mg|mcg|iu|"
    r"percent|%)\b"
)
_LOOSE_TIME = (
    rf"(?:\d{{1,2}}\.[0-5]\d(?=\s|[:\-–—])(?!\s*{_UNIT_AFTER})|\d{{1,2}}(?=\s*[:\-–—](?:\s|$)|"
    r"\s+(?:at|from|in|on)\s+(?:the|my|a)\s))"
)
"""Times written with no "at" where no amount can be: "7.15 two crumpets", "tea 6.30:", "dinner
7: 2 chicken thighs", "9 at the servo: a sausage roll" ("2.5 cups", "2 eggs" stay amounts)."""
_VERB = r"(?:was|were|is|:|-|–|—|,)"
_HAD = r"(?:(?:i|we)\s+)?(?:just\s+)?(?:had|ate|drank|grabbed|got|made)\b"

_SENTENCES = re.compile(
    r"\n+|(?<=[a-z)%'])[.!?]+(?:\s+|$)|(?:(?<=\s\d)|(?<=\s\d\d))[.!?]+(?:\s+(?=(?-i:[A-Z]))|$)|;\s*",
    re.IGNORECASE,
)
_TIME_THEN_STOP = re.compile(
    r"((?:\b(?:at|around|about|by)\s+|~\s*)\d{1,2})[.!?]+(?=\s)", re.IGNORECASE
)
"""A full stop after a spoken time ends the sentence even before a lower-case word ("at 7. lunch
was"); after other numbers only a capital starts a new one ("2. 5 more" is not two sentences)."""
_BED = r"(?:before bed|at bedtime|at night)"
_LEADING_CUE = re.compile(
    rf"^(?:(?P<lead>(?!{_MEAL_PART}\s)[a-z']+(?:\s+[a-z']+)?)\s+"
    rf"(?=(?:for\s+)?{_MEAL}\s*(?:{_AT_TIME}\s*)?[:\-–—]))?"
    rf"(?P<meal>{_MEAL}|morning|afternoon|evening)"
    rf"(?:\s+(?P<time>{_AT_TIME}|{_LOOSE_TIME}))?"
    rf"(?:\s+(?:at|in|on|from)\s+(?:(?:the|my|a)\s+)?[a-z ]{{1,20}}?(?=\s*[:,\-–—]))?"
    rf"\s*(?:{_VERB}\s*(?:{_HAD}\s+)?|{_HAD}\s+)",
    re.IGNORECASE,
)
_FOR_MEAL = re.compile(
    rf"^(?:(?:for|at|with)\s+(?P<meal>{_MEAL})|(?P<bed>{_BED}))\b(?:\s+(?P<time>{_AT_TIME}))?"
    rf"\s*(?:{_VERB}\s*)?(?:{_HAD}\s+)?",
    re.IGNORECASE,
)
_NAME_AFTER_MEAL = (
    r"(?:burritos?|sandwich(?:es)?|sausages?|bars?|pastr(?:y|ies)|tarts?|tacos?|bowls?|"
    r"biscuits?|potato(?:es)?|cereals?|links?|patt(?:y|ies)|meats?|rolls?|mix|cakes?|packs?|"
    r"size|wine|glory|primrose|special|menu|box|bags?|loaf|buns?|wraps?|teas?|and|with|or|w/?|n|&)"
    r"(?!\w)"
)
"""Words that make a meal word part of a food's name ("breakfast burrito", "lunch meat",
"dinner rolls", "snack bar", "tea cake", "morning glory muffin")."""
_BARE_CUE = re.compile(
    rf"^(?P<meal>{_MEAL}|morning|afternoon|evening)(?:\s+(?P<time>{_AT_TIME}))?\s*,?\s+"
    rf"(?!{_NAME_AFTER_MEAL})(?P<next>\S+)",
    re.IGNORECASE,
)
"""A meal word written straight before the food, with no verb: "lunch a burger", "supper
lasagna", "dinner 6pm rotisserie chicken", "arvo a tim tam"."""
_AMOUNT_NOT_TIME = re.compile(
    r"^(?:about|around|by|~)\s+\d{1,2}(?:\.\d+)?\s+(?!(?:an?|some|i|we|had|ate|was)\b)[a-z]",
    re.IGNORECASE,
)
"""A bare number after "about" followed by a food is an amount, not a time ("about 2 eggs")."""
_DETERMINER = frozenset({"a", "an", "some", "the", "my", "two", "2"})
_LEADING_TIME = re.compile(
    rf"^(?P<time>{_AT_TIME}|{_LOOSE_TIME})\s*(?:{_VERB}\s*)?(?:{_HAD}\s+)?", re.IGNORECASE
)
_TRAILING_CUE = re.compile(
    rf"\s*,?\s+(?:(?:for|at|with)\s+(?:my\s+)?(?P<meal>{_MEAL})"
    rf"|(?P<bed>{_BED})|in the (?P<part>morning|afternoon|evening))(?:\s+(?P<time>{_AT_TIME}))?"
    rf"\s*$",
    re.IGNORECASE,
)
_TRAILING_TIME = re.compile(
    rf"\s*,?\s+(?P<time>(?:at|around|by)\s+(?:{_CLOCK}|{_SPOKEN_CLOCK})|{_CLOCK})\s*$",
    re.IGNORECASE,
)
_INNER_TIME = re.compile(
    rf"\s+(?P<time>(?:at|around)\s+(?:{_CLOCK}|{_SPOKEN_CLOCK}))"
    rf"(?=\s*(?:[,;&+]|and\b|with\b|then\b))",
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
    rf"|^(?:i\s+)?(?:skipped|missed)\s+[\"'“‘]?{_MEAL}[\"'”’]?\s*,?\s*|^no\s+{_MEAL}\s*,?\s*"
    rf"|^not hungry (?:at|for)\s+{_MEAL}(?:\s+time)?\s*,?\s*",
    re.IGNORECASE,
)
_PLACE = (
    r"(?:deli|cafe|café|bakery|canteen|cafeteria|servo|chippy|shop|place|fridge|machine|store|"
    r"kiosk|stand|truck|van|counter|takeaway|restaurant|bar|pub|office|gym)"
)
_FILLER = re.compile(
    r"\b(?:as usual|as always|like always|for me|nothing much|nothing else|not much|on the go|"
    r"on the (?:train|bus|sofa|couch)|on the way (?:home|to work|to school|in|out|back)|"
    r"at my desk|at the cafe|at the gym|at work|at (?:the|a) (?:office|pub|bbq|barbecue|party|"
    r"park|beach|game|match|cinema|movies)|in front of the (?:tv|telly)|"
    r"watching (?:the |a )?(?:game|tv|telly|footy|match|movie|film|news|cricket|hockey)|"
    r"(?:before|after) (?:the|my|a) (?:gym|run|workout|walk|class|shift|swim|ride|game|match)|"
    r"(?:before|after|during) (?:lifting|training|practice|work|school|class|running|swimming)|"
    r"over the (?:night|evening|day|afternoon|weekend)|"
    r"on my (?:block|street|commute|lunch break|break)|in (?:town|the city)|at (?:my )?mums|"
    rf"first thing(?: in the morning)?|from the (?:[a-z]+ ){{0,2}}{_PLACE}|"
    r"(?:a |the )?meal deal\s*[-–—:]?|today was the day|"
    r"(?:up(?! (?:and|&|n) go\b)|woke(?: up)?|got up)(?: at| around)? \S+"
    r"(?: for (?:a|work|the)(?: \w+)?)?)"
    r"(?!\w)",
    re.IGNORECASE,
)
"""Words around the food that say where, when or how it felt, never what was eaten."""
_INTERJECTION = re.compile(
    r"\s*\b(?:i guess|i think|ok ok|lol|lmao|jk|tbh|ngl|haha|ugh|oops|cba|honestly|hmm+|"
    r"okay|ok)(?!\w)\s*,?",
    re.IGNORECASE,
)
"""Asides between items ("a tim tam ok ok 2 more tbh"): read as a comma."""
_ROAST_DINNER = re.compile(r"\b(roast(?:ed)?\s+[a-z]+)\s+(?:dinner|lunch)\b", re.IGNORECASE)
"""A roast dinner is the roast and its sides, not a frozen "chicken dinner"."""
_FROM_BRAND = re.compile(
    r"\s+from\s+(?!(?:scratch|concentrate|frozen|fresh|home|leftovers?|a|an|the|my|last|"
    r"yesterday|work)\b)[a-z'&]+(?=\s*(?:[,;+]|$|and\b|with\b|w/?\s))",
    re.IGNORECASE,
)
"""Where it was bought ("a burger from maccas", "a muffin from timmies"): not the food."""
_TRAILING_FILLER = re.compile(
    r"\s+(?:later(?: on)?|after(?:wards| that)?|maybe|too|as well|again)$", re.IGNORECASE
)
_NOT_FOOD = re.compile(
    r"^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|not hungry|"
    rf"nothing(?: much| really)?|(?:and\s+)?then|just|no|up|later|after|(?!tea$){_MEAL}|"
    r"(?:(?:i|we)\s+)?(?:ate|had|drank|finished|loved|enjoyed) (?:it|them|that|those|all of it)|"
    r"(?:chippy|sunday|christmas|takeaway|late|quick|light|big|early|work|packed|school|pub)\s+"
    r"(?:tea|lunch|dinner|supper|breakfast|brunch))$",
    re.IGNORECASE,
)
_NOT_INTAKE = re.compile(
    r"\b(?:epsom|bath(?!\s+buns?\b)|baths|lotion|"
    r"(?:magnesium|mag) (?:oil|spray|flakes|gel|cream|butter)|"
    r"my (?:legs?|calf|calves|feet|foot|muscles?|back|knees?|hamstrings?|toes?)|"
    r"(?:legs?|calf|calves|feet|foot|muscles?|they) (?:were|was|are|is|felt|feel|keep)|"
    r"cramp(?:s|ing|ed|y)?|twitch(?:y|ing|es)?|woke|slept|asleep|meetings?|busy|knocked off|"
    r"went (?:to|for|out|home)|forgot|forgotten|sprayed|rubbed|massaged|stretch(?:ed|ing|es)|"
    r"nothing really|ran out|run out|out of (?:my|the)|none (?:today|left)|so none|"
    r"didn'?t (?:have|eat|touch|take|finish|want)|did not (?:have|eat|touch|take)|binned|"
    r"threw (?:it |them )?(?:out|away)|spat|need to (?:re)?order|walked|overslept|"
    r"let it dissolve|(?:made|packed|cooked|bought|got) (?:the |my |our )?(?:kids?|sons?|"
    r"daughters?|husband|wife|partner|hubby|bf|gf|boyfriend|girlfriend|family|flatmates?|"
    r"roommates?|coworkers?|mum|mom|dad)(?:'?s)?|^(?:w |with )?(?:the|my) (?:kids|family)$)(?!\w)"
    r"|^(?:'?cause|because|cos|coz|since)\b",
    re.IGNORECASE,
)
"""What the person did or felt, not what they ate or took: an Epsom salt bath, magnesium oil on
the skin, "legs were cramping", "back to back meetings", "forgot my magnesium"."""
_THEN = re.compile(r"\s*,?\s+(?:and\s+)?then\s+", re.IGNORECASE)
_JUST = re.compile(
    r"^(?:(?:just|only|with|and|then|also|earlier|later(?: on)?|after(?:wards| that)?)\s+)*"
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
    for sentence in _SENTENCES.split(_TIME_THEN_STOP.sub(r"\1;", text)):
        sentence = _INTERJECTION.sub(", ", _FILLER.sub(" ", sentence)).strip(" \t\r,.")
        if not sentence:
            continue
        for piece, piece_meal, piece_time, explicit in _pieces(sentence):
            if explicit:
                meal, time = piece_meal, piece_time
            elif piece_time is not None:  # a new time without a meal word: meal not known
                meal, time = None, piece_time
            for part in _THEN.split(piece):
                cleaned = _clean(part)
                same = _SAME.match(cleaned)
                if same is not None:
                    eaten = _eaten_before(segments, meal_of(same["meal"] or ""))
                    segments.extend(Segment(s.text, meal, time) for s in eaten)
                elif cleaned:
                    segments.append(Segment(cleaned, meal, time))
    return segments


_SAME = re.compile(
    rf"^(?:(?:i\s+)?(?:had|ate)\s+)?(?:the\s+)?same(?:\s+(?:again|thing|as\s+(?:before|"
    rf"(?:at\s+|for\s+)?(?P<meal>{_MEAL}))))*$",
    re.IGNORECASE,
)
"""A meal eaten again: "same again for lunch", "the same as breakfast", "had the same"."""


def _eaten_before(segments: list[Segment], meal: str | None) -> list[Segment]:
    """The segments of the named meal, or else of the meal just before ("same again")."""
    if meal is not None:
        return [s for s in segments if s.meal == meal]
    if not segments:
        return []
    last = segments[-1]
    run: list[Segment] = []
    for segment in reversed(segments):
        if (segment.meal, segment.time) != (last.meal, last.time):
            break
        run.insert(0, segment)
    return run


def not_intake(phrase: str) -> bool:
    """Whether an item phrase tells what happened rather than what was eaten or taken ("Epsom
    salt bath", "rubbed magnesium lotion on my calves", "woke up late", a meal word left alone).

    Example:
        >>> not_intake("legs were cramping"), not_intake("chicken legs"), not_intake("breakfast")
        (True, False, True)
    """
    text = phrase.strip(" \t,.:;-")
    return bool(_NOT_INTAKE.search(text) or _NOT_FOOD.match(text) or not _clean(text))


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
        after = rest[middle.end() :]
        if _only_amount_after(after) or _MORE_OF_IT.fullmatch(after.strip()):
            rest = f"{rest[: middle.start()]}, {after}"  # "sweet tea at lunch, another large"
            found.append((rest, meal, middle["time"], True))
            rest = ""
            break
        found.append((rest[: middle.start()], meal, middle["time"], True))
        rest = after
    if rest or not found:
        found.extend(_one_piece(rest))
    pieces = []
    for piece, meal, time, explicit in found:
        text, when = _inner_time(_normal_time_text(piece), time)
        pieces.append((text, meal, when, explicit))
    return pieces


_MORE_OF_IT = re.compile(
    r"(?:another|(?:\d+|a couple|two|three) more)"
    r"(?:\s+(?:small|medium|large|big|regular|one|ones))?",
    re.IGNORECASE,
)
"""More of the food just named, with no food of its own ("another large", "2 more")."""


def _inner_time(text: str, time: str | None) -> tuple[str, str | None]:
    """The piece without times inside its list, and its time (the stated one, else the first
    inner one)."""
    inner = _INNER_TIME.search(text)
    if inner is None:
        return text, _time(time)
    return _INNER_TIME.sub("", text), _time(time or inner["time"])


_IN_TEA = re.compile(
    r"\s*(?:milk|sugars?|\d+\s+sugars?|no|black|white|with|w|splash|dash|honey|lemon)\b",
    re.IGNORECASE,
)
"""What follows "tea," when the tea is the drink ("tea, milk and 2 sugars")."""

_TEA_ADD_INS = re.compile(
    r"\s*,?\s*(?:\d+|an?|one|two|three|four)\s+(?:sugars?|milks?|sweeteners?)\b", re.IGNORECASE
)
"""Counted add-ins straight after "tea", with or without a comma ("tea 2 sugars", "tea, two
sugars"): the drink, not the evening meal."""


def _tea_the_drink(cue: re.Match[str], text: str) -> bool:
    """ "tea, milk and 2 sugars" is a cup of tea, not the evening meal."""
    meal = (cue.groupdict().get("meal") or "").lower()
    if meal != "tea":
        return False
    after = text[cue.end() :]
    if _TEA_ADD_INS.match(after):
        return True
    return cue.group(0).rstrip().endswith(",") and _IN_TEA.match(after) is not None


def _one_piece(text: str) -> list[tuple[str, str | None, str | None, bool]]:
    """The piece with its meal and time; a meal word at the end of a comma list labels only the
    last comma part ("2 weetabix, cuppa, ham sandwich for lunch": the sandwich is lunch)."""
    piece, trailing = _cued_piece(text)
    head, tail = _last_comma_part(piece[0]) if trailing else ("", piece[0])
    if head:
        head, head_time = _trailing_time(head)
        return [(head, None, head_time, False), (tail, *piece[1:])]
    return [piece]


def _last_comma_part(text: str) -> tuple[str, str]:
    """(everything before the last comma outside brackets, the part after it); ("", text) when
    the part after it only says more of the food before ("spag bol, 1 and a half cups", "the
    medium one")."""
    depth = 0
    for index in range(len(text) - 1, -1, -1):
        depth += (text[index] == ")") - (text[index] == "(")
        if text[index] == "," and depth == 0:
            head, tail = text[:index].strip(), text[index + 1 :].strip()
            if not tail or _more_of_before(tail):
                return "", text
            return head, tail
    return "", text


_DESCRIBES_BEFORE = re.compile(
    r"^(?:the|one|ones|each|both|plain|baked|fried|grilled|toasted|buttered|hot|cold|iced|"
    r"small|medium|large|big|regular|diet|no|with|w|extra|half|about|like|maybe|"
    r"(?:\d+|two|three|four)\s*(?:x\s*\d+\s*)?(?:mg|mcg|µg|ug|iu|caps?|capsules?|tabs?|tablets?|"
    r"softgels?|pills?|drops|gumm(?:y|ies)|of the)|(?:a\s+)?(?:splash|dash|drizzle|squirt|dollop|"
    r"knob|spoonful)|(?:\d+\s*%\s*|skim(?:med)?\s+|whole\s+|semi[- ]skimmed\s+|oat\s+|soy\s+|"
    r"almond\s+)?milk|(?:\d+\s+)?sugars?|cream|butter|honey|ketchup|sauce|gravy|dressing|syrup)\b",
    re.IGNORECASE,
)
"""A comma part that goes on describing the food or supplement before it ("a sweet potato,
baked", "the regular not diet", "magnesium glycinate, 2 caps") or what went on it ("cheerios,
one bowl, 2% milk", "pancakes, syrup"), never one of its own."""


def _more_of_before(tail: str) -> bool:
    return _only_amount_after(tail) or bool(_DESCRIBES_BEFORE.match(tail))


def _cued_piece(text: str) -> tuple[tuple[str, str | None, str | None, bool], bool]:
    """The piece's text, meal, time and whether it named a meal; and whether the meal word was
    at its end."""
    text = _NO_MEAL.sub("", text.strip())
    for pattern in (_FOR_MEAL, _LEADING_CUE):
        cue = pattern.match(text)
        if cue is not None and pattern is _LEADING_CUE and _tea_the_drink(cue, text):
            continue
        if cue is not None and (cue.group("meal") or cue.groupdict().get("bed")):
            meal = meal_of(cue["meal"]) if cue["meal"] else "bedtime"
            time = cue.groupdict().get("time")
            rest, trailing_time = _trailing_time(text[cue.end() :])
            return (rest, meal, time or trailing_time, True), False
    bare = _bare_cue(text)
    if bare is not None:
        return bare, False
    heading = _HEADING.match(text)
    if heading is not None and not _only_amount_after(heading["rest"]):
        rest, trailing_time = _trailing_time(heading["rest"])
        return (rest, None, heading["time"] or trailing_time, False), False
    trailing = _TRAILING_CUE.search(text)
    if trailing is not None and trailing.start() > 0:
        meal = meal_of(trailing["meal"] or trailing["part"] or "bedtime")
        rest, trailing_time = _trailing_time(text[: trailing.start()])
        return (rest, meal, trailing["time"] or trailing_time, True), True
    leading_time = _LEADING_TIME.match(text)
    if (
        leading_time is not None
        and leading_time.end() < len(text)
        and not _AMOUNT_NOT_TIME.match(text)
    ):
        rest = text[leading_time.end() :]
        heading = _HEADING.match(rest)
        if (
            heading is not None
            and heading["time"] is None
            and not _only_amount_after(heading["rest"])
        ):
            rest = heading["rest"]
        return (rest, None, leading_time["time"], False), False
    rest, trailing_time = _trailing_time(text)
    return (rest, None, trailing_time, False), False


_HEADING = re.compile(
    rf"^(?P<label>[a-z][a-z' ]{{0,24}}?)(?:\s+(?P<time>{_AT_TIME}))?\s*:\s+(?P<rest>\S.*)$",
    re.IGNORECASE,
)
"""A short heading before a colon names the dish its list makes up ("smoothie: banana,
strawberries and almond milk", "Full english at 10: 2 sausages, bacon, beans"): the list is
what was eaten, the heading is not eaten as well."""


def _only_amount_after(rest: str) -> bool:
    """ "coffee: 2 cups" is coffee, not a heading over "2 cups"."""
    return amount_fragment(rest) is not None or bool(re.fullmatch(r"[\d.,\s]+\w{0,3}", rest))


def _bare_cue(text: str) -> tuple[str, str | None, str | None, bool] | None:
    """ "lunch a burger" → ("a burger", lunch); "tea" alone is a drink unless a time or an
    article follows it ("tea at 6 rissoles", "tea a pie" are the evening meal)."""
    cue = _BARE_CUE.match(text)
    if cue is None:
        return None
    word = cue["meal"].lower()
    if word == "tea" and cue["time"] is None and cue["next"].lower() not in _DETERMINER:
        return None
    if word == "tea" and _TEA_ADD_INS.match(text[cue.start("next") :]):
        return None  # "tea two sugars": the drink
    rest, trailing_time = _trailing_time(text[cue.start("next") :])
    return rest, meal_of(word), cue["time"] or trailing_time, True


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
    text = _INTERJECTION.sub(" ", _FILLER.sub(" ", text))
    text = _FROM_BRAND.sub("", _ROAST_DINNER.sub(r"\1", text))
    text = _TRAILING_FILLER.sub("", text.strip())
    text = _JUST.sub("", _trim(re.sub(r"\s+", " ", text), ",.:"))
    if not text or _NOT_FOOD.match(text):
        return ""
    return text
