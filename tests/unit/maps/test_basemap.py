"""The offline basemap's names: curated, drawn by zoom, off by default only when tiles carry names."""

from __future__ import annotations

import json

import pytest

from dashboard.errors import DashboardError
from dashboard.exports import tables
from dashboard.maps import basemap, mapview

FLANK = ("Estonia", "Latvia", "Lithuania", "Poland", "Slovakia", "Hungary", "Romania", "Bulgaria")


def test_the_flank_its_capitals_and_seas_are_named_from_the_opening_zoom():
    labels = {label.name: label for label in basemap.load()}
    opening = 4.75  # what fitBounds gives the flank on a 640 px map (see the browser test)
    for name in (
        *FLANK,
        "Tallinn",
        "Riga",
        "Vilnius",
        "Warsaw",
        "Bratislava",
        "Budapest",
        "Bucharest",
        "Sofia",
        "Baltic Sea",
        "Black Sea",
    ):
        assert labels[name].min_zoom <= opening, name
    # Towns wait for a closer look, so the opening view is not crowded.
    towns = [label for label in labels.values() if label.kind == "town"]
    assert len(towns) >= 20 and all(label.min_zoom > opening for label in towns)
    (south, west), (north, east) = mapview.FRAME
    for label in labels.values():
        if label.name in FLANK or label.kind == "capital" and label.name in ("Tallinn", "Sofia"):
            assert south < label.lat < north and west < label.lon < east, label


def _built(labels=None, tiles=None):
    df = tables.frame([])
    return mapview.map_parts(df, outline=lambda code: None, members={}, tiles=tiles, labels=labels).whole()


def test_the_labels_are_one_layer_shown_when_there_are_no_tiles():
    html = _built().get_root().render()
    layer = next(c for c in _built()._children.values() if isinstance(c, basemap.LabelLayer))
    assert layer.show
    names = [row[0] for row in json.loads(layer.payload)]
    assert "Baltic Sea" in names and "Warsaw" in names
    assert ".basemap-label" in html and "textContent = name" in html
    assert "innerHTML" not in open(basemap.__file__, encoding="utf-8").read()


def test_with_tiles_the_labels_start_switched_off_but_stay_in_the_layer_control():
    built = _built(tiles="OpenStreetMap")
    layer = next(c for c in built._children.values() if isinstance(c, basemap.LabelLayer))
    assert not layer.show and layer.control


def test_a_broken_label_file_is_a_clear_error(tmp_path):
    bad = tmp_path / "labels.csv"
    bad.write_text("name,kind,lat,lon,min_zoom,source\nX,volcano,1,2,3,me\n", encoding="utf-8")
    with pytest.raises(DashboardError, match="unknown kind"):
        basemap.load(bad)
    bad.write_text("name,kind\nX,town\n", encoding="utf-8")
    with pytest.raises(DashboardError, match="cannot be read"):
        basemap.load(bad)
