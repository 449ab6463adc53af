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
    assert "right calf" in page.locator("ul.entries").first.inner_text()
    assert page.locator(".calendar td.cramp").count() == 1
    page.get_by_label("What you ate").fill("porridge with milk and a banana")
    page.get_by_role("button", name="Save food").click()
    page.wait_for_selector("text=porridge with milk and a banana")
    shots(page, "diary")


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
