"""Download makers and the files they make outlive the runs that forget them, on Streamlit's own
MediaFileManager (an upgrade that renames what keep_downloads replaces fails here)."""

from __future__ import annotations

import pytest
from streamlit.runtime.media_file_manager import MediaFileManager
from streamlit.runtime.media_file_storage import MediaFileStorageError
from streamlit.runtime.memory_media_file_storage import MemoryMediaFileStorage

from dashboard.ui.downloads import DOWNLOAD_REPRIEVE_SECONDS, MADE_FILE_REPRIEVE_SECONDS, keep_downloads


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def a_run_ends(manager: MediaFileManager) -> None:
    """What Streamlit does when any session's script run ends: forget its buttons, tidy up."""
    manager.clear_session_refs()
    manager.remove_orphaned_files()


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def manager(clock: Clock) -> MediaFileManager:
    kept = MediaFileManager(MemoryMediaFileStorage("/media"))
    keep_downloads(kept, clock=clock)
    return kept


def test_a_button_forgotten_by_later_runs_still_makes_its_file(manager, clock):
    file_id = manager.add_deferred(lambda: b"a,b\n", "text/csv", "coords", file_name="facts.csv")
    a_run_ends(manager)
    a_run_ends(manager)
    clock.now = DOWNLOAD_REPRIEVE_SECONDS - 1
    a_run_ends(manager)
    assert manager.execute_deferred(file_id).startswith("/media/")


def test_a_button_unused_past_its_reprieve_is_let_go(manager, clock):
    file_id = manager.add_deferred(lambda: b"a,b\n", "text/csv", "coords", file_name="facts.csv")
    a_run_ends(manager)
    clock.now = DOWNLOAD_REPRIEVE_SECONDS
    a_run_ends(manager)
    with pytest.raises(MediaFileStorageError, match="not found"):
        manager.execute_deferred(file_id)


def test_a_made_file_survives_the_runs_that_end_before_the_browser_fetches_it(manager, clock):
    file_id = manager.add_deferred(lambda: b"a,b\n", "text/csv", "coords", file_name="facts.csv")
    made = manager.execute_deferred(file_id).rsplit("/", 1)[1].split(".")[0]
    for _ in range(3):  # a decision's reruns ending one after another
        a_run_ends(manager)
    assert manager.read_file(made) is not None


def test_a_made_file_is_deleted_once_its_reprieve_has_passed(manager, clock):
    file_id = manager.add_deferred(lambda: b"a,b\n", "text/csv", "coords", file_name="facts.csv")
    made = manager.execute_deferred(file_id).rsplit("/", 1)[1].split(".")[0]
    a_run_ends(manager)
    clock.now = MADE_FILE_REPRIEVE_SECONDS
    a_run_ends(manager)  # marked for deletion
    a_run_ends(manager)  # deleted
    assert manager.read_file(made) is None


def test_without_the_reprieve_streamlit_deletes_a_made_file_after_two_runs():
    """The failure the reprieve exists for: if this starts passing, Streamlit has changed."""
    manager = MediaFileManager(MemoryMediaFileStorage("/media"))
    file_id = manager.add_deferred(lambda: b"a,b\n", "text/csv", "coords", file_name="facts.csv")
    made = manager.execute_deferred(file_id).rsplit("/", 1)[1].split(".")[0]
    a_run_ends(manager)
    a_run_ends(manager)
    assert manager.read_file(made) is None
