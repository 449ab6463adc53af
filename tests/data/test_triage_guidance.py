"""One cited triage table (knowledge/triage.yaml) that every adapter renders (issue 12, issue 18).

Each triage text carries a citation; no adapter (CLI, web, report, services, schemas) holds its
own triage wording; the emergency number follows the case's locale.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from crampcheck.core.assessment.knowledge import KnowledgeBase, Triage, locale_for
from crampcheck.data.kb import load_knowledge_base
from crampcheck.schemas.cases import assess_document

PACKAGE = Path(__file__).resolve().parents[2] / "crampcheck"
ADAPTERS = ("cli", "web", "reports", "services", "schemas", "core/assessment/text_out.py")
TRIAGE_WORDING = [
    re.compile(pattern, re.IGNORECASE)
    for pattern in (
        r"\b(999|911)\b",
        r"\b(call|dial|ring)\s+\d{3}\b",
        r"emergency services",
        r"within (the next )?(a few|1-3|one to three) (days|weeks)",
        r"\bday or two\b",
        r"get (medical )?help now",
        r"manage (this )?at home",
        r"(book|at) a routine appointment",
        r"\bA&E\b",
    )
]


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return load_knowledge_base()


def adapter_files() -> list[Path]:
    files: list[Path] = []
    for name in ADAPTERS:
        path = PACKAGE / name
        files += [path] if path.is_file() else sorted(path.rglob("*"))
    vendored = PACKAGE / "web" / "static" / "swagger"  # third-party code (VENDORED.md)
    suffixes = {".py", ".j2", ".html", ".js"}
    return [f for f in files if f.suffix in suffixes and vendored not in f.parents]


def test_no_adapter_holds_its_own_triage_wording() -> None:
    found = [
        f"{path.relative_to(PACKAGE)}:{number}: {line.strip()}"
        for path in adapter_files()
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if any(pattern.search(line) for pattern in TRIAGE_WORDING)
    ]
    assert found == []


@pytest.mark.parametrize(
    "copied",
    [
        '"doctor_soon": ("See a doctor soon", "within 1-3 days")',
        '"Call emergency services (112/999/911) or go to A&E now."',
        "Within a few days: contact the doctor or prescriber.",
        "Book a routine appointment.",
    ],
)
def test_the_check_catches_copied_wording(copied: str) -> None:
    assert any(pattern.search(copied) for pattern in TRIAGE_WORDING)


def test_every_level_has_a_cited_row(kb: KnowledgeBase) -> None:
    levels = {row.triage for row in kb.guidance.values()}
    assert levels == set(Triage)
    for row in kb.guidance.values():
        assert row.citations, row.id
        assert all(re.fullmatch(r"R\d+", c) for c in row.citations)


def test_every_triage_text_in_the_knowledge_base_is_cited(kb: KnowledgeBase) -> None:
    assert all(flag.citations for flag in kb.red_flags)
    assert all(row.citations for row in kb.guidance.values())


@pytest.mark.parametrize(
    ("locale", "emergency"),
    [
        ("en-GB", "999"),
        ("en-US", "911"),
        ("en-CA", "911"),
        ("en-AU", "000"),
        ("de-DE", "112"),
        ("en_gb", "999"),
        (None, "911"),
    ],
)
def test_emergency_number_follows_the_locale(
    kb: KnowledgeBase, locale: str | None, emergency: str
) -> None:
    assert locale_for(kb, locale).emergency == emergency
    document = {"profile": {"age": 40, "sex": "male"}, "symptoms": ["collapsed"]}
    if locale:
        document["locale"] = locale
    result = assess_document(document, kb=kb)
    assert result["triage"] == "emergency"
    assert emergency in result["now"]
    assert emergency in result["guidance"]["act"]


def test_only_the_uk_is_told_about_111(kb: KnowledgeBase) -> None:
    swollen = {
        "profile": {"age": 40, "sex": "male"},
        "description": "my left calf is swollen, hot and sore",
    }
    uk = assess_document({**swollen, "locale": "en-GB"}, kb=kb)
    us = assess_document(swollen, kb=kb)
    assert "111" in uk["now"]
    assert "111" not in us["now"]


def test_result_carries_the_row_it_rests_on(kb: KnowledgeBase) -> None:
    result = assess_document({"profile": {"age": 30, "sex": "female"}}, kb=kb)
    guidance = result["guidance"]
    row = kb.guidance["self_care"]
    assert guidance == {
        "level": "self_care",
        "triage": "self_care",
        "label": row.label,
        "title": row.title,
        "when": row.when,
        "act": row.act,
        "citations": list(row.citations),
    }
    assert result["summary"].startswith(row.headline)
    assert result["now"] == row.now


def test_a_malformed_locale_is_an_input_error() -> None:
    from crampcheck.errors import InputError

    with pytest.raises(InputError, match="locale"):
        assess_document({"profile": {"age": 30, "sex": "female"}, "locale": "<script>"})


def test_loader_rejects_unknown_placeholders() -> None:
    kb = load_knowledge_base()
    texts = [flag.advice for flag in kb.red_flags] + [row.now for row in kb.guidance.values()]
    assert all(set(re.findall(r"\{(\w+)\}", t)) <= {"emergency", "urgent_line"} for t in texts)
