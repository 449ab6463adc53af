"""Normalising people's words and finding known phrases in them (pure, stdlib only).

Matching is whole-word and tolerant: apostrophes and punctuation are ignored, snake_case becomes
words, a phrase preceded closely by a negation ("no swelling", "not dark urine") is skipped, and
misspellings are caught by :class:`FuzzyVocabulary` (``difflib`` similarity).
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

_APOSTROPHES = re.compile(r"['’`´]")
_NON_WORD = re.compile(r"[^a-z0-9]+")
_CLAUSE_SPLIT = re.compile(r"[.;:!?,()\n]+|\b(?:but|although|though|however|except)\b")

NEGATORS = frozenset(
    {
        "no",
        "not",
        "without",
        "never",
        "denies",
        "deny",
        "nor",
        "none",
        "negative",
        "dont",
        "doesnt",
        "didnt",
        "havent",
        "hasnt",
        "isnt",
        "arent",
        "wasnt",
        "hadnt",
        "nothing",
        "nil",
    }
)
"""Words that cancel a phrase that follows them closely."""

NEGATION_WINDOW = 3
"""How many words before a phrase are searched for a negator."""


def normalise(text: str) -> str:
    """Lower-case words and single spaces: ``"Parkinson's_disease!"`` → ``"parkinsons disease"``."""
    lowered = _APOSTROPHES.sub("", text.lower().replace("_", " "))
    return _NON_WORD.sub(" ", lowered).strip()


def stem(word: str) -> str:
    """A light plural stem so "marathons" finds "marathon" (applied to phrases and text alike)."""
    if len(word) > 4 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def clauses(text: str) -> list[list[str]]:
    """Split text into clauses (at punctuation and "but"), each a list of normalised words."""
    lowered = _APOSTROPHES.sub("", text.lower().replace("_", " "))
    parts = (_NON_WORD.sub(" ", part or "").split() for part in _CLAUSE_SPLIT.split(lowered))
    return [words for words in parts if words]


def is_negated(words: Sequence[str], start: int) -> bool:
    """True when a negator stands within :data:`NEGATION_WINDOW` words before ``start``."""
    return any(word in NEGATORS for word in words[max(0, start - NEGATION_WINDOW) : start])


@dataclass(frozen=True, slots=True)
class Hit:
    """A phrase found in a clause: what it maps to and which words matched."""

    target: str
    phrase: str
    start: int
    end: int


class PhraseIndex:
    """Whole-word phrase lookup, indexed by first word, so scanning is linear in the text."""

    def __init__(self, entries: Iterable[tuple[str, str]]) -> None:
        self._by_first: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        self.phrases: dict[str, set[str]] = {}
        for phrase, target in entries:
            words = tuple(stem(word) for word in normalise(phrase).split())
            if not words:
                continue
            self._by_first.setdefault(words[0], []).append((words, target))
            self.phrases.setdefault(" ".join(words), set()).add(target)
        for candidates in self._by_first.values():
            candidates.sort(key=lambda item: -len(item[0]))

    def scan(
        self,
        words: Sequence[str],
        *,
        negation: bool = True,
        marks: Sequence[int] | None = None,
    ) -> list[Hit]:
        """Every phrase in ``words`` (longest first at each position), skipping negated ones.

        With ``marks`` (from :func:`crampcheck.core.assessment.context.read`) a phrase whose
        first word is marked (negated, hypothetical, someone else's) is skipped instead of
        looking for a negator in a short window."""
        hits: list[Hit] = []
        stems = [stem(word) for word in words]
        for index, word in enumerate(stems):
            for phrase, target in self._by_first.get(word, ()):
                end = index + len(phrase)
                if tuple(stems[index:end]) == phrase:
                    if marks is not None and marks[index]:
                        continue
                    if marks is None and negation and is_negated(words, index):
                        continue
                    hits.append(Hit(target, " ".join(words[index:end]), index, end))
        return hits

    def scan_text(self, text: str, *, negation: bool = True) -> list[Hit]:
        """Scan every clause of free text."""
        found: list[Hit] = []
        for words in clauses(text):
            found.extend(self.scan(words, negation=negation))
        return found


class FuzzyVocabulary:
    """Closest known word or phrase for a misspelling (memoised; pure). The first letter must
    agree: people rarely misspell it, and "sitting" must not become "fitting" (a seizure)."""

    def __init__(self, words: Iterable[str], cutoff: float = 0.82, min_length: int = 5) -> None:
        self._words = sorted({word for word in words if len(word) >= min_length})
        self._cutoff = cutoff
        self._min_length = min_length
        self._memo: dict[str, str | None] = {}

    def closest(self, word: str) -> str | None:
        """The best match at or above the cutoff, or ``None``."""
        if len(word) < self._min_length:
            return None
        if word not in self._memo:
            if len(self._memo) > 50_000:
                self._memo.clear()
            found = difflib.get_close_matches(word, self._words, n=3, cutoff=self._cutoff)
            same_start = [match for match in found if match[0] == word[0]]
            self._memo[word] = same_start[0] if same_start else None
        return self._memo[word]


class CooccurrenceIndex:
    """Terms recognised by words that occur together in one sentence, in any order.

    ``("urine pee wee", "dark brown tea cola")`` finds "my pee is the colour of tea": every group
    needs one word present that is not negated. Catches paraphrases that no phrase list holds.
    """

    def __init__(self, entries: Iterable[tuple[tuple[frozenset[str], ...], str]]) -> None:
        self._entries = [
            (tuple(frozenset(stem(w) for w in group) for group in groups), target)
            for groups, target in entries
        ]
        self._by_word: dict[str, list[int]] = {}
        for number, (groups, _) in enumerate(self._entries):
            for word in groups[0]:
                self._by_word.setdefault(word, []).append(number)

    def scan(self, parts: Sequence[Sequence[str]], *, negation: bool = True) -> list[Hit]:
        """Hits for one sentence given as clauses of words (negation is checked per clause
        unless ``negation`` is false: then blank words are the ones to ignore)."""
        present: dict[str, str] = {}
        for words in parts:
            for index, word in enumerate(words):
                if word and not (negation and is_negated(words, index)):
                    present.setdefault(stem(word), word)
        candidates = sorted({n for word in present for n in self._by_word.get(word, ())})
        hits = []
        for groups, target in (self._entries[n] for n in candidates):
            if all(group & present.keys() for group in groups):
                words = " … ".join(present[min(g & present.keys())] for g in groups)
                hits.append(Hit(target, words, 0, 0))
        return hits
