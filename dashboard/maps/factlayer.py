"""All located facts as one Leaflet GeoJSON layer, with popups and tooltips built in the browser.

The features carry only their point and an index; the text lives once in a column table (strings
interned), and the browser builds a popup when one is opened. That keeps 10,000 facts to a couple
of megabytes of HTML instead of a pre-rendered card per marker. The cards are built with DOM
``textContent``, never ``innerHTML``, so article text cannot become markup or script; the JSON is
embedded with ``<``, ``>`` and ``&`` escaped so it cannot close its ``<script>`` element.
"""

from __future__ import annotations

import json
from collections.abc import Callable

import pandas as pd
from branca.element import Element, Figure
from folium.elements import ElementAddToElement
from folium.map import Layer
from jinja2 import Template

from dashboard.util.htmltext import without_bidi_controls

# Pixels within which markers are gathered into one cluster: about the size of a marker, so a cluster
# stands only where markers would hide one another.
CLUSTER_RADIUS = 20
TEXT_COLUMNS = (
    "force",
    "unit",
    "status",
    "place",
    "precision",
    "country",
    "region",
    "quote",
    "also_cites",
    "source",
    "title",
    "what",
    "resolved",
    "troops",
    "review",
    "fact_id",
)


def embed_json(value: object) -> str:
    """JSON that is safe inside a ``<script>`` element (as Jinja's ``tojson`` makes it)."""
    return (
        json.dumps(value, ensure_ascii=False, separators=(",", ":"))
        .replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


class VerbatimLayer(Layer):
    """A folium Layer whose script, holding article text as JSON, is added as it is rendered."""

    def render(self, **kwargs) -> None:  # type: ignore[override]  # as folium's MacroElement.render
        """As folium's Layer, except that the script is added as it is.

        branca wraps a rendered script in ``Element(script)``, which compiles it as a Jinja template:
        lexing megabytes of data took longer than building the whole map, and text with ``{{`` in it
        would be read as template code.
        """
        root = self.get_root()
        assert self._parent is not None and isinstance(root, Figure), "render a layer added to a map"
        if self.show:
            self.add_child(
                ElementAddToElement(element_name=self.get_name(), element_parent_name=self._parent.get_name()),
                name=self.get_name() + "_add",
            )
        root.script.add_child(_Verbatim(self._template.module.script(self, kwargs)), name=self.get_name())
        for child in self._children.values():
            child.render(**kwargs)


class FactLayer(VerbatimLayer):
    """One marker per row of ``table``: lat, lon, radius, a style key, and the TEXT_COLUMNS.

    ``style_for`` turns a style key into Leaflet path options (there are only a few keys).
    """

    _template = Template("""
        {% macro script(this, kwargs) %}
        var {{ this.get_name() }} = (function () {
            const data = {{ this.payload }};
            const S = data.strings;
            const text = (column, i) => S[data.columns[column][i]];
            const el = (tag, content, cls) => {
                const node = document.createElement(tag);
                if (cls) node.className = cls;
                if (content !== undefined) node.textContent = content;
                return node;
            };
            const line = (label, value) => {
                const row = el("div");
                row.append(el("b", label + ": "), document.createTextNode(value));
                return row;
            };
            function card(i, point) {
                const box = el("div", undefined, "fact-popup");
                box.style.overflowWrap = "anywhere";  // one very long token must not widen the popup
                const head = el("div");
                head.append(el("b", text("force", i) || "force not stated"),
                            document.createTextNode(": " + text("what", i)));
                box.append(head, line("Troops", text("troops", i)), line("Status", text("status", i)),
                           line("Place", text("place", i)));
                if (text("resolved", i)) box.append(line("Resolved to", text("resolved", i)));
                // The fact's own point, as exported: a spread cluster moves the marker, never this.
                box.append(line("Point", point[1].toFixed(4) + ", " + point[0].toFixed(4)));
                if (text("review", i)) box.append(line("Review", text("review", i)));
                box.append(el("blockquote", "\u201c" + text("quote", i) + "\u201d", "quote"));
                if (text("also_cites", i)) box.append(line("Size from", "\u201c" + text("also_cites", i) + "\u201d"));
                if (text("title", i)) box.append(el("div", text("title", i), "title"));
                box.append(el("small", text("source", i)));
                // Last, so that the app can tell which fact a clicked card shows (mapview.clicked_fact).
                box.append(el("div", "fact " + text("fact_id", i), "fact-id"));
                return box;
            }
            function tip(i) {
                return el("span", (text("force", i) || "?") + ": " + text("what", i)
                                  + ", " + text("status", i) + ", " + (text("place", i) || "?"));
            }
            const markers = L.geoJSON(data.geojson, {
                pointToLayer: (feature, latlng) =>
                    L.circleMarker(latlng, Object.assign({className: "fact-marker"},
                                                         data.styles[feature.properties.s],
                                                         {radius: feature.properties.r})),
                onEachFeature: (feature, layer) => {
                    // The card is made when first opened (thousands of markers), then kept as the popup's
                    // content: streamlit_folium returns the clicked popup's text only when it is a node.
                    layer.bindPopup(() => {
                        const node = card(feature.properties.i, feature.geometry.coordinates);
                        layer.getPopup().setContent(node);
                        return node;
                    }, {maxWidth: 420});
                    layer.bindTooltip(() => tip(feature.properties.i));
                },
            });
            // Markers closer than a few pixels are gathered; a click zooms in to them, or, where they share
            // one point (no zoom can part them), spreads them in pixels around it.
            const clusters = L.markerClusterGroup({
                maxClusterRadius: {{ this.cluster_radius }},
                showCoverageOnHover: false,
                zoomToBoundsOnClick: false,
                spiderfyOnMaxZoom: true,
            });
            clusters.on("clusterclick", (event) => {
                const bounds = event.layer.getBounds();
                if (bounds.getNorthEast().equals(bounds.getSouthWest())) event.layer.spiderfy();
                else event.layer.zoomToBounds({padding: [40, 40]});
            });
            clusters.addLayers(markers.getLayers());
            return clusters;
        })();
        {% endmacro %}
    """)

    def __init__(
        self,
        table: pd.DataFrame,
        *,
        style_for: Callable[[str], dict],
        name: str = "Deployment facts",
        control: bool = True,
    ) -> None:
        super().__init__(name=name, overlay=True, control=control, show=True)
        self._name = "FactLayer"
        self.count = len(table)
        self.cluster_radius = CLUSTER_RADIUS
        self.payload = _payload(table, style_for)


class _Verbatim(Element):
    """Text that renders as itself, never parsed as a template."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text

    def render(self, **kwargs) -> str:
        return self.text


def _payload(table: pd.DataFrame, style_for: Callable[[str], dict]) -> str:
    strings: dict[str, int] = {}

    def intern(values: list) -> list[int]:
        return [
            strings.setdefault("" if v is None or v != v else without_bidi_controls(v), len(strings)) for v in values
        ]

    columns = {name: intern(table[name].tolist()) for name in TEXT_COLUMNS}
    style_ids: dict[str, int] = {}
    style_index = [style_ids.setdefault(k, len(style_ids)) for k in table["style"].tolist()]
    # Only numbers go into the features, so they are written directly rather than through json.dumps.
    features = ",".join(
        f'{{"type":"Feature","geometry":{{"type":"Point","coordinates":[{lon:.5f},{lat:.5f}]}},'
        f'"properties":{{"i":{i},"s":{s},"r":{r:g}}}}}'
        for i, (lat, lon, s, r) in enumerate(
            zip(table["lat"].tolist(), table["lon"].tolist(), style_index, table["radius"].tolist())
        )
    )
    return (
        f'{{"geojson":{{"type":"FeatureCollection","features":[{features}]}},'
        f'"strings":{embed_json(list(strings))},"columns":{embed_json(columns)},'
        f'"styles":{embed_json([style_for(k) for k in style_ids])}}}'
    )
