"""Filters, totals, file names and exports, without Streamlit."""

from __future__ import annotations

import io
import json
from datetime import date

import pandas as pd
import pytest

from dashboard.analysis import filters
from dashboard.exports import tables
from dashboard.schema import COLUMNS
from dashboard.store.shipped import region_members


@pytest.fixture
def members(table, gaz):
    return region_members(table, gaz)


def test_an_empty_filter_keeps_everything(table, members):
    assert len(filters.apply(table, filters.Filters(), members=members)) == len(table)


def test_a_country_filter_keeps_that_country_and_the_regions_it_belongs_to(table, members):
    shown = filters.apply(table, filters.Filters(countries=("PL",)), members=members)
    assert "PL" in set(shown["country_code"])
    assert set(shown["country_code"]) <= {"PL", ""}
    for region in set(shown["region"]) - {""}:
        assert "PL" in members[region]
    assert filters.apply(table, filters.Filters(countries=("NO",)), members=members).empty


def test_date_filters_drop_undated_and_out_of_range_facts(table, members):
    dated = table.copy()
    dated.loc[dated.index[:3], "published"] = "2021-01-01"
    dated.loc[dated.index[3], "published"] = ""
    shown = filters.apply(dated, filters.Filters(date_from=date(2022, 1, 1)), members=members)
    assert len(shown) == len(table) - 4
    shown = filters.apply(dated, filters.Filters(date_to=date(2021, 12, 31)), members=members)
    assert len(shown) == 3


def test_totals_count_facts_countries_and_facts_without_a_place(table, members):
    totals = filters.totals(table, members)
    assert totals.facts == len(table)
    assert totals.countries == len({c for cs in filters.countries_of(table, members) for c in cs})
    assert totals.unlocated == table["lat"].isna().sum()


@pytest.mark.parametrize(
    "chosen, stem",
    [
        (filters.Filters(), "deployments"),
        (filters.Filters(countries=("LV", "EE"), units=("battlegroups",)), "deployments_EE-LV_battlegroups"),
        (filters.Filters(statuses=("planned",), date_from=date(2022, 1, 1)), "deployments_planned_2022-01-01_to_now"),
        (filters.Filters(forces=("<script>",)), "deployments_-script-"),
    ],
)
def test_download_names_record_the_filters_and_are_safe_file_names(chosen, stem):
    assert filters.file_stem(chosen) == stem


def test_csv_has_the_schema_columns_and_round_trips_through_pandas(table):
    text = tables.to_csv(table)
    back = tables.read_csv(io.StringIO(text))
    assert tuple(back.columns) == COLUMNS
    pd.testing.assert_frame_equal(back, table.reset_index(drop=True))


def test_geojson_keeps_unlocated_facts_with_a_null_geometry(table):
    collection = json.loads(tables.to_geojson(table))
    assert len(collection["features"]) == len(table)
    nulls = [f for f in collection["features"] if f["geometry"] is None]
    assert len(nulls) == table["lat"].isna().sum()


def test_the_posture_as_reported_up_to_a_date_on_generated_articles_of_many_dates(gaz):
    from benchmarks.generate import article as generated
    from dashboard.parser import extract
    from dashboard.sources import article as articles

    df = tables.frame(f for i in range(40) for f in extract(articles.from_text(generated(i)), gaz))
    dates = sorted(set(df["published"]))
    assert len(dates) > 10
    cut = date.fromisoformat(dates[len(dates) // 2])
    shown = filters.apply(df, filters.Filters(date_to=cut), members=region_members(df, gaz))
    assert 0 < len(shown) < len(df)
    assert all(date.fromisoformat(p) <= cut for p in shown["published"])
    assert len(shown) == sum(date.fromisoformat(p) <= cut for p in df["published"])
