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


# A condition for page.wait_for_function: the map holds exactly ``n`` fact markers, read from Leaflet
# (markers gathered in a cluster are on the map, not drawn one by one).
FACT_MARKERS = """n => { const f = document.querySelector("iframe[title='streamlit_folium.st_folium']");
    const w = f && f.contentWindow;
    if (!w || !w.L || !w.L.MarkerClusterGroup) return false;
    const map = Object.values(w).find(v => v instanceof w.L.Map);
    if (!map) return false;
    let count = 0;
    map.eachLayer(layer => {
        if (layer instanceof w.L.MarkerClusterGroup) {
            count += layer.getLayers().filter(m => m.options.className === "fact-marker").length;
        }
    });
    return count === n; }"""

# In the map's frame: every fact marker as Leaflet has it, in the order the layer holds them: its true
# point (before any spreading of a cluster), where it is drawn now, and whether it is drawn on its own.
FACT_POINTS = """() => { const map = Object.values(window).find(v => v instanceof L.Map);
    const out = [];
    map.eachLayer(layer => {
        if (layer instanceof L.MarkerClusterGroup) {
            for (const m of layer.getLayers()) {
                if (m.options.className !== "fact-marker") continue;
                const home = m._preSpiderfyLatlng || m.getLatLng();
                // On the map by itself (drawn alone, or spread out of its cluster), else in a cluster.
                const alone = Boolean(m._map);
                const shown = alone ? null : layer.getVisibleParent(m);
                out.push({lat: home.lat, lon: home.lng, drawnLat: m.getLatLng().lat, drawnLon: m.getLatLng().lng,
                          alone: alone, clusterLat: shown ? shown.getLatLng().lat : null,
                          clusterLon: shown ? shown.getLatLng().lng : null});
            }
        }
    });
    return out; }"""

# In the map's frame: bring fact marker ``i`` (FACT_POINTS' order) into view on its own, as a person
# would by clicking its cluster (zooming in, or spreading the markers of one point), and return its
# index among the drawn ``path.fact-marker`` elements, for a real click.
SHOW_FACT = """i => new Promise(resolve => { const map = Object.values(window).find(v => v instanceof L.Map);
    let group = null;
    map.eachLayer(layer => { if (layer instanceof L.MarkerClusterGroup) group = layer; });
    const marker = group.getLayers().filter(m => m.options.className === "fact-marker")[i];
    const drawn = () => resolve([...document.querySelectorAll("path.fact-marker")].indexOf(marker.getElement()));
    // (Leaflet.markercluster's zoomToShowLayer waits for an icon, which a circle marker never has.)
    const step = () => {
        if (marker._map) return drawn();
        const cluster = group.getVisibleParent(marker);
        if (!cluster) {
            map.setView(marker.getLatLng(), map.getZoom(), {animate: false});
            return setTimeout(step, 300);
        }
        const bounds = cluster.getBounds();
        if (bounds.getNorthEast().equals(bounds.getSouthWest()) || map.getZoom() >= map.getMaxZoom()) {
            group.once("spiderfied", () => setTimeout(drawn, 400));
            return cluster.spiderfy();
        }
        map.fitBounds(bounds, {animate: false});
        setTimeout(step, 400);
    };
    step();
    })"""


def fact_count(frame) -> int:
    """How many fact markers the map holds, drawn alone or gathered in clusters (read from Leaflet)."""
    return len(frame.evaluate(FACT_POINTS))


def show_fact(frame, index: int):
    """The drawn marker of fact ``index``, brought into view on its own (see SHOW_FACT)."""
    return frame.locator("path.fact-marker").nth(frame.evaluate(SHOW_FACT, index))


def open_figures(page) -> None:
    """Unfold the figures and downloads folded above the tabs, as a person does to use them."""
    folded = page.get_by_test_id("stExpander").first
    if folded.locator("details").get_attribute("open") is None:
        folded.locator("summary").click()
    folded.get_by_role("button").first.wait_for()


def download(page, label: str):
    """Click the download button ``label`` once the app is idle and return its download."""
    wait_until_app_idle(page)
    with page.expect_download(timeout=60_000) as info:
        page.get_by_role("button", name=label).click()
    return info.value


def switch_on(page, label: str) -> None:
    """Turn the toggle ``label`` on and wait until it is: a click the front end loses while the app
    reruns is made again once, and only while the toggle is still off (a second click on a toggle
    that took the first would turn it off)."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    toggle = page.get_by_role("switch", name=label)
    wait_until_app_idle(page)
    for _attempt in range(2):
        if toggle.is_checked():
            break
        page.get_by_text(label).click()
        try:
            page.wait_for_function("t => t.checked", arg=toggle.element_handle(), timeout=20_000)
        except PlaywrightTimeout:
            continue  # a lost click: made once more
    assert toggle.is_checked(), f"the toggle {label!r} did not turn on"
    wait_until_app_idle(page)
