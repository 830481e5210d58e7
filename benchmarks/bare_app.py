"""The baseline of the app benchmarks: the 11-line app a newcomer writes, every point one GeoJSON
feature through st_folium, filtered by country (Leaflet served locally, as the dashboard's is)."""

import os, sqlite3, folium, streamlit as st  # noqa: E401, I001
from streamlit_folium import st_folium

db = sqlite3.connect(os.environ["DASHBOARD_STORE"])
codes = st.sidebar.multiselect(
    "Country", [r[0] for r in db.execute("SELECT DISTINCT country_code FROM facts WHERE country_code != '' ORDER BY 1")]
)  # noqa: E501
rows = db.execute(
    "SELECT lat, lon FROM facts WHERE lat IS NOT NULL"
    + (f" AND country_code IN ({','.join('?' * len(codes))})" if codes else ""),
    codes,
).fetchall()  # noqa: E501
fmap = folium.Map(location=(51, 23), zoom_start=5, tiles=None)
fmap.default_js, fmap.default_css = (
    [("leaflet", "/app/static/vendor/leaflet.js"), ("jquery", "/app/static/vendor/jquery.min.js")],
    [("leaflet_css", "/app/static/vendor/leaflet.css")],
)  # noqa: E501
folium.GeoJson(
    {
        "type": "FeatureCollection",
        "features": [
            {"type": "Feature", "properties": {}, "geometry": {"type": "Point", "coordinates": [lon, lat]}}
            for lat, lon in rows
        ],
    },
    marker=folium.CircleMarker(radius=4),
).add_to(fmap)  # noqa: E501
st.metric("Facts", len(rows))
st_folium(fmap, height=640, returned_objects=[])
