"""The context reader: negation and its scope across lists, hypotheticals, other people, sides."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crampcheck.core.assessment.context import (
    HYPOTHETICAL,
    NEGATED,
    OTHER_PERSON,
    laterality,
    read,
)


def marked(sentence: str, **options: object) -> dict[str, int]:
    """word -> marks for every word of the sentence (last occurrence wins)."""
    return {
        word: mark
        for clause in read(sentence, **options)  # type: ignore[arg-type]
        for word, mark in zip(clause.words, clause.marks, strict=True)
    }


@pytest.mark.parametrize(
    ("sentence", "negated", "open_"),
    [
        ("no dark urine or chest pain", {"dark", "urine", "chest", "pain"}, set()),
        ("I have never had dark urine or chest pain", {"dark", "chest", "pain"}, {"i"}),
        ("no swelling, redness or warmth", {"swelling", "redness", "warmth"}, set()),
        ("denies chest pain, breathlessness or haemoptysis", {"chest", "haemoptysis"}, set()),
        ("no fever, calf swollen and hot", {"fever"}, {"calf", "swollen", "hot"}),
        ("no swelling and calf is hot", {"swelling"}, {"calf", "hot"}),
        ("no chest pain - left calf swollen", {"chest"}, {"left", "calf", "swollen"}),
        ("havent had any pain or swelling in my left calf", {"pain", "swelling", "left"}, set()),
        ("no chest pain, but my calf is swollen", {"chest"}, {"calf", "swollen"}),
        ("no chest pain, calf is red and hot", {"chest"}, {"calf", "red", "hot"}),
        ("I dont have a swollen leg and my pee is brown", {"swollen"}, {"pee", "brown"}),
        ("not sure why but my calf is hot", set(), {"calf", "hot", "sure"}),
        ("the pain does not stop, calf swollen", set(), {"calf", "swollen"}),
        ("I cant move my toes", set(), {"move", "toes"}),
        ("used to drink heavily but sober now", {"drink", "heavily"}, set()),
        ("stopped peeing since this morning", set(), {"peeing"}),
    ],
)
def test_negation_scope(sentence: str, negated: set[str], open_: set[str]) -> None:
    marks = marked(sentence)
    assert {w for w in negated if marks[w] & NEGATED} == negated
    assert {w for w in open_ if marks[w]} == set()


@pytest.mark.parametrize(
    ("sentence", "hypothetical", "open_"),
    [
        ("drinking loads of water in case I'm dehydrated", {"dehydrated"}, {"water"}),
        ("could it be a clot", {"clot"}, set()),
        ("worried it might be a DVT because my calf is swollen", {"dvt"}, {"calf", "swollen"}),
        ("is it normal that my pee is dark brown", set(), {"pee", "dark", "brown"}),
        ("worried about my swollen calf", set(), {"swollen", "calf"}),
        ("ok to start potassium tablets", {"potassium", "tablets"}, set()),
        ("in case it matters my pee is dark brown", set(), {"pee", "dark", "brown"}),
        ("in case my legs swell on the flight", {"legs", "swell"}, set()),
    ],
)
def test_hypotheticals(sentence: str, hypothetical: set[str], open_: set[str]) -> None:
    marks = marked(sentence)
    assert {w for w in hypothetical if marks[w] & HYPOTHETICAL} == hypothetical
    assert {w for w in open_ if marks[w]} == set()


@pytest.mark.parametrize(
    ("sentence", "sex", "narrator", "about_someone_else"),
    [
        ("my husband had chest pain last year", "female", True, True),
        ("my husband had chest pain last year", "male", True, True),
        ("mum had a clot in her leg", "male", True, True),
        ("my husband is confused and his urine is dark", "male", False, False),
        ("my husband says I kick in my sleep", "female", True, False),
        ("dvt runs in the family", "female", True, True),
    ],
)
def test_other_people(sentence: str, sex: str, narrator: bool, about_someone_else: bool) -> None:
    marks = marked(sentence, sex=sex, narrator_is_patient=narrator)
    content = [w for w in ("chest", "clot", "confused", "kick", "dvt") if w in marks]
    assert content
    assert all(bool(marks[w] & OTHER_PERSON) is about_someone_else for w in content)


def test_first_person_ends_the_other_persons_scope() -> None:
    marks = marked("my husband had a dvt last year and my calf is swollen", sex="female")
    assert marks["dvt"] & OTHER_PERSON
    assert not marks["swollen"]


@pytest.mark.parametrize(
    ("sentence", "side"),
    [
        ("my left calf is swollen", "one"),
        ("pain in one leg only", "one"),
        ("sometimes one leg, sometimes the other", "both"),
        ("cramps in both calves", "both"),
        ("either leg, it alternates", "both"),
        ("right now my calves ache", None),
        ("the other day my left calf swelled", "one"),
        ("cramps at night", None),
        ("calf is twice the size of the other one", "one"),
        ("bigger than the other leg", "one"),
    ],
)
def test_laterality(sentence: str, side: str | None) -> None:
    words = [w for clause in read(sentence) for w in clause.open_words()]
    assert laterality(words) == side


def test_negated_side_word_is_ignored() -> None:
    words = [w for clause in read("no pain in my left leg") for w in clause.open_words()]
    assert laterality(words) is None


@given(st.text(max_size=300))
def test_any_text_can_be_read(text: str) -> None:
    clauses = read(text, sex="female", narrator_is_patient=False)
    for clause in clauses:
        assert len(clause.words) == len(clause.marks)
        assert all(0 <= mark <= NEGATED | HYPOTHETICAL | OTHER_PERSON for mark in clause.marks)
    assert laterality([w for c in clauses for w in c.open_words()]) in (None, "one", "both")
