"""Pieces of the clinician report that do not touch the diary: the assessment result and the
person's words mapped onto :mod:`crampcheck.reports.model` values.

Used by :mod:`crampcheck.services.report`; kept apart so each module stays small.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from crampcheck.core import diary as d
from crampcheck.core.assessment.knowledge import KnowledgeBase, Triage, locale_for
from crampcheck.core.assessment.text import normalise
from crampcheck.core.assessment.text_out import label
from crampcheck.core.assessment.vocabulary import vocabulary
from crampcheck.reports.model import (
    Citation,
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


def finding(document: Mapping[str, Any]) -> Finding:
    return Finding(
        id=str(document["id"]),
        triage=str(document["triage"]),
        why=str(document["why"]),
        advice=str(document["advice"]),
        citations=tuple(document.get("citations", ())),
    )


def title(factor_id: str) -> str:
    """A plain, capitalised name for a factor id ("A diuretic (water tablet)")."""
    text = label(factor_id)
    return text[:1].upper() + text[1:]


def factors(result: Mapping[str, Any], kb: KnowledgeBase) -> tuple[Factor, ...]:
    """The ranked factors, each with when to act (its most urgent linked rule)."""
    fired = {flag["id"]: Triage.parse(flag["triage"]) for flag in _flags(result)}
    recent = _recent_medicines(result)
    rows = []
    for item in result.get("factors", ()):
        level = _when_level(item["id"], kb, fired)
        if _new_medicine(item, fired, recent):
            level = max(level, fired[NEW_MEDICINE_FLAG])
        rows.append(
            Factor(
                id=item["id"],
                title=title(item["id"]),
                kind=item["kind"],
                strength=item["strength"],
                why=item["why"],
                advice=item["advice"],
                evidence=item["evidence"],
                when_level=level.label,
                when=when_to_act(kb, level, result.get("locale")),
                citations=tuple(item.get("citations", ())),
            )
        )
    return tuple(rows)


def when_to_act(kb: KnowledgeBase, level: Triage, locale: object = None) -> str:
    """When to act on a factor, from the cited triage table (``triage.yaml``)."""
    tag = locale if isinstance(locale, str) else None
    return locale_for(kb, tag).fill(kb.guidance[level.label].act)


def _new_medicine(item: Mapping[str, Any], fired: Mapping[str, Triage], recent: list[str]) -> bool:
    return (
        item["kind"] == "medication"
        and NEW_MEDICINE_FLAG in fired
        and any(text in item["why"] for text in recent)
    )


def _recent_medicines(result: Mapping[str, Any]) -> list[str]:
    """Medicine texts the engine read as recently started ("'x (started 4 weeks ago)' → ...")."""
    texts = []
    for line in result.get("matched", ()):
        quoted, _, reading = str(line).partition(" → ")
        if reading.endswith("(recent)") and len(quoted) > 2:
            texts.append(quoted.strip("'\""))
    return texts


def _flags(result: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    return [*result.get("red_flags", ()), *result.get("routine_reasons", ())]


def _when_level(factor_id: str, kb: KnowledgeBase, fired: Mapping[str, Triage]) -> Triage:
    definition = kb.factors.get(factor_id)
    levels = [definition.min_triage] if definition and definition.min_triage else []
    levels += [
        fired[flag.id] for flag in kb.red_flags if flag.factor == factor_id and flag.id in fired
    ]
    return max(levels, default=Triage.SELF_CARE)


def ruled_out(result: Mapping[str, Any]) -> tuple[RuledOut, ...]:
    return tuple(
        RuledOut(item["id"], title(item["id"]), item["why"]) for item in result.get("ruled_out", ())
    )


def labs(result: Mapping[str, Any], dates: Mapping[tuple[float, str], Any]) -> tuple[Lab, ...]:
    """Lab readings as the engine interpreted them; ``dates`` maps (value, unit) to a date."""
    rows = []
    for item in result.get("labs", ()):
        low, high = item.get("range") or (None, None)
        unit = item["converted_unit"]
        range_text = "" if low is None or high is None else f"{low:g}–{high:g} {unit}"
        rows.append(
            Lab(
                name=str(item["test"]).replace("_", " "),
                value=float(item["value"]),
                unit=str(item["unit"]),
                taken_on=dates.get((float(item["value"]), str(item["unit"]))),
                range_text=range_text,
                state=", ".join(item.get("states", ())),
            )
        )
    return tuple(rows)


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
    return tuple(dict.fromkeys(item.strip() for item in items if item.strip()))


def citations(result: Mapping[str, Any]) -> tuple[Citation, ...]:
    """Every citation the findings and factors use, resolved to titles, in numeric order."""
    from crampcheck.data import load_citations

    used = {
        cid
        for item in (*_flags(result), *result.get("factors", ()))
        for cid in item.get("citations", ())
    }
    registry = {entry.id: entry for entry in load_citations().citations}
    rows = []
    for cid in sorted(used, key=lambda c: int(c[1:]) if c[1:].isdigit() else 10**6):
        entry = registry.get(cid)
        if entry is None:
            rows.append(Citation(cid, "(not in the citation registry)"))
            continue
        rows.append(Citation(cid, entry.title, entry.urls[0] if entry.urls else ""))
    return tuple(rows)


# --- suggestions ------------------------------------------------------------------------------


def average_day_text(food: Sequence[d.FoodEntry], days_logged: int) -> str:
    """An "average day" as exact items (``<grams> g [<id>]``), for the suggestion engine."""
    grams: dict[str, float] = defaultdict(float)
    for entry in food:
        for item in entry.items:
            if item.food_id and item.grams:
                grams[item.food_id] += item.grams
    if not days_logged:
        return ""
    return ", ".join(f"{g / days_logged:.1f} g [{fid}]" for fid, g in sorted(grams.items()))
