"""The pandas-free writers give the same bytes as the pandas exports, so the CLI and the streamed
CSV download agree with everything else the tool writes."""

from __future__ import annotations

import dataclasses
import json

import pytest

from benchmarks.generate import article
from dashboard.exports import plain, tables
from dashboard.parser import extract
from dashboard.sources import article as articles


@pytest.fixture(scope="module")
def facts(gaz, seed_facts):
    generated = [f for i in range(40) for f in extract(articles.from_text(article(i)), gaz)]
    hostile = dataclasses.replace(
        seed_facts[0],
        force='=HYPERLINK("x")',
        place="+1",
        quote='-2, "quoted"\r\nnext',
        lat=None,
        lon=None,
        quantity_low=None,
        quantity_high=None,
        troops_low=None,
    )
    return [*seed_facts, *generated, hostile]


@pytest.mark.parametrize("safe", [True, False])
def test_csv_is_byte_for_byte_the_pandas_export(facts, safe):
    expected = tables.to_csv(tables.frame(facts), spreadsheet_safe=safe)
    assert plain.to_csv(plain.fact_rows(facts), spreadsheet_safe=safe) == expected


def test_csv_in_small_chunks_is_the_same_text(facts):
    whole = plain.to_csv(plain.fact_rows(facts))
    chunks = list(plain.csv_chunks(plain.fact_rows(facts), chunk_rows=7))
    assert len(chunks) > 10 and "".join(chunks) == whole


def test_json_is_the_pandas_export(facts):
    assert plain.to_json(plain.fact_rows(facts)) == tables.to_json(tables.frame(facts))


def test_readable_headers_are_the_pandas_export_s(facts):
    expected = tables.to_csv(tables.frame(facts), headers="readable")
    assert plain.to_csv(plain.fact_rows(facts), headers="readable") == expected


def test_an_empty_selection_is_a_header_and_an_empty_collection():
    assert plain.to_csv([]).splitlines() == [",".join(plain.neutralize(c) for c in tables.COLUMNS)]
    assert json.loads(plain.to_json([])) == []
