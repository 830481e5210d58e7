"""What the app shows: the shipped facts of ``seeds/`` plus the articles a user added."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from dashboard import paths
from dashboard.errors import DataError
from dashboard.exports import tables
from dashboard.places.gazetteer import Gazetteer
from dashboard.sources import article as articles
from dashboard.store.articles import Store

SEEDS_DIR = paths.SEEDS_DIR
SHIPPED_CSV = paths.SHIPPED_CSV


def seed_paths(seeds_dir: Path = SEEDS_DIR) -> list[Path]:
    return sorted(p for p in seeds_dir.glob("*.txt") if not p.name.startswith("."))


def all_facts(store: Store | None, *, shipped_csv: Path = SHIPPED_CSV) -> pd.DataFrame:
    """The shipped facts and the stored ones (none when ``store`` is None)."""
    try:
        shipped = tables.read_csv(shipped_csv)
    except OSError as err:
        raise DataError(f"cannot read the shipped facts {shipped_csv}: {err.strerror or err}") from err
    if store is None:
        return shipped
    stored = store.facts()
    stored = stored[~stored["article_id"].isin(shipped["article_id"])]
    frames = [f for f in (shipped, stored) if not f.empty]
    return tables.typed(pd.concat(frames, ignore_index=True)) if frames else shipped


def region_members(df: pd.DataFrame, gazetteer: Gazetteer) -> dict[str, tuple[str, ...]]:
    return {region: gazetteer.region_members(region) for region in df["region"].unique() if region}


def article_text(article_id: str, store: Store | None, *, seeds_dir: Path = SEEDS_DIR) -> str | None:
    """The full text of an article, from the seeds or the store."""
    if store is not None and (text := store.text(article_id)) is not None:
        return text
    for path in seed_paths(seeds_dir):
        art = articles.load(path)
        if art.article_id == article_id:
            return art.text
    return None


def article_labels(df: pd.DataFrame) -> dict[str, str]:
    """A readable name per article: its title, else outlet and date, else its id."""
    labels = {}
    for row in df.drop_duplicates("article_id").itertuples(index=False):
        name = row.title or ", ".join(v for v in (row.outlet, row.published) if v) or row.article_id
        labels[row.article_id] = name if len(name) <= 70 else name[:67] + "..."
    return labels
