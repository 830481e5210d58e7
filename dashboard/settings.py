"""Settings read from the environment, all in one place (the README lists them).

``DASHBOARD_STORE`` the SQLite store of added articles; ``DASHBOARD_TILES`` the map's tile layer
(``none`` for none); ``DASHBOARD_REFERENCE`` the folder of reference CSV files;
``DASHBOARD_NOMINATIM`` the Nominatim server for online geocoding; ``DASHBOARD_GEOCACHE`` where its
answers are cached; ``DASHBOARD_ALLOW_PRIVATE_ADDRESSES`` (``1``) lets web addresses reach private and
local networks (off by default: see ``sources/webpage.py``).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from dashboard import paths

# The public Nominatim server, used only with `--online`; DASHBOARD_NOMINATIM names your own.
NOMINATIM_URL = "https://nominatim.openstreetmap.org"


@dataclass(frozen=True, slots=True)
class Settings:
    store: Path
    tiles: str | None
    reference_dir: Path
    nominatim_url: str
    geocache: Path
    allow_private_addresses: bool = False


def _flag(value: str | None) -> bool:
    """A yes/no setting: ``1``, ``true``, ``yes`` or ``on`` (any case) is yes; anything else no."""
    return (value or "").strip().lower() in ("1", "true", "yes", "on")


def from_environment(env: Mapping[str, str] = os.environ) -> Settings:
    tiles = env.get("DASHBOARD_TILES", "OpenStreetMap")
    return Settings(
        store=Path(env.get("DASHBOARD_STORE", paths.STORE)),
        tiles=None if tiles == "none" else tiles,
        reference_dir=Path(env.get("DASHBOARD_REFERENCE", paths.REFERENCE_DIR)),
        nominatim_url=env.get("DASHBOARD_NOMINATIM", NOMINATIM_URL),
        geocache=Path(env.get("DASHBOARD_GEOCACHE", paths.GEOCACHE)),
        allow_private_addresses=_flag(env.get("DASHBOARD_ALLOW_PRIVATE_ADDRESSES")),
    )
