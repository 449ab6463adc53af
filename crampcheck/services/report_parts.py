"""Pieces of the clinician report that do not touch the diary: the assessment result and the
person's words mapped onto :mod:`crampcheck.reports.model` values.

Used by :mod:`crampcheck.services.report`; kept apart so each module stays small.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from datetime import date

from crampcheck.core import diary as d
from crampcheck.core.assessment.case import Assessment, FactorResult, RedFlagResult
from crampcheck.core.assessment.knowledge import KnowledgeBase, Triage, locale_for
from crampcheck.core.assessment.labs import LabReading, normalise_unit
from crampcheck.core.assessment.text import normalise
from crampcheck.core.assessment.text_out import label
from crampcheck.core.assessment.vocabulary import vocabulary
from crampcheck.core.nutrients import NUTRIENT_INFO, Nutrient
from crampcheck.reports.model import (
    Citation,
    DiaryItem,
    Factor,
    Finding,
    Lab,
    RuledOut,
    Symptoms,
)

WARNING_SIGNS: tuple[tuple[str, frozenset[str]], ...] = (
    (
        "Swelling, warmth or redness of one calf",
        frozenset(
            {
                "calf_swelling_one_side",
                "leg_swelling",
                "leg_warmth",
                "leg_redness",
                "hard_sore_veins",
            }
        ),
    ),
    ("Numbness, tingling or burning", frozenset({"numbness", "tingling", "burning_feet"})),
    ("Muscle weakness or wasting", frozenset({"muscle_weakness", "muscle_wasting"})),
    ("Muscle twitching (fasciculations)", frozenset({"fasciculations"})),
    ("Dark, cola-coloured urine", frozenset({"dark_urine", "little_dark_urine"})),
    ("Breathlessness or chest pain", frozenset({"breathlessness", "chest_pain"})),
    ("Leg pain on walking that eases with rest", frozenset({"claudication"})),
    (
        "Urge to move the legs, relieved by moving",
        frozenset({"urge_to_move", "relieved_by_movement"}),
    ),
)
"""Features a clinician asks about with leg cramps (NHS, NICE CKS; evidence.md §5-§6). A sign
the person neither reported nor denied is listed as *unknown*."""


NEW_MEDICINE_FLAG = "new_medicine"
"""The red flag for cramps that began soon after a new medicine; it applies to the medication
factors of medicines read as recent, though the knowledge base links it to no single factor."""


_NUTRIENT_KEY = re.compile(r"\b([a-z0-9]+(?:_[a-z0-9]+)*)_(mg|ug|g|kcal)\b")
_FLUID_KEY = re.compile(r"(?:lifestyle )?fluid_intake_l_per_day:?\s*([\d.]+)")
_LIFESTYLE_KEY = re.compile(r"\blifestyle ([a-z]+(?:_[a-z]+)+):\s*")
_MINUTES = re.compile(r"\blasting (\d+(?:\.\d+)?) minutes")
_SNAKE = re.compile(r"\b[a-z]+(?:_[a-z0-9]+)+\b")
_ACRONYMS = {"ppi": "PPI", "ppis": "PPIs", "ssri": "SSRI", "ckd": "CKD", "dvt": "DVT"}


def _nutrient_name(match: re.Match[str]) -> str:
    try:
        return NUTRIENT_INFO[Nutrient(match.group(0))].label.lower()
    except ValueError:
        return match.group(1).replace("_", " ")


def _duration(match: re.Match[str]) -> str:
    minutes = float(match.group(1))
    if minutes >= 48 * 60:
        return f"lasting {minutes / 1440:g} days"
    if minutes >= 120:
        return f"lasting {minutes / 60:g} hours"
    return f"lasting {minutes:g} minutes"


def plain(text: str) -> str:
    """Engine wording for people: no raw keys ("magnesium_mg" → "magnesium",
    "fluid_intake_l_per_day: 0.5" → "fluid intake 0.5 L a day", "2880 minutes" → "2 days",
    ``calf_swelling_one_side`` → "calf swelling one side", "medicine: ppi" → "medicine: PPI").

    Example:
        >>> plain("diary: magnesium_mg at 43% of your target")
        'diary: magnesium at 43% of your target'
    """
    text = _FLUID_KEY.sub(lambda m: f"fluid intake {m.group(1)} L a day", text)
    text = _LIFESTYLE_KEY.sub(lambda m: m.group(1).replace("_", " ") + " ", text)
    text = _NUTRIENT_KEY.sub(_nutrient_name, text)
    text = _MINUTES.sub(_duration, text)
    text = _SNAKE.sub(lambda m: m.group(0).replace("_", " "), text)
    return re.sub(r"\b(" + "|".join(_ACRONYMS) + r")\b", lambda m: _ACRONYMS[m.group(1)], text)


def finding(flag: RedFlagResult) -> Finding:
    return Finding(
        id=flag.id,
        triage=flag.triage.label,
        why=plain(flag.why),
        advice=plain(flag.advice),
        citations=flag.citations,
    )


def title(factor_id: str) -> str:
    """A plain, capitalised name for a factor id ("A diuretic (water tablet)")."""
    text = label(factor_id)
    return text[:1].upper() + text[1:]


def factors(result: Assessment, kb: KnowledgeBase) -> tuple[Factor, ...]:
    """The ranked factors, each with when to act (its most urgent linked rule)."""
    fired = {flag.id: flag.triage for flag in _flags(result)}
    recent = _recent_medicines(result)
    rows = []
    for item in result.factors:
        level = _when_level(item.id, kb, fired)
        if _new_medicine(item, fired, recent):
            level = max(level, fired[NEW_MEDICINE_FLAG])
        rows.append(
            Factor(
                id=item.id,
                title=title(item.id),
                kind=item.kind,
                strength=item.strength.label,
                why=plain(item.why),
                advice=plain(item.advice),
                evidence=plain(item.evidence),
                when_level=level.label,
                when=when_to_act(kb, level, result.locale),
                citations=item.citations,
            )
        )
    return tuple(rows)


def when_to_act(kb: KnowledgeBase, level: Triage, locale: object = None) -> str:
    """When to act on a factor, from the cited triage table (``triage.yaml``)."""
    tag = locale if isinstance(locale, str) else None
    return locale_for(kb, tag).fill(kb.guidance[level.label].act)


def _new_medicine(item: FactorResult, fired: Mapping[str, Triage], recent: list[str]) -> bool:
    return (
        item.kind == "medication"
        and NEW_MEDICINE_FLAG in fired
        and any(text in item.why for text in recent)
    )


def _recent_medicines(result: Assessment) -> list[str]:
    """Medicine texts the engine read as recently started ("'x (started 4 weeks ago)' → ...")."""
    texts = []
    for line in result.matched:
        quoted, _, reading = str(line).partition(" → ")
        if reading.endswith("(recent)") and len(quoted) > 2:
            texts.append(quoted.strip("'\""))
    return texts


def _flags(result: Assessment) -> tuple[RedFlagResult, ...]:
    return (*result.red_flags, *result.routine_reasons)


def _when_level(factor_id: str, kb: KnowledgeBase, fired: Mapping[str, Triage]) -> Triage:
    definition = kb.factors.get(factor_id)
    levels = [definition.min_triage] if definition and definition.min_triage else []
    levels += [
        fired[flag.id] for flag in kb.red_flags if flag.factor == factor_id and flag.id in fired
    ]
    return max(levels, default=Triage.SELF_CARE)


def ruled_out(result: Assessment) -> tuple[RuledOut, ...]:
    return tuple(RuledOut(item.id, title(item.id), plain(item.why)) for item in result.ruled_out)


def labs(result: Assessment, dates: Mapping[tuple[float, str], date]) -> tuple[Lab, ...]:
    """Lab readings as the engine interpreted them; ``dates`` maps (value, unit) to a date."""
    rows = []
    for item in result.labs:
        low, high, unit = item.low, item.high, item.test.unit
        range_text = "" if low is None or high is None else _range_text(item, low, high, unit)
        rows.append(
            Lab(
                name=item.test.id.replace("_", " "),
                value=item.value,
                unit=item.unit,
                taken_on=dates.get((item.value, item.unit)),
                range_text=range_text,
                state=plain(", ".join(item.states)),
            )
        )
    return tuple(rows)


def _range_text(item: LabReading, low: float, high: float, unit: str) -> str:
    """The reference range in the unit the result was written in (0.68 mmol/L | 0.7–0.91 mmol/L).

    The engine gives the range in the test's canonical unit; a result in another unit is set
    against the range converted back with the same factor (units here are proportional).
    """
    value, converted = item.value, round(item.canonical, 3)
    if normalise_unit(item.unit) == normalise_unit(unit) or not value or not converted:
        return f"{low:g}–{high:g} {unit}"
    ratio = converted / value
    return f"{low / ratio:.2g}–{high / ratio:.2g} {item.unit} ({low:g}–{high:g} {unit})"


def symptoms(entries: Sequence[str], description: str | None, kb: KnowledgeBase) -> Symptoms:
    """Present and absent in the person's words; unknown = warning signs never mentioned."""
    terms = vocabulary(kb).terms
    present: list[str] = []
    absent: list[str] = []
    said: set[str] = set()
    for text in entries:
        hits = [h.target for h in terms.scan_text(text)]
        mentions = [h.target for h in terms.scan_text(text, negation=False)]
        said.update(_ids(mentions))
        (present if hits or not mentions else absent).append(text)
    for words in _clauses(description):
        hits = [h.target for h in terms.scan_text(words)]
        mentions = [h.target for h in terms.scan_text(words, negation=False)]
        said.update(_ids(mentions))
        if any(t.startswith("symptom:") for t in hits):
            present.append(words)
        elif any(t.startswith("symptom:") for t in mentions):
            absent.append(words)
    unknown = tuple(name for name, ids in WARNING_SIGNS if not ids & said)
    return Symptoms(_unique(present), _unique(absent), unknown)


def _ids(targets: Iterable[str]) -> set[str]:
    return {t.split(":", 1)[1] for t in targets if t.startswith("symptom:")}


def _clauses(text: str | None) -> list[str]:
    if not text:
        return []
    pieces = [piece.strip() for line in text.splitlines() for piece in line.split(".")]
    return [piece for piece in pieces if normalise(piece)]


def _unique(items: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(plain(item.strip()) for item in items if item.strip()))


def citations(result: Assessment) -> tuple[Citation, ...]:
    """Every citation the findings and factors use, resolved to titles, in numeric order."""
    from crampcheck.data import load_citations

    cited = [*(f.citations for f in _flags(result)), *(f.citations for f in result.factors)]
    used = {cid for ids in cited for cid in ids}
    registry = {entry.id: entry for entry in load_citations().citations}
    rows = []
    for cid in sorted(used, key=lambda c: int(c[1:]) if c[1:].isdigit() else 10**6):
        entry = registry.get(cid)
        if entry is None:
            rows.append(Citation(cid, "(not in the citation registry)"))
            continue
        rows.append(Citation(cid, entry.title, primary_url(entry.text, entry.urls)))
    return tuple(rows)


CRAMP_PATTERN_FACTORS = frozenset({"idiopathic_nocturnal_cramps"})
"""Factors that describe the cramps themselves; without a logged cramp there is no data for them."""


def without_cramp_factors(result: Assessment) -> Assessment:
    """The assessment without the factors that need logged cramps ("ordinary night cramps")."""
    kept = tuple(f for f in result.factors if f.id not in CRAMP_PATTERN_FACTORS)
    summary = result.summary
    for factor_id in CRAMP_PATTERN_FACTORS:
        name = re.escape(label(factor_id))
        summary = re.sub(rf"(, {name}\b|\b{name}, )", "", summary)
        summary = re.sub(rf"Likely contributors?: {name}\. ?", "", summary)
    return replace(result, factors=kept, summary=summary)


def diary_items(food: Sequence[d.FoodEntry]) -> tuple[DiaryItem, ...]:
    """Every parsed food item, oldest first: what was written, what it was read as, grams."""
    return tuple(
        DiaryItem(entry.at.date(), item.text, item.name, item.grams, item.corrected)
        for entry in sorted(food, key=lambda e: e.at)
        for item in entry.items
    )


def primary_url(text: str, urls: Sequence[str]) -> str:
    """The source's own address: the first URL in the reference text (ODS for R1 and R6), not
    the copies it was read through, which come later in the text."""
    first = _URL.search(text)
    if first is not None:
        return first.group(0).rstrip(".,;)")
    return urls[0] if urls else ""


_URL = re.compile(r"https?://[^\s)\]]+")


# --- suggestions ------------------------------------------------------------------------------


def average_day_items(
    food: Sequence[d.FoodEntry], days_logged: int
) -> tuple[tuple[str, float], ...]:
    """An "average day" as exact ``(food_id, grams)`` items (grams to 0.1 g), for suggestions."""
    grams: dict[str, float] = defaultdict(float)
    for entry in food:
        for item in entry.items:
            if item.food_id and item.grams:
                grams[item.food_id] += item.grams
    if not days_logged:
        return ()
    return tuple((fid, round(g / days_logged, 1)) for fid, g in sorted(grams.items()))
