"""The Compare with NATO tab: what articles claim about a host country beside NATO's own figure, and
where articles disagree with each other (``dashboard/analysis/compare.py`` computes both)."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard.analysis import compare, filters, query
from dashboard.analysis import reference as references
from dashboard.exports import tables
from dashboard.places import gazetteer
from dashboard.ui import show
from dashboard.ui.view import View, engine_at, members_for
from dashboard.util.htmltext import escape_markdown as md

DISAGREEMENT_LIMIT = 1000
COMPARE_LABELS = {
    "published": "Published",
    "outlet": "Outlet",
    "force": "Force",
    "unit": "Unit",
    "quantity_low": "Count",
    "troops_low": "Troops (low)",
    "troops_high": "Troops (high)",
    "reference_is": "NATO's figure is",
    "reference_troops": "NATO figure",
    "reference_as_of": "NATO figure as of",
    "difference_low": "Difference (low)",
    "difference_high": "Difference (high)",
    "status": "Status",
    "troops_derived": "Derived",
    "comparison": "Compared as",
    "versus_nato": "Against NATO's figure",
    "date_note": "Dates",
    "basis": "Basis",
    "quote": "Quoted sentence",
}


def render(view: View, gaz: gazetteer.Gazetteer, rows: list[references.ReferenceRow]) -> None:
    if not rows:
        st.info("No reference figures are loaded; see the messages above.")
        return
    code = st.selectbox("Host country", [r.host_code for r in rows], format_func=gaz.country_name, key="compare_host")
    for ref in (r for r in rows if r.host_code == code):
        st.markdown(
            f"**NATO says** (as of {md(ref.as_of)}): {ref.troops:,} troops, "
            + (f"{md(ref.contributor)}'s contribution to " if ref.contributor else "")
            + f"the battlegroup in {md(ref.host_country)}, led by {md(ref.framework_nation)}, "
            f"based at {md(ref.main_base)}."
        )
        show.caption(f"Source: {ref.source_title} {ref.source_url}" + (f" Note: {ref.notes}" if ref.notes else ""))
    mine = comparison_of(view, code, tuple(rows))
    direct = mine[~mine["basis"].str.startswith("region fact")]
    st.subheader("What the articles claim")
    if direct.empty:
        st.info("No article names this country; see the region-wide claims below.")
    else:
        st.dataframe(direct[list(COMPARE_LABELS)].rename(columns=COMPARE_LABELS), hide_index=True, key="compare_table")
        if direct["basis"].str.startswith(compare.TOOL_LINK).any():
            st.caption(
                "Rows whose basis starts with “link made by the tool” are the tool's inference, "
                "not a statement of the article."
            )
    with st.expander("Region-wide claims that include this country"):
        wide = mine[mine["basis"].str.startswith("region fact")]
        st.dataframe(wide[list(COMPARE_LABELS)].rename(columns=COMPARE_LABELS), hide_index=True)
    st.download_button(
        f"Download the comparison for {gaz.country_name(code)} (CSV)",
        tables.to_csv(mine).encode("utf-8"),
        file_name=f"comparison_{code}.csv",
        mime="text/csv",
        key="dl_compare",
        on_click="ignore",
    )
    differing, total = disagreements_in(view.store_path, view.revision, view.reviews, view.states)
    st.subheader("Where articles disagree")
    if differing.empty:
        st.caption("No two articles give different figures for the same place, unit and status.")
    else:
        if total > len(differing):
            st.caption(f"The first {len(differing):,} of {total:,} rows.")
        st.dataframe(differing, hide_index=True, key="disagreements")


def comparison_of(view: View, code: str, rows: tuple[references.ReferenceRow, ...]) -> pd.DataFrame:
    return _comparison(view.store_path, view.revision, view.reviews, view.chosen, view.states, code, rows)


@st.cache_data(max_entries=16)
def _comparison(
    store_path: str,
    revision: int,
    reviews: int,
    chosen: filters.Filters,
    states: tuple[str, ...],
    code: str,
    _rows: tuple[references.ReferenceRow, ...],
) -> pd.DataFrame:
    """(The reference rows are the same for the life of the server: not part of the cache key.)"""
    members = members_for(store_path, revision, reviews)
    facts = engine_at(store_path, revision, reviews).rows_for_host(chosen, members, code, states=states)
    return compare.comparison(query.frame(facts), list(_rows), members, hosts={code})


@st.cache_data(max_entries=4)
def disagreements_in(store_path: str, revision: int, reviews: int, states: tuple[str, ...]) -> tuple[pd.DataFrame, int]:
    """Across all facts shown (not only the filtered ones), as reviewed."""
    rows, total = engine_at(store_path, revision, reviews).disagreements(states=states, limit=DISAGREEMENT_LIMIT)
    return pd.DataFrame(rows, columns=list(compare.DISAGREEMENT_COLUMNS)), total
