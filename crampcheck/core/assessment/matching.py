"""Findings with their sources, and the word-matching helpers the extractors share (pure)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from crampcheck.core.assessment.context import laterality, read
from crampcheck.core.assessment.labs import LabReading
from crampcheck.core.assessment.text import Hit, normalise, stem
from crampcheck.core.assessment.timing import RECENT_DAYS, duration_days
from crampcheck.core.assessment.vocabulary import Vocabulary

SIDE_WORDS = frozenset({"left", "right", "unilateral", "one"})
_PAIN_WORDS = frozenset(
    {
        "pain",
        "painful",
        "ache",
        "aching",
        "hurts",
        "sore",
        "tender",
        "throbbing",
        "hurting",
        "agony",
    }
)
_CRAMP_WORDS = frozenset({"cramp", "cramps", "cramping", "cramped", "spasm", "spasms"})
"""A one-sided cramp is ``cramps:one_side``, not one-sided pain (a cramp passes; DVT pain
does not)."""
_TIME_LIMITED = frozenset({"condition:recent_surgery", "condition:wound"})
_YEAR = re.compile(r"\b(19|20)\d\d\b")


@dataclass(slots=True)
class Findings:
    """Findings with their sources, plus what could not be understood."""

    sources: dict[str, list[str]] = field(default_factory=dict)
    not_understood: list[str] = field(default_factory=list)
    matched: list[str] = field(default_factory=list)
    labs: list[LabReading] = field(default_factory=list)

    def add(self, finding: str, source: str) -> None:
        known = self.sources.setdefault(finding, [])
        if source not in known:
            known.append(source)

    @property
    def set(self) -> frozenset[str]:
        return frozenset(self.sources)


def add_hits(hits: Sequence[Hit], source: str, found: Findings) -> None:
    for hit in hits:
        found.add(hit.target, source)


def old_event(target: str, text: str) -> bool:
    """A surgery or wound from long ago ("hip replacement 2010") is not a recent risk."""
    if target not in _TIME_LIMITED:
        return False
    days = duration_days(text)
    return (days is not None and days > RECENT_DAYS) or bool(_YEAR.search(text))


def mentions(text: str, vocab: Vocabulary) -> bool:
    """Whether the text names something known, even if negated ("no swelling")."""
    return bool(vocab.terms.scan_text(text, negation=False))


def scan_sided(
    sentence: str, vocab: Vocabulary, *, sex: str = "", narrator_is_patient: bool = True
) -> list[Hit]:
    """Scan a sentence clause by clause, ignoring negated, hypothetical and other people's words
    (:mod:`context`); "left"/"right"/"one leg" in the sentence turns swelling or pain into
    one-sided findings ("my right calf is tight, swollen and warm") unless the sentence says
    both or either leg ("sometimes one leg, sometimes the other")."""
    parts = read(sentence, sex=sex, narrator_is_patient=narrator_is_patient)
    hits = [hit for part in parts for hit in vocab.terms.scan(part.words, marks=part.marks)]
    open_parts = [part.open_words() for part in parts]
    hits += vocab.cooccur.scan(open_parts, negation=False)
    words = [word for part in open_parts for word in part]
    if laterality(words) != "one":
        return hits
    side = next((w for w in words if w in SIDE_WORDS), "the other")
    swelling = next((h.phrase for h in hits if h.target == "symptom:leg_swelling"), None)
    if swelling:
        hits.append(Hit("symptom:calf_swelling_one_side", f"{side} … {swelling}", 0, 0))
    pain = next((w for w in words if w in _PAIN_WORDS), None)
    if pain:
        hits.append(Hit("symptom:one_sided_leg_pain", f"{side} … {pain}", 0, 0))
    cramp = next((w for w in words if w in _CRAMP_WORDS), None)
    if cramp:
        hits.append(Hit("cramps:one_side", f"{side} … {cramp}", 0, 0))
    return hits


def fuzzy_hits(text: str, vocab: Vocabulary) -> list[Hit]:
    phrase = " ".join(stem(word) for word in normalise(text).split())
    close = vocab.fuzzy_phrases.closest(phrase) if " " in phrase else None
    if close is not None:
        return [Hit(target, close, 0, 0) for target in sorted(vocab.terms.phrases[close])]
    hits: list[Hit] = []
    for word in phrase.split():
        close = vocab.fuzzy_terms.closest(word)
        if close is not None:
            hits.extend(Hit(t, close, 0, 0) for t in sorted(vocab.terms.phrases[close]))
    return hits
