"""`crampcheck check`: an interview in the terminal, then the assessment as `assess` shows it.

It starts from the person's own words, asks only what is still unknown (the result's
``questions``, one at a time, most important first) and stops as soon as the answer is an
emergency. Keyboard only; every question takes "?" for "I don't know" and "done" to see the result
now. Ctrl-C (or Ctrl-D) never shows a traceback: it offers to save the answers, and
``--answers FILE`` carries on from them.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any

import typer

from crampcheck.cli.app import app
from crampcheck.cli.output import fail
from crampcheck.errors import CrampcheckError

DEFAULT_SAVE = "crampcheck-answers.json"
DONE_WORDS = frozenset({"done", "stop", "finish", "result"})
DONT_KNOW_WORDS = frozenset({"?", "unknown", "dont know", "don't know", "i don't know", "idk"})
YES_WORDS = frozenset({"y", "yes", "yeah", "yep"})
NO_WORDS = frozenset({"n", "no", "nope"})
MAX_DESCRIPTION = 20_000

Ask = Callable[[str], str]


class Finished(Exception):
    """The person typed "done": show the result now."""


@app.command("check")
def check_command(
    answers: Annotated[
        Path | None,
        typer.Option("--answers", help="Carry on from answers saved earlier (a case JSON file)."),
    ] = None,
    age: Annotated[float | None, typer.Option("--age", help="Age in years (14+).")] = None,
    sex: Annotated[str | None, typer.Option("--sex", help="female or male.")] = None,
) -> None:
    """Answer a few questions about your leg cramps, then see the assessment.

    Starts from your own words and asks only what is still unknown, most important (warning
    signs) first. Type ? for "I don't know" and done to see the result straight away. Ctrl-C
    offers to save your answers; carry on later with --answers FILE.

    Example:

        crampcheck check

        crampcheck check --answers crampcheck-answers.json
    """
    document = _start(answers, age, sex)
    try:
        result = interview(document, input)
    except (KeyboardInterrupt, EOFError):
        _offer_to_save(document, answers)
        raise typer.Exit(130) from None
    except CrampcheckError as error:
        fail(error.message, kind=type(error).__name__)
    from crampcheck.cli.assess_render import render

    print()
    render(result)


def _start(path: Path | None, age: float | None, sex: str | None) -> dict[str, Any]:
    document: dict[str, Any] = {}
    if path is not None:
        document = _load(path)
    profile = document.setdefault("profile", {})
    if age is not None:
        profile["age"] = age
    if sex is not None:
        profile["sex"] = sex
    document.setdefault("answers", {})
    return document


def _load(path: Path) -> dict[str, Any]:
    if not path.is_file():
        fail(f"no such answers file: {path}")
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        fail(f"cannot read {path}: {error}")
    if not isinstance(document, dict) or not isinstance(document.get("answers", {}), dict):
        fail(f"{path} is not a saved crampcheck check (a JSON case object with answers)")
    if not isinstance(document.get("profile", {}), dict):
        fail(f"{path}: profile must be an object with age and sex")
    return document


def interview(document: dict[str, Any], ask: Ask) -> dict[str, Any]:
    """Fill ``document`` in by asking; return the final assessment result."""
    from crampcheck.schemas.cases import assess_document

    print('crampcheck check - not a diagnosis. Type ? for "I don\'t know", done to finish.\n')
    if "description" not in document:
        text = ask("Tell me in your own words what is happening with your legs:\n> ").strip()
        document["description"] = text[:MAX_DESCRIPTION]
    _ask_profile(document["profile"], ask)
    number = len(document["answers"])
    while True:
        result = assess_document(document)
        if result["triage"] == "emergency" or not result["questions"]:
            return result
        question = result["questions"][0]
        number += 1
        try:
            document["answers"][question["id"]] = ask_question(question, number, ask)
        except Finished:
            left = len(result["questions"])
            print(f"\n{left} question(s) left unanswered; their answers could change this result.")
            return result


def _ask_profile(profile: dict[str, Any], ask: Ask) -> None:
    while not _valid_age(profile.get("age")):
        reply = ask("How old are you (years)? ").strip()
        try:
            profile["age"] = float(reply)
        except ValueError:
            print("  Please give your age as a number, e.g. 58.")
            continue
        if not _valid_age(profile["age"]):
            print("  crampcheck is for people aged 14 to 120.")
    while profile.get("sex") not in ("female", "male"):
        reply = ask("Sex (female or male)? ").strip().lower()
        profile["sex"] = {"f": "female", "m": "male"}.get(reply, reply)
        if profile["sex"] not in ("female", "male"):
            print("  Please type female or male (the reference intakes are split by sex).")
    if profile["sex"] == "male":
        profile.pop("pregnant", None)


def _valid_age(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and 14 <= value <= 120


def ask_question(question: dict[str, Any], number: int, ask: Ask) -> Any:
    """Ask until the reply fits the question; "?" is "unknown", "done" raises :class:`Finished`."""
    print(f"\nQuestion {number}: {question['text']}")
    print(f"  Why I ask: {question['why']} ({', '.join(question['citations'])})")
    options = question.get("options") or []
    for index, option in enumerate(options, start=1):
        print(f"  {index}. {option}")
    prompt = _prompt(question)
    while True:
        reply = " ".join(ask(prompt).split())
        value, problem = parse_reply(question, reply)
        if problem is None:
            return value
        print(f"  {problem}")


def _prompt(question: dict[str, Any]) -> str:
    kind = question["answer_type"]
    if kind == "yes_no":
        return "[y]es / [n]o / [?] I don't know > "
    if kind == "choice":
        return f"number 1-{len(question['options'])} / [?] I don't know > "
    if kind == "number":
        return f"a number ({question.get('unit') or 'number'}) / [?] I don't know > "
    if kind == "date":
        return "a date like 2026-03-01 / [?] I don't know > "
    return "your answer / [?] I don't know > "


def parse_reply(question: dict[str, Any], reply: str) -> tuple[Any, str | None]:
    """(answer value, None) or (None, what to type instead)."""
    text = reply.strip().lower()
    if text in DONE_WORDS:
        raise Finished
    if text in DONT_KNOW_WORDS:
        return "unknown", None
    kind = question["answer_type"]
    if kind == "yes_no":
        if text in YES_WORDS or text in NO_WORDS:
            return ("yes" if text in YES_WORDS else "no"), None
        return None, "Please type y, n or ? (I don't know)."
    if kind == "choice":
        options = question["options"]
        if text.isdigit() and 1 <= int(text) <= len(options):
            return options[int(text) - 1], None
        match = [o for o in options if o.lower() == text]
        return (match[0], None) if match else (None, f"Please type 1-{len(options)} or ?.")
    if kind == "number":
        return _number_reply(question, text)
    if kind == "date":
        from datetime import date

        try:
            return date.fromisoformat(text).isoformat(), None
        except ValueError:
            return None, "Please type the date like 2026-03-01, or ?."
    if not text:
        return None, "Please type an answer, or ? if you don't know."
    return reply.strip()[:500], None


def _number_reply(question: dict[str, Any], text: str) -> tuple[Any, str | None]:
    try:
        value = float(text.replace(",", "."))
    except ValueError:
        return None, "Please type a number, or ? if you don't know."
    low = question.get("min")
    high = question.get("max")
    low = float("-inf") if low is None else low
    high = float("inf") if high is None else high
    if value != value or not low <= value <= high:
        return None, f"Please type a number from {low:g} to {high:g}."
    return value, None


def _offer_to_save(document: dict[str, Any], path: Path | None) -> None:
    """After Ctrl-C: offer to save, without a traceback even if interrupted again."""
    try:
        print("\n\nStopped. Nothing was sent anywhere.")
        if not document.get("description") and not document.get("answers"):
            return
        reply = input("Save your answers so you can carry on later? [y/N] ").strip().lower()
        if reply not in YES_WORDS:
            return
        default = str(path or DEFAULT_SAVE)
        name = input(f"File name [{default}]: ").strip() or default
        Path(name).write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n", "utf-8")
        print(f"Saved. Carry on with: crampcheck check --answers {name}")
    except (KeyboardInterrupt, EOFError):
        print("\nNot saved.")
    except OSError as error:
        sys.stderr.write(f"Error: could not save the answers: {error}\n")
