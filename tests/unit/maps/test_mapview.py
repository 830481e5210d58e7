"""The folium map: one marker per located fact, honest precision, escaped text, served offline."""

from __future__ import annotations

import json
import re

import folium
import pytest
from shapely.geometry import shape

from dashboard.maps import mapview, outlines
from dashboard.maps.factlayer import FactLayer, embed_json
from dashboard.maps.regionlayer import RegionLayer
from dashboard.store.shipped import region_members
from dashboard.util.htmltext import for_template_literal


@pytest.fixture
def built(table, gaz):
    return mapview.map_parts(
        table, outline=gaz.outline, members=region_members(table, gaz), tiles=None, country_name=gaz.country_name
    ).whole()


def test_the_map_is_a_folium_map_framed_on_the_baltic_to_black_sea_band(built):
    assert isinstance(built, folium.Map)
    html = built.get_root().render()
    (south, west), (north, east) = mapview.FRAME
    assert f"[[{south}, {west}], [{north}, {east}]]" in html.replace("\n", "").replace(" " * 16, "")
    # Tallinn and Sofia inside, Madrid and London outside.
    assert south < 42.7 and north > 59.4 and west < 23.3 < 24.7 < east
    assert west > -3.7 and west > -0.1
    # Fractional zoom, so fitBounds does not fall back a whole step to all of Europe.
    assert '"zoomSnap": 0.25' in html


def test_after_a_filter_the_map_fits_the_facts_shown(table, gaz):
    estonia = table[table["country_code"] == "EE"]
    assert not estonia.empty
    (south, west), (north, east) = mapview.bounds_of(estonia, gaz.outline, region_members(table, gaz))
    # Around Estonia's outline (widened to the smallest fitted box), not the flank.
    assert south < 57.6 and north > 59.5 and west < 24 and east > 28
    assert north - south <= 3.5 and east - west <= 7
    built = mapview.map_parts(
        estonia, outline=gaz.outline, members=region_members(table, gaz), tiles=None, fit_to_facts=True
    ).whole()
    html = built.get_root().render().replace("\n", "").replace(" " * 16, "")
    assert f"[[{south}, {west}], [{north}, {east}]]" in html


def test_filtered_to_a_country_a_region_fact_is_framed_by_that_country_not_every_member(table, gaz):
    members = region_members(table, gaz)
    flank = table[table["region"] == "eastern flank"]
    assert not flank.empty
    (south, _), (north, _) = mapview.bounds_of(flank, gaz.outline, members)
    assert south < 44 and north > 59  # all eight members, Estonia to Bulgaria
    (south, west), (north, east) = mapview.bounds_of(flank, gaz.outline, members, countries=("LT",))
    assert 53.5 < south and north < 56.8 and 20.5 < west and east < 27.2  # Lithuania alone


def test_a_filter_that_leaves_nothing_located_keeps_the_flank(table, gaz):
    unlocated = table[table["lat"].isna() & (table["precision"] == "none")]
    assert mapview.bounds_of(unlocated, gaz.outline, {}) is None


def _layers(element):
    """Every element under ``element``: the facts' layers sit in groups of their own."""
    for child in element._children.values():
        yield child
        yield from _layers(child)


def _payload(built) -> dict:
    layer = next(c for c in _layers(built) if isinstance(c, FactLayer))
    return json.loads(layer.payload)


def test_one_marker_feature_per_fact_with_a_point(table, gaz, built):
    points = mapview.point_facts(table, region_members(table, gaz))
    assert set(points["precision"]) == {"country"}  # the seed's region facts are drawn as regions
    features = _payload(built)["geojson"]["features"]
    assert len(features) == len(points)
    assert sorted(f["properties"]["i"] for f in features) == list(range(len(points)))


def _regions(built) -> dict:
    layer = next(c for c in _layers(built) if isinstance(c, RegionLayer))
    return json.loads(layer.payload)


def test_a_region_fact_is_its_members_outlined_with_one_label_inside_a_member(table, gaz, built):
    members = region_members(table, gaz)
    payload = _regions(built)
    regional = table[table["precision"] == "region"]
    assert [r["name"] for r in payload["regions"]] == sorted(set(regional["region"]))
    for index, region in enumerate(payload["regions"]):
        codes = members[region["name"]]
        assert region["members"] == [gaz.country_name(code) for code in codes]
        assert len(region["facts"]) == int((regional["region"] == region["name"]).sum())
        drawn = [f for f in payload["geojson"]["features"] if f["properties"]["r"] == index]
        # countryinfo has no outline for Hungary (nor Serbia, Montenegro): a member without one is named, not drawn.
        assert len(drawn) == sum(len((gaz.outline(code) or {"features": []})["features"]) for code in codes) > 0
        # One label, inside a member and inside no other country around the flank.
        anchor = tuple(region["anchor"])
        assert any(mapview._contains(gaz.outline(code), anchor) for code in codes), region["name"]
        assert not any(
            mapview._contains(gaz.outline(code), anchor) for code in outlines.BACKGROUND if code not in codes
        ), region["name"]
        # Clear of each member's own point, where its country ring and name are drawn.
        for code in codes:
            country = gaz.countries[code]
            assert mapview._distance(anchor, (country.lat, country.lon)) >= mapview.LABEL_CLEARANCE, (region, code)


def test_a_region_whose_point_is_outside_its_members_is_labelled_inside_one(gaz):
    # The Black Sea region's point is at sea; its label goes inside Romania, Bulgaria or Türkiye.
    shapes = [gaz.outline(code) for code in ("RO", "BG", "TR")]
    anchor = mapview.region_anchor((43.4, 34.0), shapes)
    assert any(mapview._contains(shape, tuple(anchor)) for shape in shapes)
    assert mapview.region_anchor((50.5, 23.5), [gaz.outline("PL")]) == [50.5, 23.5]


def test_a_region_with_no_member_list_stays_a_point(table, gaz):
    europe = table[table["precision"] == "region"].head(1).assign(region="Europe")
    assert len(mapview.point_facts(europe, {"Europe": ()})) == 1


def test_the_map_uses_a_few_layers_not_one_object_per_marker(built):
    kinds = [type(child).__name__ for child in _layers(built)]
    assert kinds.count("GeoJson") + kinds.count("FactLayer") + kinds.count("RegionLayer") <= 4
    assert "CircleMarker" not in kinds


def test_the_legend_starts_collapsed(built):
    html = built.get_root().render()
    legend = html[html.index("id='map-legend'") :]
    assert "<details>" in legend[:400] and "<details open" not in legend[:400]


def test_country_and_region_facts_look_different_from_points():
    point, country, region = (mapview.style_for(f"existing|{p}") for p in ("base", "country", "region"))
    assert country["fillOpacity"] < point["fillOpacity"] and country["weight"] > point["weight"]
    assert region["dashArray"] and not point["dashArray"]
    assert (
        mapview.style_for("planned|base")["dashArray"] and mapview.style_for("planned|base")["color"] != point["color"]
    )


def test_facts_sharing_a_point_are_drawn_on_that_point_in_a_cluster_not_moved(table):
    rukla = table.head(5).assign(lat=55.0532, lon=24.3867, precision="base", region="")
    drawn = mapview.fact_table(rukla)
    assert set(zip(drawn["lat"], drawn["lon"])) == {(55.0532, 24.3867)}
    html = mapview.map_parts(rukla, outline=lambda code: None, members={}, tiles=None).whole().get_root().render()
    assert "L.markerClusterGroup(" in html and "spiderfy()" in html
    assert '"coordinates":[24.38670,55.05320]' in html


def test_the_cluster_script_is_served_by_the_app_with_leaflet(tmp_path, built):
    mapview.vendor_assets(tmp_path / "vendor")
    for name in mapview.CLUSTER_ASSETS:
        assert (tmp_path / "vendor" / name).stat().st_size > 500
    assert "/app/static/vendor/leaflet.markercluster.js" in built.get_root().render()


def test_marker_size_grows_with_troops():
    assert mapview.radius_for(None) < mapview.radius_for(100) < mapview.radius_for(1000) < mapview.radius_for(40000)


def test_the_map_loads_leaflet_from_the_app_not_a_cdn(built):
    html = built.get_root().render()
    scripts = re.findall(r'<script src="([^"]+)"', html)
    assert scripts and all(s.startswith("/app/static/vendor/") for s in scripts)
    assert "cdn.jsdelivr" not in html and "code.jquery.com" not in html


def test_vendored_assets_are_the_packaged_leaflet(tmp_path):
    mapview.vendor_assets(tmp_path / "vendor")
    assert (tmp_path / "vendor" / "leaflet.js").read_text()[:200].count("Leaflet") >= 1
    assert (tmp_path / "vendor" / "images" / "layers.png").exists()


HOSTILE = "<script>alert(1)</script><img src=x onerror=alert(1)> `${alert(1)}` </textarea>"


def test_article_text_is_embedded_as_inert_json_and_shown_as_dom_text(table, gaz):
    hostile = table.assign(quote=HOSTILE, place=HOSTILE, force=HOSTILE, outlet=HOSTILE, title=HOSTILE)
    built = mapview.map_parts(hostile, outline=gaz.outline, members=region_members(hostile, gaz), tiles=None).whole()
    html = built.get_root().render()
    assert "<script>alert" not in html and "<img src=x" not in html and "</textarea>" not in html
    # That the popup shows it as DOM text, never markup, only a browser can tell: test_browser_hostile.py.
    assert HOSTILE in _payload(built)["strings"]
    assert all(fact[3] == HOSTILE for region in _regions(built)["regions"] for fact in region["facts"])


def test_embedded_json_cannot_close_its_script_element():
    text = embed_json(["</script><script>alert(1)</script>", "a & b", "\u2028"])
    assert "<" not in text and ">" not in text and "&" not in text
    assert json.loads(text) == ["</script><script>alert(1)</script>", "a & b", "\u2028"]


def test_template_literal_escaping_neutralises_backticks_and_expressions():
    assert for_template_literal("a`b${c}\\") == "a&#96;b&#36;{c}&#92;"


def _given_to_st_folium(parts: mapview.MapParts, monkeypatch) -> dict:
    """What ``st_folium`` sends its browser component for these parts (as the app calls it)."""
    import streamlit_folium

    sent: list[dict] = []
    monkeypatch.setattr(streamlit_folium, "_component_func", lambda **kwargs: sent.append(kwargs))
    streamlit_folium.st_folium(
        parts.base,
        key="map",
        returned_objects=["last_object_clicked_popup"],
        feature_group_to_add=parts.layers,
        layer_control=parts.control,
    )
    return sent[0]


def test_a_review_changes_only_the_layers_the_browser_swaps_into_the_drawn_map(table, gaz, monkeypatch):
    """The component is kept (and with it the analyst's view and open card) while its key is the same;
    the key is a hash of the base map's script, so a decision must change nothing but the layers."""
    members = region_members(table, gaz)

    def sent(shown, **options):
        parts = mapview.map_parts(shown, outline=gaz.outline, members=members, tiles=None, labels=(), **options)
        return _given_to_st_folium(parts, monkeypatch)

    drawn, again = sent(table), sent(table)
    estonia_rejected = sent(table[table["country_code"] != "EE"])
    filtered = table[table["country_code"].isin(["EE", "LV"])]
    framed = sent(filtered, fit_to_facts=True, framed=filtered)
    framed_rejected = sent(filtered[filtered["country_code"] != "EE"], fit_to_facts=True, framed=filtered)
    for name in ("key", "script", "header", "html", "feature_group", "layer_control"):
        assert drawn[name] == again[name], name
    for name in ("key", "script", "header", "html"):
        assert estonia_rejected[name] == drawn[name], name
        assert framed_rejected[name] == framed[name], name
    assert estonia_rejected["feature_group"] != drawn["feature_group"]
    assert framed["key"] != drawn["key"]  # a filter frames the map anew, as it should
    assert "fact_layer" in drawn["feature_group"] and "fact_layer" not in drawn["script"]


def test_the_layer_control_names_the_swapped_layers(table, gaz, monkeypatch):
    parts = mapview.map_parts(table, outline=gaz.outline, members=region_members(table, gaz), tiles=None)
    control = _given_to_st_folium(parts, monkeypatch)["layer_control"]
    for name in (
        "Place names (offline)",
        "Countries with country-level facts",
        "Region-wide facts",
        "Deployment facts",
    ):
        assert f'"{name}" :' in control


def test_the_clicked_fact_is_read_from_the_end_of_its_card_only():
    card = (
        "NATO: 1,000 troops\nStatus: existing\n“The quote names fact abc at its end: fact abc”\nsource\nfact 4c876a2b"
    )
    assert mapview.clicked_fact(card) == "4c876a2b"
    # As streamlit_folium may read a card that is not on the page: its lines run together.
    assert mapview.clicked_fact("a quote”BBC, 2022-04-11fact 4c876a2b-0") == "4c876a2b-0"
    assert mapview.clicked_fact("“Article text ending in fact abc”\nBBC") is None
    reference = "Official reference (as of 2022-06-28) Estonia: battlegroup led by UK"
    assert mapview.clicked_fact(reference) is None
    assert mapview.clicked_fact(None) is None and mapview.clicked_fact("") is None


def test_each_card_ends_with_its_fact(table, gaz, built):
    payload = _payload(built)
    ids = [payload["strings"][i] for i in payload["columns"]["fact_id"]]
    assert ids == list(mapview.point_facts(table, region_members(table, gaz))["fact_id"])
    assert 'el("div", "fact " + text("fact_id", i), "fact-id")' in built.get_root().render()


def test_the_drawn_countries_still_meet_at_their_borders_and_stay_light(gaz):
    drawn = {
        code: shape(outlines.drawn(gaz.outline, code)["features"][0]["geometry"]) for code in ("PL", "DE", "LT", "BY")
    }
    for a, b in (("PL", "DE"), ("PL", "LT"), ("PL", "BY"), ("LT", "BY")):
        assert drawn[a].distance(drawn[b]) == 0, (a, b)
        assert drawn[a].intersection(drawn[b]).area < 0.001, (a, b)
    assert len(json.dumps(outlines.background(gaz.outline), separators=(",", ":"))) < 60_000
    assert {f["geometry"]["type"] for f in outlines.background(gaz.outline)["features"]} <= {"Polygon", "MultiPolygon"}


def test_a_card_names_the_unit_and_the_formation_and_what_the_place_resolved_to(table):
    one = table.head(2).assign(
        unit="battlegroups",
        quantity_low=[None, 4800],
        quantity_high=[None, 4800],
        approx=False,
        unit_name=["", "Panzerbrigade 45"],
        resolved_place=["Rukla", "Warsaw"],
    )
    drawn = mapview.fact_table(one)
    assert list(drawn["what"]) == ["battlegroup", "4,800 battlegroups: Panzerbrigade 45"]
    assert list(drawn["resolved"]) == ["Rukla", "Warsaw"]
    html = mapview.map_parts(one, outline=lambda code: None, members={}, tiles=None).whole().get_root().render()
    assert "Resolved to" in html and "unspecified number" not in html
