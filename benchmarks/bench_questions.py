"""Follow-up questions benchmark: what choosing the open questions costs per case.

Run: ``PYTHONPATH=. python benchmarks/bench_questions.py [--rounds N]``
Prints, over the case library and the hold-out sets (cases without a diary), the time to choose
the questions with the shortcuts and by assessing every answer with the engine, how many engine
runs each needs, and whether both ask the same questions in the same order.
"""

from __future__ import annotations

import argparse
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from crampcheck.core.assessment import asking  # noqa: E402
from crampcheck.core.assessment.engine import assess  # noqa: E402
from crampcheck.data.kb import load_knowledge_base  # noqa: E402
from crampcheck.data.questions import load_question_bank  # noqa: E402
from crampcheck.schemas.assess import parse_case  # noqa: E402
from tests.case_library import load_cases  # noqa: E402

TODAY = date(2026, 12, 1)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=3)
    rounds = parser.parse_args().rounds
    kb, bank = load_knowledge_base(), load_question_bank()
    library = [*load_cases(), *load_cases(ROOT / "benchmarks" / "holdout")]
    cases = [parse_case(c.case)[0] for c in library if not c.case.get("diary")]
    results = [assess(case, kb) for case in cases]
    runs = [0]
    original = asking._Prober._run

    def counted(self: asking._Prober, answers: object) -> object:
        runs[0] += 1
        return original(self, answers)  # type: ignore[arg-type]

    asking._Prober._run = counted  # type: ignore[assignment,method-assign]
    chosen: dict[bool, list[list[str]]] = {}
    for exhaustive in (False, True):
        runs[0] = 0
        start = time.perf_counter()
        for _ in range(rounds):
            chosen[exhaustive] = [
                [
                    q.id
                    for q in asking.pending_questions(
                        c, kb, bank, r, today=TODAY, exhaustive=exhaustive
                    )
                ]
                for c, r in zip(cases, results, strict=True)
            ]
        per_case = (time.perf_counter() - start) / (rounds * len(cases)) * 1e3
        label = "every answer assessed" if exhaustive else "with shortcuts       "
        print(
            f"{label}: {per_case:6.2f} ms a case, "
            f"{runs[0] / (rounds * len(cases)):5.1f} engine runs a case ({len(cases)} cases)"
        )
    same = sum(a == b for a, b in zip(chosen[False], chosen[True], strict=True))
    asked = sum(len(a) for a in chosen[False]) / len(cases)
    print(f"same questions, same order: {same}/{len(cases)}; {asked:.1f} questions a case")


if __name__ == "__main__":
    main()
