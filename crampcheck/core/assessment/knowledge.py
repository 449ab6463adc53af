"""Frozen types of the assessment knowledge base (built from YAML by ``crampcheck.data.kb``).

A *finding* is a short string such as ``symptom:dark_urine``, ``drug:statin:recent`` or
``lab:magnesium:low``. Rules are in conjunctive normal form: a rule fires when every clause holds at
least one finding that is present. No rule uses negation, so more information never lowers triage.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import IntEnum
from types import MappingProxyType

Clause = frozenset[str]

EMPTY_GIVES: Mapping[str, str] = MappingProxyType({})


class Triage(IntEnum):
    """Triage levels, ordered so that ``max`` gives the most urgent (evidence.md §6)."""

    SELF_CARE = 0
    DOCTOR_ROUTINE = 1
    DOCTOR_SOON = 2
    EMERGENCY = 3

    @property
    def label(self) -> str:
        return self.name.lower()

    @classmethod
    def parse(cls, text: str) -> Triage:
        return cls[text.upper()]


class Strength(IntEnum):
    """How strongly a factor is supported for this person."""

    WEAK = 1
    MODERATE = 2
    STRONG = 3

    @property
    def label(self) -> str:
        return self.name.lower()


@dataclass(frozen=True, slots=True)
class Rule:
    """Fires when every clause has a present finding."""

    clauses: tuple[Clause, ...]

    def matches(self, findings: frozenset[str] | set[str]) -> tuple[str, ...] | None:
        """The findings that satisfied each clause, or ``None`` when the rule does not fire."""
        matched = []
        for clause in self.clauses:
            hits = clause & findings
            if not hits:
                return None
            matched.append(hits)
        used: list[str] = []
        for hits in matched:
            used.extend(hit for hit in sorted(hits) if hit not in used)
        return tuple(used)


@dataclass(frozen=True, slots=True)
class Trigger:
    strength: Strength
    rule: Rule


@dataclass(frozen=True, slots=True)
class FactorDef:
    """A contributing factor or concern (contract §1 id) with its cited texts."""

    id: str
    kind: str
    why: str
    advice: str
    evidence: str
    citations: tuple[str, ...]
    triggers: tuple[Trigger, ...] = ()
    min_triage: Triage | None = None
    lab: str | None = None
    intake: str | None = None
    specific: bool = True
    only_if_no_specific_cause: bool = False
    forbids: tuple[str, ...] = ()
    gives: Mapping[str, str] = field(default_factory=lambda: EMPTY_GIVES)


@dataclass(frozen=True, slots=True)
class RedFlag:
    """A triage rule (evidence.md §6).

    ``urgency`` ranks flags of one level: ``call`` before ``now`` before ``today`` before
    ``days``.
    ``forbids`` names advice topics no other shown advice may give when this flag is raised
    ("fluids" for hyponatraemia); ``gives`` maps a topic this flag's advice gives to the advice
    to show instead when another raised flag forbids it."""

    id: str
    triage: Triage
    rule: Rule
    why: str
    advice: str
    citations: tuple[str, ...]
    factor: str | None = None
    urgency: str = ""
    forbids: tuple[str, ...] = ()
    gives: Mapping[str, str] = field(default_factory=lambda: EMPTY_GIVES)
    explains: tuple[str, ...] = ()
    """Symptoms this emergency accounts for, not read again as evidence for other factors."""


@dataclass(frozen=True, slots=True)
class DrugClass:
    id: str
    name: str
    groups: tuple[str, ...]
    effects: tuple[str, ...]
    implies: tuple[str, ...]
    note: str
    citations: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Term:
    """A vocabulary entry (symptom, condition or lifestyle feature) and its synonyms."""

    id: str
    prefix: str
    synonyms: tuple[str, ...]
    implies: tuple[str, ...] = ()
    one_sided: bool = False
    citations: tuple[str, ...] = ()
    cooccur: tuple[tuple[frozenset[str], ...], ...] = ()
    """Patterns of word groups that must occur together in a sentence ("urine pee | dark tea")."""


@dataclass(frozen=True, slots=True)
class Band:
    state: str
    below: float | None = None
    at_most: float | None = None
    at_least: float | None = None


@dataclass(frozen=True, slots=True)
class LabTest:
    """A lab test: canonical unit, conversions, default range and extra named bands."""

    id: str
    name: str
    unit: str
    aliases: tuple[str, ...]
    factors: Mapping[str, float]
    offsets: Mapping[str, float]
    low: float | None
    high: float | None
    sex_range: Mapping[str, tuple[float, float]] = field(
        default_factory=lambda: MappingProxyType({})
    )
    bands: tuple[Band, ...] = ()
    uln_multiples: Mapping[str, float] = field(default_factory=lambda: MappingProxyType({}))
    citations: tuple[str, ...] = ()
    plausible: tuple[float, float] | None = None
    """Values outside this (canonical units) are not believable: most likely the wrong unit."""


@dataclass(frozen=True, slots=True)
class TriageGuidance:
    """One row of the cited triage table (``triage.yaml``): what to do and when."""

    id: str
    triage: Triage
    label: str
    title: str
    when: str
    headline: str
    now: str
    act: str
    citations: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Locale:
    """Numbers to call where the person lives (``{emergency}``, ``{urgent_line}`` in texts)."""

    emergency: str
    urgent_line: str

    def fill(self, text: str) -> str:
        return text.replace("{emergency}", self.emergency).replace(
            "{urgent_line}", self.urgent_line
        )


DEFAULT_LOCALE = "en-US"


@dataclass(frozen=True, slots=True, eq=False)
class KnowledgeBase:
    """Everything the engine needs, immutable."""

    drug_classes: Mapping[str, DrugClass]
    drug_names: Mapping[str, tuple[str, ...]]
    terms: tuple[Term, ...]
    labs: Mapping[str, LabTest]
    lab_aliases: Mapping[str, str]
    red_flags: tuple[RedFlag, ...]
    factors: Mapping[str, FactorDef]
    guidance: Mapping[str, TriageGuidance] = field(default_factory=lambda: MappingProxyType({}))
    locales: Mapping[str, Locale] = field(default_factory=lambda: MappingProxyType({}))
    disclaimer: str = (
        "crampcheck is not a diagnosis and does not replace a doctor, pharmacist or midwife. "
        "If you feel very unwell, call emergency services. Never stop a prescribed medicine on "
        "your own."
    )


def locale_for(kb: KnowledgeBase, locale: str | None) -> Locale:
    """The locale's numbers: exact tag ("en-GB"), then "default" (112)."""
    key = (locale or DEFAULT_LOCALE).replace("_", "-")
    for candidate in (key, key.lower(), _tag_case(key)):
        if candidate in kb.locales:
            return kb.locales[candidate]
    return kb.locales.get("default", Locale("112", "your doctor's urgent line"))


def _tag_case(tag: str) -> str:
    language, _, region = tag.partition("-")
    return f"{language.lower()}-{region.upper()}" if region else language.lower()
