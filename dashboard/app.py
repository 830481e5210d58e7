"""The Streamlit dashboard: ``streamlit run dashboard/app.py``.

Thin by design: widgets are wired to functions of plain modules (filters, mapview, export, ingest,
store), which are tested without Streamlit. Errors from those modules become ``st.error`` here.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import cast

import pandas as pd
import streamlit as st
from streamlit_folium import st_folium

# The project is installed (requirements.txt ends with "-e ."), so these import from anywhere,
# although `streamlit run dashboard/app.py` puts dashboard/ itself on sys.path.
from dashboard import (
    basemap,
    citation,
    compare,
    data,
    export,
    filters,
    gazetteer,
    geocode,
    ingest,
    mapview,
    posture,
    review,
    reviewlog,
    reviewpanel,
    settings,
    show,
    webpage,
)
from dashboard import reference as references
from dashboard.errors import DashboardError, StoreError
from dashboard.htmltext import escape_markdown as md
from dashboard.schema import LABELS
from dashboard.store import Store

CITATION_PICKER_LIMIT = 1000
# The table's columns an analyst reads first, under the schema's human names.
COLUMN_LABELS = {
    c: LABELS[c]
    for c in (
        "force",
        "unit",
        "quantity_low",
        "quantity_high",
        "approx",
        "troops_low",
        "troops_high",
        "troops_derived",
        "status",
        "place",
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


@st.cache_resource
def load_gazetteer() -> gazetteer.Gazetteer:
    return gazetteer.load()


@st.cache_resource
def load_labels() -> tuple[basemap.Label, ...]:
    return basemap.load()


@st.cache_resource
def serve_map_assets() -> None:
    mapview.vendor_assets()


@st.cache_resource
def load_reference(directory: str) -> references.Loaded:
    return references.load(load_gazetteer(), Path(directory))


# The store could not be opened or read: the app shows the shipped facts only, under a banner.
NO_STORE = ""


@st.cache_resource
def open_store(path: str) -> Store:
    return Store(Path(path))


def store_at(path: str) -> Store | None:
    return open_store(path) if path != NO_STORE else None


@st.cache_data(max_entries=4)
def load_facts(store_path: str, revision: int) -> pd.DataFrame:
    return data.all_facts(store_at(store_path))


@st.cache_data(max_entries=4)
def reviewed_facts(store_path: str, revision: int, reviews: int) -> review.Reviewed:
    """The facts with the analysts' decisions laid over them; ``reviews`` changes with every decision."""
    store = store_at(store_path)
    return review.apply(load_facts(store_path, revision), reviewlog.decisions(store) if store else [])


@st.cache_data(max_entries=4)
def members_for(store_path: str, revision: int, reviews: int) -> dict[str, tuple[str, ...]]:
    # Of the reviewed facts: a corrected place may name a region the parser never read.
    return data.region_members(reviewed_facts(store_path, revision, reviews).facts, load_gazetteer())


def map_for(
    shown: pd.DataFrame,
    members: dict[str, tuple[str, ...]],
    tiles: str | None,
    reference: list[references.ReferenceRow],
    filtered: bool,
):
    # Built afresh each run: st_folium renders the Map it is given, and rendering one cached Map
    # object again (for another session) adds its scripts twice and leaves the map blank.
    gaz = load_gazetteer()
    return mapview.build_map(
        shown,
        outline=gaz.outline,
        members=members,
        tiles=tiles,
        reference=reference,
        fit_to_facts=filtered,
        labels=load_labels(),
        country_name=gaz.country_name,
    )


@st.cache_data(max_entries=64)
def text_of(store_path: str, revision: int, article_id: str) -> str | None:
    return data.article_text(article_id, store_at(store_path))


@st.cache_data(max_entries=4)
def sidebar_choices(store_path: str, revision: int, reviews: int) -> tuple[filters.Options, dict[str, str]]:
    df = reviewed_facts(store_path, revision, reviews).facts
    return filters.options(df, members_for(store_path, revision, reviews)), data.article_labels(df)


def sidebar(choices: filters.Options, labels: dict[str, str], gaz: gazetteer.Gazetteer) -> filters.Filters:
    st.sidebar.header("Filters")
    countries = st.sidebar.multiselect(
        "Country",
        sorted(choices.countries, key=gaz.country_name),
        format_func=lambda c: f"{gaz.country_name(c)} ({c})",
        key="f_countries",
    )
    units = st.sidebar.multiselect("Unit", choices.units, key="f_units")
    statuses = st.sidebar.multiselect("Status", choices.statuses, key="f_statuses")
    forces = st.sidebar.multiselect("Force", choices.forces, key="f_forces")
    chosen = st.sidebar.multiselect("Article", list(labels), format_func=lambda a: labels.get(a, a), key="f_articles")
    date_from = date_to = None
    if choices.first_date and choices.last_date and choices.first_date < choices.last_date:
        span = (choices.first_date, choices.last_date)
        # A time slider: move its right end to see the posture as reported up to that date. Keyed by
        # the data's span, so a newly added article's date widens the range.
        picked = st.sidebar.slider(
            "Reported between", min_value=span[0], max_value=span[1], value=span, key=f"f_dates_{span[0]}_{span[1]}"
        )
        if tuple(picked) != span:
            date_from, date_to = picked
    elif choices.first_date:
        st.sidebar.caption(f"All articles are dated {choices.first_date}.")
    return filters.Filters(
        tuple(countries), tuple(units), tuple(statuses), tuple(forces), tuple(chosen), date_from, date_to
    )


def headline(
    shown: pd.DataFrame,
    members: dict[str, tuple[str, ...]],
    *,
    waiting: int,
    posture_on: Callable[[date], posture.Posture],
) -> None:
    totals = filters.totals(shown, members)
    cols = st.columns(4)
    cols[0].metric("Facts", totals.facts)
    cols[1].metric("Countries", totals.countries)
    cols[2].metric("To review", waiting, help="Unreviewed facts among those the filters select.")
    cols[3].metric("No place", totals.unlocated)
    # A sum of every sentence's troops is not a posture; these figures are (see dashboard/posture.py).
    reviewpanel.posture_panel(posture_on, today=date.today())


def map_tab(
    shown: pd.DataFrame, members: dict[str, tuple[str, ...]], reference: list[references.ReferenceRow], filtered: bool
) -> None:
    left, right = st.columns([3, 1])
    with left:
        fmap = map_for(shown, members, settings.from_environment().tiles, reference, filtered)
        st_folium(fmap, key="map", height=640, use_container_width=True, returned_objects=[])
    with right:
        st.subheader("No place stated")
        unlocated = shown[shown["lat"].isna()]
        if unlocated.empty:
            st.caption("Every fact shown has a place.")
        for row in unlocated.itertuples(index=False):
            count = mapview.count_text(row.quantity_low, row.quantity_high, row.approx)
            st.markdown(
                f"**{md(row.force or '?')}**: {md(count)} {md(row.unit)} ({md(row.status)})"
                + (f", {md(row.place)}" if row.place else "")
            )
            show.caption(row.quote)


@st.cache_data(max_entries=16)
def posture_of(
    store_path: str, revision: int, reviews: int, chosen: filters.Filters, trusted_only: bool, on: date
) -> posture.Posture:
    """The posture of the facts shown, once per filter, review and date choice: on 10,000 facts it
    takes a fifth of a second, too long to repeat on every rerun."""
    df = review.visible(reviewed_facts(store_path, revision, reviews).facts, trusted_only=trusted_only)
    return posture.posture(filters.apply(df, chosen, members=members_for(store_path, revision, reviews)), on=on)


@st.cache_data(max_entries=8)
def csv_of(
    store_path: str, revision: int, reviews: int, chosen: filters.Filters, trusted_only: bool, headers: export.Headers
) -> bytes:
    """The filtered table as CSV, made once per filter and review choice rather than on every rerun."""
    df = review.visible(reviewed_facts(store_path, revision, reviews).facts, trusted_only=trusted_only)
    shown = filters.apply(df, chosen, members=members_for(store_path, revision, reviews))
    return export.to_csv(shown[review.export_columns(shown)], headers=headers).encode("utf-8")


def downloads(
    shown: pd.DataFrame,
    chosen: filters.Filters,
    described: list[tuple[str, str]],
    members: dict[str, tuple[str, ...]],
    store_path: str,
    revision: int,
    reviews: int,
    trusted_only: bool,
) -> None:
    stem = filters.file_stem(chosen) + ("_reviewed" if trusted_only else "")
    shown = shown[review.export_columns(shown)]
    csv_col, geojson_col, excel_col, names_col = st.columns([1, 1, 1, 1.4])
    headers = cast(
        export.Headers,
        names_col.radio(
            "Column names",
            ["schema", "readable"],
            horizontal=True,
            key="dl_headers",
            format_func={"schema": "schema (quantity_low)", "readable": "readable (Count (low))"}.get,
        ),
    )
    csv_col.download_button(
        "Download CSV",
        csv_of(store_path, revision, reviews, chosen, trusted_only, headers),
        file_name=f"{stem}.csv",
        mime="text/csv",
        key="dl_csv",
    )
    # Made only when clicked: GeoJSON or a workbook of thousands of facts would slow every rerun; the
    # export time is the click's.
    outline = load_gazetteer().outline
    geojson_col.download_button(
        "Download GeoJSON",
        lambda: export.to_geojson(
            shown, members=members, outline=outline, filters_applied=described, exported_at=datetime.now(UTC)
        ).encode("utf-8"),
        file_name=f"{stem}.geojson",
        mime="application/geo+json",
        key="dl_geojson",
    )
    excel_col.download_button(
        "Download Excel",
        lambda: export.to_excel(shown, filters_applied=described, headers=headers, exported_at=datetime.now(UTC)),
        file_name=f"{stem}.xlsx",
        key="dl_excel",
        mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )


def citation_tab(shown: pd.DataFrame, store_path: str, revision: int) -> None:
    if shown.empty:
        st.info("No facts match the filters.")
        return
    # A picker of thousands of entries would weigh on every rerun; the filters narrow it.
    listed = shown.head(CITATION_PICKER_LIMIT)
    if len(shown) > len(listed):
        st.caption(f"Listing the first {len(listed):,} of {len(shown):,} facts; use the filters to narrow.")
    options = list(listed["fact_id"])
    describe = {
        row.fact_id: f"{row.force or '?'}: "
        f"{mapview.count_text(row.quantity_low, row.quantity_high, row.approx)}"
        f" {row.unit}, {row.place or 'no place'} ({row.status})"
        for row in listed.itertuples(index=False)
    }
    fact_id = st.selectbox("Fact", options, format_func=lambda f: describe.get(f, f), key="cite_fact")
    row = shown[shown["fact_id"] == fact_id].iloc[0]
    source = ", ".join(v for v in (row["outlet"], row["author"], row["published"]) if v)
    show.caption(f"{source} {row['url']}".strip())
    try:
        text = text_of(store_path, revision, row["article_id"])
    except StoreError as err:
        show.error(err)
        text = None
    if text is None:
        st.warning("The article's text is not available; showing the quoted sentence only.")
        st.html(citation.highlighted(row["quote"], 0, len(row["quote"])))
    else:
        st.html(citation.highlighted(text, int(row["quote_start"]), int(row["quote_end"])))


def add_tab(store: Store | None, gaz: gazetteer.Gazetteer) -> None:
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
            art, facts = ingest.read(page, name=name, gazetteer=gaz, url=final)
        else:
            payload, name = (upload.getvalue(), upload.name) if upload is not None else (pasted, "pasted text")
            art, facts = ingest.read(payload, name=name, gazetteer=gaz)
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
    st.session_state["added_facts"] = export.frame(facts)[list(COLUMN_LABELS)].rename(columns=COLUMN_LABELS)
    st.rerun()


def refine_online(facts: list) -> tuple[list, str]:
    """Nominatim (``DASHBOARD_NOMINATIM``, default the public server) over the offline places."""
    config = settings.from_environment()
    scheme, _, domain = config.nominatim_url.partition("://")
    cache = geocode.GeoCache(config.geocache)
    refined = geocode.refine(facts, geocode.nominatim_transport(domain=domain, scheme=scheme), cache=cache)
    return refined.facts, refined.problem


def articles_tab(store: Store | None) -> None:
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


COMPARE_LABELS = {
    "published": "Published",
    "outlet": "Outlet",
    "force": "Force",
    "unit": "Unit",
    "quantity_low": "Count",
    "troops_low": "Troops (low)",
    "troops_high": "Troops (high)",
    "reference_troops": "NATO figure",
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


def compare_tab(
    shown: pd.DataFrame,
    members: dict[str, tuple[str, ...]],
    gaz: gazetteer.Gazetteer,
    rows: list[references.ReferenceRow],
    *,
    store_path: str,
    revision: int,
    reviews: int,
    trusted_only: bool,
) -> None:
    if not rows:
        st.info("No reference figures are loaded; see the messages above.")
        return
    code = st.selectbox("Host country", [r.host_code for r in rows], format_func=gaz.country_name, key="compare_host")
    for ref in (r for r in rows if r.host_code == code):
        st.markdown(
            f"**NATO says** (as of {md(ref.as_of)}): {ref.troops:,} troops in the battlegroup in "
            f"{md(ref.host_country)}, led by {md(ref.framework_nation)}, based at {md(ref.main_base)}."
        )
        show.caption(f"Source: {ref.source_title} {ref.source_url}" + (f" Note: {ref.notes}" if ref.notes else ""))
    mine = compare.comparison(shown, rows, members, hosts={code})
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
        export.to_csv(mine).encode("utf-8"),
        file_name=f"comparison_{code}.csv",
        mime="text/csv",
        key="dl_compare",
    )
    differing = disagreements_in(store_path, revision, reviews, trusted_only)
    st.subheader("Where articles disagree")
    if differing.empty:
        st.caption("No two articles give different figures for the same place, unit and status.")
    else:
        st.dataframe(differing, hide_index=True, key="disagreements")


@st.cache_data(max_entries=4)
def disagreements_in(store_path: str, revision: int, reviews: int, trusted_only: bool) -> pd.DataFrame:
    """Across all facts (not only the filtered ones), as reviewed."""
    return compare.disagreements(
        review.visible(reviewed_facts(store_path, revision, reviews).facts, trusted_only=trusted_only)
    )


def readable_store(store_path: str) -> tuple[Store | None, str, int, pd.DataFrame]:
    """The store and the facts; a store that cannot be opened or read leaves the shipped facts under a banner."""
    try:
        store = open_store(store_path)
        revision = store.revision()
        return store, store_path, revision, load_facts(store_path, revision)
    except StoreError as err:
        show.error(f"{err}. Showing the shipped facts only; added articles are unavailable.")
        return None, NO_STORE, 0, load_facts(NO_STORE, 0)


def main() -> None:
    st.set_page_config(page_title="Eastern-flank deployments", layout="wide")
    st.title("Force deployments on NATO's eastern flank")
    config = settings.from_environment()
    store_path = str(config.store)
    try:
        serve_map_assets()
        load_labels()
        gaz = load_gazetteer()
        loaded = load_reference(str(config.reference_dir))
    except DashboardError as err:
        show.error(err)
        st.stop()
    for problem in loaded.problems:
        show.error(problem)
    reference = loaded.rows
    try:
        store, store_path, revision, _ = readable_store(store_path)
    except DashboardError as err:
        show.error(err)
        st.stop()
    reviews = reviewlog.revision(store) if store is not None else 0
    reviewed = reviewed_facts(store_path, revision, reviews)
    members = members_for(store_path, revision, reviews)
    choices, labels = sidebar_choices(store_path, revision, reviews)
    chosen = sidebar(choices, labels, gaz)
    described = filters.describe(chosen, country_name=gaz.country_name, article_label=lambda a: labels.get(a, a))
    st.sidebar.text_input(
        "Your name, for reviews", key="reviewer", help="Typed once per session; kept with every decision you make."
    )
    trusted_only = st.sidebar.toggle(
        "Only accepted and corrected facts",
        key="trusted_only",
        help="Map, totals, table and downloads show only facts a person accepted "
        "or corrected. Rejected facts are never shown outside the Review tab.",
    )
    filtered = filters.apply(reviewed.facts, chosen, members=members)
    shown = review.visible(filtered, trusted_only=trusted_only)
    with_reference = st.sidebar.toggle("Show the official NATO reference layer", key="reference_layer")
    top = st.container()
    tab_map, tab_review, tab_compare, tab_table, tab_cite, tab_add, tab_articles = st.tabs(
        ["Map", "Review", "Compare with NATO", "Table", "Citation", "Add article", "Stored articles"]
    )
    # The map goes out first (it is what a user waits for); the figures fill the container above it.
    with tab_map:
        map_tab(shown, members, reference if with_reference else [], filtered=chosen != filters.Filters())
    with top:
        headline(
            shown,
            members,
            waiting=int((filtered["review_state"] == "unreviewed").sum()),
            posture_on=lambda on: posture_of(store_path, revision, reviews, chosen, trusted_only, on),
        )
        downloads(shown, chosen, described, members, store_path, revision, reviews, trusted_only)
    with tab_review:
        if store is None:
            st.warning("The store cannot be used (see the message at the top), so decisions cannot be recorded.")
        else:
            reviewpanel.review_tab(
                filtered,
                reviewed,
                store=store,
                gazetteer=gaz,
                text_of=lambda article_id: text_of(store_path, revision, article_id),
            )
    with tab_compare:
        compare_tab(
            shown,
            members,
            gaz,
            reference,
            store_path=store_path,
            revision=revision,
            reviews=reviews,
            trusted_only=trusted_only,
        )
    with tab_table:
        st.dataframe(shown[list(TABLE_LABELS)].rename(columns=TABLE_LABELS), hide_index=True, key="table")
    with tab_cite:
        citation_tab(shown, store_path, revision)
    with tab_add:
        add_tab(store, gaz)
    with tab_articles:
        articles_tab(store)


main()
