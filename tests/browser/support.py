"""What the browser tests need: a real `streamlit run` server and Debian's Chromium under Playwright."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent.parent
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
    "--disable-dev-shm-usage",
]


def require_chromium() -> None:
    """Skip where Chromium is missing, except in CI (REQUIRE_BROWSER=1), where that is a failure."""
    if Path(CHROMIUM).exists():
        return
    message = f"Chromium not found at {CHROMIUM}: apt-get install chromium"
    if os.environ.get("REQUIRE_BROWSER") == "1":
        pytest.fail(message)
    pytest.skip(message)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class Server:
    url: str
    process: subprocess.Popen
    store: Path
    log: Path
    started: float = field(default_factory=time.monotonic)


def wait_for_health(url: str, process: subprocess.Popen, *, timeout: float = 60) -> None:
    """Poll /_stcore/health until it answers ok; a dead server fails at once."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"streamlit exited with {process.returncode}")
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as response:
                if response.status == 200:
                    return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            pass
        time.sleep(0.1)  # a poll interval, not a wait for an event: the next poll is the check
    raise TimeoutError(f"streamlit did not report healthy within {timeout} s")


@contextmanager
def streamlit_server(
    tmp: Path, *, env: dict[str, str] | None = None, script: str = "dashboard/app.py"
) -> Iterator[Server]:
    port = free_port()
    store = tmp / "store.sqlite"
    log = tmp / "streamlit.log"
    environment = {**os.environ, "DASHBOARD_STORE": str(store), "DASHBOARD_TILES": "none", **(env or {})}
    with log.open("w") as out:
        process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "streamlit",
                "run",
                script,
                "--server.port",
                str(port),
                "--server.address",
                "127.0.0.1",
                "--server.headless",
                "true",
                "--browser.gatherUsageStats",
                "false",
            ],
            cwd=ROOT,
            env=environment,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    url = f"http://127.0.0.1:{port}"
    try:
        wait_for_health(url, process)
        yield Server(url, process, store, log)
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()


@contextmanager
def chromium_page(*, downloads: bool = True):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        context = browser.new_context(accept_downloads=downloads, viewport={"width": 1500, "height": 1100})
        blocked: list[str] = []

        def only_loopback(route) -> None:
            url = route.request.url
            if url.startswith(("http://127.0.0.1", "http://localhost", "data:", "blob:", "about:")):
                route.continue_()
            else:
                blocked.append(url)
                route.abort()

        context.route("**/*", only_loopback)
        page = context.new_page()
        dialogs: list[str] = []
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        page.blocked = blocked  # type: ignore[attr-defined]
        page.dialogs = dialogs  # type: ignore[attr-defined]
        try:
            yield page
        finally:
            context.close()
            browser.close()


def wait_until_app_idle(page, *, timeout: float = 60_000) -> None:
    """Streamlit marks the app as running in the status widget; wait until it is gone and the app is drawn."""
    page.wait_for_selector("[data-testid='stApp']", timeout=timeout)
    page.wait_for_function(
        "() => document.querySelector(\"[data-testid='stStatusWidget']\") === null"
        " && document.querySelectorAll(\"[data-testid='stMetric']\").length > 0",
        timeout=timeout,
    )


def map_frame(page, *, timeout: float = 60_000):
    """The folium map's iframe, once its markers are drawn."""
    handle = page.wait_for_selector("iframe[title='streamlit_folium.st_folium']", timeout=timeout)
    frame = handle.content_frame()
    frame.wait_for_selector(".leaflet-container", timeout=timeout)
    return frame


def type_reviewer(page, name: str) -> None:
    """Type the reviewer's name in the sidebar, as an analyst does once per session."""
    box = page.get_by_test_id("stSidebar").get_by_role("textbox", name="Your name, for reviews")
    box.fill(name)
    box.press("Enter")
    wait_until_app_idle(page)


# A condition for page.wait_for_function: the map's iframe shows exactly ``n`` fact markers.
FACT_MARKERS = """n => { const f = document.querySelector("iframe[title='streamlit_folium.st_folium']");
                         return f && f.contentDocument &&
                                f.contentDocument.querySelectorAll('path.fact-marker').length === n; }"""
