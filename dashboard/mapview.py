"""The map: facts on NATO's eastern flank, as a few GeoJSON layers in one ``folium.Map``.

Every located fact is one circle marker (size by troops, style by status). Precision is honest:
bases and towns are solid points; a country-level fact is a hollow ring at the country's point
with the country's outline shaded; a region fact is a dashed ring with its member countries
outlined. Facts at the same point are fanned out around it so each stays clickable. All article
text is escaped before it reaches a popup or tooltip. Leaflet is served by the app itself, so the
map draws with no network; only the optional tile layer needs the internet.
"""
from __future__ import annotations

import math
import shutil
from collections import defaultdict
from collections.abc import Callable, Mapping
from pathlib import Path

import folium
import pandas as pd
from folium.features import GeoJsonPopup, GeoJsonTooltip

from dashboard.htmltext import escape_html, for_template_literal

FRAME = ((41.0, 12.5), (60.5, 32.5))  # Estonia to Bulgaria, with the Baltic and Black Sea coasts
STATIC_DIR = Path(__file__).resolve().parent / "static"
VENDOR_URL = "/app/static/vendor"
STATUS_COLOURS = {"existing": "#1f4e9c", "planned": "#d35400", "withdrawn": "#7f8c8d"}
STATUS_DASH = {"existing": None, "planned": "5 4", "withdrawn": "2 4"}
BACKGROUND = ("EE", "LV", "LT", "PL", "SK", "HU", "RO", "BG", "CZ", "DE", "AT", "SI", "HR", "RS", "BA", "ME", "AL",
              "MK", "GR", "TR", "MD", "UA", "BY", "RU", "FI", "SE", "NO", "DK", "NL", "BE", "LU", "FR", "CH",
              "IT", "GB", "IE", "ES", "PT", "GE", "CY")

Outline = Callable[[str], dict | None]


def vendor_assets() -> None:
    """Copy Leaflet and jQuery from their PyPI packages (the versions folium uses) for static serving."""
    import xstatic.pkg.jquery as jquery
    import xstatic.pkg.leaflet as leaflet

    target = STATIC_DIR / "vendor"
    target.mkdir(parents=True, exist_ok=True)
    images = Path(leaflet.BASE_DIR) / "images"
    for source in (Path(leaflet.BASE_DIR) / "leaflet.js", Path(leaflet.BASE_DIR) / "leaflet.css",
                   Path(jquery.BASE_DIR) / "jquery.min.js", *images.glob("*.png")):
        copy = target / source.relative_to(source.parent.parent if source.parent == images else source.parent)
        copy.parent.mkdir(parents=True, exist_ok=True)
        if not copy.exists() or copy.stat().st_size != source.stat().st_size:
            shutil.copyfile(source, copy)


def build_map(df: pd.DataFrame, *, outline: Outline, members: Mapping[str, tuple[str, ...]],
              tiles: str | None = "OpenStreetMap", local_assets: bool = True) -> folium.Map:
    """The map of the facts in ``df`` (the schema's columns)."""
    fmap = folium.Map(location=(51.0, 23.0), zoom_start=5, tiles=tiles, control_scale=True, prefer_canvas=False)
    if local_assets:
        fmap.default_js = [("leaflet", f"{VENDOR_URL}/leaflet.js"), ("jquery", f"{VENDOR_URL}/jquery.min.js")]
        fmap.default_css = [("leaflet_css", f"{VENDOR_URL}/leaflet.css")]
    fmap.fit_bounds([list(FRAME[0]), list(FRAME[1])])
    folium.GeoJson(_background(outline), name="Countries", interactive=False, control=False).add_to(fmap)
    areas = _areas(df, outline, members)
    if areas["features"]:
        folium.GeoJson(areas, name="Country and region outlines",
                       tooltip=GeoJsonTooltip(fields=["tooltip"], labels=False)).add_to(fmap)
    points = fact_features(df)
    if points["features"]:
        folium.GeoJson(
            points, name="Deployment facts",
            marker=folium.CircleMarker(radius=6, className="fact-marker"),
            popup=GeoJsonPopup(fields=["popup"], labels=False, max_width=420),
            tooltip=GeoJsonTooltip(fields=["tooltip"], labels=False),
        ).add_to(fmap)
    fmap.get_root().html.add_child(folium.Element(_legend(df)))
    folium.LayerControl(collapsed=True).add_to(fmap)
    return fmap


# facts ------------------------------------------------------------------------------------------------------
def fact_features(df: pd.DataFrame) -> dict:
    located = df[df["lat"].notna() & df["lon"].notna()]
    positions = _fanned_out(located)
    features = []
    for row, (lat, lon) in zip(located.itertuples(index=False), positions):
        features.append({
            "type": "Feature",
            "id": row.fact_id,
            "geometry": {"type": "Point", "coordinates": [round(lon, 5), round(lat, 5)]},
            "properties": {"popup": popup_html(row), "tooltip": tooltip_text(row), "style": _style(row)},
        })
    return {"type": "FeatureCollection", "features": features}


def _fanned_out(located: pd.DataFrame) -> list[tuple[float, float]]:
    """Facts sharing a point are spread on a small circle around it, in table order."""
    groups: dict[tuple[float, float], list[int]] = defaultdict(list)
    keys = [(round(lat, 3), round(lon, 3)) for lat, lon in zip(located["lat"], located["lon"])]
    for index, key in enumerate(keys):
        groups[key].append(index)
    positions = [(lat, lon) for lat, lon in keys]
    for (lat, lon), members in groups.items():
        if len(members) < 2:
            continue
        radius = 0.45 + 0.18 * len(members)
        for k, index in enumerate(members):
            angle = 2 * math.pi * k / len(members)
            positions[index] = (lat + radius * math.sin(angle),
                                lon + radius * math.cos(angle) / max(math.cos(math.radians(lat)), 0.2))
    return positions


def troops_mid(row) -> float | None:
    low, high = row.troops_low, row.troops_high
    if pd.isna(low):
        return None
    return (float(low) + float(high if not pd.isna(high) else low)) / 2


def radius_for(troops: float | None) -> float:
    """Area grows with troops on a log scale, so 40,000 and 300 both stay visible."""
    return 5.0 if not troops else round(5 + 3 * math.log10(1 + troops), 1)


def _style(row) -> dict:
    colour = STATUS_COLOURS.get(row.status, "#555555")
    style = {"radius": radius_for(troops_mid(row)), "color": colour, "weight": 2, "fillColor": colour,
             "fillOpacity": 0.55, "dashArray": STATUS_DASH.get(row.status)}
    if row.precision == "country":
        style.update(fillOpacity=0.08, weight=4)
    elif row.precision == "region":
        style.update(fillOpacity=0.04, weight=3, dashArray="8 6")
    elif row.status == "withdrawn":
        style.update(fillOpacity=0.2)
    return style


def count_text(low, high, approx: bool) -> str:
    if pd.isna(low):
        return "unspecified number"
    text = f"{int(low):,}" if pd.isna(high) or int(high) == int(low) else f"{int(low):,}–{int(high):,}"
    return f"about {text}" if approx else text


def _troops_text(row) -> str:
    if pd.isna(row.troops_low):
        return "not stated"
    text = count_text(row.troops_low, row.troops_high, False)
    return f"{text} (derived)" if row.troops_derived else f"{text} (stated)"


def _place_text(row) -> str:
    where = row.place or "no place stated"
    detail = row.country or row.region
    return f"{where} ({row.precision}{', ' + detail if detail and detail != where else ''})"


def popup_html(row) -> str:
    """The citation card of a fact; every value from the article is escaped."""
    source = ", ".join(v for v in (row.outlet, row.author, row.published) if v) or "source not stated"
    also = (f'<div class="also"><i>Size from:</i> “{escape_html(row.also_cites)}”</div>'
            if row.also_cites else "")
    title = f"<div class='title'>{escape_html(row.title)}</div>" if row.title else ""
    return (
        f"<div class='fact-popup'>"
        f"<b>{escape_html(row.force or 'force not stated')}</b>: "
        f"{escape_html(count_text(row.quantity_low, row.quantity_high, row.approx))} {escape_html(row.unit)}"
        f"<br>Troops: {escape_html(_troops_text(row))}"
        f"<br>Status: {escape_html(row.status)}"
        f"<br>Place: {escape_html(_place_text(row))}"
        f"<blockquote class='quote'>“{escape_html(row.quote)}”</blockquote>{also}"
        f"{title}<small>{escape_html(source)}</small></div>"
    )


def tooltip_text(row) -> str:
    count = count_text(row.quantity_low, row.quantity_high, row.approx)
    return for_template_literal(f"{row.force or '?'}: {count} {row.unit}, {row.status}, {row.place or '?'}")


# areas ------------------------------------------------------------------------------------------------------
def _background(outline: Outline) -> dict:
    features = []
    for code in BACKGROUND:
        shape = outline(code)
        for feature in (shape or {}).get("features", []):
            features.append({"type": "Feature", "geometry": feature["geometry"],
                             "properties": {"style": {"color": "#9aa5b1", "weight": 1, "fillColor": "#eef1f4",
                                                      "fillOpacity": 0.6}}})
    return {"type": "FeatureCollection", "features": features}


def _areas(df: pd.DataFrame, outline: Outline, members: Mapping[str, tuple[str, ...]]) -> dict:
    """Outlines of countries with country-level facts and of the members of regions with facts."""
    country_facts = df[df["precision"] == "country"].groupby("country_code").size()
    region_facts = df[df["precision"] == "region"].groupby("region").size()
    features = []
    for code, count in country_facts.items():
        features += _outline_features(outline, code, f"{count} country-level fact(s) for this country",
                                      {"color": "#1f4e9c", "weight": 2, "fillColor": "#5d8fd6", "fillOpacity": 0.25})
    for region, count in region_facts.items():
        for code in members.get(region, ()):
            features += _outline_features(
                outline, code, f"member of {region}: {count} region-level fact(s)",
                {"color": "#6c3483", "weight": 2, "dashArray": "6 5", "fill": False})
    return {"type": "FeatureCollection", "features": features}


def _outline_features(outline: Outline, code: str, label: str, style: dict) -> list[dict]:
    shape = outline(code)
    return [{"type": "Feature", "geometry": f["geometry"],
             "properties": {"tooltip": for_template_literal(label), "style": style}}
            for f in (shape or {}).get("features", [])]


def _legend(df: pd.DataFrame) -> str:
    unlocated = int(df["lat"].isna().sum())
    rows = "".join(
        f"<div><svg width='18' height='18'><circle cx='9' cy='9' r='7' stroke='{colour}' stroke-width='2' "
        f"fill='{colour}' fill-opacity='0.5' stroke-dasharray='{STATUS_DASH[status] or ''}'/></svg> {status}</div>"
        for status, colour in STATUS_COLOURS.items())
    sizes = "".join(
        f"<span><svg width='{2 * radius_for(n) + 4}' height='{2 * radius_for(n) + 4}'>"
        f"<circle cx='{radius_for(n) + 2}' cy='{radius_for(n) + 2}' r='{radius_for(n)}' stroke='#333' "
        f"fill='none'/></svg> {n:,}</span> "
        for n in (100, 1_000, 10_000))
    return (
        "<div id='map-legend' style='position:fixed;bottom:24px;right:10px;z-index:9999;background:white;"
        "padding:5px 8px;border:1px solid #999;border-radius:4px;font:11px sans-serif;max-width:240px'>"
        "<details open><summary><b>Legend</b></summary>"
        f"<b>Status</b>{rows}<b>Troops</b> (circle size)<div>{sizes}</div>"
        "<b>Precision</b><div>● filled: base or town<br>◯ thick ring, country shaded: country-level<br>"
        "◌ dashed ring, members outlined: region-level</div>"
        "<div>Facts at one place are fanned out around it.</div>"
        f"<div>{unlocated} fact(s) with no place are listed beside the map.</div></details></div>"
    )
