"""The case's lifestyle object: numbers (alcohol units, fluid litres) and free-text values."""

from __future__ import annotations

import re
from collections.abc import Mapping

from crampcheck.core.assessment.matching import Findings, add_hits, fuzzy_hits, mentions, scan_sided
from crampcheck.core.assessment.vocabulary import Vocabulary

HEAVY_ALCOHOL_UNITS_PER_WEEK = 14
"""Above the UK low-risk guidance of 14 units a week counts as heavy drinking (crampcheck policy;
alcohol depletes thiamin and magnesium: R1, R5)."""

LOW_FLUID_L_PER_DAY = 1.5
"""Less than this much fluid a day is low (well under IOM beverage intakes of 2.2-3.0 L, R14)."""

HIGH_FLUID_L_PER_DAY = 5.0
"""More than this a day is very large (over-drinking risk, R41)."""

_UNITS = re.compile(r"(\d+(?:\.\d+)?)\s*units?\b(?:[^0-9]*?\b(day|daily|night|week|wk))?")
_LITRES = re.compile(r"(\d+(?:\.\d+)?)\s*(l|litres?|liters?|ml)\b")


def extract_lifestyle(lifestyle: Mapping[str, object], vocab: Vocabulary, found: Findings) -> None:
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
        hits = scan_sided(text, vocab) or fuzzy_hits(text, vocab)
        if value is not True and not hits:
            hits = vocab.terms.scan_text(f"{key.replace('_', ' ')} {value}")
        add_hits(hits, source, found)
        if not hits and not isinstance(value, int | float) and not mentions(text, vocab):
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
