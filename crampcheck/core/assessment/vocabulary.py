"""Phrase indexes built once per knowledge base (drug names, symptoms, conditions, lifestyle)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from crampcheck.core.assessment.knowledge import KnowledgeBase, Term
from crampcheck.core.assessment.text import (
    CooccurrenceIndex,
    FuzzyVocabulary,
    PhraseIndex,
    normalise,
)


@dataclass(frozen=True, slots=True, eq=False)
class Vocabulary:
    """Indexes over one knowledge base."""

    terms: PhraseIndex
    cooccur: CooccurrenceIndex
    drugs: PhraseIndex
    fuzzy_drugs: FuzzyVocabulary
    fuzzy_terms: FuzzyVocabulary
    fuzzy_phrases: FuzzyVocabulary
    term_by_finding: dict[str, Term]


@lru_cache(maxsize=8)
def vocabulary(kb: KnowledgeBase) -> Vocabulary:
    """Build (once) the phrase indexes for ``kb``."""
    term_entries = [
        (synonym, f"{term.prefix}:{term.id}") for term in kb.terms for synonym in term.synonyms
    ]
    drug_entries = [
        (name, f"class:{klass}") for name, classes in kb.drug_names.items() for klass in classes
    ]
    single_drug_words = [normalise(name) for name in kb.drug_names if " " not in normalise(name)]
    terms = PhraseIndex(term_entries)
    term_words = list(terms.phrases)
    return Vocabulary(
        terms=terms,
        cooccur=CooccurrenceIndex(
            (pattern, f"{term.prefix}:{term.id}") for term in kb.terms for pattern in term.cooccur
        ),
        drugs=PhraseIndex(drug_entries),
        fuzzy_drugs=FuzzyVocabulary(single_drug_words, cutoff=0.8),
        fuzzy_terms=FuzzyVocabulary([w for w in term_words if " " not in w], cutoff=0.84),
        fuzzy_phrases=FuzzyVocabulary(
            [w for w in term_words if " " in w], cutoff=0.84, min_length=8
        ),
        term_by_finding={f"{term.prefix}:{term.id}": term for term in kb.terms},
    )
