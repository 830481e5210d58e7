"""An offline basemap that reads on its own: country, capital, town and sea names over the outlines.

The names are a small curated table (``data/basemap/labels.csv``, each row citing its source), drawn
as Leaflet labels that appear by zoom: countries and seas always, capitals from the opening zoom,
towns when zoomed in. They are plain text in a ``divIcon`` built by the browser with ``textContent``
and take no clicks, so they never hide a marker. With tiles on, the tiles carry their own names and
this layer starts switched off (it stays in the layer control) and comes on by itself as soon as a
tile fails to load, which is what no network looks like from the browser.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

from folium.map import Layer
from jinja2 import Template

from dashboard import paths
from dashboard.errors import DashboardError
from dashboard.maps.factlayer import embed_json

LABELS_CSV = paths.BASEMAP_LABELS
KINDS = ("country", "capital", "town", "sea")

CSS = """
<style>
.basemap-label { background: none; border: none; white-space: nowrap; pointer-events: none;
                 font-family: sans-serif; color: #37474f; text-shadow: 0 0 2px #fff, 0 0 2px #fff, 0 0 3px #fff; }
/* Leaflet puts the icon's corner on the point: names of areas are centred on it, a city's dot sits on it. */
.basemap-label > span { display: inline-block; transform: translate(-50%, -50%); }
.basemap-capital > span, .basemap-town > span { transform: translate(-4px, -50%); }
.basemap-country { font-size: 12px; font-weight: 600; letter-spacing: 0.08em; text-transform: uppercase;
                   color: #546e7a; }
.basemap-capital { font-size: 12px; font-weight: 600; }
.basemap-capital::before { content: "\\25A0\\00A0"; font-size: 8px; vertical-align: middle; }
.basemap-town { font-size: 11px; }
.basemap-town::before { content: "\\25CF\\00A0"; font-size: 7px; vertical-align: middle; }
.basemap-sea { font-size: 13px; font-style: italic; letter-spacing: 0.12em; color: #4f7ea8; }
</style>
"""


@dataclass(frozen=True, slots=True)
class Label:
    name: str
    kind: str
    lat: float
    lon: float
    min_zoom: float


def load(path: Path = LABELS_CSV) -> tuple[Label, ...]:
    """The curated names; a broken file is a DashboardError (the app shows it, the map stays usable)."""
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(handle))
        labels = tuple(
            Label(r["name"], r["kind"], float(r["lat"]), float(r["lon"]), float(r["min_zoom"])) for r in rows
        )
    except (OSError, KeyError, ValueError, csv.Error) as err:
        raise DashboardError(f"basemap labels {path} cannot be read: {err}") from err
    if unknown := {label.kind for label in labels} - set(KINDS):
        raise DashboardError(f"basemap labels {path}: unknown kind(s) {sorted(unknown)}")
    return labels


class LabelLayer(Layer):
    """The names as one layer group; each label is shown from its ``min_zoom`` on."""

    _template = Template("""
        {% macro script(this, kwargs) %}
        var {{ this.get_name() }} = (function () {
            const map = {{ this._parent.get_name() }};
            const labels = {{ this.payload }};
            if (!map.getPane("basemap-labels")) {
                // Above the country fills, below the fact markers; labels never take clicks.
                map.createPane("basemap-labels").style.zIndex = 450;
            }
            const group = L.layerGroup();
            const markers = labels.map(([name, kind, lat, lon, minZoom]) => {
                const node = document.createElement("span");
                node.textContent = name;
                const icon = L.divIcon({className: "basemap-label basemap-" + kind, html: node, iconSize: null});
                const marker = L.marker([lat, lon], {icon: icon, interactive: false, keyboard: false,
                                                     pane: "basemap-labels"});
                marker.minZoom = minZoom;
                return marker;
            });
            const refresh = () => {
                const zoom = map.getZoom();
                for (const marker of markers) {
                    if (zoom >= marker.minZoom) group.addLayer(marker); else group.removeLayer(marker);
                }
            };
            map.on("zoomend", refresh);
            map.whenReady(refresh);
            {% if not this.show %}
            // Off because tiles carry names; a tile that fails to load means no network, so the offline
            // names come on (and show as on in the layer control).
            map.eachLayer(layer => {
                if (layer instanceof L.TileLayer) layer.once("tileerror", () => map.addLayer(group));
            });
            {% endif %}
            return group;
        })();
        {% endmacro %}
    """)

    def __init__(self, labels: tuple[Label, ...], *, show: bool = True, name: str = "Place names (offline)") -> None:
        super().__init__(name=name, overlay=True, control=True, show=show)
        self._name = "LabelLayer"
        self.payload = embed_json([[lb.name, lb.kind, lb.lat, lb.lon, lb.min_zoom] for lb in labels])
