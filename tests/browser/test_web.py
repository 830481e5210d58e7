"""A web page added by its address in the app, in a real browser, served from 127.0.0.1."""

from __future__ import annotations

import pytest

from dashboard.exports import tables
from dashboard.ingest import local
from dashboard.maps import mapview
from dashboard.store.shipped import region_members
from tests.browser.support import (
    ARTIFACTS,
    FACT_MARKERS,
    chromium_page,
    fact_count,
    map_frame,
    streamlit_server,
    wait_until_app_idle,
)
from tests.conftest import ALLOW_PRIVATE
from tests.page_server import PAGES, PageServer

MAP_VIEW = """() => { const map = Object.values(window).find(v => v instanceof L.Map);
                      const b = map.getBounds();
                      return {south: b.getSouth(), north: b.getNorth(), west: b.getWest(), east: b.getEast()}; }"""


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    # The page server is on 127.0.0.1, which the app refuses unless told to allow private addresses.
    with streamlit_server(tmp_path_factory.mktemp("web"), env=ALLOW_PRIVATE) as running:
        yield running


def test_a_page_added_by_address_appears_on_the_map_and_a_filter_fits_it(server, gaz):
    with PageServer() as site, chromium_page() as page:
        address = site.url("news.html")
        page.goto(server.url)
        wait_until_app_idle(page)
        map_frame(page).wait_for_selector("path.fact-marker")
        before = fact_count(map_frame(page))
        page.get_by_role("tab", name="Add article").click()
        page.get_by_label("…or the address of a web page (http:// or https://)").fill(address)
        page.get_by_role("button", name="Add article").click()
        success = page.wait_for_selector("[data-testid='stAlertContentSuccess']", timeout=60_000)
        # The address is shown as code, not a link, and exactly as written: copied, it is the address
        # (no invisible WORD JOINER inside its '://').
        assert address in success.inner_text() and "\u2060" not in success.inner_text()
        assert success.query_selector("a") is None and address in success.query_selector("code").inner_text()
        wait_until_app_idle(page)
        art, facts = local.read_source(str(PAGES / "news.html"), gazetteer=gaz)
        table = tables.frame(facts)
        added = len(mapview.point_facts(table, region_members(table, gaz)))
        assert added >= 1
        page.get_by_role("tab", name="Map").click()
        page.wait_for_function(FACT_MARKERS, arg=before + added, timeout=60_000)
        # Only this article: the map fits its facts (Romania, and the Black Sea region's members), not the
        # whole flank.
        page.get_by_test_id("stSidebar").get_by_role("combobox", name="Article").click()
        page.get_by_role("option", name=art.title).click()
        page.keyboard.press("Escape")
        page.wait_for_function(FACT_MARKERS, arg=added, timeout=60_000)
        view = map_frame(page).evaluate(MAP_VIEW)
        assert view["south"] < 44.3 < view["north"] and view["west"] < 28.5 < view["east"]  # Kogălniceanu
        assert view["north"] < 55, view  # Tallinn and Riga are not in view
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "web-page-added.png"), full_page=True)
        assert page.blocked == []
        assert site.requests == ["/news.html"], "the app fetched the page once, from this machine"
