"""The map tells the truth about where, read from the Leaflet map in a real Chromium: every marker on
its fact's own point at every zoom (a cluster opens on click, spreading its markers by pixels), and the
map first on the screen, fitted to what a filter leaves."""

from __future__ import annotations

import re

import pytest

from dashboard.ingest import local
from dashboard.store.articles import Store
from tests.browser.support import (
    ARTIFACTS,
    FACT_MARKERS,
    FACT_POINTS,
    chromium_page,
    map_frame,
    streamlit_server,
    wait_until_app_idle,
)

# Five contingents at one base, a Lithuanian training area near Belarus, a Bulgarian inland base.
STORY = (
    "title: Rukla\npublished: 2024-03-01\n\n"
    "Germany has 800 troops at Rukla. The Netherlands has 250 soldiers at Rukla. Norway keeps 200 troops "
    "at Rukla. Belgium sent 150 soldiers to Rukla. Luxembourg has 40 troops at Rukla. The US keeps 500 "
    "soldiers at the Pabradė training area. Italy sent 300 troops to Novo Selo."
)
SHIPPED_MARKERS = 4  # the shipped article's country markers (Estonia, Latvia, Lithuania, Poland)
MAP = "() => Object.values(window).find(v => v instanceof L.Map)"
# Set until it holds (the page may still be settling and frame the map once more).
HOLD_VIEW = f"""([lat, lon, zoom]) => {{ const map = ({MAP})(); const c = map.getCenter();
    if (map.getZoom() !== zoom || Math.abs(c.lat - lat) > 1e-6 || Math.abs(c.lng - lon) > 1e-6) {{
        map.setView([lat, lon], zoom, {{animate: false}});
        return false;
    }}
    return true; }}"""
BOUNDS = f"""() => {{ const b = ({MAP})().getBounds();
    return {{south: b.getSouth(), north: b.getNorth(), west: b.getWest(), east: b.getEast()}}; }}"""
# Pixels between where a marker is drawn and its own point, at the current zoom.
PIXELS_FROM_HOME = f"""() => {{ const map = ({MAP})(); const out = [];
    map.eachLayer(layer => {{
        if (layer instanceof L.MarkerClusterGroup) for (const m of layer.getLayers()) {{
            const home = m._preSpiderfyLatlng || m.getLatLng();
            out.push(map.latLngToContainerPoint(m.getLatLng()).distanceTo(map.latLngToContainerPoint(home)));
        }}
    }});
    return out; }}"""
CLUSTER_AT = f"""([lat, lon]) => {{ const map = ({MAP})(); let found = null;
    map.eachLayer(layer => {{
        if (layer instanceof L.MarkerCluster && Math.abs(layer.getLatLng().lat - lat) < 1e-6
            && Math.abs(layer.getLatLng().lng - lon) < 1e-6) found = layer;
    }});
    return found ? [...document.querySelectorAll(".marker-cluster")].indexOf(found.getElement()) : -1; }}"""


@pytest.fixture(scope="module")
def server(tmp_path_factory, gaz):
    tmp = tmp_path_factory.mktemp("truth")
    added = local.add(STORY, name="rukla.txt", gazetteer=gaz, store=Store(tmp / "store.sqlite"))
    assert added.result.facts == 7
    with streamlit_server(tmp) as running:
        running.facts = Store(tmp / "store.sqlite").facts()  # type: ignore[attr-defined]
        yield running


def _points(frame) -> list[dict]:
    return frame.evaluate(FACT_POINTS)


def set_view(frame, lat: float, lon: float, zoom: float) -> None:
    frame.wait_for_function(HOLD_VIEW, arg=[lat, lon, zoom], polling=200, timeout=60_000)
    frame.wait_for_timeout(400)  # markers re-clustered for the zoom (an animation of 0.3 s)


@pytest.mark.parametrize("zoom", [5, 8, 11])
def test_every_marker_stands_on_its_facts_own_point_at_every_zoom(server, gaz, zoom):
    exported = {(round(r.lat, 5), round(r.lon, 5)) for r in server.facts.itertuples()}
    with chromium_page() as page:
        page.goto(server.url)
        wait_until_app_idle(page)
        page.wait_for_function(FACT_MARKERS, arg=SHIPPED_MARKERS + 7, timeout=60_000)
        frame = map_frame(page)
        set_view(frame, 55.0, 25.0, zoom)
        points = _points(frame)
        ours = [p for p in points if (round(p["lat"], 5), round(p["lon"], 5)) in exported]
        assert len(ours) == 7
        for point in points:
            # Drawn alone, a marker is on its own point; gathered, its cluster is (markers of one place).
            drawn = (point["drawnLat"], point["drawnLon"]) if point["alone"] else None
            assert drawn is None or drawn == (point["lat"], point["lon"]), point
        rukla = [p for p in ours if abs(p["lat"] - 55.0532) < 1e-6]
        assert len(rukla) == 5 and not any(p["alone"] for p in rukla)
        # A cluster stands at the middle of its markers' own points, which it never moves.
        clusters: dict[tuple[float, float], list[dict]] = {}
        for point in points:
            if not point["alone"] and point["clusterLat"] is not None:  # off screen: drawn nowhere
                clusters.setdefault((point["clusterLat"], point["clusterLon"]), []).append(point)
        for (lat, lon), members in clusters.items():
            assert abs(lat - sum(m["lat"] for m in members) / len(members)) < 1e-6
            assert abs(lon - sum(m["lon"] for m in members) / len(members)) < 1e-6
            assert all((m["drawnLat"], m["drawnLon"]) == (m["lat"], m["lon"]) for m in members)
        # The training area by the Belarusian border is drawn in Lithuania, the inland base where it is.
        pabrade = next(p for p in ours if abs(p["lon"] - 25.77) < 1e-6)
        assert gaz.point_place(pabrade["lat"], pabrade["lon"]).country_code == "LT"
        if pabrade["alone"]:
            assert gaz.point_place(pabrade["drawnLat"], pabrade["drawnLon"]).country_code == "LT"


def test_a_cluster_opens_on_click_by_pixels_and_the_card_gives_the_exported_point(server):
    with chromium_page() as page:
        page.set_viewport_size({"width": 1500, "height": 1400})
        page.goto(server.url)
        wait_until_app_idle(page)
        page.wait_for_function(FACT_MARKERS, arg=SHIPPED_MARKERS + 7, timeout=60_000)
        frame = map_frame(page)
        set_view(frame, 55.0532, 24.3867, 9)
        # A real click on the cluster of the five: no zoom can part them, so they spread around the point.
        index = frame.evaluate(CLUSTER_AT, [55.0532, 24.3867])
        assert index >= 0, "the five contingents at Rukla are one cluster"
        frame.locator(".marker-cluster").nth(index).click()
        frame.wait_for_function(
            "() => [...document.querySelectorAll('path.leaflet-interactive')].length > 0"
            " && document.querySelectorAll('path.fact-marker').length >= 5"
        )
        frame.wait_for_timeout(500)  # the spreading is animated (0.3 s in MarkerCluster.css)
        zoom = frame.evaluate(f"() => ({MAP})().getZoom()")
        assert zoom == 9, "the click spread the markers, it did not zoom"
        rukla = [p for p in _points(frame) if abs(p["lat"] - 55.0532) < 1e-6 and abs(p["lon"] - 24.3867) < 1e-6]
        assert len(rukla) == 5 and all(p["alone"] for p in rukla)
        spread = sorted(frame.evaluate(PIXELS_FROM_HOME))
        assert 0 < spread[-1] <= 120, spread  # pixels from the point, never degrees
        # The card of one spread marker gives the fact's own point, the one the export writes.
        moved = [(p["drawnLat"], p["drawnLon"]) for p in rukla]
        marker = frame.evaluate(
            """([lat, lon]) => { const map = Object.values(window).find(v => v instanceof L.Map); let found = null;
                map.eachLayer(l => { if (l instanceof L.CircleMarker && l.options.className === "fact-marker"
                    && l.getLatLng().lat === lat && l.getLatLng().lng === lon) found = l; });
                return [...document.querySelectorAll("path.fact-marker")].indexOf(found.getElement()); }""",
            list(moved[0]),
        )
        frame.locator("path.fact-marker").nth(marker).click(force=True)
        card = frame.wait_for_selector(".leaflet-popup-content .fact-popup").inner_text()
        assert re.search(r"Point: 55\.0532, 24\.3867", card), card
        assert set(server.facts.loc[server.facts["place"] == "Rukla", "lat"]) == {55.0532}
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "map-cluster-spread.png"))


def test_at_1280_by_800_the_map_fills_the_first_screen_below_the_title(server):
    with chromium_page() as page:
        page.set_viewport_size({"width": 1280, "height": 800})
        page.goto(server.url)
        wait_until_app_idle(page)
        map_frame(page)
        title = page.locator("h1").first.bounding_box()
        box = page.locator("iframe[title='streamlit_folium.st_folium']").bounding_box()
        assert title and box
        assert title["y"] + title["height"] <= box["y"] <= title["y"] + title["height"] + 160, (title, box)
        assert box["y"] + box["height"] >= 800 and box["width"] >= 500
        # The figures are folded above the map, in one line that gives them.
        shown = [m for m in page.get_by_test_id("stMetric").all() if m.is_visible()]
        assert shown == []
        line = page.get_by_test_id("stExpander").first.locator("summary").inner_text()
        assert re.search(r"\d+ facts, \d+ countries, .* allied troops on the flank", line), line
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "map-first-1280x800.png"))


def test_at_1920_by_1080_the_whole_map_shows_estonia_to_bulgaria(server):
    with chromium_page() as page:
        page.set_viewport_size({"width": 1920, "height": 1080})
        page.goto(server.url)
        wait_until_app_idle(page)
        frame = map_frame(page)
        box = page.locator("iframe[title='streamlit_folium.st_folium']").bounding_box()
        assert box and box["y"] + box["height"] <= 1080, box
        view = frame.evaluate(BOUNDS)
        for name, lat, lon in (("Tallinn", 59.44, 24.75), ("Sofia", 42.70, 23.32), ("Varna", 43.21, 27.91)):
            assert view["south"] < lat < view["north"] and view["west"] < lon < view["east"], (name, view)
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "map-first-1920x1080.png"))


def test_a_filter_fits_the_map_to_the_facts_left_and_the_figures_follow(server):
    with chromium_page() as page:
        page.set_viewport_size({"width": 1280, "height": 800})
        page.goto(server.url)
        wait_until_app_idle(page)
        page.wait_for_function(FACT_MARKERS, arg=SHIPPED_MARKERS + 7, timeout=60_000)
        before = page.get_by_test_id("stExpander").first.locator("summary").inner_text()
        page.get_by_test_id("stSidebar").get_by_role("combobox", name="Country").click()
        page.get_by_role("option", name="Lithuania (LT)").click()
        page.keyboard.press("Escape")
        # Rukla's five, Pabradė, and the shipped article's Lithuanian marker.
        page.wait_for_function(FACT_MARKERS, arg=7, timeout=60_000)
        wait_until_app_idle(page)
        view = map_frame(page).evaluate(BOUNDS)
        for lat, lon in ((55.0532, 24.3867), (54.981, 25.77)):  # Rukla, Pabradė
            assert view["south"] < lat < view["north"] and view["west"] < lon < view["east"], view
        assert view["north"] < 59.4 and view["south"] > 43.0, view  # neither Tallinn nor Bulgaria
        after = page.get_by_test_id("stExpander").first.locator("summary").inner_text()
        facts = [int(re.search(r"(\d+) facts", line)[1]) for line in (before, after)]
        assert 7 <= facts[1] < facts[0], (before, after)
