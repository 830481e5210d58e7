"""The query engine gives exactly what the pandas pipeline gives (``review.apply``, ``review.visible``,
``filters.apply``, ``posture.posture``), over a store of real and generated articles with the shipped
facts beside them and analysts' decisions over both: the same rows in the same order, the same totals."""

from __future__ import annotations

import shutil
from datetime import date

import pandas as pd
import pytest

from benchmarks import generate, realtext
from dashboard.analysis import compare, filters, posture, query
from dashboard.analysis.filters import Filters
from dashboard.exports import plain, tables
from dashboard.ingest.local import ingest_dir
from dashboard.maps import mapview
from dashboard.places import sides as side_list
from dashboard.review import log, overlay
from dashboard.review.log import FactKey
from dashboard.store import shipped
from dashboard.store.articles import Store

CHOICES = [
    Filters(),
    Filters(countries=("EE",)),
    Filters(countries=("PL", "RO")),
    Filters(countries=("LV",), statuses=("planned",)),
    Filters(units=("battlegroups", "troops"), forces=("NATO",)),
    Filters(statuses=("withdrawn",)),
    Filters(date_from=date(2022, 6, 1)),
    Filters(date_from=date(2022, 3, 1), date_to=date(2023, 1, 31), countries=("LT",)),
    Filters(countries=("XX",)),
]
STATES = {"shown": query.SHOWN, "trusted": query.TRUSTED, "every": query.EVERY, "waiting": query.WAITING}


def decide_some(store: Store, df: pd.DataFrame, gaz) -> None:
    """Accept, reject and correct a few stored and shipped facts, and leave one decision orphaned."""
    reviewed = overlay.apply(df, [])
    seeded = df.index[df["article_id"].isin(shipped.all_facts(None)["article_id"])]
    stored = df.index[~df.index.isin(seeded)]
    picks = {"accept": [seeded[0], stored[5], stored[40]], "reject": [seeded[2], stored[7], stored[41]]}
    for action, positions in picks.items():
        for i in positions:
            row = reviewed.facts.loc[i]
            overlay.decide(store, reviewed.key(row["fact_id"]), action=action, reviewer="Ana", current=row)
    riga = overlay.place_fields(gaz.country_place("LV"))
    for i, wanted in (
        (stored[9], {"troops_low": 1234, "troops_high": 1300, "status": "planned"}),
        (stored[11], riga),
        (seeded[3], {"force": "Canada", "when_start": "2023-01-01"}),
    ):
        row = reviewed.facts.loc[i]
        overlay.decide(
            store, reviewed.key(row["fact_id"]), action="correct", reviewer="Ben", current=row, wanted=wanted
        )
    log.record(store, FactKey("gone-article", 1, 20, "troops", "Tapa"), state="accepted", reviewer="Ana")


@pytest.fixture(scope="module")
def sides(gaz):
    return side_list.load(gaz)


@pytest.fixture(scope="module")
def setup(tmp_path_factory, gaz):
    root = tmp_path_factory.mktemp("q")
    generate.write(30, root / "corpus")
    realtext.write(60, root / "corpus")
    store = Store(root / "s.sqlite")
    ingest_dir(root / "corpus", store=store, workers=1)
    decide_some(store, shipped.all_facts(store), gaz)
    decisions = log.decisions(store)
    reviewed = overlay.apply(shipped.all_facts(store), decisions)
    members = shipped.region_members(reviewed.facts, gaz)
    engine = query.Engine(store.path, shipped.all_facts(None))
    engine.sync(1, lambda: decisions)
    yield engine, reviewed, members
    engine.close()


def expected_rows(reviewed: overlay.Reviewed, states, chosen: Filters, members) -> pd.DataFrame:
    df = reviewed.facts[reviewed.facts["review_state"].isin(states)]
    return filters.apply(df, chosen, members=members)


@pytest.mark.parametrize("states", STATES)
@pytest.mark.parametrize("chosen", CHOICES, ids=str)
def test_rows_totals_and_downloads_are_the_pandas_pipeline(setup, chosen, states):
    engine, reviewed, members = setup
    expected = expected_rows(reviewed, STATES[states], chosen, members)
    rows = engine.rows(chosen, members, states=STATES[states])
    assert [r[0] for r in rows] == list(expected["fact_id"])
    assert engine.count(chosen, members, states=STATES[states]) == len(expected)
    assert engine.summary(chosen, members, states=STATES[states]).totals == filters.totals(expected, members)
    assert list(engine.stream(chosen, members, states=STATES[states], chunk=50)) == rows
    waiting = expected_rows(reviewed, query.WAITING, chosen, members)
    assert engine.summary(chosen, members, states=STATES[states]).waiting == len(waiting)


def test_corrected_values_replace_the_parser_s_and_keep_them_beside(setup):
    engine, reviewed, members = setup
    got = query.frame(engine.rows(Filters(), members, states=query.EVERY))
    expected = reviewed.facts[list(query.ROW_COLUMNS)].reset_index(drop=True)
    pd.testing.assert_frame_equal(got, expected)
    corrected = got[got["review_state"] == "corrected"]
    assert len(corrected) == 3 and "Latvia" in set(corrected["place"])
    assert set(got.loc[got["troops_low"] == 1234, "original_troops_low"]) != {1234}
    assert [o.reason for o in engine.orphans] == ["its article is not loaded"]


def test_rejected_facts_are_in_no_total_and_only_reviewed_ones_when_trusted(setup):
    engine, reviewed, members = setup
    shown = engine.summary(Filters(), members, states=query.SHOWN).totals.facts
    every = engine.summary(Filters(), members, states=query.EVERY).totals.facts
    assert every - shown == (reviewed.facts["review_state"] == "rejected").sum() == 3
    assert engine.count(Filters(), members, states=query.TRUSTED) == 6


def test_the_shipped_facts_come_first_and_a_page_is_a_slice(setup):
    engine, _, members = setup
    everything = engine.rows(Filters(), members, states=query.EVERY)
    seeded = shipped.all_facts(None)
    assert [r[0] for r in everything[: len(seeded)]] == list(seeded["fact_id"])
    assert engine.rows(Filters(), members, states=query.EVERY, offset=100, limit=25) == everything[100:125]
    assert len(everything) > 500


def test_places_count_every_located_fact_once_with_their_statuses_and_units(setup):
    engine, reviewed, members = setup
    chosen = Filters(countries=("PL",))
    summary = engine.summary(chosen, members, states=query.SHOWN)
    shown = expected_rows(reviewed, query.SHOWN, chosen, members)
    assert sum(p.facts for p in summary.places) == len(mapview.point_facts(shown, members))
    for place in summary.places:
        assert sum(n for _, n in place.by_status) == sum(n for _, n in place.by_unit) == place.facts
        here = engine.rows(chosen, members, states=query.SHOWN, at=(place.lat, place.lon))
        assert len(here) == place.facts
        # Its newest statement's date, which the map fades by.
        assert place.newest == max(row[query.ROW_COLUMNS.index("published")] or "" for row in here)


@pytest.mark.parametrize("chosen", [Filters(), Filters(countries=("PL",)), Filters(statuses=("planned",))], ids=str)
def test_the_time_slider_s_questions_are_the_pandas_answers(setup, chosen):
    engine, reviewed, members = setup
    shown = expected_rows(reviewed, query.SHOWN, chosen, members)
    dated = shown[shown["published"].str.match(r"\d{4}-\d{2}-\d{2}")]
    by_month = dated.groupby(dated["published"].str.slice(0, 7)).size().to_dict()
    assert engine.statements_by_month(chosen, members, states=query.SHOWN) == by_month
    plans = shown[shown["status"] == "planned"]
    due = plans["when_start"].where(plans["when_start"] != "", plans["when_end"])
    expected = max((date.fromisoformat(d[:10]) for d in due if d), default=None)
    assert engine.last_due(chosen, members, states=query.SHOWN) == expected
    some = list(shown["fact_id"][::7])
    rows = engine.facts_by_id([*some, "no-such-fact"], states=query.SHOWN)
    assert [r[0] for r in rows] == [f for f in shown["fact_id"] if f in set(some)]


def test_options_are_the_pandas_options(setup):
    engine, reviewed, members = setup
    assert engine.options(members) == filters.options(reviewed.facts, members)


def test_the_streamed_csv_is_the_export_of_the_filtered_table(setup):
    engine, reviewed, members = setup
    chosen = Filters(countries=("EE",))
    rows = engine.stream(chosen, members, states=query.SHOWN)
    streamed = "".join(plain.csv_chunks(rows, chunk_rows=10, columns=query.ROW_COLUMNS))
    expected = expected_rows(reviewed, query.SHOWN, chosen, members)
    assert streamed == tables.to_csv(expected[overlay.export_columns(expected)])
    assert "corrected" in streamed


@pytest.mark.parametrize("states", ["shown", "trusted"])
@pytest.mark.parametrize("chosen", [Filters(), Filters(countries=("PL",)), Filters(statuses=("planned",))], ids=str)
@pytest.mark.parametrize("on", [date(2022, 5, 1), date(2023, 6, 1), date(2026, 11, 1), date(2031, 1, 1)])
def test_the_posture_is_the_pandas_posture(setup, sides, chosen, states, on):
    engine, reviewed, members = setup
    expected = posture.posture(expected_rows(reviewed, STATES[states], chosen, members), on=on, sides=sides)
    got = engine.posture(chosen, members, states=STATES[states], on=on, sides=sides, sample=10_000)
    assert got.entries == expected.entries
    assert got.left_out == expected.left_out
    assert sorted(got.excluded) == sorted(expected.excluded)
    assert len(engine.posture(chosen, members, states=STATES[states], on=on, sides=sides, sample=3).excluded) == min(
        3, expected.left_out
    )


def test_a_fact_asked_about_is_judged_whatever_the_sample(setup, sides):
    engine, reviewed, members = setup
    on = date(2024, 6, 1)
    expected = posture.posture(expected_rows(reviewed, query.SHOWN, Filters(), members), on=on, sides=sides)
    last = expected.excluded[-1]
    got = engine.posture(Filters(), members, states=query.SHOWN, on=on, sides=sides, sample=0, about=(last.fact_id,))
    assert got.excluded == (last,) and got.account(last.fact_id) == expected.account(last.fact_id)


@pytest.mark.parametrize("chosen", [Filters(countries=("PL",)), Filters(countries=("EE", "LT"))], ids=str)
def test_the_change_over_time_is_the_posture_at_each_month(setup, sides, chosen):
    engine, _, members = setup
    judged = engine.judged(chosen, members, states=query.SHOWN, sides=sides)
    first, last = judged.span()
    dates = posture.months(first, last)[::5]
    levels = posture.timeline(judged, dates)
    assert levels
    for on in dates:
        shown = engine.posture(chosen, members, states=query.SHOWN, on=on, sides=sides).by_host()
        got = {(lv.host, lv.side, lv.status): (lv.low, lv.high) for lv in levels if lv.on == on}
        assert {k: v for k, v in got.items() if v != (0, 0)} == {k: (r.low, r.high) for k, r in shown.items()}


@pytest.mark.parametrize("code", ["LV", "PL", "RO"])
@pytest.mark.parametrize(
    "chosen", [Filters(), Filters(statuses=("planned",)), Filters(date_from=date(2022, 9, 1))], ids=str
)
def test_the_rows_for_one_host_give_the_same_comparison_as_the_whole_table(setup, gaz, code, chosen):
    from dashboard.analysis import reference

    engine, reviewed, members = setup
    rows = reference.load(gaz).rows
    shown = expected_rows(reviewed, query.SHOWN, chosen, members)
    narrow = query.frame(engine.rows_for_host(chosen, members, code, states=query.SHOWN))
    assert len(narrow) < len(shown)
    expected = compare.comparison(shown, rows, members, hosts={code})
    assert len(expected) > 0
    pd.testing.assert_frame_equal(compare.comparison(narrow, rows, members, hosts={code}), expected)


def test_disagreements_are_the_pandas_ones(setup):
    engine, reviewed, _ = setup
    expected = compare.disagreements(overlay.visible(reviewed.facts, trusted_only=False))
    rows, total = engine.disagreements(states=query.SHOWN, limit=len(expected) + 10)
    assert total == len(expected) > 0
    got = pd.DataFrame(rows, columns=list(expected.columns))
    assert list(got["quote"]) == list(expected["quote"])
    assert engine.disagreements(states=query.SHOWN, limit=5)[0] == rows[:5]


def test_a_fact_s_key_is_found_from_its_article_as_the_parser_read_it(setup):
    engine, reviewed, _ = setup
    for fact_id in reviewed.facts.loc[reviewed.facts["review_state"] != "unreviewed", "fact_id"]:
        facts = engine.article_facts(str(engine.fact(fact_id)[query.ROW_COLUMNS.index("article_id")]))
        assert overlay.fact_keys(facts)[list(facts["fact_id"]).index(fact_id)] == reviewed.key(fact_id)


def test_one_fact_by_its_id_is_its_reviewed_row_in_any_state(tmp_path):
    """What the panel beside the map shows of a clicked marker: stored and shipped facts, reviewed or not."""
    from tests.unit.ui.test_app_review import SMALL

    store = Store(tmp_path / "s.sqlite")
    for art, facts in SMALL:
        store.add(art, facts)
    every = overlay.apply(shipped.all_facts(store), [])
    for position, action in ((0, "accept"), (1, "reject"), (-1, "reject")):
        row = every.facts.iloc[position]
        overlay.decide(store, every.key(row["fact_id"]), action=action, reviewer="Ana", current=row)
    expected = overlay.apply(shipped.all_facts(store), log.decisions(store)).facts
    engine = query.Engine(store.path, shipped.all_facts(None))
    engine.sync(1, lambda: log.decisions(store))
    got = query.frame([engine.fact(fact_id) for fact_id in expected["fact_id"]])
    for column in ("fact_id", "review_state", "reviewed_by", "troops_low", "place", "original_place", "quote"):
        assert got[column].tolist() == expected[column].tolist(), column
    assert engine.fact("no-such-fact") is None
    engine.close()


def test_a_click_on_a_place_marker_finds_its_place(setup):
    from dashboard.maps.placemap import placed_at

    engine, _, members = setup
    places = engine.summary(Filters(), members, states=query.SHOWN).places
    assert placed_at(places, {"lat": places[3].lat, "lng": places[3].lon}) == places[3]
    assert placed_at(places, {"lat": places[3].lat + 1e-4, "lng": places[3].lon - 1e-4}) == places[3]
    assert placed_at(places, {"lat": 0.0, "lng": 0.0}) is None
    assert placed_at(places, None) is None


def test_the_store_s_copy_of_a_shipped_article_is_left_out_as_the_pandas_table_leaves_it(tmp_path, gaz):
    generate.write(10, tmp_path / "corpus")
    shutil.copy(shipped.seed_paths()[0], tmp_path / "corpus")
    store = Store(tmp_path / "s.sqlite")
    ingest_dir(tmp_path / "corpus", store=store, workers=1)
    seeded = shipped.all_facts(None)
    assert set(seeded["article_id"]) & set(store.facts()["article_id"])
    df = overlay.apply(shipped.all_facts(store), []).facts
    members = shipped.region_members(df, gaz)
    engine = query.Engine(store.path, seeded)
    for chosen in (Filters(), Filters(countries=("LV",))):
        expected = filters.apply(df, chosen, members=members)
        assert [r[0] for r in engine.rows(chosen, members, states=query.SHOWN)] == list(expected["fact_id"])
        assert engine.summary(chosen, members, states=query.SHOWN).totals == filters.totals(expected, members)
        assert [r[0] for r in engine.stream(chosen, members, states=query.SHOWN)] == list(expected["fact_id"])
    assert engine.options(members) == filters.options(df, members)
    engine.close()


def test_an_unusable_store_is_a_store_error(tmp_path):
    from dashboard.errors import StoreError

    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"this is not a database" * 100)
    with pytest.raises(StoreError, match="cannot read the store"):
        query.Engine(bad, shipped.all_facts(None))
