"""The Citation tab: an article's text with the quoted sentence highlighted, all of it escaped."""

from __future__ import annotations

import streamlit as st

from dashboard.errors import StoreError
from dashboard.ui import show
from dashboard.ui.view import View
from dashboard.util.counts import units_text
from dashboard.util.htmltext import escape_html, without_bidi_controls

CITATION_PICKER_LIMIT = 1000


def highlighted(text: str, start: int, end: int, *, context: int | None = None) -> str:
    """HTML of ``text`` with ``text[start:end]`` in a ``<mark>``; ``context`` trims around it."""
    if not 0 <= start <= end <= len(text):
        raise ValueError(f"quote offsets {start}:{end} are outside the article ({len(text)} characters)")
    lo, hi = (0, len(text)) if context is None else (max(0, start - context), min(len(text), end + context))
    before, quote, after = text[lo:start], text[start:end], text[end:hi]
    body = (
        ("… " if lo else "")
        + escape_html(before)
        + f"<mark id='quote'>{escape_html(quote)}</mark>"
        + escape_html(after)
        + (" …" if hi < len(text) else "")
    )
    # overflow-wrap: a 100,000-character token would otherwise make the page that wide.
    return f"<div class='citation' style='white-space:pre-wrap;overflow-wrap:anywhere;line-height:1.5'>{body}</div>"


def render(view: View) -> None:
    # A picker of thousands of entries would weigh on every rerun; the filters narrow it.
    listed = view.rows(limit=CITATION_PICKER_LIMIT)
    if listed.empty:
        st.info("No facts match the filters.")
        return
    if len(listed) == CITATION_PICKER_LIMIT:
        st.caption(f"Listing the first {len(listed):,} facts; use the filters to narrow.")
    options = list(listed["fact_id"])
    # Bidirectional controls shown as their code points, as in every picker.
    describe = {
        row.fact_id: without_bidi_controls(
            f"{row.force or '?'}: "
            f"{units_text(row.quantity_low, row.quantity_high, row.approx, row.unit, row.unit_name or '')}"
            f", {row.place or 'no place'} ({row.status})"
        )
        for row in listed.itertuples(index=False)
    }
    fact_id = st.selectbox("Fact", options, format_func=lambda f: describe.get(f, f), key="cite_fact")
    row = listed[listed["fact_id"] == fact_id].iloc[0]
    source = ", ".join(v for v in (row["outlet"], row["author"], row["published"]) if v)
    show.caption(f"{source} {row['url']}".strip())
    try:
        text = view.text(row["article_id"])
    except StoreError as err:
        show.error(err)
        text = None
    if text is None:
        st.warning("The article's text is not available; showing the quoted sentence only.")
        st.html(highlighted(row["quote"], 0, len(row["quote"])))
    else:
        st.html(highlighted(text, int(row["quote_start"]), int(row["quote_end"])))
