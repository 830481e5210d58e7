"""Scenario 4: the app in headless Chromium with N articles in the store, beside the seed alone.

Measures the time from launching `streamlit run` to the map's markers being visible, the time from
choosing a country to the map and table being updated, and the server's peak memory (VmHWM).
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from benchmarks.bench_scale import MARKERS, METRIC, expected_markers
from benchmarks.generate import write
from benchmarks.report import Row
from dashboard.analysis import filters
from dashboard.ingest.local import ingest_dir
from dashboard.store.articles import Store
from tests.browser.support import chromium_page, streamlit_server, wait_until_app_idle


def peak_rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def measure(tmp: Path, n_articles: int) -> dict[str, float]:
    store_path = tmp / "store.sqlite"
    store = Store(store_path)
    if n_articles:
        corpus = tmp / "corpus"
        write(n_articles, corpus)
        ingest_dir(corpus, store=store, workers=2)
    # What the app draws: each fact up to placemap.FACT_MARKER_LIMIT filtered facts, else one marker per place.
    selector, markers, facts = expected_markers(store_path, filters.Filters(), bare=False)
    after_selector, after, after_facts = expected_markers(store_path, filters.Filters(countries=("EE",)), bare=False)
    # The user's browser is already open: Chromium's own start-up is not the app's.
    with chromium_page() as page:
        start = time.monotonic()
        with streamlit_server(tmp, env={"DASHBOARD_STORE": str(store_path)}) as server:
            page.goto(server.url)
            page.wait_for_function(MARKERS, arg=[selector, markers], timeout=120_000, polling=50)
            visible = time.monotonic() - start
            wait_until_app_idle(page)
            page.get_by_test_id("stSidebar").get_by_role("combobox", name="Country").click()
            option = page.get_by_role("option", name="Estonia (EE)")
            option.wait_for()
            clicked = time.monotonic()
            option.click()
            page.wait_for_function(MARKERS, arg=[after_selector, after], timeout=120_000, polling=50)
            page.wait_for_function(METRIC, arg=after_facts, timeout=120_000, polling=50)
            updated = time.monotonic() - clicked
            memory = peak_rss_mb(server.process.pid)
    return {"facts": facts, "visible": visible, "filter": updated, "memory": memory}


def run(n_articles: int = 1000) -> tuple[list[Row], dict[str, float]]:
    with tempfile.TemporaryDirectory() as a, tempfile.TemporaryDirectory() as b:
        seed = measure(Path(a), 0)
        big = measure(Path(b), n_articles)
    label = f"{big['facts']:,} facts vs the seed's {seed['facts']}"
    rows = [
        Row(
            f"app launch to markers visible, {label}",
            big["visible"],
            seed["visible"],
            "s (seed only as baseline)",
            "< 3 s",
            higher_is_better=False,
        ),
        Row(
            f"filter change to map and table updated, {label}",
            big["filter"],
            seed["filter"],
            "s (seed only as baseline)",
            "< 1 s",
            higher_is_better=False,
        ),
        Row(
            f"server peak memory, {label}",
            big["memory"],
            seed["memory"],
            "MB (seed only as baseline)",
            "< 500 MB",
            higher_is_better=False,
        ),
    ]
    return rows, {"app_visible": big["visible"], "app_filter": big["filter"], "app_memory": big["memory"]}


if __name__ == "__main__":
    from benchmarks.report import print_table

    print_table("Scenario 4: the app in a browser", run()[0])
