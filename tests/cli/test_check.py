"""`crampcheck check`: replies are read tolerantly, and a real terminal (a pty) drives the whole
interview: emergency stops it, Ctrl-C offers to save without a traceback, --answers resumes."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any

import pytest

from crampcheck.cli.check import Finished, parse_reply
from tests.pty_session import PtySession

ROOT = Path(__file__).resolve().parents[2]
YES_NO = {"answer_type": "yes_no"}
CHOICE = {"answer_type": "choice", "options": ["at night or in bed", "at any time"]}
NUMBER = {"answer_type": "number", "min": 0, "max": 100}
DATE = {"answer_type": "date"}
TEXT = {"answer_type": "text"}


@pytest.mark.parametrize(
    ("question", "reply", "value"),
    [
        (YES_NO, "y", "yes"),
        (YES_NO, "YES", "yes"),
        (YES_NO, "n", "no"),
        (YES_NO, "?", "unknown"),
        (YES_NO, "I don't know", "unknown"),
        (CHOICE, "2", "at any time"),
        (CHOICE, "at night or in bed", "at night or in bed"),
        (CHOICE, "?", "unknown"),
        (NUMBER, "15", 15.0),
        (NUMBER, "1,5", 1.5),
        (DATE, "2026-11-02", "2026-11-02"),
        (TEXT, "omeprazole for 5 years", "omeprazole for 5 years"),
    ],
)
def test_replies_are_read(question: dict[str, Any], reply: str, value: Any) -> None:
    assert parse_reply(question, reply) == (value, None)


@pytest.mark.parametrize(
    ("question", "reply", "hint"),
    [
        (YES_NO, "maybe", "y, n or ?"),
        (CHOICE, "7", "1-2"),
        (NUMBER, "lots", "a number"),
        (NUMBER, "500", "from 0 to 100"),
        (NUMBER, "nan", "from 0 to 100"),
        (DATE, "last week", "2026-03-01"),
        (TEXT, "", "type an answer"),
    ],
)
def test_bad_replies_say_what_to_type(question: dict[str, Any], reply: str, hint: str) -> None:
    value, problem = parse_reply(question, reply)
    assert value is None
    assert problem is not None
    assert hint in problem


def test_done_finishes_early() -> None:
    with pytest.raises(Finished):
        parse_reply(YES_NO, "done")


def start(tmp_path: Path, *args: str) -> PtySession:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "TERM": "dumb", "COLUMNS": "100"}
    env.pop("CRAMPCHECK_DEBUG", None)
    argv = [sys.executable, "-m", "crampcheck", "check", *args]
    return PtySession(argv, env, str(tmp_path))


def describe(session: PtySession, text: str, age: str = "45", sex: str = "female") -> None:
    session.expect(r"in your own words")
    session.send(text)
    session.expect(r"How old are you")
    session.send("forty")
    session.expect(r"as a number")
    session.send(age)
    session.expect(r"Sex \(female or male\)")
    session.send(sex)


def answer_all(session: PtySession, policy: str) -> list[str]:
    """Answer every question until the result appears; returns the questions' texts."""
    asked: list[str] = []
    while True:
        match = session.expect(r"Question \d+: (.*)\n|(SELF-CARE|SEE A DOCTOR|EMERGENCY)")
        if match.group(2):
            return asked
        asked.append(match.group(1))
        prompt = session.expect(
            r"\[y\]es / \[n\]o|number 1-\d+|a number \(|a date like|your answer"
        )
        session.send(policy if prompt.group(0).startswith("[y]es") else "?")


def test_a_full_interview_in_a_terminal(tmp_path: Path) -> None:
    session = start(tmp_path)
    describe(session, "my leg hurts and keeps cramping")
    asked = answer_all(session, "n")
    assert session.wait() == 0
    assert len(asked) >= 10
    assert len(asked) == len(set(asked))
    assert "swollen, warm, red or darker" in asked[0]
    assert "EMERGENCY" not in session.output
    assert "What may be contributing" in session.output
    assert "not a diagnosis" in session.output
    assert "Traceback" not in session.output


def test_yes_to_a_warning_sign_stops_at_once_with_the_emergency(tmp_path: Path) -> None:
    session = start(tmp_path, "--age", "52", "--sex", "male")
    session.expect(r"in your own words")
    session.send("my calf has been sore for 2 days since my knee op")
    session.expect(r"Question 1: Is one calf or leg swollen")
    session.expect(r"\[y\]es")
    session.send("y")
    session.expect(r"EMERGENCY: GET MEDICAL HELP NOW")
    assert session.wait() == 0
    assert "Question 2" not in session.output
    assert "blood clot" in session.output


def test_ctrl_c_offers_to_save_and_answers_resume(tmp_path: Path) -> None:
    session = start(tmp_path)
    describe(session, "cramps in both calves at night <b>&amp;</b>", age="60")
    for _ in range(3):
        session.expect(r"\[y\]es / \[n\]o")
        session.send("n")
    session.expect(r"Question 4: (.*)\n")
    session.interrupt()
    session.expect(r"Save your answers so you can carry on later\? \[y/N\]")
    session.send("y")
    session.expect(r"File name \[crampcheck-answers.json\]")
    session.send("")
    session.expect(r"Saved. Carry on with: crampcheck check --answers crampcheck-answers.json")
    assert session.wait() == 130
    assert "Traceback" not in session.output
    saved = json.loads((tmp_path / "crampcheck-answers.json").read_text(encoding="utf-8"))
    assert saved["description"] == "cramps in both calves at night <b>&amp;</b>"
    assert saved["profile"] == {"age": 60.0, "sex": "female"}
    assert list(saved["answers"].values()) == ["no", "no", "no"]

    again = start(tmp_path, "--answers", "crampcheck-answers.json")
    match = again.expect(r"Question (\d+): ")
    assert match.group(1) == "4"
    assert "in your own words" not in again.output
    assert "How old" not in again.output
    again.expect(r"> ")
    again.send("done")
    again.expect(r"question\(s\) left unanswered")
    again.expect(r"not a diagnosis")
    assert again.wait() == 0


def test_ctrl_c_at_the_first_prompt_and_again_while_saving(tmp_path: Path) -> None:
    session = start(tmp_path, "--age", "40", "--sex", "male")
    session.expect(r"in your own words")
    session.interrupt()
    session.expect(r"Stopped")
    assert session.wait() == 130
    session = start(tmp_path, "--age", "40", "--sex", "male")
    session.expect(r"in your own words")
    session.send("cramps")
    session.expect(r"Question 1")
    session.interrupt()
    session.expect(r"Save your answers")
    session.interrupt()
    session.expect(r"Not saved")
    assert session.wait() == 130
    assert "Traceback" not in session.output
    assert not (tmp_path / "crampcheck-answers.json").exists()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("not json", "cannot read"),
        ("[1, 2]", "not a saved crampcheck check"),
        ('{"answers": "yes"}', "not a saved crampcheck check"),
        ('{"profile": 3}', "profile must be an object"),
    ],
)
def test_a_bad_answers_file_is_one_line_error(tmp_path: Path, content: str, message: str) -> None:
    import subprocess

    path = tmp_path / "saved.json"
    path.write_text(content, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "crampcheck", "check", "--answers", str(path)],
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        cwd=ROOT,
        timeout=60,
    )
    assert done.returncode == 2
    assert done.stderr.startswith("Error: ")
    assert message in done.stderr
    assert "Traceback" not in done.stderr
