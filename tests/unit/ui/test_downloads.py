"""Download makers and the files they make outlive the runs that forget them, on Streamlit's own
MediaFileManager, and the answer to a click outlives a run that starts before it is sent, on
Streamlit's own ForwardMsgQueue (an upgrade that renames what they replace fails here)."""

from __future__ import annotations

import pytest
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg
from streamlit.runtime.forward_msg_queue import ForwardMsgQueue
from streamlit.runtime.media_file_manager import MediaFileManager
from streamlit.runtime.media_file_storage import MediaFileStorageError
from streamlit.runtime.memory_media_file_storage import MemoryMediaFileStorage

from dashboard.ui.downloads import (
    DOWNLOAD_REPRIEVE_SECONDS,
    MADE_FILE_REPRIEVE_SECONDS,
    keep_answers_to_clicks,
    keep_downloads,
)


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


# the answer to a click ------------------------------------------------------------------------------
def an_answer(request_id: str) -> ForwardMsg:
    """What the server queues for the browser once a click's file is made: where to fetch it."""
    msg = ForwardMsg()
    msg.backend_operation_response.request_id = request_id
    msg.backend_operation_response.deferred_file.url = f"/media/{request_id}.csv"
    return msg


def a_run_finished() -> ForwardMsg:
    msg = ForwardMsg()
    msg.script_finished = ForwardMsg.FINISHED_SUCCESSFULLY
    return msg


def a_page_not_found() -> ForwardMsg:
    msg = ForwardMsg()
    msg.page_not_found.page_name = "elsewhere"
    return msg


def queue_kept() -> ForwardMsgQueue:
    """A queue whose class (a subclass: the test process's own Streamlit stays as shipped) keeps answers."""

    class Kept(ForwardMsgQueue):
        pass

    keep_answers_to_clicks(Kept)
    return Kept()


def kinds(queue: ForwardMsgQueue) -> list[str | None]:
    return [m.WhichOneof("type") for m in queue._queue]


def test_an_answer_queued_when_a_run_starts_is_still_sent():
    queue = queue_kept()
    for msg in (a_run_finished(), an_answer("r1"), a_page_not_found()):
        queue.enqueue(msg)
    queue.clear(retain_lifecycle_msgs=True)  # what a session does as a run starts
    assert kinds(queue) == ["script_finished", "backend_operation_response"]
    assert [m.backend_operation_response.request_id for m in queue.flush()[1:]] == ["r1"]


def test_a_sent_answer_leaves_the_queue_and_is_not_sent_twice():
    queue = queue_kept()
    queue.enqueue(an_answer("r1"))
    assert kinds(queue) == ["backend_operation_response"]
    assert kinds(queue) == [m.WhichOneof("type") for m in queue.flush()]
    queue.clear(retain_lifecycle_msgs=True)
    assert queue.flush() == []


def test_an_emptied_queue_keeps_no_answer():
    """A session that is shut down or reconnects starts from nothing: only a run's clearing keeps answers."""
    queue = queue_kept()
    queue.enqueue(an_answer("r1"))
    queue.clear()
    assert kinds(queue) == []


def test_keeping_answers_twice_wraps_the_queue_once():
    class Kept(ForwardMsgQueue):
        pass

    keep_answers_to_clicks(Kept)
    once = Kept.clear
    keep_answers_to_clicks(Kept)
    assert Kept.clear is once


def test_without_keeping_answers_streamlit_drops_an_answer_when_a_run_starts():
    """The failure keep_answers_to_clicks exists for: if this starts passing, Streamlit has changed.
    (Streamlit's own clear, even when a server started in this process has wrapped it.)"""
    streamlit_clear = getattr(ForwardMsgQueue.clear, "__wrapped__", ForwardMsgQueue.clear)
    queue = ForwardMsgQueue()
    queue.enqueue(an_answer("r1"))
    streamlit_clear(queue, retain_lifecycle_msgs=True)
    assert kinds(queue) == []
