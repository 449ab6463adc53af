"""End-to-end: Playwright drives Debian's Chromium against a real uvicorn on 127.0.0.1.

Skipped when /usr/bin/chromium (or playwright) is missing. Screenshots go to
``$CRAMPCHECK_TEST_SCREENSHOTS`` (default: the test's tmp directory).
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's /usr/bin/chromium"),
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def live_server(tmp_path: Path) -> Iterator[Callable[[str], str]]:
    """Start ``crampcheck serve``-equivalent uvicorn processes; returns their base URLs."""
    procs: list[subprocess.Popen[bytes]] = []

    def start(mode: str) -> str:
        port = free_port()
        env = {
            **os.environ,
            "CRAMPCHECK_WEB_MODE": mode,
            "CRAMPCHECK_DATABASE_URL": f"sqlite:///{tmp_path / f'{mode}.db'}",
            "PYTHONPATH": str(Path(__file__).resolve().parents[2]),
        }
        cmd = [sys.executable, "-m", "uvicorn", "crampcheck.web.app:app_from_env", "--factory"]
        cmd += ["--host", "127.0.0.1", "--port", str(port), "--log-level", "warning"]
        procs.append(subprocess.Popen(cmd, env=env))
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                if httpx.get(url + "/healthz", timeout=1).status_code == 200:
                    return url
            except httpx.HTTPError:
                time.sleep(0.1)
        raise RuntimeError("the server did not start")

    yield start
    for proc in procs:
        proc.terminate()
        proc.wait(timeout=10)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield b
        b.close()


@pytest.fixture
def shots(tmp_path: Path) -> Callable[[Any, str], Path]:
    folder = Path(os.environ.get("CRAMPCHECK_TEST_SCREENSHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)

    def take(page: Any, name: str) -> Path:
        path = folder / f"{name}.png"
        page.screenshot(path=str(path), full_page=True)
        assert path.stat().st_size > 1000
        return path

    return take


def new_page(browser: Any, phone: bool = False) -> Any:
    size = {"width": 390, "height": 844} if phone else {"width": 1200, "height": 900}
    return browser.new_context(viewport=size).new_page()


def test_quick_check(browser: Any, live_server: Callable[[str], str], shots: Any) -> None:
    url = live_server("local")
    page = new_page(browser)
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.goto(url + "/")
    assert page.evaluate("typeof htmx") == "object"
    page.get_by_label("Your food for one day").fill(
        "a bowl of muesli with yogurt, two kiwis, a handful of walnuts and a glass of milk"
    )
    page.get_by_label("Age").fill("45")
    page.get_by_label("Sex").select_option("female")
    page.get_by_role("button", name="Check my food").click()
    page.wait_for_selector("#intake-result")
    table = page.locator("table.nutrients")
    assert "Magnesium" in table.inner_text()
    assert page.locator(".bar span").count() >= 8
    assert page.url == url + "/"  # swapped in place by htmx, no reload
    assert errors == []  # no CSP violation, no script error
    shots(page, "quick-check")
    page.get_by_label("Your food for one day").fill("   ")  # passes `required`, not the server
    page.get_by_role("button", name="Check my food").click()
    alert = page.wait_for_selector("#result [role=alert]")
    assert "the diary is empty" in alert.inner_text()
    phone = new_page(browser, phone=True)
    phone.goto(url + "/")
    phone.get_by_label("Your food for one day").fill("two eggs, toast with butter, a banana")
    phone.keyboard.press("Tab")
    phone.get_by_role("button", name="Check my food").click()
    phone.wait_for_selector("#intake-result")
    shots(phone, "quick-check-phone")


def test_assessment_with_emergency_sign(
    browser: Any, live_server: Callable[[str], str], shots: Any
) -> None:
    url = live_server("local")
    page = new_page(browser)
    page.goto(url + "/assess")
    page.get_by_label("Age").fill("52")
    page.get_by_label("Sex", exact=True).select_option("male")
    page.get_by_label("Where").fill("left calf")
    page.get_by_label("Minutes each time").fill("1440")
    page.get_by_label("One calf swollen, warm or red").check()
    page.get_by_role("button", name="Assess").click()
    banner = page.wait_for_selector("#triage")
    assert "Emergency" in banner.inner_text()
    assert page.get_by_role("alert").count() >= 1
    banner.scroll_into_view_if_needed()
    shots(page, "assessment-emergency")


def test_log_a_cramp_and_see_it(
    browser: Any, live_server: Callable[[str], str], shots: Any
) -> None:
    url = live_server("local")
    page = new_page(browser)
    page.goto(url + "/diary")
    page.get_by_label("Age").fill("58")
    page.get_by_label("Sex").select_option("female")
    page.get_by_role("button", name="Create profile").click()
    page.wait_for_selector("text=Log a cramp")
    page.get_by_label("Severity (0-10)").fill("7")
    page.get_by_label("Minutes").fill("4")
    page.get_by_label("Where").fill("right calf")
    page.get_by_role("button", name="Save cramp").click()
    page.wait_for_selector("text=severity 7/10")
    assert "right calf" in page.locator(".notice").first.inner_text()
    assert page.locator(".calendar td.cramp").count() == 1
    page.get_by_label("What you ate").fill("porridge with milk and a banana")
    page.get_by_role("button", name="Save food").click()
    page.wait_for_selector("text=porridge with milk and a banana")
    shots(page, "diary")


OVERFLOW = "document.documentElement.scrollWidth - document.documentElement.clientWidth"
TARGETS = "a, button, input, select, textarea, summary"
SMALL_TARGETS = f"""() => [...document.querySelectorAll('{TARGETS}')]
  .filter(e => e.offsetParent !== null && e.type !== 'hidden' && e.type !== 'checkbox')
  .filter(e => !e.closest('.calendar, .skip') && !e.closest('p, li, td, small'))
  .filter(e => e.getBoundingClientRect().height < 43.5)
  .map(e => e.outerHTML.slice(0, 80))"""


def test_phone_log_edit_delete_restore_and_no_overflow(
    browser: Any, live_server: Callable[[str], str], shots: Any
) -> None:
    url = live_server("local")
    page = new_page(browser, phone=True)
    page.goto(url + "/diary")
    page.get_by_label("Age").fill("58")
    page.get_by_label("Sex").select_option("female")
    page.get_by_role("button", name="Create profile").click()
    page.wait_for_selector("text=Your charts start here")  # a first-use prompt, no empty charts
    shots(page, "phone-diary-first-use")
    page.get_by_label("Severity (0-10)").fill("12")  # refused by the browser's own check
    page.get_by_label("Severity (0-10)").evaluate("e => e.removeAttribute('max')")
    page.get_by_label("Where").fill("left calf")
    page.get_by_role("button", name="Save cramp").click()
    error = page.wait_for_selector("#err-cramps")
    assert "severity" in error.inner_text()
    assert "10" in error.inner_text()
    assert page.get_by_label("Where").input_value() == "left calf"  # the input is kept
    shots(page, "phone-diary-error")
    page.get_by_label("Severity (0-10)").fill("7")
    page.get_by_role("button", name="Save cramp").click()
    page.wait_for_selector(".notice >> text=severity 7/10")
    page.get_by_label("What you ate").fill("porridge with milk, a banana and some xqzvt")
    page.get_by_role("button", name="Save food").click()
    page.get_by_role("link", name="Change or delete it").click()
    page.wait_for_selector("ol.day-list")
    assert page.locator("ol.day-list > li").count() == 2
    page.locator(".kind-food details.read > summary").click()
    assert "not understood" in page.locator(".kind-food details.read").inner_text().lower()
    shots(page, "phone-day")
    cramp = page.locator(".kind-cramps")
    cramp.locator("details.edit > summary").click()
    cramp.get_by_label("Severity (0-10)").fill("4")
    cramp.get_by_role("button", name="Save changes").click()
    page.wait_for_selector(".kind-cramps >> text=severity 4/10")
    page.locator(".kind-cramps details.delete > summary").click()
    page.get_by_role("button", name="Yes, delete").click()
    page.wait_for_selector("form.undo")
    assert page.locator(".kind-cramps").count() == 0
    shots(page, "phone-day-undo")
    page.get_by_role("button", name="Undo").click()
    page.wait_for_selector(".kind-cramps >> text=severity 4/10")
    page.goto(url + "/api/v1/profiles/me/report")
    for path in (
        "/",
        "/assess",
        "/diary",
        "/foods?q=banana",
        "/docs",
        "/diary/day?profile=me",
        "/api/v1/profiles/me/report",
    ):
        for width in (390, 360):
            page.set_viewport_size({"width": width, "height": 844})
            page.goto(url + path)
            assert page.evaluate(OVERFLOW) <= 0, f"{path} overflows at {width} px"
        if not path.startswith(("/api", "/docs")):
            assert page.evaluate(SMALL_TARGETS) == [], path
        shots(page, "phone" + path.replace("/", "-").replace("?", "-").replace("=", "-"))


def test_server_mode_login(browser: Any, live_server: Callable[[str], str], shots: Any) -> None:
    url = live_server("server")
    page = new_page(browser)
    page.goto(url + "/diary")
    assert page.url.endswith("/login")
    page.get_by_label("User name").fill("ann")
    page.get_by_label("Password").fill("short")
    page.get_by_role("button", name="Create account").click()
    assert "at least 10 characters" in page.get_by_role("alert").inner_text()
    shots(page, "login-error")
    page.get_by_label("Password").fill("correct horse battery")
    page.get_by_role("button", name="Create account").click()
    page.wait_for_url(url + "/diary")
    page.get_by_label("Age").fill("40")
    page.get_by_label("Sex").select_option("male")
    page.get_by_role("button", name="Create profile").click()
    page.wait_for_selector("text=Log a cramp")
    assert page.get_by_role("button", name="Sign out").is_visible()
    shots(page, "server-diary")
    page.get_by_role("button", name="Sign out").click()
    page.wait_for_url(url + "/login")
    page.get_by_label("User name").fill("ann")
    page.get_by_label("Password").fill("correct horse battery")
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(url + "/diary")
    assert "Diary: me" in page.locator("h1").inner_text()


def test_keyboard_only_quick_check_and_suggestions(
    browser: Any, live_server: Callable[[str], str], shots: Any
) -> None:
    url = live_server("local")
    page = new_page(browser)
    page.goto(url + "/")
    page.keyboard.press("Tab")  # the skip link comes first
    assert page.evaluate("document.activeElement.textContent") == "Skip to content"
    page.keyboard.press("Enter")
    for _ in range(12):  # tab to the diary box
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.id") == "text":
            break
    assert page.evaluate("document.activeElement.id") == "text"
    page.keyboard.type("toast with butter and a cup of coffee")
    page.keyboard.press("Tab")
    page.keyboard.type("45")
    page.keyboard.press("Tab")
    page.keyboard.press("ArrowDown")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "locale"  # food words and sizes
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Check my food"
    page.keyboard.press("Enter")
    page.wait_for_selector("#intake-result")
    page.get_by_role("button", name="What could I eat to close the gaps?").focus()
    page.keyboard.press("Enter")
    page.wait_for_selector("#suggest-result")
    shots(page, "suggestions")


def test_foods_page(browser: Any, live_server: Callable[[str], str], shots: Any) -> None:
    url = live_server("local")
    page = new_page(browser)
    page.goto(url + "/foods")
    page.get_by_label("Richest in").select_option("magnesium")
    page.get_by_role("button", name="Show top foods").click()
    page.wait_for_selector("text=Top foods for magnesium")
    assert "nutrient=magnesium" in page.url  # hx-push-url keeps the URL shareable
    page.get_by_label("Search foods").fill("pumpkin seeds")
    page.get_by_role("button", name="Search").click()
    page.wait_for_selector("text=Foods matching")
    shots(page, "foods")


CRAFTED = (
    '"><div hx-post="/diary/profile/edit" '
    'hx-vals=\'{"action":"delete","confirm":"yes","profile":"victim"}\' '
    'hx-trigger="load"></div>'
)
"""The link of the security report: it deleted the profile "victim" before pages escaped."""


@pytest.mark.parametrize("field", ["q", "nutrient"])
def test_crafted_link_posts_nothing(
    browser: Any, live_server: Callable[[str], str], field: str
) -> None:
    from urllib.parse import urlencode

    url = live_server("local")
    profile = {"name": "victim", "age": 60, "sex": "female"}
    assert httpx.post(url + "/api/v1/profiles", json=profile).status_code == 201
    assert httpx.post(url + "/api/v1/profiles/victim/cramps", json={"severity": 5}).is_success
    page = new_page(browser)
    sent: list[str] = []
    page.on("request", lambda r: sent.append(f"{r.method} {r.url}") if r.method != "GET" else None)
    page.goto(f"{url}/foods?{urlencode({field: CRAFTED})}")
    page.wait_for_load_state("networkidle")
    page.wait_for_timeout(500)
    assert page.evaluate("typeof htmx") == "object"  # htmx ran, and found nothing to act on
    assert page.locator("div[hx-post]").count() == 0
    assert sent == []
    names = [p["name"] for p in httpx.get(url + "/api/v1/profiles").json()]
    assert names == ["victim"]
    assert len(httpx.get(url + "/api/v1/profiles/victim/cramps").json()) == 1


def test_quote_in_diary_text_reaches_suggestions_whole(
    browser: Any, live_server: Callable[[str], str]
) -> None:
    url = live_server("local")
    page = new_page(browser)
    page.goto(url + "/")
    page.get_by_label("Your food for one day").fill('a 12" pizza, a banana')
    page.get_by_label("Age").fill("45")
    page.get_by_label("Sex").select_option("female")
    page.get_by_role("button", name="Check my food").click()
    page.wait_for_selector("#intake-result")
    hidden = page.locator("form[action='/suggest'] input[name='text']")
    assert hidden.input_value() == 'a 12" pizza, a banana'


def test_swagger_ui_is_vendored_and_runs_under_the_strict_csp(
    browser: Any, live_server: Callable[[str], str], shots: Any
) -> None:
    url = live_server("local")
    page = new_page(browser)
    errors: list[str] = []
    hosts: set[str] = set()
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("request", lambda r: hosts.add(r.url.split("/")[2]))
    page.goto(url + "/docs/swagger")
    page.wait_for_selector(".opblock-summary-path", timeout=15_000)
    paths = page.locator(".opblock-summary-path").all_inner_texts()
    assert any("/api/v1/intake" in p for p in paths)
    assert hosts == {url.split("/")[2]}  # nothing from a CDN
    assert errors == []
    shots(page, "swagger")
