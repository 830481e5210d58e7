"""The app over a store of more facts than it draws one by one (real-text articles): one marker per
place with its facts listed a page at a time, a paginated table, tabs that do nothing until opened,
and downloads that hold exactly the filtered rows. Through Streamlit's AppTest."""

from __future__ import annotations

import io
import json
from pathlib import Path

import openpyxl
import pandas as pd
import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from benchmarks import realtext
from dashboard.analysis import query
from dashboard.analysis.filters import Filters
from dashboard.ingest.local import ingest_dir
from dashboard.maps.placemap import FACT_MARKER_LIMIT
from dashboard.schema import COLUMNS
from dashboard.store import shipped
from dashboard.store.articles import Store
from dashboard.ui.listing import fact_lines
from tests.conftest import open_app
from tests.unit.ui.test_app import download, metric, open_tab

ARTICLES = 480  # six copies of each development passage: more than 500 facts in Poland, two table pages
QUOTE = COLUMNS.index("quote")


@pytest.fixture(scope="module")
def big_store(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("big")
    realtext.write(ARTICLES, root / "corpus")
    ingest_dir(root / "corpus", store=Store(root / "store.sqlite"), workers=2)
    return root / "store.sqlite"


@pytest.fixture
def engine(big_store, gaz):
    engine = query.Engine(big_store, shipped.all_facts(None))
    members = {r: gaz.region_members(r) for r in engine.regions()}
    yield engine, members
    engine.close()


@pytest.fixture
def app(big_store, monkeypatch) -> AppTest:
    yield open_app(big_store, monkeypatch, timeout=120)
    st.cache_data.clear()
    st.cache_resource.clear()


def test_many_facts_are_drawn_one_marker_per_place_and_a_place_lists_its_facts(app, engine):
    engine, members = engine
    facts = engine.count(Filters(), members, states=query.SHOWN)
    assert facts > FACT_MARKER_LIMIT and int(metric(app, "Facts")) == facts
    assert any("drawn as one circle per place" in c.value for c in app.caption)
    summary = engine.summary(Filters(), members, states=query.SHOWN)
    busiest = min(summary.places, key=lambda p: (-p.facts, p.name))
    assert app.selectbox(key="place_choice").value == busiest
    listing = [m.value for m in app.markdown if m.value.startswith("- **")]
    # One Markdown element per list page: the place's first page and the unlocated facts' first page.
    assert len(listing) == 2
    assert busiest.facts > 25
    assert [page.count("\n- **") + 1 for page in listing] == [25, min(25, summary.totals.unlocated)]
    app.number_input(key="page_place").set_value(2).run()
    second = engine.rows(Filters(), members, at=(busiest.lat, busiest.lon), offset=25, limit=25, states=query.SHOWN)
    shown = [m.value for m in app.markdown if m.value.startswith("- **")]
    expected = fact_lines(query.frame(second))
    assert expected in shown and expected not in listing


def test_tabs_that_are_not_open_make_nothing(app):
    assert not [d for d in app.dataframe if "Precision" in d.value.columns]
    assert not app.get("selectbox") or all(s.key != "compare_host" for s in app.selectbox)
    open_tab(app, "Compare with NATO")
    assert any(s.key == "compare_host" for s in app.selectbox)
    assert not any(s.key == "place_choice" for s in app.selectbox)  # the map tab is closed now


def test_the_table_is_paginated_and_its_pages_are_the_filtered_rows_in_order(app, engine):
    engine, members = engine
    app.multiselect(key="f_countries").set_value(["PL"]).run()
    expected = [r[0] for r in engine.rows(Filters(countries=("PL",)), members, states=query.SHOWN)]
    assert len(expected) > 500
    seen = []
    open_tab(app, "Table")
    pages = int(app.number_input(key="table_page").max)
    for page in range(1, pages + 1):
        app.number_input(key="table_page").set_value(page).run()
        table = next(d.value for d in app.dataframe if "Precision" in d.value.columns)
        seen += list(table["Quoted sentence"])
    assert len(seen) == len(expected)
    assert seen == [r[QUOTE] for r in engine.rows(Filters(countries=("PL",)), members, states=query.SHOWN)]


def test_downloads_of_a_filtered_view_hold_exactly_its_rows(app, engine, downloads):
    engine, members = engine
    app.multiselect(key="f_statuses").set_value(["existing"]).run()
    _, payload = download(app, downloads, "Download CSV")
    rows = pd.read_csv(io.BytesIO(payload), dtype=str, keep_default_na=False)
    expected = engine.rows(Filters(statuses=("existing",)), members, states=query.SHOWN)
    assert list(rows["fact_id"]) == [r[0] for r in expected] and len(rows) == int(metric(app, "Facts"))
    _, geojson = download(app, downloads, "Download GeoJSON")
    collection = json.loads(geojson)
    assert [f["properties"]["fact_id"] for f in collection["features"]] == [r[0] for r in expected]
    assert collection["filters"]["Status"] == "existing"
    _, workbook = download(app, downloads, "Download Excel")
    facts_sheet = openpyxl.load_workbook(io.BytesIO(workbook), read_only=True)["Facts"]
    ids = [row[0] for row in facts_sheet.iter_rows(min_row=2, values_only=True)]
    assert ids == [r[0] for r in expected]


def test_a_page_beyond_a_narrower_filter_s_last_page_is_no_error(app):
    open_tab(app, "Table")
    app.number_input(key="table_page").set_value(5).run()
    app.multiselect(key="f_countries").set_value(["PL"]).run()  # 2 pages
    assert not app.exception, app.exception
    assert int(app.number_input(key="table_page").max) < 5
    table = next(d.value for d in app.dataframe if "Precision" in d.value.columns)
    assert len(table) > 0
