"""Load the assessment knowledge base: YAML → pydantic validation → frozen core types.

Load-time checks (fail fast with :class:`KnowledgeBaseError`): every file matches its schema,
every citation id exists in citations.yaml and is not a "merged into" stub, every finding a rule
names can actually be produced, and every factor a red flag names is defined.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from types import MappingProxyType
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from crampcheck.core.assessment.knowledge import (
    Band,
    DrugClass,
    FactorDef,
    KnowledgeBase,
    LabTest,
    Locale,
    RedFlag,
    Rule,
    Strength,
    Term,
    Triage,
    TriageGuidance,
    Trigger,
)
from crampcheck.core.assessment.text import normalise
from crampcheck.core.nutrients import Nutrient
from crampcheck.data import load_citations, read_knowledge_yaml
from crampcheck.data.kb_schemas import (
    ConditionFile,
    DrugFile,
    FactorFile,
    LabFile,
    RedFlagFile,
    SymptomFile,
    TriageFile,
)
from crampcheck.errors import KnowledgeBaseError

KB_FILES = (
    "drugs.yaml",
    "conditions.yaml",
    "symptoms.yaml",
    "labs.yaml",
    "red_flags.yaml",
    "factors.yaml",
)
_Model = TypeVar("_Model", bound=BaseModel)

DERIVED_FINDINGS = frozenset(
    {
        "profile:female",
        "profile:male",
        "profile:age_50_plus",
        "profile:age_65_plus",
        "profile:age_80_plus",
        "profile:pregnant",
        "profile:pregnant_late",
        "profile:lactating",
        "cramps:night",
        "cramps:exercise",
        "cramps:rest_day",
        "cramps:any",
        "cramps:unspecified",
        "cramps:frequent",
        "cramps:severe",
        "cramps:long",
        "cramps:persistent",
        "cramps:one_side",
        "life:vegan_no_b12",
    }
)
"""Findings the extractor derives from numbers and fields rather than from vocabulary files."""


def _parse(name: str, model: type[_Model]) -> _Model:
    try:
        return model.model_validate(read_knowledge_yaml(name))
    except ValidationError as error:
        raise KnowledgeBaseError(f"knowledge/{name} is invalid: {error}") from error


@cache
def load_knowledge_base() -> KnowledgeBase:
    """The validated knowledge base (cached)."""
    drugs = _parse("drugs.yaml", DrugFile)
    conditions = _parse("conditions.yaml", ConditionFile)
    symptoms = _parse("symptoms.yaml", SymptomFile)
    labs = _parse("labs.yaml", LabFile)
    flags = _parse("red_flags.yaml", RedFlagFile)
    factors = _parse("factors.yaml", FactorFile)
    triage = _parse("triage.yaml", TriageFile)
    kb = KnowledgeBase(
        drug_classes=MappingProxyType({c.id: _drug_class(c) for c in drugs.classes}),
        drug_names=MappingProxyType(_drug_names(drugs)),
        terms=(
            *(_term(s, "symptom") for s in symptoms.symptoms),
            *(_term(c, "condition") for c in conditions.conditions),
            *(_term(c, "life") for c in conditions.lifestyle),
        ),
        labs=MappingProxyType({t.id: _lab(t) for t in labs.tests}),
        lab_aliases=MappingProxyType(
            {alias.replace(" ", "_"): t.id for t in labs.tests for alias in (*t.aliases, t.id)}
        ),
        red_flags=tuple(
            RedFlag(
                f.id,
                Triage.parse(f.triage),
                _rule(f.when),
                f.why,
                f.advice,
                tuple(f.citations),
                f.factor,
                f.urgency or ("now" if f.triage == "emergency" else "days"),
                tuple(f.forbids),
                MappingProxyType(dict(f.gives)),
                tuple(f.explains),
            )
            for f in flags.rules
        ),
        factors=MappingProxyType({f.id: _factor(f) for f in factors.factors}),
        guidance=MappingProxyType({g.id: _guidance(g) for g in triage.levels}),
        locales=MappingProxyType(
            {tag: Locale(e.emergency, e.urgent_line) for tag, e in triage.locales.items()}
        ),
    )
    check_integrity(kb)
    return kb


def _term(entry: Any, prefix: str) -> Term:
    """A vocabulary term; its id (as words) is a synonym too, so snake_case ids are understood.
    Short ids such as "pad" are left out: they collide with everyday words."""
    words = entry.id.replace("_", " ")
    synonyms = tuple(entry.synonyms)
    if len(entry.id) > 3 and words not in synonyms:
        synonyms = (*synonyms, words)
    return Term(
        entry.id,
        prefix,
        synonyms,
        tuple(getattr(entry, "implies", ())),
        getattr(entry, "one_sided", False),
        tuple(entry.citations),
        tuple(_pattern(text) for text in entry.cooccur),
    )


def _pattern(text: str) -> tuple[frozenset[str], ...]:
    """ "urine pee | dark tea" → ({urine, pee}, {dark, tea}) (words normalised)."""
    return tuple(frozenset(normalise(group).split()) for group in text.split("|"))


def _rule(clauses: list[list[str]]) -> Rule:
    return Rule(tuple(frozenset(clause) for clause in clauses))


def _drug_class(entry: Any) -> DrugClass:
    return DrugClass(
        entry.id,
        entry.name,
        tuple(entry.groups),
        tuple(entry.effects),
        tuple(entry.implies),
        entry.note,
        tuple(entry.citations),
    )


def _drug_names(drugs: DrugFile) -> dict[str, tuple[str, ...]]:
    names: dict[str, list[str]] = {}
    for klass in drugs.classes:
        for name in klass.drugs:
            names.setdefault(name, []).append(klass.id)
    return {name: tuple(classes) for name, classes in names.items()}


def _lab(entry: Any) -> LabTest:
    low, high = entry.range
    return LabTest(
        id=entry.id,
        name=entry.name,
        unit=entry.unit,
        aliases=tuple(entry.aliases),
        factors=MappingProxyType(dict(entry.units)),
        offsets=MappingProxyType(dict(entry.offsets)),
        low=low,
        high=high,
        sex_range=MappingProxyType(dict(entry.sex_range)),
        bands=tuple(Band(b.state, b.below, b.at_most, b.at_least) for b in entry.bands),
        uln_multiples=MappingProxyType(dict(entry.uln_multiples)),
        citations=tuple(entry.citations),
        plausible=tuple(entry.plausible) if entry.plausible else None,
    )


def _factor(entry: Any) -> FactorDef:
    return FactorDef(
        id=entry.id,
        kind=entry.kind,
        why=entry.why,
        advice=entry.advice,
        evidence=entry.evidence,
        citations=tuple(entry.citations),
        triggers=tuple(
            Trigger(Strength[t.strength.upper()], _rule(t.when)) for t in entry.triggers
        ),
        min_triage=Triage.parse(entry.min_triage) if entry.min_triage else None,
        lab=entry.lab,
        intake=entry.intake,
        specific=entry.specific,
        only_if_no_specific_cause=entry.only_if_no_specific_cause,
        forbids=tuple(entry.forbids),
        gives=MappingProxyType(dict(entry.gives)),
    )


def _guidance(entry: Any) -> TriageGuidance:
    return TriageGuidance(
        id=entry.id,
        triage=Triage.parse(entry.triage),
        label=entry.label,
        title=entry.title,
        when=entry.when,
        headline=entry.headline,
        now=entry.now,
        act=entry.act,
        citations=tuple(entry.citations),
    )


def known_findings(kb: KnowledgeBase) -> frozenset[str]:
    """Every finding the extractor can produce with this knowledge base."""
    found = set(DERIVED_FINDINGS)
    found.update(f"{term.prefix}:{term.id}" for term in kb.terms)
    for klass in kb.drug_classes.values():
        for name in (klass.id, *klass.groups):
            found.update({f"drug:{name}", f"drug:{name}:recent", f"drug:{name}:long"})
    for test in kb.labs.values():
        states = {"low", "high", "normal", *(b.state for b in test.bands), *test.uln_multiples}
        found.update(f"lab:{test.id}:{state}" for state in states)
    for nutrient in Nutrient:
        found.update({f"intake:{nutrient.value}:low", f"intake:{nutrient.value}:adequate"})
    return frozenset(found)


def rule_findings(kb: KnowledgeBase) -> Iterable[tuple[str, str]]:
    """(rule owner, finding) for every finding named by a rule, implication or drug class."""
    for flag in kb.red_flags:
        yield from ((f"red flag {flag.id}", f) for c in flag.rule.clauses for f in c)
        yield from ((f"red flag {flag.id} explains", f) for f in flag.explains)
    for factor in kb.factors.values():
        for trigger in factor.triggers:
            yield from ((f"factor {factor.id}", f) for c in trigger.rule.clauses for f in c)
    for term in kb.terms:
        yield from ((f"term {term.id}", f) for f in term.implies)
    for klass in kb.drug_classes.values():
        yield from ((f"drug class {klass.id}", f) for f in klass.implies)


def cited_ids(kb: KnowledgeBase) -> Iterable[tuple[str, str]]:
    """(owner, citation id) for every citation in the knowledge base."""
    for klass in kb.drug_classes.values():
        yield from ((f"drug class {klass.id}", c) for c in klass.citations)
    for term in kb.terms:
        yield from ((f"{term.prefix} {term.id}", c) for c in term.citations)
    for test in kb.labs.values():
        yield from ((f"lab {test.id}", c) for c in test.citations)
    for flag in kb.red_flags:
        yield from ((f"red flag {flag.id}", c) for c in flag.citations)
    for factor in kb.factors.values():
        yield from ((f"factor {factor.id}", c) for c in factor.citations)
    for guidance in kb.guidance.values():
        yield from ((f"triage guidance {guidance.id}", c) for c in guidance.citations)


def check_integrity(kb: KnowledgeBase) -> None:
    """Raise :class:`KnowledgeBaseError` on a dangling citation, finding or factor reference."""
    registry = {c.id: c for c in load_citations().citations}
    problems = [
        f"{owner} cites {cid}, which is {'unknown' if cid not in registry else 'a merged stub'}"
        for owner, cid in cited_ids(kb)
        if cid not in registry or registry[cid].verification is None
    ]
    known = known_findings(kb)
    problems += [
        f"{owner} names unknown finding {f!r}" for owner, f in rule_findings(kb) if f not in known
    ]
    problems += [
        f"red flag {f.id} names unknown factor {f.factor!r}"
        for f in kb.red_flags
        if f.factor and f.factor not in kb.factors
    ]
    problems += [
        f"factor {f.id} names unknown lab {f.lab!r}"
        for f in kb.factors.values()
        if f.lab and f.lab not in kb.labs
    ]
    problems += [
        f"factor {f.id} names unknown nutrient {f.intake!r}"
        for f in kb.factors.values()
        if f.intake and f.intake not in {n.value for n in Nutrient}
    ]
    problems += _advice_problems(kb)
    if problems:
        raise KnowledgeBaseError("knowledge base check failed: " + "; ".join(problems))


_PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")
_KNOWN_PLACEHOLDERS = frozenset({"emergency", "urgent_line"})


def _advice_problems(kb: KnowledgeBase) -> list[str]:
    """Unknown placeholders, advice topics given but never forbidden (or the reverse), and a
    triage table that does not cover every level."""
    texts = [(f"red flag {f.id}", f.advice) for f in kb.red_flags]
    texts += [(f"red flag {f.id}", t) for f in kb.red_flags for t in f.gives.values()]
    texts += [(f"factor {f.id}", t) for f in kb.factors.values() for t in f.gives.values()]
    texts += [(f"factor {f.id}", f.advice) for f in kb.factors.values()]
    texts += [(f"triage {g.id}", t) for g in kb.guidance.values() for t in (g.now, g.act)]
    problems = [
        f"{owner} uses unknown placeholder {{{name}}}"
        for owner, text in texts
        for name in _PLACEHOLDER.findall(text)
        if name not in _KNOWN_PLACEHOLDERS
    ]
    items: list[RedFlag | FactorDef] = [*kb.red_flags, *kb.factors.values()]
    forbidden = {topic for item in items for topic in item.forbids}
    given = {topic for item in items for topic in item.gives}
    problems += [f"advice topic {t!r} is forbidden but never given" for t in forbidden - given]
    problems += [f"advice topic {t!r} is given but never forbidden" for t in given - forbidden]
    missing = {level.label for level in Triage} - {g.id for g in kb.guidance.values()}
    problems += [f"triage.yaml has no row for {level}" for level in sorted(missing)]
    return problems
