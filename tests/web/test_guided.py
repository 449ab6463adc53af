"""The guided check (web) and the REST side of follow-up questions, through the real app."""

from __future__ import annotations

import html
import re
from typing import Any

import pytest
from fastapi.testclient import TestClient

HTMX = {"hx-request": "true"}
SCRIPT = "<script>alert(1)</script>"


def csrf(client: TestClient) -> str:
    page = client.get("/assess/guided")
    match = re.search(r'name="csrf_token" value="([^"]+)"', page.text)
    assert match
    return match.group(1)


def field(body: str, name: str) -> str:
    match = re.search(rf'name="{name}" value="([^"]*)"', body)
    assert match, f"no {name} field"
    return html.unescape(match.group(1))


def question_text(body: str) -> str:
    match = re.search(r'id="question-text">(.*?)</legend>', body)
    assert match, body[:2000]
    return html.unescape(match.group(1))


def describe(client: TestClient, token: str, text: str, **extra: str) -> Any:
    form = {"csrf_token": token, "description": text, "age": "45", "sex": "female", **extra}
    return client.post("/assess/guided", data=form)


def answer(client: TestClient, token: str, body: str, **values: str) -> Any:
    form = {"csrf_token": token, "case": field(body, "case"), "question": field(body, "question")}
    return client.post("/assess/guided", data={**form, **values})


def test_the_guided_page_starts_with_your_own_words(client: TestClient) -> None:
    page = client.get("/assess/guided")
    assert page.status_code == 200
    assert "in your own words" in page.text
    assert 'hx-post="/assess/guided"' in page.text
    assert 'action="/assess/guided"' in page.text
    assert 'href="/assess/guided"' in client.get("/assess").text


def test_without_javascript_one_question_per_page_then_the_result(client: TestClient) -> None:
    token = csrf(client)
    r = describe(client, token, "my leg hurts and keeps cramping")
    assert r.status_code == 200
    assert "<html" in r.text
    assert "swollen, warm, red or darker" in question_text(r.text)
    assert r.text.count('id="question-text"') == 1
    seen = [question_text(r.text)]
    for _ in range(60):
        if 'id="question-text"' not in r.text:
            break
        is_yes_no = 'name="answer" value="yes"' in r.text
        r = answer(client, token, r.text, **({"answer": "no"} if is_yes_no else {"dont_know": "1"}))
        assert r.status_code == 200
        if 'id="question-text"' in r.text:
            assert question_text(r.text) not in seen, "a question was asked twice"
            seen.append(question_text(r.text))
    assert 'id="triage"' in r.text
    assert "Emergency" not in r.text
    assert "Your answers so far" in r.text
    assert len(seen) >= 10


def test_htmx_gets_the_fragment_and_yes_to_dvt_is_an_emergency(client: TestClient) -> None:
    token = csrf(client)
    r = describe(client, token, "my calf hurts")
    r = client.post(
        "/assess/guided",
        data={
            "csrf_token": token,
            "case": field(r.text, "case"),
            "question": "dvt_one_leg_swollen",
            "answer": "yes",
        },
        headers=HTMX,
    )
    assert r.status_code == 200
    assert "<html" not in r.text
    assert 'class="triage triage-emergency"' in r.text
    assert 'role="alert"' in r.text
    assert 'id="question-text"' not in r.text


def test_i_dont_know_and_empty_answers(client: TestClient) -> None:
    token = csrf(client)
    first = describe(client, token, "legs cramp")
    empty = answer(client, token, first.text, answer="")
    assert question_text(empty.text) == question_text(first.text)
    assert "choose “I don't know”" in html.unescape(empty.text)
    skipped = answer(client, token, first.text, dont_know="1")
    assert question_text(skipped.text) != question_text(first.text)
    assert '"unknown"' in field(skipped.text, "case")


def test_a_number_that_cannot_be_used_is_asked_again(client: TestClient) -> None:
    token = csrf(client)
    r = describe(client, token, "cramps", question="x")
    case = field(r.text, "case").replace(
        '"answers": {}', '"answers": {"dvt_one_leg_swollen": "no"}'
    )
    form = {"csrf_token": token, "case": case, "question": "cramp_minutes", "answer": "-4"}
    r = client.post("/assess/guided", data=form)
    assert "That answer could not be used (expected a number from 0" in r.text
    assert "How many minutes" in r.text


def test_show_my_result_now_ends_early_and_offers_the_next_question(client: TestClient) -> None:
    token = csrf(client)
    first = describe(client, token, "my leg hurts")
    done = answer(client, token, first.text, finish="1")
    assert 'id="triage"' in done.text
    assert "A few questions would make this more precise" in done.text
    assert question_text(done.text) == question_text(first.text)
    go_on = answer(client, token, done.text, answer="no")
    assert question_text(go_on.text) != question_text(first.text)


def test_the_long_form_result_goes_on_with_the_questions(client: TestClient) -> None:
    token = csrf(client)
    form = {"csrf_token": token, "age": "60", "sex": "male", "description": "sore calf"}
    r = client.post("/assess", data=form, headers=HTMX)
    assert r.status_code == 200
    assert r.text.index('id="triage"') < r.text.index('id="question-text"')
    assert 'hx-target="closest section"' in r.text
    r = answer(client, token, r.text, answer="yes")
    assert 'class="triage triage-emergency"' in r.text


@pytest.mark.parametrize(
    ("form", "message"),
    [
        ({"age": "", "sex": "female"}, "give your age and sex"),
        ({"age": "old", "sex": "female"}, "is not a number of years"),
        ({"age": "7", "sex": "female"}, "ages 14 and over"),
        ({"case": "{not json"}, "could not be read"),
        ({"case": "[1, 2]"}, "could not be read"),
        ({"case": '{"answers": 3}'}, "could not be read"),
        ({"case": "x" * 70_000}, "too long"),
        ({"case": '{"answers": {}}'}, "profile"),
    ],
)
def test_bad_input_is_a_message_not_a_crash(
    client: TestClient, form: dict[str, str], message: str
) -> None:
    r = client.post("/assess/guided", data={"csrf_token": csrf(client), **form})
    assert r.status_code in (400, 413, 422), r.status_code
    assert message in html.unescape(r.text)
    assert 'role="alert"' in r.text


def test_the_guided_form_needs_the_csrf_token(client: TestClient) -> None:
    csrf(client)
    r = client.post("/assess/guided", data={"description": "x", "age": "40", "sex": "male"})
    assert r.status_code == 403


def test_hostile_text_is_escaped_in_every_step(client: TestClient) -> None:
    token = csrf(client)
    r = describe(client, token, f'"><b>x</b>{SCRIPT}')
    assert SCRIPT not in r.text
    assert '"><b>x</b>' not in r.text
    assert field(r.text, "case").count(SCRIPT) == 1  # kept, escaped in the attribute
    tampered = {
        "csrf_token": token,
        "case": field(r.text, "case"),
        "question": SCRIPT,
        "answer": SCRIPT,
    }
    r = client.post("/assess/guided", data=tampered)
    assert r.status_code == 200
    assert SCRIPT not in r.text
    r = describe(client, token, "cramps", age=SCRIPT)
    assert r.status_code == 422
    assert SCRIPT not in r.text


def test_rest_returns_questions_and_accepts_answers(client: TestClient) -> None:
    case: dict[str, Any] = {"profile": {"age": 45, "sex": "female"}, "description": "my leg hurts"}
    first = client.post("/api/v1/assess", json=case).json()
    assert first["questions"][0]["id"] == "dvt_one_leg_swollen"
    assert first["questions"][0]["answer_type"] == "yes_no"
    answered = client.post(
        "/api/v1/assess", json={**case, "answers": {"dvt_one_leg_swollen": "yes"}}
    )
    assert answered.status_code == 200
    assert answered.json()["triage"] == "emergency"
    bank = client.get("/api/v1/questions").json()
    assert {q["id"] for q in first["questions"]} <= {q["id"] for q in bank}
    assert all(q["citations"] for q in bank)
    schema = client.get("/openapi.json").json()
    assert "/api/v1/questions" in schema["paths"]
    assert "questions" in schema["components"]["schemas"]["AssessOut"]["properties"]
