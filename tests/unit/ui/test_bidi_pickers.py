"""Bidirectional controls in the Review tab's fact picker, the marker panel beside the map and the
sidebar's article picker are shown as their code points (``[U+202E]``), as everywhere else, never
obeyed: one U+202E would reverse the rest of the label."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from dashboard.analysis import query
from dashboard.exports import tables
from dashboard.review import overlay
from dashboard.store.articles import Store
from tests.conftest import APP
from tests.unit.ui.test_app import open_tab
from tests.unit.ui.test_app_review import clicking, stored

RLO = "\u202e"
ARTICLE, FACTS = stored(
    f"title: {RLO}Troops arrive\npublished: 2023-06-01\n\nCanada{RLO} keeps 700 troops in Latvia.",
    {"quote": f"Canada{RLO} keeps 700 troops in Latvia.", "host": "RO", "force": f"{RLO}Canada", "troops": 700},
)


@pytest.fixture
def bidi_app(store_path) -> AppTest:
    Store(store_path).add(ARTICLE, FACTS)
    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    assert not at.exception, at.exception
    return at


def test_a_fact_label_shows_bidi_controls_as_code_points():
    reviewed = overlay.apply(tables.frame(FACTS), [])
    label = overlay.labels(reviewed.facts)[FACTS[0].fact_id]
    assert RLO not in label and label.startswith("[unreviewed] [U+202E]Canada: 700 troops")


def test_an_article_label_shows_bidi_controls_as_code_points(store_path):
    Store(store_path).add(ARTICLE, FACTS)
    engine = query.Engine(store_path, tables.frame([]))
    labels, _ = engine.article_labels(limit=10)
    assert labels[ARTICLE.article_id] == "[U+202E]Troops arrive"


def test_the_sidebar_article_picker_shows_the_code_point(bidi_app):
    picker = bidi_app.multiselect(key="f_articles")
    shown = [picker.format_func(option) for option in picker.options]
    assert "[U+202E]Troops arrive" in shown and not any(RLO in s for s in shown)


def test_the_review_picker_shows_the_code_point(bidi_app):
    bidi_app.multiselect(key="f_articles").set_value([ARTICLE.article_id]).run()
    picker = open_tab(bidi_app, "Review").selectbox(key="review_fact")
    shown = [picker.format_func(option) for option in picker.options]
    assert shown and all(RLO not in s for s in shown) and "[U+202E]Canada" in shown[0]


def test_the_marker_panel_shows_the_code_point(bidi_app, monkeypatch):
    clicking(monkeypatch, FACTS[0].fact_id)
    bidi_app.run()
    texts = [t.value for t in bidi_app.text]
    assert any("[U+202E]Canada: 700 troops" in t for t in texts) and not any(RLO in t for t in texts)


def test_the_citation_picker_shows_the_code_point(bidi_app):
    bidi_app.multiselect(key="f_articles").set_value([ARTICLE.article_id]).run()
    picker = open_tab(bidi_app, "Citation").selectbox(key="cite_fact")
    shown = [picker.format_func(option) for option in picker.options]
    assert shown and all(RLO not in s for s in shown) and shown[0].startswith("[U+202E]Canada: 700 troops")
