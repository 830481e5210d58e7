"""The map: facts on NATO's eastern flank, as a few layers in one ``folium.Map``.

Every fact with a point is one circle marker of a single GeoJSON layer (size by troops, style by
status). Precision is honest: bases and towns are solid points; a country-level fact is a hollow ring
at the country's point with the country's outline shaded; a region fact is its member countries
hatched, with one label inside a member (``regionlayer``), never a point. Every marker stands on its
fact's own point at every zoom: markers that would overlap are gathered into a numbered cluster
(Leaflet.markercluster) that opens on a click, spreading them a few pixels apart around the point
(spiderfy) rather than moving them by degrees, so a marker, its card and the export agree. Article
text reaches popups and tooltips only as DOM text (see ``factlayer``). Leaflet and its cluster script
are served by the app itself and the place names are drawn offline (``basemap``), so the map reads
with no network; only the optional tile layer needs the internet.
"""

from __future__ import annotations

import math
import re
import shutil
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import folium
import pandas as pd
from branca.element import Figure
from folium.features import GeoJsonPopup, GeoJsonTooltip

from dashboard import paths
from dashboard.analysis.reference import ReferenceRow
from dashboard.maps import basemap, outlines, regionlayer
from dashboard.maps.factlayer import FactLayer
from dashboard.places.gazetteer import representative_point
from dashboard.review import overlay
from dashboard.util.counts import count_text, units_text
from dashboard.util.dates import iso_date
from dashboard.util.htmltext import escape_html, for_template_literal

# Estonia to Bulgaria with the Baltic and the western Black Sea; Iberia and the UK stay outside.
FRAME = ((41.0, 13.5), (60.0, 33.0))
# A filter that leaves one base should still show where it is, not a street plan.
MAX_FIT_ZOOM = 7
MAX_ZOOM = 18
MIN_FIT_SPAN = 3.0  # degrees: the smallest box a filter's facts are fitted to
# fitBounds rounds down to a whole zoom by default, and on a 640 px map the whole step from 5 to 4
# shows all of Europe; quarter steps keep the flank filling the map at any width.
ZOOM_SNAP = 0.25
VENDOR_URL = "/app/static/vendor"
CLUSTER_ASSETS = ("leaflet.markercluster.js", "MarkerCluster.css", "MarkerCluster.Default.css")
CLUSTER_CDN = "https://cdnjs.cloudflare.com/ajax/libs/leaflet.markercluster/1.4.1"
STATUS_COLOURS = {"existing": "#1f4e9c", "planned": "#d35400", "withdrawn": "#7f8c8d"}
STATUS_DASH = {"existing": None, "planned": "5 4", "withdrawn": "2 4"}


def vendor_assets(target: Path = paths.VENDOR_DIR) -> None:
    """Copy Leaflet, Leaflet.markercluster and jQuery from their PyPI packages (the versions folium
    uses) for static serving."""
    import xstatic.pkg.jquery as jquery
    import xstatic.pkg.leaflet as leaflet
    import xstatic.pkg.leaflet_markercluster as markercluster

    target.mkdir(parents=True, exist_ok=True)
    images = Path(leaflet.BASE_DIR) / "images"
    for source in (
        Path(leaflet.BASE_DIR) / "leaflet.js",
        Path(leaflet.BASE_DIR) / "leaflet.css",
        Path(jquery.BASE_DIR) / "jquery.min.js",
        *(Path(markercluster.BASE_DIR) / name for name in CLUSTER_ASSETS),
        *images.glob("*.png"),
    ):
        copy = target / source.relative_to(source.parent.parent if source.parent == images else source.parent)
        copy.parent.mkdir(parents=True, exist_ok=True)
        if not copy.exists() or copy.stat().st_size != source.stat().st_size:
            shutil.copyfile(source, copy)


@dataclass(frozen=True)
class MapParts:
    """The map in the parts ``st_folium`` takes: ``base`` depends only on the frame, the tiles and the
    place names, so reviewing a fact leaves it byte-identical (and the browser keeps its view and open
    popup); ``layers`` are what the facts draw, swapped in place by ``feature_group_to_add``; ``control``
    toggles them (``layer_control``), since it must name layers the base does not hold."""

    base: folium.Map
    layers: list[folium.FeatureGroup]
    control: folium.LayerControl

    def whole(self) -> folium.Map:
        """The parts put together as one ``folium.Map`` (a file, a benchmark, a test of the HTML)."""
        for layer in self.layers:
            layer.add_to(self.base)
        self.control.add_to(self.base)
        return self.base


def map_parts(
    df: pd.DataFrame,
    *,
    outline: outlines.Outline,
    members: Mapping[str, tuple[str, ...]],
    tiles: str | None = "OpenStreetMap",
    local_assets: bool = True,
    reference: Sequence[ReferenceRow] = (),
    fit_to_facts: bool = False,
    framed: pd.DataFrame | None = None,
    labels: Sequence[basemap.Label] | None = None,
    country_name: Callable[[str], str] | None = None,
    countries: Collection[str] = (),
    faded_before: date | None = None,
) -> MapParts:
    """The map of the facts in ``df``, in parts (see ``MapParts``).

    A fact whose statement (its article) is dated before ``faded_before`` is drawn faded: old news.

    It opens on the flank (``FRAME``); with ``fit_to_facts`` (after a filter) on what the ``framed``
    facts draw (default ``df``): the app frames the facts the filters select, reviewed or not, so a
    decision never moves the view. ``labels`` are the offline place names (default: ``basemap.load()``);
    ``country_name`` names a region's members (default: the name in the country's outline, else its code).
    ``countries`` are those a filter chose: a region fact shown for them is framed by them alone, so that
    the map filtered to Lithuania fits Lithuania, not every member of the eastern flank.
    """
    fmap = folium.Map(
        location=(51.0, 23.0),
        zoom_start=5,
        tiles=tiles,
        control_scale=True,
        prefer_canvas=False,
        zoom_snap=ZOOM_SNAP,
        zoom_delta=0.5,
        # Without tiles Leaflet has no deepest zoom, and the clusters need one to know when a group of
        # markers can no longer be parted by zooming.
        maxZoom=MAX_ZOOM,
    )
    # The clusters' script is in the page's head with Leaflet's: the fact layer is swapped in later.
    cluster_base = VENDOR_URL if local_assets else CLUSTER_CDN
    if local_assets:
        fmap.default_js = [("leaflet", f"{VENDOR_URL}/leaflet.js"), ("jquery", f"{VENDOR_URL}/jquery.min.js")]
        fmap.default_css = [("leaflet_css", f"{VENDOR_URL}/leaflet.css")]
    fmap.default_js = [*fmap.default_js, ("markercluster", f"{cluster_base}/leaflet.markercluster.js")]
    fmap.default_css = [
        *fmap.default_css,
        ("markercluster_css", f"{cluster_base}/MarkerCluster.css"),
        ("markercluster_default_css", f"{cluster_base}/MarkerCluster.Default.css"),
    ]
    framing = df if framed is None else framed
    frame = (bounds_of(framing, outline, members, countries=countries) if fit_to_facts else None) or FRAME
    fmap.fit_bounds([list(frame[0]), list(frame[1])], max_zoom=MAX_FIT_ZOOM)
    folium.GeoJson(outlines.background(outline), name="Countries", interactive=False, control=False).add_to(fmap)
    root = fmap.get_root()
    assert isinstance(root, Figure)  # a Map is always the child of a Figure
    # The page's head and the legend are written once, when the map is first drawn: nothing in them
    # depends on the facts, so they stay right as layers are swapped.
    root.header.add_child(folium.Element(basemap.CSS))
    root.header.add_child(folium.Element(regionlayer.CSS))
    root.html.add_child(folium.Element(_legend()))
    labels = tuple(basemap.load() if labels is None else labels)
    basemap.LabelLayer(labels, show=tiles is None).add_to(fmap)
    layers = []
    areas = _areas(df, outline)
    if areas["features"]:
        layers.append(
            _group(
                "Countries with country-level facts",
                folium.GeoJson(areas, tooltip=GeoJsonTooltip(fields=["tooltip"], labels=False), control=False),
            )
        )
    regional = drawn_as_region(df, members)
    if regional.any():
        names = [(label.lat, label.lon) for label in labels if label.kind in ("country", "sea", "capital")]
        regions, member_outlines = region_features(df[regional], outline, members, country_name, names)
        layers.append(_group("Region-wide facts", regionlayer.RegionLayer(regions, member_outlines, control=False)))
    # Beneath the facts, so an official figure never hides a claim.
    if reference:
        layers.append(
            _group(
                "Official reference (NATO)",
                folium.GeoJson(
                    reference_features(reference),
                    marker=folium.CircleMarker(radius=10, fill=True, className="reference-marker"),
                    popup=GeoJsonPopup(fields=["popup"], labels=False, max_width=360),
                    tooltip=GeoJsonTooltip(fields=["tooltip"], labels=False),
                    control=False,
                ),
            )
        )
    table = fact_table(df[~regional], faded_before=faded_before)
    if not table.empty:
        layers.append(_group("Deployment facts", FactLayer(table, style_for=style_for, control=False)))
    return MapParts(fmap, layers, folium.LayerControl(collapsed=True))


def _group(name: str, layer: folium.map.Layer) -> folium.FeatureGroup:
    """One layer in a named group, the only kind of layer ``st_folium`` swaps in place."""
    group = folium.FeatureGroup(name=name, overlay=True, control=True, show=True)
    layer.add_to(group)
    return group


def clicked_fact(popup_text: str | None) -> str | None:
    """The fact whose marker was clicked, from its card's last line ("fact <id>", see ``factlayer``),
    as ``st_folium`` returns the clicked popup's text. The quote before it is article text and may say
    anything, so only the very end counts."""
    found = _FACT_END.search(popup_text or "")
    return found.group(1) if found else None


_FACT_END = re.compile(r"fact (\S+)\s*$")


# framing ----------------------------------------------------------------------------------------------------
def bounds_of(
    df: pd.DataFrame,
    outline: outlines.Outline,
    members: Mapping[str, tuple[str, ...]],
    *,
    countries: Collection[str] = (),
) -> tuple[tuple[float, float], tuple[float, float]] | None:
    """The box around what the facts of ``df`` draw: their points, and the outlines of the countries and
    region members they shade (only the ``countries`` chosen, when some are); ``None`` when they draw
    nothing. A region fact's own point is left out: it is a label, not where the forces are."""
    regional = df["precision"] == "region"
    lats = [float(v) for v in df.loc[~regional, "lat"].dropna()]
    lons = [float(v) for v in df.loc[~regional, "lon"].dropna()]
    codes = set(df.loc[df["precision"] == "country", "country_code"])
    for region in set(df.loc[regional, "region"]):
        shown = members.get(region, ())
        codes.update(c for c in shown if not countries or c in countries)
        if not shown:
            # A region with no member list ("Europe") is drawn as its point.
            at = df[regional & (df["region"] == region)]
            lats += [float(v) for v in at["lat"].dropna()]
            lons += [float(v) for v in at["lon"].dropna()]
    for code in codes:
        for feature in (outline(code) or {}).get("features", []):
            for lon, lat in _coordinates(feature["geometry"]):
                lats.append(lat)
                lons.append(lon)
    if not lats:
        return None
    (south, north), (west, east) = _widened(min(lats), max(lats)), _widened(min(lons), max(lons))
    return (south, west), (north, east)


def _widened(low: float, high: float) -> tuple[float, float]:
    pad = max(0.0, MIN_FIT_SPAN - (high - low)) / 2
    return low - pad, high + pad


def _coordinates(geometry: dict) -> list[tuple[float, float]]:
    """Every (lon, lat) of a Polygon or MultiPolygon."""
    rings = (
        geometry["coordinates"]
        if geometry["type"] == "Polygon"
        else [ring for polygon in geometry["coordinates"] for ring in polygon]
    )
    return [(point[0], point[1]) for ring in rings for point in ring]


# facts ------------------------------------------------------------------------------------------------------
def drawn_as_region(df: pd.DataFrame, members: Mapping[str, tuple[str, ...]]) -> pd.Series:
    """Region facts whose members are known: drawn as their members' outlines, never as a point."""
    return (df["precision"] == "region") & df["region"].map(lambda region: bool(members.get(region))).astype(bool)


def point_facts(df: pd.DataFrame, members: Mapping[str, tuple[str, ...]]) -> pd.DataFrame:
    """The facts drawn as one marker each (a region with no member list, such as "Europe", is one)."""
    return df[df["lat"].notna() & df["lon"].notna() & ~drawn_as_region(df, members)]


def fact_table(df: pd.DataFrame, *, faded_before: date | None = None) -> pd.DataFrame:
    """What the fact layer draws and says: one row per located fact, in table order; a fact stated
    before ``faded_before`` has a faded style (an undated one never does)."""
    located = df[df["lat"].notna() & df["lon"].notna()]
    col = {
        name: _plain(located[name])
        for name in (
            "quantity_low",
            "quantity_high",
            "approx",
            "troops_low",
            "troops_high",
            "troops_derived",
            "outlet",
            "author",
            "published",
            "place",
            "precision",
            "country",
            "region",
            "status",
            "unit",
        )
    }
    # Columns added in schema 5: a frame made before them (or by hand) draws them empty.
    for name in ("unit_name", "resolved_place"):
        col[name] = _plain(located[name]) if name in located else [""] * len(located)
    mids = [
        None if low is None else (low + (high if high is not None else low)) / 2
        for low, high in zip(col["troops_low"], col["troops_high"])
    ]
    return pd.DataFrame(
        {
            "fact_id": located["fact_id"].tolist(),
            "lat": [float(v) for v in located["lat"]],
            "lon": [float(v) for v in located["lon"]],
            "radius": [radius_for(m) for m in mids],
            "style": [
                f"{status}|{precision}" + (FADED if _older(published, faded_before) else "")
                for status, precision, published in zip(col["status"], col["precision"], col["published"])
            ],
            "force": located["force"].tolist(),
            "unit": located["unit"].tolist(),
            "status": col["status"],
            "place": [_place_text(*v) for v in zip(col["place"], col["precision"], col["country"], col["region"])],
            "precision": col["precision"],
            "country": col["country"],
            "region": col["region"],
            "quote": located["quote"].tolist(),
            "also_cites": located["also_cites"].tolist(),
            "title": located["title"].tolist(),
            "source": [
                ", ".join(v for v in parts if v) or "source not stated"
                for parts in zip(col["outlet"], col["author"], col["published"])
            ],
            "what": [
                units_text(low, high, approx, unit, name or "")
                for low, high, approx, unit, name in zip(
                    col["quantity_low"], col["quantity_high"], col["approx"], col["unit"], col["unit_name"]
                )
            ],
            "resolved": [v or "" for v in col["resolved_place"]],
            "troops": [_troops_text(*v) for v in zip(col["troops_low"], col["troops_high"], col["troops_derived"])],
            "review": overlay.notes(located),
        }
    )


def _plain(series: pd.Series) -> list:
    """Python values with None for missing ones (pandas' NA is slow to test row by row)."""
    return series.astype(object).where(series.notna(), None).tolist()


def radius_for(troops: float | None) -> float:
    """Area grows with troops on a log scale, so 40,000 and 300 both stay visible."""
    return 5.0 if not troops else round(5 + 3 * math.log10(1 + troops), 1)


# A style key's ending for a fact stated long ago (see ``fact_table``): drawn faded.
FADED = "|faded"
FADED_OPACITY = 0.3  # of the usual stroke and fill


def _older(published: object, before: date | None) -> bool:
    stated = iso_date(str(published or "")) if before else None
    return stated is not None and before is not None and stated < before


def style_for(key: str) -> dict:
    """The marker style of a ``status|precision`` key, faded where it ends with ``FADED``."""
    if key.endswith(FADED):
        style = style_for(key.removesuffix(FADED))
        return {**style, "opacity": FADED_OPACITY, "fillOpacity": round(style["fillOpacity"] * FADED_OPACITY, 3)}
    status, _, precision = key.partition("|")
    colour = STATUS_COLOURS.get(status, "#555555")
    style = {
        "color": colour,
        "weight": 2,
        "fillColor": colour,
        "fillOpacity": 0.55,
        "dashArray": STATUS_DASH.get(status),
    }
    if precision == "country":
        style.update(fillOpacity=0.08, weight=4)
    elif precision == "region":
        style.update(fillOpacity=0.04, weight=3, dashArray="8 6")
    elif status == "withdrawn":
        style.update(fillOpacity=0.2)
    return style


def _troops_text(low, high, derived: bool) -> str:
    if low is None:
        return "not stated"
    return f"{count_text(low, high, False)} ({'derived' if derived else 'stated'})"


def _place_text(place: str, precision: str, country: str, region: str) -> str:
    where = place or "no place stated"
    detail = country or region
    return f"{where} ({precision}{', ' + detail if detail and detail != where else ''})"


def reference_features(reference: Sequence[ReferenceRow]) -> dict:
    """Official rows as square-ish black-and-gold markers, each with its date and source."""
    features = []
    for ref in reference:
        if ref.lat is None:
            continue
        popup = (
            f"<div class='reference-popup' style='overflow-wrap:anywhere'><b>Official reference</b> "
            f"(as of {escape_html(ref.as_of)})<br>"
            f"{escape_html(ref.host_country)}: battlegroup led by {escape_html(ref.framework_nation)}, "
            f"base {escape_html(ref.main_base)}<br><b>{ref.troops:,} troops</b>"
            f"<br><small>{escape_html(ref.source_title)}<br>{escape_html(ref.source_url)}</small>"
            + (f"<br><i>{escape_html(ref.notes)}</i>" if ref.notes else "")
            + "</div>"
        )
        tooltip = for_template_literal(f"Reference: {ref.host_country}, {ref.troops:,} troops ({ref.as_of})")
        features.append(
            {
                "type": "Feature",
                "geometry": {"type": "Point", "coordinates": [ref.lon, ref.lat]},
                "properties": {
                    "popup": popup,
                    "tooltip": tooltip,
                    "style": {
                        "radius": radius_for(ref.troops),
                        "color": "#111111",
                        "weight": 3,
                        "fillColor": "#f1c40f",
                        "fillOpacity": 0.85,
                        "dashArray": None,
                    },
                },
            }
        )
    return {"type": "FeatureCollection", "features": features}


# areas ------------------------------------------------------------------------------------------------------
def _areas(df: pd.DataFrame, outline: outlines.Outline) -> dict:
    """Outlines of countries with country-level facts."""
    country_facts = df[df["precision"] == "country"].groupby("country_code").size()
    features = []
    for code, count in country_facts.items():
        features += outlines.features(
            outline,
            code,
            f"{count} country-level fact(s) for this country",
            {"color": "#1f4e9c", "weight": 2, "fillColor": "#5d8fd6", "fillOpacity": 0.25},
        )
    return {"type": "FeatureCollection", "features": features}


REGION_CARD_LIMIT = 40  # facts listed in a region's card; the rest are counted


def region_features(
    df: pd.DataFrame,
    outline: outlines.Outline,
    members: Mapping[str, tuple[str, ...]],
    country_name: Callable[[str], str] | None = None,
    avoid: Sequence[tuple[float, float]] = (),
) -> tuple[list[dict], dict]:
    """Per region: its card and label (see ``RegionLayer``), and its members' outlines as features."""
    regions, features = [], []
    for index, (region, group) in enumerate(df.groupby("region", sort=True)):
        codes = members[region]
        shapes = {code: outlines.drawn(outline, code) for code in codes}
        names = [country_name(code) if country_name else _outline_name(shapes[code]) or code for code in codes]
        for shape in shapes.values():
            features += [
                {"type": "Feature", "geometry": f["geometry"], "properties": {"r": index}}
                for f in (shape or {}).get("features", [])
            ]
        point = (float(group["lat"].iloc[0]), float(group["lon"].iloc[0])) if group["lat"].notna().any() else None
        col = {
            name: _plain(group[name]) if name in group else [""] * len(group)
            for name in (
                "force",
                "quantity_low",
                "quantity_high",
                "approx",
                "unit",
                "unit_name",
                "status",
                "quote",
                "outlet",
                "author",
                "published",
            )
        }
        facts = [
            [
                force or "",
                units_text(low, high, approx, unit, name or ""),
                status,
                quote,
                ", ".join(v for v in (outlet, author, published) if v) or "source not stated",
            ]
            for force, low, high, approx, unit, name, status, quote, outlet, author, published in zip(*col.values())
        ]
        count = len(facts)
        regions.append(
            {
                "name": region,
                "members": names,
                "anchor": region_anchor(point, list(shapes.values()), avoid),
                "label": f"{region}: {count} fact{'s' if count != 1 else ''}",
                "tooltip": f"{region} ({', '.join(codes)}): {count} region-wide fact(s); click for them",
                "facts": facts[:REGION_CARD_LIMIT],
                "more": max(0, count - REGION_CARD_LIMIT),
            }
        )
    return regions, {"type": "FeatureCollection", "features": features}


def _outline_name(shape: dict | None) -> str:
    features = (shape or {}).get("features") or [{}]
    return str((features[0].get("properties") or {}).get("name") or "")


LABEL_CLEARANCE = 1.2  # degrees (longitude scaled) kept between a region's label and a member's own point
_ANCHOR_STEP = 0.5  # degrees between the points tried when the region's own point is too crowded


def region_anchor(
    point: tuple[float, float] | None, shapes: list[dict | None], avoid: Sequence[tuple[float, float]] = ()
) -> list[float] | None:
    """Where a region's label goes: inside a member, so it never sits in a country that is not one, and
    clear of the members' own points, where their country rings are drawn, and of the ``avoid`` points
    (the basemap's names). The region's own point when it qualifies, else the qualifying point of a
    grid over the members nearest to it."""
    points = [p for shape in shapes if (p := representative_point(shape)) and _contains(shape, p)]
    target = point or (points[0] if points else None)
    if target is None:
        return None

    def clearance(candidate: tuple[float, float]) -> float:
        return min((_distance(candidate, p) for p in (*points, *avoid)), default=math.inf)

    if point and clearance(point) >= LABEL_CLEARANCE and any(_contains(shape, point) for shape in shapes):
        return list(point)
    candidates = [c for c in _grid(shapes) if any(_contains(shape, c) for shape in shapes)] or points
    if not candidates:
        return list(target)
    clear = [c for c in candidates if clearance(c) >= LABEL_CLEARANCE]
    best = min(clear, key=lambda c: _distance(c, target)) if clear else max(candidates, key=clearance)
    return [round(best[0], 4), round(best[1], 4)]


def _distance(a: tuple[float, float], b: tuple[float, float]) -> float:
    return math.hypot(a[0] - b[0], (a[1] - b[1]) * math.cos(math.radians((a[0] + b[0]) / 2)))


def _grid(shapes: list[dict | None]) -> list[tuple[float, float]]:
    coordinates = [
        c
        for shape in shapes
        for feature in (shape or {}).get("features", [])
        for c in _coordinates(feature["geometry"])
    ]
    if not coordinates:
        return []
    lons, lats = [c[0] for c in coordinates], [c[1] for c in coordinates]
    rows = int((max(lats) - min(lats)) / _ANCHOR_STEP) + 1
    columns = int((max(lons) - min(lons)) / _ANCHOR_STEP) + 1
    return [(min(lats) + i * _ANCHOR_STEP, min(lons) + j * _ANCHOR_STEP) for i in range(rows) for j in range(columns)]


def _contains(shape: dict | None, point: tuple[float, float]) -> bool:
    """Whether ``(lat, lon)`` lies in one of the outline's polygons (outer rings; lakes ignored)."""
    lat, lon = point
    for feature in (shape or {}).get("features", []):
        geometry = feature["geometry"]
        polygons = geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]
        for polygon in polygons:
            ring, inside = polygon[0], False
            for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1]):
                if (y0 > lat) != (y1 > lat) and lon < x0 + (lat - y0) * (x1 - x0) / (y1 - y0):
                    inside = not inside
            if inside:
                return True
    return False


def _legend() -> str:
    rows = "".join(
        f"<div><svg width='18' height='18'><circle cx='9' cy='9' r='7' stroke='{colour}' stroke-width='2' "
        f"fill='{colour}' fill-opacity='0.5' stroke-dasharray='{STATUS_DASH[status] or ''}'/></svg> {status}</div>"
        for status, colour in STATUS_COLOURS.items()
    )
    sizes = "".join(
        f"<span><svg width='{2 * radius_for(n) + 4}' height='{2 * radius_for(n) + 4}'>"
        f"<circle cx='{radius_for(n) + 2}' cy='{radius_for(n) + 2}' r='{radius_for(n)}' stroke='#333' "
        f"fill='none'/></svg> {n:,}</span> "
        for n in (100, 1_000, 10_000)
    )
    return (
        # Collapsed, beside the zoom buttons over Scandinavia's interior: open, it never covers the flank
        # for long, and closed it covers nothing.
        "<div id='map-legend' style='position:fixed;top:10px;left:54px;z-index:9999;background:white;"
        "padding:4px 8px;border:1px solid #999;border-radius:4px;font:11px sans-serif;max-width:240px'>"
        "<details><summary><b>Legend</b></summary>"
        f"<b>Status</b>{rows}<b>Troops</b> (circle size)<div>{sizes}</div>"
        "<b>Precision</b><div>● filled: base or town<br>◯ thick ring, country shaded: country-level<br>"
        "▨ members hatched, one label: region-wide (click for its facts)<br>"
        "◌ dashed ring: a region with no member list</div>"
        "<div>A numbered circle gathers facts too close to tell apart: click it to zoom in, or to spread "
        "the facts of one place around their point.</div>"
        "<div><svg width='18' height='18'><circle cx='9' cy='9' r='7' stroke='#111' stroke-width='2' "
        "fill='#f1c40f'/></svg> official reference (layer toggle)</div>"
        "<div>Facts with no place are listed beside the map.</div></details></div>"
    )
