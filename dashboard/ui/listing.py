"""Lists of facts a page at a time: the page count and one Markdown block per page."""

from __future__ import annotations

from collections.abc import Callable

import pandas as pd
import streamlit as st

from dashboard.util.counts import units_text
from dashboard.util.htmltext import escape_markdown as md

LIST_PAGE = 25


def page_count(total: int, size: int) -> int:
    return max(1, -(-total // size))


def fact_lines(page: pd.DataFrame) -> str:
    """One Markdown element for a whole page: force, count, unit, status, place and quote per fact,
    every piece of article text escaped."""
    lines = []
    for row in page.itertuples(index=False):
        what = units_text(row.quantity_low, row.quantity_high, row.approx, row.unit, row.unit_name or "")
        where = f", {md(row.place)}" if row.place else ""
        lines.append(f"- **{md(row.force or '?')}**: {md(what)} ({md(row.status)}){where}  \n  *{md(row.quote)}*")
    return "\n".join(lines)


def paged(total: int, key: str, page_of: Callable[[int], pd.DataFrame]) -> None:
    """A numbered page of facts as one Markdown element (each fact with its quote)."""
    pages = page_count(total, LIST_PAGE)
    page = (
        st.number_input(f"Page (of {pages:,})", min_value=1, max_value=pages, value=1, step=1, key=f"page_{key}")
        if pages > 1
        else 1
    )
    st.markdown(fact_lines(page_of((page - 1) * LIST_PAGE)))
