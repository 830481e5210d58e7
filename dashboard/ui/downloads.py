"""The download buttons: CSV, GeoJSON and Excel of exactly the facts shown, made by
``analysis/downloads.py`` as ``python -m dashboard export`` makes them."""

from __future__ import annotations

import functools
import time
from collections.abc import Callable
from datetime import UTC, datetime
from typing import cast

import streamlit as st
from streamlit.runtime.forward_msg_queue import ForwardMsgQueue
from streamlit.runtime.media_file_manager import MediaFileManager
from streamlit.runtime.media_file_storage import MediaFileKind

from dashboard.analysis import downloads as files
from dashboard.exports import tables
from dashboard.ui.view import View, load_gazetteer
from dashboard.util.reprieve import Reprieve

# How long a download button's file-maker outlives the last run that drew the button.
DOWNLOAD_REPRIEVE_SECONDS = 600.0
# How long a file made by a click is kept for the browser to fetch, though no run names it.
MADE_FILE_REPRIEVE_SECONDS = 120.0


@st.cache_resource
def keep_download_makers() -> None:
    """Once per server: Streamlit lets a download button's maker go as soon as a run ends without
    drawing the button, and a run stopped by a newer one (two filter changes in a row) ends drawing
    none, so a click on a button still on screen gave nothing ("Deferred file ... not found"). Makers
    are now let go only after DOWNLOAD_REPRIEVE_SECONDS unused (util/reprieve.py).

    The file a click makes is named by no run either, so the end of any two runs deleted it (the
    first marks it, the second deletes it): a click right after a decision, whose reruns end at
    once, gave a download the browser then found gone ("canceled"). Made files are now let go only
    after MADE_FILE_REPRIEVE_SECONDS unused. Both replace methods of Streamlit's MediaFileManager
    that are called with its lock held; tests/unit/ui/test_downloads.py runs them on a real manager.
    The answer a click waits for is kept too (keep_answers_to_clicks)."""
    from streamlit.runtime import Runtime

    if Runtime.exists():  # AppTest runs the script without a server
        keep_downloads(Runtime.instance().media_file_mgr)
        keep_answers_to_clicks()


def keep_downloads(manager: MediaFileManager, *, clock: Callable[[], float] = time.monotonic) -> None:
    """Give ``manager``'s download makers and made files their reprieves (see keep_download_makers)."""
    makers: Reprieve[str] = Reprieve(DOWNLOAD_REPRIEVE_SECONDS, clock=clock)
    made: Reprieve[str] = Reprieve(MADE_FILE_REPRIEVE_SECONDS, clock=clock)
    streamlit_inactive = manager._get_inactive_file_ids

    def let_go_unused_makers() -> None:
        drawn = {f for files in manager._files_by_session_and_coord.values() for f in files.values()}
        for file_id in makers.expired(f for f in manager._deferred_callables if f not in drawn):
            manager._drop_deferred_id(file_id)

    def inactive_files_past_their_reprieve() -> set[str]:
        inactive = streamlit_inactive()
        downloadable = {f for f in inactive if manager._file_metadata[f].kind == MediaFileKind.DOWNLOADABLE}
        return (inactive - downloadable) | set(made.expired(downloadable))

    manager._remove_orphaned_deferred_callables = let_go_unused_makers  # type: ignore[method-assign]
    manager._get_inactive_file_ids = inactive_files_past_their_reprieve  # type: ignore[method-assign]


# The message that tells a download button where its file is (Streamlit's ForwardMsg field name).
ANSWER = "backend_operation_response"


def keep_answers_to_clicks(queue: type[ForwardMsgQueue] = ForwardMsgQueue) -> None:
    """Once per process: when a run starts, Streamlit empties a session's queue of messages not yet
    sent to the browser, keeping only those of a run's life (new session, script finished, ...). The
    answer to a download click queued just before (the address of the file made) was dropped with
    the rest, and the button spun until the browser gave up on it, three minutes later. Any run that
    started in that moment did it: in the browser tests, one in a few clicks made right after a
    decision or a filter change. Answers now stay in the queue when it is emptied for a run; each
    names the request it answers, so its place among the run's messages does not matter.
    tests/unit/ui/test_downloads.py runs this on Streamlit's own queue."""
    if getattr(queue.clear, "keeps_answers", False):
        return
    streamlit_clear = queue.clear

    @functools.wraps(streamlit_clear)  # Streamlit's own stays reachable as ``clear.__wrapped__``
    def clear(
        self: ForwardMsgQueue, retain_lifecycle_msgs: bool = False, fragment_ids_this_run: list[str] | None = None
    ) -> None:
        answers = [m for m in self._queue if m.WhichOneof("type") == ANSWER] if retain_lifecycle_msgs else []
        streamlit_clear(self, retain_lifecycle_msgs, fragment_ids_this_run)
        self._queue.extend(m for m in answers if m not in self._queue)

    clear.keeps_answers = True  # type: ignore[attr-defined]
    queue.clear = clear  # type: ignore[method-assign]


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
