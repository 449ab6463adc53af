"""Which follow-up questions are still worth asking, most important first (pure).

A question is asked when it is unanswered, not already known, and at least one of its answers would
change the triage, the red flags or the top factors. That is found out by trying the answers: the
sure cases from the findings an answer adds on its own (rules never use negation), everything else
by assessing the answered case with the real engine — so the bank never repeats the engine's rules.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from crampcheck.core.assessment.case import Assessment, Case, IntakeStatus
from crampcheck.core.assessment.engine import assess
from crampcheck.core.assessment.extract import extract
from crampcheck.core.assessment.knowledge import (
    FactorDef,
    KnowledgeBase,
    RedFlag,
    Strength,
    Triage,
)
from crampcheck.core.assessment.questions import Answer, Question, QuestionBank, answer_case
from crampcheck.core.models import Profile, Sex

TOP_FACTORS = 3
"""A question matters when an answer changes which factors are in the first three."""

Signature = tuple[Triage, frozenset[str], tuple[str, ...]]


def signature(result: Assessment) -> Signature:
    """What a question may change: triage, red flags and the top factors."""
    return (
        result.triage,
        frozenset(flag.id for flag in result.red_flags),
        tuple(factor.id for factor in result.factors[:TOP_FACTORS]),
    )


def pending_questions(
    case: Case,
    kb: KnowledgeBase,
    bank: QuestionBank,
    current: Assessment,
    answered: Iterable[str] = (),
    intake: Sequence[IntakeStatus] | None = None,
    today: date | None = None,
    *,
    exhaustive: bool = False,
) -> tuple[Question, ...]:
    """The questions still worth asking, most important first: red-flag questions whose answer
    could mean an emergency, then the other red-flag questions, then the rest, each group in the
    bank's order.

    Once the triage is ``emergency`` nothing is asked: no answer could make it less urgent, and
    the person should act now rather than answer questions. ``exhaustive`` assesses every
    answer with the engine instead of taking the sure shortcuts (slower; tests compare the two).
    """
    if current.triage is Triage.EMERGENCY:
        return ()
    done = frozenset(answered)
    prober = _Prober(case, kb, bank, current, intake, today, quick=not exhaustive)
    askable = [q for q in bank.questions if q.id not in done and _askable(q, case, prober.found)]
    open_ids = frozenset(q.id for q in askable)
    ranked: list[tuple[int, int, int, Question]] = []
    for index, question in enumerate(askable):
        partners = [p for p in (bank.get(i) for i in question.together_with if i in open_ids) if p]
        reach = prober.reach(question, partners)
        if reach is None:
            continue
        red_flag = question.kind == "red_flag"
        urgent = red_flag and reach is Triage.EMERGENCY
        ranked.append((0 if red_flag else 1, 0 if urgent else 1, index, question))
    ranked.sort(key=lambda item: item[:3])
    return tuple(item[3] for item in ranked)


def probe_answers(question: Question) -> tuple[Answer, ...]:
    """The answers tried to see whether a question matters."""
    if question.answer_type == "yes_no":
        return ("yes",)
    if question.answer_type == "choice":
        return question.option_labels
    return question.probes


class _Prober:
    """Tries answers on the case: does the triage, the red-flag set or the top factors change?

    The sure cases are decided from the findings the answer alone adds (rules never use
    negation, so a rule that fires on the case's findings plus those keeps firing): a new urgent
    red flag, or a new factor while fewer than three are listed. Everything else is decided by
    assessing the answered case with the real engine.
    """

    def __init__(
        self,
        case: Case,
        kb: KnowledgeBase,
        bank: QuestionBank,
        current: Assessment,
        intake: Sequence[IntakeStatus] | None,
        today: date | None,
        *,
        quick: bool = True,
    ) -> None:
        self.case, self.kb, self.current, self.intake, self.today = case, kb, current, intake, today
        self.bank = bank
        self.quick = quick
        self.found = extract(case, kb, intake).set
        self.base = signature(current)
        self.listed = frozenset(factor.id for factor in current.factors)
        self.strengths = {f.id: factor_strength(f, self.found) for f in kb.factors.values()}

    def reach(self, question: Question, partners: Sequence[Question]) -> Triage | None:
        """The most urgent triage an answer that changes the result reaches; None if none does."""
        reached: list[Triage] = []
        for value in probe_answers(question):
            answers = [(question, value)]
            answers += [(p, probe_answers(p)[0]) for p in partners if probe_answers(p)]
            sure = self._quick(answers) if self.quick else None
            outcome = self._run(answers) if sure is None else sure[0]
            if outcome is not None:
                reached.append(outcome)
        return max(reached) if reached else None

    def _apply(self, case: Case, answers: Sequence[tuple[Question, Answer]]) -> Case:
        for question, value in answers:
            case = answer_case(
                case, question, _probe_value(question, value, self.today), self.today
            )
        return case

    def _run(self, answers: Sequence[tuple[Question, Answer]]) -> Triage | None:
        result = assess(self._apply(self.case, answers), self.kb, self.intake)
        return None if signature(result) == self.base else result.triage

    def _quick(self, answers: Sequence[tuple[Question, Answer]]) -> tuple[Triage | None] | None:
        """``(triage reached,)`` or ``(None,)`` (no change) when the findings the answers add
        decide it for sure; ``None`` when only the engine can tell."""
        if any(q.answer_type == "date" for q, _ in answers):
            return None  # dates rewrite the medicines already given: only the engine can tell
        key = tuple((q.id, v) for q, v in answers)
        added = _added_findings(self.kb, self.bank, key) - self.found
        if not added:
            return None  # the answer's own words may still be read (the language layer)
        after = self.found | added
        current = self.current.triage
        index = _rule_index(self.kb)
        flags = list(
            {id(flag): flag for finding in added for flag in index.flags.get(finding, ())}.values()
        )  # red flags hold mappings (not hashable): unique by identity
        new_flags = [
            flag
            for flag in flags
            if flag.rule.matches(after) is not None and flag.rule.matches(self.found) is None
        ]
        fired = [
            flag.triage
            for flag in new_flags
            if flag.triage >= Triage.DOCTOR_SOON or flag.triage > current
        ]
        if Triage.EMERGENCY in fired:
            return (Triage.EMERGENCY,)
        return None  # anything short of an emergency is the engine's to say (it reads text too)


def factor_strength(factor: FactorDef, findings: frozenset[str]) -> Strength | None:
    """The factor's strength on these findings as the engine grades it (a normal lab result
    leaves only the triggers that rest on lab results); concerns raised by red flags aside."""
    lab_only = bool(factor.lab) and f"lab:{factor.lab}:normal" in findings
    best: Strength | None = None
    for trigger in factor.triggers:
        if trigger.rule.matches(findings) is None:
            continue
        clauses = trigger.rule.clauses
        if lab_only and not all(any(f.startswith("lab:") for f in c) for c in clauses):
            continue
        best = trigger.strength if best is None else max(best, trigger.strength)
    return best


_BARE = Case(profile=Profile(age_years=40.0, sex=Sex.FEMALE))


@lru_cache(maxsize=4096)
def _added_findings(
    kb: KnowledgeBase, bank: QuestionBank, answers: tuple[tuple[str, Answer], ...]
) -> frozenset[str]:
    """The findings some additive answers give on their own (the same for every case)."""
    case = _BARE
    for question_id, value in answers:
        question = bank.get(question_id)
        if question is not None:
            case = answer_case(case, question, value, None)
    return extract(case, kb).set - extract(_BARE, kb).set


@dataclass(frozen=True, slots=True)
class _RuleIndex:
    flags: Mapping[str, tuple[RedFlag, ...]]
    factors: Mapping[str, tuple[FactorDef, ...]]


@lru_cache(maxsize=8)
def _rule_index(kb: KnowledgeBase) -> _RuleIndex:
    """The red flags and factors that name each finding."""
    flags: dict[str, list[RedFlag]] = {}
    for flag in kb.red_flags:
        for finding in {f for clause in flag.rule.clauses for f in clause}:
            flags.setdefault(finding, []).append(flag)
    factors: dict[str, list[FactorDef]] = {}
    for factor in kb.factors.values():
        named = {f for t in factor.triggers for clause in t.rule.clauses for f in clause}
        for finding in named:
            factors.setdefault(finding, []).append(factor)
    return _RuleIndex(
        {k: tuple(v) for k, v in flags.items()}, {k: tuple(v) for k, v in factors.items()}
    )


def _probe_value(question: Question, value: Answer, today: date | None) -> Answer:
    """Date probes are written as days before today."""
    if question.answer_type == "date" and isinstance(value, int | float):
        return ((today or date(2000, 1, 1)) - timedelta(days=int(value))).isoformat()
    return value


def _askable(question: Question, case: Case, findings: frozenset[str]) -> bool:
    if question.ask_if is not None and question.ask_if.matches(findings) is None:
        return False
    if any(_known(pattern, findings) for pattern in question.skip_if):
        return False
    return not any(_given(case, name) for name in question.unless_given)


def _known(pattern: str, findings: frozenset[str]) -> bool:
    if pattern.endswith("*"):
        return any(f.startswith(pattern[:-1]) for f in findings)
    return pattern in findings


def _given(case: Case, name: str) -> bool:
    """Whether the case already fills in a field such as ``cramps.timing`` or ``medications``."""
    group, _, key = name.partition(".")
    if group == "cramps":
        return case.cramps is not None and getattr(case.cramps, key, None) is not None
    if group == "lifestyle":
        return case.lifestyle.get(key) is not None
    return bool(getattr(case, group, None))
