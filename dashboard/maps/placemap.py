"""The map of many facts: one marker per place, sized by its troops, with its counts by status and unit.

Whatever the number of facts, the map holds one marker per distinct point (a few hundred places on
the eastern flank), so the page the browser receives stays small. Each marker's popup gives the
place's counts; the facts themselves, with their quotes, are listed beside the map a page at a
time. The countries and regions with country- or region-level facts are outlined as on the map of
individual facts (``mapview``), from their counts.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from datetime import date
from typing import cast

import folium
from branca.element import Figure
from folium.features import GeoJsonPopup, GeoJsonTooltip

from dashboard.analysis.query import Place, Summary
from dashboard.analysis.reference import ReferenceRow
from dashboard.maps import outlines
from dashboard.maps.mapview import (
    FADED_OPACITY,
    FRAME,
    STATUS_COLOURS,
    STATUS_DASH,
    VENDOR_URL,
    radius_for,
    reference_features,
)
from dashboard.util.dates import iso_date
from dashboard.util.htmltext import escape_html, for_template_literal

# Up to this many filtered facts the map draws each one (fanned out, each with its popup); above it,
# one marker per place. Measured: 1,457 facts drawn one by one took a filter change to 1.0 s, their
# 8 places 0.45 s (benchmarks/README.md); a few hundred markers stay readable.
FACT_MARKER_LIMIT = 500
PRECISION_STYLE: dict[str, dict[str, float | str]] = {
    "country": {"fillOpacity": 0.15, "weight": 4},
    "region": {"fillOpacity": 0.08, "weight": 3, "dashArray": "8 6"},
}


def build_place_map(
    summary: Summary,
    *,
    outline: outlines.Outline,
    members: Mapping[str, tuple[str, ...]],
    tiles: str | None = "OpenStreetMap",
    local_assets: bool = True,
    reference: Sequence[ReferenceRow] = (),
    faded_before: date | None = None,
) -> folium.Map:
    """One circle per place; a place whose newest statement is dated before ``faded_before`` is faded."""
    fmap = folium.Map(location=(51.0, 23.0), zoom_start=5, tiles=tiles, control_scale=True)
    if local_assets:
        fmap.default_js = [("leaflet", f"{VENDOR_URL}/leaflet.js"), ("jquery", f"{VENDOR_URL}/jquery.min.js")]
        fmap.default_css = [("leaflet_css", f"{VENDOR_URL}/leaflet.css")]
    fmap.fit_bounds([list(FRAME[0]), list(FRAME[1])])
    folium.GeoJson(outlines.background(outline), name="Countries", interactive=False, control=False).add_to(fmap)
    areas = _areas(summary, outline, members)
    if areas["features"]:
        folium.GeoJson(
            areas, name="Country and region outlines", tooltip=GeoJsonTooltip(fields=["tooltip"], labels=False)
        ).add_to(fmap)
    if reference:
        folium.GeoJson(
            reference_features(reference),
            name="Official reference (NATO)",
            marker=folium.CircleMarker(radius=10, fill=True, className="reference-marker"),
            popup=GeoJsonPopup(fields=["popup"], labels=False, max_width=360),
            tooltip=GeoJsonTooltip(fields=["tooltip"], labels=False),
        ).add_to(fmap)
    if summary.places:
        folium.GeoJson(
            place_features(summary.places, faded_before=faded_before),
            name="Places (facts counted)",
            marker=folium.CircleMarker(radius=8, fill=True, className="place-marker"),
            popup=GeoJsonPopup(fields=["popup"], labels=False, max_width=360),
            tooltip=GeoJsonTooltip(fields=["tooltip"], labels=False),
        ).add_to(fmap)
    root = fmap.get_root()
    assert isinstance(root, Figure)  # a Map is always the child of a Figure
    root.html.add_child(folium.Element(_legend(summary)))
    folium.LayerControl(collapsed=True).add_to(fmap)
    return fmap


def placed_at(
    places: Sequence[Place], clicked: Mapping[str, float] | None, *, within_degrees: float = 1.0
) -> Place | None:
    """The place whose marker was clicked. st_folium's ``last_object_clicked`` is where the pointer
    was, somewhere on the circle, so the nearest centre wins (a click far from any is no place's)."""
    if not clicked or clicked.get("lat") is None or clicked.get("lng") is None:
        return None
    lat, lng = clicked["lat"], clicked["lng"]
    scale = math.cos(math.radians(lat))

    def distance(place: Place) -> float:
        return math.hypot(place.lat - lat, (place.lon - lng) * scale)

    nearest = min(places, key=distance, default=None)
    return nearest if nearest is not None and distance(nearest) <= within_degrees else None


def place_features(places: Sequence[Place], *, faded_before: date | None = None) -> dict:
    """One point per place; its popup and tooltip are escaped text, its size follows its troops; faded
    (as ``mapview.style_for`` fades a fact) where its newest statement is older than ``faded_before``."""
    features = []
    for place in sorted(places, key=lambda p: -p.troops):  # the largest drawn first, beneath the small
        colour = STATUS_COLOURS.get(place.status, "#555555")
        popup = (
            f"<div class='place-popup'><b>{escape_html(place.name)}</b> ({escape_html(place.precision)})<br>"
            f"<b>{place.facts:,} fact(s)</b>, {place.troops:,} troops stated or derived<br>"
            f"by status: {_counts(place.by_status)}<br>by unit: {_counts(place.by_unit)}<br>"
            f"<small>Their quotes are listed under the map.</small></div>"
        )
        style = {
            "radius": radius_for(place.troops),
            "color": colour,
            "weight": 2,
            "fillColor": colour,
            "fillOpacity": 0.5,
            "dashArray": STATUS_DASH.get(place.status),
            **PRECISION_STYLE.get(place.precision, {}),
        }
        newest = iso_date(place.newest)
        if faded_before is not None and newest is not None and newest < faded_before:
            fill = float(cast(float, style["fillOpacity"]))
            style.update(opacity=FADED_OPACITY, fillOpacity=round(fill * FADED_OPACITY, 3))
        features.append(
            {
                "type": "Feature",
                "geometry": {"type": "Point", "coordinates": [place.lon, place.lat]},
                "properties": {
                    "popup": popup,
                    "style": style,
                    "tooltip": for_template_literal(f"{place.name}: {place.facts:,} fact(s)"),
                },
            }
        )
    return {"type": "FeatureCollection", "features": features}


def _counts(pairs: Sequence[tuple[str, int]]) -> str:
    return ", ".join(f"{escape_html(key)} {n:,}" for key, n in pairs)


def _areas(summary: Summary, outline: outlines.Outline, members: Mapping[str, tuple[str, ...]]) -> dict:
    features = []
    for code, count in sorted(summary.country_facts.items()):
        features += outlines.features(
            outline,
            code,
            f"{count:,} country-level fact(s) for this country",
            {"color": "#1f4e9c", "weight": 2, "fillColor": "#5d8fd6", "fillOpacity": 0.25},
        )
    for region, count in sorted(summary.region_facts.items()):
        for code in members.get(region, ()):
            features += outlines.features(
                outline,
                code,
                f"member of {region}: {count:,} region-level fact(s)",
                {"color": "#6c3483", "weight": 2, "dashArray": "6 5", "fill": False},
            )
    return {"type": "FeatureCollection", "features": features}


def _legend(summary: Summary) -> str:
    rows = "".join(
        f"<div><svg width='18' height='18'><circle cx='9' cy='9' r='7' stroke='{colour}' stroke-width='2' "
        f"fill='{colour}' fill-opacity='0.5'/></svg> mostly {status}</div>"
        for status, colour in STATUS_COLOURS.items()
    )
    return (
        "<div id='map-legend' style='position:fixed;bottom:24px;right:10px;z-index:9999;background:white;"
        "padding:5px 8px;border:1px solid #999;border-radius:4px;font:11px sans-serif;max-width:240px'>"
        "<details open><summary><b>Legend</b></summary>"
        f"<div>{summary.totals.facts:,} facts at {len(summary.places):,} places: one circle per place, sized by "
        f"its troops; narrow the filters to see each fact.</div>{rows}"
        "<div>thick ring: country-level; dashed ring: region-level</div>"
        f"<div>{summary.totals.unlocated:,} fact(s) with no place are listed beside the map.</div></details></div>"
    )
