"""The web diary page: supplements apart from food, and the "where it came from" rows (the same
service as `diary sources` and the REST endpoint), autoescaped and phone-friendly."""

from __future__ import annotations

import html
import re

from fastapi.testclient import TestClient

from tests.web.test_pages import csrf

DAY = "magnesium citrate 250 mg, a banana, 2 slices of <b>wholemeal</b> bread"


def _logged(client: TestClient, text: str = DAY) -> str:
    token = csrf(client, "/diary")
    client.post(
        "/diary/profile",
        data={"name": "me", "age": "58", "sex": "female", "csrf_token": token},
        follow_redirects=False,
    )
    r = client.post("/diary/log/food", data={"text": text, "profile": "me", "csrf_token": token})
    assert r.status_code == 200, r.text[-500:]
    page: str = client.get("/diary?profile=me").text
    return page


def _section(page: str) -> str:
    match = re.search(r'<section class="card" aria-labelledby="src-h".*?</section>', page, re.S)
    assert match, "no sources section"
    return match.group(0)


def test_sources_rows_are_those_of_the_rest_endpoint(client: TestClient) -> None:
    section = _section(_logged(client))
    found = client.get("/api/v1/profiles/me/sources/magnesium").json()
    assert found["sources"], found
    for row in found["sources"]:
        assert html.escape(row["text"], quote=False) in section
        assert f"{row['percent']:.0f}%" in section or f"{round(row['percent'])}%" in section
    kinds = {row["text"]: row["kind"] for row in found["sources"]}
    assert kinds["magnesium citrate 250 mg"] == "supplement"
    assert kinds["a banana"] == "food"
    assert 'class="kind-supplement"' in section
    assert 'data-label="Read as">supplement' in section


def test_people_s_words_are_escaped_in_the_sources_table(client: TestClient) -> None:
    page = _logged(client)
    assert "<b>wholemeal</b>" not in page
    section = _section(page)
    found = client.get("/api/v1/profiles/me/sources/energy").json()
    assert "2 slices of <b>wholemeal</b> bread" in {row["text"] for row in found["sources"]}
    assert "2 slices of &lt;b&gt;wholemeal&lt;/b&gt; bread" in section


def test_the_sources_table_stacks_on_a_phone(client: TestClient) -> None:
    section = _section(_logged(client))
    assert 'class="stacked sources"' in section
    for label in ("Read as", "When", "Amount", "Share"):
        assert f'data-label="{label}"' in section


def test_averages_show_the_supplement_part(client: TestClient) -> None:
    page = _logged(client)
    trends = client.get("/api/v1/profiles/me/trends").json()
    magnesium = next(a for a in trends["averages"] if a["nutrient"] == "magnesium_mg")
    assert magnesium["mean_from_supplements"] == 250.0
    assert "+ supplements 250 mg a day" in page


def test_no_supplement_no_supplement_part(client: TestClient) -> None:
    page = _logged(client, "a banana")
    assert "+ supplements" not in page
    assert "Where it came from" in page


def test_the_day_view_marks_a_supplement_as_a_supplement(client: TestClient) -> None:
    _logged(client)
    day = client.get("/api/v1/profiles/me/diary").json()["food"][0]["at"][:10]
    page = client.get(f"/diary/day?profile=me&date={day}").text
    row = re.search(r"You wrote\">magnesium citrate 250 mg.*?</tr>", page, re.S)
    assert row
    assert 'class="tag supplement"' in row.group(0)
    assert "not understood" not in row.group(0)


def test_an_average_above_the_upper_limit_is_said_on_the_page(client: TestClient) -> None:
    page = _logged(client, "magnesium citrate 200mg, 2 caps, a banana")
    note = re.search(r'<small class="warn above-limit" role="alert">(.*?)</small>', page, re.S)
    assert note, "no upper-limit note"
    assert note.group(1).startswith("Magnesium from supplements averages 400 mg a day")
    assert "(R1, R11, R15)" in note.group(1)


def test_no_upper_limit_note_below_the_limit(client: TestClient) -> None:
    assert "above-limit" not in _logged(client)
