"""Numbers in people's words: durations, frequency, alcohol, eGFR and HbA1c."""

from __future__ import annotations

import pytest

from crampcheck.core.assessment.numbers import episode_minutes, read_numbers


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("a calf cramp that lasted 25+ mins", 25),
        ("it went on for half an hour", 30),
        ("cramp lasting about 2 hours", 120),
        ("pain in my calf for two days", 2880),
        ("aching non stop since yesterday", 1440),
        ("eases about half an hour after the levodopa", None),
        ("after walking for 10 minutes my calf cramps", None),
        ("3 hours after my run", None),
        ("my legs ache after gardening all day", None),
        ("my calf has been aching all day", 1440),
    ],
)
def test_episode_minutes(text: str, minutes: float | None) -> None:
    found = episode_minutes(text)
    assert (found[0] if found else None) == minutes


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("a calf cramp that lasted 25+ mins", {"cramps:long"}),
        ("pain in my left calf for two days", {"cramps:long", "cramps:persistent"}),
        ("I've had cramps for 3 days", set()),
        ("I've had cramps for 3 years", set()),
        ("cramps most nights", {"cramps:frequent"}),
        ("I get cramps 4-5 times a week", {"cramps:frequent"}),
        ("cramps twice a week", set()),
        ("I walk the dog every day, cramps only at night", set()),
        ("my cramps are in both calves, most nights, gone in a minute", {"cramps:frequent"}),
        ("I drink 6-8 pints most nights, no cramps in the day", {"life:alcohol_heavy"}),
        ("2 glasses of wine a week", set()),
        ("last egfr was 35", {"condition:ckd"}),
        ("egfr 75", set()),
        ("hba1c 9ish", {"condition:diabetes"}),
        ("hba1c was 42", set()),
        ("hba1c 58 mmol/mol", {"condition:diabetes"}),
        ("a cramp in my foot when I point my toes in pilates", {"cramps:exercise"}),
    ],
)
def test_read_numbers(sentence: str, expected: set[str]) -> None:
    assert {finding for finding, _ in read_numbers(sentence)} == expected


def test_every_reading_says_which_words_it_rests_on() -> None:
    assert read_numbers("a calf cramp that lasted 25+ mins") == [("cramps:long", "lasted 25+ mins")]


def test_back_reference_to_cramps_named_earlier() -> None:
    sentence = "been sitting in the shade for over an hour and they're still coming on"
    assert read_numbers(sentence) == []
    found = {f for f, _ in read_numbers(sentence, about_cramps=True)}
    assert found == {"cramps:long", "cramps:persistent"}


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "my calf has been painful for 2 days",
            [("cramps:long", "for 2 days"), ("cramps:persistent", "for 2 days")],
        ),
        ("my calf has been painful for 20 days", []),  # longer than an episode: a history
        ("my calf has hurt for 3 weeks", []),
        ("cramps lasted 2 days", []),  # a day or more counts for pain, not for cramps
        ("I had 3 beers at the wedding", []),  # drinks without "a day" or "a week"
        ("I drink 3 beers a day", [("life:alcohol_heavy", "3 beers a day")]),
    ],
)
def test_long_pain_and_drinks_need_their_time_span(text: str, found: list[tuple[str, str]]) -> None:
    assert read_numbers(text) == found
