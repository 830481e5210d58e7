"""What every tab asks of the store, cached: the gazetteer, labels and reference loaded once per
server; the store and its query engine opened once per path; answers keyed by the store's revision
and the reviews' (every write raises one of them), so a rerun asks SQLite only what changed."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pandas as pd
import streamlit as st

from dashboard.analysis import filters, posture, query
from dashboard.analysis import reference as references
from dashboard.analysis.posture import Level
from dashboard.errors import StoreError
from dashboard.maps import basemap, mapview
from dashboard.places import gazetteer, sides
from dashboard.review import log, overlay
from dashboard.store import shipped
from dashboard.store.articles import Store
from dashboard.ui import show
from dashboard.ui.posture_panel import EXCLUDED_LIMIT

ARTICLE_PICKER_LIMIT = 1000


@st.cache_resource
def load_gazetteer() -> gazetteer.Gazetteer:
    return gazetteer.load()


@st.cache_resource
def load_sides() -> sides.Sides:
    return sides.load(load_gazetteer())


@st.cache_resource
def gazetteer_checked() -> dict[str, bool]:
    """Whether this server has seen the gazetteer index current (checked once, not on every run)."""
    return {"current": False}


def build_gazetteer_with_progress() -> None:
    """On a fresh clone the first launch builds the offline gazetteer index (about 15 s): say so, with
    a bar that follows the build, rather than leave the page blank."""
    checked = gazetteer_checked()
    if checked["current"]:
        return
    if not gazetteer.index_is_current():
        title = "First launch: building the offline gazetteer index (about 15 s, once)"
        bar = st.progress(0.0, text=f"{title}…")

        def show_step(what: str, done: float) -> None:
            bar.progress(done, text=f"{title}: {what}…")

        gazetteer.ensure_index(progress=show_step)
        bar.empty()
    checked["current"] = True


@st.cache_resource
def load_labels() -> tuple[basemap.Label, ...]:
    return basemap.load()


@st.cache_resource
def serve_map_assets() -> None:
    mapview.vendor_assets()


@st.cache_resource
def load_reference(directory: str) -> references.Loaded:
    return references.load(load_gazetteer(), Path(directory))


# The store could not be opened or read: the app shows the shipped facts only, under a banner.
NO_STORE = ""


@st.cache_resource
def open_store(path: str) -> Store:
    return Store(Path(path))


def store_at(path: str) -> Store | None:
    return open_store(path) if path != NO_STORE else None


@st.cache_resource
def open_engine(path: str) -> query.Engine:
    """The query engine every rerun asks: totals, places and pages come from SQL, never a full copy.
    Without a usable store it reads an empty one of its own, so the shipped facts still show."""
    if path == NO_STORE:
        path = str(Store(Path(tempfile.mkdtemp(prefix="dashboard-empty-")) / "store.sqlite").path)
    return query.Engine(Path(path), shipped.all_facts(None))


def engine_at(store_path: str, revision: int, reviews: int) -> query.Engine:
    """The engine with the store's decisions laid over its facts as of these revisions."""
    engine = open_engine(store_path)
    store = store_at(store_path)
    engine.sync((revision, reviews), lambda: log.decisions(store) if store else [])
    return engine


# Cached answers are keyed by the store's revision and the reviews' (every write raises one of them).
@st.cache_data(max_entries=4)
def members_for(store_path: str, revision: int, reviews: int) -> dict[str, tuple[str, ...]]:
    # Of the reviewed facts: a corrected place may name a region the parser never read.
    gaz = load_gazetteer()
    return {region: gaz.region_members(region) for region in engine_at(store_path, revision, reviews).regions()}


@st.cache_data(max_entries=32)
def summary_of(
    store_path: str, revision: int, reviews: int, chosen: filters.Filters, states: tuple[str, ...]
) -> query.Summary:
    members = members_for(store_path, revision, reviews)
    return engine_at(store_path, revision, reviews).summary(chosen, members, states=states)


@st.cache_data(max_entries=64)
def rows_of(
    store_path: str,
    revision: int,
    reviews: int,
    chosen: filters.Filters,
    states: tuple[str, ...],
    *,
    offset: int = 0,
    limit: int | None = None,
    located: bool | None = None,
    at: tuple[float, float] | None = None,
) -> pd.DataFrame:
    members = members_for(store_path, revision, reviews)
    engine = engine_at(store_path, revision, reviews)
    rows = engine.rows(chosen, members, states=states, offset=offset, limit=limit, located=located, at=at)
    return query.frame(rows)


# A resource, not data: the posture is immutable, so every rerun shares the one computed for the
# store's and the reviews' revisions, the filters and the date, instead of unpickling a copy.
@st.cache_resource(max_entries=16)
def posture_of(
    store_path: str, revision: int, reviews: int, chosen: filters.Filters, states: tuple[str, ...], on: date
) -> posture.Posture:
    members = members_for(store_path, revision, reviews)
    return engine_at(store_path, revision, reviews).posture(
        chosen, members, states=states, on=on, sides=load_sides(), sample=EXCLUDED_LIMIT
    )


# How many months the change over time covers at most (the newest ones).
TIMELINE_MONTHS = 240


@st.cache_resource(max_entries=8)
def timeline_of(
    store_path: str, revision: int, reviews: int, chosen: filters.Filters, states: tuple[str, ...]
) -> tuple[posture.Level, ...]:
    """Each host country's troops by side and status at the end of every month from its first
    statement to the later of today and its last plan's due date: the posture at each of them."""
    members = members_for(store_path, revision, reviews)
    judged = engine_at(store_path, revision, reviews).judged(chosen, members, states=states, sides=load_sides())
    span = judged.span()
    if span is None:
        return ()
    months = posture.months(span[0], max(span[1], date.today()))[-TIMELINE_MONTHS:]
    return tuple(posture.timeline(judged, months))


@st.cache_data(max_entries=16)
def statements_of(
    store_path: str, revision: int, reviews: int, chosen: filters.Filters, states: tuple[str, ...]
) -> tuple[dict[str, int], date | None]:
    """The filtered facts' statements by month, and the date the last of their plans is due."""
    members = members_for(store_path, revision, reviews)
    engine = engine_at(store_path, revision, reviews)
    return engine.statements_by_month(chosen, members, states=states), engine.last_due(chosen, members, states=states)


@st.cache_data(max_entries=16)
def posture_rows_of(
    store_path: str, revision: int, reviews: int, chosen: filters.Filters, states: tuple[str, ...], on: date
) -> pd.DataFrame:
    """The facts the posture on ``on`` stands on (every entry's, counted or not), as table rows."""
    ids = [f for e in posture_of(store_path, revision, reviews, chosen, states, on).entries for f in e.fact_ids]
    return query.frame(engine_at(store_path, revision, reviews).facts_by_id(ids, states=states))


@st.cache_data(max_entries=64)
def text_of(store_path: str, revision: int, article_id: str) -> str | None:
    return shipped.article_text(article_id, store_at(store_path))


@st.cache_data(max_entries=4)
def sidebar_choices(store_path: str, revision: int, reviews: int) -> tuple[filters.Options, dict[str, str], int]:
    engine = engine_at(store_path, revision, reviews)
    labels, articles = engine.article_labels(limit=ARTICLE_PICKER_LIMIT)
    return engine.options(members_for(store_path, revision, reviews)), labels, articles


@dataclass(frozen=True, slots=True)
class View:
    """What this rerun shows: the store at its revisions, the filters and the review states chosen;
    its methods are the cached questions the tabs ask of the engine."""

    store_path: str
    revision: int
    reviews: int
    chosen: filters.Filters
    states: tuple[str, ...]

    def with_states(self, states: tuple[str, ...]) -> View:
        return View(self.store_path, self.revision, self.reviews, self.chosen, states)

    def engine(self) -> query.Engine:
        return engine_at(self.store_path, self.revision, self.reviews)

    def members(self) -> dict[str, tuple[str, ...]]:
        return members_for(self.store_path, self.revision, self.reviews)

    def summary(self) -> query.Summary:
        return summary_of(self.store_path, self.revision, self.reviews, self.chosen, self.states)

    def count(self) -> int:
        return self.summary().totals.facts

    def waiting(self) -> int:
        return self.summary().waiting

    def rows(self, **page) -> pd.DataFrame:
        return rows_of(self.store_path, self.revision, self.reviews, self.chosen, self.states, **page)

    def stream(self) -> Iterator[tuple]:
        return self.engine().stream(self.chosen, self.members(), states=self.states)

    def posture(self, on: date) -> posture.Posture:
        return posture_of(self.store_path, self.revision, self.reviews, self.chosen, self.states, on)

    def posture_rows(self, on: date) -> pd.DataFrame:
        return posture_rows_of(self.store_path, self.revision, self.reviews, self.chosen, self.states, on)

    def timeline(self) -> tuple[Level, ...]:
        return timeline_of(self.store_path, self.revision, self.reviews, self.chosen, self.states)

    def statements(self) -> tuple[dict[str, int], date | None]:
        return statements_of(self.store_path, self.revision, self.reviews, self.chosen, self.states)

    def text(self, article_id: str) -> str | None:
        return text_of(self.store_path, self.revision, article_id)


def readable_store(store_path: str) -> tuple[Store | None, str, int, int]:
    """The store and its revisions; a store that cannot be opened or read leaves the shipped facts under a banner."""
    try:
        store = open_store(store_path)
        revision, reviews = store.revision(), log.revision(store)
        open_engine(store_path)
        return store, store_path, revision, reviews
    except StoreError as err:
        show.error(f"{err}. Showing the shipped facts only; added articles are unavailable.")
        return None, NO_STORE, 0, 0


def key_of(engine: query.Engine, fact_id: str) -> log.FactKey:
    """The key a fact's decision is stored by, from its article's facts as the parser read them."""
    fact = engine.fact(fact_id)
    if fact is None:
        raise StoreError(f"fact {fact_id} is no longer in the store")
    facts = engine.article_facts(str(fact[query.ROW_COLUMNS.index("article_id")]))
    return overlay.fact_keys(facts)[list(facts["fact_id"]).index(fact_id)]
