"""Outside text in a real browser: file names, metadata and reference cells never fetch or link anything."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.browser.support import (
    chromium_page,
    fact_count,
    map_frame,
    show_fact,
    streamlit_server,
    wait_until_app_idle,
)

PIXEL = "http://127.0.0.1:9/{}.png"
NAME = f"![n]({PIXEL.format('name')}) **bold** :red[red] [link](http://127.0.0.1:9/link).txt"
ARTICLE = (
    "title: ![t](" + PIXEL.format("title") + ") www.example.org\n"
    "outlet: http://127.0.0.1:9/outlet https://example.org\n"
    "author: <img src='" + PIXEL.format("author") + "'> mail@example.org\n"
    "published: 2022-05-02\n\n"
    "See https://example.org/quote: the US will send 3,000 troops to Poland ![q](" + PIXEL.format("quote") + ")."
)
REFERENCE = (
    "host_country,host_code,framework_nation,main_base,troops,as_of,source_title,source_url,notes\n"
    "Latvia,LV,Canada,Ādaži,1887,2022-06-01,NATO www.example.org,https://example.org/ref,"
    '"![r](' + PIXEL.format("ref") + ') https://example.org"\n'
    'Latvia,LV,Canada,Ādaži,"![bad](' + PIXEL.format("bad") + ')",2022-06-01,NATO,x,y\n'
)


def outside_requests(page, app_url: str) -> list[str]:
    return [u for u in page.requested if not u.startswith((app_url, "data:", "blob:", "about:"))]


def record_requests(page) -> None:
    page.requested = []
    page.on("request", lambda request: page.requested.append(request.url))


def outside_links(page, app_url: str) -> list[str]:
    return page.evaluate(
        """origin => [...document.querySelectorAll('a[href]')]
        .map(a => a.href).filter(h => !h.startsWith(origin) && !h.startsWith('blob:'))""",
        app_url,
    )


def test_an_uploaded_file_name_and_its_metadata_show_as_text_and_fetch_nothing(tmp_path):
    with streamlit_server(tmp_path) as server, chromium_page() as page:
        record_requests(page)
        page.goto(server.url)
        wait_until_app_idle(page)
        page.get_by_role("tab", name="Add article").click()
        page.locator("[data-testid='stFileUploaderDropzoneInput']").set_input_files(
            {"name": NAME, "mimeType": "text/plain", "buffer": ARTICLE.encode("utf-8")}
        )
        page.wait_for_selector("[data-testid='stFileChipName']")
        page.get_by_role("button", name="Add article").click()
        success = page.wait_for_selector("[data-testid='stAlertContentSuccess']", timeout=60_000)
        wait_until_app_idle(page)
        # Shown exactly as written: the addresses in it are code, not links, with nothing invisible added.
        assert NAME in success.inner_text() and "\u2060" not in success.inner_text()
        page.get_by_role("tab", name="Citation").click()
        page.get_by_role("tabpanel", name="Citation").get_by_test_id("stSelectbox").filter(has_text="Fact").click()
        page.get_by_role("option").filter(has_text="3,000").first.click()
        quote = page.get_by_role("tabpanel", name="Citation").locator("mark#quote")
        expect(quote).to_contain_text("3,000", timeout=30_000)
        wait_until_app_idle(page)
        page.get_by_role("tab", name="Stored articles").click()
        wait_until_app_idle(page)
        assert outside_requests(page, server.url) == []
        assert outside_links(page, server.url) == []
        assert page.dialogs == []


def test_reference_cells_in_messages_and_captions_show_as_text_and_fetch_nothing(tmp_path):
    references = tmp_path / "reference"
    references.mkdir()
    (references / "ref.csv").write_text(REFERENCE, encoding="utf-8")
    with streamlit_server(tmp_path, env={"DASHBOARD_REFERENCE": str(references)}) as server, chromium_page() as page:
        record_requests(page)
        page.goto(server.url)
        page.wait_for_selector("[data-testid='stAlert']", timeout=60_000)
        page.wait_for_function("() => document.querySelector(\"[data-testid='stStatusWidget']\") === null")
        page.get_by_role("tab", name="Compare with NATO").click()
        page.get_by_text("Source:", exact=False).first.wait_for()
        assert "![bad](" in page.inner_text("body")
        assert outside_requests(page, server.url) == []
        assert outside_links(page, server.url) == []


TOKEN = "A" * 100_000
BIDI = (
    "title: Reversal\npublished: 2022-05-02\n\n"
    "\u202eCanada has 700 troops in Latvia, see " + TOKEN + ". The rest stays in order."
)


def test_bidi_controls_are_shown_not_obeyed_and_a_huge_token_wraps(tmp_path):
    with streamlit_server(tmp_path) as server, chromium_page() as page:
        page.goto(server.url)
        wait_until_app_idle(page)
        page.get_by_role("tab", name="Add article").click()
        page.locator("[data-testid='stFileUploaderDropzoneInput']").set_input_files(
            {"name": "bidi.txt", "mimeType": "text/plain", "buffer": BIDI.encode("utf-8")}
        )
        page.wait_for_selector("[data-testid='stFileChipName']")
        page.get_by_role("button", name="Add article").click()
        page.wait_for_selector("[data-testid='stAlertContentSuccess']", timeout=60_000)
        wait_until_app_idle(page)
        page.get_by_role("tab", name="Citation").click()
        page.get_by_role("tabpanel", name="Citation").get_by_test_id("stSelectbox").filter(has_text="Fact").click()
        page.get_by_role("option").filter(has_text="700 troops").filter(has_text="Latvia").last.click()
        citation = page.get_by_role("tabpanel", name="Citation").locator(".citation")
        expect(citation.locator("mark#quote")).to_contain_text("AAAA", timeout=30_000)
        shown = citation.inner_text()
        assert "\u202e" not in shown and "[U+202E]Canada has 700 troops" in shown
        assert page.evaluate("() => document.documentElement.scrollWidth") <= 1500
        page.get_by_role("tab", name="Map").click()
        frame = map_frame(page)
        for index in range(fact_count(frame)):
            show_fact(frame, index).dispatch_event("click")
            popup = frame.wait_for_selector(".leaflet-popup-content .fact-popup")
            if "AAAA" in popup.inner_text():
                break
            frame.locator(".leaflet-popup-close-button").dispatch_event("click")
            frame.wait_for_selector(".leaflet-popup", state="detached")
        else:
            pytest.fail("no popup shows the article with the long token")
        assert "\u202e" not in popup.inner_text()
        assert popup.bounding_box()["width"] <= 440
