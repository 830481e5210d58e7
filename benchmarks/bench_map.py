"""Scenario 3: the folium map of many facts, ours (one GeoJSON layer) beside the naive way.

The naive way is one ``folium.CircleMarker`` with a ``folium.Popup`` per fact. Both are built and
rendered to HTML, since the HTML is what the browser has to receive.
"""

from __future__ import annotations

import time

import folium
import pandas as pd

from benchmarks.generate import article
from benchmarks.report import Row
from dashboard.exports import tables
from dashboard.maps import mapview
from dashboard.parser import extract
from dashboard.places import gazetteer
from dashboard.sources import article as articles
from dashboard.store.shipped import region_members


def facts_table(n_articles: int, gaz: gazetteer.Gazetteer) -> pd.DataFrame:
    return tables.frame(f for i in range(n_articles) for f in extract(articles.from_text(article(i)), gaz))


def ours(df: pd.DataFrame, gaz: gazetteer.Gazetteer) -> tuple[float, int]:
    start = time.perf_counter()
    html = (
        mapview.map_parts(df, outline=gaz.outline, members=region_members(df, gaz), tiles=None)
        .whole()
        .get_root()
        .render()
    )
    return time.perf_counter() - start, len(html.encode("utf-8"))


def naive(df: pd.DataFrame) -> tuple[float, int]:
    start = time.perf_counter()
    fmap = folium.Map(location=(51, 23), zoom_start=5, tiles=None)
    for row in df[df["lat"].notna()].itertuples(index=False):
        folium.CircleMarker(
            (row.lat, row.lon), radius=6, popup=folium.Popup(f"{row.force}: {row.unit} {row.place}<br>{row.quote}")
        ).add_to(fmap)
    html = fmap.get_root().render()
    return time.perf_counter() - start, len(html.encode("utf-8"))


def run(n_articles: int = 1000) -> tuple[list[Row], dict[str, float]]:
    gaz = gazetteer.load()
    df = facts_table(n_articles, gaz)
    ours(df.head(50), gaz)
    ours_s, ours_bytes = min((ours(df, gaz) for _ in range(3)), key=lambda r: r[0])
    naive_s, naive_bytes = naive(df)
    n = len(df)
    rows = [
        Row(
            f"map of {n:,} facts: build + HTML",
            ours_s,
            naive_s,
            "s (naive per-marker folium as baseline)",
            "< 0.25 s and >= 20x faster",
            higher_is_better=False,
        ),
        Row(
            f"map of {n:,} facts: HTML size",
            ours_bytes / 1e6,
            naive_bytes / 1e6,
            "MB (naive as baseline)",
            "< 4 MB",
            higher_is_better=False,
        ),
    ]
    return rows, {"map_seconds": ours_s, "map_mb": ours_bytes / 1e6, "facts": n}


if __name__ == "__main__":
    from benchmarks.report import print_table

    print_table("Scenario 3: the map", run()[0])
