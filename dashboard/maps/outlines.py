"""Country outlines as GeoJSON features: the grey background and a shaded country with its label.
Shared by the map of single facts (``mapview``) and the map of places (``placemap``).

The gazetteer's outlines (Natural Earth, about a kilometre of detail) are what points are tested
against and what exports carry. The map draws the countries around the flank coarser: cut to where
the map reaches, islets left out and simplified together, so that neighbours still meet and every
page carries about 40 KB of them rather than 400 KB (``drawn``).
"""

from __future__ import annotations

import weakref
from collections.abc import Callable

import shapely
from shapely.geometry import MultiPolygon, Polygon, box, mapping, shape
from shapely.ops import unary_union

from dashboard.util.htmltext import for_template_literal

# Drawn grey under the facts: the flank, its neighbours and the allies that send forces.
BACKGROUND = (
    "EE",
    "LV",
    "LT",
    "PL",
    "SK",
    "HU",
    "RO",
    "BG",
    "CZ",
    "DE",
    "AT",
    "SI",
    "HR",
    "RS",
    "BA",
    "ME",
    "AL",
    "MK",
    "GR",
    "TR",
    "MD",
    "UA",
    "BY",
    "RU",
    "FI",
    "SE",
    "NO",
    "DK",
    "NL",
    "BE",
    "LU",
    "FR",
    "CH",
    "IT",
    "GB",
    "IE",
    "ES",
    "PT",
    "GE",
    "CY",
)

# A country code to its outline as GeoJSON (the gazetteer's), or None where it has none.
Outline = Callable[[str], dict | None]

# West, south, east, north: the map never shows more than this at its widest (Ireland to the Volga).
REACH = (-12.0, 33.0, 50.0, 72.0)
DRAWN_TOLERANCE = 0.15  # degrees: about 3 px at the opening zoom
SMALLEST_DRAWN = 0.08  # square degrees, about 800 km2
_drawn: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def drawn(outline: Outline, code: str) -> dict | None:
    """A country as the map draws it: the BACKGROUND countries as ``_sketches`` makes them, any other
    as the gazetteer has it."""
    owner = getattr(outline, "__self__", outline)  # a bound method is made anew at each access
    if owner not in _drawn:
        _drawn[owner] = _sketches(outline)
    sketch = _drawn[owner].get(code)
    return sketch if sketch is not None else outline(code)


def _sketches(outline: Outline) -> dict[str, dict]:
    """The BACKGROUND countries cut to ``REACH``, without islets, simplified together (coverage
    simplification: a border shared by two countries is simplified once, so they still meet)."""
    reach = box(REACH[0], REACH[1], REACH[2], REACH[3])
    codes, shapes, names = [], [], []
    for code in BACKGROUND:
        features = (outline(code) or {}).get("features") or []
        if not features:
            continue
        parts = [shape(f["geometry"]) for f in features]
        land = (parts[0] if len(parts) == 1 else unary_union(parts)).intersection(reach)
        kept = [p for p in getattr(land, "geoms", [land]) if isinstance(p, Polygon) and p.area >= SMALLEST_DRAWN]
        if kept:
            codes.append(code)
            shapes.append(MultiPolygon(kept))
            names.append((features[0].get("properties") or {}).get("name", code))
    sketches = {}
    for code, name, geometry in zip(codes, names, shapely.coverage_simplify(shapes, DRAWN_TOLERANCE)):
        rounded = shapely.set_precision(geometry, 0.01)
        if not rounded.is_empty:
            sketches[code] = {
                "type": "FeatureCollection",
                "features": [{"type": "Feature", "properties": {"name": name}, "geometry": mapping(rounded)}],
            }
    return sketches


def background(outline: Outline) -> dict:
    """The countries around the flank, drawn grey under everything else."""
    features = []
    for code in BACKGROUND:
        country = drawn(outline, code)
        for feature in (country or {}).get("features", []):
            features.append(
                {
                    "type": "Feature",
                    "geometry": feature["geometry"],
                    "properties": {
                        "style": {"color": "#9aa5b1", "weight": 1, "fillColor": "#eef1f4", "fillOpacity": 0.6}
                    },
                }
            )
    return {"type": "FeatureCollection", "features": features}


def features(outline: Outline, code: str, label: str, style: dict) -> list[dict]:
    """A country's outline as features with a tooltip and a style (no outline, no features)."""
    country = drawn(outline, code)
    return [
        {
            "type": "Feature",
            "geometry": f["geometry"],
            "properties": {"tooltip": for_template_literal(label), "style": style},
        }
        for f in (country or {}).get("features", [])
    ]
