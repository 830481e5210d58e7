"""The Stored articles tab: the articles a user added, and deleting one with its facts."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard.errors import StoreError
from dashboard.store.articles import Store
from dashboard.ui import show


def render(store: Store | None) -> None:
    if store is None:
        st.warning("The store cannot be used (see the message at the top); only the shipped articles are shown.")
        return
    try:
        stored = store.articles()
    except StoreError as err:
        show.error(err)
        return
    if not stored:
        st.caption("No articles added yet; the map shows the shipped articles in seeds/.")
        return
    st.dataframe(
        pd.DataFrame(
            [
                {
                    "id": a.article_id,
                    "title": a.title,
                    "outlet": a.outlet,
                    "published": a.published,
                    "file": a.source_name,
                    "facts": a.facts,
                    "added": a.added_at,
                }
                for a in stored
            ]
        ),
        hide_index=True,
    )
    chosen = st.selectbox("Article to delete", [a.article_id for a in stored], key="delete_choice")
    if st.button("Delete article and its facts", key="delete"):
        removed = store.delete(chosen)
        show.success(f"Deleted {chosen} and its {removed} fact(s).")
        st.rerun()
