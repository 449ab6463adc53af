"""Case → findings: what was understood from people's words, with where each finding came from.

Pure: takes a :class:`Case` and the knowledge base and returns :class:`Findings`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from crampcheck.core.assessment.case import Case, Cramps, IntakeStatus, MedicineCourse
from crampcheck.core.assessment.context import laterality, read
from crampcheck.core.assessment.knowledge import KnowledgeBase
from crampcheck.core.assessment.labs import (
    LabError,
    LabInput,
    LabMention,
    LabReading,
    albumin_from,
    interpret,
    lab_mentions,
)
from crampcheck.core.assessment.lifestyle import extract_lifestyle
from crampcheck.core.assessment.matching import (
    Findings,
    add_hits,
    fuzzy_hits,
    mentions,
    old_event,
    scan_sided,
)
from crampcheck.core.assessment.numbers import (
    FREQUENT_PER_WEEK,
    LONG_CRAMP_MINUTES,
    PERSISTENT_MINUTES,
    mentions_cramps,
    read_numbers,
)
from crampcheck.core.assessment.text import normalise
from crampcheck.core.assessment.timing import is_stopped, recency, recency_in_days
from crampcheck.core.assessment.vocabulary import Vocabulary, vocabulary

SEVERE_0_10 = 8
"""Severity at or above this counts as severe."""

LATE_PREGNANCY_WEEKS = 20
"""Cramps are commonest in later pregnancy (R34)."""

LOW_INTAKE_PERCENT = 67.0
"""Intake below two thirds of the RDA/AI counts as low for the assessment."""

_WEEKS = re.compile(r"(\d{1,2})\s*(?:weeks?|wks?|w)\b")


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
    for course in case.courses:
        _medication(course.name, kb, vocab, found, report=True, dates=_course_dates(course, case))
    extract_lifestyle(case.lifestyle, vocab, found)
    _labs(case, kb, found)
    if case.description:
        _description(case.description, kb, vocab, found, case)
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
        if laterality(words) == "one":
            found.add("cramps:one_side", f"location: {cramps.location}")
        for hit in scan_sided(cramps.location, vocab):
            found.add(hit.target, f"location: {cramps.location}")


def _free_item(text: str, kind: str, vocab: Vocabulary, found: Findings) -> None:
    """A symptom or condition in a person's words: exact, then fuzzy, else not understood."""
    source = f"{kind}: {text}"
    hits = scan_sided(text, vocab)
    if not hits and mentions(text, vocab):
        return  # named but negated ("no swelling")
    fuzzy = not hits
    if fuzzy:
        hits = fuzzy_hits(text, vocab)
    if not hits:
        found.not_understood.append(f"{kind}s: {text}")
        return
    if kind == "condition":
        hits = [hit for hit in hits if not old_event(hit.target, text)]
    add_hits(hits, source, found)
    understood = sorted({hit.target.split(":", 1)[1].replace("_", " ") for hit in hits})
    found.matched.append(f"{text!r} → {', '.join(understood)}{' (closest match)' if fuzzy else ''}")


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


def _course_dates(course: MedicineCourse, case: Case) -> tuple[bool, str | None]:
    """Whether a dated course has stopped by the case's day, and how recent its start is."""
    if case.on is None:
        return False, None
    stopped = course.stopped is not None and course.stopped <= case.on
    started = course.started
    return stopped, None if started is None else recency_in_days(max((case.on - started).days, 0))


def _medication(
    text: str,
    kb: KnowledgeBase,
    vocab: Vocabulary,
    found: Findings,
    *,
    report: bool,
    dates: tuple[bool, str | None] | None = None,
) -> None:
    """One medicine: its drug classes, whether it stopped and how recently it started (from
    ``dates`` when the record has them, else from the words)."""
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
    stopped, when = dates if dates is not None else (is_stopped(text), recency(text))
    if stopped:
        found.matched.append(f"{text!r}: stopped, not counted")
        return
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
    """The drug name a fuzzy drug word stands for (those words are the names, normalised)."""
    return next(name for name in kb.drug_names if normalise(name) == normalised)


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


_TAKING = frozenset(
    {
        "take",
        "takes",
        "taking",
        "took",
        "started",
        "start",
        "starting",
        "restarted",
        "on",
        "using",
        "use",
        "prescribed",
        "switched",
        "swapped",
        "changed",
        "moved",
        "put",
        "upped",
        "increased",
        "doubled",
        "raised",
        "gave",
        "given",
        "mg",
        "mcg",
        "tablet",
        "tablets",
        "pill",
        "pills",
        "inhaler",
        "injection",
        "injections",
        "dose",
    }
)
"""A medicine named in the description counts only when the sentence says it is taken."""

_SENTENCES = re.compile(r"[;!?\n…]+|\.(?!\d)")
"""Sentence ends (a full stop inside a number, "12.5 mg", is not one)."""

_BACK_REFERENCE = re.compile(r"\b(they|theyre|them|it|its|these|those|still)\b")

_STOP_WORDS = frozenset({"stopped", "stop", "discontinued", "quit", "off", "ceased", "halted"})
_SWITCH_WORDS = frozenset({"switched", "swapped", "changed", "moved"})
_WORRIED = (
    r"(?!\s+(?:so\s+|really\s+|very\s+|a\s+bit\s+|quite\s+|getting\s+)?"
    r"(?:worried|concerned|scared|anxious|afraid|nervous|frightened|worrying|not\s+sure|unsure)\b)"
)
"""A carer's own feelings ("I am worried") do not make the narrator the patient."""
_FIRST_PERSON = re.compile(
    r"\b(?:my (?:legs?|calf|calves|foot|feet|thighs?|knees?|ankles?|toes?|muscles?|urine|pee|wee|"
    rf"hands?|arms?|back|chest)|i (?:have|get|got|had|am{_WORRIED}|feel|keep|woke|cant|cannot)|"
    rf"im{_WORRIED}|ive (?:had|got|been))\b"
)


def _description(
    text: str, kb: KnowledgeBase, vocab: Vocabulary, found: Findings, case: Case
) -> None:
    sex = case.profile.sex.value
    narrator = bool(_FIRST_PERSON.search(normalise(text)))
    cramps_named = mentions_cramps(text)
    for sentence in _SENTENCES.split(text):
        hits = [
            h
            for h in scan_sided(sentence, vocab, sex=sex, narrator_is_patient=narrator)
            if not old_event(h.target, sentence)
        ]
        for hit in hits:
            found.add(hit.target, f"'{hit.phrase}' in your description")
        _description_drugs(sentence, kb, vocab, found, sex=sex, narrator=narrator)
        if any(hit.target == "condition:pregnancy" for hit in hits):
            _pregnancy_weeks(sentence, found)  # not "I'm not pregnant"
        _labs_in_text(sentence, kb, case, found)
        about_cramps = cramps_named and bool(_BACK_REFERENCE.search(sentence.lower()))
        for finding, snippet in read_numbers(sentence, about_cramps=about_cramps):
            found.add(finding, f"'{snippet}' in your description")


def _labs_in_text(sentence: str, kb: KnowledgeBase, case: Case, found: Findings) -> None:
    """Lab values written in the description ("blood test came back potassium 3.1",
    "vit D came back 9 ng/mL"); without a unit the test's usual unit is assumed."""
    for mention in lab_mentions(sentence, kb):
        reading = _read_lab(kb, mention, case, found)
        if reading is None:
            continue
        found.labs.append(reading)
        source = f"'{mention.words}' in your description"
        for state in reading.states:
            found.add(f"lab:{reading.test.id}:{state}", source)


def _read_lab(
    kb: KnowledgeBase, mention: LabMention, case: Case, found: Findings
) -> LabReading | None:
    """A stated unit is used as given; without one, the first unit in which the value is
    plausible ("magnesium 0.6" is mmol/L: 0.6 mg/dL is not possible)."""
    test = mention.test
    units = (
        [mention.unit]
        if mention.unit
        else [test.unit, *(u for u in test.factors if u != test.unit.lower())]
    )
    error: LabError | None = None
    for candidate in units:
        lab = LabInput(mention.name, mention.value, candidate)
        try:
            return interpret(kb, lab, case.profile.sex.value, None)
        except LabError as problem:
            error = error or problem
    found.not_understood.append(f"description: {error}")
    return None


def _description_drugs(
    sentence: str,
    kb: KnowledgeBase,
    vocab: Vocabulary,
    found: Findings,
    *,
    sex: str,
    narrator: bool,
) -> None:
    """Medicines the sentence says are taken ("switched me to Symbicort 6 weeks ago", "put me on
    ramipril"); not those stopped ("came off", "switched from X"), worried about or someone
    else's."""
    words = normalise(sentence).split()
    if not _TAKING & set(words):
        return
    when = recency(sentence)
    for part in read(sentence, sex=sex, narrator_is_patient=narrator):
        for hit in vocab.drugs.scan(part.words, marks=part.marks):
            before = part.words[max(0, hit.start - 4) : hit.start]
            switched_from = bool(before) and before[-1] == "from" and _SWITCH_WORDS & set(words)
            if _STOP_WORDS & set(before) or switched_from or is_stopped(" ".join(before)):
                found.matched.append(f"{hit.phrase!r}: stopped, not counted")
                continue
            class_id = hit.target.split(":", 1)[1]
            source = (
                f"'{' '.join(part.words[max(0, hit.start - 3) : hit.end + 4])}' in your description"
            )
            _add_drug_class(kb, class_id, when, source, found)
            found.matched.append(
                f"{hit.phrase!r} → {kb.drug_classes[class_id].name}{f' ({when})' if when else ''}"
            )


def _add_drug_class(
    kb: KnowledgeBase, class_id: str, when: str | None, source: str, found: Findings
) -> None:
    drug_class = kb.drug_classes[class_id]
    for name in (class_id, *drug_class.groups):
        found.add(f"drug:{name}", source)
        if when is not None:
            found.add(f"drug:{name}:{when}", source)
    for implied in drug_class.implies:
        found.add(implied, source)


SUPPLEMENT_DRUG_CLASSES = {
    "magnesium_mg": "magnesium_supplement",
    "potassium_mg": "potassium_supplement",
}
"""A diary supplement giving this nutrient is that supplement in the medication list."""


def _intake(intake: Sequence[IntakeStatus], found: Findings) -> None:
    for status in intake:
        drug_class = SUPPLEMENT_DRUG_CLASSES.get(status.nutrient)
        if drug_class and status.from_supplements:
            amount = f"{status.from_supplements:,.0f} mg {status.nutrient.removesuffix('_mg')}"
            found.add(f"drug:{drug_class}", f"diary: {amount} from supplements")
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
