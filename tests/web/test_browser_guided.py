"""End-to-end: the guided check in Debian's Chromium against a real uvicorn, with htmx and
without JavaScript (fixtures from test_browser.py)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from tests.web import test_browser as base

pytestmark = base.pytestmark
browser = base.browser
live_server = base.live_server
shots = base.shots
new_page = base.new_page


def test_guided_check_one_question_at_a_time(
    browser: Any, live_server: Callable[[str], str], shots: Any
) -> None:
    url = live_server("local")
    page = new_page(browser)
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.goto(url + "/assess/guided")
    page.get_by_label("in your own words").fill("my leg hurts and keeps cramping")
    page.get_by_label("Age").fill("45")
    page.get_by_label("Sex", exact=True).select_option("female")
    page.get_by_role("button", name="Next").click()
    first = page.wait_for_selector("#question-text")
    assert "swollen" in first.inner_text()
    shots(page, "guided-question")
    page.get_by_role("button", name="No", exact=True).click()
    page.wait_for_selector("#question-text:has-text('urine')")
    page.get_by_role("button", name="I don't know").click()
    page.wait_for_selector("#question-text:has-text('cold, pale')")
    page.get_by_role("button", name="Show my result now").click()
    banner = page.wait_for_selector("#triage")
    assert "Emergency" not in banner.inner_text()
    assert page.url == url + "/assess/guided"  # swapped in place by htmx
    assert "Your answers so far (2)" in page.inner_text("#guided")
    assert errors == []
    shots(page, "guided-result")

    plain = browser.new_context(java_script_enabled=False).new_page()
    plain.goto(url + "/assess/guided")
    plain.get_by_label("in your own words").fill("my calf is sore since my knee op")
    plain.get_by_label("Age").fill("60")
    plain.get_by_label("Sex", exact=True).select_option("male")
    plain.get_by_role("button", name="Next").click()
    plain.wait_for_selector("#question-text")
    plain.get_by_role("button", name="Yes", exact=True).click()
    alert = plain.wait_for_selector("#triage")
    assert "Emergency" in alert.inner_text()
    shots(plain, "guided-emergency-no-js")


def test_the_long_form_goes_on_with_the_questions(
    browser: Any, live_server: Callable[[str], str], shots: Any
) -> None:
    url = live_server("local")
    page = new_page(browser)
    page.goto(url + "/assess")
    page.get_by_label("Age").fill("58")
    page.get_by_label("Sex", exact=True).select_option("female")
    page.get_by_label("Anything else, in your own words").fill("my calf hurts")
    page.get_by_role("button", name="Assess").click()
    page.wait_for_selector("#triage")
    question = page.wait_for_selector("#result #question-text")
    assert "swollen" in question.inner_text()
    page.get_by_role("button", name="No", exact=True).click()
    page.wait_for_selector("#result #question-text:has-text('urine')")
    assert page.url == url + "/assess"
    shots(page, "assess-follow-up")
