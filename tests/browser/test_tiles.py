"""With tiles configured but no network: only tile requests try to leave, and the offline names come on."""

from __future__ import annotations

from urllib.parse import urlsplit

from tests.browser.support import chromium_page, map_frame, streamlit_server, wait_until_app_idle


def test_with_tiles_on_and_no_network_the_offline_names_come_on_and_only_tiles_were_asked_for(tmp_path):
    with streamlit_server(tmp_path, env={"DASHBOARD_TILES": "OpenStreetMap"}) as server, chromium_page() as page:
        page.goto(server.url)
        wait_until_app_idle(page)
        frame = map_frame(page)
        frame.wait_for_selector("path.fact-marker")
        # The browser's router aborts every request that would leave 127.0.0.1: the tiles fail to load.
        frame.wait_for_function(
            """() => [...document.querySelectorAll('.basemap-label')]
            .some(el => el.textContent === 'Baltic Sea' && el.getBoundingClientRect().width > 0)""",
            timeout=30_000,
            polling=100,
        )
        assert page.blocked, "the tiles were never asked for"
        assert {urlsplit(url).hostname for url in page.blocked} == {"tile.openstreetmap.org"}, page.blocked
