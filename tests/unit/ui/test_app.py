"""The app's logic through Streamlit's AppTest: filters, totals, downloads, adding articles.

The fixtures `app`, `store_path` and `downloads` are in conftest.py, shared with test_app_review.py.
"""

from __future__ import annotations

import io
import re
from html import unescape

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from dashboard.exports import tables
from dashboard.paths import SHIPPED_CSV
from dashboard.schema import COLUMNS, REVIEW_COLUMNS
from dashboard.store.articles import Store
from tests.conftest import APP

NEW_ARTICLE = (
    "title: Romania gets a French battlegroup\npublished: 2022-03-01\noutlet: Test Wire\n\n"
    "France will send 500 troops to Romania. The US has 2,000 soldiers at Mihail Kogălniceanu."
)


def metric(at: AppTest, label: str) -> str:
    return next(m.value for m in at.metric if m.label == label)


def open_tab(at: AppTest, label: str) -> AppTest:
    """Choose a tab as a click does: only the open tab's content is made."""
    if at.session_state["main_tab"] != label:
        at.session_state["main_tab"] = label
        at.run()
    return at


def tab(at: AppTest, label: str):
    open_tab(at, label)
    return next(t for t in at.tabs if t.label == label)


def table(at: AppTest) -> pd.DataFrame:
    """The facts table (the comparison tables have no "Precision" column), opening its tab."""
    return next(d.value for d in open_tab(at, "Table").dataframe if "Precision" in d.value.columns)


def download(at: AppTest, files: dict, label: str) -> tuple[str, bytes]:
    """A download's address and bytes; a download made when clicked is made now."""
    button = next(b for b in at.get("download_button") if b.label == label)
    if button.proto.deferred_file_id:
        return "", files[button.proto.deferred_file_id]()
    file_id = button.proto.url.rsplit("/", 1)[-1].split(".")[0]
    return button.proto.url, files[file_id]


def test_the_app_opens_on_the_shipped_facts(app):
    shipped = tables.read_csv(SHIPPED_CSV)
    assert int(metric(app, "Facts")) == len(shipped)
    assert len(table(app)) == len(shipped)
    assert int(metric(app, "No place")) == int(shipped["lat"].isna().sum())


def test_a_country_filter_changes_table_totals_and_keeps_region_facts_that_cover_it(app):
    before = len(table(app))
    app.multiselect(key="f_countries").set_value(["EE"]).run()
    shown = table(app)
    assert 0 < len(shown) < before
    assert int(metric(app, "Facts")) == len(shown)
    assert set(shown["Country"]) <= {"Estonia", ""}
    assert "Estonia" in set(shown["Country"])
    assert set(shown.loc[shown["Country"] == "", "Region"]) <= {"eastern flank", "Baltic states and Poland"}


def test_unit_and_status_filters_act_on_the_table_and_totals(app):
    app.multiselect(key="f_units").set_value(["battlegroups"]).run()
    assert set(table(app)["Unit"]) == {"battlegroups"}
    # Four country battlegroups of 1,000-1,500; the region-wide plans are listed, never added.
    assert metric(app, "Allied troops on the flank") == "4,000–6,000" and metric(app, "Allied troops planned") == "0"
    app.multiselect(key="f_statuses").set_value(["planned"]).run()
    shown = table(app)
    assert set(shown["Status"]) == {"planned"} and len(shown) == int(metric(app, "Facts"))


def test_the_csv_download_holds_exactly_the_filtered_rows(downloads, app):
    app.multiselect(key="f_countries").set_value(["LV"]).run()
    url, payload = download(app, downloads, "Download CSV")
    rows = pd.read_csv(io.BytesIO(payload), dtype=str, keep_default_na=False)
    assert tuple(rows.columns) == COLUMNS + REVIEW_COLUMNS
    assert set(rows["review_state"]) == {"unreviewed"}
    assert sorted(rows["quote"]) == sorted(table(app)["Quoted sentence"])
    assert len(rows) == int(metric(app, "Facts")) and len(rows) > 0


def test_adding_pasted_text_adds_its_facts_and_adding_it_again_changes_nothing(app, store_path):
    before = int(metric(app, "Facts"))
    app.text_area(key="paste").set_value(NEW_ARTICLE)
    app.button(key="add").click().run()
    assert not app.exception
    assert any("Added" in s.value for s in app.success)
    assert int(metric(app, "Facts")) == before + 2
    assert {"Romania"} <= set(table(app)["Country"])
    app.text_area(key="paste").set_value(NEW_ARTICLE)
    app.button(key="add").click().run()
    assert any("already stored" in i.value for i in app.info)
    assert int(metric(app, "Facts")) == before + 2
    assert len(Store(store_path).articles()) == 1


@pytest.mark.parametrize(
    "text, message",
    [
        ("   ", "Nothing to add"),
        ("Boil two eggs for seven minutes and serve them with toast.", "no force deployments"),
    ],
)
def test_bad_input_shows_an_error_and_leaves_the_store_unchanged(app, store_path, text, message):
    app.text_area(key="paste").set_value(text)
    app.button(key="add").click().run()
    assert any(message in e.value for e in app.error)
    assert Store(store_path).articles() == []


def test_the_citation_view_highlights_the_quoted_sentence(app):
    shipped = tables.read_csv(SHIPPED_CSV)
    fact = shipped[shipped["unit"] == "warships"].iloc[0]
    open_tab(app, "Citation").selectbox(key="cite_fact").set_value(fact["fact_id"]).run()
    html = tab(app, "Citation").get("html")[0].proto.body
    marked = re.search(r"<mark id='quote'>(.*?)</mark>", html, re.S).group(1)
    assert unescape(marked) == fact["quote"]
    assert unescape(re.sub(r"<[^>]+>", "", html)).count(fact["quote"]) == 1


DATED = [
    ("published: 2022-02-01\noutlet: Early\n\nCanada has 1,000 troops in Latvia.", "2022-02-01"),
    ("published: 2023-06-01\noutlet: Late\n\nCanada has 2,500 troops in Latvia.", "2023-06-01"),
]


def add_text(at: AppTest, text: str) -> None:
    at.text_area(key="paste").set_value(text)
    at.button(key="add").click().run()
    assert not at.exception and not at.error, [e.value for e in at.error]


def test_the_time_slider_shows_the_posture_as_reported_up_to_a_date(app):
    for text, _ in DATED:
        add_text(app, text)
    slider = next(s for s in app.slider if s.key and s.key.startswith("f_dates_"))
    first, last = slider.value
    assert (str(first), str(last)) == ("2022-02-01", "2023-06-01")
    slider.set_value((first, pd.Timestamp("2022-12-31").date())).run()
    shown = table(app)
    assert "Late" not in set(shown["Outlet"]) and "Early" in set(shown["Outlet"])
    assert "AntiWar.com" in set(shown["Outlet"])


def test_the_comparison_puts_latvia_beside_natos_figure_in_two_clicks(app):
    open_tab(app, "Compare with NATO").selectbox(key="compare_host").set_value("LV").run()
    said = [m.value for m in app.markdown if m.value.startswith("**NATO says**")]
    assert said and "1,887" in said[0] and "Canada" in said[0] and "Ādaži" in said[0]
    claims = next(d.value for d in app.dataframe if "Basis" in d.value.columns)
    assert list(claims["NATO figure"]) == [1887]
    assert (claims.iloc[0]["Troops (low)"], claims.iloc[0]["Troops (high)"]) == (1000, 1500)
    assert (claims.iloc[0]["Difference (low)"], claims.iloc[0]["Difference (high)"]) == (-887, -387)


def test_differing_articles_are_shown_side_by_side_in_the_comparison(app):
    for text, _ in DATED:
        add_text(app, text)
    differing = next(d.value for d in open_tab(app, "Compare with NATO").dataframe if "where" in d.value.columns)
    assert sorted(differing["troops_low"]) == [1000, 2500]


def test_the_comparison_downloads_as_csv(downloads, app):
    open_tab(app, "Compare with NATO").selectbox(key="compare_host").set_value("LV").run()
    _, payload = download(app, downloads, "Download the comparison for Latvia (CSV)")
    rows = pd.read_csv(io.BytesIO(payload), dtype=str, keep_default_na=False)
    assert {"host_code", "reference_troops", "basis", "quote"} <= set(rows.columns)
    named = rows["basis"] == "named in the article"
    assert set(rows["host_code"]) == {"LV"} and set(rows.loc[named, "reference_troops"]) == {"1887"}
    # A region-wide claim is not set against the battlegroup's total; the reference's date is on every row.
    assert set(rows.loc[~named, "reference_troops"]) <= {""} and set(rows["reference_as_of"]) == {"2022-06-28"}


def test_a_broken_reference_file_is_a_clear_error_not_a_crash(store_path, tmp_path, monkeypatch):
    (tmp_path / "ref.csv").write_text("host_country,troops\nLatvia,many\n", encoding="utf-8")
    monkeypatch.setenv("DASHBOARD_REFERENCE", str(tmp_path))
    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    assert not at.exception
    assert any("ref.csv" in e.value.replace("\\", "") and "missing columns" in e.value for e in at.error)
    assert int(metric(at, "Facts")) > 0
