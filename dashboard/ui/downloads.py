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
from dashboard.util.reprieve import Reprieve

# How long a download button's file-maker outlives the last run that drew the button.
DOWNLOAD_REPRIEVE_SECONDS = 600.0


@st.cache_resource
def keep_download_makers() -> None:
    """Once per server: Streamlit lets a download button's maker go as soon as a run ends without
    drawing the button, and a run stopped by a newer one (two filter changes in a row) ends drawing
    none, so a click on a button still on screen gave nothing ("Deferred file ... not found"). Makers
    are now let go only after DOWNLOAD_REPRIEVE_SECONDS unused (util/reprieve.py). This replaces the
    one method of Streamlit's MediaFileManager that lets them go, called with its lock held."""
    from streamlit.runtime import Runtime

    if not Runtime.exists():  # AppTest runs the script without a server
        return
    manager = Runtime.instance().media_file_mgr
    reprieve: Reprieve[str] = Reprieve(DOWNLOAD_REPRIEVE_SECONDS)

    def let_go_unused_makers() -> None:
        drawn = {f for files in manager._files_by_session_and_coord.values() for f in files.values()}
        for file_id in reprieve.expired(f for f in manager._deferred_callables if f not in drawn):
            manager._drop_deferred_id(file_id)

    manager._remove_orphaned_deferred_callables = let_go_unused_makers  # type: ignore[method-assign]


def render(view: View, described: list[tuple[str, str]]) -> None:
    """CSV, GeoJSON and Excel of exactly the facts shown, with their review columns, made when clicked
    (the export time is the click's) from the store: CSV and GeoJSON written as the rows stream out a
    chunk at a time, the workbook from those rows alone.

    A click does not rerun the app (``on_click="ignore"``): a rerun made every other button on screen
    name a file the rerun then dropped, so a second click, or one on the same button soon after, gave
    nothing (the server logged "Deferred file ... not found")."""
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
            label,
            made(cast(files.Format, kind)),
            file_name=selection.stem + suffix,
            mime=mime,
            key=key,
            on_click="ignore",
        )
