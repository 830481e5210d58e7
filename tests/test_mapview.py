"""The folium map: one marker per located fact, honest precision, escaped text, served offline."""
from __future__ import annotations

import re

import folium
import pytest

from dashboard import export, mapview
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
    assert "fitBounds" in html and "[41.0, 12.5]" in html and "[60.5, 32.5]" in html


def test_one_marker_feature_per_located_fact(table):
    features = mapview.fact_features(table)["features"]
    assert len(features) == table["lat"].notna().sum()
    assert {f["id"] for f in features} == set(table.loc[table["lat"].notna(), "fact_id"])


def test_the_map_uses_a_few_geojson_layers_not_one_object_per_marker(built):
    kinds = [type(child).__name__ for child in built._children.values()]
    assert kinds.count("GeoJson") <= 3 and "CircleMarker" not in kinds


def test_country_and_region_facts_look_different_from_points(table):
    styles = {row.precision: mapview._style(row) for row in table.itertuples(index=False)}
    assert styles["country"]["fillOpacity"] < 0.2 and styles["region"]["dashArray"]
    located = table[table["lat"].notna()]
    assert set(located["precision"]) <= {"country", "region", "base", "town"}


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


def test_popups_and_tooltips_escape_article_text(table):
    row = table.head(1).assign(quote=HOSTILE, place=HOSTILE, force=HOSTILE, outlet=HOSTILE).iloc[0]
    popup = mapview.popup_html(row)
    assert "<script>" not in popup and "<img" not in popup and "&lt;script&gt;" in popup
    tooltip = mapview.tooltip_text(row)
    assert "`" not in tooltip and "${" not in tooltip and "<" not in tooltip


def test_template_literal_escaping_neutralises_backticks_and_expressions():
    assert for_template_literal("a`b${c}\\") == "a&#96;b&#36;{c}&#92;"
