"""Reading a sentence in context: which words are negated, hypothetical or about someone else.

Pure and stdlib only. A small NegEx-style reader (Chapman et al. 2001): a *trigger* ("no",
"never had", "in case", "worried it", "my husband had") opens a *scope* over the words after it;
the scope runs to the end of the clause and across a list ("no dark urine or chest pain", "no
swelling, redness or warmth") but stops where a new clause starts ("but", "and my", "calf is hot").
*Pseudo-triggers* look like triggers but are not ("not sure", "won't go away", "is it normal").
A list joined only by commas or "and" ends the scope ("no fever, calf swollen and hot"): when in
doubt a sign counts, because a missed emergency costs more than a false alarm.

A word in a scope is *marked*; phrase matching ignores a phrase whose first word is marked, so
"I have never had dark urine or chest pain", "in case I'm dehydrated" and "my husband had chest
pain last year" add nothing, while "cannot move my toes" or "pain does not stop" still count.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

NEGATED = 1
HYPOTHETICAL = 2
OTHER_PERSON = 4

MAX_SCOPE_WORDS = 12
"""A scope never covers more words than this (NegEx uses a short window for the same reason)."""

MAX_FIRST_SEGMENT_WORDS = 4
"""Before any list separator a scope covers at most this many words (NegEx's short window), so
an unpunctuated run-on ("no chest pain left calf swollen and red") does not swallow the rest."""

MAX_LIST_ITEM_WORDS = 5
"""A scope continues across "," / "and" / "or" only into a short list item like "chest pain" or
"swelling in my left calf"."""

_APOSTROPHES = re.compile(r"['’`´]")
_DASHES = re.compile(r"\s[-–—]+\s|[–—…]")
"""A spaced dash or an ellipsis ends a clause ("no chest pain - left calf swollen")."""
_TOKEN = re.compile(r"[a-z0-9]+|[,:()/]")
_CLAUSE_WORDS = frozenset({"but", "although", "though", "however", "except"})
_PUNCT = frozenset({",", ":", "(", ")", "/"})
_SOFT = frozenset({",", "and", "or", "nor", "/", "plus", "also"})
_HARD = frozenset(
    {
        ":",
        "(",
        ")",
        "but",
        "however",
        "although",
        "though",
        "except",
        "apart",
        "aside",
        "yet",
        "still",
        "whereas",
        "while",
        "which",
        "who",
        "because",
        "cause",
        "coz",
        "since",
        "so",
        "then",
        "now",
        "today",
        "tonight",
        "until",
        "unless",
        "instead",
        "only",
        "just",
        "when",
    }
)
_SUBJECTS = frozenset(
    {
        "i",
        "im",
        "ive",
        "id",
        "ill",
        "me",
        "he",
        "hes",
        "she",
        "shes",
        "they",
        "theyre",
        "we",
        "it",
        "its",
        "theres",
        "there",
    }
)
"""Words that start a new statement in a list ("no chest pain, it is fine"); possessives do not
("no pain or swelling in my calf")."""
_VERBS = frozenset(
    {
        "is",
        "are",
        "was",
        "were",
        "am",
        "has",
        "have",
        "had",
        "feels",
        "feel",
        "felt",
        "looks",
        "look",
        "looked",
        "seems",
        "keeps",
        "keep",
        "kept",
        "got",
        "gets",
        "get",
        "went",
        "goes",
        "gone",
        "turned",
        "turns",
        "became",
        "become",
        "started",
        "starts",
        "hurts",
        "hurt",
        "aches",
        "ached",
        "came",
        "comes",
        "swelled",
        "swells",
        "can",
        "cant",
        "cannot",
        "will",
        "wont",
        "did",
        "does",
    }
)


def _phrases(*texts: str) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(text.split()) for text in texts)


_NEGATION = _phrases(
    "no",
    "not",
    "without",
    "never",
    "denies",
    "deny",
    "denied",
    "nor",
    "none",
    "neither",
    "nothing",
    "nil",
    "negative for",
    "free of",
    "ruled out",
    "absence of",
    "dont",
    "doesnt",
    "didnt",
    "havent",
    "hasnt",
    "hadnt",
    "isnt",
    "arent",
    "wasnt",
    "werent",
    "do not",
    "does not",
    "did not",
    "have not",
    "has not",
    "used to",
    "gave up",
    "given up",
    "quit",
    "stopped",
    "ex",
    "former",
    "formerly",
    "no longer",
    "sober from",
)
_AFTER_NOT_IS_NO_NEGATION = (
    "go away",
    "going away",
    "gone away",
    "went away",
    "stop",
    "stopping",
    "stopped",
    "stops",
    "help",
    "helping",
    "helped",
    "helps",
    "ease",
    "easing",
    "eased",
    "settle",
    "settling",
    "settled",
    "improve",
    "improving",
    "improved",
    "get better",
    "getting better",
    "got better",
    "better",
    "relieved",
    "relieve",
    "work",
    "working",
    "lift",
    "able",
    "move",
    "moving",
    "peed",
    "weed",
    "passed",
    "peeing",
    "urinated",
    "last",
    "sure",
    "certain",
    "know",
    "only",
    "just",
    "matter",
    "quite",
    "that",
    "too",
    "much better",
    "feel",
    "feeling",
)
"""Words after "not"/"don't" that make a description, not a negation: "won't go away",
"doesn't help", "can not move", "haven't peed", "not sure", "not just at night"."""
_PSEUDO_NEGATION = _phrases(
    "no idea",
    "stopped peeing",
    "stopped weeing",
    "stopped urinating",
    "stopped passing",
    "stopped sweating",
    "stopped breathing",
    "stopped working",
    "stopped moving",
    "no longer able",
    "not able",
    *(
        f"{neg} {verb}"
        for neg in (
            "not",
            "dont",
            "doesnt",
            "didnt",
            "wont",
            "isnt",
            "never",
            "hasnt",
            "havent",
            "no",
        )
        for verb in _AFTER_NOT_IS_NO_NEGATION
    ),
    *(
        f"{neg} {verb}"
        for neg in ("does not", "do not", "did not", "will not", "has not")
        for verb in _AFTER_NOT_IS_NO_NEGATION
    ),
)
_WORRY_HEADS = (
    "worried",
    "worry",
    "worrying",
    "afraid",
    "scared",
    "frightened",
    "concerned",
    "anxious",
    "paranoid",
    "terrified",
    "fear",
    "fearing",
)
_WORRY_TAILS = (
    "i",
    "im",
    "ill",
    "id",
    "it",
    "its",
    "this",
    "that",
    "might",
    "may",
    "could",
    "about a",
    "about an",
    "about getting",
    "about having",
    "about developing",
    "of a",
    "of an",
    "of getting",
    "of having",
    "of developing",
    "about blood",
    "about clots",
)
_HYPOTHETICAL = _phrases(
    *(f"{head} {tail}" for head in _WORRY_HEADS for tail in _WORRY_TAILS),
    "in case",
    "what if",
    "could it be",
    "could this be",
    "could that be",
    "might it be",
    "might this be",
    "is it a",
    "is this a",
    "is it an",
    "is this an",
    "do i have",
    "have i got",
    "could i have",
    "might i have",
    "may have",
    "might have",
    "could have",
    "risk of",
    "chance of",
    "chances of",
    "to prevent",
    "to avoid",
    "prevent",
    "avoid",
    "watch for",
    "watch out for",
    "look out for",
    "keep an eye out for",
    "signs of",
    "symptoms of",
    "warned me about",
    "heard that",
    "read that",
    "read about",
    "googled",
    "wondering if",
    "wonder if",
    "wondered if",
    "whether",
    "if i get",
    "if i ever",
    "if i notice",
    "if it gets",
    "if there is",
    "if theres",
    "if you get",
    "ok to",
    "okay to",
    "safe to",
    "can i take",
    "should i take",
    "should i start",
    "planning to",
    "thinking of",
    "thinking about",
    "going to start",
    "about to start",
    "want to start",
    "would it",
    "rule out",
    "test for",
    "tested for",
    "check for",
    "checked for",
    "screen for",
)
_PSEUDO_HYPOTHETICAL = _phrases(
    "is it normal",
    "is this normal",
    "is that normal",
    "is it ok",
    "is it okay",
    "is it bad",
    "is this serious",
    "is it serious",
    "should i worry",
    "should i be worried",
    "worried about my",
    "worried about the",
    "worried about this",
    "worried that my",
    "worried because",
)
_RELATIONS = {
    "husband": "male",
    "dad": "male",
    "father": "male",
    "son": "male",
    "brother": "male",
    "grandad": "male",
    "granddad": "male",
    "grandfather": "male",
    "grandpa": "male",
    "uncle": "male",
    "nephew": "male",
    "boyfriend": "male",
    "fiance": "male",
    "wife": "female",
    "mum": "female",
    "mom": "female",
    "mother": "female",
    "daughter": "female",
    "sister": "female",
    "grandma": "female",
    "grandmother": "female",
    "gran": "female",
    "granny": "female",
    "nan": "female",
    "nana": "female",
    "aunt": "female",
    "auntie": "female",
    "niece": "female",
    "girlfriend": "female",
    "fiancee": "female",
    "partner": "",
    "friend": "",
    "neighbour": "",
    "neighbor": "",
    "colleague": "",
    "coworker": "",
    "boss": "",
    "cousin": "",
    "child": "",
    "kid": "",
    "kids": "",
    "children": "",
    "parents": "",
    "grandparents": "",
    "relatives": "",
    "relative": "",
    "flatmate": "",
    "roommate": "",
    "mate": "",
}
_POSSESSIVES = frozenset({"my", "our", "his", "her", "a", "their"})
_REPORTING = frozenset(
    {
        "says",
        "said",
        "thinks",
        "thought",
        "reckons",
        "noticed",
        "notices",
        "tells",
        "told",
        "mentioned",
        "complains",
        "spotted",
        "saw",
        "sees",
        "insists",
        "asked",
    }
)
_HISTORY = frozenset(
    {
        "died",
        "dead",
        "passed",
        "history",
        "ago",
        "last",
        "used",
        "years",
        "decades",
        "once",
        "previously",
        "childhood",
        "before",
        "too",
        "also",
    }
)
_FAMILY = _phrases(
    "family history", "runs in the family", "runs in my family", "in my family", "in the family"
)
_FIRST_PERSON_RESUMES = frozenset({"i", "im", "ive", "id", "me", "myself"})
_YEAR = re.compile(r"^(19|20)\d\d$")


@dataclass(frozen=True, slots=True)
class Clause:
    """The words of one clause and, per word, its marks
    (``NEGATED | HYPOTHETICAL | OTHER_PERSON``)."""

    words: tuple[str, ...]
    marks: tuple[int, ...]
    start: int
    """Index of the clause's first word in the sentence."""

    def open_words(self) -> list[str]:
        """The clause with marked words blanked out (for co-occurrence and side words)."""
        return [word if not mark else "" for word, mark in zip(self.words, self.marks, strict=True)]


def tokens(sentence: str) -> list[str]:
    """Lower-cased words and the punctuation that bounds scopes (``,`` ``:`` ``(`` ``)`` ``/``)."""
    lowered = _APOSTROPHES.sub("", sentence.lower().replace("_", " "))
    return _TOKEN.findall(_DASHES.sub(" : ", lowered))


def read(sentence: str, *, sex: str = "", narrator_is_patient: bool = True) -> list[Clause]:
    """The clauses of one sentence with each word's marks."""
    toks = tokens(sentence)
    marks = [0] * len(toks)
    _mark_negation(toks, marks)
    _mark_hypothetical(toks, marks)
    _mark_other_person(toks, marks, sex, narrator_is_patient)
    return _split_clauses(toks, marks)


def _split_clauses(toks: Sequence[str], marks: Sequence[int]) -> list[Clause]:
    clauses: list[Clause] = []
    words: list[str] = []
    kept: list[int] = []
    index = 0
    for tok, mark in zip(toks, marks, strict=True):
        if tok in _PUNCT or tok in _CLAUSE_WORDS:
            if words:
                clauses.append(Clause(tuple(words), tuple(kept), index - len(words)))
            words, kept = [], []
            if tok in _CLAUSE_WORDS:
                index += 1
            continue
        words.append(tok)
        kept.append(mark)
        index += 1
    if words:
        clauses.append(Clause(tuple(words), tuple(kept), index - len(words)))
    return clauses


PhraseTable = dict[str, tuple[tuple[str, ...], ...]]


def _table(phrases: Sequence[tuple[str, ...]]) -> PhraseTable:
    """Phrases by first word, longest first, so a lookup costs only the phrases that can match."""
    table: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        table.setdefault(phrase[0], []).append(phrase)
    return {word: tuple(sorted(group, key=len, reverse=True)) for word, group in table.items()}


_NEGATION_TABLE = _table(_NEGATION)
_PSEUDO_NEGATION_TABLE = _table(_PSEUDO_NEGATION)
_HYPOTHETICAL_TABLE = _table(_HYPOTHETICAL)
_PSEUDO_HYPOTHETICAL_TABLE = _table(_PSEUDO_HYPOTHETICAL)
_FAMILY_TABLE = _table(_FAMILY)


def _longest(toks: Sequence[str], at: int, table: PhraseTable) -> int:
    """Length of the longest phrase of ``table`` starting at ``toks[at]`` (0 when none)."""
    for phrase in table.get(toks[at], ()):
        if tuple(toks[at : at + len(phrase)]) == phrase:
            return len(phrase)
    return 0


def _mark_negation(toks: Sequence[str], marks: list[int]) -> None:
    index = 0
    while index < len(toks):
        pseudo = _longest(toks, index, _PSEUDO_NEGATION_TABLE)
        if pseudo:
            index += pseudo
            continue
        size = _longest(toks, index, _NEGATION_TABLE)
        if size:
            _mark_scope(toks, marks, index + size, NEGATED)
        index += max(size, 1)


def _mark_hypothetical(toks: Sequence[str], marks: list[int]) -> None:
    index = 0
    while index < len(toks):
        pseudo = _longest(toks, index, _PSEUDO_HYPOTHETICAL_TABLE)
        if pseudo:
            index += pseudo
            continue
        size = _longest(toks, index, _HYPOTHETICAL_TABLE)
        if size:
            _mark_scope(toks, marks, index + size, HYPOTHETICAL)
        index += max(size, 1)


_NOT_CONTENT = frozenset(
    {
        "had",
        "have",
        "has",
        "got",
        "get",
        "any",
        "a",
        "an",
        "the",
        "been",
        "experienced",
        "noticed",
        "felt",
        "seen",
        "really",
        "ever",
        "much",
        "of",
        "my",
        "in",
    }
)
"""Words that do not count towards the first-segment window ("never had any dark urine")."""

_NEW_SPEAKER = frozenset({"i", "im", "ive", "id", "ill"})
"""A first-person subject starts a new statement ("no palpitations I have dark urine")."""


def _mark_scope(toks: Sequence[str], marks: list[int], start: int, mark: int) -> None:
    """Mark the words from ``start`` to the end of the scope (see the module docstring)."""
    index, counted, content, first_segment = start, 0, 0, True
    while index < len(toks) and counted < MAX_SCOPE_WORDS:
        tok = toks[index]
        if tok in _HARD or (tok in _NEW_SPEAKER and (mark == NEGATED or counted)):
            return
        if mark == HYPOTHETICAL and counted and tok in _NEW_SUBJECT:
            return  # "in case it matters, my pee is dark brown"
        if tok in _SOFT:
            separator = tok
            index = _skip_soft(toks, index)
            if separator not in ("or", "nor") and not _or_ahead(toks, index):
                return  # "no chest pain and calf is hot": not a list
            if not _list_item_follows(toks, index):
                return
            first_segment = False
            continue
        if mark == NEGATED and first_segment and content >= MAX_FIRST_SEGMENT_WORDS:
            return
        marks[index] |= mark
        counted += 1
        content += tok not in _NOT_CONTENT
        index += 1


_NEW_SUBJECT = frozenset({"my", "he", "hes", "she", "shes", "his", "her", "we", "they"})


def _or_ahead(toks: Sequence[str], index: int) -> bool:
    """Whether an "or"/"nor" closes the list ahead ("no swelling, redness or warmth"); a list
    joined only by commas or "and" may be new statements ("no fever, calf swollen and hot")."""
    for tok in toks[index : index + MAX_SCOPE_WORDS]:
        if tok in _HARD:
            return False
        if tok in ("or", "nor"):
            return True
    return False


def _skip_soft(toks: Sequence[str], index: int) -> int:
    while index < len(toks) and toks[index] in _SOFT:
        index += 1
    return index


def _list_item_follows(toks: Sequence[str], index: int) -> bool:
    """Whether the words from ``index`` to the next boundary look like one more list item."""
    item: list[str] = []
    while index < len(toks) and toks[index] not in _SOFT and toks[index] not in _HARD:
        item.append(toks[index])
        index += 1
    return (
        0 < len(item) <= MAX_LIST_ITEM_WORDS
        and not (set(item) & (_SUBJECTS | _VERBS))
        and not _YEAR.match(item[0])
    )


def _mark_other_person(
    toks: Sequence[str], marks: list[int], sex: str, narrator_is_patient: bool
) -> None:
    """Words about someone else: "my husband had chest pain last year", "mum had a clot"."""
    index = 0
    while index < len(toks):
        family = _longest(toks, index, _FAMILY_TABLE)
        if family:
            _mark_to_first_person(toks, marks, 0, index)
            _mark_to_first_person(toks, marks, index + family, len(toks))
            index += family
            continue
        tok = toks[index]
        if tok in _RELATIONS and _is_someone_else(toks, index, sex, narrator_is_patient):
            _mark_to_first_person(toks, marks, index + 1, len(toks))
        index += 1


def _is_someone_else(toks: Sequence[str], at: int, sex: str, narrator_is_patient: bool) -> bool:
    before = toks[at - 1] if at else ""
    after = toks[at + 1] if at + 1 < len(toks) else ""
    if before not in _POSSESSIVES and after not in ("had", "has", "died", "was"):
        return False
    if after in _REPORTING:
        return False  # "my husband says I kick in my sleep" is about me
    gender = _RELATIONS[toks[at]]
    if gender and sex and gender != sex:
        return True
    rest = set(toks[at + 1 :])
    return narrator_is_patient or bool(rest & _HISTORY) or any(_YEAR.match(t) for t in rest)


def _mark_to_first_person(toks: Sequence[str], marks: list[int], start: int, end: int) -> None:
    for index in range(start, end):
        tok = toks[index]
        if tok in _FIRST_PERSON_RESUMES or tok == "but":
            return
        if tok == "my" and index + 1 < len(toks) and toks[index + 1] not in _RELATIONS:
            return
        marks[index] |= OTHER_PERSON


_BOTH_SIDES = frozenset(
    {
        "both",
        "either",
        "alternate",
        "alternates",
        "alternating",
        "each",
        "bilateral",
        "switches",
        "swaps",
    }
)
_NOT_THE_OTHER_LEG = frozenset(
    {"day", "days", "week", "night", "time", "things", "people", "symptoms"}
)
_LIMBS = frozenset({"leg", "calf", "side", "foot", "thigh", "ankle", "knee", "shin"})
_NOT_A_SIDE = frozenset({"now", "away", "after", "before", "there", "here", "then", "thing"})


def laterality(words: Sequence[str]) -> str | None:
    """``"one"`` for one leg ("left calf", "one leg"), ``"both"`` for both or alternating legs
    ("sometimes one leg, sometimes the other", "both calves"), else ``None``. Blank (marked)
    words are ignored."""
    present = [word for word in words if word]
    if _BOTH_SIDES & set(present) or _the_other_leg(present):
        return "both"
    for index, word in enumerate(present):
        after = present[index + 1] if index + 1 < len(present) else ""
        before = present[index - 1] if index else ""
        if word in ("left", "right") and after not in _NOT_A_SIDE and before != "all":
            return "one"
        if word in ("unilateral", "unilaterally"):
            return "one"
        if word == "one" and (after in _LIMBS or before == "only"):
            return "one"
        if word == "other" and set(present[max(0, index - 2) : index]) & _COMPARING:
            return "one"  # "bigger than the other", "twice the size of the other one"
    return None


def _the_other_leg(words: Sequence[str]) -> bool:
    """ "sometimes one, sometimes the other", but not "the other day" and not a comparison
    ("twice the size of the other one" says one leg)."""
    for index, word in enumerate(words):
        if word != "other":
            continue
        after = words[index + 1] if index + 1 < len(words) else ""
        before = set(words[max(0, index - 2) : index])
        if after not in _NOT_THE_OTHER_LEG and not before & _COMPARING:
            return True
    return False


_COMPARING = frozenset({"than", "of", "to", "with", "as"})
