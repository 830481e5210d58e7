"""Reviewing a fact from its map marker in a real Chromium: the decision reaches the store, the map and
the totals follow it, and the map keeps the view the analyst set (the drawn map is never replaced)."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from dashboard.review import log
from dashboard.store.articles import Store
from tests.browser.support import (
    ARTIFACTS,
    FACT_MARKERS,
    chromium_page,
    map_frame,
    streamlit_server,
    type_reviewer,
    wait_until_app_idle,
)
from tests.unit.ui.test_app_review import stored

ROMANIA = "The US has 800 troops in Romania."
# The view to keep: a zoom no default gives, centred north of the Romanian marker so that its card
# opens above it without panning the map.
VIEW = {"zoom": 6.75, "lat": 47.4, "lon": 24.9}
SET_VIEW = """view => { const map = Object.values(window).find(v => v instanceof L.Map);
    const c = map.getCenter();
    if (map.getZoom() !== view.zoom || Math.abs(c.lat - view.lat) > 1e-6 || Math.abs(c.lng - view.lon) > 1e-6) {
        map.setView([view.lat, view.lon], view.zoom, {animate: false});
        return false;
    }
    return true; }"""
VIEW_NOW = """() => { const map = Object.values(window).find(v => v instanceof L.Map);
    const c = map.getCenter();
    return {zoom: map.getZoom(), lat: c.lat, lon: c.lng, kept: window.__drawnOnce === true}; }"""
# Which of the markers drawn is the one at a point.
MARKER_AT = """([lat, lon]) => { const map = Object.values(window).find(v => v instanceof L.Map);
    let found = null;
    map.eachLayer(layer => {
        if (layer instanceof L.CircleMarker && layer.options.className === "fact-marker"
            && Math.abs(layer.getLatLng().lat - lat) < 0.01 && Math.abs(layer.getLatLng().lng - lon) < 0.01) {
            found = layer;
        }
    });
    return [...document.querySelectorAll("path.fact-marker")].indexOf(found.getElement()); }"""


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("marker")
    # A store with one article of our own beside the shipped ones: its fact is the one reviewed.
    art, facts = stored(
        f"title: Romania\npublished: 2023-05-02\n\n{ROMANIA}",
        {"quote": ROMANIA, "host": "RO", "force": "US", "troops": 800},
    )
    Store(tmp / "store.sqlite").add(art, facts, source_name="romania.txt")
    with streamlit_server(tmp) as running:
        running.fact = facts[0]  # type: ignore[attr-defined]
        yield running


def metric(page, label: str):
    return page.get_by_test_id("stMetric").filter(has_text=label).get_by_test_id("stMetricValue")


def view_now(page) -> dict:
    return map_frame(page).evaluate(VIEW_NOW)


def assert_view_kept(page) -> None:
    now = view_now(page)
    assert now["kept"], "the map was drawn anew: its view and open card are lost"
    assert now["zoom"] == VIEW["zoom"], now
    assert abs(now["lat"] - VIEW["lat"]) < 1e-6 and abs(now["lon"] - VIEW["lon"]) < 1e-6, now


def test_a_fact_rejected_from_its_marker_leaves_the_map_and_totals_and_the_view_stays(server):
    fact = server.fact
    with chromium_page() as page:
        # Tall enough for the whole map: a click that first scrolls the page may land where the marker was.
        page.set_viewport_size({"width": 1500, "height": 1600})
        page.goto(server.url)
        wait_until_app_idle(page)
        # The shipped article's four country markers and ours in Romania; the shipped battlegroups'
        # 4,000-6,000 troops and our 800.
        page.wait_for_function(FACT_MARKERS, arg=5, timeout=60_000)
        expect(metric(page, "To review")).to_have_text("13")
        expect(metric(page, "Allied troops on the flank")).to_have_text("4,800–6,800")
        type_reviewer(page, "Ana")

        # The analyst zooms in on Romania. Set until it holds: the page may still be settling. The flag
        # lives as long as the drawn map: a map drawn anew would not have it.
        frame = map_frame(page)
        frame.wait_for_function(SET_VIEW, arg=VIEW, polling=100, timeout=60_000)
        frame.evaluate("() => { window.__drawnOnce = true; }")

        # A real click on the marker (Playwright checks that nothing drawn over it takes the click) opens
        # its card on the map and the fact beside the map; the rerun this asks for leaves the map as it was.
        frame.locator("path.fact-marker").nth(frame.evaluate(MARKER_AT, [fact.lat, fact.lon])).click()
        card = frame.wait_for_selector(".leaflet-popup-content .fact-popup")
        assert ROMANIA in card.inner_text() and f"fact {fact.fact_id}" in card.inner_text()
        panel = page.get_by_role("tabpanel", name="Map")
        expect(panel.get_by_text("Clicked marker")).to_be_visible(timeout=60_000)
        expect(panel.get_by_text("[unreviewed] US: 800 troops, Romania (existing)")).to_be_visible()
        wait_until_app_idle(page)
        assert_view_kept(page)
        assert frame.locator(".leaflet-popup-content .fact-popup").count() == 1, "the open card was closed"

        # Reject: the store records it, the marker goes, the totals drop, the view stays.
        panel.get_by_role("button", name="Reject").click()
        expect(metric(page, "To review")).to_have_text("12", timeout=60_000)
        expect(metric(page, "Allied troops on the flank")).to_have_text("4,000–6,000", timeout=60_000)
        page.wait_for_function(FACT_MARKERS, arg=4, timeout=60_000)
        wait_until_app_idle(page)
        assert_view_kept(page)
        expect(panel.get_by_text("[rejected] US: 800 troops, Romania (existing)")).to_be_visible()
        decided = {d.key.article_id: d for d in log.decisions(Store(server.store))}
        assert decided[fact.article_id].state == "rejected" and decided[fact.article_id].reviewer == "Ana"
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "marker-review.png"), full_page=True)

        # The fact stays beside the map, to be accepted back: the marker returns, still in the same view.
        panel.get_by_role("button", name="Accept").click()
        expect(panel.get_by_text("[accepted] US: 800 troops, Romania (existing)")).to_be_visible(timeout=60_000)
        expect(metric(page, "Allied troops on the flank")).to_have_text("4,800–6,800", timeout=60_000)
        expect(metric(page, "To review")).to_have_text("12")
        page.wait_for_function(FACT_MARKERS, arg=5, timeout=60_000)
        wait_until_app_idle(page)
        assert_view_kept(page)

        # To correct it, the Review tab opens on the fact, with its form.
        panel.get_by_role("button", name="Correct in the Review tab").click()
        expect(page.get_by_role("tab", name="Review")).to_have_attribute("aria-selected", "true", timeout=60_000)
        review = page.get_by_role("tabpanel", name="Review")
        expect(review.get_by_role("combobox", name="Fact")).to_have_value(
            "[accepted] US: 800 troops, Romania (existing) · Romania, 2023-05-02: “The US has 800 troops in Romania.”",
            timeout=60_000,
        )
        expect(review.get_by_text("Correct this fact")).to_be_visible()
        assert page.blocked == []
