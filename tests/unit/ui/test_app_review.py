"""The review flow and the posture through Streamlit's AppTest, on a real SQLite store."""

from __future__ import annotations

import io
import json
from datetime import date

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from dashboard.review import log
from dashboard.schema import Fact
from dashboard.sources import article
from dashboard.store.articles import Store
from dashboard.util.htmltext import escape_markdown
from tests.unit.ui.test_app import APP, NEW_ARTICLE, add_text, download, metric, open_tab, table

PLACES = {"RO": ("Romania", 45.9, 24.9), "EE": ("Estonia", 58.6, 25.0)}


def stored(text: str, *claims: dict) -> tuple[article.Article, list[Fact]]:
    """An article and hand-made facts quoting its sentences: the totals' rules, free of the parser."""
    art = article.from_text(text)
    facts = []
    for n, claim in enumerate(claims):
        start = art.text.index(claim["quote"])
        code, region = claim.get("host", ""), claim.get("region", "")
        name, lat, lon = PLACES.get(code, ("", 50.5, 23.5))
        facts.append(
            Fact(
                fact_id=f"{art.article_id[:8]}-{n}",
                article_id=art.article_id,
                title=art.title,
                outlet=art.outlet,
                author="",
                published=art.published,
                url="",
                force=claim["force"],
                unit="troops",
                quantity_low=claim["troops"],
                quantity_high=claim["troops"],
                approx=False,
                troops_low=claim["troops"],
                troops_high=claim["troops"],
                troops_derived=False,
                status=claim.get("status", "existing"),
                place=name or region,
                country_code=code,
                country=name,
                region=region,
                lat=lat,
                lon=lon,
                precision="country" if code else "region",
                when=claim.get("when", ""),
                when_start=claim.get("when_start", ""),
                when_end=claim.get("when_end", ""),
                quote=claim["quote"],
                quote_start=start,
                quote_end=start + len(claim["quote"]),
                also_cites="",
            )
        )
    return art, facts


ROMANIA = "The US has 1,000 troops in Romania, up from 2,000 in 2021."
SMALL = [
    stored(
        "title: early\npublished: 2022-03-01\n\nThe US has 800 troops in Romania.",
        {"quote": "The US has 800 troops in Romania.", "host": "RO", "force": "US", "troops": 800},
    ),
    stored(
        "title: later\npublished: 2023-06-01\n\nThe US has 1,000 troops in Romania, up from 2,000 in 2021. "
        "Britain withdrew 500 troops from Estonia. NATO has 40,000 troops on the eastern flank.",
        {"quote": ROMANIA, "host": "RO", "force": "US", "troops": 1000},
        {
            "quote": ROMANIA,
            "host": "RO",
            "force": "US",
            "troops": 2000,
            "when": "in 2021",
            "when_start": "2021-01-01",
            "when_end": "2021-12-31",
        },
        {
            "quote": "Britain withdrew 500 troops from Estonia.",
            "host": "EE",
            "force": "UK",
            "troops": 500,
            "status": "withdrawn",
        },
        {
            "quote": "NATO has 40,000 troops on the eastern flank.",
            "region": "eastern flank",
            "force": "NATO",
            "troops": 40000,
        },
    ),
    stored(
        "title: wire one\npublished: 2023-02-01\n\nBritain keeps 900 troops in Estonia.",
        {"quote": "Britain keeps 900 troops in Estonia.", "host": "EE", "force": "UK", "troops": 900},
    ),
    stored(
        "title: wire two\npublished: 2023-02-01\n\nBritain keeps 900 troops in Estonia, a copy says.",
        {"quote": "Britain keeps 900 troops in Estonia, a copy says.", "host": "EE", "force": "UK", "troops": 900},
    ),
]


@pytest.fixture
def small(store_path) -> AppTest:
    """The app over the small table only (the shipped facts filtered out by article)."""
    store = Store(store_path)
    for art, facts in SMALL:
        store.add(art, facts)
    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    at.multiselect(key="f_articles").set_value([art.article_id for art, _ in SMALL]).run()
    assert not at.exception, at.exception
    return at


def posture_facts(at: AppTest) -> pd.DataFrame:
    """The statements behind the totals, opening "What makes these totals" (closed, it makes nothing)."""
    if not any("added to totals" in d.value.columns for d in at.dataframe):
        at.session_state["posture_details"] = True
        at.run()
    return next(d.value for d in at.dataframe if "added to totals" in d.value.columns)


def test_what_makes_the_totals_is_made_only_when_opened(small):
    assert not any("added to totals" in d.value.columns for d in small.dataframe)
    assert len(posture_facts(small)) > 0


def test_the_totals_are_the_current_posture_not_a_sum_of_sentences(small):
    # Romania: the newer 1,000 replaces 800 and the past 2,000 of 2021 is history; Estonia: 900 stated twice
    # counts once, the withdrawal not at all; the region-wide 40,000 is listed and never added.
    assert metric(small, "Allied troops on the flank") == "1,900"
    rows = posture_facts(small)
    assert set(rows.loc[rows["added to totals"] == "yes", "troops"]) == {"1,000", "900"}
    assert rows.loc[rows["host"] == "eastern flank", "added to totals"].tolist() == ["no"]
    left_out = next(d.value for d in small.dataframe if list(d.value.columns) == ["side", "host", "fact", "why"])
    assert any(w.startswith("withdrawn") for w in left_out["why"])
    assert any(w.startswith("replaced by a newer statement") for w in left_out["why"])
    assert any(w.startswith("a past figure: it ended 2021-12-31") for w in left_out["why"])


def test_the_posture_at_an_earlier_date_shows_what_stood_then(small):
    small.date_input(key="posture_on").set_value(date(2021, 6, 1)).run()
    assert metric(small, "Allied troops on the flank") == "2,000"
    small.date_input(key="posture_on").set_value(date(2022, 12, 31)).run()
    assert metric(small, "Allied troops on the flank") == "800"
    small.date_input(key="posture_on").set_value(date(2023, 3, 1)).run()
    assert metric(small, "Allied troops on the flank") == "1,700"


def pick(at: AppTest, quote: str, store: Store) -> str:
    """Choose in the Review tab the first fact (in table order) that quotes ``quote``."""
    facts = store.facts()
    fact_id = facts.loc[facts["quote"] == quote, "fact_id"].iloc[0]
    open_tab(at, "Review").selectbox(key="review_fact").set_value(fact_id).run()
    return fact_id


def test_rejecting_a_fact_takes_it_out_of_the_table_and_the_totals(small, store_path):
    store = Store(store_path)
    small.text_input(key="reviewer").set_value("Ana").run()
    assert metric(small, "To review") == "7"
    fact_id = pick(small, ROMANIA, store)
    assert small.selectbox(key="review_fact").value == fact_id
    small.button(key="review_reject").click().run()
    assert not small.exception and not small.error, [e.value for e in small.error]
    assert metric(small, "Allied troops on the flank") == "1,700"  # Romania's older 800 stands again
    shown = table(small)
    assert not ((shown["Quoted sentence"] == ROMANIA) & (shown["Troops (low)"] == 1000)).any()
    assert metric(small, "To review") == "6" and metric(small, "Facts") == "6"
    assert [(d.state, d.reviewer) for d in log.decisions(store)] == [("rejected", "Ana")]


def test_a_decision_needs_a_name(small, store_path):
    open_tab(small, "Review").button(key="review_accept").click().run()
    assert any("type your name" in e.value for e in small.error)
    assert log.decisions(Store(store_path)) == []


def test_accepting_moves_on_to_the_next_unreviewed_fact(small):
    small.text_input(key="reviewer").set_value("Ana").run()
    first = open_tab(small, "Review").selectbox(key="review_fact").value
    small.button(key="review_accept").click().run()
    assert small.selectbox(key="review_fact").value != first
    assert metric(small, "To review") == "6"
    reviewed = table(small).set_index("Quoted sentence")["Review"]
    assert list(reviewed.values).count("accepted") == 1


def test_a_correction_shows_in_table_totals_and_export_with_the_original_beside_it(small, store_path, downloads):
    store = Store(store_path)
    small.text_input(key="reviewer").set_value("Ana").run()
    fact_id = pick(small, ROMANIA, store)
    small.number_input(key=f"fix_tlow_{fact_id}").set_value(700)
    small.number_input(key=f"fix_thigh_{fact_id}").set_value(800)
    small.selectbox(key=f"fix_place_{fact_id}").set_value("Mihail Kogălniceanu Air Base (base, RO)")
    small.text_input(key=f"fix_reason_{fact_id}").set_value("ministry figure")
    small.button(key=f"fix_save_{fact_id}").click().run()
    assert not small.exception and not small.error, [e.value for e in small.error]
    assert metric(small, "Allied troops on the flank") == "1,600–1,700"
    shown = table(small)
    row = shown[shown["Review"] == "corrected"].iloc[0]
    assert (row["Troops (low)"], row["Troops (high)"], row["Place"], row["Review"]) == (
        700,
        800,
        "Mihail Kogălniceanu Air Base",
        "corrected",
    )
    _, payload = download(small, downloads, "Download CSV")
    rows = pd.read_csv(io.BytesIO(payload), dtype=str, keep_default_na=False).set_index("fact_id")
    assert tuple(
        rows.loc[
            fact_id,
            [
                "troops_low",
                "original_troops_low",
                "place",
                "original_place",
                "precision",
                "original_precision",
                "review_state",
                "reviewed_by",
            ],
        ]
    ) == ("700", "1000", "Mihail Kogălniceanu Air Base", "Romania", "base", "country", "corrected", "Ana")
    assert Store(store_path).facts().set_index("fact_id").loc[fact_id, "troops_low"] == 1000
    fields = [(e.field, e.old, e.new, e.reason) for e in log.history(store)]
    assert ("troops_low", 1000, 700, "ministry figure") in fields
    assert ("place", "Romania", "Mihail Kogălniceanu Air Base", "ministry figure") in fields


def test_a_unit_name_corrected_in_the_form_reaches_the_table_and_export_beside_the_parsers(
    small, store_path, downloads
):
    store = Store(store_path)
    small.text_input(key="reviewer").set_value("Ana").run()
    fact_id = pick(small, ROMANIA, store)
    small.text_input(key=f"fix_unit_name_{fact_id}").set_value("2nd Cavalry Regiment")
    small.button(key=f"fix_save_{fact_id}").click().run()
    assert not small.exception and not small.error, [e.value for e in small.error]
    shown = table(small)
    assert list(shown.loc[shown["Review"] == "corrected", "Unit name"]) == ["2nd Cavalry Regiment"]
    assert "Resolved to" in shown.columns
    _, payload = download(small, downloads, "Download CSV")
    rows = pd.read_csv(io.BytesIO(payload), dtype=str, keep_default_na=False).set_index("fact_id")
    assert tuple(rows.loc[fact_id, ["unit_name", "original_unit_name"]]) == ("2nd Cavalry Regiment", "")
    assert ("unit_name", "", "2nd Cavalry Regiment", "") in [
        (e.field, e.old, e.new, e.reason) for e in log.history(store)
    ]


def test_the_toggle_shows_only_accepted_and_corrected_facts(small):
    small.text_input(key="reviewer").set_value("Ana").run()
    open_tab(small, "Review").button(key="review_accept").click().run()
    small.toggle(key="trusted_only").set_value(True).run()
    assert metric(small, "Facts") == "1" and set(table(small)["Review"]) == {"accepted"}
    assert metric(small, "To review") == "6"


def test_decisions_survive_deleting_and_adding_the_article_again(app, store_path):
    add_text(app, NEW_ARTICLE)
    app.text_input(key="reviewer").set_value("Ana").run()
    store = Store(store_path)
    pick(app, "France will send 500 troops to Romania.", store)
    app.button(key="review_reject").click().run()
    assert "France will send 500 troops to Romania." not in set(table(app)["Quoted sentence"])
    open_tab(app, "Stored articles").button(key="delete").click().run()
    open_tab(app, "Review")
    orphans = next(d.value for d in app.dataframe if "why" in d.value.columns and "by" in d.value.columns)
    assert list(orphans["why"]) == ["its article is not loaded"]
    add_text(app, NEW_ARTICLE)
    assert "France will send 500 troops to Romania." not in set(table(app)["Quoted sentence"])
    assert not any("why" in d.value.columns and "by" in d.value.columns for d in open_tab(app, "Review").dataframe)
    assert [d.state for d in log.decisions(store)] == ["rejected"]


def clicking(monkeypatch, fact_id: str) -> list[dict]:
    """The map as if the analyst had clicked the marker of ``fact_id`` (its card's text comes back);
    what the app gives the map is recorded."""
    import streamlit_folium

    given: list[dict] = []

    def clicked_map(fig, **kwargs):
        given.append(kwargs)
        return {"last_object_clicked_popup": f"US: 1,000 troops\n“{ROMANIA}”\nlater\nfact {fact_id}"}

    monkeypatch.setattr(streamlit_folium, "st_folium", clicked_map)
    return given


def romania_now(store: Store) -> str:
    """The fact of the Romanian sentence that counts today (1,000), not the 2021 figure."""
    facts = store.facts()
    return facts.loc[(facts["quote"] == ROMANIA) & (facts["troops_low"] == 1000), "fact_id"].iloc[0]


def test_a_fact_rejected_from_its_marker_leaves_the_map_and_totals_and_can_be_accepted_back(
    small, store_path, monkeypatch
):
    store = Store(store_path)
    fact_id = romania_now(store)
    given = clicking(monkeypatch, fact_id)
    small.text_input(key="reviewer").set_value("Ana").run()
    assert "[unreviewed] US: 1,000 troops, Romania (existing)" in [t.value for t in small.text]
    # The facts' layers go to the map apart from the base map, which is what keeps the browser's view.
    assert [g.layer_name for g in given[-1]["feature_group_to_add"]] == [
        "Countries with country-level facts",
        "Region-wide facts",
        "Deployment facts",
    ]
    markers = len(json.loads(_fact_layer(given[-1])["payload"])["geojson"]["features"])
    small.button(key="marker_reject").click().run()
    assert not small.exception and not small.error, [e.value for e in small.error]
    assert [(d.state, d.reviewer) for d in log.decisions(store)] == [("rejected", "Ana")]
    assert metric(small, "Allied troops on the flank") == "1,700" and metric(small, "To review") == "6"
    assert len(json.loads(_fact_layer(given[-1])["payload"])["geojson"]["features"]) == markers - 1
    assert "[rejected] US: 1,000 troops, Romania (existing)" in [t.value for t in small.text]
    assert any("Rejected" in s.value for s in small.success)
    small.button(key="marker_accept").click().run()
    assert [d.state for d in log.decisions(store)] == ["accepted"]
    assert metric(small, "Allied troops on the flank") == "1,900" and metric(small, "To review") == "6"


def _fact_layer(given: dict) -> dict:
    from dashboard.maps.factlayer import FactLayer

    group = next(g for g in given["feature_group_to_add"] if g.layer_name == "Deployment facts")
    layer = next(c for c in group._children.values() if isinstance(c, FactLayer))
    return {"payload": layer.payload}


def test_a_marker_decision_needs_a_name(small, store_path, monkeypatch):
    clicking(monkeypatch, romania_now(Store(store_path)))
    small.run()
    small.button(key="marker_reject").click().run()
    assert any("type your name" in e.value for e in small.error)
    assert log.decisions(Store(store_path)) == []


def test_correcting_from_a_marker_opens_the_fact_in_the_review_tab(small, store_path, monkeypatch):
    fact_id = romania_now(Store(store_path))
    clicking(monkeypatch, fact_id)
    small.run()
    small.button(key="marker_correct").click().run()
    assert small.session_state["main_tab"] == "Review"
    assert small.selectbox(key="review_fact").value == fact_id
    assert small.number_input(key=f"fix_tlow_{fact_id}").value == 1000


def test_a_click_on_no_fact_offers_no_decision(small, monkeypatch):
    clicking(monkeypatch, "not-a-fact")
    small.run()
    assert not _has_button(small, "marker_accept") and not _has_button(small, "marker_reject")


def _has_button(at: AppTest, key: str) -> bool:
    return any(b.key == key for b in at.button)


@pytest.mark.parametrize("how", ["typed", "clicked on the map"])
def test_a_fact_is_moved_to_a_point_typed_or_clicked_on_the_map_in_the_country_that_holds_it(small, store_path, how):
    store = Store(store_path)
    small.text_input(key="reviewer").set_value("Ana").run()
    if how == "clicked on the map":
        small.session_state["map_point"] = (43.2141, 27.9147)  # what a click on Varna's quay leaves
    fact_id = pick(small, ROMANIA, store)
    if how == "typed":
        small.number_input(key=f"fix_lat_{fact_id}").set_value(43.2141)
        small.number_input(key=f"fix_lon_{fact_id}").set_value(27.9147)
    else:
        small.checkbox(key=f"fix_use_click_{fact_id}").check()
    small.text_input(key=f"fix_point_name_{fact_id}").set_value("Varna quay")
    small.button(key=f"fix_save_{fact_id}").click().run()
    assert not small.exception and not small.error, [e.value for e in small.error]
    row = table(small).set_index("Quoted sentence").loc[ROMANIA]
    row = row[row["Review"] == "corrected"].iloc[0]
    assert (row["Place"], row["Country"], row["Precision"]) == ("Varna quay", "Bulgaria", "town")
    fields = {e.field: (e.old, e.new) for e in log.history(store)}
    assert fields["country_code"] == ("RO", "BG") and fields["lat"][1] == pytest.approx(43.2141)


def test_half_a_point_is_refused_and_nothing_is_recorded(small, store_path):
    store = Store(store_path)
    small.text_input(key="reviewer").set_value("Ana").run()
    fact_id = pick(small, ROMANIA, store)
    small.number_input(key=f"fix_lat_{fact_id}").set_value(43.2)
    small.button(key=f"fix_save_{fact_id}").click().run()
    assert any("both its latitude and its longitude" in e.value for e in small.error)
    assert log.decisions(store) == []


def test_the_fact_picker_names_the_article_and_the_sentence(small, store_path):
    fact_id = pick(small, "The US has 800 troops in Romania.", Store(store_path))
    label = next(o for o in small.selectbox(key="review_fact").options if "800 troops" in o)
    assert label == (
        "[unreviewed] US: 800 troops, Romania (existing) · early, 2022-03-01: “The US has 800 troops in Romania.”"
    )
    assert small.selectbox(key="review_fact").value == fact_id


def unchanged_note(at: AppTest) -> list[str]:
    return [i.value for i in at.info if i.value.startswith("The totals did not change")]


@pytest.mark.parametrize(
    ("quote", "wanted", "note"),
    [
        pytest.param(
            "The US has 800 troops in Romania.",
            {"fix_tlow": 600, "fix_thigh": 600},
            "The totals did not change: it is left out of the posture on {today}: replaced by a newer "
            "statement: “The US has 1,000 troops in Romania, up from 2,000 in 2021.” (later, 2023-06-01).",
            id="a count corrected on a statement a newer one replaced",
        ),
        pytest.param(
            "NATO has 40,000 troops on the eastern flank.",
            {"fix_tlow": 30000, "fix_thigh": 30000},
            "The totals did not change: it is listed but added to no total: region-wide claim: shown beside "
            "the countries, never added to them.",
            id="a region-wide claim corrected",
        ),
        pytest.param("Britain keeps 900 troops in Estonia.", {"fix_tlow": 950, "fix_thigh": 950}, None, id="a total"),
    ],
)
def test_a_correction_that_changes_no_total_says_why(small, store_path, quote, wanted, note):
    small.text_input(key="reviewer").set_value("Ana").run()
    before = metric(small, "Allied troops on the flank")
    fact_id = pick(small, quote, Store(store_path))
    for key, value in wanted.items():
        small.number_input(key=f"{key}_{fact_id}").set_value(value)
    small.button(key=f"fix_save_{fact_id}").click().run()
    assert not small.exception and not small.error, [e.value for e in small.error]
    if note is None:
        assert metric(small, "Allied troops on the flank") != before and unchanged_note(small) == []
    else:
        assert metric(small, "Allied troops on the flank") == before
        # Shown as literal text: its Markdown characters escaped.
        assert unchanged_note(small) == [escape_markdown(note.format(today=date.today()))]


def test_a_point_clicked_off_the_globe_is_refused_with_a_message_and_nothing_is_recorded(small, store_path):
    store = Store(store_path)
    small.text_input(key="reviewer").set_value("Ana").run()
    small.session_state["map_point"] = (52.2, 381.0)  # a click after dragging the map round the world
    fact_id = pick(small, ROMANIA, store)
    small.checkbox(key=f"fix_use_click_{fact_id}").check()
    small.button(key=f"fix_save_{fact_id}").click().run()
    assert not small.exception
    assert any("lon 381 is not a longitude" in e.value for e in small.error)
    assert log.decisions(store) == [] and log.history(store) == []


# --- two sessions on one store: what a click answers is what was on screen --------------------------


def second_session(store_path) -> AppTest:
    """Another analyst's session of the app over the same store, showing the same facts."""
    other = AppTest.from_file(APP, default_timeout=60)
    other.run()
    other.multiselect(key="f_articles").set_value([art.article_id for art, _ in SMALL]).run()
    assert not other.exception, other.exception
    return other


def test_a_form_drawn_before_another_sessions_correction_does_not_revert_it(small, store_path):
    store = Store(store_path)
    small.text_input(key="reviewer").set_value("Ana").run()
    fact_id = pick(small, ROMANIA, store)  # Ana's form shows force US
    ben = second_session(store_path)
    ben.text_input(key="reviewer").set_value("Ben").run()
    pick(ben, ROMANIA, store)
    ben.text_input(key=f"fix_force_{fact_id}").set_value("UK")
    ben.button(key=f"fix_save_{fact_id}").click().run()
    assert not ben.exception and [d.reviewer for d in log.decisions(store)] == ["Ben"]
    # Ana changes only the count; her form still says US.
    small.number_input(key=f"fix_tlow_{fact_id}").set_value(900)
    small.button(key=f"fix_save_{fact_id}").click().run()
    assert not small.exception
    assert any("Ben changed this fact (force)" in e.value.replace("\\", "") for e in small.error), [
        (m.value, m.type) for m in [*small.error, *small.warning, *small.success]
    ]
    assert {(e.field, e.new, e.reviewer) for e in log.history(store) if e.field != "review_state"} == {
        ("force", "UK", "Ben")
    }
    # The form is drawn again from the fact as it now is: saving it now is a decision on what Ana sees.
    assert small.text_input(key=f"fix_force_{fact_id}").value == "UK"
    small.number_input(key=f"fix_tlow_{fact_id}").set_value(900)
    small.button(key=f"fix_save_{fact_id}").click().run()
    assert not small.error and ("troops_low", 900, "Ana") in {(e.field, e.new, e.reviewer) for e in log.history(store)}


def test_accepting_a_fact_whose_article_another_session_deleted_records_nothing_on_any_fact(small, store_path):
    store = Store(store_path)
    small.text_input(key="reviewer").set_value("Ana").run()
    fact_id = pick(small, ROMANIA, store)
    article_id = store.facts().set_index("fact_id").loc[fact_id, "article_id"]
    ben = second_session(store_path)
    open_tab(ben, "Stored articles").selectbox(key="delete_choice").set_value(article_id).run()
    ben.button(key="delete").click().run()
    assert not ben.exception and article_id not in store.ids()
    small.button(key="review_accept").click().run()
    assert not small.exception
    assert log.decisions(Store(store_path)) == [] and log.history(Store(store_path)) == []
    shown = [m.value.replace("\\", "") for m in [*small.warning, *small.error]]
    assert any("no longer in the store" in m or "article was deleted" in m for m in shown), shown


def test_a_marker_decision_on_a_fact_changed_by_another_session_is_refused(small, store_path, monkeypatch):
    store = Store(store_path)
    fact_id = romania_now(store)
    clicking(monkeypatch, fact_id)
    small.text_input(key="reviewer").set_value("Ana").run()
    assert any("US: 1,000 troops" in t.value for t in small.text)
    ben = second_session(store_path)
    ben.text_input(key="reviewer").set_value("Ben").run()
    pick(ben, ROMANIA, store)
    ben.button(key="review_reject").click().run()
    small.button(key="marker_accept").click().run()
    assert any("Ben changed this fact (its review)" in e.value.replace("\\", "") for e in small.error)
    assert [(d.state, d.reviewer) for d in log.decisions(store)] == [("rejected", "Ben")]
