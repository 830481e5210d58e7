"""One bad article or file must never take the app down, nor leave a stale view behind."""

from __future__ import annotations

import sqlite3

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from dashboard.exports import tables
from dashboard.parser import extract
from dashboard.paths import SHIPPED_CSV
from dashboard.sources import article
from dashboard.store.articles import Store
from tests.conftest import APP, open_app
from tests.unit.ui.test_app import open_tab, table

BODY = "\n\nCanada has 700 troops in Latvia."


def add_text(at: AppTest, text: str) -> None:
    at.text_area(key="paste").set_value(text)
    at.button(key="add").click().run()


def stored_table(at: AppTest):
    return table(at)


# --- dates ----------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "header, reason",
    [
        ("0001-01-01", "outside"),
        ("0222-05-02", "outside"),
        ("9999-12-31", "outside"),
        ("2022-13-45", "does not exist"),
        ("2022-02-30", "does not exist"),
    ],
)
def test_an_impossible_or_out_of_range_date_is_dropped_with_a_warning(header, reason):
    art = article.from_text(f"published: {header}{BODY}", name="odd.txt")
    assert art.published == ""
    assert len(art.warnings) == 1 and reason in art.warnings[0] and "odd.txt" in art.warnings[0]


@pytest.mark.parametrize("header", ["0001-01-01", "9999-12-31"])
def test_adding_an_article_with_an_absurd_date_warns_and_keeps_the_app_working(app, store_path, header):
    add_text(app, f"published: {header}\noutlet: Odd{BODY}")
    assert not app.exception, app.exception
    assert any("outside" in w.value for w in app.warning)
    assert [a.published for a in Store(store_path).articles()] == [""]
    assert "Odd" in set(stored_table(app)["Outlet"])


def test_a_store_already_holding_an_absurd_date_still_opens_and_the_article_can_be_deleted(store_path, gaz):
    store = Store(store_path)
    good = article.from_text(f"published: 2022-03-01\noutlet: Good{BODY}")
    store.add(good, extract(good, gaz))
    for date in ("0001-01-01", "9999-12-31"):
        bad = article.from_text(f"published: 2022-03-02\noutlet: Bad {date}{BODY}")
        store.add(bad, extract(bad, gaz))
        with sqlite3.connect(store_path) as db:  # as an older version of the tool stored it
            db.execute("UPDATE facts SET published = ? WHERE article_id = ?", (date, bad.article_id))
            db.execute("UPDATE articles SET published = ? WHERE article_id = ?", (date, bad.article_id))
    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    assert not at.exception, at.exception
    assert {"Good", "Bad 0001-01-01", "Bad 9999-12-31"} <= set(stored_table(at)["Outlet"])
    victim = next(a.article_id for a in Store(store_path).articles() if a.outlet == "Bad 0001-01-01")
    open_tab(at, "Stored articles").selectbox(key="delete_choice").set_value(victim).run()
    at.button(key="delete").click().run()
    assert not at.exception, at.exception
    assert "Bad 0001-01-01" not in set(stored_table(at)["Outlet"])


# --- the view follows the store ------------------------------------------------------------------------
ARTICLES = {
    name: f"outlet: {name}\n\nCanada has {troops} troops in Latvia."
    for name, troops in (("X", 100), ("Y", 200), ("Z", 300))
}


def test_after_add_delete_add_the_table_shows_exactly_what_the_store_holds(app, store_path):
    add_text(app, ARTICLES["X"])
    add_text(app, ARTICLES["Y"])
    y = next(a.article_id for a in Store(store_path).articles() if a.outlet == "Y")
    open_tab(app, "Stored articles").selectbox(key="delete_choice").set_value(y).run()
    app.button(key="delete").click().run()
    add_text(app, ARTICLES["Z"])
    assert not app.exception, app.exception
    assert {a.outlet for a in Store(store_path).articles()} == {"X", "Z"}
    outlets = set(stored_table(app)["Outlet"])
    assert {"X", "Z"} <= outlets and "Y" not in outlets


# --- counts beyond any real force ----------------------------------------------------------------------
def test_a_count_beyond_any_real_force_is_refused_with_a_warning_and_totals_stay_sane(app, store_path):
    def in_place() -> list[int]:
        # The posture's figure, a number or a range "low–high".
        value = next(m.value for m in app.metric if m.label == "Allied troops on the flank")
        return [int(part.replace(",", "")) for part in value.split("–")]

    before = in_place()
    add_text(
        app,
        "outlet: Huge\n\nBritain keeps 9300000000000000000 soldiers at Tapa. "
        "The US sent 9300000000000000000 troops to Poland. Canada has 700 troops in Latvia.",
    )
    assert not app.exception, app.exception
    assert sum("beyond any real force" in w.value for w in app.warning) == 2
    assert in_place() == [n + 700 for n in before]
    assert [a.facts for a in Store(store_path).articles()] == [1]


# --- a store that cannot be used ---------------------------------------------------------------------------
def garbage_after_first_page(path, gaz) -> None:
    store = Store(path)
    for i in range(40):
        art = article.from_text(f"Report {i}: Canada has {100 + i} troops in Latvia. " + "Filler text. " * 200)
        store.add(art, extract(art, gaz))
    store.close()
    with sqlite3.connect(path) as db:
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    with path.open("r+b") as handle:
        handle.seek(4096)
        handle.write(b"\xde\xad\xbe\xef" * 20_000)


def parent_is_a_file(path, gaz) -> None:
    path.parent.rmdir()
    path.parent.write_text("a file where a folder should be", encoding="utf-8")


@pytest.mark.parametrize(
    "damage, reason", [(garbage_after_first_page, "malformed"), (parent_is_a_file, "cannot open the store")]
)
def test_a_store_that_cannot_be_used_leaves_the_shipped_facts_under_a_banner(
    tmp_path, monkeypatch, gaz, damage, reason
):
    path = tmp_path / "sub" / "store.sqlite"
    path.parent.mkdir()
    damage(path, gaz)
    at = open_app(path, monkeypatch)
    banner = [e.value.replace("\\", "") for e in at.error]
    assert any(reason in b and "shipped facts only" in b for b in banner), banner
    assert len(stored_table(at)) == len(tables.read_csv(SHIPPED_CSV))
    st.cache_data.clear()
    st.cache_resource.clear()


def test_the_first_launch_shows_the_gazetteer_build_as_it_goes(store_path, monkeypatch):
    """A fresh clone has no index: the app says it is building it, with a bar that follows the build
    (a stand-in build here, reporting the real build's steps), and builds it only once."""
    from dashboard.places import gazetteer

    built = []
    shown: list[tuple[float, str]] = []

    def build(*args, progress=None, **kwargs):
        if progress is None:  # gazetteer.load's own check, once the index is there
            return False
        for what, done in (("reading GeoNames' towns", 0.0), ("writing the towns", 0.8), ("done", 1.0)):
            progress(what, done)
        built.append(True)
        return True

    original = st.progress

    def recording(value, text=None, **kwargs):
        shown.append((value, text))
        bar = original(value, text=text, **kwargs)
        real = bar.progress

        def step(value, text=None, **kwargs):
            shown.append((value, text))
            return real(value, text=text, **kwargs)

        bar.progress = step
        return bar

    monkeypatch.setattr(gazetteer, "index_is_current", lambda *args, **kwargs: False)
    monkeypatch.setattr(gazetteer, "ensure_index", build)
    monkeypatch.setattr(st, "progress", recording)
    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    assert not at.exception, at.exception
    assert built == [True] and shown[0][1].startswith("First launch: building the offline gazetteer index")
    assert [value for value, _ in shown] == [0.0, 0.0, 0.8, 1.0] and "writing the towns" in shown[2][1]
    at.run()
    assert built == [True]  # checked once per server, not built again
