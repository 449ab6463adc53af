"""Lab values: unit conversion, albumin-corrected calcium and interpretation (evidence.md §2).

Pure functions. A value is converted to the test's canonical unit, compared with the range printed
on the report (converted the same way) or the default adult range, and given cumulative states:
a potassium of 2.4 mmol/L is ``low``, ``very_low`` and ``critical_low``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache

from crampcheck.core.assessment.knowledge import KnowledgeBase, LabTest

ALBUMIN_REFERENCE_G_DL = 4.0
"""Calcium correction: albumin below this adds calcium (evidence.md §2, R49)."""

CALCIUM_PER_G_DL_ALBUMIN = 0.8
"""mg/dL of calcium added for each 1 g/dL of albumin below the reference (evidence.md §2)."""


@dataclass(frozen=True, slots=True)
class LabInput:
    """A lab value as printed on a report."""

    name: str
    value: float
    unit: str
    range: tuple[float, float] | None = None


@dataclass(frozen=True, slots=True)
class LabReading:
    """An interpreted lab value."""

    test: LabTest
    name: str
    value: float
    unit: str
    canonical: float
    low: float | None
    high: float | None
    states: tuple[str, ...]
    note: str = ""

    def describe(self) -> str:
        state = (
            "normal"
            if "normal" in self.states
            else ", ".join(s for s in self.states if s != "normal")
        )
        extra = f"; {self.note}" if self.note else ""
        return f"{self.name} {self.value:g} {self.unit} ({state or 'no reference range'}{extra})"


class LabError(ValueError):
    """A lab entry that cannot be interpreted; the message goes to ``not_understood``."""


_MICRO = re.compile(r"[µμ]|mc(?=[gm])")


def normalise_unit(unit: str) -> str:
    """``"µmol/L"`` → ``"umol/l"``; ``"mL/min/1.73 m²"`` → ``"ml/min/1.73m2"``."""
    return _MICRO.sub("u", unit.strip().lower()).replace("²", "2").replace(" ", "")


def find_test(kb: KnowledgeBase, name: str) -> LabTest | None:
    """The test a report name refers to (``"Mg"``, ``"25(OH)D"``, ``"vitamin_b12"``)."""
    key = re.sub(r"[^a-z0-9]+", "_", name.lower()).strip("_")
    test_id = kb.lab_aliases.get(key) or kb.lab_aliases.get(key.replace("_", ""))
    return kb.labs.get(test_id) if test_id else None


def to_canonical(test: LabTest, value: float, unit: str) -> float:
    """Convert ``value`` in ``unit`` to the test's canonical unit, or raise :class:`LabError`."""
    key = normalise_unit(unit)
    if key not in test.factors:
        known = ", ".join(sorted(test.factors))
        raise LabError(f"unknown unit {unit!r} for {test.name} (use one of: {known})")
    return value * test.factors[key] + test.offsets.get(key, 0.0)


def interpret(
    kb: KnowledgeBase,
    item: LabInput,
    sex: str,
    albumin_g_dl: float | None = None,
) -> LabReading:
    """Interpret one lab value; raises :class:`LabError` for unknown tests, units or bad values."""
    test = find_test(kb, item.name)
    if test is None:
        raise LabError(f"unknown lab test {item.name!r}")
    if item.value != item.value or item.value < 0:
        raise LabError(f"{item.name}: a value of {item.value:g} is not possible")
    canonical = to_canonical(test, item.value, item.unit)
    _check_plausible(test, item, canonical)
    low, high = _range(test, item, sex)
    note = ""
    if (
        test.id == "calcium_total"
        and albumin_g_dl is not None
        and albumin_g_dl < ALBUMIN_REFERENCE_G_DL
    ):
        canonical += CALCIUM_PER_G_DL_ALBUMIN * (ALBUMIN_REFERENCE_G_DL - albumin_g_dl)
        note = f"albumin-corrected {canonical:.2f} mg/dL"
    states = classify(test, canonical, low, high)
    return LabReading(test, item.name, item.value, item.unit, canonical, low, high, states, note)


def _check_plausible(test: LabTest, item: LabInput, canonical: float) -> None:
    """Raise :class:`LabError` ("did you mean mmol/L?") for a value no one could have."""
    if test.plausible is None:
        return
    low, high = test.plausible
    if low <= canonical <= high:
        return
    message = f"{item.name} {item.value:g} {item.unit} is not a plausible value"
    for unit in test.factors:
        other = to_canonical(test, item.value, unit)
        if normalise_unit(unit) != normalise_unit(item.unit) and low <= other <= high:
            message += (
                f"; did you mean {item.value:g} {unit}? ({other:.3g} {test.unit} would be "
                f"{', '.join(classify(test, other, test.low, test.high))})"
            )
            break
    else:
        message += "; please check the value and unit on the report"
    raise LabError(f"{message}. The value was not used.")


def _range(test: LabTest, item: LabInput, sex: str) -> tuple[float | None, float | None]:
    if item.range is not None:
        low, high = sorted(item.range)
        return to_canonical(test, low, item.unit), to_canonical(test, high, item.unit)
    if sex in test.sex_range:
        return test.sex_range[sex]
    return test.low, test.high


def classify(test: LabTest, value: float, low: float | None, high: float | None) -> tuple[str, ...]:
    """Cumulative states for a canonical value (``low``, bands, ``high``, ``normal``)."""
    states: list[str] = []
    if low is not None and value < low:
        states.append("low")
    if high is not None and value > high:
        states.append("high")
    for band in test.bands:
        if (
            (band.below is not None and value < band.below)
            or (band.at_most is not None and value <= band.at_most)
            or (band.at_least is not None and value >= band.at_least)
        ):
            states.append(band.state)
    if high is not None:
        states.extend(state for state, times in test.uln_multiples.items() if value >= times * high)
    if not states and (low is not None or high is not None):
        states.append("normal")
    return tuple(states)


def albumin_from(kb: KnowledgeBase, items: tuple[LabInput, ...]) -> float | None:
    """Albumin in g/dL when the case gives a usable albumin value."""
    for item in items:
        test = find_test(kb, item.name)
        if test is not None and test.id == "albumin" and item.value > 0:
            try:
                return to_canonical(test, item.value, item.unit)
            except LabError:
                return None
    return None


_TEXT_UNITS = (
    r"mmol/l|mg/dl|meq/l|ng/ml|nmol/l|pg/ml|pmol/l|u/l|iu/l|ug/l|µg/l|mmol/mol|umol/l|µmol/l|g/dl|g/l|"
    r"miu/l|ml/min|%"
)
_LINK_WORDS = (
    r"(?:\s+(?:level|levels|result|test|blood test|came back|come back|was|is|were|of|at|only|just|"
    r"back|reading|now|down to|up to|around|about|low|high)|\s*[:=-])*"
)
_NOT_A_RESULT = re.compile(
    r"\s*(?:mg|mcg|µg|ug|iu|g|tablets?|capsules?|x|times|a day|daily)\b(?!/)"
)


@dataclass(frozen=True, slots=True)
class LabMention:
    """A result written in free text: the test, its name as written, the value, the unit (or
    ``None``) and the words."""

    test: LabTest
    name: str
    value: float
    unit: str | None
    words: str


@lru_cache(maxsize=8)
def _mention_pattern(kb: KnowledgeBase) -> tuple[re.Pattern[str], Mapping[str, LabTest]]:
    """The pattern of written results, and the test each name in it stands for."""
    tests = {
        alias.replace("_", " "): kb.labs[test_id]
        for alias, test_id in kb.lab_aliases.items()
        if len(alias) >= 3 and alias not in ("mag", "ica", "alb", "creat")
    }
    alternatives = "|".join(sorted((re.escape(n) for n in tests), key=len, reverse=True))
    pattern = re.compile(
        rf"\b(?P<name>{alternatives})\b{_LINK_WORDS}\s*(?P<value>\d+(?:\.\d+)?)"
        rf"(?:\s*(?P<unit>{_TEXT_UNITS}))?"
    )
    return pattern, tests


def lab_mentions(text: str, kb: KnowledgeBase) -> list[LabMention]:
    """Results written in free text, not doses ("magnesium 400 mg" is a supplement, not a blood
    level)."""
    lowered = text.lower()
    pattern, tests = _mention_pattern(kb)
    found: list[LabMention] = []
    for match in pattern.finditer(lowered):
        if match["unit"] is None and _NOT_A_RESULT.match(lowered, match.end()):
            continue
        name = match["name"]
        found.append(
            LabMention(tests[name], name, float(match["value"]), match["unit"], match.group(0))
        )
    return found
