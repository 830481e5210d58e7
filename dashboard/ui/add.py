"""The Add article tab: a .txt or saved .html file, a web address or pasted text, read, extracted and
stored in one step, or a message that says why not."""

from __future__ import annotations

import streamlit as st

from dashboard import settings
from dashboard.errors import DashboardError
from dashboard.exports import tables
from dashboard.ingest import local
from dashboard.places import gazetteer, geocode
from dashboard.sources import webpage
from dashboard.store.articles import Store
from dashboard.ui import show
from dashboard.ui.table import COLUMN_LABELS
from dashboard.util.htmltext import escape_markdown as md


def render(store: Store | None, gaz: gazetteer.Gazetteer) -> None:
    if store is None:
        st.warning("The store cannot be used (see the message at the top), so articles cannot be added.")
        return
    for kind, message in st.session_state.pop("flash", []):
        getattr(show, kind)(message)
    if (added := st.session_state.pop("added_facts", None)) is not None:
        st.dataframe(added, hide_index=True, key="added_table")
    # A form: choosing a file does not rerun the app, only "Add article" does.
    with st.form("add_form", clear_on_submit=False):
        upload = st.file_uploader(
            "Upload an article (.txt, or a web page saved as .html)", type=["txt", "html", "htm"], key="upload"
        )
        address = st.text_input("…or the address of a web page (http:// or https://)", key="address")
        pasted = st.text_area("…or paste its text", key="paste", height=180)
        online = st.checkbox("Refine towns and bases online (Nominatim; falls back to offline)", key="online")
        submitted = st.form_submit_button("Add article", key="add")
    if not submitted:
        return
    address = address.strip()
    if upload is None and not pasted.strip() and not address:
        st.error("Nothing to add: upload a .txt or .html file, give a web address, or paste text.")
        return
    try:
        if address:
            name = address
            with st.spinner(f"Fetching {md(address)} …"):
                page, final = webpage.fetch(address)
            art, facts = local.read(page, name=name, gazetteer=gaz, url=final)
        else:
            payload, name = (upload.getvalue(), upload.name) if upload is not None else (pasted, "pasted text")
            art, facts = local.read(payload, name=name, gazetteer=gaz)
        flash = [("warning", w) for w in art.warnings]
        if online:
            facts, problem = refine_online(facts)
            if problem:
                flash.append(("warning", f"{problem}; kept the offline places."))
        result = store.add(art, facts, source_name=name)
    except DashboardError as err:
        show.error(err)
        return
    # The page above was drawn from the store as it was; rerun so the map and table include the article.
    flash.append(
        ("success", f"Added {name}: {result.facts} fact(s).")
        if result.added
        else ("info", f"{name} is already stored; nothing changed.")
    )
    st.session_state["flash"] = flash
    st.session_state["added_facts"] = tables.frame(facts)[list(COLUMN_LABELS)].rename(columns=COLUMN_LABELS)
    st.rerun()


def refine_online(facts: list) -> tuple[list, str]:
    """Nominatim (``DASHBOARD_NOMINATIM``, default the public server) over the offline places."""
    config = settings.from_environment()
    scheme, _, domain = config.nominatim_url.partition("://")
    cache = geocode.GeoCache(config.geocache)
    refined = geocode.refine(facts, geocode.nominatim_transport(domain=domain, scheme=scheme), cache=cache)
    return refined.facts, refined.problem
