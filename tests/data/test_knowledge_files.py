"""The assessment knowledge base: schemas valid, every claim cited, no dangling citation."""

from __future__ import annotations

import re

import pytest

from crampcheck.data import load_citations, read_knowledge_yaml
from crampcheck.data.kb import (
    KB_FILES,
    check_integrity,
    cited_ids,
    known_findings,
    load_knowledge_base,
    rule_findings,
)
from crampcheck.errors import KnowledgeBaseError
from tests.conftest import ROOT

CONTRACT = ROOT.parent / "shared" / "contract.md"
"""The contract lives beside the repository (``../shared``), as in every checkout and in CI."""
CONTRACT_FACTOR_IDS = [
    "magnesium",
    "potassium",
    "calcium",
    "vitamin_d",
    "thiamine",
    "vitamin_b12",
    "vitamin_e",
    "sodium",
    "dehydration",
    "iron_deficiency",
    "medication:diuretic",
    "medication:statin",
    "medication:laba",
    "medication:ppi",
    "medication:metformin",
    "medication:raloxifene",
    "medication:ssri",
    "pregnancy",
    "age_related",
    "idiopathic_nocturnal_cramps",
    "exercise_overuse",
    "prolonged_sitting_standing",
    "alcohol_use",
    "cirrhosis",
    "ckd",
    "hemodialysis",
    "peripheral_artery_disease",
    "lumbar_spinal_stenosis",
    "diabetes",
    "neuropathy",
    "hypothyroidism",
    "motor_neuron_disease_suspected",
    "parkinsons",
    "restless_legs_syndrome",
    "periodic_limb_movements",
    "bariatric_surgery",
    "post_thyroidectomy_hypoparathyroidism",
    "dvt_suspected",
    "pulmonary_embolism_suspected",
    "rhabdomyolysis_suspected",
    "statin_myopathy_suspected",
    "acute_limb_ischemia_suspected",
    "hyponatremia_suspected",
    "tetanus_suspected",
]


def test_knowledge_base_loads_and_passes_integrity() -> None:
    kb = load_knowledge_base()
    check_integrity(kb)
    assert len(kb.red_flags) >= 30
    assert len(kb.drug_names) >= 250


@pytest.mark.parametrize("name", KB_FILES)
def test_every_entry_with_a_statement_is_cited(name: str) -> None:
    """Every mapping that states something (why, advice, note, range...) has citations."""
    statement_keys = {"why", "advice", "evidence", "note", "effects", "range", "triggers", "when"}

    def walk(node: object, where: str, cited: bool) -> list[str]:
        missing: list[str] = []
        if isinstance(node, dict):
            cited = cited or bool(node.get("citations"))
            if statement_keys & node.keys() and not cited:
                missing.append(where)
            for key, value in node.items():
                missing += walk(value, f"{where}.{key}", cited)
        elif isinstance(node, list):
            for index, value in enumerate(node):
                label = value.get("id", index) if isinstance(value, dict) else index
                missing += walk(value, f"{where}[{label}]", cited)
        return missing

    assert walk(read_knowledge_yaml(name), name, False) == []


def test_every_cited_id_resolves_and_is_not_a_merged_stub() -> None:
    registry = {c.id: c for c in load_citations().citations}
    for owner, cid in cited_ids(load_knowledge_base()):
        assert cid in registry, f"{owner} cites unknown {cid}"
        assert registry[cid].verification is not None, f"{owner} cites merged stub {cid}"


def test_merged_stubs_are_never_cited() -> None:
    cited = {cid for _, cid in cited_ids(load_knowledge_base())}
    assert not {"R63", "R66"} & cited


def test_every_rule_finding_can_be_produced() -> None:
    kb = load_knowledge_base()
    known = known_findings(kb)
    assert [(owner, f) for owner, f in rule_findings(kb) if f not in known] == []


def test_every_contract_factor_id_is_defined_except_k2() -> None:
    factors = load_knowledge_base().factors
    assert [f for f in CONTRACT_FACTOR_IDS if f not in factors] == []
    assert "vitamin_k2" not in factors


@pytest.mark.skipif(
    not CONTRACT.is_file(), reason="../shared/contract.md is not beside this checkout"
)
def test_contract_factor_list_matches_the_contract_file() -> None:
    text = CONTRACT.read_text()
    section = text[text.index("**Factor ids.**") : text.index("## 2.")]
    ids = set(re.findall(r"^- `([a-z0-9_:]+)`:", section, flags=re.MULTILINE))
    assert ids - {"vitamin_k2"} == set(CONTRACT_FACTOR_IDS)


def test_no_advice_recommends_quinine_or_stopping_drugs() -> None:
    kb = load_knowledge_base()
    texts = [f.advice for f in kb.factors.values()] + [f.advice for f in kb.red_flags]
    for text in texts:
        lowered = text.lower()
        if "quinine" in lowered:
            assert "not recommended" in lowered
        stop = r"\bstop (taking|your|the|it|a) ?(statin|medicine|diuretic|drug|prescribed)\b"
        assert not re.search(stop, lowered.replace("do not stop", "")), text


def test_every_red_flag_factor_exists_and_emergencies_cite_section_6_sources() -> None:
    kb = load_knowledge_base()
    for flag in kb.red_flags:
        assert flag.factor is None or flag.factor in kb.factors
        assert flag.citations


def test_a_dangling_citation_is_rejected(monkeypatch: pytest.MonkeyPatch) -> None:
    import dataclasses

    kb = load_knowledge_base()
    flag = dataclasses.replace(kb.red_flags[0], citations=("R999",))
    broken = dataclasses.replace(kb, red_flags=(flag, *kb.red_flags[1:]))
    with pytest.raises(KnowledgeBaseError, match="R999"):
        check_integrity(broken)


def test_an_unknown_finding_is_rejected() -> None:
    import dataclasses

    from crampcheck.core.assessment.knowledge import Rule

    kb = load_knowledge_base()
    flag = dataclasses.replace(kb.red_flags[0], rule=Rule((frozenset({"symptom:nonsense"}),)))
    broken = dataclasses.replace(kb, red_flags=(flag,))
    with pytest.raises(KnowledgeBaseError, match="nonsense"):
        check_integrity(broken)
