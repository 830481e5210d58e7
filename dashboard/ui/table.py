"""The Table tab: the facts shown, a page at a time, under the schema's human names."""

from __future__ import annotations

import streamlit as st

from dashboard.schema import LABELS
from dashboard.ui import listing
from dashboard.ui.view import View

TABLE_PAGE = 500
# The table's columns an analyst reads first, under the schema's human names.
COLUMN_LABELS = {
    c: LABELS[c]
    for c in (
        "force",
        "unit",
        "unit_name",
        "quantity_low",
        "quantity_high",
        "approx",
        "troops_low",
        "troops_high",
        "troops_derived",
        "status",
        "place",
        "resolved_place",
        "country",
        "region",
        "precision",
        "published",
        "outlet",
        "quote",
        "also_cites",
    )
}


TABLE_LABELS = {**COLUMN_LABELS, "review_state": LABELS["review_state"]}


def render(view: View, total: int) -> None:
    pages = listing.page_count(total, TABLE_PAGE)
    page = (
        st.number_input(
            f"Page (of {pages:,}, {TABLE_PAGE:,} facts each)",
            min_value=1,
            max_value=pages,
            value=1,
            step=1,
            key="table_page",
        )
        if pages > 1
        else 1
    )
    shown = view.rows(offset=(page - 1) * TABLE_PAGE, limit=TABLE_PAGE)
    st.dataframe(shown[list(TABLE_LABELS)].rename(columns=TABLE_LABELS), hide_index=True, key="table")
