"""The folium map: one marker per located fact, honest precision, escaped text, served offline."""
from __future__ import annotations

import json
import re

import folium
import pytest

from dashboard import export, factlayer, mapview
from dashboard.factlayer import FactLayer, embed_json
from dashboard.data import region_members
from dashboard.htmltext import for_template_literal


@pytest.fixture
def table(seed_facts):
    return export.frame(seed_facts)


@pytest.fixture
def built(table, gaz):
    return mapview.build_map(table, outline=gaz.outline, members=region_members(table, gaz), tiles=None)


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
    built = mapview.build_map(estonia, outline=gaz.outline, members=region_members(table, gaz), tiles=None,
                              fit_to_facts=True)
    assert f"[[{south}, {west}], [{north}, {east}]]" in built.get_root().render().replace("\n", "").replace(" " * 16, "")


def test_a_filter_that_leaves_nothing_located_keeps_the_flank(table, gaz):
    unlocated = table[table["lat"].isna() & (table["precision"] == "none")]
    assert mapview.bounds_of(unlocated, gaz.outline, {}) is None


def _payload(built) -> dict:
    layer = next(c for c in built._children.values() if isinstance(c, FactLayer))
    return json.loads(layer.payload)


def test_one_marker_feature_per_located_fact(table, built):
    located = table[table["lat"].notna()]
    assert list(mapview.fact_table(table)["fact_id"]) == list(located["fact_id"])
    features = _payload(built)["geojson"]["features"]
    assert len(features) == len(located)
    assert sorted(f["properties"]["i"] for f in features) == list(range(len(located)))


def test_the_map_uses_a_few_layers_not_one_object_per_marker(built):
    kinds = [type(child).__name__ for child in built._children.values()]
    assert kinds.count("GeoJson") + kinds.count("FactLayer") <= 3 and "CircleMarker" not in kinds


def test_country_and_region_facts_look_different_from_points():
    point, country, region = (mapview.style_for(f"existing|{p}") for p in ("base", "country", "region"))
    assert country["fillOpacity"] < point["fillOpacity"] and country["weight"] > point["weight"]
    assert region["dashArray"] and not point["dashArray"]
    assert mapview.style_for("planned|base")["dashArray"] and mapview.style_for("planned|base")["color"] != \
        point["color"]


def test_several_facts_at_one_point_are_fanned_out(table):
    same = table[table["region"] == "eastern flank"]
    positions = mapview._fanned_out(same)
    assert len(set(positions)) == len(same)


def test_marker_size_grows_with_troops():
    assert mapview.radius_for(None) < mapview.radius_for(100) < mapview.radius_for(1000) < mapview.radius_for(40000)


def test_the_map_loads_leaflet_from_the_app_not_a_cdn(built):
    html = built.get_root().render()
    scripts = re.findall(r'<script src="([^"]+)"', html)
    assert scripts and all(s.startswith("/app/static/vendor/") for s in scripts)
    assert "cdn.jsdelivr" not in html and "code.jquery.com" not in html


def test_vendored_assets_are_the_packaged_leaflet(tmp_path, monkeypatch):
    monkeypatch.setattr(mapview, "STATIC_DIR", tmp_path)
    mapview.vendor_assets()
    assert (tmp_path / "vendor" / "leaflet.js").read_text()[:200].count("Leaflet") >= 1
    assert (tmp_path / "vendor" / "images" / "layers.png").exists()


HOSTILE = "<script>alert(1)</script><img src=x onerror=alert(1)> `${alert(1)}` </textarea>"


def test_article_text_is_embedded_as_inert_json_and_shown_as_dom_text(table, gaz):
    hostile = table.assign(quote=HOSTILE, place=HOSTILE, force=HOSTILE, outlet=HOSTILE, title=HOSTILE)
    built = mapview.build_map(hostile, outline=gaz.outline, members=region_members(hostile, gaz), tiles=None)
    html = built.get_root().render()
    assert "<script>alert" not in html and "<img src=x" not in html and "</textarea>" not in html
    assert HOSTILE in _payload(built)["strings"]
    source = open(factlayer.__file__, encoding="utf-8").read()
    template = source.split("_template = Template(")[1].split('""")')[0]
    assert "textContent" in template and "innerHTML" not in template


def test_embedded_json_cannot_close_its_script_element():
    text = embed_json(["</script><script>alert(1)</script>", "a & b", "\u2028"])
    assert "<" not in text and ">" not in text and "&" not in text
    assert json.loads(text) == ["</script><script>alert(1)</script>", "a & b", "\u2028"]


def test_template_literal_escaping_neutralises_backticks_and_expressions():
    assert for_template_literal("a`b${c}\\") == "a&#96;b&#36;{c}&#92;"
