"""The dashboard in a real headless Chromium against a real `streamlit run` server, with no network."""

from __future__ import annotations

import io

import pandas as pd
import pytest

from dashboard.analysis import filters
from dashboard.exports import tables
from dashboard.maps import mapview
from dashboard.paths import SHIPPED_CSV
from dashboard.store.shipped import region_members
from tests.browser.support import (
    ARTIFACTS,
    FACT_MARKERS,
    chromium_page,
    download,
    fact_count,
    map_frame,
    open_figures,
    streamlit_server,
    wait_until_app_idle,
)


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    with streamlit_server(tmp_path_factory.mktemp("app")) as running:
        yield running


@pytest.fixture(scope="module")
def shipped():
    return tables.read_csv(SHIPPED_CSV)


@pytest.fixture
def page(server):
    with chromium_page() as browser_page:
        browser_page.goto(server.url)
        wait_until_app_idle(browser_page)
        yield browser_page
        assert browser_page.dialogs == []


def marker_count(frame) -> int:
    return fact_count(frame)


def test_the_map_draws_one_marker_per_fact_with_a_point_with_no_network(page, shipped, gaz):
    frame = map_frame(page)
    frame.wait_for_selector("path.fact-marker")
    located = len(mapview.point_facts(shipped, region_members(shipped, gaz)))
    assert marker_count(frame) == located
    assert page.blocked == [], "the map asked for something outside this machine"
    ARTIFACTS.mkdir(exist_ok=True)
    shot = ARTIFACTS / "dashboard-seed.png"
    page.screenshot(path=str(shot), full_page=True)
    print(f"\nscreenshot: {shot} ({located} markers)")


def test_a_marker_popup_shows_the_quoted_sentence(page, shipped):
    frame = map_frame(page)
    frame.wait_for_selector("path.fact-marker")
    markers = frame.locator("path.fact-marker")
    quotes = set(shipped.loc[shipped["lat"].notna(), "quote"])
    # A synthetic click: a real one can land on the legend or an outline drawn over the marker.
    markers.nth(0).dispatch_event("click")
    popup = frame.wait_for_selector(".leaflet-popup-content .fact-popup")
    text = popup.inner_text()
    assert any(q.strip('“”"')[:50] in text for q in quotes)


def test_filtering_to_one_country_changes_the_map(page, shipped, gaz):
    frame = map_frame(page)
    frame.wait_for_selector("path.fact-marker")
    before = marker_count(frame)
    page.get_by_test_id("stSidebar").get_by_role("combobox", name="Country").click()
    page.get_by_role("option", name="Estonia (EE)").click()
    page.keyboard.press("Escape")
    members = region_members(shipped, gaz)
    expected = filters.apply(shipped, filters.Filters(countries=("EE",)), members=members)
    located = len(mapview.point_facts(expected, members))
    page.wait_for_function(
        FACT_MARKERS,
        arg=located,
        timeout=60_000,
    )
    assert located != before
    assert marker_count(map_frame(page)) == located


def test_the_csv_download_arrives_with_the_filtered_rows(page, shipped):
    open_figures(page)
    csv = download(page, "Download CSV")
    assert csv.suggested_filename == "deployments.csv"
    rows = pd.read_csv(io.BytesIO(open(csv.path(), "rb").read()), dtype=str, keep_default_na=False)
    assert list(rows["fact_id"]) == list(shipped["fact_id"])


def test_the_reference_layer_toggles_on_apart_from_the_facts(page, shipped, gaz):
    from dashboard.analysis import reference

    frame = map_frame(page)
    frame.wait_for_selector("path.fact-marker")
    assert frame.locator("path.reference-marker").count() == 0
    page.get_by_test_id("stSidebar").get_by_text("Show the official NATO reference layer").click()
    expected = len(reference.load(gaz).rows)
    page.wait_for_function(
        """n => { const f = document.querySelector("iframe[title='streamlit_folium.st_folium']");
                  return f && f.contentDocument &&
                         f.contentDocument.querySelectorAll('path.reference-marker').length === n; }""",
        arg=expected,
        timeout=60_000,
    )
    frame = map_frame(page)
    assert fact_count(frame) == len(mapview.point_facts(shipped, region_members(shipped, gaz)))
    frame.locator("path.reference-marker").first.dispatch_event("click")
    popup = frame.wait_for_selector(".leaflet-popup-content .reference-popup")
    assert "Official reference" in popup.inner_text() and "2022-06-28" in popup.inner_text()


MAP_VIEW = """() => { const map = Object.values(window).find(v => v instanceof L.Map);
                      const b = map.getBounds();
                      return {zoom: map.getZoom(), south: b.getSouth(), north: b.getNorth(),
                              west: b.getWest(), east: b.getEast()}; }"""


@pytest.mark.parametrize("width,height", [(1280, 800), (1920, 1080)])
def test_the_map_opens_fitted_to_the_flank_on_a_laptop_and_a_wide_screen(server, width, height):
    with chromium_page() as page:
        page.set_viewport_size({"width": width, "height": height})
        page.goto(server.url)
        wait_until_app_idle(page)
        frame = map_frame(page)
        frame.wait_for_selector("path.fact-marker")
        view = frame.evaluate(MAP_VIEW)
        ARTIFACTS.mkdir(exist_ok=True)
        page.frame_locator("iframe[title='streamlit_folium.st_folium']").locator(".leaflet-container").screenshot(
            path=str(ARTIFACTS / f"map-{width}x{height}.png")
        )
    # Tallinn, Sofia and the western Black Sea are in view...
    for lat, lon in ((59.44, 24.75), (42.70, 23.32), (43.2, 30.5), (57.0, 19.0)):
        assert view["south"] < lat < view["north"] and view["west"] < lon < view["east"], (lat, lon, view)
    # ...and the flank fills the map's height rather than a quarter of a map of Europe (zoom 4 showed
    # 35 degrees of latitude, Iberia to the North Cape).
    assert view["north"] - view["south"] < 24 and view["zoom"] > 4.5, view


def visible_labels(frame) -> set[str]:
    return set(
        frame.evaluate("""() => [...document.querySelectorAll('.basemap-label')]
        .filter(el => el.getBoundingClientRect().width > 0).map(el => el.textContent)""")
    )


def test_with_tiles_off_the_map_names_countries_capitals_and_seas_and_towns_when_zoomed(page):
    frame = map_frame(page)
    frame.wait_for_selector("path.fact-marker")
    assert frame.locator(".leaflet-tile").count() == 0
    shown = visible_labels(frame)
    assert {"Estonia", "Poland", "Bulgaria", "Warsaw", "Bucharest", "Baltic Sea", "Black Sea"} <= shown
    assert "Kraków" not in shown
    # The map refits the flank when its frame is resized (the page may still be settling, e.g. a scroll
    # bar appearing): the view is set again until it holds, and the label is looked for at that view.
    # Polled on an interval: an iframe's animation frames may be throttled while nothing repaints it.
    frame.wait_for_function(
        """() => { const map = Object.values(window).find(v => v instanceof L.Map);
        if (map.getZoom() !== 7) { map.setView([50.06, 19.94], 7, {animate: false}); return false; }
        return [...document.querySelectorAll('.basemap-label')]
            .some(el => el.textContent === 'Kraków' && el.getBoundingClientRect().width > 0); }""",
        polling=100,
    )
    assert page.blocked == [], "the map asked for something outside this machine"


def test_a_region_fact_clicked_shows_its_members_and_is_never_a_point(page, shipped, gaz):
    frame = map_frame(page)
    frame.wait_for_selector("path.region-area")
    regions = sorted(set(shipped.loc[shipped["precision"] == "region", "region"]))
    labels = frame.locator(".region-label")
    assert labels.count() == len(regions)
    # No region fact is drawn as a marker: every marker is a fact with a point of its own.
    assert marker_count(frame) == int((shipped["precision"] != "region").sum() - shipped["lat"].isna().sum())
    flank = labels.filter(has_text="eastern flank")
    flank.dispatch_event("click")
    popup = frame.wait_for_selector(".leaflet-popup-content .region-popup")
    members = popup.query_selector(".region-members").inner_text()
    for code in gaz.region_members("eastern flank"):
        assert gaz.country_name(code) in members
    listed = popup.query_selector_all(".region-facts li")
    assert len(listed) == int((shipped["region"] == "eastern flank").sum())
    ARTIFACTS.mkdir(exist_ok=True)
    page.frame_locator("iframe[title='streamlit_folium.st_folium']").locator(".leaflet-container").screenshot(
        path=str(ARTIFACTS / "map-region-card.png")
    )


def test_an_excel_export_holds_the_filters_applied(page, shipped):
    from openpyxl import load_workbook

    page.get_by_test_id("stSidebar").get_by_role("combobox", name="Status").click()
    page.get_by_role("option", name="planned").click()
    page.keyboard.press("Escape")
    planned = int((shipped["status"] == "planned").sum())
    page.wait_for_function(
        f"""() => document.querySelector("[data-testid='stStatusWidget']") === null
        && [...document.querySelectorAll("[data-testid='stMetricValue']")][0]?.textContent.trim() === "{planned}" """,
        timeout=60_000,
    )
    open_figures(page)
    excel = download(page, "Download Excel")
    assert excel.suggested_filename == "deployments_planned.xlsx"
    # The saved download has no .xlsx suffix, which openpyxl's path reader insists on.
    book = load_workbook(io.BytesIO(excel.path().read_bytes()))
    applied = dict(list(book["Filters"].values)[1:])
    assert applied["Status"] == "planned" and applied["Country"] == "all"
    assert applied["Facts exported"] == int((shipped["status"] == "planned").sum())
    assert "Exported at" in applied and len(list(book["Sources"].values)) == 2
