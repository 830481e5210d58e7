"""Every default path the tool reads or writes, found from the package's own place.

The repository holds ``data/`` and ``seeds/`` beside ``dashboard/``; ``dashboard/static/`` is what
Streamlit serves (``.streamlit/config.toml``). The store, the reference folder and the geocoding
cache may be moved by a setting (``settings.py``); these are the defaults. No other module finds a
path from its own ``__file__``.
"""

from __future__ import annotations

from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
ROOT = PACKAGE_DIR.parent
DATA_DIR = ROOT / "data"
SEEDS_DIR = ROOT / "seeds"

# The facts of the seeds, rebuilt by `python -m dashboard build`.
SHIPPED_CSV = DATA_DIR / "deployments.csv"
# Per-user state (git-ignored): the articles a user adds, and online geocoding's answers.
STORE = DATA_DIR / "store.sqlite"
GEOCACHE = DATA_DIR / "geocache.sqlite"
REFERENCE_DIR = DATA_DIR / "reference"
# Curated gazetteer rows, and the index built from them and the pinned packages on first use.
GAZETTEER_DIR = DATA_DIR / "gazetteer"
GAZETTEER_INDEX = DATA_DIR / "gazetteer.sqlite"
# Which side each country and named force is on (allied, russian), each row with its source.
SIDES_CSV = GAZETTEER_DIR / "sides.csv"
BASEMAP_LABELS = DATA_DIR / "basemap" / "labels.csv"

STATIC_DIR = PACKAGE_DIR / "static"
# Leaflet and jQuery copied from their xstatic packages, served as app/static/vendor/.
VENDOR_DIR = STATIC_DIR / "vendor"
