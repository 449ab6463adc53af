"""The phrase index leaves out phrases with no words and still finds the others."""

from __future__ import annotations

import pytest

from crampcheck.core.assessment.text import PhraseIndex


@pytest.mark.parametrize(
    ("entries", "text", "targets"),
    [
        (
            (("!!!", "noise"), ("calf pain", "symptom:calf_pain")),
            "my calf pain",
            ["symptom:calf_pain"],
        ),
        ((("  ", "noise"),), "anything at all", []),
    ],
)
def test_phrases_without_words_are_left_out(
    entries: tuple[tuple[str, str], ...], text: str, targets: list[str]
) -> None:
    index = PhraseIndex(entries)
    assert "noise" not in {t for found in index.phrases.values() for t in found}
    assert [hit.target for hit in index.scan_text(text)] == targets
