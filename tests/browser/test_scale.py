"""More facts than the map draws one by one, in a real headless Chromium: one marker per place,
whose popup counts its facts by status and unit; a narrow filter brings back each fact's marker."""

from __future__ import annotations

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from benchmarks import realtext
from benchmarks.bench_scale import expected_markers
from dashboard.analysis import query
from dashboard.analysis.filters import Filters
from dashboard.ingest.local import ingest_dir
from dashboard.maps.placemap import FACT_MARKER_LIMIT
from dashboard.places import gazetteer
from dashboard.schema import COLUMNS
from dashboard.store import shipped
from dashboard.store.articles import Store
from tests.browser.support import (
    ARTIFACTS,
    FACT_MARKERS,
    chromium_page,
    map_frame,
    streamlit_server,
    wait_until_app_idle,
)

COUNT = """([selector, n]) => { const f = document.querySelector("iframe[title='streamlit_folium.st_folium']");
                                return f && f.contentDocument &&
                                       f.contentDocument.querySelectorAll(selector).length === n; }"""


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    root = tmp_path_factory.mktemp("scale")
    realtext.write(400, root / "corpus")
    ingest_dir(root / "corpus", store=Store(root / "store.sqlite"), workers=2)
    with streamlit_server(root) as running:
        yield running


def summary_of(server, chosen: Filters) -> query.Summary:
    engine = query.Engine(server.store, shipped.all_facts(None))
    gaz = gazetteer.load()
    try:
        return engine.summary(chosen, {r: gaz.region_members(r) for r in engine.regions()}, states=query.SHOWN)
    finally:
        engine.close()


def first_quote_at(server, place: query.Place) -> str:
    engine = query.Engine(server.store, shipped.all_facts(None))
    try:
        return engine.rows(Filters(), {}, at=(place.lat, place.lon), limit=1, states=query.SHOWN)[0][
            COLUMNS.index("quote")
        ]
    finally:
        engine.close()


def marker_facts(server, chosen: Filters) -> int:
    """How many facts the detailed map draws as markers: those with a point that is not a region's."""
    selector, markers, _ = expected_markers(server.store, chosen, bare=False)
    assert selector == "path.fact-marker"
    return markers


def test_one_marker_per_place_with_its_counts_then_each_fact_when_narrowed(server):
    everything = summary_of(server, Filters())
    assert everything.totals.facts > FACT_MARKER_LIMIT
    with chromium_page() as page:
        page.goto(server.url)
        wait_until_app_idle(page)
        page.wait_for_function(COUNT, arg=["path.place-marker", len(everything.places)], timeout=60_000)
        frame = map_frame(page)
        assert frame.locator("path.fact-marker").count() == 0
        # A real click (the pointer on the marker): the popup counts, and the list under the map follows.
        markers = frame.locator("path.place-marker")
        visible = [
            markers.nth(i)
            for i in range(markers.count())
            if (box := markers.nth(i).bounding_box())
            and box["width"] >= 10
            and 0 < box["y"] < page.viewport_size["height"] - box["height"]
        ]
        popup = ""
        for marker in reversed(visible):  # drawn last first: on top at its centre, unless the legend is
            marker.click(force=True)
            try:
                popup = frame.wait_for_selector(".leaflet-popup-content .place-popup", timeout=3_000).inner_text()
                break
            except PlaywrightTimeout:
                continue
        assert "fact(s)" in popup and "by status:" in popup and "by unit:" in popup
        clicked = next(
            p
            for p in everything.places
            if popup.startswith(f"{p.name} ({p.precision})") and f"{p.facts:,} fact(s)" in popup
        )
        assert clicked != min(everything.places, key=lambda p: (-p.facts, p.name))  # not the list's first place
        page.get_by_text(first_quote_at(server, clicked), exact=False).first.wait_for(timeout=60_000)
        page.screenshot(path=str(ARTIFACTS / "scale_places.png"))
        narrow = Filters(countries=("EE",), statuses=("planned",))
        narrowed = summary_of(server, narrow)
        assert 0 < narrowed.totals.facts <= FACT_MARKER_LIMIT
        page.get_by_test_id("stSidebar").get_by_role("combobox", name="Country").click()
        page.get_by_role("option", name="Estonia (EE)").click()
        page.keyboard.press("Escape")  # the multiselect stays open after a choice
        wait_until_app_idle(page)
        page.get_by_test_id("stSidebar").get_by_role("combobox", name="Status").click()
        page.get_by_role("option", name="planned", exact=True).click()
        located = marker_facts(server, narrow)
        page.wait_for_function(FACT_MARKERS, arg=located, timeout=60_000)
        assert page.dialogs == []
