"""Region-wide facts drawn as regions: the member countries hatched, one label, one card of facts.

A fact about "the Baltic states" or "the eastern flank" has no point: drawing it as a ring at the
region's centre put it on a border or inside a country that is not a member. Here a region is its
members' outlines (one feature per region, hatched) and a label placed inside a member; clicking
either opens a card listing the members and the region's facts. As in ``factlayer``, the text goes
in as inert JSON and the card is built with ``textContent``.
"""

from __future__ import annotations

from jinja2 import Template

from dashboard.maps.factlayer import VerbatimLayer, embed_json

HATCH_COLOUR = "#6c3483"
CSS = """
<style>
.region-label { background: none; border: none; white-space: nowrap; }
.region-label > span { display: inline-block; transform: translate(-50%, -50%); padding: 1px 5px;
                       font: italic 600 12px sans-serif; color: #4a235a; background: rgba(255,255,255,0.85);
                       border: 1px dashed #6c3483; border-radius: 3px; cursor: pointer; }
.region-popup ol { margin: 4px 0; padding-left: 18px; }
.region-popup blockquote { margin: 2px 0 2px 4px; font-style: italic; }
</style>
"""


class RegionLayer(VerbatimLayer):
    """``regions``: dicts with name, label, members (names), anchor ([lat, lon] or None), tooltip, the
    facts as ``[force, what, status, quote, source]`` rows and ``more`` (facts not listed);
    ``geojson``: their member outlines, each feature's ``r`` the index of its region."""

    _template = Template("""
        {% macro script(this, kwargs) %}
        var {{ this.get_name() }} = (function () {
            const data = {{ this.payload }};
            const el = (tag, content, cls) => {
                const node = document.createElement(tag);
                if (cls) node.className = cls;
                if (content !== undefined) node.textContent = content;
                return node;
            };
            function card(r) {
                const region = data.regions[r];
                const box = el("div", undefined, "region-popup");
                box.append(el("b", region.name),
                           document.createTextNode(" (region-wide, not placed in any one member)"));
                const members = el("div", undefined, "region-members");
                members.append(el("b", "Members: "), document.createTextNode(region.members.join(", ")));
                box.append(members);
                const list = el("ol", undefined, "region-facts");
                for (const [force, what, status, quote, source] of region.facts) {
                    const item = el("li");
                    item.append(el("b", force || "force not stated"),
                                document.createTextNode(": " + what + " (" + status + ")"),
                                el("blockquote", "\\u201c" + quote + "\\u201d", "quote"), el("small", source));
                    list.append(item);
                }
                box.append(list);
                if (region.more) {
                    box.append(el("div", "\\u2026 and " + region.more + " more; the filters narrow them."));
                }
                return box;
            }
            // Diagonal hatching, defined once in the SVG the outlines are drawn in (the layer may sit in a
            // group rather than on the map itself, so the map is the one it was added to).
            function hatch(event) {
                const svg = event.target._map.getPanes().overlayPane.querySelector("svg");
                if (!svg || svg.querySelector("#region-hatch")) return;
                const ns = "http://www.w3.org/2000/svg";
                const defs = document.createElementNS(ns, "defs");
                const pattern = document.createElementNS(ns, "pattern");
                const attrs = {id: "region-hatch", patternUnits: "userSpaceOnUse", width: 9, height: 9,
                               patternTransform: "rotate(45)"};
                for (const [k, v] of Object.entries(attrs)) pattern.setAttribute(k, v);
                const line = document.createElementNS(ns, "line");
                const lineAttrs = {x1: 0, y1: 0, x2: 0, y2: 9, stroke: data.colour, "stroke-width": 2,
                                   "stroke-opacity": 0.35};
                for (const [k, v] of Object.entries(lineAttrs)) line.setAttribute(k, v);
                pattern.append(line);
                defs.append(pattern);
                svg.prepend(defs);
            }
            const group = L.featureGroup();
            L.geoJSON(data.geojson, {
                className: "region-area",
                style: {color: data.colour, weight: 2, dashArray: "6 5", fillColor: "url(#region-hatch)",
                        fillOpacity: 1},
                onEachFeature: (feature, layer) => {
                    layer.bindPopup(() => card(feature.properties.r), {maxWidth: 440, maxHeight: 360});
                    layer.bindTooltip(() => el("span", data.regions[feature.properties.r].tooltip), {sticky: true});
                },
            }).addTo(group);
            data.regions.forEach((region, r) => {
                if (!region.anchor) return;
                const icon = L.divIcon({className: "region-label", html: el("span", region.label), iconSize: null});
                L.marker(region.anchor, {icon: icon, keyboard: false})
                    .bindPopup(() => card(r), {maxWidth: 440, maxHeight: 360}).addTo(group);
            });
            group.on("add", hatch);
            return group;
        })();
        {% endmacro %}
    """)

    def __init__(
        self, regions: list[dict], geojson: dict, *, name: str = "Region-wide facts", control: bool = True
    ) -> None:
        super().__init__(name=name, overlay=True, control=control, show=True)
        self._name = "RegionLayer"
        self.count = len(regions)
        self.payload = embed_json({"regions": regions, "geojson": geojson, "colour": HATCH_COLOUR})
