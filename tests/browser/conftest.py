"""Every test here drives the app in a real headless Chromium: each is marked `browser` (deselect with
`-m "not browser"`) and needs Chromium, skipped where it is missing except in CI (REQUIRE_BROWSER=1)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.browser.support import require_chromium

HERE = Path(__file__).resolve().parent


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if HERE in Path(item.path).resolve().parents:
            item.add_marker(pytest.mark.browser)


@pytest.fixture(autouse=True)
def chromium() -> None:
    require_chromium()
