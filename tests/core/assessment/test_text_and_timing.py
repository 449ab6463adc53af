"""Normalising words, negation, fuzzy matching and medicine timing."""

from __future__ import annotations

import pytest

from crampcheck.core.assessment.text import FuzzyVocabulary, PhraseIndex, clauses, normalise
from crampcheck.core.assessment.timing import duration_days, is_stopped, recency


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Parkinson's_disease!", "parkinsons disease"),
        ("calf_swelling_one_side", "calf swelling one side"),
        ("  Pins-and-Needles ", "pins and needles"),
        ("CKD (stage 3)", "ckd stage 3"),
    ],
)
def test_normalise(text: str, expected: str) -> None:
    assert normalise(text) == expected


def test_clauses_split_at_punctuation_and_but() -> None:
    assert clauses("no swelling, but my calf is warm") == [
        ["no", "swelling"],
        ["my", "calf", "is", "warm"],
    ]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("my calf is swollen", True),
        ("no swelling", False),
        ("there is no calf swelling", False),
        ("I haven't noticed any swelling", False),
        ("not swollen but calf swelling now", True),
    ],
)
def test_negation(text: str, found: bool) -> None:
    index = PhraseIndex([("swelling", "x"), ("calf swelling", "x"), ("swollen", "x")])
    hits = [h for h in index.scan_text(text) if h.target == "x"]
    assert bool(hits) is found


def test_longest_phrase_wins_at_a_position() -> None:
    index = PhraseIndex([("chest", "a"), ("chest pain", "b")])
    assert next(h.target for h in index.scan(["chest", "pain"])) == "b"


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("atorvastatine", "atorvastatin"),
        ("omeprazol", "omeprazole"),
        ("furosemid", "furosemide"),
        ("simvastatn", "simvastatin"),
        ("metfromin", "metformin"),
        ("ab", None),
        ("banana", None),
    ],
)
def test_fuzzy(word: str, expected: str | None) -> None:
    vocab = FuzzyVocabulary(
        ["atorvastatin", "omeprazole", "furosemide", "simvastatin", "metformin"]
    )
    assert vocab.closest(word) == expected


def test_fuzzy_answers_stay_the_same_when_the_memo_starts_afresh() -> None:
    vocab = FuzzyVocabulary(["omeprazole", "metformin"])
    assert vocab.closest("omeprazol") == "omeprazole"
    for number in range(50_002):  # more distinct words than the memo keeps: it is cleared
        assert vocab.closest(f"q{number:07d}") is None
    assert vocab.closest("omeprazol") == "omeprazole"
    assert vocab.closest("metfromin") == "metformin"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("chlorthalidone 25 mg daily (started 4 weeks ago)", "recent"),
        ("omeprazole 20 mg daily (5 years)", "long"),
        ("metformin 500 mg twice a day", None),
        ("atorvastatin, dose increased last week", "recent"),
        ("lansoprazole for 18 months", "long"),
        ("salmeterol started a week ago", "recent"),
        ("once a week alendronate", None),
        ("Symbicort - new last month", "recent"),
        ("long-term PPI", "long"),
        ("ramipril for 6 months", None),
    ],
)
def test_recency(text: str, expected: str | None) -> None:
    assert recency(text) == expected


def test_duration_and_stopped() -> None:
    assert duration_days("started two weeks ago") == 14
    assert duration_days("20 mg daily") is None
    assert is_stopped("simvastatin, stopped in May")
    assert not is_stopped("simvastatin 20 mg")
