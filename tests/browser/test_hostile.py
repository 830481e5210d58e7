"""Hostile articles added through the app in a real browser: nothing runs, text stays text."""

from __future__ import annotations

import sqlite3

import pytest
from playwright.sync_api import expect

from tests.browser.support import (
    FACT_POINTS,
    chromium_page,
    fact_count,
    map_frame,
    show_fact,
    streamlit_server,
    wait_until_app_idle,
)

PAYLOADS = ["<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "`${alert(1)}`", "</textarea>"]
HOSTILE = (
    "title: <script>alert(1)</script> Troops <img src=x onerror=alert(1)>\n"
    "outlet: `${alert(1)}` Wire </textarea>\n"
    "author: <img src=x onerror=alert(1)>\n"
    "url: javascript:alert(1)\n"
    "published: 2022-05-02\n\n"
    "<script>alert(1)</script> The US will send 3,000 troops to Poland, `${alert(1)}` officials said "
    "</textarea><img src=x onerror=alert(1)>. Some 500 Marines arrived in Romania (Rоmania, with a Cyrillic о). "
    "The alliance also has 130 aircraft on alert [click](javascript:alert(1)) **bold** <b>x</b>."
)


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    with streamlit_server(tmp_path_factory.mktemp("hostile")) as running:
        yield running


def stored_articles(server) -> int:
    if not server.store.exists():
        return 0
    with sqlite3.connect(server.store) as db:
        return db.execute("SELECT COUNT(*) FROM articles").fetchone()[0]


def upload(page, tmp_path, name: str, content: bytes) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    page.get_by_role("tab", name="Add article").click()
    page.locator("[data-testid='stFileUploaderDropzoneInput']").set_input_files(str(path))
    page.wait_for_selector(f"[data-testid='stFileChipName']:has-text('{name}')")
    page.get_by_role("button", name="Add article").click()


def test_a_hostile_article_shows_as_text_everywhere_and_runs_nothing(server, tmp_path):
    with chromium_page() as page:
        page.goto(server.url)
        wait_until_app_idle(page)
        map_frame(page).wait_for_selector("path.fact-marker")
        before = fact_count(map_frame(page))
        upload(page, tmp_path, "hostile.txt", HOSTILE.encode("utf-8"))
        page.wait_for_selector("[data-testid='stAlertContentSuccess']", timeout=60_000)
        wait_until_app_idle(page)
        page.get_by_role("tab", name="Map").click()
        map_frame(page).wait_for_function(f"() => ({FACT_POINTS})().length > {before}", timeout=60_000)
        # The map drawn anew by a rerun still under way would take away the markers being clicked.
        wait_until_app_idle(page)
        frame = map_frame(page)
        texts = []
        for index in range(fact_count(frame)):
            show_fact(frame, index).dispatch_event("click")
            texts.append(frame.wait_for_selector(".leaflet-popup-content .fact-popup").inner_text())
            frame.locator(".leaflet-popup-close-button").dispatch_event("click")
            frame.wait_for_selector(".leaflet-popup", state="detached")
        hostile_popups = [t for t in texts if "alert(1)" in t]
        assert hostile_popups, "the hostile article's facts are on the map"
        assert any("<img src=x onerror=alert(1)>" in t for t in hostile_popups)
        assert frame.locator(".leaflet-popup-content img, .leaflet-popup-content script").count() == 0
        frame.locator("path.fact-marker").last.dispatch_event("mouseover")
        tooltip = frame.wait_for_selector(".leaflet-tooltip")
        assert tooltip.query_selector("img, script") is None
        page.get_by_role("tab", name="Citation").click()
        page.get_by_role("tabpanel", name="Citation").get_by_test_id("stSelectbox").filter(has_text="Fact").click()
        page.get_by_role("option").filter(has_text="3,000").first.click()
        # The Review tab has its own highlighted quote: read the Citation tab's.
        mark = page.get_by_role("tabpanel", name="Citation").locator("mark#quote")
        expect(mark).to_contain_text("3,000 troops", timeout=30_000)
        assert "</textarea><img src=x onerror=alert(1)>" in mark.inner_text()
        assert page.locator(".citation img, .citation script").count() == 0
        page.get_by_role("tab", name="Map").click()
        page.get_by_text("[click](javascript:alert(1))", exact=False).first.wait_for()
        assert page.locator("a[href^='javascript']").count() == 0
        assert page.dialogs == []
        assert page.evaluate("() => document.querySelectorAll('img[src=x]').length") == 0


@pytest.mark.parametrize(
    "name, content, message",
    [
        ("image.txt", b"\x89PNG\r\n\x1a\n" + bytes(200), "PNG image"),
        ("report.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF document"),
        ("empty.txt", b"", "empty"),
        ("nul.txt", b"troops\x00in\x00Poland\x00" * 20, "binary"),
        ("recipe.txt", b"Boil two eggs for seven minutes.", "no force deployments"),
    ],
)
def test_a_bad_upload_gets_a_clear_message_and_changes_nothing(server, tmp_path, name, content, message):
    before = stored_articles(server)
    with chromium_page() as page:
        page.goto(server.url)
        wait_until_app_idle(page)
        upload(page, tmp_path, name, content)
        alert = page.wait_for_selector("[data-testid='stAlertContentError']", timeout=60_000)
        assert message in alert.inner_text()
        assert page.dialogs == []
    assert stored_articles(server) == before
