"""The posture's date in a real Chromium: a typed date applies on Enter, and the map's time slider,
with the statements of each month drawn along it, moves the posture (and the map) to its date."""

from __future__ import annotations

from datetime import date

import pytest
from playwright.sync_api import expect

from dashboard.analysis import query
from dashboard.analysis.filters import Filters
from dashboard.ingest import local
from dashboard.maps import mapview
from dashboard.places import sides
from dashboard.store import shipped
from dashboard.store.articles import Store
from tests.browser.support import (
    ARTIFACTS,
    FACT_MARKERS,
    chromium_page,
    map_frame,
    open_figures,
    streamlit_server,
    switch_on,
    wait_until_app_idle,
)

ARTICLES = [
    "title: Flank wire\npublished: 2024-03-01\noutlet: Test Wire\n\n"
    "The US has 10,000 troops in Poland. Russia keeps 30,000 troops in Belarus. "
    "Canada has 2,000 soldiers in Latvia.",
    "title: Plan\npublished: 2024-05-01\noutlet: Other Wire\n\n"
    "The US will send an additional 1,200 troops to Poland by 2027.",
]
# The shipped four battlegroups of 1,000-1,500 (2022) and the articles' 12,000; the extra 1,200 once due.
BEFORE_THE_PLAN, AFTER_THE_PLAN = "16,000–18,000", "17,200–19,200"


@pytest.fixture(scope="module")
def server(tmp_path_factory, gaz):
    root = tmp_path_factory.mktemp("posture")
    store = Store(root / "store.sqlite")
    for i, text in enumerate(ARTICLES):
        store.add(*local.read(text, name=f"a{i}.txt", gazetteer=gaz))
    with streamlit_server(root) as running:
        yield running


def metric(page, label: str):
    return page.get_by_test_id("stMetric").filter(has_text=label).get_by_test_id("stMetricValue")


def posture_field(page):
    return page.get_by_test_id("stDateInput").filter(has_text="Posture on")


def test_a_typed_date_applies_on_enter(server):
    with chromium_page() as page:
        page.goto(server.url)
        wait_until_app_idle(page)
        expect(metric(page, "Allied troops on the flank")).to_have_text(BEFORE_THE_PLAN, timeout=60_000)
        expect(metric(page, "Russian troops near the flank")).to_have_text("30,000")
        open_figures(page)  # the date is with the figures, folded above the tabs
        posture_field(page).get_by_role("spinbutton", name="year, Posture on").click()
        page.keyboard.type("20280101")
        # Still in the field: Enter alone applies the date.
        page.keyboard.press("Enter")
        expect(metric(page, "Allied troops on the flank")).to_have_text(AFTER_THE_PLAN, timeout=60_000)
        expect(metric(page, "Allied troops planned")).to_have_text("0")


def standing(server, gaz, on: date) -> tuple[int, int]:
    """How many statements the posture on ``on`` stands on, and how many of them the map draws as markers."""
    engine = query.Engine(server.store, shipped.all_facts(None))
    try:
        members = {region: gaz.region_members(region) for region in engine.regions()}
        result = engine.posture(Filters(), members, states=query.SHOWN, on=on, sides=sides.load(gaz))
        rows = query.frame(engine.facts_by_id([f for e in result.entries for f in e.fact_ids], states=query.SHOWN))
        return len(rows), len(mapview.point_facts(rows, members))
    finally:
        engine.close()


def test_the_time_slider_moves_the_posture_and_the_map_to_its_date(server, gaz):
    with chromium_page() as page:
        page.goto(server.url)
        wait_until_app_idle(page)
        expect(metric(page, "Allied troops on the flank")).to_have_text(BEFORE_THE_PLAN, timeout=60_000)
        switch_on(page, "Map the posture at a date")
        histogram = page.get_by_test_id("stVegaLiteChart").first
        expect(histogram.locator("canvas, svg").first).to_be_visible(timeout=60_000)
        thumb = page.get_by_role("slider", name="Posture on the map")
        expect(thumb).to_be_visible()

        # To the slider's end, a year past the plan's due date: the plan is in place.
        thumb.focus()
        page.keyboard.press("End")
        expect(metric(page, "Allied troops on the flank")).to_have_text(AFTER_THE_PLAN, timeout=60_000)
        expect(page.get_by_test_id("stTabs").get_by_test_id("stSliderThumbValue")).to_have_text("2028-12-30")
        open_figures(page)
        expect(posture_field(page).get_by_role("spinbutton", name="year, Posture on")).to_have_text("2028")
        # The map shows the statements the posture stands on then, each with a point a marker.
        statements, markers = standing(server, gaz, date(2028, 12, 30))
        expect(page.get_by_text(f"The posture on 2028-12-30: the {statements} statements")).to_be_visible()
        map_frame(page)
        page.wait_for_function(FACT_MARKERS, arg=markers, timeout=60_000)

        # To its start (the first month with statements, before the shipped articles' date): nothing stood.
        thumb.focus()
        page.keyboard.press("Home")
        expect(metric(page, "Allied troops on the flank")).to_have_text("0", timeout=60_000)
        page.wait_for_function(FACT_MARKERS, arg=0, timeout=60_000)
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "posture_slider.png"), full_page=True)
