"""The download buttons: CSV, GeoJSON and Excel of exactly the facts shown."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import cast

import pandas as pd
import streamlit as st

from dashboard.analysis import filters, query
from dashboard.exports import plain, tables
from dashboard.ui import listing
from dashboard.ui.view import View, load_gazetteer


def render(view: View, described: list[tuple[str, str]]) -> None:
    """CSV, GeoJSON and Excel of exactly the facts shown, with their review columns, made when clicked
    (the export time is the click's) from the store: CSV and GeoJSON written as the rows stream out a
    chunk at a time, the workbook from those rows alone."""
    stem = filters.file_stem(view.chosen) + ("_reviewed" if view.states == query.TRUSTED else "")
    outline = load_gazetteer().outline

    def shown() -> pd.DataFrame:
        return query.frame(list(view.stream()))

    csv_col, geojson_col, excel_col, names_col = st.columns([1, 1, 1, 1.4])
    headers = cast(
        tables.Headers,
        names_col.radio(
            "Column names",
            ["schema", "readable"],
            horizontal=True,
            key="dl_headers",
            format_func={"schema": "schema (quantity_low)", "readable": "readable (Count (low))"}.get,
        ),
    )
    csv_col.download_button(
        "Download CSV",
        lambda: listing.encoded(plain.csv_chunks(view.stream(), headers=headers, columns=query.ROW_COLUMNS)),
        file_name=f"{stem}.csv",
        mime="text/csv",
        key="dl_csv",
    )
    geojson_col.download_button(
        "Download GeoJSON",
        lambda: listing.encoded(
            tables.geojson_chunks(
                query.frames(view.stream()),
                members=view.members(),
                outline=outline,
                filters_applied=described,
                exported_at=datetime.now(UTC),
            )
        ),
        file_name=f"{stem}.geojson",
        mime="application/geo+json",
        key="dl_geojson",
    )
    excel_col.download_button(
        "Download Excel",
        lambda: tables.to_excel(shown(), filters_applied=described, headers=headers, exported_at=datetime.now(UTC)),
        file_name=f"{stem}.xlsx",
        key="dl_excel",
        mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )
