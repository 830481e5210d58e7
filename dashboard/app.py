"""The Streamlit dashboard: ``streamlit run dashboard/app.py``.

The entry, and only that: the page, the sidebar and the list of tabs. Each tab is one module of
``dashboard/ui/`` wired to plain modules that are tested without Streamlit; ``ui/view.py`` caches
what the tabs ask of the store. Errors from those modules become ``st.error`` there.
"""

from __future__ import annotations

from datetime import date

import streamlit as st

# The project is installed (requirements.txt ends with "-e ."), so these import from anywhere,
# although `streamlit run dashboard/app.py` puts dashboard/ itself on sys.path.
from dashboard import settings
from dashboard.analysis import filters, query
from dashboard.errors import DashboardError
from dashboard.ui import add, articles, citation, compare, downloads, posture_panel, review, show, sidebar, table, view
from dashboard.ui import map as map_tab  # `map` alone would hide the builtin


def main() -> None:
    st.set_page_config(page_title="Eastern-flank deployments", layout="wide")
    st.title("Force deployments on NATO's eastern flank")
    config = settings.from_environment()
    downloads.keep_download_makers()
    try:
        view.serve_map_assets()
        view.load_labels()
        view.build_gazetteer_with_progress()
        gaz = view.load_gazetteer()
        loaded = view.load_reference(str(config.reference_dir))
        view.load_sides()
    except DashboardError as err:
        show.error(err)
        st.stop()
    for problem in loaded.problems:
        show.error(problem)
    reference = loaded.rows
    try:
        store, store_path, revision, reviews = view.readable_store(str(config.store))
        choices, labels, stored = view.sidebar_choices(store_path, revision, reviews)
    except DashboardError as err:
        show.error(err)
        st.stop()
    picked = sidebar.render(choices, labels, stored, gaz)
    described = filters.describe(picked.chosen, country_name=gaz.country_name, article_label=lambda a: labels.get(a, a))
    shown = view.View(
        store_path, revision, reviews, picked.chosen, query.TRUSTED if picked.trusted_only else query.SHOWN
    )
    summary = shown.summary()
    # Folded above the tabs in one line that gives the main figures, so that the map comes first.
    figures = st.container()
    # Tabs keep their state on the server, so only the open one does any work on a rerun.
    tab_map, tab_review, tab_compare, tab_table, tab_cite, tab_add, tab_articles = st.tabs(
        ["Map", "Review", "Compare with NATO", "Table", "Citation", "Add article", "Stored articles"],
        key="main_tab",
        on_change="rerun",
    )
    # The map goes out first (it is what a user waits for); the buttons and figures fill the containers above it.
    if tab_map.open:
        with tab_map:
            # The reference layer marks battlegroups: a nation's contribution to one is not a marker of its own.
            battlegroups = [r for r in reference if not r.contributor]
            map_tab.render(shown, summary, battlegroups if picked.with_reference else [], store)
    # The download buttons are replaced before the figures change: a button an earlier run drew stops
    # working when this run ends (its file is made on the click, from that run's registration), so a
    # click on a button still on screen once the new figures show must already reach this run's.
    waiting = shown.waiting()
    on = posture_panel.posture_date(date.today())
    with figures:
        # Keyed and stateless, so that it is the same block (and stays open) while its line of figures
        # changes with the filters: a new label would otherwise make it a new, closed expander, hiding
        # the downloads a user just opened. (A stateful expander's identity includes its label.)
        folded = st.expander(
            posture_panel.summary_line(summary.totals, shown.posture(on), waiting=waiting), key="figures"
        )
        counts, buttons = folded.container(), folded.container()
    with buttons:
        downloads.render(shown, described)
    with counts:
        posture_panel.headline(
            summary.totals,
            waiting=waiting,
            posture_on=shown.posture,
            timeline=shown.timeline,
            country_name=gaz.country_name,
        )
    if tab_review.open:
        with tab_review:
            review.render(shown, store, gaz)
    if tab_compare.open:
        with tab_compare:
            compare.render(shown, gaz, reference)
    if tab_table.open:
        with tab_table:
            table.render(shown, summary.totals.facts)
    if tab_cite.open:
        with tab_cite:
            citation.render(shown)
    with tab_add:  # a form and its messages: no work until it is submitted, so always there
        add.render(store, gaz)
    if tab_articles.open:
        with tab_articles:
            articles.render(store)


main()
