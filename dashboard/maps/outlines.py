"""Country outlines as GeoJSON features: the grey background and a shaded country with its label.
Shared by the map of single facts (``mapview``) and the map of places (``placemap``)."""

from __future__ import annotations

from collections.abc import Callable

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


def background(outline: Outline) -> dict:
    """The countries around the flank, drawn grey under everything else."""
    features = []
    for code in BACKGROUND:
        shape = outline(code)
        for feature in (shape or {}).get("features", []):
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
    shape = outline(code)
    return [
        {
            "type": "Feature",
            "geometry": f["geometry"],
            "properties": {"tooltip": for_template_literal(label), "style": style},
        }
        for f in (shape or {}).get("features", [])
    ]
