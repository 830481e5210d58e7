"""Settings read from the environment, all in one place, by the app and the command line alike.

``VARIABLES`` names the environment variable of every field of ``Settings``; the README documents
each one (``tests/unit/test_docs.py`` checks), and no other module reads the environment.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from dashboard import paths

# The public Nominatim server, used only with `--online`; DASHBOARD_NOMINATIM names your own.
NOMINATIM_URL = "https://nominatim.openstreetmap.org"
TILES = "OpenStreetMap"


@dataclass(frozen=True, slots=True)
class Settings:
    store: Path  # the SQLite store of added articles and reviews
    tiles: str | None  # the map's tile layer; None draws no tiles ("none")
    reference_dir: Path  # the folder of official reference CSV files
    nominatim_url: str  # the Nominatim server for the optional online geocoding
    geocache: Path  # where online geocoding's answers are cached
    # Web addresses may reach private and local networks (an intranet; the tests' own servers).
    # Off by default: see sources/webpage.py.
    allow_private_addresses: bool = False


VARIABLES = {
    "store": "DASHBOARD_STORE",
    "tiles": "DASHBOARD_TILES",
    "reference_dir": "DASHBOARD_REFERENCE",
    "nominatim_url": "DASHBOARD_NOMINATIM",
    "geocache": "DASHBOARD_GEOCACHE",
    "allow_private_addresses": "DASHBOARD_ALLOW_PRIVATE_ADDRESSES",
}


def _flag(value: str) -> bool:
    """A yes/no setting: ``1``, ``true``, ``yes`` or ``on`` (any case) is yes; anything else no."""
    return value.strip().lower() in ("1", "true", "yes", "on")


def from_environment(env: Mapping[str, str] = os.environ) -> Settings:
    def get(field: str, default: object) -> str:
        return env.get(VARIABLES[field], str(default))

    tiles = get("tiles", TILES)
    return Settings(
        store=Path(get("store", paths.STORE)),
        tiles=None if tiles == "none" else tiles,
        reference_dir=Path(get("reference_dir", paths.REFERENCE_DIR)),
        nominatim_url=get("nominatim_url", NOMINATIM_URL),
        geocache=Path(get("geocache", paths.GEOCACHE)),
        allow_private_addresses=_flag(get("allow_private_addresses", "")),
    )
