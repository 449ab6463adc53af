"""The assessment engine: red flags and triage first, then ranked contributing factors.

``assess(case, kb, intake)`` is pure. Triage is the most urgent of the fired red-flag rules and the
``min_triage`` of the factors found; rules never use negation, so more information never lowers it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from functools import lru_cache

from crampcheck.core.assessment.case import (
    Assessment,
    Case,
    FactorResult,
    IntakeStatus,
    RedFlagResult,
    RuledOut,
)
from crampcheck.core.assessment.extract import extract
from crampcheck.core.assessment.knowledge import (
    FactorDef,
    KnowledgeBase,
    Locale,
    RedFlag,
    Strength,
    Triage,
    locale_for,
)
from crampcheck.core.assessment.matching import Findings
from crampcheck.core.assessment.text_out import (
    URGENCY_ORDER,
    guidance_for,
    now_text,
    summary_text,
)

_KIND_ORDER = {"concern": 0, "medication": 1, "nutrient": 2, "condition": 3, "lifestyle": 4}
_FORBIDDEN_FACTORS = frozenset({"vitamin_k2"})

"""Never reported as a factor (no recognised K2 deficiency state; evidence.md §3.8)."""


def assess(
    case: Case, kb: KnowledgeBase, intake: Sequence[IntakeStatus] | None = None
) -> Assessment:
    """Assess one case: triage, red flags, ranked factors, ruled-out nutrients."""
    return assess_findings(case, kb, extract(case, kb, intake))


def assess_findings(case: Case, kb: KnowledgeBase, found: Findings) -> Assessment:
    """Assess a case whose findings were already extracted (callers that also need them)."""
    flags, routine, concern_ids, explained = _red_flags(kb, found)
    factors, ruled_out, raising = _factors(kb, found, concern_ids, explained)
    triage = max(
        [Triage.SELF_CARE, *(flag.triage for flag in (*flags, *routine))]
        + [kb.factors[f].min_triage or Triage.SELF_CARE for f in raising]
    )
    locale = locale_for(kb, case.locale)
    flags, routine, factors = _safe_advice(kb, flags, routine, factors, locale)
    guidance = guidance_for(kb, triage, flags, locale)
    return Assessment(
        triage=triage,
        summary=summary_text(guidance, flags, factors),
        now=now_text(guidance, flags),
        red_flags=flags,
        factors=factors,
        ruled_out=ruled_out,
        not_understood=tuple(found.not_understood),
        matched=tuple(found.matched),
        labs=tuple(found.labs),
        routine_reasons=routine,
        disclaimer=kb.disclaimer,
        guidance=guidance,
        locale=case.locale,
    )


def _safe_advice(
    kb: KnowledgeBase,
    flags: tuple[RedFlagResult, ...],
    routine: tuple[RedFlagResult, ...],
    factors: tuple[FactorResult, ...],
    locale: Locale,
) -> tuple[tuple[RedFlagResult, ...], tuple[RedFlagResult, ...], tuple[FactorResult, ...]]:
    """No advice shown contradicts another raised flag: when a flag or factor forbids a topic
    ("fluids" with hyponatraemia), every advice giving it is replaced by its safe version; the
    locale's numbers are filled in."""
    defs = _definitions(kb)
    shown: list[RedFlag | FactorDef] = [
        *(defs[f.id] for f in (*flags, *routine)),
        *(kb.factors[f.id] for f in factors),
    ]
    forbidden = {topic for item in shown for topic in item.forbids}

    def safe(gives: Mapping[str, str], advice: str) -> str:
        for topic in sorted(forbidden & gives.keys()):
            advice = gives[topic]
        return locale.fill(advice)

    return (
        tuple(replace(f, advice=safe(defs[f.id].gives, f.advice)) for f in flags),
        tuple(replace(f, advice=safe(defs[f.id].gives, f.advice)) for f in routine),
        tuple(replace(f, advice=safe(kb.factors[f.id].gives, f.advice)) for f in factors),
    )


@lru_cache(maxsize=8)
def _definitions(kb: KnowledgeBase) -> Mapping[str, RedFlag]:
    return {flag.id: flag for flag in kb.red_flags}


def _red_flags(
    kb: KnowledgeBase, found: Findings
) -> tuple[
    tuple[RedFlagResult, ...], tuple[RedFlagResult, ...], dict[str, list[str]], frozenset[str]
]:
    urgent: list[RedFlagResult] = []
    routine: list[RedFlagResult] = []
    concerns: dict[str, list[str]] = {}
    explained: set[str] = set()
    findings = found.set
    for flag in kb.red_flags:
        used = flag.rule.matches(findings)
        if used is None:
            continue
        why = _why(flag.why, list(used), found)
        result = RedFlagResult(flag.id, flag.triage, why, flag.advice, flag.citations, flag.urgency)
        (urgent if flag.triage >= Triage.DOCTOR_SOON else routine).append(result)
        if flag.factor:
            concerns.setdefault(flag.factor, []).extend(used)
        explained.update(flag.explains)
    urgent.sort(key=lambda flag: (-flag.triage, URGENCY_ORDER[flag.urgency]))
    return tuple(urgent), tuple(routine), concerns, frozenset(explained)


def _factors(
    kb: KnowledgeBase,
    found: Findings,
    concerns: dict[str, list[str]],
    explained: frozenset[str] = frozenset(),
) -> tuple[tuple[FactorResult, ...], tuple[RuledOut, ...], tuple[str, ...]]:
    """Ranked factors, ruled-out nutrients, and the factors whose ``min_triage`` applies
    (moderate or strong, or resting on a lab result; a weak hunch does not raise triage)."""
    every = found.set
    unexplained = every - explained
    fired: list[tuple[FactorDef, Strength, list[str]]] = []
    ruled_out: list[RuledOut] = []
    for factor in kb.factors.values():
        if factor.id in _FORBIDDEN_FACTORS:
            continue
        # Signs a fired red flag explains (the numb foot of limb ischaemia) are not read again
        # as evidence for other factors (B12 neuropathy).
        findings = every if factor.kind == "concern" else unexplained
        lab_measured = bool(factor.lab) and bool(
            {f"lab:{factor.lab}:normal", f"lab:{factor.lab}:high"} & findings
        )
        strength, used = _strength(factor, findings, lab_only=lab_measured)
        if factor.id in concerns:
            strength = Strength.STRONG
            used = [*used, *concerns[factor.id]]
        if strength is None:
            reason = _ruled_out_reason(factor, findings)
            if reason:
                ruled_out.append(RuledOut(factor.id, reason))
            continue
        fired.append((factor, strength, used))
    fired = _drop_idiopathic_if_explained(fired)
    fired.sort(key=lambda item: (-item[1], _KIND_ORDER[item[0].kind]))
    results = tuple(
        FactorResult(
            factor.id,
            factor.kind,
            strength,
            _why(factor.why, used, found),
            factor.advice,
            factor.evidence,
            factor.citations,
        )
        for factor, strength, used in fired
    )
    raising = tuple(
        factor.id
        for factor, strength, used in fired
        if strength >= Strength.MODERATE or any(f.startswith("lab:") for f in used)
    )
    return results, tuple(ruled_out), raising


def _strength(
    factor: FactorDef, findings: frozenset[str], *, lab_only: bool
) -> tuple[Strength | None, list[str]]:
    best: Strength | None = None
    used: list[str] = []
    for trigger in factor.triggers:
        hit = trigger.rule.matches(findings)
        if hit is None:
            continue
        if lab_only and not all(any(f.startswith("lab:") for f in c) for c in trigger.rule.clauses):
            continue
        if best is None or trigger.strength > best:
            best = trigger.strength
        used.extend(h for h in hit if h not in used)
    return best, used


def _ruled_out_reason(factor: FactorDef, findings: frozenset[str]) -> str | None:
    lab_normal = factor.lab is not None and f"lab:{factor.lab}:normal" in findings
    intake_ok = factor.intake is not None and f"intake:{factor.intake}:adequate" in findings
    name = factor.id.replace("_", " ")
    if factor.lab is not None and f"lab:{factor.lab}:high" in findings:
        return f"{name}: blood level high, not low (see the result above)"
    if lab_normal and intake_ok:
        return f"{name}: blood level normal and intake from your diary adequate"
    if lab_normal:
        return f"{name}: blood level normal"
    if intake_ok and factor.kind == "nutrient":
        return f"{name}: intake from your diary adequate and no depleting cause found"
    return None


def _drop_idiopathic_if_explained(
    fired: list[tuple[FactorDef, Strength, list[str]]],
) -> list[tuple[FactorDef, Strength, list[str]]]:
    explained = any(f.specific and s >= Strength.MODERATE for f, s, _ in fired)
    return [item for item in fired if not (item[0].only_if_no_specific_cause and explained)]


def _why(text: str, used: list[str], found: Findings) -> str:
    sources: list[str] = []
    for finding in used:
        for source in found.sources.get(finding, ()):
            if source not in sources:
                sources.append(source)
    return f"{text} Based on: {'; '.join(sources[:6])}."
