"""Reviewing facts in a real Chromium: by keyboard in the Review tab, and the map, its cards and the
totals following each decision."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from dashboard.exports import tables
from dashboard.maps import mapview
from dashboard.paths import SHIPPED_CSV
from dashboard.store.shipped import region_members
from tests.browser.support import (
    ARTIFACTS,
    FACT_MARKERS,
    chromium_page,
    map_frame,
    streamlit_server,
    type_reviewer,
    wait_until_app_idle,
)


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    with streamlit_server(tmp_path_factory.mktemp("review")) as running:
        yield running


def metric(page, label: str):
    return page.get_by_test_id("stMetric").filter(has_text=label).get_by_test_id("stMetricValue")


def test_facts_reviewed_by_keyboard_change_the_map_its_cards_and_the_totals(server, gaz):
    shipped = tables.read_csv(SHIPPED_CSV)
    # Region-wide facts are drawn as regions, not markers.
    located = mapview.point_facts(shipped, region_members(shipped, gaz)).reset_index(drop=True)
    with chromium_page() as page:
        page.goto(server.url)
        wait_until_app_idle(page)
        map_frame(page).wait_for_selector("path.fact-marker")
        page.wait_for_function(FACT_MARKERS, arg=len(located), timeout=60_000)
        # The shipped article's four country battlegroups of 1,000-1,500 each.
        expect(metric(page, "Allied troops on the flank")).to_have_text("4,000–6,000")
        expect(metric(page, "To review")).to_have_text("12")
        type_reviewer(page, "Ana")

        # In the Review tab: pick Estonia's battlegroup, see its sentence, reject it by keyboard.
        page.get_by_role("tab", name="Review").click()
        review = page.get_by_role("tabpanel", name="Review")
        review.get_by_role("combobox", name="Fact").click()
        page.get_by_role("option", name="[unreviewed] NATO: battlegroups, Estonia (existing)").click()
        wait_until_app_idle(page)
        expect(review.locator("mark#quote")).to_contain_text("similar deployments in Estonia, Latvia")
        page.locator("body").press("Alt+x")
        expect(metric(page, "To review")).to_have_text("11", timeout=60_000)
        expect(metric(page, "Allied troops on the flank")).to_have_text("3,000–4,500")
        # Only the open tab is drawn: the map follows the decision when it is opened again.
        page.get_by_role("tab", name="Map").click()
        page.wait_for_function(FACT_MARKERS, arg=len(located) - 1, timeout=60_000)
        page.get_by_role("tab", name="Review").click()

        # The Review tab moved on to the next unreviewed fact: accept it by keyboard.
        expect(review.get_by_role("combobox", name="Fact")).to_have_value(
            "[unreviewed] NATO: battlegroups, Latvia (existing) · AntiWar.com, 2022-04-11: “The trans-Atlantic "
            "alliance currently has similar deployments in Estonia, Latvia, Lithuan…”"
        )
        page.locator("body").press("Alt+a")
        expect(metric(page, "To review")).to_have_text("10", timeout=60_000)
        page.get_by_test_id("stSidebar").get_by_text("Only accepted and corrected facts").click()
        expect(metric(page, "Facts")).to_have_text("1", timeout=60_000)
        expect(metric(page, "To review")).to_have_text("10")
        expect(metric(page, "Allied troops on the flank")).to_have_text("1,000–1,500")
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "review.png"), full_page=True)
        page.get_by_role("tab", name="Map").click()
        page.wait_for_function(FACT_MARKERS, arg=1, timeout=60_000)
        frame = map_frame(page)
        frame.locator("path.fact-marker").first.dispatch_event("click")
        popup = frame.wait_for_selector(".leaflet-popup-content .fact-popup")
        assert "Review: accepted by Ana" in popup.inner_text() and "Latvia" in popup.inner_text()
        assert page.blocked == []
