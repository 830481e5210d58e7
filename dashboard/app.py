"""The Streamlit dashboard: ``streamlit run dashboard/app.py``.

Thin by design: widgets are wired to functions of plain modules (filters, mapview, export, ingest,
store), which are tested without Streamlit. Errors from those modules become ``st.error`` here.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import cast

import pandas as pd
import streamlit as st
from streamlit_folium import st_folium

from dashboard import citation, listing, reviewpanel, settings, show
from dashboard.analysis import compare, filters, posture, query
from dashboard.analysis import reference as references
from dashboard.errors import DashboardError, StoreError
from dashboard.exports import plain, tables
from dashboard.ingest import local

# The project is installed (requirements.txt ends with "-e ."), so these import from anywhere,
# although `streamlit run dashboard/app.py` puts dashboard/ itself on sys.path.
from dashboard.maps import basemap, mapview, placemap
from dashboard.places import gazetteer, geocode
from dashboard.review import log, overlay
from dashboard.schema import LABELS
from dashboard.sources import webpage
from dashboard.store import shipped
from dashboard.store.articles import Store
from dashboard.util.counts import count_text
from dashboard.util.htmltext import escape_markdown as md
from dashboard.util.htmltext import without_bidi_controls
from dashboard.util.reprieve import Reprieve

CITATION_PICKER_LIMIT = 1000
ARTICLE_PICKER_LIMIT = 1000
LIST_PAGE = 25
TABLE_PAGE = 500
DISAGREEMENT_LIMIT = 1000
# How long a download button's file-maker outlives the last run that drew the button.
DOWNLOAD_REPRIEVE_SECONDS = 600.0
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
def gazetteer_checked() -> dict[str, bool]:
    """Whether this server has seen the gazetteer index current (checked once, not on every run)."""
    return {"current": False}


def build_gazetteer_with_progress() -> None:
    """On a fresh clone the first launch builds the offline gazetteer index (about 15 s): say so, with
    a bar that follows the build, rather than leave the page blank."""
    checked = gazetteer_checked()
    if checked["current"]:
        return
    if not gazetteer.index_is_current():
        title = "First launch: building the offline gazetteer index (about 15 s, once)"
        bar = st.progress(0.0, text=f"{title}…")

        def show_step(what: str, done: float) -> None:
            bar.progress(done, text=f"{title}: {what}…")

        gazetteer.ensure_index(progress=show_step)
        bar.empty()
    checked["current"] = True


@st.cache_resource
def keep_download_makers() -> None:
    """Once per server: Streamlit lets a download button's maker go as soon as a run ends without
    drawing the button, and a run stopped by a newer one (two filter changes in a row) ends drawing
    none, so a click on a button still on screen gave nothing ("Deferred file ... not found"). Makers
    are now let go only after DOWNLOAD_REPRIEVE_SECONDS unused (util/reprieve.py). This replaces the
    one method of Streamlit's MediaFileManager that lets them go, called with its lock held."""
    from streamlit.runtime import Runtime

    if not Runtime.exists():  # AppTest runs the script without a server
        return
    manager = Runtime.instance().media_file_mgr
    reprieve: Reprieve[str] = Reprieve(DOWNLOAD_REPRIEVE_SECONDS)

    def let_go_unused_makers() -> None:
        drawn = {f for files in manager._files_by_session_and_coord.values() for f in files.values()}
        for file_id in reprieve.expired(f for f in manager._deferred_callables if f not in drawn):
            manager._drop_deferred_id(file_id)

    manager._remove_orphaned_deferred_callables = let_go_unused_makers  # type: ignore[method-assign]


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


@st.cache_resource
def open_engine(path: str) -> query.Engine:
    """The query engine every rerun asks: totals, places and pages come from SQL, never a full copy.
    Without a usable store it reads an empty one of its own, so the shipped facts still show."""
    if path == NO_STORE:
        path = str(Store(Path(tempfile.mkdtemp(prefix="dashboard-empty-")) / "store.sqlite").path)
    return query.Engine(Path(path), shipped.all_facts(None))


def engine_at(store_path: str, revision: int, reviews: int) -> query.Engine:
    """The engine with the store's decisions laid over its facts as of these revisions."""
    engine = open_engine(store_path)
    store = store_at(store_path)
    engine.sync((revision, reviews), lambda: log.decisions(store) if store else [])
    return engine


# Cached answers are keyed by the store's revision and the reviews' (every write raises one of them).
@st.cache_data(max_entries=4)
def members_for(store_path: str, revision: int, reviews: int) -> dict[str, tuple[str, ...]]:
    # Of the reviewed facts: a corrected place may name a region the parser never read.
    gaz = load_gazetteer()
    return {region: gaz.region_members(region) for region in engine_at(store_path, revision, reviews).regions()}


@st.cache_data(max_entries=32)
def summary_of(
    store_path: str, revision: int, reviews: int, chosen: filters.Filters, states: tuple[str, ...]
) -> query.Summary:
    members = members_for(store_path, revision, reviews)
    return engine_at(store_path, revision, reviews).summary(chosen, members, states=states)


@st.cache_data(max_entries=64)
def rows_of(
    store_path: str,
    revision: int,
    reviews: int,
    chosen: filters.Filters,
    states: tuple[str, ...],
    *,
    offset: int = 0,
    limit: int | None = None,
    located: bool | None = None,
    at: tuple[float, float] | None = None,
) -> pd.DataFrame:
    members = members_for(store_path, revision, reviews)
    engine = engine_at(store_path, revision, reviews)
    rows = engine.rows(chosen, members, states=states, offset=offset, limit=limit, located=located, at=at)
    return query.frame(rows)


@st.cache_data(max_entries=16)
def posture_of(
    store_path: str, revision: int, reviews: int, chosen: filters.Filters, states: tuple[str, ...], on: date
) -> posture.Posture:
    members = members_for(store_path, revision, reviews)
    return engine_at(store_path, revision, reviews).posture(
        chosen, members, states=states, on=on, sample=reviewpanel.EXCLUDED_LIMIT
    )


@st.cache_data(max_entries=64)
def text_of(store_path: str, revision: int, article_id: str) -> str | None:
    return shipped.article_text(article_id, store_at(store_path))


@st.cache_data(max_entries=4)
def sidebar_choices(store_path: str, revision: int, reviews: int) -> tuple[filters.Options, dict[str, str], int]:
    engine = engine_at(store_path, revision, reviews)
    labels, articles = engine.article_labels(limit=ARTICLE_PICKER_LIMIT)
    return engine.options(members_for(store_path, revision, reviews)), labels, articles


def sidebar(
    choices: filters.Options, labels: dict[str, str], articles: int, gaz: gazetteer.Gazetteer
) -> filters.Filters:
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
    if articles > len(labels):
        st.sidebar.caption(f"The article list holds the newest {len(labels):,} of {articles:,} articles.")
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


def headline(totals: filters.Totals, *, waiting: int, posture_on: Callable[[date], posture.Posture]) -> None:
    cols = st.columns(4)
    cols[0].metric("Facts", totals.facts)
    cols[1].metric("Countries", totals.countries)
    cols[2].metric("To review", waiting, help="Unreviewed facts among those the filters select.")
    cols[3].metric("No place", totals.unlocated)
    # A sum of every sentence's troops is not a posture; these figures are (see dashboard/posture.py).
    reviewpanel.posture_panel(posture_on, today=date.today())


def map_tab(view: View, summary: query.Summary, reference: list[references.ReferenceRow], store: Store | None) -> None:
    members = view.members()
    left, right = st.columns([3, 1])
    located = summary.totals.facts - summary.totals.unlocated
    places_drawn = summary.totals.facts > placemap.FACT_MARKER_LIMIT
    with left:
        tiles = settings.from_environment().tiles
        gaz = load_gazetteer()
        # Built afresh each run: st_folium renders the Map it is given, and rendering one cached Map
        # object again (for another session) adds its scripts twice and leaves the map blank.
        if places_drawn:
            st.caption(
                f"{located:,} facts with a place, drawn as one circle per place; narrow the filters to "
                f"{placemap.FACT_MARKER_LIMIT:,} facts or fewer to see each one."
            )
            fmap = placemap.build_place_map(
                summary, outline=gaz.outline, members=members, tiles=tiles, reference=reference
            )
            # A click on a place marker lists its facts below, so the click comes back to the server.
            returned = st_folium(
                fmap, key="map", height=640, use_container_width=True, returned_objects=["last_object_clicked"]
            )
            if summary.places:
                place_facts(
                    view, summary, placemap.placed_at(summary.places, (returned or {}).get("last_object_clicked"))
                )
        else:
            filtered = view.chosen != filters.Filters()
            parts = mapview.map_parts(
                view.rows(),
                outline=gaz.outline,
                members=members,
                tiles=tiles,
                reference=reference,
                fit_to_facts=filtered,
                # Framed on the facts the filters select, reviewed or not, so a decision never moves the view.
                framed=view.with_states(query.EVERY).rows() if filtered else None,
                labels=load_labels(),
                country_name=gaz.country_name,
            )
            # The base map stays the same while facts are reviewed, so st_folium keeps the drawn map (its
            # view and open card) and swaps the facts' layers in place. A clicked card comes back, and the
            # last point clicked, which the correction form offers as a fact's new place.
            returned = st_folium(
                parts.base,
                key="map",
                height=640,
                use_container_width=True,
                returned_objects=["last_object_clicked_popup", "last_clicked"],
                feature_group_to_add=parts.layers,
                layer_control=parts.control,
            )
        if point := (returned or {}).get("last_clicked"):
            # A point for the Review tab's correction form ("…or a point").
            st.session_state[reviewpanel.MAP_POINT] = (point["lat"], point["lng"])
    with right:
        if not places_drawn and store is not None:
            marker_panel(view, store, mapview.clicked_fact((returned or {}).get("last_object_clicked_popup")))
        st.subheader("No place stated")
        if not summary.totals.unlocated:
            st.caption("Every fact shown has a place.")
        else:
            paged_facts(
                summary.totals.unlocated,
                "unlocated",
                lambda offset: view.rows(offset=offset, limit=LIST_PAGE, located=False),
            )


def marker_panel(view: View, store: Store, fact_id: str | None) -> None:
    """The fact of the clicked marker beside the map, in any review state (a fact just rejected stays,
    to be accepted back); "Correct in the Review tab" opens that tab on it."""
    engine = view.engine()
    fact = engine.fact(fact_id) if fact_id else None
    reviewpanel.marker_panel(
        query.frame([fact] if fact else []),
        key_of=lambda fact_id: key_of(engine, fact_id),
        store=store,
        open_review=lambda: st.session_state.update(main_tab="Review"),
    )


def place_facts(view: View, summary: query.Summary, clicked: query.Place | None) -> None:
    """The facts of one place with their quotes, a page at a time (what a place marker counts): the
    place chosen here, or the one whose marker was clicked last."""
    places = sorted(summary.places, key=lambda p: (-p.facts, p.name))
    # The component keeps returning its last click: act on a click once, then leave the choice to the user.
    if clicked is not None and clicked != st.session_state.get("place_clicked"):
        st.session_state["place_clicked"] = st.session_state["place_choice"] = clicked
    st.subheader("Facts at a place")
    place = st.selectbox(
        f"Place (click a marker, or choose one of {len(places):,})",
        places,
        format_func=lambda p: without_bidi_controls(f"{p.name} ({p.precision}): {p.facts:,} fact(s)"),
        key="place_choice",
    )
    if place is not None:
        paged_facts(
            place.facts, "place", lambda offset: view.rows(offset=offset, limit=LIST_PAGE, at=(place.lat, place.lon))
        )


def paged_facts(total: int, key: str, page_of: Callable[[int], pd.DataFrame]) -> None:
    """A numbered page of facts as one Markdown element (each fact with its quote)."""
    pages = listing.page_count(total, LIST_PAGE)
    page = (
        st.number_input(f"Page (of {pages:,})", min_value=1, max_value=pages, value=1, step=1, key=f"page_{key}")
        if pages > 1
        else 1
    )
    st.markdown(listing.fact_lines(page_of((page - 1) * LIST_PAGE)))


def downloads(view: View, described: list[tuple[str, str]]) -> None:
    """CSV, GeoJSON and Excel of exactly the facts shown, with their review columns, made when clicked
    (the export time is the click's) from the store: CSV and GeoJSON written as the rows stream out a
    chunk at a time, the workbook from those rows alone.

    A click does not rerun the app (``on_click="ignore"``): a rerun made every other button on screen
    name a file the rerun then dropped, so a second click, or one on the same button soon after, gave
    nothing (the server logged "Deferred file ... not found")."""
    stem = filters.file_stem(view.chosen) + ("_reviewed" if view.states == query.TRUSTED else "")
    outline = load_gazetteer().outline

    def shown() -> pd.DataFrame:
        return query.frame(list(view.stream()))

    csv_col, geojson_col, excel_col, names_col = st.columns([1, 1, 1, 1.4])
    headers = cast(
        tables.Headers,
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
        lambda: listing.encoded(plain.csv_chunks(view.stream(), headers=headers, columns=query.ROW_COLUMNS)),
        file_name=f"{stem}.csv",
        mime="text/csv",
        key="dl_csv",
        on_click="ignore",
    )
    geojson_col.download_button(
        "Download GeoJSON",
        lambda: listing.encoded(
            tables.geojson_chunks(
                query.frames(view.stream()),
                members=view.members(),
                outline=outline,
                filters_applied=described,
                exported_at=datetime.now(UTC),
            )
        ),
        file_name=f"{stem}.geojson",
        mime="application/geo+json",
        key="dl_geojson",
        on_click="ignore",
    )
    excel_col.download_button(
        "Download Excel",
        lambda: tables.to_excel(shown(), filters_applied=described, headers=headers, exported_at=datetime.now(UTC)),
        file_name=f"{stem}.xlsx",
        key="dl_excel",
        on_click="ignore",
        mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )


def table_tab(view: View, total: int) -> None:
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


def citation_tab(view: View) -> None:
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
            f"{row.force or '?'}: {count_text(row.quantity_low, row.quantity_high, row.approx)}"
            f" {row.unit}, {row.place or 'no place'} ({row.status})"
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
        st.html(citation.highlighted(row["quote"], 0, len(row["quote"])))
    else:
        st.html(citation.highlighted(text, int(row["quote_start"]), int(row["quote_end"])))


def review_tab(view: View, store: Store | None, gaz: gazetteer.Gazetteer) -> None:
    if store is None:
        st.warning("The store cannot be used (see the message at the top), so decisions cannot be recorded.")
        return
    every = view.with_states(query.EVERY)
    engine = view.engine()
    reviewpanel.review_tab(
        every.rows(limit=reviewpanel.PICKER_LIMIT),
        waiting=view.waiting(),
        total=every.count(),
        key_of=lambda fact_id: key_of(engine, fact_id),
        orphans=engine.orphans,
        store=store,
        gazetteer=gaz,
        text_of=view.text,
    )


def key_of(engine: query.Engine, fact_id: str) -> log.FactKey:
    """The key a fact's decision is stored by, from its article's facts as the parser read them."""
    fact = engine.fact(fact_id)
    if fact is None:
        raise StoreError(f"fact {fact_id} is no longer in the store")
    facts = engine.article_facts(str(fact[query.ROW_COLUMNS.index("article_id")]))
    return overlay.fact_keys(facts)[list(facts["fact_id"]).index(fact_id)]


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


def compare_tab(view: View, gaz: gazetteer.Gazetteer, rows: list[references.ReferenceRow]) -> None:
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


@dataclass(frozen=True, slots=True)
class View:
    """What this rerun shows: the store at its revisions, the filters and the review states chosen;
    its methods are the cached questions the tabs ask of the engine."""

    store_path: str
    revision: int
    reviews: int
    chosen: filters.Filters
    states: tuple[str, ...]

    def with_states(self, states: tuple[str, ...]) -> View:
        return View(self.store_path, self.revision, self.reviews, self.chosen, states)

    def engine(self) -> query.Engine:
        return engine_at(self.store_path, self.revision, self.reviews)

    def members(self) -> dict[str, tuple[str, ...]]:
        return members_for(self.store_path, self.revision, self.reviews)

    def summary(self) -> query.Summary:
        return summary_of(self.store_path, self.revision, self.reviews, self.chosen, self.states)

    def count(self) -> int:
        return self.summary().totals.facts

    def waiting(self) -> int:
        return self.summary().waiting

    def rows(self, **page) -> pd.DataFrame:
        return rows_of(self.store_path, self.revision, self.reviews, self.chosen, self.states, **page)

    def stream(self) -> Iterator[tuple]:
        return self.engine().stream(self.chosen, self.members(), states=self.states)

    def posture(self, on: date) -> posture.Posture:
        return posture_of(self.store_path, self.revision, self.reviews, self.chosen, self.states, on)

    def text(self, article_id: str) -> str | None:
        return text_of(self.store_path, self.revision, article_id)


def readable_store(store_path: str) -> tuple[Store | None, str, int, int]:
    """The store and its revisions; a store that cannot be opened or read leaves the shipped facts under a banner."""
    try:
        store = open_store(store_path)
        revision, reviews = store.revision(), log.revision(store)
        open_engine(store_path)
        return store, store_path, revision, reviews
    except StoreError as err:
        show.error(f"{err}. Showing the shipped facts only; added articles are unavailable.")
        return None, NO_STORE, 0, 0


def main() -> None:
    st.set_page_config(page_title="Eastern-flank deployments", layout="wide")
    st.title("Force deployments on NATO's eastern flank")
    config = settings.from_environment()
    keep_download_makers()
    try:
        serve_map_assets()
        load_labels()
        build_gazetteer_with_progress()
        gaz = load_gazetteer()
        loaded = load_reference(str(config.reference_dir))
    except DashboardError as err:
        show.error(err)
        st.stop()
    for problem in loaded.problems:
        show.error(problem)
    reference = loaded.rows
    try:
        store, store_path, revision, reviews = readable_store(str(config.store))
        choices, labels, articles = sidebar_choices(store_path, revision, reviews)
    except DashboardError as err:
        show.error(err)
        st.stop()
    chosen = sidebar(choices, labels, articles, gaz)
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
    with_reference = st.sidebar.toggle("Show the official NATO reference layer", key="reference_layer")
    view = View(store_path, revision, reviews, chosen, query.TRUSTED if trusted_only else query.SHOWN)
    summary = view.summary()
    figures, buttons = st.container(), st.container()
    # Tabs keep their state on the server, so only the open one does any work on a rerun.
    tab_map, tab_review, tab_compare, tab_table, tab_cite, tab_add, tab_articles = st.tabs(
        ["Map", "Review", "Compare with NATO", "Table", "Citation", "Add article", "Stored articles"],
        key="main_tab",
        on_change="rerun",
    )
    # The map goes out first (it is what a user waits for); the buttons and figures fill the containers above it.
    if tab_map.open:
        with tab_map:
            map_tab(view, summary, reference if with_reference else [], store)
    # The download buttons are replaced before the figures change: a button an earlier run drew stops
    # working when this run ends (its file is made on the click, from that run's registration), so a
    # click on a button still on screen once the new figures show must already reach this run's.
    with buttons:
        downloads(view, described)
    with figures:
        headline(summary.totals, waiting=view.waiting(), posture_on=view.posture)
    if tab_review.open:
        with tab_review:
            review_tab(view, store, gaz)
    if tab_compare.open:
        with tab_compare:
            compare_tab(view, gaz, reference)
    if tab_table.open:
        with tab_table:
            table_tab(view, summary.totals.facts)
    if tab_cite.open:
        with tab_cite:
            citation_tab(view)
    with tab_add:  # a form and its messages: no work until it is submitted, so always there
        add_tab(store, gaz)
    if tab_articles.open:
        with tab_articles:
            articles_tab(store)


main()
