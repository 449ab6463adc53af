"""Server-rendered pages: forms, htmx fragments, CSRF, errors shown to people (never a 500)."""

from __future__ import annotations

import html
import re

import pytest
from fastapi.testclient import TestClient

from crampcheck.web import views

HTMX = {"HX-Request": "true"}


def csrf(client: TestClient, path: str = "/") -> str:
    page = client.get(path)
    match = re.search(r'name="csrf_token" value="([^"]+)"', page.text)
    assert match, page.text[:500]
    return match.group(1)


@pytest.mark.parametrize("path", ["/", "/assess", "/diary", "/foods", "/docs"])
def test_pages_render(client: TestClient, path: str) -> None:
    r = client.get(path)
    assert r.status_code == 200
    assert "text/html" in r.headers["content-type"]


def test_pages_are_accessible_basics(client: TestClient) -> None:
    html = client.get("/").text
    assert '<html lang="en">' in html
    assert 'name="viewport"' in html
    assert 'href="#main"' in html  # skip link
    assert '<label for="text">' in html
    assert 'aria-current="page"' in html
    assert "/static/htmx.min.js" in html
    assert "cdn" not in html.lower()


def test_static_files(client: TestClient) -> None:
    js = client.get("/static/htmx.min.js")
    assert js.status_code == 200
    assert 'version:"2.0.11"' in js.text
    assert client.get("/static/app.css").status_code == 200


def test_quick_check_fragment(client: TestClient) -> None:
    form = {"text": "two eggs and a banana", "age": "40", "sex": "female"}
    r = client.post("/check", data={**form, "csrf_token": csrf(client)}, headers=HTMX)
    assert r.status_code == 200
    assert "<html" not in r.text  # a fragment for htmx
    assert "Magnesium" in r.text
    assert "Bananas, raw" in r.text
    assert 'class="bar"' in r.text


def test_quick_check_shows_each_items_meal(client: TestClient) -> None:
    form = {
        "text": "Two eggs for breakfast at 7am. A banana for lunch.",
        "age": "40",
        "sex": "female",
    }
    r = client.post("/check", data={**form, "csrf_token": csrf(client)}, headers=HTMX)
    assert r.status_code == 200
    assert '<span class="tag meal">breakfast 7am</span>' in r.text
    assert '<span class="tag meal">lunch</span>' in r.text


def test_quick_check_without_javascript_is_a_whole_page(client: TestClient) -> None:
    r = client.post("/check", data={"text": "a banana", "csrf_token": csrf(client)})
    assert r.status_code == 200
    assert "<html" in r.text
    assert "Bananas, raw" in r.text
    assert "Add your age and sex" in r.text


@pytest.mark.parametrize(("locale", "grams"), [("en-US", "488 g"), ("en-GB", "586 g")])
def test_quick_check_locale_field(client: TestClient, locale: str, grams: str) -> None:
    form = {"text": "a pint of milk", "locale": locale, "csrf_token": csrf(client)}
    r = client.post("/check", data=form, headers=HTMX)
    assert r.status_code == 200
    assert grams in r.text
    bad = client.post("/check", data={**form, "locale": "<b>xx</b>"}, headers=HTMX)
    assert bad.status_code == 422
    assert "<b>xx" not in bad.text


def test_quick_check_bad_input_shows_a_message(client: TestClient) -> None:
    token = csrf(client)
    r = client.post("/check", data={"text": "", "csrf_token": token}, headers=HTMX)
    assert r.status_code == 422
    assert "the diary is empty" in r.text
    r = client.post("/check", data={"text": "egg", "age": "5", "sex": "male", "csrf_token": token})
    assert r.status_code == 422
    assert 'role="alert"' in r.text


def test_forms_need_the_csrf_token(client: TestClient) -> None:
    client.get("/")
    r = client.post("/check", data={"text": "a banana"}, headers={"accept": "text/html"})
    assert r.status_code == 403
    assert "reload the page" in r.text


def test_assessment_shows_triage_first(client: TestClient) -> None:
    form = {
        "age": "50",
        "sex": "male",
        "location": "left calf",
        "duration_minutes": "1440",
        "sym_calf_swelling_one_side": "on",
        "csrf_token": csrf(client, "/assess"),
    }
    r = client.post("/assess", data=form, headers=HTMX)
    assert r.status_code == 200
    assert r.text.index("triage-emergency") < r.text.index("What may be contributing")
    assert 'role="alert"' in r.text


def test_assessment_with_medicine_and_labs(client: TestClient) -> None:
    form = {
        "age": "62",
        "sex": "female",
        "timing": "night",
        "frequency_per_week": "3",
        "medications": "chlorthalidone 25 mg daily (started 4 weeks ago)",
        "lab_potassium": "3.1",
        "lab_potassium_unit": "mmol/L",
        "diary": "toast and tea",
        "csrf_token": csrf(client, "/assess"),
    }
    r = client.post("/assess", data=form)
    assert r.status_code == 200
    assert "diuretic" in r.text


def test_assessment_form_offers_a_unit_per_lab(client: TestClient) -> None:
    page = client.get("/assess").text
    assert 'name="lab_magnesium_unit"' in page
    assert '<option value="mmol/L"' in page


@pytest.mark.parametrize(
    ("unit", "critical", "note"),
    [("mmol/L", False, False), ("mg/dL", False, True)],
)
def test_magnesium_in_either_unit(
    client: TestClient, unit: str, critical: bool, note: bool
) -> None:
    form = {
        "age": "45",
        "sex": "female",
        "lab_magnesium": "0.85",
        "lab_magnesium_unit": unit,
        "csrf_token": csrf(client, "/assess"),
    }
    r = client.post("/assess", data=form, headers=HTMX)
    assert r.status_code == 200
    assert ("triage-emergency" in r.text) is critical
    assert ("did you mean 0.85 mmol/l?" in r.text) is note


@pytest.mark.parametrize(
    "form",
    [
        {},
        {"age": "old", "sex": "female"},
        {"age": "40", "sex": "other"},
        {"age": "40", "sex": "female", "severity": "terrible"},
        {"age": "40", "sex": "female", "lab_magnesium": "x"},
        {"age": "40", "sex": "female", "lab_magnesium": "0.8", "lab_magnesium_unit": "<b>x</b>"},
    ],
)
def test_assessment_bad_input(client: TestClient, form: dict[str, str]) -> None:
    r = client.post("/assess", data={**form, "csrf_token": csrf(client, "/assess")})
    assert 400 <= r.status_code < 500
    assert 'role="alert"' in r.text


def test_foods_page(client: TestClient) -> None:
    r = client.get("/foods", params={"q": "pumpkin seeds"})
    found = views.search_json("pumpkin seeds", 15)["results"]
    assert len(found) >= 3
    for food in found[:3]:  # the page lists what the search found, not just the echoed query
        assert html.escape(food["name"], quote=False) in r.text
    r = client.get("/foods", params={"nutrient": "magnesium", "per": "portion"})
    assert "Top foods for magnesium" in r.text
    frag = client.get(
        "/foods", params={"q": "banana"}, headers={**HTMX, "HX-Target": "food-results"}
    )
    assert "<html" not in frag.text
    bad = client.get("/foods", params={"nutrient": "unobtainium"})
    assert bad.status_code == 200
    assert "unknown nutrient" in bad.text


def test_diary_flow(client: TestClient) -> None:
    token = csrf(client, "/diary")
    r = client.post(
        "/diary/profile",
        data={"name": "me", "age": "58", "sex": "female", "csrf_token": token},
        follow_redirects=False,
    )
    assert r.status_code == 303
    r = client.post(
        "/diary/log/cramps",
        data={"severity": "7", "location": "left calf", "profile": "me", "csrf_token": token},
    )
    assert r.status_code == 200
    assert "severity 7/10" in r.text
    assert "left calf" in r.text
    assert 'class="calendar"' in r.text
    r = client.post(
        "/diary/log/food", data={"text": "a banana", "profile": "me", "csrf_token": token}
    )
    assert "a banana" in r.text
    r = client.post(
        "/diary/log/fluids", data={"amount": "500 ml", "profile": "me", "csrf_token": token}
    )
    assert "500 ml" in r.text
    for kind, data in [
        ("medications", {"name": "omeprazole", "started": "2025-01-01"}),
        ("labs", {"name": "magnesium", "value": "0.7", "unit": "mmol/L"}),
        ("weights", {"kg": "70"}),
    ]:
        r = client.post(f"/diary/log/{kind}", data={**data, "profile": "me", "csrf_token": token})
        assert r.status_code == 200, r.text[-500:]
    assert len(client.get("/api/v1/profiles/me/diary").json()["cramps"]) == 1


@pytest.mark.parametrize(
    ("kind", "data"),
    [
        ("cramps", {"severity": "12"}),
        ("cramps", {"severity": "4", "at": "2999-01-01T00:00"}),
        ("cramps", {"severity": "4", "at": "soon"}),
        ("fluids", {"amount": "a lot"}),
        ("weights", {"kg": "-1"}),
        ("nonsense", {}),
    ],
)
def test_diary_bad_input(client: TestClient, kind: str, data: dict[str, str]) -> None:
    token = csrf(client, "/diary")
    client.post(
        "/diary/profile", data={"name": "me", "age": "58", "sex": "female", "csrf_token": token}
    )
    r = client.post(f"/diary/log/{kind}", data={**data, "profile": "me", "csrf_token": token})
    assert 400 <= r.status_code < 500
    assert 'role="alert"' in r.text


def test_diary_month_navigation(client: TestClient) -> None:
    token = csrf(client, "/diary")
    client.post(
        "/diary/profile", data={"name": "me", "age": "58", "sex": "female", "csrf_token": token}
    )
    r = client.get("/diary", params={"month": "2026-02"})
    assert "February 2026" in r.text
    assert client.get("/diary", params={"month": "2026-13"}).status_code in (404, 422)


def test_unknown_page_is_a_friendly_404(client: TestClient) -> None:
    r = client.get("/nope", headers={"accept": "text/html"})
    assert r.status_code == 404
    assert "Not found" in r.text


def test_local_mode_has_no_login(client: TestClient) -> None:
    r = client.get("/login", follow_redirects=False)
    assert r.status_code == 303


def test_api_docs_page_is_offline(client: TestClient) -> None:
    html = client.get("/docs").text
    assert "/api/v1/foods/search" in html
    assert "/api/v1/profiles/{name}/cramps" in html
    assert "cdn" not in html.lower()
    assert client.get("/docs/swagger").status_code == 200


def test_local_mode_answers_only_to_loopback_names(client: TestClient) -> None:
    assert client.get("/", headers={"host": "127.0.0.1:8000"}).status_code == 200
    assert client.get("/", headers={"host": "evil.example"}).status_code == 400


def test_suggestions_from_the_quick_check(client: TestClient) -> None:
    token = csrf(client)
    form = {"text": "toast with butter", "age": "45", "sex": "female", "csrf_token": token}
    result = client.post("/check", data=form, headers=HTMX)
    assert "What could I eat" in result.text
    r = client.post("/suggest", data=form, headers=HTMX)
    assert r.status_code == 200
    assert "Foods that would close the gaps" in r.text
    assert "<html" not in r.text
    bad = client.post("/suggest", data={**form, "age": ""}, headers=HTMX)
    assert bad.status_code == 422
    assert 'role="alert"' in bad.text


def test_delete_an_entry_from_the_diary_page(client: TestClient) -> None:
    token = csrf(client, "/diary")
    client.post(
        "/diary/profile", data={"name": "me", "age": "58", "sex": "female", "csrf_token": token}
    )
    entry = client.post("/api/v1/profiles/me/cramps", json={"severity": 3}).json()
    day = entry["at"][:10]
    page = client.get("/diary/day", params={"profile": "me", "date": day}).text
    assert f'action="/diary/delete/cramps/{entry["id"]}"' in page
    assert "Delete this entry? You can undo it afterwards." in page  # the confirmation step
    r = client.post(
        f"/diary/edit/cramps/{entry['id']}",
        data={"profile": "me", "csrf_token": token, "date": day, "severity": "6", "location": ""},
    )
    assert r.status_code == 200
    assert "Cramp: severity 6/10" in r.text
    bad = client.post(
        f"/diary/edit/cramps/{entry['id']}",
        data={"profile": "me", "csrf_token": token, "date": day, "severity": "66"},
    )
    assert bad.status_code == 422
    assert 'class="field-error"' in bad.text
    assert 'value="66"' in bad.text
    r = client.post(
        f"/diary/delete/cramps/{entry['id']}", data={"profile": "me", "csrf_token": token}
    )
    assert r.status_code == 200
    assert client.get("/api/v1/profiles/me/cramps").json() == []
    assert "Deleted: Cramp: severity 6/10" in r.text
    assert 'action="/diary/undo"' in r.text
    r = client.post("/diary/undo", data={"profile": "me", "csrf_token": token})
    assert r.status_code == 200
    assert [c["severity"] for c in client.get("/api/v1/profiles/me/cramps").json()] == [6]
    restored = client.get("/api/v1/profiles/me/cramps").json()[0]
    client.delete(f"/api/v1/profiles/me/cramps/{restored['id']}")
    again = client.post(
        f"/diary/delete/cramps/{entry['id']}", data={"profile": "me", "csrf_token": token}
    )
    assert again.status_code == 404
    assert (
        client.post("/diary/delete/nope/1", data={"profile": "me", "csrf_token": token}).status_code
        == 404
    )


def test_every_visible_field_has_a_label(client: TestClient) -> None:
    token = csrf(client, "/diary")
    client.post(
        "/diary/profile", data={"name": "me", "age": "58", "sex": "female", "csrf_token": token}
    )
    client.post("/api/v1/profiles/me/food", json={"text": "a banana and some xqzvt"})
    for path in ("/", "/assess", "/diary", "/foods", "/diary/day?profile=me"):
        html = client.get(path).text
        labelled = set(re.findall(r'<label for="([^"]+)"', html))
        for tag in re.findall(r"<(?:input|select|textarea)\b[^>]*>", html):
            if 'type="hidden"' in tag:
                continue
            field_id = re.search(r'id="([^"]+)"', tag)
            assert field_id, (path, tag)
            assert field_id.group(1) in labelled, (path, tag)


def test_edit_and_delete_a_profile_from_the_diary_page(client: TestClient) -> None:
    token = csrf(client, "/diary")
    client.post(
        "/diary/profile", data={"name": "me", "age": "58", "sex": "female", "csrf_token": token}
    )
    form = {"profile": "me", "age": "59", "sex": "female", "pregnant": "", "csrf_token": token}
    r = client.post("/diary/profile/edit", data={**form, "action": "save"})
    assert r.status_code == 200
    assert client.get("/api/v1/profiles/me").json()["age"] == 59
    bad = client.post("/diary/profile/edit", data={**form, "age": "3", "action": "save"})
    assert bad.status_code == 422
    unconfirmed = client.post("/diary/profile/edit", data={**form, "action": "delete"})
    assert unconfirmed.status_code == 422
    assert client.get("/api/v1/profiles/me").status_code == 200
    r = client.post("/diary/profile/edit", data={**form, "action": "delete", "confirm": "yes"})
    assert r.status_code == 200
    assert client.get("/api/v1/profiles").json() == []
    assert "Start your diary" in r.text


def test_security_headers(client: TestClient) -> None:
    r = client.get("/")
    assert "script-src 'self'" in r.headers["content-security-policy"]
    assert r.headers["x-frame-options"] == "DENY"
    assert r.headers["x-content-type-options"] == "nosniff"
    assert "script-src 'self'" in client.get("/docs/swagger").headers["content-security-policy"]
    cookie = r.headers["set-cookie"].lower()
    assert "httponly" in cookie
    assert "samesite=lax" in cookie


def test_diary_opens_on_the_current_profile(client: TestClient) -> None:
    for name in ("ann", "bob"):
        client.post("/api/v1/profiles", json={"name": name, "age": 50, "sex": "female"})
    assert "Diary: ann" in client.get("/diary").text  # the first profile added is current
    assert "Diary: bob" in client.get("/diary", params={"profile": "bob"}).text


def test_htmx_errors_are_fragments(client: TestClient) -> None:
    client.get("/")
    r = client.post("/check", data={"text": "egg"}, headers=HTMX)  # no CSRF token
    assert r.status_code == 403
    assert r.text.startswith('<div class="error" role="alert">')
    too_long = client.post(
        "/check", data={"text": "x" * 20_001, "csrf_token": csrf(client)}, headers=HTMX
    )
    assert too_long.status_code == 422
    assert 'role="alert"' in too_long.text


def test_calendar_counts_a_cramp_for_its_night() -> None:
    from datetime import date

    from crampcheck.web.forms import calendar_weeks

    cramps = [
        {"at": "2026-03-17T03:00:00+01:00", "severity": 6},  # Tuesday 03:00: Monday night
        {"at": "2026-03-16T22:30:00+01:00", "severity": 4},  # Monday evening
    ]
    days = {d["iso"]: d for week in calendar_weeks(date(2026, 3, 1), cramps, set()) for d in week}
    assert (days["2026-03-16"]["cramps"], days["2026-03-16"]["worst"]) == (2, 6)
    assert days["2026-03-17"]["cramps"] == 0


def test_profile_form_takes_a_birth_year_and_due_date(client: TestClient) -> None:
    token = csrf(client, "/diary")
    client.post(
        "/diary/profile", data={"name": "me", "age": "30", "sex": "female", "csrf_token": token}
    )
    from datetime import date, timedelta

    due = (date.today() + timedelta(weeks=10)).isoformat()
    r = client.post(
        "/diary/profile/edit",
        data={"profile": "me", "csrf_token": token, "age": "30", "birth_year": "1990",
              "sex": "female", "pregnant": "true", "due_date": due, "action": "save"},
    )  # fmt: skip
    assert r.status_code == 200
    shown = client.get("/api/v1/profiles/me").json()
    assert (shown["birth_year"], shown["due_date"], shown["pregnant"]) == (1990, due, True)


def test_repick_a_food_from_the_day_view(client: TestClient) -> None:
    token = csrf(client, "/diary")
    client.post(
        "/diary/profile", data={"name": "me", "age": "58", "sex": "female", "csrf_token": token}
    )
    entry = client.post("/api/v1/profiles/me/food", json={"text": "a banana and some xqzvt"}).json()
    day = entry["at"][:10]
    page = client.get("/diary/day", params={"profile": "me", "date": day}).text
    assert "What we read" in page
    assert "not understood" in page
    assert '<option value="09041"' in page  # another candidate for "a banana"
    r = client.post(
        f"/diary/fix/{entry['id']}/1",
        data={"profile": "me", "csrf_token": token, "date": day, "food_id": "09041",
              "grams": "30"},
    )  # fmt: skip
    assert r.status_code == 200
    fixed = client.get(f"/api/v1/profiles/me/food/{entry['id']}").json()["items"][0]
    assert (fixed["food_id"], fixed["grams"], fixed["corrected"]) == ("09041", 30, True)
    bad = client.post(
        f"/diary/fix/{entry['id']}/2",
        data={"profile": "me", "csrf_token": token, "date": day, "grams": "30"},
    )
    assert bad.status_code == 422
    assert 'class="field-error"' in bad.text


def test_supplements_are_shown_apart_from_food(client: TestClient) -> None:
    form = {"text": "a banana, magnesium citrate 250 mg <b>x</b>", "csrf_token": csrf(client)}
    page = client.post("/check", data=form)
    assert page.status_code == 200
    supplements = page.text.split("<h3>Supplements")[1]
    assert "counted as 250 mg magnesium" in supplements
    assert "banana" not in supplements.split("</ul>")[0]
    assert "<b>x</b>" not in page.text
