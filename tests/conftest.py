from __future__ import annotations

import json
from pathlib import Path

import pytest
import streamlit as st
from streamlit.runtime.media_file_manager import MediaFileManager
from streamlit.runtime.memory_media_file_storage import MemoryMediaFileStorage
from streamlit.testing.v1 import AppTest

from dashboard.exports import tables
from dashboard.parser import extract
from dashboard.places import gazetteer
from dashboard.schema import Fact
from dashboard.sources import article

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SEED = ROOT / "seeds" / "000_56275939a7f1331b.txt"
APP = str(ROOT / "dashboard" / "app.py")


# The tests' web pages are served on 127.0.0.1, an address the tool refuses unless this is set.
ALLOW_PRIVATE = {"DASHBOARD_ALLOW_PRIVATE_ADDRESSES": "1"}


@pytest.fixture
def private_addresses_allowed(monkeypatch) -> None:
    """Web addresses on this machine may be fetched (as an intranet's would be with the setting)."""
    for name, value in ALLOW_PRIVATE.items():
        monkeypatch.setenv(name, value)


@pytest.fixture(scope="session")
def gaz() -> gazetteer.Gazetteer:
    return gazetteer.load()


@pytest.fixture(scope="session")
def seed_article() -> article.Article:
    return article.load(SEED)


@pytest.fixture(scope="session")
def seed_facts(seed_article, gaz) -> list[Fact]:
    return extract(seed_article, gaz)


@pytest.fixture(scope="session")
def seed_expected() -> dict:
    return json.loads((FIXTURES / "000_56275939a7f1331b.expected.json").read_text(encoding="utf-8"))


@pytest.fixture
def table(seed_facts):
    """The seed article's facts as the app's table."""
    return tables.frame(seed_facts)


@pytest.fixture
def facts_of(gaz):
    """Facts of a passage given as text (with an optional ``key: value`` header)."""

    def run(text: str) -> list[Fact]:
        return extract(article.from_text(text), gaz)

    return run


# AppTest: every file the app offers for download recorded (shared by test_app and test_app_review).
@pytest.fixture
def downloads(monkeypatch) -> dict[str, bytes]:
    """Files the app offers for download, by the id in their URL."""
    files: dict[str, bytes] = {}
    original = MemoryMediaFileStorage.load_and_get_id

    def recording(self, path_or_data, mimetype, kind, filename=None):
        file_id = original(self, path_or_data, mimetype, kind, filename)
        files[file_id] = path_or_data
        return file_id

    monkeypatch.setattr(MemoryMediaFileStorage, "load_and_get_id", recording)
    # A download made when clicked (a callable) is registered now and run on the click: keep it to run.
    add_deferred = MediaFileManager.add_deferred

    def deferred(self, data_callable, *args, **kwargs):
        file_id = add_deferred(self, data_callable, *args, **kwargs)
        files[file_id] = data_callable
        return file_id

    monkeypatch.setattr(MediaFileManager, "add_deferred", deferred)
    return files


def open_app(path: Path, monkeypatch, *, timeout: float = 60) -> AppTest:
    """The app over the store at ``path`` (no tiles), run once, Streamlit's caches emptied first."""
    monkeypatch.setenv("DASHBOARD_STORE", str(path))
    monkeypatch.setenv("DASHBOARD_TILES", "none")
    st.cache_data.clear()
    st.cache_resource.clear()
    at = AppTest.from_file(APP, default_timeout=timeout)
    at.run()
    assert not at.exception, at.exception
    return at


@pytest.fixture
def store_path(tmp_path, monkeypatch) -> Path:
    """A fresh store for the app, with Streamlit's caches emptied before and after."""
    path = tmp_path / "store.sqlite"
    monkeypatch.setenv("DASHBOARD_STORE", str(path))
    monkeypatch.setenv("DASHBOARD_TILES", "none")
    st.cache_data.clear()
    st.cache_resource.clear()
    yield path
    st.cache_data.clear()
    st.cache_resource.clear()


@pytest.fixture
def app(store_path) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    assert not at.exception, at.exception
    return at
