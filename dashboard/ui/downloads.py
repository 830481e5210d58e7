"""The download buttons: CSV, GeoJSON and Excel of exactly the facts shown, made by
``analysis/downloads.py`` as ``python -m dashboard export`` makes them."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import cast

import streamlit as st

from dashboard.analysis import downloads as files
from dashboard.exports import tables
from dashboard.ui.view import View, load_gazetteer


def render(view: View, described: list[tuple[str, str]]) -> None:
    """CSV, GeoJSON and Excel of exactly the facts shown, with their review columns, made when clicked
    (the export time is the click's) from the store: CSV and GeoJSON written as the rows stream out a
    chunk at a time, the workbook from those rows alone."""
    selection = files.Selection(view.engine(), view.chosen, view.members(), view.states)
    outline = load_gazetteer().outline
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

    def made(kind: files.Format) -> Callable[[], bytes]:
        return lambda: b"".join(
            files.chunks(
                kind, selection, described=described, outline=outline, headers=headers, exported_at=datetime.now(UTC)
            )
        )

    for column, kind, label, key in (
        (csv_col, "csv", "Download CSV", "dl_csv"),
        (geojson_col, "geojson", "Download GeoJSON", "dl_geojson"),
        (excel_col, "xlsx", "Download Excel", "dl_excel"),
    ):
        suffix, mime = files.FORMATS[kind]
        column.download_button(
            label, made(cast(files.Format, kind)), file_name=selection.stem + suffix, mime=mime, key=key
        )
