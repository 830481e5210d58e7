"""Download makers are let go only once unused for a while (see dashboard/util/reprieve.py)."""

from __future__ import annotations

from dashboard.util.reprieve import Reprieve


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_a_thing_unused_for_less_than_the_reprieve_is_kept():
    clock = Clock()
    reprieve = Reprieve(60, clock=clock)
    assert reprieve.expired({"a"}) == []
    clock.now = 59.9
    assert reprieve.expired({"a"}) == []
    clock.now = 60
    assert reprieve.expired({"a"}) == ["a"]


def test_a_thing_used_again_starts_over():
    clock = Clock()
    reprieve = Reprieve(60, clock=clock)
    reprieve.expired({"a", "b"})
    clock.now = 30
    reprieve.expired({"b"})  # "a" is named by a button again
    clock.now = 61
    assert reprieve.expired({"a", "b"}) == ["b"]  # "a" unused again since 61 only
    clock.now = 120
    assert reprieve.expired({"a"}) == []
    clock.now = 121
    assert reprieve.expired({"a"}) == ["a"]


def test_what_is_let_go_is_forgotten():
    clock = Clock()
    reprieve = Reprieve(10, clock=clock)
    reprieve.expired({"a"})
    clock.now = 10
    assert reprieve.expired({"a"}) == ["a"]
    assert reprieve.expired(set()) == []
    assert reprieve.expired({"a"}) == []  # a new "a" starts its own reprieve


def test_streamlit_still_has_what_the_app_replaces_to_keep_download_makers():
    """app.keep_download_makers replaces one method of Streamlit's MediaFileManager and reads two of
    its tables: an upgrade that renames them must fail here, not silently lose downloads again."""
    from streamlit.runtime.media_file_manager import MediaFileManager
    from streamlit.runtime.memory_media_file_storage import MemoryMediaFileStorage

    manager = MediaFileManager(MemoryMediaFileStorage("/media"))
    assert callable(manager._remove_orphaned_deferred_callables) and callable(manager._drop_deferred_id)
    assert manager._files_by_session_and_coord == {} and manager._deferred_callables == {}
