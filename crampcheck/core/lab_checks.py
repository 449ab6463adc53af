"""Is a lab value possible? Values outside what a living body can have are refused; a value that
fits another of the test's units better is flagged with that unit; unknown tests are kept but
flagged (they are not used in the assessment).

The bounds are deliberately wide (several times the reference interval of evidence.md §2, R49):
they catch a wrong unit or a slipped decimal point, not an abnormal result.
"""

from __future__ import annotations

from crampcheck.core.assessment.knowledge import KnowledgeBase, LabTest
from crampcheck.core.assessment.labs import find_test, normalise_unit, to_canonical
from crampcheck.errors import InputError

POSSIBLE: dict[str, tuple[float, float]] = {
    "magnesium": (0.3, 10.0),  # mg/dL
    "potassium": (1.0, 10.0),  # mmol/L
    "sodium": (95.0, 185.0),  # mmol/L
    "calcium_total": (3.0, 20.0),  # mg/dL
    "calcium_ionized": (0.4, 3.0),  # mmol/L
    "albumin": (0.5, 7.0),  # g/dL
    "vitamin_d_25oh": (0.0, 300.0),  # ng/mL
    "vitamin_b12": (20.0, 50_000.0),  # pg/mL
    "ferritin": (0.5, 200_000.0),  # ng/mL
    "tsh": (0.0, 1000.0),  # mIU/L
    "free_t4": (0.05, 20.0),  # ng/dL
    "ck": (5.0, 1_000_000.0),  # U/L
    "egfr": (1.0, 200.0),  # mL/min/1.73m2
    "hba1c": (2.5, 25.0),  # %
    "creatinine": (0.1, 30.0),  # mg/dL
}
"""The widest value (in the test's canonical unit) a living adult can have (R49)."""

CITATIONS = ("R49",)


def _canonical(test: LabTest, value: float, unit: str) -> float:
    try:
        return to_canonical(test, value, unit)
    except ValueError as error:
        raise InputError(str(error)) from None


def _fits(
    test: LabTest, value: float, unit: str, bounds: tuple[float | None, float | None]
) -> bool:
    low, high = bounds
    canonical = to_canonical(test, value, unit)
    return (low is None or canonical >= low) and (high is None or canonical <= high)


def _display(test: LabTest, key: str) -> str:
    """A unit key (``mmol/l``) as people write it (``mmol/L``)."""
    canonical = {normalise_unit(test.unit): test.unit}
    return canonical.get(key, key.replace("/l", "/L").replace("/dl", "/dL").replace("u/", "U/"))


def check_lab(kb: KnowledgeBase, name: str, value: float, unit: str) -> list[str]:
    """Refuse an impossible value (InputError); return notes worth showing (may be empty)."""
    test = find_test(kb, name)
    if test is None:
        return [
            f"{name!r} is not a test crampcheck knows: it is kept as written but not used in "
            "the assessment"
        ]
    canonical = _canonical(test, value, unit)
    others = [u for u in test.factors if u != normalise_unit(unit)]
    bounds = POSSIBLE.get(test.id)
    if bounds is not None and not bounds[0] <= canonical <= bounds[1]:
        likely = [u for u in others if _fits(test, value, u, bounds)]
        hint = (
            f"; the unit is probably {_display(test, likely[0])}"
            if likely
            else "; check the value and where the decimal point goes"
        )
        raise InputError(f"{test.name} of {value:g} {unit} is not possible (R49){hint}")
    normal = (test.low, test.high)
    if (test.low is not None or test.high is not None) and not _fits(test, value, unit, normal):
        likely = [u for u in others if _fits(test, value, u, normal)]
        if likely:
            return [
                f"{test.name} of {value:g} {unit} is outside the usual range, but "
                f"{value:g} {_display(test, likely[0])} would be normal: check the unit on "
                "your report (R49)"
            ]
    return []
