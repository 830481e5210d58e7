"""The headline's posture through Streamlit's AppTest on a real store: the sides apart, any date past or
future, plans counted from when they are due, the facts in words, the change over time drawn from the
posture itself, and the map's time slider and fading."""

from __future__ import annotations

import json
from datetime import date

import pandas as pd
import pytest
from streamlit import dataframe_util
from streamlit.testing.v1 import AppTest

from dashboard.analysis import query
from dashboard.analysis.filters import Filters
from dashboard.ingest import local
from dashboard.places import sides
from dashboard.store import shipped
from dashboard.store.articles import Store
from tests.unit.ui.test_app import APP, metric

ARTICLES = [
    "title: Flank wire\npublished: 2024-03-01\noutlet: Test Wire\n\n"
    "The US has 10,000 troops in Poland. Russia keeps 30,000 troops in Belarus. "
    "Canada has 2,000 soldiers in Latvia.",
    "title: Plan\npublished: 2024-05-01\noutlet: Other Wire\n\n"
    "The US will send an additional 1,200 troops to Poland by 2027.",
]


@pytest.fixture
def flank(store_path, gaz) -> AppTest:
    """The app over the two articles only (the shipped facts filtered out by article)."""
    store = Store(store_path)
    added = [
        store.add(*local.read(text, name=f"a{i}.txt", gazetteer=gaz)).article_id for i, text in enumerate(ARTICLES)
    ]
    at = AppTest.from_file(APP, default_timeout=90)
    at.run()
    at.multiselect(key="f_articles").set_value(added).run()
    assert not at.exception, at.exception
    return at


def on(at: AppTest, day: date) -> AppTest:
    at.date_input(key="posture_on").set_value(day).run()
    assert not at.exception, at.exception
    return at


def figures(at: AppTest) -> tuple[str, str, str, str]:
    return tuple(  # type: ignore[return-value]
        metric(at, label)
        for label in (
            "Allied troops on the flank",
            "Allied troops planned",
            "Russian troops near the flank",
            "Host countries",
        )
    )


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (date(2024, 1, 1), ("0", "0", "0", "0")),  # before either article
        (date(2024, 4, 1), ("12,000", "0", "30,000", "2")),
        (date(2026, 12, 31), ("12,000", "1,200", "30,000", "2")),  # the extra 1,200 is planned
        (date(2028, 1, 1), ("13,200", "0", "30,000", "2")),  # ...and in place once due (a future date)
    ],
)
def test_the_headline_on_any_date_keeps_the_sides_apart(flank, day, expected):
    assert figures(on(flank, day)) == expected


def test_plans_counted_in_place_say_so(flank):
    on(flank, date(2028, 1, 1))
    assert "Allied troops on the flank include 1,200 from plans due by 2028-01-01." in [c.value for c in flank.caption]


def test_the_facts_left_out_are_listed_by_their_words(flank):
    on(flank, date(2024, 1, 1))
    flank.session_state["posture_details"] = True
    flank.run()
    left_out = next(d.value for d in flank.dataframe if list(d.value.columns) == ["side", "host", "fact", "why"])
    poland = left_out[left_out["host"] == "PL"]
    assert "“The US has 10,000 troops in Poland.” (Test Wire, 2024-03-01)" in set(poland["fact"])
    assert set(left_out.loc[left_out["host"] == "BY", "side"]) == {"russian"}
    assert set(left_out["why"]) == {
        "stands from 2024-03-01, after 2024-01-01",
        "announced 2024-05-01, after 2024-01-01",
    }


def chart(at: AppTest, faceted: bool) -> tuple[dict, pd.DataFrame]:
    """The change over time (a faceted chart) or the map's histogram, with its data."""
    element = next(e for e in at.get("vega_lite_chart") if ("facet" in json.loads(e.proto.spec)) is faceted)
    return json.loads(element.proto.spec), dataframe_util.convert_arrow_bytes_to_pandas_df(element.proto.data.data)


def test_the_change_over_time_is_the_posture_at_each_month(flank, store_path, gaz):
    flank.session_state["posture_change"] = True
    flank.run()
    spec, data = chart(flank, faceted=True)
    assert spec["spec"]["mark"]["interpolate"] == "step-after" and spec["facet"]["field"] == "host"
    # The same posture code, asked by the store's engine at each month's end, gives the same figures.
    engine = query.Engine(store_path, shipped.all_facts(None))
    members = {r: gaz.region_members(r) for r in engine.regions()}
    chosen = Filters(articles=tuple(flank.multiselect(key="f_articles").value))
    known = sides.load(gaz)
    for month in sorted(set(data["month"])):
        expected = engine.posture(chosen, members, states=query.SHOWN, on=date.fromisoformat(month), sides=known)
        rows = data[(data["month"] == month) & (data["troops"] > 0)]
        got = {(r.host, r.side, r.status): r.troops for r in rows.itertuples()}
        assert got == {(gaz.country_name(h), s, st): r.low for (h, s, st), r in expected.by_host().items()}
    engine.close()
    poland = data[(data["host"] == "Poland") & (data["side"] == "allied")].set_index(["month", "status"])["troops"]
    assert (poland[("2026-12-31", "in place")], poland[("2026-12-31", "planned")]) == (10000, 1200)
    assert (poland[("2027-12-31", "in place")], poland[("2027-12-31", "planned")]) == (11200, 0)


def test_the_map_s_time_slider_sets_the_posture_s_date_with_the_statements_along_it(flank):
    flank.toggle(key="map_at_date").set_value(True).run()
    slider = flank.slider(key="map_on")
    assert slider.value == flank.date_input(key="posture_on").value
    spec, histogram = chart(flank, faceted=False)
    assert dict(zip(histogram["month"], histogram["statements"])) == {"2024-03-01": 3, "2024-05-01": 1}
    assert spec["mark"]["type"] == "bar"
    slider.set_value(date(2028, 1, 1)).run()
    assert not flank.exception, flank.exception
    assert flank.date_input(key="posture_on").value == date(2028, 1, 1)
    assert figures(flank)[0] == "13,200"
    assert any(c.value.startswith("The posture on 2028-01-01: the 4 statements") for c in flank.caption)
    # And the other way: a date chosen above the tabs moves the slider.
    on(flank, date(2024, 4, 1))
    assert flank.slider(key="map_on").value == date(2024, 4, 1)


def test_old_statements_fade_after_the_chosen_age(flank):
    on(flank, date(2026, 1, 1))
    assert "Faded: statements made before 2025-01-01 (12 months before 2026-01-01)." in [c.value for c in flank.caption]
    flank.number_input(key="fade_months").set_value(0).run()
    assert not any(c.value.startswith("Faded:") for c in flank.caption)
