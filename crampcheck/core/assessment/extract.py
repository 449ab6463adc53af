"""Case → findings: what was understood from people's words, with where each finding came from.

Pure: takes a :class:`Case` and the knowledge base and returns :class:`Findings`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from crampcheck.core.assessment.case import Case, Cramps, IntakeStatus
from crampcheck.core.assessment.knowledge import KnowledgeBase
from crampcheck.core.assessment.labs import LabError, LabReading, albumin_from, interpret
from crampcheck.core.assessment.text import Hit, clauses, normalise
from crampcheck.core.assessment.timing import RECENT_DAYS, duration_days, is_stopped, recency
from crampcheck.core.assessment.vocabulary import Vocabulary, vocabulary

HEAVY_ALCOHOL_UNITS_PER_WEEK = 14
"""Above the UK low-risk guidance of 14 units a week counts as heavy drinking (crampcheck policy;
alcohol depletes thiamin and magnesium: R1, R5)."""

LOW_FLUID_L_PER_DAY = 1.5
"""Less than this much fluid a day is low (well under IOM beverage intakes of 2.2-3.0 L, R14)."""

HIGH_FLUID_L_PER_DAY = 5.0
"""More than this a day is very large (over-drinking risk, R41)."""

FREQUENT_PER_WEEK = 3
"""Cramps this often or more count as frequent (crampcheck policy for NHS "frequent", R34)."""

LONG_CRAMP_MINUTES = 10
"""A cramp longer than this needs a doctor (R34, evidence.md §0.7)."""

PERSISTENT_MINUTES = 60
"""Pain or heat cramps lasting an hour or more (R40)."""

SEVERE_0_10 = 8
"""Severity at or above this counts as severe."""

LATE_PREGNANCY_WEEKS = 20
"""Cramps are commonest in later pregnancy (R34)."""

LOW_INTAKE_PERCENT = 67.0
"""Intake below two thirds of the RDA/AI counts as low for the assessment."""

_SIDE_WORDS = frozenset({"left", "right", "unilateral", "one"})
_PAIN_WORDS = frozenset(
    {
        "pain",
        "painful",
        "ache",
        "aching",
        "hurts",
        "sore",
        "tender",
        "cramp",
        "cramps",
        "cramping",
        "throbbing",
    }
)
_TIME_LIMITED = frozenset({"condition:recent_surgery", "condition:wound"})
_YEAR = re.compile(r"\b(19|20)\d\d\b")
_UNITS = re.compile(r"(\d+(?:\.\d+)?)\s*units?\b(?:[^0-9]*?\b(day|daily|night|week|wk))?")
_LITRES = re.compile(r"(\d+(?:\.\d+)?)\s*(l|litres?|liters?|ml)\b")
_WEEKS = re.compile(r"(\d{1,2})\s*(?:weeks?|wks?|w)\b")


@dataclass(slots=True)
class Findings:
    """Findings with their sources, plus what could not be understood."""

    sources: dict[str, list[str]] = field(default_factory=dict)
    not_understood: list[str] = field(default_factory=list)
    matched: list[str] = field(default_factory=list)
    labs: list[LabReading] = field(default_factory=list)

    def add(self, finding: str, source: str) -> None:
        known = self.sources.setdefault(finding, [])
        if source not in known:
            known.append(source)

    @property
    def set(self) -> frozenset[str]:
        return frozenset(self.sources)


def extract(
    case: Case, kb: KnowledgeBase, intake: Sequence[IntakeStatus] | None = None
) -> Findings:
    """Everything the engine can use from ``case``."""
    vocab = vocabulary(kb)
    found = Findings()
    _profile(case, found)
    _cramps(case.cramps, vocab, found)
    for text in case.symptoms:
        _free_item(text, "symptom", vocab, found)
    for text in case.conditions:
        _free_item(text, "condition", vocab, found)
        _pregnancy_weeks(text, found)
    for text in case.medications:
        _medication(text, kb, vocab, found, report=True)
    _lifestyle(case.lifestyle, vocab, found)
    _labs(case, kb, found)
    if case.description:
        _description(case.description, kb, vocab, found)
    _intake(intake or (), found)
    _implications(vocab, found)
    return found


def _profile(case: Case, found: Findings) -> None:
    profile = case.profile
    source = f"profile: {profile.age_years:g}-year-old {profile.sex.value}"
    found.add(f"profile:{profile.sex.value}", source)
    for age, name in ((50, "age_50_plus"), (65, "age_65_plus"), (80, "age_80_plus")):
        if profile.age_years >= age:
            found.add(f"profile:{name}", source)
    if profile.pregnant:
        found.add("profile:pregnant", "profile: pregnant")
    if profile.lactating:
        found.add("profile:lactating", "profile: breastfeeding")


def _cramps(cramps: Cramps | None, vocab: Vocabulary, found: Findings) -> None:
    if cramps is None or cramps.timing is None:
        found.add("cramps:unspecified", "cramps: timing not given")
    if cramps is None:
        return
    if cramps.timing is not None:
        timing = normalise(cramps.timing).replace(" ", "_")
        aliases = {
            "nocturnal": "night",
            "nighttime": "night",
            "night_time": "night",
            "at_night": "night",
            "during_exercise": "exercise",
            "after_exercise": "exercise",
            "rest": "rest_day",
            "day": "rest_day",
            "anytime": "any",
            "any_time": "any",
        }
        timing = aliases.get(timing, timing)
        if timing in ("night", "exercise", "rest_day", "any"):
            found.add(f"cramps:{timing}", f"cramps at {timing.replace('_', ' ')}")
        else:
            found.not_understood.append(f"cramps.timing: {cramps.timing}")
            found.add("cramps:unspecified", f"cramps timing '{cramps.timing}'")
    numbers = (
        (cramps.frequency_per_week, FREQUENT_PER_WEEK, "frequent", "{:g} cramps a week"),
        (cramps.severity_0_10, SEVERE_0_10, "severe", "severity {:g}/10"),
        (cramps.duration_minutes, LONG_CRAMP_MINUTES + 1e-9, "long", "lasting {:g} minutes"),
        (cramps.duration_minutes, PERSISTENT_MINUTES, "persistent", "lasting {:g} minutes"),
    )
    for value, limit, name, text in numbers:
        if value is not None and value >= limit:
            found.add(f"cramps:{name}", text.format(value))
    if cramps.location:
        words = normalise(cramps.location).split()
        if _SIDE_WORDS & set(words) and "both" not in words:
            found.add("cramps:one_side", f"location: {cramps.location}")
        for hit in vocab.terms.scan_text(cramps.location):
            found.add(hit.target, f"location: {cramps.location}")


def _add_hits(hits: Sequence[Hit], source: str, found: Findings) -> None:
    for hit in hits:
        found.add(hit.target, source)


def _free_item(text: str, kind: str, vocab: Vocabulary, found: Findings) -> None:
    """A symptom or condition in a person's words: exact, then fuzzy, else not understood."""
    source = f"{kind}: {text}"
    hits = [hit for words in clauses(text) for hit in _scan_sided(words, vocab)]
    if not hits and _mentions(text, vocab):
        return  # named but negated ("no swelling")
    if not hits:
        hits = _fuzzy_hits(text, vocab)
        if hits:
            found.matched.append(f"{text!r} read as {', '.join(h.phrase for h in hits)}")
    if not hits:
        found.not_understood.append(f"{kind}s: {text}")
        return
    if kind == "condition":
        hits = [hit for hit in hits if not _old_event(hit.target, text)]
    _add_hits(hits, source, found)
    if kind == "condition" and not any(h.target.startswith("condition:") for h in hits):
        found.matched.append(f"{text!r} read as {', '.join(sorted({h.phrase for h in hits}))}")


def _old_event(target: str, text: str) -> bool:
    """A surgery or wound from long ago ("hip replacement 2010") is not a recent risk."""
    if target not in _TIME_LIMITED:
        return False
    days = duration_days(text)
    return (days is not None and days > RECENT_DAYS) or bool(_YEAR.search(text))


def _mentions(text: str, vocab: Vocabulary) -> bool:
    """Whether the text names something known, even if negated ("no swelling")."""
    return bool(vocab.terms.scan_text(text, negation=False))


def _scan_sided(words: list[str], vocab: Vocabulary) -> list[Hit]:
    """Scan a clause; "left"/"right"/"one leg" turns swelling or pain into one-sided findings."""
    hits = vocab.terms.scan(words)
    targets = {hit.target for hit in hits}
    sided = bool(_SIDE_WORDS & set(words)) and "both" not in words
    if sided and "symptom:leg_swelling" in targets:
        hits.append(Hit("symptom:calf_swelling_one_side", "one-sided swelling", 0, 0))
    if sided and _PAIN_WORDS & set(words):
        hits.append(Hit("symptom:one_sided_leg_pain", "one-sided pain", 0, 0))
    return hits


def _fuzzy_hits(text: str, vocab: Vocabulary) -> list[Hit]:
    phrase = normalise(text)
    close = vocab.fuzzy_phrases.closest(phrase) if " " in phrase else None
    if close is not None:
        return [Hit(target, close, 0, 0) for target in sorted(vocab.terms.phrases[close])]
    hits: list[Hit] = []
    for word in phrase.split():
        close = vocab.fuzzy_terms.closest(word)
        if close is not None:
            hits.extend(Hit(t, close, 0, 0) for t in sorted(vocab.terms.phrases[close]))
    return hits


def _pregnancy_weeks(text: str, found: Findings) -> None:
    lowered = text.lower()
    if "pregnan" not in lowered and "gestation" not in lowered and "trimester" not in lowered:
        return
    found.add("profile:pregnant", f"condition: {text}")
    weeks = _WEEKS.search(lowered)
    late = ("third trimester" in lowered or "second trimester" in lowered) or (
        weeks is not None and int(weeks.group(1)) >= LATE_PREGNANCY_WEEKS
    )
    if late:
        found.add("profile:pregnant_late", f"condition: {text}")


def _medication(
    text: str, kb: KnowledgeBase, vocab: Vocabulary, found: Findings, *, report: bool
) -> None:
    classes = sorted({hit.target.split(":", 1)[1] for hit in vocab.drugs.scan_text(text)})
    read_as = ""
    if not classes:
        for word in normalise(text).split():
            close = vocab.fuzzy_drugs.closest(word) if word.isalpha() else None
            if close is not None:
                classes = sorted(set(kb.drug_names[_name_key(kb, close)]))
                read_as = f" (read as {close})"
                break
    if not classes:
        if report:
            found.not_understood.append(f"medications: {text}")
        return
    if is_stopped(text):
        found.matched.append(f"{text!r}: stopped, not counted")
        return
    when = recency(text)
    source = f"medication: {text}{read_as}"
    for class_id in classes:
        drug_class = kb.drug_classes[class_id]
        for name in (class_id, *drug_class.groups):
            found.add(f"drug:{name}", source)
            if when is not None:
                found.add(f"drug:{name}:{when}", source)
        for implied in drug_class.implies:
            found.add(implied, source)
    label = ", ".join(kb.drug_classes[c].name for c in classes)
    found.matched.append(f"{text!r} → {label}{f' ({when})' if when else ''}{read_as}")


def _name_key(kb: KnowledgeBase, normalised: str) -> str:
    for name in kb.drug_names:
        if normalise(name) == normalised:
            return name
    return normalised


def _lifestyle(lifestyle: Mapping[str, object], vocab: Vocabulary, found: Findings) -> None:
    for key, value in lifestyle.items():
        source = f"lifestyle {key}: {value}"
        if key == "alcohol_units_per_week" and isinstance(value, int | float):
            if value > HEAVY_ALCOHOL_UNITS_PER_WEEK:
                found.add("life:alcohol_heavy", source)
            continue
        if key == "fluid_intake_l_per_day" and isinstance(value, int | float):
            if value < LOW_FLUID_L_PER_DAY:
                found.add("life:low_fluid", source)
            elif value > HIGH_FLUID_L_PER_DAY:
                found.add("life:high_water_intake", source)
            continue
        if value is None or value is False:
            continue
        if isinstance(value, str) and _numeric_lifestyle(key, value, source, found):
            continue
        text = key.replace("_", " ") if value is True else str(value)
        hits = vocab.terms.scan_text(text) or _fuzzy_hits(text, vocab)
        if value is not True and not hits:
            hits = vocab.terms.scan_text(f"{key.replace('_', ' ')} {value}")
        _add_hits(hits, source, found)
        if not hits and not isinstance(value, int | float) and not _mentions(text, vocab):
            found.not_understood.append(f"lifestyle.{key}: {value}")


def _numeric_lifestyle(key: str, value: str, source: str, found: Findings) -> bool:
    """Alcohol units or fluid litres written as text ("20 units a week", "about 1 litre")."""
    lowered = value.lower()
    if "alcohol" in key.lower() or "drink" in key.lower():
        units = _UNITS.search(lowered)
        if units:
            per_week = float(units.group(1)) * (
                7 if units.group(2) in ("day", "daily", "night") else 1
            )
            if per_week > HEAVY_ALCOHOL_UNITS_PER_WEEK:
                found.add("life:alcohol_heavy", source)
            return True
    if any(word in key.lower() for word in ("fluid", "water", "drink")):
        litres = _LITRES.search(lowered)
        if litres:
            amount = float(litres.group(1)) / (1000 if litres.group(2) == "ml" else 1)
            if amount < LOW_FLUID_L_PER_DAY:
                found.add("life:low_fluid", source)
            elif amount > HIGH_FLUID_L_PER_DAY:
                found.add("life:high_water_intake", source)
            return True
    return False


def _labs(case: Case, kb: KnowledgeBase, found: Findings) -> None:
    albumin = albumin_from(kb, case.labs)
    for item in case.labs:
        try:
            reading = interpret(kb, item, case.profile.sex.value, albumin)
        except LabError as error:
            found.not_understood.append(f"labs.{item.name}: {error}")
            continue
        found.labs.append(reading)
        for state in reading.states:
            found.add(f"lab:{reading.test.id}:{state}", f"lab: {reading.describe()}")


def _description(text: str, kb: KnowledgeBase, vocab: Vocabulary, found: Findings) -> None:
    for words in clauses(text):
        _add_hits(_scan_sided(words, vocab), "your description", found)
    for sentence in re.split(r"[.;!?\n]+", text):
        if vocab.drugs.scan_text(sentence):
            _medication(sentence.strip(), kb, vocab, found, report=False)
        _pregnancy_weeks(sentence, found)


def _intake(intake: Sequence[IntakeStatus], found: Findings) -> None:
    for status in intake:
        if status.percent is None:
            continue
        source = f"diary: {status.nutrient} at {status.percent:.0f}% of your target"
        if status.status in ("adequate", "above_ul"):
            found.add(f"intake:{status.nutrient}:adequate", source)
        elif status.percent < LOW_INTAKE_PERCENT:
            found.add(f"intake:{status.nutrient}:low", source)


def _implications(vocab: Vocabulary, found: Findings) -> None:
    """Implied findings (dialysis implies CKD), and derived lifestyle (vegan without B12)."""
    for finding in list(found.sources):
        term = vocab.term_by_finding.get(finding)
        for implied in term.implies if term else ():
            for source in found.sources[finding]:
                found.add(implied, source)
    if "life:vegan" in found.sources and "life:b12_supplement" not in found.sources:
        for source in found.sources["life:vegan"]:
            found.add("life:vegan_no_b12", source)
    if found.sources.get("profile:pregnant") and found.sources.get("profile:male"):
        found.not_understood.append("pregnancy was mentioned but the profile is male")
